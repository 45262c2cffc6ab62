"""Column mappings ("profiles") for the order exports of other platforms: BASE, STORES, Rakuten, MakeShop…

A profile names, for each field an order import needs, the CSV column that holds it, and the
status values that mean an order was cancelled or refunded. Profiles are saved by name and used
from the GUI and the command line alike.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.sales.refusals import ImportRefused, Refusal

RESERVED_NAMES = ("auto", "shopify")  # the built-in formats
MAX_NAME_LENGTH = 40  # a profile's name is the `source` of the orders it imports


class ProfileField(StrEnum):
    """A field of an order import; the values are the names the command line uses (`--map sku=品番`)."""

    NUMBER = "number"  # order number (required)
    DATE = "date"  # order date and time (required)
    SKU = "sku"  # product code
    PRODUCT = "product"  # product name (this or the SKU required)
    QUANTITY = "quantity"  # (required)
    UNIT_PRICE = "unit_price"  # price of one item
    LINE_TOTAL = "line_total"  # price × quantity of the line (this or the unit price required)
    EMAIL = "email"
    CUSTOMER = "customer"  # customer name
    TOTAL = "total"  # order total (without it: the sum of the lines)
    STATUS = "status"  # order status, compared with the cancelled values


# Each group needs a column for at least one of its fields.
REQUIRED: tuple[tuple[ProfileField, ...], ...] = (
    (ProfileField.NUMBER,), (ProfileField.DATE,), (ProfileField.SKU, ProfileField.PRODUCT),
    (ProfileField.QUANTITY,), (ProfileField.UNIT_PRICE, ProfileField.LINE_TOTAL),
)
DEFAULT_CANCELLED_VALUES = (
    "キャンセル", "キャンセル済み", "取消", "返金", "返金済み", "cancelled", "canceled", "refunded", "voided",
)

# Header names the platforms use, per field, most specific first (compared NFKC-folded, lower case).
_HEADER_NAMES: dict[ProfileField, tuple[str, ...]] = {
    ProfileField.NUMBER: ("注文id", "注文番号", "受注番号", "受注id", "オーダーid", "オーダー番号", "order id", "order number",
                          "order no", "order"),
    ProfileField.DATE: ("注文日時", "注文日", "受注日時", "受注日", "購入日時", "購入日", "order date", "ordered at",
                        "created at", "date"),
    ProfileField.SKU: ("商品コード", "品番", "商品管理番号", "商品番号", "独自商品コード", "商品id", "sku", "product code",
                       "item code"),
    ProfileField.PRODUCT: ("商品名", "アイテム名", "品名", "product name", "item name", "product", "item"),
    ProfileField.QUANTITY: ("数量", "個数", "購入数", "注文数", "quantity", "qty"),
    ProfileField.UNIT_PRICE: ("単価", "商品単価", "販売価格", "商品価格", "価格", "unit price", "price"),
    ProfileField.LINE_TOTAL: ("小計", "商品小計", "line total", "subtotal"),
    ProfileField.EMAIL: ("メールアドレス", "メール", "email", "e-mail", "mail"),
    ProfileField.CUSTOMER: ("氏名", "注文者氏名", "注文者名", "購入者名", "購入者氏名", "お名前", "名前", "customer name",
                            "customer", "name"),
    ProfileField.TOTAL: ("合計金額", "注文合計", "請求金額", "総額", "合計", "order total", "total"),
    ProfileField.STATUS: ("注文ステータス", "ステータス", "対応状況", "注文状態", "order status", "status"),
}


def fold(text: str) -> str:
    """`text` as values and header names are compared: NFKC, case-folded, trimmed."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


@dataclass(frozen=True)
class ImportProfile:
    """A named column mapping: field → CSV column name, and the status values meaning "does not count"."""

    name: str
    columns: Mapping[ProfileField, str]
    cancelled_values: tuple[str, ...] = field(default=DEFAULT_CANCELLED_VALUES)

    def missing_fields(self) -> list[str]:
        """The required fields without a column: `number`, or `sku|product` when neither has one."""
        return ["|".join(group) for group in REQUIRED if not any(self.columns.get(f) for f in group)]

    def to_json(self) -> str:
        """The definition as stored in the db (the name is stored beside it)."""
        return json.dumps({"columns": {str(f): c for f, c in self.columns.items()},
                           "cancelled_values": list(self.cancelled_values)}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, name: str, definition: str) -> ImportProfile:
        """The profile stored as `definition` (fields this version does not know are left out)."""
        data = json.loads(definition)
        known = {f.value for f in ProfileField}
        columns = {ProfileField(f): c for f, c in data.get("columns", {}).items() if f in known and c}
        return cls(name, columns, tuple(data.get("cancelled_values", DEFAULT_CANCELLED_VALUES)))


def validated(profile: ImportProfile) -> ImportProfile:
    """`profile` with its name and values trimmed; raises ImportRefused when it cannot be saved."""
    name = profile.name.strip()
    if not name or len(name) > MAX_NAME_LENGTH or name.casefold() in RESERVED_NAMES:
        raise ImportRefused(Refusal.BAD_PROFILE_NAME, profile.name)
    columns = {f: c.strip() for f, c in profile.columns.items() if c.strip()}
    values = tuple(dict.fromkeys(v.strip() for v in profile.cancelled_values if v.strip()))
    clean = ImportProfile(name, columns, values)
    missing = clean.missing_fields()
    if missing:
        raise ImportRefused(Refusal.PROFILE_INCOMPLETE, name, {name: tuple(missing)})
    return clean


def _contains(folded: str, wanted: str) -> bool:
    return (not wanted.isascii() or " " in wanted) and wanted in folded


def guess_columns(header: Iterable[str]) -> dict[ProfileField, str]:
    """A first mapping for a file: each field to the column whose name platforms commonly use for it.

    Exact names first (`商品名`), then names containing a Japanese or a two-word one
    (`メールアドレス(請求先)`, `Order ID (web)`; a lone English word such as `order` would find too
    much); a column is given to one field at most.
    """
    columns = [(name, fold(name)) for name in header if name.strip()]
    taken: set[str] = set()
    guessed: dict[ProfileField, str] = {}
    for exact in (True, False):
        for profile_field, names in _HEADER_NAMES.items():
            if profile_field in guessed:
                continue
            for wanted in names:
                found = next((name for name, folded in columns if name not in taken
                              and (folded == wanted if exact else _contains(folded, wanted))), None)
                if found is not None:
                    guessed[profile_field] = found
                    taken.add(found)
                    break
    return guessed
