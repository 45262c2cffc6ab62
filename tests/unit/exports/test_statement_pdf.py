"""The statement's PDF read back with poppler: the figures, names, month, registration number and
Japanese labels are text in it, the font is embedded, and a long appendix runs over several pages
with its headings repeated. Each PDF is rendered for real in the installed Japanese font."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_reader import Poppler

from desk_app.core.customer_tally import TallyContact, TallyPiece, month_tally
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import RateCard, WorkPiece
from desk_app.core.statements import (
    Adjustment,
    MonthlyStatement,
    StatementStatus,
    Workflow,
    build_statement,
)
from desk_app.core.tax import TaxMode, TaxTerms
from desk_app.exports.fonts import JapaneseFont
from desk_app.exports.statement_pdf import StatementPdf, statement_pdf
from desk_app.exports.statement_words import yen

AGENT = "佐藤 花子"
SHOP = "ゆずりは雑貨店"
NUMBER = "T7010705000725"
RATES = {"email_reply": 150, "call_in": 200, "call_out": 200, "shipment": 80, "return": 120}
CONTACTS = {
    "c1": TallyContact("c1", "山田 太郎", "ヤマダ タロウ", "03-1234-5678"),
    "c2": TallyContact("c2", "髙橋 美咲", "タカハシ ミサキ", "06-2345-6789"),
}
ADJUSTMENTS = (
    Adjustment("a1", 500, "11/1 の電話対応（記録漏れ）"),
    Adjustment("a2", -200, "発送の重複入力", reference="2026-10"),
)


def cards(mode: TaxMode = TaxMode.EXCLUSIVE, number: str | None = NUMBER) -> list[RateCard]:
    return [RateCard(date(2026, 10, 1), RATES, tax=TaxTerms(mode=mode, registration_number=number))]


def piece(n: int, kind: str, day: int, quantity: int = 1, contact: str | None = None, **fields: object) -> WorkPiece:
    at = datetime(2026, 11, day, 1, 0, tzinfo=UTC) + timedelta(minutes=7 * n)
    source = {"email_reply": "message", "call_in": "call", "call_out": "call"}.get(kind)
    return WorkPiece(id=f"p{n:04d}", agent=AGENT, kind=kind, quantity=quantity, at=at, day=at.date(),
                     source_kind=source, contact_id=contact, customer=contact, **fields)


def demo_pieces() -> list[WorkPiece]:
    """A November like the demo's: replies and calls for two customers, shipments, a return."""
    pieces = [piece(n, "email_reply", 2 + n, contact="c1" if n % 2 else "c2") for n in range(12)]
    pieces += [piece(20 + n, "call_in", 3 + 2 * n, contact="c1") for n in range(5)]
    pieces += [piece(30, "call_out", 10, contact="c2"), piece(31, "call_out", 11)]
    pieces += [piece(40, "shipment", 4, 6, note="午前の出荷"), piece(41, "shipment", 12, 4),
               piece(42, "shipment", 20, 30, note="セール分のまとめて発送"), piece(43, "return", 21)]
    return pieces


DRAFT = Workflow()
VOIDED = piece(50, "return", 22, voided_at=datetime(2026, 11, 23, tzinfo=UTC), void_reason="誤登録")


def statement(pieces: Sequence[WorkPiece], rate_cards: list[RateCard] | None = None,
              workflow: Workflow = DRAFT) -> MonthlyStatement:
    rate_cards = rate_cards or cards()
    tally = month_tally("2026-11", [], [TallyPiece(p.kind, p.quantity, p.day, p.contact_id) for p in pieces],
                        rate_cards, CONTACTS)
    return build_statement(AGENT, date(2026, 11, 1), workflow, pieces, rate_cards, ADJUSTMENTS, tally)


def render(tmp_path: Path, font: JapaneseFont, subject: MonthlyStatement, language: str = "ja",
           voided: Sequence[WorkPiece] = ()) -> Path:
    options = StatementPdf(language, SHOP, "Asia/Tokyo", date(2026, 12, 1), tuple(voided))
    path = tmp_path / f"statement-{language}.pdf"
    path.write_bytes(statement_pdf(subject, options, font))
    return path


@pytest.fixture(scope="module")
def draft_pdf(tmp_path_factory: pytest.TempPathFactory, japanese_font: JapaneseFont) -> Path:
    return render(tmp_path_factory.mktemp("pdf"), japanese_font, statement(demo_pieces()), voided=[VOIDED])


def test_the_demo_month_figures_add_up_as_the_pdf_will_show_them() -> None:
    # Guards the fixture: 12×150 + 5×200 + 2×200 + 40×80 + 120 = 6,520; +500 −200; 10% tax added.
    figures = statement(demo_pieces())
    assert (figures.subtotal_yen, figures.tax_yen, figures.total_yen) == (6_820, 682, 7_502)


def spaced(text: str) -> str:
    """The text with every run of spaces as one (pdftotext lays a full-width space out as several)."""
    return re.sub(r"\s+", " ", text)


def test_the_pdf_text_holds_the_total_names_month_and_labels(draft_pdf: Path, poppler: Poppler) -> None:
    text = spaced(poppler.text(draft_pdf))
    for expected in ("¥7,502", "¥6,820", "¥682", AGENT, SHOP, f"登録番号 {NUMBER}", "2026年11月分",
                     "2026年11月1日～2026年11月30日", "発行日 2026年12月1日", "お支払金額（税込）",
                     "小計（税抜）", "消費税（10%・外税）", "合計（税込）", "メール返信", "電話（着信）",
                     "11/1 の電話対応（記録漏れ）", "-¥200", "2026-10", "髙橋 美咲"):
        assert expected in text, expected


