"""Stage 5, fit: résumé + posting (and their skills) -> Fit across the eight assessment areas."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, Protocol, TypeVar

from tailor.entries import is_learning, outside_work
from tailor.model import (
    Area,
    AreaFit,
    Bullet,
    Citation,
    Fit,
    MetricKind,
    Need,
    Posting,
    Resume,
    Role,
    SectionKind,
    Seniority,
    SeniorityFit,
    Skill,
    SkillMatch,
    Skills,
    Strength,
    Taxonomy,
    spoken,
)
from tailor.posting import asks_years_managing, without_hiring_this_post
from tailor.resume import find_metrics, months_in, years_said

MAX_EVIDENCE = 4
MAX_GAPS = 4
MAX_SCOPE = 8
# How much a skill counts toward coverage, by how the résumé shows it; a held substitute counts a little.
STRENGTH_CREDIT = {Strength.DEMONSTRATED: 1.0, Strength.LISTED: 0.7, Strength.IMPLIED: 0.5}
SUBSTITUTE_CREDIT = 0.3
SKILLS_SHARE = 0.6  # of the overall score; the rest comes from the area scores
# Metric kinds that say how big something was: the scale a candidate has worked at.
SCOPE_KINDS = (MetricKind.TEAM, MetricKind.MONEY, MetricKind.USERS, MetricKind.LATENCY)
_SCOPE_WORDS = re.compile(
    r"(?i)\b(requests?/s|rps|qps|requests|events|transactions|uptime|availability|traffic|budget|headcount|"
    r"per (?:day|second|month)|a day|a month|daily|monthly active|users|customers|engineers)\b"
)
_NUMBER = r"(\d[\d,]*)\+?"
_PEOPLE = (
    r"(?:people|person|engineers?|developers?|scientists?|analysts?|designers?|managers?|testers?|reports|staff|"
    r"members|strong|engineering|headcount|ics)"
)
# "two other people managers", "hired 3 managers": a count of managers, not the size of a team (a blind review
# read "teams up to 2" for a manager of two scrum teams and two people managers)
_TEAM_SIZE_RES = (
    re.compile(rf"(?i)\b(?:teams?|squads?|pods?|crews?) of (?:up to |over |about |~)?{_NUMBER}"),
    re.compile(rf"(?i)\b{_NUMBER}[- ](?!(?:\w+ )?managers?\b){_PEOPLE}\b"),
    # "8+ years managing engineers" is a span of time, not a team of 8
    re.compile(
        rf"(?i)\b{_NUMBER} (?!(?:years?|yrs|months?)\b)(?!(?:\w+ ){{0,2}}managers?\b)(?:\w+ ){{0,2}}{_PEOPLE}\b"
    ),
    re.compile(rf"(?i)\bfrom {_NUMBER} to {_NUMBER}\b(?=[^.;]*\b(?:{_PEOPLE}|team))"),
)
# a team's size said outright, not a number of people in passing ("two people managers" in a team count)
_HEADCOUNT_RE = re.compile(rf"(?i)\b(?:teams?|squads?|pods?|crews?) of (?:up to |over |about |~)?\d|\b\d+-{_PEOPLE}\b")
# teams the candidate led, by the verb that leads them: "managing two scrum teams", not "reviews for 3 partner teams"
_TEAM_COUNT_RE = re.compile(
    r"(?i)\b(?:lead|leads|led|leading|manag\w*|head\w*|direct\w*|oversaw|oversee\w*|ran|run\w*|built)"
    r" (?:[\w-]+ ){0,2}?(\d{1,2}) (?:[\w-]+ ){0,2}(?:teams|squads|pods)\b"
)
_YEARS_RE = re.compile(r"(?i)\b(\d{1,2})\+?\s*(?:years|yrs)\b")
_WORD_RE = re.compile(r"[a-z][a-z0-9+#./-]*")
_STOPWORDS = frozenset({
    "a", "an", "and", "the", "of", "to", "in", "on", "for", "with", "our", "your", "you", "we", "will",
    "be", "is", "are", "as", "at", "by", "from", "or", "this", "that", "who", "their", "its", "it", "us",
    "into", "across", "all", "new", "own", "help", "ensure", "strong", "high", "work", "working",
    "experience", "years",
})


class _HasBullet(Protocol):
    """A résumé bullet with whatever a stage keeps beside it (its role)."""

    @property
    def bullet(self) -> Bullet: ...


_B = TypeVar("_B", bound=_HasBullet)


@dataclass(frozen=True)
class _Scored:
    """A résumé bullet with the role it belongs to."""

    role: Role
    bullet: Bullet

    def citation(self) -> Citation:
        return Citation(self.bullet.text, self.role.label, self.bullet.line)


@dataclass(frozen=True)
class _Inputs:
    """What every area's fit reads, gathered once."""

    resume: Resume
    bullets: tuple[_Scored, ...]
    skill_lines: dict[int, frozenset[str]]
    resume_skills: Skills
    posting: Posting
    posting_skills: Skills
    matches: tuple[SkillMatch, ...]


@cache
def area_data() -> dict[str, Any]:
    """The area definitions, priors and seniority ladder of tailor/data/areas.json."""
    data: dict[str, Any] = json.loads((files("tailor") / "data" / "areas.json").read_text("utf-8"))
    return data


def cue_pattern(cues: Iterable[str]) -> CuePattern:
    """One regex for a list of cues: "mentor*" is a prefix, "team of" a whole phrase."""
    return _cue_pattern(tuple(cues))


@cache
def _cue_pattern(cues: tuple[str, ...]) -> CuePattern:
    parts = []
    for cue in sorted(cues, key=lambda c: (-len(c), c)):
        stem = cue.rstrip("*").lower()
        tail = r"[\w-]*" if cue.endswith("*") else r"(?!\w)"
        parts.append(rf"{re.escape(stem)}{tail}")
    stems = tuple(cue.rstrip("*").lower() for cue in cues)
    # the word's start asked once for all cues, not once per cue: the same matches, and the ~130 cue lists of
    # fit and draft compile in 0.085 s CPU instead of 0.115 (on the path of a single brief; issue 14)
    regex = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})", re.IGNORECASE)
    return CuePattern(regex, stems if all(s.isascii() for s in stems) else ())


class CuePattern:
    """A cue regex that is not run on a line holding none of its cues' letters: most lines for most cue lists,
    and a plain search is some 20 times cheaper than the regex's (fit and draft ask ~10,000 such questions of a
    brief; issue 14). Only ASCII cues are ruled out that way, and in lines whose lower case a case-insensitive
    regex reads alike (`lowers_as_a_regex`): elsewhere the regex decides."""

    __slots__ = ("_stems", "regex")

    def __init__(self, regex: re.Pattern[str], stems: tuple[str, ...]):
        self.regex = regex
        self._stems = stems  # empty: always ask the regex

    def _absent(self, text: str) -> bool:
        if not self._stems or not lowers_as_a_regex(text):
            return False
        low = text.lower()
        return not any(stem in low for stem in self._stems)

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.regex.finditer(text)

    def findall(self, text: str) -> list[Any]:
        return [] if self._absent(text) else self.regex.findall(text)

    def sub(self, repl: str, text: str) -> str:
        return text if self._absent(text) else self.regex.sub(repl, text)


@cache
def area_pattern(area: Area) -> CuePattern:
    return cue_pattern(area_data()["areas"][area.value]["cues"])


@cache
def _false_friends(area: Area) -> CuePattern | None:
    # "a distributed team" is about people, not distributed systems: such phrases hide the cue inside them.
    phrases = area_data()["areas"][area.value].get("not_cues", [])
    return cue_pattern(phrases) if phrases else None


def compile_ahead() -> None:
    """Compile the cue patterns of areas.json now: a single brief does it while its skills are found in another
    process, so the compiling (a fifth of fitting) is off the path the user waits on (issue 14)."""
    for area in Area:
        area_pattern(area)
        _false_friends(area)
    for spec in area_data()["competencies"].values():
        for key in ("cues", "with", "titles"):
            if spec.get(key):
                cue_pattern(spec[key])
    cue_pattern(area_data()["equipment_cues"])
    cue_pattern(area_data()["example_cues"])
    # and those fitting compiled when first asked, after the wait: people and team words, scale signs, a
    # title's practices, a domain's signs, the senior rungs
    _people_words()
    _team_verbs()
    _scale_sign_patterns()
    for cues in (*area_data()["shown_by_titles"].values(), *area_data()["domain_signs"].values()):
        cue_pattern(cues)
    cue_pattern(area_data()["seniority"]["senior_rungs"])
    cue_pattern(area_data()["seniority"]["across_teams"])


# Fit and draft ask these of the same few hundred lines over and over (4,000 and 16,000 calls for one
# brief): remembering the answers took fit + draft from 0.45 to 0.16 s CPU (issue 14). Bounded, so a
# long batch in one process does not grow without end.
@lru_cache(maxsize=1 << 16)
def area_hits(area: Area, text: str) -> int:
    """How many of the area's cues a line contains (each distinct cue once)."""
    return len(_area_cues_in(area, text))


def _area_cues_in(area: Area, text: str) -> frozenset[str]:
    friends = _false_friends(area)
    if friends is not None:
        text = friends.sub(" ", text)
    return frozenset(m.group(0).lower() for m in area_pattern(area).finditer(text))


def stress_hits(area: Area, text: str) -> int:
    """How many of the area's cues a posting line contains, the words common to nearly every posting left out."""
    return len(_stress_cues_in(area, text))


def _stress_cues_in(area: Area, text: str) -> frozenset[str]:
    common = set(area_data()["areas"][area.value].get("common_cues", ()))
    return _area_cues_in(area, text) - common


def stress_span(area: Area, text: str) -> tuple[int, int] | None:
    """Where in a posting line the first word that stresses the area stands, for a quote that shows it."""
    low = text.lower()
    found = [(low.find(cue), low.find(cue) + len(cue)) for cue in _stress_cues_in(area, text) if cue in low]
    # the figure, when the line states one, is what shows the scale best ("120 million transactions a month")
    return scale_sign_span(area, text) or (min(found) if found else None)


@lru_cache(maxsize=1 << 16)
def mentions(name: str, text: str) -> bool:
    """Whether a skill name appears in a line as a whole word."""
    if name.isascii() and lowers_as_a_regex(text):
        return whole_word(name.lower(), text.lower(), not_after="+#")
    return re.search(rf"(?<![\w]){re.escape(name)}(?![\w+#])", text, re.IGNORECASE) is not None


def lowers_as_a_regex(text: str) -> bool:
    """Whether an ASCII word a case-insensitive regex finds in `text` is, at the same place, the lower-case word
    in text.lower(), and nowhere else: so plain searches can stand in for the regex (issue 14). The only
    characters a case-insensitive regex pairs with an ASCII one where str.lower does not are "ſ" with s, "ı"
    and "İ" with i ("İ" also lowers to two characters): found by trying every code point against every ASCII
    character, both ways (Python 3.11; the Kelvin sign lowers to k, as a regex pairs it)."""
    return text.isascii() or ("ſ" not in text and "ı" not in text and "İ" not in text)


