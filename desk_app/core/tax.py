"""Consumption tax on a statement and the qualified-invoice registration number. Integer yen only."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class TaxMode(StrEnum):
    """How an agent's prices relate to consumption tax."""

    EXCLUSIVE = "exclusive"  # rates are before tax; tax is added on top
    INCLUSIVE = "inclusive"  # rates include tax; the statement shows the tax they contain
    EXEMPT = "exempt"  # a tax-exempt contractor: no tax at all


class TaxRounding(StrEnum):
    """How the one tax figure per statement is rounded to whole yen (down is the invoice-system norm)."""

    DOWN = "down"
    HALF_UP = "half_up"
    UP = "up"


@dataclass(frozen=True)
class TaxTerms:
    """An agent's tax terms, carried by the rate card in force."""

    rate_percent: int = 10
    mode: TaxMode = TaxMode.EXCLUSIVE
    rounding: TaxRounding = TaxRounding.DOWN
    registration_number: str | None = None  # T + 13 digits, when the agent is registered


def divide(numerator: int, denominator: int, rounding: TaxRounding) -> int:
    """`numerator / denominator` in whole yen. The magnitude is rounded, so a negative amount (a
    statement whose adjustments outweigh its pieces) mirrors the positive one."""
    sign = -1 if numerator < 0 else 1
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder and (rounding is TaxRounding.UP or (rounding is TaxRounding.HALF_UP and 2 * remainder >= denominator)):
        quotient += 1
    return sign * quotient


def consumption_tax(subtotal_yen: int, terms: TaxTerms) -> tuple[int, int]:
    """`(tax_yen, total_yen)` for a statement's subtotal, computed once on the whole subtotal.

    Exclusive: tax = subtotal × rate / 100, added. Inclusive: the subtotal already holds the tax;
    tax contained = subtotal × rate / (100 + rate). Exempt: no tax.
    """
    if terms.mode is TaxMode.EXEMPT:
        return 0, subtotal_yen
    if terms.mode is TaxMode.INCLUSIVE:
        return divide(subtotal_yen * terms.rate_percent, 100 + terms.rate_percent, terms.rounding), subtotal_yen
    tax = divide(subtotal_yen * terms.rate_percent, 100, terms.rounding)
    return tax, subtotal_yen + tax


_REGISTRATION = re.compile(r"^T([1-9])(\d{12})$")


def normalize_registration_number(text: str) -> str:
    """Full-width letters and digits made half-width, spaces and hyphens dropped, `t` made `T`."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-‐－ー]", "", folded).upper()


def is_valid_registration_number(text: str) -> bool:
    """`T` and 13 digits whose first digit is the check digit of the other twelve: 9 − (Σ Pn × Qn
    mod 9), Pn the n-th digit counted from the right, Qn 1 for odd n and 2 for even n (the rule of
    the corporate number, which the registration numbers of individuals follow too)."""
    match = _REGISTRATION.match(text)
    if match is None:
        return False
    base = match.group(2)
    weighted = sum(int(digit) * (1 if n % 2 else 2) for n, digit in enumerate(reversed(base), start=1))
    return int(match.group(1)) == 9 - weighted % 9
