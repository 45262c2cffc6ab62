"""Shared fixtures. Qt must run headless, so the platform is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyrings.alt.file import PlaintextKeyring  # noqa: E402

from desk_app.paths import AppPaths, resolve_paths  # noqa: E402


@pytest.fixture
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """Every file the app touches redirected into this test's temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("DESK_APP_HOME", str(home))
    monkeypatch.delenv("DESK_APP_DB", raising=False)
    return resolve_paths(None)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A plain-text file keyring in this test's folder, chosen explicitly (as the app requires of
    a plain-text backend) for the in-process services that keep keys or passwords."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield
    keyring.set_keyring(before)
