"""Part of draft: the pitch, about a minute said aloud: who, the results that fit, why this company."""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass, replace
from typing import Any

from tailor.checks import in_posting_field, level_rungs, stated_years_of, top_gap
from tailor.draft.star import _section_items
from tailor.draft.words import (
    _DIGIT,
    _SUBJECT,
    _about_lines,
    _clauses,
    _clean,
    _clip,
    _Context,
    _continues,
    _first_person,
    _gerund_base,
    _in_past,
    _is_current,
    _is_technology,
    _Item,
    _join,
    _latest_role,
    _lower_first,
    _past,
    _period,
    _phrase_piece,
    _possessive,
    _question_pattern,
    _resume_words,
    _said_whole,
    _second_person,
    _sentence,
    _sentences,
    _tells,
    _verb,
    _where,
    _year,
    brief_data,
    listed_duties,
)
from tailor.entries import is_learning
from tailor.fit import (
    area_data,
    area_hits,
    best_area,
    has_figure,
    largest_team,
    mentions,
    month_number,
    team_counts,
    team_sizes,
    title_seniority,
    whole_word,
)
from tailor.model import (
    Area,
    Bullet,
    Citation,
    MetricKind,
    Pitch,
    Posting,
    Resume,
    RiskRow,
    Role,
    Seniority,
    Strength,
    Verdict,
    spoken,
)
from tailor.resume import years_of_experience, years_said

MAX_PITCH_ACHIEVEMENTS = 3  # the two or three results most relevant to this posting, never a run of bullets (issue 12)
FIRST_ACHIEVEMENT_WORDS = 40
FURTHER_ACHIEVEMENT_WORDS = 34
MIN_RESULT_WORDS = 3  # "Selected Projects" is a heading read as a line, not a result to say
LABEL_WORDS = 4  # "Search re-platforming:", "Query understanding:": a project's name before what was done


DUTY_WORDS_SHARED = 2  # a line sharing this many words with the posting's duties speaks to what the role is for
RESULT_BONUS = 6.0  # a line told as something done, or with a figure, over a standing duty
RECENCY_BONUS = 2.0  # the latest role's line, halved for the role before it, and so on
LEVEL_BONUS = 2.0  # a line from a post at the posting's rung of the seniority ladder (or above)
MAIN_AREA_BONUS = 6.0  # how much a pitch achievement gains when its main topic is the posting's most weighted area


@dataclass(frozen=True)
class _Part:
    """One pitch sentence and where its facts came from."""

    text: str
    sources: tuple[str, ...]
    cites: tuple[Citation, ...] = ()  # résumé lines it rests on; () for what it says about the company
    derived: tuple[str, ...] = ()
    # the part of the text that is about the candidate, when the rest is the posting's words (a duty naming a skill
    # is the posting's to name, not a claim the résumé must bear out)
    claimed: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())


def draft_pitch(ctx: _Context, table: tuple[RiskRow, ...] = ()) -> Pitch:
    """About a minute read aloud: who, the two or three results that fit this posting, why this company.

    It closes on the company's own product or mission, never on the posting's list of duties: a pitch ending
    on the posting's words reads as copied (issue 12, blind review). Before that, one phrase of the posting names
    what the role is for, after the results that are the evidence for it."""
    data = brief_data()["pitch"]
    intro = _pitch_intro(ctx)
    scoped = _pitch_scope(ctx)
    scope = scoped[1] if scoped else None
    company = _pitch_company(ctx)
    # "That is the experience I'd bring ... to own delivery across the four teams": the results before it are the
    # evidence, so it claims nothing new; it names what the posting says the role is for (its first duty, in its
    # words), or is left out when the posting gives nothing to name (issue 12: the same close in every brief).
    # A core requirement not shown, or a last role long ended, is said plainly instead, said whatever else is
    # (issue 12, blind review: "the experience I'd bring to the Staff ML Engineer role" with no ML shown)
    close = _honest(ctx, table, True) or _pitch_close(ctx)
    fixed = sum(p.words for p in (intro, scope, company, close) if p)
    said = _pitch_results(ctx, fixed, (scoped[0],) if scoped else ())
    achievements = _told(ctx, said)
    # "what I bring is results like these" only after a result with its figure: "fixed bugs in the web app" is none
    honest = _honest(ctx, table, any(has_figure(item.bullet) for item, _ in said))
    bring = honest or (_pitch_close(ctx, said[-1][0].role) if said else None)
    parts = [p for p in (intro, scope, *achievements, bring, company) if p]
    more = _pitch_more(ctx, company.text, sum(p.words for p in parts) < data["min_words"]) if company else None
    if more and sum(p.words for p in parts) + more.words <= data["max_words"]:
        parts.append(more)
    # A promotion ("I joined Acme as a Software Engineer") right after the intro, said only to fill a short pitch:
    # growth inside one employer argues for the candidate. An earlier employer named with nothing done there
    # ("Before that, I was ...") walks the résumé by date, and comparers read such pitches as "a chronology".
    joined = _pitch_joined(ctx)
    words = sum(p.words for p in parts)
    if joined and words < data["min_words"] and words + joined.words <= data["max_words"]:
        parts = [parts[0], joined, *parts[1:]]
    # the results are chosen by estimated words: a close that would take the pitch past its minute is left out, but
    # never the honest sentence
    if bring and bring is not honest and sum(p.words for p in parts) > data["max_words"]:
        parts.remove(bring)
    for part in parts:
        if part.cites:
            ctx.claim("pitch", part.claimed or part.text, part.cites, part.derived)
    text = " ".join(p.text for p in parts)
    return Pitch(
        text=text,
        words=len(text.split()),
        sources=tuple(s for p in parts for s in p.sources),
        sentences=tuple((p.text, p.sources) for p in parts),
    )


def _pitch_close(ctx: _Context, after: Role | None = None) -> _Part | None:
    """What the role is for, and how the results before it bear on it, never more than they show (issue 12, blind
    review: "the experience I'd bring to the Senior Engineering Manager role, to manage and grow two teams" closed
    a tech lead's pitch, and "... to design the compute scheduler on Kubernetes" one with no Kubernetes in it).

    A role a level or more above the candidate's is said plainly to be a step up ("To be upfront: ..."), beside the
    largest team the résumé shows them leading or growing; a duty naming a skill no role shows says that skill is
    still to be used in a role; else the results are the experience the candidate would bring to it. None when the
    posting names no duty and the role is no step up.
    `after`: the role of the result said just before, whose employer need not be named again."""
    data = brief_data()["pitch"]
    duty = _first_duty(ctx, int(data["bring_words"]))
    role = _role_title(ctx.posting.title) if ctx.posting.title else data["bring_role"]
    seniority = ctx.fit.seniority
    if level_rungs(ctx.resume, ctx.fit) > 0:
        # the gap said once, plainly, whatever the duties say ("To be upfront: ..."; issue 12, brief s8: the hand
        # pitch names the gap and asks what the role needs); an engineer's first post managing people: a bigger
        # team led would not be the step ("a team of 7 would be a step up from the team of 9 I've grown")
        if seniority.candidate in _INDIVIDUAL and seniority.posting not in _INDIVIDUAL:
            return _Part(data["close_first_manager"].format(role=role), ("close: a first post managing",))
        team = largest_team(i for i in ctx.items if not i.role.internship)
        # the size as printed in its line ("a team of eight" is no "8" to quote back)
        if team is not None and re.search(rf"(?<![\d,.]){team[0]}(?![\d,.]\d)", team[1].bullet.text):
            # the team's employer named: said after another employer's result, the size would read as that one's
            role_of = team[1].role
            again = after is not None and after.company == role_of.company
            at = data["at_current"].format(company=spoken(role_of.company)) if role_of.company and not again else ""
            text = data["close_step_sized"].format(role=role, size=team[0], at=at)
            cites = (team[1].citation(), ctx.header(role_of))
            claimed = data["close_step_team"].format(size=team[0], at=at)
            where = f"close: a step up in level; team: {_where(team[1].citation())}"
            return _Part(text, (where,), cites, claimed=claimed if claimed in text else text)
        return _Part(data["close_step"].format(role=role), ("close: a step up in level",))
    if not duty:
        return None
    new = _unshown_skills(ctx, duty)
    if new:
        text = data["close_new"].format(role=role, duty=duty, skills=_join(new))
        # the sentence names the role only, not the duty nor its skills: so does its source (issue 12: "close:
        # Python and Spark not yet shown in a role" beside a pitch saying nothing of either)
        return _Part(text, ("close: the role as the posting names it",))
    return _Part(data["bring"].format(role=role, duty=duty), ())



