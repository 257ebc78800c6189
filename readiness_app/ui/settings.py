"""The wizard's own preferences (the zoom), kept in the settings file beside the recent files."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings


def _settings() -> QSettings:
    from PySide6.QtCore import QSettings

    from .autosave import data_dir

    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def read_float(key: str, default: float) -> float:
    try:
        return float(_settings().value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def write_value(key: str, value: object) -> None:
    settings = _settings()
    settings.setValue(key, value)
    settings.sync()
