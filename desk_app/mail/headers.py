"""Decoding of mail header fields: encoded-words, raw 8-bit text, addresses, dates, ids, params.

Values may come as bytes or as the strings ``email`` (compat32) keeps, where raw 8-bit bytes
appear as lone surrogates; both end up as real text through `charsets.decode_bytes`.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from email.utils import getaddresses, parsedate_tz
from typing import Any
from urllib.parse import unquote_to_bytes

from desk_app.mail.charsets import decode_bytes, normalize_charset

__all__ = [
    "MONTHS",
    "decode_base64",
    "decode_header_value",
    "envelope_fields",
    "format_address",
    "header_text",
    "normalize_message_id",
    "parse_address_list",
    "parse_content_header",
    "parse_date",
    "parse_references",
]

_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
_ENCODED_WORD_RE = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?]*)\?=")
_B64_JUNK_RE = re.compile(rb"[^A-Za-z0-9+/]")
_ADDRESS_PIECE_RE = re.compile(r'(?:"[^"]*"|[^,"])+')
_ADDR_SPEC = r'[^<>\s",;@]+@[^<>\s",;@]+'
_MAILBOX_RE = re.compile(
    rf'\s*(?:(?:"([^"]*)"|([^"<>@,;]*?))\s*<({_ADDR_SPEC})>|({_ADDR_SPEC}))\s*$')
_ANGLE_RE = re.compile(r"<([^<>]*)>")
_WS_RE = re.compile(r"\s+")
_PARAM_RE = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)', re.S)
_RFC2231_KEY_RE = re.compile(r"^(.+?)\*(?:(\d{1,6})(\*?))?$")
_QUOTED_PAIR_RE = re.compile(r"\\(.)", re.S)
_ZONE_NAME_RE = re.compile(r"\b(JST|KST|HKT|SGT|CET|CEST)\b", re.I)
_NUMERIC_ZONE_RE = re.compile(r"[+-]\d{4}\b")
_STANDARD_DATE_RE = re.compile(
    r"(?:[A-Za-z]{3}, ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{1,2}):(\d\d)(?::(\d\d))? ([+-])(\d\d)(\d\d)", re.A)
MONTHS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
"""Month numbers by the lower-case English abbreviation mail dates use."""
_ZONE_OFFSETS = {"JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "CET": 1, "CEST": 2}
# Folding whitespace becomes a space; other controls (from a hostile encoded-word) disappear.
_CONTROLS = {**{c: None for c in range(0x20)}, 0x7F: None, 0x09: " ", 0x0A: " ", 0x0D: " "}


def header_text(raw: str | bytes | None) -> str:
    """A header value as unfolded text, raw 8-bit bytes decoded, encoded-words left intact.

    For values that must be split into parts (addresses, parameters) before the encoded-words
    are decoded, so that a decoded comma or quote cannot change the structure.
    """
    if raw is None:
        return ""
    if isinstance(raw, (bytes, bytearray, memoryview)):
        text = decode_bytes(bytes(raw), None)
    else:
        text = raw if isinstance(raw, str) else str(raw)
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                # compat32 keeps raw 8-bit header bytes as surrogates; recover and decode them.
                try:
                    data = text.encode("utf-8", "surrogateescape")
                except UnicodeEncodeError:  # surrogates email never makes: caller's junk
                    data = text.encode("utf-8", "replace")
                text = decode_bytes(data, None)
    if "\n" in text or "\r" in text:
        text = _FOLD_RE.sub("", text).replace("\r", "").replace("\n", "")
    return text


def decode_base64(text: str) -> tuple[bytes, bool]:
    """Leniently decoded base64 (bad padding, stray characters) and whether it was well formed."""
    data = text.encode("ascii", "ignore")
    try:
        return binascii.a2b_base64(data), True
    except binascii.Error:
        pass
    data = _B64_JUNK_RE.sub(b"", data)
    if len(data) % 4 == 1:  # a lone trailing character cannot carry a byte: truncation
        data = data[:-1]
    try:
        return binascii.a2b_base64(data + b"=" * (-len(data) % 4)), False
    except binascii.Error:
        return b"", False


def _word_bytes(kind: str, payload: str) -> bytes:
    if kind in "Bb":
        return decode_base64(payload)[0]
    return binascii.a2b_qp(payload.encode("utf-8"), header=True)


def _decode_encoded_words(text: str) -> str:
    whole = _ENCODED_WORD_RE.fullmatch(text)
    if whole is not None:  # the usual value: one word and nothing else
        return decode_bytes(_word_bytes(whole.group(2), whole.group(3)), normalize_charset(whole.group(1)))
    pieces: list[str] = []
    pending: list[bytes] = []
    pending_charset: str | None = None
    pos = 0

    def flush() -> None:
        if pending:
            pieces.append(decode_bytes(b"".join(pending), pending_charset))
            pending.clear()

    for m in _ENCODED_WORD_RE.finditer(text):
        between = text[pos:m.start()]
        # RFC 2047 6.2: whitespace between adjacent encoded-words is not part of the text.
        if between and not (pending and between.isspace()):
            flush()
            pieces.append(between)
        charset_label, kind, payload = m.groups()
        charset = normalize_charset(charset_label)
        data = _word_bytes(kind, payload)
        # Words of one charset are decoded together: senders split multibyte characters.
        if pending and charset != pending_charset:
            flush()
        pending_charset = charset
        pending.append(data)
        pos = m.end()
    flush()
    pieces.append(text[pos:])
    return "".join(pieces)


def decode_header_value(raw: str | bytes | None) -> str:
    """Decode an unstructured header value (Subject, a display name) to text.

    Handles RFC 2047 encoded-words in any charset (B and Q, adjacent words joined, a character
    split across words), raw 8-bit values (UTF-8, then Japanese encodings) and folding.
    Control characters are removed; the result is stripped.
    """
    text = header_text(raw)
    if "=?" in text:
        text = _decode_encoded_words(text)
    if not text.isprintable():
        text = text.translate(_CONTROLS)
    return text.strip()


def parse_address_list(raw: str | bytes | None) -> list[tuple[str, str]]:
    """Split an address header into ``(display name, address)`` pairs, names decoded.

    Group names (``Team: a@x, b@y;``) give way to their members; empty entries are dropped.
    """
    text = header_text(raw)
    if not text.strip():
        return []
    result: list[tuple[str, str]] = []
    for name, address in _simple_addresses(text) or getaddresses([text]):
        address = address.strip()
        if address.endswith(":;") or address.endswith(":"):
            address = ""
        name = decode_header_value(name) if name else ""
        # Some mailers quote the name inside the encoded-word, so the quotes survive decoding.
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1].strip()
        if address or name:
            result.append((name, address))
    return result


def _simple_addresses(text: str) -> list[tuple[str, str]] | None:
    """Split the everyday forms without `getaddresses` (pure Python, the slowest step here);
    None when anything is unusual (comments, groups, escapes) and the full parser must run."""
    if "(" in text or ":" in text or "\\" in text:
        return None
    pairs = []
    for piece in _ADDRESS_PIECE_RE.findall(text):
        m = _MAILBOX_RE.match(piece)
        if not m:
            return None
        quoted, phrase, angle, bare = m.groups()
        name = quoted if quoted is not None else (phrase or "").strip()
        pairs.append((_WS_RE.sub(" ", name), angle or bare))
    return pairs


def parse_date(raw: str | bytes | None) -> datetime | None:
    """An aware UTC datetime for a Date header; UTC when it has no zone, None if unreadable."""
    text = header_text(raw).strip()
    if not text:
        return None
    try:
        return _standard_date(text) or _any_date(text)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _standard_date(text: str) -> datetime | None:
    """The form nearly every mailer writes (`Tue, 6 Jan 2026 11:57:00 +0900`), read as `_any_date`
    reads it without email.utils' general parser (a fifth of the cost); None for any other form."""
    form = _STANDARD_DATE_RE.fullmatch(text)
    month = MONTHS.get(form.group(2).lower()) if form else None
    if month is None:
        return None
    day, _, year, hour, minute, second, sign, zone_hours, zone_minutes = form.groups()  # type: ignore[union-attr]
    offset = timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
    try:
        moment = datetime(int(year), month, int(day), int(hour), int(minute), min(int(second or 0), 59),
                          tzinfo=timezone(-offset if sign == "-" else offset))
    except ValueError:  # an impossible moment: the general parser has the last word
        return None
    return moment.astimezone(timezone.utc)