def _honest(ctx: _Context, table: tuple[RiskRow, ...], results: bool) -> _Part | None:
    """The pitch's honest sentence, said once: a last role that ended over a year ago, said with its date, and the
    top gap when it is a core requirement the résumé does not show ("To be upfront: my background doesn't include
    machine learning yet; what I bring is results like these ..."), never the role's core duty claimed (issue 12,
    blind review). A step up in level or a first post managing people is the close's own sentence, which then
    carries the ended role. None when there is neither. `results`: whether results were said before it."""
    data = brief_data()["pitch"]["honest"]
    ended = _ended_long_ago(ctx)
    gap = top_gap(table)
    named = _gap_named(gap) if _core(ctx, gap, table) else None
    close = None if named else _pitch_close(ctx)
    upfront = data["upfront"]
    if ended is None and named is None:
        return None
    role, end = ended if ended else (None, "")
    said_end = data["ended"].format(end=end) if ended else ""
    cites = (ctx.header(role),) if role is not None else ()
    sources = (f"last role ended: {end}, {role.label}",) if role is not None else ()
    if named is None:
        if close is not None and close.text.startswith(upfront):
            # "To be upfront: my last role ended in June 2015, and the Engineering Manager role would be ..."
            text = f"{upfront}{said_end}, and {close.text[len(upfront):]}"
            # what the audit checks: the end, and the team the close says was led (never the posting's title)
            claimed = "; ".join(c for c in (said_end, close.claimed) if c)
            return _Part(text, (*sources, *close.sources), (*cites, *close.cites), claimed=claimed)
        return _Part(_sentence(f"{upfront}{said_end}; {data['since']}."), sources, cites, claimed=said_end)
    them = "them" if re.search(r",| or | and ", named) and gap is not None and gap.kind == "skill" else "it"
    bring = data["bring"] if results else ""
    lacks = data["lacks"].format(gap=named)
    head = f"{said_end}, and {lacks}" if ended else lacks
    text = _sentence(f"{upfront}{head}; {bring}{data['ask'].format(it=them)}.")
    # the gap as the sentence names it, and where it comes from: the fit line's top gap
    source = f"top gap: {named}, as the fit line names it"
    return _Part(text, (*sources, source), cites, claimed=said_end if ended else "")


def _core(ctx: _Context, gap: RiskRow | None, table: tuple[RiskRow, ...]) -> bool:
    """Whether the top gap is the role's core, not one tool of many: it is the kind of work the role does, or the
    posting's title names a skill no role of the résumé shows ("Staff Machine Learning Engineer" for an iOS
    engineer), or its missing tools are named in the title or the duties the close would name. A list of tools for
    a lead's post ("Azure, Kafka or SQL Server") is the risks table's to say, not the pitch's."""
    if gap is None:
        return False
    words = brief_data()["requirements"]["kind"]
    if gap.what == words or any(r.what == words and r.verdict is Verdict.NOT_SHOWN for r in table):
        return True
    title = ctx.posting.title or ""
    duties = " ".join(listed_duties(ctx.posting)[: brief_data()["pitch"]["duty_lines"]])
    # an industry in the title ("Engineering Lead, Payments") is the Domain row's gap, not the tools the row names
    domains = {k.lower() for k in brief_data()["pitch"]["domain_categories"]}
    for skill in ctx.posting_skills.items:
        written = (skill.name, *(e.matched for e in skill.evidence))
        held = ctx.resume_skills.get(skill.name)
        unshown = held is None or held.strength is not Strength.DEMONSTRATED
        if skill.category.lower() not in domains and any(mentions(w, title) for w in written) and unshown:
            return True
        if mentions(skill.name, gap.gap) and any(mentions(w, f"{title} {duties}") for w in written):
            return True
    return False


def _gap_named(gap: RiskRow | None) -> str | None:
    """What the top gap lacks, in a few words, when it is a core requirement the résumé does not show: the tools a
    required-skills row names ("feature engineering, machine learning or PyTorch") or the kind of work a row asks
    ("data and machine learning"); None for any other gap (managing people and the level have sentences of
    their own)."""
    if gap is None or gap.verdict is not Verdict.NOT_SHOWN:
        return None
    words = brief_data()["requirements"]
    if gap.severity not in (words["table"]["severity"]["end"], words["table"]["severity"]["high"]):
        return None
    if gap.kind == "skill":
        # the row's gap as checks words it: "your résumé does not name {skills}" (and "; you hold ..." after it)
        template = re.escape(words["missing_none"]).replace(re.escape("{skills}"), "(.+?)")
        found = re.match(rf"{template}(?:;|$)", gap.gap)
        return found.group(1) if found else None
    if gap.what == words["kind"] and gap.asked and not gap.quoted:
        return gap.asked
    return None


def _ended_long_ago(ctx: _Context) -> tuple[Role, str] | None:
    """The main role and its end said aloud ("June 2015") when no role is held and it ended over a year before the
    résumé's date: "most recently" made a job left years ago sound current (issue 12, blind review)."""
    role = _main_role(ctx)
    if role is None or any(r.end == "present" for r in ctx.resume.roles) or not _until(role):
        return None
    end, now = month_number(role.end), month_number("present", ctx.resume.as_of)
    if end is None or now is None or now - end <= MONTHS_IN_YEAR:
        return None
    return role, _month_said(role.end)


MONTHS_IN_YEAR = 12


def _until(role: Role | None) -> str:
    """ " until June 2015" for a role that has ended, "" for one held or with no end printed: "most recently at
    Acme" of a job left in 2015 sounded current (issue 12, blind review)."""
    if role is None or role.end in (None, "present") or not (role.end or "")[:4].isdigit():
        return ""
    return brief_data()["pitch"]["until"].format(end=_month_said(role.end))


def _month_said(value: str | None) -> str:
    """ "2015-06" said as "June 2015"; a year alone as the year."""
    if value and len(value) >= len("YYYY-MM") and value[5:7].isdigit():
        return f"{calendar.month_name[int(value[5:7])]} {value[:4]}"
    return (value or "")[:4]


_INDIVIDUAL = (Seniority.OTHER, Seniority.IC_SENIOR, Seniority.IC_STAFF)  # the ladder's rungs that manage no one


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unshown_skills(ctx: _Context, duty: str) -> list[str]:
    """The technologies a duty names that no role of the résumé shows (listed, implied or absent); a concept
    ("stream processing", "team leadership") is left to the requirements check, which reads it from more than one
    word."""
    names = []
    for skill in ctx.posting_skills.items:
        written = (skill.name, *(e.matched for e in skill.evidence))
        if not _is_technology(ctx, skill.name) or not any(mentions(w, duty) for w in written):
            continue
        held = ctx.resume_skills.get(skill.name)
        if held is None or held.strength is not Strength.DEMONSTRATED:
            names.append(skill.name)
    return list(dict.fromkeys(names))


def _pitch_results(ctx: _Context, fixed: int, scope: tuple[_Item, ...] = ()) -> list[tuple[_Item, str]]:
    """The results to say, each with the sentence of its bullet to say: the best for this posting first, while
    the pitch is short of its minute (two at least when the résumé has them) and stays within it. The line
    already said as the current role's scope is not said again."""
    data = brief_data()["pitch"]
    chosen: list[tuple[_Item, str]] = []
    skipped: list[_Item] = list(scope)
    words = fixed
    # The latest role's best line is said first, unless the scope sentence already speaks for that role or it has
    # no line to tell: a manager since 2020 whose pitch told only results from engineer roles of 2015-2019 skipped
    # the job the listener hires from (issue 12, blind review). Said first; the others still rank by the posting.
    main = _main_role(ctx)
    lead = main if main is not None and not scope else None
    while len(chosen) < MAX_PITCH_ACHIEVEMENTS:
        excluded = tuple(i for i, _ in chosen)
        item = _best_achievement(ctx, exclude=excluded, skip=tuple(skipped), role=lead) if not chosen and lead else None
        item = item or _best_achievement(ctx, exclude=excluded, skip=tuple(skipped))
        if item is None or (len(chosen) >= 2 and words >= data["min_words"]):
            break
        # a further proof shows something this posting asks for, or a figure: "I also organised the summer party"
        # argues nothing
        if chosen and not (has_figure(item.bullet) or _relevance(ctx, item.bullet.text)):
            skipped.append(item)
            continue
        # a third proof is said only with its figure: "I ran the weekly release meeting" after two results fills
        # the minute with a line that argues nothing (issue 12)
        # (or with two or more of the words of the posting's duties: "Migrated batch ETL to Spark" for a role that
        # builds batch pipelines in Spark is worth saying in a short pitch; brief s6, pitches of 74 words)
        if len(chosen) >= 2 and not (has_figure(item.bullet) or _on_duty(ctx, item.bullet.text)):
            skipped.append(item)
            continue
        budget = FURTHER_ACHIEVEMENT_WORDS if chosen else FIRST_ACHIEVEMENT_WORDS
        sentence = _tidy(_best_sentence(ctx, item.bullet.text))
        sentence = _without_tools(ctx, _after_label(sentence) or sentence)
        # chosen for a figure its said sentence leaves out (the figure follows in "Since implementation, ..."):
        # a result said without the figure it was chosen for is a weaker one than the next bullet's
        if has_figure(item.bullet) and not has_figure(Bullet(sentence, item.bullet.line)):
            skipped.append(item)
            continue
        # A bullet cut mid-phrase ("Ensured the performance.") or with "…" cannot be said aloud: another
        # bullet, or none, is better (issue 12).
        kept = _one_figure(_compact(sentence, budget))
        current = _is_current(ctx.resume, item.role)
        # an achievement section's line is said as a result when it has no verb ("61% increase in ...")
        told = bool(item.section) or _said_by_me(item, kept, current)
        if len(kept.split()) < MIN_RESULT_WORDS or not _sayable(kept, sentence) or not told:
            skipped.append(item)
            continue
        # the connective and the employer's name add up to six words; a further result at an employer already told
        # joins its sentence with one ("There I A and B")
        joined = any(_group(ctx, c.role) == _group(ctx, item.role) for c, _ in chosen)
        extra = 1 if joined else 6
        if chosen and words + len(kept.split()) + extra > data["max_words"]:
            break
        chosen.append((item, kept))
        words += len(kept.split()) + extra
    # Chosen for this posting, then said employer by employer, each named once: the intro's employer first, where
    # the intro leaves the listener, then the others latest first, so "Before that" is true. A result under no
    # role goes last, where no employer's name stands just before it.
    return sorted(
        chosen,
        key=lambda c: (
            _unplaced(ctx, c[0]),
            main is None or _group(ctx, c[0].role) != _group(ctx, main),
            _role_index(ctx, c[0].role),
        ),
    )


