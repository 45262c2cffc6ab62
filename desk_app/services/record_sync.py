"""Record sync: every machine of the shop converges through a folder on the shop's IMAP account.

Local edits of replicated records are captured as field changes (store.replication). A records
pass, part of every mail sync of the chosen account, seals them into change sets signed by this
machine's key (and by the owner's key when they hold owner-only changes), appends the ones not
yet sent, then reads the folder above the last UID handled and applies each change set once per
(device, sequence) in its own transaction: verified, merged field by field, statements replayed.
A change set that is malformed, badly signed or claims an owner's step without the owner's
signature is refused and reported; the rest of the pass goes on.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


from desk_app.core import signing
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.hlc import HybridClock
from desk_app.core.record_trust import needs_owner, split_owner_records
from desk_app.core.replica import ChangeSet, chunks
from desk_app.mail import secrets
from desk_app.mail.imap import ImapConnection
from desk_app.mail.listing import FolderStatus
from desk_app.mail.record_folder import ChangeSetMessage, RecordFolder, build_message, parse_message
from desk_app.services.owner import OwnerService
from desk_app.services.settings import Settings
from desk_app.store import record_sync_repo, replication
from desk_app.store.db import Database
from desk_app.store.models import IncomingChangeSet

log = logging.getLogger(__name__)

HELD = "held"
APPLIED = "applied"
REFUSED = "refused"
WAITING_FOR_OWNER = "waiting for the owner's key to be trusted"
WAITING_FOR_PARENT = "refers to a record that has not arrived yet"
NOTICE_STEPS = ("approve", "send_back")  # steps the other side is told of
KEYRING_RETRY_S = 600.0
CHANGES_PER_SET = 2000  # field changes per change set: a message of a few hundred KB at most


@dataclass(frozen=True)
class DeviceInfo:
    """This machine as `device show` tells it; `fingerprint` is the owner key's on the owner's
    machine, else this machine's own key's."""

    device_id: str
    role: str
    agent: str
    fingerprint: str


@dataclass(frozen=True)
class KnownMachine:
    """Another machine of the shop as this one knows it from its change sets."""

    device_id: str
    role: str
    agent: str
    fingerprint: str
    last_seen: datetime
    last_seq: int


@dataclass(frozen=True)
class StepSeen:
    """An owner's step on a statement that arrived in this pass (for a notice): approve or send_back."""

    agent: str
    month: str
    step: str


class RefusalReason(StrEnum):
    """Why a message of the sync folder was refused; the GUI and the CLI put these into words."""

    NOT_A_CHANGE_SET = "not_a_change_set"  # a message that is not ours (mail filed there by hand…)
    MALFORMED = "malformed"  # ours in form, but its change set cannot be read
    HEADERS_MISMATCH = "headers_mismatch"  # its headers name another device or number than its body
    BAD_SIGNATURE = "bad_signature"  # changed on the way, or not signed by the key it names
    KEY_CHANGED = "key_changed"  # a known machine's change set under another key
    BAD_VALUE = "bad_value"  # a value that does not fit its field
    OWNER_UNSIGNED = "owner_unsigned"  # an owner's change (approval, rates…) without the owner's signature
    OWNER_BAD_SIGNATURE = "owner_bad_signature"
    OWNER_UNTRUSTED = "owner_untrusted"  # signed by an owner key this machine does not trust


@dataclass(frozen=True)
class Refusal:
    """A message of the folder that was not applied: its UID, why, and the technical detail (English,
    for the log)."""

    uid: int
    reason: RefusalReason
    detail: str = ""


@dataclass
class RecordsReport:
    """What one records pass did."""

    sent: int = 0
    received: int = 0
    applied: int = 0
    held: int = 0
    refused: list[Refusal] = field(default_factory=list)
    steps: list[StepSeen] = field(default_factory=list)
    compacted: int = 0  # change sets replaced by a snapshot (the owner's machine)
    error: str = ""  # an ErrorCode when the records part could not run (the mail pass stood)


@dataclass
class _Applied:
    """What applying one change set brought: owner's steps to tell of, shared preferences changed."""

    steps: list[StepSeen] = field(default_factory=list)
    settings: bool = False


