"""The Statements page: a placeholder until its feature lands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.ui.icons import icon
from desk_app.ui.widgets.list_page import PlaceholderPage


class StatementsPage(PlaceholderPage):
    """Monthly piece-rate statements (empty for now: says what will appear here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.set_title(self.tr("Monthly statements"))
        self.empty.set_content(
            icon("statements"),
            self.tr("No statements yet"),
            self.tr(
                "Your monthly piece-rate statements will appear here, to submit to the owner for"
                " approval."
            ),
        )
