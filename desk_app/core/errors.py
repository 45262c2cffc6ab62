"""Errors the lower layers raise, as codes; `ui` and `cli` turn codes into sentences."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """What went wrong, independent of the language it is told in."""

    DB_TOO_NEW = "db_too_new"
    DB_CORRUPT = "db_corrupt"
    DB_NOT_SQLITE = "db_not_sqlite"
    DB_UNREADABLE = "db_unreadable"
    DISK_FULL = "disk_full"
    NOT_FOUND = "not_found"
    INVALID_INPUT = "invalid_input"
    # Mail connections: specific, so the user knows what to fix.
    AUTH_FAILED = "auth_failed"
    TLS_FAILED = "tls_failed"
    HOST_UNREACHABLE = "host_unreachable"
    TIMEOUT = "timeout"
    NO_IMAP4REV1 = "no_imap4rev1"
    CONNECTION_LOST = "connection_lost"
    NO_KEYRING = "no_keyring"
    NO_PASSWORD = "no_password"
    CANCELLED = "cancelled"
    # Composing and sending.
    MISSING_PLACEHOLDERS = "missing_placeholders"
    UNENCODABLE = "unencodable"
    NO_RECIPIENTS = "no_recipients"
    BAD_ADDRESS = "bad_address"
    ATTACHMENT_UNREADABLE = "attachment_unreadable"
    # Pieces, rates and statements.
    MONTH_LOCKED = "month_locked"
    MONTH_NOT_OVER = "month_not_over"
    STATEMENT_STEP = "statement_step"
    PASSPHRASE_REQUIRED = "passphrase_required"
    PASSPHRASE_WRONG = "passphrase_wrong"
    OWNER_ELSEWHERE = "owner_elsewhere"  # an agent machine that trusts an owner's machine
    BUNDLE_INVALID = "bundle_invalid"
    BUNDLE_TAMPERED = "bundle_tampered"
    EXPORT_UNENCODABLE = "export_unencodable"
    NOT_AVAILABLE = "not_available"


class DeskAppError(Exception):
    """An expected failure with a code and the detail (a path, a revision) the message needs."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code = code
        self.detail = detail
