"""Can the desktop wizard start here? Checked before Qt is loaded, so that a missing system library gets
a message naming it and the command that installs it, instead of Qt's own (which names the wrong library
and aborts). ``readiness-app doctor`` prints every check, for a support request.

Nothing here imports Qt: the checks ask the dynamic loader about Qt's libraries on disk.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Exit status of the app when the wizard cannot start for want of system libraries (documented in the
# README): distinct from 1 (a bug), 2 (bad input) and Qt's own abort (134).
EXIT_MISSING_LIBRARIES = 3

# The shared libraries Qt's platform plugins and modules load, by the package that ships them:
# (Debian and Ubuntu, Fedora).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libgssapi_krb5.so.2": ("libgssapi-krb5-2", "krb5-libs"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libbrotlidec.so.1": ("libbrotli1", "brotli"),
}
# What every platform plugin needs besides itself: the Qt modules the wizard imports.
_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets")
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_LOAD_ERROR = re.compile(r"error while loading shared libraries: ([^:]+): (.+)")


@dataclass
class PluginCheck:
    platform: str
    plugin: Path | None
    missing: list[str] = field(default_factory=list)  # library file names the loader cannot load
    error: str = ""  # what the loader said, when it names no library

    @property
    def ok(self) -> bool:
        return self.plugin is not None and not self.missing and not self.error


def qt_dir() -> Path | None:
    """PySide6's folder, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def chosen_platform(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The platform plugin Qt will try first on this system, or None when there is no display to use."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if sys.platform != "linux":
        return "native"  # Windows and macOS have one platform, shipped with Qt and no extra libraries
    if environ.get("WAYLAND_DISPLAY") and (environ.get("XDG_SESSION_TYPE") == "wayland" or not environ.get("DISPLAY")):
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return None


def _loader_report(library: Path) -> tuple[list[str], str]:
    """(missing library names, any other loader error) for ``library`` and everything it needs."""
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return [], ""
    try:
        proc = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError) as exc:
        return [], str(exc)
    out = proc.stdout + proc.stderr
    missing = list(dict.fromkeys(_NOT_FOUND.findall(out)))
    broken = _LOAD_ERROR.search(out)
    if broken and not missing:
        missing = [Path(broken.group(1)).name]
    return missing, "" if missing or proc.returncode == 0 else out.strip()


def check_plugin(name: str, base: Path | None = None) -> PluginCheck:
    """Whether Qt's platform plugin ``name`` and the Qt modules the wizard uses can be loaded."""
    base = base or qt_dir()
    if sys.platform != "linux" or name == "native":
        return PluginCheck(name, base)
    plugin = base / "Qt" / "plugins" / "platforms" / f"libq{name}.so" if base else None
    if plugin is None or not plugin.is_file():
        return PluginCheck(name, None, error=f"Qt has no '{name}' platform plugin here")
    try:  # the fast path: the loader finds everything (Qt loads these very files a moment later)
        ctypes.CDLL(str(plugin))
        return PluginCheck(name, plugin)
    except OSError as exc:
        first = str(exc)
    missing, error = _loader_report(plugin)
    for module in _MODULES:
        lib = plugin.parents[2] / "lib" / f"lib{module.replace('Qt', 'Qt6')}.so.6"
        if lib.is_file():
            more, _ = _loader_report(lib)
            missing += [m for m in more if m not in missing]
    return PluginCheck(name, plugin, missing, "" if missing else (error or first))


def install_commands(missing: list[str]) -> list[str]:
    """The commands that install the packages shipping ``missing`` (Debian/Ubuntu, then Fedora)."""
    known = [PACKAGES[m] for m in missing if m in PACKAGES]
    if not known:
        return []
    debian = " ".join(dict.fromkeys(p[0] for p in known))
    fedora = " ".join(dict.fromkeys(p[1] for p in known))
    return [f"sudo apt install {debian}    (Debian, Ubuntu)", f"sudo dnf install {fedora}    (Fedora)"]


