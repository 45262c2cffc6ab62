"""The sales charts: each kind drawn from the analysis records, saved as PNG and SVG with Agg,
Japanese names set without missing glyphs, and "no data" when there is nothing to chart."""

from __future__ import annotations

import struct
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desk_app.charts.product_bars import MAX_BARS, pair_label, shorten
from desk_app.charts.sales_charts import (
    EXPORT_DPI,
    EXPORT_SIZE,
    KINDS,
    draw_revenue,
    draw_sales_chart,
    period_tick,
    save_sales_chart,
)
from desk_app.charts.sales_inputs import SalesChartWords
from desk_app.charts.style import yen_tick
from desk_app.sales.analysis import (
    PeriodSales,
    ProductClaims,
    ProductPair,
    ProductSales,
    RepeatCustomers,
    SlowMover,
)

WORDS = SalesChartWords(
    no_data="この期間の売上はありません", revenue="売上（円）", orders="注文数", saturday="土曜", sunday="日曜",
    idle_days="最後の販売からの日数", never_sold="販売なし", together="両方を含む注文", pair_lift="リフト {lift}",
    claim_rate="クレーム率", claims="クレーム {claims}件", new_customers="新規顧客", repeat_customers="リピーター",
    repeat_rate="リピート率",
)
LONG_NAME = "国産ひのき まな板 大（抗菌加工・食洗機対応）ギフト包装"
FIRST = date(2026, 3, 1)  # a Sunday

DAYS = [PeriodSales((FIRST + timedelta(n)).isoformat(), FIRST + timedelta(n), 1000 * (n + 1), n % 4, n % 4)
        for n in range(31)]
MONTHS = [PeriodSales(f"2026-{m:02d}", date(2026, m, 1), 120_000 * m, 40 + m, 60 + m) for m in range(1, 7)]
TOP = [ProductSales(f"SKU-{n}", f"有田焼 マグカップ {n}" if n else LONG_NAME, 30 - n, 90_000 - 5_000 * n)
       for n in range(12)]
SLOW = [SlowMover("SKU-N", "竹のお箸 5膳セット", 0, 0, None, None),
        SlowMover("SKU-L", "Linen apron", 1, 2_400, date(2026, 1, 4), 86)]
PAIRS = [ProductPair("A", "マグカップ 藍", "B", "竹のお箸 5膳セット", 12, 0.6, 3.4),
         ProductPair("C", "Linen apron", "D", "ステンレス 保存容器 3点", 3, 0.2, 1.1)]
CLAIMS = [ProductClaims("A", "有田焼 マグカップ 藍", 40, 3, 0.075, {"damage": 2, "wrong_item": 1}),
          ProductClaims("B", "竹のお箸 5膳セット", 200, 1, 0.005, {"late": 1})]
REPEAT = RepeatCustomers(customers=40, repeat_customers=10, rate=0.25)
DATA = {"revenue": DAYS, "top": TOP, "slow": SLOW, "pairs": PAIRS, "claims": CLAIMS, "repeat": REPEAT}
EMPTY = {"revenue": [], "top": [], "slow": [], "pairs": [], "claims": [], "repeat": RepeatCustomers(0, 0, 0.0)}


def texts(figure: Figure) -> list[str]:
    """Every piece of text on the drawn figure."""
    FigureCanvasAgg(figure).draw()  # filterwarnings=error: a missing glyph fails here
    return [t.get_text() for t in figure.findobj(lambda artist: hasattr(artist, "get_text"))]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_every_kind_has_a_chart():
    assert set(KINDS) == set(DATA)


@pytest.mark.parametrize("kind", KINDS)
def test_each_chart_saves_as_png_and_svg_with_its_words(tmp_path, kind):
    png = save_sales_chart(tmp_path / f"{kind}.png", kind, DATA[kind], WORDS, title="売れ筋")
    assert png_size(png) == (EXPORT_SIZE[0] * EXPORT_DPI, EXPORT_SIZE[1] * EXPORT_DPI)
    assert 10_000 < png.stat().st_size < 2_000_000
    svg = save_sales_chart(tmp_path / f"{kind}.svg", kind, DATA[kind], WORDS, title="売れ筋")
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert 5_000 < svg.stat().st_size < 5_000_000
    assert "売れ筋" in text  # matplotlib keeps each text's string beside its outline


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_to_chart_says_so(kind):
    figure = Figure()
    draw_sales_chart(figure, kind, EMPTY[kind], WORDS)
    assert WORDS.no_data in texts(figure)
    assert not figure.axes


def test_revenue_bars_are_the_periods_yen_and_the_line_their_orders():
    figure = Figure()
    axes = draw_revenue(figure, MONTHS, WORDS)
    assert [bar.get_height() for bar in axes.revenue.patches] == [m.revenue_yen for m in MONTHS]
    (line,) = axes.orders.get_lines()
    assert list(line.get_ydata()) == [m.orders for m in MONTHS]
    shown = texts(figure)
    assert "2026/01" in shown and "¥600,000" in shown
    assert WORDS.saturday not in shown  # weekends only matter day by day


