"""`mime_tree.message_from_bytes` builds plain mail's `Message` tree straight from the bytes: the
result must always be exactly what `email.message_from_bytes` (compat32) makes of the same bytes."""

from __future__ import annotations

import email
from email.message import Message
from email.policy import compat32
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.mail import mime_tree

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
    assert shape(mime_tree.message_from_bytes(raw)) == shape(email.message_from_bytes(raw, policy=compat32))


def built_directly(raw: bytes) -> bool:
    """Whether the tree is built without handing the message to email's parser."""
    with patch.object(mime_tree.email, "message_from_bytes", side_effect=AssertionError("parsed whole")):
        try:
            mime_tree.message_from_bytes(raw)
        except AssertionError:
            return False
    return True


def test_every_corpus_message_reads_the_same() -> None:
    paths = sorted(CORPUS.glob("*.eml"))
    assert len(paths) > 10
    for path in paths:
        assert_same(path.read_bytes())
    # Most of the corpus is plain enough to be built directly.
    assert sum(built_directly(p.read_bytes()) for p in paths) > len(paths) // 2


def mail(eol: bytes = b"\r\n", subtype: str = "mixed", inner: str = "alternative") -> bytes:
    lines = [
        b"Subject: photo", b"MIME-Version: 1.0", f'Content-Type: multipart/{subtype};\r\n boundary="{B}"'.encode(), b"",
        b"preamble", f"--{B}".encode(), f'Content-Type: multipart/{inner}; boundary="in{B}"'.encode(), b"",
        f"--in{B}".encode(), b"Content-Type: text/plain; charset=utf-8", b"", "本文".encode(), b"",
        f"--in{B}".encode(), b"Content-Type: text/html; charset=utf-8", b"", "<p>本文</p>".encode(),
        f"--in{B}--".encode(), b"inner epilogue",
        f"--{B} ".encode(), b"Content-Type: image/jpeg", b"Content-Transfer-Encoding: base64", b"",
        *[b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw"] * 30,
        f"--{B}--".encode(), b"epilogue", b"",
    ]
    return eol.join(lines).replace(b"\r\r\n", b"\r\n")


@pytest.mark.parametrize("raw", [
    mail(), mail(b"\n"), mail(inner="related"),
    b"Subject: hi\r\nX-Folded: a\r\n\tb\r\nX-Empty:\r\n\r\nbody\r\n",
    b"\r\nno headers at all\r\n",
    mail().replace(b"preamble\r\n", b""),  # the first boundary right after the headers
    mail().replace(b"epilogue\r\n", b""),
])
def test_plain_mail_is_built_directly_and_reads_the_same(raw: bytes) -> None:
    assert built_directly(raw)
    assert_same(raw)


@pytest.mark.parametrize("raw", [
    mail(subtype="digest"),  # parts default to message/rfc822
    mail(inner="digest"),
    mail().replace(b"\r\nepilogue", b"\repilogue"),  # a bare CR
    mail().replace(f"--{B}--".encode(), b"--nothing--"),  # no closing boundary
    mail().replace(f"--in{B}\r\nContent-Type: text/html".encode(), f"--in{B}\r\n--in{B}\r\nContent-Type: text/html".encode()),
    mail().replace(b"Content-Type: image/jpeg", b"Content-Type: message/rfc822"),
    mail().replace(b"MIME-Version: 1.0", b"MIME-Version 1.0"),  # a line without a colon ends the headers
    mail().replace(b"Subject: photo", b"From nobody Mon Jan  1 00:00:00 2026\r\nSubject: photo"),
    mail().replace(b"MIME-Version: 1.0", b"MIME-Version: 1.0\r\nContent-Transfer-Encoding: base64"),
    b"\tcontinued first\r\nSubject: x\r\n\r\nbody",
    b"Subject: no blank line after the headers",
])
def test_mail_of_another_shape_goes_to_the_parser_whole(raw: bytes) -> None:
    assert not built_directly(raw)
    assert_same(raw)


EOLS = st.sampled_from([b"\r\n", b"\n"])
BODY_LINES = st.lists(
    st.sampled_from([
        b"plain text", "日本語の行".encode(), b"", b" ", f"--{B}".encode(), f"--{B}--".encode(), f"--{B}x".encode(),
        f" --{B}".encode(), f"--{B} \t".encode(), f"--in{B}".encode(), f"--in{B}--".encode(), b"Content-Type: text/html",
        b"From nobody", b"a CR here", b"=?utf-8?q?x?=", b"\xff\xfe raw 8-bit",
        b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw" * 2,
    ]),
    max_size=8,
)
PLAIN_HEADERS = [
    b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: base64", b"Content-Type: message/rfc822",
    f'Content-Type: multipart/alternative; boundary="in{B}"'.encode(), b"Content-Type: multipart/mixed",
    f'Content-Type: multipart/related;\r\n\tboundary="in{B}"'.encode(), b"Content-Transfer-Encoding: quoted-printable",
    b"X-Empty:", b"X-8bit: \xe6\x97\xa5", b"Subject: =?utf-8?b?5pel5pys?=",
]
ODD_HEADERS = [b"X-Odd header line", b" folded", b"\tfolded", b":no name", b"From nobody Mon Jan  1 00:00:00 2026"]
HEADER_LINES = st.sampled_from(PLAIN_HEADERS * 6 + ODD_HEADERS)  # mostly headers email reads without a defect


@st.composite
def part(draw: st.DrawFn, boundary: str, depth: int) -> list[bytes]:
    lines = draw(st.lists(HEADER_LINES, max_size=4))
    if draw(st.integers(0, 5)):  # mostly a blank line after the headers
        lines.append(b"")
    lines += draw(BODY_LINES)
    if depth < 2 and draw(st.integers(0, 3)) == 0:  # now and then parts of its own
        lines += draw(parts(f"in{B}", depth + 1))
    return lines


@st.composite
def parts(draw: st.DrawFn, boundary: str, depth: int) -> list[bytes]:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        lines.append(draw(st.sampled_from([f"--{boundary}"] * 4 + [f"--{boundary}  ", f"--{boundary}--"])).encode())
        lines += draw(part(boundary, depth))
    if draw(st.integers(0, 4)):
        lines.append(f"--{boundary}--".encode())
    return lines + draw(BODY_LINES)


@st.composite
def multipart_mail(draw: st.DrawFn) -> bytes:
    eol = draw(EOLS)
    subtype = draw(st.sampled_from(["mixed"] * 4 + ["alternative"] * 2 + ["digest"]))
    lines = [b"Subject: t", *draw(st.lists(HEADER_LINES, max_size=2)),
             f'Content-Type: multipart/{subtype}; boundary="{B}"'.encode(), b""]
    lines += draw(BODY_LINES) + draw(parts(B, 0))
    raw = eol.join(lines).replace(b"\r\r\n", b"\r\n") + draw(st.sampled_from([b"", eol]))
    return raw.replace(b"CR", b"\r") if draw(st.integers(0, 9)) == 0 else raw  # now and then a bare CR


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(multipart_mail())
def test_any_multipart_mail_reads_as_the_parser_reads_it(raw: bytes) -> None:
    assert_same(raw)


@st.composite
def simple_mail(draw: st.DrawFn) -> bytes:
    eol = draw(EOLS)
    lines = draw(st.lists(HEADER_LINES, max_size=6))
    lines += [b""] if draw(st.integers(0, 4)) else []
    lines += draw(BODY_LINES)
    raw = eol.join(lines).replace(b"\r\r\n", b"\r\n") + draw(st.sampled_from([b"", eol]))
    return raw.replace(b"CR", b"\r") if draw(st.integers(0, 9)) == 0 else raw


@settings(max_examples=300, deadline=None)
@given(simple_mail())
def test_any_simple_mail_reads_as_the_parser_reads_it(raw: bytes) -> None:
    assert_same(raw)


TEXT_LINES = st.lists(st.sampled_from([
    b"plain text", "日本語の行".encode(), b"", b" ", b"  indented", b"-- ", b"--", f"--{B}x".encode(), f" --{B}".encode(),
    b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw", b"\xff\xfe raw 8-bit",
]), max_size=6)
LEAF_HEADERS = st.lists(st.sampled_from(PLAIN_HEADERS[:2] + PLAIN_HEADERS[6:]), max_size=3)


@st.composite
def well_formed_part(draw: st.DrawFn, depth: int) -> list[bytes]:
    if depth < 3 and draw(st.integers(0, 3)) == 0:
        boundary = f"{depth}{B}"
        lines = [f'Content-Type: multipart/{draw(st.sampled_from(["alternative", "related", "mixed"]))};'
                 f' boundary="{boundary}"'.encode(), b"", *draw(TEXT_LINES)]
        for _ in range(draw(st.integers(1, 3))):
            lines += [draw(st.sampled_from([f"--{boundary}", f"--{boundary} \t"])).encode(), *draw(well_formed_part(depth + 1))]
        return [*lines, f"--{boundary}--".encode(), *draw(TEXT_LINES)]
    return [*draw(LEAF_HEADERS), b"", *draw(TEXT_LINES)]


@st.composite
def well_formed_mail(draw: st.DrawFn) -> bytes:
    eol = draw(EOLS)
    lines = [b"Subject: t", f'Content-Type: multipart/mixed; boundary="{B}"'.encode(), b"", *draw(TEXT_LINES)]
    for _ in range(draw(st.integers(1, 4))):
        lines += [f"--{B}".encode(), *draw(well_formed_part(0))]
    lines += [draw(st.sampled_from([f"--{B}--", f"--{B}-- "])).encode(), *draw(TEXT_LINES)]
    return eol.join(lines) + draw(st.sampled_from([b"", eol]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(well_formed_mail())
def test_well_formed_nested_mail_is_built_directly_as_the_parser_reads_it(raw: bytes) -> None:
    assert built_directly(raw)
    assert_same(raw)
