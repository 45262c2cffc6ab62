"""The text browser a manual section is read in: its Markdown rendered, links handled, nothing
loaded from outside.

A link to another section (`[text](other-id)`) is announced with `section_link_clicked`; a web
address opens in the system browser, and only when clicked. `loadResource` answers nothing, so
an image in an owner's file never makes the browser read a local file or reach the network.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desk_app.services.manual import internal_link

WEB_SCHEMES = ("http", "https")
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
NO_MARKER = QTextBlockFormat.MarkerType.NoMarker


def task_blocks(document: QTextDocument) -> list[QTextBlock]:
    """The blocks of the document's task-list items (`- [ ] …`), in order: one per checklist step."""
    blocks = []
    block = document.begin()
    while block.isValid():
        if block.textList() is not None and block.blockFormat().marker() != NO_MARKER:
            blocks.append(block)
        block = block.next()
    return blocks


def _clear_stray_markers(document: QTextDocument) -> None:
    # Qt's Markdown reader leaves the check-box marker on the paragraphs that follow a task list
    # (they are in no list); clear it so that only real task items count and show as steps.
    block = document.begin()
    while block.isValid():
        if block.textList() is None and block.blockFormat().marker() != NO_MARKER:
            fmt = block.blockFormat()
            fmt.setMarker(NO_MARKER)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


class ManualBrowser(QTextBrowser):
    """Shows one section's Markdown; links never navigate by themselves.

    Signals:
        section_link_clicked(str): the id of the section a clicked internal link points at.
    """

    section_link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    def show_markdown(self, markdown: str) -> None:
        """Render `markdown` (GitHub dialect: tables, task lists) from the top."""
        self.setExtraSelections([])
        self.document().setMarkdown(markdown, MARKDOWN)
        _clear_stray_markers(self.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # no images or style sheets from files or the network

    @Slot(QUrl)
    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        if not url.scheme() and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
            return
        target = internal_link(url.toString())
        if target is not None:
            self.section_link_clicked.emit(target)
