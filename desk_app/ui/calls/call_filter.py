"""What the Calls page keeps of a month's calls: direction, category and a text search."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desk_app.core.categories import is_claim
from desk_app.core.phones import normalize_phone
from desk_app.core.records import CallSummary

ANY = ""
CLAIMS = "claims"  # any claim category (quality, delivery, payment, support, security)
INQUIRIES = "inquiries"  # any inquiry category
NUMBER_CHARS = frozenset("0123456789-+()")


def _folded(text: str) -> str:
    """Full-width letters and digits made half-width, then case-folded: `ＡＢＣ` finds `abc`."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True)
class CallFilter:
    """A direction (`in`, `out` or any), a category key or group (`claims`, `inquiries`) and text.

    Every word of the text must match the summary, the customer's name or the phone number,
    the number in any written form (`０３－１２３４` finds `03-1234-5678`).
    """

    direction: str = ANY
    category: str = ANY
    text: str = ""

    def is_narrowed(self) -> bool:
        return bool(self.direction or self.category or self.text.strip())

    def matches(self, call: CallSummary) -> bool:
        if self.direction and call.direction != self.direction:
            return False
        if not self._category_matches(call.category):
            return False
        return self._text_matches(call)

    def apply(self, calls: list[CallSummary]) -> list[CallSummary]:
        return [call for call in calls if self.matches(call)]

    def _category_matches(self, category: str | None) -> bool:
        if not self.category:
            return True
        if self.category == CLAIMS:
            return is_claim(category)
        if self.category == INQUIRIES:
            return bool(category) and not is_claim(category)
        return category == self.category

    def _text_matches(self, call: CallSummary) -> bool:
        words = _folded(self.text).split()
        if not words:
            return True
        haystack = _folded(f"{call.summary} {call.contact_name} {call.phone}")
        digits = normalize_phone(call.phone)
        for word in words:
            if word in haystack:
                continue
            # A word made of digits and separators also searches the number, however written.
            if set(word) <= NUMBER_CHARS and normalize_phone(word) in digits:
                continue
            return False
        return True
