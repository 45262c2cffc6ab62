"""Alembic environment: always run on the connection `store.migrate` hands over."""

from alembic import context

from desk_app.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by rebuilding them
)
with context.begin_transaction():
    context.run_migrations()
