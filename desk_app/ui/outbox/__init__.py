"""The outbox: messages on their way out."""
