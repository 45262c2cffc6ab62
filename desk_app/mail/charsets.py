"""Charset decoding and ISO-2022-JP encoding that survive real Japanese mail.

Japanese Windows mailers label mail ``Shift_JIS`` or ``ISO-2022-JP`` but use Microsoft's code page
932, which adds the NEC and IBM extension characters (①, ㈱, №, 髙). Python's ``shift_jis`` and
``iso2022_jp`` codecs reject those, so this module decodes both through ``cp932``, the way
Japanese mail clients do. Decoding never raises: a wrong label falls back to guessing.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "UnencodableError",
    "decode_bytes",
    "decode_bytes_checked",
    "encode_iso2022jp",
    "normalize_charset",
]

ISO2022JP = "iso-2022-jp"
"""What `normalize_charset` returns for every ISO-2022-JP label."""

_CP932_LABELS = frozenset({
    "shift-jis", "shiftjis", "sjis", "x-sjis", "x-shift-jis", "ms932", "ms-kanji", "windows-31j",
    "cp932", "csshiftjis", "cswindows31j", "x-ms-cp932", "ibm-943", "cp943c",
})
_ISO2022JP_LABELS = frozenset({
    "iso-2022-jp", "iso2022jp", "iso-2022-jp-1", "iso-2022-jp-2", "iso-2022-jp-3",
    "iso-2022-jp-2004", "iso-2022-jp-ms", "iso-2022-jp-ext", "csiso2022jp", "csiso2022jp2",
    "cp50220", "cp50221", "cp50222", "jis", "x-jis",
})
# Supersets replace the labelled charset because mailers routinely send the superset's
# characters under the smaller name (as browsers do, per the WHATWG Encoding Standard).
_ALIASES = {
    "utf-8": "utf-8", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "euc-jp": "euc_jp", "x-euc-jp": "euc_jp", "eucjp": "euc_jp", "cseucpkdfmtjapanese": "euc_jp",
    "euc-kr": "cp949", "ks-c-5601-1987": "cp949", "ks-c-5601": "cp949", "ksc5601": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "csgb2312": "gb18030", "big5": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "iso8859-1": "cp1252", "cp819": "cp1252", "csisolatin1": "cp1252",
    "us-ascii": "ascii", "ascii": "ascii", "ansi-x3.4-1968": "ascii", "iso646-us": "ascii",
    "tis-620": "cp874", "iso-8859-11": "cp874", "iso-8859-9": "cp1254",
}
_UNKNOWN_LABELS = frozenset({
    "", "unknown-8bit", "x-unknown", "unknown", "default", "8bit", "x-user-defined", "none",
})
# Text codecs that would turn mail into something other than its text (or always fail).
_REFUSED_CODECS = frozenset({
    "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined",
})
# Codecs under which plain ASCII bytes do not mean ASCII text, so the ASCII shortcut is wrong.
_ASCII_UNSAFE = ("utf-16", "utf-32", "utf-7", "hz", "cp037", "cp500", "cp1026", "cp1140")

_UNKNOWN = ""
"""`normalize_charset` result for a label that was given but is not usable."""


def _build_s1() -> bytes:
    table = bytearray(256)
    for j1 in range(0x21, 0x7F):
        s1 = (j1 + 1) // 2 + 0x70
        table[j1] = s1 + 0x40 if s1 >= 0xA0 else s1
    return bytes(table)


def _build_s2() -> bytes:
    # Indexed by the second JIS byte, with bit 7 set when the first JIS byte is even.
    table = bytearray(256)
    for j2 in range(0x21, 0x7F):
        s2 = j2 + 0x1F
        table[j2] = s2 + 1 if s2 >= 0x7F else s2
        table[j2 | 0x80] = j2 + 0x7E
    return bytes(table)


_S1 = _build_s1()
_S2 = _build_s2()
_EVEN_TO_HIGH_BIT = bytes(0x80 if b % 2 == 0 else 0 for b in range(256))
_KANA_TO_SJIS = bytes(b + 0x80 if 0x21 <= b <= 0x5F else b for b in range(256))
_JIS_GRAPHIC = bytes(range(0x21, 0x7F))

_ASCII, _ROMAN, _KANA, _KANJI = range(4)
_ESCAPES = {
    b"\x1b(B": _ASCII, b"\x1b(J": _ROMAN, b"\x1b(H": _ROMAN, b"\x1b(I": _KANA,
    b"\x1b$@": _KANJI, b"\x1b$B": _KANJI, b"\x1b$(B": _KANJI, b"\x1b$(@": _KANJI,
    # JIS X 0213 plane 1 (ISO-2022-JP-3/2004) extends JIS X 0208; read it as such.
    b"\x1b$(O": _KANJI, b"\x1b$(Q": _KANJI,
}
_CONTROL_RE = re.compile(rb"\x1b(?:\$\(.|\$.|\(.)?|[\x0e\x0f]", re.S)
_NEWLINE_RE = re.compile(rb"[\r\n]")
_CLEAN_KANJI_RUN = rb"\x1b\$[@B]((?:[\x21-\x7e][\x21-\x7e])*+)\x1b\(B"
_CLEAN_KANJI_RUN_RE = re.compile(_CLEAN_KANJI_RUN)
# Text made of nothing but such runs and plain ASCII between them (no other escape, no SO/SI).
_CLEAN_ISO2022JP_RE = re.compile(rb"[^\x1b\x0e\x0f]*+(?:" + _CLEAN_KANJI_RUN + rb"[^\x1b\x0e\x0f]*+)*+")
# Where Python's iso2022_jp codec reads JIS X 0208 otherwise than cp932: wave dash, double bar,
# minus, cent, pound, not.
_JIS_TO_CP932 = str.maketrans("\u301c\u2016\u2212\u00a2\u00a3\u00ac", "\uff5e\u2225\uff0d\uffe0\uffe1\uffe2")
_JIS_READ_OTHERWISE = re.compile("[" + "".join(map(chr, _JIS_TO_CP932)) + "]")
_HALFWIDTH_KANA_RE = re.compile("[\uff61-\uff9f]+")
_ROMAN_CHARS = {"\u00a5": 0x5C, "\u203e": 0x7E}


class UnencodableError(ValueError):
    """Text holds characters the target charset cannot represent; `chars` lists them once each."""

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars: list[str] = list(dict.fromkeys(chars))
        super().__init__(self.chars)

    def __str__(self) -> str:
        return "unencodable characters: " + " ".join(
            f"{c!r} (U+{ord(c):04X})" for c in self.chars)


@functools.lru_cache(maxsize=512)
def normalize_charset(label: str | None) -> str | None:
    """The Python codec to use for a MIME charset label.

    Returns None when no label was given or it says "unknown", ``"iso-2022-jp"`` for every
    ISO-2022-JP variant (decoded by this module, not Python's codec), ``"cp932"`` for every
    Shift_JIS label, and ``""`` for a label that names no usable codec.
    """
    if label is None:
        return None
    name = label.strip().strip("\"'").lower().replace("_", "-")
    if "*" in name:  # RFC 2231 language suffix: utf-8*ja
        name = name.split("*", 1)[0]
    if name in _UNKNOWN_LABELS:
        return None
    if name in _CP932_LABELS:
        return "cp932"
    if name in _ISO2022JP_LABELS:
        return ISO2022JP
    if name in _ALIASES:
        return _ALIASES[name]
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):
        return _UNKNOWN
    return _UNKNOWN if codec in _REFUSED_CODECS else codec


def _jis_to_sjis(seg: bytes) -> bytes:
    """Shift_JIS bytes for an even-length run of JIS X 0208 bytes, all in 0x21..0x7E."""
    first, second = seg[0::2], seg[1::2]
    # OR the parity flag into every second byte at once via big integers: stays in C.
    n = len(second)
    tagged = (int.from_bytes(second, "big")
              | int.from_bytes(first.translate(_EVEN_TO_HIGH_BIT), "big")).to_bytes(n, "big")
    out = bytearray(2 * n)
    out[0::2] = first.translate(_S1)
    out[1::2] = tagged.translate(_S2)
    return bytes(out)


def _decode_kanji(seg: bytes, out: list[str]) -> bool:
    if len(seg) % 2 == 0 and not seg.translate(None, _JIS_GRAPHIC):
        sjis = _jis_to_sjis(seg)
        try:
            out.append(sjis.decode("cp932"))
            return True
        except UnicodeDecodeError:
            out.append(sjis.decode("cp932", "replace"))
            return False
    # Broken input (odd length, spaces inside a kanji run): go pair by pair.
    ok, i, n = True, 0, len(seg)
    while i < n:
        b = seg[i]
        if 0x21 <= b <= 0x7E and i + 1 < n and 0x21 <= seg[i + 1] <= 0x7E:
            try:
                out.append(_jis_to_sjis(seg[i:i + 2]).decode("cp932"))
            except UnicodeDecodeError:
                out.append("\ufffd")
                ok = False
            i += 2
        else:
            out.append(chr(b) if b < 0x21 or b == 0x7F else "\ufffd")
            ok = ok and b < 0x21
            i += 1
    return ok


def _decode_segment(seg: bytes, mode: int, out: list[str]) -> tuple[int, bool]:
    """Decode one run between escape sequences; returns the mode after it and whether clean."""
    rest = b""
    if mode != _ASCII:
        # Many mailers forget to switch back to ASCII before a line break; mail clients reset
        # the mode at end of line, so do the same.
        m = _NEWLINE_RE.search(seg)
        if m:
            seg, rest = seg[:m.start()], seg[m.start():]
    ok = True
    if mode == _KANJI:
        ok = _decode_kanji(seg, out)
    elif mode == _KANA:
        out.append(seg.translate(_KANA_TO_SJIS).decode("cp932", "replace"))
    elif mode == _ROMAN:
        out.append(seg.decode("ascii").replace("\\", "\u00a5").replace("~", "\u203e"))
    else:
        out.append(seg.decode("ascii"))
    if rest:
        out.append(rest.decode("ascii"))
        return _ASCII, ok
    return mode, ok


def _decode_clean_iso2022jp(data: bytes) -> str | None:
    """The common well-formed case (kanji runs of whole pairs, each closed by ESC ( B), read as
    cp932 reads it; None for anything else.

    Python's codec reads such text in C, ten times faster than pair by pair here, and differs from
    cp932 (the table of Windows mail clients) only in the six characters `_JIS_TO_CP932` turns
    back; it knows no NEC or IBM extension characters, which are then converted here.
    """
    if _CLEAN_ISO2022JP_RE.fullmatch(data) is None:
        return None
    try:
        text = data.decode("iso2022_jp")
    except UnicodeDecodeError:
        pass
    else:  # (str.translate is slow on Japanese text; the six characters are rare)
        return text.translate(_JIS_TO_CP932) if _JIS_READ_OTHERWISE.search(text) else text
    try:
        return _CLEAN_KANJI_RUN_RE.sub(lambda m: _jis_to_sjis(m.group(1)), data).decode("cp932")
    except UnicodeDecodeError:
        return None


def _decode_iso2022jp(data: bytes, strict: bool) -> str | None:
    """ISO-2022-JP through cp932; None if strict and anything was unreadable."""
    if not data.isascii():
        return None
    text = _decode_clean_iso2022jp(data)
    if text is not None:
        return text
    out: list[str] = []
    mode = before_shift = _ASCII
    ok, pos = True, 0
    for m in _CONTROL_RE.finditer(data):
        if m.start() > pos:
            mode, clean = _decode_segment(data[pos:m.start()], mode, out)
            ok = ok and clean
        code = m.group()
        if code == b"\x0e":
            before_shift, mode = mode, _KANA
        elif code == b"\x0f":
            mode = before_shift if mode == _KANA else mode
        elif code in _ESCAPES:
            mode = _ESCAPES[code]
        else:
            ok = False  # an escape this decoder does not know (ISO-2022-JP-2's G2 sets, ...)
        pos = m.end()
    if pos < len(data):
        _, clean = _decode_segment(data[pos:], mode, out)
        ok = ok and clean
    if strict and not ok:
        return None
    return "".join(out)


def _guess(data: bytes) -> tuple[str, bool]:
    """Decode bytes of unknown charset: UTF-8, then the Japanese encodings, then Latin-1."""
    if b"\x1b" in data and data.isascii():
        text = _decode_iso2022jp(data, strict=True)
        return (text, True) if text is not None else (_decode_iso2022jp(data, False) or "", False)
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), True
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        pass
    else:
        # EUC-JP also decodes as cp932, but as a soup of half-width katakana.
        kana = len(_HALFWIDTH_KANA_RE.findall(text))
        if kana * 4 > len(text) - len(text.encode("ascii", "ignore")):
            try:
                return data.decode("euc_jp"), True
            except UnicodeDecodeError:
                pass
        return text, True
    try:
        return data.decode("euc_jp"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), False


def decode_bytes_checked(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Decode like `decode_bytes`, also telling whether the result is certain.

    The flag is False when the label named no usable charset, the bytes were not valid in the
    labelled charset, or nothing but Latin-1 could read them: the text is then a best guess.
    """
    text = ""
    try:
        if isinstance(data, str):
            return data, True
        data = bytes(data)
        codec = normalize_charset(charset)
        if not data:
            return "", codec != _UNKNOWN
        if (data.isascii() and b"\x1b" not in data
                and not (codec and codec.startswith(_ASCII_UNSAFE))
                and not (codec == ISO2022JP and b"\x0e" in data)):
            return data.decode("ascii"), True
        if codec == ISO2022JP:
            decoded = _decode_iso2022jp(data, strict=True)
            if decoded is not None:
                return decoded, True
            for fallback in ("iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_ext"):
                try:
                    return data.decode(fallback), True
                except UnicodeDecodeError:
                    pass
            if data.isascii():
                return _decode_iso2022jp(data, strict=False) or "", False
            # 8-bit bytes under an ISO-2022-JP label: really Shift_JIS or UTF-8; guess below.
        elif codec:
            try:
                text = data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
            else:
                return (text.removeprefix("\ufeff") if codec == "utf-8" else text), True
            # A few damaged bytes in otherwise right text: keep the label, mark the damage.
            try:
                text = data.decode(codec, "replace")
            except LookupError:
                text = ""
            if text and text.count("\ufffd") <= max(2, len(text) // 100):
                return text, False
        guessed, ok = _guess(data)
        if text and not ok:
            return text, False
        return guessed, ok and codec is None
    except Exception:  # noqa: BLE001 - decoding must never take the caller down
        return bytes(data).decode("latin-1") if isinstance(data, (bytes, bytearray)) else "", False


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode mail bytes labelled `charset` (None if unlabelled); never raises.

    Shift_JIS labels decode as cp932; ISO-2022-JP decodes through cp932 so NEC/IBM extension
    characters survive. A missing, unknown or wrong label falls back to UTF-8, cp932, EUC-JP and
    finally Latin-1.
    """
    return decode_bytes_checked(data, charset)[0]


def _sjis_to_jis(s1: int, s2: int) -> bytes | None:
    if s1 >= 0xE0:
        s1 -= 0x40
    row = s1 - 0x70
    if s2 >= 0x9F:
        j1, j2 = row * 2, s2 - 0x7E
    else:
        j1, j2 = row * 2 - 1, s2 - 0x1F - (1 if s2 >= 0x80 else 0)
    if 0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E and s2 != 0x7F:
        return bytes((j1, j2))
    return None


@functools.lru_cache(maxsize=8192)
def _jis_for(ch: str) -> bytes | None:
    """The JIS X 0208 pair for one character, as Windows (CP50220) would send it."""
    try:
        sjis = ch.encode("cp932")
    except UnicodeEncodeError:
        try:
            jis = ch.encode("iso2022_jp")
        except UnicodeEncodeError:
            return None
        return jis[3:5] if jis.startswith(b"\x1b$B") and len(jis) == 8 else None
    # Python's cp932 encoder picks the NEC-selected copies of IBM extensions (rows 89-92),
    # which have JIS codes; only the private-use area (lead bytes F0-F9) has none.
    if len(sjis) != 2 or not (0x81 <= sjis[0] <= 0xEF):
        return None
    return _sjis_to_jis(sjis[0], sjis[1])


def encode_iso2022jp(text: str) -> bytes:
    """Encode text as ISO-2022-JP (RFC 1468), ending in ASCII mode.

    NEC and IBM extension characters are sent as Windows sends them (CP50220), half-width
    katakana become full-width (ISO-2022-JP has no half-width set), and ¥/‾ use JIS-Roman.
    Raises `UnencodableError` naming every character that cannot be represented.
    """
    text = _HALFWIDTH_KANA_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    out = bytearray()
    bad: list[str] = []
    mode = _ASCII
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            if ch in "\x1b\x0e\x0f":
                bad.append(ch)
                continue
            if mode != _ASCII:
                out += b"\x1b(B"
                mode = _ASCII
            out.append(code)
        elif ch in _ROMAN_CHARS:
            if mode != _ROMAN:
                out += b"\x1b(J"
                mode = _ROMAN
            out.append(_ROMAN_CHARS[ch])
        else:
            pair = _jis_for(ch)
            if pair is None:
                bad.append(ch)
                continue
            if mode != _KANJI:
                out += b"\x1b$B"
                mode = _KANJI
            out += pair
    if bad:
        raise UnencodableError(bad)
    if mode != _ASCII:
        out += b"\x1b(B"
    return bytes(out)
