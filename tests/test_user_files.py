"""A user's own rules and salary bands live in their configuration folder, never inside the installed
package: `readiness-app own-copy` puts a copy there, the app then uses it, and every message that says
where to edit a figure names that folder."""

from __future__ import annotations

import json
from pathlib import Path

from readiness_app import cli
from tests.helpers import own_bands

ROOT = Path(__file__).resolve().parent.parent
GERMANY = ROOT / "examples" / "industrial-germany.yaml"


def assess_json(tmp_path: Path, capsys) -> dict:
    out = tmp_path / "result.json"
    assert cli.main(["assess", str(GERMANY), "--json", str(out)]) == 0
    capsys.readouterr()
    return json.loads(out.read_text(encoding="utf-8"))


def test_messages_point_to_the_users_folder_not_into_the_package(config, tmp_path, capsys):
    result = assess_json(tmp_path, capsys)
    no_band = result["budget"]["trace"]["text"]
    assert str(config / "salary-bands.yaml") in no_band
    assert "assets/" not in no_band and "site-packages" not in no_band
    bc = result["business_case"]["assumptions"]
    assert bc and all("assets/" not in (a.get("text") or "") for a in bc)


def test_own_copy_of_the_bands_is_made_once_and_then_used(config, tmp_path, capsys):
    assert cli.main(["own-copy", "salary-bands"]) == 0
    copy = config / "salary-bands.yaml"
    assert capsys.readouterr().out.strip() == str(copy)
    assert cli.main(["own-copy", "salary-bands"]) == 2  # never overwrites the user's edits
    assert "already exists" in capsys.readouterr().err

    own_bands(config, "DE", {"junior": {"min": 55000, "max": 70000}, "mid": {"min": 72000, "max": 90000},
                             "senior": {"min": 90000, "max": 120000}, "lead": {"min": 100000, "max": 135000}},
              {"en": "Our own grid for Munich, 2026.", "fr": "Notre grille pour Munich, 2026."})

    budget = assess_json(tmp_path, capsys)["budget"]
    assert (budget["base_min"], budget["base_max"]) == (72000, 90000)  # the mid-level band of the user's grid


def test_a_broken_own_copy_is_named_with_its_path(config, tmp_path, capsys):
    config.mkdir(parents=True)
    (config / "salary-bands.yaml").write_text("markets: [", encoding="utf-8")
    assert cli.main(["assess", str(GERMANY)]) == 2
    assert str(config / "salary-bands.yaml") in capsys.readouterr().err


def test_an_own_copy_of_the_rules_alone_is_used_with_the_packaged_bands(config, tmp_path, capsys):
    """The copied rules name their bands file beside them; with no copy of the bands made there, the
    packaged bands stand in (the assessment once stopped at 'salary-bands.yaml: no such file')."""
    assert cli.main(["own-copy", "rules"]) == 0
    rules = config / "rules.yaml"
    assert capsys.readouterr().out.strip() == str(rules)
    out = tmp_path / "result.json"
    assert cli.main(["assess", str(ROOT / "examples" / "scaleup-all-signals.yaml"), "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert (result["budget"]["base_min"], result["budget"]["base_max"]) == (95000, 130000)  # the published band
