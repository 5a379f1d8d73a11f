"""Part of draft: the eight classic questions, each matched to the one résumé bullet that tells it best."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tailor.draft.words import (
    _DIGIT,
    _PARENS,
    _SUBJECT,
    _UNFINISHED,
    _article,
    _clauses,
    _clean,
    _Context,
    _continues,
    _first_person,
    _gerund_base,
    _heading_line,
    _in_past,
    _in_present,
    _ing,
    _is_current,
    _is_technology,
    _Item,
    _join,
    _latest_role,
    _lead_verb,
    _lower_first,
    _names_list,
    _own_item,
    _past,
    _phrase_piece,
    _project,
    _question_pattern,
    _said_whole,
    _technical,
    _tells,
    _verb,
    _verbatim,
    _year,
    brief_data,
)
from tailor.entries import is_learning
from tailor.fit import (
    YEAR_RE,
    area_hits,
    as_figures,
    bullet_skills,
    done_to_people,
    figure_counts,
    figure_metrics,
    has_figure,
    mentions,
    sizes_in_figures,
    team_sizes,
    whole_word,
)
from tailor.model import (
    Area,
    Bullet,
    Citation,
    Need,
    Role,
    SectionKind,
    Seniority,
    StarPrompt,
    spoken,
)

OLD_STORY_YEARS = 7
# a result said whole may run longer than an action: its figure and what it is measured against end it
RESULT_WORDS = 24
# above everything else a line's fit and story value can add up to, so that the DP over stories gives a question
# the line naming its own competency unless that line is the only story for a question weighing more
COMPETENCY_WEIGHT = 10.0


# "cutting p99 latency from 820 ms to 140 ms": what changed, and its value before. Commas inside numbers are kept;
# "from 4 to 12 engineers by interviewing ..." ends before its means ("stood at 4 engineers by interviewing", issue 12)
_NOT_CLAUSE_END = r"(?:[^,;]|,(?=\d{3}))"


_FROM_TO = re.compile(
    rf"(?i)((?:[\w/%-]+ ){{1,4}})from ({_NOT_CLAUSE_END}+?) to ({_NOT_CLAUSE_END}+?)"
    r"(?=[,;.](?!\d)|$| in | with | for | and | by )"
)


@dataclass
class _Said:
    """What the cards drafted so far have said: which wording of each scaffold sentence was used last, and the
    advice given, so that no card repeats another's sentence (issue 12: the same scaffold on every card)."""

    uses: Counter[str] = field(default_factory=Counter)
    advice: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)
    # the role of the card shown just before, None after a card with no story: "This is from X too" is said only
    # right after a card from X (issue 12, blind review: "too" after a card from another employer)
    last_role: int | None = None

    def draft(self, key: str) -> str:
        """The next wording of a drafted sentence (star_draft), in turn across the brief."""
        templates: list[str] = brief_data()["star_draft"][key]
        self.uses[f"draft {key}"] += 1
        return templates[(self.uses[f"draft {key}"] - 1) % len(templates)]

    def variant(self, key: str) -> str:
        """The next wording of a scaffold sentence, in turn across the cards and round again, so that no wording
        stands on more than two of a brief's eight cards (brief s4 "cards")."""
        templates: list[str] = brief_data()["star_scaffold"][key]
        self.uses[key] += 1
        return templates[(self.uses[key] - 1) % len(templates)]

    def new(self, advice: list[str]) -> list[str]:
        """The advice not given on an earlier card ("Mention hiring ..." once, not on every card that could)."""
        fresh = [a for a in advice if a not in self.advice]
        self.advice.update(fresh)
        return fresh


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
    pool = _pool(ctx)
    options: dict[int, list[tuple[int, float]]] = {}  # bullet index -> (question, score)
    for index, spec in enumerate(specs):
        for n, score in _rank_for_question(ctx, spec, pool):
            options.setdefault(n, []).append((index, score))
    chosen = _assign(len(pool), len(specs), options)
    # The questions the strict match left empty take the lines still free that come nearest them, labelled as
    # nearest evidence, rather than "no bullet fits" beside a résumé with material (issue 12); as an assignment
    # too, so that a line near two questions goes where no other line can stand in (brief s6 "stories")
    # Lines from outside work (a talk, a meetup) come last: only a question no line of work comes near, even told
    # again, takes one (issue 12, blind review: a conference talk told for team leadership beside a Tech Lead's
    # "Led projects")
    used = set(chosen.values())
    near: dict[int, list[tuple[int, float]]] = {}
    for index, spec in enumerate(specs):
        if index not in chosen:
            for n, score in _near_bullets(ctx, spec, used, pool, outside=False):
                near.setdefault(n, []).append((index, score))
    closest = _assign(len(pool), len(specs), near)
    chosen.update(closest)
    # a question still empty may retell a story another card tells, where its line is near this one too ("shipped
    # the waiting room in 10 weeks" for speed as well as for leading the team), each line at most twice: a short
    # résumé's few lines are all a candidate has, and a hand-written brief retells them rather than leave a card empty
    told = {n: q for q, n in chosen.items()}
    # a line told on one card that fits another question strictly is that question's story too, on every question
    # still empty it fits, the best-scoring such line for each (brief s9 "stories6", blind review: five cards "no
    # story" while another card quoted the very line that fits)
    fitting: dict[int, int] = {}
    for q in range(len(specs)):
        scored = [(score, -n, n) for n, pairs in options.items() if n in told for p, score in pairs if p == q]
        if q not in chosen and scored:
            fitting[q] = max(scored)[2]
    retold = {q: told[n] for q, n in fitting.items()}
    again: dict[int, list[tuple[int, float]]] = {}
    for index, spec in enumerate(specs):
        if index not in chosen and index not in fitting:
            for n, score in _near_bullets(ctx, spec, set(range(len(pool))) - set(told), pool, signals_only=True):
                again.setdefault(n, []).append((index, score))
    retold.update({q: told[n] for q, n in _assign(len(pool), len(specs), again).items()})
    chosen.update({q: chosen[other] for q, other in retold.items()})
    used = set(chosen.values())
    outside: dict[int, list[tuple[int, float]]] = {}
    for index, spec in enumerate(specs):
        if index not in chosen:
            for n, score in _near_bullets(ctx, spec, used, pool):
                outside.setdefault(n, []).append((index, score))
    last = _assign(len(pool), len(specs), outside)
    chosen.update(last)
    closest.update(last)
    supports = _supports(ctx, specs, chosen, pool, set(closest) | set(retold))
    said = _Said()
    return tuple(
        _star_prompt(
            ctx, spec, _stories(pool, chosen.get(i), supports.get(i)), said,
            closest=i in closest or (i in retold and i not in fitting),
            again=specs[retold[i]]["label"] if i in retold else "", fits=i in fitting,
            related=() if i in chosen else _related(ctx, spec, pool),
        )
        for i, spec in enumerate(specs)
    )


def _related(ctx: _Context, spec: dict[str, Any], pool: tuple[_Item, ...]) -> tuple[_Item, ...]:
    """For a question no line answers, the two lines that come nearest it without its evidence kind, listed on
    the card as related, never as the story (brief s8 "stories": a hand brief's "(no documented conflict)", then
    what there is)."""
    groups = [_question_pattern(tuple(group)) for group in spec.get("evidence") or ()]
    near = sorted(_near_bullets(ctx, spec, set(), pool, gate=False), key=lambda pair: -pair[1])
    # a line is related only when it shows some of the evidence asked for: "landing pages for marketing campaigns"
    # shares a word with product vs engineering, and no part of its evidence
    return tuple(pool[n] for n, _ in near
                 if any(g.search(_told(pool[n])) for g in groups) and not _rework(spec, _told(pool[n])))[:2]


def _stories(pool: tuple[_Item, ...], primary: int | None, support: int | None) -> tuple[_Item, ...]:
    if primary is None:
        return ()
    return (pool[primary],) if support is None else (pool[primary], pool[support])


def _supports(
    ctx: _Context, specs: list[dict[str, Any]], chosen: dict[int, int], pool: tuple[_Item, ...], near: set[int]
) -> dict[int, int]:
    """For each story whose line has no result figure, a line of the same role that gives one about the same
    thing, naming the same technology or a word few lines share ("Designed the ingestion pipeline" + "Cut ingestion
    lag by 70%"), as a hand-written brief builds a story from two lines; each line supports one story and is no
    story itself. A line that only speaks to the same question is another story: "Moved 7 million rows ..." is
    no result of "Migrated the monolith to microservices" (issue 12, blind review: a Result from another bullet).
    The questions in `near` (told by nearest evidence) come after the rest."""
    used = set(chosen.values())
    found: dict[int, int] = {}
    # the stories that fit their question take their support first: a line told again as nearest evidence must
    # not take the scope figure of the card that tells it strictly
    for index, spec in sorted(enumerate(specs), key=lambda pair: pair[0] in near):
        primary = pool[chosen[index]] if index in chosen else None
        if primary is None or primary.role not in ctx.resume.roles or _has_result(primary.bullet, spec):
            continue
        avoid = _question_pattern(tuple(spec["avoid"] or ["\x00"]))
        tools, words = set(_named_technologies(ctx, primary.bullet)), _salient(primary.bullet.text)
        for n, item in enumerate(pool):
            text = item.bullet.text
            if n in used or item.role is not primary.role or not _result_figures(item.bullet) or avoid.search(text):
                continue
            # an achievement line naming the role's employer is the role's own wherever it is printed (_section_items)
            if not item.section and not _in_role_section(ctx, primary.role, item.bullet.line):
                continue
            if _continues(_clean(text)) or _heading_line(text):
                continue
            if tools & set(_named_technologies(ctx, item.bullet)) or words & _salient(text):
                found[index] = n
                used.add(n)
                break
    return found