def _group(ctx: _Context, role: Role) -> str:
    """What results are told together, under one employer: the employer, but a side post held beside the main role
    is its own (reading has given a side "Founder" post the job's employer)."""
    return f"side {_role_index(ctx, role)}" if _beside_main(ctx, role) else role.company or role.title or ""


def _beside_main(ctx: _Context, role: Role) -> bool:
    main = _main_role(ctx)
    return main is not None and role is not main and _side_post(role) and _held_together(role, main)


def _role_index(ctx: _Context, role: Role) -> int:
    roles = ctx.resume.roles
    return roles.index(role) if role in roles else len(roles)


def _candidates(ctx: _Context) -> tuple[_Item, ...]:
    """The lines a pitch result can come from: every role's bullets, and the lines of an achievement section
    ("Key achievements": "61% increase in the online store's conversion rate") that hold a figure. A résumé
    with its best figures in such a section had a pitch that left out every one of them (issue 12)."""
    taken = {i.bullet.line for i in ctx.items}
    # a training course attended is something learnt, no result to pitch (issue 12); so is a line whose action is
    # reading, learning or attending ("Read the internal documentation ...", issue 12, blind review)
    passive = set(brief_data()["pitch"]["not_results"])
    worked = (
        i for i in (s for item in ctx.items for s in _sentence_items(item))
        if not is_learning(i.bullet.text, i.role.internship) and _main_verb(i.bullet.text) not in passive
    )
    return (*worked, *(i for i in _section_items(ctx, taken) if has_figure(i.bullet)))


def _sentence_items(item: _Item) -> tuple[_Item, ...]:
    """A line written as a paragraph ("I rewrote the allocation job in Go, which cut ... I also introduced contract
    tests, which reduced ...") as one result per sentence that tells something done on its own: a résumé in prose
    has no bullets, and one sentence of each paragraph was all its pitch could say (issue 12, blind review: "nothing
    he did"). Each cites the line as printed. A line with a sentence that leans on the one before ("Since
    implementation, ...") stays whole, its best sentence said as before."""
    split = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", _clean(item.bullet.text)) if s.strip()]
    told = [s for s in split if _tells(s)]
    if len(told) < 2 or any(_continues(s) for s in split):
        return (item,)
    printed = item.printed or item.bullet.text
    return tuple(
        replace(
            item,
            bullet=Bullet(s, item.bullet.line, tuple(m for m in item.bullet.metrics if m.text in s)),
            printed=printed,
        )
        for s in told
    )


def _unplaced(ctx: _Context, item: _Item) -> bool:
    """An achievement section's line that names no employer: told under no role, never guessed into one."""
    return bool(item.section) and item.role not in ctx.resume.roles


def _section_said(ctx: _Context, item: _Item, text: str) -> str | None:
    """An achievement section's line as what follows "I": its verb ("cut release time ...") without the employer
    it opens by ("At Brindlewood, cut ..."), which the pitch names itself; None for a line with no verb of the
    candidate's ("61% increase in ...", "Increase of 40% in signups"), said as a result instead."""
    text = _section_said_text(ctx, item, text)
    words = text.split()
    if len(words) > 1 and words[1].lower() == "of":  # "Increase of 40%" is a noun, not "I increase"
        return None
    return _said_by_me(item, text, _is_current(ctx.resume, item.role))


def _section_said_text(ctx: _Context, item: _Item, text: str) -> str:
    """The line without the employer it opens by ("At Brindlewood, cut ...", "Brindlewood: 80% ..."), when the
    line is placed in that employer's role: the pitch names the employer itself."""
    company = item.role.company if item.role in ctx.resume.roles else None
    if not company:
        return text
    return re.sub(rf"(?i)^(?:(?:at|for|with|in)\s+)?{re.escape(company)}\s*[,:–-]\s*", "", text)


def _as_result(text: str) -> str:
    """A verbless result said as one: "61% increase in the conversion rate" is "a 61% increase in ...", "Increase
    of 40% in signups" "an increase of 40% ...": a line opening on a change takes the article a listener expects."""
    said = _lower_first(_clean(text))
    words = said.split()
    nouns = brief_data()["pitch"]["result_nouns"]
    if len(words) > 1 and _DIGIT.match(words[0]) and words[1].lower().strip(",") in nouns:
        # said aloud: "an 8%", "an 11%", "an 18%", "an 80%"
        an = words[0][0] == "8" or re.match(r"1[18](?!\d)", words[0]) is not None
        return f"{'an' if an else 'a'} {said}"
    if len(words) > 1 and words[0] in nouns and words[1] == "of":  # "an increase of 40% in signups"
        return f"{_article(words[0])} {said}"
    return said


def _told(ctx: _Context, said: list[tuple[_Item, str]]) -> list[_Part]:
    """The results as sentences, employer by employer: the first names its employer ("There I" when the intro has
    just named it), and its title when that is not the role the intro names; the further results at the same
    employer join that sentence ("There I A, B and C"); one at another employer names that role, as printed, said
    as before, after or alongside the one told before it, by their dates. One scaffold per result ("On delivery,
    I ...", "I also ...") read as pasted bullets (issue 12, blind review)."""
    data = brief_data()["pitch"]
    groups: list[tuple[str, list[tuple[str, str, tuple[Citation, ...]]]]] = []  # opening, (said, source, cites)
    earlier = 0  # earlier employers told so far: "Before that" is said once, then "Earlier"
    main = _main_role(ctx)
    for n, (item, text) in enumerate(said):
        if item.section:
            own = _section_said(ctx, item, text) or ""
        else:
            own = _said_by_me(item, text, _is_current(ctx.resume, item.role)) or _lower_first(text)
        own = _spoken_list(_with_figures(own, item.bullet.text)) if own else ""
        cites: tuple[Citation, ...] = (item.citation(),)
        source = f"{'achievement' if n == 0 else 'further achievement'}: {_where(item.citation())}"
        # "At {company}" only ever takes an employer: a title there read "At Engineering Manager, I ..." (issue 12)
        named = spoken(item.role.company or "")
        opening = "{text}"
        if _unplaced(ctx, item):
            # told by no employer: the line's place on the page says no more than "a result of mine"
            again = n > 0 and _unplaced(ctx, said[n - 1][0])
            key = ("proud_again" if again else "proud") + ("" if own else "_result")
            opening = data[key]
            own = own or _as_result(text)
        elif not own:
            # a verbless line naming its employer ("Brindlewood: 80% increase in ..."), said after that name
            own = _as_result(_section_said_text(ctx, item, text))
            opening = data["proud_at"] if named else data["proud_result"]
            previous = said[n - 1][0].role if n else None
            if previous and previous.company != item.role.company and _before(item.role, previous):
                opening = data["proud_before"][min(earlier, len(data["proud_before"]) - 1)]
                earlier += 1
            opening = opening.replace("{company}", named)
            cites = (item.citation(), ctx.header(item.role))
        elif _beside_main(ctx, item.role) and (n == 0 or _group(ctx, item.role) != _group(ctx, said[n - 1][0].role)):
            # a side post beside the main job: said "alongside" it, by its title and its own employer; an employer
            # the same as the job's is reading's guess, so the post is said by its title alone
            title = spoken(item.role.title or "")
            main_company = main.company if main else None
            company = named if item.role.company and item.role.company != main_company else ""
            key = "alongside_titled" if company and title else "alongside_title_only" if title else "alongside"
            key = key if company or title else "alongside_unnamed"
            opening = _opening(data[key], title=title, company=company)
            cites = (item.citation(), ctx.header(item.role))
        elif n == 0:
            title = spoken(item.role.title) if item.role.title else ""
            # the intro names the main role's title and employer: "There I ..."; another employer's role is said
            # with its own title
            other = main is not None and item.role.company != main.company
            key = "achievement_titled" if title and item.role.company and other else "achievement"
            key = key if named else "achievement_unnamed"
            key = "achievement_there" if key == "achievement" and item.role is main else key
            opening = _opening(data[key], title=title, company=named)
            if key == "achievement_titled":
                cites = (item.citation(), ctx.header(item.role))
        elif _group(ctx, item.role) != _group(ctx, said[n - 1][0].role):
            title = spoken(item.role.title) if item.role.title else ""
            key = "elsewhere_titled" if title and named else "elsewhere" if named else "elsewhere_unnamed"
            key = "elsewhere_title_only" if title and not named else key
            previous = said[n - 1][0].role
            if _held_together(previous, item.role) or not _before(item.role, previous):
                template = data[key.replace("elsewhere", "alongside")]
            else:
                # "In my previous role" only of the role right before the current one (the first not held with it),
                # any other earlier employer is "Earlier" (issue 12, brief s6; brief s9 "stories6": two roles back)
                roles = _roles(ctx)
                adjacent = previous in roles and item.role in roles
                after = next((r for r in roles[1:] if not _held_together(r, roles[0])), None)
                adjacent = adjacent and item.role is after
                template = data[key][0 if earlier == 0 and adjacent else 1]
                earlier += 1
            opening = _opening(template, title=title, company=named)
            cites = (item.citation(), ctx.header(item.role))
        else:
            # a further result at the same employer joins the sentence before it ("There I A, B and C")
            groups[-1][1].append((own, source, cites))
            continue
        groups.append((opening, [(own, source, cites)]))
    parts: list[_Part] = []
    for opening, results in groups:
        for n, run in enumerate(_actions(results)):
            text = _join_actions([own for own, _, _ in run])
            further = data["further"][min(n - 1, len(data["further"]) - 1)]
            sentence = opening.replace("{text}", text) if n == 0 else further.replace("{text}", text)
            sources = tuple(source for _, source, _ in run)
            parts.append(_Part(_sentence(sentence), sources, tuple(c for _, _, cs in run for c in cs)))
    return parts


