"""Part of draft: the questions to ask each interviewer, tied to what the posting says."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.draft.sums import line_sum
from tailor.draft.words import (
    _UNFINISHED,
    _about_lines,
    _clauses,
    _clean,
    _Context,
    _is_technology,
    _join,
    _phrase_clip,
    _possessive,
    _question_pattern,
    _sentence,
    _sentences,
    _verbatim,
    brief_data,
)
from tailor.fit import area_data, area_hits, best_area, cue_pattern, mentions
from tailor.model import (
    Area,
    Interviewer,
    Need,
    Posting,
    Question,
    Requirement,
    SectionKind,
    Verdict,
)


def draft_questions(ctx: _Context, stack: tuple[str, ...]) -> tuple[Question, ...]:
    """Five questions per interviewer, each tied to a line of the posting: the most emphasised area's question
    first, then the sums its figures allow and what it leaves open, then the other areas (the problems the
    posting states first), a further problem, and only then a generic question to fill the five."""
    units = _posting_units(ctx.posting)
    used: set[str] = set()
    noticed = [
        *_sum_questions(ctx.posting, units, used),
        *_noticed_questions(ctx.posting, units, used),
        *_background_question(ctx, used),
    ]
    by_interviewer = {
        who: sorted((a for a in Area if a.interviewer is who), key=lambda a: (-ctx.weight(a), list(Area).index(a)))
        for who in Interviewer
    }
    # Every area gets its best sentence before either interviewer gets a second one.
    main = {who: [_question(ctx, a, stack, units, used) for a in areas] for who, areas in by_interviewer.items()}
    questions: list[Question] = []
    for who, areas in by_interviewer.items():
        extra = _extra_question(ctx, areas, units, used, main[who]) or _unasked_question(ctx, areas, stack, main[who])
        drafted = (*main[who], *([extra] if extra else []))
        # a generic question names the team or stack in its basis, but quotes no line of the posting
        kinds = set(brief_data()["questions"]["basis_kinds"].values())
        quoted = [q for q in drafted if q.basis in kinds]
        generic = [q for q in drafted if q.basis not in kinds]
        # the comparers' filler is a generic question (issue 12): it only fills the call sheet's three where the
        # posting's lines leave room, never the further ones ("prefer fewer, sharper questions")
        grounded = [*quoted[:1], *(q for q in noticed if q.interviewer is who), *quoted[1:]]
        ordered = list(dict.fromkeys(grounded))[:_PER_INTERVIEWER]
        # before a generic question, one on a fact the posting states and no question has quoted yet: a figure,
        # an availability, a duty ("What is X's biggest engineering challenge as it scales?" beside a posting that
        # said "3 million readers": issue 12, blind review)
        room = _ON_THE_CALL_SHEET - len(ordered)
        facts = _fact_questions(ctx, areas, units, used, [*ordered, *questions], room) if room > 0 else []
        questions.extend([*ordered, *facts, *generic][: max(len(ordered), _ON_THE_CALL_SHEET)])
    return tuple(dict.fromkeys(questions))


_PER_INTERVIEWER = 5  # three on the call sheet, two more in the full brief (templates/brief.html.j2)


def _fact_questions(
    ctx: _Context, areas: list[Area], units: tuple[_Unit, ...], used: set[str], asked: list[Question], room: int
) -> list[Question]:
    """Up to `room` questions, each on a posting sentence no question has quoted: a figure it states (a scale, an
    availability) first, then a duty; under the sentence's own area when it is this interviewer's, else under
    the interviewer's most stressed area in words that fit any line."""
    mine = set(areas)
    about = [_Unit(s, line, "about", False) for line in _about_lines(ctx.posting) for s in _sentences(line)
             if _FIGURE.search(s) and len(s.split()) >= _FACT_WORDS]
    pool = [u for u in (*units, *about) if u.duty and u.text not in used]
    figured = [u for u in pool if _FIGURE.search(u.text)]
    ordered = list(dict.fromkeys([*figured, *(u for u in pool if u.kind == "responsibility")]))
    found: list[Question] = []
    for unit in ordered:
        if len(found) >= room:
            break
        area = best_area(unit.text)
        if area is not None and area not in mine:
            continue
        if unit.text in used:
            continue
        fact = _fact_kind(unit.text)
        if fact:
            found.append(_quoted_question(ctx, area or areas[0], unit, used, template=fact))
            continue
        question = _quoted_question(ctx, area or areas[0], unit, used, followup=area is None)
        if any(_alike(question.text, q.text) for q in (*asked, *found)):
            question = _quoted_question(ctx, area or areas[0], unit, used, followup=True)
        found.append(question)
    return found


