"""parse_message over a corpus of tricky real-world shapes, plus sanitize_filename and html_to_text.

The corpus files are raw bytes; the ISO-2022-JP ones were written from cp932 bytes by the
Shift_JIS to JIS arithmetic (see test_charsets.sjis_to_iso2022jp), not by the code under test.
"""

from __future__ import annotations

import base64
import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.mail.mime import NOTES, ParsedMessage, html_to_text, parse_message, sanitize_filename

CORPUS = Path(__file__).parent / "corpus"


def parse(name: str) -> ParsedMessage:
    return parse_message((CORPUS / name).read_bytes())


def test_iso2022jp_body_and_headers_with_nec_and_ibm_extensions() -> None:
    msg = parse("iso2022jp_nec_ibm.eml")
    assert msg.subject == "Re: ①㈱髙橋商事№12345"
    assert (msg.from_name, msg.from_address) == ("髙橋 一郎", "takahashi@example.co.jp")
    assert msg.text == ("山田様\n\nお問い合わせの①②の件、㈱髙橋商事より回答します。\n"
                        "№12345 の商品は明日発送します～。\n")
    assert msg.date == datetime(2024, 4, 2, 0, 15, tzinfo=timezone.utc)
    assert msg.message_id == "<20240402091500.1@example.co.jp>"
    assert msg.notes == () and msg.html is None and not msg.has_attachments


def test_shift_jis_labelled_body() -> None:
    msg = parse("sjis_labelled.eml")
    assert msg.subject == "返品について①"
    assert msg.from_name == "佐藤 花子"
    assert msg.text == "髙島屋で買った①番の商品を返品したいです。\n"
    assert msg.notes == ()


def test_raw_8bit_utf8_headers() -> None:
    msg = parse("raw_utf8_subject.eml")
    assert msg.subject == "注文番号 A-100 の配送状況"
    assert (msg.from_name, msg.from_address) == ("鈴木 次郎", "jiro@example.jp")
    assert msg.text == "まだ届きません。\n"


def test_raw_8bit_cp932_headers() -> None:
    msg = parse("raw_cp932_header.eml")
    assert msg.subject == "㈱テスト 請求書①の件"
    assert msg.from_name == "高橋 三郎"
    assert msg.text == "請求書を送ってください。\n"


def test_encoded_words_split_in_the_middle_of_a_character() -> None:
    msg = parse("split_encoded_word.eml")
    assert msg.subject == "お届け日時の変更"
    assert msg.from_name == "山田"


def test_rfc2231_japanese_filenames() -> None:
    msg = parse("rfc2231_filename.eml")
    assert msg.text == "See attached."
    assert [(a.filename, a.content_type, a.data) for a in msg.attachments] == [
        ("請求書（2024年4月）.pdf", "application/pdf", b"%PDF-1.4 fake"),
        ("売上①.csv", "text/csv", "商品,数\r\n".encode("cp932")),
    ]
    assert msg.has_attachments and msg.attachments[0].size == 13


def test_encoded_word_and_raw_8bit_filenames() -> None:
    msg = parse("encoded_word_filename.eml")
    assert msg.text == "写真を送ります。"
    assert [a.filename for a in msg.attachments] == ["破損①.jpg", "納品書㈱.xls"]
    assert msg.attachments[0].data.startswith(b"\xff\xd8")
    assert not any(a.inline for a in msg.attachments)


def test_html_only_mail_text_has_no_script_style_or_title() -> None:
    msg = parse("html_only.eml")
    assert msg.html is not None and "<script" in msg.html
    assert msg.text == ("春のセール\n\nいつもご利用ありがとうございます & お得な<情報>です。\n\n"
                        "- 商品A ¥1,000\n- 商品B\n\n詳しくはこちら")
    for hidden in ("SECRET_SCRIPT_TEXT", "SECOND_SCRIPT", "color: red", "Newsletter title",
                   "tracker.example"):
        assert hidden not in msg.text
    assert msg.attachments == () and not msg.has_attachments