def whole_word(word: str, text: str, not_before: str = "", not_after: str = "") -> bool:
    r"""Whether `word` is in `text` with no word character (a letter, digit or underscore, as a regex's word
    character is) nor one of `not_before` before it, and none nor one of `not_after` after it: what
    rf"(?<![\w{not_before}]){word}(?![\w{not_after}])" finds, without a regex compiled for every word asked (a
    brief asks it of some 200 names and words: 0.01-0.02 s on its path; issue 14)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or (not _word_character(text[start - 1]) and text[start - 1] not in not_before)) and (
            end == len(text) or (not _word_character(text[end]) and text[end] not in not_after)
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


def as_figures(text: str) -> str:
    """The line with its dashes as hyphens and its number words as figures: a PDF's "8‑person" (a non-breaking
    hyphen) and "a team of eight" state a team size as plainly as "8-person" (issue 12, blind review)."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    words = area_data()["number_words"]
    return re.sub(r"(?i)\b(" + "|".join(words) + r")\b", lambda m: str(words[m[1].lower()]), text)


def team_counts(text: str) -> tuple[int, ...]:
    """How many teams a line says were led: "two scrum teams", "3 squads"; a count of teams, not of people."""
    return tuple(int(n) for n in _TEAM_COUNT_RE.findall(as_figures(text)) if 1 < int(n) < 100)


def team_sizes(text: str) -> tuple[int, ...]:
    """Team or organisation sizes stated in a line: "team of 40", "a 7-engineer team", "grow from 20 to 60"."""
    sizes: list[int] = []
    text = as_figures(text)
    for pattern in _TEAM_SIZE_RES:
        for match in pattern.finditer(text):
            sizes.extend(int(g.replace(",", "")) for g in match.groups() if g)
    return tuple(s for s in sizes if 1 < s < 100_000)


def fit_posting(
    resume: Resume, resume_skills: Skills, posting: Posting, posting_skills: Skills, taxonomy: Taxonomy
) -> Fit:
    """Match the résumé to the posting: per-area fit, per-skill match, scope, seniority and one overall score."""
    posting_skills = asked_skills(posting_skills)
    bullets = _bullets(resume)
    inputs = _Inputs(
        resume=resume,
        bullets=bullets,
        skill_lines=_skills_by_line(resume_skills),
        resume_skills=resume_skills,
        posting=posting,
        posting_skills=posting_skills,
        matches=match_skills(resume_skills, posting_skills, taxonomy, bullets, resume),
    )
    weights = area_weights(posting, posting_skills)
    stress = area_stress(posting)
    areas = tuple(
        dataclasses.replace(
            _fit_area(area, weights[area], inputs), stressed=stress[area][0], posting_lines=stress[area][1]
        )
        for area in Area
    )
    coverage = _skill_coverage(inputs.matches)
    skills_score = None if coverage is None else round(100 * coverage)
    skills_share = 0 if skills_score is None else round(100 * SKILLS_SHARE)
    # shares by what the posting's lines stress (an area no line names gets none); by the level's prior only when
    # no line names any area
    stressed = sum(a.stressed for a in areas)
    basis = [a.stressed if stressed else a.weight for a in areas]
    areas = tuple(
        dataclasses.replace(a, share=s)
        for a, s in zip(areas, percent_shares(basis, 100 - skills_share), strict=True)
    )
    score, explanation = _overall(skills_score, skills_share, areas)
    return Fit(
        areas=areas,
        skills=inputs.matches,
        score=score,
        explanation=explanation,
        scope=_scope(inputs.bullets),
        seniority=_seniority_fit(resume, inputs.bullets, posting, inputs.matches),
        skills_score=skills_score,
        skills_share=skills_share,
    )


# --- skills -------------------------------------------------------------------------------------


def asked_skills(posting_skills: Skills) -> Skills:
    """The posting's skills that are asked of the candidate: not soft skills (an interview judges those in
    conversation; they are never a gap to learn), nor what only the company's own business or the equipment
    it provides names (a company laptop's macOS, an insurer's "risk management" in its About)."""
    data = area_data()
    soft_kinds = {c.lower() for c in data["soft_skill_categories"]}
    soft = {n.lower() for n in data["soft_skills"]}
    company_only = {SectionKind(k) for k in data["company_only_sections"]}
    equipment = cue_pattern(data["equipment_cues"])

    def asked(skill: Skill) -> bool:
        if skill.category.lower() in soft_kinds or skill.name.lower() in soft:
            return False
        about_company = [e.section in company_only or equipment.search(e.text) for e in skill.evidence]
        return not (about_company and all(about_company))

    return dataclasses.replace(posting_skills, items=tuple(s for s in posting_skills.items if asked(s)))


def match_skills(
    resume_skills: Skills,
    posting_skills: Skills,
    taxonomy: Taxonomy,
    bullets: tuple[_Scored, ...] = (),
    resume: Resume | None = None,
) -> tuple[SkillMatch, ...]:
    """One SkillMatch per posting skill, required first, then nice-to-have, then stack; by name within each."""
    order = {Need.REQUIRED: 0, Need.NICE: 1, Need.STACK: 2}
    ranked = sorted(posting_skills.items, key=lambda s: (order[s.need or Need.REQUIRED], s.name.lower()))
    matches = [_match(skill, resume_skills, taxonomy, bullets, resume) for skill in ranked]
    return _one_per_choice(matches, {s.name: s.alternatives for s in ranked})


def _one_per_choice(matches: list[SkillMatch], choices: dict[str, tuple[str, ...]]) -> tuple[SkillMatch, ...]:
    """A choice the posting offers ("Go or Scala", "AWS, Azure or GCP") is met by any one of its skills: a
    missing one is no gap when another is held, and when none is, the choice is one gap, not one per skill."""
    held = {m.name for m in matches if m.strength is not None}
    kept: list[SkillMatch] = []
    reported: set[str] = set()
    for m in matches:
        others = tuple(a for a in choices.get(m.name, ()) if a != m.name)
        if m.strength is not None or not others:
            kept.append(m)
        elif not held.intersection(others) and m.name not in reported:
            kept.append(dataclasses.replace(m, alternatives=others))
            reported.update(others)
    return tuple(kept)


def _match(
    skill: Skill, resume_skills: Skills, taxonomy: Taxonomy, bullets: tuple[_Scored, ...], resume: Resume | None
) -> SkillMatch:
    match = _held(skill, resume_skills, taxonomy, bullets, resume)
    shown = match.strength in (Strength.DEMONSTRATED, Strength.LISTED)
    if shown and match.shown_by is None and match.listed_at is None:
        # every skill shown or named carries the line it rests on, or is not shown (issue 12, blind review:
        # "observability" listed as shown with no line cited)
        match = dataclasses.replace(match, strength=None, through=())
    return dataclasses.replace(match, duty=skill.duty, say_how=_say_how(skill, match, resume_skills, taxonomy, bullets))


def _say_how(
    skill: Skill, match: SkillMatch, resume_skills: Skills, taxonomy: Taxonomy, bullets: tuple[_Scored, ...]
) -> bool:
    """A value or way of working not shown, or a practice shown by a close equivalent of its family (design reviews
    for code review): something to tell, never a gap to learn (areas.json "say_how"; issue 12, blind review)."""
    if match.strength is not None:
        return False
    if is_value(skill):
        return True
    name = match.substitute
    if name is None or name not in taxonomy.substitutes(skill.name):
        return False
    # a practice's neighbour is the same work told otherwise; a technology's (Go for Rust) or a business model's (a
    # marketplace for B2B) is a bridge over a real gap
    if not _related_kind(skill):
        return False
    # listed counts: "coaching" in a skills list is the candidate's word for work they can tell as mentoring
    substitute = resume_skills.get(name)
    held = substitute is not None and substitute.strength in (Strength.DEMONSTRATED, Strength.LISTED)
    return held or competency_evidence(name, bullets) is not None


def _is_domain(skill: Skill) -> bool:
    return skill.category.lower() in {c.lower() for c in area_data()["domain_categories"]}


def no_stand_in(skill: Skill) -> bool:
    """A skill of a kind whose members never stand in for one another: a programming language (areas.json)."""
    return skill.category.lower() in {c.lower() for c in area_data()["no_stand_in_categories"]}


def _related_kind(skill: Skill) -> bool:
    """A practice or competency whose close equivalent is the same work told otherwise (areas.json)."""
    return skill.category.lower() in {c.lower() for c in area_data()["related_categories"]}


def is_value(skill: Skill) -> bool:
    """A value or way of working an interview hears about rather than tests (areas.json "say_how_skills")."""
    data = area_data()
    kinds = {c.lower() for c in data["say_how_categories"]}
    return skill.category.lower() in kinds or skill.name.lower() in {n.lower() for n in data["say_how_skills"]}


