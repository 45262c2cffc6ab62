"""`orders import` and the `sales` commands (issue #8's command-line contract), JSON shapes, tables and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import run

from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.store.models import Case

EXPORT = (
    "Name,Email,Financial Status,Created at,Total,Cancelled at,Lineitem quantity,Lineitem name,Lineitem price,"
    "Lineitem sku\r\n"
    "#1001,a@example.jp,paid,2026/10/31 23:30,\"￥5,280\",,1,湯呑み,\"￥1,980\",YU-1\r\n"
    "#1001,,,,,,1,急須,3300.00,KY-1\r\n"
    "#1002,b@example.jp,paid,2026-11-01 00:10:00 +0900,1000,,2,箸,500,HA-1\r\n"
    "#1003,c@example.jp,refunded,2026-11-02 10:00:00 +0900,1000,,2,箸,500,HA-1\r\n"
    "#1004,d@example.jp,paid,2026/11/03 10:00,abc,,1,箸,500,HA-1\r\n"
    "#1005,e@example.jp,paid,2026/11/03 10:00,500,2026/11/04 10:00,1,箸,500,HA-1\r\n"
)


def test_orders_import_json_and_reimport(tmp_path: Path) -> None:
    db, export = tmp_path / "shop.db", tmp_path / "orders.csv"
    export.write_bytes(EXPORT.encode("cp932"))
    done = run("--lang", "en", "orders", "import", str(export), "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "orders": 4, "lines": 5, "updated": 0, "skipped": [{"line": 6, "reason": "not a yen amount: abc"}],
    }
    again = json.loads(run("orders", "import", str(export), "--format", "shopify", "--json", db=db).stdout)
    assert (again["orders"], again["lines"], again["updated"]) == (4, 5, 4)

    summary = run("sales", "summary", "--json", db=db)
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout) == {
        "revenue_yen": 6280, "orders": 2, "units": 4, "aov_yen": 3140,
        "by_month": [{"month": "2026-10", "revenue_yen": 5280, "orders": 1, "units": 2},
                     {"month": "2026-11", "revenue_yen": 1000, "orders": 1, "units": 2}],
        "top": [{"sku": "KY-1", "name": "急須", "units": 1, "revenue_yen": 3300},
                {"sku": "YU-1", "name": "湯呑み", "units": 1, "revenue_yen": 1980},
                {"sku": "HA-1", "name": "箸", "units": 2, "revenue_yen": 1000}],
    }
    november = json.loads(run("sales", "summary", "--from", "2026-11-01", "--to", "2026-11-30", "--json",
                              db=db).stdout)
    assert (november["revenue_yen"], november["orders"], november["aov_yen"]) == (1000, 1, 1000)
    assert "\\u" not in summary.stdout


def test_skip_reasons_in_japanese(tmp_path: Path) -> None:
    export = tmp_path / "orders.csv"
    export.write_bytes(EXPORT.encode("utf-8-sig"))
    done = run("--lang", "ja", "orders", "import", str(export), "--json", db=tmp_path / "shop.db")
    assert json.loads(done.stdout)["skipped"] == [{"line": 6, "reason": "円の金額として読めません: abc"}]


def test_usage_and_input_errors(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    bad_date = run("sales", "summary", "--from", "2026/11/01", "--json", db=db)
    assert bad_date.returncode == 2
    missing = run("orders", "import", str(tmp_path / "nope.csv"), "--json", db=db)
    assert missing.returncode == 1 and missing.stdout == "" and "nope.csv" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    other = tmp_path / "other.csv"
    other.write_text("受注番号,商品名\n1,湯呑み\n", encoding="utf-8")
    unknown = run("--lang", "en", "orders", "import", str(other), "--json", db=db)
    assert unknown.returncode == 1 and "unknown export format" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def claims_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export above imported, and two claims: about #1001 (湯呑み, 急須) and the refunded #1003 (箸)."""
    tmp_path = tmp_path_factory.mktemp("sales")
    db, export = tmp_path / "shop.db", tmp_path / "orders.csv"
    export.write_bytes(EXPORT.encode("utf-8"))
    assert run("orders", "import", str(export), "--json", db=db).returncode == 0
    services = Services.open(AppPaths(data_dir=tmp_path, db_file=db))
    try:
        with services.db.write() as session:
            session.add_all([
                Case(title="割れていた", order_number="＃1001", category="quality.damaged", device_id="d"),
                Case(title="届かない", order_number="1003", category="delivery.late", device_id="d")])
    finally:
        services.close()
    return db


