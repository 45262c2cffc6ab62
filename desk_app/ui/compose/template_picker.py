"""The reply-template picker (定型文): a popup with a search field, the list and a preview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.template_records import TemplateText
from desk_app.core.templates import Rendered, render
from desk_app.services.context import Services
from desk_app.services.templates import TemplateService
from desk_app.ui.labels import category_label
from desk_app.ui.runner import Runner

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BODY_ROLE = Qt.ItemDataRole.UserRole + 2
FITS_ROLE = Qt.ItemDataRole.UserRole + 3
PREVIEW_LINES = 6
POPUP_SIZE = (460, 420)
NAVIGATION_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
CHOOSE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def fill_template(services: Services, key: str, lang: str, message_pk: int | None, *,
                  with_subject: bool) -> tuple[Rendered, str | None]:
    """The template's text filled for a reply to `message_pk`, and its subject filled too when
    `with_subject` (else None). Reads the db: run it through the runner."""
    rendered = services.compose.fill_template(key, lang, message_pk)
    if not with_subject:
        return rendered, None
    values = services.compose.template_values(message_pk, lang)
    return rendered, render(services.templates.get(key, lang).subject, values).text


class TemplatePicker(QFrame):
    """Type to search titles and texts, Up/Down to move, Enter to insert, Esc to close.

    Templates that fit the case's category come first (in bold) while nothing is typed. The
    language defaults to the interface's and can be switched (日本語 / English).

    Signals:
        template_chosen(str, str): the key and the language of the template picked.
    """

    template_chosen = Signal(str, str)

    def __init__(self, templates: TemplateService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("templatePicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._templates = templates
        self._runner = runner
        self._category: str | None = None
        self._request = 0  # only the newest search may land

        self.search = QLineEdit()
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(self.tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        # Each language is named in itself, as in Settings.
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search field
        self.list.setUniformItemSizes(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setFixedHeight(self.fontMetrics().lineSpacing() * PREVIEW_LINES + 12)
        self.preview.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        keys = QLabel(self.tr("↑↓ choose · Enter insert · Esc close"))
        keys.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        layout.addWidget(keys)
        self.resize(*POPUP_SIZE)
        self.search.installEventFilter(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)

    # -- public API -------------------------------------------------------------------------------

    def popup(self, at: QPoint, *, lang: str, category: str | None) -> None:
        """Show the picker with its top-left near `at` (global), empty search, `lang` chosen."""
        self._category = category
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.blockSignals(False)
        if category:
            self.hint.setText(self.tr("In bold: templates for this case ({category}).").format(
                category=category_label(category)))
        self.hint.setVisible(bool(category))
        self.move(self._placed(at))
        self.show()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)
        self.reload()

    def reload(self) -> None:
        """List the templates of the chosen language matching the search text (in the background)."""
        self._request += 1
        request = self._request
        text = self.search.text().strip()
        lang = self.current_language()
        templates, category = self._templates, self._category

        def load() -> list[TemplateText]:
            return templates.search(text, lang) if text else templates.list(lang, category)

        self._runner.run(load, lambda found: self._loaded(request, found), owner=self)

    def current_language(self) -> str:
        return str(self.language.currentData())

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def choose_current(self) -> bool:
        """Pick the highlighted template (as Enter does); False when the list is empty."""
        item = self.list.currentItem()
        if item is None:
            return False
        self.hide()
        self.template_chosen.emit(str(item.data(KEY_ROLE)), self.current_language())
        return True

    # -- events -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in NAVIGATION_KEYS:
                QApplication.sendEvent(self.list, event)
                return True
            if key in CHOOSE_KEYS:
                self.choose_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    # -- internals --------------------------------------------------------------------------------

    def _placed(self, at: QPoint) -> QPoint:
        """`at`, moved so that the whole popup stays on the screen."""
        screen = QGuiApplication.screenAt(at) or QGuiApplication.primaryScreen()
        if screen is None:
            return at
        area = screen.availableGeometry()
        x = min(max(at.x(), area.left()), area.right() - self.width())
        y = at.y() if at.y() + self.height() <= area.bottom() else at.y() - self.height()
        return QPoint(x, max(y, area.top()))

    def _loaded(self, request: int, found: list[TemplateText]) -> None:
        if request != self._request:
            return  # typed on meanwhile
        self.list.clear()
        for template in found:
            item = QListWidgetItem(template.title)
            fits = self._category is not None and self._category in template.categories
            item.setData(KEY_ROLE, template.key)
            item.setData(BODY_ROLE, template.body)
            item.setData(FITS_ROLE, fits)
            if fits:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlainText(
                self.tr("No template matches “{text}”.").format(text=self.search.text().strip()))

    # -- slots ------------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.reload()

    @Slot(int)
    def _on_language_current_index_changed(self, _index: int) -> None:
        self.reload()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            self.preview.clear()
            return
        self.preview.setPlainText(str(current.data(BODY_ROLE)))

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.choose_current()
