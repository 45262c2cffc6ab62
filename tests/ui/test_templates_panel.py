"""Reply templates in Settings: per language, edit and save, validation in words, add, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.page import SettingsPage
from desk_app.ui.settings.template_form import KEY_ROLE
from desk_app.ui.settings.templates_panel import TemplatesPanel


@pytest.fixture
def panel(qtbot, services, english) -> TemplatesPanel:
    made = TemplatesPanel(services, SyncRunner())
    qtbot.addWidget(made)
    made.language.setCurrentIndex(made.language.findData("ja"))
    made.reload()
    return made


def check(panel: TemplatesPanel, key: str, checked: bool = True) -> None:
    items = panel.form.categories
    for row in range(items.count()):
        if items.item(row).data(KEY_ROLE) == key:
            items.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def test_the_templates_of_each_language_are_listed(panel):
    assert len(panel.titles()) == 10
    assert "発送遅延のお詫びと発送予定のご連絡" in panel.titles()
    panel.language.setCurrentIndex(panel.language.findData("en"))
    assert len(panel.titles()) == 10
    assert all(title.isascii() for title in panel.titles())


def test_the_form_shows_the_template_with_its_categories(panel):
    assert panel.select("shipping_delay")
    form = panel.form
    assert form.key.text() == "shipping_delay" and form.key.isReadOnly()
    assert form.title.text() == "発送遅延のお詫びと発送予定のご連絡"
    assert form.body.toPlainText().startswith("{customer_name} 様")
    assert set(form.checked_categories()) == {"delivery.late", "delivery.not_arrived", "inquiry.shipping"}
    labels = [form.categories.item(row).text() for row in range(form.categories.count())]
    assert "Delivery — Late delivery" in labels
    assert not panel.save_button.isEnabled()  # nothing changed yet


def test_an_edit_is_saved(qtbot, panel, services):
    panel.select("shipping_delay")
    qtbot.keyClicks(panel.form.title, " (v2)")
    check(panel, "delivery.damaged")
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    saved = services.templates.get("shipping_delay", "ja")
    assert saved.title == "発送遅延のお詫びと発送予定のご連絡 (v2)"
    assert "delivery.damaged" in saved.categories
    assert panel.message.text() == "Template saved."
    assert panel.form.key.text() == "shipping_delay"


def test_validation_errors_are_shown_at_the_fields(qtbot, panel, services):
    panel.select("refund_done")
    panel.form.title.clear()
    panel.form.body.setPlainText("   ")
    panel.save_button.click()
    text = panel.message.text()
    assert "Enter a title on one line." in text
    assert "Enter the text of the template." in text
    assert panel.message.property("error") is True
    assert "c0392b" in panel.form.title.styleSheet()
    assert "c0392b" in panel.form.body.styleSheet()
    assert panel.form.subject.styleSheet() == ""
    assert services.templates.get("refund_done", "ja").title  # nothing was saved


def test_a_new_template_is_added_with_a_free_key(qtbot, panel, services):
    panel.add_button.click()
    assert panel.form.key.text() == "custom_1" and not panel.form.key.isReadOnly()
    qtbot.keyClicks(panel.form.title, "Gift wrapping")
    panel.form.body.setPlainText("{customer_name} 様\nラッピングを承りました。")
    check(panel, "inquiry.product")
    panel.save_button.click()
    saved = services.templates.get("custom_1", "ja")
    assert saved.categories == ("inquiry.product",)
    assert "Gift wrapping" in panel.titles()
    assert panel.form.key.isReadOnly()

    panel.add_button.click()
    panel.form.key.setText("shipping_delay")
    panel.form.title.setText("Copy")
    panel.form.body.setPlainText("text")
    panel.save_button.click()
    assert "exists already" in panel.message.text()
    assert services.templates.get("shipping_delay", "ja").title == "発送遅延のお詫びと発送予定のご連絡"

    panel.form.key.setText("Bad Key")
    panel.save_button.click()
    assert "lowercase letters" in panel.message.text()


def test_delete_asks_first(panel, services):
    panel.select("firm_reply")
    panel.delete_button.click()
    box = panel.question
    assert box is not None and "Delete the template" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "firm_reply" in [t.key for t in services.templates.list("ja")]

    panel.delete_button.click()
    [delete] = [b for b in panel.question.findChildren(QPushButton) if b.text() == "Delete"]
    delete.click()
    assert "firm_reply" not in [t.key for t in services.templates.list("ja")]
    assert len(panel.titles()) == 9
    assert panel.message.text() == "Template deleted."


def test_unsaved_changes_are_asked_about_before_moving_on(qtbot, panel, services):
    panel.select("refund_done")
    qtbot.keyClicks(panel.form.title, "!")
    panel.list.setCurrentRow(0)
    box = panel.question
    assert box is not None
    assert panel.form.title.text().endswith("!")  # still on the edited template
    box.button(QMessageBox.StandardButton.Save).click()
    assert services.templates.get("refund_done", "ja").title.endswith("!")
    assert panel.form.key.text() == panel.list.item(0).data(Qt.ItemDataRole.UserRole + 1).key


def test_the_settings_page_holds_the_templates(qtbot, services, english):
    page = SettingsPage(services, SyncRunner())
    qtbot.addWidget(page)
    page.reload()
    assert len(page.templates.titles()) == 10
