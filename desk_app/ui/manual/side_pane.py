"""The Manual page's left column: the search box over the table of contents, or over the hits
while something is searched for."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from desk_app.services.manual import ManualHit
from desk_app.ui.icons import icon
from desk_app.ui.manual.results import SearchResults
from desk_app.ui.manual.toc import ManualToc

TYPING_PAUSE_MS = 150


class SidePane(QWidget):
    """Search box, then the table of contents (nothing searched) or the hits.

    Signals:
        query_changed(str): the words to search for, once typing pauses (empty: the search ended).
    """

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("manualSearch")
        self.search.setPlaceholderText(self.tr("Search the manual"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.installEventFilter(self)  # Down moves into the hits, Escape ends the search
        self.toc = ManualToc()
        self.results = SearchResults()
        self.results_note = QLabel()
        self.results_note.setObjectName("manualResultsNote")
        self.results_note.setWordWrap(True)
        self.results_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_note)
        results_layout.addWidget(self.results, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.toc)
        self.stack.addWidget(results_box)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._pause.timeout.connect(self._on_pause_timeout)

    def query(self) -> str:
        return self.search.text().strip()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_hits(self, query: str, hits: Sequence[ManualHit]) -> None:
        """The hits of `query` (dropped when the box no longer holds it)."""
        if query != self.query():
            return
        self.results.set_hits(hits)
        if hits:
            self.results_note.setText(self.tr("%n section(s) found", "", len(hits)))
        else:
            self.results_note.setText(self.tr("Nothing found for “{query}”.").format(query=query))
        self.stack.setCurrentIndex(1)

    def showing_hits(self) -> bool:
        return self.stack.currentIndex() == 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.showing_hits():
                if self.results.count():
                    self.results.setFocus()
                    self.results.choose(0)
                return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if text.strip():
            self._pause.start()
        else:
            self._pause.stop()
            self.stack.setCurrentIndex(0)
            self.query_changed.emit("")

    @Slot()
    def _on_pause_timeout(self) -> None:
        self.query_changed.emit(self.query())
