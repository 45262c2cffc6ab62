"""`mime.message_from_bytes` parses headers alone and lifts big part bodies out before parsing:
the result must always be exactly what `email.message_from_bytes` (compat32) makes of the bytes."""

from __future__ import annotations

import email
from email.message import Message
from email.policy import compat32
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.mail import mime

CORPUS = Path(__file__).with_name("corpus")
B = "==b0und4ry=="


def shape(msg: Message) -> object:
    """Everything the parser decided about a message, part by part."""
    payload = msg.get_payload()
    return (
        msg.get_unixfrom(), list(msg.raw_items()), [type(d).__name__ for d in msg.defects],
        msg.get_default_type(), msg.preamble, msg.epilogue,
        [shape(p) for p in payload] if isinstance(payload, list) else payload,
    )


def assert_same(raw: bytes) -> None:
    assert shape(mime.message_from_bytes(raw)) == shape(email.message_from_bytes(raw, policy=compat32))


def test_every_corpus_message_reads_the_same() -> None:
    for path in sorted(CORPUS.glob("*.eml")):
        assert_same(path.read_bytes())


def big_mail(eol: bytes = b"\r\n", subtype: str = "mixed") -> bytes:
    lines = [
        b"Subject: photo", b"MIME-Version: 1.0", f'Content-Type: multipart/{subtype}; boundary="{B}"'.encode(), b"",
        b"preamble", f"--{B}".encode(), b"Content-Type: text/plain; charset=utf-8", b"", "本文".encode(),
        f"--{B}".encode(), b"Content-Type: image/jpeg", b"Content-Transfer-Encoding: base64", b"",
        *[b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw"] * 300,
        f"--{B}--".encode(), b"epilogue", b"",
    ]
    return eol.join(lines)


def lift(raw: bytes) -> tuple[bytes, dict[str, str]] | None:
    end = mime._HEADER_END.search(raw)
    return mime._lift_large_parts(raw, end.end(), email.message_from_bytes(raw[: end.end()], policy=compat32))


def test_big_parts_are_lifted_and_put_back() -> None:
    raw = big_mail()
    lifted = lift(raw)
    assert lifted is not None and len(lifted[1]) == 1 and len(lifted[0]) < len(raw) // 5
    assert_same(raw)
    assert_same(big_mail(b"\n"))


def test_mail_it_must_not_lift_is_parsed_whole() -> None:
    assert lift(big_mail(subtype="digest")) is None  # parts default to message/rfc822
    assert lift(big_mail().replace(b"\r\nepilogue", b"\repilogue")) is None  # a bare CR
    assert lift(big_mail().replace(b"preamble", mime._LIFT_TOKEN)) is None
    for raw in (big_mail(subtype="digest"), big_mail().replace(b"preamble", mime._LIFT_TOKEN)):
        assert_same(raw)


EOLS = st.sampled_from([b"\r\n", b"\n"])
BODY_LINES = st.lists(
    st.sampled_from([
        b"plain text", "日本語の行".encode(), b"", b" ", f"--{B}".encode(), f"--{B}--".encode(), f"--{B}x".encode(),
        f" --{B}".encode(), f"--{B} \t".encode(), b"Content-Type: text/html", b"From nobody", b"a CR here", b"=?utf-8?q?x?=",
        b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw" * 2,
    ]),
    max_size=8,
)
PART_HEADERS = st.sampled_from([
    [b"Content-Type: text/plain; charset=utf-8"], [b"Content-Type: application/pdf", b"Content-Transfer-Encoding: base64"],
    [], [b"Content-Type: message/rfc822"], [f'Content-Type: multipart/alternative; boundary="in{B}"'.encode()],
    [b"X-Odd header line"], [b" folded start"], [b"Content-Type: text/plain;", b"\tcharset=iso-2022-jp"],
])


@st.composite
def multipart_mail(draw: st.DrawFn) -> bytes:
    eol = draw(EOLS)
    lines = [b"Subject: t", f'Content-Type: multipart/{draw(st.sampled_from(["mixed", "mixed", "alternative", "digest"]))};'
             f' boundary="{B}"'.encode(), b""]
    lines += draw(BODY_LINES)
    for _ in range(draw(st.integers(1, 4))):
        lines.append(draw(st.sampled_from([f"--{B}", f"--{B}  ", f"--{B}--"])).encode())
        lines += draw(PART_HEADERS)
        if draw(st.integers(0, 4)):  # mostly a blank line after the part's headers
            lines.append(b"")
        lines += draw(BODY_LINES) * draw(st.sampled_from([1, 1, 60]))  # sometimes past the lifting size
    if draw(st.booleans()):
        lines.append(f"--{B}--".encode())
    lines += draw(BODY_LINES)
    raw = eol.join(lines) + draw(st.sampled_from([b"", eol]))
    return raw.replace(b"CR", b"\r") if draw(st.integers(0, 9)) == 0 else raw  # now and then a bare CR


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(multipart_mail())
def test_any_multipart_mail_reads_as_the_parser_reads_it(raw: bytes) -> None:
    with patch.object(mime, "_LIFT_FROM", 1):  # lift every part it can, however small
        assert_same(raw)


@st.composite
def simple_mail(draw: st.DrawFn) -> bytes:
    eol = draw(EOLS)
    lines = draw(st.lists(st.sampled_from([
        b"Subject: t", b"From nobody Mon Jan  1 00:00:00 2026", b"Content-Type: text/plain; charset=utf-8",
        b"Content-Type: message/rfc822", b"Content-Type: multipart/mixed", b"\tfolded", b"no colon here",
        b"X-A: =?utf-8?b?5pel5pys?=", b"",
    ]), max_size=6))
    lines += [b""] if draw(st.integers(0, 4)) else []
    lines += draw(BODY_LINES)
    raw = eol.join(lines) + draw(st.sampled_from([b"", eol]))
    return raw.replace(b"CR", b"\r") if draw(st.integers(0, 9)) == 0 else raw


@settings(max_examples=300, deadline=None)
@given(simple_mail())
def test_any_simple_mail_reads_as_the_parser_reads_it(raw: bytes) -> None:
    assert_same(raw)
