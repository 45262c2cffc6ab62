"""Sentences for the errors that stop the app before the window opens (the db cannot be used)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths

translate = QCoreApplication.translate


def startup_error_message(error: DeskAppError, paths: AppPaths) -> str:
    """One translated sentence (or two) saying what is wrong and what to do; the file is untouched."""
    db = str(paths.db_file)
    if error.code == ErrorCode.DB_TOO_NEW:
        text = translate(
            "startup",
            "The database {db} was written by a newer version of desk_app. Update desk_app to open"
            " it. The file has not been changed.",
        )
    elif error.code == ErrorCode.DB_CORRUPT:
        text = translate(
            "startup",
            "The database {db} is damaged and cannot be opened. Restore a copy from the backups"
            " folder next to it ({backups}). The file has not been changed.",
        )
    elif error.code == ErrorCode.DB_NOT_SQLITE:
        text = translate(
            "startup",
            "{db} is not a desk_app database. Choose another file with --db. The file has not been"
            " changed.",
        )
    elif error.code == ErrorCode.DB_UNREADABLE:
        text = translate(
            "startup",
            "The database {db} cannot be read: check that it is a desk_app database and that you may"
            " read it. The file has not been changed.",
        )
    elif error.code == ErrorCode.DISK_FULL:
        text = translate(
            "startup",
            "The disk is full, so desk_app cannot write its database {db}. Free some space and start"
            " desk_app again.",
        )
    else:
        text = translate("startup", "desk_app cannot open its database {db}: {detail}")
    return text.format(db=db, backups=str(paths.backup_dir), detail=error.detail)


def show_startup_error(message: str) -> None:
    """A blocking error box before any window exists."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("startup", "desk_app cannot start"), message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