def test_multipart_alternative_prefers_plain_text_and_keeps_html() -> None:
    msg = parse("alternative.eml")
    assert msg.text == "Plain version: café\n"
    assert msg.html == "<html><body><p>HTML version: café</p></body></html>"
    assert msg.to == ("Support, Shop <support@shop.example>", "bob@example.com")
    assert msg.cc == ("店長 <owner@shop.example>",)
    assert msg.in_reply_to == "<orig.1@shop.example>"
    assert msg.references == ("<root.1@shop.example>", "<orig.1@shop.example>")
    assert msg.date == datetime(2024, 4, 8, 16, 0, tzinfo=timezone.utc)


def test_missing_charset_is_guessed() -> None:
    msg = parse("missing_charset.eml")
    assert msg.text == "文字コードの指定がありません①\n"
    assert msg.notes == ()


def test_broken_boundary_keeps_the_raw_body() -> None:
    msg = parse("broken_boundary.eml")
    assert "visible text" in msg.text
    assert "malformed_mime" in msg.notes
    assert msg.subject == "broken boundary"


def test_truncated_message_keeps_what_arrived() -> None:
    msg = parse("truncated.eml")
    assert msg.text == "本文です"
    [attachment] = msg.attachments
    assert attachment.filename == "data.zip"
    assert 0 < attachment.size < 5120
    assert attachment.data == (bytes(range(256)) * 20)[:attachment.size]
    assert {"truncated", "bad_transfer_encoding"} <= set(msg.notes)


def test_garbage_bytes() -> None:
    msg = parse("garbage.eml")
    assert isinstance(msg.text, str) and "\x00" not in msg.text
    assert "malformed_mime" in msg.notes and set(msg.notes) <= NOTES


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", None, 42, bytearray(b"")])
def test_empty_or_nonsense_input(raw: object) -> None:
    msg = parse_message(raw)  # type: ignore[arg-type]
    assert msg == ParsedMessage(notes=("empty",))


def test_dangerous_attachment_names_are_sanitised() -> None:
    msg = parse("dangerous_names.eml")
    assert msg.text == "see files"
    assert [a.filename for a in msg.attachments] == [
        "passwd", "_CON.txt", "_aux", "evil_1_.exe", "invoicefdp.exe"]
    assert msg.has_attachments


def test_missing_message_id_and_invalid_date_are_noted() -> None:
    missing = parse("missing_message_id.eml")
    assert missing.message_id is None and missing.notes == ("missing_message_id",)
    invalid = parse("invalid_date.eml")
    assert invalid.date is None and invalid.notes == ("invalid_date",)
    assert invalid.message_id == "<baddate.1@example.jp>"


def test_related_inline_image_and_forwarded_message() -> None:
    msg = parse("related_inline.eml")
    assert msg.text == "Logo below."
    assert msg.html == '<p>Logo below.</p><img src="cid:logo@shop">'
    logo, forwarded = msg.attachments
    assert (logo.filename, logo.content_id, logo.inline) == ("logo.png", "logo@shop", True)
    assert logo.data.startswith(b"\x89PNG")
    assert (forwarded.filename, forwarded.content_type, forwarded.inline) == (
        "転送メール.eml", "message/rfc822", False)
    assert parse_message(forwarded.data).text == "inner body"
    assert msg.has_attachments


def mime(*lines: bytes) -> bytes:
    return b"\r\n".join(lines)


def test_inline_image_outside_related_counts_only_when_html_shows_it() -> None:
    raw = mime(
        b"Content-Type: multipart/mixed; boundary=B", b"", b"--B",
        b"Content-Type: text/html; charset=utf-8", b"", b'<img src="CID:shown@x">',
        b"--B", b"Content-Type: image/gif", b"Content-ID: <shown@x>", b"", b"GIF",
        b"--B", b"Content-Type: image/gif", b"Content-ID: <other@x>", b"", b"GIF",
        b"--B--", b"")
    msg = parse_message(raw)
    assert [a.inline for a in msg.attachments] == [True, False]
    assert msg.has_attachments
    assert [a.filename for a in msg.attachments] == ["attachment.gif", "attachment.gif"]


