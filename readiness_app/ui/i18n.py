"""The wizard's own words in the user's language, through Qt's translation system.

Sources are ``assets/translations/readiness_app_<lang>.ts`` (made with
``pyside6-lupdate`` from the ``tr()`` calls in this package). They are compiled
to ``.qm`` when the app is installed (``python -m readiness_app.ui.i18n``, run
by the setup scripts) or, failing that, on first start into the user cache
folder. The app follows the system language; ``READINESS_APP_LANGUAGE=fr``
overrides it. A string without a French translation shows in English."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core.text import LANGUAGES

log = logging.getLogger(__name__)
LANGUAGE_ENV = "READINESS_APP_LANGUAGE"


def translations_dir() -> Path:
    from ..core.ruleset import data_dir

    return data_dir("assets") / "translations"


def _environment_language() -> str:
    """The language the environment asks for, as gettext reads it: the locale (LC_ALL, else LC_MESSAGES,
    else LANG), preceded by the LANGUAGE list unless the locale is C; "" when none is set."""
    locale = next((os.environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(n)), "")
    if locale.split(".")[0] in ("C", "POSIX"):
        return locale
    return os.environ.get("LANGUAGE", "").split(":")[0].strip() or locale


def ui_language() -> str:
    """The language the wizard speaks: the override, else the system's, else English. The system's is
    read from the environment where it says (Linux, and macOS from a terminal); only without it is Qt's
    system locale asked."""
    wanted = os.environ.get(LANGUAGE_ENV) or _environment_language()
    if not wanted:
        from PySide6.QtCore import QLocale

        wanted = QLocale.system().name()
    code = wanted.split("_")[0].split("-")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("READINESS_APP_CACHE_DIR") or user_cache_dir("readiness-app", appauthor=False))


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = _lrelease()
    if tool is None:
        return False
    import subprocess

    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0:
        log.warning("could not compile %s: %s", ts, proc.stderr.strip())
    return proc.returncode == 0 and qm.is_file()


def qm_file(lang: str) -> Path | None:
    """The compiled translations for ``lang``: shipped beside the source, else compiled into the cache."""
    ts = translations_dir() / f"readiness_app_{lang}.ts"
    if not ts.is_file():
        return None
    shipped = ts.with_suffix(".qm")
    if shipped.is_file() and ts.is_relative_to(Path(__file__).resolve().parent.parent):
        return shipped  # installed inside the package, compiled when it was built (an installer sets any mtimes)
    for qm in (ts.with_suffix(".qm"), _cache_dir() / "translations" / ts.with_suffix(".qm").name):
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
    qm = _cache_dir() / "translations" / ts.with_suffix(".qm").name
    try:
        return qm if compile_ts(ts, qm) else None
    except OSError as exc:  # a read-only cache only costs the translation
        log.warning("could not compile the translations: %s", exc)
        return None


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the app's and Qt's own translations (standard buttons) for the language; returns it."""
    lang = lang or ui_language()
    for old in getattr(app, "_translators", []):  # a second window in the same process
        app.removeTranslator(old)
    app._translators = []  # type: ignore[attr-defined]  # kept alive with the app
    if lang == "en":
        return lang
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translators = []
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    ours = QTranslator(app)
    qm = qm_file(lang)
    if qm is not None and ours.load(str(qm)):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    app._translators = translators  # type: ignore[attr-defined]  # kept alive with the app
    return lang


def main(argv: list[str] | None = None) -> int:
    """Compile every shipped ``.ts`` next to itself (run at install time)."""
    ok = True
    for ts in sorted(translations_dir().glob("*.ts")):
        ok = compile_ts(ts, ts.with_suffix(".qm")) and ok
        print(f"{ts.with_suffix('.qm')}: {'compiled' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
