"""Finding and loading the data files: questionnaire, rules and salary bands.

The data folders sit at the top of the source tree and are copied into the
package when it is built, so the same lookup works from a checkout and from an
installed wheel. A user's own copies live in their configuration folder
(``readiness-app own-copy`` puts one there): ``rules.yaml`` and
``salary-bands.yaml`` there are used instead of the packaged ones, and nothing
inside the installed package is ever meant to be edited."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import QuestionnaireError
from .questionnaire import Questionnaire, load_questionnaire
from .rules import Rules, load_rules
from .salary import SalaryBands, load_salary_bands

log = logging.getLogger(__name__)
_PACKAGE = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONNAIRE = "mlops-readiness.yaml"
DEFAULT_RULES = "rules.yaml"


def data_dir(name: str) -> Path:
    """``questionnaires`` or ``assets``: inside the installed package, else the checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise QuestionnaireError(None, f"the '{name}' data folder is missing from this installation "
                             f"(looked in {_PACKAGE} and {_PACKAGE.parent})")


def default_questionnaire_path() -> Path:
    return data_dir("questionnaires") / DEFAULT_QUESTIONNAIRE


CONFIG_DIR_ENV = "READINESS_APP_CONFIG_DIR"
DEFAULT_BANDS = "salary-bands.yaml"
OWN_COPIES = {"rules": DEFAULT_RULES, "salary-bands": DEFAULT_BANDS}


def user_dir() -> Path:
    """The user's configuration folder (``READINESS_APP_CONFIG_DIR`` overrides it); not created here."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else _platform_config_dir()


@lru_cache(maxsize=1)
def _platform_config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("readiness-app", appauthor=False))


@lru_cache(maxsize=8)
def _packaged(name: str) -> Path:
    return (data_dir("assets") / name).resolve()


@lru_cache(maxsize=64)
def _resolved(path: Path) -> Path:
    """A data file's resolved path (asked for each assessment's messages: resolved once per path)."""
    return path.resolve()


def _own(name: str) -> Path | None:
    """The user's own copy of a packaged data file, when they made one."""
    path = user_dir() / name
    return path.resolve() if path.is_file() else None


def own_copy_path(path: Path) -> Path:
    """Where a user edits ``path``: their own copy for a packaged file, else the file itself."""
    resolved = _resolved(path)
    for name in OWN_COPIES.values():
        if resolved == _packaged(name):
            return user_dir() / name
    return path


def editable(path: Path) -> str:
    """``path`` as a message names it for editing: the user's own copy of a packaged file, '~' for home."""
    return _editable(path, str(user_dir()), os.environ.get("HOME", ""))


@lru_cache(maxsize=64)
def _editable(path: Path, _user_dir: str, _home: str) -> str:  # the folders are part of the key
    target = own_copy_path(path)
    with contextlib.suppress(ValueError, RuntimeError):
        return "~/" + target.relative_to(Path.home()).as_posix()
    return str(target)


@dataclass(frozen=True)
class Ruleset:
    """A questionnaire with the rules and salary bands it is scored by."""

    questionnaire: Questionnaire
    rules: Rules
    bands: SalaryBands
    questionnaire_path: Path
    rules_path: Path
    bands_path: Path


def load_ruleset(questionnaire: str | Path | None = None, rules: str | Path | None = None) -> Ruleset:
    q_path = Path(questionnaire) if questionnaire else default_questionnaire_path()
    r_path = Path(rules) if rules else None
    if r_path is None and not questionnaire:  # the packaged questionnaire: the user's own rules, if any
        r_path = _own(DEFAULT_RULES)
    bands = _own(DEFAULT_BANDS)  # used in place of the packaged bands, whichever rules name them
    return _load_cached(*_stamp(q_path), *(_stamp(r_path) if r_path else (None, None)),
                        *(_stamp(bands) if bands else (None, None)))