def _held(
    skill: Skill, resume_skills: Skills, taxonomy: Taxonomy, bullets: tuple[_Scored, ...], resume: Resume | None
) -> SkillMatch:
    need = skill.need or Need.REQUIRED
    # a talk or an article about the work is public speaking, not the work (areas.json "talk_cues")
    bullets = tuple(b for b in bullets if not _talk(b.bullet.text))
    held = resume_skills.get(skill.name)
    if held is not None and _only_talked_about(held):
        held = None  # a talk about the work is public speaking, never the work shown (issue 12, blind review)
    if held is not None and held.strength is Strength.DEMONSTRATED and not _led_only_outside(held, resume):
        shown = cite(held, bullets)
        if not _work_line(shown, bullets):
            # named only outside a work role ("Managed a team of students"): a work role's line or title that shows
            # it by what was done is cited instead (issue 12, blind review)
            done = competency_evidence(skill.name, tuple(b for b in bullets if _in_work_role(b)))
            shown = done.citation() if done is not None else shown
        return SkillMatch(skill.name, need, Strength.DEMONSTRATED, shown_by=shown)
    # a domain is shown by the work its bullets do in it, named or not: the requirements row reads the same
    domain = domain_shown([skill.name], resume, resume_skills, regulated_also([skill])) if resume and _is_domain(
        skill) else None
    if domain is not None:
        through = (domain.name,) if domain.name != skill.name else ()
        kind = area_data()["regulated_kind"] if through else ""
        return SkillMatch(skill.name, need, Strength.DEMONSTRATED, through=through, shown_by=domain.cite,
                          accepted_as=kind)
    at_work = tuple(b for b in bullets if not outside_work(b.role))
    done = competency_evidence(skill.name, at_work) or _done_with_tools(skill.name, resume_skills, at_work)
    if done is not None:
        return SkillMatch(skill.name, need, Strength.DEMONSTRATED, shown_by=done.citation())
    titled = _titled_and_done(skill.name, resume, resume_skills, taxonomy)
    if titled is not None:
        # "Senior Backend Engineer" over "Built the route-pricing service in Go and PostgreSQL": the title names the
        # work and a bullet does it; the bullet is cited, as the title alone shows nothing (CANON; issue 12)
        return SkillMatch(skill.name, need, Strength.DEMONSTRATED, through=(titled[0],), shown_by=titled[1])
    outside = _shown_outside_work(skill.name, bullets, resume)
    if outside is not None:
        # a meetup's organiser, a club's founder: evidence worth telling, said as outside work, but never what makes
        # a posting's requirement demonstrated (issue 12, blind review: "team leadership (demonstrated)" from a
        # meetup line), so it counts as a skill named, not shown in a job
        return SkillMatch(skill.name, need, Strength.LISTED, shown_by=outside, outside_work=True)
    parts = _parts_at_scale(skill.name, resume_skills, bullets)
    if parts:
        return SkillMatch(skill.name, need, Strength.DEMONSTRATED, through=parts[0], shown_by=parts[1])
    if held is not None and held.strength is Strength.IMPLIED:
        # a kind met through a member is met as strongly as the member (relational databases by PostgreSQL); what
        # only runs on it or is used with it (Istio -> Kubernetes) leaves it implied, to check (issue 12)
        members = kind_members(held, resume_skills)
        if members:
            strongest = min((m.strength for m in members), key=_strength_rank)
            best_member = next(m for m in members if m.strength is strongest)
            return SkillMatch(
                skill.name, need, strongest, through=tuple(m.name for m in members),
                shown_by=cite(best_member, bullets), **listed_place(best_member, resume),
            )
        return SkillMatch(skill.name, need, Strength.IMPLIED, through=held_roots(held, resume_skills),
                          shown_by=cite(held, bullets))
    if held is not None:
        return SkillMatch(skill.name, need, held.strength or Strength.LISTED, shown_by=cite(held, bullets),
                          **listed_place(held, resume))
    substitutes = [s for name in taxonomy.substitutes(skill.name)
                   if (s := resume_skills.get(name)) is not None and not _only_talked_about(s)]
    work = {b.bullet.line for b in at_work}
    if no_stand_in(skill):
        # a language never stands in for another: only one a role's bullet shows is offered, as the nearest, and
        # a skills list or coursework naming one is not said at all (issue 12, blind review: "C++ (for Go)")
        substitutes = [s for s in substitutes if not no_stand_in(s)
                       or (s.strength is Strength.DEMONSTRATED and bool(work & {e.line for e in s.evidence}))]
    # a technology's bridge is what the candidate has done ("you hold C++", "a bridge from C++"): one only named in a
    # list or in a sentence about others' work is no such thing (issue 12, blind review); a practice's listed
    # neighbour ("Coaching" for mentoring) is something to say how, never claimed (_say_how)
    bridged = (Strength.DEMONSTRATED, Strength.LISTED) if _related_kind(skill) else (Strength.DEMONSTRATED,)
    best = sorted((s for s in substitutes if s.strength in bridged), key=lambda s: (_strength_rank(s.strength), s.name))
    example = _given_as_example(skill)
    listed = sorted((s for s in substitutes if s.strength is Strength.LISTED), key=lambda s: s.name)
    if not best and example and listed:
        # "such as Datadog" and New Relic in the skills list: held as its kind is held by a listed member
        member = listed[0]
        return SkillMatch(skill.name, need, Strength.LISTED, through=(member.name,), shown_by=cite(member, bullets),
                          **listed_place(member, resume))
    if not best:
        # distributed systems asked, microservices or Kafka shown: the bridge to offer, not a bare gap (issue 12)
        # the tool a bullet names (Kafka) rather than what it implies (message queues)
        best = [hit[0] for name in practice_parts(skill.name) if (hit := showing_skills(name, resume_skills))]
    if not best and example:
        # "observability tools such as Datadog": a bullet showing what the example stands for (monitoring) meets it
        taxon = taxonomy.get(skill.name)
        implied = [resume_skills.get(name) for name in (taxon.implies if taxon else ())]
        best = [s for s in implied if s is not None and _shown_in_bullets(s, resume_skills)]
    # a family member a bullet shows by what was done ("Led an 8-person team": team leadership) is the better bridge
    bridges = [(n, item) for n in taxonomy.substitutes(skill.name) if (item := competency_evidence(n, bullets))]
    if bridges and not (best and best[0].strength is Strength.DEMONSTRATED):
        return SkillMatch(skill.name, need, None, bridges[0][0], shown_by=bridges[0][1].citation())
    named = named_by_title(skill.name, resume) if not best and not listed else None
    if named is not None:
        # "Machine Learning Engineer": the title names the kind of work but shows none of it (CANON: nothing is
        # inferred from a job title; issue 12, blind review: "machine learning (demonstrated)" from a title beside
        # "only implied by PyTorch"), so it is named, as a skills list names a skill, and never demonstrated
        return SkillMatch(skill.name, need, Strength.LISTED, shown_by=named, listed_at=named,
                          title_only=any(named.line == r.line for r in resume.roles) if resume else False)
    # an example met by a tool of its kind or by its practice is met, not a gap the brief lists (issue 12); a
    # substitute only the skills list names is no bridge, but the brief says the list names it, never "nothing"
    return SkillMatch(
        skill.name,
        need,
        None,
        best[0].name if best else None,
        met_as_example=example and bool(best),
        shown_by=_bridge_line(best[0], bullets) if best else None,
        listed_instead=listed[0].name if listed and not best else None,
        **(listed_place(listed[0], resume) if listed and not best else {}),
    )


def listed_place(skill: Skill, resume: Resume | None) -> dict[str, Any]:
    """Where a skill the résumé names without work is named: a role's own line of technologies ("Technologies: AWS,
    Java (Android)"), which is evidence of that role, before the skills section (issue 12, blind review: "your skills
    list names AWS; no role shows it" of a name only a role's technology line held). SkillMatch's listed_in and
    listed_at."""
    if skill.strength is not Strength.LISTED:
        return {}
    own = [e for e in skill.evidence if not e.rule.startswith(("implied", "used with"))]
    for evidence in own:
        # a name in a sentence that hedges it ("some exposure to Terraform") is no technology list of the role
        role = role_at(resume, evidence.line) if resume is not None and evidence.in_list else None
        if role is not None:
            return {"listed_in": role.company or role.title or role.label,
                    "listed_at": Citation(evidence.text, role.label, evidence.line)}
    first = next((e for e in own if e.section is SectionKind.SKILLS), next(iter(own), None))
    if first is None:
        return {}
    return {"listed_at": Citation(first.text, f"{first.section.value.capitalize()} section", first.line)}


def in_skills_list(match: SkillMatch) -> bool:
    """Whether the line a listed skill rests on is the skills section's (listed_place cites it there)."""
    return match.listed_at is not None and not match.listed_in and match.listed_at.where == _SKILLS_WHERE


_SKILLS_WHERE = f"{SectionKind.SKILLS.value.capitalize()} section"


def role_at(resume: Resume, line: int) -> Role | None:
    """The role a résumé line sits in: its header, a bullet, or a line after its header in the same section before
    the next role (a role's "Stack: ..." line that was not read as a bullet)."""
    for role in resume.roles:
        if line == role.line or any(b.line == line for b in role.bullets):
            return role
    section = next((s for s in resume.sections if s.first_line <= line <= s.last_line), None)
    if section is None or section.kind not in _WORK_KINDS:
        return None
    before = [r for r in resume.roles if section.first_line <= r.line < line]
    return max(before, key=lambda r: r.line, default=None)


_WORK_KINDS = (SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.LEADERSHIP)


def shown_in_role(match: SkillMatch) -> bool:
    """Shown by what a role's line says was done: demonstrated, or asked as an example and met by a tool or practice
    of its kind that a bullet shows. Listed, only implied or missing is not shown (issue 12, blind review: Go under
    "Required, shown" from a skills list beside "Your roles show 1 of the 5 skills")."""
    return match.strength is Strength.DEMONSTRATED or (match.strength is None and match.met_as_example)


def required_split(
    matches: Iterable[SkillMatch],
) -> tuple[tuple[SkillMatch, ...], tuple[SkillMatch, ...], tuple[SkillMatch, ...]]:
    """The skills the posting requires of the candidate (not a duty of the role, not a value to say how) as
    (shown in a role, only listed or implied, not shown): the fit verdict's count and the skill match's rows come
    from here, so the brief says one number for one list."""
    asked = [m for m in matches if m.need is Need.REQUIRED and not m.duty and not m.say_how]
    shown = tuple(m for m in asked if shown_in_role(m))
    listed = tuple(m for m in asked if not shown_in_role(m) and m.strength is not None)
    return shown, listed, tuple(m for m in asked if m.strength is None and not m.met_as_example)


def _bridge_line(skill: Skill, bullets: tuple[_Scored, ...]) -> Citation | None:
    """The line a substitute rests on: the bullet showing it by what was done when there is one, else its own."""
    done = competency_evidence(skill.name, bullets)
    return done.citation() if done is not None else cite(skill, bullets)


def cite(skill: Skill, bullets: Iterable[_Scored]) -> Citation | None:
    """The line a résumé skill rests on: a role's bullet naming it first, else the first line it was found on
    (for an implied skill, the line of what implies it)."""
    by_line = {b.bullet.line: b for b in bullets}
    named = [by_line[e.line] for e in skill.evidence if e.line in by_line]
    # a work role's line before a student project's or a club's, the latest role first (the résumé's order)
    chosen = next((b for b in named if _in_work_role(b)), named[0] if named else None)
    if chosen is not None:
        return chosen.citation()
    first = next(iter(skill.evidence), None)
    if first is None:
        return None
    return Citation(first.text, f"{first.section.value.capitalize()} section", first.line)


def _in_work_role(item: _HasBullet) -> bool:
    """A bullet of a post held at work: not an internship, a volunteering post, a project or a course."""
    role = getattr(item, "role", None)
    return role is not None and not role.internship


def _work_line(shown: Citation | None, bullets: Iterable[_Scored]) -> bool:
    return shown is not None and any(b.bullet.line == shown.line and _in_work_role(b) for b in bullets)


def _titled_and_done(
    name: str, resume: Resume | None, resume_skills: Skills, taxonomy: Taxonomy
) -> tuple[str, Citation] | None:
    """A practice a role's title (or the summary) names and a bullet of that role (of any role, for the summary)
    does: the first bullet showing one of its close equivalents or parts by what was done, with that skill's name
    (areas.json "shown_by_titles"). A title with no such bullet is only named (named_by_title)."""
    cues = area_data()["shown_by_titles"].get(name.lower())
    if not cues or resume is None:
        return None
    pattern = cue_pattern(cues)
    summary = section_line(resume, SectionKind.SUMMARY, pattern, "Summary") is not None
    roles = [r for r in resume.roles if not r.internship and (summary or pattern.search(r.title or ""))]
    # its close equivalents and its parts, each by the tool a bullet names (PostgreSQL for relational databases)
    names = (*taxonomy.substitutes(name), *practice_parts(name))
    related = [s for n in names for s in showing_skills(n, resume_skills)]
    for role in roles:
        for bullet in (b for b in role.bullets if not _talk(b.text)):
            done = next((s for s in related if any(e.line == bullet.line for e in s.evidence)), None)
            if done is not None:
                return done.name, Citation(bullet.text, role.label, bullet.line)
    return None


def named_by_title(name: str, resume: Resume | None) -> Citation | None:
    """A role title or summary line naming the kind of work a practice is (areas.json "shown_by_titles"): the role's
    header, or the summary's line, that shows it. Never an internship's title nor a line of another section."""
    cues = area_data()["shown_by_titles"].get(name.lower())
    if not cues or resume is None:
        return None
    pattern, lines = cue_pattern(cues), resume.document.lines
    for role in resume.roles:
        if not role.internship and pattern.search(role.title or ""):
            text = lines[role.line].text if 0 <= role.line < len(lines) else role.label
            return Citation(text.strip(" |·•") or text, role.label, role.line)
    return section_line(resume, SectionKind.SUMMARY, pattern, "Summary")


def section_line(
    resume: Resume, kind: SectionKind, pattern: re.Pattern[str] | CuePattern, heading: str
) -> Citation | None:
    """The first line of a section of this kind that the pattern finds, cited under the section's heading."""
    lines = resume.document.lines
    for section in resume.sections:
        if section.kind is kind:
            for index in range(section.first_line, min(section.last_line + 1, len(lines))):
                if pattern.search(lines[index].text):
                    return Citation(lines[index].text, section.heading or heading, index)
    return None


