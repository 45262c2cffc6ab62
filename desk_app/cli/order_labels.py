"""The sentences of the `orders` commands in ja and en: skip reasons (SkipReason), refusals
(Refusal), results and column mappings."""

from __future__ import annotations

from desk_app.services.order_imports import ImportRefused, Refusal

ORDER_TEXT: dict[str, dict[str, str]] = {
    # SkipReason
    "no_number": {"en": "the order number is empty", "ja": "注文番号が空です"},
    "bad_date": {"en": "not a date: {value}", "ja": "日付として読めません: {value}"},
    "bad_amount": {"en": "not a yen amount: {value}", "ja": "円の金額として読めません: {value}"},
    "bad_quantity": {"en": "not a quantity: {value}", "ja": "数量として読めません: {value}"},
    "no_item": {"en": "the line item has neither a name nor a SKU", "ja": "商品名も SKU もない明細です"},
    "orphan_line": {
        "en": "a continuation row of order {value} without the order's first row",
        "ja": "注文 {value} の続きの行ですが、その注文の最初の行がありません",
    },
    "order_skipped": {
        "en": "belongs to order {value}, whose first row was skipped",
        "ja": "最初の行を読み飛ばした注文 {value} の行です",
    },
    # Refusal
    "unknown_format": {
        "en": "{file}: unknown export format: not Shopify's, and no saved column mapping fits it ({lacks}); "
              "save one with `orders profile save`",
        "ja": "{file}: 形式が分かりません。Shopify の注文エクスポートではなく、保存済みの列の対応付けも合いません"
              "（{lacks}）。`orders profile save` で保存してください",
    },
    "missing_columns": {"en": "{file}: {lacks}; nothing was imported", "ja": "{file}: {lacks}。何も取り込んでいません"},
    "unknown_profile": {
        "en": "no import format or column mapping is called {name} (see `orders profile list`)",
        "ja": "{name} という形式・列の対応付けはありません（`orders profile list` で確認できます）",
    },
    "profile_incomplete": {
        "en": "column mapping {name} needs a column for: {lacks}",
        "ja": "列の対応付け {name} に必要な列が指定されていません: {lacks}",
    },
    "bad_profile_name": {
        "en": "{name!r} cannot name a column mapping: use 1 to 40 characters, other than auto and shopify",
        "ja": "「{name}」は列の対応付けの名前に使えません。auto と shopify 以外の 1〜40 文字にしてください",
    },
    "lacks": {"en": "{format} lacks {names}", "ja": "{format} に必要な列がありません: {names}"},
    "or": {"en": " or ", "ja": " または "},
    # Results
    "imported": {
        "en": "{orders} orders ({lines} lines) imported as {format}, {updated} of them updated; {skipped} rows skipped",
        "ja": "{format} として注文 {orders} 件（明細 {lines} 行）を取り込みました（うち更新 {updated} 件）。"
              "読み飛ばした行: {skipped}",
    },
    "profile_saved": {"en": "column mapping {name} saved", "ja": "列の対応付け {name} を保存しました"},
    "profile_deleted": {"en": "column mapping {name} deleted", "ja": "列の対応付け {name} を削除しました"},
    "no_profiles": {"en": "no column mappings saved", "ja": "保存済みの列の対応付けはありません"},
    "cancelled_values": {"en": "cancelled or refunded when the status is: {values}",
                         "ja": "ステータスがこれならキャンセル・返金: {values}"},
}


def order_sentence(key: str, lang: str, **values: object) -> str:
    """The sentence `key` in `lang` (English when there is none) with `values` filled in."""
    texts = ORDER_TEXT[key]
    return texts.get(lang, texts["en"]).format(**values)


def refusal_sentence(refused: ImportRefused, lang: str) -> str:
    """Why a file or a column mapping was refused, in `lang`."""
    glue = order_sentence("or", lang)
    if refused.refusal is Refusal.PROFILE_INCOMPLETE:
        fields = ", ".join(glue.join(group.split("|")) for names in refused.missing.values() for group in names)
        return order_sentence("profile_incomplete", lang, name=refused.subject, lacks=fields)
    lacks = "; ".join(order_sentence("lacks", lang, format=name, names=", ".join(names))
                      for name, names in refused.missing.items() if names)
    return order_sentence(refused.refusal.value, lang, file=refused.subject, name=refused.subject, lacks=lacks)
