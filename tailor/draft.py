"""Stage 6, draft: résumé + posting + Fit -> Brief (snapshot, pitch, STAR prompts, questions, checklist).

Every sentence is built from a template in tailor/data/brief.json and filled with a fact from one of the
two documents; where the fact is missing the sentence is built without it, never with a placeholder.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from tailor.checks import requirements_check
from tailor.checks import risks as draft_risks
from tailor.fit import (
    area_data,
    area_hits,
    asked_skills,
    best_area,
    bullet_skills,
    cue_pattern,
    largest_team,
    level_step,
    mentions,
    posting_lines,
    team_sizes,
)
from tailor.model import (
    Area,
    Brief,
    Bullet,
    CheckItem,
    Citation,
    Claim,
    Fit,
    Interviewer,
    Need,
    Pitch,
    Posting,
    Question,
    Resume,
    Role,
    SectionKind,
    SkillMatch,
    Skills,
    Snapshot,
    StarPrompt,
    Strength,
    TimingRow,
    spoken,
)
from tailor.resume import find_metrics

MAX_PITCH_ACHIEVEMENTS = 5  # only while the pitch is short of min_words
MAIN_AREA_BONUS = 6.0  # how much a pitch achievement gains when its main topic is the posting's most weighted area
OLD_STORY_YEARS = 7
AREA_ONLY_PENALTY = 3.0  # a bullet that fits a question's area but none of its cues tells the story less well
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# "cutting p99 latency from 820 ms to 140 ms": what changed, and its value before. Commas inside numbers are kept.
_NOT_CLAUSE_END = r"(?:[^,;]|,(?=\d{3}))"
_FROM_TO = re.compile(
    rf"(?i)((?:[\w/%-]+ ){{1,4}})from ({_NOT_CLAUSE_END}+?) to ({_NOT_CLAUSE_END}+?)(?=[,;.](?!\d)|$| in | with | for | and )"
)
_CLAUSE_END = re.compile(r",\s|;\s|\s—\s|\s–\s|:\s")


@dataclass(frozen=True)
class _Item:
    """A résumé bullet with the role it belongs to."""

    role: Role
    bullet: Bullet

    def citation(self) -> Citation:
        return Citation(self.bullet.text, self.role.label, self.bullet.line)


@dataclass(frozen=True)
class _Context:
    """Everything the brief's parts are drafted from."""

    resume: Resume
    resume_skills: Skills
    posting: Posting
    posting_skills: Skills
    fit: Fit
    items: tuple[_Item, ...]
    # Every statement about the candidate, with the lines it rests on, gathered as the parts are drafted
    # and handed to audit.py (the one mutable value here: filled once, in drafting order).
    claims: list[Claim] = field(default_factory=list)

    def claim(self, part: str, text: str, cites: Iterable[Citation], derived: Iterable[str] = ()) -> None:
        self.claims.append(Claim(part, text, tuple(dict.fromkeys(cites)), tuple(derived)))

    def header(self, role: Role) -> Citation:
        """A role's header as a citation: what a claim about its title, employer or dates rests on."""
        lines = self.resume.document.lines
        text = lines[role.line].text if 0 <= role.line < len(lines) else role.label
        return Citation(text, role.label, role.line)

    @property
    def company(self) -> str | None:
        return self.posting.company

    def weight(self, area: Area) -> float:
        return self.fit.area(area).weight


@cache
def brief_data() -> dict[str, Any]:
    """The sentence templates of tailor/data/brief.json."""
    data: dict[str, Any] = json.loads((files("tailor") / "data" / "brief.json").read_text("utf-8"))
    return data


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
    items = tuple(_Item(role, bullet) for role in resume.roles for bullet in role.bullets)
    ctx = _Context(resume, resume_skills, posting, asked_skills(posting_skills), fit, items)
    snapshot = draft_snapshot(ctx)
    data = brief_data()["requirements"]
    requirements = requirements_check(resume, resume_skills, posting, posting_skills, ctx.header, data)
    for row in requirements:
        # "Kind of work" is tailor's reading of the cited line (developer productivity, mobile), not a fact the
        # line states in those words: the quoted line is shown beside it for the candidate to judge.
        if row.evidence is not None and row.what != data["kind"]:
            ctx.claim("requirement", row.shows, (row.evidence,), (row.shows,) if "years" in row.shows else ())
    risks = []
    for risk, said, cites, derived in draft_risks(resume, fit, requirements, ctx.header, data):
        risks.append(risk)
        if said:
            ctx.claim("risk", said, cites, derived)
    star = draft_star(ctx)
    questions = draft_questions(ctx, snapshot.stack)
    return Brief(
        resume=resume,
        resume_skills=resume_skills,
        posting=posting,
        posting_skills=posting_skills,
        fit=fit,
        snapshot=snapshot,
        pitch=draft_pitch(ctx),
        star=star,
        questions=questions,
        checklist=draft_checklist(ctx, star, questions),
        timing=draft_timing(ctx, star, questions, snapshot.stack),
        priorities=draft_priorities(ctx, star),
        date=today,
        version=version,
        requirements=requirements,
        risks=tuple(risks),
        claims=(*ctx.claims, Claim("level", fit.seniority.shows or fit.seniority.verdict, _level_cites(ctx))),
    )


# --- shared wording helpers ---------------------------------------------------------------------


def _clean(text: str) -> str:
    """A bullet ready to quote inside a sentence: no parentheticals, no trailing full stop."""
    return re.sub(r"\s+", " ", _PARENS.sub("", text)).strip().rstrip(".;:")


def _lower_first(text: str) -> str:
    # Keep acronyms and names ("AWS", "Kafka", "ScalePost.ai") as printed; only a capitalised ordinary word is lowered.
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and "." not in first.rstrip(".,;:"):
        return text[0].lower() + text[1:]
    return text