def _opening(template: str, title: str, company: str) -> str:
    """A sentence template with its role filled in and "{text}" left for the results."""
    return template.format(article=_article(title), title=title, company=company, text="{text}")


Result = tuple[str, str, tuple[Citation, ...]]  # a result as said, its source, its citations
ACTION_SENTENCE_WORDS = 48  # the results one sentence can carry before a listener loses its verb


def _actions(results: list[Result]) -> list[list[Result]]:
    """One employer's results in as few sentences as a listener can follow ("led A, cut B and hired C"): a new
    sentence ("I also ...") only where one would run past ACTION_SENTENCE_WORDS words. A result with its own
    semicolon, colon or ", and" ("ran the evaluation; I chose ...") is a sentence of its own."""
    runs: list[list[Result]] = []
    for result in results:
        last = runs[-1] if runs else None
        words = sum(len(r[0].split()) for r in last or ()) + len(result[0].split())
        # a result joined in two already ("cut CI time, and deploys went ...") takes no third "and" beside it
        own_joins = any(j in r[0] for r in (*(last or ()), result) for j in ("; ", ": ", ", and "))
        if last is not None and words <= ACTION_SENTENCE_WORDS and not own_joins:
            last.append(result)
        else:
            runs.append([result])
    return runs


def _join_actions(owns: list[str]) -> str:
    """ "A, B and C"; ", and" before the last when a result holds a comma or an "and" of its own, so the list still
    reads ("resolved A and shipped B, and hired C")."""
    if len(owns) < 2:
        return owns[0] if owns else ""
    comma = any(", " in o or " and " in o for o in owns)
    return ", ".join(owns[:-1]) + (", and " if comma else " and ") + owns[-1]


def _overlaps(later: Role, earlier: Role) -> bool:
    """Whether a role was still held when the one after it began: "Before that" would be untrue. Sharing the
    month (or, with years alone, the year) of a hand-over is no overlap."""
    began, ended = later.start, earlier.end
    if ended == "present":
        return began is not None
    if not (began and ended and began[:4].isdigit() and ended[:4].isdigit()):
        return False
    if len(began) < _MONTH_DATE or len(ended) < _MONTH_DATE:
        return int(ended[:4]) > int(began[:4])
    return ended[:_MONTH_DATE] > began[:_MONTH_DATE]


_MONTH_DATE = len("YYYY-MM")


def _held_together(one: Role, other: Role) -> bool:
    """Whether two roles' dates overlap, whichever began first."""
    return _overlaps(other, one) if _before(one, other) else _overlaps(one, other)


def _before(role: Role, other: Role) -> bool:
    """Whether `role` began before `other`: by their start dates, else by the résumé's order (latest first)."""
    began, other_began = role.start or "", other.start or ""
    if began[:4].isdigit() and other_began[:4].isdigit() and began != other_began:
        width = min(len(began), len(other_began), _MONTH_DATE)
        if began[:width] != other_began[:width]:
            return began[:width] < other_began[:width]
    return role.line > other.line


def _spoken_list(own: str) -> str:
    """A résumé's "ran the evaluation: chose X and built Y" said aloud: "ran the evaluation; I chose X ...";
    "mentor five engineers; run the incident review" as "mentor five engineers and run the incident review"."""
    head, semicolon, rest = own.partition("; ")
    if semicolon and "; " not in rest:
        joined = _joined(head, rest)
        if joined:
            return joined
    head, colon, rest = own.partition(": ")
    first = rest.split(" ", 1)[0]
    if colon and first.islower() and (first.endswith("ed") or first in brief_data()["verbs"]["past"]):
        return f"{head}; I {rest}"
    return own


def _joined(head: str, rest: str) -> str | None:
    """A résumé's two clauses joined by a semicolon, said as one sentence: a second verb of the candidate's ("led the
    team of 7; shipped the app in 10 weeks") by "and"; a clause with its own subject ("cut CI time; deploys went
    from weekly to daily") by ", and"; a verbless result ("hired 11 engineers; attrition below 5%") by ", with".
    A semicolon read aloud is how pasted lines sound (issue 12, brief s6); None when the second part is none of
    these (a list)."""
    verbs = brief_data()["verbs"]
    words = rest.split()
    first = words[0]
    if first in verbs["present"] or first in verbs["past"] or re.fullmatch(r"[a-z]+ed", first):
        return f"{head} and {rest}"
    if rest.count(", ") >= 2:  # a list after the semicolon is no clause to join
        return None
    if any(w in verbs["past"] or re.fullmatch(r"[a-z]+ed", w) for w in words[1:]):
        return f"{head}, and {_lower_first(rest)}"
    return f"{head}, with {_lower_first(rest)}"


def _pitch_scope(ctx: _Context) -> tuple[_Item, _Part] | None:
    """What the candidate holds today, from the current role's line that states a team size or a user count
    in the present ("Today I lead 85 engineers in 11 teams"): real material for a short pitch (issue 12)."""
    role = _main_role(ctx)
    if role is None or role.end != "present":
        return None
    data = brief_data()["pitch"]
    titled = next((t for t in (_post_held(i) for i in ctx.items if i.role is role) if t), None)
    if titled:
        return titled
    for item in (i for i in ctx.items if i.role is role):
        text = item.bullet.text
        sized = any(m.kind in _SCOPE for m in item.bullet.metrics) or team_sizes(text) or team_counts(text)
        if not sized or not _tells(text):
            continue
        kept = _compact(_best_sentence(ctx, text), FURTHER_ACHIEVEMENT_WORDS)
        own = _said_by_me(item, kept, current=True)
        if own and _sayable(kept, text) and own.split(" ", 1)[0] in brief_data()["verbs"]["present"]:
            said = _sentence(data["scope"].format(text=_spoken_list(_with_figures(own, text))))
            return item, _Part(said, (f"scope: {_where(item.citation())}",), (item.citation(),))
    return None


def _post_held(item: _Item) -> tuple[_Item, _Part] | None:
    """A current role's line that names the post held in it ("Tech lead for the merchant portal; team of 6"), said
    in the opening as "Today I'm the tech lead for the merchant portal, with a team of 6": the line that shows the
    role's level belongs there, and as a bare title it is no result to tell (issue 12, brief s6). The posts are
    brief.json `pitch.posts`; a team size in the line's next clause goes with it."""
    data = brief_data()["pitch"]
    posts = "|".join(re.escape(p) for p in sorted(data["posts"], key=len, reverse=True))
    clean = _clean(item.bullet.text)
    head, *rest = re.split(r"(?=[;,]\s)", clean, maxsplit=1)
    found = re.match(rf"(?i)(?:the\s+)?({posts})\s+(?:for|of|on|across)\s+\S", head)
    if found is None:
        return None
    said = "the " + _lower_first(head[found.start(1):]) if head[:4].lower() != "the " else _lower_first(head)
    team = re.match(r"[;,]\s+(?:a\s+)?(team of \d+(?:\s+\w+)?)$", rest[0]) if rest else None
    text = data["post"].format(post=said, team=f", with a {team.group(1)}" if team else "")
    return item, _Part(_sentence(text), (f"post: {_where(item.citation())}",), (item.citation(),))


_SCOPE = (MetricKind.TEAM, MetricKind.USERS)
_BRACKETED_FIGURE_WORDS = 4


def _with_figures(own: str, text: str) -> str:
    """The line's bracketed figures put back where they stood: "manage three teams (19 engineers) owning ...".
    Quoting drops brackets (_clean), and with them the size that makes the line worth saying."""
    for match in re.finditer(r"\s*\(([^()]*)\)", text):
        before = " ".join(text[: match.start()].split()[-2:])
        short = len(match.group(1).split()) <= _BRACKETED_FIGURE_WORDS  # "(120+ interviews, redesigned ...)" is a story
        if before and before in own and short and has_figure(Bullet(match.group(1), 0)):
            own = own.replace(before, f"{before} ({match.group(1)})", 1)
    return own


