"""The Calls page."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from desk_app.services.context import Services
from desk_app.ui.calls.model import CallColumn, CallListModel
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.list_page import RecordListPage
from desk_app.ui.widgets.table import set_column_widths


class CallsPage(RecordListPage):
    """The phone log, newest call first.

    Signals: rows_loaded(int), from RecordListPage.
    """

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        support = services.support
        super().__init__(
            runner=runner,
            model=CallListModel(tz),
            load=support.calls,
            parent=parent,
        )
        self.heading.set_title(self.tr("Call log"))
        self.empty.set_content(
            icon("calls"),
            self.tr("No calls logged yet"),
            self.tr("Each phone call you log appears here with its customer, length and topic."),
        )
        self.table.setObjectName("callList")
        set_column_widths(
            self.table,
            {
                CallColumn.TIME: "2026/11/02 10:00",
                CallColumn.DIRECTION: "MMMMMM",
                CallColumn.CUSTOMER: "M" * 14,
                CallColumn.MINUTES: "MMMMM",
                CallColumn.CATEGORY: "M" * 12,
            },
            stretch=CallColumn.SUMMARY,
        )

    def state_parts(self) -> dict[str, object]:
        return {"calls/columns": self.table.horizontalHeader()}

    def count_note(self, count: int) -> str:
        return self.tr("%n call(s)", "", count)
