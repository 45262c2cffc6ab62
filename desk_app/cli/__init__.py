"""The command line: argparse sub-commands over the services. Imports no Qt."""

from desk_app.cli.main import main

__all__ = ["main"]
