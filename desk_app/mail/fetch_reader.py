"""UID FETCH read straight off the connection, for the sync's bulk downloads.

imapclient tokenises every FETCH response in Python: for a first sync of 10,000 messages that
cost about 2.5 s of CPU — more than SQLite spent storing them — and held the interpreter lock
against the store all the while. The answers a sync asks for have a small, fixed shape (a few
atoms and at most one literal per message), so `uid_fetch` sends the command and reads the
answers itself through the connection's imaplib link (its documented `send`, `readline` and
`read`; imapclient keeps that link in `_imap`, as mail.listing explains), picking the items out
of the text between the literals with regular expressions. The result has imapclient's shape.

A message whose answer it does not recognise (a body sent as a quoted string or NIL, an item in
an unexpected form) is left out of the result; callers then ask imapclient for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from imapclient import IMAPClient
from imapclient.datetime_util import parse_to_datetime

from desk_app.mail.headers import MONTHS

FetchData = dict[bytes, Any]

_ITEM_NAME = re.compile(rb"[A-Z0-9.]+(?:\[[^\]]*\])?(?:<\d+>)?", re.I)
_ANY_LITERAL = re.compile(rb"\{(\d+)\}\r\n$")
# The items a sync asks for, in one pass over the answer's text (the first of each counts).
_ITEM = re.compile(
    rb'[( ](?:(UID|RFC822\.SIZE) (\d+)|(FLAGS) \(([^)]*)\)|(INTERNALDATE) "([^"]*)"|(MODSEQ) \((\d+)\))', re.I)
_FETCH = re.compile(rb"\* \d+ FETCH \(", re.I)
_DATE_TIME = re.compile(rb" ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)")


@lru_cache(maxsize=64)
def _zone(sign: bytes, hours: bytes, minutes: bytes) -> timezone:
    offset = timedelta(hours=int(hours), minutes=int(minutes))
    return timezone(-offset if sign == b"-" else offset)


def internal_date(value: bytes) -> datetime:
    """An INTERNALDATE (RFC 3501 date-time) with its own offset; imapclient's reading of the
    unusual forms (its general date parser costs 40 µs a message, this form 3 µs)."""
    form = _DATE_TIME.fullmatch(value)
    month = MONTHS.get(form.group(2).decode("ascii").lower()) if form else None
    if form is None or month is None:
        return parse_to_datetime(value, normalise=False)
    day, _, year, hour, minute, second, sign, zone_hours, zone_minutes = form.groups()
    return datetime(int(year), month, int(day), int(hour), int(minute), int(second),
                    tzinfo=_zone(sign, zone_hours, zone_minutes))


def uid_set(uids: Iterable[int]) -> bytes:
    """`uids` as an IMAP sequence set with runs collapsed: 1,2,3,7 → b"1:3,7"."""
    ordered = sorted(set(uids))
    parts: list[str] = []
    start = prev = None
    for uid in ordered:
        if prev is not None and uid == prev + 1:
            prev = uid
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}:{prev}")
        start = prev = uid
    if start is not None:
        parts.append(str(start) if start == prev else f"{start}:{prev}")
    return ",".join(parts).encode("ascii")


def parse_fetch(text: bytes, literals: dict[bytes, bytes]) -> tuple[int, FetchData] | None:
    """One FETCH answer: `text` is its response with each literal's contents left out, `literals`
    the literals by item name (upper case). None when it names no UID (an unsolicited answer)."""
    items: dict[bytes, bytes] = {}
    for found in _ITEM.finditer(text):
        name_at = found.lastindex - 1  # type: ignore[operator] — the alternative that matched
        items.setdefault(found.group(name_at).upper(), found.group(name_at + 1))
    if b"UID" not in items:
        return None
    data: FetchData = {}
    if b"FLAGS" in items:
        data[b"FLAGS"] = tuple(items[b"FLAGS"].split())
    if b"INTERNALDATE" in items:
        try:
            data[b"INTERNALDATE"] = internal_date(items[b"INTERNALDATE"])
        except ValueError:
            pass  # an impossible date: as if the server had not said (the Date header decides)
    if b"MODSEQ" in items:
        data[b"MODSEQ"] = (int(items[b"MODSEQ"]),)
    if b"RFC822.SIZE" in items:
        data[b"RFC822.SIZE"] = int(items[b"RFC822.SIZE"])
    data.update(literals)
    return int(items[b"UID"]), data


def uid_fetch(client: IMAPClient, uids: Sequence[int], items: Sequence[str]) -> dict[int, FetchData]:
    """UID FETCH `items` of `uids`: {uid: {item name: value}} as imapclient's `fetch` gives it for
    UID, FLAGS, INTERNALDATE, MODSEQ, RFC822.SIZE and BODY[…] literals.

    Raises imapclient's error when the server refuses the command and its abort error when the
    connection breaks or the server says something a FETCH cannot be answered with.
    """
    if not uids:
        return {}
    imap = client._imap  # noqa: SLF001 — see the module docstring
    tag = imap._new_tag()  # noqa: SLF001 — registers the tag, as imaplib's own commands do
    try:
        imap.send(b"%s UID FETCH %s (%s)\r\n" % (tag, uid_set(uids), " ".join(items).encode("ascii")))
        return _read_answers(client, imap, tag)
    finally:
        imap.tagged_commands.pop(tag, None)


def _read_answers(client: IMAPClient, imap: Any, tag: bytes) -> dict[int, FetchData]:
    found: dict[int, FetchData] = {}
    done = tag + b" "
    while True:
        line = _line(client, imap)
        if line.startswith(done):
            status = line[len(done):].split(None, 1)
            if not status or status[0].upper() != b"OK":
                raise client.Error(f"fetch failed: {line[len(done):].decode('utf-8', 'replace').strip()}")
            return found
        if line.startswith(b"* BYE"):
            raise client.AbortError(f"server closed the connection: {line.decode('utf-8', 'replace').strip()}")
        if not line.startswith(b"* "):
            raise client.AbortError(f"unexpected answer to FETCH: {line[:80]!r}")
        text, literals = _whole_answer(client, imap, line)
        if _FETCH.match(text):
            parsed = parse_fetch(text, literals)
            if parsed is not None:  # a server may answer for one message twice (a flag change): merge
                found.setdefault(parsed[0], {}).update(parsed[1])


def _whole_answer(client: IMAPClient, imap: Any, line: bytes) -> tuple[bytes, dict[bytes, bytes]]:
    """The answer starting with `line`, its literals read and set apart by item name."""
    parts: list[bytes] = []
    literals: dict[bytes, bytes] = {}
    while True:
        marker = _ANY_LITERAL.search(line, max(0, len(line) - 24)) if line.endswith(b"}\r\n") else None
        if marker is None:
            parts.append(line)
            return b"".join(parts), literals
        size = int(marker.group(1))
        content = imap.read(size) if size else b""
        if len(content) != size:
            raise client.AbortError("connection closed in the middle of a message")
        name = _literal_name(line, marker.start())
        if name is not None:
            literals[name] = content
        parts.append(line[: marker.start()] + b'""')  # the literal's place, without its contents
        line = _line(client, imap)


def _literal_name(line: bytes, brace: int) -> bytes | None:
    """The name of the item whose literal starts at line[brace] (`BODY[] {`), upper case; None
    when no item name stands right before it. Read backwards from the brace: a regular
    expression searching for it tried again at every character of the line."""
    end = brace - 1
    if end < 1 or line[end] != 0x20:
        return None
    start = end
    for close, opening in ((b">", b"<"), (b"]", b"[")):  # BODY[HEADER.FIELDS (A B)]<0>: skip the parts
        if line.endswith(close, 0, start):
            start = line.rfind(opening, 0, start)
            if start < 0:
                return None
    start = max(line.rfind(b" ", 0, start), line.rfind(b"(", 0, start)) + 1
    name = line[start:end]
    return name.upper() if _ITEM_NAME.fullmatch(name) else None


def _line(client: IMAPClient, imap: Any) -> bytes:
    line = imap.readline()
    if not line:
        raise client.AbortError("socket error: EOF")
    return line
