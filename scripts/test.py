#!/usr/bin/env python3
"""Set up (first run only), check and test: `python3 scripts/test.py [PYTEST ARGS...]`.

Runs `ruff check` (lint) and `mypy` (static types, configured in pyproject.toml) and then pytest. The tests run
even when a check fails, so one run shows every problem; the exit status is non-zero if anything failed.
`--no-checks` as the first argument runs pytest alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import ROOT, ensure_venv  # noqa: E402

# The folders ruff checks; mypy reads its list (`files`) from pyproject.toml.
LINTED = ["readiness_app", "tests", "scripts", "benchmarks"]
# A failing check fails the run (False: reported only).
CHECKS_REQUIRED = True

args = sys.argv[1:]
run_checks = not (args and args[0] == "--no-checks")
if not run_checks:
    args = args[1:]

python = ensure_venv("test,dev")
env = dict(os.environ)
env.setdefault("QT_QPA_PLATFORM", "offscreen")

failed_checks = []
if run_checks:
    checks = {
        "ruff check": [str(python), "-m", "ruff", "check", *LINTED],
        "mypy": [str(python), "-m", "mypy"],
    }
    for name, command in checks.items():
        print(f">>> {name}", flush=True)
        if subprocess.call(command, cwd=ROOT, env=env) != 0:
            failed_checks.append(name)
    if failed_checks:
        verdict = "the run fails" if CHECKS_REQUIRED else "not enforced yet"
        print(f">>> {' and '.join(failed_checks)} found problems (listed above): {verdict}", flush=True)
    print(">>> pytest", flush=True)

tests_status = subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)

if failed_checks and CHECKS_REQUIRED:
    print(f">>> FAILED: {' and '.join(failed_checks)} (problems listed before the tests)", file=sys.stderr, flush=True)
    sys.exit(tests_status or 1)
sys.exit(tests_status)
