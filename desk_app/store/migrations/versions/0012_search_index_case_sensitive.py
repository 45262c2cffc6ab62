"""The trigram index keeps letters as written (FTS5 trigram tokenizer, case_sensitive 1).

Folding every character's case was a fifth of the work of indexing new mail. A search already
checks its terms in the rows themselves (Latin letters without regard to case, other text as
written: store.search), so it now asks the index for each trigram of a Latin term in every
case it may be written in, and finds the same messages.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMNS = "subject, from_name, from_address, text"


def _recreate(case_sensitive: int) -> None:
    # The insert/update/delete triggers on messages name the table, not its options: they stay.
    op.execute("DROP TABLE messages_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE messages_fts USING fts5({COLUMNS}, content='messages', content_rowid='id', "
        f"tokenize='trigram case_sensitive {case_sensitive}', detail=none)"
    )
    op.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _recreate(1)


def downgrade() -> None:
    _recreate(0)
