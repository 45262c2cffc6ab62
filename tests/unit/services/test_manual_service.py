"""ManualService: the owner's folder laid over the bundled manual, broken files reported and
skipped, changes picked up, lookup by category, and manual hits in the one search."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.manual import UNREASONABLE_CLAIMANT, ManualService, Problem


@pytest.fixture
def services(app_paths: AppPaths) -> Iterator[Services]:
    opened = Services.open(app_paths)
    yield opened
    opened.close()


@pytest.fixture
def owner(tmp_path: Path, services: Services) -> Path:
    folder = tmp_path / "owner-manual"
    folder.mkdir()
    services.settings.set("manual_folder", str(folder))
    return folder


def write(path: Path, title: str, body: str = "", categories: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {title}\n" + (f"categories: [{categories}]\n" if categories else "") + "---\n"
    path.write_text(front + body, encoding="utf-8")


def test_the_bundled_manual_without_an_owner_folder(services: Services) -> None:
    manual = services.manual
    assert manual.languages() == ("en", "ja")
    assert manual.owner_folder() is None
    ja = manual.list("ja")
    assert ja[0].id == "basic-stance" and ja[0].lang == "ja"
    assert [s.id for s in manual.list("en")] == [s.id for s in ja]
    assert manual.errors("ja") == ()
    assert manual.show("delivery-damaged", "en").title == "Damaged in transit"
    assert manual.for_category("delivery.late", "ja").id == "delivery-late"
    assert manual.for_category(UNREASONABLE_CLAIMANT, "en").id == "unreasonable-claimants"
    assert manual.for_category(None, "ja") is None


def test_the_language_defaults_to_the_settings_then_japanese(services: Services) -> None:
    assert services.manual.list()[0].lang == "ja"
    services.settings.set("language", "en")
    assert services.manual.list()[0].lang == "en"
    with pytest.raises(DeskAppError) as caught:
        services.manual.list("fr")
    assert caught.value.code is ErrorCode.INVALID_INPUT


def test_an_unknown_id_is_not_found(services: Services) -> None:
    with pytest.raises(DeskAppError) as caught:
        services.manual.show("no-such-section", "ja")
    assert caught.value.code is ErrorCode.NOT_FOUND and "no-such-section" in caught.value.detail


def test_owner_files_replace_bundled_sections_and_add_new_ones(services: Services, owner: Path) -> None:
    write(owner / "delivery-late.md", "当店の遅延対応", "- [ ] 店長に電話する\n", "delivery.late")
    write(owner / "gift-wrapping.md", "ギフト包装", "包装の手順\n", "inquiry.other")
    manual = services.manual
    replaced = manual.show("delivery-late", "ja")
    assert (replaced.title, replaced.source, replaced.checklist) == ("当店の遅延対応", "owner", ("店長に電話する",))
    assert manual.show("gift-wrapping", "ja").source == "owner"
    ids = [s.id for s in manual.list("ja")]
    assert ids.count("delivery-late") == 1 and "gift-wrapping" in ids and "basic-stance" in ids
    # Flat files apply to every language; the more specific section wins for its key.
    assert manual.show("delivery-late", "en").title == "当店の遅延対応"
    assert manual.for_category("inquiry.other", "ja").id == "gift-wrapping"


def test_a_language_sub_folder_wins_for_its_language(services: Services, owner: Path) -> None:
    write(owner / "delivery-late.md", "flat")
    write(owner / "en" / "delivery-late.md", "Our own delay steps")
    assert services.manual.show("delivery-late", "en").title == "Our own delay steps"
    assert services.manual.show("delivery-late", "ja").title == "flat"


def test_a_broken_owner_file_is_reported_and_skipped(services: Services, owner: Path) -> None:
    write(owner / "good-one.md", "使える項目")
    (owner / "broken.md").write_text("---\ntitle: 閉じていない\n", encoding="utf-8")
    (owner / "latin1.md").write_bytes("---\ntitle: caf\xe9\n---\n".encode("latin-1"))
    write(owner / "delivery-damaged.md", "壊れた置き換え", categories="delivery.nowhere")
    (owner / ".editor-lock.md").write_text("garbage", encoding="utf-8")
    (owner / "moved-away.md").symlink_to(owner / "nowhere.md")
    manual = services.manual
    errors = {e.id: e for e in manual.errors("ja")}
    assert set(errors) == {"broken", "latin1", "delivery-damaged", "moved-away"}
    assert errors["moved-away"].problem is Problem.UNREADABLE
    assert errors["broken"].problem is Problem.UNCLOSED and errors["broken"].line == 3
    assert errors["latin1"].problem is Problem.NOT_UTF8
    assert errors["delivery-damaged"].problem is Problem.UNKNOWN_CATEGORY
    assert "delivery-damaged.md:3: unknown category: delivery.nowhere" in errors["delivery-damaged"].error
    ids = {s.id for s in manual.list("ja")}
    assert "good-one" in ids and "broken" not in ids
    # The bundled section stays in place of the owner's broken copy.
    assert manual.show("delivery-damaged", "ja").source == "bundled"


def test_changes_in_the_owner_folder_are_picked_up(services: Services, owner: Path) -> None:
    page = owner / "house-rules.md"
    write(page, "初版")
    assert services.manual.show("house-rules", "ja").title == "初版"
    write(page, "第二版（書き直し）")
    stat = page.stat()
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert services.manual.show("house-rules", "ja").title == "第二版（書き直し）"
    page.unlink()
    assert "house-rules" not in {s.id for s in services.manual.list("ja")}


def test_a_missing_owner_folder_is_reported(services: Services, tmp_path: Path) -> None:
    services.settings.set("manual_folder", str(tmp_path / "gone"))
    (error,) = services.manual.errors("ja")
    assert error.problem is Problem.FOLDER_MISSING
    assert services.manual.show("basic-stance", "ja").source == "bundled"


def test_a_manual_service_over_other_resources(tmp_path: Path, services: Services) -> None:
    write(tmp_path / "manual" / "ja" / "only.md", "唯一の項目", "傷の確認\n", "quality.damaged")
    manual = ManualService(services.settings, tmp_path)
    assert manual.languages() == ("ja",)
    assert [s.id for s in manual.list("ja")] == ["only"]
    assert [h.id for h in manual.search("傷", "ja")] == ["only"]


def test_search_everything_includes_manual_hits_of_the_language(services: Services) -> None:
    hits = services.search.everything("再配達", lang="ja")
    manual = [h for h in hits if h.kind == "manual"]
    assert "delivery-not-arrived" in [h.id for h in manual]
    assert all("再配達" in h.snippet for h in manual)
    english = services.search.everything("re-delivery", lang="en")
    assert "delivery-not-arrived" in [h.id for h in english if h.kind == "manual"]
    assert [h for h in services.search.everything("再配達", lang="en") if h.kind == "manual"] == []
