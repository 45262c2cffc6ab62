"""Helpers for the sync benchmark: a big Japanese mailbox written straight into Dovecot's Maildir,
mbsync as the reference, a 100k-message copy of the db for search, and the results table.

Used only by tests/perf (benchmarks, not tests: they print figures and do not fail on a missed
target, but they do check that what they measured is real).
"""

from __future__ import annotations

import imaplib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desk_app.mail.compose import build_message

ROOT = Path(__file__).resolve().parents[2]

# --- the mailbox ------------------------------------------------------------------------------

JA_SENTENCES = [
    "いつもお世話になっております。",
    "先日注文した商品についてご連絡いたします。",
    "本日商品が届きましたが、箱の角がつぶれていました。",
    "中のマグカップの縁に小さな傷がありました。",
    "交換していただくことは可能でしょうか。",
    "サイズが合わなかったので返品したいと考えています。",
    "返品の送料はどちらの負担になりますか。",
    "一週間前に注文したのですが、まだ商品が届きません。",
    "配送状況を確認していただけますでしょうか。",
    "注文番号は下記のとおりです。",
    "色違いの商品が届いたようです。",
    "ギフト用の包装をお願いしていたのですが、包装されていませんでした。",
    "領収書の発行をお願いできますか。",
    "宛名は株式会社ひだまり商店でお願いします。",
    "在庫が戻る予定があれば教えてください。",
    "クーポンが適用されていないようです。",
    "支払い方法を代金引換から銀行振込に変更したいです。",
    "届いた商品の説明書が入っていませんでした。",
    "電話がつながらなかったのでメールにて失礼いたします。",
    "お忙しいところ恐れ入りますが、よろしくお願いいたします。",
    "写真を添付しますのでご確認ください。",
    "以前にも同じ商品を購入して、とても気に入っています。",
    "次回の入荷はいつ頃になりますか。",
    "キャンセルの手続きについて教えてください。",
    "到着日を来週の土曜日に変更できますか。",
    "お返事をお待ちしております。",
]
EN_SENTENCES = [
    "Hello, I ordered a teapot from your shop last week.",
    "The parcel arrived today but the lid was cracked.",
    "I would like a refund or a replacement, please.",
    "Could you send me the tracking number for my order?",
    "The TV stand I bought is missing two screws.",
    "Thank you for your help.",
    "Please let me know what I should do next.",
    "I have attached a photo of the damage.",
]
JA_SUBJECTS = [
    "ご注文 #{n} について", "商品に傷がありました（注文 {n}）", "返品のお願い {n}", "荷物が届きません #{n}",
    "交換の可否について", "領収書発行のお願い", "在庫の確認 {n}", "支払い方法の変更について",
    "Re: ご注文 #{n} について", "キャンセルしたいです",
]
EN_SUBJECTS = ["Refund request for order {n}", "Damaged item #{n}", "Where is my order {n}?", "TV stand parts"]
FAMILY = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"]
GIVEN = ["花子", "太郎", "一郎", "美咲", "健太", "陽子", "大輔", "さくら", "翔", "恵"]

BASE_DATE = datetime(2026, 11, 1, 0, 0, tzinfo=UTC)
ATTACHMENT_BYTES = 20 * 1024


