"""Every preference declared once: name, type, default and validation. Read as attributes.

Preferences live in the db (they travel with it); window geometry lives in Qt's own settings
file, apart from them; secrets live in the keyring and never here.
"""

from __future__ import annotations

import getpass
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.passphrase import is_passphrase_hash
from desk_app.store import settings_store
from desk_app.store.db import Database


def _default_agent() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, some Windows services)
        return "agent"


@dataclass(frozen=True)
class Setting:
    """A declared preference."""

    name: str
    type: type
    default: Callable[[], Any]
    validate: Callable[[Any], bool] = lambda _value: True


LANGUAGES = ("", "ja", "en")  # "" follows the system

DECLARED: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("device_id", str, lambda: str(uuid.uuid4())),
        Setting("language", str, lambda: "", lambda v: v in LANGUAGES),
        Setting("agent_name", str, _default_agent, lambda v: bool(v.strip())),
        Setting("shop_name", str, lambda: ""),
        Setting("timezone", str, lambda: "Asia/Tokyo", lambda v: bool(re.match(r"^[\w/+-]+$", v))),
        Setting("demo_loaded", bool, lambda: False),
        Setting("sync_interval_minutes", int, lambda: 5, lambda v: 1 <= v <= 240),
        Setting("auto_case_new_threads", bool, lambda: False),
        # The prevention report flags a category and product seen more than this often in 30 days.
        Setting("prevention_repeat_threshold", int, lambda: 2, lambda v: 1 <= v <= 99),
        # The owner's folder of manual sections that replace or extend the bundled ones ("" for none).
        Setting("manual_folder", str, lambda: "", lambda v: "\n" not in v),
        # Record sync (services.record_sync): this machine's role, the account and folder the change
        # sets travel through ("" = the first account), whether capture has started, the owner key
        # an agent machine trusts (its fingerprint) and, on the owner's machine, the owner's public key.
        Setting("device_role", str, lambda: "agent", lambda v: v in ("agent", "owner")),
        Setting("record_sync_account", str, lambda: ""),
        Setting("record_sync_folder", str, lambda: "desk_app-sync", lambda v: bool(v.strip()) and "\n" not in v),
        Setting("record_sync_started", bool, lambda: False),
        Setting("record_sync_compact_after", int, lambda: 500, lambda v: 2 <= v <= 100_000),
        Setting("trusted_owner_fingerprint", str, lambda: "", lambda v: v == "" or bool(re.match(r"^[0-9a-f]{40}$", v))),
        Setting("owner_public_key", str, lambda: ""),
        # The owner's passphrase as a salted scrypt hash ("" while none is set); never the passphrase.
        Setting("owner_passphrase_hash", str, lambda: "", lambda v: v == "" or is_passphrase_hash(v)),
    )
}


class Settings:
    """Typed access to the declared preferences: `settings.agent_name`, `settings.set(...)`."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._values = settings_store.load_all(db)
        # The device id is fixed on first open: it names this machine's writes forever.
        if "device_id" not in self._values:
            self.set("device_id", DECLARED["device_id"].default())

    def __getattr__(self, name: str) -> Any:
        declared = DECLARED.get(name)
        if declared is None:
            raise AttributeError(name)
        if name in self._values:
            return self._values[name]
        return declared.default()

    def reload(self) -> None:
        """Read the preferences again (record sync may have changed shared ones in the db)."""
        self._values = settings_store.load_all(self._db)

    def set(self, name: str, value: Any) -> None:
        """Validate and store one preference."""
        declared = DECLARED.get(name)
        if declared is None:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"unknown setting {name}")
        if not isinstance(value, declared.type) or not declared.validate(value):
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"{name}={value!r}")
        settings_store.save(self._db, name, value)
        self._values[name] = value
