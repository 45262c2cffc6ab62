"""run_gui: screenshots of every page, language choice, first run, and dbs it must not touch."""

from __future__ import annotations

import os
import sqlite3

import pytest
from PySide6.QtGui import QImage

from desk_app.services.context import Services
from desk_app.ui import app as app_module
from desk_app.ui.locale_setup import choose_language
from desk_app.ui.navigation import PAGES


@pytest.fixture
def filled(paths):
    from ui_sample import fill_sample

    services = Services.open(paths)
    sample = fill_sample(services)
    services.close()
    return sample


@pytest.fixture
def seen_windows(monkeypatch):
    """What the window showed at the moment of the screenshot."""
    seen: list[dict[str, object]] = []
    original = app_module._save_screenshot

    def spy(app, window, runner, target):
        result = original(app, window, runner, target)  # waits until the data has loaded
        seen.append({
            "page": window.current_page(),
            "nav": window.navigation.item(0).text(),
            "menus": [a.text() for a in window.menuBar().actions()],
            "tally": window.status.tally_label.text(),
            "message": window.inbox.reading_pane.message_id(),
            "case_row": window.cases.table.currentIndex().row(),
        })
        return result

    monkeypatch.setattr(app_module, "_save_screenshot", spy)
    return seen


@pytest.mark.parametrize("page", PAGES)
def test_screenshot_of_every_page(qapp, tmp_path, paths, filled, seen_windows, page):
    target = tmp_path / "shots" / f"{page}.png"
    assert app_module.run_gui(paths, lang="en", demo=False, page=page, screenshot=target) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert seen_windows[0]["page"] == page


def test_japanese_ui(qapp, tmp_path, paths, filled, seen_windows):
    assert app_module.run_gui(paths, lang="ja", demo=False, page="inbox", screenshot=tmp_path / "ja.png") == 0
    shown = seen_windows[0]
    assert shown["nav"] == "受信箱"
    assert shown["menus"] == ["ファイル(&F)", "表示(&V)", "メール(&M)", "ヘルプ(&H)"]
    assert str(shown["tally"]).startswith("今日 3件 ¥500")


def test_language_from_settings_then_argument(qapp, tmp_path, paths, filled, seen_windows):
    services = Services.open(paths)
    services.settings.set("language", "ja")
    services.close()
    app_module.run_gui(paths, lang=None, demo=False, page=None, screenshot=tmp_path / "a.png")
    app_module.run_gui(paths, lang="en", demo=False, page=None, screenshot=tmp_path / "b.png")
    assert [w["nav"] for w in seen_windows] == ["受信箱", "Inbox"]


def test_choose_language_order():
    assert choose_language("en", "ja") == "en"
    assert choose_language(None, "ja") == "ja"
    assert choose_language(None, "") in ("ja", "en")  # the system's


def test_message_and_case_are_selected(qapp, tmp_path, paths, filled, seen_windows):
    app_module.run_gui(paths, lang="en", demo=False, page="inbox", screenshot=tmp_path / "m.png",
                       message_id=filled.message_ids[2])
    app_module.run_gui(paths, lang="en", demo=False, page="cases", screenshot=tmp_path / "c.png",
                       case_id=filled.case_ids[2])
    assert seen_windows[0]["message"] == filled.message_ids[2]
    assert seen_windows[1]["case_row"] >= 0


def test_first_run_loads_demo_data(qapp, tmp_path, paths, monkeypatch):
    calls: list[str] = []
    services_type = Services

    original_open = services_type.open

    def open_and_spy(p):
        services = original_open(p)
        real_load = services.demo.load
        monkeypatch.setattr(services.demo, "load", lambda: calls.append("load") or real_load())
        return services

    monkeypatch.setattr(Services, "open", staticmethod(open_and_spy))
    assert app_module.run_gui(paths, lang="en", demo=False, page=None, screenshot=tmp_path / "1.png") == 0
    assert calls == ["load"]


def test_existing_data_loads_no_demo(qapp, tmp_path, paths, filled, monkeypatch):
    calls: list[str] = []
    original_open = Services.open

    def open_and_spy(p):
        services = original_open(p)
        monkeypatch.setattr(services.demo, "load", lambda: calls.append("load"))
        return services

    monkeypatch.setattr(Services, "open", staticmethod(open_and_spy))
    app_module.run_gui(paths, lang="en", demo=False, page=None, screenshot=tmp_path / "1.png")
    assert calls == []
    app_module.run_gui(paths, lang="en", demo=True, page=None, screenshot=tmp_path / "2.png")
    assert calls == ["load"]


def write_bytes(path, data: bytes) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def test_random_bytes_db_is_refused_and_untouched(qapp, tmp_path, paths, capsys):
    original = write_bytes(paths.db_file, os.urandom(8192))
    rc = app_module.run_gui(paths, lang="en", demo=False, page="inbox", screenshot=tmp_path / "x.png")
    assert rc == 1
    assert paths.db_file.read_bytes() == original
    assert not (tmp_path / "x.png").exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a desk_app database" in err[0]


def test_corrupt_sqlite_db_points_to_backups(qapp, tmp_path, paths, capsys):
    original = write_bytes(paths.db_file, b"SQLite format 3\x00" + os.urandom(8192))
    assert app_module.run_gui(paths, lang="en", demo=False, page=None, screenshot=tmp_path / "x.png") == 1
    assert paths.db_file.read_bytes() == original
    err = capsys.readouterr().err
    assert "damaged" in err and "backups" in err


def test_newer_db_shows_a_dialog_without_screenshot(qapp, paths, monkeypatch):
    Services.open(paths).close()
    with sqlite3.connect(paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.close()
    original = paths.db_file.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_startup_error", shown.append)
    assert app_module.run_gui(paths, lang="ja", demo=False, page=None, screenshot=None) == 1
    assert paths.db_file.read_bytes() == original
    assert len(shown) == 1 and "新しいバージョン" in shown[0]
