"""Dates and yen amounts in the forms Japanese shop exports write them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.sales.values import parse_datetime, parse_quantity, parse_yen

TOKYO_10AM_AS_UTC = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "2026/11/02 10:00", "2026/11/2 10:00:00", "2026-11-02 10:00:00 +0900", "2026-11-02T10:00:00+09:00",
    "2026-11-02 01:00:00 +0000", "2026-11-01 20:00:00 -0500", "2026-11-02T01:00:00Z", "２０２６/１１/０２ １０:００",
])
def test_dates_are_read_as_the_same_instant(text: str) -> None:
    parsed = parse_datetime(text)
    assert parsed.tzinfo is not None
    assert parsed == TOKYO_10AM_AS_UTC


def test_a_date_without_time_is_tokyo_midnight() -> None:
    assert parse_datetime("2026/11/02") == datetime(2026, 11, 1, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "2026/13/40 10:00", "02/11/2026", "yesterday", "2026/11/02 25:00"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


@pytest.mark.parametrize(("text", "yen"), [
    ("1980", 1980), ("¥1,980", 1980), ("￥1,980", 1980), ("1,980.00", 1980), ("1980.0", 1980),
    ("１，９８０円", 1980), (" ¥0 ", 0), ("-500", -500), ("¥1,234,567", 1234567),
])
def test_yen_forms(text: str, yen: int) -> None:
    assert parse_yen(text) == yen


@pytest.mark.parametrize("text", ["", "¥", "19.80", "1980.50", "abc", "$20"])
def test_amounts_with_sen_or_junk_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_yen(text)


def test_quantities_must_be_positive_whole_numbers() -> None:
    assert parse_quantity("３") == 3
    for bad in ("0", "-1", "1.5", ""):
        with pytest.raises(ValueError):
            parse_quantity(bad)
