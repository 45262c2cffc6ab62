"""The statement bundle: what the agent sends the owner until their machines sync by themselves.

One JSON file holding the statement, every piece of the month (voided ones too), the rate cards and
the customers the pieces name, sealed by a SHA-256 checksum over the canonical JSON of that content
(keys sorted, no spaces, UTF-8). A PDF of the statement may lie beside it; the content then names
the file and its checksum, so the PDF is covered too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from desk_app.core.documents import from_plain, to_plain
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import RateCard, WorkPiece
from desk_app.core.statements import MonthlyStatement

BUNDLE_FORMAT = "desk_app.statement_bundle"
BUNDLE_VERSION = 1


@dataclass(frozen=True)
class BundleContact:
    """A customer named by the bundle's pieces, so the owner's machine can show the name."""

    id: str
    name: str
    kana: str = ""


@dataclass(frozen=True)
class BundleFile:
    """A file that travels beside the bundle (the statement's PDF), by name and checksum."""

    file: str
    sha256: str


@dataclass(frozen=True)
class BundleContent:
    """Everything the owner needs to review a month without the agent's database."""

    statement: MonthlyStatement
    pieces: tuple[WorkPiece, ...]
    rate_cards: tuple[RateCard, ...]
    contacts: tuple[BundleContact, ...]
    pdf: BundleFile | None = None


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(content: BundleContent) -> dict[str, Any]:
    """The bundle document: format, version, the content and its checksum."""
    plain = to_plain(content)
    if plain["pdf"] is None:
        del plain["pdf"]  # named only when a PDF travels with the bundle
    digest = hashlib.sha256(canonical_json(plain)).hexdigest()
    return {"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "sha256": digest, "content": plain}


def unseal(document: Any, name: str) -> BundleContent:
    """The content of a bundle document; DeskAppError BUNDLE_TAMPERED when the checksum does not
    match and BUNDLE_INVALID when it is not a bundle this version can read (`name` is the file)."""
    if not isinstance(document, dict) or document.get("format") != BUNDLE_FORMAT:
        raise DeskAppError(ErrorCode.BUNDLE_INVALID, name)
    if document.get("version") != BUNDLE_VERSION or not isinstance(document.get("content"), dict):
        raise DeskAppError(ErrorCode.BUNDLE_INVALID, f"{name} (version {document.get('version')})")
    if hashlib.sha256(canonical_json(document["content"])).hexdigest() != document.get("sha256"):
        raise DeskAppError(ErrorCode.BUNDLE_TAMPERED, name)
    try:
        return from_plain(BundleContent, document["content"])
    except ValueError as exc:
        raise DeskAppError(ErrorCode.BUNDLE_INVALID, f"{name}: {exc}") from exc
