"""Sentences for the mail-connection error codes, shared by the account dialog and the status bar.

The lower layers raise codes (`ErrorCode`); this is the one place in the UI that says what each
means and what the user can do about it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.core.errors import ErrorCode

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def connection_error_text(code: str, host: str) -> str:
    """One or two sentences: what went wrong connecting to the mail server, and what to do."""
    texts = {
        ErrorCode.AUTH_FAILED: translate(
            "connection_errors", "Wrong user name or password: the server refused to sign in."
        ),
        ErrorCode.TLS_FAILED: translate(
            "connection_errors",
            "The secure connection failed: the server's certificate could not be verified. For a"
            " self-hosted server, add its CA file.",
        ),
        ErrorCode.HOST_UNREACHABLE: translate(
            "connection_errors",
            "The server {host} cannot be reached. Check the host name, the port and your network.",
        ),
        ErrorCode.TIMEOUT: translate(
            "connection_errors", "The server {host} did not answer in time. Try again later."
        ),
        ErrorCode.NO_IMAP4REV1: translate(
            "connection_errors", "The server {host} does not offer IMAP4rev1, which desk_app needs."
        ),
        ErrorCode.CONNECTION_LOST: translate(
            "connection_errors", "The connection to {host} was lost."
        ),
        ErrorCode.NO_PASSWORD: translate(
            "connection_errors", "desk_app has no password for this account. Enter it to connect."
        ),
        ErrorCode.NO_KEYRING: translate(
            "connection_errors",
            "No password store (keyring) was found on this system. desk_app never stores passwords"
            " in plain text.",
        ),
    }
    text = texts.get(code)  # type: ignore[call-overload]
    if text is None:
        text = translate("connection_errors", "The mail server connection failed ({code}).")
    return text.format(host=host, code=code)


def short_reason(code: str) -> str:
    """A few words for the status bar: why the sync stopped."""
    texts = {
        ErrorCode.AUTH_FAILED: translate("connection_errors", "sign-in failed"),
        ErrorCode.TLS_FAILED: translate("connection_errors", "certificate not trusted"),
        ErrorCode.NO_PASSWORD: translate("connection_errors", "password needed"),
        ErrorCode.NO_KEYRING: translate("connection_errors", "password needed"),
        ErrorCode.HOST_UNREACHABLE: translate("connection_errors", "server unreachable"),
        ErrorCode.TIMEOUT: translate("connection_errors", "server not answering"),
        ErrorCode.NO_IMAP4REV1: translate("connection_errors", "server not supported"),
        ErrorCode.CONNECTION_LOST: translate("connection_errors", "connection lost"),
    }
    return texts.get(code, code)  # type: ignore[call-overload]
