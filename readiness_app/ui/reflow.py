"""Layouts that reflow on a narrow window: a row whose items go to the next line when they do not fit
(buttons under their text on a projector's 1024 pixels, beside it on a laptop), and a button whose text
wraps instead of being cut."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down and fits it to its width (its lines wrap
    instead of running past the edge)."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def place_beside_wizard(window: QWidget, parent: QWidget | None, max_width: int) -> None:
    """A window of its own (the preview, the hiring kit) on the right of the screen, at most 60 % of its
    width: the wizard's questions stay in sight beside it."""
    screen = (parent.screen() if parent is not None else window.screen()).availableGeometry()
    width = min(int(screen.width() * 0.6), max_width)
    window.resize(width, int(screen.height() * 0.92))
    window.move(screen.right() - width + 1, screen.top())


class FlowLayout(QLayout):
    """Items side by side while they fit, then on the next line. An item added with ``stretch`` takes the
    room left on its line; an item wider than the line (a wrapping label) gets the line's width and the
    height it needs for it."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()  # ids of the widgets that take the room left on their line
        self._preferred: dict[int, int] = {}  # a width asked for instead of the widget's size hint
        self.h_spacing, self.v_spacing = spacing, line_spacing
        self.setContentsMargins(0, 0, 0, 0)
        self._cache: dict[int, int] = {}

    # -- QLayout ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def add(self, widget: QWidget, stretch: bool = False, preferred: int | None = None) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch.add(id(widget))
        if preferred is not None:
            self._preferred[id(widget)] = preferred

    def set_preferred_width(self, widget: QWidget, width: int | None) -> None:
        if self._preferred.get(id(widget)) != width:
            if width is None:
                self._preferred.pop(id(widget), None)
            else:
                self._preferred[id(widget)] = width
            self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def invalidate(self) -> None:
        self._cache = {}
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._cache:
            self._cache[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return self._cache[width]

    def sizeHint(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(self._natural(i) for i in shown) + self.h_spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        return QSize(width + m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- arranging ---------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _natural(self, item: QLayoutItem) -> int:
        widget = item.widget()
        preferred = self._preferred.get(id(widget)) if widget is not None else None
        width = preferred if preferred is not None else item.sizeHint().width()
        return max(width, item.minimumSize().width())

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        return max(item.heightForWidth(width), item.minimumSize().height()) if item.hasHeightForWidth() \
            else item.sizeHint().height()

    def _shrink(self, line: list[list], deficit: int) -> int:
        """Narrow the line's stretching items (texts that wrap) by ``deficit`` if they can stay readable
        (about 16 characters wide); the pixels given, or 0."""
        growing = [entry for entry in line if id(entry[0].widget()) in self._stretch]
        floors = []
        for item, _width in growing:
            widget = item.widget()
            chars = widget.fontMetrics().averageCharWidth() * 16 if widget is not None else 0
            floors.append(max(item.minimumSize().width(), chars))
        spare = sum(max(entry[1] - floor, 0) for entry, floor in zip(growing, floors, strict=True))
        if spare < deficit:
            return 0
        left = deficit
        for entry, floor in zip(growing, floors, strict=True):
            give = min(max(entry[1] - floor, 0), left)
            entry[1] -= give
            left -= give
        return deficit

    def _arrange(self, rect: QRect, place: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        room = max(area.width(), 1)
        lines: list[list[list]] = [[]]
        used = 0
        for item in self._shown():
            width = min(self._natural(item), room)
            line = lines[-1]
            if line and used + self.h_spacing + width > room:
                used -= self._shrink(line, used + self.h_spacing + width - room)  # a wrapping text gives way
            if line and used + self.h_spacing + width > room:
                lines.append([])
                line, used = lines[-1], 0
            used += (self.h_spacing if line else 0) + width
            line.append([item, width])
        y = area.y()
        for line in lines:
            if not line:
                continue
            left = room - sum(w for _i, w in line) - self.h_spacing * (len(line) - 1)
            growing = [entry for entry in line if id(entry[0].widget()) in self._stretch]
            for n, entry in enumerate(growing):
                entry[1] += left // len(growing) + (1 if n < left % len(growing) else 0)
            height = max(self._height(item, width) for item, width in line)
            if place:
                x = area.x()
                for item, width in line:
                    h = min(self._height(item, width), height)
                    item.setGeometry(QRect(x, y + (height - h) // 2, width, h))
                    x += width + self.h_spacing
            y += height + self.v_spacing
        return y - self.v_spacing - area.y() + m.top() + m.bottom() if y > area.y() else m.top() + m.bottom()


class WrapLabel(QLabel):
    """A label whose text wraps, measured once for each width it is laid out at. Qt measures a wrapped label
    anew at every layout pass, laying its whole text out each time (twice for a rich text: at the width
    asked, then back at its own), and works its size hints out by laying it out at several more widths:
    on the result page one changed answer made Qt lay out some thirty sentences, nearly all unchanged.

    Here the height for a width and the size hints are remembered, and forgotten whenever something that
    shapes the text changes: its text, format, font, style or margins."""

    WIDTHS = 8  # widths remembered; more are asked for only while a window is being resized
    LINE_CHARS = 80  # the widest line a size hint asks for, as Qt's own label does
    NO_LIMIT = 16_777_215  # Qt's largest widget size: the text on one line, however large its font

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self._hints: tuple[QSize, QSize] | None = None
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self.WIDTHS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        return self._size_hints()[0]

    def minimumSizeHint(self) -> QSize:
        return self._size_hints()[1]

    def _size_hints(self) -> tuple[QSize, QSize]:
        """Qt's own hints for a wrapped plain text (a line of about 80 characters, narrower for a short
        text; at least its widest word), worked out once for each text; a rich text is left to Qt."""
        if self._hints is None:
            if not self.wordWrap() or not self.text() or self._rich():
                self._hints = (super().sizeHint(), super().minimumSizeHint())
            else:
                metrics, text = self.fontMetrics(), self.text()
                m = self.contentsMargins()
                extra = QSize(m.left() + m.right() + 2 * self.margin(), m.top() + m.bottom() + 2 * self.margin())
                flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                width = min(metrics.averageCharWidth() * self.LINE_CHARS, self.maximumWidth()) - extra.width()
                box = metrics.boundingRect(0, 0, width, 2000, flags, text)
                if box.height() < 4 * metrics.lineSpacing() and box.width() > width // 2:
                    box = metrics.boundingRect(0, 0, width // 2, 2000, flags, text)
                if box.height() < 2 * metrics.lineSpacing() and box.width() > width // 4:
                    box = metrics.boundingRect(0, 0, width // 4, 2000, flags, text)
                widest = metrics.boundingRect(0, 0, 0, 2000, flags, text).width()  # a word on each line
                one_line = metrics.boundingRect(0, 0, self.NO_LIMIT, 2000, flags, text).height()
                hint = box.size() + extra
                self._hints = (hint, QSize(widest + extra.width(), min(one_line, box.height()) + extra.height()))
        return self._hints

    def _rich(self) -> bool:
        return self.textFormat() == Qt.TextFormat.RichText or (
            self.textFormat() == Qt.TextFormat.AutoText and bool(re.search(r"<[A-Za-z/!][^>]*>", self.text())))

    def _forget(self) -> None:
        self._heights.clear()
        self._hints = None

    def setText(self, text: str) -> None:
        if text != self.text():
            self._forget()
            super().setText(text)

    def clear(self) -> None:
        self._forget()
        super().clear()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._forget()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:
        self._forget()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:
        self._forget()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._forget()
        super().setIndent(indent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._forget()
        super().changeEvent(event)


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines when the button is narrow: an answer named in
    full ("Models in production → 8") stays readable in a narrow column instead of being cut."""

    PAD_X, PAD_Y = 8, 5

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _flags(self) -> int:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap) \
            | int(Qt.TextFlag.TextShowMnemonic)

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(width - 2 * self.PAD_X, 1), 100000),
                                               self._flags(), self.text())

    def sizeHint(self) -> QSize:
        one_line = self.fontMetrics().horizontalAdvance(self.text().replace("&&", "&"))
        return QSize(one_line + 2 * self.PAD_X + 2, self.fontMetrics().height() + 2 * self.PAD_Y)

    def minimumSizeHint(self) -> QSize:
        words = self.text().replace("&&", "&").split()
        widest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        return QSize(min(widest, 160) + 2 * self.PAD_X + 2, self.fontMetrics().height() + 2 * self.PAD_Y)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_rect(width).height() + 2 * self.PAD_Y

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect().adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y), self._flags(),
                         self.text())
        painter.end()


