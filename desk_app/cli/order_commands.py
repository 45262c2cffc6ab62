"""Orders from the command line: `orders import FILE` (issue #8's contract) and the column mappings
other platforms' exports are read with: `orders profile save|list|delete`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.cli.order_labels import order_sentence, refusal_sentence
from desk_app.cli.text import print_json
from desk_app.core.errors import DeskAppError
from desk_app.services.context import Services
from desk_app.services.order_imports import DEFAULT_CANCELLED_VALUES, ImportProfile, ImportRefused, ProfileField


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def _worded(refused: ImportRefused, lang: str) -> DeskAppError:
    """The refusal again, its detail a sentence in `lang` (main prints it as the one error line)."""
    return DeskAppError(refused.code, refusal_sentence(refused, lang))


def cmd_orders_import(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang_resolved
    try:
        result = services.order_imports.import_orders(args.file, args.format)
    except ImportRefused as exc:
        raise _worded(exc, lang) from exc
    skipped = [{"line": s.line, "reason": order_sentence(s.reason, lang, value=s.value)} for s in result.skipped]
    if args.json:
        print_json({"orders": result.orders, "lines": result.lines, "updated": result.updated, "skipped": skipped},
                   _zone(services))
        return 0
    print(order_sentence("imported", lang, orders=result.orders, lines=result.lines, updated=result.updated,
                         skipped=len(skipped), format=result.format))
    for row in skipped:
        print(f"  {row['line']}: {row['reason']}")
    return 0


def _mapping(text: str) -> tuple[ProfileField, str]:
    """`FIELD=COLUMN` (the column may hold `=` and spaces) for `--map`."""
    field, sep, column = text.partition("=")
    fields = ", ".join(f.value for f in ProfileField)
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: write FIELD=COLUMN (FIELD: {fields})")
    try:
        return ProfileField(field.strip().lower()), column.strip()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{field!r} is not a field; the fields are {fields}") from None


def _profile_json(profile: ImportProfile) -> dict[str, Any]:
    return {"name": profile.name,
            "columns": {f.value: profile.columns[f] for f in ProfileField if f in profile.columns},
            "cancelled_values": list(profile.cancelled_values)}


def _print_profile(profile: ImportProfile, lang: str) -> None:
    print(profile.name)
    for field in ProfileField:
        if field in profile.columns:
            print(f"  {field.value} = {profile.columns[field]}")
    print("  " + order_sentence("cancelled_values", lang, values=", ".join(profile.cancelled_values)))


def cmd_profile_save(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang_resolved
    values = tuple(args.cancelled_values) if args.cancelled_values else DEFAULT_CANCELLED_VALUES
    try:
        saved = services.order_imports.save_profile(ImportProfile(args.name, dict(args.map), values))
    except ImportRefused as exc:
        raise _worded(exc, lang) from exc
    if args.json:
        print_json(_profile_json(saved), _zone(services))
    else:
        print(order_sentence("profile_saved", lang, name=saved.name))
    return 0


def cmd_profile_list(services: Services, args: argparse.Namespace) -> int:
    profiles = services.order_imports.profiles()
    if args.json:
        print_json([_profile_json(p) for p in profiles], _zone(services))
        return 0
    if not profiles:
        print(order_sentence("no_profiles", args.lang_resolved))
    for profile in profiles:
        _print_profile(profile, args.lang_resolved)
    return 0


def cmd_profile_delete(services: Services, args: argparse.Namespace) -> int:
    services.order_imports.delete_profile(args.name)
    print(order_sentence("profile_deleted", args.lang_resolved, name=args.name))
    return 0


def _register_profiles(orders: argparse._SubParsersAction) -> None:
    profile = orders.add_parser("profile", help="column mappings for other platforms' exports").add_subparsers(
        dest="profile_command", metavar="ACTION", required=True)
    save = profile.add_parser("save", help="save (or replace) a column mapping")
    save.add_argument("name", metavar="NAME")
    save.add_argument("--map", action="append", type=_mapping, required=True, metavar="FIELD=COLUMN",
                      help=f"the CSV column of a field; fields: {', '.join(f.value for f in ProfileField)} "
                           "(required: number, date, quantity, sku or product, unit_price or line_total)")
    save.add_argument("--cancelled-value", dest="cancelled_values", action="append", metavar="V",
                      help="a status value meaning cancelled or refunded (repeat; default: "
                           f"{', '.join(DEFAULT_CANCELLED_VALUES)})")
    save.add_argument("--json", action="store_true")
    save.set_defaults(handler=cmd_profile_save)
    listing = profile.add_parser("list", help="the saved column mappings")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_profile_list)
    delete = profile.add_parser("delete", help="delete a column mapping (its imported orders stay)")
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(handler=cmd_profile_delete)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `orders` commands to the CLI grammar."""
    orders = commands.add_parser("orders", help="orders imported from the shop's exports").add_subparsers(
        dest="orders_command", metavar="ACTION", required=True)
    importing = orders.add_parser("import", help="import an orders export CSV (re-imports update)")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--format", default="auto", metavar="auto|shopify|PROFILE",
                           help="the export's format: recognised by its header (auto), Shopify's, or a saved "
                                "column mapping")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_orders_import)
    _register_profiles(orders)
