"""Sales analysis: orders know their shop day, whether they count and their number key; day totals.

- `orders.local_day`, `orders.counted`, `orders.number_key`: filled at import so that figures
  need no per-row date arithmetic and cases find their orders; filled here for orders already
  imported (days in the shop's time zone setting).
- `sales_days`, `sales_day_products`: counted sales per day and per product and day, kept by
  the store whenever orders change, so a summary over a million lines reads a few thousand rows.
- `import_profiles`: named column mappings for other platforms' exports.
- `order_lines.sku` loses its index: nothing looks lines up by sku any more (the day totals do).

Revision ID: 0008
Revises: 0007
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from desk_app.core.orders import order_key

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

VOID_STATUSES = ("refunded", "voided")


def _zone(bind: sa.Connection) -> ZoneInfo:
    stored = bind.execute(sa.text("SELECT value FROM settings WHERE name = 'timezone'")).scalar()
    name = (stored or '"Asia/Tokyo"').strip('"')
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("Asia/Tokyo")


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("local_day", sa.String(length=10), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("counted", sa.Boolean(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("number_key", sa.String(length=64), nullable=False, server_default=""))
        batch_op.create_index("ix_orders_local_day", ["local_day"], unique=False)
        batch_op.create_index("ix_orders_number_key", ["number_key"], unique=False)
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_order_lines_sku")
    op.create_table(
        "sales_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("revenue_yen", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "sales_day_products",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("revenue_yen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "sku"),
    )
    op.create_table(
        "import_profiles",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    _backfill(op.get_bind())


def _backfill(bind: sa.Connection) -> None:
    zone = _zone(bind)
    rows = bind.execute(sa.text("SELECT id, number, created_at, financial_status, cancelled_at FROM orders")).all()
    updates = [
        {
            "id": order_id,
            "day": datetime.fromisoformat(created).astimezone(zone).strftime("%Y-%m-%d"),
            "counted": cancelled is None and (status or "").strip().lower() not in VOID_STATUSES,
            "key": order_key(number),
        }
        for order_id, number, created, status, cancelled in rows
    ]
    if updates:
        bind.execute(
            sa.text("UPDATE orders SET local_day = :day, counted = :counted, number_key = :key WHERE id = :id"),
            updates,
        )
    bind.execute(sa.text(
        "INSERT INTO sales_days (day, orders, revenue_yen, units)"
        " SELECT o.local_day, COUNT(DISTINCT o.id), SUM(l.quantity * l.unit_price_yen), SUM(l.quantity)"
        " FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.counted GROUP BY o.local_day"
    ))
    bind.execute(sa.text(
        "INSERT INTO sales_day_products (day, sku, name, orders, units, revenue_yen)"
        " SELECT o.local_day, l.sku, l.name, COUNT(DISTINCT o.id), SUM(l.quantity),"
        " SUM(l.quantity * l.unit_price_yen)"
        " FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.counted GROUP BY o.local_day, l.sku"
    ))


def downgrade() -> None:
    op.drop_table("import_profiles")
    op.drop_table("sales_day_products")
    op.drop_table("sales_days")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index("ix_order_lines_sku", ["sku"], unique=False)
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_number_key")
        batch_op.drop_index("ix_orders_local_day")
        batch_op.drop_column("number_key")
        batch_op.drop_column("counted")
        batch_op.drop_column("local_day")
