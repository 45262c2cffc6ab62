"""The sync engine against a real Dovecot, with and without CONDSTORE/QRESYNC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import Mailbox, _require_dovecot, corpus_message
from dovecot_server import NO_CONDSTORE_CAPS, DovecotServer

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.mail import sync as sync_module
from desk_app.mail.compose import build_message
from desk_app.services.context import Services

BASE = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def mail(n: int, *, subject: str | None = None, charset: str = "utf-8", mid: str | None = None) -> bytes:
    return build_message(
        from_name="山田 花子", from_address="hanako@example.jp", to=["support@example.jp"],
        subject=subject or f"ご注文 #{1000 + n} について",
        text=f"{n} 番目のお問い合わせです。商品が届きません。", date=BASE + timedelta(minutes=n),
        message_id=mid or f"<m{n}@example.jp>", charset=charset,
    )


def inbox_rows(services: Services) -> list:
    return services.mail.list(folder="INBOX")


def test_first_sync_stores_every_message_newest_first(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 26):
        mailbox.append(mail(n, charset="iso-2022-jp" if n % 3 == 0 else "utf-8"))
    monkeypatch.setattr(sync_module, "BODY_BATCH_COUNT", 10)
    batches: list[list[int]] = []
    report = services.sync.sync_account(synced_account, stored=batches.append)
    assert report.new == 25
    rows = inbox_rows(services)
    assert len(rows) == 25
    assert sorted(r.uid for r in rows) == list(range(1, 26))
    # The first batch stored holds the newest mail, so it is readable first.
    first = {r.id: r.uid for r in services.mail.summaries(batches[0])}
    assert max(first.values()) == 25 and len(batches) == 3
    subjects = {r.subject for r in rows}
    assert "ご注文 #1003 について" in subjects  # an ISO-2022-JP subject, decoded
    folders = {f.name: f.role for f in services.mail.folders() if f.account == "shop"}
    assert folders["INBOX"] == "inbox" and folders["Sent"] == "sent" and folders["Trash"] == "trash"


def test_incremental_sync_adds_only_new_and_nothing_twice(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    for n in range(1, 6):
        mailbox.append(mail(n))
    services.sync.sync_account(synced_account)
    for n in range(6, 9):
        mailbox.append(mail(n))
    report = services.sync.sync_account(synced_account)
    assert report.new == 3
    assert len(inbox_rows(services)) == 8
    again = services.sync.sync_account(synced_account)
    assert (again.new, again.flags_updated, again.removed) == (0, 0, 0)
    assert len(inbox_rows(services)) == 8


def test_flags_flow_both_ways(services: Services, mailbox: Mailbox, synced_account: AccountInfo) -> None:
    for n in range(1, 4):
        mailbox.append(mail(n))
    services.sync.sync_account(synced_account)
    by_uid = {r.uid: r for r in inbox_rows(services)}
    # Server → local.
    conn = mailbox.imap()
    conn.select("INBOX")
    conn.uid("STORE", "1", "+FLAGS", r"(\Seen \Flagged)")
    conn.logout()
    report = services.sync.sync_account(synced_account)
    assert report.flags_updated == 1
    refreshed = {r.uid: r for r in inbox_rows(services)}
    assert refreshed[1].seen and refreshed[1].flagged and not refreshed[2].seen
    # Local → server.
    assert services.mail.mark_seen(by_uid[2].id)
    assert services.mail.set_flag(by_uid[3].id, "\\Flagged", True)
    report = services.sync.sync_account(synced_account)
    assert report.actions_pushed == 2
    server = mailbox.flags()
    assert "\\Seen" in server[2] and "\\Flagged" in server[3]
    assert "\\Seen" not in server[3]


def test_offline_changes_are_replayed_after_reconnect(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    mailbox.append(mail(1))
    services.sync.sync_account(synced_account)
    row = inbox_rows(services)[0]
    mailbox.server.stop()
    try:
        services.mail.mark_seen(row.id)  # offline: stored, queued
        with pytest.raises(DeskAppError) as failed:
            services.sync.sync_account(synced_account)
        assert failed.value.code in (ErrorCode.HOST_UNREACHABLE, ErrorCode.CONNECTION_LOST)
        assert services.mail.summaries([row.id])[0].seen  # nothing lost locally
    finally:
        mailbox.server.start()
    report = services.sync.sync_account(synced_account)
    assert report.actions_pushed == 1
    assert "\\Seen" in mailbox.flags()[1]


def test_server_expunge_removes_the_local_copy(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    for n in range(1, 5):
        mailbox.append(mail(n))
    services.sync.sync_account(synced_account)
    conn = mailbox.imap()
    conn.select("INBOX")
    conn.uid("STORE", "2", "+FLAGS", r"(\Deleted)")
    conn.expunge()
    conn.logout()
    report = services.sync.sync_account(synced_account)
    assert report.removed == 1
    assert sorted(r.uid for r in inbox_rows(services)) == [1, 3, 4]


def test_uidvalidity_change_resyncs_without_duplicates_or_lost_links(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    conn = mailbox.imap()
    conn.create("Claims")
    conn.logout()
    raws = [mail(n) for n in range(1, 4)] + [mail(9, mid="<dup@example.jp>"), mail(10, mid="<dup@example.jp>")]
    for raw in raws:
        mailbox.append(raw, folder="Claims")
    services.sync.sync_account(synced_account)
    before = {r.id: r.message_id for r in services.mail.list(folder="Claims")}
    assert len(before) == 5
    # Recreate the folder: the server gives it a new UIDVALIDITY and new UIDs.
    old_validity = _uidvalidity(mailbox, "Claims")
    while True:
        conn = mailbox.imap()
        conn.delete("Claims")
        conn.create("Claims")
        conn.logout()
        if _uidvalidity(mailbox, "Claims") != old_validity:
            break
    mailbox.append(mail(11), folder="Claims")  # a genuinely new one first: UIDs shift
    for raw in raws:
        mailbox.append(raw, folder="Claims")
    report = services.sync.sync_account(synced_account)
    after = {r.id: (r.message_id, r.uid) for r in services.mail.list(folder="Claims")}
    assert len(after) == 6  # five kept (both copies of the repeated Message-ID) + one new
    assert set(before) <= set(after)  # same local rows: whatever links to them still does
    assert report.reattached == 5 and report.new == 1
    assert sorted(uid for _, uid in after.values()) == [1, 2, 3, 4, 5, 6]


def _uidvalidity(mailbox: Mailbox, folder: str) -> int:
    conn = mailbox.imap()
    try:
        status, data = conn.status(folder, "(UIDVALIDITY)")
        return int(data[0].decode().split("UIDVALIDITY ")[1].rstrip(")"))
    finally:
        conn.logout()


def test_server_killed_mid_sync_resumes_without_duplicates_or_loss(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = 80
    for n in range(1, total + 1):
        mailbox.append(mail(n))
    monkeypatch.setattr(sync_module, "BODY_BATCH_COUNT", 10)

    def kill_after_first_batch(ids: list[int]) -> None:
        mailbox.server.kill()

    with pytest.raises(DeskAppError) as failed:
        services.sync.sync_account(synced_account, stored=kill_after_first_batch)
    assert failed.value.code is ErrorCode.CONNECTION_LOST
    partial = sorted(r.uid for r in inbox_rows(services))
    # What was downloaded before the kill is kept (the batches already in hand, newest first).
    assert 10 <= len(partial) < total and partial == list(range(total - len(partial) + 1, total + 1))
    mailbox.server.start()
    report = services.sync.sync_account(synced_account)
    assert report.new == total - len(partial)
    rows = inbox_rows(services)
    assert sorted(r.uid for r in rows) == list(range(1, total + 1))
    assert len({r.message_id for r in rows}) == total


def test_cancel_stops_between_batches_and_the_next_pass_resumes(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 21):
        mailbox.append(mail(n))
    monkeypatch.setattr(sync_module, "BODY_BATCH_COUNT", 5)
    stored: list[int] = []
    with pytest.raises(DeskAppError) as cancelled:
        services.sync.sync_account(synced_account, stored=stored.extend, cancelled=lambda: len(stored) >= 5)
    assert cancelled.value.code is ErrorCode.CANCELLED
    assert len(inbox_rows(services)) == 5
    services.sync.sync_account(synced_account)
    assert len(inbox_rows(services)) == 20


def test_decoding_corpus_end_to_end(services: Services, mailbox: Mailbox, synced_account: AccountInfo) -> None:
    names = ["iso2022jp_nec_ibm.eml", "sjis_labelled.eml", "raw_utf8_subject.eml", "html_only.eml",
             "rfc2231_filename.eml", "missing_message_id.eml", "garbage.eml", "truncated.eml",
             "dangerous_names.eml", "invalid_date.eml"]
    for name in names:
        mailbox.append(corpus_message(name))
    report = services.sync.sync_account(synced_account)
    assert report.new == len(names)  # malformed ones too: every message is stored
    rows = inbox_rows(services)
    shown = {r.id: services.mail.show(r.id) for r in rows}
    texts = "\n".join(m.subject + "\n" + m.text for m in shown.values())
    for expected in ("①", "㈱", "髙"):
        assert expected in texts
    assert "<script" not in texts.lower()
    names_saved = [a.filename for m in shown.values() for a in m.attachments]
    assert all("/" not in n and "\\" not in n and ".." not in n for n in names_saved)


def test_a_session_waits_for_new_mail_and_then_pulls_it(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    import threading

    mailbox.append(mail(1))
    session = services.sync.open_session(synced_account)
    try:
        session.run_pass()
        assert not session.wait(1.5, stop=lambda: False)  # nothing arrives: the wait times out
        threading.Timer(0.5, lambda: mailbox.append(mail(2))).start()
        assert session.wait(20, stop=lambda: False)  # IDLE (or the poll) tells of the new mail
        assert session.run_pass().new == 1
        assert session.wait(30, stop=lambda: True) is False  # a stop request ends the wait at once
    finally:
        session.close()
    assert len(inbox_rows(services)) == 2


def test_a_long_lived_session_keeps_asking_only_for_changed_flags(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between passes the session IDLEs on the Inbox (a folder is selected): the passes after
    that must still use CONDSTORE where the server has it, not re-read every message's flags."""
    for n in range(1, 7):
        mailbox.append(mail(n))
    session = services.sync.open_session(synced_account)
    asked: list[int] = []
    fetch = sync_module.uid_fetch

    def counting_fetch(client, uids, items):  # observes the real server's answers
        if list(items) == ["FLAGS"]:
            asked.extend(uids)
        return fetch(client, uids, items)

    monkeypatch.setattr(sync_module, "uid_fetch", counting_fetch)
    try:
        session.run_pass()
        session.wait(0.1, stop=lambda: False)  # selects the Inbox, as the background sync does
        for round_ in range(2):
            conn = mailbox.imap()
            conn.select("INBOX")
            conn.uid("STORE", str(round_ + 1), "+FLAGS", r"(\Flagged)")
            conn.logout()
            asked.clear()
            assert session.run_pass().flags_updated == 1
            if session._client.has_capability("CONDSTORE"):
                assert asked == [round_ + 1]  # only the changed message
            else:
                assert sorted(asked) == [1, 2, 3, 4, 5, 6]  # no CONDSTORE: every flag compared
    finally:
        session.close()
    assert [r.flagged for r in sorted(inbox_rows(services), key=lambda r: r.uid)] == [True, True] + [False] * 4


