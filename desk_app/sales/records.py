"""What the importers produce: orders with their lines, and the rows they had to skip."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class SkipReason(StrEnum):
    """Why a CSV row was not imported; the CLI and the UI turn these into sentences."""

    NO_NUMBER = "no_number"
    BAD_DATE = "bad_date"
    BAD_AMOUNT = "bad_amount"
    BAD_QUANTITY = "bad_quantity"
    NO_ITEM = "no_item"
    ORPHAN_LINE = "orphan_line"
    ORDER_SKIPPED = "order_skipped"


@dataclass(frozen=True)
class SkippedRow:
    """A row left out: its line number in the file (1 = the header), the reason and the bad value."""

    line: int
    reason: SkipReason
    value: str = ""


class ImportedLine(NamedTuple):
    """One line item of an imported order; money in integer yen.

    A named tuple rather than a frozen dataclass: a million of them are made per big import, and
    a frozen dataclass takes twice as long to build.
    """

    sku: str
    name: str
    quantity: int
    unit_price_yen: int


@dataclass(slots=True)
class ImportedOrder:
    """An order read from an export; `created_at` and `cancelled_at` are aware datetimes."""

    number: str
    email: str
    customer_name: str
    created_at: datetime
    total_yen: int
    financial_status: str
    cancelled_at: datetime | None
    lines: list[ImportedLine] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: orders and line rows imported or updated, how many orders existed, skips,
    whether it was cancelled part way (what it counts was stored), and the format it read."""

    orders: int
    lines: int
    updated: int
    skipped: list[SkippedRow]
    cancelled: bool = False
    format: str = ""  # "shopify" or the name of the column mapping the file was read with
