"""The words of the Sales page: its sections, the charts' words, and how rates read."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desk_app.charts.sales_inputs import SalesChartWords

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


class Section(StrEnum):
    """The page's analyses, in tab order; each value is the chart kind it draws."""

    REVENUE = "revenue"
    TOP = "top"
    SLOW = "slow"
    PAIRS = "pairs"
    CLAIMS = "claims"
    REPEAT = "repeat"


def section_title(section: Section) -> str:
    titles = {
        Section.REVENUE: translate("sales", "Revenue"),
        Section.TOP: translate("sales", "Top sellers"),
        Section.SLOW: translate("sales", "Slow movers"),
        Section.PAIRS: translate("sales", "Bought together"),
        Section.CLAIMS: translate("sales", "Claims per product"),
        Section.REPEAT: translate("sales", "Repeat customers"),
    }
    return titles[section]


def section_tip(section: Section) -> str:
    tips = {
        Section.REVENUE: translate("sales", "Revenue and orders by day, week or month"),
        Section.TOP: translate("sales", "The products that brought in the most"),
        Section.SLOW: translate("sales", "Products unsold for a while, and those that sold least"),
        Section.PAIRS: translate("sales", "Products often in the same order: how often, and how much more than"
                                          " chance (lift)"),
        Section.CLAIMS: translate("sales", "Cases linked by order number to the orders holding each product, per"
                                           " unit sold"),
        Section.REPEAT: translate("sales", "Customers (by email) who ordered more than once in the period"),
    }
    return tips[section]


def chart_words() -> SalesChartWords:
    """The charts' words in the language of the window."""
    return SalesChartWords(
        no_data=translate("sales", "No sales in this period"),
        revenue=translate("sales", "Revenue (yen)"),
        orders=translate("sales", "Orders"),
        saturday=translate("sales", "Saturday"),
        sunday=translate("sales", "Sunday"),
        idle_days=translate("sales", "Days since the last sale"),
        never_sold=translate("sales", "never sold"),
        together=translate("sales", "Orders with both"),
        pair_lift=translate("sales", "lift {lift}"),
        claim_rate=translate("sales", "Claims per unit sold"),
        claims=translate("sales", "claims: {claims}"),
        new_customers=translate("sales", "New customers"),
        repeat_customers=translate("sales", "Repeat customers"),
        repeat_rate=translate("sales", "repeat rate"),
    )


def percent(rate: float) -> str:
    """`23.4%` for a rate of 0.234."""
    return f"{rate * 100:.1f}%"
