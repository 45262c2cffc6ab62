"""Accounts in Settings: the account dialog (fields, inline validation, keyring, test connection)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

import desk_app.mail.secrets as secrets
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.account_dialog import AccountDialog
from desk_app.ui.settings.page import SettingsPage


class FakeKeyring:
    """Stands in for the system keyring: a dict, and a switch for "no keyring on this machine"."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.available = True
        self.stored: dict[str, str] = {}
        monkeypatch.setattr(secrets, "keyring_available", lambda: self.available)
        monkeypatch.setattr(secrets, "store_password", self._store)
        monkeypatch.setattr(secrets, "load_password", lambda key: self.stored.get(key))

    def _store(self, key: str, password: str) -> None:
        if not self.available:
            raise DeskAppError(ErrorCode.NO_KEYRING, "test")
        self.stored[key] = password


class DeferredRunner:
    """Holds each job until `deliver()`, so a test can look at the dialog while the job runs."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(self, fn, on_done=None, on_error=None, *, owner=None) -> None:
        self.jobs.append((fn, on_done, on_error))

    def is_idle(self) -> bool:
        return not self.jobs

    def deliver(self) -> None:
        while self.jobs:
            fn, on_done, on_error = self.jobs.pop(0)
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001
                if on_error:
                    on_error(exc)
            else:
                if on_done:
                    on_done(result)


@pytest.fixture
def keyring(monkeypatch) -> FakeKeyring:
    return FakeKeyring(monkeypatch)


@pytest.fixture
def make_dialog(qtbot, services, keyring, english):
    def make(account: AccountInfo | None = None, runner=None, names: tuple[str, ...] = ()) -> AccountDialog:
        dialog = AccountDialog(services, runner or SyncRunner(), account, names)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def fill(dialog: AccountDialog, *, name: str = "shop", password: str = "secret") -> None:
    dialog.name.setText(name)
    dialog.email.setText("support@example-shop.jp")
    dialog._on_email_text_edited("support@example-shop.jp")  # as typing would
    dialog.display_name.setText("ひだまり雑貨店")
    dialog.imap.host.setText("imap.example-shop.jp")
    dialog.smtp.host.setText("smtp.example-shop.jp")
    dialog.password.setText(password)
    dialog.signature.setPlainText("ひだまり雑貨店\nサポート担当")


def saved_account(services, name: str = "shop") -> AccountInfo:
    return next(a for a in services.accounts.list() if a.name == name)


def test_add_stores_the_account_and_its_password_in_the_keyring(qtbot, make_dialog, services, keyring):
    dialog = make_dialog()
    assert not dialog.keyring_note.isVisibleTo(dialog)
    fill(dialog)
    with qtbot.waitSignal(dialog.account_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    account = saved_account(services)
    assert (account.imap_port, account.imap_security, account.smtp_port) == (993, "ssl", 465)
    assert account.username == "support@example-shop.jp"  # defaults to the address
    assert account.signature == "ひだまり雑貨店\nサポート担当"
    assert keyring.stored == {"support@example-shop.jp@imap.example-shop.jp": "secret"}
    assert dialog.result() == AccountDialog.DialogCode.Accepted
    assert dialog.password.text() == ""


def test_validation_outlines_the_fields_with_a_sentence(qtbot, make_dialog, services):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.invalid_fields()) == {"name", "email", "imap-host", "smtp-host", "username", "password"}
    assert "Enter a name for the account." in dialog.message.text()
    assert "Enter an email address such as support@example.jp." in dialog.message.text()
    assert dialog.name.property("invalid") is True
    assert services.accounts.list() == []

    dialog.email.setText("not an address")
    qtbot.keyClicks(dialog.name, "shop")  # typing clears that field's outline
    assert "name" not in dialog.invalid_fields()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "email" in dialog.invalid_fields()
    assert "name" not in dialog.invalid_fields()


def test_a_taken_name_is_refused_inline(qtbot, make_dialog, services):
    dialog = make_dialog(names=("shop",))
    fill(dialog, name="shop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.invalid_fields() == ["name"]
    assert "exists already" in dialog.message.text()
    assert services.accounts.list() == []


def test_security_sets_the_usual_port_unless_edited(make_dialog):
    dialog = make_dialog()
    imap, smtp = dialog.imap, dialog.smtp
    assert (imap.port.value(), smtp.port.value()) == (993, 465)
    imap.security.setCurrentIndex(imap.security.findData("starttls"))
    smtp.security.setCurrentIndex(smtp.security.findData("starttls"))
    assert (imap.port.value(), smtp.port.value()) == (143, 587)
    smtp.security.setCurrentIndex(smtp.security.findData("none"))
    assert smtp.port.value() == 25
    imap.port.setValue(10993)  # set by hand: a security change leaves it alone
    imap.security.setCurrentIndex(imap.security.findData("ssl"))
    assert imap.port.value() == 10993


def test_user_name_follows_the_address_until_typed(qtbot, make_dialog):
    dialog = make_dialog()
    qtbot.keyClicks(dialog.email, "a@example.jp")
    assert dialog.username.text() == "a@example.jp"
    qtbot.keyClicks(dialog.username, "-x")
    qtbot.keyClicks(dialog.email, "p")
    assert dialog.username.text() == "a@example.jp-x"


def test_without_keyring_the_dialog_explains_and_needs_the_session_choice(qtbot, make_dialog, services, keyring):
    keyring.available = False
    dialog = make_dialog()
    assert dialog.keyring_missing()
    assert dialog.keyring_note.isVisibleTo(dialog)
    assert dialog.session_only.isVisibleTo(dialog)
    assert "No password store (keyring) was found" in dialog.keyring_note.text()
    assert "never stores passwords in plain text" in dialog.keyring_note.text()

    fill(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.invalid_fields() == ["session"]
    assert "once per session" in dialog.message.text()
    assert services.accounts.list() == []  # refused: nothing written

    dialog.session_only.setChecked(True)
    with qtbot.waitSignal(dialog.account_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    account = saved_account(services)
    assert keyring.stored == {}
    assert services.accounts.password(account) == "secret"  # held in memory for this session


def test_a_keyring_that_fails_on_save_turns_into_the_session_choice(qtbot, make_dialog, services, keyring):
    dialog = make_dialog()
    keyring.available = False  # found at first, refuses when asked to store
    fill(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.keyring_note.isVisibleTo(dialog)
    assert dialog.invalid_fields() == ["session"]


def add_account(services, keyring, **changes) -> AccountInfo:
    info = AccountInfo(
        id=None, name="shop", email="support@example-shop.jp", display_name="", imap_host="imap.example-shop.jp",
        imap_port=993, imap_security="ssl", smtp_host="smtp.example-shop.jp", smtp_port=465,
        smtp_security="ssl", username="support@example-shop.jp",
    )
    return services.accounts.add(info, "secret", **changes)


def test_edit_keeps_the_password_when_left_empty(qtbot, make_dialog, services, keyring):
    account = add_account(services, keyring)
    dialog = make_dialog(account)
    assert dialog.name.text() == "shop"
    assert dialog.imap.port.value() == 993
    assert dialog.password.placeholderText()
    dialog.username.setText("support")  # the password moves to the new key
    dialog.display_name.setText("サポート")
    with qtbot.waitSignal(dialog.account_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    changed = saved_account(services)
    assert (changed.id, changed.display_name, changed.username) == (account.id, "サポート", "support")
    assert services.accounts.password(changed) == "secret"


def test_edit_without_keyring_keeps_the_session_password(qtbot, make_dialog, services, keyring):
    keyring.available = False
    account = add_account(services, keyring, remember_for_session=True)
    dialog = make_dialog(account)
    dialog.imap.host.setText("mail.example-shop.jp")
    with qtbot.waitSignal(dialog.account_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.accounts.password(saved_account(services)) == "secret"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (ErrorCode.AUTH_FAILED, "Wrong user name or password"),
        (ErrorCode.TLS_FAILED, "certificate could not be verified. For a self-hosted server, add its CA file"),
        (ErrorCode.HOST_UNREACHABLE, "The server imap.example-shop.jp cannot be reached"),
        (ErrorCode.TIMEOUT, "did not answer in time"),
        (ErrorCode.NO_IMAP4REV1, "does not offer IMAP4rev1"),
        (ErrorCode.CONNECTION_LOST, "was lost"),
    ],
)
def test_test_connection_says_what_failed(make_dialog, services, monkeypatch, code, expected):
    seen: list[tuple[AccountInfo, str | None]] = []

    def fail(info: AccountInfo, password: str | None = None) -> None:
        seen.append((info, password))
        raise DeskAppError(code, "imap.example-shop.jp:993")

    monkeypatch.setattr(services.accounts, "test_connection", fail)
    runner = DeferredRunner()
    dialog = make_dialog(runner=runner)
    runner.deliver()  # the keyring check
    fill(dialog)
    dialog.test_button.click()
    assert dialog.is_testing()
    assert dialog.test_busy.isVisible()
    assert not dialog.test_button.isEnabled()
    assert "Connecting to imap.example-shop.jp" in dialog.test_result.text()
    runner.deliver()
    assert not dialog.test_busy.isVisible()
    assert dialog.test_button.isEnabled()
    assert expected in dialog.test_result.text()
    assert seen[0][1] == "secret"


def test_test_connection_when_editing_tries_the_saved_password(make_dialog, services, keyring, monkeypatch):
    account = add_account(services, keyring)
    seen: list[str | None] = []

    def fail(info: AccountInfo, password: str | None = None) -> None:
        seen.append(password)
        raise DeskAppError(ErrorCode.NO_PASSWORD, "key")

    monkeypatch.setattr(services.accounts, "test_connection", fail)
    dialog = make_dialog(account)
    dialog.test_button.click()
    assert seen == [None]  # the service looks the saved one up
    assert dialog.test_result.text() == "Enter the password to test the connection."
    assert "password" in dialog.invalid_fields()


def test_test_connection_success(make_dialog, services, monkeypatch):
    monkeypatch.setattr(services.accounts, "test_connection", lambda info, password=None: None)
    dialog = make_dialog()
    fill(dialog)
    dialog.test_button.click()
    assert dialog.test_result.text() == "Connected."


def test_test_connection_needs_the_server_fields_first(make_dialog, services, monkeypatch):
    monkeypatch.setattr(services.accounts, "test_connection", pytest.fail)
    dialog = make_dialog()
    dialog.test_button.click()
    assert "imap-host" in dialog.invalid_fields()
    assert "smtp-host" not in dialog.invalid_fields()  # only IMAP is tested


def test_settings_page_lists_accounts_and_adds_one(qtbot, services, keyring, english):
    page = SettingsPage(services, SyncRunner())
    qtbot.addWidget(page)
    page.reload()
    assert page.accounts.empty_note.isVisibleTo(page)
    assert not page.accounts.edit_button.isEnabled()

    dialog = page.accounts.open_dialog()
    fill(dialog)
    with qtbot.waitSignal(page.accounts_changed):
        dialog.save_button.click()
    assert page.accounts.model.rowCount() == 1
    text = page.accounts.item_text(0)
    assert "shop — support@example-shop.jp" in text
    assert "imap.example-shop.jp:993 (SSL/TLS) · Not synced yet" in text
    assert not page.accounts.empty_note.isVisibleTo(page)

    page.accounts.list.setCurrentIndex(page.accounts.model.index(0, 0))
    assert page.accounts.edit_button.isEnabled()
    page.accounts.edit_button.click()
    edit = page.accounts._dialog
    assert edit is not None and edit is not dialog
    assert edit.windowTitle() == "Edit account"
    assert edit.email.text() == "support@example-shop.jp"
    edit.reject()


def test_the_demo_account_is_listed_but_not_edited(qtbot, services, keyring, english):
    add_account(services, keyring)
    services.demo.load()
    page = SettingsPage(services, SyncRunner())
    qtbot.addWidget(page)
    page.reload()
    names = [a.name for a in page.accounts.accounts()]
    assert "demo" in names
    row = names.index("demo")
    assert "Demo data: not synced" in page.accounts.item_text(row)
    page.accounts.list.setCurrentIndex(page.accounts.model.index(row, 0))
    assert not page.accounts.edit_button.isEnabled()


def test_keep_days_limits_full_storage_and_all_mail_is_the_default(qtbot, make_dialog, services, keyring):
    dialog = make_dialog()
    fill(dialog)
    assert dialog.keep_days.value() == 0 and dialog.keep_days.text() == "All mail"
    dialog.keep_days.setValue(90)
    with qtbot.waitSignal(dialog.account_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved_account(services).keep_days == 90
    again = make_dialog(saved_account(services))
    assert again.keep_days.value() == 90
    again.keep_days.setValue(0)
    assert again.account_info().keep_days is None
