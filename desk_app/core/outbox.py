"""Which outbox states allow which of the agent's actions (one rule for the store, services and UI)."""

EDITABLE = ("queued", "failed")  # can be taken back into a draft
RETRYABLE = ("failed", "cancelled")  # can be queued again
CANCELLABLE = ("queued", "failed")  # can still be stopped
