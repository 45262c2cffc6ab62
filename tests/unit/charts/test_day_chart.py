"""The statement's day chart: one bar per day of the month, the values of `by_day`, Japanese type."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desk_app.charts import fonts
from desk_app.charts.day_chart import DayChartWords, draw_day_chart
from desk_app.charts.style import yen_tick
from desk_app.core.statements import DayShare, month_days

WORDS = DayChartWords(amount="日別の報酬（円）", pieces="件数")


def shares(first: date) -> list[DayShare]:
    return [DayShare(day, day.day % 4, (day.day % 4) * 150 + (80 if day.day == 9 else 0))
            for day in month_days(first)]


@pytest.mark.parametrize("first, count", [(date(2026, 2, 1), 28), (date(2028, 2, 1), 29), (date(2026, 3, 1), 31),
                                          (date(2026, 4, 1), 30)])
def test_one_bar_per_day_of_the_month(first, count):
    days = shares(first)
    figure = Figure()
    axes = draw_day_chart(figure, days, WORDS)
    bars = axes.amount.patches
    assert len(bars) == count == len(days)
    assert [round(bar.get_x() + bar.get_width() / 2) for bar in bars] == list(range(1, count + 1))
    assert [bar.get_height() for bar in bars] == [d.amount_yen for d in days]
    (line,) = axes.pieces.get_lines()
    assert list(line.get_ydata()) == [d.count for d in days]


def test_redrawing_replaces_the_month():
    figure = Figure()
    draw_day_chart(figure, shares(date(2026, 3, 1)), WORDS)
    axes = draw_day_chart(figure, shares(date(2026, 2, 1)), WORDS)
    assert len(figure.axes) == 2
    assert len(axes.amount.patches) == 28


def test_an_idle_month_draws_with_a_scale():
    days = [DayShare(d, 0, 0) for d in month_days(date(2026, 4, 1))]
    figure = Figure()
    axes = draw_day_chart(figure, days, WORDS)
    FigureCanvasAgg(figure).draw()
    assert axes.amount.get_ylim()[1] > 0
    assert all(bar.get_height() == 0 for bar in axes.amount.patches)


def test_weekends_are_marked_and_the_yen_scale_reads_as_money():
    axes = draw_day_chart(Figure(), shares(date(2026, 3, 1)), WORDS)
    labels = axes.amount.get_xticklabels()
    assert labels[0].get_color() != labels[1].get_color()  # 1 March 2026 is a Sunday, the 2nd a Monday
    assert labels[6].get_color() not in (labels[0].get_color(), labels[1].get_color())  # the 7th: Saturday
    assert yen_tick(12000) == "¥12,000"
    assert yen_tick(-500) == "-¥500"


def test_japanese_words_render_without_missing_glyphs():
    figure = Figure(figsize=(6, 2.5))
    draw_day_chart(figure, shares(date(2026, 3, 1)), WORDS)
    FigureCanvasAgg(figure).draw()  # filterwarnings=error: a missing glyph would fail here
    assert fonts.japanese_family() in fonts.JAPANESE_FAMILIES
    assert figure.axes[0].get_ylabel() == WORDS.amount


def test_the_font_falls_back_with_a_warning(caplog, monkeypatch):
    assert fonts.choose_family({"DejaVu Sans", "Yu Gothic", "Meiryo"}) == "Yu Gothic"
    assert fonts.choose_family({"DejaVu Sans"}) is None
    monkeypatch.setattr(fonts, "choose_family", lambda _installed: None)
    fonts.japanese_family.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=fonts.__name__):
            assert fonts.japanese_family() == fonts.FALLBACK
        assert "fonts-noto-cjk" in caplog.text
    finally:
        fonts.japanese_family.cache_clear()
