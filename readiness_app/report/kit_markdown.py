"""The hiring kit as Markdown (CommonMark), to paste into an applicant tracking system or a wiki.

It lays out a finished :class:`~readiness_app.core.kit.HiringKit`: every word comes from the kit."""

from __future__ import annotations

import re

from ..core.kit import HiringKit, KitStage
from ..core.result import Trace

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")


def escape(text: str) -> str:
    """``text`` as literal Markdown: characters that would start emphasis, code, links or HTML are
    escaped, and so is a line start that would make a list or a heading."""
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if m.group(2)[0] in "-+=" else
                           m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _bullets(traces: list[Trace]) -> list[str]:
    return [f"- {escape(t.text)}" for t in traces] + [""] if traces else []


def _section(title: str, traces: list[Trace], level: int = 3) -> list[str]:
    return [f"{'#' * level} {escape(title)}", "", *_bullets(traces)] if traces else []


def _stage(kit: HiringKit, number: int, stage: KitStage) -> list[str]:
    lb = kit.labels
    lines = [f"{number}. **{escape(stage.title)}**", "",
             f"   - {escape(lb.when)} {escape(stage.timing.text)}",
             f"   - {escape(lb.who)} {escape(stage.panel.text)}",
             f"   - {escape(stage.purpose.text)}"]
    if stage.assesses is not None:
        lines.append(f"   - {escape(stage.assesses.text)}")
    return lines + [""]


def render_kit_markdown(kit: HiringKit) -> str:
    lb, jp, plan = kit.labels, kit.job_post, kit.interview_plan
    out = [f"# {escape(kit.heading)}", ""]
    if kit.draft_note is not None:
        out += [f"> **{escape(lb.draft)}** {escape(kit.draft_note.text)}", ""]
    out += [f"## {escape(lb.job_post)}", "", f"**{escape(jp.title.text)}**", ""]
    if jp.about:
        out += [f"### {escape(lb.about)}", ""] + [line for t in jp.about for line in (escape(t.text), "")]
    out += _section(lb.missions, jp.missions) + _section(lb.team, jp.team)
    out += _section(lb.must_have, jp.must_have) + _section(lb.nice_to_have, jp.nice_to_have)
    out += _section(lb.soft_skills, jp.soft_skills) + _section(lb.compensation, jp.compensation)
    out += _section(lb.offer, jp.offer)
    out += _section(lb.open_points, kit.open_points, 2)
    out += [f"## {escape(lb.interview_plan)}", "", f"### {escape(lb.stages)}", ""]
    for number, stage in enumerate(plan.stages, 1):
        out += _stage(kit, number, stage)
    out += [f"### {escape(lb.timeline)}", "", escape(plan.timeline.text), "", *_bullets(plan.longer_because)]
    out += _section(lb.how_it_runs, plan.notes) + _section(lb.panel, plan.panel)
    out += [f"## {escape(lb.scorecards)}", "", f"### {escape(lb.rating)}", "", *_bullets(kit.scorecard.scale)]
    for category in kit.scorecard.categories:
        out += [f"### {escape(category.title)}", ""]
        for attr in category.attributes:
            out += [f"- **{escape(attr.title)}** ({escape(lb.stage)} {escape(attr.stage_title)})",
                    f"  - {escape(lb.validate)} {escape(attr.validate.text)}",
                    f"  - {escape(lb.operated)} {escape(attr.operated.text)}",
                    f"  - {escape(lb.studied)} {escape(attr.studied.text)}"]
        out.append("")
    out += [f"## {escape(lb.sources)}", ""]
    for ref in kit.references:
        summary = f" {escape(lb.summary)} {escape(ref.summary)}" if ref.summary else ""
        out.append(f"- {escape(ref.publisher)}: “{escape(ref.passage)}”{summary}")
    out += [f"- {escape(lb.assumption)} {escape(a)}" for a in kit.assumptions]
    return "\n".join(out).rstrip("\n") + "\n"
