"""The sync's own reading of UID FETCH answers, fed byte streams a server could send."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from imapclient import IMAPClient
from imapclient.datetime_util import parse_to_datetime

from desk_app.mail import fetch_reader
from desk_app.mail.fetch_reader import internal_date, uid_fetch, uid_set

BODY = b"Subject: x\r\n\r\nUID 99 FLAGS (\\Deleted) ) {3}\r\n"  # text that looks like FETCH items


class Link:
    """Stands in for imaplib's link: what the server sends is scripted, what is sent recorded."""

    def __init__(self, answers: bytes) -> None:
        self.stream = io.BytesIO(answers)
        self.sent = b""
        self.tagged_commands: dict[bytes, object] = {}

    def _new_tag(self) -> bytes:
        self.tagged_commands[b"A7"] = None
        return b"A7"

    def send(self, data: bytes) -> None:
        self.sent += data

    def readline(self) -> bytes:
        return self.stream.readline()

    def read(self, size: int) -> bytes:
        return self.stream.read(size)


def client(answers: bytes) -> SimpleNamespace:
    return SimpleNamespace(_imap=Link(answers), Error=IMAPClient.Error, AbortError=IMAPClient.AbortError)


def literal(data: bytes) -> bytes:
    return b"{%d}\r\n%s" % (len(data), data)


def test_items_before_and_after_the_literal_and_a_literal_that_looks_like_items() -> None:
    answers = (
        b'* 1 FETCH (UID 5 FLAGS (\\Seen $Label1) INTERNALDATE "06-Jan-2026 09:29:00 +0900" MODSEQ (12) BODY[] '
        + literal(BODY) + b")\r\n"
        + b"* 2 FETCH (BODY[] " + literal(b"second") + b' UID 6 FLAGS () INTERNALDATE " 7-Jan-2026 10:00:00 -0500"'
        + b" MODSEQ (13))\r\n"
        + b"A7 OK Fetch completed.\r\n"
    )
    fake = client(answers)
    found = uid_fetch(fake, [6, 5], ["BODY.PEEK[]", "FLAGS", "INTERNALDATE", "MODSEQ"])
    assert fake._imap.sent == b"A7 UID FETCH 5:6 (BODY.PEEK[] FLAGS INTERNALDATE MODSEQ)\r\n"
    assert found[5] == {
        b"FLAGS": (b"\\Seen", b"$Label1"), b"MODSEQ": (12,), b"BODY[]": BODY,
        b"INTERNALDATE": datetime(2026, 1, 6, 9, 29, tzinfo=timezone(timedelta(hours=9))),
    }
    assert found[6][b"BODY[]"] == b"second" and found[6][b"FLAGS"] == () and found[6][b"MODSEQ"] == (13,)
    assert found[6][b"INTERNALDATE"].utcoffset() == timedelta(hours=-5)
    assert fake._imap.tagged_commands == {}  # the tag is released


def test_unsolicited_answers_are_skipped_and_odd_bodies_left_to_the_caller() -> None:
    answers = (
        b"* 3 EXISTS\r\n"
        b"* 9 FETCH (FLAGS (\\Seen))\r\n"  # another client's flag change: no UID, not ours
        b'* 1 FETCH (UID 5 RFC822.SIZE 1234 BODY[] "quoted body")\r\n'  # legal, but not a literal
        b"* 2 FETCH (UID 6 BODY[] NIL)\r\n"
        b"* 3 FETCH (UID 7 BODY[HEADER] " + literal(b"Subject: h\r\n\r\n") + b")\r\n"
        b"A7 OK done\r\n"
    )
    found = uid_fetch(client(answers), [5, 6, 7], ["BODY.PEEK[]"])
    assert set(found) == {5, 6, 7}
    assert b"BODY[]" not in found[5] and b"BODY[]" not in found[6]  # the sync asks imapclient for these
    assert found[5][b"RFC822.SIZE"] == 1234
    assert found[7][b"BODY[HEADER]"] == b"Subject: h\r\n\r\n"


