"""One search over mail, cases, calls and the manual."""

from __future__ import annotations

from desk_app.core.records import SearchHit
from desk_app.services.manual import ManualService
from desk_app.store import search
from desk_app.store.db import Database


class SearchService:
    """`search QUERY` and the search boxes of the window."""

    def __init__(self, db: Database, manual: ManualService) -> None:
        self._db = db
        self._manual = manual

    def messages(self, query: str, limit: int = 200) -> list[SearchHit]:
        with self._db.read() as session:
            return search.search_messages(session, query, limit)

    def everything(self, query: str, limit: int = 50, lang: str | None = None) -> list[SearchHit]:
        """Mail, then cases and calls, then manual sections (of `lang`: see `ManualService`)."""
        with self._db.read() as session:
            hits = search.search_messages(session, query, limit) + search.search_records(session, query, limit)
        manual = self._manual.search(query, lang, limit)
        return hits + [SearchHit("manual", hit.id, hit.title, hit.snippet) for hit in manual]
