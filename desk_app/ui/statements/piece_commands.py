"""Adding pieces by hand and voiding a piece, from the Pieces tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desk_app.services.context import Services
from desk_app.ui.runner import Runner
from desk_app.ui.statements.add_pieces_dialog import AddPiecesDialog, NewPieces
from desk_app.ui.statements.commands import Commands
from desk_app.ui.statements.month_view import MonthView
from desk_app.ui.statements.text_dialog import TextDialog
from desk_app.ui.statements.texts import kind_label

NOON = time(12, 0)  # a piece entered for an earlier day is put at midday: it cannot slip into the next


class PieceCommands(Commands):
    """Add Pieces… (kind, quantity, day, note) and Void… (a reason is required).

    Signals: those of `Commands`.
    """

    def __init__(self, services: Services, runner: Runner, page: QWidget, shown: Callable[[], MonthView | None],
                 tz: ZoneInfo, now: Callable[[], datetime]) -> None:
        super().__init__(services, runner, page, shown)
        self._tz = tz
        self._now = now

    @Slot()
    def add(self) -> None:
        view = self._shown()
        if view is None:
            return
        day = min(max(view.today, view.first_day), view.last_day)
        dialog = AddPiecesDialog(view.manual_kinds, view.first_day, view.last_day, day, self._page)
        dialog.pieces_entered.connect(lambda entered: self._add(view, entered))
        self._open(dialog)

    def _add(self, view: MonthView, entered: NewPieces) -> None:
        at = self._now() if entered.day == view.today else self._at_noon(entered.day)
        work = self._services.work
        self._run(lambda: work.add(entered.kind, entered.quantity, at=at, agent=view.agent, note=entered.note),
                  lambda piece: self.tr("Added: %n piece(s) of {kind}.", "", piece.quantity).format(
                      kind=kind_label(piece.kind)))

    def _at_noon(self, day: date) -> datetime:
        return datetime.combine(day, NOON, tzinfo=self._tz).astimezone(UTC)

    @Slot(str)
    def void(self, piece_id: str) -> None:
        dialog = TextDialog(self.tr("Void Piece"), self.tr("Why does this piece not count? The reason is kept with"
                                                           " it, and the piece stays listed as voided."),
                            self.tr("Void"), self._page)
        dialog.text_entered.connect(lambda reason: self._void(piece_id, reason))
        self._open(dialog)

    def _void(self, piece_id: str, reason: str) -> None:
        work = self._services.work
        self._run(lambda: work.void(piece_id, reason), lambda _piece: self.tr("The piece was voided."))
