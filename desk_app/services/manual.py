"""The claim-handling manual for the GUI and the CLI: its sections, the one for a case's category,
and search — from the bundled manual with the owner's own files laid over it.

The owner's folder is the `manual_folder` setting (empty: none); `desk_app.manual.loading` says how
its files replace or extend the bundled ones. The folder is looked at again on every call (a few
file dates), and read again only when a file in it was added, changed or removed, so the owner's
edits show while the app runs.

The GUI cannot import `desk_app.manual`; the records and names it needs are re-exported here.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.manual.loading import Manual, load_manual, owner_folders
from desk_app.manual.records import ManualError, ManualHit, Problem, Section
from desk_app.manual.sections import UNREASONABLE_CLAIMANT, internal_link
from desk_app.paths import AppPaths
from desk_app.services.settings import Settings

__all__ = [
    "DEFAULT_LANGUAGE", "UNREASONABLE_CLAIMANT", "ManualError", "ManualHit", "ManualService", "Problem",
    "Section", "internal_link",
]

DEFAULT_LANGUAGE = "ja"  # when neither the caller nor the settings name one: a Japanese desk first

_Fingerprint = tuple[str, tuple[tuple[str, int, int], ...]]


def _fingerprint(owner: Path | None, lang: str) -> _Fingerprint:
    """What identifies the owner's files for `lang` now: the folder, and each file's date and size."""
    if owner is None:
        return ("", ())
    files = []
    for folder in owner_folders(owner, lang):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".md"):
                try:
                    info = entry.stat()
                except OSError:
                    files.append((entry.path, -1, -1))  # vanished or unreadable: reported on load
                else:
                    files.append((entry.path, info.st_mtime_ns, info.st_size))
    return (str(owner), tuple(sorted(files)))


class ManualService:
    """Sections of the manual per language; every method takes `lang` (`ja`, `en`; None: the
    language chosen in the settings, else Japanese). Callers that know the interface's language
    pass it. Errors: NOT_FOUND for an unknown section id, INVALID_INPUT for a language the manual
    does not ship.
    """

    def __init__(self, settings: Settings, resources: Path | None = None) -> None:
        self._settings = settings
        self._root = (resources or AppPaths.resources_dir()) / "manual"
        self._lock = threading.Lock()
        self._loaded: dict[str, tuple[_Fingerprint, Manual]] = {}

    def languages(self) -> tuple[str, ...]:
        """The languages the bundled manual is written in."""
        if not self._root.is_dir():
            return ()
        return tuple(sorted(p.name for p in self._root.iterdir() if p.is_dir() and any(p.glob("*.md"))))

    def language(self, lang: str | None = None) -> str:
        """`lang`, else the settings' language, else Japanese; INVALID_INPUT if none is shipped."""
        chosen = lang or self._settings.language or DEFAULT_LANGUAGE
        if chosen not in self.languages():
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"manual language {chosen}")
        return chosen

    def owner_folder(self) -> Path | None:
        """The owner's manual folder from the settings, or None when none is set."""
        folder = self._settings.manual_folder.strip()
        return Path(folder).expanduser() if folder else None

    def manual(self, lang: str | None = None) -> Manual:
        """The whole manual of one language (read again when the owner's files changed)."""
        lang = self.language(lang)
        owner = self.owner_folder()
        fingerprint = _fingerprint(owner, lang)
        with self._lock:
            loaded = self._loaded.get(lang)
            if loaded is None or loaded[0] != fingerprint:
                loaded = (fingerprint, load_manual(lang, self._root / lang, owner))
                self._loaded[lang] = loaded
            return loaded[1]

    def list(self, lang: str | None = None) -> tuple[Section, ...]:
        """The sections in table-of-contents order."""
        return self.manual(lang).sections

    def show(self, section_id: str, lang: str | None = None) -> Section:
        """One section; NOT_FOUND when the manual has no section with that id."""
        section = self.manual(lang).get(section_id)
        if section is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"manual section {section_id}")
        return section

    def for_category(self, key: str | None, lang: str | None = None) -> Section | None:
        """The section for a case category key (or `UNREASONABLE_CLAIMANT`), None if none fits."""
        return self.manual(lang).section_for_categories(key)

    def search(self, query: str, lang: str | None = None, limit: int = 50) -> list[ManualHit]:
        """Sections whose title or body hold every word of `query`, best first."""
        return self.manual(lang).search(query, limit)

    def errors(self, lang: str | None = None) -> tuple[ManualError, ...]:
        """The files that were skipped (unreadable or malformed), and a missing owner's folder."""
        return self.manual(lang).errors
