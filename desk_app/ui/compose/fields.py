"""The header fields of a message being written (From, To, Cc, Subject, charset) and its attachments."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import AccountInfo, AttachmentInfo, DraftData
from desk_app.ui import formatting
from desk_app.ui.compose.addresses import join_addresses, split_addresses
from desk_app.ui.icons import icon

ISO_2022_JP = "iso-2022-jp"
UTF_8 = "utf-8"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ROWS = 3


def account_text(account: AccountInfo) -> str:
    """`ひだまり <support@example.jp>` as the From line shows it."""
    return f"{account.display_name} <{account.email}>" if account.display_name else account.email


class HeaderFields(QWidget):
    """From (read-only for a reply, a choice of accounts for a new message), To, Cc, Subject, and
    the option to send in ISO-2022-JP for customers whose mail program is old.

    Signals:
        edited(): the user changed a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_label = QLabel()
        self.from_label.setObjectName("composeFrom")
        self.from_label.setTextFormat(Qt.TextFormat.PlainText)
        self.from_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.from_box = QComboBox()
        self.from_box.setObjectName("composeFromChoice")
        self.to = QLineEdit()
        self.to.setObjectName("composeTo")
        self.to.setPlaceholderText(self.tr("Addresses, separated by commas"))
        self.cc = QLineEdit()
        self.cc.setObjectName("composeCc")
        self.subject = QLineEdit()
        self.subject.setObjectName("composeSubject")
        self.iso_2022_jp = QCheckBox(self.tr("Send as ISO-2022-JP (for old mail programs)"))
        self.iso_2022_jp.setObjectName("composeCharset")
        self.iso_2022_jp.setToolTip(self.tr(
            "Some older Japanese mail programs show UTF-8 mail garbled. ISO-2022-JP cannot carry every"
            " character (emoji, circled numbers): sending then stops and names them."))
        sender = QHBoxLayout()
        sender.setContentsMargins(0, 0, 0, 0)
        sender.addWidget(self.from_label, 1)
        sender.addWidget(self.from_box, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("From:"), sender)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Cc:"), self.cc)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow("", self.iso_2022_jp)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for field in (self.to, self.cc, self.subject):
            field.textEdited.connect(self._on_field_edited)
        self.from_box.activated.connect(self._on_field_edited)
        self.iso_2022_jp.toggled.connect(self._on_field_edited)

    def set_draft(self, draft: DraftData, accounts: Sequence[AccountInfo]) -> None:
        """Show `draft`; a new message may choose among `accounts`, any other keeps its own."""
        own = next((a for a in accounts if a.id == draft.account_id), None)
        choosable = draft.kind == "new" and len(accounts) > 1
        self.from_box.clear()
        for account in accounts:
            self.from_box.addItem(account_text(account), account.id)
        self.from_box.setCurrentIndex(max(self.from_box.findData(draft.account_id), 0))
        self.from_label.setText(account_text(own) if own is not None else "")
        self.from_box.setVisible(choosable)
        self.from_label.setVisible(not choosable)
        self.to.setText(join_addresses(draft.to))
        self.cc.setText(join_addresses(draft.cc))
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)
        self.iso_2022_jp.blockSignals(True)
        self.iso_2022_jp.setChecked(draft.charset == ISO_2022_JP)
        self.iso_2022_jp.blockSignals(False)

    def account_id(self, fallback: int) -> int:
        if not self.from_box.isHidden():  # a new message: the chosen account
            data = self.from_box.currentData()
            if data is not None:
                return int(data)
        return fallback

    def recipients(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return split_addresses(self.to.text()), split_addresses(self.cc.text())

    def charset(self) -> str:
        return ISO_2022_JP if self.iso_2022_jp.isChecked() else UTF_8

    @Slot()
    def _on_field_edited(self) -> None:
        self.edited.emit()


class AttachmentsBar(QWidget):
    """The files going with the message: ones the agent added (removable) and, for a forward, the
    original's attachments, which always go along.

    Signals:
        changed(): a file was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Attachments:"))
        self.list = QListWidget()
        self.list.setObjectName("composeAttachments")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * ATTACHMENT_ROWS + 12)
        self.add_button = QPushButton(icon("attachment"), self.tr("Add…"))
        self.add_button.setObjectName("addAttachment")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        for button in (self.add_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        # With nothing attached only Add… shows, at the left rather than stretched across.
        layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._forwarded: tuple[AttachmentInfo, ...] = ()
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)

    def set_files(self, paths: Sequence[str], forwarded: Sequence[AttachmentInfo] = ()) -> None:
        self.list.clear()
        self._forwarded = tuple(forwarded)
        for info in self._forwarded:
            item = QListWidgetItem(f"{info.filename} ({formatting.file_size(info.size)})")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setToolTip(self.tr("From the forwarded message: it is sent along"))
            self.list.addItem(item)
        for path in paths:
            self._add_item(path)
        self._update()

    def add_files(self, paths: Sequence[str]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                self._add_item(path)
                known.add(path)
        self._update()
        self.changed.emit()

    def paths(self) -> tuple[str, ...]:
        """The files the agent added (not the forwarded ones)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(str(item.data(PATH_ROLE)) for item in items if item.data(PATH_ROLE))

    def has_any(self) -> bool:
        """Something goes with the message: an added file or a forwarded attachment."""
        return bool(self._forwarded or self.paths())

    def choose_files(self) -> None:
        """Ask for files to attach (the system's file dialog)."""
        paths, _filter = QFileDialog.getOpenFileNames(self.window(), self.tr("Attach Files"))
        if paths:
            self.add_files(paths)

    def _add_item(self, path: str) -> None:
        file = Path(path)
        try:
            size = formatting.file_size(file.stat().st_size)
        except OSError:
            size = self.tr("missing")
        item = QListWidgetItem(f"{file.name} ({size})")
        item.setData(PATH_ROLE, path)
        item.setToolTip(path)
        self.list.addItem(item)

    def _update(self) -> None:
        self.list.setVisible(self.list.count() > 0)
        self.title.setVisible(self.list.count() > 0)
        self.remove_button.setVisible(self.list.count() > 0)
        self.remove_button.setEnabled(any(i.data(PATH_ROLE) for i in self.list.selectedItems()))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.choose_files()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        for item in self.list.selectedItems():
            if item.data(PATH_ROLE):
                self.list.takeItem(self.list.row(item))
        self._update()
        self.changed.emit()

    @Slot()
    def _on_list_item_selection_changed(self) -> None:
        self._update()
