"""The UI language, its translators (ours and Qt's own) and a font that can show Japanese."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from desk_app.paths import AppPaths

log = logging.getLogger(__name__)

SUPPORTED = ("ja", "en")
CJK_FONTS = ("Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans")
CJK_FONT_PACKAGE = "fonts-noto-cjk"


def system_language() -> str:
    """Japanese when the system locale is Japanese, else English."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def choose_language(requested: str | None, preferred: str | None) -> str:
    """`--lang` first, then the saved preference, then the system."""
    for candidate in (requested, preferred):
        if candidate in SUPPORTED:
            return candidate  # type: ignore[return-value]
    return system_language()


class Translators:
    """The translators installed on the application for one language; replaced as a set."""

    def __init__(self, app: QCoreApplication, translations_dir: Path | None = None) -> None:
        self._app = app
        self._dir = translations_dir or AppPaths.translations_dir()
        self._installed: list[QTranslator] = []
        self._previous_locale = QLocale()
        self.language: str | None = None

    def install(self, language: str) -> None:
        """Use `language` for our strings and for Qt's standard dialogs."""
        self.remove()
        ours = QTranslator(self._app)
        if ours.load(f"desk_app_{language}", str(self._dir)):
            self._add(ours)
        else:
            log.warning("no compiled translation desk_app_%s.qm in %s (run `make i18n`)", language, self._dir)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._add(qt)
        QLocale.setDefault(QLocale(language))
        self.language = language

    def remove(self) -> None:
        """Take our translators off the application again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(self._previous_locale)
        self.language = None

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def choose_cjk_font(app: QGuiApplication) -> str | None:
    """Make the first installed Japanese-capable family the app font; warn when there is none."""
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            font = app.font()
            font.setFamily(family)
            app.setFont(font)
            return family
    log.warning(
        "No Japanese font found (looked for %s): Japanese text may show as boxes."
        " On Debian or Ubuntu install the package %s.",
        ", ".join(CJK_FONTS),
        CJK_FONT_PACKAGE,
    )
    return None