def _salient(text: str) -> set[str]:
    """The long words of a line that few lines of a résumé share ("ingestion", "checkout"; star_support)."""
    generic = set(brief_data()["star_support"]["generic"])
    return {w for w in re.findall(r"[a-z][a-z-]{5,}", text.lower()) if w not in generic}


def _has_result(bullet: Bullet, spec: dict[str, Any]) -> bool:
    return bool(_result_figures(bullet) or _change_clause(bullet, spec))


def _pool(ctx: _Context) -> tuple[_Item, ...]:
    """The lines a story can come from: every role's bullets, each item under a lead-in with that lead-in
    ("Features I've built include:" then "Offline checkout for the POS terminal"), and the lines of an
    achievement section not under a role ("Key achievements": "Cut release time from 2 days to 2 hours")."""
    items = []
    for role in ctx.resume.roles:
        lead = None
        for item in (i for i in ctx.items if i.role is role):
            if _heading_line(item.bullet.text):
                lead = item.bullet if item.bullet.text.rstrip().endswith(":") else None
                items.append(item)
                continue
            lead = lead or _lead_above(ctx, item.bullet)
            own = _inline_lead(item.bullet) or lead
            # a list of names under its label takes no verb from it: "Technologies I worked with:" then "Node.js,
            # Jest, MongoDB" is no "worked Node.js, Jest, ..." (issue 12); the list stays the role's evidence only
            listed = own is not None and _names_list(item.bullet.text, own)
            items.append(dataclasses.replace(item, lead=own) if own and _lead_verb(own) and not listed else item)
            # a line with its own verb ends the lead-in's list: a verbless line after it is not known to be an item
            if _tells(item.bullet.text):
                lead = None
    return (*items, *_section_items(ctx, {i.bullet.line for i in items}, leadership=True))


def _lead_above(ctx: _Context, bullet: Bullet) -> Bullet | None:
    """A lead-in printed as a plain line just above a bullet ("Projects I led:"), not as a bullet itself."""
    lines = ctx.resume.document.lines
    above = lines[bullet.line - 1] if 0 < bullet.line < len(lines) else None
    if above is None or above.bullet or above.heading or not above.text.rstrip().endswith(":"):
        return None
    return Bullet(above.text, bullet.line - 1) if _heading_line(above.text) else None


def _inline_lead(bullet: Bullet) -> Bullet | None:
    """A lead-in that opens its own line ("Projects I led: the payments API and the ledger"), as a line of its own."""
    head, colon, rest = bullet.text.partition(": ")
    lead = Bullet(head + ":", bullet.line)
    return lead if colon and rest.strip() and _heading_line(lead.text) and _lead_verb(lead) else None


def _section_items(ctx: _Context, taken: set[int], leadership: bool = False) -> list[_Item]:
    """The lines of the achievement sections ("Key achievements", "Highlights"), each cited to its own line and
    told under a role only when it names that role's employer: its place on the page says no more than that. So
    too the lines of a Leadership, Volunteering or Community section that holds no post read as a role ("Founder
    and organizer of a 300-member community meetup"), told with their section, as no job, with `leadership`: a
    story, though no result to pitch (issue 12)."""
    headings = _question_pattern(tuple(brief_data()["star_sources"]["achievement_headings"]))
    lines = ctx.resume.document.lines
    items: list[_Item] = []
    for section in ctx.resume.sections:
        if not section.heading:
            continue
        posts = any(section.first_line <= r.line <= section.last_line for r in ctx.resume.roles)
        led = leadership and section.kind is SectionKind.LEADERSHIP and not posts
        if not headings.search(section.heading) and not led:
            continue
        # a section with bullets joins each bullet's wrapped lines onto it; one without takes each line alone
        marked = any(lines[i].bullet for i in range(section.first_line, min(section.last_line + 1, len(lines))))
        texts: list[list[Any]] = []  # [first line, last line, text]
        for index in range(section.first_line, min(section.last_line + 1, len(lines))):
            line = lines[index]
            if index in taken or line.heading or not line.text.strip():
                continue
            if marked and not line.bullet and texts and texts[-1][1] == index - 1:
                texts[-1][1:] = [index, f"{texts[-1][2]} {line.text.strip()}"]
                continue
            texts.append([index, index, line.text.strip()])
        heading_line = max(section.first_line - 1, 0)
        for index, _, text in texts:
            role = next((r for r in ctx.resume.roles if r.company and r.company in text), None)
            where = role or Role(None, None, None, None, line=heading_line)
            items.append(_own_item(ctx.resume, _Item(where, Bullet(text, index), section=section.heading)))
    return items


def compile_ahead() -> None:
    """The questions' cue patterns of brief.json, compiled now (see fit.compile_ahead): a sixth of drafting."""
    _question_pattern(tuple(brief_data()["star_sources"]["achievement_headings"]))
    _question_pattern(tuple(brief_data()["star_verbless"]["words"]))
    for words in _features().values():
        _question_pattern(tuple(words))
    for spec in brief_data()["star"]:
        _question_pattern(_forms(tuple(spec["competency"])))
        _question_pattern(_forms(tuple(spec["strong"] + spec["competency"])))
        for cues in (spec["cues"], spec["strong"], spec["subject"], *(spec.get("closest") or ())):
            _question_pattern(tuple(cues))
        for cues in spec.get("near") or ():
            _question_pattern(tuple(cues))
        for group in spec.get("rework_not_evidence") or ():
            _question_pattern(tuple(group))
        for key in ("avoid", "not_strong", "admits", "off_topic", "rework_unless"):
            _question_pattern(tuple(spec.get(key) or ["\x00"]))
        # the verbs in their other forms, as the ranking asks for them
        for cues in (spec["cues"], spec["strong"], spec.get("admits") or ["\x00"]):
            _question_pattern(_forms(tuple(cues)))
        if spec.get("strong_change"):
            _question_pattern(tuple(spec["strong_change"]))
        if spec.get("point"):
            _question_pattern(_forms(tuple(spec["point"])))


def _near_bullets(
    ctx: _Context, spec: dict[str, Any], used: set[int], pool: tuple[_Item, ...], signals_only: bool = False,
    gate: bool = True, outside: bool = True,
) -> list[tuple[int, float]]:
    """The free lines that come near a question, with how near: first those that share its subject
    (star[].closest: a system under load for scaling, a choice between options for build or buy), then those
    with any signal of it (star[].near: reviewing others' work or running a training course for mentoring, a
    custom framework built for build or buy, maintaining a project for ownership), by their cues, the question's
    area and the story value. None when no free line does: then "no résumé line fits" is the truth. With
    signals_only, only the latter (a line retold: its signals must speak to this question, not its subject alone).
    Without `gate`, lines that lack the question's evidence kind too: a "no story" card's related lines."""
    pattern, strong = _question_pattern(_forms(tuple(spec["cues"]))), _question_pattern(_forms(tuple(spec["strong"])))
    avoid = _question_pattern(tuple((spec["avoid"] + spec.get("off_topic", [])) or ["\x00"]))
    not_strong = _question_pattern(tuple(spec.get("not_strong") or ["\x00"]))
    competency = _question_pattern(_forms(tuple(spec["competency"])))
    subjects = [_question_pattern(tuple(cues)) for cues in spec.get("closest") or [spec["subject"]]]
    signals = [_question_pattern(tuple(cues)) for cues in spec.get("near") or ()]
    area = Area(spec["area"])
    found = []
    for n, item in enumerate(pool):
        text = _told(item)
        # another story's bullet (a frontend one for a backend question) is no neighbour, however it scores
        if n in used or item.role.internship or avoid.search(text) or not _tellable(item):
            continue
        if not outside and _outside_work(ctx, item):
            continue
        if not (_evidenced(ctx, spec, item) or _near_evidence(spec, item) if gate else _may_tell(ctx, spec, item)):
            continue
        # a project the candidate built, named with no verb ("Shopfront - iOS app for ..."), is the nearest a
        # design story its line comes, told as what it is; it names no verb of making to match
        project = bool(spec.get("project_admits") and _project(item.bullet.text))
        # "selected as speaker" is no choice between options, as in the strict match
        said = not_strong.sub(" ", text)
        hits = 3 * len(set(strong.findall(text))) + 1.5 * len(set(pattern.findall(text))) + area_hits(area, text)
        hits += 1.5 * project + COMPETENCY_WEIGHT * bool(competency.search(said))
        # sharing the question's subject makes a line near only with a cue of it besides ("a team" alone is none);
        # such a line comes nearer than one with the signals of star[].near only
        close = not signals_only and (project or all(s.search(said) for s in subjects)) and hits > 0
        if not close and not (signals and all(s.search(said) for s in signals)):
            continue
        hits += COMPETENCY_WEIGHT * close + sum(len(set(s.findall(said))) for s in signals)
        found.append((n, hits + _story_value(ctx, area, item)))
    return found


def _assign(bullets: int, questions: int, options: dict[int, list[tuple[int, float]]]) -> dict[int, int]:
    """The question -> bullet assignment that fills the most questions and, of those, has the largest total score
    (dynamic programming over which questions are filled): two lines each naming a competency must not leave a
    third question empty that one of them could fill (issue 12: each area covered once where the résumé allows).
    Ties go to earlier bullets, so the same inputs always give the same stories."""
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
    _, picks = max(best.values(), key=lambda v: (len(v[1]), v[0]))
    return dict(picks)


