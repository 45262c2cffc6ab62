"""Sales from the command line: `sales summary|revenue|slow|pairs|claims|repeat|chart` (issue #8's contract;
`orders …` is in order_commands)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.cli.sales_labels import CHART_TITLES, CHART_WORDS, sales_label, table_lines
from desk_app.cli.text import print_json
from desk_app.services.context import Services
from desk_app.services.sales import CHART_KINDS


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def _print_table(lang: str, keys: list[str], rows: list[list[object]]) -> None:
    if not rows:
        print(sales_label("nothing", lang))
        return
    print("\n".join(table_lines([sales_label(k, lang) for k in keys], rows)))


def cmd_sales_summary(services: Services, args: argparse.Namespace) -> int:
    summary = services.sales.summary(args.start, args.end)
    if args.json:
        print_json(summary, _zone(services))
        return 0
    lang = args.lang_resolved
    print(sales_label("headline", lang).format(revenue=f"{summary.revenue_yen:,}", orders=f"{summary.orders:,}",
                                               units=f"{summary.units:,}", aov=f"{summary.aov_yen:,}"))
    _print_table(lang, ["month", "revenue_yen", "orders", "units"],
                 [[m.month, m.revenue_yen, m.orders, m.units] for m in summary.by_month])
    if summary.top:
        print()
        _print_table(lang, ["sku", "name", "units", "revenue_yen"],
                     [[p.sku, p.name, p.units, p.revenue_yen] for p in summary.top])
    return 0


def cmd_sales_revenue(services: Services, args: argparse.Namespace) -> int:
    periods = services.sales.revenue(args.start, args.end, by=args.by)
    if args.json:
        print_json(periods, _zone(services))
        return 0
    _print_table(args.lang_resolved, ["period", "revenue_yen", "orders", "units"],
                 [[p.label, p.revenue_yen, p.orders, p.units] for p in periods])
    return 0


def cmd_sales_slow(services: Services, args: argparse.Namespace) -> int:
    movers = services.sales.slow_movers(args.start, args.end, idle_days=args.idle_days, limit=args.limit)
    if args.json:
        print_json(movers, _zone(services))
        return 0
    _print_table(args.lang_resolved, ["sku", "name", "units", "revenue_yen", "last_sale", "idle_days"],
                 [[m.sku, m.name, m.units, m.revenue_yen, m.last_sale or "-", m.idle_days or 0] for m in movers])
    return 0


def cmd_sales_pairs(services: Services, args: argparse.Namespace) -> int:
    pairs = services.sales.pairs(args.start, args.end, min_support=args.min_support, limit=args.limit)
    if args.json:
        print_json(pairs, _zone(services))
        return 0
    _print_table(args.lang_resolved, ["a", "b", "orders", "confidence", "lift"],
                 [[f"{p.a} {p.a_name}", f"{p.b} {p.b_name}", p.orders, f"{p.confidence:.1%}", f"{p.lift:.2f}"]
                  for p in pairs])
    return 0


def cmd_sales_claims(services: Services, args: argparse.Namespace) -> int:
    claims = services.sales.claims(args.start, args.end)
    if args.json:
        print_json(claims, _zone(services))
        return 0
    _print_table(args.lang_resolved, ["sku", "name", "units", "claims", "claim_rate", "categories"],
                 [[c.sku, c.name, c.units, c.claims, f"{c.claim_rate:.2%}",
                   ", ".join(f"{key} {count}" for key, count in c.categories.items())] for c in claims])
    return 0


def cmd_sales_repeat(services: Services, args: argparse.Namespace) -> int:
    repeat = services.sales.repeat_customers(args.start, args.end)
    if args.json:
        print_json(repeat, _zone(services))
        return 0
    print(sales_label("repeat", args.lang_resolved).format(
        customers=f"{repeat.customers:,}", repeat=f"{repeat.repeat_customers:,}", rate=repeat.rate))
    return 0


def _count(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = minimum - 1
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least {minimum}")
        return value
    return parse


def cmd_sales_chart(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang_resolved if args.lang_resolved in CHART_WORDS else "en"
    title = args.title if args.title is not None else CHART_TITLES[lang][args.kind]
    path = services.sales.save_chart(args.kind, args.out, CHART_WORDS[lang], title=title, start=args.start,
                                     end=args.end, by=args.by, idle_days=args.idle_days, min_support=args.min_support)
    if args.json:
        print_json({"kind": args.kind, "path": str(path)}, _zone(services))
    else:
        print(path)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `sales` commands to the CLI grammar."""
    sales = commands.add_parser("sales", help="sales figures over the imported orders").add_subparsers(
        dest="sales_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str,
               handler: Callable[[Services, argparse.Namespace], int]) -> argparse.ArgumentParser:
        parser = sales.add_parser(name, help=help_text)
        parser.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD",
                            help="first shop day")
        parser.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD",
                            help="last shop day, inclusive")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(handler=handler)
        return parser

    action("summary", "revenue, orders, units, AOV, by month, top sellers", cmd_sales_summary)
    revenue = action("revenue", "revenue, orders and units by day, ISO week or month", cmd_sales_revenue)
    revenue.add_argument("--by", choices=("day", "week", "month"), default="month")
    slow = action("slow", "slow movers: unsold for days, or selling least in the period", cmd_sales_slow)
    slow.add_argument("--idle-days", type=_count(0), default=30, metavar="N", help="unsold for N days or more")
    slow.add_argument("--limit", type=_count(1), default=10, metavar="N", help="and the N others selling least")
    pairs = action("pairs", "products bought together (support, confidence, lift)", cmd_sales_pairs)
    pairs.add_argument("--min-support", type=_count(1), default=2, metavar="N",
                       help="only pairs in at least N orders")
    pairs.add_argument("--limit", type=_count(1), default=50, metavar="N")
    action("claims", "claims per product and category, claim rate", cmd_sales_claims)
    action("repeat", "repeat-customer rate", cmd_sales_repeat)
    chart = action("chart", "save one analysis as a chart (PNG or SVG, by the file's suffix)", cmd_sales_chart)
    chart.add_argument("kind", choices=CHART_KINDS, metavar="KIND", help=", ".join(CHART_KINDS))
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png|svg")
    chart.add_argument("--title", help="the chart's title (default: the analysis' name; '' for none)")
    chart.add_argument("--by", choices=("day", "week", "month"), default="month", help="revenue: the periods")
    chart.add_argument("--idle-days", type=_count(0), default=30, metavar="N", help="slow: unsold for N days")
    chart.add_argument("--min-support", type=_count(1), default=2, metavar="N", help="pairs: in N orders or more")
