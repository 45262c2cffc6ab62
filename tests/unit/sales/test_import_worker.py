"""A big export is parsed in a worker process while the importing process stores: the same orders,
lines and skipped rows as parsing in place; cancel stops the worker; a worker that dies is an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_shopify_import import first, services, stored, write_csv  # noqa: F401 - the fixture

from desk_app.sales import importing


def export(tmp_path: Path, name: str, orders: int) -> Path:
    rows = [["", "x@example.jp", "paid", "2026/11/02 10:00", "1000", "", "1", "orphan", "1000", "O-1", ""]]
    for n in range(orders):
        rows += first(f"#{n}", "2026/11/02 10:00" if n % 7 else "not a date",
                      [("2", "湯呑み", "¥1,980", "YU-1"), ("1", "急須", "3300", "KY-1")][: 1 + n % 2],
                      email=f"c{n}@example.jp", total="5000")
    return write_csv(tmp_path / name, rows)


def test_the_worker_reads_the_same_as_parsing_in_place(services, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    path = export(tmp_path, "orders.csv", 300)
    inline = services.order_imports.import_orders(path)
    in_place = stored(services)
    monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(importing, "BATCH_ORDERS", 40)
    again = services.order_imports.import_orders(path)
    assert (again.orders, again.lines, again.skipped) == (inline.orders, inline.lines, inline.skipped)
    assert again.updated == inline.orders  # every order was there: updated, not doubled
    assert stored(services) == in_place
    assert {s.line for s in again.skipped} >= {2}  # the orphan row, reported by its line


def test_cancel_stops_the_worker_and_keeps_whole_batches(services, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    path = export(tmp_path, "orders.csv", 500)
    monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(importing, "BATCH_ORDERS", 50)
    summary = services.order_imports.import_orders(path, progress=lambda done: done < 100)
    assert summary.cancelled and summary.orders == 100 and len(stored(services)) == 100


def test_a_worker_that_dies_is_an_error_not_a_hang(services, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    path = export(tmp_path, "orders.csv", 50)
    monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(importing, "_batches_to_queue", _die)
    with pytest.raises(OSError, match="stopped"):
        services.order_imports.import_orders(path)
    assert stored(services) == {}


def _die(*_args: object) -> None:
    import os

    os._exit(3)