def _evidenced(ctx: _Context, spec: dict[str, Any], item: _Item) -> bool:
    """Whether a line shows the kind of evidence its question needs, every group of star[].evidence (a system and a
    sign of scale for a scaling story; product or design and a decision for product vs engineering): a line that
    only shares a word with the question ("collaborating with designers" for a conflict with product, a frontend
    build for the design of a service) answers another question, and the card says "no story" instead (issue 12,
    brief s8 "stories"). A figure stands for the last group where star[].evidence_figure says so ("40% for 2M")."""
    if not _may_tell(ctx, spec, item) or _rework(spec, _told(item)):
        return False
    text = _question_pattern(tuple(spec.get("not_strong") or ["\x00"])).sub(" ", _told(item))
    if spec.get("switch_strong") and _switches(ctx, text):  # "moved ranking from Solr to a Rust service"
        return True
    groups = spec.get("evidence") or []
    for index, group in enumerate(groups):
        figure = spec.get("evidence_figure") and index == len(groups) - 1 and has_figure(item.bullet)
        if not figure and not _question_pattern(tuple(group)).search(text):
            return False
    return True


def _rework(spec: dict[str, Any], text: str) -> bool:
    """Whether a line reworks what it does not make anew, for a question it then does not answer
    (star[].rework_not_evidence: a UI refactored from jQuery to React is no design of a new service), and names
    nothing of star[].rework_unless that would make it one (its API, its backend; brief s9 "stories6")."""
    groups = spec.get("rework_not_evidence") or ()
    if not groups or not all(_question_pattern(tuple(group)).search(text) for group in groups):
        return False
    return not _question_pattern(tuple(spec.get("rework_unless") or ["\x00"])).search(text)


def _near_evidence(spec: dict[str, Any], item: _Item) -> bool:
    """Whether a line shows the lesser evidence that makes it a question's nearest story though not its own
    (star[].partial_evidence: a backend service built for the design question), and nothing of star[].partial_avoid
    (a frontend built designs no service: issue 12, brief s8 "stories")."""
    groups = spec.get("partial_evidence") or ()
    text = _told(item)
    if not groups or _question_pattern(tuple(spec.get("partial_avoid") or ["\x00"])).search(text):
        return False
    return all(_question_pattern(tuple(group)).search(text) for group in groups)


def _may_tell(ctx: _Context, spec: dict[str, Any], item: _Item) -> bool:
    """A line from outside work (a side business, a meetup) tells only the people and ownership questions."""
    return bool(spec.get("outside_work")) or not _outside_work(ctx, item)


def _outside_work(ctx: _Context, item: _Item) -> bool:
    """Whether a line is from outside work: a line of a Leadership or Community section under no role, or a role
    printed under a side-project or volunteering heading (star_strength.outside_work_headings)."""
    headings = _question_pattern(tuple(brief_data()["star_strength"]["outside_work_headings"]))
    if item.section and item.role not in ctx.resume.roles:
        # an achievement section ("Key achievements") holds work; a Leadership or Community one, what is not
        return any(
            section.heading == item.section
            and (section.kind is SectionKind.LEADERSHIP or bool(headings.search(item.section)))
            for section in ctx.resume.sections
        )
    return any(
        section.heading and section.first_line <= item.role.line <= section.last_line
        and section.kind is not SectionKind.EXPERIENCE and headings.search(section.heading)
        for section in ctx.resume.sections
    )


def _story_value(ctx: _Context, area: Area, item: _Item) -> float:
    """What makes a bullet a good story for any question: its area, this posting's stress, recency, a figure."""
    roles = ctx.resume.roles
    # an achievement line under no role has no date: counted as from the second role, neither newest nor old
    recency = 1.0 / (1 + (roles.index(item.role) if item.role in roles else 1))
    # a people question asked for a manager's post is best told from a line of leading or managing, and recent
    # work counts for more than an old engineer's line (brief s6 "stories": an IC line for the leadership questions)
    leading = area is Area.TEAM_AND_HIRING and ctx.fit.seniority.posting in _MANAGING
    return (
        min(area_hits(area, item.bullet.text), 3)
        + 4 * ctx.weight(area)
        + (6 if leading else 2) * recency
        + 2 * has_figure(item.bullet)
        + 4 * (leading and _shows_feature("leadership", (item,)))
        - 3 * item.role.internship
        # a line of work before one from outside it, where both tell the story (issue 12, blind review)
        - 4 * _outside_work(ctx, item)
    )


_MANAGING = frozenset({Seniority.MANAGER, Seniority.DIRECTOR, Seniority.HEAD, Seniority.VP, Seniority.CTO})


def _rank_for_question(ctx: _Context, spec: dict[str, Any], pool: tuple[_Item, ...]) -> list[tuple[int, float]]:
    """The lines of the pool that tell a question's story (by index), with how well each tells it."""
    pattern, strong = _question_pattern(_forms(tuple(spec["cues"]))), _question_pattern(_forms(tuple(spec["strong"])))
    subject, avoid = _question_pattern(tuple(spec["subject"])), _question_pattern(tuple(spec["avoid"] or ["\x00"]))
    not_strong = _question_pattern(tuple(spec.get("not_strong") or ["\x00"]))
    admits = _question_pattern(_forms(tuple(spec.get("admits") or ["\x00"])))
    competency = _question_pattern(_forms(tuple(spec["competency"])))
    area = Area(spec["area"])
    asked = ctx.posting_skills.names()
    off_topic = _question_pattern(tuple(spec.get("off_topic") or ["\x00"]))
    people = bool(spec.get("done_to_people"))
    ranked: list[tuple[int, float, bool]] = []
    for n, item in enumerate(pool):
        text = _told(item)
        # a compliance line is no ownership story, whatever its owner word: another topic altogether
        if not _tellable(item) or off_topic.search(text) or not _evidenced(ctx, spec, item):
            continue
        cues = _said(pattern, text, people)
        # "a framework adopted by 3 teams" is others' choice, not the candidate's build-or-buy decision
        meaning = _said(strong, not_strong.sub(" ", text), people)
        # a faster deployment is a speed story but no trade-off: it admits the bullet, weighing as a plain cue
        admitted = _said(admits, not_strong.sub(" ", text), people)
        admitted |= _changes(text, tuple(spec.get("strong_change") or ()))
        # "moved ranking from Solr to a Rust service": a switch between technologies is a build-or-buy choice
        switched = _switches(ctx, text) if spec.get("switch_strong") else set()
        # "Mentored junior developers" names the mentoring question's own competency: a strong cue of its own
        own = _said(competency, not_strong.sub(" ", text), people) | switched
        meaning |= own
        if not (meaning | admitted if spec.get("needs_strong") else cues | meaning | admitted):
            continue
        named = bullet_skills(item.bullet, {}, asked)
        # a technology the bullet names is a system to scale, design or buy ("chose PagerDuty")
        subjects = {m.group(0).lower() for m in subject.finditer(text)}
        if not (
            subjects
            or (spec.get("technology_subject") and _technical(ctx, named | _held_on(ctx, item.bullet, area)))
            or (spec.get("held_technology_subject") and _technical(ctx, _held_on(ctx, item.bullet)))
            or (spec.get("strong_implies_subject") and meaning)
            or switched  # the technologies it moved between are the subject
        ):
            continue
        if avoid.search(text) and not meaning:
            continue
        skills = min(len(named), 3)
        # the things it names count too: a line with no verb ("Zero-downtime migration of 40 services") has no
        # action cue to score by, only what it is about
        fit = 3 * len(meaning) + 1.5 * len((cues | admitted) - meaning) + skills + 0.5 * min(len(subjects), 2)
        fit += COMPETENCY_WEIGHT * bool(own)
        # a broad question ("what do you expect from a senior") takes a story only where no narrower one fits better
        ranked.append((n, spec.get("breadth", 1.0) * (fit + _story_value(ctx, area, item)), bool(own)))
    # a line naming the question's own competency wins it over every line that matches it only loosely, whatever
    # their recency or figures (brief s5 "stories": an intern's "supporting users" told for mentoring beside
    # "Mentored junior developers from day one")
    if any(own for _, _, own in ranked):
        ranked = [r for r in ranked if r[2]]
    return [(n, score) for n, score, _ in ranked]


def _said(pattern: Any, text: str, people: bool) -> set[str]:
    """The cues a line says, lower-cased; for a people question only those done to people ("onboarded 6 engineers",
    not "support users ... to make onboarding easier": issue 12, blind review)."""
    return {m.group(0).lower() for m in pattern.finditer(text) if not people or done_to_people(text, m.start())}


@cache
def _forms(cues: tuple[str, ...]) -> tuple[str, ...]:
    """A question's cues with the other forms of each task verb among them: "owned" also as "owning", "own" as
    "owns", "owned" and "owning", "evaluated" as "evaluating" (issue 12: fit words matched only as spelt, so
    "Owns the on-call rotation" was no ownership story). A plural-looking "-s" form is added only for a verb
    listed in its base form: "designs" is more often the noun."""
    forms = list(cues)
    for cue in cues:
        # irregular pasts ("led", "cut") have no regular forms to add
        if " " in cue or cue.endswith("*") or cue in brief_data()["verbs"]["past"]:
            continue
        base = _verb(cue)
        if base is None or not base.isalpha():
            continue
        if cue == base:
            third = base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")
            forms += [third, base + ("d" if base.endswith("e") else "ed"), _ing(base)]
        elif cue.endswith("ed"):
            forms.append(_ing(base))
    return tuple(dict.fromkeys(forms))