def _parts_at_scale(
    name: str, resume_skills: Skills, bullets: tuple[_Scored, ...]
) -> tuple[tuple[str, ...], Citation] | None:
    """The family members (practice_shown_by) whose use in bullets shows a practice, when enough distinct ones are
    shown and one of their bullets states the scale it ran at: (the skills shown, that bullet). None otherwise."""
    needed = int(area_data()["practice_parts_to_show"])
    by_line = {b.bullet.line: b for b in bullets}
    shown: dict[str, tuple[str, ...]] = {}  # part -> the tools showing it
    lines: set[int] = set()
    for part in practice_parts(name):
        tools = [s for s in showing_skills(part, resume_skills) if any(e.line in by_line for e in s.evidence)]
        if tools:
            shown[part] = tuple(t.name for t in tools)
            lines.update(e.line for t in tools for e in t.evidence if e.line in by_line)
    if len(shown) < needed:
        return None
    at_scale = competency_evidence("scalability", [by_line[n] for n in sorted(lines)])
    if at_scale is None:
        return None
    return tuple(dict.fromkeys(t for tools in shown.values() for t in tools)), at_scale.citation()


def practice_parts(name: str) -> tuple[str, ...]:
    """The skills a practice's work is built from, whose use shows it (areas.json "practice_shown_by")."""
    return tuple(area_data()["practice_shown_by"].get(name.lower(), ()))


def kind_members(skill: Skill, resume_skills: Skills) -> tuple[Skill, ...]:
    """The résumé's own skills (demonstrated or listed) that are a kind of an implied one, followed down the
    implications (relational databases <- PostgreSQL <- PL/pgSQL); never those it is only used with."""
    found = _held_through(_kinds_by(skill), _kinds_by, resume_skills, set())
    return tuple(s for s in found if s.strength is not None)


def held_roots(skill: Skill, resume_skills: Skills) -> tuple[str, ...]:
    """The résumé's own skills an implied one is reached from (containers <- Kubernetes <- Istio: Istio)."""
    found = _held_through(skill.implied_by, lambda held: held.implied_by, resume_skills, {skill.name})
    return tuple(s.name for s in found)


def _held_through(
    start: Iterable[str],
    step: Callable[[Skill], Iterable[str]],
    resume_skills: Skills,
    seen: set[str],
    keep: Callable[[Skill], bool] = lambda held: True,
) -> list[Skill]:
    """The résumé's skills reached from `start` that `keep` takes, walking on through each implied one by
    `step`, in order."""
    found: list[Skill] = []
    todo = list(start)
    while todo:
        held = resume_skills.get(todo.pop(0))
        if held is None or held.name in seen:
            continue
        seen.add(held.name)
        if held.strength is Strength.IMPLIED:
            todo.extend(step(held))
        elif keep(held):
            found.append(held)
    return found


def _kinds_by(skill: Skill) -> tuple[str, ...]:
    """The skills that imply this one as a kind of it, not those only used with it."""
    return tuple(n for n in skill.implied_by if n not in skill.used_with_by)


def showing_skills(name: str, resume_skills: Skills) -> tuple[Skill, ...]:
    """The demonstrated skills that show a skill by use: itself, or those that imply it as a kind of it, followed
    down the implications (distributed systems <- microservices); never a tool only used with it (Istio)."""
    shown = _held_through([name], _kinds_by, resume_skills, set(), lambda held: held.strength is Strength.DEMONSTRATED)
    return tuple(shown)


def shown_lines(name: str, resume_skills: Skills) -> frozenset[int]:
    """The lines that show a skill by use (showing_skills)."""
    return frozenset(e.line for s in showing_skills(name, resume_skills) for e in s.evidence)


def _done_with_tools(name: str, resume_skills: Skills, bullets: Iterable[_B]) -> _B | None:
    """An implied practice a bullet shows by doing its work with a tool that implies it: "built Grafana
    dashboards" shows monitoring, not only implies it (issue 12, blind review); the work's words are the
    competency's cues (areas.json), the tool stands for its "with"."""
    spec = area_data()["competencies"].get(name.lower())
    held = resume_skills.get(name)
    if spec is None or held is None or held.strength is not Strength.IMPLIED:
        return None
    lines, cues = shown_lines(name, resume_skills), cue_pattern(spec["cues"])
    return next((b for b in bullets if b.bullet.line in lines and cues.search(b.bullet.text)), None)


def _shown_in_bullets(skill: Skill, resume_skills: Skills) -> bool:
    """Demonstrated, or implied by a demonstrated skill: Grafana dashboards in a bullet show monitoring."""
    if skill.strength is Strength.DEMONSTRATED:
        return True
    by = [resume_skills.get(name) for name in _kinds_by(skill)]
    return skill.strength is Strength.IMPLIED and any(s is not None and s.strength is Strength.DEMONSTRATED for s in by)


def _given_as_example(skill: Skill) -> bool:
    """Whether the posting names the skill as an example of a kind ("such as Stripe", "Kafka or similar")."""
    cues = cue_pattern(area_data()["example_cues"])
    return any(cues.search(e.text) for e in skill.evidence)


def has_figure(bullet: Bullet) -> bool:
    """A team size, users, money, a percentage, a multiplier or a volume: in the bullet's metrics or its text
    ("used by 30 product teams" counts too). A year, a version ("Rails 5", "Python 3.11") or a model
    number is not a result (issue 12: "8 of 8 stories have a figure" counted the 5 of "Rails 5")."""
    return bool(figure_metrics(bullet) or sizes_in_figures(bullet) or figure_counts(bullet.text))


def sizes_in_figures(bullet: Bullet) -> list[int]:
    """Team sizes written in figures: "a team of eight" is a team size, not a figure to quote as "8"."""
    return list(dict.fromkeys(n for n in team_sizes(bullet.text) if re.search(rf"\b{n}\b", bullet.text)))


def figure_metrics(bullet: Bullet) -> list[str]:
    """The bullet's metrics that hold a number: "a team of engineers" is a team, not a team size."""
    return [m.text for m in (bullet.metrics or find_metrics(bullet.text)) if re.search(r"\d", m.text)]


def figure_counts(text: str) -> list[str]:
    """Numbers that count something ("30 product teams", "40+ carriers"): a number followed by a lower-case
    word, not a year and not a version after a name ("Rails 5", "Java 8 services")."""
    found = []
    # years blanked to spaces of their own length, so a match's offsets still index the text
    for match in _FIGURE_COUNT.finditer(YEAR_RE.sub(lambda m: " " * len(m.group(0)), text)):
        before = text[: match.start()].split()
        # "Rails 5" mid-sentence, "iOS 17" anywhere: a version after a name; "Cut 30 ..." opens with a verb
        name = before[-1] if before else ""
        if (name[:1].isupper() and len(before) > 1) or any(c.isupper() for c in name[1:]):
            continue
        found.append(match.group(0))
    return found


YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


_FIGURE_COUNT = re.compile(r"(?<![\w.$/])\d[\d,.]*\+?\s+[a-z][a-z-]+")  # not the 7 of "24/7 support"


def competency_evidence(name: str, bullets: Iterable[_B]) -> _B | None:
    """The first bullet that shows a competency by what the candidate did (areas.json "competencies"), else the
    title of a role whose title shows it, cited as that role's line: a Software Engineer writes code, but the
    role's first line under the title is no evidence of it (issue 12, blind review: writing code "demonstrated"
    by a line that was only the role's place, "(Saint-Petersburg, Russia)")."""
    spec = area_data()["competencies"].get(name.lower())
    if spec is None:
        return None
    pattern = cue_pattern(spec["cues"])
    also = cue_pattern(spec["with"]) if spec.get("with") else None
    titles = cue_pattern(spec["titles"]) if spec.get("titles") else None
    said = cue_pattern(spec["said"]) if spec.get("said") else None
    titled: _B | None = None
    # a line outside a work role (a student project, a club) is cited only when no work role's line or title shows
    # it: the résumé's order puts the latest role first (issue 12, blind review: "people management" cited from a
    # 2009 student project beside an Engineering Manager since 2020)
    aside: _B | None = None
    for item in bullets:
        text = item.bullet.text
        role = getattr(item, "role", None)
        at_work = role is not None and not role.internship
        # a phrase that states the competency outright needs no figure or team beside it (areas.json "said")
        if said is not None and said.search(text) and not is_learning(text, bool(role is not None and role.internship)):
            if at_work:
                return item
            aside = aside or item
            continue
        shows = titles is not None and role is not None and not role.internship and titles.search(role.title or "")
        if titled is None and shows and dataclasses.is_dataclass(item):
            titled = dataclasses.replace(item, bullet=Bullet(role.title, role.line))  # type: ignore[type-var]
        if not pattern.search(text) or (also is not None and not also.search(text)):
            continue
        # a training course attended shows no competency used (issue 12): "a course on mentoring" is no mentoring
        if is_learning(text, bool(role is not None and role.internship)):
            continue
        if spec["needs"] == "team" and not any(_team_after(text, cue.start(), item) for cue in pattern.finditer(text)):
            continue
        if spec["needs"] == "figure" and not re.search(r"\d", text):
            continue
        if spec["needs"] == "people" and not any(done_to_people(text, cue.start()) for cue in pattern.finditer(text)):
            continue
        if at_work:
            return item
        aside = aside or item
    return titled or aside


_TEAM_WORD = re.compile(r"(?i)\b(?:teams?|engineers|developers|scientists|people|reports|managers|staff)\b")


def _only_talked_about(skill: Skill) -> bool:
    """Whether every line that names a skill in work ("Presented our team leadership practices at an all-hands",
    "Gave a conference talk on leading remote teams") is a talk or a piece of writing about it: public speaking,
    not the skill shown (areas.json "talk_cues"; issue 12, blind review: "team leadership (demonstrated)" from a
    conference talk)."""
    shown = [e for e in skill.evidence if e.section in _WORK_KINDS and not e.in_list
             and not e.rule.startswith(("implied", "used with"))]
    return bool(shown) and all(_talk(e.text) for e in shown)


def _talk(text: str) -> bool:
    return bool(cue_pattern(area_data()["talk_cues"]).search(text))


def _led_only_outside(skill: Skill, resume: Resume | None) -> bool:
    """Whether a leadership competency the résumé's lines name ("Led a team of 6 volunteer mentors") is named only
    outside paid work: in a Leadership, Volunteering or Activities section or a post outside work, which is never
    what demonstrates it (areas.json "leadership_sections")."""
    if resume is None or skill.name.lower() not in area_data()["leadership_sections"]["competencies"]:
        return False
    sections = (s for s in resume.sections if s.kind is SectionKind.LEADERSHIP)
    outside = {i for s in sections for i in range(s.first_line, s.last_line + 1)}
    outside |= {line for r in resume.roles if outside_work(r) for line in (r.line, *(b.line for b in r.bullets))}
    shown = [e for e in skill.evidence if e.section in _WORK_KINDS and not e.in_list]
    return bool(shown) and all(e.line in outside for e in shown)


def _shown_outside_work(name: str, bullets: Iterable[_Scored], resume: Resume | None) -> Citation | None:
    """The line outside paid work that shows a competency: a bullet of a post outside work ("Led a team of 6
    volunteer mentors", Organiser, Code Club) or a leading line of a Leadership or Activities section; the skill
    match says "outside work only" beside it so no reader takes it for a job."""
    post = competency_evidence(name, (b for b in bullets if outside_work(b.role)))
    return post.citation() if post is not None else led_outside_work(name, resume)


