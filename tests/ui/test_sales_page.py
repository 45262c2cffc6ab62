"""The Sales page over the demo shop's orders: figures as the service computes them, sections and
periods switched, charts and tables in step, PNG/SVG/CSV saved, choices kept across restarts."""

from __future__ import annotations

import csv
import struct
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk_app.ui import formatting
from desk_app.ui.runner import SyncRunner
from desk_app.ui.sales.export_commands import write_csv
from desk_app.ui.sales.headline import HeadlineFigure
from desk_app.ui.sales import page as page_module
from desk_app.ui.sales.page import SalesChoices, SalesPage
from desk_app.ui.sales.periods import Period, Preset, preset_period
from desk_app.ui.sales.sales_table_models import EXPORT_ROLE, SalesTableModel, repeat_measures
from desk_app.ui.sales.sales_texts import Section, percent


@pytest.fixture
def page(qtbot, demo, english):
    made = SalesPage(demo, SyncRunner())
    qtbot.addWidget(made)
    made.reload()
    return made


def order_days(services) -> Period:
    days = services.sales.date_range()
    assert days is not None
    return Period(*days)


def table_text(page: SalesPage, row: int, column: int) -> str:
    model = page.panel.model
    return model.data(model.index(row, column))


def bars(page: SalesPage) -> list[float]:
    """The bar lengths of the chart on screen (heights of upright bars, widths of lying ones)."""
    axes = page.panel.chart.canvas.figure.axes[0]
    return [bar.get_height() if bar.get_width() < 1 else bar.get_width() for bar in axes.patches]


def test_the_demo_shows_the_last_three_months_with_the_services_figures(page, demo):
    days = order_days(demo)
    assert (days.end - days.start).days > 120  # the demo holds about half a year of orders
    period = page.period_bar.period()
    assert page.period_bar.chosen_preset() is Preset.LAST_3_MONTHS
    assert period == preset_period(Preset.LAST_3_MONTHS, days.start, days.end)
    summary = demo.sales.summary(period.start, period.end)
    repeat = demo.sales.repeat_customers(period.start, period.end)
    assert summary.orders > 0 and summary.revenue_yen > 0
    assert page.headline.value(HeadlineFigure.REVENUE) == formatting.yen(summary.revenue_yen)
    assert page.headline.value(HeadlineFigure.REVENUE).startswith("¥")
    assert page.headline.value(HeadlineFigure.ORDERS) == f"{summary.orders:,}"
    assert page.headline.value(HeadlineFigure.UNITS) == f"{summary.units:,}"
    assert page.headline.value(HeadlineFigure.AOV) == formatting.yen(summary.aov_yen)
    assert page.headline.value(HeadlineFigure.REPEAT_RATE) == percent(repeat.rate)
    assert not page.is_empty_state()
    assert f"{days.start:%Y/%m/%d}" in page.heading.note()