def test_sales_analyses_json(claims_db: Path) -> None:
    db = claims_db
    # Counted: #1001 on 10-31 (湯呑み + 急須) and #1002 on 11-01 (箸 ×2).
    pairs = json.loads(run("sales", "pairs", "--min-support", "1", "--json", db=db).stdout)
    assert pairs == [{"a": "KY-1", "a_name": "急須", "b": "YU-1", "b_name": "湯呑み", "orders": 1,
                      "confidence": 1.0, "lift": 2.0}]
    assert json.loads(run("sales", "pairs", "--json", db=db).stdout) == []
    claims = json.loads(run("sales", "claims", "--json", db=db).stdout)
    assert claims == [
        {"sku": "KY-1", "name": "急須", "units": 1, "claims": 1, "claim_rate": 1.0,
         "categories": {"quality.damaged": 1}},
        {"sku": "YU-1", "name": "湯呑み", "units": 1, "claims": 1, "claim_rate": 1.0,
         "categories": {"quality.damaged": 1}},
        {"sku": "HA-1", "name": "箸", "units": 2, "claims": 1, "claim_rate": 0.5,
         "categories": {"delivery.late": 1}}]
    days = json.loads(run("sales", "revenue", "--by", "day", "--from", "2026-11-01", "--json", db=db).stdout)
    assert days == [{"label": "2026-11-01", "start": "2026-11-01", "revenue_yen": 1000, "orders": 1, "units": 2}]
    slow = json.loads(run("sales", "slow", "--idle-days", "4", "--limit", "1", "--json", db=db).stdout)
    # The last order day is 11-03 (#1005, cancelled): 湯呑み and 急須 last sold 3 days before, 箸 2.
    assert [(m["sku"], m["units"], m["last_sale"], m["idle_days"]) for m in slow] == [("YU-1", 1, "2026-10-31", 3)]
    assert json.loads(run("sales", "repeat", "--json", db=db).stdout) == {
        "customers": 2, "repeat_customers": 0, "rate": 0.0}


def test_sales_tables_in_both_languages(claims_db: Path) -> None:
    db = claims_db
    claims = run("--lang", "ja", "sales", "claims", db=db)
    assert claims.returncode == 0, claims.stderr
    header, *rows = claims.stdout.splitlines()
    assert header.split() == ["SKU", "商品名", "数量", "クレーム", "クレーム率", "分類"]
    assert rows[0].split() == ["KY-1", "急須", "1", "1", "100.00%", "quality.damaged", "1"]
    summary = run("--lang", "en", "sales", "summary", db=db).stdout.splitlines()
    assert summary[0] == "revenue ¥6,280  orders 2  units 4  AOV ¥3,140"
    repeat = run("--lang", "ja", "sales", "repeat", db=db).stdout.strip()
    assert repeat == "お客様 2 人のうち 2 回以上注文した方 0 人（0.0%）"
    assert run("--lang", "en", "sales", "pairs", "--from", "2027-01-01", db=db).stdout.strip() == (
        "no sales in this period")


def test_sales_usage_errors(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert run("sales", "pairs", "--min-support", "0", "--json", db=db).returncode == 2
    assert run("sales", "revenue", "--by", "year", "--json", db=db).returncode == 2
    assert run("sales", "slow", "--idle-days", "x", db=db).returncode == 2


def test_sales_chart_saves_png_and_svg_in_the_chosen_language(claims_db: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "top.png", tmp_path / "claims.svg"
    made = run("--lang", "ja", "sales", "chart", "top", "--out", str(png), "--json", db=claims_db)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout) == {"kind": "top", "path": str(png)}
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert run("--lang", "ja", "sales", "chart", "claims", "--out", str(svg), db=claims_db).returncode == 0
    text = svg.read_text(encoding="utf-8")
    assert "商品別のクレーム" in text and "急須" in text  # title and a product, as text in the SVG
    wrong = run("sales", "chart", "top", "--out", str(tmp_path / "top.gif"), db=claims_db)
    assert wrong.returncode == 1 and "gif" in wrong.stderr and not (tmp_path / "top.gif").exists()
    assert run("sales", "chart", "pie", "--out", str(png), db=claims_db).returncode == 2
