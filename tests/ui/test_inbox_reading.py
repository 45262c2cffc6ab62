"""The reading pane: conversations, HTML shown safely, links, attachments and damaged mail."""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.inbox.mail_browser import MailBrowser
from desk_app.ui.inbox.page import InboxPage
from desk_app.ui.runner import SyncRunner, ThreadRunner

TOKYO = formatting.zone("Asia/Tokyo")
HOSTILE_HTML = """<html><head><title>News</title><style>p { color: red }</style></head>
<body onload="steal()"><p>Autumn sale: <b>20% off</b></p>
<img src="http://tracker.example/p.gif" width="1" height="1">
<img src="cid:logo" alt="logo">
<img src="file:///etc/passwd" alt="passwd">
<script>document.write("SCRIPT-TEXT")</script>
<p><a href="https://shop.example/sale?from=mail" onclick="x()">Open the sale</a>
<a href="javascript:alert(1)">Tricky</a></p></body></html>"""


def png_bytes(color: str = "#3d5a80") -> bytes:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


LOGO = png_bytes()
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF"


def html_mail() -> bytes:
    mail = EmailMessage()
    mail["Subject"] = "秋のセールのお知らせ"
    mail["From"] = "ひだまり通信 <news@example.jp>"
    mail["To"] = "support@example-shop.jp"
    mail["Message-ID"] = "<sale-1@example.jp>"
    mail["Date"] = "Mon, 05 Oct 2026 10:00:00 +0900"
    mail.set_content("秋のセール：20% オフ", cte="base64")
    mail.add_alternative(HOSTILE_HTML, subtype="html", cte="base64")
    mail.get_payload()[1].add_related(LOGO, maintype="image", subtype="png", cid="<logo>")
    mail.add_attachment(PDF, maintype="application", subtype="pdf", filename="見積書.pdf")
    return mail.as_bytes()


def store(services: Services, raw: bytes, *, folder: str = "INBOX", notes: tuple[str, ...] = (),
          account_name: str = "shop") -> int:
    """Parse and store one raw message the way sync does (tests may use the lower layers)."""
    import dataclasses

    from desk_app.mail.mime import parse_message
    from desk_app.store import mail_repo
    from desk_app.store.models import Account

    parsed = parse_message(raw)
    if notes:
        parsed = dataclasses.replace(parsed, notes=tuple(parsed.notes) + notes)
    with services.db.write() as session:
        account = session.query(Account).filter_by(name=account_name).one_or_none()
        if account is None:
            account = Account(
                name="shop", email="support@example-shop.jp", imap_host="imap.example-shop.jp", imap_port=993,
                imap_security="ssl", smtp_host="smtp.example-shop.jp", smtp_port=465, smtp_security="ssl",
                username="support@example-shop.jp",
            )
            session.add(account)
            session.flush()
        box = mail_repo.get_or_create_folder(session, account, folder, "inbox" if folder == "INBOX" else None)
        uid = 1 + session.query(mail_repo.Message).filter_by(folder_id=box.id).count()
        return mail_repo.add_messages(session, box.id, box.account_id,
                                      [mail_repo.NewMessage(uid=uid, parsed=parsed, raw=raw)])[0]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    services = Services.open(AppPaths(data_dir=folder, db_file=folder / "desk_app.db"))
    services.demo.load()
    services.close()
    return folder / "desk_app.db"


@pytest.fixture
def demo(demo_template, tmp_path):
    shutil.copy(demo_template, tmp_path / "desk_app.db")
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "desk_app.db"))
    yield opened
    opened.close()


