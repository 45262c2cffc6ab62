"""The editable header of a case: title, customer, status, category, order, channel, deadline."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.core.cases import DEADLINE_HOUR, CaseStatus, is_open
from desk_app.core.categories import CATEGORY_KEYS, Channel
from desk_app.core.records import CaseDetail
from desk_app.ui.labels import case_status_label, category_group_label, category_label, channel_label



class CaseFields(QWidget):
    """The case's own fields; each edit, once finished, is reported as one (name, value) pair.

    Values are what `CaseService.update` takes: status and category keys, the order number, an
    aware deadline (or None), the escalation flag, the title.

    Signals:
        field_edited(str, object): a field's name and its new value.
    """

    field_edited = Signal(str, object)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._case: CaseDetail | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("caseTitle")
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.customer = QLabel()
        self.customer.setObjectName("caseCustomer")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        self.status.setObjectName("caseStatus")
        for status in CaseStatus:
            self.status.addItem(case_status_label(status), status.value)
        model = self.status.model()
        if isinstance(model, QStandardItemModel):  # closing has its own dialog (it asks for more)
            model.item(self.status.findData(CaseStatus.CLOSED.value)).setEnabled(False)
        self.category = QComboBox()
        self.category.setObjectName("caseCategory")
        self.category.addItem(self.tr("(not set)"), None)
        for key in CATEGORY_KEYS:
            self.category.addItem(f"{category_group_label(key)} · {category_label(key)}", key)
        self.category.setMaxVisibleItems(16)
        self.order = QLineEdit()
        self.order.setObjectName("caseOrder")
        self.order.setPlaceholderText(self.tr("e.g. #1001"))
        self.channel = QComboBox()
        self.channel.setObjectName("caseChannel")
        for channel in Channel:
            self.channel.addItem(channel_label(channel.value), channel.value)
        self.has_deadline = QCheckBox(self.tr("Promised by"))
        self.has_deadline.setObjectName("caseHasDeadline")
        self.has_deadline.setToolTip(self.tr("The deadline (回答期日) promised to the customer"))
        self.deadline = QDateTimeEdit()
        self.deadline.setObjectName("caseDeadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy/MM/dd HH:mm")
        self.escalated = QCheckBox(self.tr("Involve the owner"))
        self.escalated.setObjectName("caseEscalated")
        self.escalated.setToolTip(self.tr("Escalate: the owner should know of this case and may decide"))
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        deadline_row = QHBoxLayout()
        deadline_row.setContentsMargins(0, 0, 0, 0)
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.escalated)
        order_row = QHBoxLayout()
        order_row.setContentsMargins(0, 0, 0, 0)
        order_row.addWidget(self.order, 1)
        order_row.addWidget(QLabel(self.tr("Channel")))
        order_row.addWidget(self.channel)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.title_edit)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Order number"), order_row)
        form.addRow(self.tr("Deadline"), deadline_row)

    def _connect_signals(self) -> None:
        self.title_edit.editingFinished.connect(self._on_title_edit_editing_finished)
        self.order.editingFinished.connect(self._on_order_editing_finished)
        self.status.activated.connect(self._on_status_activated)
        self.category.activated.connect(self._on_category_activated)
        self.channel.activated.connect(self._on_channel_activated)
        self.has_deadline.toggled.connect(self._on_has_deadline_toggled)
        self.deadline.editingFinished.connect(self._on_deadline_editing_finished)
        self.escalated.toggled.connect(self._on_escalated_toggled)

    # -- public API ---------------------------------------------------------------------------

    def set_case(self, case: CaseDetail) -> None:
        """Show `case` (without reporting anything as edited)."""
        self._case = case
        widgets = (self.title_edit, self.order, self.status, self.category, self.channel, self.has_deadline,
                   self.deadline, self.escalated)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.title_edit.setText(case.title)
            self.title_edit.setCursorPosition(0)  # show the start of a long title
            self.customer.setText(case.contact_name or self.tr("(unknown customer)"))
            self.status.setCurrentIndex(self.status.findData(case.status))
            self.category.setCurrentIndex(max(0, self.category.findData(case.category)))
            self.order.setText(case.order_number or "")
            self.channel.setCurrentIndex(max(0, self.channel.findData(case.channel)))
            self.has_deadline.setChecked(case.deadline is not None)
            self.deadline.setEnabled(case.deadline is not None)
            self.deadline.setDateTime(self._to_qt(case.deadline or self._default_deadline()))
            self.escalated.setChecked(case.escalated)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.status.setEnabled(is_open(case.status) or case.status == CaseStatus.RESOLVED)

    def deadline_value(self) -> datetime | None:
        """The deadline shown, as an aware datetime in the desk's zone (None when unticked)."""
        if not self.has_deadline.isChecked():
            return None
        shown = self.deadline.dateTime().toPython()
        assert isinstance(shown, datetime)
        return shown.replace(tzinfo=self._tz, second=0, microsecond=0)

    # -- helpers ------------------------------------------------------------------------------

    def _to_qt(self, value: datetime) -> QDateTime:
        local = value.astimezone(self._tz).replace(tzinfo=None)
        return QDateTime(local.date(), local.time().replace(second=0, microsecond=0))

    def _default_deadline(self) -> datetime:
        return datetime.now(self._tz).replace(hour=DEADLINE_HOUR, minute=0, second=0, microsecond=0)

    def _edited(self, name: str, value: Any, current: Any) -> None:
        if self._case is not None and value != current:
            self.field_edited.emit(name, value)

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_title_edit_editing_finished(self) -> None:
        title = self.title_edit.text().strip()
        if self._case is not None and not title:
            self.title_edit.setText(self._case.title)  # a case always has a title
            return
        self._edited("title", title, self._case.title if self._case else None)

    @Slot()
    def _on_order_editing_finished(self) -> None:
        self._edited("order_number", self.order.text().strip() or None,
                     self._case.order_number if self._case else None)

    @Slot(int)
    def _on_status_activated(self, _index: int) -> None:
        self._edited("status", self.status.currentData(), self._case.status if self._case else None)

    @Slot(int)
    def _on_category_activated(self, _index: int) -> None:
        self._edited("category", self.category.currentData(), self._case.category if self._case else None)

    @Slot(int)
    def _on_channel_activated(self, _index: int) -> None:
        self._edited("channel", self.channel.currentData(), self._case.channel if self._case else None)

    @Slot(bool)
    def _on_has_deadline_toggled(self, checked: bool) -> None:
        self.deadline.setEnabled(checked)
        self._edited("deadline", self.deadline_value(), self._case.deadline if self._case else None)

    @Slot()
    def _on_deadline_editing_finished(self) -> None:
        self._edited("deadline", self.deadline_value(), self._case.deadline if self._case else None)

    @Slot(bool)
    def _on_escalated_toggled(self, checked: bool) -> None:
        self._edited("escalated", checked, self._case.escalated if self._case else None)