def _first_duty(ctx: _Context, most: int) -> str | None:
    """What the posting says the role is for, said in the second person ("own delivery across the four teams"):
    the first phrase of its first duties that opens with a verb (a label such as "The engineering organization:
    structure, ..." names none; the sentence after it may), up to a colon, semicolon, dash or full stop. When
    longer than `most` words it is cut at its first clause end, a further verb ("... for the platform and turn it
    into ...") or where it turns to the means ("... a team of 7 engineers through regular 1:1s"). None when no
    such phrase can be said short."""
    data = brief_data()["pitch"]
    for duty in listed_duties(ctx.posting)[: data["duty_lines"]]:
        for phrase in re.split(r"[:;]\s|\s[—–]\s|\.(?:\s|$)|…", _clean(duty)):
            words = phrase.strip(" ,").split()
            if words and _verb(words[0]) == words[0].lower().rstrip(","):
                return _said_short(words, most, data)
    return None


def _said_short(words: list[str], most: int, data: dict[str, Any]) -> str | None:
    """A duty's phrase of at most `most` words (see _first_duty), the posting's "our" said back as "your"."""
    if len(words) > most:
        ends = set(data["duty_ends"])
        # a comma ends a clause only as the phrase's first one: a second one is inside a list ("Lead the design,
        # development, and ..." cut there leaves "lead the design, development")
        first_comma = next((i + 1 for i, w in enumerate(words) if w.endswith(",")), None)
        cuts = [i for i, w in enumerate(words[:-1]) if i >= data["duty_min_words"]
                and (i == first_comma or w.lower() in ends or (w == "and" and _verb(words[i + 1])))]
        if not cuts or cuts[0] > most:
            return None
        words = words[: cuts[0]]
    said = re.sub(r"\bour\b", "your", re.sub(r"\bus\b", "you", " ".join(words[1:]))).rstrip(",")
    return f"{words[0].lower()} {said}".strip()


def _pitch_intro(ctx: _Context) -> _Part:
    """Title and employer as printed (said as a person writes them), the years, and the domain the bullets show.
    No skill list: a listed or implied skill said as experience is how a pitch comes to invent (issue 12)."""
    data = brief_data()["pitch"]
    role = _main_role(ctx)
    title = spoken(role.title) if role and role.title else "engineer"
    at = ""
    if role and role.company:
        at = (data["at_current"] if role.end in (None, "present") else data["at_past"]).format(
            company=spoken(role.company), until=_until(role)
        )
    career = _career(ctx)
    if career is not None:
        return _career_intro(ctx, career)
    years = ctx.resume.years_experience
    with_years = years is not None and years >= 1
    domains = _pitch_domains(ctx, whole_career=with_years)
    names = [name for name, _ in domains]
    domain = data["domain" if with_years else "domain_without_years"].format(domain=_join(names)) if domains else ""
    sources = [f"role: {role.label}" + (f" ({_period(role)})" if _period(role) else "")] if role else []
    derived: list[str] = []
    cites = ([ctx.header(role)] if role else []) + [c for _, c in domains]
    # The résumé's own total ("10+ years of experience", "five years of experience") is what the candidate says
    # of themself; a figure counted from dates to the document's date ("16 years") is tailor's, and said aloud it
    # contradicts them. Only when the two differ by more than rounding, the lower is said: the pitch never
    # claims more years than either the résumé states or its dates show (issue 12).
    stated = _stated_years(ctx.resume)
    said = years_said(years or 0)
    if stated is not None and with_years and stated[0] <= (years or 0) + YEARS_ROUNDING:
        _, said, printed, index = stated
        sources.append(f"years: “{printed}”, as your résumé states them")
        cites.append(Citation(ctx.resume.document.lines[index].text, "your résumé", index))
    elif with_years:
        sources.append(f"years: {said}, {_years_source(ctx.resume)}")
        derived.append(said)
    template = data["intro" if with_years else "intro_without_years"]
    tenure = _tenure(ctx, role) if with_years and role and role.company else None
    if tenure is not None:
        # "I have over 7 years of experience, most recently nearly 4 years as a Senior Engineer at Acme": the post
        # and how long it was held, as a person says it (issue 12, blind review: the hand pitch's opening)
        template = data["intro_tenure"]
        at = spoken(role.company or "") if role else ""
        sources.append(f"tenure: {tenure}, from the role's dates")
        derived.append(tenure)
    text = template.format(
        article=_article(title), title=title, at=at, years=said, domain=domain, tenure=tenure, until=_until(role)
    )
    if domains:
        sources.append(f"domain: {_join(names)}, shown in your bullets")
    return _Part(text, tuple(sources), tuple(cites), tuple(derived))


def _tenure(ctx: _Context, role: Role) -> str | None:
    """How long the main role has been (or was) held, said as the years are ("nearly 4 years"); None when it is
    most of the career (the years say it already) or its dates are unread. None for a role with nothing printed
    under it: a post given "TBC" and no bullets was said as "most recently 3 years as an Associate Director",
    counted to the document's date (issue 12, blind review); it is named as printed, with no tenure."""
    if not role.bullets:
        return None
    held = years_of_experience((role,), ctx.resume.as_of)
    total = ctx.resume.years_experience
    if held is None or total is None or total - held < MIN_OTHER_YEARS:
        return None
    return years_said(held)


YEARS_ROUNDING = 0.5  # "11 years of experience" beside 10.6 years of dates is the same figure said round
MIN_OTHER_YEARS = 1.0  # a summer job outside the field is no earlier career to name
MAX_OTHER_TITLES = 2


@dataclass(frozen=True)
class _Career:
    """A career that came to this kind of work from another: the years in the field, the years before outside it,
    and the roles outside it, latest first."""

    field: tuple[Role, ...]
    years: float
    other_years: float
    others: tuple[Role, ...]


def _career(ctx: _Context) -> _Career | None:
    """The career split into the field this posting hires for and the work outside it, when the work outside adds
    a year or more: "14 years of experience" counted a chef's years as a software engineer's (issue 12). None when
    every role is in the field, or none is."""
    roles = tuple(r for r in ctx.resume.roles if not r.internship)
    others = tuple(r for r in roles if not _in_field(ctx, r))
    field = tuple(r for r in roles if r not in others)
    # only a career that came from elsewhere: a post outside the field held later, or beside the work (a lecturer's
    # evenings), is no earlier career
    if not others or not field or not all(_before(o, f) for o in others for f in field):
        return None
    years = years_of_experience(field, ctx.resume.as_of) or 0.0
    other_years = years_of_experience(others, ctx.resume.as_of) or 0.0
    total = ctx.resume.years_experience or 0.0
    if years < 1 or other_years < MIN_OTHER_YEARS or total - years < MIN_OTHER_YEARS:
        return None
    return _Career(field, years, other_years, others)


def _in_field(ctx: _Context, role: Role) -> bool:
    """Whether a role is in the kind of work these postings hire for (checks.in_posting_field, as the years row
    reads it)."""
    return in_posting_field(role, ctx.resume_skills, ctx.posting)


def _career_intro(ctx: _Context, career: _Career) -> _Part:
    """ "I'm a Software Engineer at Brightwell with 4 years of software experience, after 10 years as a Head Chef
    and a Sous Chef": the years of the field said as such, the earlier career by its own titles, never as one
    total (issue 12). The résumé's own figure is said when it is no more than the field's years."""
    data = brief_data()["pitch"]
    role = _main_role(ctx)
    title = spoken(role.title) if role and role.title else "engineer"
    at = data["at_current" if role and role.end in (None, "present") else "at_past"].format(
        company=spoken(role.company or "") if role else "", until=_until(role)
    ) if role and role.company else ""
    domains = _pitch_domains(ctx, whole_career=True, counted=list(career.field))
    names = [name for name, _ in domains]
    cites = ([ctx.header(role)] if role else []) + [c for _, c in domains]
    sources = [f"role: {role.label}" + (f" ({_period(role)})" if _period(role) else "")] if role else []
    derived: list[str] = []
    stated = _stated_years(ctx.resume)
    said = years_said(career.years)
    if stated is not None and stated[0] <= career.years + YEARS_ROUNDING:
        _, said, printed, index = stated
        sources.append(f"years: “{printed}”, as your résumé states them")
        cites.append(Citation(ctx.resume.document.lines[index].text, "your résumé", index))
    else:
        sources.append(f"years: {said} in {data['field']}, {_years_source(ctx.resume, career.field)}")
        derived.append(said)
    titled = list(dict.fromkeys(spoken(r.title) for r in career.others if r.title))[:MAX_OTHER_TITLES]
    others = _join(f"{_article(t)} {t}" for t in titled)
    other_years = years_said(career.other_years)
    derived.append(other_years)
    cites.extend(ctx.header(r) for r in career.others if r.title and spoken(r.title) in titled)
    sources.append(f"earlier career: {years_said(career.other_years)}, {_years_source(ctx.resume, career.others)}")
    domain = data["domain"].format(domain=_join(names)) if domains else ""
    text = data["intro_career"].format(
        article=_article(title), title=title, at=at, years=said, field=data["field"], domain=domain,
        other_years=other_years, others=others,
    )
    if domains:
        sources.append(f"domain: {_join(names)}, shown in your bullets")
    return _Part(text, tuple(sources), tuple(cites), tuple(derived))


def _stated_years(resume: Resume) -> tuple[float, str, str, int] | None:
    """The years the résumé states of itself, in figures ("12+ years of experience") or words ("five years of
    experience", "over a decade"): (how many, said as the résumé says it, as printed, the line's index). Read as the
    requirements' years rows read them (checks.stated_years_of), so the pitch and the table say one figure."""
    found = stated_years_of(resume)
    return None if found is None else (float(found.value), found.said, found.printed, found.index)


