"""The record-sync folder on the shop's IMAP account: each change set is one message in it.

The message carries the sending device and its sequence number in headers (`X-Desk-App-Device`,
`X-Desk-App-Seq`), the signature over both and the body in `X-Desk-App-Signature` (and the owner's
in `X-Desk-App-Owner-Signature` when it holds owner-only changes), and the change
set's JSON as a base64 body (JSON with Japanese text is 8-bit, which not every server stores
intact). Mail clients that show the folder see a plain, harmless message.
"""

from __future__ import annotations

import base64
import email
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.policy import compat32
from email.utils import format_datetime

import imapclient

from desk_app.mail.folders import SYNC_FOLDER

HEADER_DEVICE = "X-Desk-App-Device"
HEADER_SEQ = "X-Desk-App-Seq"
HEADER_SIGNATURE = "X-Desk-App-Signature"
HEADER_OWNER_SIGNATURE = "X-Desk-App-Owner-Signature"
_DEVICE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_FETCH_CHUNK = 200


@dataclass(frozen=True)
class ChangeSetMessage:
    """What one message of the folder carries."""

    device: str
    seq: int
    body: bytes
    signature: str  # by the sending device's key
    owner_signature: str = ""  # by the owner's key, on change sets holding owner-only changes


def build_message(item: ChangeSetMessage, when: datetime) -> bytes:
    """The message to APPEND for a change set."""
    if not _DEVICE.match(item.device):
        raise ValueError(f"bad device id {item.device!r}")
    encoded = base64.encodebytes(item.body).replace(b"\n", b"\r\n")
    headers = [
        f"From: desk_app <records@{item.device}.desk-app.invalid>",
        f"Subject: desk_app records {item.device} #{item.seq}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{item.seq}.{item.device}@desk-app.invalid>",
        f"{HEADER_DEVICE}: {item.device}",
        f"{HEADER_SEQ}: {item.seq}",
        f"{HEADER_SIGNATURE}: {item.signature}",
        *([f"{HEADER_OWNER_SIGNATURE}: {item.owner_signature}"] if item.owner_signature else []),
        "MIME-Version: 1.0",
        "Content-Type: application/json; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + encoded


def parse_message(raw: bytes) -> ChangeSetMessage:
    """Read a folder message; ValueError saying what is wrong with anything else."""
    message = email.message_from_bytes(raw, policy=compat32)
    device = (message.get(HEADER_DEVICE) or "").strip()
    seq_text = (message.get(HEADER_SEQ) or "").strip()
    signature = "".join((message.get(HEADER_SIGNATURE) or "").split())
    owner_signature = "".join((message.get(HEADER_OWNER_SIGNATURE) or "").split())
    if not _DEVICE.match(device):
        raise ValueError("no device header")
    if not seq_text.isdigit() or int(seq_text) < 1:
        raise ValueError("no sequence number header")
    if not signature:
        raise ValueError("unsigned")
    if message.is_multipart():
        raise ValueError("not a change set body")
    body = message.get_payload(decode=True)
    if not isinstance(body, bytes) or not body:
        raise ValueError("empty body")
    return ChangeSetMessage(device, int(seq_text), body, signature, owner_signature)


@dataclass(frozen=True)
class FolderRead:
    """Messages read from the folder: its UIDVALIDITY, (uid, raw message) in UID order, and whether
    the read started over from the first message (a new folder or a changed UIDVALIDITY)."""

    uidvalidity: int
    messages: list[tuple[int, bytes]]
    from_start: bool
    count: int = 0  # messages in the folder


class RecordFolder:
    """The folder on one logged-in IMAP connection."""

    def __init__(self, client: imapclient.IMAPClient, name: str = SYNC_FOLDER) -> None:
        self._client = client
        self.name = name

    def ensure(self) -> None:
        """Create the folder when it does not exist yet."""
        if not self._client.folder_exists(self.name):
            self._client.create_folder(self.name)

    def append(self, messages: Sequence[bytes]) -> None:
        for raw in messages:
            self._client.append(self.name, raw)

    def read_since(self, uidvalidity: int | None, last_uid: int) -> FolderRead:
        """The messages above `last_uid`; all of them when `uidvalidity` is not the folder's own."""
        selected = self._client.select_folder(self.name, readonly=True)
        current = int(selected[b"UIDVALIDITY"])
        from_start = current != uidvalidity
        above = 0 if from_start else last_uid
        # "UID n:*" always matches the last message, even below n: filter.
        uids = sorted(uid for uid in self._client.search(["UID", f"{above + 1}:*"]) if uid > above)
        messages: list[tuple[int, bytes]] = []
        for start in range(0, len(uids), _FETCH_CHUNK):
            fetched = self._client.fetch(uids[start : start + _FETCH_CHUNK], [b"BODY.PEEK[]"])
            messages += [(uid, fetched[uid][b"BODY[]"]) for uid in uids[start : start + _FETCH_CHUNK] if uid in fetched]
        return FolderRead(current, messages, from_start, int(selected.get(b"EXISTS", 0)))

    def uids_up_to(self, last: int) -> list[int]:
        """The UIDs of the folder's messages up to `last`."""
        self._client.select_folder(self.name, readonly=True)
        return sorted(uid for uid in self._client.search(["UID", f"1:{last}"]) if uid <= last) if last else []

    def remove(self, uids: Sequence[int]) -> None:
        """Delete messages (change sets a snapshot now covers)."""
        if not uids:
            return
        self._client.select_folder(self.name)
        self._client.delete_messages(list(uids))
        if self._client.has_capability("UIDPLUS"):
            self._client.uid_expunge(list(uids))
        else:
            self._client.expunge()
