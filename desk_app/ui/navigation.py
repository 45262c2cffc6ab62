"""The pages of the main window, in navigation order, with their names, icons and shortcuts."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desk_app.ui.icons import icon

translate = QCoreApplication.translate


class PageId(StrEnum):
    """The pages, by the names the command line uses (`--page inbox`)."""

    INBOX = "inbox"
    OUTBOX = "outbox"
    CASES = "cases"
    CALLS = "calls"
    CONTACTS = "contacts"
    MANUAL = "manual"
    SALES = "sales"
    STATEMENTS = "statements"
    SETTINGS = "settings"


PAGES: tuple[PageId, ...] = tuple(PageId)


def page_title(page: PageId) -> str:
    """The page's translated name as the navigation list and the View menu show it."""
    titles = {
        PageId.INBOX: translate("navigation", "Inbox"),
        PageId.OUTBOX: translate("navigation", "Outbox"),
        PageId.CASES: translate("navigation", "Cases"),
        PageId.CALLS: translate("navigation", "Calls"),
        PageId.CONTACTS: translate("navigation", "Customers"),
        PageId.MANUAL: translate("navigation", "Manual"),
        PageId.SALES: translate("navigation", "Sales"),
        PageId.STATEMENTS: translate("navigation", "Statements"),
        PageId.SETTINGS: translate("navigation", "Settings"),
    }
    return titles[page]


def page_shortcut(page: PageId) -> QKeySequence:
    """Ctrl+1 … Ctrl+9 in navigation order."""
    return QKeySequence(f"Ctrl+{PAGES.index(page) + 1}")


class NavigationList(QListWidget):
    """The list of pages down the left edge; arrow keys move through it.

    Signals:
        page_selected(str): the PageId value of the page chosen (by click, key or code).
    """

    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(20, 20))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for page in PAGES:
            item = QListWidgetItem(icon(page.value), page_title(page))
            item.setData(Qt.ItemDataRole.UserRole, page.value)
            item.setToolTip(page_shortcut(page).toString(QKeySequence.SequenceFormat.NativeText))
            self.addItem(item)
        width = max(self.sizeHintForColumn(0), 120) + 32
        self.setFixedWidth(width)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.currentRowChanged.connect(self._on_self_current_row_changed)

    def select_page(self, page: PageId) -> None:
        self.setCurrentRow(PAGES.index(page))

    def current_page(self) -> PageId:
        return PAGES[max(self.currentRow(), 0)]

    @Slot(int)
    def _on_self_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page_selected.emit(PAGES[row].value)
