"""Where log records go: a small rotating file in the app's log folder; the terminal only with --debug.

Nothing secret is logged (the IMAP/SMTP layers never log credentials and scrub protocol traces),
and the file is owner-only like the db: it can name customers' addresses.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

from desk_app.paths import AppPaths

LOG_FILE = "desk_app.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(paths: AppPaths, debug: bool) -> None:
    """Send records to the log file (INFO and up) and, with `debug`, everything to stderr too."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(paths.log_dir, 0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(paths.log_dir / LOG_FILE, 0o600)
    except OSError:
        handler = logging.NullHandler()  # an unwritable log folder must not stop the app
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if debug:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
