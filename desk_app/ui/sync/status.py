"""Sums up the accounts' sync states into what the status bar shows."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from desk_app.ui.labels import folder_label
from desk_app.ui.status_bar import ConnectionState, DeskStatusBar, SyncState
from desk_app.ui.sync.controller import AccountSyncState
from desk_app.ui.sync.error_text import connection_error_text, short_reason

translate = QCoreApplication.translate


def folder_display(name: str) -> str:
    """The Inbox by its translated name; other folders as the server names them."""
    return folder_label(name, "inbox" if name.upper() == "INBOX" else None)


def error_details(states: list[AccountSyncState]) -> str:
    """One line per account with a failure: its name and what went wrong (for a tooltip)."""
    lines = []
    for state in states:
        if state.error:
            text = connection_error_text(state.error, state.account.imap_host)
            lines.append(f"{state.account.name}: {text}")
    return "\n".join(lines)


def show_sync_status(bar: DeskStatusBar, states: list[AccountSyncState], now: float) -> None:
    """Connection (online, or offline with how many accounts) and sync (progress, failure, done).

    With no worker running, the bar keeps what the data alone says (no account, demo, offline).
    `now` is time.monotonic(), to say how long until the next retry.
    """
    if not states:
        return
    details = error_details(states)
    offline = [s for s in states if s.online is False]
    if offline:
        bar.set_connection_state(ConnectionState.OFFLINE, offline_accounts=len(offline), details=details)
    elif any(s.online for s in states):
        bar.set_connection_state(ConnectionState.ONLINE, details=details)

    syncing = [s for s in states if s.syncing]
    failed = [s for s in states if s.error and not s.syncing]
    if syncing:
        first = syncing[0]
        bar.set_sync_state(
            SyncState.SYNCING, folder=folder_display(first.folder) if first.folder else "",
            done=first.done, total=first.total, details=first.account.name,
        )
    elif failed:
        waiting = [s for s in failed if s.retry_at is None]
        if waiting:
            hint = translate("sync_status", "Fix it in Settings, then choose Sync now (F5).")
            bar.set_sync_state(
                SyncState.FAILED, reason=short_reason(waiting[0].error or ""), details=f"{details}\n{hint}"
            )
        else:
            retry_at = min(s.retry_at for s in failed if s.retry_at is not None)
            bar.set_sync_state(SyncState.FAILED, retry_in=max(0, math.ceil(retry_at - now)), details=details)
    elif any(s.cancelled for s in states):
        bar.set_sync_state(SyncState.CANCELLED)
    elif all(s.synced for s in states):
        bar.set_sync_state(SyncState.IDLE)
    else:
        bar.set_sync_state(SyncState.SYNCING)  # connecting


def retry_pending(states: list[AccountSyncState]) -> bool:
    """True while some account waits for a retry (the countdown needs refreshing)."""
    return any(s.retry_at is not None and s.error and not s.syncing for s in states)
