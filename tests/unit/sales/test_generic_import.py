"""Other platforms' exports through a saved column mapping, into a real db: cp932 with CRLF, repeated
order-level cells, cancelled statuses, line totals, bad rows, re-imports, auto-detection, refusals."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.order_imports import ImportProfile, ImportRefused, ProfileField, Refusal, SkipReason
from desk_app.store.models import Order, OrderLine

F = ProfileField
BASE_HEADER = ["注文ID", "注文日時", "氏名", "メールアドレス", "商品名", "商品コード", "価格", "数量", "合計金額",
               "ステータス"]
BASE = ImportProfile("BASE", {F.NUMBER: "注文ID", F.DATE: "注文日時", F.CUSTOMER: "氏名", F.EMAIL: "メールアドレス",
                              F.PRODUCT: "商品名", F.SKU: "商品コード", F.UNIT_PRICE: "価格", F.QUANTITY: "数量",
                              F.TOTAL: "合計金額", F.STATUS: "ステータス"})


def base_rows(number: str, when: str, lines: list[tuple[str, str, str, str]], *, status: str = "発送済み",
              total: str = "", name: str = "山田 花子", email: str = "hanako@example.jp") -> list[list[str]]:
    """BASE writes the order-level cells again on every row of the order."""
    return [[number, when, name, email, product, sku, price, qty, total, status] for product, sku, price, qty in lines]


def write(path: Path, header: list[str], rows: list[list[str]], *, encoding: str = "cp932") -> Path:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([header, *rows])
    path.write_bytes(text.getvalue().encode(encoding))
    return path


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    yield opened
    opened.close()


def stored(services: Services) -> dict[str, tuple]:
    """number → (source, email, customer, created_at, total, status, [(sku, name, qty, price)])."""
    with services.db.read() as session:
        return {o.number: (o.source, o.email, o.customer_name, o.created_at, o.total_yen, o.financial_status,
                           [(ln.sku, ln.name, ln.quantity, ln.unit_price_yen) for ln in o.lines])
                for o in session.scalars(select(Order).order_by(Order.number))}


def count_lines(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(OrderLine))


def test_cp932_crlf_base_export_through_a_profile(services: Services, tmp_path: Path) -> None:
    services.order_imports.save_profile(BASE)
    rows = (base_rows("A-0001", "2026/11/02 10:00", [("有田焼 湯呑み（藍）", "YU-1", "￥1,980", "2"),
                                                    ("急須", "KY-1", "3300", "1")], total="7,260")
            + base_rows("A-0002", "2026-11-03 09:30:00", [("髙橋の箸", "HA-1", "500", "3")], status="キャンセル",
                        name="髙橋 一郎", email="ichiro@example.jp")
            + base_rows("A-0003", "2026/11/04", [("平皿", "SA-1", "800", "1")], status="返金済み"))
    path = write(tmp_path / "base.csv", BASE_HEADER, rows)
    assert b"\r\n" in path.read_bytes()
    result = services.order_imports.import_orders(path, "BASE")
    assert (result.orders, result.lines, result.updated, result.skipped, result.format) == (3, 4, 0, [], "BASE")
    orders = stored(services)
    assert orders["A-0001"] == ("BASE", "hanako@example.jp", "山田 花子", datetime(2026, 11, 2, 1, 0, tzinfo=UTC), 7260,
                                "paid", [("YU-1", "有田焼 湯呑み（藍）", 2, 1980), ("KY-1", "急須", 1, 3300)])
    assert orders["A-0002"][2] == "髙橋 一郎" and orders["A-0002"][5] == "voided"
    assert orders["A-0003"][5] == "refunded"
    with services.db.read() as session:
        counted = dict(session.execute(select(Order.number, Order.counted)).all())
    assert counted == {"A-0001": True, "A-0002": False, "A-0003": False}
    assert services.sales.summary().revenue_yen == 2 * 1980 + 3300


def test_order_cells_only_on_the_first_row_and_line_totals(services: Services, tmp_path: Path) -> None:
    header = ["受注番号", "受注日", "商品名", "個数", "小計"]
    profile = ImportProfile("StoresLike", {F.NUMBER: "受注番号", F.DATE: "受注日", F.PRODUCT: "商品名",
                                           F.QUANTITY: "個数", F.LINE_TOTAL: "小計"})
    services.order_imports.save_profile(profile)
    rows = [["1001", "2026年11月2日", "湯呑み", "3", "5,940"], ["1001", "", "急須", "2", "6,601"],
            ["1002", "2026/11/05 12:00", "箸", "1", "500"]]
    result = services.order_imports.import_orders(write(tmp_path / "s.csv", header, rows, encoding="utf-8-sig"),
                                                  "StoresLike")
    assert (result.orders, result.lines, result.skipped) == (2, 3, [])
    orders = stored(services)
    # 6,601 over 2 items: 3,300.5 rounds half up; without a total column the total is the lines' sum.
    assert orders["1001"][6] == [("湯呑み", "湯呑み", 3, 1980), ("急須", "急須", 2, 3301)]
    assert orders["1001"][4] == 3 * 1980 + 2 * 3301
    assert orders["1001"][3] == datetime(2026, 11, 1, 15, 0, tzinfo=UTC)


def test_overlapping_reimport_updates_instead_of_doubling(services: Services, tmp_path: Path) -> None:
    services.order_imports.save_profile(BASE)
    first = (base_rows("A-1", "2026/11/02 10:00", [("湯呑み", "YU-1", "1980", "1"), ("急須", "KY-1", "3300", "1")])
             + base_rows("A-2", "2026/11/03 10:00", [("箸", "HA-1", "500", "2")]))
    services.order_imports.import_orders(write(tmp_path / "oct.csv", BASE_HEADER, first), "BASE")
    later = (base_rows("A-2", "2026/11/03 10:00", [("箸", "HA-1", "500", "2")], status="キャンセル")
             + base_rows("A-3", "2026/11/04 10:00", [("皿", "SA-1", "800", "1")]))
    result = services.order_imports.import_orders(write(tmp_path / "nov.csv", BASE_HEADER, later), "auto")
    assert (result.orders, result.lines, result.updated, result.format) == (2, 2, 1, "BASE")
    orders = stored(services)
    assert list(orders) == ["A-1", "A-2", "A-3"] and count_lines(services) == 4
    assert orders["A-2"][5] == "voided"
    assert services.sales.summary().orders == 2


def test_bad_rows_are_reported_by_line(services: Services, tmp_path: Path) -> None:
    services.order_imports.save_profile(BASE)
    rows = (base_rows("B-1", "2026/11/02 10:00", [("湯呑み", "YU-1", "1980", "1"), ("急須", "KY-1", "33.5", "1")])  # 2, 3
            + base_rows("B-2", "昨日", [("箸", "HA-1", "500", "1"), ("皿", "SA-1", "800", "1")])  # 4, 5
            + base_rows("", "2026/11/02 10:00", [("箸", "HA-1", "500", "1")])  # 6
            + base_rows("B-3", "2026/11/05 10:00", [("", "", "500", "1"), ("箸", "HA-1", "500", "0")])  # 7, 8
            + base_rows("B-4", "2026/11/06 10:00", [("皿", "SA-1", "800", "1")]))  # 9
    result = services.order_imports.import_orders(write(tmp_path / "bad.csv", BASE_HEADER, rows), "BASE")
    assert [(s.line, s.reason, s.value) for s in result.skipped] == [
        (3, SkipReason.BAD_AMOUNT, "33.5"),
        (4, SkipReason.BAD_DATE, "昨日"),
        (5, SkipReason.ORDER_SKIPPED, "B-2"),
        (6, SkipReason.NO_NUMBER, ""),
        (7, SkipReason.NO_ITEM, ""),
        (8, SkipReason.ORDER_SKIPPED, "B-3"),
    ]
    assert (result.orders, result.lines) == (2, 2)
    assert list(stored(services)) == ["B-1", "B-4"]


def test_auto_picks_shopify_then_the_profile_that_fits(services: Services, tmp_path: Path) -> None:
    imports = services.order_imports
    smaller = ImportProfile("AAA-partial", {F.NUMBER: "注文ID", F.DATE: "注文日時", F.PRODUCT: "商品名",
                                            F.UNIT_PRICE: "価格", F.QUANTITY: "数量"})
    other = ImportProfile("Rakuten", {F.NUMBER: "注文番号", F.DATE: "注文日時", F.PRODUCT: "商品名",
                                      F.UNIT_PRICE: "単価", F.QUANTITY: "個数"})
    for profile in (smaller, BASE, other):
        imports.save_profile(profile)
    base_file = write(tmp_path / "base.csv", BASE_HEADER, base_rows("A-1", "2026/11/02 10:00",
                                                                      [("湯呑み", "YU-1", "1980", "1")]))
    # Both BASE and AAA-partial fit: the one reading more columns wins, whatever the names' order.
    assert imports.detect(base_file) == "BASE"
    shopify_file = tmp_path / "shopify.csv"
    shopify_file.write_text("Name,Created at,Lineitem quantity,Lineitem price,Lineitem name\n"
                            "#1,2026/11/02 10:00,1,500,箸\n", encoding="utf-8")
    assert imports.detect(shopify_file) == "shopify"
    assert imports.import_orders(shopify_file).format == "shopify"
    assert imports.formats() == ["auto", "shopify", "AAA-partial", "BASE", "Rakuten"]


def test_files_without_the_columns_are_refused_whole(services: Services, tmp_path: Path) -> None:
    services.order_imports.save_profile(BASE)
    header = [c for c in BASE_HEADER if c not in ("数量", "ステータス")]
    rows = [[c for c, name in zip(row, BASE_HEADER, strict=True) if name in header]
            for row in base_rows("A-1", "2026/11/02 10:00", [("湯呑み", "YU-1", "1980", "1")])]
    path = write(tmp_path / "short.csv", header, rows)
    with pytest.raises(ImportRefused) as refused:
        services.order_imports.import_orders(path, "BASE")
    assert refused.value.refusal is Refusal.MISSING_COLUMNS
    assert refused.value.missing == {"BASE": ("数量", "ステータス")}
    with pytest.raises(ImportRefused) as unknown:
        services.order_imports.import_orders(path)
    assert unknown.value.refusal is Refusal.UNKNOWN_FORMAT
    assert unknown.value.missing["BASE"] == ("数量", "ステータス")
    assert unknown.value.missing["shopify"] == ("Name", "Created at", "Lineitem quantity", "Lineitem price")
    with pytest.raises(ImportRefused) as nameless:
        services.order_imports.import_orders(path, "MakeShop")
    assert nameless.value.code is ErrorCode.NOT_FOUND
    assert stored(services) == {}


def test_profiles_are_validated_saved_replaced_and_deleted(services: Services) -> None:
    imports = services.order_imports
    incomplete = ImportProfile("x", {F.NUMBER: "注文ID", F.DATE: "注文日時", F.LINE_TOTAL: "小計"})
    with pytest.raises(ImportRefused) as refused:
        imports.save_profile(incomplete)
    assert refused.value.missing == {"x": ("sku|product", "quantity")}
    for bad in ("", " ", "Shopify", "auto", "x" * 41):
        with pytest.raises(ImportRefused, match="cannot name"):
            imports.save_profile(ImportProfile(bad, BASE.columns))
    saved = imports.save_profile(ImportProfile(" BASE ", {**BASE.columns, F.EMAIL: "  "}, (" キャンセル ", "", "取消")))
    assert (saved.name, F.EMAIL in saved.columns, saved.cancelled_values) == ("BASE", False, ("キャンセル", "取消"))
    assert imports.profiles() == [saved]
    imports.save_profile(BASE)
    assert imports.profiles() == [BASE]
    imports.delete_profile("BASE")
    assert imports.profiles() == []
    with pytest.raises(DeskAppError):
        imports.delete_profile("BASE")


def test_column_guesses_from_japanese_and_english_headers(services: Services) -> None:
    guess = services.order_imports.guess_columns
    assert guess(BASE_HEADER) == BASE.columns
    rakuten = ["注文番号", "注文日時", "商品名", "商品管理番号", "単価", "個数", "合計金額", "注文者氏名",
               "メールアドレス(注文者)", "注文ステータス"]
    assert guess(rakuten) == {F.NUMBER: "注文番号", F.DATE: "注文日時", F.PRODUCT: "商品名", F.SKU: "商品管理番号",
                              F.UNIT_PRICE: "単価", F.QUANTITY: "個数", F.TOTAL: "合計金額", F.CUSTOMER: "注文者氏名",
                              F.EMAIL: "メールアドレス(注文者)", F.STATUS: "注文ステータス"}
    english = ["Order ID", "Order Date", "Product Name", "SKU", "Qty", "Unit Price", "Customer", "Status"]
    assert guess(english) == {F.NUMBER: "Order ID", F.DATE: "Order Date", F.PRODUCT: "Product Name", F.SKU: "SKU",
                              F.QUANTITY: "Qty", F.UNIT_PRICE: "Unit Price", F.CUSTOMER: "Customer",
                              F.STATUS: "Status"}


def test_times_without_an_offset_are_in_the_shops_time_zone(services: Services, tmp_path: Path) -> None:
    services.settings.set("timezone", "Europe/Berlin")
    services.order_imports.save_profile(BASE)
    rows = base_rows("A-1", "2026/11/02 10:00", [("湯呑み", "YU-1", "1980", "1")])
    services.order_imports.import_orders(write(tmp_path / "base.csv", BASE_HEADER, rows), "BASE")
    assert stored(services)["A-1"][3] == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # 10:00 CET
