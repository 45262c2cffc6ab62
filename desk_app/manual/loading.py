"""Reading a manual from its folders: the bundled sections with the owner's files laid over them.

For one language the sections come from, in order, each replacing earlier sections of the same id:

1. the bundled folder `resources/manual/<lang>/`;
2. the owner's folder itself (`*.md` directly in it: used for every language);
3. the owner's `<lang>/` sub-folder (used for that language only).

A file that cannot be read or parsed is skipped and reported as a `ManualError`; a section of the
same id from an earlier source then stays in place. Hidden files (`.name.md`, editors' locks) are
ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desk_app.core.categories import group_of
from desk_app.core.front_matter import FrontMatterError
from desk_app.manual.records import BUNDLED, OWNER, ManualError, ManualHit, Problem, Section
from desk_app.manual.search import SearchIndex
from desk_app.manual.sections import parse_section


class Manual:
    """The sections of one language in table-of-contents order, and the files that were skipped."""

    def __init__(self, lang: str, sections: Iterable[Section], errors: Iterable[ManualError] = ()) -> None:
        self.lang = lang
        self.sections: tuple[Section, ...] = tuple(sorted(sections, key=lambda s: (s.order, s.id)))
        self.errors: tuple[ManualError, ...] = tuple(errors)
        self._by_id = {s.id: s for s in self.sections}
        self._index: SearchIndex | None = None

    def get(self, section_id: str) -> Section | None:
        return self._by_id.get(section_id)

    def section_for_categories(self, *categories: str | None) -> Section | None:
        """The best section for a case's category keys, tried in the order given.

        A section listing the exact key comes first (the most specific one: fewest categories,
        then table-of-contents order); failing that, one listing the key's group (`delivery`).
        """
        keys = [key for key in categories if key]
        for candidates in (keys, [group_of(key) for key in keys]):
            for key in candidates:
                matching = [s for s in self.sections if key in s.categories]
                if matching:
                    return min(matching, key=lambda s: (len(s.categories), s.order, s.id))
        return None

    def search(self, query: str, limit: int = 50) -> list[ManualHit]:
        """Sections whose title or body hold every word of `query`, best first."""
        if self._index is None:
            self._index = SearchIndex(self.sections)
        return self._index.search(query, limit)


def read_folder(folder: Path, lang: str, source: str) -> tuple[list[Section], list[ManualError]]:
    """Every `*.md` section directly in `folder` (sorted by name), and the files that failed."""
    sections: list[Section] = []
    errors: list[ManualError] = []
    paths = sorted(p for p in folder.glob("*.md") if not p.name.startswith(".") and not p.is_dir())
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8")
            sections.append(parse_section(text, path, lang, source))
        except OSError as exc:
            errors.append(ManualError(path.stem, path, Problem.UNREADABLE, detail=exc.strerror or str(exc)))
        except UnicodeDecodeError as exc:
            errors.append(ManualError(path.stem, path, Problem.NOT_UTF8, detail=f"at byte {exc.start}"))
        except FrontMatterError as exc:
            errors.append(ManualError(path.stem, path, exc.problem, exc.line, exc.detail))
    return sections, errors


def owner_folders(owner: Path, lang: str) -> tuple[Path, ...]:
    """The owner's folders that apply to `lang`, in the order they are laid over the bundled ones."""
    return (owner, owner / lang)


def load_manual(lang: str, bundled: Path, owner: Path | None = None) -> Manual:
    """The manual of `lang` from the bundled folder (`resources/manual/<lang>`) and the owner's folder."""
    by_id: dict[str, Section] = {}
    errors: list[ManualError] = []
    sources = [(bundled, BUNDLED)]
    if owner is not None:
        if owner.is_dir():
            sources += [(folder, OWNER) for folder in owner_folders(owner, lang) if folder.is_dir()]
        else:
            errors.append(ManualError("", owner, Problem.FOLDER_MISSING))
    for folder, source in sources:
        if not folder.is_dir():
            continue
        sections, failed = read_folder(folder, lang, source)
        by_id.update((s.id, s) for s in sections)
        errors += failed
    return Manual(lang, by_id.values(), errors)
