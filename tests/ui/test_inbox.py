"""The Inbox: a lazy message model, the reading pane and marking read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QTextDocument

from desk_app.ui import formatting
from desk_app.ui.inbox.model import PAGE_SIZE, Column, MessageListModel
from desk_app.ui.inbox.page import InboxPage
from desk_app.ui.inbox.mail_browser import MailBrowser
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


class CountingMail:
    """Wraps the mail service's `summaries` and records the size of every call."""

    def __init__(self, summaries):
        self._summaries = summaries
        self.calls: list[int] = []

    def summaries(self, ids):
        self.calls.append(len(ids))
        return self._summaries(ids)


@pytest.fixture
def many(services):
    from ui_sample import add_mail

    return add_mail(services, 1000)


def test_model_passes_qt_model_tester(qtmodeltester, services, sample):
    model = MessageListModel(services.mail, TOKYO)
    model.set_ids(services.mail.message_ids())
    qtmodeltester.check(model, force_py=True)


def test_model_loads_lazily(services, many):
    spy = CountingMail(services.mail.summaries)
    model = MessageListModel(spy, TOKYO)
    ids = services.mail.message_ids()
    model.set_ids(ids)
    assert model.rowCount() == 1000
    assert spy.calls == []  # nothing read before a row is shown

    assert model.data(model.index(0, Column.SUBJECT))
    assert model.data(model.index(PAGE_SIZE - 1, Column.FROM))
    assert spy.calls == [PAGE_SIZE]  # one page for the first 200 rows

    model.data(model.index(999, Column.DATE))
    assert spy.calls == [PAGE_SIZE, 1000 - 4 * PAGE_SIZE]
    assert sum(spy.calls) < 1000


def test_view_fetches_only_visible_pages(qtbot, monkeypatch, services, many):
    spy = CountingMail(services.mail.summaries)
    monkeypatch.setattr(services.mail, "summaries", spy.summaries)  # what the page's model calls
    page = InboxPage(services, SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 1000
    qtbot.waitUntil(lambda: page.model.cached_pages() == [0])  # painted the first rows
    assert spy.calls == [PAGE_SIZE]
    page.message_view().scrollToBottom()
    qtbot.waitUntil(lambda: 4 in page.model.cached_pages())
    assert sum(spy.calls) < 1000


def test_columns_show_sender_subject_local_date_and_attachment(services, sample):
    model = MessageListModel(services.mail, TOKYO)
    model.set_ids(services.mail.message_ids())
    first = services.mail.summaries([model.message_id(0)])[0]
    assert model.data(model.index(0, Column.FROM)) == first.from_name
    assert model.data(model.index(0, Column.SUBJECT)) == first.subject
    assert model.data(model.index(0, Column.DATE)) == first.date.astimezone(TOKYO).strftime("%Y/%m/%d %H:%M")
    # The sample's third mail has no sender name: the address stands in.
    assert model.data(model.index(2, Column.FROM)) == "noreply@payments.example.net"
    assert model.data(model.index(1, Column.ATTACHMENT), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, Column.ATTACHMENT), Qt.ItemDataRole.DecorationRole) is None


def test_unread_rows_are_bold(services, sample):
    model = MessageListModel(services.mail, TOKYO)
    model.set_ids(services.mail.message_ids())
    unread_font = model.data(model.index(0, Column.SUBJECT), Qt.ItemDataRole.FontRole)
    assert unread_font is not None and unread_font.bold()
    assert model.data(model.index(1, Column.SUBJECT), Qt.ItemDataRole.FontRole) is None  # sample: seen


def test_selecting_a_message_shows_it_and_marks_it_read(qtbot, services, sample):
    page = InboxPage(services, SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    page.reload()
    first = sample.message_ids[0]
    assert page.folder_tree().unread(page.folder_tree().selected_folder_id()) == 4
    with qtbot.waitSignal(page.message_shown):
        page.message_view().selectRow(0)
    assert page.reading_pane.message_id() == first
    assert "トートバッグ" in page.reading_pane.body_text()
    assert services.mail.summaries([first])[0].seen
    assert page.model.data(page.model.index(0, Column.SUBJECT), Qt.ItemDataRole.FontRole) is None
    assert page.folder_tree().unread(page.folder_tree().selected_folder_id()) == 3


def test_select_message_opens_it(qtbot, services, sample):
    page = InboxPage(services, SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    page.select_message(sample.message_ids[3])
    assert page.reading_pane.message_id() == sample.message_ids[3]
    assert page.message_view().currentIndex().row() == 3
    assert "領収書" in page.reading_pane.subject_text()


def test_empty_inbox_shows_hint(qtbot, services):
    page = InboxPage(services, SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    page.reload()
    assert page.is_empty_state()


def test_reading_pane_loads_no_resources(qtbot):
    browser = MailBrowser()
    qtbot.addWidget(browser)
    for url in ("file:///etc/passwd", "https://example.com/pixel.png", "cid:logo"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    assert not browser.openLinks()


def test_header_text_stays_plain(qtbot, services):
    from desk_app.core.records import MessageDetail, MessageSummary
    from desk_app.ui.inbox.conversation import ConversationMessage, LoadedConversation
    from desk_app.ui.inbox.reading_pane import ReadingPane

    pane = ReadingPane(TOKYO, services.mail, SyncRunner())
    qtbot.addWidget(pane)
    hostile = '<img src="file:///etc/passwd"><b>bold</b>'
    detail = MessageDetail(1, hostile, hostile, "a@example.jp", (), (), None, "<b>x</b>", None, ())
    summary = MessageSummary(1, "shop", "INBOX", 1, None, hostile, hostile, "a@example.jp", None,
                             True, False, False, False)
    pane.show_conversation(LoadedConversation(1, (ConversationMessage(summary, detail),)))
    assert pane.subject_text() == hostile
    assert pane.body_text() == "<b>x</b>"
    assert pane.blocks()[0].sender_text() == f"{hostile} <a@example.jp>"
