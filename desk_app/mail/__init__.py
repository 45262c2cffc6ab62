"""Mail: Japanese-robust MIME parsing and building, IMAP sync, outbox and SMTP."""
