"""The Sales page's period: a named preset, or any two days picked from a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desk_app.ui.sales.periods import DEFAULT_PRESET, Period, Preset, preset_period

DATE_FORMAT = "yyyy/MM/dd"
SETTLE_MS = 300  # typing a date digit by digit changes it many times: read once it settles


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


class PeriodBar(QWidget):
    """Period: [preset ▾] From: [date] To: [date]. A preset fills in the dates from the orders'
    days (`set_order_days`); editing a date makes the period custom.

    Signals:
        period_changed(): the period (`period()`) was changed by the user.
    """

    period_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order_days: Period | None = None
        self.preset = QComboBox()
        self.preset.setObjectName("salesPreset")
        for preset, text in self._preset_texts().items():
            self.preset.addItem(text, preset.value)
        self.preset.setToolTip(self.tr("Periods count back from the day of the last order imported"))
        preset_label = QLabel(self.tr("&Period:"))
        preset_label.setBuddy(self.preset)
        self.start = self._date_edit("salesFrom", self.tr("The first day of the period"))
        self.end = self._date_edit("salesTo", self.tr("The last day of the period (included)"))
        start_label = QLabel(self.tr("F&rom:"))
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&To:"))
        end_label.setBuddy(self.end)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self.set_preset(DEFAULT_PRESET)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(preset_label)
        layout.addWidget(self.preset)
        layout.addSpacing(12)
        layout.addWidget(start_label)
        layout.addWidget(self.start)
        layout.addWidget(end_label)
        layout.addWidget(self.end)
        self._connect_signals()

    def _preset_texts(self) -> dict[Preset, str]:
        return {
            Preset.LAST_30_DAYS: self.tr("Last 30 days"),
            Preset.THIS_MONTH: self.tr("This month"),
            Preset.LAST_MONTH: self.tr("Last month"),
            Preset.LAST_3_MONTHS: self.tr("Last 3 months"),
            Preset.THIS_YEAR: self.tr("This year"),
            Preset.ALL: self.tr("All orders"),
            Preset.CUSTOM: self.tr("Custom"),
        }

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setToolTip(tip)
        return edit

    def _connect_signals(self) -> None:
        self.preset.activated.connect(self._on_preset_activated)
        self.start.dateChanged.connect(self._on_date_changed)
        self.end.dateChanged.connect(self._on_date_changed)
        self._settle.timeout.connect(self.period_changed)

    # -- public API ---------------------------------------------------------------------------

    def period(self) -> Period:
        return Period(_day(self.start.date()), _day(self.end.date()))

    def chosen_preset(self) -> Preset:
        return Preset(self.preset.currentData())

    def set_preset(self, preset: Preset) -> None:
        """Choose `preset` (without announcing it); its days follow from the orders' days."""
        self.preset.setCurrentIndex(self.preset.findData(preset.value))
        self._fill_dates()

    def set_order_days(self, first: date, last: date) -> Period:
        """The days of the first and last order: a preset's days are counted from them again.
        Returns the period now shown."""
        self._order_days = Period(first, last)
        self._fill_dates()
        return self.period()

    def choose(self, preset: Preset) -> None:
        """Choose `preset` as the user would, announcing the change."""
        self.set_preset(preset)
        self._settle.stop()
        self.period_changed.emit()

    # -- slots --------------------------------------------------------------------------------

    def _fill_dates(self) -> None:
        preset = self.chosen_preset()
        if self._order_days is None or preset is Preset.CUSTOM:
            return
        days = preset_period(preset, self._order_days.start, self._order_days.end)
        for edit, day in ((self.start, days.start), (self.end, days.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    @Slot(int)
    def _on_preset_activated(self, _index: int) -> None:
        self.choose(self.chosen_preset())

    @Slot(QDate)
    def _on_date_changed(self, _chosen: QDate) -> None:
        edited = self.sender()
        if self.start.date() > self.end.date():  # keep the period the right way round
            other = self.end if edited is self.start else self.start
            other.blockSignals(True)
            other.setDate(edited.date())  # type: ignore[union-attr]
            other.blockSignals(False)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM.value))
        self._settle.start()
