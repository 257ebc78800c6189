"""Loaded by every Python process the tests start (the folder is put on
PYTHONPATH by tests/conftest.py): the same network guard as the test session."""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_readiness_network_guard",
                                               Path(__file__).resolve().parent.parent / "network_guard.py")
if _spec is not None and _spec.loader is not None:
    _guard = importlib.util.module_from_spec(_spec)
    sys.modules[_spec.name] = _guard
    _spec.loader.exec_module(_guard)
    _guard.install()
