"""Raw mail bytes to a `ParsedMessage`: readable text, HTML, attachments and the problems found.

Parsing uses ``email`` with the compat32 policy (``policy.default`` is ten times slower and still
misreads some ISO-2022-JP) and decodes every header and body with `charsets`. Mail is hostile
input: `parse_message` never raises, it returns what it could read and says what went wrong in
`ParsedMessage.notes`.
"""

from __future__ import annotations

import binascii
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from html.parser import HTMLParser
from io import BytesIO

from desk_app.mail.charsets import decode_bytes, decode_bytes_checked
from desk_app.mail.headers import (
    decode_base64,
    decode_header_value,
    envelope_fields,
    normalize_message_id,
    parse_content_header,
)
from desk_app.mail.mime_tree import message_from_bytes

__all__ = [
    "NOTES", "ParsedAttachment", "ParsedMessage", "html_to_text", "parse_message",
    "sanitize_filename",
]

NOTE_EMPTY = "empty"
NOTE_MALFORMED_MIME = "malformed_mime"
NOTE_TRUNCATED = "truncated"
NOTE_BAD_TRANSFER_ENCODING = "bad_transfer_encoding"
NOTE_UNDECODABLE_CHARSET = "undecodable_charset"
NOTE_TOO_DEEP = "too_deep"
NOTE_PARSE_ERROR = "parse_error"
NOTE_MISSING_MESSAGE_ID = "missing_message_id"
NOTE_INVALID_DATE = "invalid_date"
NOTES = frozenset(value for key, value in dict(globals()).items() if key.startswith("NOTE_"))
"""Every code `ParsedMessage.notes` may hold."""

_DEFECT_NOTES = {
    "CloseBoundaryNotFoundDefect": NOTE_TRUNCATED,
    "InvalidBase64PaddingDefect": NOTE_BAD_TRANSFER_ENCODING,
    "InvalidBase64CharactersDefect": NOTE_BAD_TRANSFER_ENCODING,
    "InvalidBase64LengthDefect": NOTE_BAD_TRANSFER_ENCODING,
}
_MAX_DEPTH = 40
_BODY_TYPES = ("text/plain", "text/html")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ILLEGAL_FILENAME_RE = re.compile(r'[<>:"/\\|?*]')
_INVISIBLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_DOTS_RE = re.compile(r"\.{2,}")
_PATH_SEP_RE = re.compile(r"[/\\]")
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in "123456789\u00b9\u00b2\u00b3"}
)
_MAX_FILENAME = 200


@dataclass(frozen=True, slots=True)
class ParsedAttachment:
    """One attachment or inline resource of a message, with its decoded bytes in `data`.

    `content_id` is without angle brackets (as ``cid:`` URLs name it); `inline` is True for
    resources the HTML body shows (a ``cid:`` image), which are not listed as attachments.
    """

    filename: str
    content_type: str
    size: int
    content_id: str | None = None
    inline: bool = False
    data: bytes = field(default=b"", repr=False)


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """The readable content of one mail. Dates are aware UTC; ids are ``<id>``.

    `to`/`cc` hold ``"Name <addr>"`` (or the bare address); `text` is the plain text (from the
    HTML when there is no plain part); `notes` holds codes from `NOTES` for problems found.
    """

    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    date: datetime | None = None
    text: str = ""
    html: str | None = None
    attachments: tuple[ParsedAttachment, ...] = ()
    has_attachments: bool = False
    notes: tuple[str, ...] = ()


