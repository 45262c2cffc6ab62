"""The sync's FETCH reader against the real server: the same answers imapclient reads."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import CORPUS, Mailbox
from imapclient import IMAPClient

from desk_app.mail.fetch_reader import uid_fetch


def test_the_reader_gets_what_imapclient_gets_for_every_corpus_message(mailbox: Mailbox) -> None:
    corpus = sorted(CORPUS.glob("*.eml"))
    for n, path in enumerate(corpus):
        mailbox.append(path.read_bytes(), flags=r"\Seen $Label1" if n % 2 else "",
                       when=datetime(2026, 11, 2 + n % 20, 10, n % 60, tzinfo=UTC))
    big = b"Subject: big\r\nContent-Type: text/plain\r\n\r\n" + b"0123456789abcdef\r\n" * 150_000
    mailbox.append(big)
    client = IMAPClient("127.0.0.1", port=mailbox.server.port, ssl=False)
    try:
        client.normalise_times = False  # as mail.imap.connect sets it
        client.login(mailbox.user, mailbox.password)
        items = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE", "RFC822.SIZE"]
        if client.has_capability("CONDSTORE"):
            client.enable("CONDSTORE")
            items.append("MODSEQ")
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        assert len(uids) == len(corpus) + 1
        ours = uid_fetch(client, uids, items)
        theirs = client.fetch(uids, items)
        for uid in uids:
            expected = {key: value for key, value in theirs[uid].items() if key != b"SEQ"}
            assert ours[uid] == expected, uid
        assert ours[max(uids)][b"BODY[]"] == big
        # The connection is still in step: the next command is answered normally.
        assert client.noop()[0].startswith(b"NOOP")
    finally:
        client.logout()
