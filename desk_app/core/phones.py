"""Phone numbers in any written form reduced to one comparable form."""

from __future__ import annotations

import unicodedata


def normalize_phone(written: str) -> str:
    """Digits only, in domestic form: `+81 90 1234 5678`, `０９０－１２３４－５６７８` → `09012345678`.

    Hyphens of any kind, spaces, parentheses and full-width digits all disappear, so every way a
    customer or agent writes the same number matches.
    """
    text = unicodedata.normalize("NFKC", written).strip()
    digits = "".join(ch for ch in text if "0" <= ch <= "9")
    if text.startswith("+81"):
        rest = digits[2:]
        # "+81 (0)90 …" keeps its trunk zero; "+81 90 …" needs it back.
        return rest if rest.startswith("0") else "0" + rest
    return digits
