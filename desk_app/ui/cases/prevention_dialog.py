"""The recurrence-prevention report (再発防止): closed claims' notes by category, repeats flagged."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from zoneinfo import ZoneInfo

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desk_app.core.records import PreventionRow
from desk_app.ui import formatting
from desk_app.ui.labels import audience_label, category_group_label, category_label

REPEAT_COLOR = QColor("#c0392b")


class PreventionReportDialog(QDialog):
    """Prevention notes grouped by category; a repeat (same category and product, often, in 30
    days) is marked ⚠ and bold, a warning sign to pass on.

    Signals: only QDialog's own.
    """

    def __init__(self, rows: Sequence[PreventionRow], tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preventionReport")
        self.setWindowTitle(self.tr("Recurrence prevention"))
        intro = QLabel(self.tr(
            "What closed claims taught, by category. Rows marked ⚠ repeat: the same category and product"
            " came up several times within 30 days."
        ))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("preventionTree")
        self.tree.setHeaderLabels([self.tr("Case"), self.tr("Closed"), self.tr("Prevention note"),
                                   self.tr("Must reach"), self.tr("Products")])
        self.tree.setAlternatingRowColors(True)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        ordered = sorted(rows, key=lambda r: (r.category, r.closed_at is None, r.closed_at))
        for category, group in groupby(ordered, key=lambda r: r.category):
            members = list(group)
            parent_item = QTreeWidgetItem([
                f"{category_group_label(category)} · {category_label(category)} ({len(members)})"
            ])
            parent_item.setFont(0, bold)
            self.tree.addTopLevelItem(parent_item)
            for row in members:
                item = QTreeWidgetItem([
                    ("⚠ " if row.repeat else "") + row.title,
                    formatting.local_date(row.closed_at, tz),
                    row.note,
                    ", ".join(audience_label(a) for a in row.audience),
                    ", ".join(row.products),
                ])
                item.setToolTip(2, formatting.tooltip_text(row.note))
                if row.repeat:
                    item.setToolTip(0, self.tr("Repeats: the same category and product within 30 days"))
                    for column in range(5):
                        item.setFont(column, bold)
                        item.setForeground(column, QBrush(REPEAT_COLOR))
                parent_item.addChild(item)
        self.tree.expandAll()
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 320))
        self.tree.setColumnWidth(2, min(self.tree.columnWidth(2), 380))
        self.empty = QLabel(self.tr("No closed claim has a prevention note yet."))
        self.empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)

    def repeat_titles(self) -> list[str]:
        """The titles of the rows flagged as repeats (for tests and checks)."""
        found = []
        for top in range(self.tree.topLevelItemCount()):
            parent_item = self.tree.topLevelItem(top)
            for child in range(parent_item.childCount()):
                text = parent_item.child(child).text(0)
                if text.startswith("⚠ "):
                    found.append(text[2:])
        return found
