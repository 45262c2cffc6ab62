"""Order numbers as customers write them in mail: `#1001`, `注文番号：12345`, `ご注文番号 A-2026-0042`."""

from __future__ import annotations

import re
import unicodedata

_LABELLED = re.compile(
    r"(?:ご?注文番号|受注番号|オーダー番号|order\s*(?:number|no\.?|#))\s*[:：は]?\s*[「【(（]?\s*"
    r"(#?[A-Za-z0-9][A-Za-z0-9-]{2,30})",
    re.IGNORECASE,
)
_HASHED = re.compile(r"(?<![\w#])#(\d{3,12})\b")


def find_order_number(text: str) -> str | None:
    """The first order number in `text`, as written (width-folded); None when there is none.

    A labelled number (注文番号 …, order no. …) wins over a bare `#1234`, which could be anything.
    """
    folded = unicodedata.normalize("NFKC", text or "")
    labelled = _LABELLED.search(folded)
    if labelled:
        return labelled.group(1).rstrip("-")
    hashed = _HASHED.search(folded)
    return f"#{hashed.group(1)}" if hashed else None



def order_key(number: str) -> str:
    """An order number reduced to what identifies it, so `＃1001`, `#1001` and `1001` meet."""
    if not number.isascii():  # full-width digits and signs: folded first (ASCII needs no folding)
        number = unicodedata.normalize("NFKC", number)
    return number.strip().lstrip("#").strip().upper()
