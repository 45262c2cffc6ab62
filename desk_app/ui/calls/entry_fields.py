"""The quick entry's choice fields: direction, category, case and the recording's file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desk_app.core.cases import is_open
from desk_app.core.categories import CATEGORY_KEYS
from desk_app.core.records import CaseSummary
from desk_app.ui.labels import call_direction_label, category_label

RECORDING_FILTER = "*.mp3 *.m4a *.wav *.ogg *.aac *.wma *.flac *.amr *.3gp"
NEW_CASE = "+new"  # the case box's "a new case from this call" (never a case id: those are UUIDs)


class DirectionChoice(QWidget):
    """Incoming or outgoing: two radio buttons; arrow keys, or I and O, switch while one has focus.

    Signals:
        direction_changed(str): `in` or `out`.
    """

    direction_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incoming = QRadioButton(call_direction_label("in"))
        self.incoming.setObjectName("callIncoming")
        self.outgoing = QRadioButton(call_direction_label("out"))
        self.outgoing.setObjectName("callOutgoing")
        self.incoming.setToolTip(self.tr("Incoming (I)"))
        self.outgoing.setToolTip(self.tr("Outgoing (O)"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.incoming)
        self._group.addButton(self.outgoing)
        self.incoming.setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.incoming)
        layout.addWidget(self.outgoing)
        layout.addStretch(1)
        for button in (self.incoming, self.outgoing):
            button.installEventFilter(self)
        self.setFocusProxy(self.incoming)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._group.buttonToggled.connect(self._on_group_button_toggled)

    def direction(self) -> str:
        return "out" if self.outgoing.isChecked() else "in"

    def set_direction(self, direction: str) -> None:
        button = self.outgoing if direction == "out" else self.incoming
        button.setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                target = {Qt.Key.Key_I: self.incoming, Qt.Key.Key_O: self.outgoing}.get(Qt.Key(event.key()))
                if target is not None:
                    target.setChecked(True)
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)

    @Slot(QAbstractButton, bool)
    def _on_group_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.direction_changed.emit(self.direction())


class StartTimeEdit(QDateTimeEdit):
    """The call's start (`2026/11/02 10:00`); Tab leaves it instead of stepping through its parts.

    QDateTimeEdit moves Tab from section to section, which would cost the agent five presses to
    get past a field that is right by default; Left/Right still move between the parts.

    Signals: only QDateTimeEdit's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callStarted")
        self.setDisplayFormat("yyyy/MM/dd HH:mm")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)


class CategoryBox(QComboBox):
    """The canonical categories by their translated labels; typing any part of a label finds it.

    Empty means no category. Text that names no category makes `is_valid()` false.

    Signals: only QComboBox's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callCategory")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for key in CATEGORY_KEYS:
            self.addItem(category_label(key), key)
        self.setMaxVisibleItems(14)
        self.lineEdit().setPlaceholderText(self.tr("Type to find a category"))
        finder = QCompleter(self.model(), self)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(finder)

    def category(self) -> str | None:
        """The key of the category named, or None (empty, or text that names none)."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index > 0 else None

    def set_category(self, key: str | None) -> None:
        self.setCurrentIndex(max(self.findData(key), 0) if key else 0)

    def is_valid(self) -> bool:
        return not self.currentText().strip() or self.category() is not None


class CaseBox(QComboBox):
    """No case, a new case made from the call, or one of the open cases: the customer's own first,
    then everyone else's. A case chosen by `choose` (the one a call is logged from) is offered even
    when closed, and stays chosen once the cases have loaded.

    Signals: only QComboBox's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callCase")
        self._cases: list[CaseSummary] = []
        self._contact_id: str | None = None
        self._wanted: str | None = None  # chosen by the program, until the agent picks another
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self._fill()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.activated.connect(self._on_self_activated)

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self._cases = list(cases)
        self._fill()

    def choose(self, case_id: str) -> None:
        """Choose case `case_id` (now, or as soon as the cases have loaded)."""
        self._wanted = case_id
        self._fill()

    def set_contact(self, contact_id: str | None) -> None:
        if contact_id != self._contact_id:
            self._contact_id = contact_id
            self._fill()

    def case_id(self) -> str | None:
        """The existing case chosen (None: no case, or a new one)."""
        chosen = self.currentData()
        return None if chosen == NEW_CASE else chosen

    def wants_new_case(self) -> bool:
        """True when the call is to become a case of its own."""
        return self.currentData() == NEW_CASE

    def _fill(self) -> None:
        chosen = self._wanted or self.currentData()
        offered = [c for c in self._cases if is_open(c.status) or c.id == self._wanted]
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No case"), None)
        self.addItem(self.tr("New case from this call"), NEW_CASE)
        self.setItemData(1, self.tr("Make a case of this call: its category, summary and customer"),
                         Qt.ItemDataRole.ToolTipRole)
        own = [c for c in offered if self._contact_id and c.contact_id == self._contact_id]
        others = [c for c in offered if c not in own]
        for group in (own, others):
            if group:
                self.insertSeparator(self.count())
            for case in group:
                self.addItem(self._case_text(case), case.id)
                self.setItemData(self.count() - 1, case.title, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(self.findData(chosen), 0) if chosen else 0)
        self.blockSignals(False)

    def _case_text(self, case: CaseSummary) -> str:
        parts = [case.title]
        if case.contact_name:
            parts.append(case.contact_name)
        if case.order_number:
            parts.append(case.order_number)
        return " — ".join(parts)

    @Slot(int)
    def _on_self_activated(self, _index: int) -> None:
        self._wanted = None  # the agent's own pick wins from now on


class RecordingField(QWidget):
    """The path of the call's recording (optional): typed, or picked with Browse….

    Signals:
        path_changed(str): the path as it now reads.
    """

    path_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("callRecording")
        self.edit.setPlaceholderText(self.tr("Optional"))
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setObjectName("callRecordingBrowse")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.edit)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.edit.textChanged.connect(self.path_changed)
        self.browse.clicked.connect(self._on_browse_clicked)

    def path(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def is_valid(self) -> bool:
        path = self.path()
        return path is None or Path(path).expanduser().is_file()

    @Slot()
    def _on_browse_clicked(self) -> None:
        start = self.path() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Recording of the call"), start,
            self.tr("Recordings ({patterns});;All files (*)").format(patterns=RECORDING_FILTER),
        )
        if chosen:
            self.edit.setText(chosen)
