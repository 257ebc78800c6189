"""The client list tells files apart: the file's name first, the last change, the respondents, the decision
and whether it is provisional or unfinished, readable in a 1024-pixel window."""

from __future__ import annotations

import json

from readiness_app.core.answers import DONT_KNOW, answer_progress
from readiness_app.core.document import document_of_answers, save_document
from tests.helpers import ALL_SIGNALS, CALM


def _save(window, path, answers):
    path.parent.mkdir(parents=True, exist_ok=True)
    save_document(document_of_answers(window.model.ruleset, answers), path)
    return path


def test_two_files_of_one_client_are_told_apart_at_1024(qtbot, window, tmp_path):
    deep = tmp_path / "consulting" / "clients-2026" / "finance-and-insurance" / "paris-office" / "finlytics"
    before = _save(window, deep / "finlytics-visit-1.json", {**ALL_SIGNALS, "executive_sponsor": DONT_KNOW})
    after = _save(window, deep / "finlytics-visit-2.json", ALL_SIGNALS)
    half = {k: v for k, v in CALM.items() if k in ("company_name", "hiring_market", "company_stage")}
    unfinished = tmp_path / "calm.json"
    unfinished.write_text(json.dumps({"questionnaire": "mlops-readiness", "answers": half}), encoding="utf-8")
    for path in (unfinished, before, after):
        window.recent.add(path)
    window.resize(1024, 768)
    window.show_clients()
    clients = window.clients
    tree = clients.tree
    qtbot.waitUntil(lambda: not clients.pending and clients.reading is None, timeout=10000)
    rows = {tree.topLevelItem(i).text(clients.FILE): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert list(rows) == ["finlytics-visit-2.json", "finlytics-visit-1.json", "calm.json"]
    assert rows["finlytics-visit-1.json"].text(clients.CLIENT) == rows["finlytics-visit-2.json"].text(
        clients.CLIENT) == "Finlytics SAS"
    assert rows["finlytics-visit-2.json"].text(clients.DECISION) == "Hire an MLOps engineer"
    assert rows["finlytics-visit-1.json"].text(clients.DECISION).endswith("— provisional")
    answered, shown = answer_progress(window.model.ruleset.questionnaire, half)
    assert rows["calm.json"].text(clients.DECISION) == f"Not finished: {answered} of {shown} answered"
    assert answered == 3
    qtbot.wait(50)
    header, width = tree.header(), tree.viewport().width()
    assert header.sectionViewportPosition(clients.FOLDER) + header.sectionSize(clients.FOLDER) <= width
    metrics = tree.fontMetrics()
    for row in rows.values():
        for col in (clients.FILE, clients.WHEN, clients.WORKSHOP, clients.DECISION):
            needed = metrics.horizontalAdvance(row.text(col)) + 6  # the cell's own margins
            assert needed <= header.sectionSize(col), f"column {col} cuts {row.text(col)!r}"