def watermarked(poppler: Poppler, pdf: Path, page: int) -> str:
    """The page's text with no spaces at all: the watermark's letters are drawn rotated, one a line."""
    return "".join(poppler.text(pdf, page, page, raw=True).split())


def test_every_page_of_a_draft_is_watermarked(draft_pdf: Path, poppler: Poppler) -> None:
    assert all("下書き" in watermarked(poppler, draft_pdf, page) for page in (1, 2))


def test_the_first_page_holds_the_statement_and_the_appendix_follows(draft_pdf: Path, poppler: Poppler) -> None:
    first, appendix = poppler.text(draft_pdf, 1, 1), poppler.text(draft_pdf, 2, 2)
    assert "¥7,502" in first and "内訳" not in first
    assert "内訳（全24件）" in appendix  # 23 live pieces and the voided one
    assert "セール分のまとめて発送" in appendix and "11/20（金）" in appendix


def test_a_voided_piece_is_marked_and_left_out_of_the_appendix_total(draft_pdf: Path, poppler: Poppler) -> None:
    appendix = poppler.text(draft_pdf, 2, 2)
    assert "取消：誤登録" in appendix
    total = next(line for line in appendix.splitlines() if line.strip().startswith("計"))
    assert total.split() == ["計", "60", "¥6,520"]  # the pieces alone, before adjustments and tax


def test_the_japanese_font_is_embedded(draft_pdf: Path, poppler: Poppler, japanese_font: JapaneseFont) -> None:
    fonts = poppler.fonts(draft_pdf)
    assert fonts and all(embedded == "yes" for _name, embedded in fonts), fonts
    family = japanese_font.family.replace(" ", "")
    assert all(family.casefold() in name.casefold() for name, _embedded in fonts), fonts


def test_an_english_statement_of_a_paid_month(tmp_path: Path, japanese_font: JapaneseFont, poppler: Poppler) -> None:
    paid = Workflow(id="s1", status=StatementStatus.PAID, approved_at=datetime(2026, 12, 2, tzinfo=UTC),
                    paid_on=date(2026, 12, 10))
    path = render(tmp_path, japanese_font, statement(demo_pieces(), workflow=paid), "en")
    text = poppler.text(path)
    for expected in ("Payment Statement", "November 2026", "1 Nov 2026 – 30 Nov 2026", "Registration No.",
                     "Total (tax included)", "Consumption tax 10% (added)", "¥7,502", "PAID", "2026.12.10",
                     "Email reply", "Page 1 of 2"):
        assert expected in text, expected
    assert "DRAFT" not in watermarked(poppler, path, 1)


@pytest.mark.parametrize(("mode", "tax_line", "tax", "total"), [
    (TaxMode.INCLUSIVE, "うち消費税（10%・内税）", "¥620", "¥6,820"),  # 6,820 × 10/110, rounded down
    (TaxMode.EXEMPT, "消費税（免税）", "—", "¥6,820"),
])
def test_tax_modes_read_as_such(tmp_path: Path, japanese_font: JapaneseFont, poppler: Poppler, mode: TaxMode,
                                tax_line: str, tax: str, total: str) -> None:
    approved = Workflow(id="s1", status=StatementStatus.APPROVED, approved_at=datetime(2026, 12, 2, 1, tzinfo=UTC))
    subject = statement(demo_pieces(), cards(mode, number=None), approved)
    path = render(tmp_path, japanese_font, subject)
    text = poppler.text(path)
    summary = next(line for line in text.splitlines() if tax_line in line)
    assert tax in summary
    assert f"お支払金額{'' if mode is TaxMode.EXEMPT else '（税込）'}" in text and total in text
    assert "登録番号" not in text and "承認済" in text and "2026.12.02" in text
    assert "下書き" not in watermarked(poppler, path, 1)


def test_a_long_appendix_runs_over_pages_with_its_headings_repeated(tmp_path: Path, japanese_font: JapaneseFont,
                                                                      poppler: Poppler) -> None:
    many = [piece(n, "email_reply", 1 + n % 30, contact="c1" if n % 3 else None) for n in range(150)]
    path = render(tmp_path, japanese_font, statement(many))
    pages = poppler.pages(path)
    assert pages >= 4
    for page in range(2, pages + 1):
        text = poppler.text(path, page, page)
        assert all(heading in text for heading in ("日時", "品目", "お客様", "金額")), page
        assert re.search(rf"\b{page}\s*/\s*{pages}\b", text), page
    assert "内訳（全150件）" in poppler.text(path, 2, 2)
    assert yen(150 * 150) in poppler.text(path, pages, pages)  # the appendix total closes the last page


def test_a_month_without_pieces_is_one_page(tmp_path: Path, japanese_font: JapaneseFont, poppler: Poppler) -> None:
    path = render(tmp_path, japanese_font, statement([]))
    text = poppler.text(path)
    assert poppler.pages(path) == 1 and "この月の歩合はありません。" in text and "内訳" not in text
    assert "¥300" in text  # the adjustments alone: 500 − 200, and 30 yen of tax on them
    assert "¥330" in text


def test_only_japanese_and_english(japanese_font: JapaneseFont) -> None:
    with pytest.raises(DeskAppError) as refused:
        statement_pdf(statement([]), StatementPdf("fr", SHOP, "Asia/Tokyo", date(2026, 12, 1)), japanese_font)
    assert refused.value.code is ErrorCode.INVALID_INPUT


def test_money_is_yen_with_thousands_separators() -> None:
    assert [yen(n) for n in (0, 980, 1_234_567, -500)] == ["¥0", "¥980", "¥1,234,567", "-¥500"]