def _held_on(ctx: _Context, bullet: Bullet, area: Area | None = None) -> set[str]:
    """The technologies the résumé shows on a line by name, asked for by the posting or not: with an area, only
    those the taxonomy files under it (Spark for scaling; not React or Sentry, whose line told as a backend
    scaling story was a blind reviewer's complaint); without, any (held_technology_subject: a tool replaced,
    "Replaced nightly SSIS jobs with Airflow DAGs", is a build-or-buy subject whatever the posting names)."""
    return {
        s.name
        for s in ctx.resume_skills.items
        if (area is None or area in s.areas)
        and any(e.line == bullet.line for e in s.evidence)
        and mentions(s.name, bullet.text)
    }


def _told(item: _Item) -> str:
    """The line as its story is matched and told: an item under a lead-in with a verb takes that verb ("built
    offline checkout for the POS terminal"); any other line as printed."""
    verb = _lead_verb(item.lead, item.bullet.text)
    if verb and not _tells(item.bullet.text):
        return f"{verb} {_after_lead(item.bullet.text, item.lead)}"
    return item.bullet.text


def _after_lead(text: str, lead: Bullet | None) -> str:
    """A line without the lead-in it opens with ("Projects I led: the payments API" -> "the payments API")."""
    if lead is not None and text.startswith(lead.text):
        return text[len(lead.text) :].strip()
    return text.strip()


def _tellable(item: _Item) -> bool:
    """Whether a line can be told as a story: it says what the candidate did, or a lead-in says it for it, or it
    names a project built ("Atlas: internal tool that ..."), or it is an achievement section's result."""
    text = item.bullet.text
    # a training course attended is learning, not work: no story of it, least of all a senior or leadership one
    if is_learning(text, item.role.internship):
        return False
    # a list of technologies under its label says the role listed them, not what the candidate did with them
    if _names_list(text):
        return False
    # a line that only says where and when the candidate worked sets a scene and tells nothing (issue 12)
    if all(_context_only(sentence) for sentence in _split_sentences(text)):
        return False
    if _tells(text) or _lead_verb(item.lead) or _project(text):
        return True
    if _verbless_result(item.bullet) or _duty_line(text):
        return True
    return bool(item.section) and has_figure(item.bullet) and not _continues(_clean(text))


def _context_only(sentence: str) -> bool:
    """Whether a sentence only sets the scene: where or when the candidate worked, with nothing done in it ("From
    December 2018 to September 2020 I worked in the public transport domain"; star_context). Such a sentence is
    never a story nor its Action (issue 12, blind review)."""
    data = brief_data()["star_context"]
    words = re.findall(r"[a-z][\w'/-]*|\d[\d.,%]*", _clean(sentence).lower())
    lead = 0
    while lead < len(words) and (words[lead] in data["date_words"] or words[lead].isdigit()):
        lead += 1
    dated = any(YEAR_RE.fullmatch(w) for w in words[:lead])
    words = words[lead:] if dated else words
    being = 0
    while being < len(words) and words[being] in data["being"]:
        being += 1
    if not being or being >= len(words) or words[being] not in data["where"] or (words[:1] == ["i"] and being == 1):
        return False
    past = set(brief_data()["verbs"]["past"])
    rest = words[being + 1 :]
    # "..., where I built the ticketing API" or "... for 2M riders" tells something done, or its size
    if any(w in past or (w.endswith("ed") and _verb(w) == w) or _DIGIT.search(w) for w in rest):
        return False
    # undated, "Worked on the billing service" is a line of work, however weak; "worked in the X domain" is a setting
    return dated or any(w in data["setting"] for w in rest)


def _duty_line(text: str) -> bool:
    """A line naming its work by a noun of work before "of" ("Verification and scale testing of the memory tiering
    feature", "Design and maintenance of the billing API"; star_duty): work the candidate did, though said with no
    verb, and a story as much as "Verified ..." is (brief s9 "stories6": "no story" beside such a line)."""
    nouns = "|".join(re.escape(n) for n in brief_data()["star_duty"]["nouns"])
    return bool(re.match(rf"(?i)(?:[\w-]+ ){{0,3}}(?:{nouns}) of\b", _clean(text)))


def _duty_opener(text: str) -> bool:
    """A line opening on a duty said by an adjective ("Responsible for the release tooling component", "Accountable
    for ..."; star_duty.openers): the candidate's work, with no verb of theirs for the Action to say."""
    return any(_clean(text).lower().startswith(o + " ") for o in brief_data()["star_duty"]["openers"])


def _verbless_result(bullet: Bullet) -> bool:
    """A result with no verb ("99.99% uptime for the payments API over 2 years", "Reduction of cloud spend by 30%"):
    a story under its role too; a bare title with a team size ("Tech lead for the portal; team of 6") is none
    (brief s5 "stories")."""
    text = bullet.text
    if _tells(text) or not has_figure(bullet) or _continues(_clean(text)) or _heading_line(text):
        return False
    return bool(_question_pattern(tuple(brief_data()["star_verbless"]["words"])).search(text))


def _switches(ctx: _Context, text: str) -> set[str]:
    """The "from A to B" of a line whose A or B names a technology the résumé shows ("from Informatica to Spark",
    "from cron scripts to Airflow"): a move from one tool to another, said as the change; a figure's "from 450 ms
    to 90 ms" or a team's "from 4 to 14 engineers" is none."""
    found = set()
    for match in _FROM_TO.finditer(_clean(text)):
        ends = (match.group(2).strip(), match.group(3).strip())
        if any(_DIGIT.match(end) for end in ends):
            continue
        techs = [s.name for s in ctx.resume_skills.items if _is_technology(ctx, s.name)]
        if any(mentions(name, end) for name in techs for end in ends):
            found.add(f"from {ends[0].lower()} to {ends[1].lower()}")
    return found


def _changes(text: str, units: tuple[str, ...]) -> set[str]:
    """The "from A to B" changes of a bullet measured in one of a question's units ("deployment time from over 6
    hours to 30 minutes", "releases from monthly to weekly"): cues that admit a bullet, said as the change."""
    if not units:
        return set()
    unit = _question_pattern(units)
    return {m.group(0).strip().lower() for m in _FROM_TO.finditer(_clean(text)) if unit.search(m.group(3))}


def _star_prompt(
    ctx: _Context,
    spec: dict[str, Any],
    stories: tuple[_Item, ...],
    said: _Said,
    closest: bool = False,
    again: str = "",
    related: tuple[_Item, ...] = (),
    fits: bool = False,
) -> StarPrompt:
    scaffold = brief_data()["star_scaffold"]
    area = Area(spec["area"])
    common = {"question": spec["question"], "assesses": spec["assesses"], "area": area, "label": spec["label"]}
    if not stories:
        said.last_role = None
        return StarPrompt(
            **common,
            stories=(),
            situation=said.variant("empty_situation").format(lack=spec["none_lacks"]),
            task=scaffold["empty_task"],
            action=scaffold["empty_action"],
            result=scaffold["empty_result"],
            # the situation already says what to prepare: the advice is the question's own tip, not that again
            missing=(spec["tip"],),
            strength="none",
            related=tuple(r.citation() for r in related),
        )
    primary = stories[0]
    number = next(i for i, s in enumerate(brief_data()["star"], 1) if s is spec)
    spec = _asks(spec, stories)
    if closest:  # a line near the question, not on it: asked whether it bears on it, never told that it does
        spec = {**spec, **spec.get("nearest_asks", {})}
    told = _story_sentence(primary.bullet, spec)
    # the call sheet quotes the line as printed ("She leads ..."), the card tells it as the candidate's own
    # ("I lead ...")
    printed = dataclasses.replace(primary.bullet, text=primary.printed) if primary.printed else primary.bullet
    quoted = _story_sentence(printed, spec)
    shown = _result_sentence(primary.bullet, told)
    # a supporting line is there for the result the first lacks ("Cut ingestion lag by 70%")
    shown = stories[1].bullet if len(stories) > 1 else shown
    current = _is_current(ctx.resume, primary.role)
    action, result = _draft_action_result(primary, told, shown, spec, said, current)
    # a people story's end is the people's growth: a product's figure elsewhere in the role does not measure it
    wanted = result == _blank(spec["no_result_ask"]) and not spec.get("done_to_people")
    elsewhere = _role_figure(ctx, primary) if wanted else None
    role_scope = _scope_line(ctx, primary)
    # the role's scope line says what the role served, no story's end: the Situation quotes it, the Result does not
    if elsewhere is not None and role_scope is not None and elsewhere.bullet.line == role_scope.bullet.line:
        elsewhere = None
    if elsewhere is not None:
        # "Nothing on the résumé measures how it ended" beside a role whose other line says "sold for $139 each"
        # is false: name that line, and leave the candidate to say whether it is this story's end (issue 12)
        line = _phrase(_verbatim(elsewhere.printed or elsewhere.bullet.text), RESULT_WORDS)  # quoted: as printed
        result = _blank(brief_data()["star_draft"]["figure_elsewhere"].format(line=line))
    if again:  # the other card tells the line; this one leaves the telling to the candidate, for this question
        blank = brief_data()["star_draft"]["blank"]
        action = blank.format(ask=spec["action_ask"])
        result = result if result.startswith(blank[0]) else blank.format(ask=spec["result_ask"])
    # a line retold as a fit keeps its scope: "strong" above a Result of none read as unearned (issue 12)
    if (not again or fits) and result.startswith("[") and "“" not in result:
        # a duty with its scope ("Lead 85 engineers in 11 teams") and no outcome: the Result says the scope is there
        # and the outcome is not, never "the résumé states no result" under a strong match (issue 12, blind review)
        scope = _scope(stories)
        if scope:
            result = said.draft("scope_only").format(scope=scope)
    honest = _honesty_verb(_told(primary))
    strength = brief_data()["star_strength"]
    # "strong" is earned, never the default: a line of the question's evidence kind that says its point and states
    # a result or a scope figure; else partial, saying what it lacks (issue 12, blind review: "(strong match)" over
    # "Result: The résumé states no result" and no conflict in a product-vs-engineering story)
    short = "" if closest or honest else _short_of(ctx, spec, stories, shown)
    prompt = StarPrompt(
        **common,
        stories=tuple(s.citation() for s in stories),
        situation=_draft_situation(primary, told, said, current, _scope_said(role_scope)),
        task=brief_data()["star_draft"]["blank"].format(ask=spec["task_ask"]),
        action=action,
        result=result,
        missing=_missing(ctx, spec, primary, said),
        why=_nearest(primary, told, spec, said, current, again) if closest else _why(ctx, spec, primary, again),
        closest=closest,
        headline=_headline(_split_sentences(quoted.text)[0]),
        strength="partial" if closest or honest or short else "strong",
        lacks=spec["partial_lacks"] if closest else strength["contributed_lacks"] if honest else short,
        honesty=strength["honesty"].format(verb=honest) if honest else "",
        recall=_recall(spec, stories, bool(honest), said),
        outside_work=_outside_work(ctx, primary),
    )
    said.last_role = id(primary.role)
    own = [_nearest_story(primary, told, current)] if closest else _why_reasons(ctx, spec, primary)
    header = _header(ctx, primary)
    # an item's verb comes from its lead-in: the claim rests on both lines
    cites = (*(s.citation() for s in stories),
             *((Citation(primary.lead.text, primary.citation().where, primary.lead.line),) if primary.lead else ()),
             *((elsewhere.citation(),) if elsewhere is not None else ()))
    # the situation's "before" figure comes from the line, its employer, title and years from the header
    scoped = () if role_scope is None or _scope_said(role_scope) not in prompt.situation else (
        role_scope.citation(),)
    ctx.claim(f"star {number} situation", prompt.situation, (header, *cites, *scoped))
    for name in ("action", "result"):  # the task is a blank: it says nothing of the candidate
        ctx.claim(f"star {number} {name}", getattr(prompt, name), cites)
    if own:
        ctx.claim(f"star {number} why", "; ".join(own), (*cites, header))
    return prompt


