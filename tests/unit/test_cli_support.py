"""The customer, call and case commands (issue #5's command-line contract)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from test_cli import run


def test_contacts_calls_and_the_piece_they_count(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    added = run("contacts", "add", "--name", "山田 花子", "--kana", "ヤマダ ハナコ", "--email", "hanako@example.jp",
                "--phone", "03-1234-5678", "--json", db=db)
    assert added.returncode == 0, added.stderr
    contact_id = json.loads(added.stdout)["id"]
    listed = json.loads(run("contacts", "list", "--json", db=db).stdout)
    assert listed == [{"id": contact_id, "name": "山田 花子", "kana": "ヤマダ ハナコ",
                       "emails": ["hanako@example.jp"], "phones": ["03-1234-5678"]}]
    # The same number written differently finds the customer.
    logged = run("calls", "add", "--phone", "（０３）１２３４ー５６７８", "--direction", "in", "--minutes", "6",
                 "--category", "delivery.late", "--summary", "到着が遅れている", "--at", "2026-11-02T10:00:00+09:00",
                 "--json", db=db)
    assert logged.returncode == 0, logged.stderr
    call = json.loads(logged.stdout)
    assert call["contact_id"] == contact_id and call["case_id"] is None
    november = json.loads(run("calls", "list", "--month", "2026-11", "--json", db=db).stdout)
    assert [c["id"] for c in november] == [call["id"]]
    assert november[0]["minutes"] == 6 and november[0]["at"] == "2026-11-02T10:00:00+09:00"
    assert json.loads(run("calls", "list", "--month", "2026-10", "--json", db=db).stdout) == []


def test_bad_call_input_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    bad_category = run("calls", "add", "--phone", "090-1", "--direction", "in", "--minutes", "1",
                       "--category", "nonsense", "--summary", "x", db=db)
    assert bad_category.returncode == 1 and "nonsense" in bad_category.stderr
    no_case = run("calls", "add", "--phone", "090-1", "--direction", "out", "--minutes", "1",
                  "--category", "inquiry.other", "--summary", "x", "--case", "missing", db=db)
    assert no_case.returncode == 1 and "missing" in no_case.stderr
    naive = run("calls", "add", "--phone", "090-1", "--direction", "out", "--minutes", "1", "--at", "2026-11-02T10:00",
                "--category", "inquiry.other", "--summary", "x", db=db)
    assert naive.returncode == 1
    assert run("calls", "add", "--phone", "090", "--direction", "sideways", "--minutes", "1", "--category",
               "inquiry.other", "--summary", "x", db=db).returncode == 2


def test_cases_list_and_show_on_the_demo(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert run("demo", db=db).returncode == 0
    cases = json.loads(run("cases", "list", "--json", db=db).stdout)
    assert len(cases) == 30
    assert set(cases[0]) == {"id", "title", "status", "category", "contact_id", "order_number", "deadline", "updated"}
    overdue = json.loads(run("cases", "list", "--overdue", "--json", db=db).stdout)
    assert overdue and all(c["status"] not in ("resolved", "closed") for c in overdue)
    now = datetime.now(UTC)
    assert all(datetime.fromisoformat(c["deadline"]) < now for c in overdue)
    closed = json.loads(run("cases", "list", "--status", "closed", "--json", db=db).stdout)
    assert closed and {c["status"] for c in closed} == {"closed"}
    shown = json.loads(run("cases", "show", cases[0]["id"], "--json", db=db).stdout)
    assert shown["id"] == cases[0]["id"] and shown["timeline"]
    assert {e["kind"] for e in shown["timeline"]} <= {"mail", "call", "note"}
    assert run("cases", "show", "nope", "--json", db=db).returncode == 1


def test_lookup_as_you_type(tmp_path: Path) -> None:
    from desk_app.paths import AppPaths
    from desk_app.services.context import Services

    services = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "x.db"))
    try:
        hanako = services.contacts.add("山田 花子", kana="ヤマダ ハナコ", phones=["090-1234-5678"],
                                       emails=["hanako@example.jp"])
        taro = services.contacts.add("鈴木 太郎", kana="スズキ タロウ", phones=["03-1234-5678"])
        assert [c.id for c in services.contacts.lookup("０９０－１２")] == [hanako]
        assert [c.id for c in services.contacts.lookup("03")] == [taro]
        assert [c.id for c in services.contacts.lookup("スズキ")] == [taro]
        assert [c.id for c in services.contacts.lookup("hanako@")] == [hanako]
        assert services.contacts.lookup("") == []
    finally:
        services.close()
