"""The Pieces tab: every piece of the month, filtered by kind and text, voided ones on request,
with the agent's Add pieces… and Void… buttons."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desk_app.core.pieces import PieceKind, kind_order
from desk_app.ui import formatting
from desk_app.ui.inbox.filter_bar import SearchField
from desk_app.ui.statements.pieces_model import PieceColumn, PieceRow, PiecesModel
from desk_app.ui.statements.texts import kind_label, source_label
from desk_app.ui.widgets.table import configure_table, set_column_widths

ANY_KIND = ""


class PiecesTab(QWidget):
    """The appendix list and its filters; what to add or void is the page's to do.

    Signals:
        add_requested(): "Add pieces…" was clicked.
        void_requested(str): "Void…" was clicked for the piece with this id.
    """

    add_requested = Signal()
    void_requested = Signal(str)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PieceRow] = []
        self._void_refusal = ""
        self.model = PiecesModel(tz, self)
        self.kind = QComboBox()
        self.kind.setObjectName("pieceKindFilter")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = SearchField()
        self.search.setObjectName("pieceSearch")
        self.search.setPlaceholderText(self.tr("Search customers and notes"))
        self.show_voided = QCheckBox(self.tr("Show voided"))
        self.show_voided.setObjectName("showVoidedPieces")
        self.table = QTableView()
        self.table.setObjectName("pieceList")
        self.table.setModel(self.model)
        configure_table(self.table)
        metrics = self.fontMetrics()
        kinds = max((kind_label(k) for k in PieceKind), key=metrics.horizontalAdvance)
        sources = max((source_label(s) for s in ("message", "call", None)), key=metrics.horizontalAdvance)
        set_column_widths(self.table, {
            PieceColumn.TIME: "11/02 10:00",
            PieceColumn.KIND: kinds,
            PieceColumn.QUANTITY: "999",
            PieceColumn.RATE: "¥9,999",
            PieceColumn.AMOUNT: "¥99,999",
            PieceColumn.CUSTOMER: "M" * 6,
            PieceColumn.SOURCE: sources,
        }, stretch=PieceColumn.NOTE)
        self.count = QLabel()
        self.count.setObjectName("pieceCount")
        self.add_button = QPushButton(self.tr("Add Pieces…"))
        self.add_button.setObjectName("addPiecesButton")
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setObjectName("voidPieceButton")
        self._lay_out()
        self._update_void_button()
        self._connect_signals()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_voided)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.show_voided.toggled.connect(self._on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.add_button.clicked.connect(self.add_requested)
        self.void_button.clicked.connect(self._on_void_button_clicked)

    # -- public API ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[PieceRow]) -> None:
        """The month's pieces (voided ones included); the filters stay as they are."""
        self._rows = list(rows)
        chosen = self.kind.currentData() or ANY_KIND
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), ANY_KIND)
        for kind in sorted({r.kind for r in self._rows}, key=kind_order):
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.kind.blockSignals(False)
        self._apply_filter()

    def shown_rows(self) -> list[PieceRow]:
        return [row for row in (self.model.record(r) for r in range(self.model.rowCount())) if row is not None]

    def selected_piece(self) -> PieceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def set_editable(self, refusal: str) -> None:
        """Allow adding and voiding, or (`refusal` saying why, as the buttons' tooltip) not."""
        self.add_button.setEnabled(not refusal)
        self.add_button.setToolTip(refusal or self.tr("Add shipments, returns or other work done by hand"))
        self._void_refusal = refusal
        self._update_void_button()

    # -- filtering ----------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        kind = self.kind.currentData() or ANY_KIND
        text = self.search.text().strip().lower()
        voided = self.show_voided.isChecked()
        shown = [r for r in self._rows
                 if (voided or not r.voided) and (not kind or r.kind == kind) and (not text or r.matches(text))]
        self.model.set_rows(shown)
        live = [r for r in shown if not r.voided]
        self.count.setText(self.tr("%n piece(s) shown, {amount}", "", sum(r.quantity for r in live)).format(
            amount=formatting.yen(sum(r.amount_yen or 0 for r in live))))
        self._update_void_button()

    def _update_void_button(self) -> None:
        piece = self.selected_piece()
        if self._void_refusal:
            self.void_button.setEnabled(False)
            self.void_button.setToolTip(self._void_refusal)
        elif piece is None or piece.voided:
            self.void_button.setEnabled(False)
            self.void_button.setToolTip(self.tr("Select a piece that counts to void it"))
        else:
            self.void_button.setEnabled(True)
            self.void_button.setToolTip(self.tr("Take the selected piece off the statement, giving the reason"))

    @Slot()
    def _on_filter_changed(self) -> None:
        self._apply_filter()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_void_button()

    @Slot()
    def _on_void_button_clicked(self) -> None:
        piece = self.selected_piece()
        if piece is not None and not piece.voided:
            self.void_requested.emit(piece.id)
