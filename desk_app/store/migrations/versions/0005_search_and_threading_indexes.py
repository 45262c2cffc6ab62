"""Indexes that first syncs and searches of large mailboxes need.

- (account_id, subject_key, date): threading a reply that has no References looks up the latest
  message with the same subject; without it SQLite walks the whole account per message.
- (date): the newest-first scan behind 1–2 character searches.
- (id, date): sorting full-text hits by date reads this small index, not the large message rows.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_messages_account_subject_key", "messages")
    op.create_index("ix_messages_account_subject_key_date", "messages", ["account_id", "subject_key", "date"])
    op.create_index("ix_messages_date", "messages", ["date"])
    op.create_index("ix_messages_id_date", "messages", ["id", "date"])


def downgrade() -> None:
    op.drop_index("ix_messages_id_date", "messages")
    op.drop_index("ix_messages_date", "messages")
    op.drop_index("ix_messages_account_subject_key_date", "messages")
    op.create_index("ix_messages_account_subject_key", "messages", ["account_id", "subject_key"])
