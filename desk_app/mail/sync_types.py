"""The data the sync engine exchanges with its store, and the store interface it needs.

FolderState and PendingAction live in core, so that store/ can build them without importing mail/.

The engine lives in mail/ and knows no SQL; store/ implements `SyncStore` structurally.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from desk_app.core.flags import SYNCED_FLAGS
from desk_app.core.records import FolderState, PendingAction
from desk_app.mail.mime import ParsedMessage



def synced_flags(raw: Iterable[bytes | str]) -> frozenset[str]:
    """The flags we keep in step with the server, from an IMAP FLAGS response."""
    found = set()
    for flag in raw:
        text = flag.decode("ascii", "replace") if isinstance(flag, bytes) else flag
        for known in SYNCED_FLAGS:
            if text.lower() == known.lower():
                found.add(known)
    return frozenset(found)


@dataclass(frozen=True)
class FetchedMessage:
    """A message downloaded from the server, parsed and ready to store."""

    uid: int
    raw: bytes
    parsed: ParsedMessage
    flags: frozenset[str]
    modseq: int | None = None
    internaldate: datetime | None = None


@dataclass
class SyncReport:
    """What one pass did, per account."""

    folders: int = 0
    new: int = 0
    flags_updated: int = 0
    removed: int = 0
    reattached: int = 0
    actions_pushed: int = 0
    sent: int = 0
    send_failed: int = 0
    send_retrying: int = 0
    skipped_folders: list[str] = field(default_factory=list)


class SyncStore(Protocol):
    """What the engine needs of local storage for one account (implemented in store/)."""

    def folder_states(self) -> list[FolderState]: ...

    def sync_folders(self, wanted: Sequence[tuple[str, str | None, str | None]]) -> list[FolderState]: ...

    def update_folder_state(
        self, folder_id: int, *, uidvalidity: int, uidnext: int | None, highestmodseq: int | None
    ) -> None: ...

    def local_flags(self, folder_id: int) -> dict[int, frozenset[str]]: ...

    def local_count(self, folder_id: int) -> int: ...

    def store_batch(self, folder_id: int, messages: Sequence[FetchedMessage]) -> list[int]: ...

    def apply_flags(self, folder_id: int, flags: dict[int, frozenset[str]]) -> int: ...

    def remove_uids(self, folder_id: int, uids: Iterable[int]) -> int: ...

    def detach_for_uidvalidity(self, folder_id: int, uidvalidity: int) -> None: ...

    def detached_message_ids(self, folder_id: int) -> Counter[str]: ...

    def reattach(self, folder_id: int, matches: dict[int, tuple[str, frozenset[str]]]) -> int: ...

    def purge_detached(self, folder_id: int) -> int: ...

    def pending_actions(self) -> list[PendingAction]: ...

    def finish_action(self, action_id: int) -> None: ...
