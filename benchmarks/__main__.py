"""``python -m benchmarks``: every figure with its floor, ratio and target."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import floors, subjects

if TYPE_CHECKING:  # Qt loads inside the figures that use it
    from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QtMsgType
    from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
SCALEUP = ROOT / "examples" / "scaleup-all-signals.yaml"


@dataclass
class Figure:
    name: str
    unit: str
    median: float
    low: float
    high: float
    floor: str | None
    floor_median: float | None
    ratio: float | None
    target: str
    ok: bool
    samples: list[float] = field(default_factory=list)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed app runs: compiled bytecode cached
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(args)}\n{proc.stderr}")
    return elapsed, proc.stdout


def _peak_mb(stdout: str) -> float:
    for line in stdout.splitlines():
        if line.startswith("PEAK_KB"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no PEAK_KB line in the output")


def _script(source: str, tmp: Path, name: str) -> Path:
    path = tmp / f"{name}.py"
    path.write_text(source)
    return path


def paired(name: str, subject: list[str], floor: list[str], floor_name: str, runs: int, target_ratio: float,
           env: dict[str, str]) -> Figure:
    """Fresh-process wall time, alternating subject and floor so both see the same machine."""
    _run(subject, env), _run(floor, env)  # warm the file cache and the bytecode
    subject_t, floor_t = [], []
    for _ in range(runs):
        subject_t.append(_run(subject, env)[0])
        floor_t.append(_run(floor, env)[0])
    med, fmed = statistics.median(subject_t), statistics.median(floor_t)
    ratio = med / fmed
    return Figure(name, "s", med, min(subject_t), max(subject_t), floor_name, fmed, ratio,
                  f"<= {target_ratio}x floor", ratio <= target_ratio, subject_t)


def in_process(name: str, fn: Callable[[], object], runs: int, limit_ms: float, stat: str = "median",
               floor_name: str | None = None, floor_ms: float | None = None) -> Figure:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    value = statistics.median(samples) if stat == "median" else _p95(samples)
    ratio = value / floor_ms if floor_ms else None
    return Figure(name, "ms", value, min(samples), max(samples), floor_name, floor_ms, ratio,
                  f"{stat} < {limit_ms:g} ms", value < limit_ms, samples)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def core_figures(runs: int) -> list[Figure]:
    from readiness_app.core import assess, load_ruleset, validate_answers
    from readiness_app.core.answers import load_answers_file
    from readiness_app.report import render_report_bytes

    ruleset = load_ruleset()
    answers = validate_answers(ruleset.questionnaire, load_answers_file(SCALEUP).answers)
    result = assess(ruleset, answers)
    render_report_bytes(result)  # fonts registered, modules imported: the app's steady state
    return [
        in_process("scoring one assessment (in process)", lambda: assess(ruleset, answers, decision_support=False),
                   runs * 40, 1.0),
        in_process("full result with what would change (in process)", lambda: assess(ruleset, answers),
                   runs * 10, 20.0),
        in_process("PDF export of the full report (in process)", lambda: render_report_bytes(result), runs * 2,
                   300.0),
    ]


class _PaintWatch:
    """Counts the paint events of one widget and its descendants (an application-wide event filter),
    so that a figure includes the frame the user sees and fails loudly when nothing was painted."""

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                # cheapest tests first: this runs for every event of the application
                if watch.target is not None and isinstance(obj, QWidget) and event.type() == paint \
                        and (obj is watch.target or watch.target.isAncestorOf(obj)):
                    watch.paints += 1
                return False

        paint = QEvent.Type.Paint

        self.app, self.paints = app, 0
        self.target: QWidget | None = None
        self.filter = Filter()
        app.installEventFilter(self.filter)

    def until_painted(self, target: QWidget) -> int:
        """Process events until ``target`` (or a widget inside it) has been painted; the number of paints."""
        self.target, self.paints = target, 0
        deadline = time.perf_counter() + 5
        turns = 0
        while not self.paints:
            if time.perf_counter() > deadline:
                raise SystemExit(f"benchmark: {type(target).__name__} was never painted")
            if turns > 20:  # a paint is not coming at once: wait rather than spin
                time.sleep(0.001)
            self.app.processEvents()
            turns += 1
        self.target = None  # watching nothing until the next call
        return self.paints

    def close(self) -> None:
        self.app.removeEventFilter(self.filter)


def gui_in_process(runs: int) -> list[Figure]:
    """Page switch and live result update, each against one 60 Hz frame. Each sample runs from the
    action (Next, or an answer changed through the model) until the page that shows it is painted."""
    import yaml
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from readiness_app.ui.app import create_window

    def quiet(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:  # the offscreen platform's notices are not results
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    app, window = create_window()
    window.show()
    watch = _PaintWatch(app)
    watch.until_painted(window.wizard.currentPage())
    for qid, value in yaml.safe_load(SCALEUP.read_text())["answers"].items():
        window.model.set_answer(qid, value)
    wizard, last = window.wizard, len(window.pages)
    # one pass first: a user meets pages the app built while idle after its start, not while they wait
    wizard.restart()
    while wizard.currentId() < last:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            raise SystemExit(f"benchmark: Next does not leave page {before}")
        watch.until_painted(wizard.currentPage())
    switches: list[float] = []
    while len(switches) < max(60, runs * 6):
        wizard.restart()
        watch.until_painted(wizard.currentPage())
        while wizard.currentId() < last:
            start = time.perf_counter()
            wizard.next()
            watch.until_painted(wizard.currentPage())
            switches.append((time.perf_counter() - start) * 1000)
    page = window.result_page
    if wizard.currentPage() is not page:
        raise SystemExit("benchmark: the switches did not end on the result page")
    updates, changed = [], 0
    shown = (page.decision.text(), page.score.text())
    for i in range(max(60, runs * 6)):
        start = time.perf_counter()
        window.model.set_answer("infra_time_share", 40 + (i % 30))
        watch.until_painted(page)
        updates.append((time.perf_counter() - start) * 1000)
        result = window.model.result()  # the result the page should show (cached: no work here)
        if page.decision.text() != result.decision_label or f"Score {result.score}/100" not in page.score.text():
            raise SystemExit("benchmark: the result page does not show the new result")
        changed += (page.decision.text(), page.score.text()) != shown
        shown = (page.decision.text(), page.score.text())
    if not changed:
        raise SystemExit("benchmark: the live update never changed the score or the decision")
    watch.close()
    frame = 1000 / 60
    figures = []
    for name, samples in (("page switch (Next)", switches), ("live result update after one answer", updates)):
        value = _p95(samples)
        figures.append(Figure(name, "ms", value, min(samples), max(samples), "one 60 Hz frame", frame,
                              value / frame, "p95 < 16 ms", value < 16.0, samples))
    window.model.set_modified(False)
    window.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (less precise)")
    args = parser.parse_args(argv)
    runs = 5 if args.quick else 11
    env = _env()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env["READINESS_APP_DATA_DIR"] = str(tmp / "data")
        os.environ.update({k: env[k] for k in ("READINESS_APP_DATA_DIR", "QT_QPA_PLATFORM")})
        pdf_floor = _script(floors.PYDANTIC_AND_PDF, tmp, "floor_pdf")
        figures = [
            paired("GUI cold start to first painted page", [py, str(_script(subjects.GUI_START, tmp, "gui"))],
                   [py, str(_script(floors.QWIZARD, tmp, "floor_qwizard"))], "bare QWizard + pydantic", runs, 1.3,
                   env),
            paired("readiness-app assess, answers to JSON",
                   [py, "-m", "readiness_app", "assess", str(SCALEUP), "--json", str(tmp / "r.json")],
                   [py, "-c", floors.PYDANTIC], "pydantic, one model", runs, 1.5, env),
            paired("readiness-app assess --pdf",
                   [py, "-m", "readiness_app", "assess", str(SCALEUP), "--pdf", str(tmp / "r.pdf")],
                   [py, str(pdf_floor), str(tmp / "floor.pdf")], "pydantic + reportlab (platypus, graphics) one page", runs, 2.0, env),
        ]
        floor_mb = statistics.median(_peak_mb(_run([py, str(_script(floors.QWIZARD, tmp, "mem_floor"))], env)[1])
                                     for _ in range(3))
        gui_mb = statistics.median(_peak_mb(_run([py, str(_script(subjects.GUI_EXPORT_MEMORY, tmp, "mem")),
                                                  str(SCALEUP)], env)[1]) for _ in range(3))
        figures.append(Figure("peak memory of the GUI after export", "MB", gui_mb, gui_mb, gui_mb,
                              "bare QWizard script", floor_mb, gui_mb / floor_mb, "<= floor + 60 MB",
                              gui_mb <= floor_mb + 60))
        figures += core_figures(runs)
        figures += gui_in_process(runs)
    print_table(figures)
    report = {"python": platform.python_version(), "machine": platform.machine(), "runs": runs,
              "figures": [{k: v for k, v in asdict(f).items() if k != "samples"} for f in figures]}
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    missed = [f.name for f in figures if not f.ok]
    if missed:
        print("MISSED: " + "; ".join(missed), file=sys.stderr)
    return 1 if missed else 0


def print_table(figures: list[Figure]) -> None:
    head = f"{'figure':52} {'median':>9} {'min':>9} {'max':>9}  {'floor':>9} {'ratio':>6}  target"
    print(head)
    print("-" * len(head))
    for f in figures:
        floor = f"{f.floor_median:9.3f}" if f.floor_median is not None else f"{'-':>9}"
        ratio = f"{f.ratio:6.2f}" if f.ratio is not None else f"{'-':>6}"
        mark = "ok" if f.ok else "MISSED"
        print(f"{f.name[:52]:52} {f.median:9.3f} {f.low:9.3f} {f.high:9.3f}  {floor} {ratio}  "
              f"{f.target} [{f.unit}] {mark}")
        if f.floor:
            print(f"{'':52}   floor: {f.floor}")


if __name__ == "__main__":
    sys.exit(main())
