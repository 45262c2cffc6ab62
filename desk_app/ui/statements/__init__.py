"""The Statements page."""
