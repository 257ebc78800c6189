"""What the wizard shows: a file opened as a person opens it, the result page reached through
the side panel, and the text of every visible widget, one view (a page, a tab of the result)
at a time."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabBar,
    QTreeWidget,
    QWidget,
)


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText and re.search(r"<[A-Za-z/!][^>]*>|&\w+;|&#", text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text


def _mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def visible_texts(root: QWidget) -> list[str]:
    """The text of every widget a person sees under ``root``, in the order Qt keeps them."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            text = _mnemonic(_plain(w)) if w.buddy() is not None else _plain(w)
        elif isinstance(w, QAbstractButton):
            text = _mnemonic(w.text())
        elif isinstance(w, QTabBar):
            text = "\n".join(_mnemonic(w.tabText(i)) for i in range(w.count()) if w.isTabVisible(i))
        elif isinstance(w, QListView) and w.model() is not None:
            model = w.model()
            text = "\n".join(str(model.index(i, 0).data() or "") for i in range(model.rowCount())
                             if not w.isRowHidden(i))
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            rows = [" · ".join(header.text(c) for c in range(header.columnCount()))]
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                rows.append(" · ".join(item.text(c) for c in range(item.columnCount())))
            text = "\n".join(rows)
        elif isinstance(w, QComboBox):
            text = w.currentText()
        elif isinstance(w, QLineEdit):
            continue  # what the user typed
        else:
            continue
        if text.strip():
            out.append(text.strip())
    return out


def open_in_wizard(qtbot, make_window, path: Path, lang: str):
    """A window in ``lang`` (its own words and the result's) with ``path`` open."""
    window = make_window()
    assert window.open_path(Path(path), ask=False), f"{path.name} does not open in the wizard"
    if window.model.report_lang != lang:
        window.model.set_language(lang)
    return window


def go_to_result(qtbot, window):
    """The result page, reached by clicking its line in the side panel, once its decision support shows."""
    side = window.side.list
    row = len(window.pages)
    item = side.item(row)
    side.scrollTo(item.index())
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.wizard.currentId() == row, timeout=5000)
    page = window.result_page
    qtbot.waitUntil(lambda: not page.support_pending(), timeout=15000)
    QApplication.processEvents()
    return page


def result_views(qtbot, window) -> dict[str, list[str]]:
    """Each tab of the result page, as one view: the banner above it and the tab's content."""
    page = go_to_result(qtbot, window)
    views: dict[str, list[str]] = {}
    tabs = page.tabs
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentWidget().isVisible() and tabs.currentIndex() == i, timeout=2000)
        QApplication.processEvents()
        views[f"result tab “{_mnemonic(tabs.tabText(index))}”"] = visible_texts(window.wizard)
    tabs.setCurrentIndex(0)
    return views


def page_views(qtbot, window) -> dict[str, list[str]]:
    """Each section page with the file's answers, as one view."""
    views: dict[str, list[str]] = {}
    side = window.side.list
    for row, page in enumerate(window.pages):
        item = side.item(row)
        side.scrollTo(item.index())
        qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(item).center())
        qtbot.waitUntil(lambda r=row: window.wizard.currentId() == r, timeout=5000)
        QApplication.processEvents()
        views[f"page “{page.title()}”"] = visible_texts(window.wizard) + visible_texts(window.side)
    return views


# the section pages show the questionnaire, whatever the answers: a few files are enough
PAGES_FOR = ("scaleup-all-signals.yaml", "dont-know-provisional.yaml", "workshop-disagreement.json")

_SEEN: dict[tuple[str, str, bool], dict[str, list[str]]] = {}


def wizard_views(qtbot, make_window, path: Path, lang: str, pages: bool = False) -> dict[str, list[str]]:
    """The views of one file in one language, read once per session: the consistency and the
    text tests look at the same screens."""
    key = (str(path), lang, pages)
    if key not in _SEEN:
        window = open_in_wizard(qtbot, make_window, path, lang)
        views = result_views(qtbot, window)
        if pages:
            views.update(page_views(qtbot, window))
        _SEEN[key] = views
    return _SEEN[key]
