"""Reading a PDF back as a person's tools do: poppler-utils (pdftotext, pdffonts, pdfinfo).
On CI (CI=true) a missing tool fails the test; elsewhere it skips it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing: CI must read the statement's PDF back (make test installs it)")
    pytest.skip(f"{what} is missing (apt-get install poppler-utils fonts-noto-cjk)")


class Poppler:
    """pdftotext, pdffonts and pdfinfo over a PDF file."""

    def __init__(self) -> None:
        for tool in ("pdftotext", "pdffonts", "pdfinfo"):
            if shutil.which(tool) is None:
                missing(f"{tool} (poppler-utils)")

    @staticmethod
    def _run(*args: str) -> str:
        return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout

    def text(self, pdf: Path, first: int | None = None, last: int | None = None, *, raw: bool = False) -> str:
        """The text laid out as on the page (table rows on one line), or in drawing order (`raw`)."""
        pages = [*(("-f", str(first)) if first else ()), *(("-l", str(last)) if last else ())]
        return self._run("pdftotext", "-raw" if raw else "-layout", "-enc", "UTF-8", *pages, str(pdf), "-")

    def fonts(self, pdf: Path) -> list[tuple[str, str]]:
        """(name, embedded) of every font, `embedded` as pdffonts says it: yes or no."""
        rows = self._run("pdffonts", str(pdf)).splitlines()[2:]
        # Columns: name, type (may hold spaces), encoding, emb, sub, uni, object id: read from the right.
        return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]

    def pages(self, pdf: Path) -> int:
        info = dict(line.split(":", 1) for line in self._run("pdfinfo", str(pdf)).splitlines() if ":" in line)
        return int(info["Pages"])
