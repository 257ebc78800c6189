"""A first run that explains itself: a machine without Qt's system libraries gets their names, the
command that installs them and a documented exit status, never Qt's own message and abort; and
`readiness-app doctor` prints every check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from readiness_app import cli, doctor

ROOT = Path(__file__).resolve().parent.parent
LIBS = Path("/usr/lib/x86_64-linux-gnu")
HIDDEN = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")  # what a fresh Debian 12 lacks for Qt's xcb platform


def _can_hide_libraries() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not all((LIBS / name).exists() for name in HIDDEN):
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    return probe.returncode == 0


def _without_libraries(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` where the dynamic loader cannot find HIDDEN (an overlay with whiteouts, in a private
    mount namespace: the machine itself is untouched)."""
    with tempfile.TemporaryDirectory() as tmp:
        up, work = Path(tmp, "up"), Path(tmp, "work")
        up.mkdir()
        work.mkdir()
        hide = " ".join(f"{up}/{p.name}" for name in HIDDEN for p in LIBS.glob(name + "*"))
        script = (f"set -e; for f in {hide}; do mknod $f c 0 0; done; "
                  f"mount -t overlay overlay -o lowerdir={LIBS},upperdir={up},workdir={work} {LIBS}; "
                  'exec "$@"')
        return subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh", *command],
                              capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)


def _display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":0"
    return env


@pytest.mark.skipif(not _can_hide_libraries(), reason="needs root, unshare and overlay mounts to hide libraries")
def test_missing_xcb_libraries_are_named_with_the_command_that_installs_them():
    proc = _without_libraries([sys.executable, "-m", "readiness_app"], _display_env())
    assert proc.returncode == doctor.EXIT_MISSING_LIBRARIES == 3, proc.stderr
    assert "libxcb-icccm.so.4" in proc.stderr and "libxcb-keysyms.so.1" in proc.stderr
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in proc.stderr
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in proc.stderr
    assert "qt.qpa" not in proc.stderr and "xcb-cursor0" not in proc.stderr  # never Qt's misleading message
    assert "readiness-app assess FILE --pdf" in proc.stderr  # what still works


@pytest.mark.skipif(not _can_hide_libraries(), reason="needs root, unshare and overlay mounts to hide libraries")
def test_doctor_shows_the_missing_libraries_too():
    proc = _without_libraries([sys.executable, "-m", "readiness_app", "doctor"], _display_env())
    assert proc.returncode == cli.EXIT_USER, proc.stdout
    line = next(x for x in proc.stdout.splitlines() if "Qt platform 'xcb'" in x)
    assert "PROBLEM" in line and "libxcb-icccm.so.4" in line
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in proc.stdout


def test_the_message_names_each_package_once_for_debian_and_fedora(monkeypatch, capsys):
    missing = ["libxcb-cursor.so.0", "libxcb-randr.so.0", "libxcb-shape.so.0", "libEGL.so.1"]
    monkeypatch.setattr(doctor, "check_plugin", lambda name, base=None: doctor.PluginCheck(name, Path("x"), missing))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert cli.main([]) == 3
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0 libxcb-randr0 libxcb-shape0 libegl1" in err
    assert "sudo dnf install xcb-util-cursor libxcb libglvnd-egl    (Fedora)" in err


def test_no_display_is_said_before_qt_aborts(monkeypatch, capsys):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    if sys.platform != "linux":
        pytest.skip("Windows and macOS always have their one platform")
    assert cli.main([]) == 3
    assert "needs a display" in capsys.readouterr().err


def test_doctor_lists_every_check_and_passes_here(capsys):
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    for what in ("Python", "Qt (PySide6)", "Qt platform 'offscreen'", "Report fonts", "PDF report", "PDF preview",
                 "Your settings and own rules", "Autosaves", "Cache"):
        assert f"] {what}:" in out, what
    assert "PROBLEM" not in out and out.rstrip().endswith("Everything the app needs is in place.")
