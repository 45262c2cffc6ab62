"""The forgotten-attachment check: the text speaks of an attachment but none is attached."""

from __future__ import annotations

import re

_MENTIONS = re.compile(r"添付|同封|attach(?:ed|ment|ing)?|enclosed", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*>.*$", re.MULTILINE)


def mentions_attachment(text: str) -> bool:
    """True when the new (unquoted) part of `text` says something is attached."""
    return bool(_MENTIONS.search(_QUOTED.sub("", text)))
