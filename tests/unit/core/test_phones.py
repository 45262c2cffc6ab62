"""Every written form of one phone number normalises to the same digits."""

import pytest

from desk_app.core.phones import normalize_phone


@pytest.mark.parametrize(
    "written",
    ["090-1234-5678", "090 1234 5678", "(090)1234-5678", "０９０－１２３４－５６７８", "+81 90 1234 5678",
     "+81-90-1234-5678", "+81 (0)90 1234 5678", "090‐1234‐5678", "090ー1234ー5678"],
)
def test_mobile_forms_match(written: str) -> None:
    assert normalize_phone(written) == "09012345678"


def test_landline_and_distinct_numbers() -> None:
    assert normalize_phone("03-1234-5678") == normalize_phone("(03)1234-5678") == "0312345678"
    assert normalize_phone("03-1234-5679") != normalize_phone("03-1234-5678")
