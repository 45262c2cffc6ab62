"""What the Manual page shows, read together in the background, and the owner's files to watch."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_app.services.manual import ManualError, ManualService, Section


@dataclass(frozen=True)
class ManualContents:
    """The sections of one language in order, the files that failed, and what to watch: the
    owner's folder, its sub-folders (a language's own sections) and the Markdown files in them."""

    sections: tuple[Section, ...]
    errors: tuple[ManualError, ...]
    watched: tuple[str, ...] = ()

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


def watched_paths(folder: Path | None) -> tuple[str, ...]:
    """The owner's folder, each folder directly in it, and every `*.md` file in those."""
    if folder is None or not folder.is_dir():
        return ()
    try:
        folders = [folder, *sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))]
        files = [f for d in folders for f in sorted(d.glob("*.md")) if f.is_file()]
    except OSError:  # removed or unreadable while listed: the next change reloads anyway
        return (str(folder),)
    return tuple(str(p) for p in (*folders, *files))


def load_contents(manual: ManualService, lang: str) -> ManualContents:
    """Read the manual of `lang` (call it through the runner: it reads files)."""
    return ManualContents(manual.list(lang), manual.errors(lang), watched_paths(manual.owner_folder()))
