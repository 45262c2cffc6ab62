"""Header decoding: encoded-words, raw 8-bit values, addresses, dates, ids and parameters."""

from __future__ import annotations

import base64
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.mail import headers
from desk_app.mail.headers import (
    decode_base64,
    decode_header_value,
    envelope_fields,
    normalize_message_id,
    parse_address_list,
    parse_content_header,
    parse_date,
    parse_references,
)

JIS_NEC_IBM = b"\x1b$B-!-j-b|b\x1b(B"  # ① ㈱ № 髙


def b_word(charset: str, data: bytes) -> str:
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def q_word(charset: str, data: bytes) -> str:
    return f"=?{charset}?Q?{''.join(f'={b:02X}' for b in data)}?="


def as_compat32(data: bytes) -> str:
    """How email's compat32 parser hands over raw 8-bit header bytes."""
    return data.decode("ascii", "surrogateescape")


@pytest.mark.parametrize(("raw", "expected"), [
    ("=?UTF-8?B?5pel5pys6Kqe?=", "日本語"),
    ("=?utf-8?q?caf=C3=A9_au_lait?=", "café au lait"),
    ("=?UTF-8?B?5pel5pys?= =?UTF-8?B?6Kqe?=", "日本語"),
    ("=?UTF-8?B?5pel5pys?=\r\n\t=?UTF-8?B?6Kqe?=", "日本語"),
    ("Re: =?UTF-8?B?5pel5pys?= text", "Re: 日本 text"),
    ("=?UTF-8?B?5pel?=(x)=?UTF-8?B?5pys?=", "日(x)本"),
    ("=?UTF-8*ja?B?5pel5pys?=", "日本"),
    ("=?utf-8?b?5pel5pys6Kqe?=", "日本語"),
    ("=?UTF-8?B?5pel5pys6Kq?=", "日本\ufffd"),  # broken padding still decodes what it can
    ("no encoding here", "no encoding here"),
    ("  padded  ", "padded"),
    ("long\r\n folded\r\n\tsubject", "long folded subject"),
    ("=?x-unknown-charset?B?5pel5pys?=", "日本"),
    ("=?UTF-8?Q?a=0D=0Ab=00c?=", "a  bc"),  # no line breaks or NULs smuggled in
    (None, ""),
])
def test_decode_header_value(raw: str | None, expected: str) -> None:
    assert decode_header_value(raw) == expected


def test_encoded_words_in_japanese_charsets() -> None:
    assert decode_header_value(b_word("ISO-2022-JP", JIS_NEC_IBM)) == "①㈱№髙"
    assert decode_header_value(b_word("iso-2022-jp", b"\x1b$B$3$s\x1b(B") + " "
                               + b_word("ISO-2022-JP", b"\x1b$B$K$A$O\x1b(B")) == "こんにちは"
    assert decode_header_value(b_word("Shift_JIS", "返品①髙".encode("cp932"))) == "返品①髙"
    assert decode_header_value(b_word("EUC-JP", "発送".encode("euc_jp"))) == "発送"


def test_encoded_word_split_in_the_middle_of_a_character() -> None:
    data = "お届け日時".encode()
    b_split = (f"{b_word('UTF-8', data[:4])}\r\n {b_word('utf-8', data[4:11])} "
               f"{b_word('UTF-8', data[11:])}")
    assert decode_header_value(b_split) == "お届け日時"
    q_split = f"{q_word('UTF-8', data[:2])} {q_word('UTF-8', data[2:])}"
    assert decode_header_value(q_split) == "お届け日時"
    sjis = "髙橋".encode("cp932")
    halves = f"{b_word('Shift_JIS', sjis[:1])} {b_word('Shift_JIS', sjis[1:])}"
    assert decode_header_value(halves) == "髙橋"


def test_adjacent_words_in_different_charsets_are_decoded_separately() -> None:
    raw = f"{b_word('UTF-8', '日本'.encode())} {b_word('Shift_JIS', '髙'.encode('cp932'))}"
    assert decode_header_value(raw) == "日本髙"


@pytest.mark.parametrize("raw", [
    "注文番号 A-100 の配送状況".encode(),
    as_compat32("注文番号 A-100 の配送状況".encode()),
])
def test_raw_8bit_utf8_header(raw: str | bytes) -> None:
    assert decode_header_value(raw) == "注文番号 A-100 の配送状況"


@pytest.mark.parametrize("raw", [
    "㈱テスト 請求書①の件".encode("cp932"),
    as_compat32("㈱テスト 請求書①の件".encode("cp932")),
])
def test_raw_8bit_cp932_header(raw: str | bytes) -> None:
    assert decode_header_value(raw) == "㈱テスト 請求書①の件"


