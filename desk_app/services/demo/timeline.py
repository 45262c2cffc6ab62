"""Placing demo events in time relative to `now`, in the desk's time zone.

Everything is relative to `now` so that the demo always looks current: the newest mails are from
today, some deadlines have just passed, some fall later today, some in the coming days.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_app.core import clock

WORK_START = time(9, 30)
WORK_END = time(18, 0)


class DeskClock:
    """`now`, the desk's zone and its working hours (Mon–Sat), with helpers to place events."""

    def __init__(self, now: datetime, zone: str) -> None:
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self.now = now.astimezone(UTC)
        self.zone = zone
        self.tz = ZoneInfo(zone)
        self.today = clock.local_day(self.now, zone)
        self.today_start = clock.day_start_utc(self.today, zone)

    def local(self, day: date, hour: int, minute: int = 0) -> datetime:
        """The UTC instant of `hour:minute` on `day` in the desk's zone."""
        return datetime.combine(day, time(hour, minute), tzinfo=self.tz).astimezone(UTC)

    def day_of(self, moment: datetime) -> date:
        """The desk's calendar day of `moment`."""
        return clock.local_day(moment, self.zone)

    def days_ago(self, rng: random.Random, low: float, high: float) -> datetime:
        """A moment between `high` and `low` days before now."""
        return self.now - timedelta(days=rng.uniform(low, high))

    def working(self, moment: datetime, rng: random.Random) -> datetime:
        """`moment` if it falls in working hours, else a little after the next opening."""
        local = moment.astimezone(self.tz)
        day = local.date()
        if day.weekday() < 6 and WORK_START <= local.time() < WORK_END:
            return moment
        if day.weekday() < 6 and local.time() < WORK_START:
            start_day = day
        else:
            start_day = day + timedelta(days=1)
        while start_day.weekday() == 6:
            start_day += timedelta(days=1)
        opening = datetime.combine(start_day, WORK_START, tzinfo=self.tz).astimezone(UTC)
        return opening + timedelta(minutes=rng.randint(5, 150))

    def awake(self, moment: datetime, rng: random.Random) -> datetime:
        """`moment` moved out of the small hours, when customers rarely write."""
        local = moment.astimezone(self.tz)
        if 1 <= local.hour < 7:
            morning = datetime.combine(local.date(), time(7, 0), tzinfo=self.tz).astimezone(UTC)
            return morning + timedelta(minutes=rng.randint(0, 120))
        return moment

    def today_slot(self, fraction: float) -> datetime:
        """A moment of today that is not after now: `fraction` of the way from midnight to now."""
        return self.today_start + (self.now - self.today_start) * max(0.0, min(1.0, fraction))

    def due_today(self) -> datetime:
        """A deadline later today: 18:00, or halfway to midnight when 18:00 has passed."""
        evening = self.local(self.today, 18)
        if evening > self.now:
            return evening
        midnight = self.local(self.today + timedelta(days=1), 0)
        return self.now + (midnight - self.now) / 2

    def in_days(self, days: int, hour: int) -> datetime:
        """`hour` o'clock `days` calendar days from today."""
        return self.local(self.today + timedelta(days=days), hour)

    def spread_until_now(self, after: datetime, count: int) -> list[datetime]:
        """`count` increasing moments between `after` and shortly before now."""
        end = self.now - timedelta(minutes=5)
        if end <= after:
            end = self.now
        step = (end - after) / (count + 1)
        return [after + step * (i + 1) for i in range(count)]

    def months_back(self, months: int) -> date:
        """The first day of the month `months` months before this one."""
        year, month = self.today.year, self.today.month - months
        while month < 1:
            year, month = year - 1, month + 12
        return date(year, month, 1)

    def japanese_date(self, moment: datetime) -> str:
        """`6月14日（金）`: how a date is written in the mails."""
        local = moment.astimezone(self.tz)
        return f"{local.month}月{local.day}日（{clock.WEEKDAYS_JA[local.weekday()]}）"

    def quote_header(self, moment: datetime, sender: str) -> str:
        """The attribution line above a quoted mail, as Japanese mail clients write it."""
        local = moment.astimezone(self.tz)
        return (f"{local.year}年{local.month}月{local.day}日({clock.WEEKDAYS_JA[local.weekday()]}) "
                f"{local:%H:%M} {sender}:")
