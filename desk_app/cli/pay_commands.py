"""Rates, pieces and the owner's passphrase from the command line: `rates`, `work`, `owner`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from zoneinfo import ZoneInfo

from desk_app.cli.record_commands import add_owner_commands
from desk_app.cli.support_commands import _parse_at
from desk_app.cli.text import print_json
from desk_app.core.pieces import RateCard, WorkPiece
from desk_app.core.tax import TaxMode, TaxRounding
from desk_app.services.context import Services

PIECE_FIELDS = ("id", "agent", "kind", "quantity", "at", "day", "note", "source_kind", "contact_id", "voided_at",
                "void_reason")


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The owner's passphrase from the first line of stdin, when `--passphrase-stdin` was given."""
    return sys.stdin.readline().rstrip("\r\n") if args.passphrase_stdin else None


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def card_document(card: RateCard) -> dict[str, object]:
    return {
        "agent": card.agent, "effective_from": card.effective_from, "rates": dict(sorted(card.rates.items())),
        "min_call_seconds": card.min_call_seconds, "tax_rate_percent": card.tax.rate_percent,
        "tax_mode": card.tax.mode.value, "tax_rounding": card.tax.rounding.value,
        "registration_number": card.tax.registration_number,
    }


def piece_document(piece: WorkPiece) -> dict[str, object]:
    return {name: getattr(piece, name) for name in PIECE_FIELDS}


def _card_line(card: RateCard) -> str:
    rates = ", ".join(f"{kind}={yen}" for kind, yen in sorted(card.rates.items()))
    return f"{card.effective_from}: {rates}; tax {card.tax.rate_percent}% {card.tax.mode}"


def _rate_pair(text: str) -> tuple[str, int]:
    kind, sep, yen = text.partition("=")
    if not sep or not yen.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not KIND=YEN (whole yen)")
    return kind.strip(), int(yen)


def cmd_rates_set(services: Services, args: argparse.Namespace) -> int:
    mode = TaxMode.INCLUSIVE if args.tax_included else TaxMode.EXCLUSIVE if args.tax_excluded else (
        TaxMode.EXEMPT if args.tax_exempt else None)
    card = services.rates.set(
        effective_from=args.effective_from, rates=dict(args.rate or []), agent=args.agent,
        tax_percent=args.tax_percent, tax_mode=mode,
        tax_rounding=TaxRounding(args.tax_rounding) if args.tax_rounding else None,
        registration_number=args.registration_number, min_call_seconds=args.min_call_seconds,
        passphrase=read_passphrase(args),
    )
    if args.json:
        print_json(card_document(card), _zone(services))
    else:
        print(f"rates of {card.agent} from {_card_line(card)}")
    return 0


def cmd_rates_list(services: Services, args: argparse.Namespace) -> int:
    cards = services.rates.cards(args.agent)
    if args.json:
        print_json([card_document(c) for c in cards], _zone(services))
    else:
        for card in cards:
            print(_card_line(card))
    return 0


def cmd_work_add(services: Services, args: argparse.Namespace) -> int:
    piece = services.work.add(args.kind, args.qty, at=_parse_at(args.at), agent=args.agent, note=args.note or "")
    if args.json:
        print_json(piece_document(piece), _zone(services))
    else:
        print(f"piece {piece.id} added: {piece.kind} × {piece.quantity} on {piece.day}")
    return 0


def cmd_work_void(services: Services, args: argparse.Namespace) -> int:
    piece = services.work.void(args.id, args.reason)
    if args.json:
        print_json(piece_document(piece), _zone(services))
    else:
        print(f"piece {piece.id} voided")
    return 0


def cmd_work_list(services: Services, args: argparse.Namespace) -> int:
    pieces = services.work.pieces(args.month, args.agent)
    if args.json:
        print_json([piece_document(p) for p in pieces], _zone(services))
    else:
        for p in pieces:
            mark = "  (voided)" if p.voided else ""
            print(f"{p.at.astimezone(_zone(services)):%Y-%m-%d %H:%M}  {p.kind:<12} {p.quantity:>4}  {p.id}{mark}")
    return 0


