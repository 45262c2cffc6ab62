"""Loading the demo data set into the open db: once, in one transaction, through the real parser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desk_app.core.records import DemoResult
from desk_app.mail.compose import build_message
from desk_app.mail.charsets import UnencodableError
from desk_app.mail.mime import ParsedMessage, parse_message
from desk_app.paths import AppPaths
from desk_app.services.demo.bank import load_bank
from desk_app.services.demo.generate import generate
from desk_app.core.demo_records import DemoMail
from desk_app.services.settings import Settings
from desk_app.store import demo_writer
from desk_app.store.db import Database

DEMO_LANG = "ja"


@dataclass(frozen=True)
class BuiltMail:
    """A demo mail as RFC 5322 bytes and what the parser made of them."""

    key: str
    folder: str
    uid: int
    seen: bool
    answered: bool
    raw: bytes
    parsed: ParsedMessage


def build_mail(mail: DemoMail) -> BuiltMail:
    """Build `mail` as real bytes (ISO-2022-JP when asked and possible) and parse them back.

    Going through the real composer and parser means the demo exercises them as synced mail
    would, and what is stored is exactly what the parser makes of such mail.
    """
    fields = dict(
        from_name=mail.from_name,
        from_address=mail.from_address,
        to=list(mail.to),
        subject=mail.subject,
        text=mail.text,
        date=mail.date,
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        attachments=[(a.filename, a.content_type, a.data) for a in mail.attachments],
    )
    try:
        raw = build_message(charset=mail.charset, **fields)
    except UnencodableError:
        # Some names and symbols have no ISO-2022-JP code; such a customer's mailer sends UTF-8.
        raw = build_message(charset="utf-8", **fields)
    return BuiltMail(mail.key, mail.folder, mail.uid, mail.seen, mail.answered, raw, parse_message(raw))


class DemoService:
    """Loads the demo data set (a small Japanese shop's mail, cases, calls, orders and rates) once."""

    def __init__(self, db: Database, settings: Settings, paths: AppPaths) -> None:
        self._db = db
        self._settings = settings
        self._paths = paths

    def is_loaded(self) -> bool:
        """Whether the demo is already in this db (by the setting, or by its mail account)."""
        if self._settings.demo_loaded:
            return True
        with self._db.read() as session:
            return demo_writer.demo_present(session)

    def load(self, now: datetime | None = None) -> DemoResult:
        """Load the demo as it looks at `now` (default: the current time) unless already loaded.

        Everything is written in one transaction; a second call writes nothing and returns a
        result with `already_loaded=True`.
        """
        if self.is_loaded():
            return _already_loaded()
        now = now or datetime.now(UTC)
        bank = load_bank(self._paths.resources_dir() / "demo" / DEMO_LANG)
        data = generate(now, agent=self._settings.agent_name, zone=self._settings.timezone, bank=bank)
        mails = [build_mail(m) for m in data.mails]
        with self._db.write() as session:
            if demo_writer.demo_present(session):
                return _already_loaded()
            result = demo_writer.write_demo(session, data, mails, device_id=self._settings.device_id,
                                            zone=ZoneInfo(self._settings.timezone))
        self._settings.set("demo_loaded", True)
        if not self._settings.shop_name:
            self._settings.set("shop_name", bank.shop["name"])  # replies and statements name the shop
        return result


def _already_loaded() -> DemoResult:
    return DemoResult(messages=0, cases=0, calls=0, contacts=0, orders=0, order_lines=0, work_items=0,
                      already_loaded=True)
