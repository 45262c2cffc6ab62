"""Customer rules in core: valid channels, look-alike names, the search match, claimant criteria."""

from __future__ import annotations

import pytest

from desk_app.core.claimants import criteria_map, is_flagged, ticked
from desk_app.core.contacts import (
    channel_kind,
    is_valid_email,
    joined_text,
    matches,
    name_key,
    normalize_email,
    valid_phone,
)
from desk_app.core.records import ContactInfo


@pytest.mark.parametrize("written", ["hanako@example.jp", " Hanako.Sato+shop@Example.CO.JP ", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ"])
def test_plausible_addresses(written: str) -> None:
    assert is_valid_email(written)


@pytest.mark.parametrize("written", ["", "hanako", "hanako@", "@example.jp", "hanako@example", "a b@example.jp",
                                     "Hanako <hanako@example.jp>", "a@b@example.jp"])
def test_addresses_that_are_none(written: str) -> None:
    assert not is_valid_email(written)


def test_addresses_compare_in_any_case_and_width() -> None:
    assert normalize_email(" ＨＡＮＡＫＯ@Example.jp") == "hanako@example.jp"


def test_phone_numbers_need_enough_digits() -> None:
    assert valid_phone("＋81 (0)3-1234-5678") == "0312345678"
    assert valid_phone("090-1") == ""
    assert valid_phone("call me") == ""
    assert valid_phone("0" * 16) == ""


def test_one_field_for_both_kinds() -> None:
    assert channel_kind("hanako＠example.jp") == "email"
    assert channel_kind("03-1234-5678") == "phone"


def test_names_and_kana_compare_without_spaces_widths_or_script() -> None:
    assert name_key("佐藤　花子") == name_key("佐藤花子") == name_key(" 佐藤 花子 ")
    assert name_key("さとう はなこ") == name_key("サトウハナコ") == name_key("ｻﾄｳ ﾊﾅｺ")
    assert name_key("Sato Hanako") == name_key("SATO  HANAKO")
    assert name_key("佐藤 花子") != name_key("佐藤 華子")


def test_search_matches_name_kana_address_and_number_in_any_form() -> None:
    hanako = ContactInfo("1", "佐藤 花子", "サトウ ハナコ", ("hanako@example.jp",), ("03-1234-5678",))
    for typed in ("", "佐藤", "佐藤花子", "はなこ", "HANAKO@", "(03)1234", "０３１２", "5678"):
        assert matches(hanako, typed), typed
    for typed in ("田中", "03-9999", "taro@"):
        assert not matches(hanako, typed), typed


def test_notes_are_joined_once() -> None:
    assert joined_text("電話は夕方のみ", "メール希望") == "電話は夕方のみ\n\nメール希望"
    assert joined_text("", "メール希望") == "メール希望"
    assert joined_text("電話は夕方のみ", "  ") == "電話は夕方のみ"
    assert joined_text("電話は夕方のみ\n\nメール希望", "メール希望") == "電話は夕方のみ\n\nメール希望"


def test_criteria_map_and_flag() -> None:
    assert criteria_map(["venting"]) == {"excessive_demand": False, "venting": True, "money_or_goods": False}
    assert ticked({"money_or_goods": True, "excessive_demand": True, "venting": False}) == (
        "excessive_demand", "money_or_goods")
    assert is_flagged({"venting": True}) and not is_flagged({}) and not is_flagged(None)
    with pytest.raises(ValueError):
        criteria_map(["rude"])

