"""The whole "Import Orders…" flow of the Sales page: file, format (or a new column mapping),
the import with progress and Cancel, then what it did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desk_app.core.errors import DeskAppError
from desk_app.services.context import Services
from desk_app.ui.runner import Runner, ThreadRunner
from desk_app.ui.sales.import_format_dialog import NEW_MAPPING, ImportFormatDialog
from desk_app.ui.sales.import_progress import ImportRun
from desk_app.ui.sales.import_result_dialog import ImportResultDialog
from desk_app.ui.sales.import_texts import error_text
from desk_app.ui.sales.mapping_dialog import MappingDialog

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def _choose_file(parent: QWidget) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("order_import", "Import Orders"), str(Path.home()),
        translate("order_import", "Order exports (*.csv *.txt);;All files (*)"))
    return Path(chosen) if chosen else None


def _choose_format(parent: QWidget, services: Services, path: Path) -> str | None:
    """The format to read `path` in, after making a new column mapping if asked; None: cancelled."""
    imports = services.order_imports
    while True:
        dialog = ImportFormatDialog(path, imports.formats(), imports.detect(path), parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted:
            return None
        if chosen != NEW_MAPPING:
            return chosen
        mapping = MappingDialog(imports.preview(path), imports, parent)
        mapping.exec()
        mapping.deleteLater()
        if mapping.saved is not None:
            return mapping.saved.name
        # Cancelled mapping: back to the choice of format.


def _show_error(parent: QWidget, error: BaseException) -> None:
    QMessageBox.warning(parent, translate("order_import", "Import Orders"), error_text(error))


def run_import(parent: QWidget, services: Services, *, runner: Runner | None = None) -> bool:
    """Ask for an export file and its format, import it on a worker thread with progress and Cancel,
    and show what was imported and skipped. True when any order was imported (or updated).

    `runner` runs the import (the app's, so that closing the window waits for it); without one the
    flow uses a runner of its own for this import.
    """
    path = _choose_file(parent)
    if path is None:
        return False
    try:
        fmt = _choose_format(parent, services, path)
    except DeskAppError as exc:  # the file vanished or cannot be read
        _show_error(parent, exc)
        return False
    if fmt is None:
        return False
    own_runner = ThreadRunner(parent, max_threads=1) if runner is None else None
    run = ImportRun(services.order_imports, runner or own_runner, path, fmt, parent)
    try:
        summary = run.wait()
    except Exception as exc:  # noqa: BLE001 - whatever stopped the import is told; what was stored stays
        _show_error(parent, exc)
        return False
    finally:
        run.deleteLater()
        if own_runner is not None:
            own_runner.deleteLater()
    result = ImportResultDialog(summary, parent)
    result.exec()
    result.deleteLater()
    return summary.orders > 0
