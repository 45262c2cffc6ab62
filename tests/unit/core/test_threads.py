"""Subject normalisation and thread roots."""

import pytest

from desk_app.core.threads import is_reply_subject, normalize_subject, thread_root


@pytest.mark.parametrize(
    "subject",
    ["Re: 商品が届きません", "RE: Re: 商品が届きません", "Ｒｅ：商品が届きません", "Fwd: RE[2]: 商品が届きません",
     "返信: 商品が届きません", "  商品が届きません  "],
)
def test_reply_prefixes_are_removed(subject: str) -> None:
    assert normalize_subject(subject) == "商品が届きません"


def test_reply_detection_and_roots() -> None:
    assert is_reply_subject("Re: x") and is_reply_subject("ＲＥ：x") and not is_reply_subject("Regarding x")
    assert thread_root("<c>", "<b>", ["<a>", "<b>"]) == "<a>"
    assert thread_root("<c>", "<b>", []) == "<b>"
    assert thread_root("<c>", None, []) == "<c>"
    assert thread_root(None, None, []) is None
