"""The Manual page: a placeholder until its feature lands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.ui.icons import icon
from desk_app.ui.widgets.list_page import PlaceholderPage


class ManualPage(PlaceholderPage):
    """The shop's claim-handling manual (empty for now: says what will appear here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.set_title(self.tr("Claim-handling manual"))
        self.empty.set_content(
            icon("manual"),
            self.tr("No manual yet"),
            self.tr(
                "The claim-handling manual will appear here, so that you can look up how to answer"
                " each kind of claim while you reply."
            ),
        )
