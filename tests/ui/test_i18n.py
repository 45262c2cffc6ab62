"""The committed translation sources are complete: no UI string is missing, every Japanese one done."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"


def qt_tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name

Key = tuple[str, str, str]  # context, source, disambiguation comment


def messages(ts_file: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


@pytest.fixture(scope="module")
def current_strings(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What lupdate finds in desk_app/ui now (same options as i18n/update.sh)."""
    target = tmp_path_factory.mktemp("lupdate") / "desk_app_check.ts"
    sources = sorted(str(p) for p in (ROOT / "desk_app" / "ui").rglob("*.py"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en",
         "-target-language", "ja", *sources, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return set(messages(target))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_ts_has_every_ui_string(current_strings: set[Key], lang: str):
    committed = set(messages(I18N / f"desk_app_{lang}.ts"))
    missing = sorted(current_strings - committed)
    assert not missing, f"run `make i18n` and translate: {missing[:10]}"


def test_every_japanese_message_is_translated_and_finished():
    problems = []
    for (context, source, _), message in messages(I18N / "desk_app_ja.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append((context, source, translation.get("type")))
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if not texts or not all(t.strip() for t in texts):
            problems.append((context, source, "empty"))
    assert not problems, problems


def test_english_messages_are_finished():
    unfinished = [
        key for key, message in messages(I18N / "desk_app_en.ts").items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished, unfinished


def test_japanese_placeholders_survive_translation():
    """A translation must keep the {name} and %n placeholders its source has."""
    placeholder = re.compile(r"\{\w+\}|%n")
    for (context, source, _), message in messages(I18N / "desk_app_ja.ts").items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]  # type: ignore[union-attr]
        for text in forms:
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), (context, source)
