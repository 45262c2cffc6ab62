"""What the Sales page reads from the sales service, as callables for the runner: the overview of a
period (its headline figures and the section shown) and one section on its own.

They run on a pool thread: plain data in, plain data out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desk_app.services.sales import SalesService, analysis
from desk_app.ui.sales.periods import Period, Preset, preset_period
from desk_app.ui.sales.sales_texts import Section

TOP_LIMIT = 20
SLOW_LIMIT = 20
PAIRS_LIMIT = 50


@dataclass(frozen=True)
class SectionQuery:
    """A section of a period with its options: the key its data is cached under."""

    section: Section
    period: Period
    by: str = "week"  # revenue: day | week | month
    idle_days: int = 30  # slow movers: unsold for this long
    min_support: int = 2  # bought together: in at least this many orders


@dataclass(frozen=True)
class SalesOverview:
    """The orders' days, the period read, its headline figures and the section asked for;
    `order_days` None (and the rest empty) when no order has been imported."""

    order_days: Period | None
    query: SectionQuery | None = None
    summary: analysis.SalesSummary | None = None
    repeat: analysis.RepeatCustomers | None = None
    data: Any = None


def read_section(sales: SalesService, query: SectionQuery) -> Any:
    """The data of one section: what the chart of its kind takes (sales_charts.draw_sales_chart)."""
    start, end = query.period.start, query.period.end
    if query.section is Section.REVENUE:
        return sales.revenue(start, end, by=query.by)
    if query.section is Section.TOP:
        return sales.top(start, end, limit=TOP_LIMIT)
    if query.section is Section.SLOW:
        return sales.slow_movers(start, end, idle_days=query.idle_days, limit=SLOW_LIMIT)
    if query.section is Section.PAIRS:
        return sales.pairs(start, end, min_support=query.min_support, limit=PAIRS_LIMIT)
    if query.section is Section.CLAIMS:
        return sales.claims(start, end)
    return sales.repeat_customers(start, end)


def read_overview(sales: SalesService, preset: Preset, query: SectionQuery) -> SalesOverview:
    """The period of `preset` counted from the orders' days (CUSTOM: `query`'s own), its figures
    and `query`'s section over it."""
    days = sales.date_range()
    if days is None:
        return SalesOverview(None)
    order_days = Period(*days)
    if preset is not Preset.CUSTOM:
        query = replace(query, period=preset_period(preset, order_days.start, order_days.end))
    start, end = query.period.start, query.period.end
    repeat = sales.repeat_customers(start, end)
    data = repeat if query.section is Section.REPEAT else read_section(sales, query)
    return SalesOverview(order_days, query, sales.summary(start, end), repeat, data)
