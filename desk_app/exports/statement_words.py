"""The words and formats of the statement's PDF, in Japanese and English.

The PDF is written without Qt (the command line makes it too), so its words come from this table
rather than tr(); the caller picks the language. Yen are whole numbers with thousands separators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk_app.core.clock import WEEKDAYS_JA
from desk_app.core.statements import StatementStatus
from desk_app.core.tax import TaxMode, TaxRounding

LANGUAGES = ("ja", "en")

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "支払明細書",
        "recipient": "{name} 様",
        "registration": "登録番号",
        "payer": "支払者",
        "issued": "発行日",
        "month": "{year}年{month}月分",
        "period": "対象期間",
        "range": "{first}～{last}",
        "intro": "下記のとおりお支払いいたします。",
        "amount_due": "お支払金額", "amount_due_taxed": "お支払金額（税込）",
        "lines": "明細",
        "kind": "品目", "rate": "単価", "count": "数量", "amount": "金額",
        "no_lines": "この月の歩合はありません。",
        "adjustments": "調整",
        "reason": "内容", "reference": "参照",
        "appendix": "内訳（全{count}件）",
        "at": "日時", "customer": "お客様", "source": "記録元", "note": "備考",
        "voided": "取消", "voided_note": "取消：{reason}",
        "total": "計",
        "page": "{page} / {pages}",
    },
    "en": {
        "title": "Payment Statement",
        "recipient": "{name}",
        "registration": "Registration No.",
        "payer": "Payer",
        "issued": "Issued",
        "month": "{month_name} {year}",
        "period": "Period",
        "range": "{first} – {last}",
        "intro": "We will pay you the amount below.",
        "amount_due": "Amount payable", "amount_due_taxed": "Amount payable (tax incl.)",
        "lines": "Details",
        "kind": "Item", "rate": "Rate", "count": "Qty", "amount": "Amount",
        "no_lines": "No pieces this month.",
        "adjustments": "Adjustments",
        "reason": "Reason", "reference": "Reference",
        "appendix": "Appendix: every piece ({count})",
        "at": "Date", "customer": "Customer", "source": "Source", "note": "Note",
        "voided": "Voided", "voided_note": "Voided: {reason}",
        "total": "Total",
        "page": "Page {page} of {pages}",
    },
}

# The built-in piece kinds; an owner-defined kind shows its key.
KINDS: dict[str, dict[str, str]] = {
    "ja": {"email_reply": "メール返信", "call_in": "電話（着信）", "call_out": "電話（発信）",
           "shipment": "発送", "return": "返品対応", "hourly": "時間"},
    "en": {"email_reply": "Email reply", "call_in": "Incoming call", "call_out": "Outgoing call",
           "shipment": "Shipment", "return": "Return", "hourly": "Hours"},
}

# Where a piece came from: a sent reply, a logged call, or entered by hand (no source).
SOURCES: dict[str, dict[str | None, str]] = {
    "ja": {"message": "メール", "call": "電話", None: "手入力"},
    "en": {"message": "Email", "call": "Call", None: "Manual"},
}

# A status as a stamp or, for a draft, a watermark.
STATUSES: dict[str, dict[StatementStatus, str]] = {
    "ja": {StatementStatus.DRAFT: "下書き", StatementStatus.SUBMITTED: "提出済", StatementStatus.APPROVED: "承認済",
           StatementStatus.PAID: "支払済"},
    "en": {StatementStatus.DRAFT: "DRAFT", StatementStatus.SUBMITTED: "SUBMITTED",
           StatementStatus.APPROVED: "APPROVED", StatementStatus.PAID: "PAID"},
}


@dataclass(frozen=True)
class TaxWords:
    """How the tax summary reads for one tax mode: the three rows and the note beneath them."""

    subtotal: str
    tax: str
    total: str
    note: str


_ONCE_JA = "消費税は小計に対して一括で計算し、1円未満を{rounding}ています。"
_ONCE_EN = "Consumption tax is computed once on the subtotal; fractions of a yen are {rounding}."

TAX_WORDS: dict[str, dict[TaxMode, TaxWords]] = {
    "ja": {
        TaxMode.EXCLUSIVE: TaxWords("小計（税抜）", "消費税（{rate}%・外税）", "合計（税込）", _ONCE_JA),
        TaxMode.INCLUSIVE: TaxWords("小計（税込）", "うち消費税（{rate}%・内税）", "合計（税込）", _ONCE_JA),
        TaxMode.EXEMPT: TaxWords("小計", "消費税（免税）", "合計", "受領者は免税事業者のため、消費税はかかりません。"),
    },
    "en": {
        TaxMode.EXCLUSIVE: TaxWords("Subtotal (before tax)", "Consumption tax {rate}% (added)", "Total (tax included)",
                                    _ONCE_EN),
        TaxMode.INCLUSIVE: TaxWords("Subtotal (tax included)", "of which consumption tax {rate}%",
                                    "Total (tax included)", _ONCE_EN),
        TaxMode.EXEMPT: TaxWords("Subtotal", "Consumption tax (exempt)", "Total",
                                 "The recipient is a tax-exempt business: no consumption tax is charged."),
    },
}

ROUNDING: dict[str, dict[TaxRounding, str]] = {
    "ja": {TaxRounding.DOWN: "切り捨て", TaxRounding.HALF_UP: "四捨五入し", TaxRounding.UP: "切り上げ"},
    "en": {TaxRounding.DOWN: "rounded down", TaxRounding.HALF_UP: "rounded half up", TaxRounding.UP: "rounded up"},
}

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def word(language: str, key: str, **values: object) -> str:
    """The label `key`, with `values` filled in."""
    text = WORDS[language][key]
    return text.format(**values) if values else text


def kind_name(language: str, kind: str) -> str:
    return KINDS[language].get(kind, kind)


def source_name(language: str, source_kind: str | None) -> str:
    return SOURCES[language].get(source_kind, source_kind or "")


def yen(amount: int) -> str:
    """`¥12,345`, `-¥500`."""
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def long_date(language: str, day: date) -> str:
    """`2026年10月1日` or `1 Oct 2026`."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"


def month_title(language: str, first: date) -> str:
    """`2026年10月分` or `October 2026`."""
    return word(language, "month", year=first.year, month=first.month, month_name=MONTH_NAMES[first.month - 1])


def piece_time(language: str, moment: datetime) -> str:
    """When a piece was done, short: `10/01（水）14:05` or `Wed 1 Oct 14:05` (a local time)."""
    if language == "ja":
        return f"{moment:%m/%d}（{WEEKDAYS_JA[moment.weekday()]}）{moment:%H:%M}"
    return f"{WEEKDAYS_EN[moment.weekday()]} {moment.day} {MONTH_NAMES[moment.month - 1][:3]} {moment:%H:%M}"
