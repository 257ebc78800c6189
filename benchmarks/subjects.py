"""Scripts run in a fresh process to measure the app itself."""

from __future__ import annotations

# The wizard: cold start to the first painted page, started as `readiness-app` starts it
# (through the command-line module, which sets the process up before the core loads).
GUI_START = """
import resource, sys
import readiness_app.cli
from readiness_app.doctor import startup_problem
assert startup_problem() is None  # the check readiness-app makes before Qt loads
from PySide6.QtCore import QEvent, QObject, QTimer
from readiness_app.ui.app import create_window
app, window = create_window()
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
spy = FirstPaint()
window.wizard.currentPage().installEventFilter(spy)
window.show()
app.exec()
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

# The wizard after a whole assessment and a PDF export: peak memory.
GUI_EXPORT_MEMORY = """
import resource, sys, tempfile, pathlib
import readiness_app.cli
import yaml
from PySide6.QtCore import QEventLoop, QTimer
from readiness_app.ui.app import create_window
from readiness_app.report import write_report
app, window = create_window()
window.show()
answers = yaml.safe_load(open(sys.argv[1]))["answers"]
for qid, value in answers.items():
    window.model.set_answer(qid, value)
for _ in range(len(window.pages)):
    window.wizard.next()
    app.processEvents()
result = window.model.result()
out = pathlib.Path(tempfile.mkdtemp()) / "report.pdf"
write_report(result, out, notes=window.model.notes)
app.processEvents()
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