def startup_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """Why the wizard cannot start on this system, in words and commands; None when it can."""
    name = chosen_platform(environ)
    if name is None:
        return ("the desktop wizard needs a display, and none was found (neither DISPLAY nor WAYLAND_DISPLAY "
                "is set). Run it from a desktop session; the command line works anywhere: "
                "readiness-app assess FILE --pdf report.pdf")
    check = check_plugin(name)
    if not check.ok and name == "wayland" and environ.get("DISPLAY"):
        check = check_plugin(name := "xcb")  # Qt falls back to X11 when Wayland's plugin cannot load
    if check.ok:
        return None
    if check.missing:
        lines = [f"the desktop wizard cannot start: the system lacks {', '.join(check.missing)}, "
                 f"which Qt's '{name}' platform needs."]
        commands = install_commands(check.missing)
        if commands:
            lines += ["Install it with one of:" if len(check.missing) == 1 else "Install them with one of:"]
            lines += [f"  {c}" for c in commands]
        lines.append("The command line works without them: readiness-app assess FILE --pdf report.pdf")
        return "\n".join(lines)
    return f"the desktop wizard cannot start: {check.error}. Run `readiness-app doctor` for details."


# -- readiness-app doctor ---------------------------------------------------------------------------------


def _line(ok: bool | None, what: str, detail: str) -> str:
    mark = {True: "ok     ", False: "PROBLEM", None: "note   "}[ok]
    return f"  [{mark}] {what}: {detail}"


def report() -> tuple[bool, str]:
    """(every check passed, the checks as text)."""
    import platform

    from . import __version__

    lines = [f"readiness-app {__version__}", ""]
    healthy = True

    def add(ok: bool | None, what: str, detail: str) -> None:
        nonlocal healthy
        healthy = healthy and ok is not False
        lines.append(_line(ok, what, detail))

    add(sys.version_info >= (3, 11), "Python", f"{platform.python_version()} at {sys.executable}")
    add(None, "System", f"{platform.system()} {platform.release()} ({platform.machine()})")
    base = qt_dir()
    if base is None:
        add(False, "Qt (PySide6)", "not installed: pip install PySide6-Essentials PySide6-Pdf")
    else:
        add(True, "Qt (PySide6)", str(base))
        chosen = chosen_platform()
        add(None, "Display", f"Qt will use the '{chosen}' platform" if chosen else "none (no DISPLAY or WAYLAND_DISPLAY)")
        names = [chosen] if chosen and chosen not in ("xcb", "offscreen") else []
        for name in dict.fromkeys([*names, "xcb", "offscreen"]) if sys.platform == "linux" else ["native"]:
            check = check_plugin(name, base)
            if check.ok:
                add(True, f"Qt platform '{name}'", "loads")
            else:
                detail = f"missing {', '.join(check.missing)}" if check.missing else check.error
                add(False if name == chosen else None, f"Qt platform '{name}'", detail)
                lines += [f"             {c}" for c in install_commands(check.missing)]
    fonts = _fonts()
    add(bool(fonts), "Report fonts", ", ".join(fonts) if fonts else "missing from the installed app")
    add(*_module("reportlab", "PDF report"))
    add(*_module("PySide6.QtPdf", "PDF preview", find_only=True))
    for what, folder in _folders():
        add(_writable(folder), what, str(folder))
    lines.append("")
    lines.append("Everything the app needs is in place." if healthy else
                 "Something the app needs is missing: see PROBLEM above.")
    return healthy, "\n".join(lines)


def _fonts() -> list[str]:
    from .core.ruleset import data_dir

    folder = data_dir("assets") / "fonts"
    return sorted(p.name for p in folder.glob("*.ttf")) if folder.is_dir() else []


def _module(name: str, what: str, find_only: bool = False) -> tuple[bool, str, str]:
    try:
        if find_only:
            found = importlib.util.find_spec(name) is not None
            return found, what, f"{name} {'found' if found else 'not installed'}"
        module = __import__(name)
        return True, what, f"{name} {getattr(module, 'Version', getattr(module, '__version__', ''))}".strip()
    except Exception as exc:  # noqa: BLE001 - any failure to import is the answer
        return False, what, f"{name} cannot be imported: {exc}"


def _folders() -> list[tuple[str, Path]]:
    from platformdirs import user_cache_dir, user_config_dir, user_data_dir

    data = os.environ.get("READINESS_APP_DATA_DIR")
    return [("Your settings and own rules", Path(user_config_dir("readiness-app", appauthor=False))),
            ("Autosaves", Path(data) if data else Path(user_data_dir("readiness-app", appauthor=False))),
            ("Cache", Path(user_cache_dir("readiness-app", appauthor=False)))]


def _writable(folder: Path) -> bool:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # a folder not made yet is fine where it can be made
    return os.access(probe, os.W_OK)
