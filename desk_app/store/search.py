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

INDEXED_COLUMNS = ("subject", "from_name", "from_address", "text")
SHORT_TERM_SCAN = 10_000  # newest messages a query of only 1–2 character terms looks through
SNIPPET_CHARS = 60


def index_messages(session: Session, rows: list[tuple[int, dict[str, object]]]) -> None:
    """Add newly stored messages (`(id, column values)`) to the full-text index, in one statement."""
    if not rows:
        return
    columns = ", ".join(INDEXED_COLUMNS)
    values = ", ".join(f":{c}" for c in INDEXED_COLUMNS)
    session.execute(
        text(f"INSERT INTO messages_fts(rowid, {columns}) VALUES (:rowid, {values})"),
        [{"rowid": pk, **{c: row[c] for c in INDEXED_COLUMNS}} for pk, row in rows],
    )


def split_terms(query: str) -> list[str]:
    """Whitespace-separated terms (full-width spaces too), quotes dropped."""
    return [t for t in re.split(r"[\s\u3000]+", query.replace('"', " ").strip()) if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:  # for the small tables of search_records
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


def _contains(column: str, param: str, term: str) -> str:
    """A substring test: `instr` (fast, exact) for Japanese; ASCII case-folded for Latin terms."""
    if term.isascii():
        return f"instr(lower({column}), lower(:{param}))"
    return f"instr({column}, :{param})"


def _short_filter(terms: list[str], params: dict[str, object], alias: str = "m") -> str:
    clauses = []
    for i, term in enumerate(terms):
        params[f"s{i}"] = term
        clauses.append(
            "(" + " OR ".join(f"{_contains(f'{alias}.{c}', f's{i}', term)} > 0" for c in INDEXED_COLUMNS) + ")"
        )
    return " AND ".join(clauses)


def search_messages(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Messages whose subject, sender or text contain every term, newest first."""
    terms = split_terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    params: dict[str, object] = {"limit": limit}
    if long_terms:
        params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        # Without short terms the (id, date) index answers the sort: the big rows are never read.
        hint = "" if short_terms else " INDEXED BY ix_messages_id_date"
        extra = f" AND {_short_filter(short_terms, params)}" if short_terms else ""
        sql = (
            f"SELECT m.id FROM messages_fts f JOIN messages m{hint} ON m.id = f.rowid"
            f" WHERE messages_fts MATCH :match{extra} ORDER BY m.date DESC LIMIT :limit"
        )
    else:
        # Trigrams cannot find 1–2 characters: scan the newest SHORT_TERM_SCAN messages by date,
        # stopping as soon as `limit` hits are found.
        params["scan"] = SHORT_TERM_SCAN
        cutoff = session.execute(
            text("SELECT date FROM messages ORDER BY date DESC LIMIT 1 OFFSET :scan"), params
        ).scalar()
        window = ""
        if cutoff is not None:
            params["cutoff"] = cutoff
            window = "m.date >= :cutoff AND "
        sql = (
            f"SELECT m.id FROM messages m INDEXED BY ix_messages_date WHERE {window}"
            f"{_short_filter(short_terms, params)} ORDER BY m.date DESC LIMIT :limit"
        )
    ids = [row[0] for row in session.execute(text(sql), params)]
    if not ids:
        return []
    rows = {
        r[0]: r
        for r in session.execute(
            text("SELECT id, subject, text FROM messages WHERE id IN (" + ",".join(map(str, ids)) + ")")
        )
    }
    return [SearchHit("mail", str(i), rows[i][1], _snippet(rows[i][2] or "", terms)) for i in ids if i in rows]


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
