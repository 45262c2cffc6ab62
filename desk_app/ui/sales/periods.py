"""The periods the Sales page offers at one click, counted back from the last order's day.

Order exports are often weeks old when they are imported, so "this month" is the month of the
last order rather than the calendar's: a period relative to today could hold nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Preset(StrEnum):
    """A period chosen by name; CUSTOM is whatever the two dates say."""

    LAST_30_DAYS = "last_30_days"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    LAST_3_MONTHS = "last_3_months"
    THIS_YEAR = "this_year"
    ALL = "all"
    CUSTOM = "custom"


DEFAULT_PRESET = Preset.LAST_3_MONTHS


@dataclass(frozen=True)
class Period:
    """Shop days from `start` to `end`, both included."""

    start: date
    end: date


def _month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before the month of `day`."""
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


def preset_period(preset: Preset, first: date, last: date) -> Period:
    """The days of `preset` when the orders run from `first` to `last` (ALL, and CUSTOM with no
    dates of its own: all of them). A period may start before the first order."""
    if preset is Preset.LAST_30_DAYS:
        return Period(last - timedelta(days=29), last)
    if preset is Preset.THIS_MONTH:
        return Period(_month_start(last), last)
    if preset is Preset.LAST_MONTH:
        this_month = _month_start(last)
        return Period(_month_start(last, 1), this_month - timedelta(days=1))
    if preset is Preset.LAST_3_MONTHS:
        return Period(_month_start(last, 2), last)
    if preset is Preset.THIS_YEAR:
        return Period(date(last.year, 1, 1), last)
    return Period(first, last)