def led_outside_work(name: str, resume: Resume | None) -> Citation | None:
    """A line of a Leadership, Volunteering or Community section that shows the candidate leading ("Founder and
    organizer of a 300-member community meetup"), for a leadership competency no work line shows, cited to its
    section so the brief says it is not a job (areas.json "leadership_sections"; issue 12, blind review: team
    leadership "not shown" beside such a section)."""
    spec = area_data()["leadership_sections"]
    if resume is None or name.lower() not in spec["competencies"]:
        return None
    cues, lines = cue_pattern(spec["cues"]), resume.document.lines
    in_roles = {b.line for role in resume.roles for b in role.bullets} | {role.line for role in resume.roles}
    for section in resume.sections:
        if section.kind is not SectionKind.LEADERSHIP:
            continue
        for index in range(section.first_line, min(section.last_line + 1, len(lines))):
            line = lines[index]
            if index in in_roles or line.heading or not cues.search(line.text):
                continue
            where = spec["where"].format(section=section.heading.strip().title() or "Leadership")
            return Citation(_BULLET_MARK.sub("", line.text).strip(), where, index)
    return None


_BULLET_MARK = re.compile(r"^\s*[-*•·–]\s+")


def _team_after(text: str, at: int, item: _HasBullet) -> bool:
    """Whether the cue at `at` governs a team: a team word or size within TEAM_WINDOW words after it, in its own
    clause ("Led 8 data scientists", "hired and onboarded 9 engineers"). A team named anywhere in the line is not
    enough: "Ensure that client compliance ... controls are met from ... teams" is no scaling of teams (issue 12,
    blind review: a competency quoted from a line that does not show it)."""
    clause = re.split(r"[;|•]|\.\s", text[at:], maxsplit=1)[0]
    window = " ".join(clause.split()[: TEAM_WINDOW + 1])
    metrics = [m.text for m in item.bullet.metrics if m.kind is MetricKind.TEAM]
    return bool(team_sizes(window) or _TEAM_WORD.search(window) or any(m in window for m in metrics))


@cache
def _people_words() -> tuple[CuePattern, CuePattern, CuePattern]:
    data = area_data()["people_objects"]
    return cue_pattern(data["verbs"]), cue_pattern(data["people"]), cue_pattern(data["not_people"])


def done_to_people(text: str, at: int) -> bool:
    """Whether the people-work cue at `at` ("mentored", "onboarding") is done to people: a word of people_objects
    within TEAM_WINDOW words after it in its clause, before any customer or user, or among the three words before
    it ("new-hire onboarding"). A cue that is no such verb ("1:1s", "interview loops") names people work itself.
    "Helped support users via chat to make onboarding easier" is support, not onboarding engineers (issue 12,
    blind review: an intern's support line quoted for hiring, mentoring and leadership)."""
    verbs, people, not_people = _people_words()
    cue = verbs.regex.match(text, at)
    if cue is None:
        return True
    clause = re.split(r"[;|•]|\.\s", text[cue.end():], maxsplit=1)[0]
    for word in clause.split()[:TEAM_WINDOW]:
        if people.search(word) or team_sizes(word):
            return True
        if not_people.search(word):
            return False
    if re.search(r"\d", " ".join(clause.split()[:2])):
        return True  # "hired 12", "mentored 3 this year"
    before = re.split(r"[,;:.()|•]", text[:at])[-1].split()[-3:]
    return any(people.search(word) and not not_people.search(word) for word in before)


TEAM_WINDOW = 6  # words after a cue: "Managed, mentored and hired 6 engineers", "Managed the data and ML teams"


def _strength_rank(strength: Strength | None) -> int:
    return list(STRENGTH_CREDIT).index(strength) if strength in STRENGTH_CREDIT else len(STRENGTH_CREDIT)


def _credit(match: SkillMatch) -> float:
    if match.strength is not None:
        return STRENGTH_CREDIT[match.strength]
    return SUBSTITUTE_CREDIT if match.substitute else 0.0


def _skill_coverage(matches: tuple[SkillMatch, ...]) -> float | None:
    """Required skills held, weighted by strength; all asked skills when none is required; None when none."""
    # a value no bullet shows is told in the interview, not held or lacked, so like a soft skill it is not counted
    counted = [m for m in matches if not (m.say_how and m.substitute is None)]
    required = [m for m in counted if m.need is Need.REQUIRED] or [m for m in counted if m.need is Need.NICE]
    if not required:
        return None
    return sum(_credit(m) for m in required) / len(required)


def percent_shares(weights: list[float], total: int) -> list[int]:
    """`total` percent split in proportion to `weights`, in whole percents that add up to `total` (largest
    remainders): the appendix prints these shares, and a reader adds them up (issue 12: "weights add to 98%")."""
    whole = sum(weights)
    if not weights or total <= 0:
        return [0] * len(weights)
    exact = [total * w / whole if whole else total / len(weights) for w in weights]
    shares = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (shares[i] - exact[i], i))
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


def _overall(skills_score: int | None, skills_share: int, areas: tuple[AreaFit, ...]) -> tuple[int, str]:
    """The overall figure from exactly the parts the appendix prints, whole numbers and whole percents, so a reader
    who weights its table by its shares gets the printed figure (issue 12: a 16/100 beside a table giving 39)."""
    points = skills_share * (skills_score or 0) + sum(a.share * a.score for a in areas)
    score = (points + 50) // 100  # rounded half up, as a reader rounds
    area_part = f"{100 - skills_share}% the eight area scores, each by its share of what the posting stresses"
    if skills_score is None:
        return score, f"Overall = {area_part}; the posting names no skills to cover"
    return score, (
        # what _skill_coverage counts, in the skill match's words: duties count with the required skills
        f"Overall = {skills_share}% required-skill coverage, the skills the role involves included, weighted by "
        "strength (demonstrated 1, listed .7, implied .5, a related or substitute skill .3, not shown 0: "
        f"{skills_score}%; values to say how you have shown not counted) + {area_part}"
    )


# --- areas --------------------------------------------------------------------------------------


def _bullets(resume: Resume) -> tuple[_Scored, ...]:
    return tuple(_Scored(role, bullet) for role in resume.roles for bullet in role.bullets)


def _skills_by_line(skills: Skills) -> dict[int, frozenset[str]]:
    by_line: dict[int, set[str]] = {}
    for skill in skills.items:
        for evidence in skill.evidence:
            by_line.setdefault(evidence.line, set()).add(skill.name)
    return {line: frozenset(names) for line, names in by_line.items()}


def bullet_skills(bullet: Bullet, skill_lines: dict[int, frozenset[str]], names: Iterable[str]) -> frozenset[str]:
    """Skills a bullet shows: those the skills stage found on its line, plus any named in its text."""
    return skill_lines.get(bullet.line, frozenset()) | {n for n in names if mentions(n, bullet.text)}


def posting_lines(posting: Posting) -> tuple[str, ...]:
    """The lines that say what the job is, most telling first."""
    return tuple(dict.fromkeys((*posting.leadership_signals, *posting.responsibilities, *posting.requirements)))


def area_stress(posting: Posting) -> dict[Area, tuple[float, tuple[str, ...]]]:
    """What the posting's own lines stress in each area: the cue hits of its duty and requirement lines (a
    nice-to-have's at half), and those lines, most hits first; a scale sign (a volume of millions, a team to
    grow) counts one more hit, and in a line of any other section but the benefits one hit alone. Nothing else:
    an area no line names gets 0."""
    said: dict[Area, tuple[float, tuple[str, ...]]] = {}
    weighed = [(line, 1.0) for line in posting_lines(posting)]
    weighed += [(line, 0.5) for line in posting.nice_to_have if line not in posting_lines(posting)]
    read = {line for line, _ in weighed}
    # the company's own lines say the scale too ("Our pipelines turn millions of invoices into forecasts"), but
    # only their scale signs count: an About's every word is no stress (issue 12, blind review)
    other = [line for line in _other_lines(posting) if line not in read]
    for area in Area:
        # "We're hiring a Senior Engineering Manager": the company filling this post stresses no hiring (issue 12)
        hits = [(factor * (stress_hits(area, without_hiring_this_post(line)) + scale_sign(area, line)), line)
                for line, factor in weighed]
        hits += [(float(scale_sign(area, line)), line) for line in other]
        named = sorted((h for h in hits if h[0]), key=lambda h: -h[0])
        said[area] = (sum(h for h, _ in named), tuple(line for _, line in named))
    return said


def _other_lines(posting: Posting) -> tuple[str, ...]:
    """The posting's lines outside its duties, requirements and benefits, each as printed."""
    lines = posting.document.lines
    kept = [
        lines[i].text.strip()
        for section in posting.sections
        if section.kind is not SectionKind.BENEFITS
        for i in range(section.first_line, min(section.last_line + 1, len(lines)))
    ]
    return tuple(dict.fromkeys(t for t in kept if t))


def scale_sign(area: Area, text: str) -> int:
    """1 when a posting line states the area's scale by a figure (areas.json scale_signs): a volume of millions
    of things handled for technical scale, a team to grow for scaling; else 0."""
    pattern = _scale_sign_patterns().get(area)
    return 1 if pattern is not None and pattern.search(text) else 0


def scale_sign_span(area: Area, text: str) -> tuple[int, int] | None:
    """Where in a posting line its scale sign stands, for a quote that shows it."""
    pattern = _scale_sign_patterns().get(area)
    found = pattern.search(text) if pattern is not None else None
    return found.span() if found else None


@cache
def _scale_sign_patterns() -> dict[Area, re.Pattern[str]]:
    signs = area_data()["scale_signs"]

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: -len(w)))

    volume = signs["volume"]
    not_after = rf"(?!(?:{alt(volume['not_after'])})(?!\w))"
    # "120 million transactions", "1.5bn events", not "$20 million" nor a digit inside another number
    counted = rf"(?<![$€£¥\w.,])\d[\d,.]*\+?\s*(?:{alt(volume['counts'])})\s+{not_after}[a-z]"
    of_counts = rf"(?<!\w)(?:{alt(volume['of_counts'])})\s+{not_after}[a-z]"
    growth = signs["team_growth"]
    # a headcount to reach ("grow the team to 60 engineers", "from 46 to 85 engineers"), not people to develop
    # ("grow a team of 7 engineers through 1:1s", "grow the next staff engineers")
    grow = (
        rf"(?<!\w)(?:{alt(growth['verbs'])})(?:\W+\w+){{0,5}}?\W+(?:to|from)\W+(?:\w+\W+){{0,2}}?\d[\d,]*\+?"
        rf"(?:\W+\w+){{0,3}}?\W+(?:{alt(growth['people'])})(?!\w)"
    )
    words = rf"(?<!\w)(?:{alt(growth['growth_words'])})(?!\w)"
    return {
        Area.TECHNICAL_SCALE: re.compile(f"{counted}|{of_counts}", re.IGNORECASE),
        Area.SCALING: re.compile(f"{grow}|{words}", re.IGNORECASE),
    }


