"""The Sales page: a placeholder until its feature lands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.ui.icons import icon
from desk_app.ui.widgets.list_page import PlaceholderPage


class SalesPage(PlaceholderPage):
    """Sales figures from the shop's orders (empty for now: says what will appear here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.set_title(self.tr("Sales"))
        self.empty.set_content(
            icon("sales"),
            self.tr("No sales data yet"),
            self.tr(
                "Charts of what sells, what does not and what is bought together will appear here"
                " once orders are imported."
            ),
        )
