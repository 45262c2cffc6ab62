"""Orders and sales from the command line: `orders import FILE`, `sales summary` (issue #8's contract)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.cli.text import print_json, sales_sentence
from desk_app.services.context import Services
from desk_app.services.sales import IMPORT_FORMATS


def cmd_orders_import(services: Services, args: argparse.Namespace) -> int:
    result = services.sales.import_orders(args.file, fmt=args.format)
    lang = args.lang_resolved
    skipped = [{"line": s.line, "reason": sales_sentence(s.reason, lang, value=s.value)} for s in result.skipped]
    if args.json:
        print_json({"orders": result.orders, "lines": result.lines, "updated": result.updated, "skipped": skipped},
                   ZoneInfo(services.settings.timezone))
        return 0
    print(sales_sentence("imported", lang, orders=str(result.orders), lines=str(result.lines),
                         updated=str(result.updated), skipped=str(len(skipped))))
    for row in skipped:
        print(f"  {row['line']}: {row['reason']}")
    return 0


def cmd_sales_summary(services: Services, args: argparse.Namespace) -> int:
    summary = services.sales.summary(start=args.start, end=args.end)
    if args.json:
        print_json(summary, ZoneInfo(services.settings.timezone))
        return 0
    print(f"revenue ¥{summary.revenue_yen:,}  orders {summary.orders}  units {summary.units}  "
          f"AOV ¥{summary.aov_yen:,}")
    for month in summary.by_month:
        print(f"{month.month}  ¥{month.revenue_yen:>12,}  {month.orders:>7}  {month.units:>8}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `orders` and `sales` commands to the CLI grammar."""
    orders = commands.add_parser("orders", help="orders imported from the shop's exports").add_subparsers(
        dest="orders_command", metavar="ACTION", required=True)
    importing = orders.add_parser("import", help="import an orders export CSV (re-imports update)")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_orders_import)

    sales = commands.add_parser("sales", help="sales figures over the imported orders").add_subparsers(
        dest="sales_command", metavar="ACTION", required=True)
    summary = sales.add_parser("summary", help="revenue, orders, units, AOV, by month, top sellers")
    summary.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    summary.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD",
                         help="last day, inclusive")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=cmd_sales_summary)
