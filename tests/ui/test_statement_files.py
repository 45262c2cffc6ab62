"""The Statements page's files: the bundle exported by the agent and imported by the owner on
another db (a tampered one refused), the CSV in either encoding and the PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desk_app.core.statements import StatementStatus
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.runner import SyncRunner
from desk_app.ui.statements.message_bar import Tone
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.page import StatementsPage
from statement_sample import MONTH, PAGE_NOW, fill_march

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def agent(services):
    """The agent's machine: March 2025 submitted."""
    services.settings.set("agent_name", "山田 花子")
    fill_march(services)
    services.statements.submit(MONTH)
    return services


@pytest.fixture
def owner_db(tmp_path):
    """The owner's machine: another db, its own name, no pieces."""
    opened = Services.open(AppPaths(data_dir=tmp_path / "owner", db_file=tmp_path / "owner" / "desk_app.db"))
    opened.settings.set("agent_name", "店長")
    yield opened
    opened.close()


def make_page(qtbot, services, mode: OwnerMode) -> StatementsPage:
    page = StatementsPage(services, SyncRunner(), TOKYO, mode, now=lambda: PAGE_NOW)
    qtbot.addWidget(page)
    page.reload()
    page.month_bar.step_back()
    return page


@pytest.fixture
def agent_page(qtbot, agent, english):
    return make_page(qtbot, agent, OwnerMode())


@pytest.fixture
def owner_page(qtbot, owner_db, english):
    mode = OwnerMode()
    page = make_page(qtbot, owner_db, mode)
    mode.enter(None)
    return page


def export(page: StatementsPage, folder: Path, monkeypatch) -> Path:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    page.actions.export_bundle.trigger()
    assert page.message_bar.tone() is Tone.INFO, page.message_bar.text()
    return folder / f"山田 花子-{MONTH}.json"


def import_(page: StatementsPage, bundle: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(bundle), ""))
    page.actions.import_bundle.trigger()


def test_the_exported_bundle_is_imported_by_the_owner(agent_page, owner_page, agent, owner_db, tmp_path,
                                                      monkeypatch):
    bundle = export(agent_page, tmp_path / "out", monkeypatch)
    document = json.loads(bundle.read_text(encoding="utf-8"))
    text = agent_page.message_bar.text()
    assert str(bundle) in text and document["sha256"] in text  # the file written and its checksum

    assert not owner_page.actions.export_bundle.isVisible()
    import_(owner_page, bundle, monkeypatch)
    assert owner_page.message_bar.tone() is Tone.INFO, owner_page.message_bar.text()
    assert "Imported 山田 花子's statement for 2025/03 (Submitted)" in owner_page.message_bar.text()
    shown = owner_page.shown()
    assert (shown.statement.agent, shown.month, shown.statement.status) == ("山田 花子", MONTH,
                                                                             StatementStatus.SUBMITTED)
    assert owner_page.month_bar.agent.currentText() == "山田 花子"
    total = agent.statements.statement(MONTH).total_yen
    assert shown.statement.total_yen == total == owner_db.statements.statement(MONTH, "山田 花子").total_yen
    assert formatting.yen(total) in owner_page.document.toPlainText()
    assert owner_page.actions.approve.isEnabled()  # the owner reviews it like one of their own


def test_a_tampered_bundle_is_refused_with_a_clear_message(agent_page, owner_page, owner_db, tmp_path,
                                                           monkeypatch):
    bundle = export(agent_page, tmp_path / "out", monkeypatch)
    document = json.loads(bundle.read_text(encoding="utf-8"))
    document["content"]["pieces"][0]["quantity"] = 50
    bundle.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_(owner_page, bundle, monkeypatch)
    assert owner_page.message_bar.tone() is Tone.ERROR
    assert "changed after it was exported" in owner_page.message_bar.text()
    assert bundle.name in owner_page.message_bar.text()
    assert owner_db.statements.statements() == []  # nothing imported


def test_the_csv_is_saved_in_the_encoding_chosen(agent_page, tmp_path, monkeypatch):
    filters = agent_page.files._csv_filters()
    cp932 = next(name for name, encoding in filters.items() if encoding == "cp932")
    target = tmp_path / "march.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), cp932))
    agent_page.actions.save_csv.trigger()
    assert agent_page.message_bar.tone() is Tone.INFO
    text = target.read_bytes().decode("cp932")
    assert "山田 花子" in text and "Shipment" in text and "本日発送分" in text

    utf8 = next(name for name, encoding in filters.items() if encoding == "utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), utf8))
    agent_page.actions.save_csv.trigger()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8 as UTF-8


def test_a_csv_cp932_cannot_hold_is_refused_with_the_characters(agent, agent_page, tmp_path, monkeypatch):
    agent.work.add("shipment", 1, at=PAGE_NOW.replace(month=3, day=28), note="髙橋様🎁")
    agent_page.reload()
    cp932 = next(name for name, encoding in agent_page.files._csv_filters().items() if encoding == "cp932")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "x.csv"), cp932))
    agent_page.actions.save_csv.trigger()
    assert agent_page.message_bar.tone() is Tone.ERROR
    assert "🎁" in agent_page.message_bar.text() and "UTF-8" in agent_page.message_bar.text()
    assert not (tmp_path / "x.csv").exists()


def test_the_pdf_is_saved(agent_page, tmp_path, monkeypatch):
    target = tmp_path / "march.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    agent_page.actions.save_pdf.trigger()
    assert agent_page.message_bar.tone() is Tone.INFO, agent_page.message_bar.text()
    assert target.read_bytes().startswith(b"%PDF")


def test_a_cancelled_file_dialog_does_nothing(agent_page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: "")
    for action in (agent_page.actions.save_pdf, agent_page.actions.save_csv, agent_page.actions.export_bundle):
        action.trigger()
    assert agent_page.message_bar.tone() is None