def _join(names: Iterable[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _clip(text: str, words: int) -> str:
    """At most `words` words, cut at a clause boundary when one falls late enough, else with an ellipsis."""
    text = _clean(text)
    if len(text.split()) <= words:
        return text
    kept = ""
    for clause in _clauses(text):
        joined = f"{kept}, {clause}" if kept else clause
        if len(joined.split()) > words:
            break
        kept = joined
    kept = re.sub(r"(?i)[\s,;:]+(?:and|or|but)?[\s,;:]*$", "", kept)
    if len(kept.split()) >= words // 3:
        return kept
    return " ".join(text.split()[:words]).rstrip(",;:—– ") + "…"


def _clauses(text: str) -> list[str]:
    """A sentence split at ", ", "; " and dashes, but not inside quotes, brackets or numbers like 1,800."""
    clauses, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "(“[":
            depth += 1
        elif char in ")”]":
            depth = max(0, depth - 1)
        elif char == '"':
            depth += -1 if depth else 1
        elif depth == 0 and text.startswith((", ", "; ", " — ", " – "), index):
            clauses.append(text[start:index].strip())
            start = index + 2
    clauses.append(text[start:].strip(" —–"))
    return [c for c in clauses if c]


def _sentence(text: str) -> str:
    """A template's output with the doubled stops a clipped quote leaves ("…." and "..") folded."""
    return text.replace("….", "…").replace("..", ".").replace("?.", "?")


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _date(value: str | None) -> str:
    if value is None:
        return ""
    if value == "present":
        return "present"
    if re.fullmatch(r"\d{4}-\d{2}", value) and 1 <= int(value[5:]) <= 12:
        return f"{_MONTHS[int(value[5:]) - 1]} {value[:4]}"
    return value


def _period(role: Role) -> str:
    start, end = _date(role.start), _date(role.end)
    if start and end:
        return f"{start} – {end}"
    return start or end


def _role_name(role: Role) -> str:
    return " at ".join(p for p in (role.title, role.company) if p) or "a role"


def _where(citation: Citation) -> str:
    return f"{citation.where}, line {citation.line + 1}"


def _first_person(text: str) -> str | None:
    """The bullet as "I <verb> ..." when it opens with the candidate's verb, else None."""
    text = _clean(text)
    first = text.split(" ", 1)[0].lower() if text else ""
    verbs = brief_data()["verbs"]
    if first.endswith("ed") or first in verbs["past"] or first in verbs["present"]:
        return _lower_first(text)
    return None


def _latest_role(resume: Resume) -> Role | None:
    return next((r for r in resume.roles if not r.internship), resume.roles[0] if resume.roles else None)


def _technical(ctx: _Context, names: Iterable[str]) -> list[str]:
    """The names that are technologies (Go, Kafka), not practices, fields or competencies."""
    return [n for n in names if _is_technology(ctx, n)]


def _is_technology(ctx: _Context, name: str) -> bool:
    kinds = {c.lower() for c in area_data()["technology_categories"]}
    skill = ctx.posting_skills.get(name) or ctx.resume_skills.get(name)
    # Technologies are proper names (Go, gRPC, S3); "batch processing" or "infrastructure" are concepts.
    named = any(c.isupper() or c.isdigit() for c in name)
    return skill is not None and named and skill.category.lower() in kinds


# --- snapshot -----------------------------------------------------------------------------------


def draft_snapshot(ctx: _Context) -> Snapshot:
    posting = ctx.posting
    stack = [s.name for s in ctx.posting_skills.items if s.need is Need.STACK]
    required = [s.name for s in ctx.posting_skills.items if s.need is Need.REQUIRED]
    names = tuple(dict.fromkeys(_technical(ctx, [*stack, *required])))
    data = brief_data()["snapshot"]
    company = posting.company or data["company_fallback"]
    stack_clause = f" with {_join(names[:3])}" if names else ""
    research = [
        line.format(company=company, company_s=_possessive(company), stack=stack_clause) for line in data["research"]
    ]
    if posting.reports_to:
        research.append(data["research_reports_to"].format(reports_to=posting.reports_to))
    return Snapshot(
        what=posting.about,
        stack=names,
        team=posting.team,
        reports_to=posting.reports_to,
        research=tuple(research),
    )


# --- pitch --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """One pitch sentence and where its facts came from."""

    text: str
    sources: tuple[str, ...]
    cites: tuple[Citation, ...] = ()  # résumé lines it rests on; () for what it says about the company
    derived: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())


def draft_pitch(ctx: _Context) -> Pitch:
    """About a minute read aloud: who, what you achieved that fits, why this company, what you bring."""
    data = brief_data()["pitch"]
    intro = _pitch_intro(ctx)
    closing = [p for p in (_pitch_company(ctx), _pitch_value(ctx)) if p]
    chosen: list[_Item] = []
    achievements: list[_Part] = []
    before: _Part | None = None
    # Achievements, then the earlier role, join while the pitch is short of a minute and stay within it.
    skipped: list[_Item] = []
    said: list[tuple[_Item, int, str]] = []
    while len(chosen) < MAX_PITCH_ACHIEVEMENTS:
        words = sum(p.words for p in (intro, *achievements, *closing))
        item = _best_achievement(ctx, exclude=tuple(chosen), skip=tuple(skipped))
        if item is None or (chosen and words >= data["min_words"]):
            break
        budget = 40 if not chosen else 30
        sentence = _best_sentence(ctx, item.bullet.text)
        # A bullet cut mid-phrase ("Ensured the performance.") or with "…" cannot be said aloud: another
        # bullet, or none, is better (issue 12).
        if not _sayable(_compact(sentence, budget), sentence):
            skipped.append(item)
            continue
        part = _achievement(item, len(chosen), budget, sentence, chosen[-1] if chosen else None)
        if chosen and words + part.words > data["max_words"]:
            break
        chosen.append(item)
        achievements.append(part)
        said.append((item, budget, sentence))
    # Said employer by employer, latest first, so each result sits after the employer it belongs to.
    said.sort(key=lambda s: ctx.resume.roles.index(s[0].role))
    achievements = [
        _achievement(item, n, budget, sentence, said[n - 1][0] if n else None)
        for n, (item, budget, sentence) in enumerate(said)
    ]
    candidate = _pitch_before(ctx)
    if candidate and sum(p.words for p in (intro, *achievements, *closing)) + candidate.words <= data["max_words"]:
        before = candidate
    parts = [p for p in (intro, before, *achievements, *closing) if p]
    for part in parts:
        if part.cites:
            ctx.claim("pitch", part.text, part.cites, part.derived)
    text = " ".join(p.text for p in parts)
    return Pitch(text=text, words=len(text.split()), sources=tuple(s for p in parts for s in p.sources))


def _pitch_intro(ctx: _Context) -> _Part:
    """Title and employer as printed (said as a person writes them), the years, and the domain the bullets show.
    No skill list: a listed or implied skill said as experience is how a pitch comes to invent (issue 12)."""
    data = brief_data()["pitch"]
    role = _latest_role(ctx.resume)
    title = spoken(role.title) if role and role.title else "engineer"
    at = ""
    if role and role.company:
        at = (data["at_current"] if role.end in (None, "present") else data["at_past"]).format(
            company=spoken(role.company)
        )
    years = ctx.resume.years_experience
    with_years = years is not None and years >= 1
    domains = _pitch_domains(ctx)
    names = [name for name, _ in domains]
    domain = data["domain" if with_years else "domain_without_years"].format(domain=_join(names)) if domains else ""
    sources = [f"role: {role.label}" + (f" ({_period(role)})" if _period(role) else "")] if role else []
    derived: list[str] = []
    if with_years:
        sources.append(f"years: {int(years or 0)}, {_years_source(ctx.resume)}")
        derived.append(_years_phrase(years or 0))
    template = data["intro" if with_years else "intro_without_years"]
    text = template.format(article=_article(title), title=title, at=at, years=_years_phrase(years or 0), domain=domain)
    if domains:
        sources.append(f"domain: {_join(names)}, shown in your bullets")
    cites = ([ctx.header(role)] if role else []) + [c for _, c in domains]
    return _Part(text, tuple(sources), tuple(cites), tuple(derived))


def _years_phrase(years: float) -> str:
    """10.9 years said aloud is "nearly 11 years", 10.4 "over 10 years", 10.1 "10 years"."""
    phrases = brief_data()["pitch"]["years"]
    whole, part = int(years), years - int(years)
    if part >= 0.75:
        return phrases["nearly"].format(n=whole + 1)
    if part >= 0.25:
        return phrases["over_one" if whole == 1 else "over"].format(n=whole)
    return phrases["one" if whole == 1 else "exact"].format(n=whole)


def _pitch_domains(ctx: _Context) -> list[tuple[str, Citation]]:
    """Up to two industries the résumé's bullets show (payments, logistics), those the posting names first,
    each with the bullet that shows it; a domain only in a skills list or summary is not said."""
    kinds = {k.lower() for k in brief_data()["pitch"]["domain_categories"]}
    by_line = {item.bullet.line: item for item in ctx.items}
    held = []
    for skill in ctx.resume_skills.items:
        shown = [by_line[e.line] for e in skill.evidence if e.line in by_line]
        if skill.category.lower() in kinds and skill.strength is Strength.DEMONSTRATED and shown:
            held.append((skill, shown[0].citation()))
    asked = set(ctx.posting_skills.names())
    ranked = sorted(held, key=lambda h: (h[0].name not in asked, -len(h[0].evidence), h[0].name.lower()))
    suffix = re.compile(r"(?i)\s+(?:industry|sector)$")
    said = brief_data()["pitch"]["domain_spoken"]
    return [(said.get(s.name, suffix.sub("", s.name)), cite) for s, cite in ranked[:2]]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _pitch_before(ctx: _Context) -> _Part | None:
    """The role before the latest one, in one short sentence."""
    roles = [r for r in ctx.resume.roles if not r.internship]
    role = roles[1] if len(roles) > 1 else None
    if role is None or not role.company:
        return None
    data = brief_data()["pitch"]
    company = role.company
    same = company == roles[0].company
    if same and role.title:
        # Promotions inside one company: the first title there is what the candidate joined as (issue 12).
        role = [r for r in itertools.takewhile(lambda r: r.company == company, roles) if r.title][-1]
    if role.title:
        title = spoken(role.title)
        # A promotion inside one company: "I joined Acme as a Software Engineer", not "Before that, at Acme".
        key = "before_same_company" if same else "before"
        text = data[key].format(article=_article(title), title=title, company=spoken(company))
    else:
        text = data["before_without_title"].format(company=company)
    period = f" ({_period(role)})" if _period(role) else ""
    return _Part(text, (f"earlier role: {role.label}{period}",), (ctx.header(role),))


def _years_source(resume: Resume) -> str:
    counted = [r for r in resume.roles if not r.internship]
    starts = [y for y in (_year(r.start) for r in counted) if y]
    ends = ["present" if r.end == "present" else str(_year(r.end) or "") for r in counted]
    last = "present" if "present" in ends else max((e for e in ends if e), default="")
    span = f", {min(starts)}–{last}" if starts and last else ""
    interns = len(resume.roles) - len(counted)
    left_out = "" if not interns else " (the internship not counted)" if interns == 1 else " (internships not counted)"
    return f"from {len(counted)} roles{left_out}{span}"


def _item_value(ctx: _Context, item: _Item) -> float:
    """How well a bullet sells the candidate for this posting: areas it shows, posting skills, figures."""
    text = item.bullet.text
    areas = sum(ctx.weight(a) * min(area_hits(a, text), 3) for a in Area)
    asked = sum(1 for s in ctx.posting_skills.items if mentions(s.name, text))
    figures = 3 * min(len(item.bullet.metrics), 2)
    recency = 1.0 / (1 + ctx.resume.roles.index(item.role))
    # The bullet's main topic should be what this posting weighs most: people for a VP, systems for a Staff role.
    main = best_area(text)
    top = max(ctx.weight(a) for a in Area) or 1.0
    focus = MAIN_AREA_BONUS * ctx.weight(main) / top if main else 0.0
    return focus + areas + asked + figures + recency


def _best_achievement(ctx: _Context, exclude: tuple[_Item, ...], skip: tuple[_Item, ...] = ()) -> _Item | None:
    pool = [i for i in ctx.items if i not in exclude and i not in skip and not i.role.internship]
    # An achievement has a figure or at least opens with what the candidate did; a keyword list is neither.
    quantified = [i for i in pool if i.bullet.metrics] or [i for i in pool if _first_person(i.bullet.text)]
    # A further achievement should show another side of the candidate, not the areas already shown.
    shown = {a for item in exclude for a in Area if area_hits(a, item.bullet.text)}
    fresh = [i for i in quantified if not shown >= {a for a in Area if area_hits(a, i.bullet.text)}]
    ranked = sorted(fresh or quantified, key=lambda i: (-_item_value(ctx, i), i.bullet.line))
    return ranked[0] if ranked else None


def _achievement(item: _Item, index: int, words: int, sentence: str | None = None, after: _Item | None = None) -> _Part:
    """The first achievement names the company; later ones say "I also", or name their own company when the one
    before was at another (issue 12: a Lumen Travel bullet read as Thamesview Health's). `sentence`: the part
    of the bullet to say, when it holds several sentences."""
    data = brief_data()["pitch"]
    text = _compact(sentence or item.bullet.text, words)
    first_person = _first_person(text)
    company = spoken(item.role.company or item.role.title or "my last role")
    elsewhere = after is not None and after.role.company != item.role.company
    if index == 0 or elsewhere:
        key = "achievement" if index == 0 else "elsewhere"
        template = data[f"{key}_verb"] if first_person else data[f"{key}_plain"]
        sentence = template.format(company=company, text=first_person or _lower_first(text))
    else:
        templates = data["further_verb"] if first_person else data["further_plain"]
        sentence = templates[(index - 1) % len(templates)].format(text=first_person or _lower_first(text))
    label = "achievement" if index == 0 else "further achievement"
    return _Part(_sentence(sentence), (f"{label}: {_where(item.citation())}",), (item.citation(),))


def _best_sentence(ctx: _Context, text: str) -> str:
    """A bullet written as a paragraph said by its one sentence that sells best for this posting (figures,
    the areas it weighs, the skills it asks for); a one-sentence bullet as it is."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", _clean(text)) if s.strip()]
    if len(sentences) < 2:
        return text

    def value(index: int) -> tuple[float, int]:
        said = sentences[index]
        # each area once: a sentence saying "team" three times is not three times about teams
        areas = sum(ctx.weight(a) for a in Area if area_hits(a, said))
        asked = sum(1 for skill in ctx.posting_skills.items if mentions(skill.name, said))
        # as for whole bullets (_item_value): its main topic should be what the posting weighs most
        main = best_area(said)
        focus = MAIN_AREA_BONUS * ctx.weight(main) / (max(ctx.weight(a) for a in Area) or 1.0) if main else 0.0
        return (3 * bool(_DIGIT.search(said)) + focus + areas + asked + bool(_first_person(said)), -index)

    return sentences[max(range(len(sentences)), key=value)]


def _sayable(kept: str, clean: str) -> bool:
    """Whether a bullet cut to `kept` still reads as a sentence: no "…", and no cut through a list or a
    phrase ("Ensured the performance" of "Ensured the performance, quality, and responsiveness of ...")."""
    if "…" in kept:
        return False
    clauses = _clauses(_clean(clean))
    return not any(
        clause in kept and after not in kept and _phrase_piece(after) for clause, after in itertools.pairwise(clauses)
    )


def _phrase_piece(clause: str) -> bool:
    """A short clause with no verb of its own ("quality", "and responsiveness of applications", "old system"):
    a piece of the phrase before it, not a clause that can be left out."""
    words = re.sub(r"(?i)^(?:and|or)\s+", "", clause).split()
    if not words:
        return False
    first = words[0].lower()
    verbs = brief_data()["verbs"]
    verb = first.endswith(("ing", "ed")) or first in verbs["past"] or first in verbs["present"]
    return not verb and len(words) <= 4


def _compact(text: str, words: int) -> str:
    """A bullet said in at most `words` words: what was done, then the clauses that hold its figures.

    "Ran the evaluation: chose X over Y and built Z, saving $310K" keeps "Ran the evaluation, saving $310K";
    the figure is why the bullet was chosen, so it is the last thing to cut.
    """
    clean = _clean(text)
    if len(clean.split()) <= words:
        return clean
    clauses = _clauses(clean)
    head = clauses[0].split(": ", 1)[0]
    if _DIGIT.search(clauses[0]) and not _DIGIT.search(head):
        head = clauses[0]
    kept = _clip(head, words)
    for clause in clauses[1:]:
        # "raising throughput from A to B and cutting latency from C to D": the first figure alone fits.
        for part in (clause, clause.split(" and ", 1)[0]):
            if _DIGIT.search(part) and len(kept.split()) + len(part.split()) <= words:
                kept = f"{kept}, {part}"
                break
    if kept == head and ": " in clauses[0] and not _DIGIT.search(clauses[0]):
        return _clip(clean, words)
    return kept


def _pitch_company(ctx: _Context) -> _Part | None:
    data = brief_data()["pitch"]
    posting = ctx.posting
    about = _about_sentence(posting)
    if about and posting.company:
        return _Part(_sentence(_company_sentence(about, posting.company)), ("company: the posting's About",))
    title = _role_title(posting.title) if posting.title else None
    if title and posting.company:
        return _Part(data["company_role"].format(title=title, company=posting.company), ("company: posting",))
    if title:
        return _Part(data["company_role_without_company"].format(title=title), ("role: posting title",))
    if posting.company:
        return _Part(data["company_plain"].format(company=posting.company), ("company: posting header",))
    return None


def _role_title(title: str) -> str:
    """ "Engineering Manager- Ruby on Rails" or "Director (Developer Productivity)" said as "Engineering Manager"."""
    return re.split(r"\s*(?:[-–—]\s|\(|,|\|)", title, maxsplit=1)[0].strip() or title


def _company_sentence(about: str, company: str) -> str:
    """Why this company, said to its people: "I'm drawn to Kilnworth because it automates ...", from its one
    clause that says what the company does (the rest of the sentence is figures and lists, not a reason)."""
    data = brief_data()["pitch"]["company"]
    text = _about_clip(about, brief_data()["pitch"]["about_words"])
    named = re.match(rf"(?i){re.escape(company)}(?:\.[a-z]{{2,}})*\s+", text)  # "Acme" or "Acme.ai" as subject
    if named:
        return data["subject"].format(company=company, rest=text[named.end() :])
    doing = re.match(r"^([A-Z][a-z]+ing)\b(.+?)(?:\s+(?:at|for)\s+" + re.escape(company) + r"\b|\s+is\b|$)", text)
    if doing:  # "Building a new mental healthcare system at Headway is only possible ..."
        return data["doing"].format(company=company, doing=_lower_first(doing.group(1)) + doing.group(2))
    mission = re.match(r"(?i)^our mission is(?: (?!to\b)[^:]{0,40}:)?\s*(?:to\s+)?(.+)$", text)
    if mission:
        return data["mission"].format(company=_possessive(company), mission=mission.group(1).replace(": ", " — "))
    if _CLAUSE_SUBJECT.search(text):
        return data["clause"].format(company=company, about=_lower_first(_second_person(text)))
    return data["fragment"].format(company=company, about=_second_person(text))


# A sentence the pitch can follow with "because": it has a subject of its own.
_CLAUSE_SUBJECT = re.compile(r"(?i)\b(?:we|our|it|they|is|are|has|have)\b")


def _about_clip(text: str, words: int) -> str:
    """A long About sentence said by its first clause when that clause says enough (six words or more), else cut
    at a clause boundary; a list cut short gets back its "and"."""
    clean = _clean(text)
    first = _clauses(clean)[0]
    if len(clean.split()) > 20 and 6 <= len(first.split()) <= words:
        return first
    clipped = _clip(clean, words)
    if clipped == clean or clipped.endswith("…"):
        return clipped
    clauses = _clauses(clipped)
    if len(clauses) > 2 and not re.match(r"(?i)(?:and|or|but|so|which|while)\b", clauses[-1]):
        return ", ".join(clauses[:-1]) + ", and " + clauses[-1]
    return clipped


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _about_sentence(posting: Posting) -> str:
    """The sentence of the posting's About text that best says what the company does or wants to change:
    its product, mission or problem. Never its size, funding, team, culture or legal text (issue 12: "the
    engineering team at Headway is a small but mighty team using technology to build that future"); ""
    when no sentence says it."""
    data = brief_data()["about"]
    prefer, avoid = _question_pattern(tuple(data["prefer"])), _question_pattern(tuple(data["avoid"]))
    refers = _question_pattern(tuple(data["refers_back"]))
    company = (posting.company or "").lower()
    sentences = list(dict.fromkeys(s for line in _about_lines(posting) for s in _sentences(line)))

    def value(sentence: str) -> int:
        # "Kilnworth automates accounts receivable" says best what the company does.
        named = bool(company) and sentence.lower().startswith(f"{company} ")
        doing = re.match(r"[A-Z][a-z]+ing\b", sentence) is not None and company in sentence.lower()
        return (
            min(len(prefer.findall(sentence)), 2)
            + 3 * named
            + 2 * doing
            - 3 * len(avoid.findall(sentence))
            - 3 * bool(refers.search(sentence))
        )

    ranked = [(value(s), -i, s) for i, s in enumerate(sentences) if len(s.split()) >= 6]
    best = max(ranked, default=None)
    return best[2] if best and best[0] >= 0 else ""


_PRONOUNS = {
    "we": "you",
    "our": "your",
    "ours": "yours",
    "us": "you",
    "we're": "you're",
    "we’re": "you’re",
    "we've": "you've",
    "we’ve": "you’ve",
    "ourselves": "yourselves",
}


def _second_person(text: str) -> str:
    """The company's "we build" as the candidate says it: "you build"."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        new = _PRONOUNS[word.lower()]
        return new.capitalize() if word[0].isupper() else new

    return re.sub(r"(?i)\b(?:we(?:['’](?:re|ve))?|ours(?:elves)?|our|us)\b", swap, text)


def _pitch_value(ctx: _Context) -> _Part | None:
    """What the candidate would do here: the posting's task closest to the areas where the résumé is strongest
    for it. Said as an intention, not as experience: the achievements before it are the evidence."""
    data = brief_data()["pitch"]
    strong = sorted(Area, key=lambda a: (-ctx.weight(a) * ctx.fit.area(a).score, list(Area).index(a)))[:2]
    # a leadership signal cut out of a longer sentence ("Lead before directly managing teams") is no task to say
    said = [line.text.lower() for line in ctx.posting.document.lines]
    lines = [
        t
        for t in ctx.posting.leadership_signals
        if any(re.search(rf"(?:^|[.:;!?]\s|^[\s\-•*·]+){re.escape(t.lower())}", line) for line in said)
    ]
    tasks = [t for t in (*ctx.posting.responsibilities, *lines) if _gerund_task(t)]
    if not tasks:
        return None
    best = max(tasks, key=lambda t: (sum(area_hits(a, t) for a in strong), -tasks.index(t)))
    text = data["value_task"].format(task=_second_person(_gerund_task(best) or ""))
    return _Part(text, (f"value: posting line “{_clip(best, 12)}”",))


def _gerund_task(line: str) -> str | None:
    """ "Build the platform" -> "building the platform"; None when the line does not open with a verb."""
    text = _clip(line, 20)
    head = text.split(": ", 1)[0]
    if len(head.split()) >= 2:  # "Hire 3 engineers this year: own the plan, ..." -> its headline
        text = head
    text = re.split(r"(?i),?\s+(?:including|such as|e\.g\.)\s", text, maxsplit=1)[0]  # the task, not its list
    text = re.sub(r"(?i)[\s,;:]+(?:and|or|but)?[\s,;:]*$", "", text)
    if _UNFINISHED.search(text):  # cut mid-phrase ("... an industry-leading API that"): not sayable
        return None
    lowered = text.lower()
    for prefix in brief_data()["value_strip"]:
        if lowered.startswith(prefix + " "):
            text = text[len(prefix) + 1 :]
            break
    words = text.split(" ", 1)
    verb = _base_verb(words[0].lower())
    if verb is None:
        return None
    rest = " " + words[1] if len(words) > 1 else ""

    # "Hire and mentor engineers", "Grows members and builds a team" -> "hiring and mentoring", "and building"
    def gerund(match: re.Match[str]) -> str:
        base = _base_verb(match.group(2))
        return f"{match.group(1)}{_ing(base)}" if base else match.group(0)

    return _ing(verb) + re.sub(r"(,\s(?:and\s|or\s)?|\band\s|\bor\s)([a-z]+)\b", gerund, rest)


def _base_verb(word: str) -> str | None:
    """A posting's task verb as its base: "build" and "builds" (a duty list in the third person) are "build"."""
    verbs = _task_verbs()
    if word in verbs:
        return word
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)] in verbs:
            return word[: -len(cut)]
    return None


