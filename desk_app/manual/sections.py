"""One manual file → one `Section`: its front-matter fields, checklist and internal links.

Front-matter fields (see `front_matter` for the syntax):

- `title` (required): one line.
- `id`: lowercase letters, digits and hyphens; when given it must equal the file name without
  `.md` (the file name is the id when it is left out).
- `categories`: the case categories the section is for — keys of `core.categories`
  (`delivery.damaged`), a whole group (`delivery`: the fallback for that group), or
  `UNREASONABLE_CLAIMANT` for customers flagged as unreasonable claimants.
- `templates`: keys of the reply templates the section recommends (`damaged_item`).
- `order`: a whole number placing the section in the table of contents (default 1000).

In the body, a task-list line (`- [ ] text`, `* [x] text`) is a checklist step; lines inside
``` fences are not. An internal link is written `[text](other-id)`: the target is a bare section
id, with no scheme, slash, dot or `#`; anything else is an ordinary link.
"""

from __future__ import annotations

import re
from pathlib import Path

from desk_app.core.categories import CATEGORY_KEYS, CLAIM_GROUPS, INQUIRY_GROUP
from desk_app.core.front_matter import FrontMatter, FrontMatterError, parse
from desk_app.manual.records import Problem, Section

# The category of the section shown for a customer flagged as an unreasonable claimant
# (モンスタークレーマー, `core.claimants`); not a case category.
UNREASONABLE_CLAIMANT = "unreasonable_claimant"
SECTION_CATEGORIES = frozenset((*CATEGORY_KEYS, *CLAIM_GROUPS, INQUIRY_GROUP, UNREASONABLE_CLAIMANT))
FIELDS = ("id", "title", "categories", "templates", "order")
DEFAULT_ORDER = 1000

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_TEMPLATE_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_TASK = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s+(.*\S)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")


def internal_link(target: str) -> str | None:
    """The section id a link target points at, or None for an ordinary (external) link."""
    return target if ID_PATTERN.match(target) else None


def plain_inline(text: str) -> str:
    """Inline Markdown as plain text: links become their text, emphasis and code marks go."""
    return _EMPHASIS.sub("", _LINK.sub(r"\1", text))


def _checklist(body: str) -> tuple[str, ...]:
    steps = []
    fenced = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _TASK.match(line)
        if match:
            steps.append(plain_inline(match.group(1)))
    return tuple(steps)


def _links(body: str) -> tuple[str, ...]:
    found = (internal_link(m.group(2)) for m in _LINK.finditer(body))
    return tuple(dict.fromkeys(target for target in found if target))


def _section_id(front: FrontMatter, file_id: str) -> str:
    written = front.text("id")
    if written and written != file_id:
        raise FrontMatterError(Problem.BAD_ID, front.lines["id"], f"id {written} is not the file name {file_id}.md")
    if not ID_PATTERN.match(file_id):
        raise FrontMatterError(Problem.BAD_ID, 0, f"{file_id}: use lowercase letters, digits and hyphens")
    return file_id


def _order(front: FrontMatter) -> int:
    text = front.text("order")
    if not text:
        return DEFAULT_ORDER
    if not re.fullmatch(r"-?\d{1,9}", text):
        raise FrontMatterError(Problem.BAD_VALUE, front.lines["order"], f"order {text} is not a whole number")
    return int(text)


def parse_section(text: str, path: Path, lang: str, source: str) -> Section:
    """The section in one file's text; FrontMatterError (with the line) when it breaks a rule."""
    front = parse(text, FIELDS)
    section_id = _section_id(front, path.stem)
    front.require("title")
    title = front.text("title")
    categories = front.items("categories")
    unknown = [c for c in categories if c not in SECTION_CATEGORIES]
    if unknown:
        raise FrontMatterError(Problem.UNKNOWN_CATEGORY, front.lines["categories"], ", ".join(unknown))
    templates = front.items("templates")
    bad = [t for t in templates if not _TEMPLATE_KEY.match(t)]
    if bad:
        raise FrontMatterError(Problem.BAD_VALUE, front.lines["templates"], ", ".join(bad))
    return Section(
        id=section_id,
        lang=lang,
        title=title,
        categories=categories,
        order=_order(front),
        markdown=front.body,
        checklist=_checklist(front.body),
        links=_links(front.body),
        templates=templates,
        source=source,
        path=path,
    )
