"""The "Import Orders…" flow: a cp932 BASE export through a new column mapping (preview, guessed
columns, validation), the result with its skipped rows, auto-detection next time, and Cancel on a
real worker thread. Only the file dialog is replaced (it is the platform's own)."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget
from sqlalchemy import func, select

from desk_app.services.context import Services
from desk_app.services.order_imports import ImportProfile, ProfileField
from desk_app.store.models import Order
from desk_app.ui.runner import SyncRunner
from desk_app.ui.sales.import_flow import run_import
from desk_app.ui.sales.import_format_dialog import NEW_MAPPING, ImportFormatDialog
from desk_app.ui.sales.import_result_dialog import ImportResultDialog
from desk_app.ui.sales.mapping_dialog import MappingDialog

HEADER = ["注文ID", "注文日時", "氏名", "メールアドレス", "商品名", "商品コード", "価格", "数量", "合計金額", "ステータス"]


def base_export(path: Path, orders: int, *, bad_quantity_at: int | None = None) -> Path:
    """A BASE-like export in cp932 with CRLF: two rows per order, order cells repeated on each."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(orders):
        for product, sku, price in (("有田焼 湯呑み（藍）", "YU-1", "1,980"), ("急須", "KY-1", "3300")):
            quantity = "x" if n == bad_quantity_at and sku == "KY-1" else "1"
            writer.writerow([f"B-{n:05d}", "2026/11/02 10:00", "髙橋 一郎", f"c{n}@example.jp", product, sku, price,
                             quantity, "5,280", "キャンセル" if n % 10 == 9 else "発送済み"])
    path.write_bytes(text.getvalue().encode("cp932"))
    return path


class ModalDriver:
    """Answers the modal dialogs the flow opens, in order: each step waits for a dialog of its
    class, then acts on it. A failing step (or one whose dialog does not come within
    STEP_SECONDS) closes whatever is open, so the flow ends and `check()` raises the failure
    instead of the test hanging."""

    STEP_SECONDS = 60

    def __init__(self, steps: list[tuple[type[QWidget], Callable[[QWidget], None]]]) -> None:
        self.steps = list(steps)
        self.failure: BaseException | None = None
        self.step_started = time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if self.failure is not None or not self.steps:
            if widget is not None and self.failure is not None:
                widget.close()
            return
        kind, act = self.steps[0]
        if time.monotonic() - self.step_started > self.STEP_SECONDS:
            self.failure = AssertionError(f"no {kind.__name__} came; {type(widget).__name__} is open")
            return
        if isinstance(widget, kind) and widget.isVisible():
            self.steps.pop(0)
            self.step_started = time.monotonic()
            try:
                act(widget)
            except BaseException as exc:  # noqa: BLE001 - raised again by check()
                self.failure = exc
                widget.close()

    def check(self) -> None:
        self.timer.stop()
        if self.failure is not None:
            raise self.failure
        assert not self.steps, f"dialogs never shown: {[kind.__name__ for kind, _ in self.steps]}"


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _base_profile(services: Services, path: Path) -> ImportProfile:
    return ImportProfile("BASE", services.order_imports.guess_columns(services.order_imports.preview(path).header))


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def stored_orders(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(Order))


def test_a_new_mapping_for_a_cp932_file_is_saved_and_imported(parent, services, tmp_path, monkeypatch,
                                                               english) -> None:
    choose(monkeypatch, base_export(tmp_path / "base.csv", 3, bad_quantity_at=1))

    def not_recognised(dialog: ImportFormatDialog) -> None:
        assert dialog.chosen() == NEW_MAPPING
        assert dialog.format_combo.itemData(0) == "auto"
        dialog.go.click()

    def map_columns(dialog: MappingDialog) -> None:
        model = dialog.table.model()
        # Decoded from cp932:
        assert model.headerData(0, Qt.Orientation.Horizontal) == "注文ID" and model.index(0, 2).data() == "髙橋 一郎"
        assert dialog.combos[ProfileField.NUMBER].currentData() == "注文ID"
        assert dialog.combos[ProfileField.UNIT_PRICE].currentData() == "価格"
        assert dialog.combos[ProfileField.STATUS].currentData() == "ステータス"
        dialog.combos[ProfileField.QUANTITY].setCurrentIndex(0)
        dialog.name.setText("BASE")
        dialog.save.click()
        assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
        assert "Quantity" in dialog.error.text()
        dialog.combos[ProfileField.QUANTITY].setCurrentIndex(dialog.combos[ProfileField.QUANTITY].findData("数量"))
        dialog.save.click()

    def result(dialog: ImportResultDialog) -> None:
        # (The figures read "3 orders" once translated: their plural is the translators'.)
        assert dialog.figures.text().startswith("3 order") and "imported as BASE: 5 line item" in dialog.figures.text()
        table = dialog.skipped.model()
        assert (table.rowCount(), table.index(0, 0).data(), table.index(0, 1).data()) == (1, "5", "Not a quantity: x")
        dialog.reject()

    driver = ModalDriver([(ImportFormatDialog, not_recognised), (MappingDialog, map_columns),
                          (ImportResultDialog, result)])
    imported = run_import(parent, services, runner=SyncRunner())
    driver.check()
    assert imported is True
    assert [p.name for p in services.order_imports.profiles()] == ["BASE"]
    assert stored_orders(services) == 3


