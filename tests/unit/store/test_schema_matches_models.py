"""The models and the migrations describe the same schema: a new db, built by the migrations alone,
has exactly the tables, columns, types, indexes and constraints the models declare."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desk_app.store.db import open_database
from desk_app.store.models import Base

# The search index is an FTS5 virtual table made by raw SQL in the migrations; no model maps it.
NOT_MODELLED = "messages_fts"


def _modelled(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(NOT_MODELLED))


def test_migrated_schema_is_the_models_schema(tmp_path: Path) -> None:
    database = open_database(tmp_path / "shop.db")
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": _modelled}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    assert differences == []
