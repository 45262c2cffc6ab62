"""Cell values as Japanese shop exports write them: dates, yen amounts, quantities.

Each parser first tries the plain ASCII form most exports write (`2026-11-02 10:00:00 +0900`,
`1980`, `1980.00`, `2`) with cheap checks, and only then the general path (NFKC folding of
full-width characters, a regular expression), which costs several times more per cell.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")

_DATE = re.compile(
    r"^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_YEN = re.compile(r"^-?\d+(?:\.0+)?$")


def _iso_datetime(text: str, zone: ZoneInfo) -> datetime | None:
    """`YYYY-MM-DD HH:MM[:SS][ +0900]` (or with `/`) through datetime.fromisoformat; None otherwise."""
    if not (16 <= len(text) <= 25 and text.isascii() and text[4] in "-/" and text[7] == text[4]
            and text[10] in " T" and text[13] == ":"):
        return None
    iso = text.replace("/", "-") if text[4] == "/" else text
    if len(iso) > 20 and iso[19] == " ":  # Shopify's `10:00:00 +0900`: fromisoformat wants no space
        iso = iso[:19] + iso[20:]
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone)


def parse_datetime(text: str, zone: ZoneInfo = TOKYO) -> datetime:
    """`2026/11/02 10:00`, `2026-11-02 10:00:00 +0900`, `2026-11-02T01:00:00Z`, `2026年11月2日` → aware.

    Without an offset the time is taken in `zone` (Asia/Tokyo). Raises ValueError otherwise.
    """
    fast = _iso_datetime(text, zone)
    if fast is not None:
        return fast
    match = _DATE.match(unicodedata.normalize("NFKC", text).strip())
    if not match:
        raise ValueError(text)
    year, month, day, hour, minute, second, offset = match.groups()
    naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    if offset is None:
        return naive.replace(tzinfo=zone)
    if offset == "Z":
        return naive.replace(tzinfo=UTC)
    digits = offset.replace(":", "")
    minutes = int(digits[1:3]) * 60 + int(digits[3:5])
    return naive.replace(tzinfo=timezone(timedelta(minutes=-minutes if digits[0] == "-" else minutes)))


def parse_yen(text: str) -> int:
    """`¥1,980`, `￥1980`, `1980.00`, `1,980円` → 1980. Raises ValueError for anything with sen."""
    if text.isascii():
        if text.isdigit():
            return int(text)
        if text.endswith(".00") and text[:-3].isdigit():
            return int(text[:-3])
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("¥", "").replace("\\", "")
    cleaned = cleaned.removesuffix("円").removeprefix("JPY").strip()
    if not _YEN.match(cleaned):
        raise ValueError(text)
    return int(cleaned.split(".")[0])


def parse_quantity(text: str) -> int:
    """A positive whole number of items. Raises ValueError otherwise."""
    if text.isascii() and text.isdigit():
        quantity = int(text)
    else:
        quantity = int(unicodedata.normalize("NFKC", text).strip().replace(",", ""))
    if quantity <= 0:
        raise ValueError(text)
    return quantity
