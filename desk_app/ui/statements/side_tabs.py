"""The tabs beside the statement: its pieces, its pay by customer, and its history."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from desk_app.core.statements import MonthlyStatement
from desk_app.ui import formatting
from desk_app.ui.statements.breakdown_models import ContactColumn, ContactSharesModel, EventColumn, EventsModel
from desk_app.ui.statements.pieces_tab import PiecesTab
from desk_app.ui.widgets.table import configure_table, set_column_widths


class SideTabs(QTabWidget):
    """Pieces (with filters and the agent's buttons), By customer, and History (newest first).

    Signals: only QTabWidget's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementTabs")
        self.setDocumentMode(True)
        self.pieces = PiecesTab(tz)
        self.contacts_model = ContactSharesModel(self)
        self.contacts = self._table("statementByCustomer", self.contacts_model)
        set_column_widths(self.contacts, {ContactColumn.PIECES: "99,999", ContactColumn.AMOUNT: "¥999,999"},
                          stretch=ContactColumn.CUSTOMER)
        self.events_model = EventsModel(tz, self)
        self.history = self._table("statementHistory", self.events_model)
        set_column_widths(self.history, {EventColumn.TIME: "2026/11/02 10:00", EventColumn.STEP: "M" * 8,
                                         EventColumn.BY: "M" * 10}, stretch=EventColumn.COMMENT)
        self.addTab(self.pieces, self.tr("Pieces"))
        self.addTab(self.contacts, self.tr("By Customer"))
        self.addTab(self.history, self.tr("History"))

    @staticmethod
    def _table(name: str, model: ContactSharesModel | EventsModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        configure_table(table)
        return table

    def show_statement(self, statement: MonthlyStatement) -> None:
        """The statement's customers and history; the pieces are set by the page (they need the voided)."""
        self.contacts_model.set_rows(statement.by_contact)
        events = sorted(statement.workflow.events, key=lambda e: e.at, reverse=True)
        self.events_model.set_rows(events)
        self.setTabText(self.indexOf(self.history), self.tr("History ({count})").format(count=len(events))
                        if events else self.tr("History"))
        self.setTabToolTip(self.indexOf(self.contacts), self.tr("Pay by customer: {total}").format(
            total=formatting.yen(sum(c.amount_yen for c in statement.by_contact))))