def _scope(stories: tuple[_Item, ...]) -> str:
    """The first scope figure of a story's lines, quoted as printed with the words it counts ("“19 engineers”",
    "“two junior engineers”", "“30 product teams”"); "" when there is none outside brackets: a bracketed figure is
    a detail ("three teams (19 engineers)", "(IEC 61508 SIL 2)"), and quoted alone it read as a parser's (brief s4)."""
    details = _question_pattern(tuple(brief_data()["star_support"]["detail_openers"]))
    for item in stories:
        # "..., including a 9 million row backfill" details the clause before it: no scope of the story's own
        clauses = _clauses(_PARENS.sub(" ", item.bullet.text))
        words = ", ".join(c for i, c in enumerate(clauses) if i == 0 or not details.match(c)).split()
        for i, word in enumerate(words):
            if not _DIGIT.search(as_figures(word)) or YEAR_RE.fullmatch(word.strip(".,;:")):
                continue
            phrase = [word]
            for after in words[i + 1 : i + 4]:
                bare = after.lower().rstrip(".,;:")
                # a counted thing is a noun phrase: "two | were promoted" counts no one
                if (not re.fullmatch(r"[a-z][a-z-]*", bare) or bare in _SCOPE_STOPS or bare.endswith("ing")
                        or (bare.endswith("ed") and _verb(bare) is not None)):
                    break
                phrase.append(after)
                if after != after.rstrip(".,;:"):
                    break
            quoted = " ".join(phrase).rstrip(".,;:")
            if len(phrase) > 1 and has_figure(Bullet(as_figures(quoted), item.bullet.line)):
                return f"“{quoted}”"
    return ""


# the words that end a counted phrase: "7 teams | and 6 managers", "20M users | across 3 regions"
_SCOPE_STOPS = frozenset({"for", "with", "and", "across", "while", "despite", "using", "via", "through", "from", "at",
                          "in", "instead", "of", "to", "on", "by", "per", "or", "over", "into", "than", "who", "which",
                          "that", "were", "was", "are", "is", "be", "been", "have", "has", "had"})


def _short_of(ctx: _Context, spec: dict[str, Any], stories: tuple[_Item, ...], shown: Bullet) -> str:
    """What keeps a story that fits its question from being a strong match, in a few words ("it shows no
    disagreement with product; no result stated"); "" when its line says the question's point (star[].point: a
    conflict, a trade-off) and states a result or a scope figure, its own or its supporting line's ("team of 7",
    "cut latency 40%")."""
    text = _question_pattern(tuple(spec.get("not_strong") or ["\x00"])).sub(" ", _told(stories[0]))
    # a question about a tension (product against engineering, speed against quality) asks its line to show the
    # tension (star[].point); for the rest, the evidence kind that admitted the line is its point
    point = not spec.get("point") or bool(_question_pattern(_forms(tuple(spec["point"]))).search(text))
    # a scope in words counts as one in figures ("Mentor two junior engineers"); one only in brackets is a detail,
    # and the Result row could not quote it: the same test as the row's (`_scope`)
    scoped = bool(_scope(stories))
    measured = scoped or bool(_result_figures(shown) or _change_clause(shown, spec))
    lacks = [] if point else [spec["partial_lacks"]]
    lacks += [] if measured else [brief_data()["star_strength"]["no_result_lacks"]]
    return "; ".join(lacks)


def _honesty_verb(text: str) -> str:
    """The word a line opens on that says the candidate took part rather than led ("Contributed to the migration",
    "Helped design ..."), as printed; "" for any other line (star_strength.honesty_verbs)."""
    opening = " ".join(_clean(text).split()[:4])
    match = _question_pattern(tuple(brief_data()["star_strength"]["honesty_verbs"])).search(opening)
    return match.group(0) if match else ""


def _recall(spec: dict[str, Any], stories: tuple[_Item, ...], took_part: bool, said: _Said) -> tuple[str, ...]:
    """What the interviewer will ask that the story's lines do not say, as prompts for the candidate to recall,
    never filled in: their own part of a shared piece of work, and how many people a story of leading or of
    people involved (brief s8 "stories": "Recall before the call (not on your résumé)"); what changed is the
    question's own result ask (star_decide), not said twice."""
    asks = brief_data()["star_strength"]["recall"]
    leading = _question_pattern(tuple(brief_data()["star_strength"]["people_words"]))
    people = bool(spec.get("done_to_people")) or any(leading.search(_told(s)) for s in stories)
    counted = any(team_sizes(s.bullet.text) or sizes_in_figures(s.bullet) for s in stories)
    found = [asks["part"]] if took_part else []
    if people and not counted:
        # worded in turn across the cards, as the scaffold is: the same ask on three cards read as a form
        said.uses["recall people"] += 1
        found.append(asks["people"][(said.uses["recall people"] - 1) % len(asks["people"])])
    return tuple(found)


def _blank(ask: str) -> str:
    return str(brief_data()["star_draft"]["blank"]).format(ask=ask)


def _role_figure(ctx: _Context, primary: _Item) -> _Item | None:
    """Another line of the story's role that states a result figure ("Produced a line of 25, which sold for $139
    each"), looked for before a card says the résumé has none; None for a line under no role."""
    # an entry with no title ("Since 2013 — worked for many companies") is no one role whose lines belong together
    if primary.role not in ctx.resume.roles or not primary.role.title:
        return None
    return next(
        (item for item in ctx.items
         if item.role is primary.role and item.bullet.line != primary.bullet.line and _result_figures(item.bullet)
         and not _heading_line(item.bullet.text) and _measures(item.bullet)
         and _in_role_section(ctx, primary.role, item.bullet.line)),
        None,
    )


def _in_role_section(ctx: _Context, role: Role, line: int) -> bool:
    """Whether a line is in the section its role's header is in: a line under a later heading ("Good moments in
    life") read onto the last role is not that role's own, and its figure no result of the role's story (issue 12,
    brief s8 "stories4")."""
    lines = ctx.resume.document.lines
    between = range(min(role.line, line) + 1, max(role.line, line))
    if any(lines[i].heading for i in between if i < len(lines)):
        return False
    return not any(
        section.heading and (section.first_line <= role.line <= section.last_line)
        != (section.first_line <= line <= section.last_line)
        for section in ctx.resume.sections
    )


def _measures(bullet: Bullet) -> bool:
    """Whether a line states a measured figure ("sold for $139 each", "20M daily users"): a count of people ("a group of
    12 engineers") is scope, no measure of how a story ended."""
    return bool(figure_metrics(bullet))


def _nearest(item: _Item, told: Bullet, spec: dict[str, Any], said: _Said, current: bool, again: str = "") -> str:
    """What a nearest-evidence card says first, in the candidate's words: where the line is from and what it did,
    and the question's own limit ("The closest I have is at Quillmark, where I built a custom UI framework in
    Java Swing; I won't claim there was a formal build-or-buy analysis behind it"; brief s6 "stories"), and the
    question whose card tells the same line, when it is retold."""
    scaffold = brief_data()["star_scaffold"]
    said_so = said.variant("closest").format(story=_nearest_story(item, told, current), limit=spec["nearest_limit"])
    return f"{said_so} {scaffold['nearest_again'].format(other=again)}" if again else said_so


