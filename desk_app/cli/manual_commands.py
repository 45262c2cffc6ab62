"""The claim-handling manual from the command line: `manual list`, `manual show ID`."""

from __future__ import annotations

import argparse
import sys
from zoneinfo import ZoneInfo

from desk_app.cli.text import manual_sentence, print_json
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.services.context import Services

LANGUAGES = ("ja", "en")


def manual_language(services: Services, args: argparse.Namespace) -> str:
    """The manual's language: the command's `--lang`, the program's, the settings', else the system's."""
    return getattr(args, "manual_lang", None) or args.lang or services.settings.language or args.lang_resolved


def _warn(text: str) -> None:
    print(f"desk_app: {text}", file=sys.stderr)


def cmd_manual_list(services: Services, args: argparse.Namespace) -> int:
    lang = manual_language(services, args)
    sections = services.manual.list(lang)
    for error in services.manual.errors(lang):
        _warn(manual_sentence("file_skipped", args.lang_resolved, error=error.error))
    if args.json:
        print_json([{"id": s.id, "title": s.title, "categories": s.categories} for s in sections],
                   ZoneInfo(services.settings.timezone))
    else:
        for s in sections:
            print(f"{s.id:<28} {s.title}" + (f"  [{', '.join(s.categories)}]" if s.categories else ""))
    return 0


def cmd_manual_show(services: Services, args: argparse.Namespace) -> int:
    lang = manual_language(services, args)
    try:
        section = services.manual.show(args.id, lang)
    except DeskAppError as exc:
        if exc.code is not ErrorCode.NOT_FOUND:
            raise
        skipped = [e for e in services.manual.errors(lang) if e.id == args.id]
        for error in skipped:
            _warn(manual_sentence("file_skipped", args.lang_resolved, error=error.error))
        if not skipped:
            _warn(manual_sentence("no_section", args.lang_resolved, id=args.id))
        return 1
    if args.json:
        print_json(
            {"id": section.id, "title": section.title, "categories": section.categories,
             "markdown": section.markdown, "checklist": section.checklist},
            ZoneInfo(services.settings.timezone),
        )
    else:
        print(section.markdown)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    """Add the manual commands to the CLI grammar."""
    manual = commands.add_parser("manual", help="the claim-handling manual").add_subparsers(
        dest="manual_command", metavar="ACTION", required=True)
    # dest differs from the program's --lang: a sub-parser's default would overwrite it.
    listing = manual.add_parser("list", help="the sections: id, title, case categories")
    listing.add_argument("--lang", dest="manual_lang", choices=LANGUAGES, help="language of the manual")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_manual_list)
    show = manual.add_parser("show", help="one section: its Markdown and checklist")
    show.add_argument("id")
    show.add_argument("--lang", dest="manual_lang", choices=LANGUAGES, help="language of the manual")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_manual_show)