def _task_verbs() -> frozenset[str]:
    return frozenset(brief_data()["verbs"]["present"])


def _ing(verb: str) -> str:
    if verb == "be":
        return "being"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):  # short verbs double the consonant: set, run, plan
        return verb + verb[-1] + "ing"
    return verb + "ing"


# --- STAR prompts -------------------------------------------------------------------------------


def draft_star(ctx: _Context) -> tuple[StarPrompt, ...]:
    """The eight classic questions, each with the one résumé bullet that makes the best story.

    An assignment problem: a bullet is a candidate for a question only when it names the question's subject
    (a system for a scaling story, people for mentoring) and at least one of its cues, and does not tell
    another story (a frontend bullet for a backend question); each candidate pair is scored by the cues it
    shares with the question (those saying its own meaning count most), what this posting stresses, recency
    and a figure, and the assignment with the largest total is taken, each bullet telling one story.
    Eight questions make this exact and small (bullets x 2^8 states).
    """
    specs = brief_data()["star"]
    options: dict[int, list[tuple[int, float]]] = {}  # bullet index -> (question, score)
    for index, spec in enumerate(specs):
        for n, score in _rank_for_question(ctx, spec):
            options.setdefault(n, []).append((index, score))
    chosen = _assign(len(ctx.items), len(specs), options)
    return tuple(
        _star_prompt(ctx, spec, (ctx.items[chosen[i]],) if i in chosen else ()) for i, spec in enumerate(specs)
    )


