"""Building outgoing messages as RFC 5322 bytes, in UTF-8 or ISO-2022-JP.

Built by hand rather than with ``email.message`` so every byte is predictable: UTF-8 bodies are
always base64 or quoted-printable (``set_content`` would pick 8bit, which 7-bit relays damage),
ISO-2022-JP bodies are 7bit, non-ASCII header text is RFC 2047 encoded-words and non-ASCII
attachment names use RFC 2231. Lines end in CRLF.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from email.utils import format_datetime, getaddresses

from desk_app.mail.charsets import UnencodableError, encode_iso2022jp
from desk_app.mail.headers import normalize_message_id

__all__ = ["InvalidAddressError", "UnencodableError", "build_message", "make_message_id"]

_MAX_LINE = 78
_UTF8_WORD_BYTES = 45  # base64 of 45 bytes is 60 chars: "=?UTF-8?B?" + 60 + "?=" = 72
_JIS_WORD_BYTES = 42  # "=?ISO-2022-JP?B?" + 56 + "?=" = 74
_ADDRESS_RE = re.compile(r"^[!#-'*+\-/-9=?A-Z^-~.]+@[A-Za-z0-9.\-\[\]:]+$")
_ATOM_PHRASE_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$")
_CONTENT_TYPE_RE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_SAFE_FILENAME_RE = re.compile(r"^[A-Za-z0-9 !#$%&'()*+,\-.=@\[\]^_`{}~]{1,60}$")
_DOMAIN_RE = re.compile(r"^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$")
_ATTR_CHAR_RE = re.compile(r"^[A-Za-z0-9!#$&+\-.^_`{|}~]$")
_JIS_UNIT_RE = re.compile("[\uff61-\uff9f]+|.", re.S)
_LINE_CONTROLS = {**{c: None for c in (*range(0x20), 0x7F)}, 0x09: " ", 0x0A: " ", 0x0D: " "}


class InvalidAddressError(ValueError):
    """An address given to `build_message` cannot be written into a header; `address` holds it."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__(address)


def make_message_id(domain: str) -> str:
    """A new globally unique ``<...@domain>`` Message-ID (``localhost`` for an unusable domain)."""
    try:
        domain = domain.strip().strip(".").encode("idna").decode("ascii").lower()
    except (UnicodeError, AttributeError):
        domain = ""
    if not _DOMAIN_RE.match(domain):
        domain = "localhost"
    return f"<{time.time_ns():x}.{secrets.token_hex(8)}@{domain}>"


def _one_line(value: str) -> str:
    """Header text without line breaks or controls, so it cannot inject header lines."""
    return (value or "").translate(_LINE_CONTROLS)


def _encoded_words(text: str, jis: bool) -> list[str]:
    """RFC 2047 B encoded-words for `text`, each under 76 characters, split between characters."""
    words: list[str] = []
    if jis:
        chunk = ""
        # Runs of half-width katakana become full-width (with voiced marks merged) when encoded,
        # so they are never split between words.
        for unit in _JIS_UNIT_RE.findall(text):
            if chunk and len(encode_iso2022jp(chunk + unit)) > _JIS_WORD_BYTES:
                words.append(chunk)
                chunk = ""
            chunk += unit
        encoded = [encode_iso2022jp(w) for w in [*words, chunk] if w]
        prefix = "=?ISO-2022-JP?B?"
    else:
        encoded, chunk = [], b""
        for ch in text:
            data = ch.encode("utf-8")
            if len(chunk) + len(data) > _UTF8_WORD_BYTES:
                encoded.append(chunk)
                chunk = b""
            chunk += data
        if chunk:
            encoded.append(chunk)
        prefix = "=?UTF-8?B?"
    return [prefix + base64.b64encode(data).decode("ascii") + "?=" for data in encoded]


def _needs_encoding(word: str) -> bool:
    return not word.isascii() or "=?" in word or len(word) > _MAX_LINE - 12


def _unstructured_tokens(value: str, jis: bool) -> list[str]:
    """Tokens of an unstructured header (Subject); ASCII words at either end stay readable."""
    words = _one_line(value).strip().split(" ")
    marked = [i for i, w in enumerate(words) if _needs_encoding(w)]
    if not marked:
        return [w for w in words if w] if words != [""] else []
    first, last = marked[0], marked[-1]
    # Whitespace between encoded-words is dropped when decoding, so the encoded span keeps its
    # inner spaces inside the words; spaces next to plain words survive as folding whitespace.
    middle = _encoded_words(" ".join(words[first:last + 1]), jis)
    return [w for w in words[:first] if w] + middle + [w for w in words[last + 1:] if w]