def _nearest_story(item: _Item, told: Bullet, current: bool) -> str:
    """ "at Quillmark, where I lead design review ...": the part of a nearest-evidence sentence that speaks of the
    candidate, and the claim the audit checks (the limit names what the line does not show, on purpose)."""
    scaffold, role = brief_data()["star_scaffold"], item.role
    where = f"at {spoken(role.company)}" if role.company else f"as {spoken(role.title)}" if role.title else ""
    text = _said_clean(told.text)
    verb, project = _lead_verb(item.lead, text), _project(text)
    did = _phrase(_head(_said_clean(_after_lead(text, item.lead))), 16)
    if verb and not _tells(text):
        did = f"{verb} {_lower_first(did)}"
    else:
        # "Led the team of 7; shipped the waiting room in 10 weeks": each clause with a verb of its own is something
        # the candidate did, and the one this question is near may be the second
        clauses = [_SUBJECT.sub("", c.strip()) for c in re.split(r";\s", text)]
        done = [c for c in clauses[1:] if _first_person(c)]
        did = _first_person(_phrase(" and ".join([_head(clauses[0]), *(_lower_first(c) for c in done)]), 22)) or ""
    # a past role's line is told as done ("where I maintain ..." of a 2011 job: issue 12), the current one's as printed
    did = _requoted(_in_past(did) if did and not current else did, text)
    if did:
        story = scaffold["nearest_story"].format(where=where, did=did) if where else f"when I {did}"
    elif project:
        story = scaffold["nearest_project"].format(project=_phrase(project, 16), where=where).strip()
    else:
        story = scaffold["nearest_result"].format(where=where or "my own work", text=_phrase(text, 16))
    return story


def _asks(spec: dict[str, Any], stories: tuple[_Item, ...]) -> dict[str, Any]:
    """The question with the asks its story's lines allow: the first star[].asks_if entry whose features they all
    show replaces the plain asks ("What strained first as load grew" only where a line says it grew; brief s5)."""
    for entry in spec["asks_if"]:
        if all(_shows_feature(name, stories) for name in entry["when"]):
            return {**spec, **{k: v for k, v in entry.items() if k != "when"}}
    return spec


def _shows_feature(name: str, stories: tuple[_Item, ...]) -> bool:
    pattern = _question_pattern(tuple(_features()[name]))
    return any(pattern.search(_told(s)) for s in stories)


def _features() -> dict[str, list[str]]:
    return {k: v for k, v in brief_data()["star_features"].items() if not k.startswith("_")}


def _headline(text: str, limit: int = 110) -> str:
    """A bullet for the call sheet's one line: whole when short, else up to the last clause end (a comma, a
    semicolon, a dash or a full stop) within the limit, marked with "…"; never cut inside a phrase (issue 12)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    # a bracketed list ("(Go, PostgreSQL, Redis)") is detail the card quotes in full; the line goes without it, but
    # a title in quotation marks is quoted as printed, brackets and all (issue 12)
    text = re.sub(r"\s+", " ", _unbracketed(text)).replace(" ,", ",").strip()
    ends = [m.start() for m in re.finditer(r"[,;.]\s|\s[—–]\s", text[: limit + 1])
            if m.start() >= limit // 3 and not _open_end(text[: m.start()]) and not _in_quote(text, m.start())]
    if not ends:
        return text
    clip = text[: ends[-1]].rstrip()
    if _DIGIT.search(clip) or not _DIGIT.search(text):
        return clip + " …"
    # the result is what the line is for: keep the first clause with a figure after the opening one ("Led the
    # redesign of the pipeline … raising throughput from 1,800 to 14,000 requests/s"), when it fits in a line
    # and a half; a blind review read a call sheet of actions with their results cut off
    clauses = [c.strip() for c in re.split(r"[,;]\s|\s[—–]\s", text)]
    figure = next((c for c in clauses[1:] if _DIGIT.search(c)), "")
    first = figure.split(" and ", 1)[0]  # "raising X from 1 to 2 and cutting Y": its first result is enough
    figure = first if _DIGIT.search(first) else figure
    opening = clauses[0]
    quoted = opening.count('"') % 2 or opening.count("“") != opening.count("”")  # a comma inside a quotation
    if figure and not quoted and len(opening) + len(figure) <= limit * 3 // 2:
        return f"{opening} … {figure.rstrip('.')}"
    return clip + " …"


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _in_quote(text: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in _QUOTED.finditer(text))


def _unbracketed(text: str) -> str:
    """A line without its bracketed asides, except those inside a quotation, which is quoted verbatim."""
    return _PARENS.sub(lambda m: m.group(0) if _in_quote(text, m.start() + 1) else "", text)


def _said_clean(text: str) -> str:
    """A line ready to say inside a sentence, as words._clean, keeping a quoted name whole: the action of 'Led the
    "Fares (v2) rewrite" project' names the project as printed."""
    return re.sub(r"\s+", " ", _unbracketed(text)).strip().rstrip(".;:")


def _split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if s.strip()] or [text]


def _story_sentence(bullet: Bullet, spec: dict[str, Any]) -> Bullet:
    """A bullet written as a paragraph, told by its sentence that speaks most to the question (a "Led a team
    of junior developers" sentence for mentoring, not the paragraph's first), with the sentences before it that
    it continues ("Since implementation, ..." is told after what was implemented); a one-sentence bullet as it is."""
    sentences = _split_sentences(bullet.text)
    if len(sentences) < 2:
        return bullet
    strong, cues = _question_pattern(tuple(spec["strong"])), _question_pattern(tuple(spec["cues"]))

    def value(index: int) -> tuple[int, int, int]:
        said = sentences[index]
        return (3 * len(strong.findall(said)) + len(cues.findall(said)), bool(_DIGIT.search(said)), -index)

    # "If required the agent would be upgraded." tells no one's doing: a sentence is told only when it says what
    # the candidate did or achieved, or opens the bullet (brief s6 "stories": a conditional line told as a story)
    telling = [i for i, said in enumerate(sentences)
               if (i == 0 or _tells(said) or has_figure(Bullet(said, 0))) and not _context_only(said)] or [0]
    best = max(telling, key=value)
    first = next(i for i in range(best, -1, -1) if i == 0 or not _continues(sentences[i]))
    return Bullet(" ".join(sentences[first : best + 1]), bullet.line)


def _result_sentence(bullet: Bullet, told: Bullet) -> Bullet:
    """Where the story's result figure is: the told sentence, else the first later sentence of the bullet that
    holds one ("Since implementation, the time saved has risen to 10K hours per month"); a figure in an earlier
    sentence is the situation's ("a team of 9"), not this result's (issue 12: "No result figure yet" beside one)."""
    if has_figure(told) or told.text == bullet.text:
        return told
    after = bullet.text[bullet.text.find(told.text) + len(told.text) :]
    later = (Bullet(s, bullet.line) for s in _split_sentences(after) if s.strip())
    return next((s for s in later if has_figure(s)), told)


def _header(ctx: _Context, item: _Item) -> Citation:
    """What the story's situation rests on: its role's header, or the heading of its achievement section."""
    if item.section and item.role not in ctx.resume.roles:
        lines = ctx.resume.document.lines
        return Citation(lines[item.role.line].text, item.section, item.role.line)
    return ctx.header(item.role)





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
    """The opening clause of a bullet: what was done, before how ("by isolating ..."), with what result and any
    list after a dash. A list of verbs is one clause with its object ("Architect, design, and deliver solutions
    for X", not "you architect"), and "used by 30 teams" is part of what was done, not how (brief s4 "cards")."""
    # a list's items stay together: "to implement synthetic." was cut before the list's noun (issue 12)
    clauses = _clauses(clean, lists=True)
    head = clauses[0]
    for clause in clauses[1:]:
        # "webapps for generating, checking and sending invoices": a clause that ends before its object goes on
        # to it (issue 12, blind review: "I created and developed Python/Django webapps for generating.")
        if len(head.split(", ")[-1].split()) > 1 and not _open_end(head):
            break
        head = f"{head}, {clause}"
    return _said_whole(re.split(r"\sby\s(?=[a-z]+ing\b)|—|–", head, maxsplit=1)[0].strip(), clean)


def _open_end(text: str) -> bool:
    """Whether a piece of a sentence stops before its object: on an article, a preposition or a conjunction ("for
    the", "and"), or on a verb after one ("for generating", "to implement"); a headline or an action never ends
    there (issue 12)."""
    split = text.rstrip(" ,;:").split()
    if not split:
        return False
    last, before = split[-1].lower(), split[-2].lower() if len(split) > 1 else ""
    if _UNFINISHED.search(last):
        return True
    return bool(before and _UNFINISHED.search(before) and (last.endswith("ing") or _verb(last) == last))


def _phrase(text: str, words: int) -> str:
    """At most `words` words, cut where a phrase ends (before "while", "across", "with", ...), never
    mid-phrase and never with an ellipsis; a text with no such place within the limit is kept whole."""
    split = text.split()
    if len(split) <= words:
        return text
    stops = [i for i in range(3, words + 1) if split[i].lower() in _PHRASE_BREAKS and _ends_phrase(split, i)]
    return _said_whole(" ".join(split[: stops[-1]]), text) if stops else text


