"""The rates, work and statement commands (issue #6's command-line contract), through `python -m desk_app`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "tencho-2026"


def run(*args: str, db: Path, stdin: str = "", lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESK_APP_HOME=str(db.parent / "home"), LANG="C.UTF-8")
    env.pop("DESK_APP_DB", None)
    return subprocess.run([sys.executable, "-m", "desk_app", "--db", str(db), "--lang", lang, *args],
                          input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def ok(*args: str, db: Path, stdin: str = "", lang: str = "en") -> str:
    done = run(*args, db=db, stdin=stdin, lang=lang)
    assert done.returncode == 0, done.stderr
    return done.stdout


def failed(*args: str, db: Path, stdin: str = "", lang: str = "en") -> str:
    done = run(*args, db=db, stdin=stdin, lang=lang)
    assert done.returncode == 1 and done.stdout == "", (done.returncode, done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    return done.stderr


@pytest.fixture(scope="module")
def october(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An agent's October 2026: a rate change on the 16th, shipments, a call, a known customer."""
    db = tmp_path_factory.mktemp("statement") / "agent.db"
    ok("rates", "set", "--from", "2026-09-01", "--agent", "hanako", "--rate", "email_reply=150", "--rate",
       "call_in=200", "--rate", "shipment=80", "--json", db=db)
    changed = json.loads(ok("rates", "set", "--from", "2026-10-16", "--agent", "hanako", "--rate", "shipment=90",
                            "--tax-percent", "10", "--json", db=db))
    assert changed["rates"] == {"call_in": 200, "email_reply": 150, "shipment": 90}  # the others kept
    assert changed["tax_mode"] == "exclusive" and changed["tax_rate_percent"] == 10
    customer = json.loads(ok("contacts", "add", "--name", "山田 花子", "--phone", "03-1234-5678", "--json", db=db))
    ok("calls", "add", "--phone", "03-1234-5678", "--direction", "in", "--minutes", "3", "--category",
       "inquiry.shipping", "--summary", "配送日", "--at", "2026-10-05T10:00:00+09:00", "--agent", "hanako", db=db)
    ok("work", "add", "--kind", "shipment", "--qty", "4", "--at", "2026-10-15T23:30:00+09:00", "--agent", "hanako",
       db=db)
    piece = json.loads(ok("work", "add", "--kind", "shipment", "--qty", "3", "--at", "2026-10-16T00:30:00+09:00",
                          "--agent", "hanako", "--note", "=HYPERLINK(\"http://evil\")", "--json", db=db))
    assert set(piece) >= {"id", "kind", "quantity", "at", "day", "note"}
    assert (piece["kind"], piece["quantity"], piece["day"]) == ("shipment", 3, "2026-10-16")
    assert piece["at"] == "2026-10-16T00:30:00+09:00"
    (db.parent / "customer").write_text(customer["id"], encoding="utf-8")
    return db


def test_statement_json_is_exactly_the_contract(october: Path) -> None:
    document = json.loads(ok("statement", "--month", "2026-10", "--agent", "hanako", "--json", db=october))
    customer = (october.parent / "customer").read_text(encoding="utf-8")
    assert document == {
        "agent": "hanako",
        "month": "2026-10",
        "status": "draft",
        "lines": [
            {"kind": "call_in", "rate_yen": 200, "count": 1, "amount_yen": 200},
            {"kind": "shipment", "rate_yen": 80, "count": 4, "amount_yen": 320},
            {"kind": "shipment", "rate_yen": 90, "count": 3, "amount_yen": 270},
        ],
        "adjustments": [],
        "subtotal_yen": 790,
        "tax_rate_percent": 10,
        "tax_yen": 79,
        "total_yen": 869,
        "by_contact": [
            {"contact_id": customer, "name": "山田 花子", "count": 1, "amount_yen": 200},
            {"contact_id": None, "name": "", "count": 7, "amount_yen": 590},
        ],
    }


def test_csv_has_a_bom_escapes_formulas_and_speaks_cp932_on_request(october: Path, tmp_path: Path) -> None:
    utf8 = tmp_path / "oct.csv"
    ok("statement", "--month", "2026-10", "--agent", "hanako", "--csv", str(utf8), db=october, lang="ja")
    data = utf8.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "発送,90,3,270\r\n" in text and "合計（円）,869\r\n" in text
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    sjis = tmp_path / "oct-sjis.csv"
    ok("statement", "--month", "2026-10", "--agent", "hanako", "--csv", str(sjis), "--encoding", "cp932", db=october,
       lang="ja")
    assert not sjis.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "電話（着信）,200,1,200" in sjis.read_bytes().decode("cp932")


def test_usage_errors(october: Path) -> None:
    assert run("statement", "--json", db=october).returncode == 2
    assert run("statement", "--month", "2026-10", "--json", "--csv", "x.csv", db=october).returncode == 2
    assert run("rates", "set", "--from", "2026-10-01", "--rate", "shipment", db=october).returncode == 2


