"""What makes a customer's address or number valid, and when two customers look like one."""

from __future__ import annotations

import re
import unicodedata

from desk_app.core.phones import normalize_phone
from desk_app.core.records import ContactInfo

# A Japanese number has 10 or 11 digits; allow short lines abroad, never more than E.164's 15.
MIN_PHONE_DIGITS = 6
MAX_PHONE_DIGITS = 15
_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]+")
_HIRAGANA = {code: code + 0x60 for code in range(ord("ぁ"), ord("ゖ") + 1)}


def channel_kind(written: str) -> str:
    """What was typed into one field for both: `email` when it has an @ (any width), else `phone`."""
    return "email" if "@" in unicodedata.normalize("NFKC", written) else "phone"


def normalize_email(written: str) -> str:
    """The comparable form of an address: full-width folded, trimmed, lower case."""
    return unicodedata.normalize("NFKC", written).strip().lower()


def is_valid_email(written: str) -> bool:
    """One plausible address (`name@example.jp`), nothing around it."""
    return _EMAIL.fullmatch(normalize_email(written)) is not None


def valid_phone(written: str) -> str:
    """The normalised number, or "" when `written` is no phone number."""
    digits = normalize_phone(written)
    return digits if MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS else ""


def name_key(text: str) -> str:
    """A name or kana reduced for comparison: widths folded, spaces gone, hiragana as katakana."""
    folded = unicodedata.normalize("NFKC", text).translate(_HIRAGANA).casefold()
    return "".join(folded.split())


def joined_text(first: str, second: str) -> str:
    """Two free texts (notes) as one, the first first; an empty or repeated one adds nothing."""
    first, second = first.strip(), second.strip()
    if not second or second in first:
        return first
    return f"{first}\n\n{second}" if first else second


def matches(contact: ContactInfo, typed: str) -> bool:
    """Whether `contact` fits what is typed in a customer search: a part of the name, kana or an
    address, or the digits of one of their numbers in any written form."""
    query = name_key(typed)
    if not query:
        return True
    if query in name_key(contact.name) or query in name_key(contact.kana):
        return True
    if any(query in normalize_email(email) for email in contact.emails):
        return True
    digits = normalize_phone(typed)
    return len(digits) >= 3 and any(digits in normalize_phone(phone) for phone in contact.phones)
