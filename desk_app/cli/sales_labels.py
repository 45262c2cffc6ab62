"""The words of the `sales` commands' tables (headings, headline sentences) in ja and en, and the
table printer that lines them up (Japanese characters take two columns)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "headline": "revenue ¥{revenue}  orders {orders}  units {units}  AOV ¥{aov}",
        "repeat": "{customers} customers, {repeat} of them ordered twice or more ({rate:.1%})",
        "nothing": "no sales in this period",
        "month": "Month", "period": "Period", "revenue_yen": "Revenue", "orders": "Orders", "units": "Units",
        "sku": "SKU", "name": "Product", "last_sale": "Last sale", "idle_days": "Days idle",
        "a": "Product A", "b": "Product B", "confidence": "Confidence", "lift": "Lift",
        "claims": "Claims", "claim_rate": "Claim rate", "categories": "Categories",
    },
    "ja": {
        "headline": "売上 ¥{revenue}  注文 {orders} 件  数量 {units}  客単価 ¥{aov}",
        "repeat": "お客様 {customers} 人のうち 2 回以上注文した方 {repeat} 人（{rate:.1%}）",
        "nothing": "この期間の売上はありません",
        "month": "月", "period": "期間", "revenue_yen": "売上", "orders": "注文数", "units": "数量",
        "sku": "SKU", "name": "商品名", "last_sale": "最終販売日", "idle_days": "経過日数",
        "a": "商品 A", "b": "商品 B", "confidence": "信頼度", "lift": "リフト",
        "claims": "クレーム", "claim_rate": "クレーム率", "categories": "分類",
    },
}


# The charts' words (charts.sales_inputs.SalesChartWords fields) for `sales chart`.
CHART_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "no_data": "No sales in this period", "revenue": "Revenue (yen)", "orders": "Orders",
        "saturday": "Saturday", "sunday": "Sunday", "idle_days": "Days since the last sale",
        "never_sold": "never sold", "together": "Orders with both", "pair_lift": "lift {lift}",
        "claim_rate": "Claims per unit sold", "claims": "claims: {claims}", "new_customers": "New customers",
        "repeat_customers": "Repeat customers", "repeat_rate": "repeat rate",
    },
    "ja": {
        "no_data": "この期間の売上はありません", "revenue": "売上（円）", "orders": "注文数",
        "saturday": "土曜日", "sunday": "日曜日", "idle_days": "最後に売れてからの日数",
        "never_sold": "販売実績なし", "together": "同時に購入された注文数", "pair_lift": "リフト {lift}",
        "claim_rate": "販売数あたりのクレーム", "claims": "クレーム {claims} 件", "new_customers": "新規のお客様",
        "repeat_customers": "リピーター", "repeat_rate": "リピート率",
    },
}
CHART_TITLES: dict[str, dict[str, str]] = {
    "en": {"revenue": "Revenue", "top": "Top sellers", "slow": "Slow movers", "pairs": "Bought together",
           "claims": "Claims per product", "repeat": "Repeat customers"},
    "ja": {"revenue": "売上の推移", "top": "売れ筋商品", "slow": "売れ行きの鈍い商品", "pairs": "一緒に買われる商品",
           "claims": "商品別のクレーム", "repeat": "リピーター"},
}


def sales_label(key: str, lang: str) -> str:
    """The word or sentence `key` in `lang` (English when the language has none)."""
    return LABELS.get(lang, LABELS["en"]).get(key, LABELS["en"][key])


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table_lines(headings: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """`rows` under `headings` in aligned columns: numbers to the right, text to the left."""
    cells = [[str(h) for h in headings]] + [[f"{v:,}" if isinstance(v, int) else str(v) for v in row]
                                             for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headings))]
    numeric = [bool(rows) and isinstance(rows[0][i], (int, float)) for i in range(len(headings))]
    lines = []
    for row in cells:
        padded = [(" " * (w - _width(c)) + c) if right else (c + " " * (w - _width(c)))
                  for c, w, right in zip(row, widths, numeric, strict=True)]
        lines.append("  ".join(padded).rstrip())
    return lines
