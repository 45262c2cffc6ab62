"""Full-text search over messages: FTS5 with the trigram tokenizer (Japanese has no spaces).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = "subject, from_name, from_address, text"

TRIGGERS = {
    "messages_fts_ai": f"""
        CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages BEGIN
          INSERT INTO messages_fts(rowid, {COLUMNS})
          VALUES (new.id, new.subject, new.from_name, new.from_address, new.text);
        END""",
    "messages_fts_ad": f"""
        CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages BEGIN
          INSERT INTO messages_fts(messages_fts, rowid, {COLUMNS})
          VALUES ('delete', old.id, old.subject, old.from_name, old.from_address, old.text);
        END""",
    "messages_fts_au": f"""
        CREATE TRIGGER messages_fts_au AFTER UPDATE OF {COLUMNS} ON messages BEGIN
          INSERT INTO messages_fts(messages_fts, rowid, {COLUMNS})
          VALUES ('delete', old.id, old.subject, old.from_name, old.from_address, old.text);
          INSERT INTO messages_fts(rowid, {COLUMNS})
          VALUES (new.id, new.subject, new.from_name, new.from_address, new.text);
        END""",
}


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE messages_fts USING fts5({COLUMNS}, "
        "content='messages', content_rowid='id', tokenize='trigram')"
    )
    for sql in TRIGGERS.values():
        op.execute(sql)
    # Index what an earlier revision already stored.
    op.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS messages_fts")
