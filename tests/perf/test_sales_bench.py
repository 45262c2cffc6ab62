"""Sales benchmark: a 1,000,000-line Shopify orders export against pandas.read_csv, then the analyses.

Prints one table (figure, measured, target, pandas' figure, ratio, PASS/FAIL):
- `orders import` of the file, run as the command in a process of its own: its wall time against
  the time pandas.read_csv takes to read the same file (target ≤ 2×), and its peak memory
  (RUSAGE_CHILDREN's ru_maxrss, read by the small measure_child.py that starts it; < 600 MB);
- SalesService.summary() over all lines (< 300 ms) and SalesService.pairs() over a period of
  100,000 orders (< 2 s), both on the imported db.
A missed target does not fail the run — this is a benchmark — but every measurement is checked
for being real: the orders, lines, counted orders and revenue imported equal what was generated.

Set DESK_BENCH_PROFILE=1 to also profile an import (cProfile, in this process, into a second db)
and print where its time went: reading the file, parsing the cells into orders, storing them.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from bench_support import ROOT, Row, render_table, run_python
from sales_export import ExportFacts

from desk_app.paths import AppPaths
from desk_app.services.context import Services

SALES_EXPORT = Path(__file__).with_name("sales_export.py")
MEASURE_CHILD = Path(__file__).with_name("measure_child.py")
LINES = 1_000_000
PAIRS_ORDERS = 100_000


def _env(db: Path) -> dict[str, str]:
    env = {**os.environ, "DESK_APP_HOME": str(db.parent / "home")}
    env.pop("DESK_APP_DB", None)
    return env


def import_in_child(db: Path, facts: ExportFacts) -> tuple[float, float, dict]:
    """(seconds, peak MB, the command's JSON) of `orders import` in a process of its own, started
    and measured by measure_child.py; the db is created and migrated beforehand by another command,
    so the import is all the measured one does."""
    prepared = subprocess.run([sys.executable, "-m", "desk_app", "--db", str(db), "orders", "profile", "list"],
                              capture_output=True, text=True, env={**_env(db), "PYTHONPATH": str(ROOT)})
    assert prepared.returncode == 0, prepared.stderr
    measured = json.loads(run_python(MEASURE_CHILD, sys.executable, "-m", "desk_app", "--db", str(db), "orders",
                                     "import", str(facts.path), "--json", env=_env(db)))
    assert measured["returncode"] == 0, measured["stderr"]
    return measured["seconds"], measured["maxrss_kb"] / 1024, json.loads(measured["stdout"])


def pandas_seconds(path: Path) -> float:
    """The faster of two pandas.read_csv runs over the file (the reference, at its best)."""
    import pandas
    times = []
    for _ in range(2):
        started = time.perf_counter()
        frame = pandas.read_csv(path)
        times.append(time.perf_counter() - started)
        assert len(frame) == LINES
        del frame
    return min(times)


def timed_ms(call, repeat: int = 5) -> tuple[float, object]:
    """Median milliseconds of `repeat` calls after one untimed call (a running app has its cache warm)."""
    result = call()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def period_of(services: Services, orders: int) -> tuple[date, date, int]:
    """The first days of the imported orders that together hold at least `orders` counted orders."""
    total = 0
    days = services.sales.revenue(by="day")
    for day in days:
        total += day.orders
        if total >= orders:
            return days[0].start, day.start, total
    raise AssertionError(f"only {total} orders imported")


def print_profile(facts: ExportFacts, folder: Path) -> None:
    services = Services.open(AppPaths(data_dir=folder / "profiled-home", db_file=folder / "profiled.db"))
    profile = folder / "import.prof"
    try:
        cProfile.runctx("services.order_imports.import_orders(path)", globals(),
                        {"services": services, "path": facts.path}, str(profile))
    finally:
        services.close()
    stats = pstats.Stats(str(profile))
    total = stats.total_tt  # type: ignore[attr-defined]

    def cumulative(name: str, module: str) -> float:
        return sum(value[3] for (filename, _, function), value in stats.stats.items()  # type: ignore[attr-defined]
                   if function == name and filename.endswith(module))

    reading = cumulative("_records", "sales/reading.py")
    parsing = cumulative("parse_shopify", "sales/shopify.py") - reading
    storing = cumulative("upsert_orders", "store/sales_repo.py")
    print(f"\nprofile of the import: {total:.1f} s in total (cProfile adds overhead)")
    for label, seconds in (("reading the file into cells (sales.reading)", reading),
                           ("parsing cells into orders (sales.shopify, values)", parsing),
                           ("storing (store.sales_repo.upsert_orders)", storing)):
        print(f"  {label:<55} {seconds:7.1f} s  {seconds / total:5.0%}")
    stats.sort_stats("tottime").print_stats(20)


def test_sales_benchmark(bench_dir: Path) -> None:
    pytest.importorskip("pandas", reason="the reference: pip install -r requirements-bench.txt")
    started = time.perf_counter()
    path = bench_dir / "orders_export.csv"
    facts = ExportFacts(**{**json.loads(run_python(SALES_EXPORT, str(path), str(LINES))), "path": path})
    written = time.perf_counter() - started
    size_mb = facts.path.stat().st_size / 1e6
    print(f"\nexport: {facts.lines:,} lines, {facts.orders:,} orders, {size_mb:.0f} MB, written in {written:.1f} s")

    db = bench_dir / "sales.db"
    import_s, peak_mb, imported = import_in_child(db, facts)
    assert (imported["orders"], imported["lines"], imported["skipped"]) == (facts.orders, facts.lines, [])
    reference_s = pandas_seconds(facts.path)

    services = Services.open(AppPaths(data_dir=bench_dir / "home", db_file=db))
    try:
        summary_ms, summary = timed_ms(services.sales.summary)
        assert (summary.orders, summary.revenue_yen, summary.units) == (
            facts.counted_orders, facts.revenue_yen, facts.units)
        start, end, period_orders = period_of(services, PAIRS_ORDERS)
        pairs_ms, pairs = timed_ms(lambda: services.sales.pairs(start, end), repeat=3)
        assert pairs and all(p.orders >= 2 for p in pairs)
    finally:
        services.close()

    rows = [
        Row("orders import, 1M lines (s)", import_s, "s", None, 2, reference_s),
        Row("import peak memory (MB)", peak_mb, "MB", 600),
        Row("summary over all lines (ms)", summary_ms, "ms", 300),
        Row(f"pairs over {period_orders:,} orders (ms)", pairs_ms, "ms", 2000),
    ]
    print()
    print(render_table(rows, reference="pandas.read_csv"))
    print(f"(import: the `orders import` command in a process of its own, interpreter start included; "
          f"pandas: the faster of two read_csv runs; pairs: {start} to {end})")

    if os.environ.get("DESK_BENCH_PROFILE"):
        print_profile(facts, bench_dir)

    assert all(row.measured is not None and row.measured > 0 for row in rows)
