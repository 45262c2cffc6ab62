"""The mail accounts in Settings: a list, with Add and Edit opening the account dialog."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import AccountInfo
from desk_app.services.context import Services
from desk_app.services.sync import DEMO_ACCOUNT
from desk_app.ui import formatting
from desk_app.ui.runner import Runner
from desk_app.ui.settings.account_dialog import AccountDialog
from desk_app.ui.settings.server_fields import security_label
from desk_app.ui.sync.error_text import short_reason

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the AccountInfo of a row
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the second, quieter line: server and last sync
LIST_ROWS = 3
PADDING = 6


class AccountItemDelegate(QStyledItemDelegate):
    """Draws an account as two lines: name and address in bold, server and sync state below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.lineSpacing() * 2 + 3 * PADDING
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        line = option.fontMetrics.lineSpacing()
        area = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        painter.save()
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        first = QRect(area.left(), area.top(), area.width(), line)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width()))
        bold.setBold(False)
        painter.setFont(bold)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        second = QRect(area.left(), area.top() + line + PADDING, area.width(), line)
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()


class AccountsPanel(QGroupBox):
    """Lists the accounts (name, address, server, last sync or error); Add and Edit open a dialog.

    Signals:
        accounts_changed(): an account was added or edited (the sync restarts its workers).
    """

    accounts_changed = Signal()

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mail accounts"), parent)
        self._services = services
        self._runner = runner
        self._tz = tz
        self._dialog: AccountDialog | None = None
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("accountList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(AccountItemDelegate(self.list))
        self.list.setFixedHeight((self.fontMetrics().lineSpacing() * 2 + 3 * PADDING) * LIST_ROWS + 4)
        self.empty_note = QLabel(self.tr("No mail account yet. Add one, and its mail will arrive in the Inbox."))
        self.empty_note.setObjectName("noAccountNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)

    # -- public API -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the accounts in the background."""
        self._runner.run(self._services.accounts.list, self._accounts_loaded, owner=self)

    def accounts(self) -> list[AccountInfo]:
        return [self.model.item(row).data(ACCOUNT_ROLE) for row in range(self.model.rowCount())]

    def open_dialog(self, account: AccountInfo | None = None) -> AccountDialog:
        """Open the account dialog (window-modal) to add an account, or to edit `account`."""
        if self._dialog is not None:
            self._dialog.deleteLater()
        names = tuple(a.name for a in self.accounts())
        dialog = AccountDialog(self._services, self._runner, account, names, self.window())
        dialog.account_saved.connect(self._on_dialog_account_saved)
        self._dialog = dialog
        dialog.open()
        return dialog

    def item_text(self, row: int) -> str:
        """Both lines of a row, as a screen reader would read them."""
        item = self.model.item(row)
        return f"{item.text()}\n{item.data(DETAIL_ROLE)}"

    # -- loading ----------------------------------------------------------------------------------

    def _accounts_loaded(self, accounts: list[AccountInfo]) -> None:
        current = self._current_account()
        self.model.clear()
        for account in accounts:
            item = QStandardItem(f"{account.name} — {account.email}")
            item.setData(self._describe(account), DETAIL_ROLE)
            item.setData(account, ACCOUNT_ROLE)
            item.setToolTip(self.tr("User name: {user}").format(user=account.username))
            self.model.appendRow(item)
        self.list.setVisible(bool(accounts))
        self.empty_note.setVisible(not accounts)
        names = [a.name for a in accounts]
        if current is not None and current.name in names:
            self.list.setCurrentIndex(self.model.index(names.index(current.name), 0))
        self._update_buttons()

    def _describe(self, account: AccountInfo) -> str:
        """The second line: the server and how the last sync went."""
        if account.name == DEMO_ACCOUNT:
            return self.tr("Demo data: not synced")
        server = f"{account.imap_host}:{account.imap_port} ({security_label(account.imap_security)})"
        if account.last_error:
            status = self.tr("Last sync failed: {reason}").format(reason=short_reason(account.last_error))
        elif account.last_sync_at is not None:
            status = self.tr("Last synced {time}").format(time=formatting.date_time(account.last_sync_at, self._tz))
        else:
            status = self.tr("Not synced yet")
        return f"{server} · {status}"

    def _current_account(self) -> AccountInfo | None:
        index = self.list.currentIndex()
        return index.data(ACCOUNT_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        account = self._current_account()
        self.edit_button.setEnabled(account is not None and account.name != DEMO_ACCOUNT)

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.open_dialog()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        account = self._current_account()
        if account is not None and account.name != DEMO_ACCOUNT:
            self.open_dialog(account)

    @Slot(QModelIndex)
    def _on_list_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    @Slot(object)
    def _on_dialog_account_saved(self, _account: AccountInfo) -> None:
        self.reload()
        self.accounts_changed.emit()
