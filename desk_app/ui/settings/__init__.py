"""The Settings page: preferences stored in the db, and the mail accounts (dialog, list)."""