def _fact_kind(sentence: str) -> str:
    """The question a stated figure asks for: "fact_availability" for an availability ("99.95% uptime"),
    "fact_figure" for a figure of scale ("3 million readers"), "" for a line without one."""
    figure = _FIGURE.search(sentence)
    if figure is None:
        return ""
    cues = brief_data()["figures"]["availability_cues"]
    if "%" in figure.group(0) and _question_pattern(tuple(cues)).search(sentence):
        return "fact_availability"
    return "fact_figure"


# a figure a posting states: "3 million readers", "99.95%", "40 hospitals"; a year alone is none
_FIGURE = re.compile(r"(?<![\w$€£])(?!(?:19|20)\d\d\b)\d[\d,.]*\s?(?:%|[kmb]\b|million|billion|thousand|\+)?\s*[a-z%]")
_FACT_WORDS = 5
_ON_THE_CALL_SHEET = 3


def _sum_questions(posting: Posting, units: tuple[_Unit, ...], used: set[str]) -> list[Question]:
    """A question on the plain sum of a line's own figures (issue 12), at most one per interviewer and one per
    pair of figures; every sentence holding those figures is then used, so no area question quotes it again."""
    found: list[Question] = []
    team = (posting.team,) if posting.team else ()  # "ingestion and query teams (11 engineers, two tech leads)"
    sources = (
        *posting.responsibilities, *posting.leadership_signals, *posting.team_about, *_about_lines(posting), *team
    )
    # whole lines last: a figure in brackets ("10x today's volume (currently about 55,000 messages per second)")
    # is cut from the sentences
    sentences = [
        *(u.text for u in units), *(s for line in dict.fromkeys(sources) for s in _sentences(line)), *sources
    ]
    summed = {sentence: line_sum(sentence) for sentence in dict.fromkeys(sentences)}
    figures: set[tuple[str, ...]] = set()
    people: set[tuple[str, ...]] = set()  # the figures of a hiring plan or an organisation's shape
    for found_sum in summed.values():
        if found_sum is None or _figures(found_sum.quote) in figures:
            continue
        area = _SUM_AREAS[found_sum.kind]
        # one of a kind, two at most for an interviewer: sharp questions, not a page of arithmetic
        if any(q.area is area for q in found) or sum(q.interviewer is area.interviewer for q in found) >= 2:
            continue
        figures.add(_figures(found_sum.quote))
        if found_sum.kind in ("hiring", "team", "shape"):
            people.add(_figures(found_sum.quote))
        found.append(Question(_sentence(found_sum.text), area.interviewer, area, _basis("sum")))
    # "grow to roughly 85 engineers" after "from 46 to 85 engineers": the same plan, asked about once; a load or a
    # budget is one clause of its line, and the rest of the line ("the migration … to Kafka") is still to ask about
    shared = {n for f in people for n in f if n[0].isdigit()}
    used.update(
        s for s, found_sum in summed.items()
        if (found_sum is None and set(_figures(s)) & shared) or (found_sum and _figures(found_sum.quote) in figures)
    )
    return found


_SUM_AREAS = {
    "hiring": Area.TEAM_AND_HIRING,
    "team": Area.TEAM_AND_HIRING,
    "shape": Area.SCALING,
    "load": Area.TECHNICAL_SCALE,
    "budget": Area.BUSINESS_ALIGNMENT,
}


def _figures(text: str) -> tuple[str, ...]:
    """The numbers a text holds, in digits or words: two sentences with the same ones state the same fact."""
    words = {w for w in brief_data()["questions"]["sums"]["number_words"] if len(w) > 2}  # not "a", "an"
    return tuple(t for t in re.findall(r"\d[\d,.]*|[a-z]+", text.lower()) if t[0].isdigit() or t in words)


