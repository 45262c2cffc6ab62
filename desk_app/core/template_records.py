"""The plain record of a reply template (定型文), as services hand it to the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TemplateText:
    """One reply template in one language.

    `subject` and `body` hold `{placeholder}`s (see `core.templates.PLACEHOLDERS`); `categories`
    are canonical category keys the template fits, used to offer it first for a matching case.
    The body carries no signature: the account's signature is appended when the mail is composed.
    """

    key: str
    lang: str
    title: str
    subject: str
    body: str
    categories: tuple[str, ...] = ()
