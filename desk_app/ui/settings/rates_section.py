"""The Settings page's Rates section: an agent's rate cards, and a new one (the owner's step once
a passphrase is set)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.clock import local_day, month_start, next_month
from desk_app.core.pieces import RateCard, card_on, kind_order
from desk_app.core.tax import TaxMode
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.runner import Runner
from desk_app.ui.settings.rate_card_dialog import RateCardDialog, RateCardInput
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.owner_steps import OwnerSteps
from desk_app.ui.statements.texts import error_text, kind_label, rounding_label, tax_mode_label

ERROR_COLOR = "#c0392b"


@dataclass(frozen=True)
class AgentRates:
    """An agent's cards and the agents to choose from, read together in the background."""

    agent: str
    cards: tuple[RateCard, ...]
    agents: tuple[str, ...]
    today: date


class RatesSection(QGroupBox):
    """The cards of the agent chosen, newest first, and "New Rate Card…".

    Signals: only QGroupBox's own.
    """

    def __init__(self, services: Services, runner: Runner, mode: OwnerMode, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rates"), parent)
        self.setObjectName("ratesSettings")
        self._services = services
        self._runner = runner
        self._shown: AgentRates | None = None
        self.owner_steps = OwnerSteps(mode, runner, self)
        self.dialog: RateCardDialog | None = None
        self.agent = QComboBox()
        self.agent.setObjectName("ratesAgent")
        self.agent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_button = QPushButton(self.tr("New Rate Card…"))
        self.new_button.setObjectName("newRateCardButton")
        self.new_button.setEnabled(False)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rateCards")
        self.table.setHorizontalHeaderLabels([self.tr("Applies from"), self.tr("Yen per piece"), self.tr("Tax"),
                                              self.tr("Shortest paid call")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setObjectName("ratesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agent:")))
        top.addWidget(self.agent)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.agent.activated.connect(self._on_agent_activated)
        self.new_button.clicked.connect(self._on_new_button_clicked)

    def reload(self, agent: str | None = None) -> None:
        """Read the cards of `agent` (the one chosen, at first the local agent) in the background."""
        agent = agent or (str(self.agent.currentData()) if self.agent.count() else None)
        services = self._services
        zone = services.settings.timezone

        def load() -> AgentRates:
            name = agent or services.settings.agent_name
            return AgentRates(name, tuple(services.rates.cards(name)), tuple(services.statements.agents()),
                              local_day(datetime.now(UTC), zone))

        self._runner.run(load, self._loaded, self._failed, owner=self)

    def _loaded(self, rates: AgentRates) -> None:
        self._shown = rates
        self.agent.clear()
        for name in rates.agents:
            self.agent.addItem(name, name)
        self.agent.setCurrentIndex(max(self.agent.findData(rates.agent), 0))
        self.new_button.setEnabled(True)
        self._fill(rates.cards)

    def _fill(self, cards: Sequence[RateCard]) -> None:
        ordered = sorted(cards, key=lambda c: c.effective_from, reverse=True)
        self.table.setRowCount(len(ordered))
        for row, card in enumerate(ordered):
            rates = " · ".join(f"{kind_label(kind)} {formatting.yen(yen)}"
                               for kind, yen in sorted(card.rates.items(), key=lambda item: kind_order(item[0])))
            cells = [card.effective_from.strftime("%Y/%m/%d"), rates, self._tax_text(card),
                     self.tr("%n s", "", card.min_call_seconds) if card.min_call_seconds else "—"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(min(len(ordered), 5)))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + max(rows, 24) + 4)

    def _tax_text(self, card: RateCard) -> str:
        terms = card.tax
        if terms.mode is TaxMode.EXEMPT:
            text = tax_mode_label(terms.mode)
        else:
            text = self.tr("{rate}% {mode}, {rounding}").format(
                rate=terms.rate_percent, mode=tax_mode_label(terms.mode), rounding=rounding_label(terms.rounding))
        return f"{text}\n{terms.registration_number}" if terms.registration_number else text

    def _failed(self, error: BaseException) -> None:
        self._show_message(error_text(error), error=True)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setVisible(bool(text))

    @Slot(int)
    def _on_agent_activated(self, _index: int) -> None:
        self._show_message("", error=False)
        self.reload(str(self.agent.currentData()))

    @Slot()
    def _on_new_button_clicked(self) -> None:
        shown = self._shown
        if shown is None:
            return
        starts = next_month(month_start(shown.today))
        dialog = RateCardDialog(shown.agent, card_on(shown.cards, starts), starts, self)
        dialog.card_entered.connect(lambda entered: self._save(shown.agent, entered))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, agent: str, entered: RateCardInput) -> None:
        rates = self._services.rates

        def save(passphrase: str | None) -> RateCard:
            return rates.set(effective_from=entered.effective_from, rates=entered.rates, agent=agent,
                             tax_percent=entered.tax_percent, tax_mode=entered.tax_mode,
                             tax_rounding=entered.tax_rounding, registration_number=entered.registration_number,
                             min_call_seconds=entered.min_call_seconds, passphrase=passphrase)

        self.owner_steps.run(save, lambda card: self._saved(agent, card), self._failed,
                             self.tr("Changing rates needs the owner's passphrase."))

    def _saved(self, agent: str, card: RateCard) -> None:
        self._show_message(self.tr("Rate card saved: it applies from {day}.").format(
            day=card.effective_from.strftime("%Y/%m/%d")), error=False)
        self.reload(agent)