def test_text_parts_with_file_names_are_attachments_and_footers_are_appended() -> None:
    raw = mime(
        b"Content-Type: multipart/mixed; boundary=B", b"", b"--B",
        b"Content-Type: text/plain; charset=utf-8", b"", "本文".encode(),
        b"--B", b'Content-Type: text/plain; name="notes.txt"', b"", b"file content",
        b"--B", b"Content-Type: text/plain", b"Content-Disposition: inline", b"", b"-- footer",
        b"--B--", b"")
    msg = parse_message(raw)
    assert msg.text == "本文\n-- footer"
    assert [(a.filename, a.data) for a in msg.attachments] == [("notes.txt", b"file content")]


def test_html_charset_from_meta_and_related_start_parameter() -> None:
    html = '<meta charset="shift_jis"><p>髙橋①</p>'.encode("cp932")
    raw = mime(
        b'Content-Type: multipart/related; boundary=R; start="<root@x>"', b"", b"--R",
        b"Content-Type: image/png", b"Content-ID: <img@x>", b"", b"PNG",
        b"--R", b"Content-Type: text/html", b"Content-ID: <root@x>",
        b"Content-Transfer-Encoding: base64", b"", base64.b64encode(html),
        b"--R--", b"")
    msg = parse_message(raw)
    assert msg.text == "髙橋①"
    assert [(a.content_id, a.inline) for a in msg.attachments] == [("img@x", True)]
    assert not msg.has_attachments


def test_quoted_printable_body_and_base64_encoded_forwarded_message() -> None:
    inner = b"Subject: inner\r\n\r\nhello\r\n"
    raw = mime(
        b"Content-Type: multipart/mixed; boundary=B", b"", b"--B",
        b"Content-Type: text/plain; charset=iso-2022-jp",
        b"Content-Transfer-Encoding: quoted-printable",
        b"", b"=1B$B-!=1B(B soft=", b"break",
        b"--B", b"Content-Type: message/rfc822", b"Content-Transfer-Encoding: base64", b"",
        base64.b64encode(inner), b"--B--", b"")
    msg = parse_message(raw)
    assert msg.text == "① softbreak"
    assert msg.attachments[0].data == inner and msg.attachments[0].filename == "message.eml"


def test_unknown_charset_is_noted() -> None:
    msg = parse_message(b"Content-Type: text/plain; charset=x-bogus\r\n\r\n" + "本文".encode())
    assert msg.text == "本文" and msg.notes == ("missing_message_id", "undecodable_charset")


def test_absurd_nesting_does_not_crash() -> None:
    parts = [b"Content-Type: multipart/mixed; boundary=b0\n\n"]
    parts += [b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i - 1, i)
              for i in range(1, 3000)]
    msg = parse_message(b"".join(parts) + b"--b2999\nContent-Type: text/plain\n\nhi\n")
    assert {"too_deep", "parse_error"} & set(msg.notes)


