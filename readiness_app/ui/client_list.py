"""The client list shown at start: the recent client files with the company, the
last decision and the date, so a consultant finds Thursday's client in one
click. The files stay plain JSON wherever the user keeps them; this view only
reads them, one per event-loop turn after the list is painted (a large one in the
thread pool), so the start stays quick and the window responsive. A missing or
unreadable file is shown as such."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent

    from ..core.ruleset import Ruleset

from .pool import InPool
from .style import (
    local_date,  # QtCore only: the list shows before the first paint
    scaled_font,
)

MAX_BYTES = 5_000_000  # larger than any real client file: not read for the list
INLINE_BYTES = 256 * 1024  # read at once (a few milliseconds); a larger file in the thread pool


@dataclass
class ClientInfo:
    path: Path
    state: str  # "ok", "unfinished", "missing", "broken"
    company: str = ""
    decision: str = ""  # the decision's label
    provisional: bool = False  # a "don't know" could change the decision
    answered: int = 0  # questions answered, of ``total`` on show (the core's rule)
    total: int = 0
    when: datetime | None = None
    respondents: int = 0
    snapshots: int = 0
    message: str = ""
    read_at: float = 0.0  # when the file was read (time.time())


def read_client(path: Path, ruleset: Ruleset, lang: str) -> ClientInfo:
    """What the list shows of one file; never raises."""
    from ..core.answers import DONT_KNOW
    from ..core.errors import AnswersError, ReadinessError
    from . import operations

    path = Path(path)
    try:
        if not path.is_file():
            return ClientInfo(path, "missing")
        stat = path.stat()
        if stat.st_size > MAX_BYTES:
            return ClientInfo(path, "broken", message="too large")
        opened = operations.open_file(path, ruleset)
        doc = opened.document
    except ReadinessError as exc:
        return ClientInfo(path, "broken", message=exc.render().splitlines()[0] if exc.render() else "")
    except (OSError, ValueError) as exc:
        return ClientInfo(path, "broken", message=str(exc))
    except Exception as exc:  # noqa: BLE001 - whatever a file holds, the list shows it as broken
        return ClientInfo(path, "broken", message=type(exc).__name__)
    info = ClientInfo(path, "ok", company=str(doc.answers.get("company_name") or "").strip(),
                      when=doc.modified or datetime.fromtimestamp(stat.st_mtime, UTC),
                      respondents=len(doc.respondents), snapshots=len(doc.snapshots))
    try:
        info.answered, info.total = operations.answer_progress(opened)
        unknown = any(v == DONT_KNOW for v in (*doc.answers.values(), *(
            v for person in doc.respondents for v in person.answers.values())))
        result = operations.assess_opened(opened, lang, full=unknown).result  # support only where it can matter
        info.decision = result.decision_label
        info.provisional = result.confidence is not None and result.confidence.verdict in ("provisional", "open")
    except AnswersError:  # required answers missing or a cross-field check broken: not finished yet
        info.state = "unfinished"
    except Exception as exc:  # noqa: BLE001 - the list never stops on one file
        info.state, info.message = "broken", type(exc).__name__
    return info


def _short_stamp(moment: datetime, lang: str) -> str:
    """The last change, short enough to leave the decision its room: "26 Nov 2026, 09:08"."""
    full = local_date(moment, lang, with_time=True)
    return full.split(" ", 1)[1] if " " in full else full  # without the day of the week


class ClientList(QWidget):
    """Recent client files; double-click or Enter opens one."""

    openRequested = Signal(object)  # Path
    newRequested = Signal()
    openOtherRequested = Signal()
    backRequested = Signal()
    removeRequested = Signal(object)  # Path

    COLUMNS = 6
    FILE, CLIENT, WHEN, WORKSHOP, DECISION, FOLDER = range(6)

    def __init__(self, ruleset_getter: Callable[[], Ruleset], lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.ruleset_getter, self.lang = ruleset_getter, lang
        self.infos: dict[Path, ClientInfo] = {}
        self.pending: list[QTreeWidgetItem] = []
        title = QLabel(self.tr("Clients"))
        title.setFont(scaled_font(self, 1.5, bold=True))
        intro = QLabel(self.tr("Recent client files. Double-click one, or choose it and press Enter, to open it."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Recent client files"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # the file's name first: two files of one client differ there; a long folder is shortened in the middle
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Client"), self.tr("Last changed"),
                                   self.tr("Respondents"), self.tr("Decision"), self.tr("Folder")])
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WORKSHOP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DECISION, QHeaderView.ResizeMode.Stretch)
        self.tree.setFont(scaled_font(self, 1.1))
        self._fit_columns()
        self.tree.setStyleSheet("QTreeWidget::item { padding: 6px 2px; }")
        self.tree.itemActivated.connect(lambda item, _col: self._open(item))
        self.tree.currentItemChanged.connect(lambda *_: self._buttons())
        self.tree.installEventFilter(self)
        self.empty = QLabel(self.tr("No client file opened yet. Start a new assessment, or open a file."))
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.new_button = QPushButton(self.tr("&New assessment"))
        self.new_button.clicked.connect(self.newRequested)
        self.other_button = QPushButton(self.tr("Open o&ther…"))
        self.other_button.clicked.connect(self.openOtherRequested)
        self.remove_button = QPushButton(self.tr("Re&move from list"))
        self.remove_button.setToolTip(self.tr("Forget this file in the list (the file itself stays)"))
        self.remove_button.clicked.connect(self._remove)
        self.back_button = QPushButton(self.tr("&Back to the assessment"))
        self.back_button.clicked.connect(self.backRequested)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.new_button, self.other_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._read_next)
        self.reading: Path | None = None  # a large file being read in the thread pool
        self.reader = InPool(self)
        self.reader.done.connect(self._read_in_pool)

    def show_paths(self, paths: list[Path], can_go_back: bool = False) -> None:
        """List the files at once by name; their content is read after the list is painted."""
        self.tree.clear()
        self.pending = []
        for path in paths:
            item = QTreeWidgetItem(self.tree, [path.name, "", "", "", self.tr("…"), str(path.parent)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(self.FILE, str(path))
            item.setToolTip(self.FOLDER, str(path.parent))
            font = item.font(self.FILE)
            font.setBold(True)
            item.setFont(self.FILE, font)
            known = self.infos.get(path)
            if known is not None and self._fresh(known):
                self._fill(item, known)
            else:
                self.pending.append(item)
        self.empty.setVisible(not paths)
        self.tree.setVisible(bool(paths))
        self.back_button.setVisible(can_go_back)
        first = self.tree.topLevelItem(0) if paths else None
        if first is not None:
            self.tree.setCurrentItem(first)
        self._buttons()
        self._fit_columns()
        if self.pending:
            self.timer.start(0)

    def _fresh(self, info: ClientInfo) -> bool:
        try:
            return info.path.is_file() and info.state != "missing" and \
                info.path.stat().st_mtime <= info.read_at
        except OSError:
            return False

    def _read_next(self) -> None:
        if not self.pending or self.reading is not None:
            return
        item = self.pending.pop(0)
        path = Path(item.data(0, Qt.ItemDataRole.UserRole))
        try:
            size = path.stat().st_size if path.is_file() else 0
        except OSError:
            size = 0
        if size > INLINE_BYTES:
            self.reading = path
            ruleset, lang = self.ruleset_getter(), self.lang
            self.reader.start(lambda: read_client(path, ruleset, lang))
            return
        self._read(path, read_client(path, self.ruleset_getter(), self.lang))

    def _read_in_pool(self, info: ClientInfo) -> None:
        self.reading = None
        self._read(info.path, info)

    def _read(self, path: Path, info: ClientInfo) -> None:
        """Show what was read in the rows of ``path`` (the list may have been shown again meanwhile)."""
        info.read_at = time.time()
        self.infos[path] = info
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and Path(item.data(0, Qt.ItemDataRole.UserRole)) == path:
                self._fill(item, info)
                if item in self.pending:
                    self.pending.remove(item)
        self._fit_columns()
        if self.pending:
            self.timer.start(0)

    def _fill(self, item: QTreeWidgetItem, info: ClientInfo) -> None:
        if info.state == "missing":
            decision, when = self.tr("File not found"), ""
        elif info.state == "broken":
            decision, when = self.tr("Cannot be read"), ""
            item.setToolTip(self.DECISION, info.message)
        else:
            if info.state == "ok":
                decision = self.tr("{0} — provisional").format(info.decision) if info.provisional else info.decision
            else:
                decision = self.tr("Not finished: {0} of {1} answered").format(info.answered, info.total)
            when = _short_stamp(info.when, self.lang) if info.when else ""
        people = ""
        if info.respondents:
            people = self.tr("{0} respondents").format(info.respondents) if info.respondents > 1 \
                else self.tr("1 respondent")
        if info.snapshots:
            item.setToolTip(self.WORKSHOP, self.tr("{0} visits kept").format(info.snapshots) if info.snapshots > 1
                            else self.tr("1 visit kept"))
        item.setText(self.CLIENT, info.company)
        item.setToolTip(self.CLIENT, info.company)
        item.setText(self.DECISION, decision)
        item.setToolTip(self.DECISION, decision if info.state != "broken" else info.message)
        item.setText(self.WHEN, when)
        item.setText(self.WORKSHOP, people)
        if info.state in ("missing", "broken"):
            for col in range(self.COLUMNS):
                item.setForeground(col, self.palette().placeholderText())
        item.setData(self.DECISION, Qt.ItemDataRole.AccessibleTextRole, decision)

    def _fit_columns(self) -> None:
        """Columns that fit the window: the date, the respondents and the decision whole; the file's name,
        the client and the folder share what is left, in that order (a long one shortened in the middle)."""
        tree, header = self.tree, self.tree.header()
        metrics, bold = tree.fontMetrics(), QFontMetrics(scaled_font(self, 1.1, bold=True))
        em = metrics.horizontalAdvance("M")
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]

        def widest(col: int, fm: QFontMetrics = metrics) -> int:
            texts = [header.model().headerData(col, Qt.Orientation.Horizontal)] + [
                item.text(col) for item in items if item is not None]
            return max(fm.horizontalAdvance(str(t)) for t in texts) + em

        minimum = {self.FILE: 8 * em, self.CLIENT: 6 * em, self.FOLDER: 4 * em}
        wanted = {self.FILE: min(widest(self.FILE, bold), 20 * em), self.CLIENT: min(widest(self.CLIENT), 14 * em),
                  self.FOLDER: 16 * em}
        room = tree.viewport().width() - header.sectionSize(self.WHEN) - header.sectionSize(self.WORKSHOP) \
            - widest(self.DECISION) - sum(minimum.values())
        for col in (self.FILE, self.CLIENT, self.FOLDER):
            extra = max(0, min(wanted[col] - minimum[col], room))
            tree.setColumnWidth(col, minimum[col] + extra)
            room -= extra

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _buttons(self) -> None:
        has = self.tree.currentItem() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.removeRequested.emit(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def focus_list(self) -> None:
        (self.tree if self.tree.isVisible() else self.new_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            self._remove()
            return True
        return super().eventFilter(watched, event)
