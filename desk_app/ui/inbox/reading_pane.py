"""The reading pane: one message's headers, text and attachment names, and nothing remote."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import MessageDetail
from desk_app.ui import formatting
from desk_app.ui.icons import icon
from desk_app.ui.widgets.empty_state import EmptyState


class SafeTextBrowser(QTextBrowser):
    """A text browser that loads no resources at all: no local files, no network, no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002 - Qt's signature
        # QTextBrowser would read local files named by the mail; a mail may show nothing
        # but its own text (cid: images come with the HTML view, later).
        return None


def _plain_label(selectable: bool = True) -> QLabel:
    # Mail headers are untrusted: plain text only, so "<img src=…>" in a subject stays text.
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReadingPane(QStackedWidget):
    """Shows one message, or a hint to pick one."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._message_id: int | None = None
        self._placeholder = EmptyState(
            icon("reading"), self.tr("No message selected"), self.tr("Select a message to read it here.")
        )
        self.addWidget(self._placeholder)
        self.addWidget(self._build_message_view())
        self.setCurrentIndex(0)

    def _build_message_view(self) -> QWidget:
        view = QWidget()
        self._subject = _plain_label()
        self._subject.setObjectName("readingSubject")
        font = self._subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._subject.setFont(font)
        self._from = _plain_label()
        self._to = _plain_label()
        self._date = _plain_label()
        self._attachments = _plain_label()
        self._attachments_caption = QLabel(self.tr("Attachments:"))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("From:"), self._from)
        form.addRow(self.tr("To:"), self._to)
        form.addRow(self.tr("Date:"), self._date)
        form.addRow(self._attachments_caption, self._attachments)
        self._form = form

        header = QWidget()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 12, 10)
        header_layout.setSpacing(8)
        header_layout.addWidget(self._subject)
        header_layout.addLayout(form)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self._body = SafeTextBrowser()
        self._body.setFrameShape(QFrame.Shape.NoFrame)
        self._body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._body.document().setDocumentMargin(12)

        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(line)
        layout.addWidget(self._body, 1)
        return view

    def message_id(self) -> int | None:
        return self._message_id

    def show_message(self, message: MessageDetail) -> None:
        """Fill the pane with `message` (plain text only)."""
        self._message_id = message.id
        self._subject.setText(message.subject or self.tr("(no subject)"))
        sender = message.from_name
        if message.from_address:
            sender = f"{message.from_name} <{message.from_address}>" if message.from_name else message.from_address
        self._from.setText(sender)
        recipients = list(message.to) + list(message.cc)
        self._to.setText(", ".join(recipients))
        self._date.setText(formatting.date_time(message.date, self._tz))
        names = [f"{a.filename} ({formatting.file_size(a.size)})" for a in message.attachments]
        self._attachments.setText("\n".join(names))
        self._form.setRowVisible(self._attachments, bool(names))
        self._body.setPlainText(message.text)
        self.setCurrentIndex(1)

    def clear(self) -> None:
        """Back to the hint."""
        self._message_id = None
        self._body.clear()
        self.setCurrentIndex(0)

    def body_text(self) -> str:
        return self._body.toPlainText()

    def subject_text(self) -> str:
        return self._subject.text()
