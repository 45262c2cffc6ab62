"""Reply templates (定型文): bundled defaults and the user's own; listed, edited, searched.

The defaults ship as `resources/templates/<lang>/<key>.md`: a small front-matter block, then the
body. The format is parsed here (no YAML dependency)::

    ---
    key: ack_deadline
    title: 受付・回答期日のご連絡
    subject: "{shop_name}：お問い合わせを承りました（受付番号 {case_id}）"
    categories: [inquiry.other, delivery.not_arrived]
    ---
    {customer_name} 様
    ...

One `name: value` per line; a value may be wrapped in double quotes (inside them `\\"` and `\\\\`
escape); lists are `[a, b]`. Everything after the closing `---` is the body.

The defaults are copied into the db once per (key, lang), the first time templates are used;
from then on the db copy is the user's to edit or delete, and seeding never touches it again.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import uuid
from pathlib import Path

from desk_app.core import front_matter
from desk_app.core.categories import is_valid_category
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.template_records import TemplateText
from desk_app.paths import AppPaths
from desk_app.services.settings import Settings
from desk_app.store import templates_repo
from desk_app.store.db import Database

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
LANG_PATTERN = re.compile(r"^[a-z]{2}(-[A-Za-z]{2})?$")
FRONT_MATTER_FIELDS = ("key", "title", "subject", "categories")
# Bundled rows get ids derived from (lang, key), so two machines seeding the same default
# create the same record instead of two that collide on (key, lang) when they meet.
_BUNDLED_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:desk_app:bundled-template")


def bundled_root(resources: Path | None = None) -> Path:
    """The folder holding one sub-folder of template files per language."""
    return (resources or AppPaths.resources_dir()) / "templates"


def bundled_languages(root: Path | None = None) -> tuple[str, ...]:
    """The languages that ship default templates (sub-folders of `root` with `.md` files)."""
    root = root or bundled_root()
    if not root.is_dir():
        return ()
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.md")))
    )


def bundled_id(key: str, lang: str) -> str:
    """The record id a bundled default gets on every machine."""
    return str(uuid.uuid5(_BUNDLED_NAMESPACE, f"{lang}/{key}"))


def parse_template(text: str, lang: str, source: str = "<template>") -> TemplateText:
    """Parse one template file (front matter, then body); INVALID_INPUT naming a malformed line."""
    try:
        front = front_matter.parse(text, FRONT_MATTER_FIELDS)
        front.require("key", "title")
        return TemplateText(
            key=front.text("key"), lang=lang, title=front.text("title"), subject=front.text("subject"),
            body=front.body, categories=front.items("categories"),
        )
    except front_matter.FrontMatterError as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"{source}:{exc.line}: {exc.problem.value} {exc.detail}") from exc


def validate(text: TemplateText) -> None:
    """Raise INVALID_INPUT naming the fields that are wrong (comma-separated), else return."""
    problems = []
    if not KEY_PATTERN.match(text.key):
        problems.append("key")
    if not LANG_PATTERN.match(text.lang):
        problems.append("lang")
    if not text.title.strip() or "\n" in text.title or "\r" in text.title:
        problems.append("title")
    # A line break in a subject would become a header break when the mail is composed.
    if "\n" in text.subject or "\r" in text.subject:
        problems.append("subject")
    if not text.body.strip():
        problems.append("body")
    if not all(isinstance(c, str) and is_valid_category(c) for c in text.categories):
        problems.append("categories")
    if problems:
        raise DeskAppError(ErrorCode.INVALID_INPUT, ", ".join(problems))


def load_bundled(lang: str, root: Path | None = None) -> list[TemplateText]:
    """The default templates shipped for `lang`, ordered by key; [] for a language without any.

    A malformed or invalid file raises INVALID_INPUT naming it: a broken bundle is a bug.
    """
    folder = (root or bundled_root()) / lang
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.md")):
        text = parse_template(path.read_text(encoding="utf-8-sig"), lang, str(path))
        if text.key != path.stem:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"{path}: key {text.key!r} is not the name")
        validate(text)
        found.append(text)
    return sorted(found, key=lambda t: t.key)


def _normalized(text: TemplateText) -> TemplateText:
    return TemplateText(
        key=text.key.strip(),
        lang=text.lang.strip(),
        title=text.title.strip(),
        subject=text.subject.strip(),
        body=text.body.strip("\n").rstrip(),
        categories=tuple(dict.fromkeys(c.strip() for c in text.categories)),
    )


def _folded(text: str) -> str:
    # NFKC so that full-width and half-width forms (ＡＢＣ / ABC, ｶﾀｶﾅ / カタカナ) match.
    return unicodedata.normalize("NFKC", text).casefold()


class TemplateService:
    """Reply templates per language: list (fitting ones first), get, save, delete, search.

    The bundled defaults are seeded into the db lazily, on the first call that reads or writes
    templates, so opening the db stays fast; `ensure_defaults()` can also be called directly.
    """

    def __init__(self, db: Database, settings: Settings, paths: AppPaths) -> None:
        self._db = db
        self._settings = settings
        self._root = bundled_root(paths.resources_dir())
        self._seeded = False
        self._seed_lock = threading.Lock()

    def ensure_defaults(self) -> int:
        """Add every bundled default whose (key, lang) has no row yet; return how many were added.

        Idempotent. An edited template is never overwritten and a deleted one (its row is kept,
        marked deleted) is not brought back; a default new in this version is added.
        """
        with self._seed_lock:
            pairs = [
                (bundled_id(text.key, text.lang), text)
                for lang in bundled_languages(self._root)
                for text in load_bundled(lang, self._root)
            ]
            with self._db.write() as session:
                added = templates_repo.add_missing(session, pairs, self._settings.device_id)
            self._seeded = True
            return added

    def _ensure(self) -> None:
        if not self._seeded:
            self.ensure_defaults()

    def list(self, lang: str, category: str | None = None) -> list[TemplateText]:
        """The live templates of `lang` by key; with `category`, those that fit it come first."""
        if category is not None and not is_valid_category(category):
            raise DeskAppError(ErrorCode.INVALID_INPUT, "category")
        self._ensure()
        with self._db.read() as session:
            found = templates_repo.live(session, lang)
        if category is None:
            return found
        return sorted(found, key=lambda t: category not in t.categories)

    def get(self, key: str, lang: str) -> TemplateText:
        """The live template `key` in `lang`; NOT_FOUND if there is none (or it was deleted)."""
        self._ensure()
        with self._db.read() as session:
            found = templates_repo.by_key(session, key, lang)
        if found is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"template {lang}/{key}")
        return found

    def save(self, text: TemplateText) -> TemplateText:
        """Edit the template (key, lang) or add it (re-adding a deleted key revives its record).

        Raises INVALID_INPUT naming the wrong fields: key (`^[a-z][a-z0-9_]{0,63}$`), lang,
        title (empty or several lines), subject (several lines), body (empty), categories.
        """
        text = _normalized(text)
        validate(text)
        self._ensure()
        with self._db.write() as session:
            return templates_repo.upsert(session, text, self._settings.device_id)

    def delete(self, key: str, lang: str) -> None:
        """Soft-delete the template (the deletion replicates; seeding will not restore it)."""
        self._ensure()
        with self._db.write() as session:
            deleted = templates_repo.soft_delete(session, key, lang, self._settings.device_id)
        if not deleted:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"template {lang}/{key}")

    def search(self, text: str, lang: str) -> list[TemplateText]:
        """Templates of `lang` whose title or body contains `text` (case- and width-insensitive).

        Title matches come before body-only matches; an empty `text` returns them all.
        """
        needle = _folded(text.strip())
        everything = self.list(lang)
        if not needle:
            return everything
        in_title = [t for t in everything if needle in _folded(t.title)]
        in_body = [t for t in everything if t not in in_title and needle in _folded(t.body)]
        return in_title + in_body