def test_bad_input_is_one_line(october: Path) -> None:
    assert "email_reply" in failed("work", "add", "--kind", "email_reply", "--agent", "hanako", db=october)
    assert "registration number" in failed("rates", "set", "--from", "2026-11-01", "--agent", "hanako",
                                           "--registration-number", "T7010705000726", db=october)
    assert "2026-13" in failed("statement", "--month", "2026-13", "--json", db=october)


def test_owner_steps_passphrase_lock_and_correction(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    ok("rates", "set", "--from", "2026-09-01", "--rate", "shipment=100", "--registration-number",
       "Ｔ７０１０７０５０００７２５", db=db)
    ok("work", "add", "--kind", "shipment", "--qty", "10", "--at", "2026-09-10T12:00:00+09:00", db=db)
    ok("owner", "set-passphrase", "--passphrase-stdin", db=db, stdin=f"{PASSPHRASE}\n")
    submitted = json.loads(ok("statement", "submit", "--month", "2026-09", "--json", db=db))
    assert (submitted["status"], submitted["total_yen"]) == ("submitted", 1_100)
    assert "passphrase-stdin" in failed("statement", "approve", "--month", "2026-09", db=db)
    assert "wrong" in failed("statement", "approve", "--month", "2026-09", "--passphrase-stdin", db=db,
                             stdin="guess\n")
    assert "パスフレーズが違います" in failed("statement", "approve", "--month", "2026-09", "--passphrase-stdin", db=db,
                                   stdin="guess\n", lang="ja")
    assert "wrong" in failed("rates", "set", "--from", "2026-10-01", "--rate", "shipment=120", "--passphrase-stdin",
                             db=db, stdin="guess\n")
    approved = json.loads(ok("statement", "approve", "--month", "2026-09", "--passphrase-stdin", "--json", db=db,
                             stdin=f"{PASSPHRASE}\n"))
    assert approved["status"] == "approved"
    assert "2026-09" in failed("work", "add", "--kind", "shipment", "--at", "2026-09-30T09:00:00+09:00", db=db)
    moved = json.loads(ok("statement", "adjust", "--month", "2026-09", "--amount-yen", "-100", "--reason",
                          "one shipment counted twice", "--json", db=db))
    assert (moved["month"], moved["reference"], moved["moved_from"]) == ("2026-10", "2026-09", "2026-09")
    october = json.loads(ok("statement", "--month", "2026-10", "--json", db=db))
    assert october["adjustments"] == [{"reason": "one shipment counted twice", "amount_yen": -100}]
    assert ok("owner", "verify", "--passphrase-stdin", db=db, stdin=f"{PASSPHRASE}\n")
    paid = json.loads(ok("statement", "paid", "--month", "2026-09", "--on", "2026-10-25", "--passphrase-stdin",
                         "--json", db=db, stdin=f"{PASSPHRASE}\n"))
    assert paid["status"] == "paid" and paid["total_yen"] == 1_100
    listed = json.loads(ok("statement", "list", "--json", db=db))
    assert [(s["month"], s["status"], s["paid_on"]) for s in listed] == [("2026-10", "draft", None),
                                                                          ("2026-09", "paid", "2026-10-25")]


def test_bundle_export_import_and_tampering(october: Path, tmp_path: Path) -> None:
    ok("statement", "submit", "--month", "2026-10", "--agent", "hanako", db=october)
    exported = json.loads(ok("statement", "export", "--month", "2026-10", "--agent", "hanako", "--out",
                             str(tmp_path / "bundle"), "--json", db=october))
    bundle = Path(exported["file"])
    assert bundle == tmp_path / "bundle" / "hanako-2026-10.json"
    tampered = bundle.with_name("tampered.json")
    tampered.write_text(bundle.read_text(encoding="utf-8").replace('"quantity": 4', '"quantity": 40'),
                        encoding="utf-8")
    owner = tmp_path / "owner.db"
    assert "checksum" in failed("statement", "import", str(tampered), db=owner)
    assert json.loads(ok("statement", "list", "--json", db=owner)) == []
    done = json.loads(ok("statement", "import", str(bundle), "--json", db=owner))
    assert (done["agent"], done["month"], done["status"], done["pieces_added"]) == ("hanako", "2026-10", "submitted", 3)
    assert done["totals_match"] and done["total_yen"] == 869
    again = json.loads(ok("statement", "import", str(bundle), "--json", db=owner))
    assert (again["pieces_added"], again["pieces_unchanged"]) == (0, 3)
    review = json.loads(ok("statement", "--month", "2026-10", "--agent", "hanako", "--json", db=owner))
    assert review["total_yen"] == 869 and review["by_contact"][0]["name"] == "山田 花子"
    sent_back = json.loads(ok("statement", "send-back", "--month", "2026-10", "--agent", "hanako", "--comment",
                              "通話の内容を確認させてください", "--json", db=owner))
    assert sent_back["status"] == "draft"
