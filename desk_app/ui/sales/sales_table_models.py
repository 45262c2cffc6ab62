"""The table beside each Sales chart: one model whose columns depend on the section shown.

Every cell also gives its plain value under EXPORT_ROLE (yen and counts as integers, rates as
fractions, days as ISO dates), which the CSV export writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt

from desk_app.services.sales import analysis
from desk_app.ui import formatting
from desk_app.ui.labels import category_label
from desk_app.ui.sales.sales_texts import Section, percent, translate
from desk_app.ui.widgets.record_model import RecordTableModel

EXPORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Cell = str | int | float


@dataclass(frozen=True)
class Column:
    """A column: its heading, the plain value of a row, how the row reads in it, how it aligns."""

    header: str
    value: Callable[[Any], Cell]
    show: Callable[[Any], str]
    numeric: bool = False
    full_text: bool = False  # the value may be cut short on screen: its tooltip shows it whole
    stretch: bool = False  # takes the table's width left over by the others


@dataclass(frozen=True)
class Measure:
    """A row of the repeat customers' table: what is counted, its value, and how that reads."""

    label: str
    value: Cell
    text: str


def _count(header: str, value: Callable[[Any], int]) -> Column:
    return Column(header, value, lambda row: f"{value(row):,}", numeric=True)


def _yen(header: str, value: Callable[[Any], int]) -> Column:
    return Column(header, value, lambda row: formatting.yen(value(row)), numeric=True)


def _rate(header: str, value: Callable[[Any], float]) -> Column:
    return Column(header, lambda row: round(value(row), 4), lambda row: percent(value(row)), numeric=True)


def _text(header: str, value: Callable[[Any], str], *, stretch: bool = True) -> Column:
    return Column(header, value, value, full_text=True, stretch=stretch)


def _iso_day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _idle_days(mover: analysis.SlowMover) -> str:
    return translate("sales", "never sold") if mover.idle_days is None else f"{mover.idle_days:,}"


def period_text(period: analysis.PeriodSales) -> str:
    """`2026/11/02`, `2026-W45 (2026/11/02–)` or `2026/11`."""
    if "W" in period.label:
        return f"{period.label} ({period.start:%Y/%m/%d}–)"
    return period.label.replace("-", "/")


def _categories(claims: analysis.ProductClaims) -> str:
    return ", ".join(f"{category_label(key)} {count}" for key, count in claims.categories.items())


def repeat_measures(repeat: analysis.RepeatCustomers) -> list[Measure]:
    """The repeat customers' figures as table rows."""
    new = repeat.customers - repeat.repeat_customers
    return [
        Measure(translate("sales", "New customers"), new, f"{new:,}"),
        Measure(translate("sales", "Repeat customers"), repeat.repeat_customers, f"{repeat.repeat_customers:,}"),
        Measure(translate("sales", "All customers"), repeat.customers, f"{repeat.customers:,}"),
        Measure(translate("sales", "Repeat rate"), round(repeat.rate, 4), percent(repeat.rate)),
    ]


def section_columns(section: Section) -> list[Column]:
    """The columns of `section`'s table, left to right."""
    product = _text(translate("sales", "Product"), lambda r: r.name)
    sku = _text(translate("sales", "SKU"), lambda r: r.sku, stretch=False)
    units = _count(translate("sales", "Units"), lambda r: r.units)
    revenue = _yen(translate("sales", "Revenue"), lambda r: r.revenue_yen)
    columns = {
        Section.REVENUE: [
            Column(translate("sales", "Period"), lambda p: p.label, period_text, stretch=True),
            revenue,
            _count(translate("sales", "Orders"), lambda p: p.orders),
            units,
            _yen(translate("sales", "Average order"), lambda p: analysis.average_order_value(p.revenue_yen, p.orders)),
        ],
        Section.TOP: [product, sku, units, revenue],
        Section.SLOW: [
            product, sku, units, revenue,
            Column(translate("sales", "Last sale"), lambda m: _iso_day(m.last_sale),
                   lambda m: _iso_day(m.last_sale).replace("-", "/")),
            Column(translate("sales", "Days since"), lambda m: "" if m.idle_days is None else m.idle_days, _idle_days,
                   numeric=True),
        ],
        Section.PAIRS: [
            _text(translate("sales", "Product A"), lambda p: p.a_name),
            _text(translate("sales", "Product B"), lambda p: p.b_name),
            _count(translate("sales", "Orders"), lambda p: p.orders),
            _rate(translate("sales", "Confidence"), lambda p: p.confidence),
            Column(translate("sales", "Lift"), lambda p: round(p.lift, 3), lambda p: f"{p.lift:.2f}", numeric=True),
        ],
        Section.CLAIMS: [
            product, sku, units,
            _count(translate("sales", "Claims"), lambda c: c.claims),
            _rate(translate("sales", "Claim rate"), lambda c: c.claim_rate),
            _text(translate("sales", "By category"), _categories),
        ],
        Section.REPEAT: [
            Column(translate("sales", "Customers"), lambda m: m.label, lambda m: m.label, stretch=True),
            Column(translate("sales", "Number"), lambda m: m.value, lambda m: m.text, numeric=True),
        ],
    }
    return columns[section]


class SalesTableModel(RecordTableModel[Any]):
    """The rows of one section (`show_rows`), in the order the analysis ranks them.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = section_columns(Section.REVENUE)

    def show_rows(self, section: Section, rows: Sequence[Any]) -> None:
        """Show `rows` (the records of `section`) under the section's columns."""
        self.beginResetModel()
        self._columns = section_columns(section)
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [column.header for column in self._columns]

    def stretches(self, column: int) -> bool:
        """Whether `column` takes the width the others leave (names do; figures fit their contents)."""
        return self._columns[column].stretch

    def cell(self, record: Any, column: int, role: int) -> Any:
        spec = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.show(record)
        if role == EXPORT_ROLE:
            return spec.value(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and spec.full_text:
            return formatting.tooltip_text(str(spec.value(record)))
        return None

    def export_rows(self) -> list[list[Cell]]:
        """The headings, then every row's plain values (what the CSV holds)."""
        rows: list[list[Cell]] = [self.headers()]
        for row in range(self.rowCount()):
            rows.append([self.data(self.index(row, column), EXPORT_ROLE) for column in range(self.columnCount())])
        return rows
