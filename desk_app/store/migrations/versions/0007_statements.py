"""Statements: a call piece keeps its call's length, statement events their role, hourly rates join the others.

- `work_items.call_seconds`: calls shorter than the rate card's minimum pay nothing, and a piece
  imported from the agent's statement bundle has no call beside it to read the length from.
  Filled here from the calls already logged.
- `statement_events.role`: whether the agent or the owner took a step.
- `rate_cards.hourly_yen` goes: an hourly rate is the `hourly` kind in `rates` like any other
  (quantity in hours); a value already set moves there.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("call_seconds", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE work_items SET call_seconds = (SELECT seconds FROM calls WHERE calls.id = work_items.source_ref)"
        " WHERE source_kind = 'call'"
    )
    with op.batch_alter_table("statement_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=8), server_default="agent", nullable=False))
    op.execute("UPDATE rate_cards SET rates = json_set(rates, '$.hourly', hourly_yen) WHERE hourly_yen IS NOT NULL")
    with op.batch_alter_table("rate_cards", schema=None) as batch_op:
        batch_op.drop_column("hourly_yen")


def downgrade() -> None:
    with op.batch_alter_table("rate_cards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hourly_yen", sa.Integer(), nullable=True))
    op.execute("UPDATE rate_cards SET hourly_yen = json_extract(rates, '$.hourly'),"
               " rates = json_remove(rates, '$.hourly') WHERE json_extract(rates, '$.hourly') IS NOT NULL")
    with op.batch_alter_table("statement_events", schema=None) as batch_op:
        batch_op.drop_column("role")
    with op.batch_alter_table("work_items", schema=None) as batch_op:
        batch_op.drop_column("call_seconds")
