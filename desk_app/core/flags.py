"""The IMAP system flags kept in step between the server and the local store."""

SEEN = "\\Seen"
ANSWERED = "\\Answered"
FLAGGED = "\\Flagged"
DELETED = "\\Deleted"

# Each synced flag and the message column that holds it locally.
FLAG_COLUMNS = {SEEN: "seen", ANSWERED: "answered", FLAGGED: "flagged", DELETED: "deleted"}
SYNCED_FLAGS = frozenset(FLAG_COLUMNS)
