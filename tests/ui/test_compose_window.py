"""The compose window: replies prefilled, templates with highlighted placeholders that block
sending, the forgotten-attachment question, queue errors in words, autosaved drafts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from desk_app.services.context import Services
from desk_app.ui.compose.addresses import split_addresses
from desk_app.ui.compose.body_editor import to_qt_positions
from desk_app.ui.compose.context import load_context
from desk_app.ui.compose.questions import CONFIRM_BUTTON
from desk_app.ui.compose.window import ComposeWindow
from desk_app.ui.runner import SyncRunner
from ui_sample import Sample

# Showing a popup (the template picker) grabs the keyboard and raises it: offscreen Qt can do
# neither and says so; real platforms can, and the tests look at nothing that depends on it.
OFFSCREEN_ONLY = ("This plugin does not support grabbing the keyboard", "This plugin does not support raise()")


@pytest.fixture
def host(qtbot) -> QMainWindow:
    """The parent of the compose windows (as the main window is): deleting it deletes them."""
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def open_window(qtbot, services: Services, sample: Sample, host, english):
    def make(kind: str = "reply", message_pk: int | None = None, *, lang: str = "ja",
             autosave_ms: int = 60_000, show: bool = False) -> ComposeWindow:
        pk = sample.message_ids[0] if message_pk is None and kind != "new" else message_pk
        draft = services.compose.start(kind, message_pk=pk, lang=lang)
        window = ComposeWindow(services, SyncRunner(), load_context(services, draft, fresh=True), lang=lang,
                               autosave_ms=autosave_ms, parent=host)
        if show:
            with qtbot.waitActive(window):
                window.show()
                window.activateWindow()
            window.body.setFocus()
        return window

    return make


def type_text(widget: QWidget, text: str) -> None:
    """Type Japanese as an input method delivers it: a committed string (QTest types ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_reply_shows_the_recipient_the_subject_and_the_quote(open_window):
    window = open_window("reply")
    assert window.fields.to.text() == "佐藤 花子 <hanako.sato@example.jp>"
    assert window.fields.subject.text() == "Re: 注文番号 #1042 の商品がまだ届きません"
    assert "support@example-shop.jp" in window.fields.from_label.text()
    assert window.fields.from_box.isHidden()  # a reply goes out from its own account
    body = window.body.toPlainText()
    assert "佐藤 花子様 wrote:" in body
    assert "> いつもお世話になっております。" in body
    assert window.body.textCursor().position() == 0  # the new text goes above the quote
    assert not window.fields.iso_2022_jp.isChecked()
    assert window.commands.send.isEnabled()
    assert window.windowTitle().endswith("Reply")


@pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY)
def test_a_pytest_qt_test_writes_a_reply_with_a_template(qtbot, open_window, services):
    window = open_window("reply", show=True)
    qtbot.keyClicks(window.body, "Hello")
    qtbot.keyClick(window.body, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    picker = window.picker
    assert picker.isVisible()
    assert picker.current_language() == "ja"
    assert len(picker.titles()) == 10

    type_text(picker.search, "発送遅延")
    assert picker.titles() == ["発送遅延のお詫びと発送予定のご連絡"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert not picker.isVisible()

    text = window.body.toPlainText()
    assert text.startswith("Hello佐藤 花子 様")  # inserted at the cursor
    assert "ご注文番号 #1042 の商品" in text  # filled from the message, as the customer wrote it
    assert "{shop_name}" in text and "{deadline}" in text  # no value: left as gaps
    highlighted = {s.cursor.selectedText() for s in window.body.extraSelections()}
    assert highlighted == {"{shop_name}", "{deadline}"}
    assert window.body.textCursor().selectedText() == "{shop_name}"  # the first gap, ready to type over
    assert not window.commands.send.isEnabled()
    assert window.gap_bar.isVisible()
    assert "Fill in: shop_name, deadline" in window.gap_bar.text()

    type_text(window.body, "ひだまり雑貨店")
    qtbot.keyClick(window.body, Qt.Key.Key_F3)
    assert window.body.textCursor().selectedText() == "{deadline}"
    type_text(window.body, "11月20日(金)")
    qtbot.keyClick(window.body, Qt.Key.Key_F3)
    assert window.body.textCursor().selectedText() == "{shop_name}"
    type_text(window.body, "ひだまり雑貨店")
    assert window.gap_names() == []
    assert window.body.extraSelections() == []
    assert window.gap_bar.isHidden()
    assert window.commands.send.isEnabled()

    with qtbot.waitSignal(window.message_queued) as queued:
        qtbot.keyClick(window.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    item = queued.args[0]
    assert item.state == "queued"
    assert [i.id for i in services.compose.outbox()] == [item.id]
    assert services.compose.drafts() == []
    assert not window.isVisible()


@pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY)
def test_the_picker_moves_with_the_arrow_keys_and_closes_with_escape(qtbot, open_window):
    window = open_window("reply", show=True)
    picker = window.open_templates()
    assert picker.list.currentRow() == 0
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.list.currentRow() == 2
    assert picker.preview.toPlainText().startswith("{customer_name}")
    picker.language.setCurrentIndex(picker.language.findData("en"))
    assert picker.current_language() == "en"
    assert all(re.search(r"[A-Za-z]", title) for title in picker.titles())
    qtbot.keyClicks(picker.search, "zzzz-nothing")
    assert picker.titles() == []
    assert "No template matches" in picker.preview.toPlainText()
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    assert window.body.toPlainText().startswith("\n")  # nothing inserted


def test_send_is_blocked_while_a_placeholder_is_left(open_window, services):
    window = open_window("new")
    window.fields.to.setText("customer@example.jp")
    window.fields.subject.setText("ご注文番号 {order_number} について")
    window.body.setPlainText("{customer_name} 様\nお問い合わせありがとうございます。")
    assert window.gap_names() == ["order_number", "customer_name"]
    assert not window.commands.send.isEnabled()
    window.send()
    assert services.compose.outbox() == []

    window.body.setPlainText("田中 様\nお問い合わせありがとうございます。")
    assert window.gap_names() == ["order_number"]
    window._select_next_gap()
    assert window.fields.subject.selectedText() == "{order_number}"
    window.fields.subject.setText("ご注文番号 #1050 について")
    assert window.commands.send.isEnabled()
    window.send()
    assert [i.subject for i in services.compose.outbox()] == ["ご注文番号 #1050 について"]


def test_a_mentioned_attachment_that_is_missing_is_asked_about(open_window, services):
    window = open_window("reply")
    window.body.insert_at_cursor("領収書を添付いたします。")
    window.send()
    box = window.attachment_question
    assert box is not None
    assert "mentions an attachment, but nothing is attached" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert window.attachment_question is None
    assert services.compose.outbox() == []

    window.send()
    window.attachment_question.findChild(QPushButton, CONFIRM_BUTTON).click()
    assert [i.state for i in services.compose.outbox()] == ["queued"]


def test_with_a_file_attached_nothing_is_asked(open_window, services, tmp_path: Path):
    receipt = tmp_path / "領収書.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    window = open_window("reply")
    window.body.insert_at_cursor("領収書を添付いたします。")
    window.attachments.add_files([str(receipt)])
    assert window.attachments.paths() == (str(receipt),)
    assert window.attachments.list.item(0).text().startswith("領収書.pdf (")
    window.send()
    assert window.attachment_question is None
    assert len(services.compose.outbox()) == 1


def test_characters_iso_2022_jp_cannot_carry_are_named(open_window, services):
    window = open_window("reply")
    window.fields.iso_2022_jp.setChecked(True)
    window.body.insert_at_cursor("ありがとうございます😀 吉野の「𠮷」の件です😀")
    window.send()
    assert not window.error_bar.isHidden()
    assert "ISO-2022-JP cannot carry: 😀 𠮷" in window.error_bar.text()
    assert window.error_bar.button.text() == "Send as UTF-8 Instead"
    assert services.compose.outbox() == []
    assert "𠮷" in services.compose.drafts()[0].body  # nothing lost

    window.error_bar.button.click()
    assert not window.fields.iso_2022_jp.isChecked()
    assert [i.state for i in services.compose.outbox()] == ["queued"]


def test_queue_errors_are_said_in_words(open_window, services):
    window = open_window("new")
    window.body.setPlainText("こんにちは")
    window.send()
    assert window.error_bar.text() == "Add at least one recipient under To or Cc."
    window.fields.to.setText("not an address")
    window.send()
    assert window.error_bar.text() == "This is not a valid mail address: not. Correct it and send again."
    window.fields.to.setText("ok@example.jp")
    window.attachments.add_files(["/nonexistent/見積書.pdf"])
    window.send()
    assert "cannot be read" in window.error_bar.text()
    assert "/nonexistent/見積書.pdf" in window.error_bar.text()
    assert services.compose.outbox() == []
    assert window.error_bar.button.isHidden()


def test_the_draft_is_saved_after_a_change_and_reopens(qtbot, open_window, services, host):
    window = open_window("reply", autosave_ms=30)
    draft_id = window.draft_id()
    window.body.insert_at_cursor("途中まで書いた返信")
    qtbot.waitUntil(lambda: any("途中まで書いた返信" in d.body for d in services.compose.drafts()))
    assert "Draft saved at" in window.statusBar().currentMessage()
    [draft] = services.compose.drafts()
    assert draft.id == draft_id

    qtbot.keyClicks(window.fields.cc, "boss@example-shop.jp")
    window.close()  # saves at once, without waiting for the timer
    assert services.compose.drafts()[0].cc == ("boss@example-shop.jp",)

    reopened = ComposeWindow(services, SyncRunner(), load_context(services, services.compose.drafts()[0]),
                             lang="ja", parent=host)
    assert reopened.body.toPlainText().startswith("途中まで書いた返信")
    assert reopened.fields.cc.text() == "boss@example-shop.jp"
    assert reopened.draft_id() == draft_id


def test_a_reply_closed_untouched_leaves_no_draft(open_window, services):
    window = open_window("reply")
    assert len(services.compose.drafts()) == 1
    window.close()
    assert services.compose.drafts() == []


def test_discard_asks_and_deletes_the_draft(open_window, services):
    window = open_window("forward")
    window.body.insert_at_cursor("ご確認ください。")
    window.commands.discard.trigger()
    window.discard_question.findChild(QPushButton, CONFIRM_BUTTON).click()
    assert services.compose.drafts() == []
    assert window.isHidden()


def test_a_forward_lists_the_original_attachments(open_window, sample):
    window = open_window("forward", sample.message_ids[1])  # the mail with photo.jpg
    assert window.fields.to.text() == ""
    assert window.attachments.has_any()
    assert window.attachments.paths() == ()
    assert window.attachments.list.item(0).text().startswith("photo.jpg")


def test_a_new_message_may_choose_its_account(open_window, services):
    window = open_window("new")
    assert window.windowTitle() == "(no subject) — New Message"
    assert window.current_draft().account_id == services.accounts.list()[0].id


def test_recipients_split_on_commas_outside_quotes():
    assert split_addresses('"Sato, Hanako" <h@x.jp>, a@b.jp、 c@d.jp;') == ('"Sato, Hanako" <h@x.jp>', "a@b.jp", "c@d.jp")
    assert split_addresses("  ") == ()


def test_gap_positions_count_utf16_units():
    text = "😀 {shop_name}"
    assert to_qt_positions(text, ((2, 13, "shop_name"),)) == [(3, 14, "shop_name")]
