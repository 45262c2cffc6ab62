"""Imported orders made into the rows the store writes: UTC text, shop day, counted, number key,
the lines in order, and an order given twice in a batch stored once (the last one)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from desk_app.core.clock import utc_text
from desk_app.core.order_rows import LINE_COLUMNS, ORDER_COLUMNS, ShopMoments, order_rows
from desk_app.sales.records import ImportedLine, ImportedOrder

TOKYO = ZoneInfo("Asia/Tokyo")
JST = timezone(timedelta(hours=9))


def order(number: str, created: datetime, *lines: tuple[str, int, int], status: str = "paid",
          cancelled: datetime | None = None) -> ImportedOrder:
    return ImportedOrder(number, f"{number}@example.jp", "山田 花子", created, 1000, status, cancelled,
                         [ImportedLine(sku, f"name {sku}", qty, price) for sku, qty, price in lines])


def test_orders_and_lines_become_rows_with_their_facts() -> None:
    imported = datetime(2026, 11, 5, 3, 4, 5, 6, tzinfo=UTC)
    rows = order_rows("shopify", [
        order("＃1001", datetime(2026, 11, 1, 0, 30, tzinfo=JST), ("A", 2, 500), ("B", 1, 300)),
        order("#1002", datetime(2026, 10, 31, 23, 59, 59, tzinfo=JST), ("A", 1, 500), status="refunded"),
        order("#1003", datetime(2026, 11, 1, 12, tzinfo=JST), cancelled=datetime(2026, 11, 2, 1, 2, 3, tzinfo=UTC)),
    ], TOKYO, imported)
    by_column = [dict(zip(ORDER_COLUMNS, row)) for row in rows.orders]
    assert [(o["id"], o["number"], o["created_at"], o["local_day"], o["counted"], o["number_key"])
            for o in by_column] == [
        (0, "＃1001", "2026-10-31T15:30:00.000000Z", "2026-11-01", True, "1001"),
        (1, "#1002", "2026-10-31T14:59:59.000000Z", "2026-10-31", False, "1002"),
        (2, "#1003", "2026-11-01T03:00:00.000000Z", "2026-11-01", False, "1003"),
    ]
    assert {o["imported_at"] for o in by_column} == {"2026-11-05T03:04:05.000006Z"}
    assert [o["cancelled_at"] for o in by_column] == [None, None, "2026-11-02T01:02:03.000000Z"]
    assert [dict(zip(LINE_COLUMNS, line)) for line in rows.lines] == [
        {"order_id": 0, "position": 0, "sku": "A", "name": "name A", "quantity": 2, "unit_price_yen": 500},
        {"order_id": 0, "position": 1, "sku": "B", "name": "name B", "quantity": 1, "unit_price_yen": 300},
        {"order_id": 1, "position": 0, "sku": "A", "name": "name A", "quantity": 1, "unit_price_yen": 500},
    ]
    assert (rows.source, rows.numbers, rows.given, rows.given_lines) == (
        "shopify", ["＃1001", "#1002", "#1003"], 3, 3)


def test_an_order_given_twice_is_one_row_the_last_one() -> None:
    day = datetime(2026, 11, 2, 10, tzinfo=JST)
    rows = order_rows("base", [order("#1", day, ("A", 1, 100)), order("#2", day, ("C", 1, 10)),
                               order("#1", day, ("B", 3, 10), ("D", 1, 5))], TOKYO)
    assert rows.numbers == ["#1", "#2"]
    assert [(line[0], line[2]) for line in rows.lines] == [(0, "B"), (0, "D"), (1, "C")]
    assert (rows.given, rows.given_lines) == (3, 4)


@given(st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30),
                    timezones=st.sampled_from([UTC, JST, TOKYO, timezone(timedelta(hours=-5, minutes=-30))])))
def test_a_moment_is_written_and_dated_as_strftime_and_the_zone_say(moment: datetime) -> None:
    text, day = ShopMoments(TOKYO)(moment)
    assert text == utc_text(moment) == moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert day == moment.astimezone(TOKYO).date().isoformat()


def test_moments_of_one_day_and_the_next_keep_their_days() -> None:
    moments = ShopMoments(TOKYO)
    start = datetime(2026, 11, 1, 23, 0, tzinfo=TOKYO)
    days = [moments(start + timedelta(minutes=20 * n))[1] for n in range(6)]
    assert days == ["2026-11-01"] * 3 + ["2026-11-02"] * 3
    assert moments(datetime(2026, 10, 31, 14, 59, 59, tzinfo=UTC))[1] == "2026-10-31"  # back a day
