"""The sync engine's storage for one account (implements mail.sync_types.SyncStore structurally)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text, update

from desk_app.core.flags import FLAG_COLUMNS
from desk_app.core.records import FolderState, PendingAction
from desk_app.store import mail_repo
from desk_app.store.db import Database
from desk_app.store.models import Folder, Message, PendingMailAction

_FOLDERS = Folder.__table__
# The queries of every pass, prepared once: in a pass with nothing new they were a third of its time.
_STORED_FOLDERS = select(
    _FOLDERS.c.id, _FOLDERS.c.name, _FOLDERS.c.role, _FOLDERS.c.uidvalidity, _FOLDERS.c.uidnext,
    _FOLDERS.c.highestmodseq, _FOLDERS.c.delimiter,
).where(_FOLDERS.c.account_id == bindparam("account"))
_LOCAL_WORK = text(
    "SELECT (SELECT count(*) FROM outbox WHERE account_id = :account AND state IN ('queued', 'sending')),"
    " (SELECT count(*) FROM pending_mail_actions WHERE account_id = :account)"
)


def _flag_set(*values: bool) -> frozenset[str]:
    """Flags from the (seen, answered, flagged, deleted) columns."""
    return frozenset(flag for flag, on in zip(FLAG_COLUMNS, values, strict=True) if on)


def _flag_columns(flags: frozenset[str]) -> dict[str, bool]:
    return {column: flag in flags for flag, column in FLAG_COLUMNS.items()}


class AccountSyncStore:
    """Local mail storage of one account as the sync engine sees it; each call one transaction."""

    def __init__(self, db: Database, account_id: int) -> None:
        self._db = db
        self.account_id = account_id

    def _state(self, folder: Folder) -> FolderState:
        return FolderState(
            folder.id, folder.name, folder.role, folder.uidvalidity, folder.uidnext, folder.highestmodseq
        )

    def folder_states(self) -> list[FolderState]:
        with self._db.read() as session:
            folders = session.scalars(select(Folder).where(Folder.account_id == self.account_id))
            return [self._state(f) for f in folders]

    def sync_folders(self, wanted: Sequence[tuple[str, str | None, str | None]]) -> list[FolderState]:
        """Mirror the server's folders `(name, delimiter, role)`: add, update, drop — and write
        nothing when they are as stored (the usual case: a pass with nothing new writes nothing)."""
        target = {name: (delimiter, role) for name, delimiter, role in wanted}
        stored = self._db.execute_sql(_STORED_FOLDERS, account=self.account_id)
        if {row.name: (row.delimiter, row.role) for row in stored} == target:
            return [FolderState(*row[:6]) for row in stored]
        with self._db.write() as session:
            session.execute(
                delete(Folder).where(Folder.account_id == self.account_id, Folder.name.not_in(list(target)))
            )
            existing = {
                f.name: f for f in session.scalars(select(Folder).where(Folder.account_id == self.account_id))
            }
            for name, (delimiter, role) in target.items():
                folder = existing.get(name)
                if folder is None:
                    folder = existing[name] = Folder(account_id=self.account_id, name=name)
                    session.add(folder)
                folder.delimiter = delimiter
                folder.role = role
            session.flush()
            return [self._state(existing[name]) for name in target]

    def update_folder_state(
        self, folder_id: int, *, uidvalidity: int, uidnext: int | None, highestmodseq: int | None
    ) -> None:
        with self._db.write() as session:
            session.execute(
                update(Folder)
                .where(Folder.id == folder_id)
                .values(uidvalidity=uidvalidity, uidnext=uidnext, highestmodseq=highestmodseq)
            )

    def local_count(self, folder_id: int) -> int:
        """Messages of the folder that have a UID (answered from the (folder_id, uid) index alone)."""
        with self._db.read() as session:
            return session.scalar(
                select(func.count()).select_from(Message).where(
                    Message.folder_id == folder_id, Message.uid.is_not(None)
                )
            ) or 0

    def local_flags(self, folder_id: int) -> dict[int, frozenset[str]]:
        # Runs at the start of every pass over every folder, so it must stay cheap for 100k
        # rows: Core rows rather than ORM rows, and one shared frozenset per flag combination.
        table = Message.__table__
        query = select(table.c.uid, table.c.seen, table.c.answered, table.c.flagged, table.c.deleted).where(
            table.c.folder_id == folder_id, table.c.uid.is_not(None)
        )
        combos: dict[tuple[bool, ...], frozenset[str]] = {}
        found: dict[int, frozenset[str]] = {}
        with self._db.read() as session:
            for uid, *values in session.connection().execute(query):
                key = tuple(values)
                flags = combos.get(key)
                if flags is None:
                    flags = combos[key] = _flag_set(*(bool(v) for v in values))
                found[uid] = flags
        return found

    def store_batch(self, folder_id: int, messages: Sequence[Any]) -> list[int]:
        if not messages:
            return []
        with self._db.write() as session:
            existing = set(
                session.scalars(
                    select(Message.uid).where(
                        Message.folder_id == folder_id, Message.uid.in_([m.uid for m in messages])
                    )
                )
            )
            # A UID already here was stored by a pass cut off before it saved the folder state.
            fresh = [
                mail_repo.NewMessage(
                    uid=m.uid, parsed=m.parsed, raw=m.raw, modseq=m.modseq, fallback_date=m.internaldate,
                    **_flag_columns(m.flags),
                )
                for m in messages
                if m.uid not in existing
            ]
            return mail_repo.add_messages(session, folder_id, self.account_id, fresh)

    def apply_flags(self, folder_id: int, flags: dict[int, frozenset[str]]) -> int:
        if not flags:
            return 0
        # One prepared UPDATE run for every row (executemany): a thousand flag changes from the
        # server cost milliseconds, not a statement each through the ORM.
        table = Message.__table__
        statement = (
            update(table)
            .where(table.c.folder_id == bindparam("b_folder"), table.c.uid == bindparam("b_uid"))
            .values({column: bindparam(f"b_{column}") for column in FLAG_COLUMNS.values()})
        )
        rows = [
            {"b_folder": folder_id, "b_uid": uid, **{f"b_{k}": v for k, v in _flag_columns(flag_set).items()}}
            for uid, flag_set in flags.items()
        ]
        with self._db.write() as session:
            session.connection().execute(statement, rows)
        return len(flags)

    def remove_uids(self, folder_id: int, uids: Iterable[int]) -> int:
        uids = list(uids)
        with self._db.write() as session:
            for start in range(0, len(uids), 500):
                session.execute(
                    delete(Message).where(Message.folder_id == folder_id, Message.uid.in_(uids[start : start + 500]))
                )
        return len(uids)

    def detach_for_uidvalidity(self, folder_id: int, uidvalidity: int) -> None:
        with self._db.write() as session:
            session.execute(update(Message).where(Message.folder_id == folder_id).values(uid=None, modseq=None))
            session.execute(
                update(Folder)
                .where(Folder.id == folder_id)
                .values(uidvalidity=uidvalidity, uidnext=None, highestmodseq=None)
            )

    def detached_message_ids(self, folder_id: int) -> Counter[str]:
        with self._db.read() as session:
            rows = session.scalars(
                select(Message.message_id).where(
                    Message.folder_id == folder_id, Message.uid.is_(None), Message.message_id.is_not(None)
                )
            )
            counts = Counter(rows)
            orphans = session.scalar(
                select(Message.id).where(Message.folder_id == folder_id, Message.uid.is_(None)).limit(1)
            )
        if orphans is not None and not counts:
            counts[""] = 0  # detached rows without a Message-ID still need purging
        return counts

    def reattach(self, folder_id: int, matches: dict[int, tuple[str, frozenset[str]]]) -> int:
        done = 0
        with self._db.write() as session:
            for uid, (message_id, flags) in matches.items():
                row = session.scalar(
                    select(Message).where(
                        Message.folder_id == folder_id, Message.uid.is_(None), Message.message_id == message_id
                    ).limit(1)
                )
                if row is not None:
                    row.uid = uid
                    for name, value in _flag_columns(flags).items():
                        setattr(row, name, value)
                    session.flush()
                    done += 1
        return done

    def purge_detached(self, folder_id: int) -> int:
        with self._db.write() as session:
            result = session.execute(
                delete(Message).where(Message.folder_id == folder_id, Message.uid.is_(None))
            )
            return result.rowcount or 0

    def local_work(self) -> tuple[int, int]:
        """(outbox entries to send, flag/move actions to push) of this account: one cheap query,
        so a pass with nothing to do locally skips both steps."""
        row = self._db.execute_sql(_LOCAL_WORK, account=self.account_id)[0]
        return int(row[0]), int(row[1])

    def pending_actions(self) -> list[PendingAction]:
        with self._db.read() as session:
            rows = session.scalars(
                select(PendingMailAction)
                .where(PendingMailAction.account_id == self.account_id)
                .order_by(PendingMailAction.id)
            )
            return [
                PendingAction(
                    id=row.id,
                    folder_name=row.payload.get("folder", ""),
                    uid=row.payload.get("uid"),
                    uidvalidity=row.payload.get("uidvalidity"),
                    add_flags=tuple(row.payload.get("add", ())),
                    remove_flags=tuple(row.payload.get("remove", ())),
                    move_to=row.payload.get("move_to"),
                )
                for row in rows
            ]

    def finish_action(self, action_id: int) -> None:
        with self._db.write() as session:
            session.execute(delete(PendingMailAction).where(PendingMailAction.id == action_id))