def _pitch_domains(
    ctx: _Context, whole_career: bool, counted: list[Role] | None = None
) -> list[tuple[str, Citation]]:
    """Up to two industries the résumé's bullets show (payments, logistics), those the posting names first,
    each with the bullet that shows it; a domain only in a skills list or summary is not said.
    Said beside the years (whole_career), a domain must be shown in every role those years count, or
    "16 years of experience in healthcare" claims a whole career for one job; said alone, it must be
    shown in the latest role, the one the sentence names (issue 12)."""
    kinds = {k.lower() for k in brief_data()["pitch"]["domain_categories"]}
    by_line = {item.bullet.line: item for item in ctx.items}
    counted = counted if counted is not None else [r for r in ctx.resume.roles if not r.internship]
    latest = _main_role(ctx)
    held = []
    for skill in ctx.resume_skills.items:
        shown = [by_line[e.line] for e in skill.evidence if e.line in by_line]
        if not (skill.category.lower() in kinds and skill.strength is Strength.DEMONSTRATED and shown):
            continue
        roles = {id(item.role) for item in shown}
        needed = counted if whole_career else [latest] if latest else []
        if needed and all(id(r) in roles for r in needed):
            held.append((skill, shown[0].citation()))
    asked = set(ctx.posting_skills.names())
    ranked = sorted(held, key=lambda h: (h[0].name not in asked, -len(h[0].evidence), h[0].name.lower()))
    suffix = re.compile(r"(?i)\s+(?:industry|sector)$")
    said = brief_data()["pitch"]["domain_spoken"]
    return [(said.get(s.name, suffix.sub("", s.name)), cite) for s, cite in ranked[:2]]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _pitch_joined(ctx: _Context) -> _Part | None:
    """A promotion inside the main role's employer, in one short sentence: "I joined Acme as a Software
    Engineer", the first title held there (issue 12); None when the role before it was at another employer."""
    roles = _roles(ctx)
    main = roles[0] if roles else None
    if main is None or not main.company or len(roles) < 2 or roles[1].company != main.company:
        return None
    # a promotion's earlier title has ended; a side post given the job's employer by reading is none
    run = itertools.takewhile(lambda r: r.company == main.company, roles)
    held = [r for r in run if r is main or not (_side_post(r) or _held_together(r, main))]
    role = held[-1]
    if role is main or not role.title:
        return None
    title = spoken(role.title)
    text = brief_data()["pitch"]["joined"].format(article=_article(title), title=title, company=spoken(main.company))
    period = f" ({_period(role)})" if _period(role) else ""
    return _Part(text, (f"earlier role: {role.label}{period}",), (ctx.header(role),))


def _main_role(ctx: _Context) -> Role | None:
    """The role the pitch opens by ("I'm a ..."): the latest, but never a post held beside a current job (a
    side founder role, an advisory seat, part-time teaching) while that job is held: "I'm a Founder at Sprocket"
    hid the full-time job the candidate applies from (issue 12)."""
    roles = [r for r in ctx.resume.roles if not r.internship]
    current = [r for r in roles if r.end == "present"]
    full_time = [r for r in current if not _side_post(r)]
    return full_time[0] if full_time and len(current) > 1 else _latest_role(ctx.resume)


def _roles(ctx: _Context) -> list[Role]:
    """The roles counted in a career, the main role first, then the others latest first."""
    main = _main_role(ctx)
    roles = [r for r in ctx.resume.roles if not r.internship]
    return [main, *(r for r in roles if r is not main)] if main in roles else roles


def _side_post(role: Role) -> bool:
    """A post held beside a job: its title or employer says so (resume.json `side_posts`), or it is the
    candidate's own business (brief.json `pitch.own_business_titles`)."""
    words = (*_resume_words()["side_posts"], *brief_data()["pitch"]["own_business_titles"])
    said = f"{role.title or ''} {role.company or ''}".lower()
    return any(whole_word(w, said, not_before="-", not_after="-") for w in words)


def _years_source(resume: Resume, of: tuple[Role, ...] | None = None) -> str:
    """Where a count of years comes from: the roles (all, or those `of` one kind of work) and their span."""
    counted = [r for r in of or resume.roles if not r.internship]
    starts = [y for y in (_year(r.start) for r in counted) if y]
    ends = ["present" if r.end == "present" else str(_year(r.end) or "") for r in counted]
    last = "present" if "present" in ends else max((e for e in ends if e), default="")
    span = f", {min(starts)}–{last}" if starts and last else ""
    outside = [r for r in resume.roles if r.internship]
    left_out = " (internships and posts outside work not counted)" if outside and of is None else ""
    roles = "your role" if len(counted) == 1 else f"{len(counted)} roles"  # never "1 roles"
    return f"from {roles}{left_out}{span}"


def _relevance(ctx: _Context, text: str) -> float:
    """How much of what this posting asks a line shows: the areas it weighs, the skills it names, and the words of
    its title and duties it shares ("platform", "infrastructure", "developer tooling" for a platform director)."""
    areas = sum(ctx.weight(a) * min(area_hits(a, text), 3) for a in Area)
    shared = len(_duty_words(ctx.posting) & _content_words(text))
    cap = brief_data()["pitch"]["duty_words"]["most"]
    return areas + sum(1 for s in ctx.posting_skills.items if mentions(s.name, text)) + min(shared, cap)


def _on_duty(ctx: _Context, text: str) -> bool:
    """A line that shares two or more words with the posting's title and duties."""
    return len(_duty_words(ctx.posting) & _content_words(text)) >= DUTY_WORDS_SHARED


def _duty_words(posting: Posting) -> frozenset[str]:
    """The words that say what this role is for: its title and its listed duties, less the words every posting
    uses (brief.json `pitch.duty_words`)."""
    return _content_words(" ".join((posting.title or "", *listed_duties(posting))))


def _content_words(text: str) -> frozenset[str]:
    """A line's words of four letters or more, less common ones, a plural said as its singular."""
    data = brief_data()["pitch"]["duty_words"]
    common = set(data["common"])
    words = (w.rstrip("s") if len(w) > 4 and not w.endswith("ss") else w for w in re.findall(r"[a-z][a-z/+-]{3,}",
                                                                                              text.lower()))
    return frozenset(w for w in words if w not in common)


def _item_value(ctx: _Context, item: _Item) -> float:
    """How well a bullet sells the candidate for this posting: areas it shows, posting skills, figures."""
    text = item.bullet.text
    # an achievement section's line has no metrics read: its figure counts as one
    figures = 3 * max(min(len(item.bullet.metrics), 2), int(has_figure(item.bullet)))
    # an achievement line under no role has no date: counted as from the second role, as the stories count it
    recency = 1.0 / (1 + (ctx.resume.roles.index(item.role) if item.role in ctx.resume.roles else 1))
    # The bullet's main topic should be what this posting weighs most: people for a VP, systems for a Staff role.
    main = best_area(text)
    top = max(ctx.weight(a) for a in Area) or 1.0
    focus = MAIN_AREA_BONUS * ctx.weight(main) / top if main else 0.0
    # a line from a post at the posting's level speaks for it more than one from years as a junior engineer
    wanted = _rank(ctx.fit.seniority.posting)
    level = LEVEL_BONUS * min(_rank(title_seniority(item.role.title)), wanted) / wanted if wanted else 0.0
    return focus + _relevance(ctx, text) + figures + RECENCY_BONUS * recency + level


def _rank(level: Seniority) -> int:
    """A level's rung on the ladder of areas.json (an engineer 0, a manager 2, a VP 4)."""
    return int(area_data()["seniority"]["levels"][level.value]["rank"])


def _best_achievement(
    ctx: _Context, exclude: tuple[_Item, ...], skip: tuple[_Item, ...] = (), role: Role | None = None
) -> _Item | None:
    """The best line left to tell for this posting; `role`: from that role's lines only."""
    pool = [i for i in _candidates(ctx) if i not in exclude and i not in skip and not i.role.internship]
    pool = [i for i in pool if i.role is role] if role is not None else pool
    # An achievement opens with what the candidate did, a figure first: a keyword list or a bare title
    # ("Tech lead for the merchant portal; team of 6") is no result to say aloud. An achievement section's
    # line with a figure is a result in itself ("61% increase in the conversion rate").
    done = [
        i for i in pool
        if _tells(i.bullet.text) or _after_label(i.bullet.text) or i.section or _opener(i.bullet.text)
        or _nominal(i.bullet.text)
    ]
    # Results before standing duties, a figure or a thing done ("Migrated ...", "Launched ..."): "I manage project
    # workflow" was said while the résumé had results (issue 12). A result weighs in the ranking, never shuts a line
    # out: "helped create and staff a separate infrastructure team for our CI/CD platform" was left out of a
    # platform director's pitch for lines with figures and no bearing on the role (issue 12, brief s6).
    def result(i: _Item) -> bool:
        return _result(i.bullet.text) or (has_figure(i.bullet) and not _duty(i.bullet.text))

    told = [i for i in done if not _duty(i.bullet.text)] or done
    # the latest role's line said first must be something done there, never a standing duty made into one ("There I
    # hire, performance reviews ..." of "Responsible for hiring, performance reviews ...")
    told = [i for i in told if result(i) and _shows_evidence(ctx, i)] if role is not None else told
    # a line with neither a figure nor anything this posting asks ("Organised the summer party") argues nothing
    quantified = [i for i in told if has_figure(i.bullet) or _relevance(ctx, i.bullet.text)] or told
    # A further achievement should show another side of the candidate, not the areas already shown.
    shown = {a for item in exclude for a in Area if area_hits(a, item.bullet.text)}
    fresh = [i for i in quantified if not shown >= {a for a in Area if area_hits(a, i.bullet.text)}] if shown else []
    ranked = sorted(fresh or quantified, key=lambda i: (-_item_value(ctx, i) - RESULT_BONUS * result(i), i.bullet.line))
    return ranked[0] if ranked else None