def cmd_owner_set_passphrase(services: Services, args: argparse.Namespace) -> int:
    current = sys.stdin.readline().rstrip("\r\n") if services.owner.has_passphrase() else None
    services.owner.set_passphrase(sys.stdin.readline().rstrip("\r\n"), current)
    print("owner passphrase set" if services.owner.has_passphrase() else "owner passphrase removed")
    return 0


def cmd_owner_verify(services: Services, args: argparse.Namespace) -> int:
    services.owner.require(read_passphrase(args))
    print("owner passphrase accepted" if services.owner.has_passphrase() else "no owner passphrase is set")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the rate, piece and owner commands to the CLI grammar."""
    rates = commands.add_parser("rates", help="piece rates and tax terms per agent").add_subparsers(
        dest="rates_command", metavar="ACTION", required=True)
    set_rates = rates.add_parser("set", help="a rate card in force from a day; kinds not named keep their rate")
    set_rates.add_argument("--from", dest="effective_from", type=date.fromisoformat, required=True,
                           metavar="YYYY-MM-DD")
    set_rates.add_argument("--agent")
    set_rates.add_argument("--rate", type=_rate_pair, action="append", metavar="KIND=YEN",
                           help="yen per piece (hourly: yen per hour); repeat for more kinds")
    set_rates.add_argument("--tax-percent", type=int, metavar="N")
    mode = set_rates.add_mutually_exclusive_group()
    mode.add_argument("--tax-included", action="store_true", help="rates include consumption tax")
    mode.add_argument("--tax-excluded", action="store_true", help="tax is added on top (the default)")
    mode.add_argument("--tax-exempt", action="store_true", help="a tax-exempt contractor: no tax")
    set_rates.add_argument("--tax-rounding", choices=[r.value for r in TaxRounding])
    set_rates.add_argument("--registration-number", metavar="T0000000000000",
                           help="qualified-invoice registration number ('' removes it)")
    set_rates.add_argument("--min-call-seconds", type=int, metavar="N", help="shorter calls are logged but not paid")
    set_rates.add_argument("--passphrase-stdin", action="store_true", help="the owner's passphrase, once one is set")
    set_rates.add_argument("--json", action="store_true")
    set_rates.set_defaults(handler=cmd_rates_set)
    list_rates = rates.add_parser("list", help="an agent's rate cards")
    list_rates.add_argument("--agent")
    list_rates.add_argument("--json", action="store_true")
    list_rates.set_defaults(handler=cmd_rates_list)

    work = commands.add_parser("work", help="pieces of work").add_subparsers(
        dest="work_command", metavar="ACTION", required=True)
    add = work.add_parser("add", help="add pieces done by hand (shipments, returns, hours, own kinds)")
    add.add_argument("--kind", required=True)
    add.add_argument("--qty", type=int, default=1, metavar="N")
    add.add_argument("--at", metavar="ISO8601", help="with an offset (default: now)")
    add.add_argument("--agent")
    add.add_argument("--note", metavar="TEXT")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_work_add)
    void = work.add_parser("void", help="void a piece, giving the reason")
    void.add_argument("id")
    void.add_argument("--reason", required=True)
    void.add_argument("--json", action="store_true")
    void.set_defaults(handler=cmd_work_void)
    listing = work.add_parser("list", help="a month's pieces, voided ones too")
    listing.add_argument("--month", required=True, metavar="YYYY-MM")
    listing.add_argument("--agent")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_work_list)

    owner = commands.add_parser("owner", help="the owner's passphrase and machine").add_subparsers(
        dest="owner_command", metavar="ACTION", required=True)
    passphrase = owner.add_parser(
        "set-passphrase", help="set the owner's passphrase from stdin (the current one on the line before, "
                               "when one is set; an empty new line removes it)")
    passphrase.add_argument("--passphrase-stdin", action="store_true", required=True)
    passphrase.set_defaults(handler=cmd_owner_set_passphrase)
    verify = owner.add_parser("verify", help="check the owner's passphrase (exit 1 when wrong)")
    verify.add_argument("--passphrase-stdin", action="store_true", required=True)
    verify.set_defaults(handler=cmd_owner_verify)
    add_owner_commands(owner)
