"""The plain records of the manual: a section, a file that could not be loaded, a search hit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_app.core.front_matter import Problem  # noqa: F401 — part of the manual's records

# Where a section came from: shipped with desk_app, or the owner's manual folder.
BUNDLED = "bundled"
OWNER = "owner"


@dataclass(frozen=True)
class Section:
    """One section of the manual in one language.

    `markdown` is the body after the front matter. `checklist` holds the text of its task-list
    lines (`- [ ] …`), in order; `links` the ids it links to (`[text](other-id)`), in order, once
    each; `templates` the reply-template keys it recommends.
    """

    id: str
    lang: str
    title: str
    categories: tuple[str, ...]
    order: int
    markdown: str
    checklist: tuple[str, ...]
    links: tuple[str, ...]
    templates: tuple[str, ...]
    source: str  # BUNDLED | OWNER
    path: Path


@dataclass(frozen=True)
class ManualError:
    """A section file that was skipped (the rest of the manual still loads).

    `id` is the file name without `.md` (empty for a missing folder); `line` is 0 when the problem
    is not on one line.
    """

    id: str
    path: Path
    problem: Problem
    line: int = 0
    detail: str = ""

    @property
    def error(self) -> str:
        """A one-line technical description (file, line, problem) for logs and the command line."""
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        what = self.problem.value.replace("_", " ")
        return f"{where}: {what}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class ManualHit:
    """One section found by a search, best first.

    Match positions are `(start, end)` offsets: in `title`, in the section's `markdown`, and in
    `snippet` (a one-line excerpt around the first match in the body), so a viewer can highlight.
    `terms` are the query's words as typed.
    """

    id: str
    title: str
    snippet: str
    score: int
    terms: tuple[str, ...]
    title_matches: tuple[tuple[int, int], ...]
    body_matches: tuple[tuple[int, int], ...]
    snippet_matches: tuple[tuple[int, int], ...]
