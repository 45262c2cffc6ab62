"""This machine in the record sync from the command line: `device show`, `owner init`, `owner trust`
(issue #10's contract)."""

from __future__ import annotations

import argparse
import sys
from zoneinfo import ZoneInfo

from desk_app.cli.text import print_json
from desk_app.services.context import Services


REFUSALS: dict[str, dict[str, str]] = {
    "en": {
        "not_a_change_set": "not a change set (a message filed in the sync folder by hand?)",
        "malformed": "a change set that cannot be read",
        "headers_mismatch": "its headers name another machine or number than its contents",
        "bad_signature": "its signature does not match: changed on the way",
        "key_changed": "a known machine's change set signed with another key",
        "bad_value": "a value that does not fit its field",
        "owner_unsigned": "an owner's change (approval, rates…) without the owner's signature",
        "owner_bad_signature": "the owner's signature does not match",
        "owner_untrusted": "signed by an owner key this machine does not trust",
    },
    "ja": {
        "not_a_change_set": "変更セットではありません（同期フォルダーに手で入れたメール？）",
        "malformed": "読み取れない変更セットです",
        "headers_mismatch": "ヘッダーの端末・番号が内容と一致しません",
        "bad_signature": "署名が一致しません（途中で書き換えられています）",
        "key_changed": "既知の端末の変更セットが別の鍵で署名されています",
        "bad_value": "項目に合わない値があります",
        "owner_unsigned": "店長の署名のない店長の操作（承認・単価など）です",
        "owner_bad_signature": "店長の署名が一致しません",
        "owner_untrusted": "この端末が信頼していない店長の鍵で署名されています",
    },
}


def refusal_sentence(reason: str, lang: str) -> str:
    """Why a change set was refused, in `lang` (English when it has no words for it)."""
    return REFUSALS.get(lang, REFUSALS["en"]).get(reason, reason)


def cmd_device_show(services: Services, args: argparse.Namespace) -> int:
    device = services.records.device()
    if args.json:
        print_json({"device_id": device.device_id, "role": device.role, "agent": device.agent,
                    "fingerprint": device.fingerprint}, ZoneInfo(services.settings.timezone))
    else:
        print(f"device {device.device_id} ({device.role}, {device.agent})\nfingerprint {device.fingerprint}")
    return 0


def cmd_owner_init(services: Services, args: argparse.Namespace) -> int:
    fingerprint = services.records.owner_init(sys.stdin.readline().rstrip("\r\n"))
    if args.json:
        print_json({"fingerprint": fingerprint}, ZoneInfo(services.settings.timezone))
    else:
        print(f"this machine is the owner's; agent machines trust it with:\n  owner trust '{fingerprint}'")
    return 0


def cmd_owner_trust(services: Services, args: argparse.Namespace) -> int:
    applied = services.records.trust_owner(args.fingerprint)
    if args.json:
        print_json({"trusted": services.settings.trusted_owner_fingerprint, "applied": applied}, ZoneInfo(services.settings.timezone))
    else:
        print(f"owner key trusted; {applied} held change sets applied")
    return 0


def add_owner_commands(owner: argparse._SubParsersAction) -> None:
    """`owner init` and `owner trust` beside the passphrase commands."""
    init = owner.add_parser("init", help="make this machine the owner's (an owner key behind the passphrase)")
    init.add_argument("--passphrase-stdin", action="store_true", required=True)
    init.add_argument("--json", action="store_true")
    init.set_defaults(handler=cmd_owner_init)
    trust = owner.add_parser("trust", help="on an agent machine: trust the owner key with this fingerprint")
    trust.add_argument("fingerprint", metavar="FINGERPRINT")
    trust.add_argument("--json", action="store_true")
    trust.set_defaults(handler=cmd_owner_trust)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `device` command to the CLI grammar."""
    device = commands.add_parser("device", help="this machine in the record sync").add_subparsers(
        dest="device_command", metavar="ACTION", required=True)
    show = device.add_parser("show", help="device id, role, agent and key fingerprint")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_device_show)