def test_the_revenue_chart_and_table_follow_the_period_and_the_grouping(qtbot, page, demo):
    page.show()
    qtbot.waitExposed(page)
    period = page.period_bar.period()
    weeks = demo.sales.revenue(period.start, period.end, by="week")
    assert page.panel.section() is Section.REVENUE
    assert page.panel.model.rowCount() == len(weeks)
    assert bars(page) == [w.revenue_yen for w in weeks]
    assert table_text(page, 0, 1) == formatting.yen(weeks[0].revenue_yen)
    alignment = page.panel.model.data(page.panel.model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight

    page.panel.by.setCurrentIndex(page.panel.by.findData("day"))
    page.panel.by.activated.emit(page.panel.by.currentIndex())
    days = demo.sales.revenue(period.start, period.end, by="day")
    assert page.panel.model.rowCount() == len(days) > len(weeks)
    assert bars(page) == [d.revenue_yen for d in days]

    page.period_bar.choose(Preset.ALL)
    everything = order_days(demo)
    assert page.period_bar.period() == everything
    all_days = demo.sales.revenue(everything.start, everything.end, by="day")
    assert page.panel.model.rowCount() == len(all_days) > len(days)
    summary = demo.sales.summary(everything.start, everything.end)
    assert page.headline.value(HeadlineFigure.REVENUE) == formatting.yen(summary.revenue_yen)


def test_picking_days_makes_the_period_custom(qtbot, page, demo):
    everything = order_days(demo)
    with qtbot.waitSignal(page.period_bar.period_changed, timeout=2000):
        page.period_bar.start.setDate(page.period_bar.start.date().addDays(7))
    assert page.period_bar.chosen_preset() is Preset.CUSTOM
    period = page.period_bar.period()
    summary = demo.sales.summary(period.start, period.end)
    assert page.headline.value(HeadlineFigure.ORDERS) == f"{summary.orders:,}"
    assert period.end <= everything.end


@pytest.mark.parametrize("section", [Section.TOP, Section.SLOW, Section.PAIRS, Section.CLAIMS])
def test_each_product_section_charts_and_lists_the_services_rows(qtbot, page, demo, section):
    page.show()
    qtbot.waitExposed(page)
    period = page.period_bar.period()
    page.panel.set_section(section)
    reads = {
        Section.TOP: lambda: demo.sales.top(period.start, period.end, limit=20),
        Section.SLOW: lambda: demo.sales.slow_movers(period.start, period.end, idle_days=30, limit=20),
        Section.PAIRS: lambda: demo.sales.pairs(period.start, period.end, min_support=2),
        Section.CLAIMS: lambda: demo.sales.claims(period.start, period.end),
    }
    rows = reads[section]()
    assert rows, f"the demo has no {section} to show"
    assert page.shown().query.section is section
    assert page.panel.model.rowCount() == len(rows)
    assert table_text(page, 0, 0) == (rows[0].a_name if section is Section.PAIRS else rows[0].name)
    assert len(bars(page)) == min(len(rows), 15)


def test_the_claims_table_reads_rates_as_percent(page, demo):
    page.panel.set_section(Section.CLAIMS)
    period = page.period_bar.period()
    claims = demo.sales.claims(period.start, period.end)
    assert claims and claims[0].claims > 0  # the demo's cases are linked to its orders by number
    assert table_text(page, 0, 4) == percent(claims[0].claim_rate)
    assert table_text(page, 0, 4).endswith("%")


def test_options_read_their_section_again(page, demo):
    period = page.period_bar.period()
    page.panel.set_section(Section.PAIRS)
    page.panel.min_support.setValue(1)
    assert page.panel.model.rowCount() == len(demo.sales.pairs(period.start, period.end, min_support=1))
    page.panel.set_section(Section.SLOW)
    page.panel.idle_days.setValue(7)
    assert page.panel.model.rowCount() == len(demo.sales.slow_movers(period.start, period.end, idle_days=7,
                                                                     limit=20))


def test_repeat_customers_as_a_donut_and_a_table(qtbot, page, demo):
    page.show()
    qtbot.waitExposed(page)
    page.panel.set_section(Section.REPEAT)
    period = page.period_bar.period()
    repeat = demo.sales.repeat_customers(period.start, period.end)
    assert page.panel.model.rowCount() == 4
    assert table_text(page, 2, 1) == f"{repeat.customers:,}"
    assert table_text(page, 3, 1) == percent(repeat.rate)
    assert len(page.panel.chart.canvas.figure.axes[0].patches) == 2


def test_sections_step_with_ctrl_page_down(qtbot, page):
    with qtbot.waitActive(page):  # shortcuts work in the active window
        page.show()
        page.activateWindow()
    page.panel.table.setFocus()  # the keys belong to the analyses: focus is among them
    qtbot.keyClick(page.panel.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.panel.section() is Section.TOP
    qtbot.keyClick(page.panel.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.panel.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.panel.section() is Section.REPEAT


def save_as(monkeypatch, path) -> list[str]:
    """Answer the next save dialog with `path`; returns the filters it offered."""
    offered: list[str] = []

    def answer(_parent, _title, _suggested, filters):
        offered.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_the_table_saves_as_csv_for_excel(page, demo, tmp_path, monkeypatch):
    page.panel.set_section(Section.TOP)
    target = tmp_path / "top.csv"
    save_as(monkeypatch, target)
    page.panel.save_csv.click()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    period = page.period_bar.period()
    top = demo.sales.top(period.start, period.end, limit=20)
    assert rows[0] == ["Product", "SKU", "Units", "Revenue"]
    assert rows[1:] == [[p.name, p.sku, str(p.units), str(p.revenue_yen)] for p in top]
    assert "Saved" in page.message_bar.text()


def test_csv_cells_cannot_start_a_formula(tmp_path):
    target = write_csv(tmp_path / "t.csv", [["name", "yen"], ["=HYPERLINK(\"x\")", 1200], ["@SUM(A1)", -5]])
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [["name", "yen"], ["'=HYPERLINK(\"x\")", "1200"], ["'@SUM(A1)", "-5"]]


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_the_chart_saves_as_a_picture(page, tmp_path, monkeypatch, fmt):
    page.panel.set_section(Section.TOP)
    target = tmp_path / f"top.{fmt}"
    offered = save_as(monkeypatch, tmp_path / "top")  # the suffix is added when left out
    getattr(page.panel, f"save_{fmt}").click()
    assert f"*.{fmt}" in offered[0]
    data = target.read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG") and struct.unpack(">II", data[16:24]) == (1350, 750)
    else:
        text = data.decode("utf-8")
        assert "<svg" in text and "Top sellers" in text
        assert page.shown().data[0].name[:4] in text  # the product names are in the drawing
    assert str(target) in page.message_bar.text()


def test_a_failed_save_says_why(page, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "missing" / "top.csv")
    page.panel.save_csv.click()
    assert "Could not save" in page.message_bar.text()


def test_without_orders_the_page_says_how_to_import_them(qtbot, services, english):
    made = SalesPage(services, SyncRunner())
    qtbot.addWidget(made)
    made.reload()
    assert made.is_empty_state()
    assert made.shown() is None
    assert made.import_button.isVisibleTo(made) and not made.period_bar.isVisibleTo(made)
    assert "Import Orders" in made.empty.text()


def test_import_orders_runs_the_import_and_shows_what_came_in(qtbot, services, english, monkeypatch):
    made = SalesPage(services, SyncRunner())
    qtbot.addWidget(made)
    made.reload()
    calls = []

    def run_import(parent, given, *, runner):
        calls.append((parent, given, runner))
        given.demo.load(datetime.now(UTC))  # the demo's orders stand for an imported file
        return True

    monkeypatch.setattr(page_module, "run_import", run_import)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    made.import_button.setFocus()
    qtbot.keyClick(made.import_button, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert [(parent, given) for parent, given, _runner in calls] == [(made, services)]
    assert not made.is_empty_state()
    period = made.period_bar.period()
    summary = services.sales.summary(period.start, period.end)
    assert made.headline.value(HeadlineFigure.ORDERS) == f"{summary.orders:,}"
    monkeypatch.setattr(page_module, "run_import", lambda *_args, **_kwargs: False)  # cancelled: nothing read
    made.import_button.click()
    assert made.headline.value(HeadlineFigure.ORDERS) == f"{summary.orders:,}"


def test_the_section_and_period_are_kept_across_restarts(qtbot, demo, english):
    first = SalesPage(demo, SyncRunner())
    qtbot.addWidget(first)
    first.reload()
    first.panel.set_section(Section.PAIRS)
    first.panel.min_support.setValue(3)
    first.period_bar.choose(Preset.THIS_YEAR)
    saved = first.state_parts()["sales/choices"].saveState()

    second = SalesPage(demo, SyncRunner())
    qtbot.addWidget(second)
    assert SalesChoices(second).restoreState(saved)
    second.reload()
    assert second.panel.section() is Section.PAIRS
    assert second.panel.min_support.value() == 3
    assert second.period_bar.chosen_preset() is Preset.THIS_YEAR
    assert second.period_bar.period() == first.period_bar.period()
    assert not SalesChoices(second).restoreState(b"{not json")


@pytest.mark.parametrize("section", list(Section))
def test_the_table_model_passes_the_qt_model_tester(qtmodeltester, demo, section):
    sales = demo.sales
    data = {
        Section.REVENUE: sales.revenue(by="month"),
        Section.TOP: sales.top(),
        Section.SLOW: sales.slow_movers(),
        Section.PAIRS: sales.pairs(),
        Section.CLAIMS: sales.claims(),
        Section.REPEAT: repeat_measures(sales.repeat_customers()),
    }[section]
    model = SalesTableModel()
    model.show_rows(section, data)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(data)
    exported = model.export_rows()
    assert len(exported) == len(data) + 1
    assert exported[1] == [model.data(model.index(0, c), EXPORT_ROLE) for c in range(model.columnCount())]
