"""Saved drafts: a small list to reopen or delete them, and the status-bar hint that some exist."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import DraftData
from desk_app.services.context import Services
from desk_app.ui.compose.questions import ask
from desk_app.ui.runner import Runner

DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_LINK = "open-drafts"


class DraftsDialog(QDialog):
    """Lists the saved drafts (subject, recipients, kind); Open (or Enter, double-click) shows one
    in its compose window, Delete removes it after asking.

    Signals:
        draft_opened(object): the DraftData to show in a compose window.
        drafts_changed(): a draft was deleted here.
    """

    draft_opened = Signal(object)
    drafts_changed = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle(self.tr("Drafts"))
        self._services = services
        self._runner = runner
        self.delete_question: QMessageBox | None = None
        self.list = QListWidget()
        self.list.setObjectName("draftList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty_note = QLabel(self.tr("No drafts. A message you start writing is kept here until it is sent."))
        self.empty_note.setWordWrap(True)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(buttons)
        self.resize(520, 340)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

    def reload(self) -> None:
        """Read the drafts in the background."""
        self._runner.run(self._services.compose.drafts, self._loaded, owner=self)

    def drafts(self) -> list[DraftData]:
        return [self.list.item(row).data(DRAFT_ROLE) for row in range(self.list.count())]

    def _loaded(self, drafts: list[DraftData]) -> None:
        current = self._current()
        self.list.clear()
        kinds = {
            "reply": self.tr("Reply"),
            "reply_all": self.tr("Reply to all"),
            "forward": self.tr("Forward"),
            "new": self.tr("New message"),
        }
        for draft in drafts:
            subject = draft.subject.strip() or self.tr("(no subject)")
            to = ", ".join(draft.to) or self.tr("(no recipient)")
            item = QListWidgetItem(f"{subject}\n{kinds.get(draft.kind, draft.kind)} · {to}")
            item.setData(DRAFT_ROLE, draft)
            self.list.addItem(item)
            if current is not None and draft.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(drafts))
        self.empty_note.setVisible(not drafts)
        self._update_buttons()

    def _current(self) -> DraftData | None:
        item = self.list.currentItem()
        return item.data(DRAFT_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _delete_confirmed(self, draft: DraftData) -> None:
        self.delete_question = None
        compose, draft_id = self._services.compose, draft.id or 0
        self._runner.run(lambda: compose.discard_draft(draft_id), self._deleted, owner=self)

    def _deleted(self, _result: object) -> None:
        self.drafts_changed.emit()
        self.reload()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        draft = self._current()
        if draft is not None:
            self.draft_opened.emit(draft)
            self.accept()

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self._on_open_button_clicked()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        draft = self._current()
        if draft is None:
            return
        self.delete_question = ask(
            self, QMessageBox.Icon.Warning, self.tr("Delete Draft"),
            self.tr("Delete this draft? What it says is lost."), self.tr("Delete"),
            lambda: self._delete_confirmed(draft), destructive=True)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, _current: QListWidgetItem | None,
                                      _previous: QListWidgetItem | None) -> None:
        self._update_buttons()


class DraftsHint(QWidget):
    """`2 drafts — open` in the status bar while saved drafts wait; hidden when there are none.

    Signals:
        open_requested(): the link was clicked.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsHint")
        line = QFrame()  # as the status bar's other fields are set apart
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setContentsMargins(8, 0, 8, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line)
        layout.addWidget(self.label)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.label.linkActivated.connect(self._on_label_link_activated)

    def set_count(self, count: int) -> None:
        if count <= 0:
            self.hide()
            return
        drafts = self.tr("%n draft(s)", "", count)
        link = self.tr("open")
        self.label.setText(f'{drafts} — <a href="{OPEN_LINK}">{link}</a>')
        self.label.setToolTip(self.tr("Messages you started and did not send; they are kept until sent or deleted"))
        self.show()

    def text(self) -> str:
        return self.label.text()

    @Slot(str)
    def _on_label_link_activated(self, _href: str) -> None:
        self.open_requested.emit()