def test_raw_iso2022jp_header_without_encoded_words() -> None:
    assert decode_header_value(b"Re: " + JIS_NEC_IBM) == "Re: ①㈱№髙"


def test_parse_address_list() -> None:
    raw = (f"{b_word('UTF-8', '山田, 太郎'.encode())} <taro@example.jp>, "
           '"Support, Shop" <support@shop.example>, plain@example.com, '
           "bob@example.com (Bob Smith), undisclosed-recipients:;")
    assert parse_address_list(raw) == [
        ("山田, 太郎", "taro@example.jp"),
        ("Support, Shop", "support@shop.example"),
        ("", "plain@example.com"),
        ("Bob Smith", "bob@example.com"),
    ]


def test_parse_address_list_japanese_forms() -> None:
    assert parse_address_list(f"{b_word('ISO-2022-JP', JIS_NEC_IBM)} <a@example.jp>") == [
        ("①㈱№髙", "a@example.jp")]
    assert parse_address_list(as_compat32("髙橋 一郎 <t@example.jp>".encode("cp932"))) == [
        ("髙橋 一郎", "t@example.jp")]
    # Some mailers put the quotes inside the encoded-word.
    quoted_inside = b_word("UTF-8", b'"Yamada"')
    assert parse_address_list(f"{quoted_inside} <y@example.jp>") == [
        ("Yamada", "y@example.jp")]
    assert parse_address_list('Group: a@example.jp, "B" <b@example.jp>;') == [
        ("", "a@example.jp"), ("B", "b@example.jp")]


@pytest.mark.parametrize("raw", [None, "", "   ", b""])
def test_parse_address_list_empty(raw: str | bytes | None) -> None:
    assert parse_address_list(raw) == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("Mon, 1 Apr 2024 10:00:00 +0900", datetime(2024, 4, 1, 1, 0, tzinfo=timezone.utc)),
    ("1 Apr 2024 10:00 -0700", datetime(2024, 4, 1, 17, 0, tzinfo=timezone.utc)),
    ("Mon, 1 Apr 2024 10:00:00", datetime(2024, 4, 1, 10, 0, tzinfo=timezone.utc)),
    ("Mon, 1 Apr 2024 10:00:00 -0000", datetime(2024, 4, 1, 10, 0, tzinfo=timezone.utc)),
    ("Mon, 1 Apr 2024 10:00:00 JST", datetime(2024, 4, 1, 1, 0, tzinfo=timezone.utc)),
    ("Mon, 1 Apr 2024 10:00:00 GMT", datetime(2024, 4, 1, 10, 0, tzinfo=timezone.utc)),
    ("Mon, 01 Apr 24 10:00:60 +0000", datetime(2024, 4, 1, 10, 0, 59, tzinfo=timezone.utc)),
    ("2024-04-01T10:00:00+09:00", datetime(2024, 4, 1, 1, 0, tzinfo=timezone.utc)),
    ("Mon,\r\n 1 Apr 2024 10:00:00 +0900", datetime(2024, 4, 1, 1, 0, tzinfo=timezone.utc)),
])
def test_parse_date(raw: str, expected: datetime) -> None:
    parsed = parse_date(raw)
    assert parsed == expected and parsed.tzinfo is timezone.utc


@pytest.mark.parametrize("raw", [
    None, "", "yesterday around noon", "Mon, 32 Apr 2024 10:00:00 +0900",
    "Mon, 1 Foo 2024 10:00:00", "Mon, 1 Apr 99999 10:00:00 +0000", "\udce6\udc97\udca5",
])
def test_parse_date_unreadable(raw: str | None) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("<abc@example.jp>", "<abc@example.jp>"),
    ("  <abc@example.jp> (comment)", "<abc@example.jp>"),
    ("<abc\r\n @example.jp>", "<abc@example.jp>"),
    ("abc@example.jp", "<abc@example.jp>"),
    ("<>", None),
    ("", None),
    (None, None),
])
def test_normalize_message_id(raw: str | None, expected: str | None) -> None:
    assert normalize_message_id(raw) == expected


def test_parse_references() -> None:
    assert parse_references("<a@x>\r\n <b@x> <a@x>\t<c@x>") == ["<a@x>", "<b@x>", "<c@x>"]
    assert parse_references("a@x, b@x") == ["<a@x>", "<b@x>"]
    assert parse_references("your message of Monday") == []
    assert parse_references(None) == []


def test_parse_content_header_rfc2231_continuations_and_charsets() -> None:
    name = "請求書（2024年4月）.pdf".encode()
    pct = "".join(f"%{b:02X}" for b in name)
    raw = (f"attachment; filename=\"fallback.pdf\";\r\n filename*0*=UTF-8''{pct[:30]};"
           f"\r\n filename*1*={pct[30:]}")
    assert parse_content_header(raw) == ("attachment", {"filename": "請求書（2024年4月）.pdf"})
    jis = "".join(f"%{b:02X}" for b in JIS_NEC_IBM)
    assert parse_content_header(f"attachment; filename*=iso-2022-jp'ja'{jis}.csv")[1] == {
        "filename": "①㈱№髙.csv"}
    # Unencoded continuations are taken literally.
    assert parse_content_header('inline; name*0="a b"; name*1=".txt"')[1] == {"name": "a b.txt"}


