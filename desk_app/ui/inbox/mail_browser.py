"""The text browser a message body is shown in: its own `cid:` images and nothing else.

QTextBrowser would read local files a mail names (`<img src="file:///…">`, a relative path);
`loadResource` here answers only `cid:` images the message itself carries. Links do not open on
a click: the user sees the real address first and confirms.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSizeF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument, QTextOption, QWheelEvent
from PySide6.QtWidgets import QFrame, QMessageBox, QSizePolicy, QTextBrowser, QWidget

from desk_app.services.mail import AttachmentData

OPENABLE_SCHEMES = ("http", "https", "mailto")
QUOTE_COLOR = "#6b7280"
LINKIFY_LIMIT = 200_000  # longer texts are shown as they are, without clickable addresses
# ASCII only: in Japanese text an address is followed by words with no space between.
_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%]+", re.IGNORECASE)


def _linked(line: str) -> str:
    parts: list[str] = []
    last = 0
    for match in _URL.finditer(line):
        url = match.group(0).rstrip(".,;:!?")
        parts.append(html.escape(line[last : match.start()]))
        parts.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.start() + len(url)
    parts.append(html.escape(line[last:]))
    return "".join(parts)


def plain_text_html(text: str) -> str:
    """Escaped text with web addresses as links and quoted lines ("> …") in grey; spacing kept."""
    lines = []
    for line in text.split("\n"):
        shown = _linked(line)
        if line.lstrip().startswith((">", "＞")):
            shown = f'<span style="color: {QUOTE_COLOR}">{shown}</span>'
        lines.append(shown)
    return f'<div style="white-space: pre-wrap">{"<br>".join(lines)}</div>'


class MailBrowser(QTextBrowser):
    """A read-only body view as tall as its text (the reading pane scrolls, not each message).

    `loadResource` returns the message's own `cid:` images and None for everything else; the
    names asked for are kept in `resource_requests` (to check what a document tried to load).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(2)
        self._images: dict[str, AttachmentData] = {}
        self.resource_requests: list[str] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.document().documentLayout().documentSizeChanged.connect(self._on_layout_size_changed)

    # -- public API ---------------------------------------------------------------------------

    def show_text(self, text: str) -> None:
        """Plain text, with web addresses clickable (through the confirmation)."""
        self._images = {}
        if len(text) > LINKIFY_LIMIT:
            self.setPlainText(text)
        else:
            self.setHtml(plain_text_html(text))

    def show_html(self, safe_html: str, images: Mapping[str, AttachmentData]) -> None:
        """Already sanitised HTML, with the message's inline images by Content-ID."""
        self._images = {cid.strip("<>"): data for cid, data in images.items()}
        self.setHtml(safe_html)

    # -- Qt overrides -------------------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002 - Qt's signature
        self.resource_requests.append(name.toString())
        if name.scheme().lower() != "cid" or type != QTextDocument.ResourceType.ImageResource:
            return None  # nothing from disk, nothing remote, no style sheets
        found = self._images.get(QUrl.fromPercentEncoding(name.path().encode()).strip("<>"))
        if found is None or not found.content_type.lower().startswith("image/"):
            return None
        image = QImage.fromData(found.data)
        return None if image.isNull() else image

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The pane scrolls vertically; only sideways scrolling (a wide HTML table) stays here.
        delta = event.angleDelta()
        if abs(delta.y()) >= abs(delta.x()):
            event.ignore()
            return
        super().wheelEvent(event)

    # -- slots --------------------------------------------------------------------------------

    @Slot(QSizeF)
    def _on_layout_size_changed(self, size: QSizeF) -> None:
        margins = self.contentsMargins()
        height = math.ceil(size.height()) + margins.top() + margins.bottom()
        bar = self.horizontalScrollBar()
        if bar.isVisible():
            height += bar.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    @Slot(QUrl)
    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme().lower() not in OPENABLE_SCHEMES:
            return
        if self.ask_to_open(url):
            QDesktopServices.openUrl(url)

    def ask_to_open(self, url: QUrl) -> bool:
        """Show the link's real address and ask whether to open it (tests replace this)."""
        # Fully encoded: a look-alike host shows as punycode (xn--…) rather than as its disguise.
        address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open Link"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Open this address in another program?"))
        box.setInformativeText(address)
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_button
