"""Running one order import off the GUI thread, with a progress dialog (orders so far) and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk_app.services.order_imports import ImportSummary, OrderImportService
from desk_app.ui.runner import Runner


class ImportRun(QObject):
    """One import of `path` in `fmt` on the runner; `wait()` shows the progress until it ends.

    Cancel asks the service to stop after the batch it is storing (its progress callback returns
    False): what was stored stays, and the summary says the import was cancelled.

    Signals:
        progressed(int): the orders stored so far (emitted on the worker thread, shown on ours).
    """

    progressed = Signal(int)

    def __init__(self, imports: OrderImportService, runner: Runner, path: Path, fmt: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._imports = imports
        self._runner = runner
        self._path = path
        self._fmt = fmt
        self._stop = threading.Event()
        self._loop = QEventLoop(self)
        self._finished = False
        self._summary: ImportSummary | None = None
        self._error: BaseException | None = None
        self.dialog = QProgressDialog(self.tr("Importing {file}…").format(file=path.name), self.tr("Cancel"), 0, 0,
                                      parent)
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle(self.tr("Import Orders"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self.progressed.connect(self._on_self_progressed, Qt.ConnectionType.QueuedConnection)

    def wait(self) -> ImportSummary:
        """Start the import and return its summary once it has ended; raises what stopped it."""
        self.dialog.show()
        self._runner.run(self._work, self._on_done, self._on_failed)
        if not self._finished:
            self._loop.exec()
        self.dialog.close()
        if self._summary is None:
            raise self._error or RuntimeError("the import ended without a result")
        return self._summary

    def _work(self) -> ImportSummary:  # on the worker thread: no widgets here
        return self._imports.import_orders(self._path, self._fmt, progress=self._report)

    def _report(self, orders: int) -> bool:  # on the worker thread
        self.progressed.emit(orders)
        return not self._stop.is_set()

    def _end(self) -> None:
        self._finished = True
        self._loop.quit()

    def _on_done(self, summary: ImportSummary) -> None:
        self._summary = summary
        self._end()

    def _on_failed(self, error: BaseException) -> None:
        self._error = error
        self._end()

    @Slot(int)
    def _on_self_progressed(self, orders: int) -> None:
        if not self._stop.is_set():
            self.dialog.setLabelText(self.tr("Importing {file}… %n order(s) so far.", "", orders).format(
                file=self._path.name))

    @Slot()
    def _on_dialog_canceled(self) -> None:
        self._stop.set()
