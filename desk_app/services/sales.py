"""Sales figures over the imported orders, for the Sales page and the `sales` commands (imports: order_imports)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from desk_app.charts.sales_inputs import KINDS as CHART_KINDS
from desk_app.charts.sales_inputs import SalesChartWords
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.sales import analysis
from desk_app.services.settings import Settings
from desk_app.store import sales_repo
from desk_app.store.db import Database


class SalesService:
    """Summarises the sales in the db."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    # The analyses: all dates are shop days (the time zone setting), `end` inclusive, None open.

    def summary(self, start: date | None = None, end: date | None = None) -> analysis.SalesSummary:
        """Revenue, orders, units, AOV, the months and the top sellers of the period."""
        with self._db.read() as session:
            days = sales_repo.day_totals(session, start, end)
            products = sales_repo.product_totals(session, start, end)
        return analysis.summarize(days, products)

    def revenue(self, start: date | None = None, end: date | None = None,
                by: str = "month") -> list[analysis.PeriodSales]:
        """Revenue, orders and units per day, ISO week or month (`by`) of the period."""
        with self._db.read() as session:
            return analysis.revenue_by(sales_repo.day_totals(session, start, end), by)

    def top(self, start: date | None = None, end: date | None = None,
            limit: int = analysis.TOP_SELLERS) -> list[analysis.ProductSales]:
        """The best sellers of the period: revenue, then units."""
        with self._db.read() as session:
            return analysis.top_products(sales_repo.product_totals(session, start, end), limit)

    def slow_movers(self, start: date | None = None, end: date | None = None, idle_days: int = 30,
                    limit: int = analysis.TOP_SELLERS) -> list[analysis.SlowMover]:
        """Products unsold in the `idle_days` days up to the period's end, and the `limit` others
        that sold least in the period (analysis.slow_movers). An open end is the last order's day."""
        with self._db.read() as session:
            if end is None:
                known = sales_repo.order_days(session)
                if known is None:
                    return []
                end = known[1]
            products = sales_repo.product_history(session, start, end)
        return analysis.slow_movers(products, end, idle_days=idle_days, limit=limit)

    def pairs(self, start: date | None = None, end: date | None = None, min_support: int = 2,
              limit: int = 50) -> list[analysis.ProductPair]:
        """Products bought together in the period's counted orders (analysis.product_pairs)."""
        with self._db.read() as session:
            order_skus = sales_repo.counted_order_skus(session, start, end)
            names = {sku: name for sku, name, *_ in sales_repo.product_totals(session, start, end)}
        return analysis.product_pairs(order_skus, names, min_support=min_support, limit=limit)

    def repeat_customers(self, start: date | None = None, end: date | None = None) -> analysis.RepeatCustomers:
        """Customers (by email) of the period's counted orders and the share who ordered twice or more."""
        with self._db.read() as session:
            return analysis.repeat_customers(sales_repo.counted_order_emails(session, start, end))

    def claims(self, start: date | None = None, end: date | None = None) -> list[analysis.ProductClaims]:
        """Claims per product over the period's orders, by category, with the claim rate."""
        with self._db.read() as session:
            lines = sales_repo.case_order_lines(session, start, end)
            products = sales_repo.product_totals(session, start, end)
        return analysis.product_claims(lines, products)

    def date_range(self) -> tuple[date, date] | None:
        """The shop days of the first and the last order; None without orders."""
        with self._db.read() as session:
            return sales_repo.order_days(session)

    def chart_data(self, kind: str, start: date | None = None, end: date | None = None, *, by: str = "month",
                   idle_days: int = 30, min_support: int = 2) -> Any:
        """What the chart of `kind` (charts.sales_charts.KINDS) draws: the matching analysis."""
        readers = {
            "revenue": lambda: self.revenue(start, end, by),
            "top": lambda: self.top(start, end),
            "slow": lambda: self.slow_movers(start, end, idle_days),
            "pairs": lambda: self.pairs(start, end, min_support),
            "claims": lambda: self.claims(start, end),
            "repeat": lambda: self.repeat_customers(start, end),
        }
        if kind not in readers:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"chart {kind} (one of {', '.join(CHART_KINDS)})")
        return readers[kind]()

    def save_chart(self, kind: str, path: Path, words: Mapping[str, str], *, title: str = "",
                   **options: Any) -> Path:
        """Save the chart of `kind` as PNG or SVG (by the suffix of `path`), its words given in the
        reader's language (the fields of charts.sales_inputs.SalesChartWords)."""
        from desk_app.charts.sales_charts import save_sales_chart  # matplotlib: loaded when a chart is made

        data = self.chart_data(kind, **options)
        try:
            return save_sales_chart(path, kind, data, SalesChartWords(**words), title=title)
        except ValueError as exc:
            raise DeskAppError(ErrorCode.INVALID_INPUT, str(exc)) from exc
        except OSError as exc:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path}: {exc.strerror}") from exc