def area_weights(posting: Posting, posting_skills: Skills) -> dict[Area, float]:
    """How much the drafting leans on each area: half its level's prior, half what the posting's lines and skills
    stress. An internal weight for choosing stories and questions; the brief states area_stress, never this."""
    prior = area_data()["seniority_priors"][posting.seniority.value]
    emphasis = {area: 0.0 for area in Area}
    for line in posting_lines(posting):
        for area in Area:
            emphasis[area] += area_hits(area, line)
    for line in posting.nice_to_have:
        for area in Area:
            emphasis[area] += 0.5 * area_hits(area, line)
    for skill in posting_skills.items:
        for area in skill.areas:
            emphasis[area] += 0.3 if skill.need is Need.STACK else 1.0
    top = max(emphasis.values())
    if top == 0:
        return {area: float(prior[area.value]) for area in Area}
    return {area: round(0.5 * prior[area.value] + 0.5 * emphasis[area] / top, 2) for area in Area}


def _fit_area(area: Area, weight: float, inputs: _Inputs) -> AreaFit:
    resume_skills = inputs.resume_skills
    area_skill_names = {s.name for s in resume_skills.items if area in s.areas}
    asked = [s for s in inputs.posting_skills.items if area in s.areas and s.need is not Need.STACK]
    # a training course attended is no evidence of work in an area (issue 12: "a course on mentoring")
    worked = tuple(b for b in inputs.bullets if not is_learning(b.bullet.text, b.role.internship))
    evidence = _area_evidence(area, worked, inputs.skill_lines, area_skill_names, inputs.posting_skills)
    supporting = tuple(
        s.name
        for s in sorted(resume_skills.items, key=lambda s: (_strength_rank(s.strength), s.name.lower()))
        if area in s.areas
    )
    # shown as the skill match reads it: named on the résumé, or a competency its bullets show ("Led an 8-person
    # team" shows team leadership), not only a skill of the same name (issue 12: "0 shown" beside such bullets)
    held = {m.name for m in inputs.matches if m.strength is not None}
    on_resume = [s for s in asked if resume_skills.get(s.name) is not None or s.name in held]
    # the score credits a listed skill; the words say shown only of what a role's line shows (issue 12)
    in_role = {m.name for m in inputs.matches if shown_in_role(m)}
    shown = [s for s in on_resume if s.name in in_role or _strength_of(resume_skills, s.name) is Strength.DEMONSTRATED]
    # the STAR cards' figure test: a year, a version or a team without a number is no figure (issue 12)
    with_figures = sum(1 for b in evidence if has_figure(b.bullet))
    score = _area_score(len(evidence), with_figures, len(supporting), len(asked), len(on_resume))
    listed = f", {len(on_resume) - len(shown)} only listed or implied" if len(on_resume) > len(shown) else ""
    asks = f"posting asks for {_count(len(asked), 'skill')} here, {len(shown)} shown{listed}" if asked else (
        "posting names no skills here"
    )
    explanation = (
        f"{_count(len(evidence), 'bullet')}, {with_figures} with figures, "
        f"{_count(len(supporting), 'supporting skill')}; {asks}"
    )
    return AreaFit(
        area=area,
        weight=weight,
        score=score,
        explanation=explanation,
        evidence=tuple(b.citation() for b in evidence),
        skills=supporting,
        gaps=_area_gaps(area, inputs, asked),
    )


def _strength_of(skills: Skills, name: str) -> Strength | None:
    held = skills.get(name)
    return held.strength if held is not None else None


def _area_evidence(
    area: Area,
    bullets: tuple[_Scored, ...],
    skill_lines: dict[int, frozenset[str]],
    area_skill_names: set[str],
    posting_skills: Skills,
) -> tuple[_Scored, ...]:
    """The bullets that best show the area: cue words and area skills, then posting skills and figures."""
    ranked: list[tuple[float, int, _Scored]] = []
    all_names = area_skill_names | set(posting_skills.names())
    for item in bullets:
        shown = bullet_skills(item.bullet, skill_lines, all_names)
        own = area_hits(area, item.bullet.text) + len(shown & area_skill_names)
        if own == 0:
            continue
        relevance = 2 * own + len(shown & set(posting_skills.names())) + (1.5 if item.bullet.metrics else 0)
        ranked.append((relevance, item.bullet.line, item))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return tuple(r[2] for r in ranked[:MAX_EVIDENCE])


def _area_score(bullets: int, figures: int, supporting: int, asked: int, shown: int) -> int:
    # When the posting names skills here, covering them is 40 points; when it names none, the bullets decide.
    if asked:
        return round(40 * min(bullets, 3) / 3 + 20 * min(figures, 2) / 2 + 40 * shown / asked)
    return round(60 * min(bullets, 3) / 3 + 25 * min(figures, 2) / 2 + 15 * min(supporting, 3) / 3)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _area_gaps(area: Area, inputs: _Inputs, asked: list[Skill]) -> tuple[str, ...]:
    by_name = {m.name: m for m in inputs.matches}  # a choice met by another skill has no match of its own
    missing = [by_name.get(s.name) for s in sorted(asked, key=lambda s: s.name.lower()) if s.need is Need.REQUIRED]
    # a duty (a responsibility, "run on-call") is what the job is, not a skill asked of the candidate
    # and a tool given as an example ("such as Datadog") is met by the résumé's tool or practice of its kind
    gaps = [
        _skill_gap(m)
        for m in missing
        if m is not None and m.strength is None and not (m.duty or m.met_as_example or m.say_how)
    ]
    held = {m.name for m in inputs.matches if m.strength is not None}
    for signal in inputs.posting.leadership_signals:
        # "grow the team" from "You will hire and grow the team": the line's own skills (hiring, team building),
        # when the résumé shows them all, answer it (issue 12, blind review: a gap beside "Hired 4 engineers")
        named = {s.name for s in inputs.posting_skills.items if any(signal in e.text for e in s.evidence)}
        if named and named <= held and not _YEARS_RE.search(signal):  # years asked are counted, not matched
            continue
        if best_area(signal) is area:
            gap = _signal_gap(signal, inputs.resume, inputs.bullets)
            if gap:
                gaps.append(gap)
    return tuple(gaps[:MAX_GAPS])


def _skill_gap(match: SkillMatch) -> str:
    listed = (f" (your {match.listed_in} role lists {match.listed_instead})" if match.listed_in
              else f" (your skills list names {match.listed_instead})" if in_skills_list(match)
              else f" (your résumé names {match.listed_instead})")
    held = f" (you hold {match.substitute})" if match.substitute else listed if match.listed_instead else ""
    return f"required skill not on the résumé: {match.label}{held}"


def best_area(line: str) -> Area | None:
    """The area a posting line speaks to most; None when it matches no cue. Ties go to the earlier area. The
    company's own hiring for this post ("We're hiring a ...") speaks to no area (issue 12)."""
    line = without_hiring_this_post(line)
    hits = [(area_hits(area, line), -i, area) for i, area in enumerate(Area)]
    top = max(hits, key=lambda h: (h[0], h[1]))
    return top[2] if top[0] else None


def _signal_gap(signal: str, resume: Resume, bullets: tuple[_Scored, ...]) -> str | None:
    """Why a leadership signal is not yet shown: a bigger team, more years, or no résumé line about it."""
    years = [int(y) for y in _YEARS_RE.findall(signal)]
    # before any team size: "8+ years managing engineering teams" asks years, not a team of 8
    if years and asks_years_managing(signal):
        # years managing are counted from roles titled manager or above, never from the whole career (issue 12:
        # "19 years of experience" was read as 19 years managing)
        roles = [r for r in resume.roles if not r.internship]
        managed = years_in(resume, managing_roles(roles))
        if max(years) <= managed:
            return None
        shows = f"{years_said(managed)} as a manager" if managed >= 1 else "no role titled manager"
        return f"posting: {signal} — résumé shows {shows}"
    asked_team = max(team_sizes(signal), default=0)
    if asked_team:
        led = candidate_team_size(bullets)
        if asked_team > led:
            return f"posting: {signal} — {_team_shown(bullets)}"
        return None
    if years and resume.years_experience is not None:
        if max(years) > resume.years_experience:
            return f"posting: {signal} — résumé shows {years_said(resume.years_experience)}"
        return None
    if any(_shared_words(signal, b.bullet.text) >= 2 for b in bullets):
        return None
    # "Direct reports on both teams" beside "Managing two scrum teams including two people managers": the
    # signal names a competency and a bullet shows it by what the candidate did (issue 12, blind review).
    for name, spec in area_data()["competencies"].items():
        if cue_pattern(spec["cues"]).search(signal) and competency_evidence(name, bullets) is not None:
            return None
    return f"posting: {signal} — no résumé line shows this yet"


def _team_shown(bullets: Iterable[_HasBullet]) -> str:
    """What the résumé says of the teams led, in its own words when it counts teams ("two scrum teams"): a
    count of teams is no headcount, and its "two people managers" no team of two."""
    bullets = tuple(bullets)
    teams = next((b.bullet.text for b in bullets if team_counts(b.bullet.text)), None)
    led = largest_team(bullets)
    # a headcount said outright ("a team of 8", "an 8-person team") stands beside a count of teams in one bullet
    stated = led is not None and _HEADCOUNT_RE.search(as_figures(led[1].bullet.text)) is not None
    if teams and (led is None or (led[1].bullet.text == teams and not stated)):
        return f"résumé states teams led, not a headcount: “{teams.rstrip('.')}”"
    if led:
        return f"résumé shows teams up to {led[0]}"
    # a team the candidate worked in ("an 8-person development team") is a size stated, not none (issue 12)
    within = stated_team(bullets)
    if within:
        return f"résumé states a team of {within[0]} you worked in, not one you led"
    return "résumé states no team size"


def _content_words(text: str) -> set[str]:
    # Five-letter prefixes fold "hiring"/"hired", "mentor"/"mentoring" without a stemmer.
    return {w[:5] for w in _WORD_RE.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2}


def _shared_words(a: str, b: str) -> int:
    return len(_content_words(a) & _content_words(b))


def candidate_team_size(bullets: Iterable[_HasBullet]) -> int:
    """The largest team or headcount the résumé states the candidate led, hired or grown."""
    led = largest_team(bullets)
    return led[0] if led else 0