def sanitize_filename(name: str) -> str:
    """A file name safe to save on Windows, macOS and Linux, keeping as much of `name` as it can.

    Drops directories, ``..``, control and bidi-override characters, characters Windows forbids,
    leading dots and trailing dots/spaces; prefixes Windows device names (``CON``, ``COM1.txt``)
    with ``_``; cuts to 200 characters keeping the extension; returns ``attachment`` when
    nothing is left.
    """
    name = unicodedata.normalize("NFC", name if isinstance(name, str) else str(name or ""))
    name = _PATH_SEP_RE.split(name)[-1]
    name = _INVISIBLE_RE.sub("", name)
    name = _ILLEGAL_FILENAME_RE.sub("_", name)
    name = _DOTS_RE.sub(".", name).strip().lstrip(".").rstrip(". ")
    if len(name) > _MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        if dot and stem and len(ext) < 16:
            name = stem[:_MAX_FILENAME - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            name = name[:_MAX_FILENAME].rstrip(". ")
    if name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED_NAMES:
        name = "_" + name
    return name or "attachment"


_SKIP_TAGS = frozenset({"script", "style", "title", "template"})
# How many line breaks a block element puts around itself.
_BREAKS = dict.fromkeys((
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
    "hr", "figure", "address"), 2) | dict.fromkeys((
    "div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "nav", "aside",
    "main", "form", "fieldset", "figcaption", "center", "caption", "details", "summary", "body"), 1)
_HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")
_TAG_RE = re.compile(r"<[^>]*>")
_SCRIPT_STYLE_RE = re.compile(r"<(script|style)\b.*?(</\1\s*>|\Z)", re.I | re.S)
_BLANK_LINES_RE = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML document, blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = self._pre = self._newlines = 0
        self._line_start = True

    def _newline(self, wanted: int) -> None:
        if self.out:
            while self._newlines < wanted:
                self.out.append("\n")
                self._newlines += 1
            self._line_start = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "br":
            self._newline(self._newlines + 1)
        elif tag in _BREAKS:
            self._newline(_BREAKS[tag])
            self._pre += tag == "pre"
            if tag == "li":
                self.handle_data("- ")
        elif tag in ("td", "th") and not self._line_start:
            self.handle_data(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BREAKS:
            self._newline(_BREAKS[tag])
            self._pre = max(0, self._pre - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            data = data.replace("\r\n", "\n")
        else:
            data = _HTML_SPACE_RE.sub(" ", data)
            if self._line_start:
                data = data.lstrip(" ")
        if data:
            self.out.append(data)
            self._newlines = len(data) - len(data.rstrip("\n"))
            self._line_start = data.endswith((" ", "\n"))


def html_to_text(html: str) -> str:
    """The readable text of an HTML mail body: no scripts or styles, blocks on their own lines,
    entities unescaped, runs of blank lines collapsed."""
    try:
        parser = _TextExtractor()
        parser.feed(html)
        parser.close()
        text = "".join(parser.out)
    except Exception:  # noqa: BLE001 - hostile HTML must still yield some text
        text = _TAG_RE.sub(" ", _SCRIPT_STYLE_RE.sub(" ", html))
    lines = [line.rstrip() for line in text.replace("\xa0", " ").split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip("\n")


def _first_headers(part: Message) -> dict[str, str]:
    """The raw value of the first occurrence of each header, by lower-case name."""
    found: dict[str, str] = {}
    for name, value in part.raw_items():
        found.setdefault(name.lower(), value)
    return found


def _text(data: bytes, charset: str | None, notes: list[str]) -> str:
    text, certain = decode_bytes_checked(data, charset)
    if not certain:
        notes.append(NOTE_UNDECODABLE_CHARSET)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class _Walker:
    """Walks a parsed MIME tree collecting plain parts, HTML parts, attachments and notes."""

    def __init__(self, notes: list[str]) -> None:
        self.texts: list[str] = []
        self.htmls: list[str] = []
        # Each attachment with whether it may be inline (has a Content-ID, not "attachment").
        self.attachments: list[tuple[ParsedAttachment, bool]] = []
        self.notes = notes

    def defects(self, part: Message) -> None:
        for defect in part.defects:
            self.notes.append(_DEFECT_NOTES.get(type(defect).__name__, NOTE_MALFORMED_MIME))

    def walk(self, part: Message, depth: int = 0, related: bool = False,
             force_attachment: bool = False) -> None:
        if depth > _MAX_DEPTH:
            self.notes.append(NOTE_TOO_DEEP)
            return
        headers = _first_headers(part)
        ctype, params = parse_content_header(headers.get("content-type"))
        if "/" not in ctype or " " in ctype:
            ctype = part.get_default_type()
        if part.is_multipart():
            self.defects(part)
            children = part.get_payload()
            if ctype.startswith("message/"):
                self.leaf(part, headers, ctype, params, related, True)
            elif ctype == "multipart/alternative":
                self.alternative(children, depth, related, force_attachment)
            elif ctype == "multipart/related":
                self.related(children, params, depth)
            else:
                for child in children:
                    self.walk(child, depth + 1, related, force_attachment)
            return
        if ctype.startswith("multipart/"):
            # No usable boundary: the raw body is still better than nothing.
            self.notes.append(NOTE_MALFORMED_MIME)
            ctype, params = "text/plain", {}
        self.leaf(part, headers, ctype, params, related, force_attachment)

    def alternative(self, children: list[Message], depth: int, related: bool,
                    force_attachment: bool) -> None:
        best_texts: list[str] = []
        best_htmls: list[str] = []
        for child in children:
            t0, h0 = len(self.texts), len(self.htmls)
            self.walk(child, depth + 1, related, force_attachment)
            texts, htmls = self.texts[t0:], self.htmls[h0:]
            del self.texts[t0:], self.htmls[h0:]
            if texts and not best_texts:
                best_texts = texts
            if htmls:  # the last alternative is the richest (RFC 2046 5.1.4)
                best_htmls = htmls
        self.texts += best_texts
        self.htmls += best_htmls

    def related(self, children: list[Message], params: dict[str, str], depth: int) -> None:
        root = 0
        start = normalize_message_id(params.get("start"))
        if start:
            for i, child in enumerate(children):
                if normalize_message_id(_first_headers(child).get("content-id")) == start:
                    root = i
                    break
        for i, child in enumerate(children):
            self.walk(child, depth + 1, related=i != root, force_attachment=i != root)

    def leaf(self, part: Message, headers: dict[str, str], ctype: str, params: dict[str, str],
             related: bool, force_attachment: bool) -> None:
        disposition, dparams = parse_content_header(headers.get("content-disposition"))
        name = dparams.get("filename") or params.get("name") or ""
        if ctype.startswith("message/"):
            data = self.message_bytes(part, headers)
            if not name and ctype == "message/rfc822":
                children = part.get_payload()
                has_inner = isinstance(children, list) and children
                inner = _first_headers(children[0]) if has_inner else {}
                name = (decode_header_value(inner.get("subject"))[:100] or "message") + ".eml"
        else:
            data = self.payload_bytes(part, headers)
        is_body = (ctype in _BODY_TYPES and not force_attachment and disposition != "attachment"
                   and not (name and disposition != "inline"))
        if is_body:
            charset = params.get("charset")
            if ctype == "text/html":
                if not charset:
                    m = _META_CHARSET_RE.search(data, 0, 4096)
                    charset = m.group(1).decode("ascii") if m else None
                self.htmls.append(_text(data, charset, self.notes))
            else:
                self.texts.append(_text(data, charset, self.notes))
            return
        cid = normalize_message_id(headers.get("content-id"))
        may_be_inline = bool(cid) and disposition != "attachment"
        name = name or "attachment" + (mimetypes.guess_extension(ctype) or "")
        self.attachments.append((ParsedAttachment(
            filename=sanitize_filename(name),
            content_type=ctype, size=len(data), content_id=cid[1:-1] if cid else None,
            inline=may_be_inline and related, data=data), may_be_inline))

    def payload_bytes(self, part: Message, headers: dict[str, str]) -> bytes:
        cte = headers.get("content-transfer-encoding", "").strip().lower()
        if cte == "base64" and not part.is_multipart():
            # email's own decoder hands back the undecoded text when the length is off by one
            # (a truncated message); decode leniently here instead.
            data, clean = decode_base64(str(part.get_payload()))
            if not clean:
                self.notes.append(NOTE_BAD_TRANSFER_ENCODING)
            return data
        try:
            data = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - a broken encoding loses this part, not the mail
            data = None
            self.notes.append(NOTE_BAD_TRANSFER_ENCODING)
        self.defects(part)
        return data if isinstance(data, bytes) else b""

    def message_bytes(self, part: Message, headers: dict[str, str]) -> bytes:
        """The body of a message/* part as sent (email parsed it into sub-messages)."""
        buf = BytesIO()
        try:
            BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32).flatten(
                part, linesep="\r\n")
        except Exception:  # noqa: BLE001
            self.notes.append(NOTE_MALFORMED_MIME)
            return b""
        data = buf.getvalue()
        end = -2 if data.startswith(b"\r\n") else data.find(b"\r\n\r\n")
        data = data[end + 4:] if end != -1 else b""
        cte = headers.get("content-transfer-encoding", "").strip().lower()
        # message/* may not be encoded (RFC 2046 5.2.1), but some mailers do it anyway.
        if cte == "base64":
            data, clean = decode_base64(data.decode("latin-1"))
            if not clean:
                self.notes.append(NOTE_BAD_TRANSFER_ENCODING)
        elif cte == "quoted-printable":
            data = binascii.a2b_qp(data)
        return data


def _header_fields(headers: dict[str, str], notes: list[str]) -> dict[str, object]:
    fields = envelope_fields(headers)
    if fields["date"] is None and headers.get("date", "").strip():
        notes.append(NOTE_INVALID_DATE)
    if fields["message_id"] is None:
        notes.append(NOTE_MISSING_MESSAGE_ID)
    return fields


def _parse(raw: bytes) -> ParsedMessage:
    notes: list[str] = []
    msg = message_from_bytes(raw)
    fields = _header_fields(_first_headers(msg), notes)
    walker = _Walker(notes)
    walker.walk(msg)
    html = "\n".join(walker.htmls) if walker.htmls else None
    text = "\n".join(walker.texts)
    if html is not None and not text.strip():
        text = html_to_text(html)
    html_lower = html.lower() if html else ""
    attachments = [
        # Outside multipart/related a part is still inline when the HTML shows it by cid:.
        replace(a, inline=True) if may_be_inline and f"cid:{a.content_id}".lower() in html_lower
        else a
        for a, may_be_inline in walker.attachments
    ]
    return ParsedMessage(
        **fields,  # type: ignore[arg-type]
        text=text.replace("\x00", ""),
        html=html,
        attachments=tuple(attachments),
        has_attachments=any(not a.inline for a in attachments),
        notes=tuple(dict.fromkeys(notes)),
    )


def _parse_headers_only(raw: bytes) -> ParsedMessage:
    notes = [NOTE_PARSE_ERROR]
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
    fields = _header_fields(_first_headers(msg), notes)
    body = msg.get_payload()
    body = body.encode("ascii", "surrogateescape") if isinstance(body, str) else b""
    text = decode_bytes(body, None)
    return ParsedMessage(**fields, text=text.replace("\x00", ""),  # type: ignore[arg-type]
                         notes=tuple(dict.fromkeys(notes)))


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one raw RFC 5322 message; never raises, whatever the input.

    Problems become codes in `ParsedMessage.notes` (see `NOTES`); when even the structure cannot
    be read, the headers and the undecoded body text are returned with ``parse_error``.
    """
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    elif isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    if not isinstance(raw, bytes) or not raw.strip():
        return ParsedMessage(notes=(NOTE_EMPTY,))
    try:
        return _parse(raw)
    except Exception:  # noqa: BLE001 - includes RecursionError from absurd nesting
        try:
            return _parse_headers_only(raw)
        except Exception:  # noqa: BLE001
            return ParsedMessage(notes=(NOTE_PARSE_ERROR,))
