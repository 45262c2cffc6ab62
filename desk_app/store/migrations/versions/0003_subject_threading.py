"""Normalised subject per message, for threading mail that lacks References/In-Reply-To.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from desk_app.core.threads import normalize_subject

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("subject_key", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_messages_account_subject_key", "messages", ["account_id", "subject_key"])
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, subject FROM messages")).fetchall()
    for message_id, subject in rows:
        conn.execute(
            sa.text("UPDATE messages SET subject_key = :key WHERE id = :id"),
            {"key": normalize_subject(subject or ""), "id": message_id},
        )


def downgrade() -> None:
    op.drop_index("ix_messages_account_subject_key", "messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("subject_key")
