"""Saving what a Sales section shows: its chart as PNG or SVG, its table as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.core.statement_csv import Cell, safe_cell
from desk_app.ui.runner import Runner
from desk_app.ui.sales.sales_reads import SectionQuery
from desk_app.ui.sales.sales_texts import chart_words, section_title


@dataclass(frozen=True)
class ShownSection:
    """A section as on screen: what was read, its data (for the chart) and its table's rows."""

    query: SectionQuery
    data: Any
    table: list[list[Cell]]


def write_csv(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    """`rows` as CSV that Excel opens as UTF-8 (with a BOM), CRLF line ends, and no cell a
    spreadsheet would run as a formula. Written beside and moved in: never left half-written."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([safe_cell(cell) for cell in row] for row in rows)
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(text.getvalue().encode("utf-8-sig"))
    os.replace(partial, path)
    return path


def file_stem(query: SectionQuery) -> str:
    """`sales-top-2026-09-01_2026-11-20`."""
    return re.sub(r"[^\w.-]", "_", f"sales-{query.section.value}-{query.period.start}_{query.period.end}")


def chart_title(query: SectionQuery) -> str:
    """The section and its period, on top of a saved chart."""
    days = f"{query.period.start:%Y/%m/%d} – {query.period.end:%Y/%m/%d}"
    return f"{section_title(query.section)} · {days}"


class SalesExports(QObject):
    """Save PNG…, Save SVG… and Save CSV… for the section shown; the file is written in the
    background and the page hears how it went.

    Signals:
        saved(str): a sentence naming the file written.
        failed(str): a sentence saying why nothing was written.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, runner: Runner, page: QWidget, shown: Callable[[], ShownSection | None]) -> None:
        super().__init__(page)
        self._runner = runner
        self._page = page
        self._shown = shown

    def _filters(self) -> dict[str, str]:
        return {
            "png": self.tr("PNG pictures (*.png)"),
            "svg": self.tr("SVG drawings (*.svg)"),
            "csv": self.tr("CSV for Excel, UTF-8 (*.csv)"),
        }

    def export(self, fmt: str) -> None:
        """Ask where to save the section shown as `fmt` (png, svg or csv), then write it."""
        shown = self._shown()
        if shown is None:
            return
        suggested = Path.home() / f"{file_stem(shown.query)}.{fmt}"
        chosen, _filter = QFileDialog.getSaveFileName(self._page, self.tr("Save {section}").format(
            section=section_title(shown.query.section)), str(suggested), self._filters()[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self._runner.run(self._writer(shown, path, fmt), self._on_written,
                         lambda error: self._on_failed(path, error), owner=self._page)

    @staticmethod
    def _writer(shown: ShownSection, path: Path, fmt: str) -> Callable[[], Path]:
        if fmt == "csv":
            return lambda: write_csv(path, shown.table)
        words, title = chart_words(), chart_title(shown.query)

        def save_chart() -> Path:
            from desk_app.charts.sales_charts import save_sales_chart  # matplotlib, loaded when first needed

            return save_sales_chart(path, shown.query.section.value, shown.data, words, title=title)

        return save_chart

    def _on_written(self, path: Path) -> None:
        self.saved.emit(self.tr("Saved: {path}").format(path=path))

    def _on_failed(self, path: Path, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.failed.emit(self.tr("Could not save {path}: {reason}").format(path=path, reason=reason))
