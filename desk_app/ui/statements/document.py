"""The statement as it will print (支払明細書): a read-only document of the month, in HTML."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from desk_app.core.clock import next_month, parse_month
from desk_app.core.statements import MonthlyStatement, StatementStatus
from desk_app.core.tax import TaxMode
from desk_app.ui import formatting
from desk_app.ui.statements.texts import kind_label, rounding_label, status_label, tax_mode_label

INK = "#212529"
MUTED = "#6c757d"
RULE = "#c8cdd2"
SHADE = "#eef1f4"
PAPER = "#ffffff"
STATUS_COLORS = {
    StatementStatus.DRAFT: "#6c757d",
    StatementStatus.SUBMITTED: "#3465a4",
    StatementStatus.APPROVED: "#2e7d32",
    StatementStatus.PAID: "#1b5e20",
}
STYLE = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 17pt; margin: 0; }}
.muted {{ color: {MUTED}; }}
.section {{ font-weight: bold; margin-top: 14px; margin-bottom: 4px; }}
th {{ background: {SHADE}; font-weight: bold; padding: 4px 8px; }}
td {{ padding: 4px 8px; border-bottom: 1px solid {RULE}; }}
td.num, th.num {{ text-align: right; }}
td.plain {{ border-bottom: none; }}
td.total {{ font-weight: bold; border-bottom: 3px double {INK}; }}
"""
LEFT, RIGHT = "left", "num"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _table(headings: Sequence[tuple[str, str]], rows: Sequence[Sequence[str]], empty: str) -> str:
    """A full-width table: `headings` as (text, LEFT or RIGHT), `rows` of cells already escaped."""
    head = "".join(f'<th class="{align}" align="{"right" if align == RIGHT else "left"}">{_e(text)}</th>'
                   for text, align in headings)
    aligns = [align for _text, align in headings]
    body = "".join("<tr>" + "".join(f'<td class="{a}">{cell}</td>' for a, cell in zip(aligns, row, strict=True))
                   + "</tr>" for row in rows)
    if not rows:
        body = f'<tr><td colspan="{len(headings)}" class="muted">{_e(empty)}</td></tr>'
    return f'<table width="100%" cellspacing="0"><tr>{head}</tr>{body}</table>'