def test_two_answers_for_one_message_are_merged() -> None:
    answers = (
        b"* 1 FETCH (UID 5 FLAGS () MODSEQ (7) BODY[] " + literal(b"body") + b")\r\n"
        b"* 1 FETCH (UID 5 FLAGS (\\Seen) MODSEQ (8))\r\n"  # another client marked it read meanwhile
        b"A7 OK done\r\n"
    )
    found = uid_fetch(client(answers), [5], ["BODY.PEEK[]", "FLAGS", "MODSEQ"])
    assert found[5] == {b"BODY[]": b"body", b"FLAGS": (b"\\Seen",), b"MODSEQ": (8,)}


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        (b"A7 NO [SERVERBUG] Internal error\r\n", IMAPClient.Error),
        (b"A7 BAD Error in IMAP command\r\n", IMAPClient.Error),
        (b"* BYE Server shutting down.\r\n", IMAPClient.AbortError),
        (b"* 1 FETCH (UID 5 BODY[] {100}\r\nonly part of it", IMAPClient.AbortError),
        (b"* 1 FETCH (UID 5 FLAGS ())\r\n", IMAPClient.AbortError),  # the link closed before the tag
        (b"+ go ahead\r\n", IMAPClient.AbortError),
    ],
)
def test_refusals_and_broken_links_raise_imapclients_errors(answers: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        uid_fetch(client(answers), [5], ["BODY.PEEK[]"])


def test_nothing_asked_sends_nothing() -> None:
    fake = client(b"")
    assert uid_fetch(fake, [], ["FLAGS"]) == {}
    assert fake._imap.sent == b""


def test_uid_sets_collapse_runs() -> None:
    assert uid_set([7, 1, 2, 3, 9, 10, 3]) == b"1:3,7,9:10"
    assert uid_set([42]) == b"42"


@pytest.mark.parametrize(
    "value",
    [b" 6-Jan-2026 09:29:00 +0000", b"17-Jul-1996 02:44:25 -0730", b"31-Dec-2026 23:59:59 +0900",
     b"Tue, 06 Jan 2026 09:29:00 +0000"],
)
def test_internal_dates_read_as_imapclient_reads_them(value: bytes) -> None:
    mine, theirs = internal_date(value), parse_to_datetime(value, normalise=False)
    assert mine == theirs and mine.utcoffset() == theirs.utcoffset()


def test_an_impossible_internal_date_is_left_out() -> None:
    answers = b'* 1 FETCH (UID 5 INTERNALDATE "31-Feb-2026 09:29:00 +0000" BODY[] {1}\r\nx)\r\nA7 OK\r\n'
    found = uid_fetch(client(answers), [5], ["BODY.PEEK[]", "INTERNALDATE"])
    assert found[5] == {b"BODY[]": b"x"}


def test_flag_names_that_look_like_items_are_flags() -> None:
    answers = b"* 1 FETCH (FLAGS (UID 7 MODSEQ $Label) UID 5 MODSEQ (9) RFC822.SIZE 120)\r\nA7 OK done\r\n"
    found = uid_fetch(client(answers), [5], ["FLAGS", "MODSEQ", "RFC822.SIZE"])
    assert found == {5: {b"FLAGS": (b"UID", b"7", b"MODSEQ", b"$Label"), b"MODSEQ": (9,), b"RFC822.SIZE": 120}}


@pytest.mark.parametrize(("line", "name"), [
    (b"* 1 FETCH (UID 5 BODY[] {12}\r\n", b"BODY[]"),
    (b"* 1 FETCH (body[header] {12}\r\n", b"BODY[HEADER]"),
    (b"* 1 FETCH (UID 5 BODY[HEADER.FIELDS (MESSAGE-ID)] {40}\r\n", b"BODY[HEADER.FIELDS (MESSAGE-ID)]"),
    (b"* 1 FETCH (BODY[]<0> {12}\r\n", b"BODY[]<0>"),
    (b"* 1 FETCH (RFC822 {12}\r\n", b"RFC822"),
    (b"* 1 FETCH (X-BODY[] {12}\r\n", None),
    (b"* 1 FETCH (BODY] {12}\r\n", None),
    (b"{12}\r\n", None),
])
def test_the_item_a_literal_belongs_to(line: bytes, name: bytes | None) -> None:
    assert fetch_reader._literal_name(line, line.rindex(b"{")) == name
