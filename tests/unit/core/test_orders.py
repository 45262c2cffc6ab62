"""Order numbers found in customers' text."""

import pytest

from desk_app.core.orders import find_order_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#1001 の商品が届きません", "#1001"),
        ("注文番号：12345 です", "12345"),
        ("ご注文番号 A-2026-0042 について", "A-2026-0042"),
        ("ご注文番号は「1042」です", "1042"),
        ("注文番号：１２３４５", "12345"),  # full-width digits
        ("Order number: #1042, please check", "#1042"),
        ("ご注文番号 #5001 の件", "#5001"),
        ("先日の #1042 と 注文番号：2001 の件", "2001"),  # a labelled number wins
        ("電話番号 03-1234-5678 です", None),
        ("色番号#12 を希望", None),  # too short to be an order
    ],
)
def test_order_numbers(text: str, expected: str | None) -> None:
    assert find_order_number(text) == expected

