"""`orders import` and `sales summary` (issue #8's command-line contract), JSON shapes and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import run

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
