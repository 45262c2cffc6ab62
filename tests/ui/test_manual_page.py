"""The Manual page: table of contents, the section, internal links with Back and Forward, zoom, PDF,
search in Japanese with the matches marked, and the owner's folder (broken files, live changes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QFileDialog

from desk_app.ui.main_window import MainWindow
from desk_app.ui.manual.browser import ManualBrowser, task_blocks
from desk_app.ui.manual.page import ManualPage
from desk_app.ui.manual.toc import error_key
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import SyncRunner

GOOD = "---\ntitle: 当店のルール\norder: 50\n---\n# 当店のルール\n\n- [ ] 朝一番にメールを確認する\n"


@pytest.fixture
def owner_folder(tmp_path: Path, services) -> Path:
    folder = tmp_path / "owner-manual"
    folder.mkdir()
    services.settings.set("manual_folder", str(folder))
    return folder


@pytest.fixture
def make_page(qtbot, services, japanese):
    def make() -> ManualPage:
        page = ManualPage(services, SyncRunner())
        qtbot.addWidget(page)
        page.resize(1100, 700)
        with qtbot.waitExposed(page):
            page.show()
        page.reload()
        return page

    return make


def link_point(page: ManualPage, target: str) -> QPoint:
    """The middle of the first link to `target` in the section shown, in viewport coordinates."""
    document = page.viewer.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == target:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                page.viewer.setTextCursor(cursor)
                page.viewer.ensureCursorVisible()
                return page.viewer.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {target}")


def test_the_page_lists_every_section_in_order_and_shows_the_first(make_page, services):
    page = make_page()
    sections = services.manual.list("ja")
    assert page.side.toc.places() == [s.id for s in sections]
    assert len(page.side.toc.headings()) >= 8  # basics, the five claim groups, inquiries, …
    assert page.current_place() == sections[0].id
    assert page.viewer.toPlainText().startswith(sections[0].title)
    assert str(len(sections)) in page.heading.note()


def test_choosing_a_section_in_the_table_of_contents_shows_it(make_page, services):
    page = make_page()
    toc = page.side.toc
    toc.setCurrentItem(toc.findItems("配送中の破損", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0])
    assert page.current_place() == "delivery-damaged"
    text = page.viewer.toPlainText()
    assert text.startswith("配送中の破損")
    assert services.manual.show("delivery-damaged", "ja").checklist[0] in text


def test_an_internal_link_navigates_and_back_returns(qtbot, make_page):
    page = make_page()
    page.show_place("basic-stance")
    assert not page.actions.back.isEnabled()
    qtbot.mouseClick(page.viewer.viewport(), Qt.MouseButton.LeftButton, pos=link_point(page, "sincere-explanation"))
    assert page.current_place() == "sincere-explanation"
    assert page.side.toc.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == "sincere-explanation"
    assert page.actions.back.isEnabled()
    qtbot.keyClick(page.viewer, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_place() == "basic-stance"
    assert page.viewer.toPlainText().startswith("受付時の基本姿勢")
    assert page.actions.forward.isEnabled()
    page.actions.forward.trigger()
    assert page.current_place() == "sincere-explanation"
    assert not page.actions.forward.isEnabled()


def test_web_links_open_outside_only_when_clicked_and_nothing_is_loaded(qtbot, make_page, owner_folder,
                                                                        monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    (owner_folder / "web.md").write_text(
        "---\ntitle: 外部\n---\n# 外部\n\n![写真](https://example.com/tracker.png)\n\n"
        "[配送業者のサイト](https://example.com/track)\n", encoding="utf-8")
    page = make_page()
    page.show_place("web")
    assert not opened
    assert page.viewer.loadResource(2, QUrl("https://example.com/tracker.png")) is None
    qtbot.mouseClick(page.viewer.viewport(), Qt.MouseButton.LeftButton, pos=link_point(page, "https://example.com/track"))
    assert [url.toString() for url in opened] == ["https://example.com/track"]
    assert page.current_place() == "web"


@pytest.mark.parametrize("word", ["傷", "返品", "再配達"])
def test_search_finds_japanese_words_and_marks_them_in_the_page(make_page, services, word):
    page = make_page()
    page.search(word)
    expected = services.manual.search(word, "ja")
    assert expected
    results = page.side.results
    assert page.side.showing_hits()
    assert [results.hit_at(row).id for row in range(results.count())] == [hit.id for hit in expected]
    assert word in results.hit_at(0).snippet or word in results.hit_at(0).title
    results.choose(0)
    assert page.current_place() == expected[0].id
    marked = page.viewer.marked_texts()
    assert marked and set(marked) == {word}
    assert page.viewer.textCursor().position() > 0  # scrolled to the first match


def test_typing_in_the_search_box_after_ctrl_f_lists_the_hits(qtbot, make_page):
    page = make_page()
    qtbot.keyClick(page.viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.side.search.hasFocus()
    page.side.search.insert("返金")
    qtbot.waitUntil(page.side.showing_hits, timeout=2000)
    assert page.side.results.count() > 0
    page.side.search.clear()
    assert not page.side.showing_hits()
    assert page.viewer.marked_texts() == []


def test_a_search_without_hits_says_so(make_page):
    page = make_page()
    page.search("存在しない言葉ぬぬぬ")
    assert page.side.results.count() == 0
    assert "存在しない言葉ぬぬぬ" in page.side.results_note.text()


def test_zoom_keys_and_saving_a_section_as_pdf(qtbot, make_page, tmp_path):
    page = make_page()
    page.show_place("delivery-damaged")
    qtbot.keyClick(page.viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.viewer.zoom_percent() > 100
    assert page.actions.zoom_reset.text() == f"{page.viewer.zoom_percent()}%"
    qtbot.keyClick(page.viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.viewer.zoom_percent() == 100
    page.actions.save_pdf.trigger()
    dialog = page.printing.dialog
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "section.pdf"
    with qtbot.waitSignal(page.printing.pdf_saved):
        dialog.fileSelected.emit(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    dialog.reject()
    assert "section.pdf" in page.message.text()


def test_a_broken_owner_file_shows_its_error_and_the_rest_still_loads(make_page, services, owner_folder):
    (owner_folder / "house-rules.md").write_text(GOOD, encoding="utf-8")
    broken = owner_folder / "broken.md"
    broken.write_text("title: 先頭の --- がない\n", encoding="utf-8")
    page = make_page()
    places = page.side.toc.places()
    assert error_key(services.manual.errors("ja")[0]) == f"file:{broken}"
    assert places[0] == f"file:{broken}"  # the failed files come first
    assert "house-rules" in places and "delivery-damaged" in places
    assert page.current_place() == "house-rules"  # order 50: the first section
    page.show_place(f"file:{broken}")
    text = page.viewer.toPlainText()
    assert str(broken) in text
    assert "broken.md" in page.side.toc.currentItem().text(0)
    assert len(text.splitlines()) >= 3  # the problem, the file and what to do
    page.show_place("delivery-damaged")
    assert page.viewer.toPlainText().startswith("配送中の破損")


def test_a_change_in_the_owner_folder_is_picked_up(qtbot, make_page, owner_folder):
    page = make_page()
    assert str(owner_folder) in page.watch.watched()
    added = owner_folder / "house-rules.md"
    with qtbot.waitSignal(page.manual_loaded, timeout=5000):
        added.write_text(GOOD, encoding="utf-8")
    assert "house-rules" in page.side.toc.places()
    assert str(added) in page.watch.watched()
    page.show_place("house-rules")
    added.write_text(GOOD.replace("朝一番にメールを確認する", "昼にも確認する"), encoding="utf-8")
    qtbot.waitUntil(lambda: "昼にも確認する" in page.viewer.toPlainText(), timeout=5000)
    added.write_text("---\nno closing line\n", encoding="utf-8")
    qtbot.waitUntil(lambda: f"file:{added}" in page.side.toc.places(), timeout=5000)
    assert "house-rules" not in page.side.toc.places()
    added.write_text(GOOD, encoding="utf-8")
    qtbot.waitUntil(lambda: "house-rules" in page.side.toc.places(), timeout=5000)
    added.unlink()
    qtbot.waitUntil(lambda: "house-rules" not in page.side.toc.places(), timeout=5000)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_section_renders_one_check_box_per_checklist_step(qtbot, services, lang):
    """The case panel ticks steps by their place among the rendered check boxes."""
    browser = ManualBrowser()
    qtbot.addWidget(browser)
    for section in services.manual.list(lang):
        browser.show_markdown(section.markdown)
        texts = [block.text().strip() for block in task_blocks(browser.document())]
        assert texts == [step.strip() for step in section.checklist], section.id


def test_the_manual_keys_work_only_while_the_manual_is_shown(qtbot, services, japanese):
    window = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(window)
    window.reload_all()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page(PageId.INBOX)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.manual.side.search.hasFocus()
    window.show_page(PageId.MANUAL)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.manual.side.search.hasFocus()


def test_reading_the_manual_again_keeps_the_place_and_the_scroll(make_page):
    page = make_page()
    page.show_place("channels")
    bar = page.viewer.verticalScrollBar()
    assert bar.maximum() > 100
    bar.setValue(100)
    page.reload()
    assert page.current_place() == "channels"
    assert bar.value() == 100
