"""A budget for every market: where the sources publish no figure, the band follows from what the company
pays (a strong cloud engineer, the top of its engineering grid), each step traced to the passage that
places the level and to the ratio it assumes; without either answer the result says once that there is
no figure and which questions give one. A user's own bands file replaces the figures and is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from readiness_app import cli
from readiness_app.core.outcome import Decider
from tests.helpers import ALL_SIGNALS, answers, own_bands

from .quotes import documents, is_verbatim

NO_FIGURES = {"DE": "EUR", "UK": "GBP", "NL": "EUR", "CEE": "EUR", "REMOTE_EU": "EUR"}
GRID = {"pay_cloud_engineer": 60000, "pay_top_engineering": 130000}
ANCHORS = ["pay_cloud_engineer", "pay_top_engineering"]
NO_FIGURE = "publish no salary figure"


@pytest.mark.parametrize("market", NO_FIGURES)
def test_the_pay_grid_gives_every_market_a_band_in_its_currency_with_each_step_traced(score, market):
    documents()
    result = score(answers(ALL_SIGNALS, hiring_market=market, **GRID))
    b = result.budget
    assert b.derived and not b.published and not b.user_set
    assert b.currency == NO_FIGURES[market]
    assert b.seniority == "senior" and (b.base_min, b.base_max) == (95000, 130000)
    assert [(r.base_min, r.base_max) for r in b.bands] == [(50000, 70000), (70000, 95000), (95000, 130000),
                                                           (95000, 130000)]
    money = {"EUR": "€", "GBP": "£"}[b.currency]
    assert f"{money}95,000" in b.text and "derived from your pay grid" in b.source
    assert f"{money}60,000" in b.source and f"{money}130,000" in b.source
    assert set(ANCHORS) <= set(b.trace.answers)
    assert [d.rule for d in b.derivation] == ["budget.pay_grid.junior", "budget.pay_grid.mid",
                                              "budget.pay_grid.senior"]
    for step in b.derivation:
        assert step.source is not None and is_verbatim(step.source.passage, step.source.document), step.rule
        assert step.assumption and "French" in step.assumption, step.rule  # the ratio and where it comes from
        assert step.answers and set(step.answers) <= set(ANCHORS)
    assert "0.83 to 1.17" in b.derivation[0].assumption
    assert "14% and ends 50%" in b.derivation[1].assumption
    assert "0.73 to 1 " in b.derivation[2].assumption
    # the band sentence rests on the senior step's passage and assumption
    assert b.trace.source == b.derivation[2].source and b.trace.assumption == b.derivation[2].assumption
    assert all(d in result.traces() for d in b.derivation)


def test_one_anchor_scales_the_french_shape_and_says_so(score):
    only_top = score(answers(ALL_SIGNALS, hiring_market="DE", pay_top_engineering=130000)).budget
    assert [d.rule for d in only_top.derivation][0] == "budget.pay_grid.missing_anchor"
    assert "€60,000" in only_top.derivation[0].text and "2.17" in only_top.derivation[0].assumption
    assert (only_top.bands[0].base_min, only_top.bands[0].base_max) == (50000, 70000)
    only_cloud = score(answers(ALL_SIGNALS, hiring_market="NL", pay_cloud_engineer=60000)).budget
    assert "€130,000" in only_cloud.derivation[0].text
    assert (only_cloud.base_min, only_cloud.base_max) == (95000, 130000)
    assert "top of grid not given" in only_cloud.source


@pytest.mark.parametrize("market", NO_FIGURES)
def test_without_the_pay_grid_the_result_says_once_there_is_no_figure_and_which_questions_give_one(score, market):
    result = score(answers(ALL_SIGNALS, hiring_market=market))
    b = result.budget
    assert b.base_min is None and not b.derived and b.derivation == []
    assert all(r.base_min is None for r in b.bands)
    assert NO_FIGURE in b.text and "pay_cloud_engineer" in b.text and "pay_top_engineering" in b.text
    assert set(ANCHORS) <= set(b.trace.answers)  # the wizard links each to its question
    said = [t.text for t in result.traces() if NO_FIGURE in t.text]
    assert said == [b.text]


@pytest.mark.parametrize("market", NO_FIGURES)
def test_a_ceiling_below_the_derived_band_gives_the_gap_and_its_levers(score, market):
    result = score(answers(ALL_SIGNALS, hiring_market=market, budget_ceiling=80000, **GRID))
    gap = result.budget.ceiling_gap
    assert gap is not None and gap.amount == 15000
    assert "15,000" in gap.text and "95,000" in gap.text
    levers = {a.rule.rsplit(".", 1)[-1] for a in gap.advice}
    assert {"scope_not_cash", "beyond_base"} <= levers
    assert set(ANCHORS) <= set(gap.trace.answers)
    within = score(answers(ALL_SIGNALS, hiring_market=market, budget_ceiling=100000, **GRID)).budget
    assert within.ceiling_gap is None and "not below" in within.ceiling_check.text


def test_the_users_own_band_wins_over_the_pay_grid(score):
    b = score(answers(ALL_SIGNALS, hiring_market="UK", salary_band_min=90000, salary_band_max=120000,
                      **GRID)).budget
    assert b.user_set and not b.derived and (b.base_min, b.base_max) == (90000, 120000)


def test_france_keeps_its_published_figures_and_ignores_the_pay_grid(score):
    b = score(answers(ALL_SIGNALS, hiring_market="FR", pay_cloud_engineer=90000,
                      pay_top_engineering=200000)).budget
    assert b.published and not b.derived and (b.base_min, b.base_max) == (95000, 130000)


def test_the_what_if_search_sees_the_same_derived_band(ruleset, score):
    raw = answers(ALL_SIGNALS, hiring_market="UK", pay_cloud_engineer=85000, pay_top_engineering=140000)
    assert Decider(ruleset).outcome(raw).band == (102000, 140000)
    assert (score(raw).budget.base_min, score(raw).budget.base_max) == (102000, 140000)


def test_the_french_equity_figure_appears_only_in_france(score):
    def notes(market: str) -> set[str]:
        raw = answers(ALL_SIGNALS, hiring_market=market, company_stage="scaleup", ai_first=True, **GRID)
        return {t.rule.rsplit(".", 1)[-1] for t in score(raw).budget.total_comp}

    assert "ai_first_equity" in notes("FR")
    for market in [*NO_FIGURES, "OTHER"]:
        assert "ai_first_equity" not in notes(market), market
        assert not any("130K" in t.text or "130 k€" in t.text
                       for t in score(answers(ALL_SIGNALS, hiring_market=market, **GRID)).budget.total_comp)


@pytest.mark.parametrize(("market", "stage", "note"), [
    ("DE", "enterprise", "germany_offers"), ("UK", "enterprise", "uk_enterprise"), ("UK", "scaleup", "uk_equity"),
    ("NL", "scaleup", "netherlands_benchmark"), ("CEE", "startup", "cee_depth"),
    ("REMOTE_EU", "scaleup", "remote_pay_anchoring"), ("DE", "scaleup", "scaleup_levers"),
    ("NL", "enterprise", "enterprise_levers"),
])
def test_each_market_gets_the_notes_the_sources_give_it(score, market, stage, note):
    documents()
    budget = score(answers(ALL_SIGNALS, hiring_market=market, company_stage=stage)).budget
    found = {t.rule.rsplit(".", 1)[-1]: t for t in budget.total_comp}
    assert note in found
    assert is_verbatim(found[note].source.passage, found[note].source.document)
    others = {"germany_offers": "DE", "uk_enterprise": "UK", "uk_equity": "UK", "netherlands_benchmark": "NL",
              "cee_depth": "CEE", "remote_pay_anchoring": "REMOTE_EU"}
    assert all(others[n] == market for n in found if n in others)


def test_remote_pay_flexes_when_the_role_is_business_critical(score):
    critical = score(answers(ALL_SIGNALS, hiring_market="REMOTE_EU", critical_models=2)).budget
    calm = score(answers(ALL_SIGNALS, hiring_market="REMOTE_EU", critical_models=0)).budget
    assert "remote_critical_flex" in {t.rule.rsplit(".", 1)[-1] for t in critical.total_comp}
    assert "remote_critical_flex" not in {t.rule.rsplit(".", 1)[-1] for t in calm.total_comp}


# -- the user's own figures, and compare --------------------------------------------------------------

def write_answers(path: Path, **changes) -> Path:
    data = {"questionnaire": "mlops-readiness", "answers": answers(ALL_SIGNALS, **changes)}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_bands_file_in_the_config_folder_replaces_the_figures_and_is_named(config, tmp_path, capsys):
    assert cli.main(["own-copy", "salary-bands"]) == 0
    capsys.readouterr()
    own = own_bands(config, "UK", {"junior": {"min": 55000, "max": 70000}, "mid": {"min": 70000, "max": 90000},
                                   "senior": {"min": 95000, "max": 125000}, "lead": {"min": 110000, "max": 150000}},
                    {"en": "Our London grid, 2026.", "fr": "Notre grille londonienne, 2026."})

    out = tmp_path / "result.json"
    raw = write_answers(tmp_path / "uk.yaml", hiring_market="UK", **GRID)
    assert cli.main(["assess", str(raw), "--json", str(out)]) == 0
    budget = json.loads(out.read_text(encoding="utf-8"))["budget"]
    assert (budget["base_min"], budget["base_max"]) == (95000, 125000)  # the file's figures, not the pay grid
    assert not budget["derived"] and budget["currency"] == "GBP"
    assert budget["source"] == f"your figures, file {own}"
    assert budget["trace"]["assumption"] == "Our London grid, 2026."
    assert "source: your figures, file" in " ".join(capsys.readouterr().out.split())  # the summary says it too


def test_compare_names_a_change_of_market_and_currency(tmp_path, capsys):
    before = write_answers(tmp_path / "paris.yaml", hiring_market="FR")
    after = write_answers(tmp_path / "london.yaml", hiring_market="UK", pay_cloud_engineer=85000,
                          pay_top_engineering=140000)
    assert cli.main(["compare", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "Hiring market: France → United Kingdom (amounts now in GBP)" in out
    assert "€95,000 – €130,000 → £102,000 – £140,000" in out
    same_currency = write_answers(tmp_path / "berlin.yaml", hiring_market="DE", **GRID)
    assert cli.main(["compare", str(before), str(same_currency), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Marché de recrutement : France → Allemagne" in out and "montants" not in out


def test_the_command_line_says_once_there_is_no_figure_and_explains_a_derived_band(tmp_path, capsys):
    germany = write_answers(tmp_path / "berlin.yaml", hiring_market="DE")
    assert cli.main(["assess", str(germany)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.count(NO_FIGURE) == 1 and "pay_cloud_engineer, pay_top_engineering" in out
    assert "no published figure (set your own)" not in out
    uk = write_answers(tmp_path / "london.yaml", hiring_market="UK", pay_cloud_engineer=85000,
                       pay_top_engineering=140000)
    assert cli.main(["explain", str(uk)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Junior: £71,000 – £99,000" in out and "rule: budget.pay_grid.senior" in out
    assert "may be priced similarly to strong cloud engineers" in out
