"""The Customers page: a searchable list of customers on the left, the chosen one on the right."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.contacts import matches
from desk_app.core.records import ContactInfo, MergeSummary
from desk_app.services.context import Services
from desk_app.ui.contacts.detail import ContactDetailPanel
from desk_app.ui.contacts.merge_dialog import MergeDialog
from desk_app.ui.contacts.model import ContactColumn, ContactListModel
from desk_app.ui.contacts.texts import refusal_text
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState
from desk_app.ui.widgets.list_page import PageHeading, select_record
from desk_app.ui.widgets.table import configure_table, set_column_widths


class ContactsPage(QWidget):
    """Every customer (merged duplicates gone), narrowed by what is typed in the search field.

    The list is read in one go (a shop's customers number in the hundreds or few thousands) and
    filtered in memory by name, kana, address or number in any written form. Ctrl+F goes to the
    search field, Down from there into the list; Tab walks on into the chosen customer.

    Signals:
        rows_loaded(int): how many customers the list now shows (after the search).
        contact_merged(str): a customer was merged into another (the survivor's id); names elsewhere may change.
        message_open_requested(int): a customer's mail to show in the Inbox.
        case_open_requested(str): a customer's case to show on the Cases page.
        call_open_requested(str): a customer's call to show in the call log.
    """

    rows_loaded = Signal(int)
    contact_merged = Signal(str)
    message_open_requested = Signal(int)
    case_open_requested = Signal(str)
    call_open_requested = Signal(str)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = services.contacts
        self._runner = runner
        self._all: list[ContactInfo] = []
        self._pending_id: str | None = None
        self.merge_dialog: MergeDialog | None = None
        self.name_dialog: QInputDialog | None = None
        self.model = ContactListModel(self)
        self.heading = PageHeading(self.tr("Customers"))
        self.new_button = QPushButton(icon("contacts"), self.tr("New Customer…"))
        self.new_button.setObjectName("newContactButton")
        self.empty = EmptyState(
            icon("contacts"),
            self.tr("No customers yet"),
            self.tr("A customer is added when you make a case from their mail, or with New Customer."
                    " Their mails, calls, cases and orders then come together here."),
        )
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Name, kana, phone or email"))
        self.search.setClearButtonEnabled(True)
        find_keys = QKeySequence(QKeySequence.StandardKey.Find)  # needs the application: not at import
        self.search.setToolTip(self.tr("Find a customer ({shortcut})").format(
            shortcut=find_keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self.search.installEventFilter(self)  # Down moves into the list
        self.table = QTableView()
        self.table.setObjectName("contactList")
        self.table.setModel(self.model)
        configure_table(self.table)
        set_column_widths(self.table, {ContactColumn.NAME: "M" * 7, ContactColumn.KANA: "M" * 7},
                          stretch=ContactColumn.REACH)
        self.detail = ContactDetailPanel(services, runner, tz)
        self.detail.setObjectName("contactDetail")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_panel())
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        self._search_shortcut = QShortcut(find_keys, self)
        self._search_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._lay_out()
        self._connect_signals()

    def _list_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        return panel

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 16, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self._search_shortcut.activated.connect(self._on_search_shortcut_activated)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.detail.contact_changed.connect(self._on_detail_contact_changed)
        self.detail.merge_requested.connect(self._on_detail_merge_requested)
        self.detail.message_open_requested.connect(self.message_open_requested)
        self.detail.case_open_requested.connect(self.case_open_requested)
        self.detail.call_open_requested.connect(self.call_open_requested)

    # -- public API ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the customers again in the background (the one shown stays chosen)."""
        self._runner.run(self._contacts.list, self._loaded, owner=self)

    def select_record(self, contact_id: str) -> None:
        """Choose the customer `contact_id` now, or once the rows have loaded (clearing a search
        that hides them)."""
        self._pending_id = contact_id
        if any(c.id == contact_id for c in self._all) and self.model.row_of(contact_id) is None:
            self.search.clear()
        self._apply_pending()

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def contacts(self) -> list[ContactInfo]:
        """Every customer read, before the search narrows them."""
        return list(self._all)

    def state_parts(self) -> dict[str, object]:
        return {"contacts/columns": self.table.horizontalHeader(), "contacts/splitter": self.splitter}

    def open_merge(self, merged_id: str, target_id: str = "") -> MergeDialog | None:
        """Open the merge dialog for customer `merged_id` (`target_id` chosen already, if given)."""
        merged = next((c for c in self._all if c.id == merged_id), None)
        if merged is None:
            return None
        dialog = MergeDialog(self._contacts, self._runner, merged, self._all, preferred=target_id, parent=self)
        dialog.merged.connect(self._on_merge_dialog_merged)
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    # -- loading and filtering ----------------------------------------------------------------

    def _loaded(self, rows: list[ContactInfo]) -> None:
        self._all = list(rows)
        if self._pending_id is None:
            self._pending_id = self.detail.contact_id()  # keep the chosen customer across a re-read
        if self._pending_id is None:  # the first one shown, so the page never opens on a blank half
            self._pending_id = next((c.id for c in rows if matches(c, self.search.text())), None)
        self._apply_filter()
        if self.detail.contact_id() is not None and not any(c.id == self.detail.contact_id() for c in rows):
            self.detail.clear()  # merged away

    def _apply_filter(self) -> None:
        typed = self.search.text()
        shown = [c for c in self._all if matches(c, typed)]
        self.model.set_rows(shown)
        self._stack.setCurrentIndex(1 if self._all else 0)
        if not self._all:
            self.heading.set_note("")
        elif typed.strip():
            self.heading.set_note(self.tr("%n of {total} customer(s)", "", len(shown)).format(total=len(self._all)))
        else:
            self.heading.set_note(self.tr("%n customer(s)", "", len(shown)))
        self._apply_pending()
        self.rows_loaded.emit(len(shown))

    def _apply_pending(self) -> None:
        if self._pending_id is not None and select_record(self.table, self.model, self._pending_id):
            self._pending_id = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- slots --------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._apply_filter()

    @Slot()
    def _on_search_shortcut_activated(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is not None and record.id != self.detail.contact_id():
            self.detail.open_contact(record.id)

    @Slot(str)
    def _on_detail_contact_changed(self, _contact_id: str) -> None:
        self.reload()  # the name or the flag shown in the list may have changed

    @Slot(str, str)
    def _on_detail_merge_requested(self, merged_id: str, target_id: str) -> None:
        self.open_merge(merged_id, target_id)

    @Slot(object)
    def _on_merge_dialog_merged(self, summary: MergeSummary) -> None:
        self.detail.clear()
        self.select_record(summary.survivor.id)
        self.reload()
        self.contact_merged.emit(summary.survivor.id)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("newContactDialog")
        dialog.setWindowTitle(self.tr("New Customer"))
        dialog.setLabelText(self.tr("Name of the new customer:"))
        dialog.textValueSelected.connect(self._on_name_dialog_text_value_selected)
        dialog.finished.connect(dialog.deleteLater)
        self.name_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_name_dialog_text_value_selected(self, name: str) -> None:
        if not name.strip():
            return
        contacts = self._contacts
        self._runner.run(lambda: contacts.add(name), self._added, self._add_failed, owner=self)

    def _added(self, contact_id: str) -> None:
        self.search.clear()
        self.select_record(contact_id)
        self.reload()
        self.detail.name.setFocus()

    def _add_failed(self, error: BaseException) -> None:
        self.heading.set_note(refusal_text(error))
