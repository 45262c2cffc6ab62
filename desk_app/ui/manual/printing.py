"""Printing the section shown, or saving it as a PDF file (QtPrintSupport), through dialogs that
do not block the window."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def pdf_file_name(title: str) -> str:
    """A file name for a section's PDF: its title, without characters file systems refuse."""
    name = _UNSAFE.sub("_", title).strip(" ._") or "manual"
    return f"{name}.pdf"


def write_pdf(document: QTextDocument, path: Path) -> bool:
    """Lay `document` out on A4 pages into a PDF at `path`; False when nothing could be written."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(path))
    document.print_(printer)
    return path.is_file() and path.stat().st_size > 0


class PrintCommands(QObject):
    """Print… and Save as PDF… for whatever `document()` returns at the time.

    Signals:
        pdf_saved(str): the path of a PDF just written.
        pdf_failed(str): the path of a PDF that could not be written.
    """

    pdf_saved = Signal(str)
    pdf_failed = Signal(str)

    def __init__(self, document: Callable[[], QTextDocument], title: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._title = title
        self._parent = parent
        self._printer: QPrinter | None = None
        self.dialog: QDialog | None = None

    def print_document(self) -> None:
        """Ask for a printer and its settings, then print."""
        self._printer = self._printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self._parent)
        dialog.setWindowTitle(self.tr("Print section"))
        # finished, not accepted: QPrintDialog overloads accepted with accepted(QPrinter*).
        dialog.finished.connect(self._on_print_dialog_finished)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def ask_pdf_file(self) -> None:
        """Ask where to save the PDF (the documents folder, the section's title as the name)."""
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        dialog = QFileDialog(self._parent, self.tr("Save section as PDF"), str(folder / pdf_file_name(self._title())),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self._on_pdf_dialog_file_selected)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> bool:
        """Write the section to `path` as a PDF now."""
        written = write_pdf(self._document(), path)
        (self.pdf_saved if written else self.pdf_failed).emit(str(path))
        return written

    @Slot(int)
    def _on_print_dialog_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value and self._printer is not None:
            self._document().print_(self._printer)

    @Slot(str)
    def _on_pdf_dialog_file_selected(self, path: str) -> None:
        self.save_pdf(Path(path))
