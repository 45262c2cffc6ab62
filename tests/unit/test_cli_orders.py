"""`orders profile save|list|delete` and `orders import --format PROFILE`: JSON shapes, wording, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import run

BASE_EXPORT = (
    "注文ID,注文日時,氏名,商品名,商品コード,価格,数量,ステータス\r\n"
    "B-1,2026/11/02 10:00,山田 花子,湯呑み,YU-1,\"1,980\",2,発送済み\r\n"
    "B-1,2026/11/02 10:00,山田 花子,急須,KY-1,3300,1,発送済み\r\n"
    "B-2,2026/11/03 10:00,髙橋 一郎,箸,HA-1,500,x,発送済み\r\n"
    "B-3,2026/11/04 10:00,佐藤 恵,皿,SA-1,800,1,キャンセル\r\n"
)
MAPS = ["--map", "number=注文ID", "--map", "date=注文日時", "--map", "customer=氏名", "--map", "product=商品名",
        "--map", "sku=商品コード", "--map", "unit_price=価格", "--map", "quantity=数量", "--map", "status=ステータス"]


def test_profile_save_list_import_and_delete(tmp_path: Path) -> None:
    db, export = tmp_path / "shop.db", tmp_path / "base.csv"
    export.write_bytes(BASE_EXPORT.encode("cp932"))
    saved = run("orders", "profile", "save", "BASE", *MAPS, "--cancelled-value", "キャンセル", "--json", db=db)
    assert saved.returncode == 0, saved.stderr
    base = {"name": "BASE",
            "columns": {"number": "注文ID", "date": "注文日時", "sku": "商品コード", "product": "商品名",
                        "quantity": "数量", "unit_price": "価格", "customer": "氏名", "status": "ステータス"},
            "cancelled_values": ["キャンセル"]}
    assert json.loads(saved.stdout) == base
    assert list(json.loads(saved.stdout)["columns"]) == list(base["columns"])  # in the fields' order
    listed = run("orders", "profile", "list", "--json", db=db)
    assert json.loads(listed.stdout) == [base]

    done = run("--lang", "en", "orders", "import", str(export), "--format", "BASE", "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"orders": 2, "lines": 3, "updated": 0,
                                       "skipped": [{"line": 4, "reason": "not a quantity: x"}]}
    again = run("--lang", "en", "orders", "import", str(export), db=db)  # auto finds the profile
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("2 orders (3 lines) imported as BASE, 2 of them updated; 1 rows skipped")
    summary = json.loads(run("sales", "summary", "--json", db=db).stdout)
    assert (summary["orders"], summary["revenue_yen"]) == (1, 2 * 1980 + 3300)  # B-3 was cancelled

    deleted = run("--lang", "en", "orders", "profile", "delete", "BASE", db=db)
    assert (deleted.returncode, deleted.stdout.strip()) == (0, "column mapping BASE deleted")
    assert json.loads(run("orders", "profile", "list", "--json", db=db).stdout) == []
    assert run("--lang", "ja", "orders", "profile", "list", db=db).stdout.strip() == "保存済みの列の対応付けはありません"


def test_profile_and_format_errors(tmp_path: Path) -> None:
    db, export = tmp_path / "shop.db", tmp_path / "base.csv"
    export.write_bytes(BASE_EXPORT.encode("cp932"))
    not_a_field = run("orders", "profile", "save", "X", "--map", "colour=色", db=db)
    assert not_a_field.returncode == 2 and "colour" in not_a_field.stderr
    incomplete = run("--lang", "en", "orders", "profile", "save", "X", "--map", "number=注文ID", "--json", db=db)
    assert incomplete.returncode == 1 and incomplete.stdout == ""
    assert "needs a column for: date, sku or product, quantity, unit_price or line_total" in incomplete.stderr
    reserved = run("--lang", "ja", "orders", "profile", "save", "shopify", *MAPS, db=db)
    assert reserved.returncode == 1 and "名前に使えません" in reserved.stderr

    unknown = run("--lang", "en", "orders", "import", str(export), "--format", "MakeShop", "--json", db=db)
    assert unknown.returncode == 1 and "no import format or column mapping is called MakeShop" in unknown.stderr
    run("orders", "profile", "save", "Short", *MAPS, "--map", "email=メールアドレス", db=db)
    missing = run("--lang", "en", "orders", "import", str(export), "--format", "Short", "--json", db=db)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert "Short lacks メールアドレス; nothing was imported" in missing.stderr
    absent = run("orders", "profile", "delete", "Nope", db=db)
    assert absent.returncode == 1 and "Nope" in absent.stderr
    assert json.loads(run("sales", "summary", "--json", db=db).stdout)["orders"] == 0
