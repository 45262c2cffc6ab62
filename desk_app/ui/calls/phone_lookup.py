"""The phone field of the quick entry: finds the customer as the number (or a name) is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.core.phones import normalize_phone
from desk_app.core.records import ContactInfo
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner

LOOKUP_DEBOUNCE_MS = 150
VISIBLE_ROWS = 6
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


def number_for(contact: ContactInfo, typed: str) -> str:
    """The customer's number that the typed digits start (the first one when none does)."""
    digits = normalize_phone(typed)
    for phone in contact.phones:
        if digits and normalize_phone(phone).startswith(digits):
            return phone
    return contact.phones[0] if contact.phones else typed.strip()


def exact_match(contacts: list[ContactInfo], typed: str) -> ContactInfo | None:
    """The customer whose number is exactly the typed one, in any written form."""
    digits = normalize_phone(typed)
    if not digits:
        return None
    for contact in contacts:
        if any(normalize_phone(phone) == digits for phone in contact.phones):
            return contact
    return None


class PhoneLookupField(QWidget):
    """A line edit for the number; matching customers appear in a list that drops over the form.

    The lookup runs in the background a short pause after each keystroke. Down/Up move through the
    matches, Enter takes one (filling in its number), Esc closes the list; the focus stays in the
    field throughout, so the agent never leaves the keyboard. A number typed in full that belongs
    to a customer finds them without a pick; any other number is a new caller.

    Signals:
        contact_changed(object): the customer the number now belongs to (ContactInfo), or None.
        matches_found(int): a lookup answered; how many customers it listed (0: none, or a match).
    """

    contact_changed = Signal(object)
    matches_found = Signal(int)

    def __init__(self, lookup: Callable[[str], list[ContactInfo]], runner: Runner,
                 parent: QWidget | None = None, *, debounce_ms: int = LOOKUP_DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._runner = runner
        self._contact: ContactInfo | None = None
        self._generation = 0  # a slow lookup overtaken by newer typing must not show its matches
        self.edit = QLineEdit()
        self.edit.setObjectName("callPhone")
        self.edit.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("callPhoneMatches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the field
        self.matches.setFrameShape(QFrame.Shape.StyledPanel)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.matches.setUniformItemSizes(True)
        self.matches.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.matches.itemClicked.connect(self._on_matches_item_clicked)

    # -- public API ---------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def contact(self) -> ContactInfo | None:
        return self._contact

    def matches_shown(self) -> bool:
        return self.matches.isVisible()

    def choose(self, contact: ContactInfo) -> None:
        """Take `contact`: its number (the one typed, if several) goes into the field."""
        self.edit.setText(number_for(contact, self.edit.text()))
        self._hide_matches()
        self._set_contact(contact)

    # -- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            return self._edit_key(event)  # type: ignore[arg-type]
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self._hide_matches()
        return super().eventFilter(watched, event)

    def _edit_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
            if not self.matches.isVisible():
                self._show_matches()
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
            self.matches.setCurrentRow(row)
            return True
        if not self.matches.isVisible():
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.matches.currentItem() is not None:
            self.choose(self.matches.currentItem().data(CONTACT_ROLE))
            return True
        if key == Qt.Key.Key_Escape:
            self._hide_matches()
            return True
        return False

    # -- lookup -------------------------------------------------------------------------------

    @Slot(str)
    def _on_edit_text_edited(self, text: str) -> None:
        self._generation += 1
        # Until the lookup answers, the customer holds only while the number is still theirs.
        self._set_contact(exact_match([self._contact], text) if self._contact else None)
        if not text.strip():
            self._debounce.stop()
            self._show_results([], "")
            return
        self._debounce.start()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        typed = self.edit.text()
        generation = self._generation
        lookup = self._lookup
        self._runner.run(
            lambda: lookup(typed),
            lambda found: self._lookup_done(generation, typed, found),
            owner=self,
        )

    @Slot(QListWidgetItem)
    def _on_matches_item_clicked(self, item: QListWidgetItem) -> None:
        self.choose(item.data(CONTACT_ROLE))

    def _lookup_done(self, generation: int, typed: str, found: list[ContactInfo]) -> None:
        if generation == self._generation:
            self._show_results(found, typed)

    def _show_results(self, found: list[ContactInfo], typed: str) -> None:
        self.matches.clear()
        # The call finds its customer by number: one without a number on file cannot be taken.
        found = [contact for contact in found if contact.phones]
        for contact in found:
            item = QListWidgetItem(self._match_text(contact, typed))
            item.setData(CONTACT_ROLE, contact)
            if contact.unreasonable:
                item.setIcon(icon("warning"))
                item.setToolTip(self.tr("Flagged customer"))
            self.matches.addItem(item)
        exact = exact_match(found, typed)
        self._set_contact(exact)
        if found and exact is None:
            self._show_matches()
            self.matches_found.emit(len(found))
        else:
            self._hide_matches()
            self.matches_found.emit(0)

    @staticmethod
    def _match_text(contact: ContactInfo, typed: str) -> str:
        name = f"{contact.name}（{contact.kana}）" if contact.kana else contact.name
        number = number_for(contact, typed)
        return f"{name}　{number}" if number else name

    def _set_contact(self, contact: ContactInfo | None) -> None:
        changed = (contact.id if contact else None) != (self._contact.id if self._contact else None)
        self._contact = contact
        if changed:
            self.contact_changed.emit(contact)

    def _show_matches(self) -> None:
        window = self.window()
        if self.matches.parent() is not window:
            self.matches.setParent(window)  # over the form below, not squeezed into the layout
        rows = min(self.matches.count(), VISIBLE_ROWS)
        height = rows * max(self.matches.sizeHintForRow(0), 1) + 2 * self.matches.frameWidth() + 2
        origin = self.edit.mapTo(window, QPoint(0, self.edit.height()))
        wanted = self.matches.sizeHintForColumn(0) + 2 * self.matches.frameWidth() + 24  # + scroll bar
        width = max(self.edit.width(), min(wanted, window.width() - origin.x() - 8))
        self.matches.setGeometry(origin.x(), origin.y(), width, height)
        self.matches.show()
        self.matches.raise_()

    def _hide_matches(self) -> None:
        self.matches.hide()
        self.matches.setCurrentRow(-1)
