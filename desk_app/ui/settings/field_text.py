"""The sentences the account dialog shows under its form for a field that needs fixing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate finds calls named `translate` with literal arguments; the context is the dialog's own.
translate = QCoreApplication.translate


def field_sentence(field: str) -> str:
    """What to do about `field` (a name from AccountService.validate, or the dialog's own checks)."""
    sentences = {
        "name": translate("AccountDialog", "Enter a name for the account."),
        "duplicate": translate("AccountDialog", "An account with this name exists already: choose another name."),
        "email": translate("AccountDialog", "Enter an email address such as support@example.jp."),
        "imap-host": translate("AccountDialog", "Enter the host name of the incoming (IMAP) server."),
        "imap-port": translate("AccountDialog", "Enter the port of the incoming (IMAP) server (1–65535)."),
        "imap-security": translate("AccountDialog", "Choose how the incoming (IMAP) connection is secured."),
        "smtp-host": translate("AccountDialog", "Enter the host name of the outgoing (SMTP) server."),
        "smtp-port": translate("AccountDialog", "Enter the port of the outgoing (SMTP) server (1–65535)."),
        "smtp-security": translate("AccountDialog", "Choose how the outgoing (SMTP) connection is secured."),
        "username": translate("AccountDialog", "Enter the user name for signing in."),
        "password": translate("AccountDialog", "Enter the password."),
        "session": translate(
            "AccountDialog",
            "Without a password store the password can only be kept until desk_app closes: tick"
            " “Ask for the password once per session” to go on."
        ),
    }
    return sentences.get(field, field)
