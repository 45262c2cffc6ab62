"""Entry point: `python -m desk_app` (or `desk-app`) starts the GUI or runs a CLI sub-command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any


def _launch_gui(*args: Any, **kwargs: Any) -> int:
    # Qt is imported only when the window is wanted, so CLI commands start fast and headless.
    from desk_app.ui.app import run_gui

    return run_gui(*args, **kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run it."""
    from desk_app.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, _launch_gui)


if __name__ == "__main__":
    # A frozen build starts its mail-parsing workers (mail.parsing) through this executable.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
