"""Conversation threading rules: References / In-Reply-To first, the normalised subject as fallback."""

from __future__ import annotations

import re
import unicodedata

# Reply and forward prefixes as English and Japanese mailers write them, repeated or numbered.
_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|返信|転送|ＲＥ|ＦＷ|ＦＷＤ)(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE)


def strip_reply_prefixes(subject: str) -> str:
    """The subject without its leading reply/forward prefixes, otherwise exactly as written."""
    return _PREFIX.sub("", subject or "", count=1).strip()


def normalize_subject(subject: str) -> str:
    """The subject without reply/forward prefixes, width-folded, lowercased, spaces collapsed."""
    text = unicodedata.normalize("NFKC", subject or "")
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text)
    return " ".join(text.split()).lower()


def is_reply_subject(subject: str) -> bool:
    """True when the subject carries a reply or forward prefix."""
    text = unicodedata.normalize("NFKC", subject or "")
    return bool(_PREFIX.match(text))


def thread_root(message_id: str | None, in_reply_to: str | None, references: list[str] | tuple[str, ...]) -> str | None:
    """The Message-ID the conversation started with, as far as the headers tell."""
    if references:
        return references[0]
    return in_reply_to or message_id
