"""build_message: RFC 5322 output in UTF-8 and ISO-2022-JP, checked by parsing it back."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.mail.compose import InvalidAddressError, build_message, make_message_id
from desk_app.mail.charsets import UnencodableError
from desk_app.mail.mime import parse_message

JST = timezone(timedelta(hours=9))
DATE = datetime(2024, 4, 1, 10, 30, tzinfo=JST)
SUBJECT = "Re: ご注文①について ㈱髙橋商事 №12345"
TEXT = "山田様\n\n①②の件、㈱髙橋商事です。\n№12345 は明日発送します。\n\nよろしくお願いします。\n"


def build(**overrides: object) -> bytes:
    args: dict[str, object] = dict(
        from_name="髙橋 一郎", from_address="takahashi@shop.example",
        to=["山田 太郎 <taro@example.jp>", "plain@example.com"],
        cc=['"Support, Team" <support@shop.example>'],
        subject=SUBJECT, text=TEXT, date=DATE,
    )
    args.update(overrides)
    return build_message(**args)  # type: ignore[arg-type]


def headers_of(raw: bytes) -> str:
    return raw.split(b"\r\n\r\n", 1)[0].decode("ascii")


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
def test_round_trip(charset: str) -> None:
    raw = build(charset=charset, message_id="<fixed@shop.example>", in_reply_to="<parent@x>",
                references=["<root@x>", "parent@x"])
    msg = parse_message(raw)
    assert msg.subject == SUBJECT
    assert msg.text == TEXT
    assert (msg.from_name, msg.from_address) == ("髙橋 一郎", "takahashi@shop.example")
    assert msg.to == ("山田 太郎 <taro@example.jp>", "plain@example.com")
    assert msg.cc == ("Support, Team <support@shop.example>",)
    assert msg.date == DATE
    assert msg.message_id == "<fixed@shop.example>"
    assert msg.in_reply_to == "<parent@x>"
    assert msg.references == ("<root@x>", "<parent@x>")
    assert msg.notes == () and msg.attachments == ()


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
def test_output_is_seven_bit_crlf_with_short_lines(charset: str) -> None:
    raw = build(charset=charset, subject=SUBJECT * 5, text=TEXT * 50,
                attachments=[("長い名前" * 30 + ".pdf", "application/pdf", bytes(range(256)) * 100)])
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert max(len(line) for line in headers_of(raw).split("\r\n")) <= 78


def test_utf8_bodies_are_never_8bit() -> None:
    japanese = headers_of(build(text="日本語の本文"))
    assert "charset=UTF-8" in japanese and "Content-Transfer-Encoding: base64" in japanese
    ascii_text = headers_of(build(text="Hello, a mostly ASCII text. café"))
    assert "Content-Transfer-Encoding: quoted-printable" in ascii_text
    assert parse_message(build(text="Hello, a mostly ASCII text. café")).text == (
        "Hello, a mostly ASCII text. café\n")


def test_iso2022jp_body_is_7bit_with_jis_bytes_and_encoded_word_headers() -> None:
    raw = build(charset="iso-2022-jp")
    head, body = raw.split(b"\r\n\r\n", 1)
    assert b"Content-Type: text/plain; charset=ISO-2022-JP" in head
    assert b"Content-Transfer-Encoding: 7bit" in head
    assert re.search(rb"Subject: Re:\s+=\?ISO-2022-JP\?B\?", head)
    assert b"From: =?ISO-2022-JP?B?" in head
    assert b"\x1b$B-!-\"" in body  # ① ② as JIS row 13, the way Windows sends them
    for line in body.split(b"\r\n"):  # RFC 1468: every line ends in ASCII
        assert line.rfind(b"\x1b$B") <= line.rfind(b"\x1b(B")


def test_iso2022jp_long_lines_fall_back_to_base64() -> None:
    text = "長" * 600 + "\n"
    raw = build(charset="iso-2022-jp", text=text)
    assert b"Content-Transfer-Encoding: base64" in raw.split(b"\r\n\r\n", 1)[0]
    assert parse_message(raw).text == text


def test_unencodable_characters_are_named_for_iso2022jp() -> None:
    with pytest.raises(UnencodableError) as info:
        build(charset="iso-2022-jp", subject="お礼😀", text="ありがとう😀 café\n",
              from_name="Zoë")
    assert info.value.chars == ["😀", "ë", "é"]
    msg = parse_message(build(charset="utf-8", subject="お礼😀", text="ありがとう😀 café\n"))
    assert msg.subject == "お礼😀" and msg.text == "ありがとう😀 café\n"


def test_half_width_katakana_is_sent_full_width_in_iso2022jp() -> None:
    msg = parse_message(build(charset="iso-2022-jp", subject="ｶﾞｲﾄﾞ" * 10, text="ｶﾞｲﾄﾞ\n"))
    assert msg.subject == "ガイド" * 10 and msg.text == "ガイド\n"


def test_attachments_round_trip_with_rfc2231_names() -> None:
    pdf = b"%PDF-1.4\n" + bytes(range(256))
    name = "見積書（最新版）とても長い名前のファイル名ですがちゃんと届くでしょうか.pdf"
    raw = build(attachments=[(name, "application/pdf", pdf), ("plain.txt", "text/plain", b"x\n"),
                             ('we"ird;name.bin', "not a type", b"\x00\x01")])
    assert b"filename*0*=UTF-8''" in raw
    msg = parse_message(raw)
    assert msg.text == TEXT and msg.has_attachments
    assert [(a.filename, a.content_type, a.data) for a in msg.attachments] == [
        (name, "application/pdf", pdf),
        ("plain.txt", "text/plain", b"x\n"),
        ("we_ird;name.bin", "application/octet-stream", b"\x00\x01"),
    ]
    # Other parsers read the same names (email's modern policy here).
    stdlib = email.message_from_bytes(raw, policy=email.policy.default)
    assert [p.get_filename() for p in stdlib.iter_attachments()] == [
        name, "plain.txt", 'we"ird;name.bin']


def test_forwarded_message_attachment_is_not_base64_when_it_can_be_7bit() -> None:
    inner = b"Subject: inner\nFrom: a@example.jp\n\nhello\n"
    raw = build(attachments=[("fwd.eml", "message/rfc822", inner)])
    assert b"Content-Type: message/rfc822" in raw and b"Subject: inner\r\n" in raw
    msg = parse_message(raw)
    assert parse_message(msg.attachments[0].data).subject == "inner"


def test_header_injection_is_impossible() -> None:
    raw = build(subject="hello\r\nBcc: victim@example.com", from_name="x\r\nX-Evil: 1")
    header_names = [line.split(":")[0] for line in headers_of(raw).split("\r\n")
                    if not line.startswith(" ")]
    assert "Bcc" not in header_names and "X-Evil" not in header_names
    assert parse_message(raw).subject == "hello Bcc: victim@example.com"


@pytest.mark.parametrize("address", ["", "no-at-sign", "a b@example.com", "a@b\r\nBcc: c@d",
                                     "<a@example.com>>"])
def test_invalid_addresses_are_refused(address: str) -> None:
    with pytest.raises(InvalidAddressError):
        build(from_address=address)


def test_recipient_strings_may_hold_several_addresses_and_idn_domains() -> None:
    msg = parse_message(build(to=["a@example.jp, B <b@example.jp>", "c@例え.jp"]))
    assert msg.to == ("a@example.jp", "B <b@example.jp>", "c@xn--r8jz45g.jp")
    with pytest.raises(InvalidAddressError):
        build(to=["nobody"])


def test_defaults_message_id_date_and_references() -> None:
    raw = build(date=datetime(2024, 4, 1, 1, 30), in_reply_to="<p@x>")
    head = headers_of(raw)
    assert "Date: Mon, 01 Apr 2024 01:30:00 +0000" in head
    [message_id] = [line for line in head.split("\r\n") if line.startswith("Message-ID:")]
    assert re.fullmatch(r"Message-ID: <[0-9a-f]+\.[0-9a-f]{16}@shop\.example>", message_id)
    assert "In-Reply-To: <p@x>" in head and "References: <p@x>" in head
    assert "Date: Mon, 01 Apr 2024 10:30:00 +0900" in headers_of(build())


def test_unsupported_charset_and_invalid_message_id() -> None:
    with pytest.raises(ValueError):
        build(charset="euc-jp")
    with pytest.raises(ValueError):
        build(message_id="<日本@example.jp>")


def test_junk_ids_from_received_mail_are_left_out() -> None:
    msg = parse_message(build(in_reply_to="<髙@x>", references=["<ok@x>", "<髙@x>", ""]))
    assert msg.in_reply_to is None and msg.references == ("<ok@x>",)


def test_ascii_subject_spacing_and_encoded_word_lookalikes() -> None:
    msg = parse_message(build(subject="Order  =?UTF-8?B?5pel?= literal  日本 end",
                              attachments=[("a=?b?=.txt", "text/plain", b"x")]))
    assert msg.subject == "Order =?UTF-8?B?5pel?= literal  日本 end"
    assert msg.attachments[0].filename == "a=_b_=.txt"


def test_make_message_id() -> None:
    first, second = make_message_id("Shop.Example"), make_message_id("shop.example")
    assert first != second and first.endswith("@shop.example>") and first.startswith("<")
    assert make_message_id("").endswith("@localhost>")
    assert make_message_id("bad domain>").endswith("@localhost>")
    assert make_message_id("例え.jp").endswith("@xn--r8jz45g.jp>")


WORD = st.text(alphabet=st.sampled_from(list(
    "あいうえおかがアイウエオ漢字日本語注文発送髙﨑①②㈱№～、。「」ー・abcXYZ0123!?=_()\"'<>@,;:")),
    min_size=1, max_size=12)
SUBJECTS = st.lists(WORD, max_size=10).map(" ".join)
TEXTS = st.text(alphabet=st.sampled_from(list("あ漢①髙～abc \n\t=.")), max_size=300)


@settings(max_examples=100, deadline=None, database=None)
@given(subject=SUBJECTS, text=TEXTS, name=WORD, charset=st.sampled_from(["utf-8", "iso-2022-jp"]))
def test_round_trip_property(subject: str, text: str, name: str, charset: str) -> None:
    msg = parse_message(build(charset=charset, subject=subject, text=text, from_name=name))
    assert msg.subject == subject
    assert msg.text == (text if text.endswith("\n") else text + "\n")
    assert msg.from_name == name.strip().strip('"') or msg.from_name == name.strip()
