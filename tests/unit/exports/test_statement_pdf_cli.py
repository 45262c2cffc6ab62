"""`statement --month M --pdf FILE` through `python -m desk_app`: headless, no Qt, a real PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pdf_reader import Poppler


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    """The command with a PySide6 that cannot be imported first on the path: the CLI imports no Qt."""
    no_qt = db.parent / "no-qt"
    (no_qt / "PySide6").mkdir(parents=True, exist_ok=True)
    (no_qt / "PySide6" / "__init__.py").write_text('raise ImportError("the CLI must not import Qt")\n')
    env = dict(os.environ, DESK_APP_HOME=str(db.parent / "home"), LANG="C.UTF-8", PYTHONPATH=str(no_qt))
    env.pop("DESK_APP_DB", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "desk_app", "--db", str(db), *args], check=False,
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def ok(*args: str, db: Path) -> str:
    done = run(*args, db=db)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_statement_command_writes_the_pdf(tmp_path: Path, poppler: Poppler) -> None:
    db = tmp_path / "shop.db"
    ok("rates", "set", "--from", "2026-10-01", "--agent", "hanako", "--rate", "shipment=80", "--rate", "return=120",
       "--tax-percent", "10", db=db)
    ok("work", "add", "--kind", "shipment", "--qty", "40", "--at", "2026-11-05T10:00:00+09:00", "--agent", "hanako",
       db=db)
    ok("work", "add", "--kind", "return", "--at", "2026-11-20T15:00:00+09:00", "--agent", "hanako", db=db)
    figures = json.loads(ok("statement", "--month", "2026-11", "--agent", "hanako", "--json", db=db))
    assert figures["total_yen"] == 3_652  # (40 × 80 + 120) + 10%

    pdf = tmp_path / "out" / "hanako-2026-11.pdf"
    pdf.parent.mkdir()
    printed = ok("--lang", "ja", "statement", "--month", "2026-11", "--agent", "hanako", "--pdf", str(pdf), db=db)
    assert printed.strip() == str(pdf) and pdf.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in pdf.parent.iterdir()] == [pdf.name]  # no temporary file left beside it
    text = poppler.text(pdf)
    assert "¥3,652" in text and "hanako" in text and "2026年11月分" in text and "支払明細書" in text
    assert all(embedded == "yes" for _name, embedded in poppler.fonts(pdf))


def test_a_pdf_that_cannot_be_written_is_one_line_and_exit_1(tmp_path: Path) -> None:
    done = run("statement", "--month", "2026-11", "--pdf", str(tmp_path / "no-such-folder" / "x.pdf"),
               db=tmp_path / "shop.db")
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