def _ends_phrase(split: list[str], cut: int) -> bool:
    """Whether the words before `cut` are a whole phrase: not ended on a word that needs its object ("webapps for
    generating", "to implement"), and an "and" cut only between two things done ("and hired 3 more"), never inside
    a list of things ("implement synthetic | and real-user monitoring"; issue 12: a sentence cut before its object)."""
    last, before = split[cut - 1].lower().rstrip(",;:"), split[cut - 2].lower()
    # "for generating", "to implement": a verb after a preposition still needs its object
    if _UNFINISHED.search(last) or (_UNFINISHED.search(before) and _verb(last) is not None and not last.endswith("ed")):
        return False
    if _open_end(" ".join(split[:cut])):
        return False
    if split[cut].lower() in ("and", "or"):
        after = split[cut + 1] if cut + 1 < len(split) else ""
        return _verb(after) is not None
    return True


_PHRASE_BREAKS = frozenset(
    {"for", "with", "and", "across", "while", "despite", "using", "via", "through", "from", "at", "in", "instead"}
)


def _means(clean: str) -> str:
    """How it was done, from the bullet's "by ...": "isolating it behind a flag" ("used by 30 teams" is
    not a means), with the short pieces a comma splits off it ("an expensive, old system")."""
    match = re.search(r"\bby ([a-z]+ing\b.*)$", clean)
    if not match:
        return ""
    clauses = _clauses(match.group(1))
    kept = clauses[0]
    for count, clause in enumerate(clauses[1:], start=1):
        if not _phrase_piece(clause):
            # a list cut before its "and ..." item ("establishing clear product requirements, technical designs")
            # read as a broken template (issue 12): its first item alone
            if count > 1 and re.match(r"(?:and|or)\s", clause):
                kept = clauses[0]
            break
        kept = f"{kept}, {clause}"
    return _phrase(_said_whole(kept, match.group(1)), 14)



def _base_of(gerund: str) -> str | None:
    """ "proposing" -> "propose", "planning" -> "plan": the verb of a gerund, when brief.json or resume.json list
    it (as itself or in its past form); None for any other word."""
    if not gerund.endswith("ing"):
        return None
    stem = gerund[:-3]
    bases = [b for b in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "") if b]
    listed = next((b for b in bases if _verb(b) == b), None)
    # else listed in its past form only ("proposed"); "interviewe" + "d" is why this comes second
    return listed or next((b for b in bases if b.endswith("e") and _verb(b + "d") == b + "d"), None)




def _named_technologies(ctx: _Context, told: Bullet) -> list[str]:
    """The technologies the résumé shows on this bullet's line and the sentence names as words of their own:
    the HTML of "document-to-HTML system" is part of a name, not a tool the candidate chose."""
    held = [s.name for s in ctx.resume_skills.items if any(e.line == told.line for e in s.evidence)]
    alone = [n for n in held if whole_word(n, told.text, not_before="-", not_after="+#-")]
    return _technical(ctx, sorted(alone))



def _change_clause(bullet: Bullet, spec: dict[str, Any]) -> str:
    """The clause of a bullet with no number that still measures its result in the question's units ("releases
    went from monthly to weekly"), as printed; "" when it has none."""
    units = tuple(spec.get("strong_change") or ())
    changed = [c for c in _clauses(_clean(bullet.text)) if _changes(c, units)]
    return re.sub(r"^(?:and|or|but)\s+", "", changed[0]) if changed else ""


def _result_figures(bullet: Bullet) -> str:
    """The words of the bullet that hold its result figure, as printed: a short clause after the opening one,
    else the opening one without its means, else the part of a long clause from its participle or "and" on."""
    if not has_figure(bullet):
        return ""
    clauses = _clauses(_clean(bullet.text))
    pieces = []
    # "including a 7 million row migration" details the clause before it: a fragment, never a result of its own
    # (issue 12, blind review: "Result: Including a 7 million row migration.")
    details = _question_pattern(tuple(brief_data()["star_support"]["detail_openers"]))
    clauses = [c for i, c in enumerate(clauses) if i == 0 or not details.match(c)]
    whole = ", ".join(clauses)
    for index, clause in enumerate(clauses):
        # "used by 30 product teams" is what was done, not how: only "by <doing>" is the means left out
        said = re.split(r"\sby\s(?=[a-z]+ing\b)|—|–", clause, maxsplit=1)[0] if index == 0 else clause
        parts = [said] if len(said.split()) <= 16 else [_outcome(p) for p in said.split(" and ")]
        # "two were leading features on their own" states its result in words (as_figures reads them)
        pieces += [(index, p) for p in parts if _states_result(p, index)]
    if pieces:
        later = [p for i, p in pieces if i > 0]
        # quoted as printed, without the "and" that joined it to the clause before
        return re.sub(r"^(?:and|or|but)\s+", "", later[0] if later else pieces[0][1])
    metrics = figure_metrics(bullet)
    metrics += [f"{n} people" for n in sizes_in_figures(bullet) if not any(str(n) in f for f in metrics)]
    # a figure only in brackets is the line's detail ("three teams (19 engineers)", "(IEC 61508 SIL 2)"), not
    # its result: "Your result: “19 engineers”" read as a parser's (brief s4 "cards")
    outside = _PARENS.sub(" ", whole)
    kept = [m for m in metrics or figure_counts(bullet.text)[:2] if _in_text(m, outside)]
    return _join(kept) if kept else ""


def _states_result(piece: str, index: int) -> bool:
    """Whether a clause can be a card's Result: a number of its own (not the digits of a name, "X86", "EC2"), and,
    after the opening clause, three words at least: "Result: X86." from "... on ARM64, X86" was a leftover
    (issue 12, blind review)."""
    words = len(piece.split())
    own_number = _NUMBER_OF_ITS_OWN.search(YEAR_RE.sub(" ", as_figures(piece)))
    return bool(own_number) and words <= 16 and (index == 0 or words >= 3)


_NUMBER_OF_ITS_OWN = re.compile(r"(?<![A-Za-z\d])\d")  # "86" in "X86" is a name's


def _in_text(figure: str, text: str) -> bool:
    """Whether every number of a figure stands in the text as a number of its own."""
    return all(re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])", text) for n in re.findall(r"\d[\d.,]*\d|\d", figure))


def _outcome(clause: str) -> str:
    """A long clause from the participle that carries its figure on ("ingesting 2.3M events a day ...")."""
    words = clause.split()
    first_figure = next((i for i, w in enumerate(words) if _DIGIT.search(w)), len(words))
    participles = [i for i, w in enumerate(words[:first_figure]) if i > 0 and w.endswith("ing") and w.islower()]
    return " ".join(words[participles[-1] :]) if participles else clause


def _why(ctx: _Context, spec: dict[str, Any], item: _Item, again: str = "") -> str:
    """Why the bullet was matched to the question, in the terms the matching used; for a line another card tells
    too, that it also answers that card's question."""
    scaffold = brief_data()["star_scaffold"]
    reasons = _why_reasons(ctx, spec, item)
    area = Area(spec["area"])
    if area in sorted(Area, key=lambda a: -ctx.weight(a))[:3]:
        reasons.append(scaffold["why_stress"])
    why = scaffold["why"].format(reasons="; ".join(reasons)) if reasons else ""
    # a line that fits this question as well as the one whose card tells it: said so, rather than "no story" here
    return f"{why} {scaffold['also_answers'].format(other=again)}".strip() if again else why


def _why_reasons(ctx: _Context, spec: dict[str, Any], item: _Item) -> list[str]:
    """What the bullet itself shows for the question: its words, its figure, its recency (a claim)."""
    scaffold = brief_data()["star_scaffold"]
    text = _told(item)
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


def _missing(ctx: _Context, spec: dict[str, Any], primary: _Item, said: _Said) -> tuple[str, ...]:
    """What would make this story stronger, said only when it is this story's own: an old story, or a posting
    skill its line shows, each named on one card only. Nothing the card's prompts already ask, and no skill the
    line does not show (brief s4 "cards": "Mention people management" under an unrelated question)."""
    data = brief_data()["missing"]
    advice = []
    year = _year(primary.role.end if primary.role.end != "present" else None)
    if year and ctx.resume.as_of.year - year >= OLD_STORY_YEARS:
        # the role's dates, as its heading prints them: a line without a date of its own is not "from 2019", only
        # from the 2017–2019 role (issue 12, blind review)
        advice.append(data["old"].format(years=_years(primary.role, current=False)))
    advice = said.new(advice)
    asked_here = [m for m in ctx.fit.skills if m.need is Need.REQUIRED and _fits_question(ctx, m.name, spec)]
    # "Stress mentoring" on the mentoring question says nothing the question does not
    asked_here = [m for m in asked_here if not mentions(m.name, f"{spec['question']} {spec['label']}")]
    shown = said.new([m.name for m in asked_here if m.strength is not None and _shows(ctx, m.name, primary.bullet)])
    if shown:
        advice.append(data["mention_skill"].format(skills=_join(shown[:2]), them=_them(shown[:2])))
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


def _years(role: Role, current: bool) -> str:
    """ "2015–2019", "since 2022", "2019": the years of a role as a candidate says them; "" when none is printed."""
    start, end = _year(role.start), _year(role.end if role.end != "present" else None)
    if current and start:
        return f"since {start}"
    if start and end and start != end:
        return f"{start}–{end}"
    return str(start or end or "")


def _scope_line(ctx: _Context, item: _Item) -> _Item | None:
    """The role's scope line, as printed: a plain line under its header before its first bullet that names a team,
    a product or the people it serves ("Payments team, building the checkout used by 2 million shoppers";
    star_scope_line); None when the role prints none, or when it is the story's own line."""
    if item.role not in ctx.resume.roles:
        return None
    lines, words = ctx.resume.document.lines, _question_pattern(tuple(brief_data()["star_scope_line"]["words"]))
    for other in (i for i in ctx.items if i.role is item.role):
        line = other.bullet.line
        if line < len(lines) and lines[line].bullet:
            return None  # the bullets have begun: a plain line after them is no scope line
        # a line opening on the candidate's verb ("Mentored ...") is a story, never the role's scope
        opening = _clean(other.bullet.text).split(" ", 1)[0].lower()
        if _verb(opening) is not None or _gerund_base(opening):
            continue
        if line != item.bullet.line and words.search(other.bullet.text) and not _heading_line(other.bullet.text):
            return other
    return None


