"""The manual beside a case: the section for its category (a flagged unreasonable claimant's
section first), its checklist ticked for this case and saved with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.core.errors import DeskAppError
from desk_app.core.records import CaseDetail
from desk_app.services.cases import CaseService
from desk_app.services.manual import UNREASONABLE_CLAIMANT, ManualService, Section
from desk_app.ui.cases.checklist_browser import ChecklistBrowser
from desk_app.ui.runner import Runner

ERROR_STYLE = "color: #c0392b;"


@dataclass(frozen=True)
class OpenSteps:
    """The steps of one section's checklist not yet ticked on the case."""

    title: str
    steps: tuple[str, ...]


def case_sections(manual: ManualService, case: CaseDetail, lang: str) -> tuple[Section, ...]:
    """The sections for a case, in the order shown: the unreasonable-claimant section when its
    customer is flagged, then the one for its category (call it through the runner)."""
    keys = ([UNREASONABLE_CLAIMANT] if case.contact_unreasonable else []) + [case.category]
    found = (manual.for_category(key, lang) for key in keys if key)
    return tuple({s.id: s for s in found if s is not None}.values())


class CaseManualPanel(QWidget):
    """One of the case's sections at a time (a choice when there are two), with its checklist.

    A tick is saved at once through `CaseService.set_checklist`; saves of one panel run one after
    the other, so a quick series of clicks lands in the order made.

    Signals:
        manual_open_requested(str): the id of a section to show in the Manual page.
        progress_changed(int, int): steps ticked and steps in all, of the section shown.
    """

    manual_open_requested = Signal(str)
    progress_changed = Signal(int, int)

    def __init__(self, cases: CaseService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._runner = runner
        self._case_id: str | None = None
        self._sections: tuple[Section, ...] = ()
        self._ticked: dict[str, set[int]] = {}
        # (case, section) → the newest ticks not yet known to be stored; the write under way.
        self._pending: dict[tuple[str, str], list[bool]] = {}
        self._writing: tuple[tuple[str, str], list[bool]] | None = None
        self.chooser = QComboBox()
        self.chooser.setObjectName("caseManualChooser")
        self.chooser.setToolTip(self.tr("The sections of the manual for this case"))
        # The detail puts the button where it fits (beside the tabs).
        self.open_button = QPushButton(self.tr("Open in Manual"))
        self.open_button.setObjectName("caseManualOpen")
        self.open_button.setToolTip(self.tr("Read this section in the Manual page"))
        self.text = ChecklistBrowser()
        self.text.setToolTip(self.tr("Click a step to tick it for this case"))
        self.none = QLabel(self.tr("The manual has no section for this case's category. Choose the category"
                                   " above, or look it up in the Manual page."))
        self.none.setObjectName("caseManualNone")
        self.none.setWordWrap(True)
        self.none.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.none.hide()
        self.chooser.hide()  # shown for two sections; hidden, it adds nothing to the detail's height
        self.error = QLabel()
        self.error.setObjectName("caseManualError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.error)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.none, 1)

    def _connect_signals(self) -> None:
        self.chooser.activated.connect(self._on_chooser_activated)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.text.section_link_clicked.connect(self.manual_open_requested)
        self.text.step_toggled.connect(self._on_text_step_toggled)

    # -- public API ---------------------------------------------------------------------------

    def set_case(self, case: CaseDetail, sections: Sequence[Section]) -> None:
        """Show the first of `sections` with the case's ticks (the case's stored checklist); the
        same case read again (after an edit) keeps its section and where it was scrolled to."""
        same_case = case.id == self._case_id
        shown = self.section_id() if same_case else None
        scrolled = self.text.verticalScrollBar().value()
        self._case_id = case.id
        self._sections = tuple(sections)
        stored = {section: set(steps) for section, steps in case.checklist.items()}
        # Ticks of this case still being written are newer than what was read.
        stored.update({section: {i for i, tick in enumerate(ticks) if tick}
                       for (case_id, section), ticks in self._pending.items() if case_id == case.id})
        self._ticked = stored
        self.chooser.clear()
        for section in self._sections:
            self.chooser.addItem(section.title, section.id)
        index = next((i for i, s in enumerate(self._sections) if s.id == shown), 0)
        self.chooser.setCurrentIndex(index)
        self.error.hide()
        self._show_current()
        if shown is not None and shown == self.section_id():
            self.text.verticalScrollBar().setValue(scrolled)

    def section_id(self) -> str | None:
        section = self._current()
        return section.id if section else None

    def ticks(self) -> list[bool]:
        return self.text.ticks()

    def open_steps(self) -> list[OpenSteps]:
        """For each section shown for the case, the steps not ticked (sections all done left out)."""
        result = []
        for section in self._sections:
            ticked = self._ticked.get(section.id, set())
            steps = tuple(step for i, step in enumerate(section.checklist) if i not in ticked)
            if steps:
                result.append(OpenSteps(section.title, steps))
        return result

    # -- helpers ------------------------------------------------------------------------------

    def _current(self) -> Section | None:
        index = self.chooser.currentIndex()
        return self._sections[index] if 0 <= index < len(self._sections) else None

    def _show_current(self) -> None:
        section = self._current()
        self.chooser.setVisible(len(self._sections) > 1)
        self.text.setVisible(section is not None)
        self.open_button.setEnabled(section is not None)
        self.none.setVisible(section is None)
        if section is None:
            self.progress_changed.emit(0, 0)
            return
        self.text.show_section(section.markdown, self._ticked.get(section.id, set()))
        self._show_progress(section)

    def _show_progress(self, section: Section) -> None:
        done = len(self._ticked.get(section.id, set()) & set(range(len(section.checklist))))
        self.progress_changed.emit(done, len(section.checklist))

    def _save_next(self) -> None:
        if self._writing is not None or not self._pending:
            return
        (case_id, section_id), ticks = self._writing = next(iter(self._pending.items()))
        cases = self._cases
        self._runner.run(lambda: cases.set_checklist(case_id, section_id, ticks), self._saved, self._save_failed,
                         owner=self)

    def _written(self) -> None:
        if self._writing is not None:
            key, ticks = self._writing
            self._writing = None
            if self._pending.get(key) == ticks:  # not ticked again meanwhile
                del self._pending[key]

    def _saved(self, _ticked: object) -> None:
        self._written()
        self._save_next()

    def _save_failed(self, error: BaseException) -> None:
        self._written()
        detail = error.detail if isinstance(error, DeskAppError) else str(error)
        self.error.setText(self.tr("The tick was not saved: {detail}").format(detail=detail))
        self.error.show()
        self._save_next()

    # -- slots --------------------------------------------------------------------------------

    @Slot(int)
    def _on_chooser_activated(self, _index: int) -> None:
        self._show_current()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        section_id = self.section_id()
        if section_id is not None:
            self.manual_open_requested.emit(section_id)

    @Slot(int, bool)
    def _on_text_step_toggled(self, _index: int, _ticked: bool) -> None:
        section = self._current()
        if section is None or self._case_id is None:
            return
        ticks = self.text.ticks()[: len(section.checklist)]
        self._ticked[section.id] = {i for i, tick in enumerate(ticks) if tick}
        self._pending[(self._case_id, section.id)] = ticks
        self._show_progress(section)
        self._save_next()
