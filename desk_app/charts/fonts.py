"""A font that can set Japanese in a chart, chosen at run time from what is installed.

matplotlib's default family (DejaVu Sans) has no Japanese glyphs: names and labels would come out
as boxes. The first installed family of `JAPANESE_FAMILIES` is used; without any, the charts keep
the default and say so once in the log.
"""

from __future__ import annotations

import logging
from functools import cache

from matplotlib import font_manager

log = logging.getLogger(__name__)

JAPANESE_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "IPAexGothic",
    "IPAGothic",
)
FALLBACK = "sans-serif"
FONT_PACKAGE = "fonts-noto-cjk"


def choose_family(installed: set[str], candidates: tuple[str, ...] = JAPANESE_FAMILIES) -> str | None:
    """The first of `candidates` among the `installed` family names, or None."""
    return next((family for family in candidates if family in installed), None)


@cache
def japanese_family() -> str:
    """The family charts are set in: a Japanese one when installed (a warning in the log if not)."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    family = choose_family(installed)
    if family is None:
        log.warning("No Japanese font for charts (looked for %s): Japanese labels may show as boxes."
                    " On Debian or Ubuntu install the package %s.", ", ".join(JAPANESE_FAMILIES), FONT_PACKAGE)
        return FALLBACK
    return family
