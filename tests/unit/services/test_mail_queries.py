"""Message list queries over the demo mailbox: threads, filters, order, search, attachments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desk_app.core.errors import DeskAppError
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.mail import ListQuery

NOW = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    root = tmp_path_factory.mktemp("mailq")
    opened = Services.open(AppPaths(data_dir=root, db_file=root / "shop.db"))
    opened.demo.load(NOW)
    yield opened
    opened.close()


def test_threaded_list_has_one_row_per_conversation(services: Services) -> None:
    inbox = next(f for f in services.mail.folders() if f.role == "inbox")
    flat = services.mail.message_ids(folder_id=inbox.id)
    threads = services.mail.message_ids(folder_id=inbox.id, threaded=True)
    assert 0 < len(threads) < len(flat)
    rows = services.mail.summaries(threads)
    assert len({r.thread_key for r in rows}) == len(rows)
    dates = [r.date for r in rows]
    assert dates == sorted(dates, reverse=True)
    sizes = services.mail.thread_sizes(threads)
    assert max(sizes.values()) >= 2


def test_conversation_includes_the_sent_replies_in_order(services: Services) -> None:
    sizes = services.mail.thread_sizes(services.mail.message_ids(threaded=True))
    longest = max(sizes, key=lambda i: sizes[i])
    conversation = services.mail.conversation(longest)
    assert len(conversation) == sizes[longest]
    assert {r.folder for r in conversation} >= {"INBOX"} and len({r.folder for r in conversation}) == 2
    assert [r.date for r in conversation] == sorted(r.date for r in conversation)


def test_filters_and_sorting(services: Services) -> None:
    unread = services.mail.summaries(services.mail.message_ids(unread_only=True))
    assert unread and all(not r.seen for r in unread)
    attached = services.mail.summaries(services.mail.message_ids(with_attachments=True))
    assert attached and all(r.has_attachments for r in attached)
    everything = services.mail.message_ids()
    linked = services.mail.message_ids(linked=True)
    unlinked = services.mail.message_ids(linked=False)
    assert linked and unlinked and sorted(linked + unlinked) == sorted(everything)
    by_subject = services.mail.summaries(services.mail.message_ids(ListQuery(sort="subject", descending=False)))
    keys = [r.subject.lower().removeprefix("re: ") for r in by_subject]
    assert keys[0] <= keys[-1]


@pytest.mark.parametrize("query", ["注文", "届き", "返品", "よろしくお願い", "example"])
def test_search_text_filters_the_list(services: Services, query: str) -> None:
    ids = services.mail.message_ids(text=query)
    assert ids
    for row in services.mail.summaries(ids[:10]):
        shown = services.mail.show(row.id)
        haystack = " ".join([shown.subject, shown.from_name, shown.from_address, shown.text]).lower()
        assert query.lower() in haystack


def test_attachment_bytes_come_from_the_stored_source(services: Services) -> None:
    message_id = services.mail.message_ids(with_attachments=True)[0]
    shown = services.mail.show(message_id)
    data = services.mail.attachment(message_id, 0)
    assert data.filename == shown.attachments[0].filename
    assert len(data.data) == shown.attachments[0].size > 0
    with pytest.raises(DeskAppError):
        services.mail.attachment(message_id, 99)
