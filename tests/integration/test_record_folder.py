"""The record-sync folder on a real Dovecot: created once, change sets appended and read back by UID,
a changed UIDVALIDITY reads from the start, removed messages are gone, foreign mail is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.core.hlc import Hlc
from desk_app.core.replica import ChangeSet, FieldChange
from desk_app.core.signing import new_private_key, public_bytes, sign, verify
from desk_app.mail.imap import ServerEndpoint, close_quietly, connect
from desk_app.mail.record_folder import ChangeSetMessage, RecordFolder, build_message, parse_message

WHEN = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


@pytest.fixture
def folder(mailbox):
    client = connect(ServerEndpoint("127.0.0.1", mailbox.server.port, "none", timeout=10), mailbox.user,
                     mailbox.password)
    records = RecordFolder(client)
    records.ensure()
    yield records
    close_quietly(client)


def change_set_message(key, seq: int, title: str) -> ChangeSetMessage:
    body = ChangeSet("agent-1", seq, (FieldChange("case", "c1", "title", title, Hlc(1_000 + seq, 0, "agent-1")),)).to_json()
    return ChangeSetMessage("agent-1", seq, body, sign(key, "agent-1", seq, body))


def test_change_sets_go_in_and_come_back_above_the_last_uid(folder, mailbox) -> None:
    key = new_private_key()
    folder.ensure()  # a second time changes nothing
    folder.append([build_message(change_set_message(key, n, f"箱の破損 {n}"), WHEN) for n in (1, 2, 3)])
    first = folder.read_since(None, 0)
    assert first.from_start and [uid for uid, _ in first.messages] == sorted(uid for uid, _ in first.messages)
    items = [parse_message(raw) for _, raw in first.messages]
    assert [i.seq for i in items] == [1, 2, 3]
    assert all(verify(public_bytes(key), i.device, i.seq, i.body, i.signature) for i in items)
    assert ChangeSet.from_json(items[0].body).changes[0].value == "箱の破損 1"

    last_uid = first.messages[-1][0]
    assert folder.read_since(first.uidvalidity, last_uid).messages == []  # "UID n:*" quirk filtered
    folder.append([build_message(change_set_message(key, 4, "four"), WHEN)])
    later = folder.read_since(first.uidvalidity, last_uid)
    assert not later.from_start and [parse_message(raw).seq for _, raw in later.messages] == [4]

    stale = folder.read_since(first.uidvalidity + 1, last_uid)  # the folder was recreated meanwhile
    assert stale.from_start and len(stale.messages) == 4

    folder.remove([uid for uid, _ in first.messages])
    assert [parse_message(raw).seq for _, raw in folder.read_since(None, 0).messages] == [4]


def test_the_folder_is_not_among_the_mail_folders_synced(folder, services, synced_account) -> None:
    services.sync.sync_account(synced_account)
    names = {f.name for f in services.mail.folders()}
    assert "INBOX" in names and folder.name not in names


@pytest.mark.parametrize("raw, reason", [
    (b"Subject: hello\r\n\r\nplain mail\r\n", "no device header"),
    (b"X-Desk-App-Device: a\r\nX-Desk-App-Seq: x\r\n\r\n{}", "no sequence number header"),
    (b"X-Desk-App-Device: a\r\nX-Desk-App-Seq: 1\r\n\r\n{}", "unsigned"),
    (b"X-Desk-App-Device: a\r\nX-Desk-App-Seq: 1\r\nX-Desk-App-Signature: s\r\n\r\n", "empty body"),
])
def test_a_message_that_is_not_a_change_set_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_message(raw)