def _fold(name: str, tokens: Sequence[str]) -> str:
    """One header field, folded at token boundaries to keep lines near 78 characters."""
    lines: list[str] = []
    line = name + ":"
    for token in tokens:
        if len(line) + 1 + len(token) > _MAX_LINE and line != name + ":":
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\r\n".join(lines)


def _check_address(address: str) -> str:
    address = (address or "").strip()
    local, at, domain = address.rpartition("@")
    if at and domain and not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            raise InvalidAddressError(address) from None
        address = f"{local}@{domain}"
    if not _ADDRESS_RE.match(address):
        raise InvalidAddressError(address)
    return address


def _mailbox_tokens(name: str, address: str, jis: bool) -> list[str]:
    address = _check_address(address)
    name = _one_line(name).strip()
    if not name:
        return [address]
    if name.isascii() and "=?" not in name:
        if not _ATOM_PHRASE_RE.match(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return [name, f"<{address}>"]
    return [*_encoded_words(name, jis), f"<{address}>"]


def _address_list_tokens(entries: Sequence[tuple[str, str]], jis: bool) -> list[str]:
    tokens: list[str] = []
    for i, (name, address) in enumerate(entries):
        mailbox = _mailbox_tokens(name, address, jis)
        if i < len(entries) - 1:
            mailbox[-1] += ","
        tokens += mailbox
    return tokens


def _split_recipients(values: Sequence[str]) -> list[tuple[str, str]]:
    """``"Name <addr>"`` or bare addresses (a string may hold several, comma separated)."""
    result: list[tuple[str, str]] = []
    for value in values:
        pairs = [(n, a) for n, a in getaddresses([_one_line(value)]) if a]
        if not pairs:
            raise InvalidAddressError(value)
        result += pairs
    return result


def _message_id(value: str | None) -> str | None:
    """A normalised ``<id>`` fit for a header, or None (ids must be printable ASCII)."""
    normal = normalize_message_id(value)
    return normal if normal and normal.isascii() and normal.isprintable() else None


def _check_jis(texts: Sequence[str]) -> None:
    """Raise one UnencodableError naming every offending character across all `texts`."""
    bad: list[str] = []
    for text in texts:
        try:
            encode_iso2022jp(text)
        except UnencodableError as exc:
            bad += exc.chars
    if bad:
        raise UnencodableError(bad)


def _body(text: str, jis: bool) -> tuple[list[str], bytes]:
    """Headers and CRLF body bytes of the text part."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if jis:
        data = encode_iso2022jp(text).replace(b"\n", b"\r\n")
        ctype = "Content-Type: text/plain; charset=ISO-2022-JP"
        if max(map(len, data.split(b"\r\n"))) <= 998:
            return [ctype, "Content-Transfer-Encoding: 7bit"], data
        return [ctype, "Content-Transfer-Encoding: base64"], _base64_lines(data)
    data = text.encode("utf-8")
    ctype = "Content-Type: text/plain; charset=UTF-8"
    # Quoted-printable keeps mostly-ASCII text readable; for Japanese base64 is a third smaller.
    if (len(data) - len(text)) * 10 < len(data):
        qp = binascii.b2a_qp(data.replace(b"\n", b"\r\n"), istext=True)
        return [ctype, "Content-Transfer-Encoding: quoted-printable"], qp
    return [ctype, "Content-Transfer-Encoding: base64"], _base64_lines(data)


def _base64_lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _attachment_part(filename: str, content_type: str, data: bytes) -> bytes:
    filename = _one_line(filename).strip() or "attachment"
    content_type = (content_type or "").strip().lower()
    if not _CONTENT_TYPE_RE.match(content_type):
        content_type = "application/octet-stream"
    if _SAFE_FILENAME_RE.match(filename) and "=?" not in filename:
        lines = [f'Content-Type: {content_type}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"']
    else:
        # RFC 2231 is the standard; the encoded-word name is what older Japanese mailers read.
        words = "\r\n ".join(_encoded_words(filename, jis=False))
        lines = [f'Content-Type: {content_type};\r\n name="{words}"',
                 "Content-Disposition: attachment;" + _rfc2231_param("filename", filename)]
    is_message = content_type.startswith("message/")
    if is_message and data.isascii() and all(len(x) <= 998 for x in data.split(b"\n")):
        # message/* must not be base64 (RFC 2046 5.2.1) when it can go as 7bit.
        body = re.sub(rb"\r?\n", b"\r\n", data)
        lines.append("Content-Transfer-Encoding: 7bit")
    else:
        body = _base64_lines(data)
        lines.append("Content-Transfer-Encoding: base64")
    return "\r\n".join(lines).encode("ascii") + b"\r\n\r\n" + body


def _rfc2231_param(name: str, value: str) -> str:
    """``name*=UTF-8''...`` with continuations, each on its own folded line."""
    escaped = [c if _ATTR_CHAR_RE.match(c) else
               "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in value]
    chunks, chunk = [], "UTF-8''"
    for piece in escaped:
        if len(chunk) + len(piece) > 60:
            chunks.append(chunk)
            chunk = ""
        chunk += piece
    chunks.append(chunk)
    if len(chunks) == 1:
        return f"\r\n {name}*={chunks[0]}"
    return ";".join(f"\r\n {name}*{i}*={c}" for i, c in enumerate(chunks))


def build_message(
    *,
    from_name: str,
    from_address: str,
    to: Sequence[str],
    cc: Sequence[str] = (),
    subject: str,
    text: str,
    date: datetime,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    charset: str = "utf-8",
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    """The complete message as CRLF bytes, ready for SMTP.

    `to` and `cc` hold ``"Name <addr>"`` or bare addresses. `charset` is ``"utf-8"`` or
    ``"iso-2022-jp"``; for the latter, `UnencodableError` names every character of the subject,
    names or text that ISO-2022-JP (with the NEC/IBM extensions) cannot carry. A naive `date` is
    taken as UTC. `attachments` are ``(filename, content_type, data)``. Raises
    `InvalidAddressError` for an address that cannot be written and ValueError for an unknown
    charset or a `message_id` that is not printable ASCII.
    """
    charset_name = charset.strip().lower().replace("_", "-")
    if charset_name not in ("utf-8", "iso-2022-jp"):
        raise ValueError(f"unsupported charset: {charset}")
    jis = charset_name == "iso-2022-jp"
    to_pairs, cc_pairs = _split_recipients(to), _split_recipients(cc)
    if jis:
        names = [from_name, *(n for n, _ in to_pairs), *(n for n, _ in cc_pairs)]
        _check_jis([_one_line(subject), *map(_one_line, names), text])
    if date.tzinfo is None:
        date = date.replace(tzinfo=timezone.utc)
    from_address = _check_address(from_address)
    if message_id is not None and _message_id(message_id) is None:
        raise ValueError(f"invalid message id: {message_id!r}")
    message_id = _message_id(message_id) or make_message_id(from_address.split("@")[-1])
    headers = [
        f"Date: {format_datetime(date)}",
        _fold("From", _mailbox_tokens(from_name, from_address, jis)),
    ]
    if to_pairs:
        headers.append(_fold("To", _address_list_tokens(to_pairs, jis)))
    if cc_pairs:
        headers.append(_fold("Cc", _address_list_tokens(cc_pairs, jis)))
    headers.append(_fold("Subject", _unstructured_tokens(subject, jis)))
    headers.append(f"Message-ID: {message_id}")
    # Ids copied from received mail may be junk (non-ASCII); a thread link is not worth a
    # malformed header, so those are left out.
    parent = _message_id(in_reply_to)
    refs = [r for r in map(_message_id, references) if r]
    if parent:
        headers.append(f"In-Reply-To: {parent}")
        refs = refs or [parent]
    if refs:
        headers.append(_fold("References", list(dict.fromkeys(refs))))
    headers.append("MIME-Version: 1.0")
    body_headers, body = _body(text, jis)
    if not attachments:
        return "\r\n".join(headers + body_headers).encode("ascii") + b"\r\n\r\n" + body
    boundary = "=_" + secrets.token_hex(16)
    headers.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    parts = [("\r\n".join(body_headers)).encode("ascii") + b"\r\n\r\n" + body]
    parts += [_attachment_part(name, ctype, data) for name, ctype, data in attachments]
    delimiter = f"\r\n--{boundary}\r\n".encode("ascii")
    return ("\r\n".join(headers).encode("ascii") + b"\r\n\r\n"
            + b"This is a multi-part message in MIME format."
            + delimiter + delimiter.join(parts)
            + f"\r\n--{boundary}--\r\n".encode("ascii"))