def _assign(bullets: int, questions: int, options: dict[int, list[tuple[int, float]]]) -> dict[int, int]:
    """The question -> bullet assignment with the largest total score (dynamic programming over which
    questions are filled); ties go to earlier bullets, so the same inputs always give the same stories."""
    best: dict[int, tuple[float, tuple[tuple[int, int], ...]]] = {0: (0.0, ())}
    for n in range(bullets):
        step = dict(best)
        for mask, (total, picks) in best.items():
            for question, score in options.get(n, ()):
                if score <= 0 or mask & (1 << question):
                    continue
                new = mask | (1 << question)
                if new not in step or total + score > step[new][0] + 1e-9:
                    step[new] = (total + score, (*picks, (question, n)))
        best = step
    _, picks = max(best.values(), key=lambda v: (v[0], -len(v[1])))
    return dict(picks)


def _story_value(ctx: _Context, area: Area, item: _Item) -> float:
    """What makes a bullet a good story for any question: its area, this posting's stress, recency, a figure."""
    recency = 1.0 / (1 + ctx.resume.roles.index(item.role))
    return (
        min(area_hits(area, item.bullet.text), 3)
        + 4 * ctx.weight(area)
        + 2 * recency
        + 2 * _has_figure(item.bullet)
        - 3 * item.role.internship
    )


def _has_figure(bullet: Bullet) -> bool:
    """A team size, users, money, a percentage, a multiplier or a volume: in the bullet's metrics or its text
    ("used by 30 product teams" counts too). A year, a version ("Rails 5", "Python 3.11") or a model
    number is not a result (issue 12: "8 of 8 stories have a figure" counted the 5 of "Rails 5")."""
    return bool(_metrics(bullet) or team_sizes(bullet.text) or _counts(bullet.text))


def _metrics(bullet: Bullet) -> list[str]:
    """The bullet's metrics that hold a number: "a team of engineers" is a team, not a team size."""
    return [m.text for m in (bullet.metrics or find_metrics(bullet.text)) if _DIGIT.search(m.text)]


