"""Importing an order export: pick the format, stream the rows, hand complete orders over in batches
made into the rows the store writes (core.order_rows)."""

from __future__ import annotations

import gc
import multiprocessing
import queue
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.core.order_rows import OrderRows, order_rows
from desk_app.sales import generic, shopify
from desk_app.sales.profiles import ImportProfile
from desk_app.sales.reading import read_header, read_records
from desk_app.sales.records import ImportedOrder, ImportSummary, SkippedRow
from desk_app.sales.refusals import ImportRefused, Refusal
from desk_app.sales.values import TOKYO

BUILT_IN_FORMATS = ("auto", "shopify")
BATCH_ORDERS = 2000
# From this size on, the file is read and parsed, and its batches made into rows, in a worker
# process while this one stores: the two halves of a big import then run on two cores (a thread
# would share one interpreter lock), and what crosses between them is plain tuples.
WORKER_FROM_BYTES = 8 << 20
WORKER_QUEUE = 4  # parsed batches waiting at most: memory stays bounded whatever the file's size
# Python's cycle collector runs after every 700 new container objects by default; a big import
# makes millions (cells, orders, lines, the store's rows), none of them in a cycle, and those
# collections took a quarter of its time. They run this much less often while an import runs.
IMPORT_GC_THRESHOLD = 20_000

# Stores one batch of orders; returns how many of them already existed.
StoreBatch = Callable[[OrderRows], int]
# A batch of orders made into rows (None after the last one), with the rows skipped since the batch before.
Batch = tuple[OrderRows | None, list[SkippedRow]]
# Told the number of orders stored so far after each batch; returns False to stop (cancel) there.
Progress = Callable[[int], bool]
# Reads (records, header, the shop's time zone) into orders and skipped rows.
Parser = Callable[[Iterable[tuple[int, list[str]]], list[str], ZoneInfo], Iterator[ImportedOrder | SkippedRow]]


def detect(header: list[str], profiles: Sequence[ImportProfile]) -> str | None:
    """The format a file with `header` is read in by "auto": "shopify" when it has Shopify's
    columns, else the saved profile that fits it (all its columns present; the one reading the
    most columns, then the first by name), else None."""
    if not shopify.missing_columns(header):
        return shopify.SOURCE
    fitting = [p for p in profiles if not generic.missing_columns(p, header)]
    if not fitting:
        return None
    return min(fitting, key=lambda p: (-len(set(p.columns.values())), p.name)).name


def choose(name: str, header: list[str], fmt: str, profiles: Sequence[ImportProfile]) -> tuple[str, Parser, int]:
    """(format name, parser, how many leading columns it reads) to read file `name` with `header`
    in `fmt` ("auto", "shopify" or a profile's name); raises ImportRefused when the format is
    unknown or the file lacks its columns."""
    by_name = {p.name: p for p in profiles}
    if fmt == "auto":
        found = detect(header, profiles)
        if found is None:
            missing = {shopify.SOURCE: shopify.missing_columns(header)}
            missing.update({p.name: generic.missing_columns(p, header) for p in sorted(profiles, key=lambda p: p.name)})
            raise ImportRefused(Refusal.UNKNOWN_FORMAT, name, missing)
        fmt = found
    if fmt == shopify.SOURCE:
        lacking = shopify.missing_columns(header)
        if lacking:
            raise ImportRefused(Refusal.MISSING_COLUMNS, name, {shopify.SOURCE: lacking})
        return fmt, shopify.parse_shopify, _columns_read(header, shopify.COLUMNS_READ)
    profile = by_name.get(fmt)
    if profile is None:
        raise ImportRefused(Refusal.UNKNOWN_PROFILE, fmt)
    lacking = generic.missing_columns(profile, header)
    if lacking:
        raise ImportRefused(Refusal.MISSING_COLUMNS, name, {profile.name: lacking})
    return fmt, partial(generic.parse_generic, profile=profile), _columns_read(header, profile.columns.values())


