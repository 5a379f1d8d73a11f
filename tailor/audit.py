"""The last check before render: every drafted statement about the candidate against the lines it cites.

A claim passes when each figure, year, employer, job title and skill it names appears in a cited résumé
line or in the header of the role that line belongs to (or is a figure the draft computed from the
résumé's dates, named in `Claim.derived`). A claim that fails is dropped from the brief, or rewritten
without the fact when dropping would leave a hole (a STAR result, the level verdict), and the brief's
appendix says what went and why. The audit never adds a fact: it only takes away.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from tailor.checks import risk_table
from tailor.draft.verdict import plan_sentence, risk_script, risk_sentence
from tailor.draft.words import brief_data
from tailor.fit import as_figures, mentions, whole_word
from tailor.model import (
    AuditNote,
    Brief,
    CheckItem,
    Citation,
    Claim,
    FitVerdict,
    Resume,
    Risk,
    RiskRow,
    Role,
    SectionKind,
    Skills,
    Strength,
    Verdict,
    spoken,
)

# "1,800", "99.95", "2.3M" -> 1800, 99.95, 2.3; a full stop ending a sentence is not part of the number.
# A figure is a whole token: the digits of "1:1s", "Q1", "24/7" or "B2B" are part of a word, not a figure
# (issue 12: a level risk was dropped for "the figure 1" of "1:1s").
_NUMBER = re.compile(r"(?<![\w:/.,])\d+(?:[.,]\d+)*(?![\d:/]|[.,]\d)")
_HEADER_LINES = 4  # a role's title, company, dates and place sit within its first few lines


def audit_brief(brief: Brief) -> Brief:
    """The brief without the claims its citations do not bear out, and a note for each one dropped."""
    failed: list[tuple[Claim, str]] = []
    for claim in brief.claims:
        reason = check_claim(claim, brief.resume, brief.resume_skills, brief.posting_skills)
        if reason:
            failed.append((claim, reason))
    failed += [f for f in misattributed(brief.claims, brief.resume) if all(f[0] is not c for c, _ in failed)]
    if not failed:
        return brief
    return _without(brief, failed)


def check_claim(claim: Claim, resume: Resume, resume_skills: Skills, posting_skills: Skills) -> str | None:
    """None when the claim is borne out by its citations, else why not (in the user's words)."""
    if not claim.cites:
        return "it cites no résumé line"
    if _cut_short(claim.text):
        return "the sentence is cut mid-phrase"
    if _names_skills_list(claim.text) and not any(_in_skills_section(resume, c.line) for c in claim.cites):
        return "it says your skills list names it, but the cited line is not in your skills section"
    support = " \n ".join(_support(resume, c) for c in claim.cites)
    # "two scrum teams" bears out a 2 as well as "2 scrum teams" does
    numbers = {_norm_number(n) for n in _NUMBER.findall(support + " \n " + as_figures(support))}
    numbers |= {_norm_number(n) for d in claim.derived for n in _NUMBER.findall(d)}
    for number in _NUMBER.findall(claim.text):
        if _norm_number(number) not in numbers:
            return f"the figure {number} is not in the cited line"
    for role in resume.roles:
        for name in (role.company, role.title):
            if name and _names(name, claim.text) and not _names(name, support):
                return f"“{spoken(name)}” is not in the cited line or its role"
    cited_lines = {c.line for c in claim.cites}
    for name in _skill_names(resume_skills, posting_skills):
        if not _names(name, claim.text) or _names(name, support):
            continue
        held = resume_skills.get(name)
        on_line = held is not None and any(e.line in cited_lines for e in held.evidence)
        if not (on_line and held is not None and held.strength is Strength.DEMONSTRATED):
            return f"the skill {name} is not shown in the cited line"
    return None


def _names_skills_list(text: str) -> bool:
    """Whether a claim says the résumé's skills list names something, in the brief's own words for it."""
    said = brief_data()["requirements"]["missing_listed"].split("{")[0].strip(" (")
    return said.lower() in text.lower()


def _in_skills_section(resume: Resume, line: int) -> bool:
    """A line of the résumé's skills section: not a role's line of technologies (issue 12, blind review: "your
    skills list names AWS" of a name only a role's "Technologies I worked with" line held)."""
    return any(s.kind is SectionKind.SKILLS and s.first_line <= line <= s.last_line for s in resume.sections)


def misattributed(claims: Iterable[Claim], resume: Resume) -> list[tuple[Claim, str]]:
    """Pitch sentences that sit after one employer's name but cite another employer's line: "At Thamesview
    Health, I lead 45 engineers. I also built the Android team" reads as Thamesview's when the line is Lumen
    Travel's (issue 12). Each sentence is read as being about the employer last named before it."""
    failed = []
    employer: str | None = None
    for claim in (c for c in claims if c.part == "pitch"):
        named = [r.company for r in resume.roles if r.company and _names(r.company, claim.text)]
        roles = [r for r in (_cited_role(resume, c) for c in claim.cites) if r is not None and r.company]
        bullets = [r for r in roles if r.line not in {c.line for c in claim.cites}]
        if named:
            employer = named[0]
        elif bullets and employer and all(r.company != employer for r in bullets):
            other = spoken(bullets[0].company or "")
            failed.append((claim, f"it follows “{spoken(employer)}” but its line is from {other}"))
    return failed


# A sentence that ends on a word that needs more after it ("Ensured the performance of.", "... an API that.")
# or on an ellipsis was cut from a longer line: it cannot be said aloud as it stands.
_CUT_SHORT = re.compile(r"(?i)(?:…|\b(?:a|an|the|of|to|by|and|or|that|with|for|from|into|whose)[.!?]?)$")


def _cut_short(text: str) -> bool:
    return any(_CUT_SHORT.search(s.strip().rstrip(".!?").strip()) for s in re.split(r"(?<=[.!?])\s+", text) if s)


def role_of(resume: Resume, line: int) -> Role | None:
    """The role a document line belongs to: one of its bullets, or its header."""
    return next((role for role in resume.roles if role_of_line(role, line)), None)


def _cited_role(resume: Resume, citation: Citation) -> Role | None:
    """The role a citation rests on. Roles read from one layout block can share a header line; the citation's
    own role label says which it is."""
    named = [r for r in resume.roles if r.label == citation.where and role_of_line(r, citation.line)]
    return named[0] if named else role_of(resume, citation.line)


def role_of_line(role: Role, line: int) -> bool:
    return line == role.line or any(b.line == line for b in role.bullets)


def _support(resume: Resume, citation: Citation) -> str:
    """The cited line with the header of its role: title, employer, dates and place."""
    parts = [citation.text]
    role = _cited_role(resume, citation)
    if role is not None:
        parts.extend(p for p in (role.title, role.company, role.start, role.end, role.location) if p)
        first_bullet = min((b.line for b in role.bullets), default=role.line + _HEADER_LINES)
        end = min(first_bullet, role.line + _HEADER_LINES, len(resume.document.lines))
        parts.extend(resume.document.lines[i].text for i in range(role.line, end))
    return " \n ".join(parts)


def _norm_number(text: str) -> float | str:
    """Numbers compared as numbers: "1,800" is 1800 and "2.50" is 2.5; a version ("3.11.2") as written."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return text


def _names(name: str, text: str) -> bool:
    """Whether `name` appears in `text` as whole words; names with capitals (Go, R) must keep them. No regex
    compiled or run for most of the 6,000 asked of a brief (issue 14)."""
    return whole_word(name, text, not_after="+#") if _cased(name) else mentions(name, text)


@lru_cache(maxsize=4096)
def _cased(name: str) -> bool:
    return any(c.isupper() for c in name[1:]) or len(name) <= 2


def _skill_names(resume_skills: Skills, posting_skills: Skills) -> Iterable[str]:
    return dict.fromkeys((*resume_skills.names(), *posting_skills.names()))


# --- taking failed claims out of the brief ------------------------------------------------------


def _without(brief: Brief, failed: list[tuple[Claim, str]]) -> Brief:
    pitch, star, checklist = brief.pitch, list(brief.star), list(brief.checklist)
    priorities, risks, fit = list(brief.priorities), list(brief.risks), brief.fit
    requirements, fit_verdict = list(brief.requirements), brief.fit_verdict
    notes = []
    for claim, reason in failed:
        part = claim.part
        if part == "pitch":
            pitch = pitch.without(claim.text)
        elif part.startswith("star "):
            index, field = int(part.split()[1]) - 1, part.split()[2]
            changes: dict[str, Any] = {field: _neutral(field)}
            star[index] = dataclasses.replace(star[index], **changes)
        elif part == "checklist":
            checklist = [c for c in checklist if claim.text not in c.text]
        elif part == "priority":
            priorities = [p for p in priorities if claim.text not in p]
        elif part == "risk":
            risks = [_risk_without(r, claim.text) for r in risks if claim.text not in r.text]
        elif part == "requirement":
            requirements = [
                dataclasses.replace(r, verdict=Verdict.CHECK, shows=_neutral(part), evidence=None)
                if r.shows == claim.text
                else r
                for r in requirements
            ]
        elif part == "fit" and fit_verdict is not None:
            kept_sentences = tuple(t for t in fit_verdict.sentences if claim.text not in t)
            fit_verdict = dataclasses.replace(fit_verdict, sentences=kept_sentences)
        elif part == "script" and fit_verdict is not None:
            fit_verdict = dataclasses.replace(fit_verdict, script="")
        elif part == "level":
            verdict = dataclasses.replace(fit.seniority, verdict=_neutral("level"))
            fit = dataclasses.replace(fit, seniority=verdict)
        notes.append(AuditNote(part, claim.text, reason))
    kept = tuple(c for c in brief.claims if all(c is not f for f, _ in failed))
    table = risk_table(requirements, risks, brief_data()["requirements"], brief.posting, brief.resume)
    fit_verdict = _risk_said_again(fit_verdict, brief.risk_table, table, brief.resume)
    # a statement the audit failed is said nowhere else either: the first page, the checklist and the priorities
    # copy the risks' and the table's words (issue 12, blind review: the first page said a risk the appendix
    # called failed and left out)
    gone = [c.text for c, _ in failed if c.text]
    if fit_verdict is not None:
        sentences = tuple(t for t in fit_verdict.sentences if not any(g in t for g in gone))
        fit_verdict = dataclasses.replace(fit_verdict, sentences=sentences)
    checklist = [c for c in checklist if not any(g in c.text for g in gone)]
    priorities = [p for p in priorities if not any(g in p for g in gone)]
    return dataclasses.replace(
        brief,
        pitch=pitch,
        star=tuple(star),
        checklist=tuple(CheckItem(c.text) for c in checklist),
        priorities=tuple(priorities),
        risks=tuple(risks),
        requirements=tuple(requirements),
        risk_table=table,  # the one table shows the risks and requirements as the audit leaves them
        fit_verdict=fit_verdict,
        fit=fit,
        claims=kept,
        audit=(*brief.audit, *notes),
    )


def _risk_without(risk: Risk, said: str) -> Risk:
    """A risk whose row says the failed words about the résumé ("your Acme role's technology list names GraphQL"),
    rewritten without them: the gap stays a risk, said in the words left, or as one to check when none are."""
    if said not in risk.shows and said not in risk.gap:
        return risk
    shows = "; ".join(p for p in risk.shows.split("; ") if said not in p)
    gap = "; ".join(p for p in risk.gap.split("; ") if said not in p)
    if not gap:
        neutral = _neutral("requirement")
        return dataclasses.replace(risk, shows=shows or neutral, gap=neutral, verdict=Verdict.CHECK)
    return dataclasses.replace(risk, shows=shows or gap, gap=gap)


def _risk_said_again(verdict: FitVerdict | None, before: tuple[RiskRow, ...], after: tuple[RiskRow, ...],
                     resume: Resume) -> FitVerdict | None:
    """The first page's risk sentence, plan and script from the table as the audit leaves it: each said from the
    table before the audit is said again from the table after it; a script the audit failed stays out."""
    if verdict is None or before == after:
        return verdict
    data = brief_data()["fit_verdict"]
    again = {risk_sentence(before, data): risk_sentence(after, data)}
    again |= {plan_sentence(before, line, data): plan_sentence(after, line, data) for line in (True, False)}
    sentences = tuple(again.get(t, t) for t in verdict.sentences)
    script = risk_script(after, resume, data)[0] if verdict.script else ""
    return dataclasses.replace(verdict, sentences=tuple(t for t in sentences if t), script=script)


_NEUTRAL = {
    "situation": "Set the scene in a sentence: where you were and what was at stake.",
    "task": "Say what was at stake and which part of it was yours.",
    "action": "Walk through the steps you took yourself, and who you brought along.",
    "result": "No figure yet: add the result you can stand behind.",
    "requirement": "check this against your résumé before the call",
    "level": "Compare the posting's level with your latest role before the call.",
}


def _neutral(field: str) -> str:
    return _NEUTRAL.get(field, "")
