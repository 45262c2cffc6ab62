"""The statement's PDF as the app makes it: the shop as issuer, the language asked for, voided
pieces marked; and a bundle still goes out on a machine without a Japanese font."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pdf_reader import Poppler

from desk_app.exports import fonts
from desk_app.paths import AppPaths
from desk_app.services.context import Services

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def shop(tmp_path: Path):
    services = Services.open(AppPaths(data_dir=tmp_path / "home", db_file=tmp_path / "shop.db"))
    services.settings.set("shop_name", "木と革の道具店 ひだまり")
    services.settings.set("agent_name", "hanako")
    services.rates.set(effective_from=date(2026, 10, 1), rates={"shipment": 80, "return": 120})
    services.work.add("shipment", 10, at=datetime(2026, 11, 5, 10, tzinfo=TOKYO))
    mistaken = services.work.add("return", 1, at=datetime(2026, 11, 6, 10, tzinfo=TOKYO))
    services.work.void(mistaken.id, "二重登録")
    yield services
    services.close()


def test_the_pdf_names_the_shop_and_marks_the_voided_piece(shop: Services, tmp_path: Path, poppler: Poppler,
                                                            japanese_font) -> None:
    english = shop.statements.write_pdf("2026-11", tmp_path / "en.pdf", language="en")
    text = poppler.text(english)
    assert "Payment Statement" in text and "木と革の道具店 ひだまり" in text and "hanako" in text
    assert "Voided: 二重登録" in " ".join(text.split())
    japanese = poppler.text(shop.statements.write_pdf("2026-11", tmp_path / "ja.pdf"))
    assert "支払明細書" in japanese and "¥880" in japanese  # 10 × 80 + 10% tax; the voided return is not paid


def test_without_a_japanese_font_the_bundle_goes_without_its_pdf(shop: Services, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bare = tmp_path / "no-fonts"
    bare.mkdir()
    monkeypatch.setattr(fonts, "font_dirs", lambda *args, **kwargs: [bare])
    exported = shop.statements.export_bundle("2026-11", tmp_path / "out")
    assert exported.pdf is None
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["hanako-2026-11.json"]
    assert json.loads(Path(exported.path).read_text(encoding="utf-8"))["content"].get("pdf") is None
    assert shop.statements.import_bundle(Path(exported.path)).totals_match  # and it still reads back whole