def make_message(n: int, rng: random.Random) -> tuple[bytes, datetime]:
    """Message number `n`: Japanese (every third ISO-2022-JP, else UTF-8) or English (one in eight),
    every tenth with a 20 KB attachment; a body of 600–1,900 characters with a quoted earlier mail."""
    when = BASE_DATE - timedelta(minutes=43 * (10_000 - n) + rng.randrange(40))
    english = n % 8 == 5
    if english:
        sentences = [rng.choice(EN_SENTENCES) for _ in range(rng.randrange(6, 18))]
        name, address = f"Customer {n}", f"customer{n}@example.com"
        subject = rng.choice(EN_SUBJECTS).format(n=100_000 + n)
        charset = "utf-8"
        text = " ".join(sentences)
    else:
        sentences = [rng.choice(JA_SENTENCES) for _ in range(rng.randrange(18, 54))]
        name = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        address = f"user{n}@example.jp"
        subject = rng.choice(JA_SUBJECTS).format(n=100_000 + n)
        charset = "iso-2022-jp" if n % 3 == 0 else "utf-8"
        lines = ["".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        quoted = [f"> {rng.choice(JA_SENTENCES)}" for _ in range(rng.randrange(8, 24))]
        text = f"ひだまり商店 御中\n\n" + "\n".join(lines) + f"\n\n{name}\n\n" + "\n".join(quoted) + "\n"
    attachments = []
    if n % 10 == 0:
        attachments = [(f"photo{n}.jpg", "image/jpeg", rng.randbytes(ATTACHMENT_BYTES))]
    raw = build_message(
        from_name=name, from_address=address, to=["ひだまり商店 <support@example.jp>"], subject=subject,
        text=text, date=when, message_id=f"<bench{n}@example.jp>", charset=charset, attachments=attachments,
    )
    return raw, when


def write_maildir(cur: Path, count: int, *, start: int = 0, uid: int = -1, gid: int = -1,
                  seed: int = 20261101) -> int:
    """Write `count` messages as Maildir files into `cur` (a Maildir's cur/ or new/); returns bytes written.

    File names carry S= and W= (the messages are CRLF, so both are the byte size) and the flags
    (`:2,S` for 70 % of them, some F and R), and each file's mtime is its INTERNALDATE.
    """
    rng = random.Random(seed + start)
    total = 0
    pid = os.getpid()
    in_new = cur.name == "new"
    for n in range(start, start + count):
        raw, when = make_message(n, rng)
        flags = ""
        roll = rng.random()
        if roll < 0.2:
            flags = "RS"
        elif roll < 0.7:
            flags = "S"
        if rng.random() < 0.05:
            flags = "F" + flags
        name = f"{int(when.timestamp())}.M{n:06d}P{pid}.bench,S={len(raw)},W={len(raw)}"
        if not in_new:
            name += f":2,{flags}"
        path = cur / name
        path.write_bytes(raw)
        stamp = when.timestamp()
        os.utime(path, (stamp, stamp))
        if uid >= 0:
            os.chown(path, uid, gid)
        total += len(raw)
    return total


# --- the server ---------------------------------------------------------------------------------


@dataclass
class BenchMailbox:
    server: Any  # dovecot_server.DovecotServer
    user: str
    password: str
    messages: int
    bytes: int
    seconds_to_build: float

    def imap(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.server.port)
        conn.login(self.user, self.password)
        return conn


def append_new(mailbox: BenchMailbox, raws: list[bytes]) -> None:
    conn = mailbox.imap()
    try:
        for raw in raws:
            status, _ = conn.append("INBOX", None, None, raw)
            assert status == "OK"
    finally:
        conn.logout()


def flag_unflagged(mailbox: BenchMailbox, count: int) -> list[int]:
    """Add \\Flagged to `count` messages that lack it, in one UID STORE; returns their UIDs."""
    conn = mailbox.imap()
    try:
        conn.select("INBOX")
        _, data = conn.uid("SEARCH", None, "UNFLAGGED")
        uids = [int(u) for u in data[0].split()][:count]
        assert len(uids) == count
        status, _ = conn.uid("STORE", ",".join(map(str, uids)), "+FLAGS.SILENT", r"(\Flagged)")
        assert status == "OK"
        return uids
    finally:
        conn.logout()


# --- mbsync --------------------------------------------------------------------------------------


def ensure_mbsync() -> str | None:
    """Path of mbsync, installing Debian's isync when missing and we are root; None if unavailable."""
    found = shutil.which("mbsync")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "isync"]
    if subprocess.run(install, capture_output=True, env=env).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env)
        subprocess.run(install, capture_output=True, env=env)
    return shutil.which("mbsync")


