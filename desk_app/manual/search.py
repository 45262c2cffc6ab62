"""Full-text search over a manual's titles and bodies.

Japanese has no spaces between words, so a word is found as a substring: 傷, 返品 and 再配達 all
match without a tokenizer. A manual is a few hundred KB at most, so scanning prepared texts in
memory answers at typing speed. Matching ignores letter case and the full-width / half-width
difference of letters and digits (ＡＢＣ１ = abc1), and folds one character to one, so a match
position in the folded text is the same position in the original.

Ranking: every word of the query must appear in the title or the body; a word in the title counts
ten, each occurrence in the body one (at most ten per word); ties keep table-of-contents order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desk_app.manual.records import ManualHit, Section
from desk_app.manual.sections import plain_inline

SNIPPET_CHARS = 80
TITLE_WEIGHT = 10
BODY_CAP = 10
_LINE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d+\.\s+|\|)")


class _FoldTable(dict[int, str]):
    """A `str.translate` table: NFKC then casefold, kept only where one character stays one."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char).casefold()
        result = folded if len(folded) == 1 else char
        self[code] = result
        return result


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """`text` prepared for matching; the same length as `text`, character for character."""
    return text.translate(_FOLD)


def split_terms(query: str) -> tuple[str, ...]:
    """The words of a query: separated by spaces (full-width ones too), quotes dropped."""
    return tuple(t for t in re.split(r"[\s\u3000]+", query.replace('"', " ").strip()) if t)


def find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Every `(start, end)` of `needle` in `haystack`, left to right, not overlapping."""
    found = []
    at = haystack.find(needle)
    while at >= 0:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return found


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _line_at(body: str, at: int) -> str:
    end = body.find("\n", at)
    return body[body.rfind("\n", 0, at) + 1 : end if end >= 0 else len(body)]


def _is_heading(line: str) -> bool:
    return line.lstrip().startswith("#")


def _snippet_line(body: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The line for the snippet, as plain text: the first match outside a heading (the title is
    shown anyway), else the first match, else the first line of prose."""
    lines = [_line_at(body, start) for start, _end in spans]
    prose = [line for line in body.split("\n") if line.strip() and not _is_heading(line)]
    line = next((x for x in lines if not _is_heading(x)), lines[0] if lines else (prose[0] if prose else ""))
    markup = _LINE_MARKUP.match(line)
    text = plain_inline(line[markup.end() if markup else 0 :]).strip().strip("|")
    return " ".join(text.replace("|", "/").split())


def _snippet(line: str, folded_terms: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    folded = fold(line)
    first = min((p for p in (folded.find(t) for t in folded_terms) if p >= 0), default=0)
    start = max(0, first - SNIPPET_CHARS // 3)
    start = 0 if len(line) <= SNIPPET_CHARS else min(start, len(line) - SNIPPET_CHARS)
    snippet = ("…" if start else "") + line[start : start + SNIPPET_CHARS]
    if start + SNIPPET_CHARS < len(line):
        snippet += "…"
    folded_snippet = fold(snippet)
    return snippet, _merge(span for t in folded_terms for span in find_all(folded_snippet, t))


class SearchIndex:
    """The sections of one manual, prepared once for repeated searches."""

    def __init__(self, sections: Iterable[Section]) -> None:
        self._entries = [(s, fold(s.title), fold(s.markdown)) for s in sections]

    def search(self, query: str, limit: int = 50) -> list[ManualHit]:
        """Sections holding every word of `query` in the title or body, best first."""
        terms = split_terms(query)
        folded_terms = tuple(fold(t) for t in terms)
        if not terms:
            return []
        hits: list[ManualHit] = []
        for section, title, body in self._entries:
            if not all(t in title or t in body for t in folded_terms):
                continue
            title_spans = [span for t in folded_terms for span in find_all(title, t)]
            body_by_term = [find_all(body, t) for t in folded_terms]
            score = TITLE_WEIGHT * len(title_spans) + sum(min(len(spans), BODY_CAP) for spans in body_by_term)
            body_spans = _merge(span for spans in body_by_term for span in spans)
            line = _snippet_line(section.markdown, body_spans)
            snippet, snippet_spans = _snippet(line, folded_terms)
            hits.append(ManualHit(
                id=section.id,
                title=section.title,
                snippet=snippet,
                score=score,
                terms=terms,
                title_matches=_merge(title_spans),
                body_matches=body_spans,
                snippet_matches=snippet_spans,
            ))
        hits.sort(key=lambda hit: -hit.score)  # stable: equal scores keep the manual's order
        return hits[:limit]
