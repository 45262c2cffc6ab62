"""The statement's files from the page: PDF, CSV, and the bundle the agent sends the owner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QFileDialog

from desk_app.core.statements import ExportedBundle, ImportedBundle
from desk_app.services.statements import bundle_stem
from desk_app.ui import formatting
from desk_app.ui.statements.commands import Commands
from desk_app.ui.statements.texts import csv_labels, status_label


class FileCommands(Commands):
    """Save PDF…, Save CSV… (UTF-8 with a BOM for Excel, or Shift_JIS), Export Bundle… (into a
    folder) and Import Bundle… (a tampered bundle is refused with the service's reason).

    Signals:
        bundle_imported(str, str): the agent and month (`YYYY-MM`) of a bundle just imported.
        (and those of `Commands`)
    """

    bundle_imported = Signal(str, str)

    def _start_dir(self) -> str:
        return str(Path.home())

    def _csv_filters(self) -> dict[str, str]:
        return {
            self.tr("CSV for Excel, UTF-8 (*.csv)"): "utf-8",
            self.tr("CSV, Shift_JIS / cp932 (*.csv)"): "cp932",
        }

    @Slot()
    def save_pdf(self) -> None:
        view = self._shown()
        if view is None:
            return
        suggested = Path(self._start_dir()) / f"{bundle_stem(view.statement.agent, view.month)}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(self._page, self.tr("Save Statement as PDF"), str(suggested),
                                                      self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        language = "ja" if QLocale().language() == QLocale.Language.Japanese else "en"
        statements = self._services.statements
        self._run(lambda: statements.write_pdf(view.month, Path(chosen), view.agent, language=language),
                  lambda path: self.tr("PDF saved: {path}").format(path=path))

    @Slot()
    def save_csv(self) -> None:
        view = self._shown()
        if view is None:
            return
        filters = self._csv_filters()
        suggested = Path(self._start_dir()) / f"{bundle_stem(view.statement.agent, view.month)}.csv"
        chosen, chosen_filter = QFileDialog.getSaveFileName(self._page, self.tr("Save Statement as CSV"),
                                                            str(suggested), ";;".join(filters))
        if not chosen:
            return
        encoding = filters.get(chosen_filter, "utf-8")
        labels = csv_labels()
        statements = self._services.statements
        self._run(lambda: statements.write_csv(view.month, Path(chosen), view.agent, encoding=encoding,
                                               labels=labels),
                  lambda path: self.tr("CSV saved ({encoding}): {path}").format(
                      path=path, encoding="UTF-8" if encoding == "utf-8" else "Shift_JIS"))

    @Slot()
    def export_bundle(self) -> None:
        view = self._shown()
        if view is None:
            return
        folder = QFileDialog.getExistingDirectory(self._page, self.tr("Export the Bundle into Folder"),
                                                  self._start_dir())
        if not folder:
            return
        statements = self._services.statements
        self._run(lambda: statements.export_bundle(view.month, Path(folder), view.agent), self._exported_text)

    def _exported_text(self, bundle: ExportedBundle) -> str:
        text = self.tr("Bundle written: {path}\nSHA-256: {sha256}").format(path=bundle.path, sha256=bundle.sha256)
        if not bundle.pdf:
            return text
        return "\n".join((text, self.tr("With the PDF beside it: {path}").format(path=bundle.pdf),
                          self.tr("Send both files to the owner.")))

    @Slot()
    def import_bundle(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self._page, self.tr("Import a Statement Bundle"),
                                                      self._start_dir(), self.tr("Statement bundles (*.json)"))
        if not chosen:
            return
        statements = self._services.statements
        self._runner.run(lambda: statements.import_bundle(Path(chosen)), self._imported, self._fail, owner=self._page)

    def _imported(self, done: ImportedBundle) -> None:
        text = self.tr("Imported {agent}'s statement for {month} ({status}): {added} piece(s) added, {updated}"
                       " updated, {same} unchanged.").format(
            agent=done.agent, month=done.month.replace("-", "/"), status=status_label(done.status),
            added=done.pieces_added, updated=done.pieces_updated, same=done.pieces_unchanged)
        if not done.totals_match:
            text += " " + self.tr("Note: the agent's total is {theirs}; with the rates on this computer it is"
                                  " {ours}.").format(theirs=formatting.yen(done.bundle_total_yen),
                                                     ours=formatting.yen(done.total_yen))
        self.bundle_imported.emit(done.agent, done.month)
        self._succeed(text)
