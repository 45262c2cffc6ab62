"""Small helpers for the settings forms: titled groups of label/field rows, aligned across groups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLayout, QWidget


def form_group(
    title: str, rows: list[tuple[str | None, QWidget | QLayout]]
) -> tuple[QGroupBox, QFormLayout]:
    """A group box titled `title` holding a form of `rows`: the box (keep it) and its form.

    A row whose label is None spans both columns (a note under the fields).
    """
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(6)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for label, field in rows:
        if label is None:
            form.addRow(field)
        else:
            form.addRow(label, field)
    return box, form


def align_label_columns(forms: list[QFormLayout]) -> None:
    """Give every form's labels the widest one's width, so fields line up from group to group."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget())
    if not labels:
        return
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
