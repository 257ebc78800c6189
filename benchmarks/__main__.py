"""``python -m benchmarks``: every figure with its floor, ratio and target."""

from __future__ import annotations

import argparse
import gc
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
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import floors, subjects

if TYPE_CHECKING:  # Qt loads inside the figures that use it
    from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QtMsgType
    from PySide6.QtWidgets import QApplication, QWidget

    from readiness_app.core.result import Result
    from readiness_app.core.workshop import WorkshopSummary

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


NOTE_SIZE = 20_000  # characters: the longest note a client file may hold (core/limits.py)
PEOPLE = (50, 100, 200, 400)


def _scale_note(size: int) -> str:
    """A consultant's note of ``size`` characters: sentences, three to a line."""
    sentences: list[str] = []
    length = 0
    while length < size:
        sentences.append(f"Observation {len(sentences)}: the retraining job failed again on the night shift.")
        length += len(sentences[-1]) + 1
    return "\n".join(" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3))[:size]


def _scale_workshop(people: int) -> tuple[Result, WorkshopSummary | None]:
    """The result and workshop summary of the example client file grown to ``people`` respondents, who differ
    on four questions (one moves the decision), and as many visits."""
    from readiness_app.core.document import Respondent, load_document
    from readiness_app.core.session import assess_file
    from readiness_app.core.workshop import workshop_summary

    path = ROOT / "examples" / "workshop-finlytics.json"
    doc, ruleset = load_document(path)
    base = doc.respondents[0].answers
    respondents = [
        Respondent(id=f"r{i:03d}", name=f"Respondent {i:03d}", role=("CTO", "Head of data", "ML engineer")[i % 3],
                   answers={**base, "executive_sponsor": i % 2 == 0, "models_in_production": (2, 5, 8, 12, 30)[i % 5],
                            "infra_time_share": (10, 30, 60, 80)[i % 4],
                            "reproducibility": ("partially", "no", "yes")[i % 3]})
        for i in range(people)]
    first = doc.snapshots[0]
    snapshots = [first.model_copy(update={"label": f"Visit {i:03d}"}) for i in range(people)]
    doc = doc.model_copy(update={"respondents": respondents, "snapshots": snapshots})
    result = assess_file(path).result
    return result, workshop_summary(doc, ruleset, result)


def _cpu(name: str, fn: Callable[[], object], runs: int, floor_ms: float | None = None) -> Figure:
    """Processor time of ``fn`` (ms): steadier than wall time on a machine others share, for the ratios."""
    samples = []
    for _ in range(runs):
        gc.collect()  # each sample starts with the same garbage: none
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    value = statistics.median(samples)
    return Figure(name, "ms", value, min(samples), max(samples), "the report alone" if floor_ms else None, floor_ms,
                  value / floor_ms if floor_ms else None, "scale figure", True, samples)


def _per_unit(name: str, unit: str, small: tuple[int, Figure], large: tuple[int, Figure], base: Figure,
              limit: float) -> Figure:
    """How the export time of what a size adds grows: its time per unit at 4N over that at N
    (1 when linear, 4 when the time of 4N is sixteen times that of N). From the fastest samples: a
    difference of two times is what the others' load on a shared machine disturbs most."""
    per_small = (small[1].low - base.low) / small[0]
    per_large = (large[1].low - base.low) / large[0]
    ratio = per_large / per_small
    return Figure(name, "x", ratio, ratio, ratio, f"ms per {unit} at {small[0]}: {per_small:.4f}; "
                  f"at {large[0]}: {per_large:.4f}", per_small, ratio, f"<= {limit:g}x (linear: 1), fastest", ratio <= limit)


def _lines_broken(fn: Callable[[], object]) -> int:
    """The lines reportlab breaks text into while ``fn`` runs, each time it does: the work of laying out text,
    counted rather than timed (the same on any machine)."""
    from reportlab.platypus.paragraph import Paragraph

    counted = [0]
    original = Paragraph.breakLines

    def counting(self: Paragraph, width: object) -> object:
        lines = original(self, width)
        counted[0] += len(lines.lines)
        return lines

    Paragraph.breakLines = counting  # type: ignore[method-assign]
    try:
        fn()
    finally:
        Paragraph.breakLines = original  # type: ignore[method-assign]
    return counted[0]


def _work_ratio(name: str, unit: str, sizes: tuple[int, int], fns: tuple[Callable[[], object], ...]) -> Figure:
    """Lines broken for what a size adds, per unit, at 4N over N (``fns``: the report alone, at N, at 4N)."""
    base, small, large = (_lines_broken(fn) for fn in fns)
    per_small, per_large = (small - base) / sizes[0], (large - base) / sizes[1]
    ratio = per_large / per_small
    return Figure(name, "x", ratio, ratio, ratio, f"lines per {unit} at {sizes[0]}: {per_small:.4f}; "
                  f"at {sizes[1]}: {per_large:.4f}", per_small, ratio, "<= 1.2x (linear: 1)", ratio <= 1.2)


def scale_figures(runs: int) -> list[Figure]:
    """PDF export time (processor) as a note grows (N, 2N, 4N characters) and as a workshop grows
    (respondents and as many visits), each beside the report alone; and the time per character or
    respondent at 4N over that at N."""
    from readiness_app.core import assess, load_ruleset, validate_answers
    from readiness_app.core.answers import load_answers_file
    from readiness_app.report import render_report_bytes

    ruleset = load_ruleset()
    result = assess(ruleset, validate_answers(ruleset.questionnaire, load_answers_file(SCALEUP).answers))
    render_report_bytes(result)
    runs *= 2
    plain = _cpu("PDF export, the report alone (processor)", partial(render_report_bytes, result), runs)
    figures = [plain]
    notes: dict[int, Figure] = {}
    for size in (NOTE_SIZE, 2 * NOTE_SIZE, 4 * NOTE_SIZE):
        notes[size] = _cpu(f"PDF export, a note of {size:,} characters",
                           partial(render_report_bytes, result, notes={"retraining": _scale_note(size)}), runs,
                           plain.median)
    figures += notes.values()
    figures.append(_per_unit("PDF time per note character, 4N vs N", "character", (NOTE_SIZE, notes[NOTE_SIZE]),
                             (4 * NOTE_SIZE, notes[4 * NOTE_SIZE]), plain, 1.5))
    figures.append(_work_ratio("lines laid out per note character, 4N vs N", "character", (NOTE_SIZE, 4 * NOTE_SIZE),
                               tuple(partial(render_report_bytes, result, notes={"retraining": _scale_note(n)} if n
                                             else None) for n in (0, NOTE_SIZE, 4 * NOTE_SIZE))))
    people: dict[int, Figure] = {}
    exports: dict[int, Callable[[], object]] = {}
    for n in PEOPLE:
        ws_result, workshop = _scale_workshop(n)
        exports[n] = partial(render_report_bytes, ws_result, workshop=workshop)
        people[n] = _cpu(f"PDF export, workshop of {n} respondents and visits", exports[n], runs, plain.median)
    figures += people.values()
    n = PEOPLE[1]
    figures.append(_per_unit(f"PDF time per respondent, {4 * n} vs {n}", "respondent", (n, people[n]),
                             (4 * n, people[4 * n]), plain, 1.5))
    figures.append(_work_ratio(f"lines laid out per respondent, {4 * n} vs {n}", "respondent", (n, 4 * n),
                               (partial(render_report_bytes, result), exports[n], exports[4 * n])))
    return figures


class _PaintWatch:
    """Waits for a window's next paint. Qt paints every dirty widget of a window while the window handles
    one UpdateRequest event, so a filter on the window alone sees each paint pass, at no cost per widget:
    a Python filter on every event of the application weighed about a fifth of the frame it measured."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self
        update = QEvent.Type.UpdateRequest

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == update:
                    watch.passes += 1
                return False

        self.app, self.window, self.passes = app, window, 0
        self.filter = Filter()
        window.installEventFilter(self.filter)

    def until_painted(self, target: QWidget) -> int:
        """Process events until the window has painted (its paint passes are over when processEvents
        returns); ``target``, which shows what the action changed, must be on screen."""
        if not target.isVisible() or target.window() is not self.window:
            raise SystemExit(f"benchmark: {type(target).__name__} is not on screen")
        self.passes = 0
        deadline = time.perf_counter() + 5
        turns = 0
        while not self.passes:
            if time.perf_counter() > deadline:
                raise SystemExit(f"benchmark: {type(target).__name__} was never painted")
            if turns > 20:  # a paint is not coming at once: wait rather than spin
                time.sleep(0.001)
            self.app.processEvents()
            turns += 1
        return self.passes

    def close(self) -> None:
        self.window.removeEventFilter(self.filter)


def _bare_wizard_floor(app: QApplication, size: tuple[int, int], texts: list[str], samples: int) -> tuple[float, float]:
    """What Qt alone costs for the same frames: a bare QWizard switching to a page that shows the same texts
    (plain QLabels that wrap, in a scroll area), and one of them changed and repainted. The p95 of each,
    measured beside the app's in the same run, so that a slow moment of the machine shows in both."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    first, page = QWizardPage(), QWizardPage()
    for p, title in ((first, "Before"), (page, "After")):
        p.setTitle(title)
        p.setSubTitle("A page of the wizard")
    QVBoxLayout(first).addWidget(QLabel("The page before"))
    content = QWidget()
    column = QVBoxLayout(content)
    labels = []
    for text in texts:
        label = QLabel(text)
        label.setWordWrap(True)
        column.addWidget(label)
        labels.append(label)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    QVBoxLayout(page).addWidget(scroll)
    wizard.addPage(first)
    wizard.addPage(page)
    wizard.resize(*size)
    wizard.show()
    watch = _PaintWatch(app, wizard)
    watch.until_painted(first)
    switches, updates = [], []
    for _ in range(samples):
        wizard.back()
        watch.until_painted(first)
        start = time.perf_counter()
        wizard.next()
        watch.until_painted(page)
        switches.append((time.perf_counter() - start) * 1000)
    changed = next((label for label in labels if label.visibleRegion().boundingRect().height() > 0), labels[0])
    text = changed.text()
    for i in range(samples):
        start = time.perf_counter()
        changed.setText(f"{text} ({i})")
        watch.until_painted(page)
        updates.append((time.perf_counter() - start) * 1000)
    watch.close()
    wizard.close()
    wizard.deleteLater()
    return _p95(switches), _p95(updates)


def gui_in_process(runs: int) -> list[Figure]:
    """Page switch and live result update, each against one 60 Hz frame and beside what a bare QWizard
    costs for the same texts in the same run. Each sample runs from the
    action (Next, or an answer changed through the model) until the page that shows it is painted."""
    import yaml
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from readiness_app.ui.app import create_window

    def quiet(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:  # the offscreen platform's notices are not results
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    app, window = create_window()
    # the app's own size on a laptop screen (the offscreen screen is 800×600): the result's columns side by
    # side, so the sentence with the changed figure is in view and each update has something to paint
    window.resize(1280, 760)
    window.show()
    watch = _PaintWatch(app, window)
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
    def sentences() -> list[str]:
        return [item.text.text() for item in page.why.items if not item.isHidden()]

    # Every change is one the reader sees: the share of time on infrastructure goes from under the
    # signal's threshold (50%) to over it and back every fourth change (the signal, its sentence and the
    # score come and go), and in between the sentence that names the share changes its figure.
    updates, changed = [], 0
    shown = (page.decision.text(), page.score.text())
    for i in range(max(60, runs * 6)):
        before = sentences()
        share = 40 + (i // 4) % 10 if i % 4 == 0 else 51 + (i * 3) % 29
        start = time.perf_counter()
        window.model.set_answer("infra_time_share", share)
        watch.until_painted(page)
        updates.append((time.perf_counter() - start) * 1000)
        result = window.model.result()  # the result the page should show (cached: no work here)
        if page.decision.text() != result.decision_label or f"{result.score}/100" not in page.score.text():
            raise SystemExit("benchmark: the result page does not show the new result")
        if sentences() == before:
            raise SystemExit(f"benchmark: the reasons shown did not change with the answer {share}%")
        changed += (page.decision.text(), page.score.text()) != shown
        shown = (page.decision.text(), page.score.text())
    if not changed:
        raise SystemExit("benchmark: the live update never changed the score or the decision")
    watch.close()
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
    window.model.set_modified(False)
    size = (window.wizard.width(), window.wizard.height())
    window.close()
    floors = _bare_wizard_floor(app, size, texts, max(60, runs * 6))
    figures = []
    for name, samples, floor, what in (
            ("page switch (Next)", switches, floors[0], "a bare QWizard switching to a page of the same texts"),
            ("live result update after one answer", updates, floors[1], "one of those texts changed in it")):
        value = _p95(samples)
        figures.append(Figure(name, "ms", value, min(samples), max(samples), f"p95 of {what}", floor,
                              value / floor, "p95 < 16 ms (one 60 Hz frame)", value < 16.0, samples))
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
        figures += scale_figures(runs)
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
