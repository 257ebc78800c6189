"""Wheel build hook: the data folders go into the package, the wizard's translations compiled.

The wheel ships ``questionnaires/`` and ``assets/`` inside ``readiness_app/``. The Qt translations
(``assets/translations/*.ts``) are compiled here with the ``lrelease`` that PySide6 ships (a build
dependency of this hook), so every wheel holds the same ``.qm`` files whatever the working tree
holds: a ``.qm`` left in the tree by an earlier run, or any other file the project ignores, is never
shipped. A build that cannot compile them fails instead of producing a wheel without French."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DATA_FOLDERS = ("questionnaires", "assets")
PACKAGE = "readiness_app"
GENERATED = (".qm", ".pyc")


def find_lrelease() -> Path | None:
    """Qt's lrelease from the PySide6 package of the build environment (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease"):
            if (Path(folder) / name).is_file():
                return Path(folder) / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compile_translations(source: Path, target: Path) -> list[Path]:
    """Compile every ``*.ts`` of ``source`` into ``target``; returns the ``.qm`` files."""
    sources = sorted(source.glob("*.ts"))
    if not sources:
        return []
    tool = find_lrelease()
    if tool is None:
        raise RuntimeError("cannot compile the translations: Qt's lrelease was not found "
                           "(install PySide6-Essentials in the build environment)")
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        proc = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if proc.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease could not compile {ts}: {proc.stderr.strip() or proc.stdout.strip()}")
        compiled.append(qm)
    return compiled


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]  # hatchling ships no type information
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":  # the checkout's folders are used in place; i18n compiles at run time
            return
        root = Path(self.root)
        force_include = build_data.setdefault("force_include", {})
        for folder in DATA_FOLDERS:
            for path in sorted((root / folder).rglob("*")):
                relative = path.relative_to(root).as_posix()
                if (not path.is_file() or path.suffix in GENERATED or "__pycache__" in path.parts
                        or self.build_config.path_is_excluded(relative)):
                    continue
                force_include[str(path)] = f"{PACKAGE}/{relative}"
        self._compiled = Path(tempfile.mkdtemp(prefix="readiness-app-qm-"))
        for qm in compile_translations(root / "assets" / "translations", self._compiled):
            force_include[str(qm)] = f"{PACKAGE}/assets/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None and os.path.isdir(compiled):
            shutil.rmtree(compiled, ignore_errors=True)