def test_the_saved_mapping_is_recognised_next_time_and_updates(parent, services, tmp_path, monkeypatch) -> None:
    path = base_export(tmp_path / "base.csv", 4)
    services.order_imports.save_profile(_base_profile(services, path))
    services.order_imports.import_orders(path, "BASE")
    choose(monkeypatch, path)

    def recognised(dialog: ImportFormatDialog) -> None:
        assert dialog.chosen() == "auto"
        assert "BASE" in dialog.hint.text()
        dialog.go.click()

    def result(dialog: ImportResultDialog) -> None:
        assert "4 of the orders were here already" in dialog.figures.text()
        assert dialog.skipped is None
        dialog.reject()

    driver = ModalDriver([(ImportFormatDialog, recognised), (ImportResultDialog, result)])
    imported = run_import(parent, services, runner=SyncRunner())
    driver.check()
    assert imported is True
    assert stored_orders(services) == 4


def test_a_file_no_format_fits_is_refused_with_what_it_lacks(parent, services, tmp_path, monkeypatch) -> None:
    choose(monkeypatch, base_export(tmp_path / "base.csv", 1))

    def pick_shopify(dialog: ImportFormatDialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("shopify"))
        dialog.go.click()

    def refused(box: QMessageBox) -> None:
        assert "Created at" in box.text() and "nothing was imported" in box.text()
        box.close()

    driver = ModalDriver([(ImportFormatDialog, pick_shopify), (QMessageBox, refused)])
    imported = run_import(parent, services, runner=SyncRunner())
    driver.check()
    assert imported is False
    assert stored_orders(services) == 0


def test_cancel_stops_after_the_batch_being_stored(parent, services, tmp_path, monkeypatch, qtbot) -> None:
    path = base_export(tmp_path / "big.csv", 20_000)
    services.order_imports.save_profile(_base_profile(services, path))
    choose(monkeypatch, path)
    seen: dict[str, object] = {}

    def start(dialog: ImportFormatDialog) -> None:
        dialog.go.click()

    def cancel(progress: QProgressDialog) -> None:
        qtbot.waitUntil(lambda: "so far" in progress.labelText(), timeout=20_000)
        progress.findChild(QPushButton).click()

    def result(dialog: ImportResultDialog) -> None:
        seen["title"], seen["text"] = dialog.windowTitle(), dialog.figures.text()
        dialog.reject()

    driver = ModalDriver([(ImportFormatDialog, start), (QProgressDialog, cancel), (ImportResultDialog, result)])
    imported = run_import(parent, services)  # a real worker thread
    driver.check()
    assert imported is True
    stored = stored_orders(services)
    assert 0 < stored < 20_000 and stored % 2000 == 0, stored
    assert seen["title"] == "Import Cancelled" and "was cancelled" in str(seen["text"])
    assert str(seen["text"]).startswith(f"{stored} order")


def test_cancelling_the_file_or_format_choice_imports_nothing(parent, services, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    assert run_import(parent, services, runner=SyncRunner()) is False
    choose(monkeypatch, base_export(tmp_path / "base.csv", 1))
    driver = ModalDriver([(ImportFormatDialog, lambda dialog: dialog.reject())])
    imported = run_import(parent, services, runner=SyncRunner())
    driver.check()
    assert imported is False
    assert stored_orders(services) == 0