class StatementDocument(QTextBrowser):
    """A white page with the statement's parties, period, amount payable, lines, adjustments and
    the tax summary, in the UI language. Everything from outside (names, reasons) is escaped.

    Signals: only QTextBrowser's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.setObjectName("statementDocument")
        self.setOpenLinks(False)
        # The page wraps to the view's width; full-width tables measure a pixel over it, which would
        # otherwise bring up a scroll bar for nothing (the view's minimum width holds the content).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(22)
        self.document().setDefaultStyleSheet(STYLE)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, PAPER)
        palette.setColor(QPalette.ColorRole.Text, INK)
        self.setPalette(palette)

    def show_statement(self, statement: MonthlyStatement, issuer: str) -> None:
        """Show `statement`, paid by the shop `issuer` (may be empty)."""
        self.setHtml("".join((
            self._title(statement),
            self._parties(statement, issuer),
            self._amount_due(statement),
            self._lines(statement),
            self._adjustments(statement),
            self._summary(statement),
        )))

    def month_title(self, month: str) -> str:
        """`March 2026`, `2026年3月分`: the month a statement is for."""
        first = parse_month(month)
        return self.tr("{month} {year}").format(month=QLocale().standaloneMonthName(first.month),
                                                year=first.year)

    # -- the parts, top to bottom ---------------------------------------------------------------

    def _title(self, statement: MonthlyStatement) -> str:
        title = self.tr("Payment statement")
        color = STATUS_COLORS.get(statement.status, MUTED)
        chip = (f'<span style="color: {PAPER}; background: {color}; font-weight: bold;">'
                f"&nbsp;{_e(status_label(statement.status))}&nbsp;</span>")
        return (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="plain"><h1>{_e(title)}</h1>'
            f'<div class="muted">{_e(self.month_title(statement.month))}</div></td>'
            f'<td class="plain" align="right" valign="top" style="white-space: nowrap;">{chip}'
            f"{self._status_day(statement)}</td>"
            "</tr></table>"
        )

    def _status_day(self, statement: MonthlyStatement) -> str:
        workflow = statement.workflow
        if statement.status is StatementStatus.PAID and workflow.paid_on is not None:
            text = self.tr("paid on {day}").format(day=workflow.paid_on.strftime("%Y/%m/%d"))
        elif statement.status is StatementStatus.APPROVED and workflow.approved_at is not None:
            text = self.tr("approved on {day}").format(day=formatting.local_date(workflow.approved_at, self._tz))
        elif statement.status is StatementStatus.SUBMITTED and workflow.submitted_at is not None:
            text = self.tr("submitted on {day}").format(day=formatting.local_date(workflow.submitted_at, self._tz))
        else:
            return ""
        return f'<div class="muted" align="right">{_e(text)}</div>'

    def _parties(self, statement: MonthlyStatement, issuer: str) -> str:
        """The recipient (the agent) on the left, the payer (the shop) on the right, then the period."""
        recipient_word, payer_word, period_word = self.tr("Recipient"), self.tr("Payer"), self.tr("Period")
        name = self.tr("{name}", "the agent a statement is made out to (Japanese adds 様)").format(
            name=statement.agent)
        recipient = f'<div style="font-size: 13pt; font-weight: bold;">{_e(name)}</div>'
        number = statement.tax.registration_number
        if number:
            registration = self.tr("Registration No. {number}").format(number=number)
            recipient += f"<div>{_e(registration)}</div>"
        payer = (f'<div class="muted">{_e(payer_word)}</div><div style="font-weight: bold;">{_e(issuer)}</div>'
                 if issuer else "")
        first = parse_month(statement.month)
        last = next_month(first) - timedelta(days=1)
        period = self.tr("{first} – {last}").format(first=first.strftime("%Y/%m/%d"),
                                                    last=last.strftime("%Y/%m/%d"))
        return (
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 14px;"><tr>'
            f'<td class="plain" valign="top"><div class="muted">{_e(recipient_word)}</div>{recipient}</td>'
            f'<td class="plain" valign="top" align="right">{payer}</td>'
            "</tr></table>"
            f'<p><span class="muted">{_e(period_word)}</span>&nbsp;&nbsp;{_e(period)}</p>'
        )

    def _amount_due(self, statement: MonthlyStatement) -> str:
        label = (self.tr("Amount payable") if statement.tax.mode is TaxMode.EXEMPT
                 else self.tr("Amount payable (tax included)"))
        return (
            f'<table width="100%" cellspacing="0" cellpadding="8" style="background: {SHADE};"><tr>'
            f'<td class="plain" valign="middle" style="font-weight: bold;">{_e(label)}</td>'
            f'<td class="plain" align="right" valign="middle" style="font-size: 18pt; font-weight: bold;">'
            f"{_e(formatting.yen(statement.total_yen))}</td>"
            "</tr></table>"
        )

    def _lines(self, statement: MonthlyStatement) -> str:
        section = self.tr("Details")
        headings = [(self.tr("Item"), LEFT), (self.tr("Rate"), RIGHT), (self.tr("Qty"), RIGHT),
                    (self.tr("Amount"), RIGHT)]
        rows = [[_e(kind_label(line.kind)), _e(formatting.yen(line.rate_yen)), f"{line.count:,}",
                 _e(formatting.yen(line.amount_yen))] for line in statement.lines]
        table = _table(headings, rows, self.tr("No pieces this month."))
        return f'<div class="section">{_e(section)}</div>{table}'

    def _adjustments(self, statement: MonthlyStatement) -> str:
        if not statement.adjustments:
            return ""
        section = self.tr("Adjustments")
        headings = [(self.tr("Reason"), LEFT), (self.tr("Reference"), LEFT), (self.tr("Amount"), RIGHT)]
        rows = [[_e(a.reason), _e(a.reference or ""), _e(formatting.yen(a.amount_yen))]
                for a in statement.adjustments]
        return f'<div class="section">{_e(section)}</div>{_table(headings, rows, "")}'

    def _summary(self, statement: MonthlyStatement) -> str:
        """Subtotal, tax (rate and mode) and the double-ruled total, right; how the tax was rounded."""
        mode = statement.tax.mode
        tax = formatting.yen(statement.tax_yen)
        if mode is TaxMode.EXEMPT:
            tax_label, tax = self.tr("Consumption tax (tax-exempt)"), "—"
            note = self.tr("The recipient is a tax-exempt business: no consumption tax is charged.")
        else:
            if mode is TaxMode.INCLUSIVE:
                tax_label = self.tr("of which consumption tax {rate}% ({mode})")
            else:
                tax_label = self.tr("Consumption tax {rate}% ({mode})")
            tax_label = tax_label.format(rate=statement.tax.rate_percent, mode=tax_mode_label(mode))
            note = self.tr("Consumption tax is computed once on the subtotal; fractions of a yen are"
                           " {rounding}.").format(rounding=rounding_label(statement.tax.rounding))
        subtotal, total = self.tr("Subtotal"), self.tr("Total")
        spacer = '<td width="22%" class="plain"></td>'
        rows = (
            f'<tr>{spacer}<td>{_e(subtotal)}</td><td class="num">{_e(formatting.yen(statement.subtotal_yen))}</td></tr>'
            f'<tr>{spacer}<td>{_e(tax_label)}</td><td class="num">{_e(tax)}</td></tr>'
            f'<tr>{spacer}<td class="total">{_e(total)}</td>'
            f'<td class="num total">{_e(formatting.yen(statement.total_yen))}</td></tr>'
        )
        return (f'<table width="100%" cellspacing="0" style="margin-top: 14px;">{rows}</table>'
                f'<p class="muted" align="right" style="font-size: 8pt;">{_e(note)}</p>')