class Columns(QWidget):
    """Two columns side by side when there is room for both, one under the other when not (the result's
    reasons and its hiring plan on a projector's 1024 pixels)."""

    LINES_WIDE = 44  # the width, in line heights, under which the columns stack

    def __init__(self, first: QLayout, second: QLayout, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(24)
        self.box.addLayout(first, 1)
        self.box.addLayout(second, 1)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _arrange(self, width: int) -> None:
        stack = width < self.fontMetrics().height() * self.LINES_WIDE
        if stack != self.stacked():
            self.box.setDirection(QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight)
            self.box.setSpacing(8 if stack else 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)


class TabLines(QWidget):
    """The tabs of a tab widget as buttons on as many lines as they need, shown in place of its tab bar
    when the tabs do not fit on one line: every title stays readable, none hides behind scroll arrows."""

    STYLE = ("QPushButton { padding: 4px 10px; }"
             " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
             " border: 1px solid palette(highlight); border-radius: 3px; }")

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = tabs
        self.flow = FlowLayout(self, spacing=4, line_spacing=4)
        self.buttons: list[QPushButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._clicked)
        tabs.currentChanged.connect(self._current)
        self.hide()

    def _clicked(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _current(self, index: int) -> None:
        if 0 <= index < len(self.buttons) and not self.buttons[index].isChecked():
            self.buttons[index].setChecked(True)

    def sync(self) -> None:
        """Follow the tabs' titles and visibility; show the lines in place of the bar when the bar does not fit."""
        bar = self.tabs.tabBar()
        while len(self.buttons) < self.tabs.count():
            button = QPushButton()
            button.setCheckable(True)
            button.setStyleSheet(self.STYLE)
            self.group.addButton(button, len(self.buttons))
            self.flow.add(button)
            self.buttons.append(button)
        for index, button in enumerate(self.buttons):
            if button.text() != self.tabs.tabText(index):
                button.setText(self.tabs.tabText(index))
            button.setVisible(self.tabs.isTabVisible(index))
        self._current(self.tabs.currentIndex())
        shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
        needed = sum(bar.tabSizeHint(i).width() for i in shown)
        wrap = needed > self.tabs.width()
        if wrap == self.isHidden() or wrap != bar.isHidden():
            self.setVisible(wrap)
            bar.setVisible(not wrap)

    def restyle(self) -> None:
        """Style sheets resolve palette() once: resolve it again after a theme change."""
        for button in self.buttons:
            button.setStyleSheet("")
            button.setStyleSheet(self.STYLE)
