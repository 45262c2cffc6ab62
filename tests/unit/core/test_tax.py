"""Consumption tax on a statement (computed once on the subtotal, rounded as configured) and the
qualified-invoice registration number."""

from __future__ import annotations

import pytest

from desk_app.core.tax import (
    TaxMode,
    TaxRounding,
    TaxTerms,
    consumption_tax,
    is_valid_registration_number,
    normalize_registration_number,
)

EXCLUSIVE = TaxTerms()
DOWN, HALF_UP, UP = TaxRounding.DOWN, TaxRounding.HALF_UP, TaxRounding.UP


@pytest.mark.parametrize(("subtotal", "rounding", "tax"), [
    (1_009, DOWN, 100),  # 100.9 → 100: the invoice-system default
    (1_009, HALF_UP, 101),
    (1_009, UP, 101),
    (1_005, DOWN, 100),
    (1_005, HALF_UP, 101),  # exactly .5 goes up
    (1_004, HALF_UP, 100),
    (1_000, UP, 100),  # nothing to round: up adds nothing
    (1_001, UP, 101),
    (0, DOWN, 0),
    (-1_009, DOWN, -100),  # a negative month mirrors a positive one
    (-1_009, UP, -101),
])
def test_exclusive_tax_is_added_and_rounded_once(subtotal: int, rounding: TaxRounding, tax: int) -> None:
    assert consumption_tax(subtotal, TaxTerms(rounding=rounding)) == (tax, subtotal + tax)


@pytest.mark.parametrize(("total", "rounding", "tax"), [
    (1_100, DOWN, 100),  # 1,100 × 10 / 110 = 100 exactly
    (1_099, DOWN, 99),  # 99.909… → 99
    (1_099, HALF_UP, 100),
    (1_089, HALF_UP, 99),  # 99.0 exactly
    (1_090, DOWN, 99),  # 99.09… → 99
    (1_090, UP, 100),
])
def test_inclusive_prices_contain_the_tax(total: int, rounding: TaxRounding, tax: int) -> None:
    terms = TaxTerms(mode=TaxMode.INCLUSIVE, rounding=rounding)
    assert consumption_tax(total, terms) == (tax, total)


def test_reduced_rate_and_exempt() -> None:
    assert consumption_tax(1_009, TaxTerms(rate_percent=8)) == (80, 1_089)  # 80.72 → 80
    assert consumption_tax(1_009, TaxTerms(rate_percent=8, mode=TaxMode.INCLUSIVE)) == (74, 1_009)  # 74.7 → 74
    assert consumption_tax(1_009, TaxTerms(mode=TaxMode.EXEMPT, rounding=UP)) == (0, 1_009)


@pytest.mark.parametrize("number", ["T7010705000725", "T4011001098993", "T9234567890123"])
def test_registration_numbers_with_a_right_check_digit(number: str) -> None:
    assert is_valid_registration_number(number)


@pytest.mark.parametrize("number", [
    "T7010705000726",  # a digit mistyped
    "T6010705000725",  # a wrong check digit
    "7010705000725",  # no T
    "T701070500072",  # 12 digits
    "T70107050007255",  # 14 digits
    "T0010705000725",  # the check digit is never 0
    "",
])
def test_registration_numbers_that_are_refused(number: str) -> None:
    assert not is_valid_registration_number(number)


def test_registration_numbers_are_normalised_before_the_check() -> None:
    assert normalize_registration_number("ｔ７０１０-７０５０-００７２５") == "T7010705000725"
    assert normalize_registration_number(" T 7010 7050 00725 ") == "T7010705000725"
