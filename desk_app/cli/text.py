"""What the CLI prints: one sentence per error code (in ja and en: the CLI has no Qt translator) and JSON."""

from __future__ import annotations

import dataclasses
import json
import locale
import os
import sys
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths

# One sentence per error code, in both UI languages; the CLI has no Qt translator.
ERROR_TEXT: dict[ErrorCode, dict[str, str]] = {
    ErrorCode.DB_TOO_NEW: {
        "en": "the database {detail} was written by a newer version of desk_app; update desk_app to open it (the file was not changed)",
        "ja": "データベース {detail} は新しいバージョンの desk_app で作成されています。desk_app を更新してください（ファイルは変更していません）",
    },
    ErrorCode.DB_CORRUPT: {
        "en": "the database {detail} is damaged; restore a copy from its backups folder (the file was not changed)",
        "ja": "データベース {detail} が破損しています。同じ場所の backups フォルダーからコピーを戻してください（ファイルは変更していません）",
    },
    ErrorCode.DB_NOT_SQLITE: {
        "en": "{detail} is not a desk_app database (the file was not changed)",
        "ja": "{detail} は desk_app のデータベースではありません（ファイルは変更していません）",
    },
    ErrorCode.DB_UNREADABLE: {
        "en": "cannot use the database: {detail} (the file was not changed)",
        "ja": "データベースを使用できません: {detail}（ファイルは変更していません）",
    },
    ErrorCode.DISK_FULL: {
        "en": "the disk is full; nothing was lost, free some space and try again ({detail})",
        "ja": "ディスクの空きがありません。データは失われていません。空きを作ってからやり直してください（{detail}）",
    },
    ErrorCode.AUTH_FAILED: {
        "en": "the server refused the user name or password ({detail})",
        "ja": "ユーザー名またはパスワードが正しくありません（{detail}）",
    },
    ErrorCode.TLS_FAILED: {
        "en": "the secure connection failed: the server's certificate could not be verified or TLS is not offered ({detail})",
        "ja": "暗号化接続に失敗しました。サーバー証明書を確認できないか、TLS に対応していません（{detail}）",
    },
    ErrorCode.HOST_UNREACHABLE: {
        "en": "cannot reach the server; check the host name, port and network ({detail}); nothing was lost",
        "ja": "サーバーに接続できません。ホスト名・ポート・ネットワークを確認してください（{detail}）。データは失われていません",
    },
    ErrorCode.TIMEOUT: {
        "en": "the server did not answer in time ({detail}); nothing was lost",
        "ja": "サーバーが時間内に応答しませんでした（{detail}）。データは失われていません",
    },
    ErrorCode.NO_IMAP4REV1: {
        "en": "the server does not speak IMAP4rev1 ({detail})",
        "ja": "サーバーが IMAP4rev1 に対応していません（{detail}）",
    },
    ErrorCode.CONNECTION_LOST: {
        "en": "the connection was lost ({detail}); what was downloaded is kept and the next sync resumes",
        "ja": "接続が切れました（{detail}）。取得済みのデータは保存され、次回の同期で続きから再開します",
    },
    ErrorCode.NO_KEYRING: {
        "en": "no safe password store (keyring) is available on this system ({detail}); desk_app never stores passwords in plain text — use the window, which can ask for the password once per session",
        "ja": "安全なパスワード保存先（キーリング）がありません（{detail}）。パスワードを平文で保存することはしません。ウィンドウから起動すると、起動ごとに一度パスワードを入力できます",
    },
    ErrorCode.NO_PASSWORD: {
        "en": "no password is stored for {detail}; add it again with --password-stdin",
        "ja": "{detail} のパスワードが保存されていません。--password-stdin で登録し直してください",
    },
    ErrorCode.CANCELLED: {"en": "cancelled", "ja": "中止しました"},
    ErrorCode.MISSING_PLACEHOLDERS: {
        "en": "the text still has placeholders without a value: {detail} (give them with --set NAME=VALUE); nothing was queued",
        "ja": "値の入っていない差し込み項目があります: {detail}（--set 名前=値 で指定してください）。送信待ちにはしていません",
    },
    ErrorCode.UNENCODABLE: {
        "en": "ISO-2022-JP cannot carry these characters: {detail}; replace them or send as UTF-8",
        "ja": "ISO-2022-JP では送れない文字があります: {detail}。置き換えるか UTF-8 で送信してください",
    },
    ErrorCode.NO_RECIPIENTS: {"en": "the message has no recipient", "ja": "宛先がありません"},
    ErrorCode.BAD_ADDRESS: {"en": "an address cannot be used: {detail}", "ja": "使用できないアドレスがあります: {detail}"},
    ErrorCode.ATTACHMENT_UNREADABLE: {
        "en": "cannot read the attachment {detail}; nothing was queued",
        "ja": "添付ファイル {detail} を読み込めません。送信待ちにはしていません",
    },
    ErrorCode.MONTH_LOCKED: {
        "en": "{detail} is approved and locked: its pieces can no longer be added, changed or voided; record the correction as an adjustment (statement adjust --month {detail} …), which goes to the next open month",
        "ja": "{detail} は承認済みで締められています。この月の歩合は追加・変更・取り消しできません。訂正は調整として登録してください（statement adjust --month {detail} …。次の締められていない月に入ります）",
    },
    ErrorCode.MONTH_NOT_OVER: {
        "en": "{detail} is not over yet; a month can be approved once it has ended",
        "ja": "{detail} はまだ終わっていません。承認は月が終わってからできます",
    },
    ErrorCode.STATEMENT_STEP: {
        "en": "this step is not possible for the statement in its present state ({detail})",
        "ja": "この明細の今の状態ではこの操作はできません（{detail}）",
    },
    ErrorCode.PASSPHRASE_REQUIRED: {
        "en": "this is the owner's step: give the owner's passphrase with --passphrase-stdin",
        "ja": "店長（オーナー）の操作です。--passphrase-stdin でオーナーのパスフレーズを入力してください",
    },
    ErrorCode.PASSPHRASE_WRONG: {
        "en": "the owner's passphrase is wrong; nothing was changed",
        "ja": "オーナーのパスフレーズが違います。何も変更していません",
    },
    ErrorCode.OWNER_ELSEWHERE: {
        "en": "this machine trusts the owner's machine (key {detail}): the owner takes this step there",
        "ja": "この端末はオーナーの端末（鍵 {detail}）を信頼しています。この操作はオーナーの端末で行います",
    },
    ErrorCode.BUNDLE_INVALID: {
        "en": "{detail} is not a statement bundle this version of desk_app can read; nothing was imported",
        "ja": "{detail} はこのバージョンの desk_app で読める支払明細バンドルではありません。何も取り込んでいません",
    },
    ErrorCode.BUNDLE_TAMPERED: {
        "en": "{detail} does not match its checksum: it was changed after it was exported; nothing was imported (ask the agent to export it again)",
        "ja": "{detail} のチェックサムが一致しません。書き出した後に変更されています。何も取り込んでいません（担当者に書き出し直してもらってください）",
    },
    ErrorCode.EXPORT_UNENCODABLE: {
        "en": "cp932 cannot hold these characters: {detail}; export as UTF-8 instead (nothing was written)",
        "ja": "cp932 では書き出せない文字があります: {detail}。UTF-8 で書き出してください（ファイルは作成していません）",
    },
    ErrorCode.NOT_AVAILABLE: {
        "en": "{detail} is not available in this version yet",
        "ja": "{detail} はこのバージョンではまだ使えません",
    },
    ErrorCode.NOT_FOUND: {"en": "not found: {detail}", "ja": "見つかりません: {detail}"},
    ErrorCode.INVALID_INPUT: {"en": "invalid input: {detail}", "ja": "入力が正しくありません: {detail}"},
}

