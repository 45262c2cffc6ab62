"""A message's attachments: one row each (name, size, "Save…"), saving in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.core.errors import DeskAppError
from desk_app.core.records import AttachmentInfo
from desk_app.services.mail import AttachmentData
from desk_app.ui import formatting
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner

ERROR_COLOR = "#b3261e"


class AttachmentSource(Protocol):
    """What saving needs of the mail service."""

    def attachment(self, message_pk: int, index: int) -> AttachmentData: ...


def downloads_dir() -> Path:
    """The user's Downloads folder (their home when the platform names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return Path(found) if found else Path.home()


def _write(mail: AttachmentSource, message_id: int, index: int, target: Path) -> Path:
    # Runs on a pool thread: reads the bytes from the stored source and writes them out.
    data = mail.attachment(message_id, index).data
    target.write_bytes(data)
    return target


class AttachmentList(QWidget):
    """The attachments of one message, each with a Save… button; says where a file went.

    Signals:
        attachment_saved(str): the path a file was written to.
        save_failed(str): the sentence shown for a failed save.
    """

    attachment_saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, message_id: int, attachments: Sequence[AttachmentInfo], mail: AttachmentSource,
                 runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self._message_id = message_id
        self._attachments = list(attachments)
        self._mail = mail
        self._runner = runner
        self.buttons: list[QPushButton] = []

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for row, attachment in enumerate(self._attachments):
            clip = QLabel()
            clip.setPixmap(icon("attachment").pixmap(16, 16))
            name = QLabel(attachment.filename)
            name.setTextFormat(Qt.TextFormat.PlainText)  # a file name is the sender's words
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            size = QLabel(formatting.file_size(attachment.size))
            size.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            button = QPushButton(self.tr("Save…"))
            button.setToolTip(self.tr("Save this attachment to a file"))
            self.buttons.append(button)
            grid.addWidget(clip, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(size, row, 2)
            grid.addWidget(button, row, 3)
        grid.setColumnStretch(1, 1)
        self._status = QLabel()
        self._status.setObjectName("attachmentStatus")
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        self._status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self._status)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for row, button in enumerate(self.buttons):
            button.clicked.connect(lambda _checked=False, i=row: self.save(i))

    def save(self, index: int) -> None:
        """Ask where to save attachment `index`, then write its bytes there in the background."""
        attachment = self._attachments[index]
        suggested = downloads_dir() / Path(attachment.filename).name
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save Attachment"), str(suggested))
        if not chosen:
            return
        target = Path(chosen)
        mail, message_id = self._mail, self._message_id
        self._runner.run(
            lambda: _write(mail, message_id, index, target),
            self._written,
            lambda error: self._write_failed(attachment.filename, error),
            owner=self,
        )

    def status_text(self) -> str:
        return self._status.text()

    # -- runner callbacks ---------------------------------------------------------------------

    def _written(self, target: Path) -> None:
        self._status.setStyleSheet("")
        self._status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._status.setText(self.tr("Saved to {path}").format(path=str(target)))
        self._status.show()
        self.attachment_saved.emit(str(target))

    def _write_failed(self, filename: str, error: BaseException) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
        elif isinstance(error, DeskAppError):
            reason = self.tr("the attachment could not be read from the stored message")
        else:
            reason = self.tr("an unexpected error occurred")
        text = self.tr("“{name}” was not saved: {reason}").format(name=filename, reason=reason)
        self._status.setStyleSheet(f"color: {ERROR_COLOR};")
        self._status.setText(text)
        self._status.show()
        self.save_failed.emit(text)
