"""Start the desktop wizard: ``readiness-app`` with no arguments, or with an
assessment document (.json) to open."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import cast


def create_window(argv: list[str] | None = None):
    """The application (created when needed) and a shown main window."""
    # Building the window makes thousands of objects that live as long as it: the collector's passes
    # over them meanwhile would find nothing to free. It runs again once the window is made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _create_window(argv)
    finally:
        if collecting:
            gc.enable()


def _create_window(argv: list[str] | None):
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .main_window import MainWindow
    from .refcount_guard import install
    from .style import setup_fonts

    app = cast(QApplication, QApplication.instance() or QApplication(["readiness-app", *(argv or [])]))
    app.setApplicationName("readiness-app")
    app.setOrganizationName("readiness-app")
    install(app)
    # The app's own words follow the system language (READINESS_APP_LANGUAGE overrides it), and so do
    # the questionnaire's labels and help on the pages: the people in the room read the app in their
    # language. The result page and the PDF report speak the assessment's language (doc.language, chosen
    # per client under File ▸ Report language), so a French client gets a French report from any app.
    lang = i18n.install(app)
    setup_fonts(app)
    window = MainWindow(lang=lang)
    screen = app.primaryScreen().availableGeometry() if app.primaryScreen() else None
    width, height = 1280, 760
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height())
    window.resize(width, height)
    # What exists now (modules, classes, the questionnaire, the window) lives as long as the app: the
    # garbage collector need not walk it again, neither in its full passes while the user works nor at exit.
    gc.freeze()
    return app, window


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from ..core.errors import ReadinessError

    path = Path(argv[0]) if argv else None
    try:
        app, window = create_window()
    except ReadinessError as exc:  # a broken questionnaire or rules file
        print(f"readiness-app: {exc.render()}", file=sys.stderr)
        return 2
    from .autosave import has_autosaves

    if path is None and not has_autosaves() and window.recent.paths():
        window.show_clients()  # before the first paint: the list shows at once
    window.show()
    QTimer.singleShot(0, lambda: window.startup(path))
    import os

    quit_after = os.environ.get("READINESS_APP_QUIT_AFTER_MS", "")  # a built app's release check: start, then quit
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), app.quit)
    return app.exec()