class _Held(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Refused(Exception):
    def __init__(self, reason: RefusalReason, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


class RecordSyncService:
    """This machine's identity, keys and trust, and the records pass."""

    def __init__(self, db: Database, settings: Settings, owner: OwnerService,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = db
        self._settings = settings
        self._owner = owner
        self._now = now
        self._clock: HybridClock | None = None
        self._key: signing.Ed25519PrivateKey | None = None
        self._no_keyring_until = 0.0  # monotonic time before which the keyring is not asked again
        if settings.record_sync_started:
            self._start_capture()

    # --- identity and trust -------------------------------------------------------------------

    @property
    def device_id(self) -> str:
        return self._settings.device_id

    def is_owner_machine(self) -> bool:
        return self._settings.device_role == "owner"

    def device(self) -> DeviceInfo:
        if self.is_owner_machine():
            shown = self._owner_fingerprint()
        else:
            shown = signing.fingerprint(signing.public_bytes(self._device_key()))
        return DeviceInfo(self.device_id, self._settings.device_role, self._settings.agent_name, shown)

    def owner_init(self, passphrase: str) -> str:
        """Make this machine the owner's: an owner key sealed by the owner's passphrase (set now if
        none was); returns the key's fingerprint for agent machines to trust."""
        if self._settings.trusted_owner_fingerprint:
            raise DeskAppError(ErrorCode.OWNER_ELSEWHERE, self._settings.trusted_owner_fingerprint)
        if self._owner.has_passphrase():
            self._owner.require(passphrase)
        else:
            self._owner.set_passphrase(passphrase)
        key = signing.new_private_key()
        secrets.store_password(self._key_name("owner-key"), signing.seal_private_key(key, passphrase).decode("ascii"))
        public = signing.public_bytes(key)
        self._settings.set("owner_public_key", base64.b64encode(public).decode("ascii"))
        self._settings.set("device_role", "owner")
        self._owner.remember(passphrase)
        return signing.fingerprint(public)

    def trust_owner(self, fingerprint: str) -> int:
        """Trust the owner key with `fingerprint` (as shown on the owner's machine); change sets
        held for want of it are applied now. Returns how many were applied."""
        if self.is_owner_machine():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "this is the owner's machine")
        if not signing.is_fingerprint(fingerprint):
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"fingerprint {fingerprint!r}")
        self._settings.set("trusted_owner_fingerprint", signing.compact_fingerprint(fingerprint))
        report = RecordsReport()
        self._retry_held(WAITING_FOR_OWNER, report)
        self._retry_held(WAITING_FOR_PARENT, report)
        return report.applied

    def waiting_out(self) -> int:
        """Records changed here that have not reached the folder yet."""
        with self._db.read() as session:
            return record_sync_repo.waiting_out(session)

    def devices(self) -> list[KnownMachine]:
        """The other machines this one has heard from, the latest first."""
        with self._db.read() as session:
            rows = record_sync_repo.devices(session)
            return [KnownMachine(r.device_id, r.role, r.agent, signing.fingerprint(r.public_key), r.last_seen, r.last_seq)
                    for r in rows]

    # --- the records pass ---------------------------------------------------------------------

    def is_records_account(self, account_name: str, first_account: str | None) -> bool:
        chosen = self._settings.record_sync_account
        return account_name == chosen if chosen else account_name == first_account

    @property
    def folder_name(self) -> str:
        return self._settings.record_sync_folder

    def run(self, client: ImapConnection, listed: FolderStatus | None = None) -> RecordsReport:
        """Seal, push and pull on `client` (the records account's live connection). Raises
        NO_KEYRING before touching anything when this machine's key cannot be kept.

        `listed` is the folder's status from the mail pass's folder listing, when it had one: the
        folder exists then, and nothing is read from it when its UIDNEXT says nothing came.
        """
        self._device_key()
        folder = RecordFolder(client, self.folder_name)
        if listed is None:
            folder.ensure()
        if not self._settings.record_sync_started:
            self._begin()
        report = RecordsReport()
        self.seal()
        report.sent = self._push(folder)
        count = self._pull(folder, report, None if report.sent else listed)
        self._compact(folder, count, report)
        return report

    def seal(self) -> int:
        """Turn pending changes into signed change sets; returns how many were made.

        On the owner's machine, owner-only changes are signed with the owner's key and wait for
        the owner's passphrase if it was not given in this session. Elsewhere they go with the
        machine's signature alone, which machines that trust an owner refuse.
        """
        if self._clock is None:
            return 0
        with self._db.read() as session:
            if not replication.has_pending(session):
                return 0
        owner_key = self._owner_key()
        with self._db.write() as session:
            pending = replication.pending(session)
            ordinary, owner_part = split_owner_records([change for _, change in pending])
            groups = [(ordinary, False)]
            if owner_part and not self.is_owner_machine():
                groups.append((owner_part, False))
            elif owner_part and owner_key is not None:
                groups.append((owner_part, True))
            groups = [(chunk, by_owner) for group, by_owner in groups for chunk in chunks(group, CHANGES_PER_SET)]
            if not groups:
                return 0
            going = {id(change) for group, _ in groups for change in group}
            replication.drop_pending(session, [pid for pid, change in pending if id(change) in going])
            self._add_change_sets(session, groups, owner_key)
        return len(groups)

    def _add_change_sets(self, session: object, groups: list[tuple[list, bool]],
                         owner_key: signing.Ed25519PrivateKey | None) -> None:
        """Number, sign and queue change sets (`groups`: changes, whether the owner signs too)."""
        device_key = self._device_key()
        for group, by_owner in groups:
            seq = record_sync_repo.next_seq(session, self.device_id)
            body = ChangeSet(
                self.device_id, seq, tuple(group),
                device_key=base64.b64encode(signing.public_bytes(device_key)).decode("ascii"),
                owner_key=self._settings.owner_public_key if by_owner else "",
                agent=self._settings.agent_name,
            ).to_json()
            record_sync_repo.add_outgoing(
                session, seq, body, signing.sign(device_key, self.device_id, seq, body),
                signing.sign(owner_key, self.device_id, seq, body) if by_owner and owner_key else "",
            )
            session.flush()  # type: ignore[attr-defined]

    def _compact(self, folder: RecordFolder, count: int, report: RecordsReport) -> None:
        """On the owner's machine, once the folder holds more than the setting's number of change
        sets: append a snapshot of every record (signed by the owner) and remove the change sets
        read before it — except those held here. A machine away for longer catches up from it."""
        if count <= self._settings.record_sync_compact_after or not self.is_owner_machine():
            return
        owner_key = self._owner_key()
        if owner_key is None:
            return  # the snapshot waits for a session with the owner's passphrase
        with self._db.read() as session:
            state = record_sync_repo.folder_state(session, folder.name)
            read_up_to = state.last_uid if state is not None else 0
            kept = {row.uid for row in record_sync_repo.held(session)}
        if not read_up_to:
            return
        with self._db.write() as session:
            everything = replication.snapshot(session)
            self._add_change_sets(session, [(chunk, True) for chunk in chunks(everything, CHANGES_PER_SET)], owner_key)
        report.sent += self._push(folder)
        covered = [uid for uid in folder.uids_up_to(read_up_to) if uid not in kept]
        folder.remove(covered)
        report.compacted = len(covered)
        log.info("record sync: folder compacted, %d change sets replaced by a snapshot", len(covered))

    def _push(self, folder: RecordFolder) -> int:
        with self._db.read() as session:
            outgoing = [(row.seq, row.body, row.signature, row.owner_signature)
                        for row in record_sync_repo.unsent(session)]
        for seq, body, signature, owner_signature in outgoing:
            message = ChangeSetMessage(self.device_id, seq, body, signature, owner_signature)
            folder.append([build_message(message, self._now())])
            # Marked one by one: a crash between APPEND and this leaves one copy to send again,
            # which the other machines recognise by (device, sequence).
            with self._db.write() as session:
                record_sync_repo.mark_sent(session, [seq], self._now())
        return len(outgoing)

    def _pull(self, folder: RecordFolder, report: RecordsReport, listed: FolderStatus | None) -> int:
        """Read and apply what is new in the folder; returns how many messages the folder holds."""
        name = folder.name
        with self._db.read() as session:
            state = record_sync_repo.folder_state(session, name)
            known = (state.uidvalidity, state.last_uid) if state else (None, 0)
        if listed is not None and listed.uidvalidity == known[0] and listed.uidnext <= known[1] + 1:
            return listed.messages  # nothing arrived since the last read
        read = folder.read_since(*known)
        if not read.messages:
            if state is None or read.from_start:
                with self._db.write() as session:
                    record_sync_repo.save_folder_state(session, name, read.uidvalidity, 0)
            return read.count
        for uid, raw in read.messages:
            report.received += 1
            try:
                message = parse_message(raw)
            except ValueError as exc:
                self._refuse_unreadable(uid, str(exc), report, name, read.uidvalidity)
                continue
            self._handle(uid, message, report, folder_state=(name, read.uidvalidity))
        self._retry_held(WAITING_FOR_PARENT, report)
        return read.count

    def _retry_held(self, reason: str, report: RecordsReport) -> None:
        """Try again the change sets held for `reason` (in the order they arrived)."""
        with self._db.read() as session:
            waiting = [(row.uid or 0, ChangeSetMessage(row.device, row.seq, row.body or b"", row.signature,
                                                       row.owner_signature))
                       for row in record_sync_repo.held(session) if row.reason == reason]
        for uid, message in waiting:
            report.held -= 1  # counted again below if it is still held
            self._handle(uid, message, report, redo=True)

    def _refuse_unreadable(self, uid: int, detail: str, report: RecordsReport, folder: str, uidvalidity: int) -> None:
        log.warning("record sync: message %s of the sync folder refused: %s", uid, detail)
        report.refused.append(Refusal(uid, RefusalReason.NOT_A_CHANGE_SET, detail))
        with self._db.write() as session:
            record_sync_repo.save_folder_state(session, folder, uidvalidity, uid)

    def _handle(self, uid: int, message: ChangeSetMessage, report: RecordsReport, *,
                folder_state: tuple[str, int] | None = None, redo: bool = False) -> None:
        """Apply one change set in one transaction (with the folder position and an audit entry
        naming the machine that wrote it), or hold or refuse it."""
        settings_changed = False
        with self._db.write() as session:
            if folder_state is not None:
                record_sync_repo.save_folder_state(session, folder_state[0], folder_state[1], uid)
            seen = record_sync_repo.incoming(session, message.device, message.seq)
            if seen is not None and not (redo and seen.status == HELD):
                return  # applied, refused or held before: a duplicate copy or a re-read
            reason = ""
            try:
                applied = self._verify_and_apply(session, message)
                status = APPLIED
                report.applied += 1
                report.steps += applied.steps
                settings_changed = applied.settings
            except _Held as waiting:
                status, reason = HELD, waiting.reason
                report.held += 1
            except _Refused as refusal:
                log.warning("record sync: change set %s/%s refused: %s %s", message.device, message.seq,
                            refusal.reason, refusal.detail)
                report.refused.append(Refusal(uid, refusal.reason, refusal.detail))
                status, reason = REFUSED, refusal.reason.value
            record_sync_repo.record_incoming(session, IncomingChangeSet(
                device=message.device, seq=message.seq, status=status, reason=reason, uid=uid,
                body=message.body if status == HELD else None, signature=message.signature,
                owner_signature=message.owner_signature,
            ))
            if message.device != self.device_id:
                record_sync_repo.audit(session, message.device, message.seq, status, reason, self._now())
        if settings_changed:
            self._settings.reload()  # a shared preference (the shop's name) came in

    def _verify_and_apply(self, session: object, message: ChangeSetMessage) -> _Applied:
        if message.device == self.device_id and record_sync_repo.is_outgoing(session, message.seq):
            return _Applied()  # this machine's own change set, back from the folder
        try:
            change_set = ChangeSet.from_json(message.body)
            device_key = base64.b64decode(change_set.device_key, validate=True)
        except ValueError as exc:
            raise _Refused(RefusalReason.MALFORMED, str(exc)) from None
        if (change_set.device, change_set.seq) != (message.device, message.seq):
            raise _Refused(RefusalReason.HEADERS_MISMATCH)
        if not signing.verify(device_key, message.device, message.seq, message.body, message.signature):
            raise _Refused(RefusalReason.BAD_SIGNATURE)
        known = record_sync_repo.device(session, message.device)
        if known is not None and known.public_key != device_key:
            raise _Refused(RefusalReason.KEY_CHANGED)
        owner_signed = needs_owner(change_set.changes)
        if owner_signed and self._check_owner(change_set, message):
            raise _Held(WAITING_FOR_OWNER)
        # Past this point a change set of this machine's own is one this db does not hold (restored
        # from a backup): applied like any other, and its number is never given out again.
        assert self._clock is not None
        try:
            applied = replication.apply_change_set(session, change_set.changes, self._clock)
        except replication.MissingParent:
            raise _Held(WAITING_FOR_PARENT) from None
        except ValueError as exc:
            raise _Refused(RefusalReason.BAD_VALUE, str(exc)) from None
        if message.device != self.device_id:
            record_sync_repo.remember_device(session, change_set.device, key=device_key, agent=change_set.agent,
                                             owner=owner_signed, seq=change_set.seq, at=self._now())
        steps = [c.record for c in change_set.changes
                 if c.kind == "statement_event" and c.field == "event" and c.value in NOTICE_STEPS]
        return _Applied([StepSeen(agent, month, step)
                         for agent, month, step in record_sync_repo.statement_steps(session, steps)],
                        applied.settings > 0)

    def _check_owner(self, change_set: ChangeSet, message: ChangeSetMessage) -> bool:
        """Refuse an owner-only change without a valid owner signature by the trusted key; True to
        hold it (no owner key trusted yet)."""
        if not message.owner_signature or not change_set.owner_key:
            raise _Refused(RefusalReason.OWNER_UNSIGNED)
        try:
            owner_key = base64.b64decode(change_set.owner_key, validate=True)
        except ValueError:
            raise _Refused(RefusalReason.OWNER_BAD_SIGNATURE, "malformed owner key") from None
        if not signing.verify(owner_key, message.device, message.seq, message.body, message.owner_signature):
            raise _Refused(RefusalReason.OWNER_BAD_SIGNATURE)
        if self.is_owner_machine():
            trusted = self._owner_fingerprint()
        elif self._settings.trusted_owner_fingerprint:
            trusted = self._settings.trusted_owner_fingerprint
        else:
            return True
        if not signing.same_fingerprint(signing.fingerprint(owner_key), trusted):
            raise _Refused(RefusalReason.OWNER_UNTRUSTED)
        return False

    # --- capture --------------------------------------------------------------------------------

    def _begin(self) -> None:
        """Start capturing: every record held now becomes pending, then every later edit."""
        self._start_capture()
        assert self._clock is not None
        with self._db.write() as session:
            replication.seed_all(session, self._clock)
        self._settings.set("record_sync_started", True)

    def _start_capture(self) -> None:
        if self._clock is not None:
            return
        with self._db.read() as session:
            last = replication.latest_stamp(session)
        self._clock = HybridClock(self.device_id, last=last)
        self._db.listen("after_flush", replication.ChangeCapture(self._clock).after_flush)

    # --- keys -----------------------------------------------------------------------------------

    def _owner_fingerprint(self) -> str:
        """On the owner's machine: the fingerprint of its owner key."""
        return signing.fingerprint(base64.b64decode(self._settings.owner_public_key))

    def _key_name(self, what: str) -> str:
        return f"{what}:{self.device_id}"

    def _device_key(self) -> signing.Ed25519PrivateKey:
        """This machine's signing key: from the keyring (made there the first time), then kept.

        Without a usable keyring (NO_KEYRING) the answer is kept for KEYRING_RETRY_S: the background
        sync does not probe the keyring on every pass."""
        if self._key is None and self._no_keyring_until > time.monotonic():
            raise DeskAppError(ErrorCode.NO_KEYRING, "no keyring for this machine's key")
        if self._key is None:
            try:
                stored = secrets.load_password(self._key_name("device-key"))
            except DeskAppError as exc:
                if exc.code is ErrorCode.NO_KEYRING:
                    self._no_keyring_until = time.monotonic() + KEYRING_RETRY_S
                raise
            if stored:
                self._key = signing.private_from_text(stored)
            else:
                key = signing.new_private_key()
                secrets.store_password(self._key_name("device-key"), signing.private_text(key))
                self._key = key
        return self._key

    def _owner_key(self) -> signing.Ed25519PrivateKey | None:
        """The owner key, when this is the owner's machine and the passphrase was given in this session."""
        passphrase = self._owner.remembered()
        if not self.is_owner_machine() or passphrase is None:
            return None
        sealed = secrets.load_password(self._key_name("owner-key"))
        if not sealed:
            return None
        try:
            return signing.open_private_key(sealed.encode("ascii"), passphrase)
        except ValueError:
            return None

