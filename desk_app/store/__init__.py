"""SQLite storage: models, engine and sessions, migrations, backups, search. The only SQLAlchemy user."""
