"""The real app in a process of its own, used like a person would: it answers the
questions asked at start, types text steadily into the company name, and prints
what it saw and did, so that a test can kill it (SIGKILL) and look at what is left.

    python -m tests.gui.app_process [--type TEXT] [--every-ms N] [--answer yes|no] [--quit] [FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--type", default="", help="typed into the company name, one character at a time")
    parser.add_argument("--every-ms", type=int, default=50)
    parser.add_argument("--answer", choices=("yes", "no"), default="yes", help="to 'Restore unsaved work?'")
    parser.add_argument("--quit", action="store_true", help="stop at once after the start (as a crash would)")
    parser.add_argument("file", nargs="?")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def question(_parent, _title, text, *_args, **_kwargs):
        print("QUESTION", text.replace("\n", " "), flush=True)
        button = QMessageBox.StandardButton
        return button.Yes if args.answer == "yes" else button.No

    def critical(_parent, _title, text, *_args, **_kwargs):
        print("CRITICAL", text.replace("\n", " "), flush=True)
        return QMessageBox.StandardButton.Ok

    def warning(_parent, _title, text, *_args, **_kwargs):
        print("WARNING", text.replace("\n", " "), flush=True)
        return QMessageBox.StandardButton.Discard

    QMessageBox.question = question  # type: ignore[assignment,method-assign]
    QMessageBox.warning = warning  # type: ignore[assignment,method-assign]
    QMessageBox.critical = critical  # type: ignore[assignment,method-assign]

    from readiness_app.ui.app import create_window

    app, window = create_window()
    window.show()
    window.startup(Path(args.file) if args.file else None)
    print("STARTED", window.model.company_name(), flush=True)
    if args.quit:
        sys.stdout.flush()
        os._exit(0)  # no clean close: whatever was restored stays as a crash would leave it
    page = window.pages[0]
    page.build()
    edit = page.blocks["company_name"].input.edit
    typed: list[str] = []

    def type_one() -> None:
        if len(typed) < len(args.type):
            char = args.type[len(typed)]
            edit.end(False)
            edit.insert(char)
            typed.append(char)
            print("TYPED", len(typed), time.time(), flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(args.every_ms)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
