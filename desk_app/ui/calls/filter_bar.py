"""The bar above the call log: which month, and which of its calls to show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desk_app.core.categories import CATEGORY_KEYS
from desk_app.ui.calls.call_filter import ANY, CLAIMS, INQUIRIES, CallFilter
from desk_app.ui.inbox.filter_bar import SearchField
from desk_app.ui.labels import call_direction_label, category_label

SEARCH_DEBOUNCE_MS = 200


class CallFilterBar(QWidget):
    """A month (stepped with the arrow keys), a direction, a category and a search box.

    Signals:
        month_changed(str): the month chosen, `YYYY-MM` (the page reloads that month).
        filter_changed(): direction, category or search text changed (read `call_filter()`).
    """

    month_changed = Signal(str)
    filter_changed = Signal()

    def __init__(self, this_month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callFilterBar")
        self.month = QDateEdit()
        self.month.setObjectName("callMonth")
        self.month.setDisplayFormat("yyyy/MM")
        self.month.setMaximumDate(QDate(this_month.year, this_month.month, 1))
        self.month.setDate(QDate(this_month.year, this_month.month, 1))
        self.month.setToolTip(self.tr("The month shown; the arrow keys step through the months"))
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        self.direction = QComboBox()
        self.direction.setObjectName("callDirectionFilter")
        self.direction.addItem(self.tr("Incoming and outgoing"), ANY)
        for value in ("in", "out"):
            self.direction.addItem(call_direction_label(value), value)
        self.category = QComboBox()
        self.category.setObjectName("callCategoryFilter")
        self.category.addItem(self.tr("All categories"), ANY)
        self.category.addItem(self.tr("Claims only"), CLAIMS)
        self.category.addItem(self.tr("Questions only"), INQUIRIES)
        self.category.insertSeparator(self.category.count())
        for key in CATEGORY_KEYS:
            self.category.addItem(category_label(key), key)
        self.category.setMaxVisibleItems(16)
        # Wide enough for their entries when there is room, but they may shrink (eliding) so the
        # page still fits a small window.
        narrow = self.fontMetrics().horizontalAdvance("M" * 6) + 32
        for box in (self.direction, self.category):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(narrow)
        self.search = SearchField()
        self.search.setObjectName("callSearch")
        self.search.setPlaceholderText(self.tr("Search summaries, names and numbers"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 12))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(month_label)
        layout.addWidget(self.month)
        layout.addWidget(self.direction)
        layout.addWidget(self.category)
        layout.addWidget(self.search, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.month.dateChanged.connect(self._on_month_date_changed)
        self.direction.currentIndexChanged.connect(self._on_choice_changed)
        self.category.currentIndexChanged.connect(self._on_choice_changed)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._debounce.timeout.connect(self._on_debounce_timeout)

    def month_key(self) -> str:
        """The month shown, `YYYY-MM`."""
        chosen = self.month.date()
        return f"{chosen.year():04d}-{chosen.month():02d}"

    def allow_until(self, this_month: date) -> None:
        """Let the picker reach `this_month` (the app may have been open since the last one)."""
        self.month.setMaximumDate(QDate(this_month.year, this_month.month, 1))

    def set_month(self, year: int, month: int) -> None:
        self.month.setDate(QDate(year, month, 1))

    def call_filter(self) -> CallFilter:
        return CallFilter(
            direction=str(self.direction.currentData() or ANY),
            category=str(self.category.currentData() or ANY),
            text=self.search.text(),
        )

    def apply_search_now(self) -> None:
        """Announce a pending search at once (instead of after the pause in typing)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.filter_changed.emit()

    @Slot(QDate)
    def _on_month_date_changed(self, _chosen: QDate) -> None:
        self.month_changed.emit(self.month_key())

    @Slot(int)
    def _on_choice_changed(self, _index: int) -> None:
        self.filter_changed.emit()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self.filter_changed.emit()