def open_page(qtbot, services, runner=None) -> InboxPage:
    page = InboxPage(services, runner or SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.reload()
    return page


def thread_with_sent_reply(services: Services) -> tuple[int, list[int]]:
    """A conversation of the demo with customer mails and a reply from the Sent folder."""
    inbox = next(f.id for f in services.mail.folders() if f.role == "inbox")
    for row_id in services.mail.message_ids(folder_id=inbox, threaded=True):
        thread = services.mail.conversation(row_id)
        if len(thread) >= 3 and any(m.folder != "INBOX" for m in thread):
            return row_id, [m.id for m in thread]
    raise AssertionError("the demo data has no conversation with a sent reply")


def test_a_conversation_shows_every_message_with_the_sent_reply(qtbot, demo):
    row_id, thread = thread_with_sent_reply(demo)
    page = open_page(qtbot, demo)
    with qtbot.waitSignal(page.message_shown):
        page.message_view().selectRow(page.model.row_of(row_id))
    blocks = page.reading_pane.blocks()
    assert [b.message_id() for b in blocks] == thread  # oldest first, across folders
    assert "Sent" in {b.folder_text() for b in blocks}
    sent = next(b for b in blocks if b.folder_text() == "Sent")
    assert "ひだまり" in sent.sender_text()
    opened = page.reading_pane.focus_block()
    assert opened is not None and opened.message_id() == row_id and opened.is_expanded()
    assert opened.body_text() == demo.mail.show(row_id).text
    assert f"{len(thread)} message" in page.reading_pane._count.text()

    page.reading_pane.expand_all()
    assert all(b.is_expanded() and b.body_text() for b in blocks)


def test_without_grouping_the_pane_shows_one_message(qtbot, demo):
    row_id, _thread = thread_with_sent_reply(demo)
    page = open_page(qtbot, demo)
    page.filter_bar().set_threaded(False)
    page.message_view().selectRow(page.model.row_of(row_id))
    assert [b.message_id() for b in page.reading_pane.blocks()] == [row_id]


def test_select_message_finds_a_sent_reply_inside_its_conversation(qtbot, demo):
    _row_id, thread = thread_with_sent_reply(demo)
    sent_id = next(i for i in thread if demo.mail.summaries([i])[0].folder != "INBOX")
    page = open_page(qtbot, demo)
    page.select_message(sent_id)
    assert page.reading_pane.message_id() == sent_id
    assert page.reading_pane.focus_block().is_expanded()


def test_grouping_off_and_on_keeps_the_open_message(qtbot, demo):
    row_id, thread = thread_with_sent_reply(demo)
    older = next(i for i in thread if i != row_id and demo.mail.summaries([i])[0].folder == "INBOX")
    page = open_page(qtbot, demo)
    page.select_message(older)
    assert page.reading_pane.message_id() == older
    assert page.model.message_id(page.message_view().currentIndex().row()) == row_id  # the thread's row

    page.filter_bar().set_threaded(False)
    assert page.model.message_id(page.message_view().currentIndex().row()) == row_id
    assert [b.message_id() for b in page.reading_pane.blocks()] == [row_id]
    page.filter_bar().set_threaded(True)
    assert [b.message_id() for b in page.reading_pane.blocks()] == thread


def test_a_reply_arriving_keeps_the_conversation_open_and_unread(qtbot, demo):
    row_id, thread = thread_with_sent_reply(demo)
    page = open_page(qtbot, demo)
    page.message_view().selectRow(page.model.row_of(row_id))
    first = demo.mail.summaries([thread[0]])[0]
    reply = EmailMessage()
    reply["Subject"] = "Re: " + first.subject
    reply["From"] = f"{first.from_name} <{first.from_address}>"
    reply["Message-ID"] = "<late-reply@example.jp>"
    reply["In-Reply-To"] = first.message_id
    reply["References"] = first.message_id
    reply["Date"] = "Tue, 01 Dec 2026 09:00:00 +0900"
    reply.set_content("追伸です。", cte="base64")
    new_id = store(demo, reply.as_bytes(), account_name=first.account)

    page.reload()  # what the sync's refresh does
    assert page.model.message_id(page.message_view().currentIndex().row()) == new_id
    assert page.reading_pane.message_id() == row_id  # still what the user was reading
    assert [b.message_id() for b in page.reading_pane.blocks()] == [*thread, new_id]
    assert not demo.mail.summaries([new_id])[0].seen  # arrived, not read


def test_html_mail_shows_only_its_own_cid_image(qtbot, monkeypatch, services):
    message_id = store(services, html_mail())
    page = open_page(qtbot, services)
    page.show()  # images are asked for when the document is laid out on screen
    qtbot.waitExposed(page)
    page.message_view().selectRow(0)
    block = page.reading_pane.focus_block()
    browser = block.body()
    assert "SCRIPT-TEXT" not in browser.toPlainText()
    assert "秋のセール" in block.body_text()  # plain text first
    assert block.html_button.isVisible()
    assert not block.remote_note_visible()

    answers: dict[str, object] = {}
    original = MailBrowser.loadResource

    def spy(self, kind, url):
        answers[url.toString()] = result = original(self, kind, url)
        return result

    monkeypatch.setattr(MailBrowser, "loadResource", spy)
    with qtbot.waitSignal(block.html_shown):
        block.show_html()
    qtbot.waitUntil(lambda: "cid:logo" in answers)
    document = browser.document()
    assert "Autumn sale" in browser.toPlainText()
    assert "SCRIPT-TEXT" not in browser.toPlainText() and "steal" not in browser.toHtml()
    assert "tracker.example" not in browser.toHtml() and "/etc/passwd" not in browser.toHtml()
    assert "javascript" not in browser.toHtml()
    assert set(answers) == {"cid:logo"} and isinstance(answers["cid:logo"], QImage)
    assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl("cid:logo")) is not None
    assert browser.height() > 40  # the image and text fit: the card grew to its document
    # Asked directly, everything but the message's own image is refused.
    for url in ("http://tracker.example/p.gif", "file:///etc/passwd", "https://shop.example/a.png", "cid:other"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    assert browser.loadResource(QTextDocument.ResourceType.StyleSheetResource, QUrl("cid:logo")) is None
    assert block.remote_note_visible()
    assert block.html_button.text() == "Show text"

    block.show_html(False)
    assert not block.remote_note_visible()
    assert browser.toPlainText().startswith("秋のセール")
    assert message_id == block.message_id()


def test_links_ask_before_opening(qtbot, monkeypatch):
    browser = MailBrowser()
    qtbot.addWidget(browser)
    asked: list[str] = []
    opened: list[str] = []
    answer = {"value": False}

    def ask(self, url):
        asked.append(url.toString())
        return answer["value"]

    monkeypatch.setattr(MailBrowser, "ask_to_open", ask)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    browser.anchorClicked.emit(QUrl("https://shop.example/sale"))
    assert asked == ["https://shop.example/sale"] and opened == []
    answer["value"] = True
    browser.anchorClicked.emit(QUrl("https://shop.example/sale"))
    assert opened == ["https://shop.example/sale"]
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert len(asked) == 2 and len(opened) == 1  # other schemes are not even offered


def test_plain_text_addresses_become_links_and_markup_stays_text(qtbot):
    browser = MailBrowser()
    qtbot.addWidget(browser)
    browser.show_text("追跡番号: https://track.example/123です\n<b>not bold</b>\n> 引用")
    assert browser.toPlainText() == "追跡番号: https://track.example/123です\n<b>not bold</b>\n> 引用"
    assert 'href="https://track.example/123"' in browser.toHtml()


def test_saving_an_attachment_writes_its_exact_bytes(qtbot, monkeypatch, tmp_path, services):
    store(services, html_mail())
    page = open_page(qtbot, services)
    page.message_view().selectRow(0)
    attachments = page.reading_pane.focus_block().attachments
    assert attachments is not None
    target = tmp_path / "saved.pdf"
    suggested: list[str] = []

    def fake_dialog(parent, caption, directory="", *args, **kwargs):
        suggested.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(attachments.attachment_saved):
        attachments.buttons[0].click()
    assert target.read_bytes() == PDF
    assert Path(suggested[0]).name == "見積書.pdf"
    assert str(target) in attachments.status_text()


def test_a_failed_save_is_said_in_the_pane(qtbot, monkeypatch, tmp_path, services):
    store(services, html_mail())
    page = open_page(qtbot, services)
    page.message_view().selectRow(0)
    attachments = page.reading_pane.focus_block().attachments
    missing = tmp_path / "no-such-folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), "")))
    with qtbot.waitSignal(attachments.save_failed):
        attachments.buttons[0].click()
    assert "見積書.pdf" in attachments.status_text() and not missing.exists()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    attachments.buttons[0].click()  # cancelled: nothing happens


def test_a_damaged_message_says_so(qtbot, services):
    mail = EmailMessage()
    mail["Subject"] = "途中で切れたメール"
    mail["From"] = "customer@example.jp"
    mail.set_content("ここまでは読めます")
    store(services, mail.as_bytes(), notes=("truncated",))
    page = open_page(qtbot, services)
    page.message_view().selectRow(0)
    block = page.reading_pane.focus_block()
    assert block.is_damaged()
    note = block.findChild(QWidget, "damageNote")
    assert note is not None and not note.isHidden()
    assert "ここまでは読めます" in block.body_text()
    assert block.html_button.isHidden()  # no HTML part: no toggle


def test_showing_a_message_runs_in_the_background(qtbot, demo):
    row_id, thread = thread_with_sent_reply(demo)
    runner = ThreadRunner()
    page = open_page(qtbot, demo, runner)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    with qtbot.waitSignal(page.message_shown, timeout=5000):
        page.message_view().selectRow(page.model.row_of(row_id))
    assert [b.message_id() for b in page.reading_pane.blocks()] == thread
    qtbot.waitUntil(runner.is_idle)
    runner.wait_for_done()
