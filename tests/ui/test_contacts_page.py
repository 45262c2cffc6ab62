"""The Customers page: search, edit a customer, flag an unreasonable claimant, merge duplicates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.core.records import ContactTimelineEntry
from desk_app.store.models import Call, Case
from desk_app.ui import formatting
from desk_app.ui.contacts.model import ContactColumn
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.contacts.texts import firm_handling_text
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def people(services):
    """Hanako twice (one written without a space, with the number in another form), and Ichiro."""
    contacts = services.contacts
    hanako = contacts.add("佐藤 花子", kana="サトウ ハナコ", emails=["hanako@example.jp"], phones=["03-1234-5678"])
    twin = contacts.add("佐藤花子", phones=["（０３）１２３４－５６７８", "090-1111-2222"])
    ichiro = contacts.add("田中 一郎", kana="タナカ イチロウ", phones=["090-3333-4444"])
    device = services.settings.device_id
    with services.db.write() as session:
        session.add(Case(title="トートバッグ未着", contact_id=twin, device_id=device))
        session.add(Call(at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC), direction="in", contact_id=twin,
                         summary="配送状況の確認", device_id=device))
    return {"hanako": hanako, "twin": twin, "ichiro": ichiro}


@pytest.fixture
def page(qtbot, services, people, english):
    made = ContactsPage(services, SyncRunner(), TOKYO)
    qtbot.addWidget(made)
    made.resize(1100, 580)
    with qtbot.waitActive(made):  # focus moves (leaving the notes saves them) need an active window
        made.show()
        made.activateWindow()
    made.reload()
    return made


def typed(widget, text: str) -> None:
    """Text as an input method commits it (QTest's key clicks know only Latin-1)."""
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def shown_names(page: ContactsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, ContactColumn.NAME)) for row in range(model.rowCount())]


def choose(page: ContactsPage, contact_id: str) -> None:
    page.select_record(contact_id)
    assert page.detail.contact_id() == contact_id


def test_the_list_is_searchable_by_name_kana_and_number(qtbot, page, people):
    assert shown_names(page) == ["佐藤 花子", "田中 一郎", "佐藤花子"]  # by kana; no kana last
    assert page.detail.contact_id() == people["hanako"]  # the first one is shown at once
    typed(page.search, "たなか")
    assert shown_names(page) == ["田中 一郎"]
    page.search.clear()
    qtbot.keyClicks(page.search, "03 1234 5678")
    assert shown_names(page) == ["佐藤 花子", "佐藤花子"]
    assert page.heading.note().startswith("2 of 3")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # on into the list, keyboard only
    assert page.table.hasFocus() or page.table.currentIndex().row() == 0


def test_editing_a_customer_saves_each_field(qtbot, page, services, people):
    choose(page, people["ichiro"])
    detail = page.detail
    detail.name.setFocus()
    detail.name.selectAll()
    typed(detail.name, "田中 一郎様")
    qtbot.keyClick(detail.name, Qt.Key.Key_Return)
    assert services.contacts.get(people["ichiro"]).name == "田中 一郎様"
    assert "田中 一郎様" in shown_names(page)

    typed(detail.channels.field, "ichiro＠example.jp")
    qtbot.keyClick(detail.channels.field, Qt.Key.Key_Return)
    qtbot.keyClicks(detail.channels.field, "12")
    qtbot.keyClick(detail.channels.field, Qt.Key.Key_Return)
    assert detail.error_text() == "Not saved: that is not a phone number."
    assert detail.channels.field.text() == "12"  # kept, to be corrected
    assert services.contacts.get(people["ichiro"]).emails == ("ichiro＠example.jp",)
    assert detail.channels.values() == ["090-3333-4444", "ichiro＠example.jp"]

    detail.channels.entries.setCurrentRow(0)
    qtbot.keyClick(detail.channels.entries, Qt.Key.Key_Delete)
    assert services.contacts.get(people["ichiro"]).phones == ()

    detail.notes.setFocus()
    typed(detail.notes, "平日の午前のみ在宅")
    detail.name.setFocus()  # leaving the notes saves them
    assert services.contacts.get(people["ichiro"]).notes == "平日の午前のみ在宅"

    detail.name.selectAll()
    qtbot.keyClick(detail.name, Qt.Key.Key_Delete)
    qtbot.keyClick(detail.name, Qt.Key.Key_Return)
    assert detail.name.text() == "田中 一郎様"  # a customer always has a name
    assert "needs a name" in detail.error_text()


