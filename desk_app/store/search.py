"""Full-text search: SQLite FTS5 with the trigram tokenizer, LIKE for 1–2 character terms.

Japanese has no spaces, so words are found as substrings: trigram FTS answers terms of three or
more characters from the index; shorter terms (common in Japanese: 返品, 傷) cannot use trigrams,
so they filter by LIKE — over the FTS hits when there are longer terms too, else over a bounded
set of the newest rows.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.core.records import SearchHit

SHORT_TERM_SCAN = 20_000  # newest messages a short-term-only query looks through
SNIPPET_CHARS = 60


def split_terms(query: str) -> list[str]:
    """Whitespace-separated terms (full-width spaces too), quotes dropped."""
    return [t for t in re.split(r"[\s\u3000]+", query.replace('"', " ").strip()) if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(body: str, terms: list[str]) -> str:
    """A short excerpt around the first term found, on one line."""
    flat = " ".join(body.split())
    lowered = flat.lower()
    for term in terms:
        at = lowered.find(term.lower())
        if at >= 0:
            start = max(0, at - SNIPPET_CHARS // 3)
            return ("…" if start else "") + flat[start : start + SNIPPET_CHARS] + ("…" if start + SNIPPET_CHARS < len(flat) else "")
    return flat[:SNIPPET_CHARS]


def search_messages(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Messages whose subject, sender or text contain every term, newest first."""
    terms = split_terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    params: dict[str, object] = {"limit": limit}
    clauses = []
    for i, term in enumerate(short_terms):
        params[f"s{i}"] = _like(term)
        clauses.append(
            f"(m.subject LIKE :s{i} ESCAPE '\\' OR m.from_name LIKE :s{i} ESCAPE '\\'"
            f" OR m.from_address LIKE :s{i} ESCAPE '\\' OR m.text LIKE :s{i} ESCAPE '\\')"
        )
    if long_terms:
        params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        source = "messages m JOIN messages_fts f ON f.rowid = m.id WHERE messages_fts MATCH :match"
    else:
        params["scan"] = SHORT_TERM_SCAN
        source = (
            "(SELECT * FROM messages ORDER BY date DESC LIMIT :scan) m WHERE 1"
        )
    where = "".join(f" AND {c}" for c in clauses)
    sql = (
        f"SELECT m.id, m.subject, m.text FROM {source}{where}"
        " ORDER BY m.date DESC LIMIT :limit"
    )
    rows = session.execute(text(sql), params)
    return [SearchHit("mail", str(r[0]), r[1], _snippet(r[2] or "", terms)) for r in rows]


def search_records(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Cases (title, order number, notes) and calls (summary, phone) by substring: they are few."""
    terms = split_terms(query)
    if not terms:
        return []
    hits: list[SearchHit] = []
    for kind, sql_source, title_col, body_col in (
        ("case", "cases", "title", "title || ' ' || coalesce(order_number, '') || ' ' || cause || ' ' || recovery"),
        ("call", "calls", "summary", "summary || ' ' || outcome || ' ' || phone || ' ' || phone_normalized"),
    ):
        params: dict[str, object] = {"limit": limit}
        where = []
        for i, term in enumerate(terms):
            params[f"t{i}"] = _like(term)
            where.append(f"({body_col}) LIKE :t{i} ESCAPE '\\'")
        rows = session.execute(
            text(
                f"SELECT id, {title_col}, {body_col} FROM {sql_source} WHERE deleted_at IS NULL AND "
                + " AND ".join(where)
                + " ORDER BY updated_at DESC LIMIT :limit"
            ),
            params,
        )
        hits += [SearchHit(kind, r[0], r[1], _snippet(r[2] or "", terms)) for r in rows]
    return hits
