"""What a compose window needs besides its draft, read together off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from desk_app.core.records import AccountInfo, AttachmentInfo, DraftData
from desk_app.services.context import Services

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class ComposeContext:
    """A draft with the accounts it may be sent from, the original's attachments a forward
    carries along, and the case category that puts fitting templates first.

    `fresh`: the draft was just started (not reopened); closed untouched, it is not kept.
    """

    draft: DraftData
    accounts: tuple[AccountInfo, ...]
    forwarded: tuple[AttachmentInfo, ...] = ()
    category: str | None = None
    fresh: bool = False


def load_context(services: Services, draft: DraftData, *, fresh: bool = False) -> ComposeContext:
    """Read the context of `draft` (call it through the runner: it reads the db)."""
    accounts = tuple(services.accounts.list())
    forwarded: tuple[AttachmentInfo, ...] = ()
    category = None
    if draft.replied_pk is not None:
        category = services.compose.case_category(draft.replied_pk)
        if draft.kind == "forward":
            forwarded = services.mail.show(draft.replied_pk).attachments
    return ComposeContext(draft, accounts, forwarded, category, fresh)


def ui_language() -> str:
    """The language the interface speaks now (`ja` or `en`): replies and templates default to it."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"
