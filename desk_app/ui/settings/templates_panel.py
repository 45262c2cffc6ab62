"""Reply templates (定型文) in Settings: per language, a list beside the form; add, save, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.template_records import TemplateText
from desk_app.services.context import Services
from desk_app.ui.compose.context import ui_language
from desk_app.ui.runner import Runner
from desk_app.ui.settings.template_form import TemplateForm, field_sentence

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_COLOR = "#c0392b"
LIST_WIDTH = 240
NEW_KEY_PREFIX = "custom_"


class TemplatesPanel(QGroupBox):
    """Lists the templates of one language; the form edits the chosen one. Save checks the fields
    (errors show under the form, the wrong fields outlined); Delete asks first.

    Switching to another template with unsaved changes asks whether to keep them.

    Signals:
        templates_changed(): a template was saved or deleted.
    """

    templates_changed = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reply templates"), parent)
        self._services = services
        self._runner = runner
        self._dirty = False
        self._editing: TemplateText | None = None  # None: a new template (or nothing chosen)
        self._select_after_load: str | None = None
        self._note_after_load = ""  # "Template saved." outlives the reload it causes
        self.question: QMessageBox | None = None

        self.language = QComboBox()
        self.language.setObjectName("templatesLanguage")
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ui_language()), 0))
        self.add_button = QPushButton(self.tr("Add"))
        self.list = QListWidget()
        self.list.setObjectName("templatesList")
        self.list.setFixedWidth(LIST_WIDTH)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form = TemplateForm()
        self.message = QLabel()
        self.message.setObjectName("templatesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.save_button = QPushButton(self.tr("Save Template"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        editor = QVBoxLayout()
        editor.addWidget(self.form, 1)
        editor.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addWidget(self.list)
        middle.addLayout(editor, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addLayout(middle)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.form.edited.connect(self._on_form_edited)

    # -- public API -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the templates of the chosen language in the background."""
        templates, lang = self._services.templates, self.current_language()
        self._runner.run(lambda: templates.list(lang), self._loaded, self._failed, owner=self)

    def current_language(self) -> str:
        return str(self.language.currentData())

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def select(self, key: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(TEMPLATE_ROLE).key == key:
                self.list.setCurrentRow(row)
                return True
        return False

    def start_new(self) -> None:
        """Empty fields for a new template, with a free key."""
        keys = {t.key for t in self._templates()}
        number = 1
        while f"{NEW_KEY_PREFIX}{number}" in keys:
            number += 1
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show(None, new_key=f"{NEW_KEY_PREFIX}{number}")
        self.form.title.setFocus()

    def save(self) -> None:
        """Check and store the form's template (in the background)."""
        text = self.form.template(self.current_language())
        if self._editing is None and text.key in {t.key for t in self._templates()}:
            self._refused(["duplicate"])
            return
        templates = self._services.templates
        self.save_button.setEnabled(False)
        self._runner.run(lambda: templates.save(text), self._saved, self._save_failed, owner=self)

    # -- internals --------------------------------------------------------------------------------

    def _templates(self) -> list[TemplateText]:
        return [self.list.item(row).data(TEMPLATE_ROLE) for row in range(self.list.count())]

    def _loaded(self, templates: list[TemplateText]) -> None:
        wanted = self._select_after_load or (self._editing.key if self._editing else None)
        self._select_after_load = None
        self.list.blockSignals(True)
        self.list.clear()
        for template in templates:
            item = QListWidgetItem(template.title)
            item.setData(TEMPLATE_ROLE, template)
            item.setToolTip(f"{template.title}\n{template.key}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not (wanted and self.select(wanted)):
            if templates:
                self.list.setCurrentRow(0)
                self._show(templates[0])
            else:
                self.start_new()
        if self._note_after_load:
            self._show_message(self._note_after_load, error=False)
            self._note_after_load = ""

    def _failed(self, error: BaseException) -> None:
        self._show_message(self.tr("The templates could not be read: {error}").format(error=error), error=True)

    def _show(self, template: TemplateText | None, *, new_key: str = "") -> None:
        self._editing = template
        self.form.set_template(template, new_key=new_key)
        self._dirty = False
        self._show_message("", error=False)
        self._update_buttons()

    def _saved(self, template: TemplateText) -> None:
        self._dirty = False
        self._editing = template
        self._select_after_load = self._select_after_load or template.key  # or where the agent was going
        self._update_buttons()
        self._note_after_load = self.tr("Template saved.")
        self.reload()
        self.templates_changed.emit()

    def _save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, DeskAppError) and error.code is ErrorCode.INVALID_INPUT:
            self._refused([f.strip() for f in error.detail.split(",") if f.strip()])
        else:
            self._show_message(self.tr("Saving failed: {error}").format(error=error), error=True)

    def _refused(self, fields: list[str]) -> None:
        self.form.mark_invalid(fields)
        self._show_message(" ".join(field_sentence(f) for f in fields), error=True)

    def _deleted(self, _result: object) -> None:
        self._editing = None
        self._dirty = False
        self._note_after_load = self.tr("Template deleted.")
        self.reload()
        self.templates_changed.emit()

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setProperty("error", error)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._editing is not None)
        self.save_button.setEnabled(self._dirty or self._editing is None)

    def _ask_to_keep(self, target: QListWidgetItem | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved Changes"),
                          self.tr("The template has unsaved changes. Save them?"), parent=self)
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._keep_answered(box, target))
        self.question = box
        box.open()

    def _keep_answered(self, box: QMessageBox, target: QListWidgetItem | None) -> None:
        self.question = None
        box.deleteLater()
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Save:
            self._select_after_load = target.data(TEMPLATE_ROLE).key if target is not None else None
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            self._move_to(target)

    def _move_to(self, target: QListWidgetItem | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(target)
        self.list.blockSignals(False)
        self._show(target.data(TEMPLATE_ROLE) if target is not None else None)

    # -- slots ------------------------------------------------------------------------------------

    @Slot(int)
    def _on_language_current_index_changed(self, _index: int) -> None:
        self._editing = None
        self.reload()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.start_new()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        template = self._editing
        if template is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete Template"),
                          self.tr("Delete the template “{title}”?").format(title=template.title), parent=self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._delete_answered(box, delete, template))
        self.question = box
        box.open()

    def _delete_answered(self, box: QMessageBox, delete: QPushButton, template: TemplateText) -> None:
        self.question = None
        box.deleteLater()
        if box.clickedButton() is delete:
            templates = self._services.templates
            self._runner.run(lambda: templates.delete(template.key, template.lang), self._deleted, self._failed,
                             owner=self)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._dirty:
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)  # stay until the question is answered
            self.list.blockSignals(False)
            self._ask_to_keep(current)
            return
        self._show(current.data(TEMPLATE_ROLE) if current is not None else None)

    @Slot()
    def _on_form_edited(self) -> None:
        self._dirty = True
        self._show_message("", error=False)
        self._update_buttons()
