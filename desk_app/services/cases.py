"""Cases (案件): created from a mail thread or a call, worked through their states with a promised
deadline, closed with cause / responsibility / recovery / prevention, and followed up after."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.core import clock
from desk_app.core.cases import AUDIENCES, DEADLINE_HOUR, CaseStatus, closing_problems, is_open
from desk_app.core.categories import Channel, is_valid_category
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.orders import find_order_number
from desk_app.core.records import CaseDetail, ContactInfo, PreventionRow
from desk_app.core.threads import strip_reply_prefixes
from desk_app.manual.sections import ID_PATTERN
from desk_app.services.settings import Settings
from desk_app.store import calls_repo, cases_repo, contacts_repo, mail_repo
from desk_app.store.db import Database

REPEAT_WINDOW = timedelta(days=30)


class CaseService:
    """Every write to a case goes through here (so it can later travel as a change)."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    # --- creating ----------------------------------------------------------------------------------

    def create_from_message(self, message_pk: int) -> str:
        """A case for the conversation of `message_pk`: customer by address (added if new), order
        number from the text, every mail of the thread linked. An open case of the thread is reused."""
        device = self._settings.device_id
        with self._db.write() as session:
            message_ids = mail_repo.thread_message_ids(session, message_pk)
            existing = cases_repo.open_case_linked_to(session, message_ids)
            if existing:
                return existing
            shown = mail_repo.detail(session, message_pk)
            if shown is None:
                raise DeskAppError(ErrorCode.NOT_FOUND, f"message {message_pk}")
            address = shown.from_address.strip().lower()
            contact_id = contacts_repo.find_by_channel(session, "email", address)
            if contact_id is None and address:
                contact_id = contacts_repo.add(session, name=shown.from_name or address, kana="", emails=[address],
                                               phones=[], device_id=device)
            case_id = cases_repo.create(
                session, device_id=device, title=strip_reply_prefixes(shown.subject) or "(no subject)",
                status=CaseStatus.NEW.value, channel=Channel.MAIL.value, contact_id=contact_id,
                order_number=find_order_number(shown.subject + "\n" + shown.text), agent=self._settings.agent_name,
            )
            cases_repo.link_messages(session, case_id, message_ids, device)
            return case_id

    def create(self, title: str, *, contact_id: str | None = None, category: str | None = None) -> str:
        """A new case typed in by hand (or from the command line); returns its id."""
        if not title.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "title")
        if category is not None and not is_valid_category(category):
            raise DeskAppError(ErrorCode.INVALID_INPUT, "category")
        with self._db.write() as session:
            if contact_id is not None and contacts_repo.detail(session, contact_id) is None:
                raise DeskAppError(ErrorCode.NOT_FOUND, f"contact {contact_id}")
            return cases_repo.create(
                session, device_id=self._settings.device_id, title=title.strip(), status=CaseStatus.NEW.value,
                channel=Channel.MAIL.value, contact_id=contact_id, category=category, agent=self._settings.agent_name,
            )

    def deadline_on(self, day: date) -> datetime:
        """A deadline given as a day: the end of that working day in the desk's zone."""
        return datetime.combine(day, time(DEADLINE_HOUR), ZoneInfo(self._settings.timezone))

    def create_from_call(self, call_id: str) -> str:
        """A case for a logged call (its customer, category and summary); the call joins it."""
        device = self._settings.device_id
        with self._db.write() as session:
            call = calls_repo.call_facts(session, call_id)
            if call is None:
                raise DeskAppError(ErrorCode.NOT_FOUND, f"call {call_id}")
            if call["case_id"]:
                return call["case_id"]
            summary = call["summary"] or ""
            title = (summary.strip().splitlines() or ["(call)"])[0][:80]
            case_id = cases_repo.create(
                session, device_id=device, title=title, status=CaseStatus.OPEN.value, channel=Channel.PHONE.value,
                contact_id=call["contact_id"], category=call["category"], order_number=find_order_number(summary),
                agent=call["agent"],
            )
            calls_repo.set_call_case(session, call_id, case_id)
            return case_id

    def attach_new_messages(self, message_pks: list[int]) -> int:
        """Newly synced mail joins an open case: the same thread's, or the same customer's case that
        the mail's order number names. With the `auto_case_new_threads` setting, an Inbox mail that
        joins nothing gets a case of its own. Returns how many joined an existing case."""
        joined = self._attach(message_pks)
        if self._settings.auto_case_new_threads:
            with self._db.read() as session:
                unlinked = mail_repo.message_ids(session, linked=False, among=message_pks)
                inbox = set(mail_repo.ids_in_role(session, unlinked, "inbox"))
            for pk in unlinked:
                if pk in inbox:
                    self.create_from_message(pk)  # a later mail of the same thread reuses this case
        return joined

    def _attach(self, message_pks: list[int]) -> int:
        device = self._settings.device_id
        with self._db.write() as session:
            matches = cases_repo.open_cases_for_new_mail(session, message_pks)
            if not matches:
                return 0
            mids = mail_repo.message_ids_of(session, list(matches))
            return sum(
                cases_repo.link_messages(session, case_id, [mids[pk]], device)
                for pk, case_id in matches.items()
                if mids.get(pk)
            )

    # --- reading --------------------------------------------------------------------------------------

    def get(self, case_id: str) -> CaseDetail:
        with self._db.read() as session:
            found = cases_repo.detail(session, case_id)
        if found is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"case {case_id}")
        return found

    def due_today(self, now: datetime | None = None) -> list[CaseDetail]:
        """Open cases whose promised deadline falls today (the desk's calendar day)."""
        now = now or datetime.now(UTC)
        zone = self._settings.timezone
        today = clock.local_day(now, zone)
        with self._db.read() as session:
            ids = cases_repo.due_between(session, clock.day_start_utc(today, zone),
                                         clock.day_start_utc(today + timedelta(days=1), zone))
            return [d for d in (cases_repo.detail(session, i) for i in ids) if d is not None]

    def after_follow_due(self, today: date | None = None) -> list[CaseDetail]:
        """Closed cases whose after-follow date has come and that no mail has gone to since: time
        for the follow-up mail."""
        zone = self._settings.timezone
        today = today or clock.local_day(datetime.now(UTC), zone)
        with self._db.read() as session:
            due = cases_repo.after_follow_due(session, today, zone)
            return [d for d in (cases_repo.detail(session, i) for i in due) if d is not None]

    def customer(self, case_id: str) -> ContactInfo | None:
        """The case's customer with their mail addresses and phone numbers (None: not known)."""
        with self._db.read() as session:
            return cases_repo.customer(session, case_id)

    def latest_mail(self, case_id: str) -> int | None:
        """The mail a reply on the case answers: the customer's newest (None: the case has no mail)."""
        with self._db.read() as session:
            return cases_repo.latest_customer_message(session, case_id)

    # --- changing --------------------------------------------------------------------------------------

    def update(self, case_id: str, **fields: Any) -> CaseDetail:
        """Change status, category, order number, deadline, channel, escalation, after-follow date…

        Closing goes through `close` (it checks the claim's closing fields)."""
        if "status" in fields and fields["status"] not in {s.value for s in CaseStatus}:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "status")
        if fields.get("status") == CaseStatus.CLOSED.value:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "status (close a case with close())")
        if fields.get("category") is not None and not is_valid_category(fields["category"]):
            raise DeskAppError(ErrorCode.INVALID_INPUT, "category")
        if "channel" in fields and fields["channel"] not in {c.value for c in Channel}:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "channel")
        deadline = fields.get("deadline")
        if deadline is not None and deadline.tzinfo is None:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "deadline (needs a time zone)")
        follow_on = fields.get("after_follow_on")
        if follow_on is not None and (not isinstance(follow_on, date) or isinstance(follow_on, datetime)):
            raise DeskAppError(ErrorCode.INVALID_INPUT, "after_follow_on (a date)")
        with self._db.write() as session:
            if not cases_repo.update(session, case_id, fields):
                raise DeskAppError(ErrorCode.NOT_FOUND, f"case {case_id}")
        return self.get(case_id)

    def add_note(self, case_id: str, body: str) -> str:
        if not body.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "note")
        self.get(case_id)
        with self._db.write() as session:
            return cases_repo.add_note(session, case_id, body.strip(), self._settings.agent_name,
                                       self._settings.device_id)

    def set_checklist(self, case_id: str, section_id: str, ticks: list[bool]) -> tuple[int, ...]:
        """Keep which steps of a manual section's checklist are done for this case: `ticks[i]` is
        step i (the same steps in every language). Returns the indexes now ticked."""
        if not ID_PATTERN.match(section_id):
            raise DeskAppError(ErrorCode.INVALID_INPUT, "section")
        if not all(isinstance(tick, bool) for tick in ticks):
            raise DeskAppError(ErrorCode.INVALID_INPUT, "ticks")
        ticked = [index for index, tick in enumerate(ticks) if tick]
        with self._db.write() as session:
            if not cases_repo.set_checklist(session, case_id, section_id, ticked):
                raise DeskAppError(ErrorCode.NOT_FOUND, f"case {case_id}")
        return tuple(ticked)

    def close(self, case_id: str, *, cause: str = "", responsibility: str | None = None, recovery: str = "",
              prevention_note: str = "", audience: list[str] | tuple[str, ...] = (),
              after_follow_on: date | None = None) -> CaseDetail:
        """Close the case; a claim must say its cause, responsibility, recovery and prevention
        (INVALID_INPUT names what is missing, and nothing changes)."""
        case = self.get(case_id)
        problems = closing_problems(case.category, cause=cause, responsibility=responsibility, recovery=recovery,
                                    prevention_note=prevention_note, audience=list(audience))
        if problems:
            raise DeskAppError(ErrorCode.INVALID_INPUT, ", ".join(problems))
        with self._db.write() as session:
            cases_repo.update(session, case_id, {
                "status": CaseStatus.CLOSED.value, "cause": cause.strip(), "responsibility": responsibility,
                "recovery": recovery.strip(), "prevention_note": prevention_note.strip(),
                "prevention_audience": [a for a in AUDIENCES if a in audience], "closed_at": datetime.now(UTC),
                "after_follow_on": after_follow_on,
            })
        return self.get(case_id)

    def reopen(self, case_id: str) -> CaseDetail:
        if is_open(self.get(case_id).status):
            return self.get(case_id)
        return self.update(case_id, status=CaseStatus.OPEN.value, closed_at=None)

    # --- the recurrence-prevention report --------------------------------------------------------------

    def prevention_report(self, since: datetime | None = None) -> list[PreventionRow]:
        """Prevention notes by category; a row is a repeat when its category and product came up
        more than `prevention_repeat_threshold` times within 30 days (a warning sign)."""
        since = since or datetime.now(UTC) - timedelta(days=365)
        threshold = self._settings.prevention_repeat_threshold
        with self._db.read() as session:
            rows = cases_repo.prevention_rows(session, since)
        repeats: set[str] = set()
        for row in rows:
            if row.closed_at is None:
                continue
            window = [r for r in rows if r.category == row.category and r.closed_at is not None
                      and abs(r.closed_at - row.closed_at) <= REPEAT_WINDOW]
            counts = Counter(p for r in window for p in r.products)
            if any(counts[p] > threshold for p in row.products):
                repeats.add(row.case_id)
        return [replace(r, repeat=r.case_id in repeats) for r in rows]