def test_parse_content_header_plain_values() -> None:
    raw = f'Application/PDF; name="{b_word("ISO-2022-JP", JIS_NEC_IBM)}.pdf"; Charset=UTF-8'
    assert parse_content_header(raw) == ("application/pdf", {"name": "①㈱№髙.pdf",
                                                             "charset": "UTF-8"})
    raw8 = as_compat32('attachment; filename="納品書㈱.xls"'.encode("cp932"))
    assert parse_content_header(raw8)[1] == {"filename": "納品書㈱.xls"}
    quoted = r'attachment; filename="a \"quoted\"; name.txt"; size=10'
    assert parse_content_header(quoted)[1] == {"filename": 'a "quoted"; name.txt', "size": "10"}
    assert parse_content_header(None) == ("", {})
    assert parse_content_header('text/plain; name="unterminated')[1] == {"name": "unterminated"}


def test_envelope_fields() -> None:
    fields = envelope_fields({
        "from": f"{b_word('UTF-8', '山田'.encode())} <y@example.jp>",
        "to": "a@example.jp, B <b@example.jp>",
        "in-reply-to": "your mail <p@example.jp>",
        "date": "Mon, 1 Apr 2024 10:00:00 +0900",
    })
    assert fields["from_name"] == "山田" and fields["from_address"] == "y@example.jp"
    assert fields["to"] == ("a@example.jp", "B <b@example.jp>")
    assert fields["in_reply_to"] == "<p@example.jp>" and fields["message_id"] is None
    assert envelope_fields({"sender": "s@example.jp"})["from_address"] == "s@example.jp"


def test_decode_base64_is_lenient() -> None:
    assert decode_base64("5pel5pys") == ("日本".encode(), True)
    assert decode_base64("5pel\r\n5pys") == ("日本".encode(), True)
    assert decode_base64("5pel5py") == ("日本".encode()[:5], False)
    assert decode_base64("5pel5pysX") == ("日本".encode(), False)


@settings(max_examples=300, deadline=None, database=None)
@given(raw=st.text(max_size=200) | st.binary(max_size=200) | st.lists(st.sampled_from([
    "=?", "?=", "?B?", "?Q?", "UTF-8", "ISO-2022-JP", "5pel", "=E6", "\x1b$B", " ", "\r\n ",
    "<", ">", "@", ",", '"', ";", "*", "'", "%", "filename*0*=", "\udce6",
]), max_size=30).map("".join))
def test_header_functions_never_raise(raw: str | bytes) -> None:
    assert isinstance(decode_header_value(raw), str)
    assert isinstance(parse_address_list(raw), list)
    assert parse_date(raw) is None or parse_date(raw).tzinfo is timezone.utc
    assert isinstance(parse_references(raw), list)
    normalize_message_id(raw)
    parse_content_header(raw)


DATE_PIECES = st.tuples(
    st.sampled_from(["", "Tue, ", "Sat,", "xyz, "]), st.integers(0, 33), st.sampled_from(["Jan", "feb", "MAR", "Dec", "Foo"]),
    st.integers(1890, 2100), st.integers(0, 25), st.integers(0, 61), st.sampled_from([None, 0, 59, 60, 61]),
    st.sampled_from(["+", "-"]), st.integers(0, 25), st.sampled_from([0, 30, 45, 59, 99]),
)


@settings(max_examples=500, deadline=None)
@given(DATE_PIECES)
def test_the_usual_date_form_reads_as_the_general_parser_reads_it(pieces: tuple) -> None:
    weekday, day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = pieces
    seconds = "" if second is None else f":{second:02d}"
    text = f"{weekday}{day} {month} {year} {hour:02d}:{minute:02d}{seconds} {sign}{zone_hours:02d}{zone_minutes:02d}"
    fast = headers._standard_date(text)
    if fast is not None:
        assert fast == headers._any_date(text)
    assert headers.parse_date(text) == (fast or _general(text))


def _general(text: str) -> datetime | None:
    try:
        return headers._any_date(text)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def test_the_usual_date_form_takes_the_short_way() -> None:
    assert headers._standard_date("Tue, 6 Jan 2026 11:57:00 +0900") == datetime(2026, 1, 6, 2, 57, tzinfo=timezone.utc)
    assert headers._standard_date("Tue, 6 Jan 2026 11:57:00 JST") is None  # zone names: the general way
