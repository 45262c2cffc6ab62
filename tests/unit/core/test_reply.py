"""Reply conventions."""

from datetime import UTC, datetime

import pytest

from desk_app.core.reply import (
    attribution,
    quote,
    references_for,
    reply_all_recipients,
    reply_body,
    reply_subject,
)


@pytest.mark.parametrize(
    ("original", "expected"),
    [("商品が届きません", "Re: 商品が届きません"), ("Re: 商品が届きません", "Re: 商品が届きません"),
     ("RE: Re: 返品について", "Re: 返品について"), ("Ｒｅ：返品について", "Re: 返品について"), ("", "Re:")],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_references_chain() -> None:
    assert references_for("<c>", ["<a>", "<b>"]) == ("<a>", "<b>", "<c>")
    assert references_for("<a>", []) == ("<a>",)
    assert references_for(None, ["<a>"]) == ("<a>",)


def test_reply_all_drops_ourselves_and_repeats() -> None:
    to, cc = reply_all_recipients(
        "山田 <y@example.jp>", ["Shop <support@shop.jp>", "suzuki@example.jp"], ["Y@example.jp", "t@example.jp"],
        ["support@shop.jp"],
    )
    assert to == ["山田 <y@example.jp>"] and cc == ["suzuki@example.jp", "t@example.jp"]


def test_attribution_in_both_languages() -> None:
    sent = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo, a Monday
    assert attribution(sent, "山田", "ja", "Asia/Tokyo") == "2026年11月2日(月) 10:00 山田様 wrote:"
    assert attribution(sent, "Yamada", "en", "Asia/Tokyo") == "On Mon, 2 Nov 2026 10:00, Yamada wrote:"


def test_quote_and_body() -> None:
    assert quote("一行目\n\n三行目\n\n") == "> 一行目\n>\n> 三行目"
    body = reply_body("承知しました。", "ひだまり 森川", "山田様 wrote:", "届きません")
    assert body == "承知しました。\n\n-- \nひだまり 森川\n\n山田様 wrote:\n> 届きません\n"
