"""The Sales page."""
