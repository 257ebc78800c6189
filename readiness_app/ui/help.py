"""The Help menu's windows: About (version, licence, the source documents and the versions of the rules
and the questionnaire) and a short user guide. Made when first asked for, never at start."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import __version__
from .reflow import scrolled
from .style import scaled_font

if TYPE_CHECKING:
    from ..core.ruleset import Ruleset


def licence_text() -> str | None:
    """The licence's name and its copyright line, from the LICENSE file beside the package (a source
    tree or the standalone app), else from the installed package's metadata; None when neither says."""
    for folder in (Path(__file__).resolve().parents[2], Path(__file__).resolve().parents[1]):
        path = folder / "LICENSE"
        try:
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        except OSError:
            continue
        return " — ".join(lines[:2]) if lines else None
    try:
        from importlib.metadata import metadata

        info = metadata("readiness-app")
        named = info["License-Expression"] or info["License"]
        return str(named) if named else None
    except Exception:  # noqa: BLE001 - not installed: the dialog says where to look instead
        return None


class _TextDialog(QDialog):
    """A titled dialog of rich-text paragraphs that scroll when the window is small, with a Close button."""

    def __init__(self, parent: QWidget | None, title: str, heading: str, body: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setFont(scaled_font(self, 1.4, bold=True))
        self.heading.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.heading)
        column.addWidget(self.body, 1)
        scroll = scrolled(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(600, 480)


class AboutDialog(_TextDialog):
    def __init__(self, ruleset: Ruleset, parent: QWidget | None = None):
        rules, questionnaire = ruleset.rules, ruleset.questionnaire
        licence = licence_text()
        sources = "".join(f"<li>{html.escape(d.publisher)}, <i>{html.escape(d.title)}</i> ({d.year})</li>"
                          for d in rules.documents)
        parts = [
            self.tr("Should you hire an MLOps engineer, which profile, with what budget: an assessment that "
                    "works offline and writes its report as a PDF."),
            self.tr("Version {0}").format(html.escape(__version__)),
            self.tr("Licence: {0}").format(html.escape(licence)) if licence else self.tr("Licence: see LICENSE"),
            self.tr("The recommendation rests on these documents:") + f"<ul>{sources}</ul>",
            self.tr("Rules “{0}”, version {1}; questionnaire “{2}”, version {3}.").format(
                html.escape(rules.id), html.escape(rules.version), html.escape(questionnaire.id),
                html.escape(questionnaire.version)),
        ]
        body = "".join(p if p.endswith("</ul>") else f"<p>{p}</p>" for p in parts)
        super().__init__(parent, self.tr("About MLOps hiring readiness"), self.tr("MLOps hiring readiness"), body)


class GuideDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None):
        paragraphs = [
            self.tr("<b>Answer the sections in order.</b> Each page asks about one part of the company: its "
                    "models, retraining, incidents, reproducibility, team and mandate. The help under a question "
                    "says which signal it feeds. Next takes you on; if something is missing, the page says what."),
            self.tr("<b>Say when you do not know.</b> Tick “Don't know” rather than guessing: the result tells "
                    "whether that answer could change the decision, and lists it to verify."),
            self.tr("<b>Read the recommendation.</b> The last page gives the decision, the profile and the "
                    "budget, each with the passage of the source documents it rests on, and what would change "
                    "it. Export it as a PDF for the board (File ▸ Export PDF)."),
            self.tr("<b>Workshops.</b> Add one respondent per person (Workshop ▸ Add respondent) or import the "
                    "answers they filled in beforehand. The disagreements come first where they move the "
                    "decision; settle each one with the group. Take a snapshot at the end of a visit to see "
                    "what moved at the next one."),
            self.tr("<b>Your work is kept.</b> Save a file per client (File ▸ Save). Unsaved changes are kept "
                    "aside as you go and offered back if the app stops. Edit ▸ Undo takes back an answer, a "
                    "note or a settlement."),
            self.tr("<b>Your own rules and salary bands</b> go in your settings folder (Help ▸ Open my settings "
                    "folder); <code>readiness-app own-copy rules</code> or <code>readiness-app own-copy "
                    "salary-bands</code> puts a copy there for you to edit."),
        ]
        super().__init__(parent, self.tr("User guide"), self.tr("How to use the assessment"),
                         "".join(f"<p>{p}</p>" for p in paragraphs))
        self.resize(640, 600)  # the whole guide without scrolling, within a 1024×768 screen
