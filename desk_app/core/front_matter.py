"""The front-matter block at the top of a manual section or a reply template: a tiny, strict parser
(no YAML dependency).

::

    ---
    name: value
    quoted: "a value with \\"quotes\\" and: colons"
    names: [a, b, "c d"]
    ---
    body …

The file starts with `---` (a UTF-8 byte-order mark is ignored). Until the closing `---` comes
one `name: value` per line (names in lowercase letters, digits and `_`); blank lines and lines
starting with `#` are skipped. A value in double quotes may hold `\\"` and `\\\\`; a value in
square brackets is a list of comma-separated items (each may be quoted, none holds a comma).
Anything else — an unknown or repeated name, a line without a colon, a missing closing line — is
an error naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

class Problem(StrEnum):
    """Why a file with front matter could not be used (a manual section names its particulars in
    `ManualError.detail`); the first ones are the syntax's own, the rest its readers'."""

    UNREADABLE = "unreadable"  # the file cannot be opened or read
    NOT_UTF8 = "not_utf8"  # the bytes are not UTF-8 text
    NO_FRONT_MATTER = "no_front_matter"  # the first line is not `---`
    UNCLOSED = "unclosed"  # no closing `---`
    BAD_LINE = "bad_line"  # a front-matter line is not `name: value`
    UNKNOWN_FIELD = "unknown_field"
    DUPLICATE_FIELD = "duplicate_field"
    MISSING_FIELD = "missing_field"
    BAD_VALUE = "bad_value"  # a list not written [a, b], an order that is not a whole number, …
    UNKNOWN_CATEGORY = "unknown_category"
    BAD_ID = "bad_id"  # not lowercase letters, digits and hyphens, or not the file's name
    FOLDER_MISSING = "folder_missing"  # the owner's manual folder does not exist


FENCE = "---"
_LINE = re.compile(r"^([a-z][a-z0-9_]*)\s*:\s*(.*)$")
_QUOTED = re.compile(r'^"((?:[^"\\]|\\.)*)"$')

Value = str | tuple[str, ...]


class FrontMatterError(Exception):
    """A file whose front matter breaks the rules; `line` is 1-based (0: not one line)."""

    def __init__(self, problem: Problem, line: int = 0, detail: str = "") -> None:
        super().__init__(f"line {line}: {problem.value}: {detail}")
        self.problem = problem
        self.line = line
        self.detail = detail


@dataclass(frozen=True)
class FrontMatter:
    """The fields of a front-matter block, the line each was on, and the body after it."""

    fields: dict[str, Value]
    lines: dict[str, int]
    closing_line: int
    body: str

    def text(self, name: str) -> str:
        """A one-value field, trimmed ("" when absent); BAD_VALUE when it was written as a list."""
        value = self.fields.get(name, "")
        if not isinstance(value, str):
            raise FrontMatterError(Problem.BAD_VALUE, self.lines[name], f"{name} is one value, not a list")
        return value.strip()

    def items(self, name: str) -> tuple[str, ...]:
        """A list field (() when absent); BAD_VALUE when it was not written as [a, b]."""
        value = self.fields.get(name, ())
        if isinstance(value, str):
            raise FrontMatterError(Problem.BAD_VALUE, self.lines[name], f"{name} is a list: [a, b]")
        return value

    def require(self, *names: str) -> None:
        """MISSING_FIELD (at the closing line) for the first of `names` that is absent or empty."""
        for name in names:
            if not self.fields.get(name):
                raise FrontMatterError(Problem.MISSING_FIELD, self.closing_line, name)


def _unquote(value: str, line: int) -> str:
    if not value.startswith('"'):
        return value
    match = _QUOTED.match(value)
    if match is None:
        raise FrontMatterError(Problem.BAD_VALUE, line, f"a quote is not closed in {value}")
    return re.sub(r"\\(.)", r"\1", match.group(1))


def _parse_value(value: str, line: int) -> Value:
    if value.startswith("["):
        if not value.endswith("]"):
            raise FrontMatterError(Problem.BAD_VALUE, line, "a list is written [a, b]")
        inner = value[1:-1].strip()
        if not inner:
            return ()
        items = [_unquote(item.strip(), line) for item in inner.split(",")]
        if not all(items):
            raise FrontMatterError(Problem.BAD_VALUE, line, "an empty list item")
        return tuple(items)
    return _unquote(value, line)


def split_lines(text: str) -> list[str]:
    """The lines of a file's text, whatever its line endings, without a byte-order mark."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse(text: str, known: Collection[str]) -> FrontMatter:
    """Split `text` into its front-matter fields and body; FrontMatterError on any broken rule.

    Only names in `known` are accepted. The body keeps its inner blank lines, trimmed at both ends.
    """
    lines = split_lines(text)
    if lines[0].strip() != FENCE:
        raise FrontMatterError(Problem.NO_FRONT_MATTER, 1, f"the file must start with {FENCE}")
    fields: dict[str, Value] = {}
    where: dict[str, int] = {}
    for number, raw in enumerate(lines[1:], start=2):
        stripped = raw.strip()
        if stripped == FENCE:
            body = "\n".join(lines[number:]).strip("\n").rstrip()
            return FrontMatter(fields, where, number, body)
        if not stripped or stripped.startswith("#"):
            continue
        match = _LINE.match(stripped)
        if match is None:
            raise FrontMatterError(Problem.BAD_LINE, number, "expected name: value")
        name, value = match.group(1), match.group(2).strip()
        if name not in known:
            raise FrontMatterError(Problem.UNKNOWN_FIELD, number, name)
        if name in fields:
            raise FrontMatterError(Problem.DUPLICATE_FIELD, number, name)
        fields[name] = _parse_value(value, number)
        where[name] = number
    raise FrontMatterError(Problem.UNCLOSED, len(lines), f"no closing {FENCE}")
