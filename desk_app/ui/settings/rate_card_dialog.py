"""A new rate card: the day it applies from, yen per piece kind, and the agent's tax terms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.pieces import PieceKind, RateCard, kind_order
from desk_app.core.tax import TaxMode, TaxRounding, TaxTerms
from desk_app.services.rates import MAX_RATE_YEN
from desk_app.ui.statements.texts import kind_label, rounding_label, tax_mode_label

MAX_CALL_SECONDS = 3600


@dataclass(frozen=True)
class RateCardInput:
    """What the dialog was filled in with; RateService.set takes it as it is."""

    effective_from: date
    rates: dict[str, int]
    tax_percent: int
    tax_mode: TaxMode
    tax_rounding: TaxRounding
    registration_number: str  # "" for none
    min_call_seconds: int


class RateCardDialog(QDialog):
    """Every kind's rate and the tax terms, filled in from the card in force (`base`), and the day
    the new card applies from.

    Signals:
        card_entered(object): a `RateCardInput`, when "Save" was clicked.
    """

    card_entered = Signal(object)

    def __init__(self, agent: str, base: RateCard | None, effective_from: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateCardDialog")
        self.setWindowTitle(self.tr("New Rate Card for {agent}").format(agent=agent))
        terms = base.tax if base is not None else TaxTerms()
        self.effective_from = QDateEdit(QDate(effective_from.year, effective_from.month, effective_from.day))
        self.effective_from.setObjectName("rateCardFrom")
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy/MM/dd")
        self.rates: dict[str, QSpinBox] = {}
        self._known = dict(base.rates) if base is not None else {}
        rates_box = QGroupBox(self.tr("Yen per piece"))
        rates_form = QFormLayout(rates_box)
        known = self._known
        for kind in sorted(set(PieceKind) | set(known), key=kind_order):
            spin = QSpinBox()
            spin.setObjectName(f"rate_{kind}")
            spin.setRange(0, MAX_RATE_YEN)
            spin.setGroupSeparatorShown(True)
            spin.setPrefix("¥")
            spin.setValue(known.get(kind, 0))
            self.rates[str(kind)] = spin
            rates_form.addRow(self.tr("{kind}:").format(kind=kind_label(kind)), spin)
        self.min_call = QSpinBox()
        self.min_call.setObjectName("rateCardMinCall")
        self.min_call.setRange(0, MAX_CALL_SECONDS)
        self.min_call.setSuffix(self.tr(" s"))
        self.min_call.setValue(base.min_call_seconds if base is not None else 0)
        self.min_call.setToolTip(self.tr("Shorter calls are logged and counted, but not paid (0: every call)"))
        rates_form.addRow(self.tr("Shortest paid call:"), self.min_call)
        tax_box = QGroupBox(self.tr("Consumption tax"))
        tax_form = QFormLayout(tax_box)
        self.tax_mode = self._combo("rateCardTaxMode", [(tax_mode_label(m), m) for m in TaxMode], terms.mode)
        self.tax_percent = QSpinBox()
        self.tax_percent.setObjectName("rateCardTaxPercent")
        self.tax_percent.setRange(0, 100)
        self.tax_percent.setSuffix("%")
        self.tax_percent.setValue(terms.rate_percent)
        self.rounding = self._combo("rateCardRounding", [(rounding_label(r), r) for r in TaxRounding], terms.rounding)
        self.registration = QLineEdit(terms.registration_number or "")
        self.registration.setObjectName("rateCardRegistration")
        self.registration.setPlaceholderText(self.tr("T and 13 digits, when the agent is registered"))
        tax_form.addRow(self.tr("Prices are:"), self.tax_mode)
        tax_form.addRow(self.tr("Rate:"), self.tax_percent)
        tax_form.addRow(self.tr("Fractions:"), self.rounding)
        tax_form.addRow(self.tr("Registration No.:"), self.registration)
        hint = QLabel(self.tr("The card applies to pieces from its first day; the months before keep their rates."
                              " An approved month can no longer be reached."))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        top = QFormLayout()
        top.addRow(self.tr("Applies from:"), self.effective_from)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(rates_box)
        layout.addWidget(tax_box)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 32))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @staticmethod
    def _combo(name: str, items: Sequence[tuple[str, object]], current: object) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def accept(self) -> None:
        super().accept()
        chosen = self.effective_from.date()
        self.card_entered.emit(RateCardInput(
            effective_from=date(chosen.year(), chosen.month(), chosen.day()),
            # A kind the card does not name yet is named only once it is paid: an unpaid kind offered
            # for entry by hand would be noise.
            rates={kind: spin.value() for kind, spin in self.rates.items() if kind in self._known or spin.value()},
            tax_percent=self.tax_percent.value(),
            tax_mode=TaxMode(self.tax_mode.currentData()),
            tax_rounding=TaxRounding(self.rounding.currentData()),
            registration_number=self.registration.text().strip(),
            min_call_seconds=self.min_call.value(),
        ))
