"""The Cases page."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from desk_app.core.cases import CaseStatus
from desk_app.services.context import Services
from desk_app.ui.cases.model import CaseColumn, CaseListModel
from desk_app.ui.icons import icon
from desk_app.ui.labels import case_status_label
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.list_page import RecordListPage
from desk_app.ui.widgets.table import set_column_widths


class CasesPage(RecordListPage):
    """Every case, soonest deadline first, overdue ones in red.

    Signals: rows_loaded(int), from RecordListPage.
    """

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        support = services.support
        super().__init__(
            runner=runner,
            model=CaseListModel(tz),
            load=support.cases,
            parent=parent,
        )
        self.heading.set_title(self.tr("Cases"))
        self.empty.set_content(
            icon("cases"),
            self.tr("No cases yet"),
            self.tr("Cases tie a customer's mails and calls together until the problem is solved."),
        )
        self.table.setObjectName("caseList")
        set_column_widths(
            self.table,
            {
                CaseColumn.CUSTOMER: "M" * 9,
                CaseColumn.STATUS: case_status_label(CaseStatus.WAITING_CUSTOMER),
                CaseColumn.CATEGORY: "M" * 12,
                CaseColumn.ORDER: "#1001-0000",
                CaseColumn.DEADLINE: "2026/11/02",
            },
            stretch=CaseColumn.TITLE,
        )

    def state_parts(self) -> dict[str, object]:
        return {"cases/columns": self.table.horizontalHeader()}

    def count_note(self, count: int) -> str:
        overdue = sum(1 for row in range(count) if self.model.is_overdue(self.model.record(row)))  # type: ignore[attr-defined,arg-type]
        text = self.tr("%n case(s)", "", count)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        return text
