"""The monthly statement: reading it, its workflow (submit, approve, send back, mark paid, comment),
adjustments, and the files it travels in (bundle for the owner, CSV, PDF)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from desk_app.core import clock
from desk_app.core.bundle import BundleContact, BundleContent, BundleFile, seal, unseal
from desk_app.core.documents import to_plain
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import WorkPiece
from desk_app.core.statement_csv import statement_rows
from desk_app.core.statements import (
    TRANSITIONS,
    ExportedBundle,
    ImportedBundle,
    MonthlyStatement,
    PlacedAdjustment,
    Role,
    StatementSummary,
    Step,
    statement_from,
)
from desk_app.services.owner import OwnerService
from desk_app.services.settings import Settings
from desk_app.services.work import parse_month
from desk_app.store import pay_repo, statements_repo, tally_repo
from desk_app.store.db import Database
from desk_app.store.statement_reads import month_inputs

log = logging.getLogger(__name__)

CSV_ENCODINGS = {"utf-8": "utf-8-sig", "cp932": "cp932"}  # with a BOM, so Excel reads UTF-8 as UTF-8


def render_pdf(statement: MonthlyStatement, path: Path, *, language: str = "ja", issuer: str = "",
               zone: str = "Asia/Tokyo", voided: Sequence[WorkPiece] = ()) -> Path:
    """Write the statement as an A4 PDF (支払明細書) to `path`, issued today: in `language` (ja or
    en), from `issuer` (the shop's name), with the month's `voided` pieces marked in its appendix.
    NOT_FOUND when no Japanese font is installed. Nothing is left half-written."""
    # fpdf2 (with Pillow and fontTools) takes half a second to import: only a PDF pays for it.
    from desk_app.exports.statement_pdf import StatementPdf, statement_pdf

    today = clock.local_day(datetime.now(UTC), zone)
    _write_file(path, statement_pdf(statement, StatementPdf(language, issuer, zone, today, tuple(voided))))
    return path


def bundle_stem(agent: str, month: str) -> str:
    """`<agent>-<month>`, with what a file name cannot hold replaced by `_`."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", f"{agent}-{month}").strip(". ") or month


