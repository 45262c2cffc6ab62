"""Merging a duplicate customer into another: choose the one to keep, read what will happen, merge."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.contacts import matches
from desk_app.core.records import ContactInfo, DuplicateMatch, MergeSummary
from desk_app.services.contacts import ContactService
from desk_app.ui.contacts.model import reach
from desk_app.ui.contacts.texts import refusal_text
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #c0392b;"


class MergeDialog(QDialog):
    """Window-modal; opened with `open()`. Lists every other customer (look-alikes first), says
    exactly what merging into the chosen one does, and merges only on the Merge button. Enter in
    the search field or the list never merges: Cancel is the default button.

    Signals:
        merged(object): the MergeSummary of the merge done; the dialog closes right after.
    """

    merged = Signal(object)

    def __init__(self, contacts: ContactService, runner: Runner, merged: ContactInfo,
                 candidates: Sequence[ContactInfo], *, preferred: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge customer"))
        self._contacts = contacts
        self._runner = runner
        self._merged = merged
        self._plan: MergeSummary | None = None
        self._request = 0
        self._candidates = [c for c in candidates if c.id != merged.id]
        self._look_alikes: list[str] = []
        self.intro = QLabel(self.tr("Merge {name} into the customer chosen below: the one to keep.").format(
            name=merged.name))
        self.intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Name, kana, phone or email"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)  # Down moves into the list
        self.targets = QListWidget()
        self.targets.setObjectName("mergeTargets")
        self.explanation = QLabel()
        self.explanation.setObjectName("mergeExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("mergeConfirm")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().lineSpacing() * 30)
        self._connect_signals()
        self._fill("")
        self._select(preferred)
        runner.run(lambda: contacts.duplicates(merged.id), self._look_alikes_found, owner=self)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.targets.currentItemChanged.connect(self._on_targets_current_item_changed)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- public API ---------------------------------------------------------------------------

    def target(self) -> ContactInfo | None:
        item = self.targets.currentItem()
        return item.data(CONTACT_ROLE) if item is not None else None

    def explanation_text(self) -> str:
        return self.explanation.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.targets.count():
            self.targets.setFocus()
            if self.targets.currentRow() < 0:
                self.targets.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- helpers ------------------------------------------------------------------------------

    def _look_alikes_found(self, found: list[DuplicateMatch]) -> None:
        """Put the likely duplicates first, marked, keeping the choice made."""
        self._look_alikes = [match.contact.id for match in found]
        first = {contact_id: rank for rank, contact_id in enumerate(self._look_alikes)}
        self._candidates.sort(key=lambda c: first.get(c.id, len(first)))
        self._fill(self.search.text())

    def _fill(self, typed: str) -> None:
        chosen = self.target()
        self.targets.blockSignals(True)
        self.targets.clear()
        for contact in self._candidates:
            if not matches(contact, typed):
                continue
            text = f"{contact.name}（{contact.kana}）" if contact.kana else contact.name
            if reach(contact):
                text += f"　{reach(contact)}"
            if contact.id in self._look_alikes:
                text += "　" + self.tr("— possible duplicate")
            item = QListWidgetItem(text)
            item.setData(CONTACT_ROLE, contact)
            if contact.unreasonable:
                item.setIcon(icon("warning"))
            self.targets.addItem(item)
        self.targets.blockSignals(False)
        self._select(chosen.id if chosen else "")

    def _select(self, contact_id: str) -> None:
        for row in range(self.targets.count()):
            if self.targets.item(row).data(CONTACT_ROLE).id == contact_id:
                self.targets.setCurrentRow(row)
                return
        self.targets.setCurrentRow(-1)
        self._show_plan(None)

    def _show_plan(self, plan: MergeSummary | None) -> None:
        self._plan = plan
        self.merge_button.setEnabled(plan is not None)
        if plan is None:
            self.explanation.setText(self.tr("Choose the customer to keep."))
            return
        keep, gone = plan.survivor.name, plan.merged.name
        moving = ", ".join((self.tr("%n case(s)", "", plan.cases), self.tr("%n call(s)", "", plan.calls),
                            self.tr("%n work piece(s)", "", plan.work_items)))
        lines = [
            self.tr("{gone} will be merged into {keep}.").format(gone=gone, keep=keep),
            self.tr("{keep} keeps their name and kana and gains %n phone number(s) or address(es) they lack.",
                    "", plan.channels).format(keep=keep),
            self.tr("Moving to {keep}: {records}.").format(keep=keep, records=moving),
            self.tr("The notes are joined; the unreasonable-claimant flag stays if either is flagged."),
            self.tr("{gone} then disappears from the customer list. This cannot be undone.").format(gone=gone),
        ]
        self.explanation.setText("\n".join("• " + line for line in lines))

    # -- slots --------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._fill(text)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_targets_current_item_changed(self, current: QListWidgetItem, _previous: QListWidgetItem) -> None:
        self._request += 1
        self.error.hide()
        if current is None:
            self._show_plan(None)
            return
        request, contacts = self._request, self._contacts
        survivor_id, merged_id = current.data(CONTACT_ROLE).id, self._merged.id
        self.merge_button.setEnabled(False)
        self._runner.run(lambda: contacts.merge_plan(survivor_id, merged_id),
                         lambda plan: self._plan_loaded(request, plan), self._failed, owner=self)

    def _plan_loaded(self, request: int, plan: MergeSummary) -> None:
        if request == self._request:
            self._show_plan(plan)

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        if self._plan is None:
            return
        contacts, survivor_id, merged_id = self._contacts, self._plan.survivor.id, self._plan.merged.id
        self.merge_button.setEnabled(False)
        self._runner.run(lambda: contacts.merge(survivor_id, merged_id), self._merge_done, self._failed, owner=self)

    def _merge_done(self, summary: MergeSummary) -> None:
        self.merged.emit(summary)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(refusal_text(error))
        self.error.show()
        self.merge_button.setEnabled(self._plan is not None)