def test_days_of_a_weekend_are_coloured_and_labelled():
    axes = draw_revenue(Figure(), DAYS, WORDS)
    bars = axes.revenue.patches
    sunday, monday, saturday = bars[0].get_facecolor(), bars[1].get_facecolor(), bars[6].get_facecolor()
    assert len({sunday, monday, saturday}) == 3
    assert bars[7].get_facecolor() == sunday
    labels = axes.revenue.get_xticklabels()
    assert len(labels) <= 12  # a month of days is labelled every few days
    assert labels[0].get_text() == "03/01"
    legend = axes.orders.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [WORDS.revenue, WORDS.orders, WORDS.saturday, WORDS.sunday]
    assert legend.legend_handles[0].get_facecolor() == monday  # a weekday's colour, though the month starts on Sunday


def test_period_ticks_read_as_the_period():
    assert period_tick(DAYS[1]) == "03/02"
    assert period_tick(PeriodSales("2026-W45", date(2026, 11, 2), 0, 0, 0)) == "W45"
    assert period_tick(MONTHS[0]) == "2026/01"


def test_top_sellers_are_ranked_from_the_top_with_short_names():
    figure = Figure()
    draw_sales_chart(figure, "top", TOP, WORDS)
    (axes,) = figure.axes
    bars = axes.patches
    assert [bar.get_width() for bar in bars] == [p.revenue_yen for p in TOP]
    assert bars[0].get_y() < bars[1].get_y()  # drawn downwards …
    assert axes.yaxis_inverted()  # … with the first at the top
    shown = texts(figure)
    assert shorten(LONG_NAME) in shown and LONG_NAME not in shown
    assert yen_tick(TOP[0].revenue_yen) in shown


def test_long_lists_chart_their_first_rows():
    many = [ProductSales(f"S{n}", f"品物 {n}", 1, 1000 - n) for n in range(40)]
    figure = Figure()
    draw_sales_chart(figure, "top", many, WORDS)
    assert len(figure.axes[0].patches) == MAX_BARS


def test_shortening_counts_full_width_characters_twice():
    assert shorten("Linen apron", 28) == "Linen apron"
    cut = shorten(LONG_NAME, 20)
    assert cut.endswith("…") and LONG_NAME.startswith(cut[:-1].rstrip())
    assert len(cut) <= 11
    assert shorten("abcdefghij", 6) == "abcde…"


def test_slow_movers_chart_idle_days_and_a_product_never_sold():
    figure = Figure()
    draw_sales_chart(figure, "slow", SLOW, WORDS)
    bars = figure.axes[0].patches
    assert [bar.get_width() for bar in bars] == [86, 86]  # never sold: as long as the longest, hatched
    assert bars[0].get_hatch() and not bars[1].get_hatch()
    assert {WORDS.never_sold, "86", WORDS.idle_days} <= set(texts(figure))


def test_pairs_chart_their_orders_labelled_a_plus_b_with_the_lift():
    figure = Figure()
    draw_sales_chart(figure, "pairs", PAIRS, WORDS)
    assert [bar.get_width() for bar in figure.axes[0].patches] == [12, 3]
    shown = texts(figure)
    assert pair_label(PAIRS[0]) == "マグカップ 藍 + 竹のお箸 5膳セット"
    assert {pair_label(PAIRS[0]), "リフト 3.40", "リフト 1.10", WORDS.together} <= set(shown)


def test_claims_chart_the_claim_rate_in_percent_with_the_claims():
    figure = Figure()
    draw_sales_chart(figure, "claims", CLAIMS, WORDS)
    assert [round(bar.get_width(), 6) for bar in figure.axes[0].patches] == [7.5, 0.5]
    shown = texts(figure)
    assert "7.5% · クレーム 3件" in shown


def test_repeat_customers_as_a_donut_with_the_rate():
    figure = Figure()
    draw_sales_chart(figure, "repeat", REPEAT, WORDS)
    wedges = figure.axes[0].patches
    assert [round(w.theta2 - w.theta1) for w in wedges] == [270, 90]  # 30 new, 10 repeat
    shown = texts(figure)
    assert {"25.0%", "新規顧客: 30", "リピーター: 10"} <= set(shown)


def test_redrawing_replaces_the_chart():
    figure = Figure()
    draw_sales_chart(figure, "revenue", MONTHS, WORDS)
    draw_sales_chart(figure, "top", TOP[:2], WORDS)
    assert len(figure.axes) == 1 and len(figure.axes[0].patches) == 2


def test_unknown_kinds_and_formats_are_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown sales chart"):
        draw_sales_chart(Figure(), "weather", [], WORDS)
    with pytest.raises(ValueError, match="png or svg"):
        save_sales_chart(tmp_path / "chart.pdf", "top", TOP, WORDS)
    assert not (tmp_path / "chart.pdf").exists()
