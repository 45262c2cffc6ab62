"""The command line: argparse sub-commands over the services. Imports no Qt.

Exit codes: 0 success, 2 usage error (argparse), 1 any other error with one line on stderr
(a traceback only with --debug). Commands that print data take --json and then print exactly one
JSON document on stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app import __version__, logs
from desk_app.cli import (
    compose_commands, mail_commands, manual_commands, order_commands, pay_commands, record_commands,
    sales_commands, statement_commands, support_commands,
)
from desk_app.cli.text import describe_failure, error_sentence, print_json, system_language
from desk_app.core.errors import DeskAppError
from desk_app.paths import AppPaths, resolve_paths
from desk_app.services.context import Services

PAGES = ("inbox", "outbox", "cases", "calls", "contacts", "manual", "sales", "statements", "settings")

GuiLauncher = Callable[..., int]

def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    result = services.demo.load()
    if args.json:
        print_json(result, ZoneInfo(services.settings.timezone))
    elif result.already_loaded:
        print("demo data already loaded")
    else:
        print(
            f"demo data loaded: {result.messages} mails, {result.cases} cases, {result.calls} calls, "
            f"{result.orders} orders ({result.order_lines} lines)"
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar (DESIGN.md's contract)."""
    parser = argparse.ArgumentParser(prog="desk_app", description="Support console for a small online shop.")
    parser.add_argument("--db", help="SQLite file to use (default: the app-data folder; env DESK_APP_DB)")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of the interface and messages")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"desk_app {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the window (the default)")
    gui.add_argument("--demo", action="store_true", help="load the demo data set first")
    gui.add_argument("--page", choices=PAGES, help="page to open")
    gui.add_argument("--screenshot", type=Path, metavar="FILE", help="render the page to a PNG and exit")
    gui.add_argument("--message", type=int, metavar="ID", help="message to open in the inbox")
    gui.add_argument("--case", metavar="ID", help="case to open on the cases page")

    demo = commands.add_parser("demo", help="load the demo data set into the db")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=cmd_demo)

    mail_commands.register(commands)
    compose_commands.register(commands)
    support_commands.register(commands)
    pay_commands.register(commands)
    statement_commands.register(commands)
    manual_commands.register(commands)
    order_commands.register(commands)
    sales_commands.register(commands)
    record_commands.register(commands)
    return parser


def _launch_gui(launch: GuiLauncher, paths: AppPaths, args: argparse.Namespace) -> int:
    return launch(
        paths,
        lang=args.lang,
        demo=getattr(args, "demo", False),
        page=getattr(args, "page", None),
        screenshot=getattr(args, "screenshot", None),
        message_id=getattr(args, "message", None),
        case_id=getattr(args, "case", None),
    )


def main(argv: Sequence[str] | None, launch_gui: GuiLauncher) -> int:
    """Run one command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    lang = args.lang or system_language()
    args.lang_resolved = lang
    paths = resolve_paths(args.db)
    logs.configure(paths, args.debug)
    try:
        if args.command in (None, "gui"):
            return _launch_gui(launch_gui, paths, args)
        services = Services.open(paths)
        try:
            return args.handler(services, args)
        finally:
            services.close()
    except DeskAppError as exc:
        if args.debug:
            raise
        print(f"desk_app: {error_sentence(exc, lang)}", file=sys.stderr)
        return 1
    except Exception as exc:  # the contract: one line, no traceback unless --debug
        if args.debug:
            raise
        print(f"desk_app: {describe_failure(exc, paths, lang)}", file=sys.stderr)
        return 1
