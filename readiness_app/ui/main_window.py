"""The main window: File menu and documents, the client list, the side panel,
the wizard, the Workshop menu (respondents, disagreements, snapshots), the
unsaved-changes prompt, crash recovery and the PDF export."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

# Message boxes, file dialogs, standard paths and the Qt namespace are reached through their module
# when used: naming them here would set up their Python types (and enums) before the first paint.
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from ..core.errors import ReadinessError
from ..core.ruleset import Ruleset, load_ruleset
from .autosave import (
    Autosaver,
    Crashed,
    OpenFileLock,
    crashed_autosaves,
    data_dir,
    document_key,
    keep_aside,
    read_autosave,
    set_aside,
)
from .documents import AssessmentModel, DiskState, RecentFiles, default_file_name, read_for_opening
from .pages import SectionPage, Wizard
from .pool import InPool
from .side_panel import SidePanel

if TYPE_CHECKING:
    from ..core.document import AssessmentDocument
    from ..core.result import Result
    from .client_list import ClientList
    from .export import PreviewDialog, ReportJob
    from .result_page import ResultPage
    from .workshop_view import RespondentDialog, SnapshotDialog

Dialog = TypeVar("Dialog", bound="QtWidgets.QDialog")
SYNC_OPEN_BYTES = 256 * 1024  # read at once (a few milliseconds); a larger file is read off the main thread
_windows: list[MainWindow] = []  # windows opened for restored work, kept alive until closed


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return Path(a) == Path(b)


# Only the first section page is needed for the first paint: the result page, the client list
# and the workshop dialogs load (with the engine behind them) after it, or when first asked for.


class MainWindow(QMainWindow):
    def __init__(self, ruleset: Ruleset | None = None, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AssessmentModel(ruleset or load_ruleset(), lang, self)
        self.recent = RecentFiles(data_dir() / "settings.ini")
        self.autosaver = Autosaver(self.model, parent=self)
        self.autosaver.failed.connect(self._autosave_failed)
        self.file_lock = OpenFileLock()
        self.model.pathChanged.connect(self.file_lock.hold)
        self.model.textAdjusted.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.reading: InPool | None = None  # a large file being read
        self.last_pdf: Path | None = None
        self.preview: PreviewDialog | None = None  # the report preview dialog, once opened
        self.job: ReportJob | None = None  # the report being written

        self.wizard = Wizard()
        sections = self.model.questionnaire.sections
        self.pages = [SectionPage(self.model, s, i + 1, len(sections)) for i, s in enumerate(sections)]
        for i, page in enumerate(self.pages):
            self.wizard.setPage(i, page)
        self._result_page: ResultPage | None = None  # built after the first paint: see result_page
        self.side = SidePanel(self.model)
        self.assessment = QWidget()
        row = QHBoxLayout(self.assessment)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.side)
        row.addWidget(self.wizard, 1)
        self._clients: ClientList | None = None  # the client list, made when first shown: see clients
        self.stack = QStackedWidget()
        self.stack.addWidget(self.assessment)
        self.setCentralWidget(self.stack)
        self.dialog: QtWidgets.QDialog | None = None  # the respondent or snapshot dialog being shown
        self.help_dialog: QtWidgets.QDialog | None = None  # About or the user guide, made when asked for
        self._first_paint_done = False
        self._menus()
        self.side.switcher.addRequested.connect(self.add_respondent)
        self.side.switcher.importRequested.connect(self.import_respondent)

        self.wizard.pageInitializing.connect(self._page_initializing)
        self.wizard.pageShown.connect(lambda _i: self._sync())
        self.model.changed.connect(self._sync)
        self.model.modifiedChanged.connect(lambda _m: self._title())
        self.model.pathChanged.connect(lambda _p: self._title())
        self.model.viewChanged.connect(self._title)
        self.model.restored.connect(self._restored)
        self.model.changed.connect(self._title)  # the company's name names an untitled assessment
        self.side.jumpRequested.connect(self.go_to_page)
        self.wizard.restart()
        self._title()
        QTimer.singleShot(150, self, self._build_pages_while_idle)

    def _build_pages_while_idle(self) -> None:
        """Pages not shown yet get their inputs after the first paint, one per event-loop turn;
        the result page last."""
        self._after_first_paint()
        page = next((p for p in self.pages if not p.built), None)
        if page is not None:
            page.build()
            QTimer.singleShot(0, self, self._build_pages_while_idle)
        elif self._result_page is None:
            self._build_result_page()

    @property
    def result_page(self) -> ResultPage:
        """The recommendation, the wizard's last page: built after the first paint,
        or at once when something needs it sooner."""
        if self._result_page is None:
            return self._build_result_page()
        return self._result_page

    def _build_result_page(self) -> ResultPage:
        from .result_page import ResultPage

        page = ResultPage(self.model)
        self._result_page = page
        self.wizard.setPage(len(self.pages), page)
        page.snapshotRequested.connect(self.take_snapshot)
        page.answerActivated.connect(self.jump_to_question)
        page.exportRequested.connect(self.export_pdf)
        page.previewRequested.connect(self.preview_report)
        page.open_pdf.clicked.connect(self.open_pdf)
        page.show_folder.clicked.connect(self.show_pdf_folder)
        from .kit_view import add_kit_button

        add_kit_button(page, self.show_kit)
        if self.last_pdf is not None:
            page.set_exported(self.last_pdf)
        return page

    def go_to_page(self, index: int) -> bool:
        """Show page ``index`` (the result page is ``len(self.pages)``), as far as the answers allow."""
        if index >= len(self.pages):
            self.result_page  # noqa: B018  (built now if the idle time did not come yet)
        return self.wizard.go_to(index)

    @property
    def clients(self) -> ClientList:
        """The client list, made the first time it is shown."""
        if self._clients is None:
            from .client_list import ClientList

            clients = ClientList(lambda: self.model.ruleset, self.model.lang)
            self.stack.addWidget(clients)
            clients.openRequested.connect(self._open_client)
            clients.newRequested.connect(self.new_document)
            clients.openOtherRequested.connect(self.open_document)
            clients.backRequested.connect(self.show_assessment)
            clients.removeRequested.connect(self._forget_client)
            self._clients = clients
        return self._clients

    # -- chrome ------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # through the key sequence's own functions: QKeySequence(...) and setShortcut() would set up
            # the Qt namespace's Python types before the first paint (see _after_first_paint)
            keys = QKeySequence.keyBindings(shortcut)[:1] if isinstance(shortcut, QKeySequence.StandardKey) \
                else [QKeySequence.fromString(shortcut)]
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _after_first_paint(self) -> None:
        """What the first frame does not need: no horizontal scroll bars (the pages and the side panel
        wrap their text, and fit). Setting the policy takes the Qt namespace, whose Python types (about
        a hundred enums) cost a noticeable share of the start: done with the idle work after the first
        paint."""
        if self._first_paint_done:
            return
        self._first_paint_done = True
        self.side.after_first_paint()
        for page in self.pages:
            page.after_first_paint()

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New"), self.new_document, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_document, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.close_action = self._action(self.tr("Close"), self.close_document, QKeySequence.StandardKey.Close)
        self.revert_action = self._action(self.tr("Re&vert to Saved…"), self.revert)
        self.export_action = self._action(self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E")
        self.kit_action = self._action(self.tr("&Hiring kit…"), self.show_kit, "Ctrl+K")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        menu.addActions([self.new_action, self.open_action])
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.clients_action = self._action(self.tr("&Clients…"), self.show_clients, "Ctrl+L")
        menu.addAction(self.clients_action)
        menu.addActions([self.save_action, self.save_as_action, self.revert_action, self.close_action])
        menu.aboutToShow.connect(self._file_menu_state)
        menu.addSeparator()
        language = menu.addMenu(self.tr("Report &language"))
        self.language_actions = QActionGroup(self)
        for code, name in (("en", "English"), ("fr", "Français")):  # each in its own language
            action = language.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.model.set_language(c))
        language.aboutToShow.connect(self._check_language)
        menu.addActions([self.export_action, self.kit_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.model.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit.addActions([self.undo_action, self.redo_action])

        work = self.menuBar().addMenu(self.tr("Wor&kshop"))
        self.add_respondent_action = self._action(self.tr("&Add respondent…"), self.add_respondent, "Ctrl+Shift+A")
        self.import_respondent_action = self._action(self.tr("&Import respondent's answers…"),
                                                     self.import_respondent, "Ctrl+Shift+I")
        self.agreed_action = self._action(self.tr("Show the a&greed answers"), self.show_agreed, "Ctrl+Shift+G")
        self.disagreements_action = self._action(self.tr("&Disagreements"), self.show_disagreements, "Ctrl+D")
        self.snapshot_action = self._action(self.tr("Take &snapshot…"), self.take_snapshot, "Ctrl+T")
        self.progress_action = self._action(self.tr("&Progress since last visit"), self.show_progress,
                                            "Ctrl+Shift+P")
        work.addActions([self.add_respondent_action, self.import_respondent_action, self.agreed_action])
        work.addSeparator()
        work.addActions([self.disagreements_action, self.snapshot_action, self.progress_action])
        from .view_actions import install_view_actions  # zoom, presentation mode, export again
        install_view_actions(self)

        helps = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("User &guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.settings_folder_action = self._action(self.tr("Open my &settings folder"), self.open_settings_folder)
        self.about_action = self._action(self.tr("&About MLOps hiring readiness"), self.show_about)
        helps.addActions([self.guide_action, self.settings_folder_action])
        helps.addSeparator()
        helps.addAction(self.about_action)

    def _file_menu_state(self) -> None:
        self.revert_action.setEnabled(self.model.path is not None and self.model.is_modified())

    # -- help --------------------------------------------------------------
    def show_about(self) -> None:
        from .help import AboutDialog

        dialog = AboutDialog(self.model.ruleset, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.open()

    def show_guide(self) -> None:
        from .help import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.open()

    def open_settings_folder(self) -> Path | None:
        """The user's configuration folder (made if missing), opened in the file manager; says what goes there."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ..core.ruleset import user_dir

        folder = user_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._error(self.tr("Cannot open the settings folder"), f"{folder}: {exc.strerror or exc}")
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        QtWidgets.QMessageBox.information(
            self, self.tr("Your settings folder"),
            self.tr("Your settings folder is {0}\n\nYour own copies of the rules and of the salary bands go "
                    "there, and the app uses them instead of its own. To start from the built-in ones, run "
                    "“readiness-app own-copy rules” or “readiness-app own-copy salary-bands”: it puts a copy "
                    "there for you to edit.").format(folder))
        return folder

    def _check_language(self) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self.model.report_lang)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths[:10], 1):
            action = self.recent_menu.addAction(f"&{i} {path.name}" if i < 10 else path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _title(self) -> None:
        name = self.model.display_name()
        person = self.model.respondent()
        if person is not None:
            name = self.tr("{0} — answers of {1}").format(name, person.name)
        self.setWindowTitle(self.tr("{0}[*] — MLOps hiring readiness").format(name))
        self.setWindowModified(self.model.is_modified())

    def _restored(self, kind: str, target: str) -> None:
        """Undo or redo changed an answer or a note: show it where it is asked (a settlement shows on the
        result page, which follows the answers)."""
        if self.stack.currentWidget() is not self.assessment:
            return
        if kind == "answer":
            self.jump_to_question(target)
        elif kind == "note":
            index = next((i for i, p in enumerate(self.pages) if p.section.id == target), None)
            if index is not None and self.wizard.go_to(index):
                self.pages[index].notes.setFocus()

    def _page_initializing(self, index: int) -> None:
        if index >= len(self.pages) - 1 and self._result_page is None:  # Next on the last section leads there
            self._build_result_page()

    def _sync(self) -> None:
        self.side.update_state(self.wizard.currentId(), self.wizard.visitedIds())

    def _start_dir(self) -> str:
        if self.model.path:
            return str(self.model.path.parent)
        paths = QtCore.QStandardPaths
        return paths.writableLocation(paths.StandardLocation.DocumentsLocation) or os.getcwd()

    def _error(self, title: str, exc: ReadinessError | str) -> None:
        QtWidgets.QMessageBox.critical(self, title, exc.render() if isinstance(exc, ReadinessError) else exc)

    # -- documents ---------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the current assessment."""
        if not self.model.is_modified():
            return True
        button = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them first?").format(self.model.display_name()),
            button.Save | button.Discard | button.Cancel, button.Save)
        if answer == button.Save:
            return self.save()
        return answer == button.Discard

    def new_document(self) -> None:
        if self.maybe_save():
            self.model.new()
            self.autosaver.clear()
            self.wizard.restart()
            self.show_assessment()

    def close_document(self) -> None:
        """Put the assessment away (asking to save it first) and show the client list, or a new
        assessment when there is no client yet."""
        if not self.maybe_save():
            return
        self.model.new()
        self.autosaver.clear()
        self.wizard.restart()
        if self.recent.paths():
            self.show_clients()
        else:
            self.show_assessment()

    def revert(self) -> bool:
        """Drop the changes since the last save, after asking, and show the file as it is saved."""
        path = self.model.path
        if path is None or not self.model.is_modified() or self.reading is not None:
            return False
        button = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Revert to the saved version?"),
            self.tr("Drop every change made to “{0}” since it was last saved, and show it as it is saved? This "
                    "cannot be undone.").format(path.name), button.Yes | button.Cancel, button.Cancel)
        if answer != button.Yes:
            return False
        return self.open_path(path, ask=False)

    def open_document(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Open assessment"), self._start_dir(),
                                              self.tr("Assessments (*.json);;All files (*)"))
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a document; a file that cannot be used leaves the current work as it was. A large file
        is read off the main thread (the window stays responsive, its pages unavailable meanwhile)."""
        if self.reading is not None or (ask and not self.maybe_save()):
            return False
        path = Path(path)
        try:
            size = path.stat().st_size if path.is_file() else 0
        except OSError:
            size = 0
        if size <= SYNC_OPEN_BYTES:
            return self._opened(path, self._read(path))
        self.reading = InPool(self)
        self.reading.done.connect(lambda outcome: self._read_done(path, outcome))
        self._busy(True, self.tr("Opening {0}…").format(path.name))
        ruleset = self.model.ruleset
        self.reading.start(lambda: read_for_opening(path, ruleset))
        return True

    def _read(self, path: Path) -> object:
        try:
            return read_for_opening(path, self.model.ruleset)
        except Exception as exc:  # noqa: BLE001 - every failure is said in a dialog
            return exc

    def _busy(self, busy: bool, message: str = "") -> None:
        self.stack.setEnabled(not busy)
        for action in (self.new_action, self.open_action, self.save_action, self.save_as_action, self.clients_action):
            action.setEnabled(not busy)
        self.recent_menu.setEnabled(not busy)
        if busy:
            QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(message)
        else:
            QtWidgets.QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def _read_done(self, path: Path, outcome: object) -> None:
        if self.reading is not None:
            self.reading.deleteLater()
        self.reading = None
        self._busy(False)
        self._opened(path, outcome)

    def _failure(self, path: Path, exc: BaseException) -> str:
        if isinstance(exc, ReadinessError):
            return exc.render()
        if isinstance(exc, OSError):
            return f"{path}: {exc.strerror or exc}"
        return self.tr("{0}: cannot be read ({1})").format(path, type(exc).__name__)

    def _opened(self, path: Path, outcome: object) -> bool:
        if isinstance(outcome, BaseException):
            self._error(self.tr("Cannot open this file"), self._failure(path, outcome))
            return False
        doc, ruleset, disk = cast("tuple[AssessmentDocument, Ruleset, DiskState | None]", outcome)
        self.autosaver.clear()
        self.model.replace(doc, ruleset, path, disk=disk, agreed=True)
        self.recent.add(path)
        self.wizard.restart()
        self.show_assessment()
        if self.file_lock.open_elsewhere(path):
            self.statusBar().showMessage(self.tr("{0} is also open in another window: saving asks before replacing "
                                                 "what was saved there.").format(path.name), 10000)
        return True

    def save(self) -> bool:
        return self.save_to(self.model.path) if self.model.path else self.save_as()

    def save_as(self) -> bool:
        name = default_file_name(self.model.company_name(), suffix=".json")
        start = str(self.model.path or Path(self._start_dir()) / name)
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Save assessment"), start,
                                                self.tr("Assessments (*.json)"))
        if not chosen:
            return False
        path = Path(chosen)
        return self.save_to(path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json"))

    def _autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("Autosave failed ({0}). Your answers are still here: save them to another folder.").format(reason),
            15000)

    def save_to(self, path: Path) -> bool:
        """Save, unless the file changed on disk since it was opened or saved here, or another window
        has it open: then ask (reload, save as, overwrite)."""
        path = Path(path)
        same = self.model.path is not None and _same_file(path, self.model.path)
        if same and self.model.changed_on_disk():
            return self._settle_conflict(path, self.ask_conflict(path, changed=True))
        if self.file_lock.open_elsewhere(path):
            return self._settle_conflict(path, self.ask_conflict(path, changed=False))
        return self._write(path)

    def conflict_box(self, path: Path, changed: bool) -> QtWidgets.QMessageBox:
        """The question asked before saving over someone else's changes (its buttons' roles name the choices)."""
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The file changed"))
        if changed:
            box.setText(self.tr("“{0}” was changed on disk since you opened or saved it here (by another window, "
                                "another program or another person).").format(path.name))
        else:
            box.setText(self.tr("“{0}” is open in another window: saving here replaces what is saved "
                                "from there.").format(path.name))
        role = QtWidgets.QMessageBox.ButtonRole
        if changed and self.model.path is not None and _same_file(path, self.model.path):
            box.setInformativeText(self.tr("Reload it to see the other changes (your version is kept aside), save "
                                           "yours under another name, or replace the file with yours."))
            box.addButton(self.tr("&Reload"), role.DestructiveRole).setObjectName("reload")
        else:
            box.setInformativeText(self.tr("Save yours under another name, or replace the file with yours."))
        save_as = box.addButton(self.tr("Save &As…"), role.AcceptRole)
        save_as.setObjectName("save_as")
        box.addButton(self.tr("&Overwrite"), role.DestructiveRole).setObjectName("overwrite")
        cancel = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        box.setDefaultButton(save_as)
        box.setEscapeButton(cancel)
        return box

    def ask_conflict(self, path: Path, changed: bool) -> str:
        """"reload", "save_as", "overwrite" or "cancel"."""
        box = self.conflict_box(path, changed)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked.objectName() if clicked is not None and clicked.objectName() else "cancel"

    def _settle_conflict(self, path: Path, choice: str) -> bool:
        if choice == "overwrite":
            return self._write(path)
        if choice == "save_as":
            return self.save_as()
        if choice == "reload":
            self.reload_from_disk()
        return False

    def reload_from_disk(self) -> bool:
        """The file as it is on disk now; this window's version is first kept aside (never dropped)."""
        path = self.model.path
        if path is None:
            return False
        try:
            text = self.model.doc.to_json()
        except ValueError:
            text = None
        kept = keep_aside(text, document_key(path), "replaced") if text is not None else None
        if kept is None:
            self._error(self.tr("Cannot reload"), self.tr("Your version could not be kept aside, so it stays "
                                                          "open: save it under another name first."))
            return False
        if not self._opened(path, self._read(path)):
            return False
        self.statusBar().showMessage(self.tr("Reloaded {0}; your version is kept in {1}").format(path.name, kept),
                                     15000)
        return True

    def _write(self, path: Path) -> bool:
        """Write the document; any failure keeps it open and modified, with a dialog saying what happened."""
        try:
            self.model.save(path)
        except Exception as exc:  # noqa: BLE001 - a full disk, a read-only folder, text that cannot be written
            self.autosaver.flush()
            self._error(self.tr("Cannot save"), self.tr("{0}\n\nThe assessment stays open with all its changes. "
                                                        "Save it somewhere else (File ▸ Save As).")
                        .format(self._failure(path, exc)))
            return False
        self.autosaver.clear()
        self.recent.add(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reading is None and self.maybe_save():
            self.autosaver.release()
            self.file_lock.release()
            if self in _windows:
                _windows.remove(self)
            event.accept()
        else:
            event.ignore()

    def startup(self, path: Path | None = None) -> None:
        """After the first paint: offer to restore a crashed session, then open ``path`` (in a window of
        its own when restored work fills this one); with neither, the list of recent clients."""
        restored = self.offer_restore()
        if path is not None:
            (self._another_window() if restored else self).open_path(path, ask=False)
        elif not restored and (self._clients is None or self.stack.currentWidget() is not self._clients) \
                and self.recent.paths():
            self.show_clients()  # unless the start already showed it

    # -- client list -------------------------------------------------------
    def show_clients(self) -> None:
        started = self.model.path is not None or self.model.is_modified()
        self.clients.show_paths(self.recent.paths(), can_go_back=started)
        self.stack.setCurrentWidget(self.clients)
        self.clients.focus_list()

    def show_assessment(self) -> None:
        if self.stack.currentWidget() is not self.assessment:
            self.stack.setCurrentWidget(self.assessment)
            page = self.wizard.currentPage()
            if page is not None:
                page.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
                if hasattr(page, "_focus_first"):
                    QTimer.singleShot(0, page, page._focus_first)

    def _open_client(self, path: Path) -> None:
        if self.model.path is not None and Path(path).resolve() == self.model.path.resolve():
            self.show_assessment()
            return
        self.open_path(path)

    def _forget_client(self, path: Path) -> None:
        self.recent.remove(path)
        self.show_clients()

    # -- workshop ----------------------------------------------------------
    def _show_dialog(self, dialog: Dialog, then: Callable[[Dialog], object]) -> None:
        """A window-modal dialog that does not block the event loop (Enter accepts, Escape cancels)."""
        self.show_assessment()
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.accepted.connect(lambda: then(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.open()

    def add_respondent(self) -> None:
        from .workshop_view import RespondentDialog

        self._show_dialog(RespondentDialog(self), self._respondent_added)

    def _respondent_added(self, dialog: RespondentDialog) -> None:
        name, role = dialog.values()
        try:
            person = self.model.add_respondent(name, role)
        except ReadinessError as exc:
            self._error(self.tr("Cannot add this respondent"), exc)
            return
        self.statusBar().showMessage(self.tr("The pages now show the answers of {0}").format(person.name), 8000)

    def import_respondent(self) -> None:
        """A respondent's answers from a file; a bad file says what is wrong and changes nothing."""
        from . import operations
        from .workshop_view import RespondentDialog

        self.show_assessment()
        chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Import a respondent's answers"), self._start_dir(),
            self.tr("Answers or assessments (*.json *.yaml *.yml);;All files (*)"))
        if not chosen:
            return
        path = Path(chosen)
        try:  # read it first: a bad file is refused before anyone types a name
            operations.open_file(path, self.model.ruleset).document  # noqa: B018 (checked as a whole)
        except Exception as exc:  # noqa: BLE001 - every failure is said in a dialog
            self._error(self.tr("Cannot import these answers"), self._failure(path, exc))
            return
        self._show_dialog(RespondentDialog(self, source=path.name, name=path.stem.replace("-", " ").replace("_", " ")),
                          lambda d: self._imported(path, d))

    def _imported(self, path: Path, dialog: RespondentDialog) -> None:
        name, role = dialog.values()
        try:
            person = self.model.import_respondent(path, name, role)
        except Exception as exc:  # noqa: BLE001 - every failure is said in a dialog
            self._error(self.tr("Cannot import these answers"), self._failure(path, exc))
            return
        self.statusBar().showMessage(self.tr("Imported the answers of {0} from {1}").format(person.name, path.name),
                                     8000)

    def show_agreed(self) -> None:
        self.show_assessment()
        self.model.show_respondent(None)

    def _go_to_result(self) -> bool:
        """The result page, on the agreed answers (what the recommendation uses)."""
        self.show_assessment()
        self.model.show_respondent(None)
        if self.go_to_page(len(self.pages)):
            return True
        QtWidgets.QMessageBox.information(self, self.tr("Not finished yet"),
                                self.tr("The agreed answers are not complete: answer every section first."))
        return False

    def show_disagreements(self) -> None:
        if self._go_to_result():
            self.result_page.show_workshop()
            self.result_page.show_disagreements()

    def show_progress(self) -> None:
        if not self.model.doc.snapshots:
            QtWidgets.QMessageBox.information(self, self.tr("No snapshot yet"),
                                    self.tr("Take a snapshot at the end of a visit (Workshop ▸ Take snapshot); "
                                            "the next visit then shows what moved."))
            return
        if self._go_to_result():
            self.result_page.show_workshop()
            self.result_page.show_progress()

    def take_snapshot(self) -> None:
        if not self._ready():
            return
        from .workshop_view import SnapshotDialog

        label = self.tr("Visit {0}").format(len(self.model.doc.snapshots) + 1)
        self._show_dialog(SnapshotDialog(self, label), self._snapshot_taken)

    def _snapshot_taken(self, dialog: SnapshotDialog) -> None:
        try:
            self.model.take_snapshot(dialog.value())
        except ReadinessError as exc:
            self._error(self.tr("Cannot take a snapshot"), exc)
            return
        self.statusBar().showMessage(self.tr("Snapshot “{0}” kept in the client file").format(dialog.value()), 8000)

    def offer_restore(self) -> bool:
        """Offer back the work of every window that did not close (a crash), one document at a time: the
        first restored here, any other in a window of its own. Windows still open (in this instance or
        another) keep their autosaves; an autosave that cannot be read is set aside and said."""
        crashed = crashed_autosaves()
        restored = False
        for number, item in enumerate(crashed, 1):
            try:
                restored = self._offer(item, number, len(crashed), restored) or restored
            except Exception:  # noqa: BLE001 - start-up goes on whatever one autosave holds
                set_aside(item.path, "unreadable")
                item.release()
        return restored

    def _offer(self, item: Crashed, number: int, total: int, restored: bool) -> bool:
        """Offer one crashed document back; True when it is restored."""
        try:
            doc, ruleset, origin, digest = read_autosave(item.path)
        except ReadinessError as exc:
            kept = set_aside(item.path, "unreadable")
            item.release()
            self._error(self.tr("Cannot restore unsaved work"),
                        exc.render() + "\n\n" + self.tr("The unsaved work is kept in {0}.").format(kept or item.path))
            return False
        company = str(doc.answers.get("company_name") or "") or (origin.name if origin else self.tr("untitled"))
        button = QtWidgets.QMessageBox.StandardButton
        text = self.tr("The app did not close normally last time. Restore the unsaved assessment “{0}” "
                       "(last change {1})?").format(company, doc.modified.astimezone().strftime("%Y-%m-%d %H:%M"))
        if total > 1:
            text = self.tr("Unsaved assessment {0} of {1}.").format(number, total) + "\n\n" + text
        answer = QtWidgets.QMessageBox.question(self, self.tr("Restore unsaved work?"), text,
                                                button.Yes | button.No, button.Yes)
        if answer != button.Yes:
            kept = set_aside(item.path, "declined")  # kept aside, never deleted outright
            item.release()
            if kept is not None:
                self.statusBar().showMessage(self.tr("The unsaved work was kept in {0}").format(kept), 10000)
            return False
        target = self._another_window() if restored else self
        disk = DiskState(0, -1, digest) if origin is not None and digest else None
        target.model.replace(doc, ruleset, origin, modified=True, disk=disk)
        target.autosaver.adopt(item)
        target.wizard.restart()
        target.show_assessment()
        return True

    def _another_window(self) -> MainWindow:
        """A window of its own for one more restored document."""
        other = MainWindow(lang=self.model.lang)
        _windows.append(other)
        other.resize(self.size())
        other.move(self.pos() + QtCore.QPoint(40, 40))
        other.show()
        return other

    # -- result ------------------------------------------------------------
    def jump_to_question(self, qid: str) -> None:
        section = self.model.questionnaire.section_of.get(qid)
        index = next((i for i, p in enumerate(self.pages) if p.section.id == section), None)
        if index is not None and self.wizard.go_to(index):
            self.pages[index].focus_question(qid)

    def _ready(self) -> bool:
        if self.model.is_complete():
            return True
        QtWidgets.QMessageBox.information(self, self.tr("Not finished yet"),
                                self.tr("Answer every section first: the report needs a complete assessment."))
        return False

    def _report_options(self, result: Result) -> dict[str, Any]:
        return {"notes": dict(self.model.notes) or None, "date": date.today(),
                "prepared_for": self.model.company_name() or None,
                "workshop": self.model.workshop_summary(result)}

    def export_pdf(self) -> None:
        if not self._ready() or self.job is not None:
            return
        folder = self.last_pdf.parent if self.last_pdf else Path(self._start_dir())
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Export PDF report"),
                                                str(folder / default_file_name(self.model.company_name())),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        self._run_report(path, self.tr("Writing the PDF report…"), self._exported)

    def _run_report(self, path: Path, title: str, then: Callable[[Path], None]) -> None:
        from .export import ReportJob  # the report stack loads on first export, not at start

        result = self.model.result(full=True)  # in the assessment's language
        self.job = ReportJob(self, result, path, self._report_options(result), title)
        self.job.done.connect(then)
        self.job.failed.connect(self._report_failed)
        self.job.start()

    def _report_failed(self, message: str) -> None:
        self.job = None
        self._error(self.tr("The report could not be written"), message)

    def _exported(self, path: Path) -> None:
        self.job = None
        self.last_pdf = path
        if self._result_page is not None:  # else it shows it when built
            self._result_page.set_exported(path)
        self.statusBar().showMessage(self.tr("Report saved to {0}").format(path), 8000)

    def open_pdf(self) -> None:
        from .export import open_file

        if self.last_pdf:
            open_file(self.last_pdf)

    def show_pdf_folder(self) -> None:
        from .export import show_in_folder

        if self.last_pdf:
            show_in_folder(self.last_pdf)

    def show_kit(self) -> None:
        """The hiring kit of the current result, in a window beside the wizard."""
        from .kit_view import show_kit

        show_kit(self)

    def preview_report(self) -> None:
        from .export import pdf_preview_available, preview_path

        if not self._ready() or self.job is not None:
            return
        if not pdf_preview_available():
            QtWidgets.QMessageBox.information(self, self.tr("Preview"), self.tr("Qt's PDF module is not installed; "
                                                                      "use Export PDF instead."))
            return
        self._run_report(preview_path(), self.tr("Preparing the preview…"), self._show_preview)

    def _show_preview(self, path: Path) -> None:
        from .export import PreviewDialog

        self.job = None
        self.preview = PreviewDialog(path, self)
        self.preview.open()
