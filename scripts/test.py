#!/usr/bin/env python3
"""Set up (first run only) and run the test suite: `python3 scripts/test.py [PYTEST ARGS...]`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import ROOT, ensure_venv  # noqa: E402

python = ensure_venv("test")
env = dict(os.environ)
env.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.exit(subprocess.call([str(python), "-m", "pytest", *sys.argv[1:]], cwd=ROOT, env=env))
