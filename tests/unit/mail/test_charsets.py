"""Charset decoding (cp932 for Shift_JIS and ISO-2022-JP, fallbacks) and ISO-2022-JP encoding."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.mail import charsets
from desk_app.mail.charsets import (
    UnencodableError,
    decode_bytes,
    decode_bytes_checked,
    encode_iso2022jp,
    normalize_charset,
)

NEC_IBM = "①②⑳Ⅰ㈱№㍉∮髙﨑德～"
NEC_IBM_TEXT = "㈱髙橋商事です。①と②の件、№12345 の商品は～明日届きます。"
JIS_LITERAL = b"\x1b$B-!-j-b|b\x1b(B"  # ① ㈱ № 髙, as Windows (CP50220) writes them


def sjis_to_iso2022jp(text: str) -> bytes:
    """ISO-2022-JP written from cp932 bytes by the Shift_JIS to JIS arithmetic.

    Deliberately independent of the code under test, so the two can check each other.
    """
    out, kanji = bytearray(), False
    for ch in text:
        if ord(ch) < 0x80:
            if kanji:
                out += b"\x1b(B"
                kanji = False
            out.append(ord(ch))
            continue
        s1, s2 = ch.encode("cp932")
        s1 -= 0x40 if s1 >= 0xE0 else 0
        j1 = (s1 - 0x70) * 2
        if s2 < 0x9F:
            j1, j2 = j1 - 1, s2 - 0x1F - (s2 >= 0x80)
        else:
            j2 = s2 - 0x7E
        if not kanji:
            out += b"\x1b$B"
            kanji = True
        out += bytes((j1, j2))
    if kanji:
        out += b"\x1b(B"
    return bytes(out)


def test_helper_matches_known_jis_codes() -> None:
    assert sjis_to_iso2022jp("①㈱№髙") == JIS_LITERAL


@pytest.mark.parametrize("label", [
    "ISO-2022-JP", "iso-2022-jp", "ISO-2022-JP-2", "iso-2022-jp-3", "ISO-2022-JP-MS",
    "csISO2022JP", '"iso-2022-jp"', None,
])
def test_iso2022jp_decodes_nec_and_ibm_extensions(label: str | None) -> None:
    assert decode_bytes(JIS_LITERAL, label) == "①㈱№髙"
    data = sjis_to_iso2022jp(NEC_IBM_TEXT)
    assert decode_bytes_checked(data, label) == (NEC_IBM_TEXT, True)


def test_iso2022jp_multiline_and_old_jis_escape() -> None:
    data = sjis_to_iso2022jp("一行目①\n二行目髙\n").replace(b"\x1b$B", b"\x1b$@", 1)
    assert decode_bytes(data, "iso-2022-jp") == "一行目①\n二行目髙\n"


def test_iso2022jp_jis_roman_and_half_width_katakana() -> None:
    assert decode_bytes(b"\x1b(J\\100~\x1b(B", "iso-2022-jp") == "\u00a5100\u203e"
    assert decode_bytes(b"\x1b(I12\x1b(B abc", "iso-2022-jp") == "ｱｲ abc"
    assert decode_bytes(b"x\x0e12\x0fy", "iso-2022-jp") == "xｱｲy"


def test_iso2022jp_missing_return_to_ascii_before_line_break() -> None:
    # The second line is ASCII: the mode resets at the line break, as mail clients do.
    assert decode_bytes(b"\x1b$B$3$s\nabc", "iso-2022-jp") == "こん\nabc"
    assert decode_bytes(b"\x1b$B$3$s", "iso-2022-jp") == "こん"


def test_broken_iso2022jp_never_raises_and_reports() -> None:
    text, certain = decode_bytes_checked(b"\x1b$B$3$\x1b(B ok \x1b$Bz~\x1b(B", "iso-2022-jp")
    assert "ok" in text and "\ufffd" in text and not certain
    # 8-bit bytes under an ISO-2022-JP label: really Shift_JIS.
    assert decode_bytes("髙橋".encode("cp932"), "iso-2022-jp") == "髙橋"


@pytest.mark.parametrize("label", [
    "Shift_JIS", "shift_jis", "SJIS", "x-sjis", "MS932", "Windows-31J", "cp932", "Shift-JIS",
])
def test_shift_jis_labels_decode_as_cp932(label: str) -> None:
    assert decode_bytes_checked(NEC_IBM.encode("cp932"), label) == (NEC_IBM, True)


def test_fallback_order_for_missing_charset() -> None:
    assert decode_bytes("日本語テキスト".encode("utf-8"), None) == "日本語テキスト"
    assert decode_bytes("日本語テキスト①".encode("cp932"), None) == "日本語テキスト①"
    assert decode_bytes("日本語のテキストです".encode("euc_jp"), None) == "日本語のテキストです"
    assert decode_bytes_checked(b"\x81 x", None) == ("\x81 x", False)  # Latin-1, last resort


def test_unknown_and_wrong_labels_fall_back() -> None:
    assert decode_bytes_checked("注文".encode(), "x-no-such-charset") == ("注文", False)
    assert decode_bytes_checked(b"plain", "x-no-such-charset") == ("plain", True)
    assert decode_bytes_checked("注文".encode(), "us-ascii") == ("注文", False)
    assert decode_bytes_checked("注文".encode("cp932"), "utf-8") == ("注文", False)
    assert decode_bytes_checked(b"caf\xe9", "iso-8859-1") == ("café", True)


def test_a_few_damaged_bytes_keep_the_labelled_charset() -> None:
    data = "日本語の長い本文です。".encode() * 20
    text, certain = decode_bytes_checked(data[:30] + b"\xff" + data[30:], "utf-8")
    assert not certain and text.count("\ufffd") == 1 and text.startswith("日本語の長い本文")


def test_codecs_that_are_not_charsets_are_refused() -> None:
    assert normalize_charset("unicode_escape") == ""
    assert decode_bytes(b"\\u3042", "unicode-escape") == "\\u3042"


def test_label_normalisation() -> None:
    assert normalize_charset(None) is None
    assert normalize_charset("unknown-8bit") is None
    assert normalize_charset(" Shift_JIS ") == "cp932"
    assert normalize_charset("ISO-2022-JP-MS") == "iso-2022-jp"
    assert normalize_charset("utf-8*ja") == "utf-8"
    assert normalize_charset("gb2312") == "gb18030"


def test_bom_and_non_ascii_compatible_codecs() -> None:
    assert decode_bytes(b"\xef\xbb\xbfabc", "utf-8") == "abc"
    assert decode_bytes("abc".encode("utf-16"), "utf-16") == "abc"


def test_decode_accepts_other_bytes_like_values() -> None:
    assert decode_bytes(bytearray("髙".encode()), "utf-8") == "髙"
    assert decode_bytes(memoryview(b"ab"), None) == "ab"
    assert decode_bytes(b"", "x-bogus") == ""


def test_encode_matches_windows_output_for_extension_characters() -> None:
    assert encode_iso2022jp("①㈱№髙") == JIS_LITERAL
    assert encode_iso2022jp(NEC_IBM_TEXT) == sjis_to_iso2022jp(NEC_IBM_TEXT)


def test_encode_round_trips_and_returns_to_ascii_before_each_line_break() -> None:
    text = "お問い合わせ①\n髙橋様\r\nabc ¥100\n"
    data = encode_iso2022jp(text)
    assert data.isascii()
    for line in data.split(b"\n")[:-1]:
        assert line.rfind(b"\x1b$B") < line.rfind(b"\x1b(B") or b"\x1b$B" not in line
    assert decode_bytes(data, "iso-2022-jp") == text


def test_encode_turns_half_width_katakana_into_full_width() -> None:
    assert decode_bytes(encode_iso2022jp("ｶﾞｷﾞﾃｽﾄ｡"), "iso-2022-jp") == "ガギテスト。"


def test_encode_names_every_unencodable_character_once() -> None:
    with pytest.raises(UnencodableError) as info:
        encode_iso2022jp("注文😀です😀 café \U0001f64f")
    assert info.value.chars == ["😀", "é", "\U0001f64f"]
    assert "U+1F600" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_escape_characters_in_text_are_refused() -> None:
    with pytest.raises(UnencodableError) as info:
        encode_iso2022jp("a\x1b$Bb")
    assert info.value.chars == ["\x1b"]


LABELS = st.sampled_from([
    None, "utf-8", "iso-2022-jp", "shift_jis", "euc-jp", "us-ascii", "utf-16", "x-unknown",
    "unicode_escape", "idna", "rot13", "base64", "", "utf-7", "hz",
]) | st.text(max_size=20)

JAPANESE = st.text(alphabet=st.sampled_from(
    list("あいうえおかがきぎアイウエオ漢字日本語注文発送髙﨑①②⑳Ⅰ㈱№～、。「」ー・ abcXYZ0123!?\n")
))


@settings(max_examples=300, deadline=None, database=None)
@given(data=st.binary(max_size=512), label=LABELS)
def test_decode_bytes_never_raises(data: bytes, label: str | None) -> None:
    text, certain = decode_bytes_checked(data, label)
    assert isinstance(text, str) and isinstance(certain, bool)


@settings(max_examples=200, deadline=None, database=None)
@given(data=st.lists(st.sampled_from([
    b"\x1b$B", b"\x1b(B", b"\x1b(J", b"\x1b(I", b"\x1b$@", b"\x1b", b"\x0e", b"\x0f", b"\n",
    b"$3", b"-!", b"|b", b"abc", b"z~", b" ", b"\x80",
]), max_size=40).map(b"".join))
def test_decode_of_iso2022jp_shaped_junk_never_raises(data: bytes) -> None:
    assert isinstance(decode_bytes(data, "iso-2022-jp"), str)


@settings(max_examples=200, deadline=None, database=None)
@given(text=JAPANESE)
def test_iso2022jp_round_trip(text: str) -> None:
    data = encode_iso2022jp(text)
    assert data == sjis_to_iso2022jp(text)
    assert decode_bytes_checked(data, "ISO-2022-JP") == (text, True)


JIS_PAIRS = [bytes([first, second]) for first in range(0x21, 0x7F) for second in range(0x21, 0x7F)]


def cp932_reading(pair: bytes) -> str | None:
    """How a Windows mail client reads one JIS X 0208 pair: its Shift_JIS form through cp932."""
    try:
        return charsets._jis_to_sjis(pair).decode("cp932")
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize("escape", [b"\x1b$B", b"\x1b$@"])
def test_every_jis_pair_reads_as_cp932_reads_it(escape: bytes) -> None:
    # Python's codec does most of the work; NEC/IBM extensions and its six other readings are mended.
    for pair in JIS_PAIRS:
        expected = cp932_reading(pair)
        if expected is not None:
            assert decode_bytes(b"a" + escape + pair + b"\x1b(B", "iso-2022-jp") == "a" + expected, pair


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from([b"plain ascii ", b"\r\n", b"~\\ "]),
    st.lists(st.sampled_from(JIS_PAIRS), min_size=1, max_size=6),
), max_size=12))
def test_clean_iso2022jp_reads_run_by_run_as_cp932(pieces: list[bytes | list[bytes]]) -> None:
    data = b"".join(p if isinstance(p, bytes) else b"\x1b$B" + b"".join(p) + b"\x1b(B" for p in pieces)
    readings = [[p] if isinstance(p, bytes) else [cp932_reading(pair) for pair in p] for p in pieces]
    text, certain = decode_bytes_checked(data, "iso-2022-jp")
    if all(r is not None for reading in readings for r in reading):
        assert certain
        assert text == "".join(r.decode("ascii") if isinstance(r, bytes) else r for reading in readings for r in reading)


@settings(max_examples=300, deadline=None, database=None)
@given(data=st.lists(st.sampled_from([
    b"\x1b$B", b"\x1b(B", b"\x1b(J", b"\x1b$@", b"\x1b", b"\x0e", b"\x0f", b"\n", b"$3", b"-!", b"|", b"a",
]), max_size=30).map(b"".join))
def test_clean_shape_is_plain_text_and_whole_kanji_runs(data: bytes) -> None:
    # The definition: with every whole run (ESC $ B or @, pairs, ESC ( B) taken out, no escape,
    # SO or SI is left.
    rest = re.sub(rb"\x1b\$[@B](?:[\x21-\x7e][\x21-\x7e])*\x1b\(B", b"", data)
    clean = not any(c in rest for c in (b"\x1b", b"\x0e", b"\x0f"))
    assert (charsets._CLEAN_ISO2022JP_RE.fullmatch(data) is not None) == clean