def _scope_said(item: _Item | None) -> str:
    """A scope line quoted as printed, without its closing full stop; "" for none."""
    return _verbatim(item.printed or item.bullet.text).strip().rstrip(".;") if item is not None else ""


def _draft_situation(item: _Item, told: Bullet, said: _Said, current: bool, scope: str = "") -> str:
    """Where and when, in the candidate's words ("At Athena Labs (2015–2019) I was Software Engineer II."), a
    wording in turn across the cards of one role, and the line's "before" figure when it gives one ("Back then
    claim processing latency was 4 s."); an achievement line under no role is a blank for where and when."""
    data, role = brief_data()["star_draft"], item.role
    if item.section and not (role.title or role.company):
        return data["situation_section"].format(section=item.section)
    years = _years(role, current)
    if not (role.title or role.company):
        unnamed = data["situation_unnamed"]
        return unnamed["current" if current else "past"].format(years=years) if years else unnamed["none"]
    # "I was a Senior Engineer", "I am an Engineering Manager": a title said after "be" takes its article
    title = _with_article(spoken(role.title)) if role.title else ""
    key = "situation" if role.company and title else "situation_without_company"
    key += "_again" if said.last_role == id(role) else ""
    forms: list[str] = data[key]
    said.roles[f"{key} {id(role)}"] += 1
    form = forms[(said.roles[f"{key} {id(role)}"] - 1) % len(forms)]
    if not years:
        form = form.replace(" ({years})", "")
    if not title:  # a role read with its employer only
        form, title = "I {work} at {company}{years}.", ""
        years = f" ({years})" if years else ""
    where = form.format(
        company=spoken(role.company or ""), title=title, years=years, be="am" if current else "was",
        work="work" if current else "worked",
    )
    # the role's scope line, on the first card told from the role only: on every card it would read as boilerplate
    if scope and said.roles[f"scope {id(role)}"] == 0:
        said.roles[f"scope {id(role)}"] += 1
        where = f"{where} {data['situation_scope'].format(scope=scope)}"
    before = _baseline(told.text)
    return f"{where} {said.draft('baseline').format(**before)}" if before else where


def _with_article(title: str) -> str:
    """ "a Senior Engineer", "an Engineering Manager", "Head of Engineering": a title as said after "I was"."""
    first = title.split(" ", 1)[0].lower().strip(",")
    return title if first in brief_data()["star_draft"]["sole_titles"] else f"{_article(title)} {title}"


def _baseline(text: str) -> dict[str, str]:
    """What a "from A to B" figure measures and its value before ("claim processing latency", "4 s"); {} when the
    line gives none, or gives a switch between tools ("from cron scripts to Airflow") rather than a figure."""
    match = _FROM_TO.search(_clean(text))
    if not match:
        return {}
    what = _measured(match.group(1).split())
    start, end = match.group(2).strip(), match.group(3).strip()
    unit = re.match(r"[\d.,]+\s*(.*)", end)
    if re.fullmatch(r"[~<>≈]?\s*[\d.,]+", start) and unit and unit.group(1):
        start = f"{start} {unit.group(1)}"
    if not what or not _DIGIT.search(start):
        return {}
    return {"what": what, "What": what[0].upper() + what[1:], "start": start}


def _draft_action_result(
    item: _Item, told: Bullet, shown: Bullet, spec: dict[str, Any], said: _Said, current: bool
) -> tuple[str, str]:
    """The action and the result as the candidate can say them, each one sentence from the line ("I led the
    redesign of the pipeline onto Kafka." / "It raised peak throughput from 1,800 to 14,000 requests/s."), or a
    bracketed blank with the question's ask where the line does not say it. A line whose opening clause is its
    result ("Reduced latency from 4 s to 600 ms") is the result; its action is then its means or the blank."""
    data = brief_data()["star_draft"]
    blank = data["blank"]
    clean = _said_clean(told.text)
    verb, project = _lead_verb(item.lead, told.text), _project(told.text)
    done = ""
    if verb and not _tells(told.text):
        done = f"I {verb} {_lower_first(_phrase(_head(_said_clean(_after_lead(told.text, item.lead))), 16))}."
    elif not _verbless_result(told) and not project:
        done = _said_by_me(clean, current)
    if not done and _duty_line(told.text):  # "Verification and scale testing of X": the work, said as the line names it
        done = data["duty"]["current" if current else "past"].format(duty=_lower_first(_phrase(clean, 16)))
    if not done and _duty_opener(told.text):  # "Responsible for X": said as "I was responsible for X"
        done = data["duty_opener"]["current" if current else "past"].format(duty=_lower_first(_phrase(clean, 16)))
    means = _means(clean)
    figures = _result_figures(shown) or _change_clause(shown, spec)
    # an ongoing duty's figure is its scope ("Manage two teams"), not a result: only a thing done is its own result
    duty = (done.split(" ")[1:2] or [""])[0] in brief_data()["verbs"]["present"] and current
    # the opening clause as the result: found in the sentence said, or opening the line (the sentence said it in
    # the past, "Maintain ..." -> "I maintained ...", and a result the same as the action read as pasted twice)
    opening = " ".join(figures.lower().split()[:4])
    in_done = bool(figures) and (opening in done.lower() or (bool(done) and clean.lower().startswith(opening)))
    told_result = in_done and not duty
    how = said.draft("means").format(means=means) if means else blank.format(ask=spec["action_ask"])
    if not done:
        # a project or a result with no verb says what was made, never who did which part
        lead = data["project"].format(project=_phrase(project, 16)) if project else ""
        action = f"{lead} {data['own_part'].format(ask=spec['action_ask'])}".strip()
    elif told_result:  # the whole opening clause, as it is the result ("... in 5 days instead of 3 weeks")
        return how, _said_by_me(clean, current, RESULT_WORDS) or done
    else:
        action = f"{done[:-1]} by {means}." if means else f"{done} {how}"
    # a line with no verb of the candidate's whose figure is the whole line ("Founder and organizer of a 300-member
    # meetup") says what they were, not how it ended: quoted again as the Result it restates the story (issue 12)
    restated = (not done and not _verbless_result(told) and figures.rstrip(".").lower() == clean.rstrip(".").lower()
                and not any(_verb(w) for w in re.findall(r"[a-z]+", clean.lower())))
    if not figures or restated:
        return action, blank.format(ask=spec["no_result_ask"])
    if duty and in_done:
        return action, blank.format(ask=spec["result_ask"])
    return action, _result_said(figures, said, current)


def _said_by_me(text: str, current: bool, words: int = 16) -> str:
    """ "I reduced claim latency ...", "I manage three teams": a line that opens on the candidate's verb, in the
    first person, in the past for a past role and as printed for the current one (an ongoing duty stays present,
    "Leading" is "I lead"); "" for a line that does not open on their verb."""
    # "I created and developed ...": a line in the first person says its verb after "I" (it told no action at all)
    text = _SUBJECT.sub("", text)
    # "Tech lead for the core team; own the roadmap": the first clause with the candidate's verb
    head = next((c for c in text.split("; ") if _first_person(c) or _gerund_base(c.split(" ")[0])), text)
    head = _phrase(_head(head), words)
    first, _, rest = head.partition(" ")
    base = _gerund_base(first)
    own = _first_person(head)
    if base and rest:
        # "Designing and building ...": every verb of the list in one form ("I design and building": issue 12)
        own = _in_past(head) if not current else _in_present(head)
    elif own is None:
        return ""
    elif not current:
        own = _in_past(own)
    # "ran the evaluation: chose Datadog over ..." is written, not said: "ran the evaluation and chose ..."
    label, colon, after = own.partition(": ")
    if colon and _verb(after.split(" ", 1)[0]) is not None:
        own = f"{label} and {after}"
    return _requoted(f"I {_lower_first(own)}.", text)


def _requoted(said: str, source: str) -> str:
    """A sentence with each name quoted in its source line as printed: words._clean drops brackets even inside
    quotation marks ('the "Fares (v2) rewrite" project' said as 'the "Fares rewrite" project'; issue 12)."""
    for quote in _QUOTED.finditer(source):
        printed = quote.group(0)
        said = said.replace(re.sub(r"\s+", " ", _PARENS.sub("", printed)), printed)
    return said


def _result_said(figures: str, said: _Said, current: bool) -> str:
    """The line's result clause as a sentence: "raising throughput from 1,800 to 14,000 requests/s" -> "It raised
    throughput ..."; "shipped 5 weeks early" -> "I shipped 5 weeks early."; "Sev-1 incidents fell 60%" as it is."""
    words = figures.split(" ")
    if _base_of(words[0].lower()) and not words[0][:1].isupper():
        # each "and <doing>" of the clause agrees: "saving $310K a year and reducing MTTR ..."
        told = [_past(_base_of(w) or "") if (i == 0 or words[i - 1] == "and") and _base_of(w) else w
                for i, w in enumerate(words)]
        return said.draft("result_it").format(rest=" ".join(told))
    own = _said_by_me(figures, current, RESULT_WORDS)
    if own:
        return own
    return f"{figures[0].upper()}{figures[1:]}."
