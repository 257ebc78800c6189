"""Command line: ``readiness-app`` (the wizard), ``assess``, ``explain``,
``validate`` and ``schema``. Each command gathers its options and makes one
call into the core; errors the user can fix exit with status 2."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The app uses no pydantic plugin; skipping the scan of installed packages for
# them saves a noticeable share of the start-up time.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from . import __version__  # noqa: E402
from .core.errors import ReadinessError  # noqa: E402
from .core.text import LANGUAGES  # noqa: E402

if TYPE_CHECKING:
    from .core.ruleset import Ruleset

log = logging.getLogger(__name__)
EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("answers", type=Path, help="answers file (YAML or JSON) or an assessment saved by the app")
    parser.add_argument("--questionnaire", type=Path, metavar="FILE",
                        help="questionnaire file (default: the packaged one)")
    parser.add_argument("--rules", type=Path, metavar="FILE",
                        help="rules file (default: the questionnaire's, or the packaged assets/rules.yaml)")
    parser.add_argument("--lang", default=None, choices=LANGUAGES,
                        help="language of the texts (default: the assessment's language, else en)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readiness-app",
        description="Should you hire an MLOps engineer, which profile, and for what budget? "
                    "Without a command, opens the desktop wizard.",
    )
    parser.add_argument("--version", action="version", version=f"readiness-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    assess = sub.add_parser("assess", help="score an answers file and print the recommendation")
    _add_inputs(assess)
    assess.add_argument("--json", type=Path, metavar="OUT.json", help="write the full result as JSON")
    assess.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the PDF report")
    assess.add_argument("--summary-pdf", type=Path, metavar="OUT.pdf",
                        help="write the one-page executive summary (for a board pack)")
    assess.add_argument("--paper", choices=["a4", "letter"], default="a4", help="PDF paper size (default: a4)")
    assess.add_argument("--prepared-for", metavar="NAME", help="shown on the PDF cover")
    assess.add_argument("--prepared-by", metavar="NAME", help="shown on the PDF cover")
    assess.add_argument("--kit", action="store_true",
                        help="add the hiring kit (job post, interview plan, scorecards) to the PDF report as an "
                             "annex; an assessment that does not call for a hire has none: the report is written "
                             "without it and the reason is printed on stderr")

    explain = sub.add_parser("explain", help="print every sentence with the answers and sources behind it")
    _add_inputs(explain)

    validate = sub.add_parser("validate", help="check a questionnaire file (and its rules and salary bands)")
    validate.add_argument("file", type=Path)
    validate.add_argument("--rules", type=Path, metavar="FILE")

    compare = sub.add_parser("compare", help="what changed between two assessments (or a client file's visits)")
    compare.add_argument("old", type=Path, help="the earlier answers file or assessment")
    compare.add_argument("new", type=Path, nargs="?",
                         help="the later one; left out, compare the visits saved in OLD (its snapshots)")
    compare.add_argument("--lang", default=None, choices=LANGUAGES)

    schema = sub.add_parser("schema", help="print the JSON Schema of the file formats")
    schema.add_argument("format", nargs="?", default="all",
                        choices=["all", "questionnaire", "answers", "rules", "salary-bands", "result"])
    schema.add_argument("--questionnaire", type=Path, metavar="FILE",
                        help="the questionnaire whose answers file to describe (default: the packaged one)")
    kit = sub.add_parser("kit", help="a first draft of the job post, the interview plan and the scorecards, "
                                     "for an assessment that calls for a hire (Markdown on the screen by default)")
    _add_inputs(kit)
    kit.add_argument("--md", type=Path, metavar="OUT.md", help="write the kit as Markdown")
    kit.add_argument("--docx", type=Path, metavar="OUT.docx", help="write the kit as an editable Word document")
    own = sub.add_parser("own-copy", help="copy the built-in rules or salary bands into your configuration "
                                          "folder, where the app uses your copy instead; prints its path")
    own.add_argument("which", choices=["rules", "salary-bands"])
    sub.add_parser("doctor", help="check what the app needs on this machine (Python, Qt and its system "
                                  "libraries, fonts, PDF, folders); send its output with a support request")
    return parser


def _refuse_overwriting_what_was_read(outputs: dict[str, Path | None], ruleset: Ruleset) -> None:
    """Refuse an output that is a file the assessment was read from without being named on the command
    line: the packaged questionnaire or rules, or the user's own copy of the rules or salary bands in their
    configuration folder (their own work). Checked once they are read, before anything is written."""
    from .core.storage import refuse_overwriting

    refuse_overwriting(outputs, {"the questionnaire": ruleset.questionnaire_path,
                                 "the rules file": ruleset.rules_path,
                                 "the salary bands file": ruleset.bands_path})


def cmd_assess(args: argparse.Namespace) -> int:
    from .core.phrases import phrase
    from .core.session import assess_file
    from .core.storage import atomic_write_text, check_target, model_json, refuse_overwriting
    from .core.summary import summary

    # An output never replaces a file the command reads, nor the other output.
    refuse_overwriting({"the JSON result": args.json, "the PDF report": args.pdf,
                        "the summary PDF": args.summary_pdf},
                       {"the answers file": args.answers, "the questionnaire": args.questionnaire,
                        "the rules file": args.rules})
    for target in (args.json, args.pdf, args.summary_pdf):
        if target is not None:
            check_target(target)
    if args.kit and args.pdf is None:
        raise ReadinessError(None, "--kit adds the hiring kit to the PDF report: give --pdf OUT.pdf too")
    assessed = assess_file(args.answers, args.questionnaire, args.rules, args.lang)
    _refuse_overwriting_what_was_read({"the JSON result": args.json, "the PDF report": args.pdf,
                                       "the summary PDF": args.summary_pdf}, assessed.ruleset)
    result = assessed.result
    # The JSON text is made before anything is written: text it cannot carry stops both outputs.
    json_text = model_json(args.json, result) if args.json is not None else None
    kit = None
    if args.kit:  # no kit without a hire to make: the report is still written, and the reason said
        from .core.kit import build_kit, kit_refusal

        refusal = kit_refusal(result)
        if refusal is not None:
            print(f"readiness-app: {refusal}", file=sys.stderr)
        else:
            kit = build_kit(result, assessed.ruleset)
    if args.pdf is not None:
        from .report import write_report  # reportlab only when a PDF is asked for

        meta = assessed.metadata
        write_report(result, args.pdf, paper=args.paper,
                     prepared_for=args.prepared_for or _text(meta.get("prepared_for")),
                     prepared_by=args.prepared_by or _text(meta.get("prepared_by")), notes=assessed.notes,
                     workshop=assessed.workshop, kit=kit)
    if args.summary_pdf is not None:
        from .report import write_summary_report

        meta = assessed.metadata
        write_summary_report(result, args.summary_pdf, paper=args.paper,
                             prepared_for=args.prepared_for or _text(meta.get("prepared_for")),
                             prepared_by=args.prepared_by or _text(meta.get("prepared_by")),
                             workshop=assessed.workshop)
    if json_text is not None:
        atomic_write_text(args.json, json_text)
    print(summary(result))
    for key, target in (("cli.result_written", args.json), ("cli.report_written", args.pdf),
                        ("cli.summary_written", args.summary_pdf)):
        if target is not None:
            print(phrase(key, result.language, path=target))
    return EXIT_OK


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def cmd_explain(args: argparse.Namespace) -> int:
    from .core.session import assess_file
    from .core.summary import explain

    result, _, _ = assess_file(args.answers, args.questionnaire, args.rules, args.lang)
    print(explain(result))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .core.ruleset import load_ruleset

    ruleset = load_ruleset(args.file, args.rules)
    q = ruleset.questionnaire
    print(f"{args.file}: questionnaire '{q.id}' version {q.version} is valid: {len(q.sections)} sections, "
          f"{len(q.questions)} questions; rules '{ruleset.rules.id}' ({len(ruleset.rules.signals)} signals) "
          f"from {ruleset.rules_path}; salary bands from {ruleset.bands_path}")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from .core.session import assess_file, assess_opened, open_file
    from .core.workshop import compare, since_last_snapshot, summary_of

    if args.new is not None:
        old, new = assess_file(args.old, lang=args.lang), assess_file(args.new, lang=args.lang)
        progress = compare(summary_of(old.result), summary_of(new.result), str(args.old), str(args.new),
                           new.result.language, new.ruleset)
    else:
        opened = open_file(args.old)
        doc, ruleset = opened.document, opened.ruleset
        if len(doc.snapshots) >= 2:
            a, b = doc.snapshots[-2], doc.snapshots[-1]
            progress = compare(a.summary, b.summary, a.label or a.taken.date().isoformat(),
                               b.label or b.taken.date().isoformat(), args.lang or doc.language, ruleset)
        else:
            current = assess_opened(opened, args.lang).result
            since = since_last_snapshot(doc, current, ruleset)
            if since is None:
                raise ReadinessError(args.old, "has no saved visit (snapshot) to compare with; give two files")
            progress = since
    print(f"{progress.before_label} → {progress.after_label}")
    for line in progress.lines:
        print(f"  {line}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .core.questionnaire import Questionnaire
    from .core.result import Result
    from .core.rules import Rules
    from .core.salary import SalaryBands

    def answers() -> dict[str, Any]:  # written from the questionnaire: an editor completes ids and choices
        from .core.ruleset import load_ruleset
        from .core.schema import answers_schema

        return answers_schema(load_ruleset(args.questionnaire).questionnaire)

    models: dict[str, Any] = {"questionnaire": Questionnaire, "rules": Rules, "salary-bands": SalaryBands,
                              "result": Result}
    if args.format == "all":
        out = {name: model.model_json_schema(by_alias=True) for name, model in models.items()}
        out["answers"] = answers()
    elif args.format == "answers":
        out = answers()
    else:
        out = models[args.format].model_json_schema(by_alias=True)
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_kit(args: argparse.Namespace) -> int:
    from .core.kit import build_kit
    from .core.phrases import phrase
    from .core.session import assess_file
    from .core.storage import atomic_write_bytes, atomic_write_text, check_target, refuse_overwriting
    from .report.kit_markdown import render_kit_markdown

    refuse_overwriting({"the Markdown kit": args.md, "the Word kit": args.docx},
                       {"the answers file": args.answers, "the questionnaire": args.questionnaire,
                        "the rules file": args.rules})
    for target in (args.md, args.docx):
        if target is not None:
            check_target(target)
    assessed = assess_file(args.answers, args.questionnaire, args.rules, args.lang)
    _refuse_overwriting_what_was_read({"the Markdown kit": args.md, "the Word kit": args.docx}, assessed.ruleset)
    kit = build_kit(assessed.result, assessed.ruleset)
    markdown = render_kit_markdown(kit)
    if args.docx is not None:
        from .report.kit_docx import render_kit_docx  # python-docx only when a Word file is asked for

        atomic_write_bytes(args.docx, render_kit_docx(kit))
    if args.md is not None:
        atomic_write_text(args.md, markdown)
    if args.md is None and args.docx is None:
        print(markdown, end="")
    for target in (args.md, args.docx):
        if target is not None:
            print(phrase("cli.kit_written", kit.language, path=target))
    return EXIT_OK


def cmd_own_copy(args: argparse.Namespace) -> int:
    from .core.errors import OutputError
    from .core.ruleset import OWN_COPIES, data_dir, user_dir
    from .core.storage import atomic_write_bytes

    name = OWN_COPIES[args.which]
    target = user_dir() / name
    if target.exists():
        raise OutputError(target, "already exists: it is your copy, in use; edit it, or move it away to start "
                                  "again from the built-in one")
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, (data_dir("assets") / name).read_bytes())
    print(target)
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from .doctor import report

    healthy, text = report()
    print(text)
    return EXIT_OK if healthy else EXIT_USER


def cmd_gui(argv: Sequence[str]) -> int:
    from .doctor import EXIT_MISSING_LIBRARIES, startup_problem

    problem = startup_problem()  # before Qt loads: a missing system library is named, with its package
    if problem is not None:
        print(f"readiness-app: {problem}", file=sys.stderr)
        return EXIT_MISSING_LIBRARIES
    try:
        from .ui.app import main as gui_main
    except ImportError as exc:
        print(f"readiness-app: the desktop wizard cannot start: {exc}. "
              "Install the app with its Qt dependencies (see README).", file=sys.stderr)
        return EXIT_USER
    return gui_main(list(argv))


COMMANDS = {"assess": cmd_assess, "explain": cmd_explain, "validate": cmd_validate, "schema": cmd_schema,
            "compare": cmd_compare, "doctor": cmd_doctor, "own-copy": cmd_own_copy,
            "kit": cmd_kit}


def main(argv: Sequence[str] | None = None) -> int:
    program = argv is None  # run as the readiness-app command, not called from Python code
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].endswith(".json") and Path(argv[0]).is_file()):
        return cmd_gui(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return cmd_gui([])
    if program:
        # The process lives for a fraction of a second and then exits: the cycle
        # collector would only walk the many objects that importing the libraries
        # and building a report create, for memory freed at exit anyway.
        gc.disable()
    try:
        return COMMANDS[args.command](args)
    except ReadinessError as exc:
        print(f"readiness-app: {exc.render()}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: say so plainly, keep the traceback for a report
        if os.environ.get("READINESS_DEBUG"):
            raise
        log.debug("internal error", exc_info=True)
        print(f"readiness-app: internal error ({type(exc).__name__}: {exc}). This is a bug; "
              "run again with READINESS_DEBUG=1 to see the details and please report it.", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
