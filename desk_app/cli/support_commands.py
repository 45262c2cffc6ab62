"""Customers, calls and cases from the command line: `contacts`, `calls`, `cases`."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desk_app.cli.text import print_json, to_jsonable
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.services.context import Services

CASE_FIELDS = ("id", "title", "status", "category", "contact_id", "order_number", "deadline")
CALL_FIELDS = ("id", "at", "phone", "contact_id", "direction", "minutes", "category", "summary", "case_id")


def _zone(services: Services) -> ZoneInfo:
    return ZoneInfo(services.settings.timezone)


def cmd_contacts_add(services: Services, args: argparse.Namespace) -> int:
    contact_id = services.contacts.add(args.name, kana=args.kana or "", emails=args.email or [], phones=args.phone or [])
    if args.json:
        print_json({"id": contact_id}, _zone(services))
    else:
        print(contact_id)
    return 0


def cmd_contacts_list(services: Services, args: argparse.Namespace) -> int:
    contacts = services.contacts.list()
    if args.json:
        print_json([{k: getattr(c, k) for k in ("id", "name", "kana", "emails", "phones")} for c in contacts],
                   _zone(services))
    else:
        for c in contacts:
            print(f"{c.id}  {c.name}  {', '.join(c.phones)}  {', '.join(c.emails)}")
    return 0


def _parse_at(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"--at {text}") from exc
    if moment.tzinfo is None:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"--at {text} (give an offset, e.g. +09:00)")
    return moment


def cmd_calls_add(services: Services, args: argparse.Namespace) -> int:
    logged = services.calls.log(
        phone=args.phone, direction=args.direction, minutes=args.minutes, category=args.category,
        summary=args.summary, at=_parse_at(args.at), case_id=args.case, agent=args.agent,
    )
    if args.json:
        print_json(logged, _zone(services))
    else:
        print(f"call {logged.id} logged")
    return 0


def cmd_calls_list(services: Services, args: argparse.Namespace) -> int:
    calls = services.calls.list(args.month)
    if args.json:
        print_json([{k: getattr(c, k) for k in CALL_FIELDS} for c in calls], _zone(services))
    else:
        for c in calls:
            print(f"{c.at.astimezone(_zone(services)):%Y-%m-%d %H:%M}  {c.direction:<3} {c.phone:<16} {c.minutes:>3} min  {c.summary}")
    return 0


def _case_document(case: object) -> dict[str, object]:
    document = {k: getattr(case, k) for k in CASE_FIELDS}
    document["updated"] = getattr(case, "updated")
    return document


def cmd_cases_list(services: Services, args: argparse.Namespace) -> int:
    cases = services.support.cases(status=args.status, overdue=args.overdue)
    if args.json:
        print_json([_case_document(c) for c in cases], _zone(services))
    else:
        for c in cases:
            print(f"{c.id[:8]}  {c.status:<16} {c.title}")
    return 0


def cmd_cases_show(services: Services, args: argparse.Namespace) -> int:
    case = next((c for c in services.support.cases() if c.id == args.id), None)
    if case is None:
        raise DeskAppError(ErrorCode.NOT_FOUND, f"case {args.id}")
    timeline = services.calls.timeline(args.id)
    if args.json:
        document = _case_document(case)
        document["timeline"] = to_jsonable(timeline, _zone(services))
        print_json(document, _zone(services))
    else:
        print(f"{case.title} ({case.status})")
        for entry in timeline:
            when = entry.at.astimezone(_zone(services)).strftime("%Y-%m-%d %H:%M") if entry.at else "-"
            print(f"  {when}  {entry.kind:<4} {entry.title}")
    return 0


def cmd_cases_add(services: Services, args: argparse.Namespace) -> int:
    case_id = services.cases.create(args.title, contact_id=args.contact, category=args.category)
    if args.json:
        print_json({"id": case_id}, _zone(services))
    else:
        print(case_id)
    return 0


def cmd_cases_set(services: Services, args: argparse.Namespace) -> int:
    fields: dict[str, object] = {}
    for name in ("title", "status", "category"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    if args.deadline is not None:
        fields["deadline"] = services.cases.deadline_on(args.deadline)
    case = services.cases.update(args.id, **fields)
    if args.json:
        print_json({"id": case.id, "title": case.title, "status": case.status, "category": case.category,
                    "deadline": case.deadline}, _zone(services))
    else:
        print(f"{case.id[:8]}  {case.status:<16} {case.title}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the customer, call and case commands to the CLI grammar."""
    contacts = commands.add_parser("contacts", help="customers").add_subparsers(
        dest="contacts_command", metavar="ACTION", required=True)
    add = contacts.add_parser("add", help="add a customer")
    add.add_argument("--name", required=True)
    add.add_argument("--kana")
    add.add_argument("--email", action="append")
    add.add_argument("--phone", action="append")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_contacts_add)
    listing = contacts.add_parser("list", help="customers with their addresses and numbers")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_contacts_list)

    calls = commands.add_parser("calls", help="the phone log").add_subparsers(
        dest="calls_command", metavar="ACTION", required=True)
    log = calls.add_parser("add", help="log a call (one call_in/call_out piece)")
    log.add_argument("--phone", required=True)
    log.add_argument("--direction", choices=("in", "out"), required=True)
    log.add_argument("--at", help="ISO 8601 with offset (default: now)")
    log.add_argument("--minutes", type=int, required=True)
    log.add_argument("--category", required=True)
    log.add_argument("--summary", required=True)
    log.add_argument("--case")
    log.add_argument("--agent")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=cmd_calls_add)
    call_list = calls.add_parser("list", help="logged calls, newest first")
    call_list.add_argument("--month", metavar="YYYY-MM")
    call_list.add_argument("--json", action="store_true")
    call_list.set_defaults(handler=cmd_calls_list)

    cases = commands.add_parser("cases", help="cases").add_subparsers(
        dest="cases_command", metavar="ACTION", required=True)
    case_list = cases.add_parser("list", help="cases: open ones by deadline first")
    case_list.add_argument("--status")
    case_list.add_argument("--overdue", action="store_true")
    case_list.add_argument("--json", action="store_true")
    case_list.set_defaults(handler=cmd_cases_list)
    case_add = cases.add_parser("add", help="open a case by hand")
    case_add.add_argument("--title", required=True)
    case_add.add_argument("--contact", metavar="ID")
    case_add.add_argument("--category", metavar="KEY")
    case_add.add_argument("--json", action="store_true")
    case_add.set_defaults(handler=cmd_cases_add)
    case_set = cases.add_parser("set", help="change a case's title, status, category or deadline")
    case_set.add_argument("id")
    case_set.add_argument("--title")
    case_set.add_argument("--status")
    case_set.add_argument("--category", metavar="KEY")
    case_set.add_argument("--deadline", type=date.fromisoformat, metavar="YYYY-MM-DD")
    case_set.add_argument("--json", action="store_true")
    case_set.set_defaults(handler=cmd_cases_set)
    show = cases.add_parser("show", help="one case with its timeline")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_cases_show)
