"""A customer's email addresses and phone numbers: a list, a field to add one, and Remove."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.contacts import channel_kind
from desk_app.core.records import ContactDetail
from desk_app.ui.icons import icon

CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 3


class ChannelEditor(QWidget):
    """Numbers first, then addresses. Enter in the field adds; Delete in the list (or Remove)
    removes. Nothing changes here until the stored customer comes back (`set_contact`).

    Signals:
        channel_added(str, str): kind (`email` | `phone`) and the text typed.
        channel_removed(str, str): kind and the address or number to remove.
    """

    channel_added = Signal(str, str)
    channel_removed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = QListWidget()
        self.entries.setObjectName("contactChannels")
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        row_height = self.fontMetrics().height() + 8
        self.entries.setFixedHeight(row_height * VISIBLE_ROWS + 2 * self.entries.frameWidth() + 4)
        self.entries.installEventFilter(self)  # Delete removes
        self.field = QLineEdit()
        self.field.setObjectName("contactChannelField")
        self.field.setPlaceholderText(self.tr("Add an email address or phone number"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("contactChannelAdd")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("contactChannelRemove")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries)
        layout.addLayout(row)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.field.returnPressed.connect(self._on_add_button_clicked)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.entries.currentItemChanged.connect(self._on_entries_current_item_changed)

    # -- public API ---------------------------------------------------------------------------

    def set_contact(self, contact: ContactDetail) -> None:
        """Show the stored numbers and addresses."""
        self.entries.clear()
        for kind, values in (("phone", contact.phones), ("email", contact.emails)):
            for value in values:
                item = QListWidgetItem(icon("calls" if kind == "phone" else "inbox"), value)
                item.setData(CHANNEL_ROLE, kind)
                self.entries.addItem(item)
        self._update_buttons()

    def values(self) -> list[str]:
        return [self.entries.item(row).text() for row in range(self.entries.count())]

    def clear_field(self) -> None:
        self.field.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        removing = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if watched is self.entries and removing and self.entries.currentItem() is not None:
            self._on_remove_button_clicked()
            return True
        return super().eventFilter(watched, event)

    # -- slots --------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.field.text().strip()))
        self.remove_button.setEnabled(self.entries.currentItem() is not None)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        written = self.field.text().strip()
        if written:
            self.channel_added.emit(channel_kind(written), written)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        item = self.entries.currentItem()
        if item is not None:
            self.channel_removed.emit(item.data(CHANNEL_ROLE), item.text())

    @Slot(str)
    def _on_field_text_changed(self, _text: str) -> None:
        self._update_buttons()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_entries_current_item_changed(self, _current: QListWidgetItem, _previous: QListWidgetItem) -> None:
        self._update_buttons()