def _columns_read(header: list[str], names: Iterable[str]) -> int:
    """How many leading columns of `header` hold the first column of each of `names` it has."""
    return 1 + max((header.index(name) for name in names if name in header), default=-1)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], IMPORT_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def import_orders(path: Path, store_batch: StoreBatch, *, fmt: str = "auto",
                  profiles: Sequence[ImportProfile] = (), progress: Progress | None = None,
                  batch_orders: int | None = None, zone: ZoneInfo = TOKYO) -> ImportSummary:
    """Read `path` and store its orders batch by batch; bad rows are reported, the rest imported.

    Only a few batches of orders are held in memory at a time, whatever the file's size. `fmt`
    "auto" recognises the format by the header (Shopify, or one of `profiles`); a file that fits no
    format, or lacks the columns of the one asked for, is refused whole (ImportRefused). The orders
    are stored with the format's name as their source; times written without an offset are taken
    in `zone` (the shop's). A cancelled import keeps the batches stored before it stopped: each
    holds whole orders.
    """
    header = read_header(path)
    source, parse, columns = choose(path.name, header, fmt, profiles)
    batch_orders = batch_orders or BATCH_ORDERS
    read = _Reading(path, header, columns, zone, parse, source, batch_orders)
    with _fewer_collections():
        batches = _batched_in_worker(read) if path.stat().st_size >= WORKER_FROM_BYTES else read.batches()
        with closing(batches):  # a cancelled import stops the worker too
            return _import(batches, source, store_batch, progress, batch_orders)


@dataclass(frozen=True)
class _Reading:
    """Reading one file into batches of orders made into rows: all it takes, sent as one to the
    worker process for a big file."""

    path: Path
    header: list[str]
    columns: int  # how many leading columns the parser reads
    zone: ZoneInfo
    parse: Parser
    source: str
    batch_orders: int

    def batches(self) -> Iterator[Batch]:
        """The file's orders as batches of `batch_orders` made into rows, the last one shorter (or
        None), each with the rows skipped since the batch before."""
        orders: list[ImportedOrder] = []
        skipped: list[SkippedRow] = []
        for item in self.parse(read_records(self.path, self.columns), self.header, self.zone):
            if isinstance(item, SkippedRow):
                skipped.append(item)
                continue
            orders.append(item)
            if len(orders) >= self.batch_orders:
                yield order_rows(self.source, orders, self.zone), skipped
                orders, skipped = [], []
        yield (order_rows(self.source, orders, self.zone) if orders else None), skipped


def _batches_to_queue(read: _Reading, out: multiprocessing.Queue) -> None:
    """The worker: put the file's batches on `out`; None at the end, or the exception that stopped it."""
    try:
        with _fewer_collections():
            for batch in read.batches():
                out.put(batch)
            out.put(None)
    except Exception as exc:  # noqa: BLE001 - handed to the importing process, which raises it
        out.put(exc)


def _batched_in_worker(read: _Reading) -> Iterator[Batch]:
    """The file's batches, made in a worker process (spawned: the GUI process has threads)."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=WORKER_QUEUE)
    worker = context.Process(target=_batches_to_queue, args=(read, out), daemon=True, name="order-import-parser")
    worker.start()
    try:
        while True:
            try:
                batch = out.get(timeout=1.0)
            except queue.Empty:
                if not worker.is_alive():
                    raise OSError(f"the worker reading {read.path.name} stopped (exit code {worker.exitcode})") from None
                continue
            if batch is None:
                return
            if isinstance(batch, Exception):
                raise batch
            yield batch
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join()
        out.close()


def _import(batches: Iterable[Batch], source: str, store_batch: StoreBatch, progress: Progress | None,
            batch_orders: int) -> ImportSummary:
    orders = lines = updated = 0
    skipped: list[SkippedRow] = []
    for rows, skipped_before in batches:
        skipped += skipped_before
        if rows is None:
            continue
        updated += store_batch(rows)
        orders += rows.given
        lines += rows.given_lines
        # Progress after every full batch (the last one is told once the import is done).
        if rows.given >= batch_orders and progress is not None and not progress(orders):
            return ImportSummary(orders, lines, updated, skipped, cancelled=True, format=source)
    if progress is not None:
        progress(orders)
    return ImportSummary(orders=orders, lines=lines, updated=updated, skipped=skipped, format=source)