def _leads(text: str) -> bool:
    """A line whose action shows leading, owning, designing or starting something ("Led design review ...",
    "Owned releases"; brief.json `pitch.evidence_verbs`), not a routine duty."""
    return _main_verb(text).rstrip(",") in brief_data()["pitch"]["evidence_verbs"]


def _shows_evidence(ctx: _Context, item: _Item) -> bool:
    """Whether a line is evidence worth saying first: a figure, something led or owned, or the posting's own
    duties; "Ran the weekly release meeting" is none."""
    return has_figure(item.bullet) or _leads(item.bullet.text) or _on_duty(ctx, item.bullet.text)


def _after_label(text: str) -> str | None:
    """A line led by a project's name, what was done after it: "Search re-platforming: moved ranking from Solr
    to a Rust service, p99 from 450 ms to 90 ms" is said from "moved"; the label has no verb to say it by."""
    head, colon, rest = _clean(text).partition(": ")
    if not colon or len(head.split()) > LABEL_WORDS or _DIGIT.search(head) or _first_person(head):
        return None
    return rest if _first_person(rest) else None


def _duty(text: str) -> bool:
    """A line that opens on a standing duty ("Manage project workflow", "Maintained the CI"); "Helped create and
    staff a team" is told by "create"."""
    first = _main_verb(text)
    duties = brief_data()["verbs"]["duty"]
    return first in duties or any(first == _past(d) or first == d + "s" for d in duties)


def _result(text: str) -> bool:
    """A line told as something done, in the past ("Migrated ...", "Built ...", "Helped create ..."), no standing
    duty."""
    first = _SUBJECT.sub("", _clean(text)).split(" ", 1)[0].lower()
    done = first.endswith("ed") or first in brief_data()["verbs"]["past"] or _nominal(text) is not None
    return done and not _duty(text)


def _main_verb(text: str) -> str:
    """The line's first word, or the verb after a helping one ("Helped create ...": "create"; brief.json
    `pitch.helping_verbs`)."""
    words = _SUBJECT.sub("", _clean(text)).lower().split()
    if len(words) > 1 and words[0] in brief_data()["pitch"]["helping_verbs"]:
        words = words[2:] if words[1] == "to" else words[1:]
    return words[0] if words else ""


def _said_by_me(item: _Item, text: str, current: bool) -> str | None:
    """The bullet as what follows "I": its own verb ("led ..."), or, for a bullet written as a gerund
    ("Leading the reliability strategy"), "lead ..." in the current role. A role no longer held is told in the
    past ("create and develop webapps" at an earlier employer is "created and developed webapps"; issue 12).
    A résumé in gerunds had no achievement in its pitch at all (issue 12, blind review)."""
    # a résumé in the first person: "I also introduced contract tests" is said by its verb after "I"
    text = _OWN_SUBJECT.sub("", text)
    nominal = _nominal(text)
    if nominal:
        return nominal
    opened = _after_opener(text, current)
    if opened:
        return opened
    said = _first_person(text)
    if said or not text:
        return said if said is None or current else _in_past(said)
    first, _, rest = text.partition(" ")
    base = _gerund_base(first)
    if base is None or not rest:
        return None
    if not current:
        return _in_past(f"{first.lower()} {rest}")
    if re.match(r"(?:and|or)\s+[a-z]+ing\b", rest):  # "Hiring and onboarding engineers": "am hiring and ..."
        return f"am {first.lower()} {rest}"
    return f"{base} {rest}"


# "I", "I've", "I also": the subject of a line in the first person; never "I was" or "I had", whose verb is not
# the candidate's action ("I was promoted")
_OWN_SUBJECT = re.compile(r"^I(?:['’]ve)?\s+(?:(?:also|then|later|personally|successfully)\s+)*(?=[a-z])")


def _nominal(text: str) -> str | None:
    """A line opening on a noun for the work ("Development of the payments service ...", "Migration of the billing
    database ...") or on the candidate's part in it ("Key contributor to ...", "Part of the team that ...") said
    after "I" by its verb ("developed the payments service ...", "was a key contributor to ..."); None for any
    other line. Such lines held a résumé's figures and the pitch said none of them (issue 12, blind review: "nothing
    he did"). Data: brief.json `pitch.nominal_openers`."""
    clean = _clean(text)
    lower = clean.lower()
    for phrase, said in brief_data()["pitch"]["nominal_openers"].items():
        if lower.startswith(phrase + " ") and len(clean.split()) > len(phrase.split()) + 1:
            return f"{said} {clean[len(phrase) + 1:]}"
    return None


def _opener(text: str) -> tuple[str, str] | None:
    """A line opening on a standing phrase instead of its verb ("Responsible for ...", "In charge of ..."): the
    phrase as printed and the rest; None for any other line. Data: brief.json `pitch.openers`."""
    clean = _clean(text)
    for phrase in brief_data()["pitch"]["openers"]:
        if clean.lower().startswith(phrase + " ") and len(clean) > len(phrase) + 1:
            return clean[: len(phrase)], clean[len(phrase) + 1 :]
    return None


def _after_opener(text: str, current: bool) -> str | None:
    """A "Responsible for ..." line as what follows "I", in the line's own words: "Responsible for managing vendors
    and negotiating contracts" is "managed vendors and negotiated contracts" when each -ing verb of its first clause
    is a task verb we know, else "was responsible for managing ..." ("am" in the current role); "Responsible for
    the whole platform" is "was responsible for the whole platform". A pasted "Responsible for" read aloud as the
    pitch's verb is what comparers called "pasted résumé lines" (issue 12)."""
    found = _opener(text)
    if found is None:
        return None
    phrase, rest = found
    head, comma, tail = rest.partition(", ")
    words = head.split(" ")
    gerunds = [i for i, w in enumerate(words) if (i == 0 or words[i - 1] in ("and", "or")) and w.endswith("ing")]
    bases = [b for b in (_gerund_base(words[i]) for i in gerunds) if b]
    if gerunds and gerunds[0] == 0 and len(bases) == len(gerunds):
        for index, base in zip(gerunds, bases, strict=True):
            words[index] = base if current else _past(base)
        return " ".join(words) + comma + tail
    return f"{'am' if current else 'was'} {_lower_first(phrase)} {rest}"


def _best_sentence(ctx: _Context, text: str) -> str:
    """A bullet written as a paragraph said by its one sentence that sells best for this posting (figures,
    the areas it weighs, the skills it asks for); a one-sentence bullet as it is. A sentence that continues the
    one before ("Since implementation, ...") is never said alone (issue 12)."""
    split = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", _clean(text)) if s.strip()]
    sentences = [s for s in split if not _continues(s)] or split[:1]
    if len(split) < 2:
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
    head = _before_list(head)
    kept = _clip(head, words)
    for clause in clauses[1:]:
        # "raising throughput from A to B and cutting latency from C to D": the first figure alone fits.
        for part in (clause, clause.split(" and ", 1)[0]):
            if _DIGIT.search(part) and len(kept.split()) + len(part.split()) <= words:
                kept = f"{kept}, {part}"
                break
    if kept == head and ": " in clauses[0] and not _DIGIT.search(clauses[0]):
        return _clip(clean, words)
    return _said_whole(kept, clean)


def _one_figure(text: str) -> str:
    """A result said with one figure per idea: a later clause holding two ("raising throughput from 1,800 to 14,000
    requests/s and cutting p99 latency from 820 ms to 140 ms") keeps its first, the résumé shows the rest (issue 12,
    brief s6). The first clause, what was done, is kept whole."""
    clauses = text.split(", ")
    for n, clause in enumerate(clauses[1:], start=1):
        first, joined, second = clause.partition(" and ")
        # "... and cutting ...": a second result of its own, not "serving 3 teams and 40 services"
        if joined and _DIGIT.search(first) and _DIGIT.search(second) and second.split(" ", 1)[0].endswith("ing"):
            clauses[n] = first
    return ", ".join(clauses)


def _before_list(clause: str) -> str:
    """A long clause said without the list it opens ("the whole platform department including the infrastructure,
    the CI/CD pipelines, the tooling and ..."): the action is said, the inventory is the résumé's to show. A
    clause whose figure sits in that list keeps it. Data: brief.json `pitch.list_openers`."""
    for opener in brief_data()["pitch"]["list_openers"]:
        head, found, rest = clause.partition(f" {opener} ")
        if found and len(head.split()) >= MIN_RESULT_WORDS + 1 and not _DIGIT.search(rest):
            return head
    return clause