def largest_team(bullets: Iterable[_B]) -> tuple[int, _B] | None:
    """The largest team the candidate led, hired or grew, with the bullet that says so. A number of people
    in a bullet that leads no one ("onboarded 10+ people to the new tool") is not a team (issue 12)."""
    best: tuple[int, _B] | None = None
    for item in bullets:
        if not leads_people(item.bullet.text):
            continue
        sizes = list(team_sizes(item.bullet.text))
        for metric in item.bullet.metrics:
            if metric.kind is MetricKind.TEAM:
                sizes.extend(int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", metric.text))
        sizes = [n for n in sizes if 1 < n < 100_000]
        if sizes and (best is None or max(sizes) > best[0]):
            best = (max(sizes), item)
    return best


def stated_team(bullets: Iterable[_B]) -> tuple[int, _B] | None:
    """The largest team size any bullet states, led or not ("Worked in a team of 8", "an 8-person development
    team"), with its bullet: what the résumé says of team size when no bullet says the candidate led one."""
    best: tuple[int, _B] | None = None
    for item in bullets:
        # a team's size said outright ("a team of 8", "an 8-person team"), not people in passing ("Mentor two
        # junior engineers" is no team of 2)
        if _HEADCOUNT_RE.search(as_figures(item.bullet.text)) is None:
            continue
        sizes = team_sizes(item.bullet.text)
        if sizes and (best is None or max(sizes) > best[0]):
            best = (max(sizes), item)
    return best


@cache
def _leading() -> CuePattern:
    return cue_pattern(area_data()["competencies"]["team leadership"]["cues"])


@cache
def _team_verbs() -> tuple[CuePattern, CuePattern]:
    data = area_data()["seniority"]
    return cue_pattern(data["team_verbs"]), cue_pattern(data["team_nouns"])


def leads_people(text: str) -> bool:
    """A bullet about leading, managing, hiring or growing people, or coaching, mentoring or motivating a team
    (areas.json seniority "team_verbs"): a team one coaches and motivates is a team one leads (issue 12)."""
    if _leading().search(text) is not None:
        return True
    verbs, nouns = _team_verbs()
    for cue in verbs.finditer(text):
        clause = re.split(r"[;|•]|\.\s", text[cue.end():], maxsplit=1)[0]
        if any(nouns.search(word) for word in clause.split()[:TEAM_WINDOW]):
            return True
    return False


# --- scope and seniority ------------------------------------------------------------------------


def _scope(bullets: tuple[_Scored, ...]) -> tuple[Citation, ...]:
    """Bullets that state scale: teams, money, users, latency, traffic, uptime. Biggest kinds first."""
    ranked: list[tuple[int, int, _Scored]] = []
    for item in bullets:
        kinds = {m.kind for m in item.bullet.metrics}
        rank = min((SCOPE_KINDS.index(k) for k in kinds if k in SCOPE_KINDS), default=None)
        if rank is None and kinds and _SCOPE_WORDS.search(item.bullet.text):
            rank = len(SCOPE_KINDS)
        if rank is not None:
            ranked.append((rank, item.bullet.line, item))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return tuple(r[2].citation() for r in ranked[:MAX_SCOPE])


def title_seniority(title: str | None) -> Seniority:
    """The level a job title names, by the ladder in areas.json; OTHER when it names none."""
    text = (title or "").lower()
    for level, words in area_data()["seniority"]["titles"]:
        if any(whole_word(w, text) for w in words):
            return Seniority(level)
    return Seniority.OTHER


def _rank(level: Seniority) -> int:
    return int(area_data()["seniority"]["levels"][level.value]["rank"])


_INDIVIDUAL = (Seniority.OTHER, Seniority.IC_SENIOR, Seniority.IC_STAFF)


def level_step(wanted: Seniority, candidate: Seniority) -> int:
    """How many levels the posting sits above the candidate (below when negative). Moving from an individual
    contributor's title to managing people is a step even where the ladder ranks them alike (Staff Engineer
    and Engineering Manager); the brief's level verdict and its page-1 risk both rest on this one number."""
    if wanted is Seniority.OTHER:
        return 0
    step = _rank(wanted) - _rank(candidate)
    if candidate in _INDIVIDUAL and wanted not in _INDIVIDUAL:
        return max(step, 1)
    return step


MANAGER_RANK = 2  # areas.json seniority ladder: the rank of a manager


def month_number(value: str | None, as_of: dt.date | None = None) -> int | None:
    """A role date as a month count; "present" is the résumé's date; a year alone is its middle."""
    if value == "present" and as_of is not None:
        return as_of.year * 12 + as_of.month - 1
    if not value or not value[:4].isdigit():
        return None
    if len(value) >= 7 and value[5:7].isdigit():
        return int(value[:4]) * 12 + int(value[5:7]) - 1
    return int(value[:4]) * 12 + 6


def managing_roles(roles: list[Role]) -> list[Role]:
    """The roles titled manager or above."""
    levels = area_data()["seniority"]["levels"]
    return [
        r
        for r in roles
        if int(levels[title_seniority(r.title).value]["rank"]) >= MANAGER_RANK
        and title_seniority(r.title) not in (Seniority.IC_STAFF, Seniority.IC_SENIOR, Seniority.OTHER)
    ]


@dataclass(frozen=True)
class DomainShown:
    """Where the résumé shows a domain asked: the domain (the one asked, or another the posting accepts), the
    roles that show it, the line cited, and the words of its work when the line does not name it."""

    name: str
    roles: tuple[Role, ...]
    cite: Citation
    words: tuple[str, ...] = ()


def regulated_also(skills: Iterable[Skill]) -> tuple[str, ...]:
    """The regulated domains that also meet the domains asked when a posting's line accepts any ("healthcare or
    other regulated systems"; areas.json regulated_cues), else ()."""
    data = area_data()
    if any(cue_pattern(data["regulated_cues"]).search(e.text) for s in skills for e in s.evidence):
        return tuple(data["regulated_domains"])
    return ()


def domain_shown(
    names: Iterable[str], resume: Resume, resume_skills: Skills, also: Iterable[str] = ()
) -> DomainShown | None:
    """The first of the domains `names` the résumé's work shows, else the first of `also` (other domains the
    posting accepts): a bullet naming it, the skills stage's evidence, a narrower domain shown (payments for
    fintech, the taxonomy's implies), or else its work's own words, its regulations, users and objects ("HIPAA",
    "clinicians": areas.json domain_signs). One answer for the skill table and the requirements row, so the brief
    gives a domain one status (issue 12, blind review)."""
    names = list(names)
    others = [n for n in also if n not in names]
    return _domain_shown(names, resume, resume_skills) or (
        _domain_shown(others, resume, resume_skills) if others else None
    )


def _domain_shown(names: list[str], resume: Resume, resume_skills: Skills) -> DomainShown | None:
    roles = [r for r in resume.roles if not r.internship]
    for name in names:
        held = _in_domain_context(resume_skills.get(name))
        demonstrated = held is not None and held.strength is Strength.DEMONSTRATED
        named = [(r, b) for r in roles for b in r.bullets if mentions(name, b.text) and _domain_context(name, b.text)]
        if not demonstrated and not named:
            continue
        lines = {e.line for e in held.evidence} if held is not None and demonstrated else set()
        shown = [r for r in roles if any(b.line in lines for b in r.bullets)] + [r for r, _ in named]
        if named and not demonstrated:
            cite = Citation(named[0][1].text, named[0][0].label, named[0][1].line)
        else:
            assert held is not None
            cite = Citation(held.evidence[0].text, "your résumé", held.evidence[0].line)
        return DomainShown(name, tuple(dict.fromkeys(shown)), cite)
    for name in names:
        held = resume_skills.get(name)
        via = held.implied_by if held is not None and held.strength is Strength.IMPLIED else ()
        narrower = [s for s in resume_skills.items if s.name in via and s.strength is Strength.DEMONSTRATED]
        if narrower:
            lines = {e.line for e in narrower[0].evidence}
            cite = Citation(narrower[0].evidence[0].text, "your résumé", narrower[0].evidence[0].line)
            return DomainShown(narrower[0].name, tuple(r for r in roles if any(b.line in lines for b in r.bullets)),
                               cite)
    signs = area_data()["domain_signs"]
    for name in names:
        if name not in signs:
            continue
        pattern = cue_pattern(signs[name])
        found = [(len({m.lower() for m in pattern.findall(b.text)}), r, b)
                 for r in roles for b in r.bullets if pattern.search(b.text)]
        if not found:
            continue
        _, role, bullet = max(found, key=lambda f: f[0])  # the line with most of the work's words is cited
        # the cited line's own words, once each ("carrier" and "carriers" are one)
        matched = pattern.findall(bullet.text)
        said = {m.lower().removesuffix("s"): m for m in reversed(matched)}
        words = tuple(dict.fromkeys(said[m.lower().removesuffix("s")] for m in matched))[:3]
        at = tuple(dict.fromkeys(r for _, r, _ in found))
        return DomainShown(name, at, Citation(bullet.text, role.label, bullet.line), words)
    return None


def _domain_context(word: str, text: str) -> bool:
    """Whether a line naming a domain by a word that is also a technical term ("crypto") has one of the domain's
    context words beside it ("crypto wallet"); a word that is no such term always names its domain."""
    context = area_data()["ambiguous_domain_words"].get(word.lower())
    return context is None or cue_pattern(context).search(text) is not None


def _in_domain_context(skill: Skill | None) -> Skill | None:
    """The domain skill with only the evidence whose line names it in its domain's context: "the kernel crypto
    subsystem" is no cryptocurrency (areas.json "ambiguous_domain_words"); None when no evidence is left."""
    if skill is None:
        return None
    kept = tuple(e for e in skill.evidence if _domain_context(e.matched, e.text))
    if len(kept) == len(skill.evidence):
        return skill
    return dataclasses.replace(skill, evidence=kept) if kept else None


def years_in(resume: Resume, roles: Iterable[Role]) -> float:
    """The years the roles' dates cover, overlaps counted once: counted as the résumé's years are
    (resume.months_in), so a figure of one role never differs from the same role's share of the total."""
    return months_in(roles, resume.as_of) / 12


def level_name(level: Seniority) -> str:
    return str(area_data()["seniority"]["levels"][level.value]["name"])


def manages_managers(resume: Resume, bullets: Iterable[_B]) -> _B | None:
    """The latest role's bullet that shows its manager-rank holder managing managers (areas.json seniority
    "managers_of_managers"), or None. Never the title alone, never an earlier role: the lift is about today."""
    spec = area_data()["seniority"]["managers_of_managers"]
    latest = next((r for r in resume.roles if not r.internship), None)
    if latest is None or title_seniority(latest.title).value != spec["from"]:
        return None
    cues, verbs = cue_pattern(spec["cues"]), cue_pattern(spec["with"])
    own = (b for b in bullets if getattr(b, "role", None) is latest)
    return next((b for b in own if cues.search(b.bullet.text) and verbs.search(b.bullet.text)), None)


def led_team(resume: Resume, bullets: Iterable[_B]) -> _B | None:
    """The bullet of the two latest roles that says the candidate led a team or was its lead ("Became the team's
    lead developer", "Led a team of 4"), when neither role's title already names a lead's rung or above; else None.
    Level evidence beside the titles (areas.json seniority "led_team")."""
    recent = [r for r in resume.roles if not r.internship][:2]
    if not recent or max(_rank(title_seniority(r.title)) for r in recent) >= _rank(Seniority.IC_STAFF):
        return None
    cues = cue_pattern(area_data()["seniority"]["led_team"]["cues"])
    return next((b for b in bullets if getattr(b, "role", None) in recent and cues.search(b.bullet.text)), None)


def _lead_clause(text: str) -> str:
    """The clause of a bullet that says the candidate led a team ("Became the team's lead developer after a year"
    of a longer line), with "…" where the line goes on."""
    cue = cue_pattern(area_data()["seniority"]["led_team"]["cues"]).search(text)
    at = cue.start() if cue else 0
    start = max((m.end() for m in re.finditer(r"[,;:] ", text[:at])), default=0)
    end = min((m.start() for m in re.finditer(r"[,;:] |\.$", text[at:])), default=len(text) - at) + at
    clause = text[start:end].strip().rstrip(".")
    return ("… " if start else "") + clause + (" …" if end < len(text.rstrip(". ")) else "")


def candidate_seniority(resume: Resume, bullets: tuple[_Scored, ...], years_asked: int | None = None) -> Seniority:
    """The candidate's level: the highest level shown by the two latest roles' titles or by their bullets saying
    the candidate led a team (while the years shown are near the years the posting asks), lifted by long
    experience, and a manager's title lifted a rung when the latest role's own bullets show managing managers."""
    recent = [r for r in resume.roles if not r.internship][:2]
    levels = [title_seniority(r.title) for r in recent] or [Seniority.OTHER]
    if led_team(resume, bullets) is not None and not years_short(resume, years_asked):
        levels.append(Seniority(area_data()["seniority"]["led_team"]["level"]))
    level = max(levels, key=_rank)
    lift = area_data()["seniority"]["managers_of_managers"]
    if level.value == lift["from"] and manages_managers(resume, bullets) is not None:
        return Seniority(lift["to"])
    years = resume.years_experience or 0
    if level is Seniority.OTHER and years >= 5:
        return Seniority.IC_SENIOR
    if level is Seniority.IC_SENIOR and years >= 10 and candidate_team_size(bullets) >= 5:
        return Seniority.IC_STAFF
    return level


def years_short(resume: Resume, years_asked: int | None) -> bool:
    """Whether the résumé's years fall short of the years a posting asks by more than a lead held without the title
    can make up (areas.json seniority led_team "years_short"): a developer of nearly 3 years who led their team is
    not one step from a Staff post asking 8+ (issue 12, blind review)."""
    if not years_asked or resume.years_experience is None:
        return False
    return years_asked - resume.years_experience > area_data()["seniority"]["led_team"]["years_short"]


def level_rungs(resume: Resume, wanted: Seniority, candidate: Seniority, named: str | None) -> int:
    """How many levels the role sits above the candidate's latest title (below when negative): the ladder's step,
    and one more up where the role is a "Senior" rung of a director's or VP's level the title does not hold (an
    Engineering Manager to a Senior Director is two levels, a Director to a Senior Director one; issue 12, blind
    review). The level line, the risks table and the fit verdict all rest on this number."""
    step = level_step(wanted, candidate)
    latest = next((r for r in resume.roles if not r.internship), None)
    if latest is None or wanted is Seniority.OTHER:
        return step
    if step < 0:
        # a step down only where the title itself sits above the role, or its bullets lift a manager's title to
        # managing managers; years alone read into a level are no title to step down from (issue 12, blind review)
        lift = area_data()["seniority"]["managers_of_managers"]
        titled = title_seniority(latest.title)
        scope = candidate.value == lift["to"] and titled.value == lift["from"]
        return step if scope or level_step(wanted, titled) < 0 else 0
    senior = cue_pattern(area_data()["seniority"]["senior_rungs"])
    level = named or level_name(wanted)
    return step + (1 if senior.search(level) and not senior.search(latest.title or "") else 0)


def level_ask(posting: Posting) -> str:
    """What to prepare for a step up to the posting's level; for an individual contributor's seat on one team, as
    the posting states it, what that seat asks rather than the level's work across teams."""
    seniority = area_data()["seniority"]
    across = cue_pattern(seniority["across_teams"])
    lines = (*posting_lines(posting), *posting.team_about)
    if posting.people_manager is False and not any(across.search(line) for line in lines):
        return str(seniority["individual_contributor_ask"])
    return str(seniority["levels"][posting.seniority.value]["ask"])


def rung_words(rungs: int) -> str:
    """ "one level", "two levels": a step up as the level line and the risks table both say it."""
    words = area_data()["seniority"]["rungs"]
    return str(words[min(max(rungs, 1), len(words)) - 1])


def _seniority_fit(
    resume: Resume, bullets: tuple[_Scored, ...], posting: Posting, matches: tuple[SkillMatch, ...] = ()
) -> SeniorityFit:
    candidate = candidate_seniority(resume, bullets, posting.years_asked)
    lifted = candidate.value == area_data()["seniority"]["managers_of_managers"]["to"]
    managers = manages_managers(resume, bullets) if lifted else None
    latest = next((r for r in resume.roles if not r.internship), None)
    shows = spoken(latest.title) if latest and latest.title else level_name(candidate)
    team = candidate_team_size(bullets)
    detail = f"résumé shows {shows}" + (f" with teams up to {team}" if team else "")
    led = led_team(resume, bullets)
    if led is not None:
        # the line that shows the lead beside the title, so the step is read against both (issue 12)
        detail += f", and “{_lead_clause(led.bullet.text)}” ({led.role.label})"
    wanted = posting.seniority
    # the posting's own words ("Senior Engineering Manager", "Head of Platform"), not the ladder's rung name
    named = posting.level or level_name(wanted)
    rungs = level_rungs(resume, wanted, candidate, named)
    track = rungs > 0 and to_managing(resume, wanted, candidate)
    people = _people_line(bullets) if track else None
    if wanted is Seniority.OTHER:
        verdict = f"The posting names no level; {detail}: match your stories to its responsibilities"
    elif track:
        # individual contributor to people manager is a change of track, said with what the posting asks of it
        # and the nearest line the résumé has (issue 12, blind review: "a step up of one level" from a kernel IC)
        asks = (f"the posting asks {posting.years_managing_asked}+ years managing"
                if posting.years_managing_asked else f"{named} manages people")
        shown = (f"its nearest line is “{people.bullet.text.rstrip('.')}”" if people
                 else "no line shows managing people")
        # a move of track that is also more than one rung says both (a Staff engineer to a VP)
        also = f", and {rung_words(rungs)} up" if rungs > 1 else ""
        verdict = (f"Posting is {named} level, a move from individual contributor to managing people{also}: {asks}; "
                   f"{detail}, and {shown}: {level_ask(posting)}")
    elif rungs > 0 and years_short(resume, posting.years_asked):
        # the years asked said beside the step, so a lead held for a while never reads as nearly there (issue 12)
        shown_years = years_said(resume.years_experience or 0)
        large = f"a large step ({named} asks {posting.years_asked}+ years; you show {shown_years})"
        verdict = f"Posting is {named} level, {rung_words(rungs)} up, {large}; {detail}: {level_ask(posting)}"
    elif rungs > 0:
        verdict = f"Posting is {named} level, {rung_words(rungs)} up; {detail}: {level_ask(posting)}"
    elif rungs < 0:
        # a manager of managers stepping to one team: the step is in scope, not title (issue 12, blind review)
        why = ("you manage managers today, so " if managers else "") + "be ready to say why this role"
        verdict = f"Posting is {named} level; {detail}: {why}, and show recent hands-on work"
    elif rungs == 0 and from_managing(resume, wanted, posting):
        # a manager to an individual contributor's seat is a change of track, never "a level match" (issue 12, blind
        # review: an Engineering Manager against a Staff ML Engineer post)
        verdict = (f"Posting is {named} level, an individual contributor's role; {detail}: a move from managing "
                   "people back to hands-on work, a change of track: say why you want it, and show recent hands-on "
                   "work")
    elif posting.years_asked and resume.years_experience is not None and resume.years_experience < posting.years_asked:
        # the title's rung is held but not the years the posting asks: a match of title only (issue 12, blind review)
        short = f"the posting asks {posting.years_asked}+ years; you show {years_said(resume.years_experience)}"
        verdict = f"Posting is {named} level; {detail}: a match of title only ({short}), so show the scope you owned"
    elif rungs == 0 and (field := field_not_shown(posting, matches)) is not None:
        # the rung is held in another field: a web lead against a post asking 7+ years of machine learning (issue 12).
        # The ask is quoted as the posting words it, never paraphrased; "in title only" is said only when the
        # titles are the same: a Manager lifted to a Director's rung by managing managers holds no Director's title
        same = bool(latest and latest.title and latest.title.strip().lower() == named.strip().lower())
        only = "the level matches in title only" if same else "the level matches but the field does not"
        verdict = (f"Posting is {named} level; {detail}: a change of field (the posting asks “{field}”, which no "
                   f"role shows), so {only}: show what carries over")
    elif rungs == 0 and (larger := _larger_scope(resume, bullets, posting, team)) is not None:
        # the same title family over a larger organisation than any the résumé states is a step up in scope, never
        # "a level match" (issue 12, blind review: one team with no head count against two teams of 11)
        verdict = (f"Posting is {named} level; {detail}: a step up in scope, not a level match ({larger}), so show "
                   "the largest scope you owned and ask what the larger one needs first")
    else:
        verdict = f"Posting is {named} level; {detail}: a level match, so show the scope you owned"
    return SeniorityFit(wanted, candidate, verdict + ".", detail, named, managers.citation() if managers else None,
                        led.citation() if led else None, rungs, track, people.citation() if people else None)


def _larger_scope(resume: Resume, bullets: tuple[_Scored, ...], posting: Posting, team: int) -> str | None:
    """What the posting's scope asks beyond any the résumé states: a head count above the largest team the
    candidate led, or managers to manage when no bullet shows managing managers; None when the résumé's scope
    meets it or the posting states none."""
    asked = posting.team_size_asked or ""
    spec = area_data()["seniority"]["managers_of_managers"]
    cues, verbs = cue_pattern(spec["cues"]), cue_pattern(spec["with"])
    # a line that leads managers ("Lead two teams, including two engineering managers"), not one that works
    # beside them ("Partner with engineering managers")
    managers = any(cues.search(line) and verbs.search(line) for line in (asked, *posting_lines(posting)))
    reasons = []
    size = max(team_sizes(asked), default=0)
    if size > team:
        stated = f"the largest team your résumé states is {team}" if team else "your résumé states no team size"
        reasons.append(f"the posting asks “{asked.rstrip('.')}”; {stated}")
    if managers and manages_managers(resume, bullets) is None:
        reasons.append("it asks you to lead managers, which no bullet shows")
    return "; ".join(reasons) or None


def from_managing(resume: Resume, wanted: Seniority, posting: Posting) -> bool:
    """Whether the candidate's latest post is titled manager or above and the posting is an individual
    contributor's seat: a move of track back to hands-on work, whatever the rungs say."""
    latest = [r for r in resume.roles if not r.internship][:1]
    return wanted in _INDIVIDUAL and wanted is not Seniority.OTHER and posting.people_manager is not True and bool(
        managing_roles(latest))


_YEARS_OF = re.compile(r"(?i)\b(\d{1,2})\s*\+?\s*(?:or more\s+)?(?:years?|yrs)\b")


def field_not_shown(posting: Posting, matches: Iterable[SkillMatch]) -> str | None:
    """The posting's clause that asks years in a field ("7+ years of machine learning"), as it words it, when no
    role shows the field: the résumé's level is then held in another field. Only a skill named in the same clause
    as the years counts."""
    required = [m for m in matches if m.need is Need.REQUIRED and not m.duty]
    for line in posting.requirements:
        years = _YEARS_OF.search(line)
        if years is None:
            continue
        start = max(line.rfind(sep, 0, years.start()) for sep in (",", ";", ". ", ":")) + 1
        ends = [i for i in (line.find(sep, years.end()) for sep in (",", ";", ". ")) if i >= 0]
        clause = line[start : min(ends, default=len(line))]
        named = [m for m in required if mentions(m.name, clause)]
        if named and not any(shown_in_role(m) for m in named):
            # from the figure on: "We expect 10+ years ..." is quoted as "10+ years ...", the ask without its lead-in
            return line[years.start() : start + len(clause)].strip().rstrip(".")
    return None


def to_managing(resume: Resume, wanted: Seniority, candidate: Seniority) -> bool:
    """Whether the posting manages people and the candidate has held no post titled manager or above: a move
    of track, from individual contributor to people manager, whatever the rungs between."""
    ic = (Seniority.OTHER, Seniority.IC_SENIOR, Seniority.IC_STAFF)
    roles = [r for r in resume.roles if not r.internship]
    return wanted not in ic and candidate in ic and not managing_roles(roles)


def _people_line(bullets: tuple[_Scored, ...]) -> _Scored | None:
    """The résumé's nearest line to managing people: its work managing, hiring, leading or growing people."""
    for name in area_data()["seniority"]["people_lines"]:
        found = competency_evidence(name, bullets)
        if found is not None:
            return found
    return None
