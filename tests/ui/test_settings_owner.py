"""Settings → Owner (the passphrase, owner mode for the session) and Settings → Rates."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.core.tax import TaxMode
from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.page import SettingsPage
from desk_app.ui.statements.owner_mode import OwnerMode

PASSPHRASE = "hidamari-2025"


@pytest.fixture
def mode(qapp):
    made = OwnerMode()
    yield made
    made.deleteLater()


@pytest.fixture
def page(qtbot, services, mode, english):
    made = SettingsPage(services, SyncRunner(), owner_mode=mode)
    qtbot.addWidget(made)
    made.reload()
    return made


def test_without_a_passphrase_the_switch_turns_owner_mode_on_at_once(page, mode):
    section = page.owner
    assert "Not set" in section.passphrase_state.text()
    section.switch.setChecked(True)
    assert mode.is_active() and mode.passphrase() is None
    assert "set one above" in section.message.text()
    section.switch.setChecked(False)
    assert not mode.is_active()


def test_the_passphrase_is_set_and_then_guards_owner_mode(page, services, mode):
    section = page.owner
    section.passphrase_button.click()
    dialog = section.dialog
    assert not dialog.current.isVisibleTo(dialog)  # none set yet: nothing to confirm
    dialog.new.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.accept()
    assert dialog.isVisible()  # stays open until the form is right
    assert dialog.problem.text() == "The two new passphrases differ."
    assert not services.owner.has_passphrase()
    dialog.repeat.setText(PASSPHRASE)
    dialog.accept()
    assert services.owner.verify(PASSPHRASE)
    assert section.message.text() == "Passphrase saved."
    assert "Set:" in section.passphrase_state.text()
    stored = services.settings.owner_passphrase_hash
    assert stored.startswith("scrypt$") and PASSPHRASE not in stored

    section.switch.setChecked(True)
    assert not mode.is_active() and not section.switch.isChecked()  # not before the passphrase
    asked = section.dialog
    asked.field.setText("nicht")
    asked.accept()
    assert not mode.is_active()
    again = section.dialog
    assert again.problem.text() == "That is not the owner's passphrase."
    again.field.setText(PASSPHRASE)
    again.accept()
    assert mode.is_active() and mode.passphrase() == PASSPHRASE
    assert section.switch.isChecked()

    section.switch.setChecked(False)
    assert not mode.is_active() and mode.passphrase() is None  # forgotten with the mode


def test_a_cancelled_passphrase_leaves_owner_mode_off(page, services, mode):
    services.owner.set_passphrase(PASSPHRASE)
    page.owner.reload()
    page.owner.switch.setChecked(True)
    page.owner.dialog.reject()
    assert not mode.is_active() and not page.owner.switch.isChecked()


def test_changing_the_passphrase_needs_the_current_one(page, services, mode):
    services.owner.set_passphrase(PASSPHRASE)
    mode.enter(PASSPHRASE)
    section = page.owner
    section.reload()
    section.passphrase_button.click()
    dialog = section.dialog
    dialog.current.setText("wrong")
    dialog.new.setText("atarashii")
    dialog.repeat.setText("atarashii")
    dialog.accept()
    assert section.message.text() == "Not changed: the current passphrase is not right."
    assert services.owner.verify(PASSPHRASE)
    section.passphrase_button.click()
    dialog = section.dialog
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("atarashii")
    dialog.repeat.setText("atarashii")
    dialog.accept()
    assert services.owner.verify("atarashii")
    assert mode.passphrase() == "atarashii"  # owner mode goes on with the new one


def test_a_new_rate_card_is_saved_behind_the_passphrase(page, services, mode):
    services.rates.set(effective_from=date(2025, 1, 1), rates={"email_reply": 150, "shipment": 80})
    services.owner.set_passphrase(PASSPHRASE)
    rates = page.rates
    rates.reload()
    assert rates.table.rowCount() == 1
    assert "Email reply ¥150" in rates.table.item(0, 1).text()
    rates.new_button.click()
    dialog = rates.dialog
    assert dialog.rates["shipment"].value() == 80  # filled in from the card in force
    dialog.effective_from.setDate(date(2030, 4, 1))
    dialog.rates["shipment"].setValue(100)
    dialog.tax_mode.setCurrentIndex(dialog.tax_mode.findData(TaxMode.EXEMPT))
    dialog.accept()
    asked = rates.owner_steps.dialog  # owner mode is off: the service asks for the passphrase
    assert asked is not None
    asked.field.setText(PASSPHRASE)
    asked.accept()
    cards = services.rates.cards()
    assert [c.effective_from for c in cards] == [date(2025, 1, 1), date(2030, 4, 1)]
    assert cards[-1].rates == {"email_reply": 150, "shipment": 100}
    assert cards[-1].tax.mode is TaxMode.EXEMPT
    assert rates.table.rowCount() == 2
    assert rates.table.item(0, 0).text() == "2030/04/01"
    assert "applies from 2030/04/01" in rates.message.text()
    assert mode.passphrase() is None  # outside owner mode nothing is kept
