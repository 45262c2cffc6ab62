"""Importing Shopify orders exports into a real db: continuation rows, encodings, bad rows, re-imports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desk_app.core.errors import DeskAppError
from desk_app.core.order_rows import OrderRows
from desk_app.paths import AppPaths
from desk_app.sales import importing
from desk_app.sales.records import SkipReason
from desk_app.services.context import Services
from desk_app.store import sales_repo
from desk_app.store.models import Order, OrderLine

HEADER = ["Name", "Email", "Financial Status", "Created at", "Total", "Cancelled at", "Lineitem quantity",
          "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name"]


def first(number, created, lines, *, email="", status="paid", total="", cancelled="", billing=""):
    """The rows of one order: order-level columns on the first row only, as Shopify writes them."""
    rows = []
    for i, (qty, name, price, sku) in enumerate(lines):
        if i == 0:
            rows.append([number, email, status, created, total, cancelled, qty, name, price, sku, billing])
        else:
            rows.append([number, "", "", "", "", "", qty, name, price, sku, ""])
    return rows


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", newline: str = "\n") -> Path:
    text = io.StringIO()
    csv.writer(text, lineterminator=newline).writerows([HEADER, *rows])
    path.write_bytes(text.getvalue().encode(encoding))
    return path


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    yield opened
    opened.close()


def stored(services: Services) -> dict[str, tuple]:
    """number → (email, customer, created_at, total, status, cancelled_at, [(sku, name, qty, price)])."""
    with services.db.read() as session:
        orders = session.scalars(select(Order).order_by(Order.number)).all()
        return {o.number: (o.email, o.customer_name, o.created_at, o.total_yen, o.financial_status, o.cancelled_at,
                           [(ln.sku, ln.name, ln.quantity, ln.unit_price_yen) for ln in o.lines])
                for o in orders}


def store_batch(services: Services) -> importing.StoreBatch:
    """What OrderImportService stores each batch with, for driving sales.importing directly."""

    def store(rows: OrderRows) -> int:
        with services.db.write() as session:
            return sales_repo.upsert_orders(session, rows)
    return store


def count_lines(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(OrderLine))


def test_continuation_rows_join_their_order(services: Services, tmp_path: Path) -> None:
    rows = (first("#1001", "2026/11/02 10:00", [("1", "湯呑み", "¥1,980", "YU-1"), ("2", "急須", "3,300.00", "KY-1"),
                                                ("1", "箸", "500", "HA-1")],
                  email="hanako@example.jp", total="¥9,080", billing="山田 花子")
            + first("#1002", "2026-11-03 09:30:00 +0900", [("1", "箸", "500", "HA-1")], status="refunded",
                    cancelled="2026-11-04 12:00:00 +0900"))
    result = services.order_imports.import_orders(write_csv(tmp_path / "orders.csv", rows))
    assert (result.orders, result.lines, result.updated, result.skipped) == (2, 4, 0, [])
    orders = stored(services)
    assert orders["#1001"] == (
        "hanako@example.jp", "山田 花子", datetime(2026, 11, 2, 1, 0, tzinfo=UTC), 9080, "paid", None,
        [("YU-1", "湯呑み", 1, 1980), ("KY-1", "急須", 2, 3300), ("HA-1", "箸", 1, 500)],
    )
    assert orders["#1002"][4:6] == ("refunded", datetime(2026, 11, 4, 3, 0, tzinfo=UTC))


def test_cp932_with_crlf_and_a_quoted_newline(services: Services, tmp_path: Path) -> None:
    rows = first("#2001", "2026/11/02 10:00", [("1", "有田焼 湯呑み\r\n（藍）", "￥2,200", "AR-1"),
                                               ("1", "ギフト包装", "\\0", "GIFT")], billing="髙橋 一郎")
    path = write_csv(tmp_path / "sjis.csv", rows, encoding="cp932", newline="\r\n")
    assert b"\r\n" in path.read_bytes()
    result = services.order_imports.import_orders(path)
    assert (result.orders, result.lines, result.skipped) == (1, 2, [])
    order = stored(services)["#2001"]
    assert order[1] == "髙橋 一郎"
    assert order[6] == [("AR-1", "有田焼 湯呑み\r\n（藍）", 1, 2200), ("GIFT", "ギフト包装", 1, 0)]


def test_utf8_with_bom_reads_the_first_column(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", first("#3001", "2026/11/02 10:00", [("1", "湯呑み", "1980", "YU-1")]),
                     encoding="utf-8-sig")
    assert services.order_imports.import_orders(path, fmt="shopify").orders == 1
    assert list(stored(services)) == ["#3001"]


def test_bad_rows_are_reported_by_line_and_the_rest_imported(services: Services, tmp_path: Path) -> None:
    rows = (first("#4001", "2026/11/02 10:00", [("1", "湯呑み", "1980", "YU-1"), ("x", "急須", "3300", "KY-1")])  # 2, 3
            + first("#4002", "2026/13/40 10:00", [("1", "箸", "500", "HA-1"), ("1", "皿", "800", "SA-1")])  # 4, 5
            + [["", "", "", "", "", "", "1", "箸", "500", "HA-1", ""]]  # 6
            + first("#4003", "2026/11/05 10:00", [("1", "皿", "8.50", "SA-1")])  # 7
            + [["#4999", "", "", "", "", "", "1", "箸", "500", "HA-1", ""]]  # 8
            + first("#4004", "2026/11/06 10:00", [("2", "皿", "800", "SA-1")]))  # 9
    result = services.order_imports.import_orders(write_csv(tmp_path / "bad.csv", rows))
    assert [(s.line, s.reason, s.value) for s in result.skipped] == [
        (3, SkipReason.BAD_QUANTITY, "x"),
        (4, SkipReason.BAD_DATE, "2026/13/40 10:00"),
        (5, SkipReason.ORDER_SKIPPED, "#4002"),
        (6, SkipReason.NO_NUMBER, ""),
        (7, SkipReason.BAD_AMOUNT, "8.50"),
        (8, SkipReason.ORPHAN_LINE, "#4999"),
    ]
    assert (result.orders, result.lines) == (2, 2)
    orders = stored(services)
    assert list(orders) == ["#4001", "#4004"]
    assert orders["#4001"][6] == [("YU-1", "湯呑み", 1, 1980)]


def test_line_numbers_count_physical_lines_of_quoted_newlines(services: Services, tmp_path: Path) -> None:
    rows = (first("#5001", "2026/11/02 10:00", [("1", "二行\nの名前", "1980", "YU-1")])  # lines 2-3
            + first("#5002", "bad", [("1", "箸", "500", "HA-1")]))  # line 4
    result = services.order_imports.import_orders(write_csv(tmp_path / "multi.csv", rows))
    assert [(s.line, s.reason) for s in result.skipped] == [(4, SkipReason.BAD_DATE)]


def test_reimporting_an_overlapping_file_updates_instead_of_duplicating(services: Services, tmp_path: Path) -> None:
    october = (first("#6001", "2026/10/30 10:00", [("1", "湯呑み", "1980", "YU-1"), ("1", "急須", "3300", "KY-1")])
               + first("#6002", "2026/10/31 10:00", [("1", "箸", "500", "HA-1")]))
    services.order_imports.import_orders(write_csv(tmp_path / "oct.csv", october))
    again = services.order_imports.import_orders(write_csv(tmp_path / "oct.csv", october))
    assert (again.orders, again.lines, again.updated) == (2, 3, 2)
    assert (len(stored(services)), count_lines(services)) == (2, 3)

    # The later export has #6002 refunded with one line fewer... and a new order.
    overlap = (first("#6001", "2026/10/30 10:00", [("1", "湯呑み", "1980", "YU-1")], status="refunded")
               + first("#6003", "2026/11/01 10:00", [("3", "箸", "500", "HA-1")]))
    result = services.order_imports.import_orders(write_csv(tmp_path / "nov.csv", overlap))
    assert (result.orders, result.lines, result.updated) == (2, 2, 1)
    orders = stored(services)
    assert list(orders) == ["#6001", "#6002", "#6003"]
    assert orders["#6001"][4] == "refunded" and orders["#6001"][6] == [("YU-1", "湯呑み", 1, 1980)]
    assert count_lines(services) == 3


def test_batches_commit_as_they_go(services: Services, tmp_path: Path) -> None:
    rows = [r for n in range(10) for r in first(f"#{7000 + n}", "2026/11/02 10:00",
                                                [("1", "箸", "500", "HA-1"), ("1", "皿", "800", "SA-1")])]
    batches: list[int] = []

    def store(rows: OrderRows) -> int:
        batches.append(len(rows.orders))
        return store_batch(services)(rows)

    result = importing.import_orders(write_csv(tmp_path / "many.csv", rows), store, batch_orders=3)
    assert batches == [3, 3, 3, 1]
    assert (result.orders, result.lines, len(stored(services)), count_lines(services)) == (10, 20, 10, 20)


def test_an_unknown_export_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("受注番号,注文日時,商品名\n1,2026/11/02,湯呑み\n", encoding="utf-8")
    with pytest.raises(DeskAppError):
        services.order_imports.import_orders(path)
    assert stored(services) == {}


def test_progress_after_each_batch_and_cancel_keeps_whole_orders(services: Services, tmp_path: Path) -> None:
    rows = [r for n in range(10) for r in first(f"#{8000 + n}", "2026/11/02 10:00",
                                                [("1", "箸", "500", "HA-1"), ("1", "皿", "800", "SA-1")])]
    path = write_csv(tmp_path / "many.csv", rows)
    heard: list[int] = []
    done = importing.import_orders(path, store_batch(services), batch_orders=4,
                                   progress=lambda n: heard.append(n) or True)
    assert (heard, done.cancelled) == ([4, 8, 10], False)

    heard.clear()
    with services.db.write() as session:
        session.execute(delete(Order))
    stopped = importing.import_orders(path, store_batch(services), batch_orders=4,
                                      progress=lambda n: heard.append(n) or n < 8)
    assert (heard, stopped.cancelled, stopped.orders, stopped.lines) == ([4, 8], True, 8, 16)
    assert (len(stored(services)), count_lines(services)) == (8, 16)
