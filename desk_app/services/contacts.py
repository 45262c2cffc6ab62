"""Customers (お客様): add, find, edit, flag as unreasonable claimants, their history, and merging
duplicates. Phone numbers match in any written form, addresses in any case."""

from __future__ import annotations

from collections.abc import Iterable

from desk_app.core.claimants import criteria_map, is_flagged
from desk_app.core.contacts import is_valid_email, normalize_email, valid_phone
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.phones import normalize_phone
from desk_app.core.records import ContactDetail, ContactInfo, ContactTimelineEntry, DuplicateMatch, MergeSummary
from desk_app.services.settings import Settings
from desk_app.store import contacts_repo
from desk_app.store.db import Database


def _emails(written: Iterable[str]) -> list[tuple[str, str]]:
    """(as written, normalised) per address; INVALID_INPUT "email" for one that is none."""
    checked = [(email.strip(), normalize_email(email)) for email in written]
    if any(not is_valid_email(email) for email, _ in checked):
        raise DeskAppError(ErrorCode.INVALID_INPUT, "email")
    return checked


def _phones(written: Iterable[str]) -> list[tuple[str, str]]:
    """(as written, normalised) per number; INVALID_INPUT "phone" for one that is none."""
    checked = [(phone.strip(), valid_phone(phone)) for phone in written]
    if any(not normalized for _, normalized in checked):
        raise DeskAppError(ErrorCode.INVALID_INPUT, "phone")
    return checked


def _required(found: ContactDetail | None, contact_id: str) -> ContactDetail:
    if found is None:
        raise DeskAppError(ErrorCode.NOT_FOUND, f"contact {contact_id}")
    return found


