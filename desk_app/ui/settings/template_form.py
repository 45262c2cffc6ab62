"""The fields of one reply template in Settings: key, title, subject, text and the categories it fits."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desk_app.core.categories import CATEGORY_KEYS
from desk_app.core.template_records import TemplateText
from desk_app.core.templates import PLACEHOLDERS
from desk_app.ui.labels import category_group_label, category_label

# lupdate finds calls named `translate` with literal arguments; the context is the form's own.
translate = QCoreApplication.translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
INVALID_STYLE = "border: 1px solid #c0392b; border-radius: 3px;"
BODY_LINES = 9
CATEGORY_ROWS = 6


def field_sentence(field: str) -> str:
    """What to do about a template field the service refused (or the form's own checks)."""
    sentences = {
        "key": translate(
            "TemplateForm", "The key is lowercase letters, digits and _ and starts with a letter (e.g. late_reply)."
        ),
        "duplicate": translate("TemplateForm", "A template with this key exists already in this language."),
        "title": translate("TemplateForm", "Enter a title on one line."),
        "subject": translate("TemplateForm", "The subject must fit on one line."),
        "body": translate("TemplateForm", "Enter the text of the template."),
        "categories": translate("TemplateForm", "One of the categories is not known."),
        "lang": translate("TemplateForm", "Choose a language."),
    }
    return sentences.get(field, field)


class TemplateForm(QWidget):
    """Edits one template. The key is typed only for a new template (the command line's `--template`
    uses it); categories are ticked in a list of their translated names.

    Signals:
        edited(): the user changed a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = QLineEdit()
        self.key.setObjectName("templateKey")
        self.title = QLineEdit()
        self.title.setObjectName("templateTitle")
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * BODY_LINES)
        placeholders = " ".join("{" + name + "}" for name in PLACEHOLDERS)
        self.placeholders_note = QLabel(self.tr("Placeholders: {list}").format(list=placeholders))
        self.placeholders_note.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholders_note.setWordWrap(True)
        self.placeholders_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.categories = QListWidget()
        self.categories.setObjectName("templateCategories")
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.categories.setUniformItemSizes(True)
        for key in CATEGORY_KEYS:
            item = QListWidgetItem(f"{category_group_label(key)} — {category_label(key)}")
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        # Whole rows only: a row cut in half looks like a mistake.
        frame = self.categories.frameWidth() * 2
        self.categories.setFixedHeight(self.categories.sizeHintForRow(0) * CATEGORY_ROWS + frame)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Key:"), self.key)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow("", self.placeholders_note)
        form.addRow(self.tr("Fits:"), self.categories)
        self._fields = {"key": self.key, "title": self.title, "subject": self.subject, "body": self.body,
                        "duplicate": self.key, "categories": self.categories}
        self._connect_signals()

    def _connect_signals(self) -> None:
        for field in (self.key, self.title, self.subject):
            field.textEdited.connect(self._on_field_edited)
        self.body.textChanged.connect(self._on_field_edited)
        self.categories.itemChanged.connect(self._on_field_edited)

    def set_template(self, template: TemplateText | None, *, new_key: str = "") -> None:
        """Show `template`, or empty fields for a new one (its key prefilled with `new_key`)."""
        self.blockSignals(True)  # filling the form is not an edit
        try:
            self.key.setText(template.key if template else new_key)
            self.key.setReadOnly(template is not None)
            self.title.setText(template.title if template else "")
            self.subject.setText(template.subject if template else "")
            self.body.setPlainText(template.body if template else "")
            chosen = set(template.categories) if template else set()
            for row in range(self.categories.count()):
                item = self.categories.item(row)
                checked = item.data(KEY_ROLE) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)
        self.mark_invalid(())

    def template(self, lang: str) -> TemplateText:
        """The template as the fields show it now."""
        return TemplateText(
            key=self.key.text().strip(), lang=lang, title=self.title.text(), subject=self.subject.text(),
            body=self.body.toPlainText(), categories=self.checked_categories(),
        )

    def checked_categories(self) -> tuple[str, ...]:
        items = (self.categories.item(row) for row in range(self.categories.count()))
        return tuple(str(i.data(KEY_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked)

    def mark_invalid(self, fields: Iterable[str]) -> None:
        """Outline the fields named (as the service names them) in red; the others plain."""
        wrong = {self._fields[f] for f in fields if f in self._fields}
        for widget in set(self._fields.values()):
            widget.setStyleSheet(INVALID_STYLE if widget in wrong else "")
        first = next((self._fields[f] for f in fields if f in self._fields), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_field_edited(self) -> None:
        if not self.signalsBlocked():
            self.edited.emit()
