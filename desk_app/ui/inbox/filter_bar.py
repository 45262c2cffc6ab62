"""The bar above the message list: a search box, a filter and the "group by conversation" switch."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desk_app.ui.icons import icon

SEARCH_DEBOUNCE_MS = 250


class ListFilter(Enum):
    """Which messages of the folder the list keeps."""

    ALL = "all"
    UNREAD = "unread"
    ATTACHMENTS = "attachments"
    LINKED = "linked"
    NOT_LINKED = "not_linked"


@dataclass(frozen=True)
class ListOptions:
    """What the user asked the list to show."""

    filter: ListFilter = ListFilter.ALL
    text: str = ""
    threaded: bool = True

    def is_narrowed(self) -> bool:
        """True when a filter or a search hides part of the folder."""
        return self.filter is not ListFilter.ALL or bool(self.text.strip())


class SearchField(QLineEdit):
    """A search box with a clear button; Esc clears it, or (when empty) hands focus back.

    Signals:
        dismissed(): Esc was pressed while the box was already empty.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.dismissed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class InboxFilterBar(QWidget):
    """Search text (applied after a short pause in typing), a filter, and threading on or off.

    Signals:
        options_changed(): the options differ from the ones last announced (read `options()`).
        search_dismissed(): Esc in an empty search box (the list may take the focus back).
    """

    options_changed = Signal()
    search_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxFilterBar")
        self.search = SearchField()
        self.search.setObjectName("inboxSearch")
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(self.tr("Search this folder ({shortcut})").format(shortcut=find))
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("inboxFilter")
        for value, text in (
            (ListFilter.ALL, self.tr("All messages")),
            (ListFilter.UNREAD, self.tr("Unread")),
            (ListFilter.ATTACHMENTS, self.tr("With attachments")),
            (ListFilter.LINKED, self.tr("Linked to a case")),
            (ListFilter.NOT_LINKED, self.tr("Not linked to a case")),
        ):
            self.filter_box.addItem(text, value.value)
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Wide enough for its longest entry when there is room, but it may shrink (eliding) so
        # the Inbox still fits a small window.
        self.filter_box.setMinimumWidth(self.filter_box.fontMetrics().horizontalAdvance("M" * 6) + 32)
        self.filter_box.setToolTip(self.tr("Show only some of the messages"))
        self.threaded_box = QCheckBox(self.tr("Group by conversation"))
        self.threaded_box.setObjectName("inboxThreaded")
        self.threaded_box.setChecked(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._announced = self.options()
        self._clearing = False  # several changes at once: announce them together afterwards

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        controls.addWidget(self.filter_box)
        controls.addStretch(1)
        controls.addWidget(self.threaded_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(controls)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.dismissed.connect(self.search_dismissed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.filter_box.currentIndexChanged.connect(self._on_filter_box_current_index_changed)
        self.threaded_box.toggled.connect(self._on_threaded_box_toggled)

    # -- public API ---------------------------------------------------------------------------

    def options(self) -> ListOptions:
        return ListOptions(
            filter=ListFilter(self.filter_box.currentData() or ListFilter.ALL.value),
            text=self.search.text().strip(),
            threaded=self.threaded_box.isChecked(),
        )

    def set_filter(self, value: ListFilter) -> None:
        self.filter_box.setCurrentIndex(self.filter_box.findData(value.value))

    def set_threaded(self, threaded: bool) -> None:
        self.threaded_box.setChecked(threaded)

    def clear_filters(self, *, announce: bool = True) -> None:
        """Back to every message of the folder (threading stays as it is).

        Announced at once, unless `announce` is False (the caller reloads the list itself).
        """
        # Not blockSignals: the line edit's clear button listens to its own textChanged.
        self._clearing = True
        try:
            self.set_filter(ListFilter.ALL)
            self.search.clear()
        finally:
            self._clearing = False
        if announce:
            self._announce()
        else:
            self._debounce.stop()
            self._announced = self.options()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def is_search_pending(self) -> bool:
        """True while typed text waits for the pause before it is applied."""
        return self._debounce.isActive()

    # -- internals ----------------------------------------------------------------------------

    def _announce(self) -> None:
        if self._clearing:
            return
        self._debounce.stop()
        options = self.options()
        if options != self._announced:
            self._announced = options
            self.options_changed.emit()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if self._clearing:
            return
        if text:
            self._debounce.start()
        else:
            self._announce()  # cleared (Esc or the clear button): show everything again at once

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self._announce()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self._announce()

    @Slot(int)
    def _on_filter_box_current_index_changed(self, _index: int) -> None:
        self._announce()

    @Slot(bool)
    def _on_threaded_box_toggled(self, _checked: bool) -> None:
        self._announce()