def _counts(text: str) -> list[str]:
    """Numbers that count something ("30 product teams", "40+ carriers"): a number followed by a lower-case
    word, not a year and not a version after a name ("Rails 5", "Java 8 services")."""
    found = []
    for match in _COUNT.finditer(_YEAR.sub(" ", text)):
        before = text[: match.start()].split()
        if before and before[-1][:1].isupper() and len(before) > 1:
            continue
        found.append(match.group(0))
    return found


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COUNT = re.compile(r"(?<![\w.$])\d[\d,.]*\+?\s+[a-z][a-z-]+")


def _rank_for_question(ctx: _Context, spec: dict[str, Any]) -> list[tuple[int, float]]:
    """The bullets that tell a question's story (by index), with how well each tells it."""
    pattern, strong = _question_pattern(tuple(spec["cues"])), _question_pattern(tuple(spec["strong"]))
    subject, avoid = _question_pattern(tuple(spec["subject"])), _question_pattern(tuple(spec["avoid"] or ["\x00"]))
    area = Area(spec["area"])
    asked = ctx.posting_skills.names()
    ranked = []
    for n, item in enumerate(ctx.items):
        text = item.bullet.text
        cues = {m.group(0).lower() for m in pattern.finditer(text)}
        meaning = {m.group(0).lower() for m in strong.finditer(text)}
        if not (meaning if spec.get("needs_strong") else cues | meaning):
            continue
        named = bullet_skills(item.bullet, {}, asked)
        # a technology the bullet names is a system to scale, design or buy ("chose PagerDuty")
        if not (
            subject.search(text)
            or (spec.get("technology_subject") and _technical(ctx, named))
            or (spec.get("strong_implies_subject") and meaning)
        ):
            continue
        if avoid.search(text) and not meaning:
            continue
        skills = min(len(named), 3)
        fit = 3 * len(meaning) + 1.5 * len(cues - meaning) + skills
        # a broad question ("what do you expect from a senior") takes a story only where no narrower one fits better
        ranked.append((n, spec.get("breadth", 1.0) * (fit + _story_value(ctx, area, item))))
    return ranked


@cache
def _question_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return cue_pattern(cues)


def _star_prompt(ctx: _Context, spec: dict[str, Any], stories: tuple[_Item, ...]) -> StarPrompt:
    scaffold = brief_data()["star_scaffold"]
    area = Area(spec["area"])
    common = {"question": spec["question"], "assesses": spec["assesses"], "area": area, "label": spec["label"]}
    if not stories:
        return StarPrompt(
            **common,
            stories=(),
            situation=scaffold["empty_situation"].format(recall=spec["recall"]),
            task=scaffold["empty_task"],
            action=scaffold["empty_action"],
            result=scaffold["empty_result"],
            missing=(brief_data()["missing"]["no_story"].format(recall=spec["recall"]), spec["tip"]),
        )
    primary = stories[0]
    number = next(i for i, s in enumerate(brief_data()["star"], 1) if s is spec)
    told = _story_sentence(primary.bullet, spec)
    prompt = StarPrompt(
        **common,
        stories=tuple(s.citation() for s in stories),
        situation=_situation(primary.role),
        task=_task(told.text, spec, number),
        action=_action(ctx, told, spec, number),
        result=_result(told, spec, number),
        missing=_missing(ctx, spec, primary),
        why=_why(ctx, spec, primary),
    )
    own = _why_reasons(ctx, spec, primary)
    ctx.claim(f"star {number} situation", prompt.situation, (ctx.header(primary.role),))
    for name in ("task", "action", "result"):
        ctx.claim(f"star {number} {name}", getattr(prompt, name), (primary.citation(),))
    if own:
        ctx.claim(f"star {number} why", "; ".join(own), (primary.citation(), ctx.header(primary.role)))
    return prompt


def _story_sentence(bullet: Bullet, spec: dict[str, Any]) -> Bullet:
    """A bullet written as a paragraph, told by its sentence that speaks most to the question (a "Led a team
    of junior developers" sentence for mentoring, not the paragraph's first); a one-sentence bullet as it is."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", bullet.text.strip()) if s.strip()]
    if len(sentences) < 2:
        return bullet
    strong, cues = _question_pattern(tuple(spec["strong"])), _question_pattern(tuple(spec["cues"]))

    def value(index: int) -> tuple[int, int, int]:
        said = sentences[index]
        return (3 * len(strong.findall(said)) + len(cues.findall(said)), bool(_DIGIT.search(said)), -index)

    best = sentences[max(range(len(sentences)), key=value)]
    return Bullet(best, bullet.line)


def _situation(role: Role) -> str:
    scaffold = brief_data()["star_scaffold"]
    period = f", {_period(role)}" if _period(role) else ""
    title = spoken(role.title) if role.title else "Your role"
    if role.company:
        return scaffold["situation"].format(role=title, company=spoken(role.company), period=period)
    return scaffold["situation_without_company"].format(role=title, period=period)


def _variant(templates: list[str], number: int) -> str:
    return templates[(number - 1) % len(templates)]


def _task(text: str, spec: dict[str, Any], number: int) -> str:
    """What the story starts from: the bullet's "before" figure when it gives one, else what was done,
    quoted, with the question's own ask for the why."""
    scaffold = brief_data()["star_scaffold"]
    clean = _clean(text)
    match = _FROM_TO.search(clean)
    if match:
        what = _measured(match.group(1).split())
        start, end = match.group(2).strip(), match.group(3).strip()
        unit = re.match(r"[\d.,]+\s*(.*)", end)
        if re.fullmatch(r"[~<>≈]?\s*[\d.,]+", start) and unit and unit.group(1):
            start = f"{start} {unit.group(1)}"
        if what:
            return _variant(scaffold["task_baseline"], number).format(what=what, start=start, ask=spec["task_ask"])
    head = _phrase(_head(clean), 16)
    own = _first_person(head)
    if own:
        # the bullet's "our team" is "your team" when the brief speaks to the candidate
        return _variant(scaffold["task"], number).format(head=_second_person(own), ask=spec["task_ask"])
    return _variant(scaffold["task_plain"], number).format(head=head, ask=spec["task_ask"])


def _measured(words: list[str]) -> str:
    """What a "from A to B" figure measures: the words after the verb that opens the phrase
    ("raising peak throughput" -> "peak throughput", "Cut Change Lead Time" -> "Change Lead Time"); a
    capitalised word inside the phrase is part of a name ("Lead Time"), not a verb."""
    verbs = set(brief_data()["verbs"]["past"]) | set(brief_data()["verbs"]["present"])
    last_verb = max(
        (
            i
            for i, w in enumerate(words)
            if (i == 0 or w.islower()) and (w.lower().endswith(("ing", "ed")) or w.lower() in verbs)
        ),
        default=-1,
    )
    kept = words[last_verb + 1 :]
    return " ".join(kept) if kept and not re.fullmatch(r"(?i)(?:the|a|an|its|our|their)", kept[-1]) else ""


def _head(clean: str) -> str:
    """The opening clause of a bullet: what was done, before how, with what result and any list after a dash."""
    return re.split(r"\sby\s|—|–", _clauses(clean)[0], maxsplit=1)[0].strip()


def _phrase(text: str, words: int) -> str:
    """At most `words` words, cut where a phrase ends (before "while", "across", "with", ...), never
    mid-phrase and never with an ellipsis; a text with no such place within the limit is kept whole."""
    split = text.split()
    if len(split) <= words:
        return text
    stops = [i for i in range(3, words + 1) if split[i].lower() in _PHRASE_BREAKS]
    return " ".join(split[: stops[-1]]).rstrip(",;:") if stops else text


_PHRASE_BREAKS = frozenset(
    {"for", "with", "and", "across", "while", "despite", "using", "via", "through", "from", "at", "in", "instead"}
)


def _means(clean: str) -> str:
    """How it was done, from the bullet's "by ...": "by isolating it behind a flag" ("used by 30 teams" is
    not a means), with the short pieces a comma splits off it ("an expensive, old system")."""
    match = re.search(r"\bby ([a-z]+ing\b.*)$", clean)
    if not match:
        return ""
    clauses = _clauses(match.group(1))
    kept = clauses[0]
    for clause in clauses[1:]:
        if not _phrase_piece(clause):
            break
        kept = f"{kept}, {clause}"
    return "by " + _phrase(kept, 14)