def _without_tools(ctx: _Context, text: str) -> str:
    """A result said without its trailing list of tools ("... using TypeScript, React, GraphQL and SST") unless
    the posting asks for one of them, and then with those alone: a tool list read aloud is a pasted bullet (issue
    12, blind review). A tail ends the result or comes before its figure (", moving 7 million rows"); a list that
    holds anything but technologies is no tail. Data: brief.json `pitch.tool_tail_openers`."""
    openers = "|".join(brief_data()["pitch"]["tool_tail_openers"])
    for found in reversed(list(re.finditer(rf"\s+(?:{openers})\s+", text))):
        tail = text[found.end() :]
        pieces = re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", tail)  # item, separator, item, ...
        tools: list[str] = []
        for index in range(0, len(pieces), 2):
            if not _tool(ctx, pieces[index]):
                break
            tools.append(pieces[index])
        rest = tail[len("".join(pieces[: 2 * len(tools) - 1])) :] if tools else tail
        # "Kafka and Go services": the list runs into what was built, and is no tail
        if not tools or (rest and not rest.startswith(", ")):
            continue
        asked = [t for t in tools if any(mentions(s.name, t) for s in ctx.posting_skills.items)]
        text = text[: found.start()] + (f"{found.group(0)}{_join(asked)}" if asked else "") + rest
    return text


def _tool(ctx: _Context, said: str) -> bool:
    """Whether a few words name one technology the résumé or posting names ("React", "Amazon EKS")."""
    said = said.strip().rstrip(".")
    # "AWS (S3": a bracket opens a list of its own, which the tail would cut in half
    if not re.fullmatch(r"[\w.+#/ -]+", said) or len(said.split()) > MAX_TOOL_WORDS:
        return False
    for skill in (*ctx.resume_skills.items, *ctx.posting_skills.items):
        written = (skill.name, *(e.matched for e in skill.evidence))
        if _is_technology(ctx, skill.name) and any(mentions(w, said) and len(said.split()) - len(w.split()) <= 1
                                                   for w in written):
            return True
    return False


MAX_TOOL_WORDS = 3


def _tidy(text: str) -> str:
    """A pasted line's slips mended, never its words changed: a small word typed twice ("the the"), a space
    before a comma. Data: brief.json `pitch.doubled`."""
    doubled = "|".join(re.escape(w) for w in brief_data()["pitch"]["doubled"])
    text = re.sub(rf"(?i)\b({doubled}) \1\b", r"\1", text)
    return re.sub(r"\s+([,;])", r"\1", text)


def _pitch_company(ctx: _Context) -> _Part | None:
    """Why this company, from the posting's own sentence on its product, mission or team; None when the posting
    has no such sentence: "I'm excited by this role at Acme" says nothing a listener can believe (issue 12)."""
    posting = ctx.posting
    about = _about_sentence(posting)
    if not (about and posting.company):
        return None
    sentence = _sentence(_company_sentence(about, posting.company))
    link = _domain_link(ctx, about) or _work_link(ctx, about)
    drawn = brief_data()["pitch"]["company"]["drawn"]
    if link is None or not sentence.startswith(drawn):
        return _Part(sentence, ("company: the posting's About",))
    # "Having worked in IoT at Marlpit Sensors, I'm drawn to ...": the reason to join tied to what the candidate
    # has done, not the company's line alone (issue 12, brief s8)
    domain, item = link
    # an industry is worked "in", a kind of product work "on"
    key = "domain_link" if _domain_link(ctx, about) else "work_link"
    said = brief_data()["pitch"][key].format(domain=domain, company=spoken(item.role.company or ""))
    source = f"company: the posting's About; link: {_where(item.citation())}"
    cites = (item.citation(), ctx.header(item.role))
    return _Part(f"{said} {sentence}", (source,), cites, claimed=said.rstrip(","))


def _domain_link(ctx: _Context, about: str) -> tuple[str, _Item] | None:
    """An industry the posting's About sentence names that a role's line of the résumé shows (the taxonomy's
    domain categories, as the intro reads them), said as the résumé's domain, with the latest role's line that
    shows it; None when the résumé shows none of them."""
    kinds = {k.lower() for k in brief_data()["pitch"]["domain_categories"]}
    by_line = {item.bullet.line: item for item in ctx.items if item.role.company and not item.role.internship}
    said = brief_data()["pitch"]["domain_spoken"]
    found = []
    for skill in ctx.resume_skills.items:
        if skill.category.lower() not in kinds or skill.strength is not Strength.DEMONSTRATED:
            continue
        written = {skill.name, *(e.matched for e in skill.evidence)}
        shown = [by_line[e.line] for e in skill.evidence if e.line in by_line]
        if shown and any(mentions(w, about) for w in written):
            item = min(shown, key=lambda i: _role_index(ctx, i.role))
            found.append((_role_index(ctx, item.role), said.get(skill.name, skill.name), item))
    return min(found, key=lambda f: f[0])[1:] if found else None


def _work_link(ctx: _Context, about: str) -> tuple[str, _Item] | None:
    """A kind of product work the posting's About sentence names ("billing" in "builds billing software for
    gyms") that a line of the résumé names too, with the latest role's line that does: the posting's sentence alone,
    re-said, reads as copied (issue 12, blind review: the hand brief ties the reason to join to work done). The
    kinds are brief.json `pitch.work_kinds`: a word the two merely share ("time", "developer") says nothing of the
    work. None when no line names one."""
    clip = _clean(_about_clip(about, brief_data()["pitch"]["about_words"])).lower()
    kinds = [k for k in brief_data()["pitch"]["work_kinds"] if whole_word(k, clip)]
    lines = sorted(
        (i for i in ctx.items if i.role.company and not i.role.internship and _tells(i.bullet.text)),
        key=lambda i: (_role_index(ctx, i.role), i.bullet.line),
    )
    for item in lines:
        printed = _clean(item.bullet.text).lower()
        for kind in kinds:
            if whole_word(kind, printed):
                return kind, item
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
    mission = _MISSION.match(text)
    if mission:
        return data["mission"].format(company=_possessive(company), mission=mission.group(1).replace(": ", " — "))
    if _CLAUSE_SUBJECT.search(text):
        return data["clause"].format(company=company, about=_lower_first(_second_person(text)))
    # after the colon, "The routing team builds ..." reads on as "the routing team"; a name keeps its capital
    about = _second_person(text)
    about = re.sub(r"^(The|A|An) ", lambda m: m.group(1).lower() + " ", about)
    return data["fragment"].format(company=company, about=about)


# "Our mission is simple to say and hard to do: keep people healthy at home" -> "keep people healthy at home"
_MISSION = re.compile(r"(?i)^our mission is(?: (?!to\b)[^:]{0,40}:)?\s*(?:to\s+)?(.+)$")


def _pitch_more(ctx: _Context, said: str, short: bool) -> _Part | None:
    """A second reason to join, from the posting's About: its mission when it states one the company sentence
    has not said; else, only while the pitch is short of its minute, the next sentence on what it does."""
    data = brief_data()["pitch"]
    ranked = _about_sentences(ctx.posting)
    # the first is the company sentence's own, also found inside the longer line that holds it
    about = [s for s in ranked if _clean(s).lower() != _clean(ranked[0]).lower()] if ranked else []
    for sentence in about:
        mission = _MISSION.match(_clean(sentence))
        if mission and mission.group(1).rstrip(".").lower() not in said.lower():
            text = _about_clip(mission.group(1).rstrip("."), data["about_words"])
            if not text.endswith("…"):
                return _Part(_sentence(data["mission_too"].format(mission=text)), ("mission: the posting's About",))
    if not short or not about:
        return None
    # cut at a clause end, never to its first clause alone: "When the grid is under stress" says nothing
    text = _clip(about[0], data["about_words"])
    if text.endswith("…"):
        return None
    said_to_them = _second_person(text)
    if not (ctx.posting.company and said_to_them.startswith(ctx.posting.company)):  # "When ..." after a colon
        said_to_them = _lower_first(said_to_them)
    return _Part(_sentence(data["more"].format(about=said_to_them)), ("company, further: the posting's About",))


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


def _about_sentence(posting: Posting) -> str:
    """The sentence of the posting's About text that best says what the company does or wants to change; ""
    when no sentence says it."""
    ranked = _about_sentences(posting)
    return ranked[0] if ranked else ""


def _about_sentences(posting: Posting) -> list[str]:
    """The sentences of the posting's About text that say what the company does or wants to change (its
    product, mission or problem), best first. Never its size, funding, team, culture or legal text (issue 12:
    "the engineering team at Headway is a small but mighty team using technology to build that future")."""
    data = brief_data()["about"]
    prefer, avoid = _question_pattern(tuple(data["prefer"])), _question_pattern(tuple(data["avoid"]))
    refers = _question_pattern(tuple(data["refers_back"]))
    company = (posting.company or "").lower()
    # an "About the team" section says what the team builds, as much a reason to join as the company's About
    # a duty or a requirement is never a reason to join, even when reading took it for the About ("Report DORA
    # metrics to the leadership team" read as the company "Report DORA" and said as what it does)
    asked = (*posting.responsibilities, *posting.requirements, *posting.nice_to_have)
    duties = {_clean(line).lower() for line in asked}
    lines = [line for line in (*_about_lines(posting), *posting.team_about) if _clean(line).lower() not in duties]
    sentences = list(dict.fromkeys(s for line in lines for s in _sentences(line)))

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

    ranked = sorted(((value(s), -i, s) for i, s in enumerate(sentences) if len(s.split()) >= 6), reverse=True)
    return [s for v, _, s in ranked if v >= 0]
