"""Writing mail: replies, reply-all, forwards and new messages, templates filled from the case,
drafts autosaved, and queueing into the outbox (sending happens in the sync pass)."""

from __future__ import annotations

import mimetypes

from datetime import UTC, datetime
from pathlib import Path

from desk_app.core import reply as reply_rules
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.outbox import CANCELLABLE, RETRYABLE
from desk_app.core.records import AccountInfo, DraftData, MessageDetail, OutboxItem
from desk_app.core.templates import Rendered, find_gaps, render
from desk_app.mail.charsets import UnencodableError
from desk_app.mail.compose import InvalidAddressError, build_message, make_message_id
from desk_app.mail.mime import parse_message
from desk_app.services.accounts import AccountService
from desk_app.services.mail import MailService
from desk_app.services.settings import Settings
from desk_app.services.template_values import case_of_message, values_for_message
from desk_app.services.templates import TemplateService
from desk_app.store import mail_repo, outbox_repo
from desk_app.store.db import Database

KINDS = ("reply", "reply_all", "forward", "new")


class ComposeService:
    """Drafts and the outbox; the GUI's compose window and the `reply`/`compose` commands use it."""

    def __init__(
        self, db: Database, settings: Settings, accounts: AccountService, mail: MailService,
        templates: TemplateService,
    ) -> None:
        self._db = db
        self._settings = settings
        self._accounts = accounts
        self._mail = mail
        self._templates = templates

    # --- starting a message ---------------------------------------------------------------------

    def start(self, kind: str, *, message_pk: int | None = None, account: str | None = None,
              lang: str = "ja") -> DraftData:
        """A new draft (saved): a reply or forward prefilled from message `message_pk`, or an empty
        new message from `account` (default: the first real account)."""
        if kind not in KINDS:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"kind {kind}")
        if kind == "new" or message_pk is None:
            info = self._account(account)
            return self.save_draft(DraftData(None, info.id or 0, "new", (), (), "", self._with_signature("", info)))
        original = self._mail.show(message_pk)
        info = self._account_of(message_pk)
        to, cc = self._recipients(kind, original, info)
        subject = (reply_rules.forward_subject if kind == "forward" else reply_rules.reply_subject)(original.subject)
        line = reply_rules.attribution(original.date, original.from_name or original.from_address, lang,
                                       self._settings.timezone)
        body = reply_rules.reply_body("", info.signature, line, original.text)
        return self.save_draft(
            DraftData(None, info.id or 0, kind, tuple(to), tuple(cc), subject, "\n" + body, replied_pk=message_pk)
        )

    def _recipients(self, kind: str, original: MessageDetail, info: AccountInfo) -> tuple[list[str], list[str]]:
        sender = f"{original.from_name} <{original.from_address}>" if original.from_name else original.from_address
        if kind == "forward":
            return [], []
        if kind == "reply_all":
            return reply_rules.reply_all_recipients(sender, original.to, original.cc, [info.email])
        return [sender], []

    def _with_signature(self, text: str, info: AccountInfo) -> str:
        return f"{text}\n\n-- \n{info.signature.strip()}\n" if info.signature.strip() else text

    def _account(self, name: str | None) -> AccountInfo:
        if name:
            return self._accounts.get(name)
        accounts = [a for a in self._accounts.list() if a.name != "demo"] or self._accounts.list()
        if not accounts:
            raise DeskAppError(ErrorCode.NOT_FOUND, "account")
        return accounts[0]

    def _account_of(self, message_pk: int) -> AccountInfo:
        with self._db.read() as session:
            account_id = mail_repo.account_id_of(session, message_pk)
        for info in self._accounts.list():
            if info.id == account_id:
                return info
        raise DeskAppError(ErrorCode.NOT_FOUND, f"message {message_pk}")

    # --- templates --------------------------------------------------------------------------------

    def template_values(self, message_pk: int | None, lang: str) -> dict[str, str | None]:
        """Placeholder values known for a reply to `message_pk` (None: a gap the agent must fill)."""
        return values_for_message(self._db, self._settings, message_pk, lang)

    def case_category(self, message_pk: int | None) -> str | None:
        """The category of the case the message belongs to: the template picker offers fitting ones first."""
        context = case_of_message(self._db, message_pk) if message_pk is not None else None
        return context.category if context else None

    def fill_template(
        self, key: str, lang: str, message_pk: int | None, overrides: dict[str, str] | None = None
    ) -> Rendered:
        """The template's body filled from the message's case, customer and settings; `overrides`
        (typed by the agent, or `--set`) win. Unfilled placeholders are reported as gaps."""
        values = self.template_values(message_pk, lang)
        values.update(overrides or {})
        return render(self._templates.get(key, lang).body, values)

    # --- drafts -----------------------------------------------------------------------------------

    def save_draft(self, draft: DraftData) -> DraftData:
        """Autosave: store the draft as it is now (called every few seconds and on close)."""
        with self._db.write() as session:
            return outbox_repo.save_draft(session, draft)

    def drafts(self) -> list[DraftData]:
        with self._db.read() as session:
            return outbox_repo.drafts(session)

    def discard_draft(self, draft_id: int) -> None:
        with self._db.write() as session:
            outbox_repo.delete_draft(session, draft_id)

    # --- queueing -----------------------------------------------------------------------------------

    def queue(self, draft: DraftData) -> OutboxItem:
        """Build the message and put it in the outbox (state queued); returns at once.

        Refuses with MISSING_PLACEHOLDERS (names), UNENCODABLE (the characters ISO-2022-JP cannot
        carry), NO_RECIPIENTS, BAD_ADDRESS or ATTACHMENT_UNREADABLE (path) — the draft is kept.
        """
        gaps = find_gaps(draft.subject + "\n" + draft.body)
        if gaps:
            raise DeskAppError(ErrorCode.MISSING_PLACEHOLDERS, ", ".join(dict.fromkeys(g[2] for g in gaps)))
        if not draft.to and not draft.cc:
            raise DeskAppError(ErrorCode.NO_RECIPIENTS)
        info = next((a for a in self._accounts.list() if a.id == draft.account_id), None)
        if info is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"account {draft.account_id}")
        saved = self.save_draft(draft)  # nothing is lost if building fails
        message_id = make_message_id(info.email.rpartition("@")[2] or "localhost")
        in_reply_to, references = None, ()
        if draft.replied_pk is not None and draft.kind != "forward":
            with self._db.read() as session:
                original_id, original_refs = mail_repo.reply_headers(session, draft.replied_pk)
            in_reply_to = original_id
            references = reply_rules.references_for(original_id, original_refs)
        try:
            raw = build_message(
                from_name=info.display_name, from_address=info.email, to=list(draft.to), cc=list(draft.cc),
                subject=draft.subject, text=draft.body, date=datetime.now(UTC), message_id=message_id,
                in_reply_to=in_reply_to, references=references, charset=draft.charset,
                attachments=self._attachments(draft),
            )
        except UnencodableError as exc:
            raise DeskAppError(ErrorCode.UNENCODABLE, "".join(exc.chars)) from exc
        except InvalidAddressError as exc:
            raise DeskAppError(ErrorCode.BAD_ADDRESS, str(exc)) from exc
        with self._db.write() as session:
            return outbox_repo.enqueue(session, saved, message_id=message_id, sender=info.email,
                                       body=draft.body, raw=raw)

    def _attachments(self, draft: DraftData) -> list[tuple[str, str, bytes]]:
        files: list[tuple[str, str, bytes]] = []
        if draft.kind == "forward" and draft.replied_pk is not None:
            with self._db.read() as session:
                raw = mail_repo.raw_source(session, draft.replied_pk)
            if raw is not None:
                files += [(a.filename, a.content_type, a.data) for a in parse_message(raw).attachments if not a.inline]
        for path_text in draft.attachments:
            path = Path(path_text)
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise DeskAppError(ErrorCode.ATTACHMENT_UNREADABLE, str(path)) from exc
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            files.append((path.name, kind, data))
        return files

    # --- the outbox -------------------------------------------------------------------------------------

    def outbox(self, *, include_sent: bool = True) -> list[OutboxItem]:
        with self._db.read() as session:
            return outbox_repo.outbox(session, include_sent=include_sent)

    def cancel(self, entry_id: int) -> OutboxItem:
        """Stop a queued or failed message from going out (it stays listed as cancelled)."""
        return self._change(entry_id, "cancelled", allowed=CANCELLABLE)

    def retry(self, entry_id: int) -> OutboxItem:
        """Send a failed message again at the next pass."""
        return self._change(entry_id, "queued", allowed=RETRYABLE)

    def edit(self, entry_id: int) -> DraftData:
        """Take a queued or failed message back into a draft to change it."""
        with self._db.write() as session:
            draft = outbox_repo.take_back(session, entry_id)
        if draft is None:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"outbox {entry_id} can no longer be edited")
        return draft

    def _change(self, entry_id: int, state: str, allowed: tuple[str, ...]) -> OutboxItem:
        with self._db.write() as session:
            current = outbox_repo.get(session, entry_id)
            if current is None:
                raise DeskAppError(ErrorCode.NOT_FOUND, f"outbox {entry_id}")
            if current.state not in allowed:
                raise DeskAppError(ErrorCode.INVALID_INPUT, f"outbox {entry_id} is {current.state}")
            changed = outbox_repo.set_state(session, entry_id, state, clear_error=state == "queued")
        assert changed is not None
        return changed