def _action(ctx: _Context, told: Bullet, spec: dict[str, Any], number: int) -> str:
    """How it was done: the bullet's own means when it says, else the technologies it names, and the
    question's ask for the steps."""
    scaffold = brief_data()["star_scaffold"]
    means = _means(_clean(told.text))
    if means:
        return _variant(scaffold["action_means"], number).format(means=means, ask=spec["action_ask"])
    named = _named_technologies(ctx, told)
    if named:
        return scaffold["action_tech"].format(tech=_join(named[:3]), them=_them(named[:3]), ask=spec["action_ask"])
    return _variant(scaffold["action"], number).format(ask=spec["action_ask"])


def _named_technologies(ctx: _Context, told: Bullet) -> list[str]:
    """The technologies the résumé shows on this bullet's line and the sentence names as words of their own:
    the HTML of "document-to-HTML system" is part of a name, not a tool the candidate chose."""
    held = [s.name for s in ctx.resume_skills.items if any(e.line == told.line for e in s.evidence)]
    alone = [n for n in held if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w+#-])", told.text)]
    return _technical(ctx, sorted(alone))


def _result(bullet: Bullet, spec: dict[str, Any], number: int = 1) -> str:
    """The bullet's figure, quoted as printed (its clauses that hold one, or the figures alone when those
    clauses are long), and the question's ask for what followed; "No result figure yet" only when it has none."""
    scaffold = brief_data()["star_scaffold"]
    figures = _result_figures(bullet)
    if not figures:
        return scaffold["result_missing"].format(ask=spec["no_result_ask"])
    return _variant(scaffold["result"], number).format(figures=figures, ask=spec["result_ask"])


def _result_figures(bullet: Bullet) -> str:
    """The words of the bullet that hold its result figure, as printed: a short clause after the opening one,
    else the opening one without its means, else the part of a long clause from its participle or "and" on."""
    if not _has_figure(bullet):
        return ""
    clauses = _clauses(_clean(bullet.text))
    pieces = []
    for index, clause in enumerate(clauses):
        said = re.split(r"\sby\s|—|–", clause, maxsplit=1)[0] if index == 0 else clause
        parts = [said] if len(said.split()) <= 16 else [_outcome(p) for p in said.split(" and ")]
        pieces += [(index, p) for p in parts if _DIGIT.search(_YEAR.sub(" ", p)) and len(p.split()) <= 16]
    if pieces:
        later = [p for i, p in pieces if i > 0]
        # quoted as printed, without the "and" that joined it to the clause before
        return re.sub(r"^(?:and|or|but)\s+", "", later[0] if later else pieces[0][1])
    metrics = _metrics(bullet)
    metrics += [f"{n} people" for n in team_sizes(bullet.text) if not any(str(n) in f for f in metrics)]
    return _join(metrics or _counts(bullet.text)[:2])


def _outcome(clause: str) -> str:
    """A long clause from the participle that carries its figure on ("ingesting 2.3M events a day ...")."""
    words = clause.split()
    first_figure = next((i for i, w in enumerate(words) if _DIGIT.search(w)), len(words))
    participles = [i for i, w in enumerate(words[:first_figure]) if i > 0 and w.endswith("ing") and w.islower()]
    return " ".join(words[participles[-1] :]) if participles else clause


_DIGIT = re.compile(r"\d")


def _why(ctx: _Context, spec: dict[str, Any], item: _Item) -> str:
    """Why the bullet was matched to the question, in the terms the matching used."""
    scaffold = brief_data()["star_scaffold"]
    reasons = _why_reasons(ctx, spec, item)
    area = Area(spec["area"])
    if area in sorted(Area, key=lambda a: -ctx.weight(a))[:3]:
        reasons.append(scaffold["why_stress"])
    return scaffold["why"].format(reasons="; ".join(reasons)) if reasons else ""


def _why_reasons(ctx: _Context, spec: dict[str, Any], item: _Item) -> list[str]:
    """What the bullet itself shows for the question: its words, its figure, its recency (a claim)."""
    scaffold = brief_data()["star_scaffold"]
    text = item.bullet.text
    words = dict.fromkeys(
        m.group(0).lower()
        for cues in (spec["strong"], spec["cues"])
        for m in _question_pattern(tuple(cues)).finditer(text)
    )
    reasons = [scaffold["why_cues"].format(cues=_join(f"“{w}”" for w in list(words)[:3]))] if words else []
    if _result_figures(item.bullet):  # the result row quotes it; the reason only says it is there
        reasons.append(scaffold["why_figure"])
    if item.role is _latest_role(ctx.resume) and item.role.end in (None, "present"):
        reasons.append(scaffold["why_current"])
    return reasons


def _missing(ctx: _Context, spec: dict[str, Any], primary: _Item) -> tuple[str, ...]:
    data = brief_data()["missing"]
    advice = []
    if not _has_figure(primary.bullet):
        advice.append(data["quantify"])
    year = _year(primary.role.end if primary.role.end != "present" else None)
    if year and ctx.resume.as_of.year - year >= OLD_STORY_YEARS:
        advice.append(data["old"].format(year=year))
    asked_here = [m for m in ctx.fit.skills if m.need is Need.REQUIRED and _fits_question(ctx, m.name, spec)]
    held = [m.name for m in asked_here if m.strength is not None and not _shows(ctx, m.name, primary.bullet)]
    if held:
        advice.append(data["mention_skill"].format(skills=_join(held[:2]), them=_them(held[:2])))
    lacking = [m.name for m in asked_here if m.strength is None]
    if lacking:
        advice.append(data["question_gap"].format(skills=_join(lacking[:2]), them=_them(lacking[:2])))
    advice.append(spec["tip"])
    return tuple(advice)


def _them(names: list[str]) -> str:
    return "it" if len(names) == 1 else "them"


def _fits_question(ctx: _Context, name: str, spec: dict[str, Any]) -> bool:
    """A posting skill belongs in a question's advice when its main area and its kind both fit the question:
    build-vs-buy calls for vendor and cost judgment, not for feature flags; a scaling story for technologies."""
    skill = ctx.posting_skills.get(name)
    if skill is None or not skill.areas:
        return False
    return skill.areas[0].value in spec["skills"]["areas"] and skill.category in spec["skills"]["categories"]


def _shows(ctx: _Context, name: str, bullet: Bullet) -> bool:
    """Whether the story's bullet already shows a skill ("Hired 9 engineers" shows hiring)."""
    held = ctx.resume_skills.get(name)
    on_line = held is not None and any(e.line == bullet.line for e in held.evidence)
    return on_line or mentions(name, bullet.text)


# --- questions to ask ---------------------------------------------------------------------------


def draft_questions(ctx: _Context, stack: tuple[str, ...]) -> tuple[Question, ...]:
    """Five questions per interviewer: one per area they assess, most emphasised first, each tied to what the
    posting says (the problems it states first); the fifth takes the next problem it states, else a generic one."""
    units = _posting_units(ctx.posting)
    used: set[str] = set()
    by_interviewer = {
        who: sorted((a for a in Area if a.interviewer is who), key=lambda a: (-ctx.weight(a), list(Area).index(a)))
        for who in Interviewer
    }
    # Every area gets its best sentence before either interviewer gets a second one.
    main = {who: [_question(ctx, a, stack, units, used) for a in areas] for who, areas in by_interviewer.items()}
    questions: list[Question] = []
    for who, areas in by_interviewer.items():
        extra = _extra_question(ctx, areas, units, used, main[who])
        questions.extend((*main[who], extra or _unasked_question(ctx, areas, stack, main[who])))
    return tuple(dict.fromkeys(questions))


def _unasked_question(ctx: _Context, areas: list[Area], stack: tuple[str, ...], asked: list[Question]) -> Question:
    """The guide's question for the most emphasised area that no question already asks in other words."""
    generic = [_generic_question(ctx, area, stack) for area in areas]
    return next((q for q in generic if not any(_alike(q.text, a.text) for a in asked)), generic[0])


def _alike(one: str, other: str, run: int = 6) -> bool:
    """Two questions sharing a run of `run` words ask the same thing in other words."""
    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9']+", text.lower())
        return {tuple(words[i : i + run]) for i in range(len(words) - run + 1)}

    return bool(runs(one) & runs(other))


@dataclass(frozen=True)
class _Unit:
    """One sentence of the posting a question can quote, with where it came from."""

    text: str
    source: str  # the posting line it belongs to
    kind: str  # "responsibility", "leadership signal", "about" or "requirement"
    problem: bool  # it states a change the company faces: growth, a migration, a target

    @property
    def duty(self) -> bool:
        return self.kind != "requirement"


def _posting_units(posting: Posting) -> tuple[_Unit, ...]:
    """The posting's sentences worth asking about: what the job will do and the problems it names first."""
    problem = _question_pattern(tuple(brief_data()["questions"]["problem_cues"]))
    whole = (*posting.responsibilities, *posting.requirements)
    signals = [s for s in posting.leadership_signals if not any(s in line for line in whole)]
    sources = [
        *((line, "responsibility") for line in posting.responsibilities),
        *((line, "leadership signal") for line in signals),
        *((line, "about") for line in _about_lines(posting)),
        *((line, "requirement") for line in posting.requirements if line not in posting.responsibilities),
    ]
    units: dict[str, _Unit] = {}
    for line, kind in sources:
        for sentence in _sentences(line):
            if len(sentence.split()) < 5 or _YEARS.search(sentence) or _REPORTING.search(sentence):
                continue
            if _UNFINISHED.search(sentence):  # a leadership signal cut mid-phrase: "7 engineers today and will"
                continue
            stated = bool(problem.search(sentence) or _FROM_TO_NUMBERS.search(sentence)) and kind != "requirement"
            # What the company is and does makes a poor question; what it is about to change makes a good one.
            if kind == "about" and not stated:
                continue
            units.setdefault(sentence, _Unit(sentence, line, kind, stated))
    return tuple(units.values())


def _about_lines(posting: Posting) -> tuple[str, ...]:
    """The About sentences and every line of the About sections (why the role exists, the plan ahead)."""
    lines = [
        posting.document.lines[i].text
        for section in posting.sections
        if section.kind is SectionKind.ABOUT
        for i in range(section.first_line, min(section.last_line + 1, len(posting.document.lines)))
        if not posting.document.lines[i].heading
    ]
    return tuple(dict.fromkeys((*posting.about, *lines)))


_UNFINISHED = re.compile(r"(?i)\b(?:and|or|will|to|the|of|in|for|with|a|an|that|by|from|led)$")
_FROM_TO_NUMBERS = re.compile(r"(?i)\bfrom (?:about |around |roughly )?\d[\d,]* to (?:about |around |roughly )?\d")


def _sentences(line: str) -> list[str]:
    """A posting line as sentences; a "Label: text" opening keeps only its text when the text is long."""
    clean = _clean(line)
    head, _, rest = clean.partition(": ")
    if rest and len(head.split()) <= 7 and len(rest.split()) >= 5:
        clean = rest
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", clean) if s.strip()]


def _unit_rank(unit: _Unit, area: Area, index: int) -> tuple[int, ...] | None:
    """How well a sentence suits a question on an area; None when the area is not its topic."""
    hits = area_hits(area, unit.text)
    main = best_area(unit.text) is area
    if not (main or hits >= 2) or (not unit.duty and not (main and hits >= 2)):
        return None
    return (not unit.duty, -(min(hits, 3) + 2 * main + 2 * unit.problem), index)


def _pick_unit(area: Area, units: tuple[_Unit, ...], used: set[str], problems_only: bool = False) -> _Unit | None:
    ranked = []
    for index, unit in enumerate(units):
        if unit.text in used or (problems_only and not unit.problem):
            continue
        rank = _unit_rank(unit, area, index)
        if rank is not None:
            ranked.append((rank, unit))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None


def _question(ctx: _Context, area: Area, stack: tuple[str, ...], units: tuple[_Unit, ...], used: set[str]) -> Question:
    unit = _pick_unit(area, units, used)
    if unit is None:
        return _generic_question(ctx, area, stack)
    return _quoted_question(ctx, area, unit, used)


def _extra_question(
    ctx: _Context, areas: list[Area], units: tuple[_Unit, ...], used: set[str], asked: list[Question]
) -> Question | None:
    """A further question on the next problem the posting states, in whichever of these areas it belongs;
    in words of its own when the area's wording is already taken by an earlier question."""
    for area in areas:
        unit = _pick_unit(area, units, used, problems_only=True)
        if unit is not None:
            question = _quoted_question(ctx, area, unit, used)
            if any(_alike(question.text, a.text) for a in asked):
                question = _quoted_question(ctx, area, unit, used, followup=True)
            return question
    return None


def _quoted_question(ctx: _Context, area: Area, unit: _Unit, used: set[str], followup: bool = False) -> Question:
    """`followup`: a second question in an area already asked about, so in words of its own."""
    used.add(unit.text)
    templates = brief_data()["questions"][area.value]
    if followup:
        template = brief_data()["questions"]["followup"]
    else:
        template = templates["problem"] if unit.problem else templates["quoted"]
    text = _sentence(
        template.format(quote=_quote(unit.text, area), company=_company(ctx), company_s=_possessive(_company(ctx)))
    )
    where = brief_data()["questions"]["basis_kinds"][unit.kind]
    return Question(text, area.interviewer, area, f"{where}: “{_clip(unit.source, 30)}”")


def _generic_question(ctx: _Context, area: Area, stack: tuple[str, ...]) -> Question:
    data = brief_data()["questions"]
    template = data[area.value]["generic"]
    team = data["team_clause"].format(team=ctx.posting.team) if ctx.posting.team else ""
    stack_clause = data["stack_clause"].format(stack=_join(stack[:3])) if stack else ""
    role = ctx.posting.title or brief_data()["questions"]["role_fallback"]
    text = template.format(
        company=_company(ctx), company_s=_possessive(_company(ctx)), team=team, stack=stack_clause, role=role
    )
    basis = []
    if stack_clause and "{stack}" in template:
        basis.append(f"their stack ({_join(stack[:3])})")
    if team and "{team}" in template:
        basis.append(f"the team they describe ({ctx.posting.team})")
    return Question(text, area.interviewer, area, " and ".join(basis))


def _company(ctx: _Context) -> str:
    return ctx.company or brief_data()["questions"]["company_fallback"]


def _quote(line: str, area: Area) -> str:
    """A posting sentence short enough to quote whole, else its clause that speaks most to the area."""
    whole = re.sub(r"(?i)^including\s+", "", _YOU_HAVE.sub("", _clean(line))).rstrip(".")
    limit = brief_data()["questions"]["quote_words"]
    if len(whole.split()) <= limit:
        return whole
    sentences = re.split(r"(?<=[.!?])\s+", whole)
    clauses = [c for s in sentences for c in _clauses(s.rstrip("."))] or [line]
    best = max(clauses, key=lambda c: (len(c.split()) >= 5, area_hits(area, c), -clauses.index(c)))
    best = re.sub(r"(?i)^(?:and|but|while|so|including)\s+", "", best)
    return _clip(_YOU_HAVE.sub("", best), limit)


_YEARS = re.compile(r"(?i)\d+\+?\s*(?:years|yrs)")
_REPORTING = re.compile(r"(?i)^(?:you(?:['’]ll| will)\s+)?(?:reports?|reporting)\s+(?:directly\s+)?to\b")
# A requirement addressed to the reader ("You have scaled a team") is quoted from its verb on.
_YOU_HAVE = re.compile(
    r"(?i)^(?:you(?:['’]ve| have| are|['’]re| will have)|we(?:['’]re| are) looking for someone who)\s+"
)


# --- checklist, timing, priorities --------------------------------------------------------------


def draft_checklist(
    ctx: _Context, star: tuple[StarPrompt, ...], questions: tuple[Question, ...]
) -> tuple[CheckItem, ...]:
    data = brief_data()["checklist"]
    # The guide's final checklist; missing skills are in "Gaps to address" and the priorities, not repeated here.
    items = [_star_check(star)]
    company = _company(ctx)
    about = _about_sentence(ctx.posting)
    if about:
        items.append(data["mission"].format(company=company, company_s=_possessive(company), about=f"“{_clip(about, 20)}”"))
    else:
        items.append(data["mission_without_about"].format(company=company, company_s=_possessive(company)))
    items.append(_career_check(ctx))
    roles = [r for r in ctx.resume.roles if not r.internship]
    if roles:
        interns = len(ctx.resume.roles) - len(roles)
        span = _career_span(roles, interns)
        ctx.claim("checklist", span, (ctx.header(roles[-1]), ctx.header(roles[0])), (str(len(roles)), str(interns)))
    items.append(_stories_check(star))
    told = [p.stories[0] for p in star if p.stories and p.area in (Area.TEAM_AND_HIRING, Area.SCALING)]
    told += [p.stories[0] for p in star if p.stories and p.area is Area.TECHNICAL_SCALE]
    if told:
        ctx.claim("checklist", items[-1], told)
    vp = sum(1 for q in questions if q.interviewer is Interviewer.VP)
    items.append(data["questions"].format(vp=vp, head=len(questions) - vp))
    items.append(_decisions_check(star))
    decided = [p for p in star if p.stories and p.area is Area.DECISIONS]
    if decided:  # the story named is the claim; "decision-making process" is the guide's wording, not the résumé's
        ctx.claim("checklist", _story_name(decided[0]), decided[0].stories[:1])
    items.append(_stage_check(ctx, company))
    return tuple(CheckItem(text) for text in items)


def _star_check(star: tuple[StarPrompt, ...]) -> str:
    data = brief_data()["checklist"]
    lead = brief_data()["star_scaffold"]["result_missing_lead"]
    with_figure = [p for p in star if p.stories and not p.result.startswith(lead)]
    without_story = [p for p in star if not p.stories]
    without_figure = [p for p in star if p.stories and p not in with_figure]
    if without_story:
        todo = data["star_todo_missing"].format(questions=_join(_short(p.question) for p in without_story[:3]))
    elif without_figure:
        todo = data["star_todo_figures"].format(questions=_join(_short(p.question) for p in without_figure[:3]))
    else:
        todo = data["star_done"]
    have = "has" if len(with_figure) == 1 else "have"  # "1 of 8 questions has", "3 of 8 questions have"
    return data["star"].format(with_figure=len(with_figure), total=len(star), todo=todo, have=have)


def _short(question: str) -> str:
    return "“" + question.rstrip("?.") + "”"


def _career_check(ctx: _Context) -> str:
    data = brief_data()["checklist"]
    title = ctx.posting.title or "this"
    roles = [r for r in ctx.resume.roles if not r.internship]
    if not roles:
        return data["career_without_roles"].format(title=title)
    span = _career_span(roles, len(ctx.resume.roles) - len(roles))
    return data["career"].format(roles=span, title=title).replace("this this", "this")


def _career_span(roles: list[Role], internships: int = 0) -> str:
    """ "4 roles from Jul 2014 to present" (internships named apart, as the years of experience leave them out,
    so the count agrees with the reading report's)."""
    first, last = roles[-1], roles[0]
    span = f"{len(roles)} roles" if len(roles) > 1 else "your role"
    if internships:
        span += " and an internship" if internships == 1 else f" and {internships} internships"
    if first.start or last.end:
        span += f" from {_date(first.start) or 'your first role'} to {_date(last.end) or 'today'}"
    return span


def _stories_check(star: tuple[StarPrompt, ...]) -> str:
    leadership = next((p for p in star if p.area is Area.TEAM_AND_HIRING and p.stories), None)
    tech = next((p for p in star if p.area in (Area.SCALING, Area.TECHNICAL_SCALE) and p.stories), None)
    data = brief_data()["checklist"]
    lead = _story_name(leadership) if leadership else "find one story of growing people"
    depth = _story_name(tech) if tech else "find one story of a hard technical problem"
    return data["stories"].format(leadership=lead, tech=depth)


def _story_name(prompt: StarPrompt) -> str:
    story = prompt.stories[0]
    return f"“{_clip(story.text, 8)}” ({story.where})"


def _decisions_check(star: tuple[StarPrompt, ...]) -> str:
    data = brief_data()["checklist"]
    prompt = next((p for p in star if p.area is Area.DECISIONS and p.stories), None)
    if prompt is None:
        return data["decisions_without_story"]
    return data["decisions"].format(story=_story_name(prompt))


def _stage_check(ctx: _Context, company: str) -> str:
    data = brief_data()["checklist"]
    pattern = _question_pattern(tuple(data["stage_cues"]))
    lines = (*ctx.posting.about, *posting_lines(ctx.posting))
    signal = next((line for line in lines if pattern.search(line)), None)
    if signal is None:
        return data["stage_without_signal"].format(company=company, company_s=_possessive(company))
    return data["stage"].format(company=company, company_s=_possessive(company), signal=_clip(signal, 16))


def draft_timing(
    ctx: _Context, star: tuple[StarPrompt, ...], questions: tuple[Question, ...], stack: tuple[str, ...]
) -> tuple[TimingRow, ...]:
    rows = brief_data()["timing"]
    roles = [r for r in ctx.resume.roles if not r.internship]
    career = "; ".join(_role_name(r) for r in roles[:2]) if roles else "your roles, latest first"
    told = list(dict.fromkeys(f"“{_clip(p.stories[0].text, 8)}”" for p in star if p.stories))
    stories = "; ".join(told[:2]) if told else "recall two projects you led, with figures"
    heads = sorted((a for a in Area if a.interviewer is Interviewer.HEAD), key=lambda a: -ctx.weight(a))
    areas = _join(_lower_first(a.title) for a in heads[:2])
    stack_clause = f", and the stack: {_join(stack[:4])}" if stack else ""
    first_question = questions[0].text if questions else ""
    values = [
        {"roles": career},
        {"stories": stories},
        {"areas": areas, "stack": stack_clause},
        {"question": first_question},
    ]
    return tuple(
        TimingRow(row["time"], row["topic"], row["prepare"].format(**value))
        for row, value in zip(rows, values, strict=True)
    )


def _missing_required(ctx: _Context) -> list[SkillMatch]:
    """Required skills the résumé lacks, those of the posting's most emphasised areas first."""

    def emphasis(match: SkillMatch) -> float:
        skill = ctx.posting_skills.get(match.name)
        return max((ctx.weight(a) for a in skill.areas), default=0.0) if skill else 0.0

    def core(match: SkillMatch) -> bool:
        # A technology or a leadership practice can be prepared for; "working under pressure" or "B2B" less so.
        skill = ctx.posting_skills.get(match.name)
        kinds = {c.lower() for c in brief_data()["checklist"]["core_categories"]}
        return _is_technology(ctx, match.name) or (skill is not None and skill.category.lower() in kinds)

    missing = [m for m in ctx.fit.skills if m.need is Need.REQUIRED and m.strength is None]
    return sorted(missing, key=lambda m: (not core(m), -emphasis(m), m.substitute is None, m.name.lower()))


def draft_priorities(ctx: _Context, star: tuple[StarPrompt, ...]) -> tuple[str, ...]:
    """The three things to prepare first: weak emphasised areas, a level stretch, missing skills and stories.

    Each candidate gets an urgency; at most two come from the areas and one from the skills, so the
    three cover different kinds of preparation.
    """
    data = brief_data()["priorities"]
    ranked: list[tuple[float, int, str, str]] = []
    missing = _missing_required(ctx)
    if missing:
        bridges = [f"{m.substitute} for {m.name}" for m in missing if m.substitute]
        names = _join(m.name for m in missing[:4])
        text = (
            data["skills"].format(skills=names, bridge=_join(bridges[:2]))
            if bridges
            else data["skills_without_bridge"].format(skills=names)
        )
        ranked.append((min(70.0, 20.0 + 10 * len(missing)), 0, "skill", text))
    for index, area_fit in enumerate(ctx.fit.areas):
        urgency = area_fit.weight * (100 - area_fit.score)
        # The skills priority already names missing skills; an area's own gap says more.
        own = [g for g in area_fit.gaps if not g.startswith("required skill")]
        gap = own[0] if own else data["area_default_gap"]
        # the same share of emphasis the area table shows, so one idea has one figure
        share = area_fit.weight / (sum(a.weight for a in ctx.fit.areas) or 1.0)
        text = data["area"].format(area=area_fit.area.title, share=share, score=area_fit.score, gap=gap)
        ranked.append((urgency, 100 + index, "area", text))
    for index, prompt in enumerate(star):
        if not prompt.stories:
            spec = brief_data()["star"][index]
            text = data["story"].format(question=prompt.question.rstrip("?."), recall=spec["recall"])
            ranked.append((50.0 * ctx.weight(prompt.area), 200 + index, "story", text))
    seniority = ctx.fit.seniority
    stretch = level_step(seniority.posting, seniority.candidate)
    if stretch > 0:
        ranked.append((45.0 * stretch, 300, "level", seniority.verdict + "."))
        # the claim is what the verdict says of the résumé; the posting's level and the advice are not claims
        ctx.claim("priority", seniority.shows or seniority.verdict + ".", _level_cites(ctx))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    limits = {"area": 2, "skill": 1, "story": 2, "level": 1}
    chosen: list[str] = []
    for _, _, kind, text in ranked:
        if limits[kind] and len(chosen) < 3:
            limits[kind] -= 1
            chosen.append(text)
    return tuple(chosen) if len(chosen) == 3 else (*chosen, data["rehearse"])[:3]


def _level_cites(ctx: _Context) -> tuple[Citation, ...]:
    """What the level verdict rests on: the latest role's header and the bullet with the largest team led."""
    role = _latest_role(ctx.resume)
    team = largest_team(ctx.items)
    return (*([ctx.header(role)] if role else []), *([team[1].citation()] if team else []))

