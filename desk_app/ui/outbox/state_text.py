"""Words for an outbox entry's state and for the reason its last delivery attempt failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def state_label(state: str) -> str:
    """queued / sending / sent / failed / cancelled, translated; the raw value when unknown."""
    labels = {
        "queued": translate("outbox", "Queued"),
        "sending": translate("outbox", "Sending"),
        "sent": translate("outbox", "Sent"),
        "failed": translate("outbox", "Failed"),
        "cancelled": translate("outbox", "Cancelled"),
    }
    return labels.get(state, state)


def delivery_error_text(reason: str | None) -> str:
    """What the mail server or the network said at the last attempt, in words ("" for none)."""
    if not reason:
        return ""
    texts = {
        "unreachable": translate("outbox", "The outgoing mail server cannot be reached"),
        "timeout": translate("outbox", "The outgoing mail server did not answer in time"),
        "tls_failed": translate("outbox", "The secure connection failed: the certificate could not be verified"),
        "auth_failed": translate("outbox", "The server refused the user name or password"),
        "recipient_refused": translate("outbox", "The server refused a recipient address"),
        "rejected": translate("outbox", "The server rejected the message"),
        "temporary": translate("outbox", "The server is busy for now"),
    }
    return texts.get(reason, reason)
