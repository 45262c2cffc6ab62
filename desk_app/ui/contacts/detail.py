"""One customer beside the list: name and kana, numbers and addresses, notes, the unreasonable-
claimant flag with its banner, possible duplicates, and their history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import ContactDetail, ContactTimelineEntry, DuplicateMatch
from desk_app.services.contacts import ContactService
from desk_app.services.context import Services
from desk_app.ui.compose.notice_bar import NoticeBar
from desk_app.ui.contacts.channels import ChannelEditor
from desk_app.ui.contacts.claimant_box import ClaimantBox
from desk_app.ui.contacts.texts import firm_handling_text, reason_text, refusal_text
from desk_app.ui.contacts.timeline import ContactTimeline
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState

ERROR_STYLE = "color: #c0392b;"


@dataclass(frozen=True)
class LoadedContact:
    """A customer, their history and their look-alikes, read together in the background."""

    contact: ContactDetail
    timeline: list[ContactTimelineEntry]
    duplicates: list[DuplicateMatch]


class ContactDetailPanel(QStackedWidget):
    """The customer chosen in the list. Every edit is saved at once: name and kana when the field
    is left (or Enter), notes when the focus leaves them, a number or address when added or
    removed, the flag when a sign is ticked. A field still being typed in keeps its text when the
    stored customer comes back.

    Signals:
        contact_changed(str): the id of a customer changed here (the list should re-read).
        merge_requested(str, str): merge this customer (first id) into another (second id, "" to choose).
        message_open_requested(int): a mail of the history to show in the Inbox.
        case_open_requested(str): a case of the history to show on the Cases page.
        call_open_requested(str): a call of the history to show in the call log.
    """

    contact_changed = Signal(str)
    merge_requested = Signal(str, str)
    message_open_requested = Signal(int)
    case_open_requested = Signal(str)
    call_open_requested = Signal(str)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = services.contacts
        self._runner = runner
        self._contact: ContactDetail | None = None
        self._duplicates: list[DuplicateMatch] = []
        self._request = 0  # only the newest load may land
        self.placeholder = EmptyState(icon("contacts"), self.tr("No customer selected"),
                                      self.tr("Pick a customer in the list to see their details and history."))
        self.banner = NoticeBar("error")
        self.banner.setObjectName("flaggedCustomerBanner")
        self.duplicates_hint = NoticeBar("gap")
        self.duplicates_hint.setObjectName("duplicatesHint")
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name.setFont(font)
        self.kana = QLineEdit()
        self.kana.setObjectName("contactKana")
        self.kana.setPlaceholderText(self.tr("Reading in katakana, e.g. ヤマダ ハナコ"))
        self.channels = ChannelEditor()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("contactNotes")
        self.notes.setPlaceholderText(self.tr("Anything worth knowing next time (saved when you leave the field)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.notes.installEventFilter(self)  # saved on leaving the field, like a line edit
        self.claimant = ClaimantBox()
        self.error = QLabel()
        self.error.setObjectName("contactError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.timeline = ContactTimeline(tz)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.setObjectName("contactMerge")
        self.merge_button.setToolTip(self.tr("This customer is a duplicate: move everything to another one"))
        self.addWidget(self.placeholder)
        self.addWidget(self._lay_out())
        self._connect_signals()

    def _lay_out(self) -> QWidget:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kana"), self.kana)
        form.addRow(self.tr("Phone / email"), self.channels)
        form.addRow(self.tr("Notes"), self.notes)
        history_row = QHBoxLayout()
        history_row.setContentsMargins(0, 0, 0, 0)
        history_row.addWidget(self._bold(QLabel(self.tr("History"))), 1)
        history_row.addWidget(self.merge_button)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(12, 0, 12, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicates_hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.claimant)
        layout.addLayout(history_row)
        layout.addWidget(self.timeline, 1)
        # Scrolls rather than widening the window: the page must fit beside the list.
        scroll = QScrollArea()
        scroll.setObjectName("contactDetailScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(view)
        return scroll

    @staticmethod
    def _bold(label: QLabel) -> QLabel:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _connect_signals(self) -> None:
        self.name.editingFinished.connect(self._on_name_editing_finished)
        self.kana.editingFinished.connect(self._on_kana_editing_finished)
        self.channels.channel_added.connect(self._on_channels_channel_added)
        self.channels.channel_removed.connect(self._on_channels_channel_removed)
        self.claimant.flag_edited.connect(self._on_claimant_flag_edited)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.duplicates_hint.action_clicked.connect(self._on_duplicates_hint_action_clicked)
        self.timeline.message_open_requested.connect(self.message_open_requested)
        self.timeline.case_open_requested.connect(self.case_open_requested)
        self.timeline.call_open_requested.connect(self.call_open_requested)

    # -- public API ---------------------------------------------------------------------------

    def contact_id(self) -> str | None:
        return self._contact.id if self._contact else None

    def contact(self) -> ContactDetail | None:
        return self._contact

    def open_contact(self, contact_id: str) -> None:
        """Read the customer, their history and look-alikes in the background, then show them."""
        contacts = self._contacts
        self._request += 1
        request = self._request

        def load() -> LoadedContact:
            return LoadedContact(contacts.get(contact_id), contacts.timeline(contact_id),
                                 contacts.duplicates(contact_id))

        self._runner.run(load, lambda loaded: self._loaded(request, loaded),
                         lambda error: self._load_failed(request, error), owner=self)

    def clear(self) -> None:
        self._contact = None
        self._duplicates = []
        self.setCurrentIndex(0)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut and self._contact is not None:
            notes = self.notes.toPlainText().strip()
            if notes != self._contact.notes:
                self._save(lambda contacts, contact_id: contacts.update(contact_id, notes=notes))
        return super().eventFilter(watched, event)

    # -- loading and saving -------------------------------------------------------------------

    def _loaded(self, request: int, loaded: LoadedContact) -> None:
        if request != self._request:
            return
        self._show_contact(loaded.contact)
        self._show_duplicates(loaded.duplicates)
        self.timeline.set_entries(loaded.timeline)
        self.setCurrentIndex(1)

    def _load_failed(self, request: int, _error: BaseException) -> None:
        if request == self._request:
            self.clear()

    def _show_contact(self, contact: ContactDetail) -> None:
        """Show the stored customer; a field that differs from what was stored before (being
        edited) keeps its text, unless it is another customer now."""
        before = self._contact if self._contact is not None and self._contact.id == contact.id else None
        for edit, old, new in ((self.name, before and before.name, contact.name),
                               (self.kana, before and before.kana, contact.kana)):
            if before is None or edit.text() == old:
                edit.setText(new)
                edit.setCursorPosition(0)
        if before is None or self.notes.toPlainText().strip() == before.notes:
            self.notes.setPlainText(contact.notes)
        if before is None:
            self._show_error("")
        self._contact = contact
        self.channels.set_contact(contact)
        self.claimant.set_contact(contact, keep_note=before is not None)
        if contact.unreasonable:
            self.banner.show_text(firm_handling_text())
        else:
            self.banner.clear()

    def _show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        self._duplicates = list(matches)
        if not matches:
            self.duplicates_hint.clear()
            return
        first = matches[0]
        text = self.tr("Possibly the same person as {name} ({reasons}).").format(
            name=first.contact.name, reasons=", ".join(reason_text(r) for r in first.reasons))
        if len(matches) > 1:
            text += " " + self.tr("%n more look-alike(s).", "", len(matches) - 1)
        self.duplicates_hint.show_text(text, action=self.tr("Merge…"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _save(self, change: Callable[[ContactService, str], ContactDetail],
              after: Callable[[], None] | None = None) -> None:
        """Run one edit of the shown customer in the background; show the result or the refusal."""
        if self._contact is None:
            return
        contacts, contact_id = self._contacts, self._contact.id
        self._show_error("")

        def done(_detail: ContactDetail) -> None:
            if after is not None:
                after()
            self._changed(contact_id)

        self._runner.run(lambda: change(contacts, contact_id), done, self._save_failed, owner=self)

    def _changed(self, contact_id: str) -> None:
        self.contact_changed.emit(contact_id)
        if contact_id == self.contact_id():
            self.open_contact(contact_id)

    def _save_failed(self, error: BaseException) -> None:
        self._show_error(refusal_text(error))
        if self._contact is not None:
            self._show_contact(self._contact)  # a refused flag goes back to what is stored

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_name_editing_finished(self) -> None:
        name = self.name.text().strip()
        if self._contact is None or name == self._contact.name:
            return
        if not name:
            self.name.setText(self._contact.name)  # a customer always has a name
            self._show_error(refusal_text(DeskAppError(ErrorCode.INVALID_INPUT, "name")))
            return
        self._save(lambda contacts, contact_id: contacts.update(contact_id, name=name))

    @Slot()
    def _on_kana_editing_finished(self) -> None:
        kana = self.kana.text().strip()
        if self._contact is not None and kana != self._contact.kana:
            self._save(lambda contacts, contact_id: contacts.update(contact_id, kana=kana))

    @Slot(str, str)
    def _on_channels_channel_added(self, kind: str, written: str) -> None:
        key = "add_emails" if kind == "email" else "add_phones"
        self._save(lambda contacts, contact_id: contacts.update(contact_id, **{key: [written]}),
                   after=self.channels.clear_field)

    @Slot(str, str)
    def _on_channels_channel_removed(self, kind: str, value: str) -> None:
        key = "remove_emails" if kind == "email" else "remove_phones"
        self._save(lambda contacts, contact_id: contacts.update(contact_id, **{key: [value]}))

    @Slot(list, str)
    def _on_claimant_flag_edited(self, ticked: list[str], note: str) -> None:
        self._save(lambda contacts, contact_id: contacts.set_flag(contact_id, ticked, note))

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        if self._contact is not None:
            self.merge_requested.emit(self._contact.id, "")

    @Slot()
    def _on_duplicates_hint_action_clicked(self) -> None:
        if self._contact is not None and self._duplicates:
            self.merge_requested.emit(self._contact.id, self._duplicates[0].contact.id)

