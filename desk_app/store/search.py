"""Full-text search: SQLite FTS5 with the trigram tokenizer, LIKE for 1–2 character terms.

Japanese has no spaces, so words are found as substrings: the trigram index answers terms of
three or more characters; shorter terms (common in Japanese: 返品, 傷) cannot use trigrams, so
they are checked by substring — over the index's candidates when there are longer terms too,
else over a bounded set of the newest rows.

The index keeps which messages hold a trigram but not where (detail=none: a first sync writes it
in a third less time), and keeps letters as written (folding case was a fifth of the rest), so it
yields candidates — messages holding every trigram of the terms, Latin ones in any case — and each
term is then checked in the candidates themselves, newest first, until enough are found.
"""

from __future__ import annotations

import re
from itertools import product

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.core.records import SearchHit

INDEXED_COLUMNS = ("subject", "from_name", "from_address", "text")
SHORT_TERM_SCAN = 10_000  # newest messages a query of only 1–2 character terms looks through
RECHECK_PAGE = 100  # fewest index candidates checked at once (newest first)
COMMON_TERM_SCAN = 4  # newest rows read (per hit wanted) before a 3+ character term asks the index
SNIPPET_CHARS = 60


def index_messages(session: Session, first_id: int, last_id: int) -> None:
    """Add the messages just stored with ids `first_id`…`last_id` to the full-text index, in one
    statement that reads them back from the page cache (their text is not bound a second time)."""
    columns = ", ".join(INDEXED_COLUMNS)
    session.execute(
        text(f"INSERT INTO messages_fts(rowid, {columns}) SELECT id, {columns} FROM messages"
             " WHERE id BETWEEN :first AND :last"),
        {"first": first_id, "last": last_id},
    )


def split_terms(query: str) -> list[str]:
    """Whitespace-separated terms (full-width spaces too), quotes dropped."""
    return [t for t in re.split(r"[\s\u3000]+", query.replace('"', " ").strip()) if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _spellings(gram: str, any_case: bool) -> list[str]:
    """The ways `gram` may be written in an indexed row: every case of its Latin letters when the
    term is matched without regard to case, else just as it is."""
    if not any_case or gram.lower() == gram.upper():
        return [gram]
    return ["".join(letters) for letters in product(*(dict.fromkeys((c.lower(), c.upper())) for c in gram))]


def trigram_query(terms: list[str]) -> str:
    """An FTS5 query for the rows that hold every trigram of every term (each term ≥ 3 characters).

    The index keeps letters as written; a Latin term is matched without regard to case (as the
    check in the rows does, see `_contains`), so each of its trigrams is asked in every case.
    """
    groups = dict.fromkeys(
        " OR ".join(_fts_phrase(g) for g in _spellings(term[i : i + 3], term.isascii()))
        for term in terms for i in range(len(term) - 2)
    )
    return " AND ".join(f"({group})" if " OR " in group else group for group in groups)


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


def _substring_filter(terms: list[str], params: dict[str, object], alias: str = "m") -> str:
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
    if not long_terms:
        ids = _newest_with(session, terms, limit, SHORT_TERM_SCAN)
    else:
        # A common word fills the page from the newest few rows at once; the index would first
        # gather (and sort by date) every one of the thousands of rows that hold its trigrams.
        ids = _newest_with(session, terms, limit, COMMON_TERM_SCAN * limit)
        if len(ids) < limit:
            ids = _checked_candidates(session, long_terms, terms, limit)
    if not ids:
        return []
    rows = {
        r[0]: r
        for r in session.execute(
            text("SELECT id, subject, text FROM messages WHERE id IN (" + ",".join(map(str, ids)) + ")")
        )
    }
    return [SearchHit("mail", str(i), rows[i][1], _snippet(rows[i][2] or "", terms)) for i in ids if i in rows]


def _checked_candidates(session: Session, long_terms: list[str], terms: list[str], limit: int) -> list[int]:
    """Messages holding every term: the index's newest candidates (the (id, date) index sorts them
    without reading a message), checked a page at a time — a quarter more than wanted, then twice
    the last page while too few held the terms (rare: a message seldom holds every trigram of a
    word without the word)."""
    page_sql = text(
        "SELECT m.id FROM messages_fts f JOIN messages m INDEXED BY ix_messages_id_date ON m.id = f.rowid"
        " WHERE messages_fts MATCH :match ORDER BY m.date DESC LIMIT :page OFFSET :offset"
    )
    match = trigram_query(long_terms)
    params: dict[str, object] = {}
    check = _substring_filter(terms, params)
    found: list[int] = []
    offset, page = 0, max(limit + limit // 4, RECHECK_PAGE)
    while len(found) < limit:
        candidates = [row[0] for row in session.execute(page_sql, {"match": match, "page": page, "offset": offset})]
        if candidates:
            holding = {
                row[0] for row in session.execute(
                    text(f"SELECT m.id FROM messages m WHERE m.id IN ({','.join(map(str, candidates))}) AND {check}"),
                    params,
                )
            }
            found += [pk for pk in candidates if pk in holding]
        if len(candidates) < page:
            break
        offset, page = offset + page, 2 * page
    return found[:limit]


def _newest_with(session: Session, terms: list[str], limit: int, scan: int) -> list[int]:
    """Messages holding every term among the newest `scan`, newest first, read row by row (how
    1–2 character terms, which trigrams cannot find, are found); the scan stops as soon as
    `limit` are found."""
    params: dict[str, object] = {"limit": limit, "scan": scan}
    cutoff = session.execute(text("SELECT date FROM messages ORDER BY date DESC LIMIT 1 OFFSET :scan"), params).scalar()
    window = ""
    if cutoff is not None:
        params["cutoff"] = cutoff
        window = "m.date >= :cutoff AND "
    sql = (
        f"SELECT m.id FROM messages m INDEXED BY ix_messages_date WHERE {window}"
        f"{_substring_filter(terms, params)} ORDER BY m.date DESC LIMIT :limit"
    )
    return [row[0] for row in session.execute(text(sql), params)]


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
