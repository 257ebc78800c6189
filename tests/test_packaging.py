"""The wheel a user installs (pip, pipx): built from a fresh clone, the same from a used working tree,
complete (data, compiled translations, licence) and working from any folder once installed.

The wheel is built offline with the build backend and the hook of pyproject.toml, from the test
environment (hatchling and PySide6's lrelease are there), as `pip wheel` builds it; the package registry
is never asked. It is installed without its dependencies into a new, empty virtual environment that sees
the test environment's packages only for them (a .pth line); `pip check` then proves the wheel's declared
dependencies are the ones present. A full install from the registry is what `pipx install .` does."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT

QT_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # the first bytes of every compiled Qt translation


def _git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def _fresh_clone(target: Path) -> Path:
    """The repository as a fresh clone gives it, with the working tree's uncommitted changes to tracked and
    new files (those git does not ignore), so the test checks the sources as they stand."""
    _git("clone", "--quiet", "--no-hardlinks", str(ROOT), str(target))
    changed = [p for p in _git("ls-files", "-z", "--modified", "--others", "--exclude-standard").split("\0") if p]
    for name in changed:
        source, copy = ROOT / name, target / name
        if source.is_file():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
        elif copy.is_file():  # deleted in the working tree
            copy.unlink()
    return target


def _build_wheel(source: Path, out: Path) -> Path:
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                           "--no-build-isolation", "--wheel-dir", str(out), str(source)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = out.glob("readiness_app-*.whl")
    return wheel


def _leave_traces_of_use(tree: Path) -> None:
    """What a working tree that has been used holds and a clone does not: translations compiled in place
    (one stale, one for a language without sources), byte code, build and cache folders."""
    translations = tree / "assets" / "translations"
    (translations / "readiness_app_fr.qm").write_bytes(QT_MAGIC + b"stale translation")
    (translations / "readiness_app_de.qm").write_bytes(QT_MAGIC + b"no source for it")
    for folder in (tree / "readiness_app" / "__pycache__", tree / "assets" / "__pycache__"):
        folder.mkdir(exist_ok=True)
        (folder / "cli.cpython-311.pyc").write_bytes(b"\0" * 16)
    (tree / "build" / "lib").mkdir(parents=True)
    (tree / "build" / "lib" / "leftover.py").write_text("x = 1\n")
    (tree / ".pytest_cache").mkdir()


@pytest.fixture(scope="module")
def wheels(tmp_path_factory):
    """(the wheel from a fresh clone, the wheel from a used working tree, the clone)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git repository and git")
    base = tmp_path_factory.mktemp("packaging")
    clone = _fresh_clone(base / "clone")
    assert not list(clone.rglob("*.qm")), "compiled translations are committed: the wheel must make them"
    fresh = _build_wheel(clone, base / "dist-fresh")
    used = base / "used"
    shutil.copytree(clone, used)
    _leave_traces_of_use(used)
    return fresh, _build_wheel(used, base / "dist-used"), clone


def _translated_messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished translation of a Qt .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (message.get("numerus") != "yes" and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "obsolete", "vanished")):
                found.append((name, message.findtext("source") or "", translation.text))
    return found


def test_the_wheel_from_a_fresh_clone_ships_every_data_file_the_compiled_translations_and_the_licence(wheels):
    fresh, _, clone = wheels
    with zipfile.ZipFile(fresh) as wheel:
        names = set(wheel.namelist())
        data = [p for p in _git("ls-files", "assets", "questionnaires", cwd=clone).splitlines() if p]
        assert {"assets/locale/fr.mo", "assets/locale/en.mo", "assets/locale/fr.cldr.json",
                "assets/translations/readiness_app_fr.ts", "questionnaires/mlops-readiness.yaml"} <= set(data)
        missing = [p for p in data if f"readiness_app/{p}" not in names]
        assert not missing, f"committed data files missing from the wheel: {missing}"
        sources = [p for p in data if p.endswith(".ts")]
        for ts in sources:
            qm = f"readiness_app/{ts[:-3]}.qm"
            assert qm in names, f"{qm} is not in the wheel"
            assert wheel.read(qm).startswith(QT_MAGIC)
        shipped_qm = sorted(n for n in names if n.endswith(".qm"))
        assert shipped_qm == sorted(f"readiness_app/{ts[:-3]}.qm" for ts in sources)
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        assert "License-Expression: MIT" in wheel.read(metadata).decode()
        assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_a_used_working_tree_builds_the_same_wheel_as_a_fresh_clone(wheels):
    fresh, used, _ = wheels
    with zipfile.ZipFile(fresh) as a, zipfile.ZipFile(used) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        differ = [n for n in a.namelist() if a.read(n) != b.read(n)]
        assert not differ, f"files that differ: {differ}"
    assert fresh.read_bytes() == used.read_bytes()


