"""Fixtures for the GUI tests: headless Qt, compiled translations, a db with sample data."""

from __future__ import annotations

import os

# Before anything imports Qt: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_app.paths import AppPaths
from desk_app.services.context import Services
from ui_sample import Sample, fill_sample

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
BIN = Path(sys.executable).parent


def qt_tool(name: str) -> str:
    """A PySide6 command-line tool from the running venv (pyside6-lupdate, pyside6-lrelease)."""
    path = BIN / name
    return str(path) if path.exists() else name


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Compile the committed .ts files into a temp dir and point the app there.

    The .qm files are build output; the tests use what the .ts files say now.
    """
    target = tmp_path_factory.mktemp("i18n")
    for ts in sorted(I18N.glob("desk_app_*.ts")):
        subprocess.run(
            [qt_tool("pyside6-lrelease"), str(ts), "-qm", str(target / ts.with_suffix(".qm").name)],
            check=True,
            capture_output=True,
        )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AppPaths, "translations_dir", staticmethod(lambda: target))
        yield target


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Everything of the app inside this test's temp dir."""
    return AppPaths(data_dir=tmp_path, db_file=tmp_path / "desk_app.db")


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    opened = Services.open(paths)
    yield opened
    opened.close()


@pytest.fixture
def sample(services: Services) -> Sample:
    return fill_sample(services)


@pytest.fixture
def demo(services: Services) -> Services:
    """The demo shop loaded as of now (pages that need many cases, calls and mails)."""
    services.demo.load(datetime.now(UTC))
    return services


@pytest.fixture
def english(qapp, compiled_translations: Path) -> Iterator[None]:
    """The English translators installed (so plurals read "3 pieces"), as the app would."""
    from desk_app.ui.locale_setup import Translators

    translators = Translators(qapp, compiled_translations)
    translators.install("en")
    yield
    translators.remove()


@pytest.fixture
def japanese(qapp, compiled_translations: Path) -> Iterator[None]:
    from desk_app.ui.locale_setup import Translators

    translators = Translators(qapp, compiled_translations)
    translators.install("ja")
    yield
    translators.remove()
