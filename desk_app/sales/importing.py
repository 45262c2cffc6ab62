"""Importing an order export: pick the format, stream the rows, hand complete orders over in batches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.sales import shopify
from desk_app.sales.reading import read_header, read_rows
from desk_app.sales.records import ImportedOrder, ImportSummary, SkippedRow

FORMATS = ("auto", "shopify")
BATCH_ORDERS = 2000

# Stores one batch of orders of one source; returns how many of them already existed.
StoreBatch = Callable[[str, list[ImportedOrder]], int]
# Told the number of orders stored so far after each batch; returns False to stop (cancel) there.
Progress = Callable[[int], bool]


def _header(path: Path) -> list[str]:
    try:
        return read_header(path)
    except FileNotFoundError as exc:
        raise DeskAppError(ErrorCode.NOT_FOUND, str(path)) from exc
    except OSError as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path}: {exc.strerror}") from exc


def import_orders(path: Path, store_batch: StoreBatch, *, fmt: str = "auto", progress: Progress | None = None,
                  batch_orders: int = BATCH_ORDERS) -> ImportSummary:
    """Read `path` and store its orders batch by batch; bad rows are reported, the rest imported.

    Only one batch of orders is held in memory at a time, whatever the file's size. `fmt` "auto"
    recognises the format by the header; a file that fits no format is refused (DeskAppError).
    A cancelled import keeps the batches stored before it stopped: each holds whole orders.
    """
    if fmt not in FORMATS:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"unknown format {fmt}")
    if not shopify.looks_like_shopify(_header(path)):
        what = "unknown export format" if fmt == "auto" else "not a Shopify orders export"
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path.name}: {what}")
    orders = lines = updated = 0
    skipped: list[SkippedRow] = []
    batch: list[ImportedOrder] = []
    for item in shopify.parse_shopify(read_rows(path)):
        if isinstance(item, SkippedRow):
            skipped.append(item)
            continue
        batch.append(item)
        orders += 1
        lines += len(item.lines)
        if len(batch) >= batch_orders:
            updated += store_batch(shopify.SOURCE, batch)
            batch = []
            if progress is not None and not progress(orders):
                return ImportSummary(orders, lines, updated, skipped, cancelled=True)
    if batch:
        updated += store_batch(shopify.SOURCE, batch)
    if progress is not None:
        progress(orders)
    return ImportSummary(orders=orders, lines=lines, updated=updated, skipped=skipped)
