"""What the reading pane loads in the background: a conversation's messages, a mail's safe HTML.

The functions here run on a pool thread (through the runner): they call the mail service and
the sanitiser, and touch no widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desk_app.core.records import MessageDetail, MessageSummary
from desk_app.services.mail import AttachmentData
from desk_app.ui.inbox.html_safety import SafeHtml, sanitize_html

MAX_SHOWN = 50  # a longer conversation shows its newest messages and says how many are left out

# Notes (codes of mail.mime) that mean the message could not be read in full.
DAMAGE_NOTES = frozenset({
    "malformed_mime", "truncated", "bad_transfer_encoding", "undecodable_charset", "too_deep",
    "parse_error",
})


class ReaderSource(Protocol):
    """What the reading pane needs of the mail service."""

    def summaries(self, ids: Sequence[int]) -> list[MessageSummary]: ...

    def conversation(self, message_pk: int) -> list[MessageSummary]: ...

    def show(self, message_pk: int) -> MessageDetail: ...

    def attachment(self, message_pk: int, index: int) -> AttachmentData: ...

    def inline_images(self, message_pk: int) -> dict[str, AttachmentData]: ...


@dataclass(frozen=True)
class ConversationMessage:
    """One message of a conversation: its list row (folder, flags) and its content."""

    summary: MessageSummary
    detail: MessageDetail


@dataclass(frozen=True)
class LoadedConversation:
    """The messages to show, oldest first, the one the user opened, and how many were left out."""

    focus_id: int
    messages: tuple[ConversationMessage, ...]
    earlier: int = 0


@dataclass(frozen=True)
class PreparedHtml:
    """A message's sanitised HTML and the inline images it shows, by Content-ID."""

    safe: SafeHtml
    images: dict[str, AttachmentData] = field(default_factory=dict)


def load_conversation(mail: ReaderSource, message_id: int, whole_thread: bool) -> LoadedConversation:
    """The conversation of `message_id` (or only that message), newest MAX_SHOWN at most."""
    rows = mail.conversation(message_id) if whole_thread else mail.summaries([message_id])
    if not any(row.id == message_id for row in rows):
        rows = rows + mail.summaries([message_id])
    earlier = max(0, len(rows) - MAX_SHOWN)
    shown = rows[earlier:]
    if not any(row.id == message_id for row in shown):
        focus = next(row for row in rows if row.id == message_id)
        shown = [focus, *shown[1:]]
    messages = tuple(ConversationMessage(row, mail.show(row.id)) for row in shown)
    return LoadedConversation(message_id, messages, earlier)


def prepare_html(mail: ReaderSource, message_id: int, source: str) -> PreparedHtml:
    """Sanitise `source` and fetch only the inline images it still shows."""
    safe = sanitize_html(source)
    if not safe.cid_images:
        return PreparedHtml(safe)
    wanted = set(safe.cid_images)
    images = {cid: data for cid, data in mail.inline_images(message_id).items() if cid in wanted}
    return PreparedHtml(safe, images)
