"""Stage 6, draft: résumé + posting + Fit -> Brief (snapshot, pitch, STAR prompts, questions, checklist).

Every sentence is built from a template in tailor/data/brief.json and filled with a fact from one of the
two documents; where the fact is missing the sentence is built without it, never with a placeholder. The
parts live in their own modules (pitch, star, questions, plan) over shared wording helpers (words); this
face is the one function the pipeline calls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from tailor.checks import compile_ahead as compile_checks_ahead
from tailor.checks import present_is_today, requirements_check, risk_table
from tailor.checks import risks as draft_risks
from tailor.draft.figures import _patterns as figures_patterns
from tailor.draft.pitch import draft_pitch
from tailor.draft.plan import (
    _level_cites,
    draft_checklist,
    draft_priorities,
    draft_snapshot,
    draft_timing,
)
from tailor.draft.questions import draft_questions
from tailor.draft.star import compile_ahead as compile_star_ahead
from tailor.draft.star import draft_star
from tailor.draft.sums import _patterns as sums_patterns
from tailor.draft.verdict import draft_fit_verdict
from tailor.draft.words import _Context, _Item, _own_item, _question_pattern, brief_data
from tailor.fit import asked_skills
from tailor.model import (
    Brief,
    Bullet,
    Claim,
    Fit,
    Line,
    Posting,
    Resume,
    Skills,
)
from tailor.read.text import printed_date


def compile_ahead() -> None:
    """The patterns drafting compiles from brief.json, compiled before a brief is drafted (fit.compile_ahead)."""
    compile_star_ahead()
    data = brief_data()
    compile_checks_ahead(data["requirements"])
    about, fragment, noticed = data["about"], data["star_fragment"], data["questions"]["noticed"]
    for cues in (about["prefer"], about["avoid"], about["refers_back"], data["questions"]["problem_cues"],
                 fragment["openers"], *noticed["interviewer_cues"].values(),
                 noticed["remote_cues"], noticed["on_call_cues"], noticed["rotation_cues"],
                 *(data["snapshot"][f"{kind}_cues"] for kind in ("startup", "established", "product", "internal")),
                 data["pitch"]["outside_field_titles"], data["snapshot"]["funding_cues"],
                 data["snapshot"]["work_cues"]):
        _question_pattern(tuple(cues))
    for spec in data["star"]:  # the evidence a question asks of a story (star._evidenced, star._related)
        for group in spec.get("evidence") or ():
            _question_pattern(tuple(group))
    sums_patterns()
    figures_patterns()


def draft_brief(
    resume: Resume,
    resume_skills: Skills,
    posting: Posting,
    posting_skills: Skills,
    fit: Fit,
    today: dt.date,
    version: str,
) -> Brief:
    """Draft the whole brief; the same inputs always give the same brief."""
    lines = resume.document.lines
    items = tuple(
        _own_item(resume, _Item(role, _without_heading(bullet, lines)))
        for role in resume.roles
        for bullet in role.bullets
    )
    ctx = _Context(resume, resume_skills, posting, asked_skills(posting_skills), fit, items)
    snapshot = draft_snapshot(ctx)
    data = brief_data()["requirements"]
    requirements = requirements_check(resume, resume_skills, posting, posting_skills, ctx.header, data)
    for row in requirements:
        # "Kind of work" is tailor's reading of the cited line (developer productivity, mobile), not a fact the
        # line states in those words: the quoted line is shown beside it for the candidate to judge.
        if row.evidence is not None and row.what != data["kind"]:
            ctx.claim("requirement", row.shows, (row.evidence, *row.also), (row.shows,) if "years" in row.shows else ())
    risks = []
    for risk, said, cites, derived in draft_risks(resume, fit, requirements, ctx.header, data, posting_skills, posting):
        risks.append(risk)
        if said:
            ctx.claim("risk", said, cites, derived)
    table = risk_table(requirements, risks, data, posting, resume)
    fit_verdict = draft_fit_verdict(ctx, table, data["degree"])
    star = draft_star(ctx)
    questions = draft_questions(ctx, snapshot.stack)
    return Brief(
        resume=resume,
        resume_skills=resume_skills,
        posting=posting,
        posting_skills=posting_skills,
        fit=fit,
        snapshot=snapshot,
        pitch=draft_pitch(ctx, table),
        star=star,
        questions=questions,
        checklist=draft_checklist(ctx, star, requirements),
        timing=draft_timing(ctx, star, questions, snapshot.stack),
        priorities=draft_priorities(ctx, star),
        date=today,
        version=version,
        requirements=requirements,
        risks=tuple(risks),
        claims=(*ctx.claims, Claim("level", fit.seniority.shows or fit.seniority.verdict, _level_cites(ctx))),
        as_of_source=_as_of_source(resume),
        fit_verdict=fit_verdict,
        risk_table=table,
    )


def _without_heading(bullet: Bullet, lines: tuple[Line, ...]) -> Bullet:
    """A bullet that runs on into a heading below it ("Shaping our engineering culture Tech Strategy") quoted
    up to the heading: a story is quoted whole, never across a heading line (issue 12, blind review). A heading
    is a line the layout marks, or a short line with no full stop that a new bullet follows."""
    for index in range(bullet.line + 1, min(bullet.line + _BULLET_SPAN, len(lines))):
        line = lines[index]
        if line.bullet:
            break
        after = lines[index + 1] if index + 1 < len(lines) else None
        words = line.text.split()
        # "Tech Strategy" set as a heading: two to four capitalised words, a bullet next; "to" / "Kubernetes"
        # is a wrapped bullet's end, which leaves the words before it unfinished
        titled = 2 <= len(words) <= _HEADING_WORDS and all(w[:1].isupper() for w in words)
        if line.heading or (titled and (after is None or after.bullet or after.heading)):
            cut = bullet.text.rfind(" " + line.text.strip())
            before = bullet.text[:cut].rstrip()
            unfinished = before.split()[-1].lower() in _UNFINISHED_WORDS if before.split() else True
            if cut > 0 and bullet.text.rstrip().endswith(line.text.strip()) and not unfinished:
                return dataclasses.replace(bullet, text=before)
    return bullet


_BULLET_SPAN = 6  # lines a wrapped bullet may run over
_HEADING_WORDS = 4
_UNFINISHED_WORDS = frozenset(
    {"to", "the", "a", "an", "of", "on", "in", "for", "with", "and", "or", "from", "at", "by"}
)


def _as_of_source(resume: Resume) -> str:
    """Where "present" came from: a date the résumé prints, the file's metadata, or the day of the brief."""
    said = brief_data()["as_of"]
    if present_is_today(resume):
        return str(said["today"])
    return str(said["printed" if printed_date(resume.document.lines) == resume.document.date else "metadata"])


__all__ = ["draft_brief"]
