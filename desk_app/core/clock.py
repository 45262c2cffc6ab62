"""Calendar days and months in the desk's time zone; everything is stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


WEEKDAYS_JA = "月火水木金土日"  # Monday first, as date.weekday() counts


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
