"""Fixtures for the exports: poppler to read a PDF back, and the Japanese font to set it in."""

from __future__ import annotations

import pytest
from pdf_reader import Poppler, missing

from desk_app.core.errors import DeskAppError
from desk_app.exports.fonts import JapaneseFont, find_japanese_font


@pytest.fixture(scope="session")
def poppler() -> Poppler:
    return Poppler()


@pytest.fixture(scope="session")
def japanese_font() -> JapaneseFont:
    """The font the app would find; the tests hand it over rather than search for each PDF."""
    try:
        return find_japanese_font()
    except DeskAppError:
        missing("a Japanese font (fonts-noto-cjk)")
        raise
