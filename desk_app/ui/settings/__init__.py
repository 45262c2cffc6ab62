"""The Settings page: preferences stored in the db."""
