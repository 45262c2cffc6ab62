"""Template placeholders fill from values; what has no value stays visible and blocks sending."""

from hypothesis import given
from hypothesis import strategies as st

from desk_app.core.templates import find_gaps, render


def test_all_values_present() -> None:
    result = render("{customer_name}様\nご注文番号 {order_number} の件、{deadline}までにご連絡します。",
                    {"customer_name": "山田 花子", "order_number": "#1042", "deadline": "11月30日"})
    assert result.complete
    assert result.text == "山田 花子様\nご注文番号 #1042 の件、11月30日までにご連絡します。"


def test_missing_value_is_a_gap_at_its_place() -> None:
    result = render("{customer_name}様 {order_number}", {"customer_name": "山田", "order_number": ""})
    assert not result.complete
    (start, end, name), = result.gaps
    assert name == "order_number" and result.text[start:end] == "{order_number}"


def test_escaped_braces_and_unknown_names() -> None:
    result = render("{{literal}} {nickname}", {})
    assert result.text == "{literal} {nickname}"
    assert result.unknown == ("nickname",) and len(result.gaps) == 1
    assert find_gaps("すべて記入済み") == ()


@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=50),
       st.text(alphabet=st.characters(blacklist_characters="{}"), min_size=1, max_size=20))
def test_gaps_point_at_their_text(prefix: str, value: str) -> None:
    filled = render(prefix + "{shop_name}", {"shop_name": value})
    assert filled.complete and filled.text == prefix + value
    empty = render(prefix + "{shop_name}", {})
    (start, end, _), = empty.gaps
    assert empty.text[start:end] == "{shop_name}"