# Sentences of the manual commands, in both UI languages.
MANUAL_TEXT: dict[str, dict[str, str]] = {
    "no_section": {
        "en": "the manual has no section with the id {id} (`manual list` shows the ids)",
        "ja": "マニュアルに ID が {id} の項目はありません（ID の一覧は `manual list` で確認できます）",
    },
    "file_skipped": {
        "en": "a manual file was skipped because it cannot be used: {error}",
        "ja": "使用できないマニュアルのファイルを読み飛ばしました: {error}",
    },
}


def manual_sentence(key: str, lang: str, **values: str) -> str:
    texts = MANUAL_TEXT[key]
    return texts.get(lang, texts["en"]).format(**values)


def system_language(env: dict[str, str] | None = None) -> str:
    """`ja` when the system locale is Japanese, else `en`."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if env.get(var):
            return "ja" if env[var].lower().startswith("ja") else "en"
    code = locale.getlocale()[0] or ""
    return "ja" if code.lower().startswith("ja") else "en"


def describe_failure(exc: BaseException, paths: AppPaths, lang: str) -> str:
    """One line for an unexpected failure, naming disk-full and damaged-file cases plainly."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "disk is full" in lowered or getattr(exc, "errno", None) == 28:
        return error_sentence(DeskAppError(ErrorCode.DISK_FULL, str(paths.db_file)), lang)
    if "malformed" in lowered or "not a database" in lowered:
        return error_sentence(DeskAppError(ErrorCode.DB_CORRUPT, str(paths.db_file)), lang)
    return f"{type(exc).__name__}: {text}"


def error_sentence(error: DeskAppError, lang: str) -> str:
    texts = ERROR_TEXT.get(error.code, {"en": "{detail}", "ja": "{detail}"})
    return texts.get(lang, texts["en"]).format(detail=error.detail)


# --- JSON output -------------------------------------------------------------------------------


def to_jsonable(value: Any, zone: ZoneInfo) -> Any:
    """Dataclasses, datetimes (ISO 8601 with offset, in the desk's zone) and dates to JSON types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name), zone) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_jsonable(v, zone) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v, zone) for v in value]
    return value


def print_json(value: Any, zone: ZoneInfo) -> None:
    json.dump(to_jsonable(value, zone), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


