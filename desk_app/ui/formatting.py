"""How times, money and counts look on screen (Japanese desk conventions: 2026/11/02 10:00, ¥1,200)."""

from __future__ import annotations

import html
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Tokyo"


def zone(name: str | None) -> ZoneInfo:
    """The named zone, or Asia/Tokyo when the name is empty or unknown on this machine."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def date_time(moment: datetime | None, tz: ZoneInfo) -> str:
    """`2026/11/02 10:00` in the desk's zone; empty for no time."""
    if moment is None:
        return ""
    return moment.astimezone(tz).strftime("%Y/%m/%d %H:%M")


def local_date(moment: datetime | date | None, tz: ZoneInfo) -> str:
    """`2026/11/02`: the day `moment` falls on in the desk's zone."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = moment.astimezone(tz).date()
    return moment.strftime("%Y/%m/%d")


def yen(amount: int) -> str:
    """`¥21,600` (integer yen, thousands separated)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,}"


def file_size(size: int) -> str:
    """`820 B`, `12 KB`, `3.4 MB`."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def tooltip_text(text: str) -> str:
    """Text from outside (mail) made safe for a tooltip.

    Qt shows a tooltip as rich text when it merely looks like HTML, which would let a sender's
    name draw markup or reference images; escaping and wrapping it keeps it literal.
    """
    return f"<span>{html.escape(text)}</span>" if text else ""
