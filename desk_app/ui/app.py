"""Starting the GUI: the application object, language, services, main window, or a screenshot.

`run_gui` is what the command line's `gui` command calls. It builds the object graph (services,
runner, window) and hands it down; nothing here is global.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread
from PySide6.QtWidgets import QApplication

import desk_app
from desk_app.core.errors import DeskAppError
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.ui.icons import icon
from desk_app.ui.locale_setup import Translators, choose_cjk_font, choose_language, system_language
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import ThreadRunner
from desk_app.ui.startup_errors import show_startup_error, startup_error_message
from desk_app.ui.sync.controller import wait_for_lingering_threads

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_S = 60.0


def application() -> QApplication:
    """The QApplication, created once with the app's names and version."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(desk_app.ORGANIZATION)
    app.setApplicationName(desk_app.APP_NAME)
    app.setApplicationVersion(desk_app.__version__)
    app.setWindowIcon(icon("app"))
    return app


def run_gui(
    paths: AppPaths,
    *,
    lang: str | None,
    demo: bool,
    page: str | None,
    screenshot: Path | None,
    message_id: int | None = None,
    case_id: str | None = None,
) -> int:
    """Start the GUI (or render one page to `screenshot` and return); the process exit code."""
    if page is not None and page not in PageId.__members__.values():
        print(f"desk_app: unknown page {page!r}", file=sys.stderr)
        return 2
    app = application()
    previous_font = app.font()
    translators = Translators(app)
    translators.install(lang if lang in ("ja", "en") else system_language())
    try:
        try:
            services = Services.open(paths)
        except DeskAppError as error:
            message = startup_error_message(error, paths)
            if screenshot is not None:
                print(f"desk_app: {message}", file=sys.stderr)
            else:
                show_startup_error(message)
            return 1
        try:
            return _run_window(app, services, translators, lang, demo, page, screenshot, message_id, case_id)
        finally:
            services.close()
    finally:
        translators.remove()
        app.setFont(previous_font)


def _run_window(
    app: QApplication,
    services: Services,
    translators: Translators,
    lang: str | None,
    demo: bool,
    page: str | None,
    screenshot: Path | None,
    message_id: int | None,
    case_id: str | None,
) -> int:
    language = choose_language(lang, services.settings.language)
    if language != translators.language:
        translators.install(language)
    choose_cjk_font(app)
    runner = ThreadRunner()
    window = MainWindow(services, runner, remember_state=screenshot is None)
    try:
        if page is not None:
            window.show_page(page)
        if message_id is not None:
            window.select_message(message_id)
        if case_id is not None:
            window.select_case(case_id)
        if demo or _is_first_run(services):
            runner.run(
                services.demo.load,
                lambda _result: window.reload_all(),
                lambda error: _demo_failed(window, error),
                owner=window,
            )
        else:
            window.reload_all()
        if screenshot is not None:
            window.resize(*SCREENSHOT_SIZE)
            window.show()
            # Screenshots are offline and deterministic: the mail sync never starts for them.
            return _save_screenshot(app, window, runner, screenshot)
        window.show()
        window.start_sync()
        return app.exec()
    finally:
        runner.wait_for_done()
        app.processEvents()  # deliver what finished, while the window still exists
        window.close()  # stops the sync workers
        window.deleteLater()
        app.sendPostedEvents()
        runner.deleteLater()
        wait_for_lingering_threads()  # a worker stuck in a network call, before the db closes


def _is_first_run(services: Services) -> bool:
    """An empty db with no account that never had the demo data: show the demo data set."""
    overview = services.status.overview()
    return overview.is_empty and overview.accounts == 0 and not services.demo.is_loaded()


def _demo_failed(window: MainWindow, error: BaseException) -> None:
    log.error("loading the demo data failed", exc_info=error)
    message = QCoreApplication.translate("startup", "The demo data could not be loaded.")
    window.statusBar().showMessage(message, 10_000)
    window.reload_all()


def _save_screenshot(app: QApplication, window: MainWindow, runner: ThreadRunner, target: Path) -> int:
    """Let the pages load, then grab the window to a PNG without entering the event loop."""
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    settled = 0
    while time.monotonic() < deadline and settled < 3:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        # A delivery may start new work (demo loaded → pages reload): idle must hold a while.
        settled = settled + 1 if runner.is_idle() else 0
        QThread.msleep(10)
    if not runner.is_idle():
        log.warning("screenshot taken before all data had loaded")
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        print(f"desk_app: cannot write the screenshot {target}", file=sys.stderr)
        return 1
    return 0
