"""Whether what a window shows fits: no label or button whose text needs more room than it has, no
tab hidden behind scroll arrows, no widget past the visible edge unless a scroll bar reaches it."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # pixels of rounding


def dark_palette() -> QPalette:
    """A dark system palette, as a desktop in dark mode gives it."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#eeeeee"), (QPalette.ColorRole.Button, "#3a3a3a"),
                         (QPalette.ColorRole.ButtonText, "#eeeeee"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Mid, "#555555"),
                         (QPalette.ColorRole.Dark, "#1a1a1a"), (QPalette.ColorRole.Light, "#505050"),
                         (QPalette.ColorRole.Midlight, "#444444"), (QPalette.ColorRole.Shadow, "#000000"),
                         (QPalette.ColorRole.ToolTipBase, "#3a3a3a"), (QPalette.ColorRole.ToolTipText, "#eeeeee"),
                         (QPalette.ColorRole.Link, "#8ab4f8"), (QPalette.ColorRole.PlaceholderText, "#aaaaaa")):
        palette.setColor(role, QColor(colour))
    return palette


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = w.text()
    text = re.sub(r"<[^>]+>", "", text).replace("\n", " ")
    return f"{type(w).__name__}{' ' + repr(text[:50]) if text else ''}" + (
        f" ({w.objectName()})" if w.objectName() else "")


def _inside_complex(w: QWidget) -> bool:
    """A part of a composite widget (a spin box's editor, a scroll bar, a list's viewport): Qt places it."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QScrollBar, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _label_width_needed(label: QLabel) -> int:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or (
            label.textFormat() == Qt.TextFormat.AutoText and not re.search(r"<[A-Za-z/!][^>]*>", text)):
        if label.buddy() is not None:  # "&Name:" underlines the N
            text = re.sub(r"&(.)", r"\1", text)
        metrics = label.fontMetrics()
        return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    return int(doc.idealWidth() + 0.99)


def _content_problem(w: QWidget) -> str | None:
    if isinstance(w, QLabel):
        if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            return None
        room = w.contentsRect()
        indent = max(w.indent(), 0) + 2 * w.margin()
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + SLACK:
                return f"needs {need} px of height, has {w.height()}"
            return None
        need = _label_width_needed(w) + indent
        if need > room.width() + SLACK:
            return f"needs {need} px, has {room.width()}"
        return None
    if isinstance(w, QTabBar):
        shown = [i for i in range(w.count()) if w.isTabVisible(i)]
        for i in shown:
            if w.tabRect(i).right() > w.width() + SLACK or w.tabRect(i).left() < -SLACK:
                return f"tab {w.tabText(i)!r} is past the edge of the bar ({w.width()} px)"
            if w.tabSizeHint(i).width() > w.tabRect(i).width() + SLACK:
                return f"tab {w.tabText(i)!r} is cut"
        return None
    if isinstance(w, QAbstractButton):
        if w.hasHeightForWidth():
            need = w.heightForWidth(w.width())
            if need > w.height() + SLACK:
                return f"needs {need} px of height, has {w.height()}"
            return None
        if w.sizeHint().width() > w.width() + SLACK:
            return f"needs {w.sizeHint().width()} px, has {w.width()}"
        return None
    if isinstance(w, QComboBox) and w.currentText():
        option = QStyleOptionComboBox()
        w.initStyleOption(option)
        field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, w)
        need = w.fontMetrics().horizontalAdvance(w.currentText())
        if need > field.width() + SLACK:
            return f"shows {w.currentText()!r} ({need} px) in {field.width()} px"
    return None


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    area = viewport.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def _placement_problem(w: QWidget) -> str | None:
    parent = w.parentWidget()
    if parent is None or w.isWindow():
        return None
    geometry = w.geometry()
    area = _scroll_area_of(parent)
    if area is not None:  # the content of a scroll area: past the viewport only where a scroll bar reaches
        view = parent.rect()
        if geometry.right() > view.right() + SLACK + area.horizontalScrollBar().maximum() \
                or geometry.right() > view.right() + SLACK and not area.horizontalScrollBar().isVisible():
            return f"goes {geometry.right() - view.right()} px past the right edge, no scroll bar reaches it"
        if geometry.bottom() > view.bottom() + SLACK and not area.verticalScrollBar().isVisible():
            return f"goes {geometry.bottom() - view.bottom()} px below the bottom edge, no scroll bar reaches it"
        return None
    inner = QRect(0, 0, parent.width(), parent.height()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not inner.contains(geometry):
        return f"at {geometry.getRect()} is outside its parent {_name(parent)} {parent.width()}×{parent.height()}"
    return None


def problems(window: QWidget) -> list[str]:
    """What does not fit in ``window`` as shown now, one line per widget."""
    out = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window or _inside_complex(w):
            continue
        problem = _placement_problem(w) or _content_problem(w)
        if problem:
            out.append(f"{_name(w)}: {problem}")
    return out
