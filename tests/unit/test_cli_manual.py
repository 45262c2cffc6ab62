"""`manual list|show` and manual hits in `search` (issue #7's command-line contract)."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import run

from desk_app.core.categories import CATEGORY_KEYS
from desk_app.paths import resolve_paths
from desk_app.services.context import Services


def test_manual_list_json_in_both_languages(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    ja = run("manual", "list", "--lang", "ja", "--json", db=db)
    assert ja.returncode == 0, ja.stderr
    sections = json.loads(ja.stdout)
    assert all(set(s) == {"id", "title", "categories"} for s in sections)
    assert sections[0] == {"id": "basic-stance", "title": "受付時の基本姿勢",
                           "categories": ["quality", "delivery", "payment", "support", "security"]}
    assert set(CATEGORY_KEYS) <= {c for s in sections for c in s["categories"]}
    en = json.loads(run("manual", "list", "--lang", "en", "--json", db=db).stdout)
    assert [s["id"] for s in en] == [s["id"] for s in sections]
    assert en[0]["title"] == "Basic stance at reception"
    # The program's --lang chooses the manual too.
    assert json.loads(run("--lang", "en", "manual", "list", "--json", db=db).stdout) == en


def test_manual_show_json(tmp_path: Path) -> None:
    done = run("manual", "show", "delivery-damaged", "--lang", "ja", "--json", db=tmp_path / "shop.db")
    assert done.returncode == 0, done.stderr
    section = json.loads(done.stdout)
    assert set(section) == {"id", "title", "categories", "markdown", "checklist"}
    assert (section["id"], section["title"], section["categories"]) == ("delivery-damaged", "配送中の破損",
                                                                        ["delivery.damaged"])
    assert section["markdown"].startswith("# 配送中の破損")
    assert section["checklist"][0] == "注文番号、お届け日、対象の商品を確認した"
    assert all(not step.startswith("- [") for step in section["checklist"])
    assert "\\u" not in done.stdout


def test_an_unknown_section_is_one_line_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    for lang, words in (("en", "no section with the id"), ("ja", "項目はありません")):
        done = run("--lang", lang, "manual", "show", "no-such-page", "--json", db=db)
        assert done.returncode == 1 and done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "no-such-page" in lines[0]
    assert run("manual", "show", "x", "--lang", "fr", db=db).returncode == 2


def test_a_broken_owner_file_is_reported_on_stderr_and_skipped(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    folder = tmp_path / "owner"
    folder.mkdir()
    (folder / "house-rules.md").write_text("---\ntitle: 当店の決まり\n---\n- [ ] 朝一番にメールを確認する\n",
                                           encoding="utf-8")
    (folder / "broken.md").write_text("---\ntitle broken\n---\n", encoding="utf-8")
    services = Services.open(resolve_paths(str(db), env={"DESK_APP_HOME": str(tmp_path / "home")}))
    services.settings.set("manual_folder", str(folder))
    services.close()
    done = run("manual", "list", "--lang", "ja", "--json", db=db)
    assert done.returncode == 0
    assert "house-rules" in [s["id"] for s in json.loads(done.stdout)]
    assert "broken.md:2" in done.stderr
    shown = run("manual", "show", "broken", "--lang", "ja", db=db)
    assert shown.returncode == 1 and "broken.md:2: bad line" in shown.stderr
    house = json.loads(run("manual", "show", "house-rules", "--lang", "ja", "--json", db=db).stdout)
    assert house["checklist"] == ["朝一番にメールを確認する"]


def test_search_includes_manual_hits_of_the_chosen_language(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    done = run("--lang", "ja", "search", "再配達", "--json", db=db)
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    manual = [h for h in hits if h["kind"] == "manual"]
    assert "delivery-not-arrived" in [h["id"] for h in manual]
    assert all(set(h) == {"kind", "id", "title", "snippet"} for h in hits)
    english = json.loads(run("--lang", "en", "search", "re-delivery", "--json", db=db).stdout)
    assert "delivery-not-arrived" in [h["id"] for h in english if h["kind"] == "manual"]