def test_ticking_criteria_flags_the_customer_with_a_banner(qtbot, page, services, people):
    choose(page, people["ichiro"])
    box = page.detail.claimant
    assert page.detail.banner.isHidden()
    box.note.setFocus()
    typed(box.note, "返金と無料の代替品を繰り返し要求")
    box.checks["money_or_goods"].setFocus()  # the note is saved on leaving it
    qtbot.keyClick(box.checks["money_or_goods"], Qt.Key.Key_Space)
    box.checks["excessive_demand"].click()
    stored = services.contacts.get(people["ichiro"])
    assert stored.unreasonable
    assert stored.unreasonable_criteria == ("excessive_demand", "money_or_goods")
    assert stored.unreasonable_note == "返金と無料の代替品を繰り返し要求"
    assert not page.detail.banner.isHidden()
    assert page.detail.banner.text() == firm_handling_text()
    assert "involve the owner" in page.detail.banner.text()
    row = page.model.row_of(people["ichiro"])
    assert page.model.data(page.model.index(row, ContactColumn.NAME), Qt.ItemDataRole.ToolTipRole)

    for key in ("money_or_goods", "excessive_demand"):
        box.checks[key].click()
    assert not services.contacts.get(people["ichiro"]).unreasonable
    assert page.detail.banner.isHidden()


def test_merging_a_duplicate_from_the_hint(qtbot, page, services, people):
    choose(page, people["twin"])
    hint = page.detail.duplicates_hint
    assert not hint.isHidden() and "佐藤 花子" in hint.text() and "same phone number" in hint.text()
    hint.button.click()
    dialog = page.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.target().id == people["hanako"]
    assert dialog.targets.item(0).text().endswith("possible duplicate")  # look-alikes first
    text = dialog.explanation_text()
    assert "佐藤花子 will be merged into 佐藤 花子" in text
    assert "1 case" in text and "1 call" in text and "cannot be undone" in text
    with qtbot.waitSignal(page.contact_merged) as merged:
        dialog.merge_button.click()
    assert merged.args == [people["hanako"]]
    assert shown_names(page) == ["佐藤 花子", "田中 一郎"]
    assert page.detail.contact_id() == people["hanako"]
    assert page.detail.channels.values() == ["03-1234-5678", "090-1111-2222", "hanako@example.jp"]
    assert services.contacts.find_by_phone("090-1111-2222") == people["hanako"]
    kinds = sorted(page.detail.timeline.entry_at(row).kind for row in range(page.detail.timeline.count()))
    assert kinds == ["call", "case"]
    assert page.detail.duplicates_hint.isHidden()


def test_merge_into_a_chosen_customer_by_keyboard(qtbot, page, services, people):
    choose(page, people["ichiro"])
    page.detail.merge_button.click()
    dialog = page.merge_dialog
    assert dialog.target() is None and not dialog.merge_button.isEnabled()
    typed(dialog.search, "ハナコ")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.target().id == people["hanako"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter cancels, never merges
    assert not dialog.isVisible()
    assert len(services.contacts.list()) == 3


def test_empty_state_without_customers(qtbot, services, english):
    made = ContactsPage(services, SyncRunner(), TOKYO)
    qtbot.addWidget(made)
    made.reload()
    assert made.is_empty_state()
    assert "No customers yet" in made.empty.title()


def test_timeline_entries_open_where_they_live(qtbot, services, sample, english):
    window = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(window)
    window.reload_all()
    window.show_page(PageId.CONTACTS)
    hanako = next(c.id for c in services.contacts.list() if c.name == "佐藤 花子")
    window.contacts.select_record(hanako)
    timeline = window.contacts.detail.timeline
    entries: list[ContactTimelineEntry] = [timeline.entry_at(row) for row in range(timeline.count())]
    case = next(e for e in entries if e.kind == "case")
    timeline.open_entry(case)
    assert window.current_page() == PageId.CASES
    assert window.cases.detail.case_id() == case.id
    mail_id = sample.message_ids[0]
    window.contacts.detail.timeline.message_open_requested.emit(mail_id)
    assert window.current_page() == PageId.INBOX
    assert window.inbox.reading_pane.message_id() == mail_id


def test_a_new_customer_is_added_and_chosen(qtbot, page, services):
    page.new_button.click()
    dialog = page.name_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("山田 太郎")
    dialog.accept()
    [added] = [c for c in services.contacts.list() if c.name == "山田 太郎"]
    assert page.detail.contact_id() == added.id
    assert "山田 太郎" in shown_names(page)