def _noticed_questions(posting: Posting, units: tuple[_Unit, ...], used: set[str]) -> list[Question]:
    """What the posting's own parts leave open or do not add up (issue 12): how the role and the interviewer it
    reports to will work together, travel in a remote role, on-call with no word on the rotation."""
    data = brief_data()["questions"]["noticed"]
    found: list[Question] = []
    reports = posting.reports_to or ""
    # only to the interviewer the role reports to: asking a VP "how will you and I work together" when the role
    # reports to the CEO misfits the interviewer (issue 12, blind review)
    manager = next((who for who in Interviewer if _cue(data["interviewer_cues"][who.name.lower()], reports)), None)
    if manager is not None:
        area = Area.BUSINESS_ALIGNMENT if manager is Interviewer.VP else Area.TEAM_AND_HIRING
        found.append(Question(data["reports_to"].format(reports_to=reports), manager, area, _basis("noticed")))
    remote = posting.remote_policy or ""
    if posting.travel and _cue(data["remote_cues"], remote):
        text = data["travel"].format(remote=_unlabelled(remote), travel=_unlabelled(posting.travel))
        found.append(Question(text, Interviewer.HEAD, Area.TEAM_AND_HIRING, _basis("noticed")))
    duties = [u for u in units if u.duty]
    on_call = next((u for u in duties if _cue(data["on_call_cues"], u.text)), None)
    if on_call is not None and not any(_cue(data["rotation_cues"], u.source) for u in duties):
        used.add(on_call.text)
        text = data["on_call"].format(quote=_on_call_quote(on_call.text, data["on_call_cues"]))
        found.append(Question(_sentence(text), Interviewer.HEAD, Area.QUALITY, _basis("noticed")))
    return found


def _background_question(ctx: _Context, used: set[str]) -> list[Question]:
    """Tools a requirement gives as choices or examples ("Experience with Kafka, Flink or similar") are what it
    asks of the candidate, not what the team runs: when the posting names none of them as its stack, one question
    asks which it runs. Only a requirement line naming two or more technologies, or one with "or similar"."""
    asking = (SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE)
    # a technology the posting names anywhere but in what it asks (its duties, About, stack) is one it runs
    runs = {s.name for s in ctx.posting_skills.items for e in s.evidence if e.section not in asking}
    asks = {*ctx.posting.requirements, *ctx.posting.nice_to_have}
    elsewhere = [line.text for line in ctx.posting.document.lines if line.text.strip() and line.text not in asks]
    examples = cue_pattern(area_data()["example_cues"])
    asked: list[tuple[bool, str]] = []  # a line giving examples ("or similar") first, then one giving choices
    for skill in ctx.posting_skills.items:
        named = {skill.name, *skill.alternatives}
        if skill.need is Need.STACK or skill.duty or not _is_technology(ctx, skill.name) or named & runs:
            continue
        # the line names the tool itself, not a practice it was implied by ("message brokers")
        line = next((e.text for e in skill.evidence if e.section is SectionKind.REQUIREMENTS
                     and not e.rule.startswith(("implied", "used with")) and e.matched[:1].isupper()), None)
        on_line = {s.name for s in ctx.posting_skills.items if any(e.text == line for e in s.evidence)}
        said = on_line & runs or {n for n in on_line for text in elsewhere if mentions(n, text)}
        if line is None or line in used or said:  # "Go, Java or similar" where the team runs Go
            continue
        if skill.alternatives or examples.search(line):
            asked.append((not examples.search(line), line))
    for _, line in sorted(asked, key=lambda a: a[0])[:1]:
        used.add(line)
        quote = _phrase_clip(line, brief_data()["questions"]["quote_words"])
        text = brief_data()["questions"]["noticed"]["background"].format(quote=quote)
        return [Question(text, Interviewer.HEAD, Area.TECHNICAL_SCALE, _basis("noticed"))]
    return []


def _on_call_quote(sentence: str, cues: list[str]) -> str:
    """The clause naming on-call, with the one before it when alone it is too short to say anything
    ("on-call" on its own)."""
    clauses = _clauses(_verbatim(sentence)) or [sentence]
    at = next((i for i, c in enumerate(clauses) if _cue(cues, c)), 0)
    said = clauses[at] if len(clauses[at].split()) >= _ON_CALL_WORDS or at == 0 else ", ".join(clauses[at - 1 : at + 1])
    said = re.sub(r"(?i)^(?:and|but|while|so|including)\s+", "", said)  # as _quote: a clause, not its link
    return _phrase_clip(said, brief_data()["questions"]["quote_words"])


