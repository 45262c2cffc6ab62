"""Settings → Record sync: the account and folder, this machine's role and key, trusting the
owner's key, making the owner's machine, and the other machines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtGui import QGuiApplication

from desk_app.core import signing
from desk_app.core.records import AccountInfo
from desk_app.store import record_sync_repo
from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.page import SettingsPage
from desk_app.ui.statements.owner_mode import OwnerMode

PASSPHRASE = "hidamari-2025"
OWNER_FINGERPRINT = "3f2c 1e9a 0c1d 44aa 55bb 66cc 77dd 88ee 99ff 0011"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A system without any password store."""
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def make_page(qtbot, services, english):
    def make() -> SettingsPage:
        mode = OwnerMode()
        page = SettingsPage(services, SyncRunner(), owner_mode=mode)
        mode.setParent(page)
        qtbot.addWidget(page)
        page.reload()
        return page

    return make


def test_an_agent_machine_shows_its_role_and_key(make_page, services, file_keyring):
    page = make_page()
    section = page.records
    fingerprint = services.records.device().fingerprint
    assert section.role.text() == "Agent's machine"
    assert section.fingerprint.text() == fingerprint and len(fingerprint.split()) == 10
    assert not section.make_owner_button.isHidden() and section.make_owner_button.isEnabled()
    assert section.trusted.text().startswith("none yet — owner-only changes (rates, approvals) are held")
    assert not section.trusted_row.isHidden()

    section.copy_button.click()
    assert QGuiApplication.clipboard().text() == fingerprint
    assert section.message.text() == "Fingerprint copied."


def test_the_owner_machine_shows_the_command_agents_trust_it_with(make_page, services, file_keyring):
    fingerprint = services.records.owner_init(PASSPHRASE)
    page = make_page()
    section = page.records
    assert section.role.text() == "Owner's machine"
    assert section.fingerprint.text() == fingerprint
    assert f"owner trust {fingerprint}" in section.fingerprint_note.text()
    assert section.make_owner_button.isHidden()
    assert section.trusted_row.isHidden()  # an owner's machine trusts no other owner


def test_without_a_keyring_the_section_says_the_key_needs_one(make_page, no_keyring):
    page = make_page()
    section = page.records
    assert section.fingerprint.text() == "—"
    assert not section.copy_button.isEnabled()
    assert "password store (keyring" in section.fingerprint_note.text()


def test_trusting_the_owner_key_through_the_dialog_stores_it(make_page, services, file_keyring):
    page = make_page()
    section = page.records
    section.trust_button.click()
    dialog = section.dialog
    dialog.field.setText(OWNER_FINGERPRINT.upper())
    dialog.accept()
    assert services.settings.trusted_owner_fingerprint == OWNER_FINGERPRINT.replace(" ", "")
    assert section.message.text() == "Owner's key trusted. No change set was waiting for it."
    assert section.trusted.text() == OWNER_FINGERPRINT
    # One owner's machine per shop: this one can no longer become it, and says why.
    assert not section.make_owner_button.isEnabled()
    assert "trusts an owner's machine" in section.role_note.text()


@pytest.mark.parametrize(("typed", "problem"), [
    ("", "Enter the fingerprint the owner's machine shows."),
    ("3f2c 1e9a 0c1d", "A fingerprint has 40 digits; this one has 12."),
    (OWNER_FINGERPRINT.replace("3f2c", "3g2c"), "A fingerprint has only the digits 0–9 and the letters a–f."),
])
def test_a_wrong_fingerprint_is_refused_in_the_dialog(make_page, services, file_keyring, typed, problem):
    page = make_page()
    section = page.records
    section.trust_button.click()
    dialog = section.dialog
    dialog.field.setText(typed)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == problem
    assert services.settings.trusted_owner_fingerprint == ""


def test_making_the_owner_machine_sets_the_passphrase_and_shows_the_fingerprint(make_page, services,
                                                                               file_keyring):
    page = make_page()
    section = page.records
    section.make_owner_button.click()
    dialog = section.dialog
    dialog.new.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.accept()
    fingerprint = services.records.device().fingerprint
    assert services.records.is_owner_machine() and services.owner.verify(PASSPHRASE)
    assert section.message.text() == (
        f"This is the owner's machine now. Agents' machines trust it with: owner trust {fingerprint}")
    assert section.role.text() == "Owner's machine" and section.fingerprint.text() == fingerprint
    assert "Set:" in page.owner.passphrase_state.text()  # the Owner section knows of the passphrase


def test_making_the_owner_machine_asks_for_the_passphrase_that_is_set(make_page, services, file_keyring):
    services.owner.set_passphrase(PASSPHRASE)
    page = make_page()
    section = page.records
    section.make_owner_button.click()
    section.dialog.field.setText("not it")
    section.dialog.accept()
    assert section.message.text() == "That is not the owner's passphrase."
    assert not services.records.is_owner_machine()
    section.make_owner_button.click()
    section.dialog.field.setText(PASSPHRASE)
    section.dialog.accept()
    assert services.records.is_owner_machine()


def test_without_a_keyring_making_the_owner_machine_explains_why_not(make_page, services, no_keyring):
    page = make_page()
    section = page.records
    section.make_owner_button.click()
    section.dialog.new.setText(PASSPHRASE)
    section.dialog.repeat.setText(PASSPHRASE)
    section.dialog.accept()
    assert not services.records.is_owner_machine()
    assert "signing key must be kept in a password store (keyring" in section.message.text()
    assert section.make_owner_button.isEnabled()


def test_the_account_and_the_folder_are_saved(make_page, services, file_keyring):
    for name in ("shop", "backup"):
        services.accounts.add(account(name), "secret", remember_for_session=True)
    page = make_page()
    section = page.records
    combo = section.account
    assert [combo.itemText(i) for i in range(combo.count())] == ["First account (backup)", "backup", "shop"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert services.settings.record_sync_account == "shop"

    section.folder.setText("  Shop Sync ")
    section.folder.editingFinished.emit()
    assert services.settings.record_sync_folder == "Shop Sync"
    section.folder.setText("   ")
    section.folder.editingFinished.emit()
    assert section.message.text() == "Enter the name of the sync folder."
    assert section.folder.text() == "Shop Sync" and services.settings.record_sync_folder == "Shop Sync"


def test_the_other_machines_are_listed(make_page, services, file_keyring):
    page = make_page()
    section = page.records
    assert section.machines.isHidden() and not section.machines_note.isHidden()
    key = signing.public_bytes(signing.new_private_key())
    with services.db.write() as session:
        record_sync_repo.remember_device(session, "owner-device", key=key, agent="店長", owner=True, seq=1234,
                                         at=datetime(2026, 11, 2, 1, 30, tzinfo=UTC))
    section.refresh_machines()
    assert not section.machines.isHidden() and section.machines_note.isHidden()
    assert section.machines.rowCount() == 1
    # Tokyo time: 01:30 UTC is 10:30 there.
    assert section.machines.cell_texts(0) == ["店長", "Owner", signing.fingerprint(key), "1,234", "2026/11/02 10:30"]


def account(name: str) -> AccountInfo:
    return AccountInfo(
        id=None, name=name, email=f"{name}@example.jp", display_name="", imap_host=f"imap.{name}.example",
        imap_port=993, imap_security="ssl", smtp_host=f"smtp.{name}.example", smtp_port=465, smtp_security="ssl",
        username=name,
    )
