"""The hiring kit: a first draft of the job post, the interview plan and the scorecards, only for an
assessment that calls for a hire, every line traced, exported as Markdown and as a Word document."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
import yaml

from readiness_app.core import assess, validate_answers
from readiness_app.core.answers import DONT_KNOW
from readiness_app.core.kit import HiringKit, NoKit, build_kit, kit_refusal
from readiness_app.report.kit_docx import render_kit_docx
from readiness_app.report.kit_markdown import render_kit_markdown
from tests.helpers import ALL_SIGNALS, CALM, EXAMPLES, ROOT, answers, run_cli
from tests.quotes import documents, is_verbatim
from tests.rendering import Where, exempt_for, word_problems

LANGS = ("en", "fr")
HIRING_EXAMPLES = [p for p in sorted(EXAMPLES.glob("*.yaml"))
                   if p.name not in ("dont-know-provisional.yaml",)]  # the one whose decision is 'not yet'


def example_answers(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]


def kit_for(ruleset, raw, lang="en") -> HiringKit:
    return build_kit(assess(ruleset, validate_answers(ruleset.questionnaire, raw), lang), ruleset)


CASES = {
    **{p.stem: example_answers(p) for p in HIRING_EXAMPLES},
    "all signals": ALL_SIGNALS,
    "mandate missing": answers(ALL_SIGNALS, budget_approved=False, executive_sponsor=DONT_KNOW),
    "junior beside a team": answers(CALM, existing_mlops_engineers=2, models_in_production=4,
                                    training_pipelines="shared_automated", degradation_incidents_12m=2,
                                    incident_detection="manual_checks", reproducibility="no",
                                    versioned_artifacts=["code"], hiring_market="UK", company_stage="enterprise"),
}


@pytest.fixture(scope="module")
def kits(ruleset):
    return {(name, lang): kit_for(ruleset, raw, lang) for name, raw in CASES.items() for lang in LANGS}


def test_every_example_with_a_hire_has_a_kit(ruleset):
    assert len(HIRING_EXAMPLES) >= 3
    for path in HIRING_EXAMPLES:
        result = assess(ruleset, validate_answers(ruleset.questionnaire, example_answers(path)))
        assert kit_refusal(result) is None, path.name


def test_every_kit_line_traces_to_a_passage_an_answer_or_an_assumption(kits):
    documents()
    problems = []
    for (name, lang), kit in kits.items():
        lines = kit.traces()
        assert len(lines) > 60, name
        for t in lines:
            where = f"{name} [{lang}] {t.rule}: {t.text[:60]}"
            if not t.text.strip():
                problems.append(f"{where}: empty")
            if t.source is None and not t.answers and not t.assumption:
                problems.append(f"{where}: traced to nothing")
            if t.source is not None and not is_verbatim(t.source.passage, t.source.document):
                problems.append(f"{where}: not word for word: {t.source.passage}")
            if t.rule.startswith("kit.") and "{" in t.text:
                problems.append(f"{where}: a field left unfilled")
    assert not problems, "\n".join(problems)


def test_lines_rest_on_the_answers_that_chose_them(kits):
    kit = kits[("all signals", "en")]
    about = {t.rule: t for t in kit.job_post.about}
    assert about["kit.job_post.about.first_hire"].answers[:1] == ["existing_mlops_engineers"]
    assert "models_in_production" in about["kit.job_post.about.first_hire"].answers  # shown in its text
    missions = {t.rule.rsplit(".", 1)[1]: t for t in kit.job_post.missions}
    assert "ai_first" in missions["costs"].answers and "sector" in missions["compliance"].answers
    assert "budget_approved" in {a for t in kit.job_post.offer for a in t.answers}


def test_the_scorecards_have_three_or_four_categories_of_at_most_six_attributes(kits, ruleset):
    variants = [answers(ALL_SIGNALS, **{k: v}) for k, v in (
        ("existing_mlops_engineers", 3), ("company_stage", "enterprise"), ("sector", "technology"),
        ("infrastructure", "cloud_vms"), ("platform_team", False))]
    every = list(kits.values()) + [kit_for(ruleset, raw) for raw in variants]
    for kit in every:
        categories = kit.scorecard.categories
        assert 3 <= len(categories) <= 4, kit.heading
        for category in categories:
            assert 1 <= len(category.attributes) <= 6, category.title
            for attr in category.attributes:
                assert attr.validate.text and attr.operated.text and attr.studied.text
                assert attr.operated.text != attr.studied.text
    # the three checks the sources give are asked wherever their focus area is in the profile
    checks = {a.id for c in kits[("all signals", "en")].scorecard.categories for a in c.attributes}
    assert {"incident_response", "release_process", "architecture_for_product"} <= checks


def test_the_interview_plan_fits_the_weeks_the_sources_give_or_says_why_not(kits):
    kit = kits[("all signals", "en")]
    plan = kit.interview_plan
    assert (plan.weeks_min, plan.weeks_max) == (6, 10)
    assert "within the 6 to 10 weeks" in plan.timeline.text
    assert any("shipped production ML" in t.text for t in plan.panel)
    assert all(s.assesses is None or s.assesses.text.startswith("Assesses: ") for s in plan.stages)
    slow = kits[("retailer-no-mandate", "en")].interview_plan
    assert "expects 11 to 15 weeks" in slow.timeline.text
    assert any(t.rule.endswith("no_process") for t in slow.longer_because)


def test_no_kit_for_not_yet_or_cannot_assess_yet(ruleset):
    calm = assess(ruleset, validate_answers(ruleset.questionnaire, CALM))
    assert calm.decision == "not_yet"
    with pytest.raises(NoKit, match="does not call for a hire yet"):
        build_kit(calm, ruleset)
    raw = {q: DONT_KNOW for q in ruleset.questionnaire.questions
           if q not in ("company_name", "hiring_market", "salary_band_min", "salary_band_max",
                        "pay_cloud_engineer", "pay_top_engineering")}
    blind = assess(ruleset, validate_answers(ruleset.questionnaire, {**raw, "hiring_market": "FR"}), "fr")
    assert blind.decision == "cannot_assess_yet"
    with pytest.raises(NoKit, match="trop d'éléments sont inconnus"):
        build_kit(blind, ruleset)


def test_a_kit_that_waits_for_the_mandate_is_marked_as_a_draft(kits):
    kit = kits[("mandate missing", "en")]
    assert kit.decision == "secure_mandate_first" and kit.draft
    assert "waits for the mandate" in kit.draft_note.text and "approved budget" in kit.draft_note.text
    assert any(t.rule == "kit.open_points.no_budget" for t in kit.open_points)
    assert any(t.rule == "kit.open_points.no_sponsor" for t in kit.open_points)  # "don't know" is not a sponsor
    assert "once the budget is approved" in kit.job_post.compensation[0].text
    assert not any(t.rule.endswith("offer.sponsor") for t in kit.job_post.offer)
    assert render_kit_markdown(kit).split("\n")[2].startswith("> **Draft:**")
    firm = kits[("all signals", "en")]
    assert not firm.draft and firm.draft_note is None and "Draft" not in render_kit_markdown(firm)


def _markdown_text(tokens) -> tuple[list[str], str]:
    headings, text = [], []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            headings.append(tokens[i + 1].content)
        if tok.type == "inline":
            text.append("".join(child.content for child in tok.children if child.type in ("text", "softbreak")
                                or child.type == "text_special"))
    return headings, "\n".join(text)


def test_the_markdown_is_commonmark_with_the_expected_headings(kits):
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    for (name, lang), kit in kits.items():
        source = render_kit_markdown(kit)
        tokens = md.parse(source)
        headings, text = _markdown_text(tokens)
        lb = kit.labels
        assert headings[0] == kit.heading, name
        expected = [lb.job_post, lb.missions, lb.must_have, lb.offer, lb.interview_plan, lb.stages, lb.panel,
                    lb.scorecards] + [c.title for c in kit.scorecard.categories]
        assert [h for h in expected if h not in headings] == [], name
        flat = " ".join(text.split())
        missing = [t.text for t in kit.traces() if " ".join(t.text.split()) not in flat]
        assert missing == [], f"{name} [{lang}]: lines lost in the Markdown: {missing[:3]}"


def test_markdown_special_characters_stay_text(ruleset):
    from markdown_it import MarkdownIt

    kit = kit_for(ruleset, answers(ALL_SIGNALS, company_name="*Acme* <b>_Labs_</b> # [x](y)"))
    html = MarkdownIt("commonmark").render(render_kit_markdown(kit))
    assert "<em>" not in html.split("<h2>")[0] and "<b>" not in html and 'href="y"' not in html
    assert "*Acme* &lt;b&gt;_Labs_&lt;/b&gt; # [x](y)" in html


def test_the_word_document_opens_and_holds_every_line(kits):
    import docx

    for (name, lang), kit in kits.items():
        document = docx.Document(io.BytesIO(render_kit_docx(kit)))
        paragraphs = [p.text for p in document.paragraphs]
        cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
        text = " ".join(" ".join(paragraphs + cells).split())
        missing = [t.text for t in kit.traces() if " ".join(t.text.split()) not in text]
        assert missing == [], f"{name} [{lang}]: lines lost in the Word document: {missing[:3]}"
        assert paragraphs[0] == kit.heading
        headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert kit.labels.scorecards in headings and kit.labels.interview_plan in headings
        attributes = sum(len(c.attributes) for c in kit.scorecard.categories)
        assert len(document.tables) == attributes  # a rating table per attribute, to fill in
        assert document.core_properties.language == lang


def test_french_output_has_no_english_sentences(kits):
    problems = []
    for (name, lang), kit in kits.items():
        if lang != "fr":
            continue
        result = json.loads(assess_json(name))
        text = render_kit_markdown(kit)
        exempt = exempt_for(result, None)
        exempt.strings.append("readiness-app own-copy rules")  # a command, named as typed
        problems += word_problems(text, Where("kit markdown", lang, name), result=result, exempt=exempt)
    assert not problems, "\n".join(problems)


def assess_json(name):
    from readiness_app.core import load_ruleset

    ruleset = load_ruleset()
    return assess(ruleset, validate_answers(ruleset.questionnaire, CASES[name]), "fr").model_dump_json()


def test_the_command_writes_both_files_and_refuses_to_overwrite_its_input(tmp_path):
    example = EXAMPLES / "scaleup-all-signals.yaml"
    md, word = tmp_path / "kit.md", tmp_path / "kit.docx"
    done = run_cli("kit", str(example), "--md", str(md), "--docx", str(word), "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert md.read_text(encoding="utf-8").startswith("# Kit de recrutement : Ingénieur MLOps senior (F/H)")
    assert word.read_bytes()[:2] == b"PK"
    assert str(md) in done.stdout
    shown = run_cli("kit", str(example))
    assert shown.returncode == 0 and shown.stdout.startswith("# Hiring kit: Senior MLOps Engineer, Finlytics SAS")
    copy = tmp_path / "answers.yaml"
    copy.write_bytes(example.read_bytes())
    refused = run_cli("kit", str(copy), "--md", str(copy))
    assert refused.returncode == 2 and "same file" in refused.stderr
    assert copy.read_bytes() == example.read_bytes()
    not_yet = run_cli("kit", str(EXAMPLES / "dont-know-provisional.yaml"), "--md", str(tmp_path / "no.md"))
    assert not_yet.returncode == 2 and "No hiring kit" in not_yet.stderr
    assert not (tmp_path / "no.md").exists()


def test_the_command_line_starts_without_the_export_libraries():
    code = ("import sys, readiness_app.cli, readiness_app.core.kit; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'markdown_it', 'lxml')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_a_category_keeps_at_most_its_limit_whatever_the_data_offers(ruleset):
    from readiness_app.core.kit import _Builder
    from readiness_app.core.kit_rules import kit_path, load_kit_rules

    data = load_kit_rules(kit_path(ruleset.rules_path), ruleset.rules, set(ruleset.questionnaire.questions))
    first = data.scorecard.attributes[0]
    extra = [first.model_copy(update={"id": f"{first.id}_{i}"}) for i in range(8)]
    crowded = data.model_copy(update={"scorecard": data.scorecard.model_copy(
        update={"attributes": [*data.scorecard.attributes, *extra]})})
    result = assess(ruleset, validate_answers(ruleset.questionnaire, ALL_SIGNALS))
    kit = _Builder(result, ruleset, crowded).build()
    assert max(len(c.attributes) for c in kit.scorecard.categories) == data.scorecard.max_attributes == 6
