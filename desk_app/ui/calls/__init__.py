"""The Calls page: the phone log."""
