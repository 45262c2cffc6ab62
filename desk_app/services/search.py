"""One search over mail, cases and calls (and the manual once it exists)."""

from __future__ import annotations

from desk_app.core.records import SearchHit
from desk_app.store import search
from desk_app.store.db import Database


class SearchService:
    """`search QUERY` and the search boxes of the window."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def messages(self, query: str, limit: int = 200) -> list[SearchHit]:
        with self._db.read() as session:
            return search.search_messages(session, query, limit)

    def everything(self, query: str, limit: int = 50) -> list[SearchHit]:
        with self._db.read() as session:
            return search.search_messages(session, query, limit) + search.search_records(session, query, limit)
