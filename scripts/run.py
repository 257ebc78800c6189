#!/usr/bin/env python3
"""Set up (first run only) and launch readiness-app: `python3 scripts/run.py [ARGS...]`.

Without arguments this opens the desktop wizard; any arguments go to the
`readiness-app` command, e.g. `python3 scripts/run.py assess examples/scaleup-all-signals.yaml`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bootstrap import ensure_venv  # noqa: E402

python = ensure_venv()
sys.exit(subprocess.call([str(python), "-m", "readiness_app", *sys.argv[1:]]))