_ON_CALL_WORDS = 5


def recruiter_check(requirements: tuple[Requirement, ...], printed: str | None = None) -> str | None:
    """A checklist item to settle with the recruiter before the calls when the requirements check leaves location
    or work authorisation to check; None when neither is open. Never a question to the two interviewers: asking
    a Head of Engineering whether a location is firm can hurt the candidate and is not theirs to answer
    (issue 12, blind review). It asks what the posting means, and says nothing the résumé does not. `printed` is
    the posting's text: a value is put in quotation marks only where the posting prints it so (None: trusted)."""
    data, labels = brief_data()["checklist"], brief_data()["requirements"]

    def said(value: str, kind: str) -> str:
        value = _unlabelled(value)
        shown = printed is None or " ".join(value.split()).casefold() in " ".join(printed.split()).casefold()
        return str(data["recruiter_printed" if shown else f"recruiter_{kind}_read"]).format(value=value)

    open_rows = {r.what: r.asked for r in requirements if r.verdict is not Verdict.MEETS}
    where, allowed = open_rows.get(labels["location"]), open_rows.get(labels["authorisation"])
    if where and allowed and _words_of(_unlabelled(where)) == _words_of(_unlabelled(allowed)):
        allowed = None  # one line read as both: "what the posting's “Austin, TX” and “Austin, TX” mean" (issue 12)
    if where and allowed:
        asked, authorisation = said(where, "location"), said(allowed, "authorisation")
        # "the posting's “Remote” and “Must be authorized ...”": the posting named once
        printed_as = str(data["recruiter_printed"]).split("{", 1)[0]
        if asked.startswith(printed_as) and authorisation.startswith(printed_as):
            authorisation = authorisation.removeprefix(printed_as)
        return str(data["recruiter_both"]).format(asked=asked, authorisation=authorisation)
    if where or allowed:
        kind = "location" if where else "authorisation"
        return str(data[f"recruiter_{kind}"]).format(asked=said(where or allowed or "", kind))
    return None


def _unlabelled(line: str) -> str:
    """A posting line as printed, brackets kept ("Remote (US only)": the region is the point), without its
    "Location:" label."""
    printed = " ".join(line.split()).rstrip(".;:")
    head, _, rest = printed.partition(": ")
    return rest if rest and len(head.split()) <= 2 else printed


def _words_of(text: str) -> tuple[str, ...]:
    """A value's words whatever its case, spacing and stops ("Austin, TX." and "Austin,  TX" are one place)."""
    return tuple(re.findall(r"\w+", text.casefold()))


def _cue(cues: list[str], text: str) -> bool:
    return bool(_question_pattern(tuple(cues)).search(text))


def _basis(kind: str) -> str:
    return str(brief_data()["questions"]["basis_kinds"][kind])


def _unasked_question(
    ctx: _Context, areas: list[Area], stack: tuple[str, ...], asked: list[Question]
) -> Question | None:
    """The guide's question for the most emphasised area that no question already asks in other words; None
    when every one is asked already (a blind review: the fifth question repeated the first in other words)."""
    generic = [_generic_question(ctx, area, stack) for area in areas]
    def repeats(q: Question, a: Question) -> bool:  # within one area a shorter shared run is the same question
        return _alike(q.text, a.text, 4 if q.area is a.area else 6)

    return next((q for q in generic if not any(repeats(q, a) for a in asked)), None)


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
    asks = re.compile(rf"(?i)(?:{'|'.join(map(re.escape, brief_data()['questions']['requirement_openers']))})\b")
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
            if kind != "about" and asks.match(_clean(sentence)):
                kind, stated = "requirement", False
            units.setdefault(sentence, _Unit(sentence, line, kind, stated))
    return tuple(units.values())


_FROM_TO_NUMBERS = re.compile(r"(?i)\bfrom (?:about |around |roughly )?\d[\d,]* to (?:about |around |roughly )?\d")


