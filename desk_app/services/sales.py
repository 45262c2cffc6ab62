"""Order imports and sales figures, for the Sales page and the `orders`/`sales` commands."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.sales import analysis, importing
from desk_app.sales.records import ImportedOrder, ImportSummary
from desk_app.services.settings import Settings
from desk_app.store import sales_repo
from desk_app.store.db import Database

IMPORT_FORMATS = importing.FORMATS


class SalesService:
    """Imports order exports into the db and summarises the sales in it."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def import_orders(self, path: Path, *, fmt: str = "auto",
                      progress: importing.Progress | None = None) -> ImportSummary:
        """Import an export file; each batch of orders is one committed unit of work.

        `progress` hears the orders stored so far after each batch and cancels by returning False.
        """
        return importing.import_orders(path, self._store_batch, fmt=fmt, progress=progress)

    def _store_batch(self, source: str, orders: list[ImportedOrder]) -> int:
        with self._db.write() as session:
            return sales_repo.upsert_orders(session, source, orders)

    def summary(self, *, start: date | None = None, end: date | None = None) -> analysis.SalesSummary:
        """Figures for orders created from `start` to `end` inclusive, both days in the desk's zone."""
        zone = ZoneInfo(self._settings.timezone)
        since = datetime.combine(start, time(), zone) if start else None
        until = datetime.combine(end + timedelta(days=1), time(), zone) if end else None
        with self._db.read() as session:
            return analysis.summarize(sales_repo.sale_lines(session, since=since, until=until), zone)