def test_fifty_megabyte_message() -> None:
    line = b"QUJD" * 19 + b"\r\n"
    raw = (b"Subject: big\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: text/plain\r\n\r\nhello\r\n--B\r\n"
           b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + line * (50_000_000 // len(line)) + b"--B--\r\n")
    msg = parse_message(raw)
    assert msg.text == "hello" and msg.attachments[0].size == 57 * (50_000_000 // len(line))


def test_results_are_frozen_and_attachment_bytes_stay_out_of_repr() -> None:
    msg = parse("rfc2231_filename.eml")
    with pytest.raises(dataclasses.FrozenInstanceError):
        msg.subject = "x"  # type: ignore[misc]
    assert "%PDF" not in repr(msg.attachments[0])


@pytest.mark.parametrize(("name", "expected"), [
    ("report.pdf", "report.pdf"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\system32\\cmd.exe", "cmd.exe"),
    ("C:\\Users\\me\\a.txt", "a.txt"),
    ("a<b>c:d\"e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt"),
    ("bad\x00name\x1f\x7f.txt", "badname.txt"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("Aux.tar.gz", "_Aux.tar.gz"), ("NUL", "_NUL"),
    ("COM1.log", "_COM1.log"), ("lpt9", "_lpt9"), ("PRN .txt", "_PRN .txt"),
    ("CONSOLE.txt", "CONSOLE.txt"), ("COM10", "COM10"),
    ("name. . .", "name"), ("trailing   ", "trailing"), (".hidden", "hidden"),
    ("a..b...c.txt", "a.b.c.txt"), ("..", "attachment"), ("", "attachment"),
    ("   ", "attachment"), ("///", "attachment"), ("見積書（最新）.pdf", "見積書（最新）.pdf"),
    ("\u304b\u3099.txt", "\u304c.txt"),  # NFD from macOS becomes NFC
])
def test_sanitize_filename(name: str, expected: str) -> None:
    assert sanitize_filename(name) == expected


def test_sanitize_filename_length_keeps_extension() -> None:
    assert sanitize_filename("a" * 300 + ".pdf") == "a" * 196 + ".pdf"
    assert sanitize_filename("見" * 300 + ".xlsx") == "見" * 195 + ".xlsx"
    assert sanitize_filename("b" * 300) == "b" * 200
    assert len(sanitize_filename("c" * 250 + "." + "x" * 30)) == 200


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>a</p><p>b</p>", "a\n\nb"),
    ("a<br>b<br/><br>c", "a\nb\n\nc"),
    ("<div>x</div><div>y</div>", "x\ny"),
    ("<ul><li>one<li>two</ul>after", "- one\n- two\n\nafter"),
    ("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>", "1 2\n3"),
    ("<pre>  keep\n    indent</pre>", "  keep\n    indent"),
    ("spaces   and\n\nnewlines\tcollapse", "spaces and newlines collapse"),
    ("&lt;tag&gt; &amp; &quot;q&quot; &#x9AD9; &yen;&nbsp;1", '<tag> & "q" 髙 ¥ 1'),
    ("<head><title>T</title><style>p{}</style></head><body>B</body>", "B"),
    ("<script>unterminated script text", ""),
    ("<style>a{}</style><!-- comment -->text<img src=x width=1>", "text"),
    ("<p>unclosed <b>bold <i>italic", "unclosed bold italic"),
    ("<SCRIPT>x()</SCRIPT>Upper", "Upper"),
    ("", ""),
])
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


CORPUS_BYTES = sorted(p.read_bytes() for p in CORPUS.glob("*.eml"))


@settings(max_examples=300, deadline=None, database=None)
@given(raw=st.binary(max_size=2048))
def test_parse_message_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    msg = parse_message(raw)
    assert isinstance(msg.text, str) and set(msg.notes) <= NOTES


@settings(max_examples=300, deadline=None, database=None)
@given(data=st.data())
def test_parse_message_never_raises_on_damaged_real_mail(data: st.DataObject) -> None:
    raw = bytearray(data.draw(st.sampled_from(CORPUS_BYTES)))
    for _ in range(data.draw(st.integers(0, 20))):
        pos = data.draw(st.integers(0, max(0, len(raw) - 1)))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip" and raw:
            raw[pos] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del raw[pos:pos + data.draw(st.integers(1, 50))]
        else:
            raw[pos:pos] = data.draw(st.sampled_from([
                b"\r\n", b"--", b"=?", b"?=", b"\x1b$B", b"\n\n", b"boundary=", b";", b'"',
                b"Content-Type: multipart/mixed; boundary=x\n", b"--x\n", b"*0*=",
            ]))
    msg = parse_message(bytes(raw))
    assert isinstance(msg.text, str) and set(msg.notes) <= NOTES
