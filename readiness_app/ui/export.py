"""Building the PDF report off the GUI thread, with a progress dialog, and the
in-app preview. The report module (reportlab) and QtPdf load only when used."""

from __future__ import annotations

import gc
import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, QSize, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ReadinessError
from ..core.result import Result
from .reflow import FlowLayout, place_beside_wizard

log = logging.getLogger(__name__)


class _Worker(QObject):
    """Runs ``write_report`` in a worker thread; its progress callback becomes a Qt signal."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, result: Result, path: Path, options: dict[str, Any]):
        super().__init__()
        self.result, self.path, self.options = result, path, options

    @Slot()
    def run(self) -> None:
        try:
            from ..report import write_report

            out = write_report(self.result, self.path, progress=self._progress, **self.options)
            self.finished.emit(Path(out))
        except ReadinessError as exc:
            self.failed.emit(exc.render())
        except Exception as exc:  # a bug in the report: tell the user, keep their work
            log.exception("report failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    def _progress(self, percent: int, message: str) -> None:
        self.progress.emit(int(percent), str(message))


_paused = 0


def _pause_collector() -> None:
    """No cycle collection on the window's thread while a report is built on another: the collector
    walking the heap while reportlab works in the worker thread has brought the app down. Reference
    counting still frees what is no longer used; the collector runs again when the report is done."""
    global _paused
    if _paused == 0 and gc.isenabled():
        gc.disable()
        _paused = 1
    elif _paused:
        _paused += 1


def _resume_collector() -> None:
    global _paused
    if _paused:
        _paused -= 1
        if _paused == 0:
            gc.enable()


class ReportJob(QObject):
    """One report being written: a thread, a worker and a progress dialog."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, result: Result, path: Path, options: dict[str, Any], title: str):
        super().__init__(parent)
        self.path = path
        self.worker_thread = QThread(self)
        self.worker = _Worker(result, path, options)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(title, "", 0, 100, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumWidth(420)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.dialog.setValue(0)
        _pause_collector()
        self.worker_thread.start()

    def _progress(self, percent: int, message: str) -> None:
        self.dialog.setLabelText(message)
        self.dialog.setValue(max(0, min(99, percent)))

    def _stop(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        # The worker goes now, on this thread, with its thread stopped: not later, whenever the
        # cycle collector happens to reach it (possibly while another report is being built).
        self.worker = None  # type: ignore[assignment]  # the last reference: deleted here
        _resume_collector()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finished(self, path: Path) -> None:
        self._stop()
        self.done.emit(path)
        self.deleteLater()

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
        self.deleteLater()


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def preview_path() -> Path:
    folder = Path(tempfile.gettempdir()) / "readiness-app-preview"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "preview.pdf"


def pdf_preview_available() -> bool:
    try:
        import PySide6.QtPdf  # noqa: F401
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def print_support_available() -> bool:
    try:
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


class PreviewDialog(QDialog):
    """The report as it will print, with Qt's PDF viewer: page by page or fitted to the width, zoomed, and
    printed. A window beside the wizard, not over it: the answers stay in view while the report is read."""

    ZOOM_STEP = 1.25

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(self.tr("Report preview"))
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, with a title bar to move it aside
        self.setModal(False)
        self.path = path
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        count = self.document.pageCount()
        self.pages = QLabel(self.tr("{0} pages").format(count))
        self.previous_button = QPushButton(self.tr("◀ P&revious page"))
        self.next_button = QPushButton(self.tr("&Next page ▶"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(count, 1))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setSuffix(self.tr(" of {0}").format(count))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.fit_button = QPushButton(self.tr("&Fit width"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setVisible(print_support_available())
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(self.ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / self.ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_report)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        tools = FlowLayout(spacing=6)
        for w in (self.previous_button, self.page_box, self.next_button, self.zoom_out_button, self.zoom_in_button,
                  self.fit_button, self.print_button):
            tools.add(w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pages, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        place_beside_wizard(self, parent, 900)
        self._page_shown(0)

    def open(self) -> None:
        """Shown beside the wizard, which stays usable (not modal)."""
        self.show()
        self.raise_()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.document.pageCount() - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._page_shown(page)

    def _page_shown(self, page: int) -> None:
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.document.pageCount() - 1)
        if self.page_box.value() != page + 1:
            self.page_box.blockSignals(True)
            self.page_box.setValue(page + 1)
            self.page_box.blockSignals(False)

    def zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:  # from the fitted size the page is shown at
            size = self.document.pagePointSize(max(self.current_page(), 0))
            if size.width() > 0:
                current = self.view.viewport().width() / (size.width() * self.logicalDpiX() / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 4.0)))

    def fit_width(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: Any) -> None:
        """Every page of the report, rendered at the printer's resolution and fitted to its page."""
        from PySide6.QtGui import QPainter

        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            target = printer.pageRect(printer.Unit.DevicePixel).toRect()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(page, size)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