class ContactService:
    """Every read and write of customers. Errors: NOT_FOUND for an unknown (or merged-away)
    customer; INVALID_INPUT with detail `name`, `email`, `phone`, `criterion` or `merge_same`."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    # --- adding and finding ------------------------------------------------------------------------

    def add(self, name: str, *, kana: str = "", emails: list[str] | None = None,
            phones: list[str] | None = None) -> str:
        """A new customer; returns its id."""
        if not name.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "name")
        addresses = _emails(emails or [])
        numbers = _phones(phones or [])
        with self._db.write() as session:
            return contacts_repo.add(session, name=name.strip(), kana=kana.strip(),
                                     emails=[written for written, _ in addresses], phones=numbers,
                                     device_id=self._settings.device_id)

    def list(self) -> list[ContactInfo]:
        """Every live customer (merged ones are gone), by kana then name."""
        with self._db.read() as session:
            return contacts_repo.list_contacts(session)

    def lookup(self, typed: str, limit: int = 10) -> list[ContactInfo]:
        """Customers matching what is typed so far: digits match numbers in any written form,
        anything else matches names, kana and addresses (lookup as you type)."""
        digits = normalize_phone(typed)
        with self._db.read() as session:
            if len(digits) >= 3 and len(digits) >= len(typed.strip()) // 2:
                return contacts_repo.search(session, phone_digits=digits, limit=limit)
            return contacts_repo.search(session, text=typed.strip(), limit=limit)

    def find_by_phone(self, written: str) -> str | None:
        """The live customer with this number, however written."""
        with self._db.read() as session:
            return contacts_repo.find_by_channel(session, "phone", normalize_phone(written))

    def find_by_email(self, written: str) -> str | None:
        """The live customer with this address, in any case."""
        with self._db.read() as session:
            return contacts_repo.find_by_channel(session, "email", normalize_email(written))

    def get(self, contact_id: str) -> ContactDetail:
        """One customer in full (NOT_FOUND once merged into another)."""
        with self._db.read() as session:
            return _required(contacts_repo.detail(session, contact_id), contact_id)

    # --- editing -----------------------------------------------------------------------------------

    def update(self, contact_id: str, *, name: str | None = None, kana: str | None = None,
               notes: str | None = None, add_emails: Iterable[str] = (), remove_emails: Iterable[str] = (),
               add_phones: Iterable[str] = (), remove_phones: Iterable[str] = ()) -> ContactDetail:
        """Change the name, kana or notes, and add or remove addresses and numbers, in one go.

        An address or number is removed in whatever form it is written; adding one the customer
        already has changes nothing. Returns the customer as now stored.
        """
        fields = {key: value.strip() for key, value in (("name", name), ("kana", kana), ("notes", notes))
                  if value is not None}
        if fields.get("name") == "":
            raise DeskAppError(ErrorCode.INVALID_INPUT, "name")
        new_emails, new_phones = _emails(add_emails), _phones(add_phones)
        device = self._settings.device_id
        with self._db.write() as session:
            if not contacts_repo.update_fields(session, contact_id, fields):
                raise DeskAppError(ErrorCode.NOT_FOUND, f"contact {contact_id}")
            for email in remove_emails:
                contacts_repo.remove_channel(session, contact_id, "email", normalize_email(email))
            for phone in remove_phones:
                contacts_repo.remove_channel(session, contact_id, "phone", normalize_phone(phone))
            for written, normalized in new_emails:
                contacts_repo.add_channel(session, contact_id, "email", written, normalized, device)
            for written, normalized in new_phones:
                contacts_repo.add_channel(session, contact_id, "phone", written, normalized, device)
            return _required(contacts_repo.detail(session, contact_id), contact_id)

    def set_flag(self, contact_id: str, criteria: Iterable[str], note: str = "") -> ContactDetail:
        """Mark (or clear) the customer as an unreasonable claimant (モンスタークレーマー).

        `criteria` are the ticked keys of `core.claimants.CRITERIA`; the customer is flagged when
        at least one is ticked. The note (how to handle them) is kept either way.
        """
        try:
            stored = criteria_map(criteria)
        except ValueError as exc:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "criterion") from exc
        with self._db.write() as session:
            if not contacts_repo.set_flag(session, contact_id, unreasonable=is_flagged(stored), criteria=stored,
                                          note=note.strip()):
                raise DeskAppError(ErrorCode.NOT_FOUND, f"contact {contact_id}")
            return _required(contacts_repo.detail(session, contact_id), contact_id)

    # --- history and duplicates --------------------------------------------------------------------

    def timeline(self, contact_id: str) -> list[ContactTimelineEntry]:
        """The customer's mails, calls, cases and orders, newest first."""
        with self._db.read() as session:
            _required(contacts_repo.detail(session, contact_id), contact_id)
            return contacts_repo.timeline(session, contact_id)

    def duplicates(self, contact_id: str) -> list[DuplicateMatch]:
        """Customers who are likely the same person (same number, address, name or kana)."""
        with self._db.read() as session:
            _required(contacts_repo.detail(session, contact_id), contact_id)
            return contacts_repo.duplicates(session, contact_id)

    def merge_plan(self, survivor_id: str, merged_id: str) -> MergeSummary:
        """What `merge` would do, for the question before it."""
        self._check_pair(survivor_id, merged_id)
        with self._db.read() as session:
            plan = contacts_repo.merge_plan(session, survivor_id, merged_id)
        return self._found(plan, survivor_id, merged_id)

    def merge(self, survivor_id: str, merged_id: str) -> MergeSummary:
        """Merge the duplicate `merged_id` into `survivor_id`, in one transaction.

        The survivor keeps its fields and gains the other's addresses and numbers (without
        doubles), notes and flag; the other's cases, calls and work items move to it. The merged
        customer stays only as a pointer (`merged_into_id`): gone from lists and lookups.
        """
        self._check_pair(survivor_id, merged_id)
        with self._db.write() as session:
            done = contacts_repo.merge(session, survivor_id, merged_id)
        return self._found(done, survivor_id, merged_id)

    # --- helpers -----------------------------------------------------------------------------------

    @staticmethod
    def _check_pair(survivor_id: str, merged_id: str) -> None:
        if survivor_id == merged_id:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "merge_same")

    @staticmethod
    def _found(summary: MergeSummary | None, survivor_id: str, merged_id: str) -> MergeSummary:
        if summary is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"contact {survivor_id} or {merged_id}")
        return summary