def _stamp(path: Path) -> tuple[Path, float]:
    resolved = path.resolve()
    try:
        return resolved, resolved.stat().st_mtime
    except OSError:
        return resolved, -1.0


@lru_cache(maxsize=8)
def _load_cached(q_path: Path, _q_mtime: float, r_path: Path | None, _r_mtime: float | None,
                 own_bands: Path | None = None, _b_mtime: float | None = None) -> Ruleset:
    cache = _cache_file(q_path, r_path, own_bands)
    ruleset = _read_cache(cache) if cache else None
    if ruleset is None:
        ruleset = _load(q_path, r_path, own_bands)
        if cache:
            _write_cache(cache, ruleset)
    return ruleset


# -- a cache of validated rulesets: parsing and validating the YAML files is
# most of the time a command takes, and they rarely change ---------------------

def _cache_file(q_path: Path, r_path: Path | None, own_bands: Path | None = None) -> Path | None:
    if os.environ.get("READINESS_APP_NO_CACHE"):
        return None
    folder = os.environ.get("READINESS_APP_CACHE_DIR")
    if not folder:
        try:
            from platformdirs import user_cache_dir
        except ImportError:  # pragma: no cover - a dependency
            return None
        folder = user_cache_dir("readiness-app", appauthor=False)
    import pydantic

    from .. import __version__

    key = hashlib.sha256(f"{__version__}|{pydantic.VERSION}|{q_path}|{r_path}|{own_bands}".encode()).hexdigest()[:24]
    return Path(folder) / "rulesets" / f"{key}.pickle"


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_cache(cache: Path) -> Ruleset | None:
    try:
        with cache.open("rb") as handle:
            files, ruleset = pickle.load(handle)  # noqa: S301 - our own cache in the user's cache folder
    except Exception:  # missing, stale or from another version: load the files instead
        return None
    if not isinstance(ruleset, Ruleset) or any(_digest(Path(p)) != d for p, d in files):
        return None
    return ruleset


def _write_cache(cache: Path, ruleset: Ruleset) -> None:
    files = [(str(p), _digest(p)) for p in (ruleset.questionnaire_path, ruleset.rules_path, ruleset.bands_path)]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((files, ruleset), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError as exc:  # a read-only home folder only costs speed
        log.debug("ruleset cache not written: %s", exc)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)


def _load(q_path: Path, r_path: Path | None, own_bands: Path | None = None) -> Ruleset:
    questionnaire = load_questionnaire(q_path)
    if r_path is None:
        if questionnaire.rules:
            r_path = (q_path.parent / questionnaire.rules).resolve()
        else:
            r_path = data_dir("assets") / DEFAULT_RULES
    question_ids = set(questionnaire.questions)
    rules = load_rules(r_path, question_ids)
    bands_path = (r_path.parent / rules.budget.bands_file).resolve()
    if own_bands is not None and bands_path == _packaged(DEFAULT_BANDS):
        bands_path = own_bands
    elif own_bands is None and bands_path == (user_dir() / DEFAULT_BANDS).resolve():
        # the user's own copy of the rules names the bands beside it, where they made no copy of them:
        # the packaged bands stand in, as they do for the packaged rules
        bands_path = _packaged(DEFAULT_BANDS)
    markets = questionnaire.questions.get("hiring_market")
    market_ids = markets.option_values() if markets else []
    bands = load_salary_bands(bands_path, {d.id for d in rules.documents}, market_ids)
    return Ruleset(questionnaire, rules, bands, q_path, r_path, bands_path)


def short_path(path: Path) -> str:
    """A data file's path from its 'assets' or 'questionnaires' folder on ('assets/rules.yaml'), for messages."""
    parts = path.parts
    for anchor in ("assets", "questionnaires"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1:])
    return str(path)


def own_file(path: Path) -> bool:
    """True when ``path`` is not the packaged salary bands or rules: the user's own figures."""
    return _resolved(path) not in (_packaged(DEFAULT_BANDS), _packaged(DEFAULT_RULES))
