"""Sentences for why a message could not be started or queued.

The services raise codes (`ErrorCode`); this is the one place in the UI that turns the compose
codes into words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.core.errors import DeskAppError, ErrorCode

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def gap_sentence(names: list[str]) -> str:
    """What blocks sending while placeholders are unfilled: `Fill in: customer_name, order_number`."""
    return translate("compose_errors", "Fill in: {names}").format(names=", ".join(names))


def unencodable_sentence(chars: str) -> str:
    """The characters the old Japanese mail encoding cannot carry, named one by one."""
    shown = " ".join(dict.fromkeys(chars))
    return translate("compose_errors", "ISO-2022-JP cannot carry: {chars}").format(chars=shown)


def queue_error_text(error: BaseException) -> str:
    """One sentence: why the message was not put in the outbox (the draft is kept)."""
    if not isinstance(error, DeskAppError):
        return translate("compose_errors", "The message could not be queued: {error}").format(error=error)
    detail = error.detail
    if error.code is ErrorCode.MISSING_PLACEHOLDERS:
        return gap_sentence([n.strip() for n in detail.split(",") if n.strip()])
    if error.code is ErrorCode.UNENCODABLE:
        return unencodable_sentence(detail) + " " + translate(
            "compose_errors", "Remove them, or send the message as UTF-8."
        )
    texts = {
        ErrorCode.NO_RECIPIENTS: translate("compose_errors", "Add at least one recipient under To or Cc."),
        ErrorCode.BAD_ADDRESS: translate(
            "compose_errors", "This is not a valid mail address: {detail}. Correct it and send again."
        ),
        ErrorCode.ATTACHMENT_UNREADABLE: translate(
            "compose_errors", "This attachment cannot be read (moved or deleted?): {detail}"
        ),
        ErrorCode.NOT_FOUND: translate(
            "compose_errors", "The mail account of this message no longer exists: {detail}"
        ),
        ErrorCode.DISK_FULL: translate("compose_errors", "The disk is full: the message could not be stored."),
    }
    text = texts.get(error.code)
    if text is None:
        return translate("compose_errors", "The message could not be queued: {error}").format(error=error)
    return text.format(detail=detail)


def start_error_text(error: BaseException) -> str:
    """Why a reply, forward or new message could not be started (a status-bar sentence)."""
    if isinstance(error, DeskAppError) and error.code is ErrorCode.NOT_FOUND:
        if error.detail == "account":
            return translate("compose_errors", "Add a mail account in Settings before writing a message.")
        return translate("compose_errors", "This message is no longer stored: it may have been removed by a sync.")
    return translate("compose_errors", "The message could not be opened for writing: {error}").format(error=error)

