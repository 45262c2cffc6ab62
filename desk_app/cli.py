"""The command line: argparse sub-commands over the services. Imports no Qt.

Exit codes: 0 success, 2 usage error (argparse), 1 any other error with one line on stderr
(a traceback only with --debug). Commands that print data take --json and then print exactly one
JSON document on stdout.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import locale
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from desk_app import __version__
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths, resolve_paths
from desk_app.services.context import Services

PAGES = ("inbox", "cases", "calls", "manual", "sales", "statements", "settings")

GuiLauncher = Callable[..., int]

# One sentence per error code, in both UI languages; the CLI has no Qt translator.
ERROR_TEXT: dict[ErrorCode, dict[str, str]] = {
    ErrorCode.DB_TOO_NEW: {
        "en": "the database {detail} was written by a newer version of desk_app; update desk_app to open it (the file was not changed)",
        "ja": "データベース {detail} は新しいバージョンの desk_app で作成されています。desk_app を更新してください（ファイルは変更していません）",
    },
    ErrorCode.DB_CORRUPT: {
        "en": "the database {detail} is damaged; restore a copy from its backups folder (the file was not changed)",
        "ja": "データベース {detail} が破損しています。同じ場所の backups フォルダーからコピーを戻してください（ファイルは変更していません）",
    },
    ErrorCode.DB_NOT_SQLITE: {
        "en": "{detail} is not a desk_app database (the file was not changed)",
        "ja": "{detail} は desk_app のデータベースではありません（ファイルは変更していません）",
    },
    ErrorCode.DB_UNREADABLE: {
        "en": "cannot use the database: {detail} (the file was not changed)",
        "ja": "データベースを使用できません: {detail}（ファイルは変更していません）",
    },
    ErrorCode.DISK_FULL: {
        "en": "the disk is full; nothing was lost, free some space and try again ({detail})",
        "ja": "ディスクの空きがありません。データは失われていません。空きを作ってからやり直してください（{detail}）",
    },
    ErrorCode.NOT_FOUND: {"en": "not found: {detail}", "ja": "見つかりません: {detail}"},
    ErrorCode.INVALID_INPUT: {"en": "invalid input: {detail}", "ja": "入力が正しくありません: {detail}"},
}


def system_language(env: dict[str, str] | None = None) -> str:
    """`ja` when the system locale is Japanese, else `en`."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if env.get(var):
            return "ja" if env[var].lower().startswith("ja") else "en"
    code = locale.getlocale()[0] or ""
    return "ja" if code.lower().startswith("ja") else "en"


def describe_failure(exc: BaseException, paths: AppPaths, lang: str) -> str:
    """One line for an unexpected failure, naming disk-full and damaged-file cases plainly."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "disk is full" in lowered or getattr(exc, "errno", None) == 28:
        return error_sentence(DeskAppError(ErrorCode.DISK_FULL, str(paths.db_file)), lang)
    if "malformed" in lowered or "not a database" in lowered:
        return error_sentence(DeskAppError(ErrorCode.DB_CORRUPT, str(paths.db_file)), lang)
    return f"{type(exc).__name__}: {text}"


def error_sentence(error: DeskAppError, lang: str) -> str:
    texts = ERROR_TEXT.get(error.code, {"en": "{detail}", "ja": "{detail}"})
    return texts.get(lang, texts["en"]).format(detail=error.detail)


# --- JSON output -------------------------------------------------------------------------------


def to_jsonable(value: Any, zone: ZoneInfo) -> Any:
    """Dataclasses, datetimes (ISO 8601 with offset, in the desk's zone) and dates to JSON types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name), zone) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_jsonable(v, zone) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v, zone) for v in value]
    return value


def print_json(value: Any, zone: ZoneInfo) -> None:
    json.dump(to_jsonable(value, zone), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- commands ----------------------------------------------------------------------------------

MESSAGE_LIST_FIELDS = (
    "id", "account", "folder", "uid", "message_id", "subject", "from_name", "from_address", "date",
    "seen", "has_attachments",
)


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


def cmd_messages_list(services: Services, args: argparse.Namespace) -> int:
    rows = services.mail.list(account=args.account, folder=args.folder, limit=args.limit)
    zone = ZoneInfo(services.settings.timezone)
    if args.json:
        print_json([{k: getattr(r, k) for k in MESSAGE_LIST_FIELDS} for r in rows], zone)
    else:
        for r in rows:
            when = r.date.astimezone(zone).strftime("%Y-%m-%d %H:%M") if r.date else "-"
            print(f"{r.id:>7}  {when}  {(r.from_name or r.from_address)[:24]:<24}  {r.subject}")
    return 0


def cmd_messages_show(services: Services, args: argparse.Namespace) -> int:
    message = services.mail.show(args.id)
    zone = ZoneInfo(services.settings.timezone)
    if args.json:
        document = to_jsonable(message, zone)
        del document["html"], document["notes"]
        document["html_available"] = message.html_available
        print_json(document, zone)
    else:
        print(f"Subject: {message.subject}\nFrom: {message.from_name} <{message.from_address}>\n")
        print(message.text)
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

    messages = commands.add_parser("messages", help="stored mail").add_subparsers(
        dest="messages_command", metavar="ACTION", required=True
    )
    listing = messages.add_parser("list", help="messages, newest first")
    listing.add_argument("--account")
    listing.add_argument("--folder")
    listing.add_argument("--limit", type=int)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_messages_list)
    show = messages.add_parser("show", help="one message")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_messages_show)
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
    paths = resolve_paths(args.db)
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
