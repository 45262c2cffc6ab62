"""One message of a conversation in the reading pane: a header line, and when open, its body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.ui import formatting
from desk_app.ui.icons import icon
from desk_app.ui.inbox.attachments import AttachmentList
from desk_app.ui.inbox.conversation import DAMAGE_NOTES, ConversationMessage, PreparedHtml, ReaderSource, prepare_html
from desk_app.ui.inbox.mail_browser import MailBrowser
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.elided_label import ElidedLabel

WARNING_COLOR = "#9a5b13"
SNIPPET_CHARS = 300


@dataclass(frozen=True)
class ReaderContext:
    """What every message block shares: the mail service, the runner and the desk's time zone."""

    mail: ReaderSource
    runner: Runner
    tz: ZoneInfo


W = TypeVar("W", bound=QWidget)


def _muted(label: W) -> W:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _plain(text: str = "", *, wrap: bool = True) -> QLabel:
    # Everything a message says is untrusted: plain text, so "<b>" in a name stays "<b>".
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _BlockHeader(QWidget):
    """The always-visible top of a block; a click opens or closes the message.

    Signals:
        clicked(): the header was clicked with the left button.
    """

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class MessageBlock(QFrame):
    """A message as a card: sender, folder, date; opened, also recipients, notes, attachments, body.

    The body (and everything under the header) is built the first time the block opens, so a
    conversation of many messages costs little until the user reads them.

    Signals:
        html_shown(int): the message's HTML is now on screen (its id).
    """

    html_shown = Signal(int)

    def __init__(self, message: ConversationMessage, folder_text: str, context: ReaderContext, *,
                 folder_role: str | None = None, focused: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBlock")
        self.setProperty("focused", focused)
        self._message = message
        self._context = context
        self._prepared: PreparedHtml | None = None
        self._body: MailBrowser | None = None
        self._details: QWidget | None = None
        self.attachments: AttachmentList | None = None

        detail, summary = message.detail, message.summary
        self._header = _BlockHeader()
        self._header.setCursor(Qt.CursorShape.PointingHandCursor)
        self._header.setToolTip(self.tr("Click to open or close this message"))
        self._sender = ElidedLabel(detail.from_name or detail.from_address or self.tr("(unknown sender)"))
        self._sender.setToolTip(formatting.tooltip_text(self._sender_text()))
        font = self._sender.font()
        font.setBold(True)
        self._sender.setFont(font)
        self._folder = QLabel(folder_text)
        self._folder.setObjectName("folderChip")
        self._folder.setProperty("role", folder_role or "")  # the style tints the Sent folder
        self._folder.setTextFormat(Qt.TextFormat.PlainText)
        self._folder.setVisible(bool(folder_text))
        self._flag = QLabel()
        self._flag.setPixmap(icon("flag").pixmap(14, 14))
        self._flag.setVisible(summary.flagged)
        self._flag.setToolTip(self.tr("Flagged"))
        clip = QLabel()
        clip.setPixmap(icon("attachment").pixmap(14, 14))
        clip.setVisible(bool(detail.attachments))
        self._date = _muted(QLabel(formatting.date_time(detail.date, context.tz)))
        self._snippet = _muted(ElidedLabel(detail.text[:SNIPPET_CHARS]))
        # Built now (cheap) so they can be wired up once; placed when the body is first built.
        self.html_button = QPushButton(self.tr("Show HTML"), self)
        self.html_button.setObjectName("htmlToggle")
        self.html_button.setCheckable(True)
        self.html_button.setToolTip(self.tr("Show the message as the sender formatted it (remote images stay blocked)"))
        self.html_button.hide()
        self._remote_note = _muted(QLabel(self))
        self._remote_note.setObjectName("remoteImagesNote")
        self._remote_note.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self._sender, 1)
        top.addWidget(self._folder)
        top.addWidget(self._flag)
        top.addWidget(clip)
        top.addWidget(self._date)
        header_layout = QVBoxLayout(self._header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.setSpacing(2)
        header_layout.addLayout(top)
        header_layout.addWidget(self._snippet)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 10, 14, 10)
        self._layout.setSpacing(8)
        self._layout.addWidget(self._header)
        self._expanded = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._header.clicked.connect(self._on_header_clicked)
        self.html_button.toggled.connect(self._on_html_button_toggled)

    # -- public API ---------------------------------------------------------------------------

    def message_id(self) -> int:
        return self._message.detail.id

    def message(self) -> ConversationMessage:
        return self._message

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        """Open (building the body the first time) or close the message."""
        if expanded and self._details is None:
            self._details = self._build_details()
            self._layout.addWidget(self._details)
        self._expanded = expanded
        self._snippet.setVisible(not expanded)
        if self._details is not None:
            self._details.setVisible(expanded)

    def set_flagged(self, flagged: bool) -> None:
        self._flag.setVisible(flagged)

    def sender_text(self) -> str:
        """The sender as the card shows it in full: "Name <address>"."""
        return self._sender_text()

    def folder_text(self) -> str:
        return self._folder.text()

    def body_text(self) -> str:
        """The body as the reader sees it now (text or HTML); empty while the block is closed."""
        return self._body.toPlainText() if self._body is not None and self._expanded else ""

    def body(self) -> MailBrowser | None:
        return self._body

    def show_html(self, on: bool = True) -> None:
        """Switch between the HTML and the text version (when the message has HTML)."""
        if self._message.detail.html is None:
            return
        self.set_expanded(True)
        self.html_button.setChecked(on)

    def is_damaged(self) -> bool:
        return bool(DAMAGE_NOTES.intersection(self._message.detail.notes))

    def remote_note_visible(self) -> bool:
        return not self._remote_note.isHidden()

    # -- building -----------------------------------------------------------------------------

    def _sender_text(self) -> str:
        detail = self._message.detail
        if detail.from_name and detail.from_address:
            return f"{detail.from_name} <{detail.from_address}>"
        return detail.from_name or detail.from_address or self.tr("(unknown sender)")

    def _build_details(self) -> QWidget:
        detail = self._message.detail
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        recipients = self._recipients_text()
        if recipients:
            layout.addWidget(_muted(_plain(recipients)))
        if self.is_damaged():
            layout.addWidget(self._damage_line())
        if detail.html is not None:
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(self.html_button)
            row.addWidget(self._remote_note, 1)
            layout.addLayout(row)
            self.html_button.show()
        if detail.attachments:
            self.attachments = AttachmentList(detail.id, detail.attachments, self._context.mail, self._context.runner)
            layout.addWidget(self.attachments)
        self._body = MailBrowser()
        self._body.setObjectName("messageBody")
        self._body.show_text(detail.text)
        layout.addWidget(self._body)
        return details

    def _recipients_text(self) -> str:
        detail = self._message.detail
        parts = [self.tr("From: {sender}").format(sender=self._sender_text())]
        if detail.to:
            parts.append(self.tr("To: {names}").format(names=", ".join(detail.to)))
        if detail.cc:
            parts.append(self.tr("Cc: {names}").format(names=", ".join(detail.cc)))
        return "\n".join(parts)

    def _damage_line(self) -> QWidget:
        line = QWidget()
        line.setObjectName("damageNote")
        mark = QLabel()
        mark.setPixmap(icon("warning").pixmap(16, 16))
        text = QLabel(self.tr("This message is damaged; it is shown as far as it could be read."))
        text.setWordWrap(True)
        text.setStyleSheet(f"color: {WARNING_COLOR};")
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        line.setToolTip(self.tr("Problems found: {codes}").format(codes=", ".join(self._message.detail.notes)))
        return line

    # -- HTML ---------------------------------------------------------------------------------

    def _apply_html(self, prepared: PreparedHtml) -> None:
        assert self._body is not None
        self._body.show_html(prepared.safe.html, prepared.images)
        remote = prepared.safe.remote_images
        self._remote_note.setText(self.tr("Remote images blocked") if remote else "")
        self._remote_note.setToolTip(self.tr(
            "This message wanted to load %n image(s) from the internet. They were not loaded, so"
            " the sender cannot see that you opened it.", "", remote))
        self._remote_note.setVisible(bool(remote))
        self.html_shown.emit(self.message_id())

    def _html_prepared(self, prepared: PreparedHtml) -> None:
        self._prepared = prepared
        if self.html_button.isChecked():
            self._apply_html(prepared)

    def _html_failed(self, _error: BaseException) -> None:
        self.html_button.blockSignals(True)
        self.html_button.setChecked(False)
        self.html_button.setText(self.tr("Show HTML"))
        self.html_button.blockSignals(False)
        self._remote_note.setText(self.tr("The HTML version could not be shown."))
        self._remote_note.show()

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_header_clicked(self) -> None:
        self.set_expanded(not self._expanded)

    @Slot(bool)
    def _on_html_button_toggled(self, checked: bool) -> None:
        assert self._body is not None
        self.html_button.setText(self.tr("Show text") if checked else self.tr("Show HTML"))
        if not checked:
            self._body.show_text(self._message.detail.text)
            self._remote_note.hide()
            return
        if self._prepared is not None:
            self._apply_html(self._prepared)
            return
        mail, message_id, source = self._context.mail, self.message_id(), self._message.detail.html or ""
        self._context.runner.run(
            lambda: prepare_html(mail, message_id, source), self._html_prepared, self._html_failed, owner=self
        )
