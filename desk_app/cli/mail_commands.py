"""Mail commands: `account add`, `sync`, `messages list|show`, `search`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.cli.manual_commands import manual_language
from desk_app.cli.record_commands import refusal_sentence
from desk_app.cli.text import error_sentence, print_json, to_jsonable
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.services.context import Services

MESSAGE_LIST_FIELDS = (
    "id", "account", "folder", "uid", "message_id", "subject", "from_name", "from_address", "date",
    "seen", "has_attachments",
)
SECURITY = ("ssl", "starttls", "none")


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def cmd_account_add(services: Services, args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    signature = Path(args.signature_file).read_text(encoding="utf-8") if args.signature_file else ""
    info = AccountInfo(
        id=None, name=args.name, email=args.email, display_name=args.display_name or "",
        imap_host=args.imap_host, imap_port=args.imap_port, imap_security=args.imap_security,
        smtp_host=args.smtp_host, smtp_port=args.smtp_port, smtp_security=args.smtp_security,
        username=args.username or args.email, ca_file=args.ca_file, signature=signature,
        keep_days=args.keep_days,
    )
    added = services.accounts.add(info, password)
    if args.json:
        print_json({"id": added.id, "name": added.name}, _zone(services))
    else:
        print(f"account {added.name} added")
    return 0


def cmd_sync(services: Services, args: argparse.Namespace) -> int:
    results = services.sync.sync_all(args.account)
    failed = [r for r in results if r.error is not None]
    if args.json:
        print_json(
            [
                {"account": r.account, "ok": r.error is None, "error": r.error, "report": r.report,
                 "records": r.records}
                for r in results
            ],
            _zone(services),
        )
    else:
        for r in results:
            if r.report is not None:
                print(f"{r.account}: {r.report.new} new, {r.report.flags_updated} flag changes, "
                      f"{r.report.removed} removed, {r.report.actions_pushed} local changes sent")
            if r.records is not None:
                print(f"{r.account}: records {r.records.sent} sent, {r.records.received} received, "
                      f"{r.records.applied} applied, {r.records.held} held, {len(r.records.refused)} refused")
                for refusal in r.records.refused:
                    print(f"  refused (message {refusal.uid}): {refusal_sentence(refusal.reason, args.lang_resolved)}")
    for r in failed:
        error = DeskAppError(r.error or ErrorCode.CONNECTION_LOST, r.detail)
        print(f"desk_app: {r.account}: {error_sentence(error, args.lang_resolved)}", file=sys.stderr)
    return 1 if failed else 0


def cmd_messages_list(services: Services, args: argparse.Namespace) -> int:
    rows = services.mail.list(account=args.account, folder=args.folder, limit=args.limit)
    zone = _zone(services)
    if args.json:
        print_json([{k: getattr(r, k) for k in MESSAGE_LIST_FIELDS} for r in rows], zone)
    else:
        for r in rows:
            when = r.date.astimezone(zone).strftime("%Y-%m-%d %H:%M") if r.date else "-"
            print(f"{r.id:>7}  {when}  {(r.from_name or r.from_address)[:24]:<24}  {r.subject}")
    return 0


def cmd_messages_show(services: Services, args: argparse.Namespace) -> int:
    message = services.mail.show(args.id)
    zone = _zone(services)
    if args.json:
        document = to_jsonable(message, zone)
        del document["html"], document["notes"]
        document["html_available"] = message.html_available
        print_json(document, zone)
    else:
        print(f"Subject: {message.subject}\nFrom: {message.from_name} <{message.from_address}>\n")
        print(message.text)
    return 0


def cmd_search(services: Services, args: argparse.Namespace) -> int:
    hits = services.search.everything(args.query, lang=manual_language(services, args))
    if args.json:
        print_json(hits, _zone(services))
    else:
        for hit in hits:
            print(f"{hit.kind:<6} {hit.id:>8}  {hit.title}\n        {hit.snippet}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the mail commands to the CLI grammar."""
    account = commands.add_parser("account", help="mail accounts").add_subparsers(
        dest="account_command", metavar="ACTION", required=True
    )
    add = account.add_parser("add", help="add an IMAP/SMTP account (password to the keyring)")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--display-name")
    add.add_argument("--imap-host", required=True)
    add.add_argument("--imap-port", type=int, required=True)
    add.add_argument("--imap-security", choices=SECURITY, required=True)
    add.add_argument("--smtp-host", required=True)
    add.add_argument("--smtp-port", type=int, required=True)
    add.add_argument("--smtp-security", choices=SECURITY, required=True)
    add.add_argument("--username")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.add_argument("--ca-file", help="an extra CA certificate for a self-hosted server")
    add.add_argument("--signature-file")
    add.add_argument("--keep-days", type=int, metavar="N",
                     help="store full messages of the last N days only (older ones as headers); default: all")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_account_add)

    sync = commands.add_parser("sync", help="one pass: pull mail, push queued changes")
    sync.add_argument("--account")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=cmd_sync)

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

    search = commands.add_parser("search", help="search mail, cases, calls and the manual")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)