def test_a_warm_pass_skips_unchanged_folders_and_still_sees_every_change(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    for n in range(1, 4):
        mailbox.append(mail(n))
    session = services.sync.open_session(synced_account)
    selected: list[str] = []
    select = session._client.select_folder

    def counting_select(folder, *args, **kwargs):
        selected.append(folder)
        return select(folder, *args, **kwargs)

    session._client.select_folder = counting_select
    try:
        assert session.run_pass().new == 3
        selected.clear()
        assert session.run_pass().new == 0
        condstore = session._client.has_capability("CONDSTORE")
        if condstore:
            assert selected == []  # nothing changed: no folder opened
        # Changes in two folders made by another client between passes.
        mailbox.append(mail(9, subject="送信済みの控え"), folder="Sent")
        conn = mailbox.imap()
        conn.select("INBOX")
        conn.uid("STORE", "2", "+FLAGS", r"(\Deleted)")
        conn.expunge()
        conn.logout()
        selected.clear()
        report = session.run_pass()
        assert (report.new, report.removed) == (1, 1)
        if condstore:
            assert sorted(set(selected)) == ["INBOX", "Sent"]  # only the changed folders
    finally:
        session.close()
    subjects = {row[0] for row in services.db.execute_sql(
        "SELECT m.subject FROM messages m JOIN folders f ON f.id = m.folder_id WHERE f.name = 'Sent'")}
    assert subjects == {"送信済みの控え"}
    assert sorted(r.uid for r in inbox_rows(services)) == [1, 3]


def test_keep_days_stores_old_mail_as_headers_only(services: Services, mailbox: Mailbox) -> None:
    from dataclasses import replace

    now = datetime.now(UTC)
    mailbox.append(mail(1, subject="古いお問い合わせ"), when=now - timedelta(days=200))
    mailbox.append(mail(2, subject="新しいお問い合わせ"), when=now - timedelta(days=2))
    account = services.accounts.add(replace(mailbox.account(), keep_days=30), mailbox.password,
                                    remember_for_session=True)
    assert services.sync.sync_account(account).new == 2
    by_subject = {r.subject: services.mail.show(r.id) for r in inbox_rows(services)}
    old, new = by_subject["古いお問い合わせ"], by_subject["新しいお問い合わせ"]
    assert "body_not_downloaded" in old.notes and "商品が届きません" not in old.text
    assert "body_not_downloaded" not in new.notes and "商品が届きません" in new.text


def test_an_enormous_message_does_not_stop_the_sync(
    services: Services, mailbox: Mailbox, synced_account: AccountInfo
) -> None:
    big = build_message(
        from_name="大きな添付", from_address="big@example.jp", to=["support@example.jp"],
        subject="写真を送ります", text="破損の写真です。", date=BASE, message_id="<big@example.jp>",
        attachments=[("photo.jpg", "image/jpeg", bytes(range(256)) * (30 * 4096))],  # ~30 MB
    )
    mailbox.append(mail(1))
    mailbox.append(big)
    mailbox.append(b"This is not\x00 a \xff\xfe proper message")
    report = services.sync.sync_account(synced_account)
    assert report.new == 3
    huge = next(r for r in inbox_rows(services) if r.subject == "写真を送ります")
    shown = services.mail.show(huge.id)
    assert shown.attachments[0].size == 256 * 30 * 4096 and "破損の写真" in shown.text


def test_polling_where_the_server_has_no_idle(services: Services) -> None:
    import threading

    _require_dovecot()
    server = DovecotServer(NO_CONDSTORE_CAPS.replace(" IDLE", ""))
    server.add_user("shop1", "pw-shop1")
    server.start()
    try:
        box = Mailbox.__new__(Mailbox)
        box.server, box.user, box.password = server, "shop1", "pw-shop1"
        account = services.accounts.add(box.account(), box.password, remember_for_session=True)
        session = services.sync.open_session(account)
        try:
            assert b"IDLE" not in session._client.capabilities()
            session.run_pass()
            threading.Timer(0.3, lambda: box.append(mail(1))).start()
            assert session.wait(3, stop=lambda: False)  # the poll's NOOP reports the new message
            assert session.run_pass().new == 1
        finally:
            session.close()
    finally:
        server.cleanup()
