"""The monthly statement from the command line: `statement --month M (--json | --csv F | --pdf F)`
and its actions: submit, approve, paid, send-back, comment, adjust, export, import, list."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.cli.pay_commands import read_passphrase
from desk_app.cli.statement_labels import LABELS
from desk_app.cli.text import print_json
from desk_app.core.statements import MonthlyStatement
from desk_app.services import statements
from desk_app.services.context import Services


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def statement_document(statement: MonthlyStatement) -> dict[str, object]:
    """The statement as the command-line contract prints it (money in integer yen)."""
    return {
        "agent": statement.agent,
        "month": statement.month,
        "status": statement.status.value,
        "lines": [{"kind": x.kind, "rate_yen": x.rate_yen, "count": x.count, "amount_yen": x.amount_yen}
                  for x in statement.lines],
        "adjustments": [{"reason": a.reason, "amount_yen": a.amount_yen} for a in statement.adjustments],
        "subtotal_yen": statement.subtotal_yen,
        "tax_rate_percent": statement.tax_rate_percent,
        "tax_yen": statement.tax_yen,
        "total_yen": statement.total_yen,
        "by_contact": [{"contact_id": c.contact_id, "name": c.name, "count": c.count, "amount_yen": c.amount_yen}
                       for c in statement.by_contact],
    }


def _print_statement(services: Services, statement: MonthlyStatement, as_json: bool) -> None:
    if as_json:
        print_json(statement_document(statement), _zone(services))
        return
    print(f"{statement.agent} {statement.month}: {statement.status}")
    for line in statement.lines:
        print(f"  {line.kind:<14} {line.rate_yen:>7,} × {line.count:>5} = {line.amount_yen:>10,}")
    for a in statement.adjustments:
        print(f"  {a.reason:<30} {a.amount_yen:>+10,}")
    print(f"  subtotal {statement.subtotal_yen:,}  tax ({statement.tax_rate_percent}% {statement.tax.mode}) "
          f"{statement.tax_yen:,}  total {statement.total_yen:,} yen")


def cmd_statement(services: Services, args: argparse.Namespace) -> int:
    if args.month is None:
        args.usage_error("statement needs --month YYYY-MM (or an action: submit, approve, …)")
    if args.csv:
        path = services.statements.write_csv(args.month, Path(args.csv), args.agent, encoding=args.encoding,
                                             labels=LABELS[args.lang_resolved])
        print(path)
    elif args.pdf:
        print(services.statements.write_pdf(args.month, Path(args.pdf), args.agent, language=args.lang_resolved))
    else:
        _print_statement(services, services.statements.statement(args.month, args.agent), args.json)
    return 0


def cmd_submit(services: Services, args: argparse.Namespace) -> int:
    _print_statement(services, services.statements.submit(args.month, args.agent, args.comment or ""), args.json)
    return 0


def cmd_approve(services: Services, args: argparse.Namespace) -> int:
    approved = services.statements.approve(args.month, args.agent, passphrase=read_passphrase(args),
                                           comment=args.comment or "")
    _print_statement(services, approved, args.json)
    return 0


def cmd_paid(services: Services, args: argparse.Namespace) -> int:
    paid = services.statements.mark_paid(args.month, args.agent, on=args.on, passphrase=read_passphrase(args))
    _print_statement(services, paid, args.json)
    return 0


def cmd_send_back(services: Services, args: argparse.Namespace) -> int:
    returned = services.statements.send_back(args.month, args.comment, args.agent, passphrase=read_passphrase(args))
    _print_statement(services, returned, args.json)
    return 0


def cmd_comment(services: Services, args: argparse.Namespace) -> int:
    commented = services.statements.comment(args.month, args.text, args.agent, as_owner=args.owner,
                                            passphrase=read_passphrase(args))
    _print_statement(services, commented, args.json)
    return 0


def cmd_adjust(services: Services, args: argparse.Namespace) -> int:
    placed = services.statements.adjust(args.month, args.amount_yen, args.reason, args.agent, args.reference)
    if args.json:
        a = placed.adjustment
        print_json({"id": a.id, "month": placed.month, "amount_yen": a.amount_yen, "reason": a.reason,
                    "reference": a.reference, "moved_from": placed.moved_from}, _zone(services))
    elif placed.moved_from:
        print(f"{placed.moved_from} is locked: adjustment added to {placed.month}")
    else:
        print(f"adjustment added to {placed.month}")
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    bundle = services.statements.export_bundle(args.month, Path(args.out), args.agent)
    if args.json:
        print_json({"file": bundle.path, "sha256": bundle.sha256, "pdf": bundle.pdf}, _zone(services))
    else:
        print(bundle.path)
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    done = services.statements.import_bundle(Path(args.file))
    if args.json:
        print_json({"agent": done.agent, "month": done.month, "status": done.status.value,
                    "pieces_added": done.pieces_added, "pieces_updated": done.pieces_updated,
                    "pieces_unchanged": done.pieces_unchanged, "bundle_total_yen": done.bundle_total_yen,
                    "total_yen": done.total_yen, "totals_match": done.totals_match}, _zone(services))
    else:
        print(f"{done.agent} {done.month} ({done.status}): {done.pieces_added} pieces added, "
              f"{done.pieces_updated} updated, {done.pieces_unchanged} unchanged; total {done.total_yen:,} yen")
        if not done.totals_match:
            print(f"note: the agent's total was {done.bundle_total_yen:,} yen (the rates here differ)")
    return 0


def cmd_list(services: Services, args: argparse.Namespace) -> int:
    found = services.statements.statements(args.agent)
    if args.json:
        print_json([{"agent": s.agent, "month": s.month, "status": s.status.value, "total_yen": s.total_yen,
                     "submitted_at": s.submitted_at, "approved_at": s.approved_at, "paid_on": s.paid_on}
                    for s in found], _zone(services))
    else:
        for s in found:
            print(f"{s.month}  {s.agent:<16} {s.status:<10} {s.total_yen:>10,} yen")
    return 0


def _action(steps: argparse._SubParsersAction, name: str, help_text: str, handler: object, *,
            owner: bool = False) -> argparse.ArgumentParser:
    action = steps.add_parser(name, help=help_text)
    action.add_argument("--month", required=True, metavar="YYYY-MM")
    action.add_argument("--agent", help="the agent's statement (default: the local agent)")
    if owner:
        action.add_argument("--passphrase-stdin", action="store_true",
                            help="read the owner's passphrase from stdin (needed once one is set)")
    action.add_argument("--json", action="store_true")
    action.set_defaults(handler=handler)
    return action


def register(commands: argparse._SubParsersAction) -> None:
    """Add `statement` and its actions to the CLI grammar."""
    statement = commands.add_parser("statement", help="the monthly piece-rate statement")
    statement.add_argument("--month", metavar="YYYY-MM")
    statement.add_argument("--agent", help="the agent's statement (default: the local agent)")
    output = statement.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--csv", metavar="FILE", help="write it as CSV for a spreadsheet")
    output.add_argument("--pdf", metavar="FILE", help="write it as PDF")
    statement.add_argument("--encoding", choices=sorted(statements.CSV_ENCODINGS), default="utf-8",
                           help="of the CSV: utf-8 (with a BOM, the default) or cp932")
    statement.set_defaults(handler=cmd_statement, usage_error=statement.error)
    steps = statement.add_subparsers(dest="statement_command", metavar="ACTION")

    submit = _action(steps, "submit", "hand the month in for the owner's review", cmd_submit)
    submit.add_argument("--comment")
    submit.add_argument("--passphrase-stdin", action="store_true",
                        help="accepted like the owner's steps take it; submitting is the agent's and needs none")
    approve = _action(steps, "approve", "approve a submitted month (owner); locks it", cmd_approve, owner=True)
    approve.add_argument("--comment")
    paid = _action(steps, "paid", "note that an approved month was paid (owner)", cmd_paid, owner=True)
    paid.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the day paid (default: today)")
    send_back = _action(steps, "send-back", "return a submitted month to draft (owner)", cmd_send_back, owner=True)
    send_back.add_argument("--comment", required=True)
    comment = _action(steps, "comment", "comment on a month", cmd_comment, owner=True)
    comment.add_argument("--text", required=True)
    comment.add_argument("--owner", action="store_true", help="comment as the owner")
    adjust = _action(steps, "adjust", "a ± correction; on an approved month it goes to the next open month",
                     cmd_adjust)
    adjust.add_argument("--amount-yen", type=int, required=True)
    adjust.add_argument("--reason", required=True)
    adjust.add_argument("--reference", help="what it corrects (default for a locked month: that month)")
    export = _action(steps, "export", "write the month as a bundle for the owner: DIR/<agent>-<month>.json",
                     cmd_export)
    export.add_argument("--out", required=True, metavar="DIR")

    imported = steps.add_parser("import", help="import an agent's bundle for review (checksum verified)")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--json", action="store_true")
    imported.set_defaults(handler=cmd_import)
    listing = steps.add_parser("list", help="every stored statement, newest month first")
    listing.add_argument("--agent")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