def _any_date(text: str) -> datetime | None:
    parts = parsedate_tz(text)
    if parts is None:
        return _parse_iso_date(text)
    offset = parts[9] or 0
    if not offset and not _NUMERIC_ZONE_RE.search(text):
        # email.utils knows only the US zone names; Japanese servers write JST.
        m = _ZONE_NAME_RE.search(text)
        offset = _ZONE_OFFSETS[m.group(1).upper()] * 3600 if m else 0
    year, month, day, hour, minute, second = parts[:6]
    moment = datetime(year, month, day, hour, minute, min(second, 59),
                      tzinfo=timezone(timedelta(seconds=offset)))
    return moment.astimezone(timezone.utc)


def _parse_iso_date(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("/", "-"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def normalize_message_id(raw: str | bytes | None) -> str | None:
    """The first message id in a header as ``<id>`` without whitespace, or None if none."""
    text = header_text(raw)
    m = _ANGLE_RE.search(text)
    if m:
        inner = _WS_RE.sub("", m.group(1))
    else:
        tokens = text.replace("<", " ").replace(">", " ").split()
        inner = tokens[0] if tokens else ""
    return f"<{inner}>" if inner else None


def parse_references(raw: str | bytes | None) -> list[str]:
    """Message ids of a References (or In-Reply-To) header, in order, each once, as ``<id>``."""
    text = header_text(raw)
    found = _ANGLE_RE.findall(text)
    if found:
        ids = [_WS_RE.sub("", inner) for inner in found]
    else:
        ids = [token for token in text.replace(",", " ").split() if "@" in token]
    return list(dict.fromkeys(f"<{i}>" for i in ids if i))


def format_address(name: str, address: str) -> str:
    """``Name <address>``, or whichever of the two is present."""
    return f"{name} <{address}>" if name and address else address or name


def envelope_fields(headers: Mapping[str, str]) -> dict[str, Any]:
    """The addressing and threading fields of a message from its raw header values.

    `headers` maps lower-case names to raw values (first occurrence). Keys: message_id,
    in_reply_to, references, subject, from_name, from_address, to, cc (``Name <addr>``
    strings), date (aware UTC or None). From falls back to Sender.
    """
    senders = _mailboxes(headers.get("from")) or _mailboxes(headers.get("sender"))
    from_name, from_address = senders[0] if senders else ("", "")
    # In-Reply-To sometimes holds prose ("your message of ..."); only real ids count.
    in_reply_to = parse_references(headers.get("in-reply-to"))
    return {
        "message_id": normalize_message_id(headers.get("message-id")),
        "in_reply_to": in_reply_to[0] if in_reply_to else None,
        "references": tuple(parse_references(headers.get("references"))),
        "subject": decode_header_value(headers.get("subject")),
        "from_name": from_name,
        "from_address": from_address,
        "to": _formatted(headers.get("to")),
        "cc": _formatted(headers.get("cc")),
        "date": parse_date(headers.get("date")),
    }


# A mailbox's mail repeats its address headers (To: the shop, From: a returning customer): each
# distinct value is read once per process.
@lru_cache(maxsize=4096)
def _mailboxes(raw: str | bytes | None) -> tuple[tuple[str, str], ...]:
    return tuple(parse_address_list(raw))


@lru_cache(maxsize=4096)
def _formatted(raw: str | bytes | None) -> tuple[str, ...]:
    return tuple(format_address(*a) for a in _mailboxes(raw))


def _unquote(value: str) -> str:
    value = value.strip()
    if value.startswith('"'):
        value = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
        if "\\" in value:
            value = _QUOTED_PAIR_RE.sub(r"\1", value)
    return value


def parse_content_header(raw: str | bytes | None) -> tuple[str, dict[str, str]]:
    """Split Content-Type / Content-Disposition into the lower-cased value and decoded params.

    Parameter names are lower-cased. RFC 2231 values (``name*=``, continuations ``name*0*=``,
    any charset) take precedence over plain ones; plain values may hold RFC 2047 encoded-words
    or raw 8-bit text, as Japanese mailers send them.
    """
    text = header_text(raw)
    value, _, rest = text.partition(";")
    params: dict[str, str] = {}
    extended: dict[str, list[tuple[int, bool, str]]] = {}
    for m in _PARAM_RE.finditer(";" + rest):
        key, val = m.group(1).lower(), _unquote(m.group(2))
        if "*" in key:
            km = _RFC2231_KEY_RE.match(key)
            if km:
                index = int(km.group(2)) if km.group(2) else 0
                encoded = km.group(2) is None or km.group(3) == "*"
                extended.setdefault(km.group(1), []).append((index, encoded, val))
                continue
        if key not in params:
            params[key] = decode_header_value(val) if "=?" in val else val.strip()
    for name, pieces in extended.items():
        params[name] = _join_rfc2231(pieces)
    return value.strip().lower(), params


def _join_rfc2231(pieces: list[tuple[int, bool, str]]) -> str:
    pieces.sort(key=lambda piece: piece[0])
    charset: str | None = None
    chunks: list[bytes] = []
    for position, (_, encoded, val) in enumerate(pieces):
        if encoded:
            if position == 0 and val.count("'") >= 2:
                charset, _, val = val.split("'", 2)
                charset = charset or None
            chunks.append(unquote_to_bytes(val))
        else:
            chunks.append(val.encode("utf-8"))
    return decode_bytes(b"".join(chunks), charset).strip()
