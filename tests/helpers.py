"""Shared test helpers: realistic answer sets and running the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# A mature, low-pain company: the baseline every case below changes.
CALM: dict[str, Any] = {
    "company_name": "Calm Data GmbH",
    "hiring_market": "FR",
    "company_stage": "startup",
    "ai_first": False,
    "sector": "technology",
    "models_in_production": 1,
    "critical_models": 0,
    "teams_consuming_models": 1,
    "training_pipelines": "shared_automated",
    "retraining": "automated_scheduled",
    "retraining_hours_per_month": 1,
    "degradation_incidents_12m": 0,
    "rollback": "automatic",
    "reproducibility": "yes",
    "versioned_artifacts": ["code", "data", "models"],
    "ml_practitioners": 2,
    "infra_time_share": 15,
    "existing_mlops_engineers": 0,
    "platform_team": True,
    "infrastructure": "containers",
    "executive_sponsor": True,
    "budget_approved": True,
    "ownership_defined": True,
    "interview_process_defined": True,
}

# Every signal of the sources, with a full mandate.
ALL_SIGNALS: dict[str, Any] = {
    **CALM,
    "company_name": "Finlytics SAS",
    "company_stage": "scaleup",
    "ai_first": True,
    "sector": "finance",
    "models_in_production": 8,
    "critical_models": 2,
    "teams_consuming_models": 4,
    "training_pipelines": "ad_hoc_per_model",
    "retraining": "manual_regular",
    "retraining_hours_per_month": 30,
    "degradation_incidents_12m": 4,
    "incident_detection": "users_or_customers",
    "rollback": "manual",
    "reproducibility": "partially",
    "versioned_artifacts": ["code"],
    "ml_practitioners": 9,
    "infra_time_share": 60,
    "infrastructure": "kubernetes",
}


def answers(base: dict[str, Any] = CALM, **changes: Any) -> dict[str, Any]:
    out = dict(base)
    out.update(changes)
    return {k: v for k, v in out.items() if v is not None}


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "readiness_app", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=120)


def own_bands(folder: Path, market: str, figures: dict[str, dict[str, int]], assumption: dict[str, str]) -> Path:
    """The user's own copy of the salary bands (made by ``readiness-app own-copy``) with ``market``'s figures set."""
    import yaml

    own = folder / "salary-bands.yaml"
    data = yaml.safe_load(own.read_text(encoding="utf-8"))
    entry = next(m for m in data["markets"] if m["id"] == market)
    entry["figures"], entry["assumption"] = figures, assumption
    own.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return own
