"""Importing an order export: pick the format, stream the rows, hand complete orders over in batches."""

from __future__ import annotations

import gc
import multiprocessing
import queue
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.sales import generic, shopify
from desk_app.sales.profiles import ImportProfile
from desk_app.sales.reading import read_header, read_records
from desk_app.sales.records import ImportedOrder, ImportSummary, SkippedRow
from desk_app.sales.refusals import ImportRefused, Refusal
from desk_app.sales.values import TOKYO

BUILT_IN_FORMATS = ("auto", "shopify")
BATCH_ORDERS = 2000
# From this size on, the file is read and parsed in a worker process while this one stores: the
# two halves of a big import then run on two cores (a thread would share one interpreter lock).
WORKER_FROM_BYTES = 8 << 20
WORKER_QUEUE = 4  # parsed batches waiting at most: memory stays bounded whatever the file's size
# Python's cycle collector runs after every 700 new container objects by default; a big import
# makes millions (cells, orders, lines, the store's rows), none of them in a cycle, and those
# collections took a quarter of its time. They run this much less often while an import runs.
IMPORT_GC_THRESHOLD = 20_000

# Stores one batch of orders of one source; returns how many of them already existed.
StoreBatch = Callable[[str, list[ImportedOrder]], int]
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


def choose(name: str, header: list[str], fmt: str, profiles: Sequence[ImportProfile]) -> tuple[str, Parser]:
    """(format name, parser) to read file `name` with `header` in `fmt` ("auto", "shopify" or a
    profile's name); raises ImportRefused when the format is unknown or the file lacks its columns."""
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
        return fmt, shopify.parse_shopify
    profile = by_name.get(fmt)
    if profile is None:
        raise ImportRefused(Refusal.UNKNOWN_PROFILE, fmt)
    lacking = generic.missing_columns(profile, header)
    if lacking:
        raise ImportRefused(Refusal.MISSING_COLUMNS, name, {profile.name: lacking})
    return fmt, partial(generic.parse_generic, profile=profile)


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

    Only one batch of orders is held in memory at a time, whatever the file's size. `fmt` "auto"
    recognises the format by the header (Shopify, or one of `profiles`); a file that fits no format,
    or lacks the columns of the one asked for, is refused whole (ImportRefused). The orders are
    stored with the format's name as their source; times written without an offset are taken in
    `zone` (the shop's). A cancelled import keeps the batches stored before it stopped: each holds
    whole orders.
    """
    header = read_header(path)
    source, parse = choose(path.name, header, fmt, profiles)
    batch_orders = batch_orders or BATCH_ORDERS
    with _fewer_collections():
        if path.stat().st_size >= WORKER_FROM_BYTES:
            items = _parsed_in_worker(path, header, zone, parse, batch_orders)
        else:
            items = parse(read_records(path), header, zone)
        with closing(items):  # a cancelled import stops the worker too
            return _import(items, source, store_batch, progress, batch_orders)


def _parse_to_queue(path: Path, header: list[str], zone: ZoneInfo, parse: Parser, batch_orders: int,
                    out: multiprocessing.Queue) -> None:
    """The worker: parse the file and put its items on `out` in chunks of `batch_orders` orders;
    None at the end, or the exception that stopped it."""
    try:
        with _fewer_collections():
            chunk: list[ImportedOrder | SkippedRow] = []
            orders = 0
            for item in parse(read_records(path), header, zone):
                chunk.append(item)
                if isinstance(item, ImportedOrder):
                    orders += 1
                    if orders == batch_orders:
                        out.put(chunk)
                        chunk, orders = [], 0
            out.put(chunk)
            out.put(None)
    except Exception as exc:  # noqa: BLE001 - handed to the importing process, which raises it
        out.put(exc)


def _parsed_in_worker(path: Path, header: list[str], zone: ZoneInfo, parse: Parser,
                      batch_orders: int) -> Iterator[ImportedOrder | SkippedRow]:
    """The file's items, parsed in a worker process (spawned: the GUI process has threads)."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=WORKER_QUEUE)
    worker = context.Process(target=_parse_to_queue, args=(path, header, zone, parse, batch_orders, out),
                             daemon=True, name="order-import-parser")
    worker.start()
    try:
        while True:
            try:
                chunk = out.get(timeout=1.0)
            except queue.Empty:
                if not worker.is_alive():
                    raise OSError(f"the worker reading {path.name} stopped (exit code {worker.exitcode})") from None
                continue
            if chunk is None:
                return
            if isinstance(chunk, Exception):
                raise chunk
            yield from chunk
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join()
        out.close()


def _import(items: Iterable[ImportedOrder | SkippedRow], source: str, store_batch: StoreBatch,
            progress: Progress | None, batch_orders: int) -> ImportSummary:
    orders = lines = updated = 0
    skipped: list[SkippedRow] = []
    batch: list[ImportedOrder] = []
    for item in items:
        if isinstance(item, SkippedRow):
            skipped.append(item)
            continue
        batch.append(item)
        orders += 1
        lines += len(item.lines)
        if len(batch) >= batch_orders:
            updated += store_batch(source, batch)
            batch = []
            if progress is not None and not progress(orders):
                return ImportSummary(orders, lines, updated, skipped, cancelled=True, format=source)
    if batch:
        updated += store_batch(source, batch)
    if progress is not None:
        progress(orders)
    return ImportSummary(orders=orders, lines=lines, updated=updated, skipped=skipped, format=source)
