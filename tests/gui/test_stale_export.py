"""A report exported before an answer changed says it is older than the answers, and is written again
with one click to the same file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import ALL_SIGNALS

from .driver import answer, complete


def test_a_report_older_than_the_answers_is_marked_and_exported_again_in_one_click(qtbot, window, dialogs,
                                                                                     tmp_path):
    complete(qtbot, window, ALL_SIGNALS)
    page = window.result_page
    target = tmp_path / "report.pdf"
    dialogs.save_file = str(target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_pdf.isVisible(), timeout=60000)
    written = target.stat().st_mtime_ns
    assert "older than the answers" not in page.export_status.text()
    assert not page.export_again.isVisible()

    window.jump_to_question("infra_time_share")  # as a click on an answer of the result does
    answer(qtbot, window, "infra_time_share", 48)
    complete(qtbot, window, {})
    assert window.wizard.currentPage() is page
    assert "report.pdf" in page.export_status.text() and "older than the answers" in page.export_status.text()
    assert "older" in page.open_pdf.text().lower()
    assert page.export_again.isVisible()

    saves = [s for s in dialogs.shown if s[0] == "save-dialog"]
    qtbot.mouseClick(page.export_again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.stat().st_mtime_ns != written and not page.export_again.isVisible(),
                    timeout=60000)
    assert [s for s in dialogs.shown if s[0] == "save-dialog"] == saves  # no file dialog the second time
    assert "older than the answers" not in page.export_status.text() and "older" not in page.open_pdf.text().lower()

    window.model.set_language("fr")  # a report in the other language is not the one the answers give now
    assert page.export_again.isVisible()


def test_the_cycle_collector_rests_while_a_report_is_built_and_runs_again_after(qtbot, window, dialogs, tmp_path):
    import gc

    from readiness_app.ui import export

    seen = []
    real = export._Worker.run

    def run(self):
        seen.append(gc.isenabled())  # on the worker's thread, while the report is built
        real(self)

    export._Worker.run = run  # type: ignore[method-assign]
    try:
        complete(qtbot, window, ALL_SIGNALS)
        page = window.result_page
        dialogs.save_file = str(tmp_path / "report.pdf")
        assert gc.isenabled()
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.open_pdf.isVisible(), timeout=60000)
    finally:
        export._Worker.run = real  # type: ignore[method-assign]
    assert seen == [False]
    assert gc.isenabled()
