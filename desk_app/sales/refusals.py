"""Why a whole import or column mapping is refused (nothing stored), as codes the CLI and UI word."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from desk_app.core.errors import DeskAppError, ErrorCode


class Refusal(StrEnum):
    """What is wrong with the file or the column mapping as a whole."""

    UNKNOWN_FORMAT = "unknown_format"  # "auto": neither Shopify's columns nor a saved mapping's fit the header
    MISSING_COLUMNS = "missing_columns"  # the chosen format reads columns the file does not have
    UNKNOWN_PROFILE = "unknown_profile"  # no format and no saved mapping has that name
    PROFILE_INCOMPLETE = "profile_incomplete"  # a required field has no column
    BAD_PROFILE_NAME = "bad_profile_name"  # empty, too long, or the name of a built-in format


class ImportRefused(DeskAppError):
    """A file or a column mapping refused as a whole; nothing was stored.

    `subject` is the file's or the mapping's name. `missing` maps a format ("shopify" or a mapping's
    name) to the columns it needs and the file lacks; for PROFILE_INCOMPLETE it maps the mapping's
    name to the fields without a column (`sku|product`: one of them).
    """

    def __init__(self, refusal: Refusal, subject: str, missing: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self.refusal = refusal
        self.subject = subject
        self.missing = dict(missing or {})
        lacks = "; ".join(f"{name} lacks {', '.join(names)}" for name, names in self.missing.items())
        details = {
            Refusal.UNKNOWN_FORMAT: f"{subject}: unknown export format ({lacks or 'no column mapping saved'})",
            Refusal.MISSING_COLUMNS: f"{subject}: {lacks}",
            Refusal.UNKNOWN_PROFILE: f"no import format or column mapping named {subject}",
            Refusal.PROFILE_INCOMPLETE: f"column mapping {subject}: {lacks}",
            Refusal.BAD_PROFILE_NAME: f"{subject!r} cannot name a column mapping",
        }
        code = ErrorCode.NOT_FOUND if refusal is Refusal.UNKNOWN_PROFILE else ErrorCode.INVALID_INPUT
        super().__init__(code, details[refusal])
