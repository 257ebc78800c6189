"""Building the PDF report off the GUI thread, with a progress dialog, and the
in-app preview. The report module (reportlab) and QtPdf load only when used."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressDialog, QVBoxLayout, QWidget

from ..core.errors import ReadinessError
from ..core.result import Result

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
        self.worker_thread.start()

    def _progress(self, percent: int, message: str) -> None:
        self.dialog.setLabelText(message)
        self.dialog.setValue(max(0, min(99, percent)))

    def _stop(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
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


class PreviewDialog(QDialog):
    """The report as it will print, with Qt's PDF viewer."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(self.tr("Report preview"))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("{0} pages").format(self.document.pageCount()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        if parent is not None:
            self.resize(min(900, parent.width()), parent.height())
