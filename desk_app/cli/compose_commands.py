"""Writing mail from the command line: `reply`, `compose`, `outbox list`."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.cli.text import print_json
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.services.context import Services

OUTBOX_FIELDS = ("id", "state", "to", "subject", "message_id", "error")


def _read_body(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path}: {exc}") from exc


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"--set {pair} (expected NAME=VALUE)")
        values[name.strip()] = value
    return values


def _print_item(services: Services, args: argparse.Namespace, item: object) -> None:
    if args.json:
        print_json({"id": item.id, "state": item.state}, ZoneInfo(services.settings.timezone))  # type: ignore[attr-defined]
    else:
        print(f"queued as {item.id} ({item.state}); it goes out with the next sync")  # type: ignore[attr-defined]


def cmd_reply(services: Services, args: argparse.Namespace) -> int:
    kind = "reply_all" if args.all else "reply"
    draft = services.compose.start(kind, message_pk=args.id, lang=args.lang_resolved)
    text = _read_body(args.body_file)
    if args.template:
        filled = services.compose.fill_template(args.template, args.lang_resolved, args.id, _values(args.set))
        text = filled.text + ("\n\n" + text if text.strip() else "")
        draft = replace(draft, template_key=args.template)
    draft = replace(draft, body=text.rstrip() + "\n" + draft.body, charset=args.charset)
    try:
        item = services.compose.queue(draft)
    except DeskAppError:
        services.compose.discard_draft(draft.id or 0)  # the command line keeps no half-written drafts
        raise
    _print_item(services, args, item)
    return 0


def cmd_compose(services: Services, args: argparse.Namespace) -> int:
    draft = services.compose.start("new", account=args.account)
    draft = replace(draft, to=tuple(args.to), cc=tuple(args.cc or ()), subject=args.subject,
                    body=_read_body(args.body_file) + draft.body, charset=args.charset,
                    attachments=tuple(args.attach or ()))
    try:
        item = services.compose.queue(draft)
    except DeskAppError:
        services.compose.discard_draft(draft.id or 0)
        raise
    _print_item(services, args, item)
    return 0


def cmd_outbox_list(services: Services, args: argparse.Namespace) -> int:
    items = services.compose.outbox()
    if args.json:
        print_json([{k: getattr(i, k) for k in OUTBOX_FIELDS} for i in items], ZoneInfo(services.settings.timezone))
    else:
        for i in items:
            print(f"{i.id:>5}  {i.state:<9}  {', '.join(i.to)[:30]:<30}  {i.subject}  {i.error or ''}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the compose commands to the CLI grammar."""
    reply = commands.add_parser("reply", help="queue a reply to a stored message")
    reply.add_argument("id", type=int, help="the message answered (see `messages list`)")
    reply.add_argument("--body-file", required=True, help="UTF-8 text of the reply (the quote is added)")
    reply.add_argument("--template", help="a reply template key, filled from the message and its case")
    reply.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="a template value (customer_name, order_number, deadline, …)")
    reply.add_argument("--all", action="store_true", help="reply to all")
    reply.add_argument("--charset", choices=("utf-8", "iso-2022-jp"), default="utf-8")
    reply.add_argument("--json", action="store_true")
    reply.set_defaults(handler=cmd_reply)

    compose = commands.add_parser("compose", help="queue a new message")
    compose.add_argument("--to", action="append", required=True)
    compose.add_argument("--cc", action="append")
    compose.add_argument("--subject", required=True)
    compose.add_argument("--body-file", required=True)
    compose.add_argument("--attach", action="append", metavar="FILE")
    compose.add_argument("--account")
    compose.add_argument("--charset", choices=("utf-8", "iso-2022-jp"), default="utf-8")
    compose.add_argument("--json", action="store_true")
    compose.set_defaults(handler=cmd_compose)

    outbox = commands.add_parser("outbox", help="messages on their way out").add_subparsers(
        dest="outbox_command", metavar="ACTION", required=True
    )
    listing = outbox.add_parser("list", help="queued, sending, sent, failed and cancelled messages")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_outbox_list)
