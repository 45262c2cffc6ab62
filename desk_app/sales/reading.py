"""Reading a CSV export row by row, whatever its encoding (UTF-8 with or without BOM, else cp932)."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

PROBE_BYTES = 1 << 20


def detect_encoding(path: Path) -> str:
    """`utf-8-sig` when the file starts with a BOM or its first megabyte is UTF-8, else `cp932`."""
    with path.open("rb") as handle:
        head = handle.read(PROBE_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        # Not final: the probe may end inside a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp932"
    return "utf-8-sig"


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number where the record starts, {column: value}) for each record after the header.

    Streams the file; CRLF, LF and quoted newlines are all handled by the csv module. Line 1 is
    the header. Missing cells read as "", extra cells are dropped.
    """
    # A stray undecodable byte past the probe becomes U+FFFD rather than failing the whole import.
    with path.open(encoding=detect_encoding(path), errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        header = [name.strip() for name in next(reader, [])]
        start = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield start, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
            start = reader.line_num + 1


def read_header(path: Path) -> list[str]:
    """The column names of the file's first row."""
    with path.open(encoding=detect_encoding(path), errors="replace", newline="") as handle:
        return [name.strip() for name in next(csv.reader(handle), [])]