class StatementService:
    """Every agent's monthly statements. Without `agent`, a method acts for the local agent."""

    def __init__(self, db: Database, settings: Settings, owner: OwnerService,
                 now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._settings = settings
        self._owner = owner
        self._now = now or (lambda: datetime.now(UTC))

    # --- reading ------------------------------------------------------------------------------

    def statement(self, month: str, agent: str | None = None) -> MonthlyStatement:
        """The agent's statement of `month` (YYYY-MM): as frozen at approval once approved,
        else computed from the pieces now."""
        first = parse_month(month)
        with self._db.read() as session:
            return self._read(session, agent or self._settings.agent_name, first)

    def statements(self, agent: str | None = None) -> list[StatementSummary]:
        """Every stored statement (of every agent, or of one), newest month first."""
        with self._db.read() as session:
            found = []
            for name, month in statements_repo.stored_months(session, agent):
                statement = self._read(session, name, clock.parse_month(month))
                found.append(StatementSummary(
                    id=statement.workflow.id or "", agent=name, month=month, status=statement.status,
                    total_yen=statement.total_yen, submitted_at=statement.workflow.submitted_at,
                    approved_at=statement.workflow.approved_at, paid_on=statement.workflow.paid_on,
                ))
            return found

    def agents(self) -> list[str]:
        """The agents this machine knows (pieces, rate cards or statements), the local one included."""
        with self._db.read() as session:
            return sorted(set(pay_repo.agents(session)) | {self._settings.agent_name})

    # --- workflow -----------------------------------------------------------------------------

    def submit(self, month: str, agent: str | None = None, comment: str = "") -> MonthlyStatement:
        """The agent hands the draft in for the owner's review."""
        return self._take(Step.SUBMIT, month, agent, comment=comment)

    def approve(self, month: str, agent: str | None = None, *, passphrase: str | None = None,
                comment: str = "") -> MonthlyStatement:
        """The owner approves a submitted statement of a month that is over. The statement is
        frozen as it stands and the month is locked (MONTH_LOCKED for any later piece change)."""
        return self._take(Step.APPROVE, month, agent, passphrase=passphrase, comment=comment)

    def send_back(self, month: str, comment: str, agent: str | None = None, *,
                  passphrase: str | None = None) -> MonthlyStatement:
        """The owner returns a submitted statement to draft, saying why."""
        if not comment.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "comment (sending back needs one)")
        return self._take(Step.SEND_BACK, month, agent, passphrase=passphrase, comment=comment)

    def mark_paid(self, month: str, agent: str | None = None, *, on: date | None = None,
                  passphrase: str | None = None) -> MonthlyStatement:
        """The owner notes the day an approved statement was paid (today by default)."""
        return self._take(Step.PAID, month, agent, passphrase=passphrase, paid_on=on)

    def comment(self, month: str, text: str, agent: str | None = None, *, as_owner: bool = False,
                passphrase: str | None = None) -> MonthlyStatement:
        """A comment on the statement, by the agent or (behind the passphrase) the owner."""
        if not text.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "comment")
        if as_owner:
            self._owner.require(passphrase)
        first = parse_month(month)
        agent = agent or self._settings.agent_name
        with self._db.write() as session:
            statement_id = statements_repo.ensure_statement(session, agent, f"{first:%Y-%m}", self._settings.device_id)
            role = Role.OWNER if as_owner else Role.AGENT
            statements_repo.add_event(session, statement_id, Step.COMMENT, **self._by(role, text.strip()))
        return self.statement(month, agent)

    def _take(self, step: Step, month: str, agent: str | None, *, passphrase: str | None = None,
              comment: str = "", paid_on: date | None = None) -> MonthlyStatement:
        transition = TRANSITIONS[step]
        if transition.role is Role.OWNER:
            self._owner.require(passphrase)
        first = parse_month(month)
        month = f"{first:%Y-%m}"
        agent = agent or self._settings.agent_name
        now = self._now()
        today = clock.local_day(now, self._settings.timezone)
        with self._db.write() as session:
            status = statements_repo.workflow(session, agent, month).status
            if status not in transition.sources:
                raise DeskAppError(ErrorCode.STATEMENT_STEP, f"{agent} {month}: {status} → {step}")
            if step is Step.APPROVE and today < clock.next_month(first):
                raise DeskAppError(ErrorCode.MONTH_NOT_OVER, month)
            statement_id = statements_repo.ensure_statement(session, agent, month, self._settings.device_id)
            snapshot = to_plain(self._read(session, agent, first)) if step is Step.APPROVE else None
            statements_repo.move(session, statement_id, transition.target, at=now, device_id=self._settings.device_id,
                                 paid_on=paid_on or today, snapshot=snapshot)
            statements_repo.add_event(session, statement_id, step, **self._by(transition.role, comment.strip()))
        return self.statement(month, agent)

    def _read(self, session: object, agent: str, first: date) -> MonthlyStatement:
        """The statement of the agent's month, read in the caller's session."""
        return statement_from(month_inputs(session, agent, first, self._settings.timezone))

    def _by(self, role: Role, comment: str) -> dict[str, object]:
        """Who takes a step here, and when: the fields of an event besides the step."""
        return {"actor": self._settings.agent_name, "role": role, "comment": comment, "at": self._now(),
                "device_id": self._settings.device_id}

    def adjust(self, month: str, amount_yen: int, reason: str, agent: str | None = None,
               reference: str | None = None) -> PlacedAdjustment:
        """A ± correction with its reason. On a locked (approved) month it goes to the next open
        month instead, referring to the locked one: an approved month never changes."""
        if isinstance(amount_yen, bool) or not isinstance(amount_yen, int) or amount_yen == 0:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"amount {amount_yen!r} (whole yen, not 0)")
        if not reason.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "reason (an adjustment needs one)")
        first = parse_month(month)
        month = f"{first:%Y-%m}"
        agent = agent or self._settings.agent_name
        with self._db.write() as session:
            moved = statements_repo.is_locked(session, agent, month)
            target = f"{statements_repo.next_open_month(session, agent, first):%Y-%m}" if moved else month
            statement_id = statements_repo.ensure_statement(session, agent, target, self._settings.device_id)
            adjustment = statements_repo.add_adjustment(
                session, statement_id, amount_yen=amount_yen, reason=reason.strip(),
                reference=reference or (month if moved else None), at=self._now(), device_id=self._settings.device_id,
            )
            statements_repo.add_event(session, statement_id, Step.ADJUST,
                                      **self._by(Role.AGENT, f"{amount_yen:+d} {reason.strip()}"))
        return PlacedAdjustment(target, adjustment, month if moved else None)

    # --- files --------------------------------------------------------------------------------

    def write_csv(self, month: str, path: Path, agent: str | None = None, *, encoding: str = "utf-8",
                  labels: Mapping[str, str] | None = None) -> Path:
        """The statement as CSV for a spreadsheet: UTF-8 with a BOM, or cp932 (EXPORT_UNENCODABLE
        names the characters cp932 cannot hold). Nothing is left half-written."""
        if encoding not in CSV_ENCODINGS:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"encoding {encoding} (utf-8 or cp932)")
        rows = statement_rows(self.statement(month, agent), self._settings.timezone, labels)
        text = io.StringIO()
        csv.writer(text, lineterminator="\r\n").writerows(rows)
        try:
            data = text.getvalue().encode(CSV_ENCODINGS[encoding])
        except UnicodeEncodeError as exc:
            raise DeskAppError(ErrorCode.EXPORT_UNENCODABLE, exc.object[exc.start:exc.end]) from exc
        _write_file(path, data)
        return path

    def write_pdf(self, month: str, path: Path, agent: str | None = None, *, language: str | None = None) -> Path:
        """The statement as the PDF the owner files: issued by the shop (its name from Settings),
        in `language` (default: the UI language, else Japanese), voided pieces marked."""
        first = parse_month(month)
        agent = agent or self._settings.agent_name
        with self._db.read() as session:
            statement = self._read(session, agent, first)
            pieces = pay_repo.month_pieces(session, agent, first, clock.next_month(first), include_voided=True)
        return self._render(statement, path, pieces, language)

    def _render(self, statement: MonthlyStatement, path: Path, pieces: Sequence[WorkPiece],
                language: str | None) -> Path:
        return render_pdf(
            statement, path, language=language or self._settings.language or "ja", issuer=self._settings.shop_name,
            zone=self._settings.timezone, voided=[p for p in pieces if p.voided],
        )

    def export_bundle(self, month: str, out_dir: Path, agent: str | None = None) -> ExportedBundle:
        """Write `<agent>-<month>.json` into `out_dir`: the statement, every piece of the month,
        the rate cards and the customers named, sealed with a SHA-256 checksum; the statement's
        PDF beside it (when a Japanese font is installed)."""
        first = parse_month(month)
        agent = agent or self._settings.agent_name
        with self._db.read() as session:
            statement = self._read(session, agent, first)
            pieces = pay_repo.month_pieces(session, agent, first, clock.next_month(first), include_voided=True)
            cards = pay_repo.rate_cards(session, agent)
            contacts = tally_repo.contacts(session, {p.contact_id for p in pieces if p.contact_id})
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = bundle_stem(agent, statement.month)
        pdf = self._pdf_beside(statement, out_dir / f"{stem}.pdf", pieces)
        document = seal(BundleContent(
            statement=statement, pieces=tuple(pieces), rate_cards=tuple(cards),
            contacts=tuple(BundleContact(c.id, c.name, c.kana) for c in sorted(contacts.values(), key=lambda c: c.id)),
            pdf=pdf,
        ))
        path = out_dir / f"{stem}.json"
        _write_file(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
        return ExportedBundle(str(path), document["sha256"], str(out_dir / pdf.file) if pdf else None)

    def _pdf_beside(self, statement: MonthlyStatement, path: Path, pieces: Sequence[WorkPiece]) -> BundleFile | None:
        """The statement's PDF for the bundle. Without a Japanese font the bundle goes without it
        (its JSON holds every figure and piece; the owner's machine can print it)."""
        try:
            self._render(statement, path, pieces, None)
        except DeskAppError as exc:
            if exc.code is not ErrorCode.NOT_FOUND:
                raise
            log.warning("statement bundle without its PDF: %s", exc.detail)
            return None
        return BundleFile(path.name, _sha256(path))

    def import_bundle(self, path: Path) -> ImportedBundle:
        """Store a bundle's statement and pieces for the owner's review, every record under the id
        it has on the agent's machine, so importing again changes nothing. A bundle whose checksum
        does not match is refused (BUNDLE_TAMPERED) and nothing is written; so is a new piece for a
        month approved here (MONTH_LOCKED)."""
        content = _read_bundle(path)
        statement = content.statement
        agent, month = statement.agent, statement.month
        role = Role.AGENT if agent == self._settings.agent_name else Role.OWNER
        with self._db.write() as session:
            for contact in content.contacts:
                statements_repo.import_contact(session, contact.id, contact.name, contact.kana,
                                               self._settings.device_id)
            for card in content.rate_cards:
                pay_repo.import_card(session, card)
            statement_id = statements_repo.ensure_statement(session, agent, month, self._settings.device_id,
                                                            statement.workflow.id)
            outcomes = Counter(pay_repo.import_piece(session, piece) for piece in content.pieces)
            locked = statements_repo.is_locked(session, agent, month)
            added = 0
            for a in statement.adjustments:
                if locked and not statements_repo.adjustment_exists(session, a.id):
                    raise DeskAppError(ErrorCode.MONTH_LOCKED, month)
                added += statements_repo.add_adjustment(
                    session, statement_id, amount_yen=a.amount_yen, reason=a.reason, reference=a.reference,
                    at=a.created_at or self._now(), device_id=self._settings.device_id, adjustment_id=a.id,
                ) is not None
            for e in statement.workflow.events:
                added += statements_repo.add_event(session, statement_id, e.event, actor=e.actor, role=e.role,
                                                   comment=e.comment, at=e.at, device_id=self._settings.device_id,
                                                   event_id=e.id)
            added += statements_repo.adopt(session, statement_id, statement.workflow,
                                           to_plain(statement) if statement.locked else None)
            if added or outcomes["added"] or outcomes["updated"]:
                statements_repo.add_event(session, statement_id, Step.IMPORT, **self._by(role, Path(path).name))
        now = self.statement(month, agent)
        return ImportedBundle(agent, month, now.status, outcomes["added"], outcomes["updated"], outcomes["same"],
                              statement.total_yen, now.total_yen)


def _read_bundle(path: Path) -> BundleContent:
    """Read, check and parse a bundle file (and the PDF it names); DeskAppError when it cannot be used."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise DeskAppError(ErrorCode.NOT_FOUND, str(path)) from exc
    except OSError as exc:
        raise DeskAppError(ErrorCode.BUNDLE_INVALID, f"{path}: {exc.strerror}") from exc
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DeskAppError(ErrorCode.BUNDLE_INVALID, f"{path.name}: {exc}") from exc
    content = unseal(document, path.name)
    statement = content.statement
    try:
        first = clock.parse_month(statement.month)
    except ValueError as exc:
        raise DeskAppError(ErrorCode.BUNDLE_INVALID, f"{path.name}: month {statement.month}") from exc
    strays = [p.id for p in content.pieces if p.agent != statement.agent or f"{p.day:%Y-%m}" != statement.month]
    if not statement.agent or strays or any(c.agent != statement.agent for c in content.rate_cards):
        raise DeskAppError(ErrorCode.BUNDLE_INVALID,
                           f"{path.name}: pieces or rates not of {statement.agent} {first:%Y-%m}")
    if content.pdf is not None:
        pdf = path.parent / content.pdf.file
        if Path(content.pdf.file).name != content.pdf.file:
            raise DeskAppError(ErrorCode.BUNDLE_INVALID, f"{path.name}: {content.pdf.file}")
        if not pdf.is_file() or _sha256(pdf) != content.pdf.sha256:
            raise DeskAppError(ErrorCode.BUNDLE_TAMPERED, content.pdf.file)
    return content


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it, so a crash leaves no half file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
