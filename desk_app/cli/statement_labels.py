"""The words of an exported statement (CSV headers, kinds, statuses, tax modes) in ja and en."""

from __future__ import annotations

from desk_app.exports.statement_words import KINDS  # the piece kinds read the same on the PDF

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "agent": "Agent", "month": "Month", "status": "Status", "registration_number": "Registration number",
        "lines": "Lines", "kind": "Kind", "rate_yen": "Rate (yen)", "count": "Count", "amount_yen": "Amount (yen)",
        "adjustments": "Adjustments", "reason": "Reason", "reference": "Reference",
        "subtotal_yen": "Subtotal (yen)", "tax_mode": "Tax", "tax_rate_percent": "Tax rate (%)",
        "tax_yen": "Consumption tax (yen)", "total_yen": "Total (yen)", "pieces": "Pieces", "at": "Date and time",
        "quantity": "Quantity", "customer": "Customer", "note": "Note",
        "draft": "Draft", "submitted": "Submitted", "approved": "Approved", "paid": "Paid",
        "exclusive": "Tax-exclusive", "inclusive": "Tax-inclusive", "exempt": "Tax-exempt",
        **KINDS["en"],
    },
    "ja": {
        "agent": "担当者", "month": "対象月", "status": "状態", "registration_number": "登録番号",
        "lines": "明細", "kind": "種別", "rate_yen": "単価（円）", "count": "件数",
        "amount_yen": "金額（円）",
        "adjustments": "調整", "reason": "理由", "reference": "参照",
        "subtotal_yen": "小計（円）", "tax_mode": "消費税の扱い", "tax_rate_percent": "税率（%）",
        "tax_yen": "消費税（円）", "total_yen": "合計（円）", "pieces": "内訳（全件）", "at": "日時",
        "quantity": "数量", "customer": "お客様", "note": "メモ",
        "draft": "下書き", "submitted": "提出済み", "approved": "承認済み", "paid": "支払済み",
        "exclusive": "税抜", "inclusive": "税込", "exempt": "免税",
        **KINDS["ja"],
    },
}
