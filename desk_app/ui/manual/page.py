"""The Manual page: the shop's claim-handling manual in the interface's language — table of
contents, the section, back and forward, zoom, print and PDF, and search with the hits marked.

The owner's folder (Settings → Manual) is watched: a file added, changed or removed there shows
at once; a file that cannot be loaded is listed with its error, and the rest works as usual.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desk_app.services.context import Services
from desk_app.services.manual import ManualHit
from desk_app.ui.compose.context import ui_language
from desk_app.ui.compose.notice_bar import NoticeBar
from desk_app.ui.manual.actions import ManualActions
from desk_app.ui.manual.contents import ManualContents, load_contents
from desk_app.ui.manual.error_text import error_page, missing_page
from desk_app.ui.manual.folder_watch import FolderWatch
from desk_app.ui.manual.history import History
from desk_app.ui.manual.printing import PrintCommands
from desk_app.ui.manual.side_pane import SidePane
from desk_app.ui.manual.toc import FILE_PREFIX, error_key
from desk_app.ui.manual.viewer import ManualViewer
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.list_page import PageHeading


class ManualPage(QWidget):
    """The manual, read in the background; everything else happens on screen.

    Signals:
        manual_loaded(): the sections (and failed files) were read and listed.
    """

    manual_loaded = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._lang = ui_language()
        self._contents = ManualContents((), ())
        self._loaded_once = False
        self._wanted: str | None = None  # a place asked for before the manual was read
        self._hits: dict[str, ManualHit] = {}
        self.history = History()
        self.heading = PageHeading(self.tr("Claim-handling manual"))
        self.side = SidePane()
        self.viewer = ManualViewer()
        self.actions = ManualActions(self)
        self.printing = PrintCommands(self.viewer.printable, self._current_title, self)
        self.notice = NoticeBar("error")
        self.notice.setObjectName("manualNotice")
        self.message = QLabel()
        self.message.setObjectName("manualMessage")
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.watch = FolderWatch(self)
        self._lay_out()
        self._connect_signals()
        self._update_actions()

    def _lay_out(self) -> None:
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 12, 12)
        reading_layout.setSpacing(4)
        tools = QHBoxLayout()
        tools.addWidget(self.actions.tool_bar())
        tools.addStretch(1)
        tools.addWidget(self.message)
        reading_layout.addLayout(tools)
        reading_layout.addWidget(self.notice)
        reading_layout.addWidget(self.viewer, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("manualSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 830])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.side.toc.place_chosen.connect(self.show_place)
        self.side.results.hit_chosen.connect(self._on_results_hit_chosen)
        self.side.query_changed.connect(self._on_side_query_changed)
        self.viewer.section_link_clicked.connect(self.show_place)
        self.actions.back.triggered.connect(self.go_back)
        self.actions.forward.triggered.connect(self.go_forward)
        self.actions.zoom_in.triggered.connect(self._on_zoom_in_triggered)
        self.actions.zoom_out.triggered.connect(self._on_zoom_out_triggered)
        self.actions.zoom_reset.triggered.connect(self._on_zoom_reset_triggered)
        self.actions.print.triggered.connect(self.printing.print_document)
        self.actions.save_pdf.triggered.connect(self.printing.ask_pdf_file)
        self.actions.find.triggered.connect(self.side.focus_search)
        self.printing.pdf_saved.connect(self._on_printing_pdf_saved)
        self.printing.pdf_failed.connect(self._on_printing_pdf_failed)
        self.watch.changed.connect(self.reload)

    # -- public API ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the manual again in the background (the owner's folder may have changed)."""
        manual, lang = self._services.manual, self._lang
        self._runner.run(lambda: load_contents(manual, lang), self._loaded, self._load_failed, owner=self)

    def state_parts(self) -> dict[str, object]:
        return {"manual/splitter": self.splitter}

    def current_place(self) -> str | None:
        return self.history.current()

    def show_section(self, section_id: str) -> None:
        """Show a section (once the manual is read, if it is not yet)."""
        if self._loaded_once:
            self.show_place(section_id)
        else:
            self._wanted = section_id

    @Slot(str)
    def show_place(self, place: str) -> None:
        """Show a section or a failed file, and remember it for Back."""
        self._render(place)
        self.history.visit(place)
        self._update_actions()

    @Slot()
    def go_back(self) -> None:
        place = self.history.back()
        if place is not None:
            self._render(place)
        self._update_actions()

    @Slot()
    def go_forward(self) -> None:
        place = self.history.forward()
        if place is not None:
            self._render(place)
        self._update_actions()

    def search(self, query: str) -> None:
        """Search now for `query`, as typing it in the search box does."""
        self.side.search.setText(query)
        self._on_side_query_changed(self.side.query())

    # -- helpers ------------------------------------------------------------------------------

    def _known(self, place: str) -> bool:
        return self._contents.section(place) is not None or any(error_key(e) == place for e in self._contents.errors)

    def _render(self, place: str) -> None:
        section = self._contents.section(place)
        error = next((e for e in self._contents.errors if error_key(e) == place), None)
        if section is not None:
            self.viewer.show_markdown(section.markdown)
            hit = self._hits.get(place)
            if hit is not None:
                self.viewer.mark(self._matched_words(hit))
        elif error is not None:
            self.viewer.show_html(error_page(error))
        else:
            self.viewer.show_html(missing_page(place))
        self.side.toc.select_place(place)

    def _matched_words(self, hit: ManualHit) -> set[str]:
        """The text the search matched, as written in the section (its width and case)."""
        section = self._contents.section(hit.id)
        words = {hit.title[start:end] for start, end in hit.title_matches}
        if section is not None:
            words |= {section.markdown[start:end] for start, end in hit.body_matches}
        return words

    def _current_title(self) -> str:
        section = self._contents.section(self.history.current() or "")
        return section.title if section is not None else self.tr("Manual")

    def _update_actions(self) -> None:
        self.actions.back.setEnabled(self.history.can_go_back())
        self.actions.forward.setEnabled(self.history.can_go_forward())
        shows_section = self._contents.section(self.history.current() or "") is not None
        self.actions.print.setEnabled(shows_section)
        self.actions.save_pdf.setEnabled(shows_section)
        self.actions.zoom_reset.setText(f"{self.viewer.zoom_percent()}%")

    def _loaded(self, contents: ManualContents) -> None:
        self._contents = contents
        self._loaded_once = True
        self.watch.watch(contents.watched)
        self.side.toc.set_contents(contents.sections, contents.errors)
        note = self.tr("%n section(s)", "", len(contents.sections))
        if contents.errors:
            note += " · " + self.tr("%n file(s) could not be loaded", "", len(contents.errors))
        self.heading.set_note(note)
        wanted, self._wanted = self._wanted, None
        current = wanted or self.history.current()
        if current is not None and current.startswith(FILE_PREFIX) and not self._known(current):
            stem = Path(current.removeprefix(FILE_PREFIX)).stem  # the file was corrected: its section
            current = stem if contents.section(stem) is not None else None
        if current is None and contents.sections:
            current = contents.sections[0].id
        if current is not None:
            same_place, scrolled = current == self.history.current(), self.viewer.verticalScrollBar().value()
            self.show_place(current)
            if same_place:  # read again (the owner saved a file): stay where the reader was
                self.viewer.verticalScrollBar().setValue(scrolled)
        if self.side.query():
            self._on_side_query_changed(self.side.query())
        self.manual_loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.notice.show_text(self.tr("The manual could not be read: {error}").format(error=error))

    # -- slots --------------------------------------------------------------------------------

    @Slot(str)
    def _on_side_query_changed(self, query: str) -> None:
        if not query:
            self._hits = {}
            self.viewer.setExtraSelections([])  # the search ended: no more marks
            return
        manual, lang = self._services.manual, self._lang
        self._runner.run(lambda: manual.search(query, lang), lambda hits: self._searched(query, hits),
                         owner=self)

    def _searched(self, query: str, hits: list[ManualHit]) -> None:
        if query != self.side.query():
            return  # typing went on: a newer search follows
        self._hits = {hit.id: hit for hit in hits}
        self.side.show_hits(query, hits)
        current = self.history.current()
        if current in self._hits:
            self._render(current)  # mark the words in the section already shown

    @Slot(object)
    def _on_results_hit_chosen(self, hit: ManualHit) -> None:
        self.show_place(hit.id)

    @Slot()
    def _on_zoom_in_triggered(self) -> None:
        self.viewer.zoom_by(1)
        self._update_actions()

    @Slot()
    def _on_zoom_out_triggered(self) -> None:
        self.viewer.zoom_by(-1)
        self._update_actions()

    @Slot()
    def _on_zoom_reset_triggered(self) -> None:
        self.viewer.reset_zoom()
        self._update_actions()

    @Slot(str)
    def _on_printing_pdf_saved(self, path: str) -> None:
        self.notice.clear()
        self.message.setText(self.tr("Saved {file}").format(file=Path(path).name))
        self.message.setToolTip(path)

    @Slot(str)
    def _on_printing_pdf_failed(self, path: str) -> None:
        self.message.clear()
        self.notice.show_text(self.tr("The PDF could not be written to {path}.").format(path=path))
