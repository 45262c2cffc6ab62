"""Cleaning a mail's HTML before Qt sees it (no Qt here, so it is tested on its own).

Qt's rich text runs no scripts and our browser loads nothing but `cid:` images, so this is the
second fence, not the first: it keeps the document to harmless markup (no scripts, styles, forms,
frames, event handlers, `javascript:` links) and says what it took out, so the reading pane can
tell the user that remote images were blocked.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements dropped together with everything inside them. (Not <head>: its end tag is optional,
# and a mail that never closes it would lose its body; what it holds is dropped one by one.)
DROPPED_WITH_CONTENT = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "title",
    "template", "svg", "math", "select", "textarea", "button", "audio", "video", "canvas", "noembed",
    "noframes",
})
# Elements copied as they are; any other (html, body, form, input, meta, link, o:p …) is
# unwrapped: the tag goes, its text stays.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "address", "article", "aside", "b", "big", "blockquote", "br", "caption", "center",
    "cite", "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption",
    "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img",
    "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "s", "samp", "section",
    "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "time", "tr", "tt", "u", "ul", "var",
})
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
# Attributes Qt's rich text understands and that can do no harm; everything else goes.
ALLOWED_ATTRIBUTES = frozenset({
    "href", "src", "alt", "title", "width", "height", "align", "valign", "colspan", "rowspan",
    "border", "cellpadding", "cellspacing", "bgcolor", "color", "face", "size", "style", "dir",
    "lang", "start", "type", "name", "id", "nowrap",
})
LINK_SCHEMES = ("http://", "https://", "mailto:")
REMOTE_SCHEMES = ("http://", "https://", "//")
_CSS_URL = re.compile(r"url\s*\([^)]*\)?", re.IGNORECASE)
_CSS_BAD = re.compile(r"expression\s*\(|@import|behavior\s*:|-moz-binding", re.IGNORECASE)
_SPACE_AND_CONTROLS = re.compile(r"[\x00-\x20\x7f]+")


@dataclass(frozen=True)
class SafeHtml:
    """A mail's HTML made harmless, and what was taken out of it.

    `cid_images` are the Content-IDs the document shows (without `cid:`); `remote_images`
    counts removed references to the network that would have loaded content (images,
    backgrounds, frames); `blocked_other` counts removed references of any other kind (file:,
    data:, relative paths).
    """

    html: str
    cid_images: tuple[str, ...]
    remote_images: int
    blocked_other: int


def sanitize_html(source: str) -> SafeHtml:
    """Rebuild `source` from its harmless parts; never raises on broken markup."""
    cleaner = _Cleaner()
    try:
        cleaner.feed(source)
        cleaner.close()
    except Exception:  # noqa: BLE001 - html.parser may choke on hostile input; keep what we have
        pass
    return SafeHtml(
        html="".join(cleaner.out),
        cid_images=tuple(dict.fromkeys(cleaner.cids)),
        remote_images=cleaner.remote,
        blocked_other=cleaner.other,
    )


def _url_of(value: str) -> str:
    # Only for deciding, never for output. The parser has unescaped the value once; unescaping
    # again errs on the safe side, and browsers ignore spaces and controls in a scheme
    # ("java\tscript:"), so we drop them before comparing.
    return _SPACE_AND_CONTROLS.sub("", html.unescape(value)).lower()


class _Cleaner(HTMLParser):
    """Streams markup into `out`, keeping allowed tags and attributes, escaping all text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.cids: list[str] = []
        self.remote = 0
        self.other = 0
        self._skipping: list[str] = []  # the dropped elements we are inside, innermost last

    # -- parser callbacks ----------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag not in ALLOWED_TAGS or tag in VOID:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.out.append(html.escape(data, quote=False))

    # Comments, doctypes, processing instructions and CDATA are simply not copied.

    # -- internals -----------------------------------------------------------------------------

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        if self._skipping:
            if tag == self._skipping[-1] and not closed and tag not in VOID:
                self._skipping.append(tag)  # the same element nested: wait for both ends
            return
        if tag in DROPPED_WITH_CONTENT:
            self._count_references(attrs)
            if not closed and tag not in VOID:
                self._skipping.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            self._count_references(attrs)
            return
        kept = self._attributes(tag, attrs)
        if tag == "img" and not any(name == "src" for name, _ in kept):
            alt = next((value for name, value in kept if name == "alt"), "")
            if alt:
                self.out.append(html.escape(f"[{alt}]", quote=False))
            return
        rendered = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in kept)
        self.out.append(f"<{tag}{rendered}>")

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
        kept: list[tuple[str, str]] = []
        for raw_name, raw_value in attrs:
            name = raw_name.lower()
            value = raw_value or ""
            if name == "background":
                self._note_reference(value, image=True)
                continue
            if name not in ALLOWED_ATTRIBUTES:
                continue
            if name == "src":
                if tag != "img":
                    continue
                url = _url_of(value)
                if url.startswith("cid:"):
                    self.cids.append(value.strip()[4:].strip("<>"))
                    kept.append((name, value.strip()))
                else:
                    self._note_reference(value, image=True)
                continue
            if name == "href":
                url = _url_of(value)
                if url.startswith(LINK_SCHEMES) or url.startswith("#"):
                    kept.append((name, value.strip()))
                continue
            if name == "style":
                value = self._clean_style(value)
                if not value:
                    continue
            kept.append((name, value))
        return kept

    def _clean_style(self, style: str) -> str:
        if _CSS_BAD.search(style):
            return ""
        for match in _CSS_URL.findall(style):
            self._note_reference(match[match.find("(") + 1 :].rstrip(")").strip(" '\""), image=True)
        return _CSS_URL.sub("none", style)

    def _count_references(self, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.lower() in ("src", "href", "background", "data", "poster") and value:
                self._note_reference(value, image=name.lower() != "href")

    def _note_reference(self, value: str, *, image: bool) -> None:
        url = _url_of(value)
        if not url:
            return
        if image and url.startswith(REMOTE_SCHEMES):
            self.remote += 1
        elif not url.startswith("cid:"):
            self.other += 1