@dataclass
class Mbsync:
    """mbsync pulling one account from the bench server into a Maildir in `folder`."""

    binary: str
    folder: Path
    port: int
    user: str
    password: str

    def __post_init__(self) -> None:
        self.maildir = self.folder / "mail"
        self.maildir.mkdir(parents=True, exist_ok=True)
        (self.folder / "state").mkdir(exist_ok=True)
        self.rc = self.folder / "mbsyncrc"
        self.rc.write_text(
            "IMAPAccount bench\n"
            "Host 127.0.0.1\n"
            f"Port {self.port}\n"
            f"User {self.user}\n"
            f"Pass {self.password}\n"
            "SSLType None\n"
            "AuthMechs LOGIN\n"
            "PipelineDepth 50\n\n"
            "IMAPStore remote\nAccount bench\n\n"
            f"MaildirStore local\nPath {self.maildir}/\nInbox {self.maildir}/INBOX\nSubFolders Verbatim\n\n"
            "Channel bench\nFar :remote:\nNear :local:\nPatterns *\nCreate Near\nSync Pull\n"
            f"SyncState {self.folder / 'state'}/\n"
        )

    def run(self) -> float:
        """One mbsync run; returns its wall time in seconds."""
        started = time.perf_counter()
        done = subprocess.run([self.binary, "-q", "-c", str(self.rc), "bench"], capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"mbsync failed ({done.returncode}): {done.stderr}")
        return elapsed

    def inbox_count(self) -> int:
        return sum(len(os.listdir(self.maildir / "INBOX" / d)) for d in ("cur", "new"))


# --- 100k messages for search ---------------------------------------------------------------------


def multiply_messages(db_path: Path, copies: int) -> int:
    """Copy every stored message `copies` more times (into archive folders of the same account,
    dated a year earlier per copy), indexed for search as the app indexes new mail. Returns the total
    message count. Sources and attachments are not copied: search reads neither."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(messages)") if r[1] not in ("id", "folder_id", "date")]
        account_id, = conn.execute("SELECT account_id FROM messages LIMIT 1").fetchone()
        originals = conn.execute("SELECT max(id) FROM messages").fetchone()[0]
        cols = ", ".join(f'"{c}"' for c in columns)
        for copy in range(1, copies + 1):
            cur = conn.execute(
                "INSERT INTO folders (account_id, name, delimiter, role) VALUES (?, ?, '/', NULL)",
                (account_id, f"Archive/{copy}"),
            )
            folder_id = cur.lastrowid
            # Dates are fixed-width ISO text (the app's UtcDateTime): move them back whole years.
            conn.execute(
                f'INSERT INTO messages (folder_id, date, {cols}) '
                "SELECT ?, printf('%04d', CAST(substr(date, 1, 4) AS INTEGER) - ?) || substr(date, 5), "
                f"{cols} FROM messages WHERE id <= ?",
                (folder_id, copy, originals),
            )
            conn.execute(
                "INSERT INTO messages_fts(rowid, subject, from_name, from_address, text) "
                "SELECT id, subject, from_name, from_address, text FROM messages WHERE folder_id = ?",
                (folder_id,),
            )
            conn.commit()
        return conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    finally:
        conn.close()


# --- the table --------------------------------------------------------------------------------------


@dataclass
class Row:
    figure: str
    measured: float | None
    unit: str
    target: float | None  # an absolute limit in `unit`, or None
    ratio_target: float | None = None  # a limit as a multiple of mbsync's figure
    mbsync: float | None = None

    def limit(self) -> float | None:
        if self.ratio_target is not None:
            return self.ratio_target * self.mbsync if self.mbsync else None
        return self.target

    def verdict(self) -> str:
        limit = self.limit()
        if self.measured is None or limit is None:
            return "n/a"
        return "PASS" if self.measured <= limit else "FAIL"


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def render_table(rows: list[Row], reference: str = "mbsync") -> str:
    """The figures beside their targets; `reference` names the tool in the `mbsync` column
    (Row.mbsync holds that tool's figure, e.g. pandas' for the sales benchmark)."""
    header = ("figure", "measured", "target", reference, "ratio", "result")
    lines = []
    for row in rows:
        if row.ratio_target is not None:
            limit = row.limit()
            target = f"≤ {row.ratio_target:g}× {reference}" + (f" ({_fmt(limit, row.unit)})" if limit else "")
        elif row.target is not None:
            target = "< " + _fmt(row.target, row.unit)
        else:
            target = "(for reference)"
        ratio = f"{row.measured / row.mbsync:.2f}×" if row.measured is not None and row.mbsync else "—"
        lines.append((row.figure, _fmt(row.measured, row.unit), target, _fmt(row.mbsync, row.unit), ratio,
                      row.verdict()))
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines, strict=True)]
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)),
           "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(out)


def run_python(script: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, str(script), *args], input=stdin, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=1800,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script.name} failed: {done.stderr[-3000:]}")
    return done.stdout
