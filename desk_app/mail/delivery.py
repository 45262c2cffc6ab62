"""Delivering the outbox: SMTP, then filing in the Sent folder, each step recorded so that a crash
at any point neither loses a message nor sends it twice.

The states: queued → sending (recorded before SMTP) → sent (recorded after the Sent copy is filed)
or back to queued with a backoff (temporary failure) or failed (permanent). An entry found in
`sending` at the start of a pass was cut off mid-way: the Sent folder is searched for its
Message-ID (fixed when it was queued) and, if it is there, the message went out and is only
recorded as sent; otherwise it is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from imapclient import IMAPClient

from desk_app.core.records import OutgoingMessage
from desk_app.mail import smtp
from desk_app.mail.imap import ServerEndpoint

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)
DEFAULT_SENT_FOLDER = "Sent"


class DeliveryStore(Protocol):
    """What delivery needs of local storage (implemented in store/, structurally)."""

    def due(self, now: datetime, force: bool) -> list[OutgoingMessage]: ...

    def mark_sending(self, entry_id: int) -> None: ...

    def mark_failed(self, entry_id: int, error: str, permanent: bool, retry_at: datetime | None) -> None: ...

    def mark_sent(self, entry_id: int, at: datetime, filed: bool) -> bool: ...


@dataclass
class DeliveryReport:
    """What one delivery round did."""

    sent: int = 0
    recovered: int = 0  # found already in Sent after an interrupted send: not sent again
    failed: int = 0
    retrying: int = 0


def retry_delay(attempts: int) -> timedelta:
    """Backoff for temporary failures: 30 s, 1 min, 2 min … up to an hour."""
    return min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), LAST_RETRY)


def server_files_sent_mail(client: IMAPClient) -> bool:
    """Servers that put what their SMTP accepted into Sent themselves (Gmail) get no APPEND."""
    return b"X-GM-EXT-1" in client.capabilities()


def ensure_sent_folder(client: IMAPClient, known: str | None) -> str:
    """The Sent folder's name, creating one when the server has none."""
    if known:
        return known
    existing = {name for _, _, name in client.list_folders()}
    if DEFAULT_SENT_FOLDER not in existing:
        client.create_folder(DEFAULT_SENT_FOLDER)
        try:
            client.subscribe_folder(DEFAULT_SENT_FOLDER)
        except Exception:  # noqa: BLE001 — subscribing is a courtesy to other clients
            pass
    return DEFAULT_SENT_FOLDER


def in_folder(client: IMAPClient, folder: str, message_id: str) -> bool:
    """Whether `folder` holds a message with this Message-ID."""
    client.select_folder(folder, readonly=True)
    return bool(client.search(["HEADER", "Message-ID", message_id]))


def deliver(
    client: IMAPClient,
    store: DeliveryStore,
    *,
    smtp_endpoint: ServerEndpoint,
    username: str,
    password: str,
    sent_folder: str | None,
    now: Callable[[], datetime],
    force: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> DeliveryReport:
    """Send what is due. `force` ignores the backoff (the `sync` command, "Send now")."""
    report = DeliveryReport()
    due = store.due(now(), force)
    if not due:
        return report
    files_itself = server_files_sent_mail(client)
    folder = ensure_sent_folder(client, sent_folder)
    for message in due:
        if cancelled is not None and cancelled():
            break
        if message.state == "sending" and in_folder(client, folder, message.message_id):
            store.mark_sent(message.id, now(), filed=True)
            report.recovered += 1
            continue
        store.mark_sending(message.id)
        try:
            smtp.send(smtp_endpoint, username, password, message.sender, message.recipients, message.raw)
        except smtp.SendFailure as failure:
            retry_at = None if failure.permanent else now() + retry_delay(message.attempts + 1)
            store.mark_failed(message.id, failure.reason, failure.permanent, retry_at)
            if failure.permanent:
                report.failed += 1
            else:
                report.retrying += 1
            log.info("sending outbox entry %s failed: %s", message.id, failure.reason)
            continue
        filed = False
        if not files_itself:
            client.append(folder, message.raw, flags=(b"\\Seen",), msg_time=now())
            filed = True
        store.mark_sent(message.id, now(), filed=filed)
        report.sent += 1
    return report
