"""Importing the shop platforms' order exports, and the column mappings ("profiles") for them.

For the Sales page's import flow and the `orders` commands. The GUI and the CLI cannot import
`desk_app.sales`; the records and names they need are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.order_rows import OrderRows
from desk_app.sales import importing, profiles, reading
from desk_app.sales.importing import Progress
from desk_app.sales.profiles import DEFAULT_CANCELLED_VALUES, REQUIRED, ImportProfile, ProfileField
from desk_app.sales.reading import CsvPreview
from desk_app.sales.records import ImportSummary, SkipReason
from desk_app.sales.refusals import ImportRefused, Refusal
from desk_app.services.settings import Settings
from desk_app.store import import_profiles_repo, sales_repo
from desk_app.store.db import Database

__all__ = [
    "DEFAULT_CANCELLED_VALUES", "REQUIRED", "CsvPreview", "ImportProfile", "ImportRefused", "ImportSummary",
    "OrderImportService", "ProfileField", "Progress", "Refusal", "SkipReason",
]


class OrderImportService:
    """Imports order exports (Shopify's, or another platform's through a saved column mapping)."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def import_orders(self, path: Path, fmt: str = "auto", progress: Progress | None = None) -> ImportSummary:
        """Import an export file in `fmt` ("auto", "shopify" or a profile's name); re-imports update.

        Each batch of orders is one committed unit of work. `progress` hears the orders stored so
        far after each batch and cancels by returning False. Raises ImportRefused (nothing stored)
        when the format is unknown or the file lacks its columns, DeskAppError NOT_FOUND for a
        missing file.
        """
        zone = ZoneInfo(self._settings.timezone)

        def store_batch(rows: OrderRows) -> int:
            with self._db.write() as session:
                return sales_repo.upsert_orders(session, rows)

        return importing.import_orders(path, store_batch, fmt=fmt, profiles=self.profiles(), progress=progress,
                                       zone=zone)

    def formats(self) -> list[str]:
        """What `import_orders` takes as `fmt`: "auto", "shopify", then each profile's name."""
        return [*importing.BUILT_IN_FORMATS, *(p.name for p in self.profiles())]

    def detect(self, path: Path) -> str | None:
        """The format "auto" would read `path` in ("shopify" or a profile's name), None for none."""
        return importing.detect(reading.read_header(path), self.profiles())

    def preview(self, path: Path, limit: int = 20) -> CsvPreview:
        """The file's encoding, header and first `limit` records, for the mapping dialog."""
        return reading.preview(path, limit)

    def guess_columns(self, header: Sequence[str]) -> dict[ProfileField, str]:
        """A first mapping for a file with `header`, from the column names platforms commonly use."""
        return profiles.guess_columns(header)

    def profiles(self) -> list[ImportProfile]:
        """The saved column mappings, by name."""
        with self._db.read() as session:
            return [ImportProfile.from_json(name, definition)
                    for name, definition in import_profiles_repo.all_definitions(session)]

    def save_profile(self, profile: ImportProfile) -> ImportProfile:
        """Save (or replace) a column mapping; returns it as saved (names and values trimmed).

        Raises ImportRefused for a name that cannot be used or a required field without a column.
        """
        clean = profiles.validated(profile)
        with self._db.write() as session:
            import_profiles_repo.put(session, clean.name, clean.to_json())
        return clean

    def delete_profile(self, name: str) -> None:
        """Delete a saved column mapping (the orders imported with it stay). NOT_FOUND when none."""
        with self._db.write() as session:
            if not import_profiles_repo.remove(session, name):
                raise DeskAppError(ErrorCode.NOT_FOUND, name)
