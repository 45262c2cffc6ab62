"""The Cases page: every case with its status, category and deadline."""