def _unit_rank(unit: _Unit, area: Area, index: int) -> tuple[int, ...] | None:
    """How well a sentence suits a question on an area; None when the area is not its topic."""
    # only under its own main area: a line asked about under another area it merely touches joined unrelated
    # parts ("On 'Lead cross-team architecture reviews': which technical problem at scale…", issue 12)
    if best_area(unit.text) is not area:
        return None
    hits = area_hits(area, unit.text)
    if not unit.duty and hits < 2:
        return None
    return (not unit.duty, -(min(hits, 3) + 2 * unit.problem), index)


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


def _quoted_question(
    ctx: _Context, area: Area, unit: _Unit, used: set[str], followup: bool = False, template: str = ""
) -> Question:
    """`followup`: a second question in an area already asked about, so in words of its own; `template`: the key
    of a question of its own ("fact_figure")."""
    used.add(unit.text)
    data = brief_data()["questions"]
    template = data[template] if template else (
        data["followup"] if followup else data[area.value]["problem" if unit.problem else "quoted"]
    )
    # the line is the posting's, never said as if the interviewer had said it ("You mention …", issue 12)
    # in turn by area: eight questions all opening "On “…”" read as a template (issue 12, language)
    leads = data["leads"]["duty" if unit.duty else "requirement"]
    lead = leads[list(Area).index(area) % len(leads)].format(quote=_quote(unit.text, area))
    body = template.format(company=_company(ctx), company_s=_possessive(_company(ctx)))
    text = _sentence(f"{lead}: {body}")
    where = brief_data()["questions"]["basis_kinds"][unit.kind]
    # the question quotes its line: the basis names where that is, not the same words again
    return Question(text, area.interviewer, area, where)


def _generic_question(ctx: _Context, area: Area, stack: tuple[str, ...]) -> Question:
    data = brief_data()["questions"]
    template = data[area.value]["generic"]
    # "ingestion and query teams (11 engineers, two tech leads)" inside a clause in brackets: commas, not nested
    described = re.sub(r"\s*\(([^()]*)\)", r", \1", ctx.posting.team or "")
    team = data["team_clause"].format(team=described) if described else ""
    stack_clause = data["stack_clause"].format(stack=_join(stack[:3])) if stack else ""
    role = ctx.posting.title or brief_data()["questions"]["role_fallback"]
    text = template.format(
        company=_company(ctx), company_s=_possessive(_company(ctx)), team=team, stack=stack_clause, role=role
    )
    basis = []
    if stack_clause and "{stack}" in template:
        basis.append(f"their stack ({_join(stack[:3])})")
    if team and "{team}" in template:
        basis.append(f"the team they describe: {described}")
    return Question(text, area.interviewer, area, " and ".join(basis))


def _company(ctx: _Context) -> str:
    return ctx.company or brief_data()["questions"]["company_fallback"]


def _quote(line: str, area: Area) -> str:
    """A posting sentence short enough to quote whole, else its clause that speaks most to the area."""
    whole = re.sub(r"(?i)^including\s+", "", _YOU_HAVE.sub("", _verbatim(line))).rstrip(".")
    limit = brief_data()["questions"]["quote_words"]
    if len(whole.split()) <= limit:
        return whole
    sentences = re.split(r"(?<=[.!?])\s+", whole)
    clauses = [c for s in sentences for c in _clauses(s.rstrip("."))] or [line]
    best = max(clauses, key=lambda c: (len(c.split()) >= 5, area_hits(area, c), -clauses.index(c)))
    best = re.sub(r"(?i)^(?:and|but|while|so|including)\s+", "", best)
    return _phrase_clip(_YOU_HAVE.sub("", best), limit)


_YEARS = re.compile(r"(?i)\d+\+?\s*(?:years|yrs)")


_REPORTING = re.compile(r"(?i)^(?:you(?:['’]ll| will)\s+)?(?:reports?|reporting)\s+(?:directly\s+)?to\b")


# A requirement addressed to the reader ("You have scaled a team") is quoted from its verb on.
_YOU_HAVE = re.compile(
    r"(?i)^(?:you(?:['’]ve| have| are|['’]re| will have)|we(?:['’]re| are) looking for someone who)\s+"
)
