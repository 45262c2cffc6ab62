"""Plain `executemany` inserts for the few hot paths that write thousands of rows at once.

SQLAlchemy's bulk insert spends more time converting parameters than SQLite spends storing the
rows (about 1.3 s of CPU for 10,000 messages against 0.3 s here). Callers bind each value in its
stored form, converted as the column's type converts it (core.clock.utc_text for timestamps,
store.types.json_text for JSON), so what is stored is the same as through the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session


def next_ids(session: Session, table: Table, count: int) -> range:
    """`count` fresh primary keys for rows inserted in this (write) transaction."""
    highest = session.scalar(select(func.max(table.c.id))) or 0
    return range(highest + 1, highest + 1 + count)


def insert_values(session: Session, table: Table, names: Sequence[str], values: Sequence[Sequence[Any]], *,
                  first_plus: int = 0) -> None:
    """Insert `values` (tuples in the order of the columns `names`, each value already in its stored
    form: what the column type's bind processor makes of it) in one statement. With `first_plus`,
    each row's first value is stored plus it (ids given as indexes into a batch of rows)."""
    if not values:
        return
    columns = ", ".join(f'"{name}"' for name in names)
    placeholders = [f"? + {int(first_plus)}" if first_plus else "?", *"?" * (len(names) - 1)]
    statement = f"INSERT INTO {table.name} ({columns}) VALUES ({', '.join(placeholders)})"
    cursor = session.connection().connection.cursor()
    try:
        cursor.executemany(statement, values)
    finally:
        cursor.close()
