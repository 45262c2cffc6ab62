"""The monthly statement as an A4 PDF (支払明細書), set in a Japanese font that is embedded.

The first page reads like a Japanese business document: the recipient (the agent, with the
qualified-invoice registration number when there is one) and the payer (the shop), the period, the
amount payable in large type, the lines, the adjustments and the tax summary. The appendix lists
every piece, its headings repeated on each page. A draft carries a watermark on every page; a
statement further on carries the stamp of its status and day. Every page has its number.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from fpdf import FPDF
from fpdf.fonts import FontFace
from fpdf.table import Table

from desk_app.core.clock import next_month, parse_month
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import WorkPiece
from desk_app.core.statements import MonthlyStatement, StatementStatus
from desk_app.core.tax import TaxMode
from desk_app.exports.fonts import JapaneseFont, find_japanese_font
from desk_app.exports.statement_words import (
    LANGUAGES,
    ROUNDING,
    STATUSES,
    TAX_WORDS,
    kind_name,
    long_date,
    month_title,
    piece_time,
    source_name,
    word,
    yen,
)

# fontTools' subsetter logs every table it touches at INFO: some eighty lines in the app's log per PDF.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)

Color = tuple[int, int, int]

FAMILY = "jp"
MARGIN = 18.0  # mm, left and right
WIDTH = 210.0 - 2 * MARGIN
INK: Color = (33, 37, 41)
MUTED: Color = (110, 117, 125)
RULE: Color = (160, 166, 173)
SHADE: Color = (238, 241, 244)
STRIPE: Color = (248, 249, 250)
WATERMARK: Color = (150, 158, 168)
STAMP: dict[StatementStatus, Color] = {
    StatementStatus.SUBMITTED: (52, 101, 164),
    StatementStatus.APPROVED: (196, 38, 38),
    StatementStatus.PAID: (196, 38, 38),
}
APPENDIX_COLUMNS = ("at", "kind", "customer", "source", "count", "rate", "amount", "note")
APPENDIX_WIDTHS = (29, 22, 28, 16, 10, 15, 18, 36)


@dataclass(frozen=True)
class StatementPdf:
    """What the PDF needs beside the statement: its language (ja or en), the shop that pays
    (may be empty), the desk's time zone, the day it is issued, and the month's voided pieces,
    which the appendix lists, marked, without an amount."""

    language: str
    issuer: str
    zone: str
    issued_on: date
    voided: Sequence[WorkPiece] = ()


def statement_pdf(statement: MonthlyStatement, options: StatementPdf, font: JapaneseFont | None = None) -> bytes:
    """The statement as PDF bytes, in `font` or else the first Japanese font installed
    (NOT_FOUND when there is none)."""
    if options.language not in LANGUAGES:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"language {options.language} (ja or en)")
    document = _Document(statement, options, font or find_japanese_font())
    document.first_page()
    document.appendix()
    return bytes(document.output())


class _Row(NamedTuple):
    """One row of the appendix: when, the cells as shown, and whether the piece was voided."""

    at: datetime
    id: str
    cells: list[str]
    voided: bool


class _Document(FPDF):
    """The statement's pages; fpdf2 calls `header` and `footer` on each page."""

    def __init__(self, statement: MonthlyStatement, options: StatementPdf, font: JapaneseFont) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.statement = statement
        self.options = options
        self.first_day = parse_month(statement.month)
        self.add_font(FAMILY, "", str(font.regular.path), collection_font_number=font.regular.index)
        self.add_font(FAMILY, "B", str(font.bold.path), collection_font_number=font.bold.index)
        self.set_margins(MARGIN, 16, MARGIN)
        self.set_auto_page_break(True, margin=22)
        self.set_lang("ja-JP" if options.language == "ja" else "en")
        self.set_title(f"{self.word('title')} {self.month} {statement.agent}")
        self.set_author(options.issuer or statement.agent)
        self.set_creator("desk_app")

    @property
    def month(self) -> str:
        return month_title(self.options.language, self.first_day)

    def word(self, key: str, **values: object) -> str:
        return word(self.options.language, key, **values)

    def kind(self, kind: str) -> str:
        return kind_name(self.options.language, kind)

    def source(self, source_kind: str | None) -> str:
        return source_name(self.options.language, source_kind)

    def day(self, day: date) -> str:
        return long_date(self.options.language, day)

    def style(self, size: float, bold: bool = False, color: Color = INK) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_text_color(*color)

    # --- every page ---------------------------------------------------------------------------

    def footer(self) -> None:
        if self.statement.status is StatementStatus.DRAFT:
            self._watermark(STATUSES[self.options.language][StatementStatus.DRAFT])
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(MARGIN, self.h - 15, MARGIN + WIDTH, self.h - 15)
        self.set_y(-13)
        self.style(7.5, color=MUTED)
        self.cell(WIDTH / 2, 5, f"{self.word('title')}　{self.month}　{self.statement.agent}")
        self.cell(WIDTH / 2, 5, self.word("page", page=self.page_no(), pages=self.str_alias_nb_pages), align="R")

    def _watermark(self, text: str) -> None:
        """Across the page, over the content (fills would hide it beneath) but faint enough to read through."""
        x, y = self.w / 2, self.h / 2
        with self.local_context(fill_opacity=0.22):
            self.style(110, bold=True, color=WATERMARK)
            with self.rotation(35, x=x, y=y):
                self.text(x - self.get_string_width(text) / 2, y + 14, text)

    # --- the first page -----------------------------------------------------------------------

    def first_page(self) -> None:
        self.add_page()
        self._title()
        self._parties()
        self._amount_due()
        self._lines()
        self._adjustments()
        self._tax_summary()

    def _title(self) -> None:
        self.style(9, color=MUTED)
        self.cell(WIDTH, 5, f"{self.word('issued')}　{self.day(self.options.issued_on)}", align="R")
        self.style(22, bold=True)
        self.set_char_spacing(4 if self.options.language == "ja" else 1)
        title = self.word("title")
        width = self.get_string_width(title)
        self.set_xy(MARGIN, 24)
        self.cell(WIDTH, 12, title, align="C")
        self.set_char_spacing(0)
        left = MARGIN + (WIDTH - width) / 2 - 6
        self.set_draw_color(*INK)
        self.set_line_width(0.5)
        self.line(left, 37, left + width + 12, 37)
        self.set_line_width(0.2)
        self.line(left, 38, left + width + 12, 38)

    def _parties(self) -> None:
        """The recipient (the agent) on the left, the payer (the shop) on the right."""
        top = 46.0
        self.set_xy(MARGIN, top)
        self.style(15, bold=True)
        self.multi_cell(100, 8, self.word("recipient", name=self.statement.agent), new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*INK)
        self.line(MARGIN, self.get_y() + 0.5, MARGIN + 100, self.get_y() + 0.5)
        self.set_y(self.get_y() + 2)
        number = self.statement.tax.registration_number
        if number:
            self.style(9)
            self.cell(100, 5, f"{self.word('registration')}　{number}", new_x="LMARGIN", new_y="NEXT")
        bottom = self.get_y()
        if self.options.issuer:
            self.set_xy(MARGIN + 112, top)
            self.style(8, color=MUTED)
            self.cell(WIDTH - 112, 4, self.word("payer"), new_x="LEFT", new_y="NEXT")
            self.style(11, bold=True)
            self.multi_cell(WIDTH - 112, 6, self.options.issuer, new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(bottom, self.get_y()) + 5)
        self.style(9.5)
        self.cell(WIDTH, 5, self.word("intro"), new_x="LMARGIN", new_y="NEXT")

    def _amount_due(self) -> None:
        """The total in large type on a shaded band, the status stamp beside it, then the period."""
        top = self.get_y() + 2
        exempt = self.statement.tax.mode is TaxMode.EXEMPT
        with self.local_context(fill_color=SHADE):
            self.rect(MARGIN, top, 112, 16, style="F")
        self.set_draw_color(*INK)
        self.set_line_width(0.6)
        self.line(MARGIN, top + 16, MARGIN + 112, top + 16)
        self.set_line_width(0.2)
        self.set_xy(MARGIN + 3, top)
        self.style(10, bold=True)
        self.cell(50, 16, self.word("amount_due" if exempt else "amount_due_taxed"))
        self.style(20, bold=True)
        self.cell(56, 16, yen(self.statement.total_yen), align="R")
        self._stamp(MARGIN + WIDTH - 26, top - 6)
        self.set_xy(MARGIN, top + 20)
        self.style(9.5)
        last = next_month(self.first_day) - timedelta(days=1)
        self.cell(24, 6, self.word("period"))
        self.cell(WIDTH - 24, 6, self.word("range", first=self.day(self.first_day), last=self.day(last)),
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def _stamp_day(self) -> date | None:
        workflow = self.statement.workflow
        if self.statement.status is StatementStatus.PAID:
            return workflow.paid_on
        moment = workflow.approved_at if self.statement.status is StatementStatus.APPROVED else workflow.submitted_at
        return moment.astimezone(ZoneInfo(self.options.zone)).date() if moment else None

    def _stamp(self, x: float, y: float) -> None:
        """A round seal of the status (submitted, approved, paid) and its day; none on a draft."""
        color = STAMP.get(self.statement.status)
        if color is None:
            return
        on = self._stamp_day()
        with self.local_context():
            self.set_draw_color(*color)
            self.set_line_width(0.6)
            self.ellipse(x, y, 24, 24)
            self.set_line_width(0.25)
            self.ellipse(x + 1.3, y + 1.3, 21.4, 21.4)
            self.line(x + 2.5, y + 13, x + 21.5, y + 13)
            self.style(10 if self.options.language == "ja" else 7, bold=True, color=color)
            self.set_xy(x, y + 6.5)
            self.cell(24, 6, STATUSES[self.options.language][self.statement.status], align="C")
            if on is not None:
                self.style(6.5, color=color)
                self.set_xy(x, y + 14)
                self.cell(24, 4, f"{on:%Y.%m.%d}", align="C")

    def _section(self, title: str) -> None:
        self.style(10.5, bold=True)
        self.cell(WIDTH, 7, title, new_x="LMARGIN", new_y="NEXT")

    def _table(self, widths: Sequence[float], align: Sequence[str], **options: Any) -> AbstractContextManager[Table]:
        """An fpdf2 table in the statement's style: shaded headings, horizontal rules, full width."""
        headings = FontFace(family=FAMILY, emphasis="BOLD", size_pt=8.5, color=INK, fill_color=SHADE)
        self.set_draw_color(*RULE)
        return self.table(col_widths=tuple(widths), width=WIDTH, align="LEFT", text_align=tuple(align),
                          borders_layout="HORIZONTAL_LINES", headings_style=headings, **options)

    def _lines(self) -> None:
        self._section(self.word("lines"))
        self.style(9.5)
        with self._table((86, 30, 24, 34), ("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=6.5,
                         padding=(0.5, 2)) as table:
            table.row([self.word(k) for k in ("kind", "rate", "count", "amount")])
            for line in self.statement.lines:
                table.row([self.kind(line.kind), yen(line.rate_yen), f"{line.count:,}", yen(line.amount_yen)])
            if not self.statement.lines:
                table.row().cell(self.word("no_lines"), colspan=4, align="LEFT")
        self.ln(4)

    def _adjustments(self) -> None:
        if not self.statement.adjustments:
            return
        self._section(self.word("adjustments"))
        self.style(9.5)
        with self._table((110, 30, 34), ("LEFT", "LEFT", "RIGHT"), line_height=6.5, padding=(0.5, 2)) as table:
            table.row([self.word(k) for k in ("reason", "reference", "amount")])
            for adjustment in self.statement.adjustments:
                table.row([adjustment.reason, adjustment.reference or "", yen(adjustment.amount_yen)])
        self.ln(4)

    def _tax_summary(self) -> None:
        """Subtotal, tax (with its rate and mode) and total, right-aligned; how the tax was rounded."""
        statement = self.statement
        words = TAX_WORDS[self.options.language][statement.tax.mode]
        tax = "—" if statement.tax.mode is TaxMode.EXEMPT else yen(statement.tax_yen)
        left = MARGIN + WIDTH - 96
        if self.will_page_break(36):  # the summary is read as one: it never starts at a page's foot
            self.add_page()
        self.set_draw_color(*RULE)
        for label, value in ((words.subtotal, yen(statement.subtotal_yen)),
                             (words.tax.format(rate=statement.tax.rate_percent), tax)):
            self.set_x(left)
            self.style(9.5)
            self.cell(62, 7, label, border="B")
            self.cell(34, 7, value, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_x(left)
        self.style(11, bold=True)
        self.cell(62, 9, words.total)
        self.cell(34, 9, yen(statement.total_yen), align="R", new_x="LMARGIN", new_y="NEXT")
        bottom = self.get_y()
        self.set_draw_color(*INK)
        self.line(left, bottom, left + 96, bottom)
        self.line(left, bottom + 0.8, left + 96, bottom + 0.8)  # a total is double-ruled
        self.set_y(bottom + 3)
        self.style(7.5, color=MUTED)
        note = words.note.format(rounding=ROUNDING[self.options.language][statement.tax.rounding])
        self.multi_cell(WIDTH, 4, note, align="R", new_x="LMARGIN", new_y="NEXT")

    # --- the appendix -------------------------------------------------------------------------

    def appendix(self) -> None:
        """Every piece of the month on pages of its own, oldest first, with a total row."""
        rows = self._appendix_rows()
        if not rows:
            return
        self.add_page()
        self._section(self.word("appendix", count=f"{len(rows):,}"))
        self.style(8)
        voided = FontFace(family=FAMILY, color=MUTED)
        align = ("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT")
        with self._table(APPENDIX_WIDTHS, align, line_height=5, padding=(0.6, 1.6), cell_fill_color=STRIPE,
                         cell_fill_mode="ROWS", repeat_headings=1) as table:
            table.row([self.word(k) for k in APPENDIX_COLUMNS])
            for row in rows:
                table.row(row.cells, style=voided if row.voided else None)
            live = self.statement.pieces
            total = table.row(style=FontFace(family=FAMILY, emphasis="BOLD"))
            total.cell(self.word("total"), colspan=4)
            total.cell(f"{sum(p.quantity for p in live):,}", align="RIGHT")
            total.cell(yen(sum(p.amount_yen for p in live)), colspan=2, align="RIGHT")
            total.cell("")

    def _appendix_rows(self) -> list[_Row]:
        zone = ZoneInfo(self.options.zone)
        rows = [
            _Row(p.at, p.id, [piece_time(self.options.language, p.at.astimezone(zone)), self.kind(p.kind), p.customer,
                              self.source(p.source_kind), f"{p.quantity:,}", yen(p.rate_yen),
                              yen(p.amount_yen), p.note], False)
            for p in self.statement.pieces
        ]
        # A voided piece is named like the live ones: by its contact, else a caller by the number.
        names = {p.contact_id: p.customer for p in self.statement.pieces if p.contact_id}
        names |= {c.contact_id: c.name for c in self.statement.by_contact if c.contact_id}
        for v in self.options.voided:
            key = v.customer or ""
            phone = key.removeprefix("phone:") if key.startswith("phone:") else ""
            note = self.word("voided_note", reason=v.void_reason) if v.void_reason else self.word("voided")
            rows.append(_Row(v.at, v.id, [piece_time(self.options.language, v.at.astimezone(zone)), self.kind(v.kind),
                                          names.get(v.contact_id or "", phone), self.source(v.source_kind),
                                          f"{v.quantity:,}", "—", "—", note], True))
        return sorted(rows, key=lambda r: (r.at, r.id))
