"""Calendar days and months in the desk's time zone; everything is stored in UTC, as `utc_text` writes it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


WEEKDAYS_JA = "月火水木金土日"  # Monday first, as date.weekday() counts
_TWO_DIGITS = tuple(f"{n:02d}" for n in range(100))


def local_day(moment: datetime, zone: str) -> date:
    """The calendar day `moment` falls on in `zone` (rates and tallies count by these days)."""
    return moment.astimezone(ZoneInfo(zone)).date()


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def day_start_utc(day: date, zone: str) -> datetime:
    """The UTC instant at which `day` begins in `zone`."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def parse_month(text: str) -> date:
    """`YYYY-MM` → the first day of that month; ValueError otherwise."""
    return datetime.strptime(text, "%Y-%m").date()


def utc_text(value: datetime | None) -> str | None:
    """How the store writes a moment: `2026-11-02T01:00:00.000000Z`, fixed-width ISO 8601 in UTC, so
    text order is time order (None stays None). Raises ValueError for a naive datetime."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return utc_text_of(value.astimezone(UTC))


def utc_text_of(utc: datetime) -> str:
    """utc_text() of a moment already in UTC."""
    # Spelled out with a table of two-digit numbers: isoformat and strftime cost twice as much,
    # and a million-line order import writes a moment per order.
    two, micro = _TWO_DIGITS, utc.microsecond
    return (f"{utc.year:04d}-{two[utc.month]}-{two[utc.day]}T{two[utc.hour]}:{two[utc.minute]}:{two[utc.second]}"
            f".{f'{micro:06d}' if micro else '000000'}Z")
