"""Reading a CSV export record by record, whatever its encoding (UTF-8 with or without BOM, else cp932).

A line without a double quote is split on commas (a few times faster than the csv module, and
most rows of a big export have none); a line with one goes through the csv module, which reads
on over the following lines while a quoted field runs on, as RFC 4180 says.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desk_app.core.errors import DeskAppError, ErrorCode

PROBE_BYTES = 1 << 20
# The index a parser reads for a column the file does not have: every record carries one more
# cell than the header, always empty, as its last cell.
ABSENT = -1


@dataclass(frozen=True)
class CsvPreview:
    """The start of a file as the mapping dialog shows it: its encoding, header and first records."""

    encoding: str
    header: list[str]
    rows: list[list[str]]


def detect_encoding(path: Path) -> str:
    """`utf-8-sig` when the file starts with a BOM or its first megabyte is UTF-8, else `cp932`."""
    try:
        with path.open("rb") as handle:
            head = handle.read(PROBE_BYTES)
    except FileNotFoundError as exc:
        raise DeskAppError(ErrorCode.NOT_FOUND, str(path)) from exc
    except OSError as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path}: {exc.strerror}") from exc
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        # Not final: the probe may end inside a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp932"
    return "utf-8-sig"


class _Feed:
    """The lines the csv module reads: the one handed to it, then on from the file as it asks."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.first: str | None = None

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line, self.first = self.first, None
        return line if line is not None else next(self._lines)


def _records(handle: TextIO, width: int | None = None, kept: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number where the record starts, its cells) for every record, the header (line 1) too.

    With `width` (the header's), records are shaped as read_records() says, with the first `kept`
    cells (all by default) and the ABSENT one, and blank ones are left out (one loop for both: this
    runs once per line of a big file).
    """
    lines = iter(handle)
    feed = _Feed(lines)
    quoted = csv.reader(feed)
    number = 0
    if width is not None:
        kept = width if kept is None else min(kept, width)
    split_at = -1 if kept is None else kept  # the cells past the kept ones are not split apart
    for line in lines:
        number += 1
        start = number
        plain = '"' not in line
        if plain:
            cells = line.split(",", split_at)
            if kept is None or len(cells) <= kept:  # else the last cell, the line's unread rest, goes
                cells[-1] = cells[-1].rstrip("\r\n")
        else:
            feed.first = line
            before = quoted.line_num
            cells = next(quoted)
            number += quoted.line_num - before - 1  # the lines a quoted field ran on over
        if kept is not None:
            if not cells[0].strip():  # perhaps a blank record: nothing in any column but spaces
                whole = line.rstrip("\r\n").split(",") if plain else cells
                if not "".join(whole[:width]).strip():
                    continue
            if len(cells) > kept:
                del cells[kept:]
            elif len(cells) < kept:
                cells += [""] * (kept - len(cells))
            cells.append("")
        yield start, cells


def _open(path: Path, encoding: str) -> TextIO:
    # A stray undecodable byte past the probe becomes U+FFFD rather than failing the whole import.
    return path.open(encoding=encoding, errors="replace", newline="")


def read_records(path: Path, columns: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number where the record starts, cells) for each record after the header.

    Streams the file; CRLF, LF and quoted newlines are all handled. Line 1 is the header. Each
    record has exactly one cell per header column plus one empty cell at the end (`ABSENT`):
    missing cells read as "", extra cells are dropped. Blank records are left out. With `columns`,
    only the first `columns` columns are read (an importer reading no further is spared splitting
    out the rest of an export's many columns).
    """
    width = len(read_header(path))
    try:
        with _open(path, detect_encoding(path)) as handle:
            records = _records(handle, width, columns)
            next(records, None)  # the header
            yield from records
    except csv.Error as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path.name}: {exc}") from exc


def read_header(path: Path) -> list[str]:
    """The column names of the file's first record (an empty list for an empty file)."""
    with _open(path, detect_encoding(path)) as handle:
        first = next(_records(handle), None)
    return [name.strip() for name in first[1]] if first else []


def preview(path: Path, limit: int = 20) -> CsvPreview:
    """The encoding, the header and the first `limit` records (one cell per column) of `path`."""
    encoding = detect_encoding(path)
    header = read_header(path)
    rows = []
    for _line, cells in read_records(path):
        if len(rows) >= limit:
            break
        rows.append(cells[:len(header)])
    return CsvPreview(encoding="utf-8" if encoding == "utf-8-sig" else encoding, header=header, rows=rows)