def test_the_installed_wheel_works_from_another_folder_with_the_translations_it_ships(wheels, tmp_path):
    fresh, _, clone = wheels
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    install = subprocess.run([*pip, "install", "--quiet", "--no-deps", "--no-index", str(fresh)],
                             capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The dependencies come from the test environment (its own copy of the app is not seen: a .pth line
    # adds a folder without reading the .pth files in it).
    (site / "zz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    check = subprocess.run([*pip, "check"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = dict(os.environ, READINESS_APP_CACHE_DIR=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    command = venv / ("Scripts/readiness-app.exe" if os.name == "nt" else "bin/readiness-app")
    version = subprocess.run([str(command), "--version"], cwd=work, env=env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.strip() == "readiness-app 0.1.0", version
    example = shutil.copy(EXAMPLES / "scaleup-all-signals.yaml", work / "answers.yaml")
    proc = subprocess.run([str(command), "assess", Path(example).name, "--json", "out.json", "--pdf", "out.pdf"],
                          cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((work / "out.json").read_text())["decision"] == "hire"
    assert (work / "out.pdf").read_bytes().startswith(b"%PDF")

    ts = clone / "assets" / "translations" / "readiness_app_fr.ts"
    expected = _translated_messages(ts)
    assert len(expected) > 100
    probe = ("import json, sys, readiness_app\n"
             "from PySide6.QtCore import QTranslator\n"
             "from readiness_app.ui import i18n\n"
             "qm = i18n.qm_file('fr')\n"
             "t = QTranslator()\n"
             "loaded = qm is not None and t.load(str(qm))\n"
             "pairs = json.load(sys.stdin)\n"
             "print(json.dumps({'package': readiness_app.__file__, 'qm': str(qm), 'loaded': loaded,\n"
             "                  'translated': [t.translate(c, s) for c, s, _ in pairs]}))\n")
    run = subprocess.run([str(python), "-c", probe], cwd=work, env=env, input=json.dumps(expected),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert Path(seen["package"]).is_relative_to(venv), seen["package"]
    assert Path(seen["qm"]).is_relative_to(venv), "the translations shipped in the wheel are not the ones used"
    assert seen["loaded"]
    assert seen["translated"] == [translation for _, _, translation in expected]
    assert not (tmp_path / "cache" / "translations").exists(), "the app compiled its translations at run time"


def _standalone_script():
    loader = importlib.machinery.SourceFileLoader("build_standalone", str(ROOT / "scripts" / "build-standalone"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_the_standalone_build_keeps_every_qt_module_the_app_imports_and_leaves_out_the_network():
    # The build itself, and the release check of the built app, is `scripts/build-standalone --check`
    # (about a minute; .ci/run runs it).
    script = _standalone_script()
    used = set()
    for path in (ROOT / "readiness_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= used
    assert not used & set(script.QT_EXCLUDED), "the standalone build leaves out a Qt module the app imports"
    assert "QtNetwork" in script.QT_EXCLUDED


def test_the_standalone_build_ships_every_committed_data_file_and_nothing_generated():
    script = _standalone_script()
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git repository and git")
    committed = {p for p in _git("ls-files", *script.DATA_FOLDERS).splitlines() if (ROOT / p).is_file()}
    shipped = {p.relative_to(ROOT).as_posix() for p in script.data_files()}
    assert committed <= shipped
    assert not [p for p in shipped if p.endswith((".qm", ".pyc"))]
