"""The Manual page."""
