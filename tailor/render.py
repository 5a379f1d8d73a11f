"""Render stage: Brief -> bytes of a PDF, HTML, Markdown, JSON or DOCX brief.

How the brief looks lives in templates/ (Jinja2 + CSS); this module chooses what the templates see and
turns the result into each format. Document text only ever enters a template as a value.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import gc
import importlib.util
import io
import json
import os
import pickle
import re
import sys
import types
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jinja2
from markupsafe import Markup

from tailor import __version__
from tailor.checks import clip_around, cut_words, term_at
from tailor.compare import Comparison
from tailor.draft.words import brief_data
from tailor.entries import outside_work
from tailor.errors import OutputError
from tailor.fit import in_skills_list, percent_shares, required_split, shown_in_role, stress_span
from tailor.model import (
    Area,
    AreaFit,
    Brief,
    Citation,
    Evidence,
    Fit,
    Interviewer,
    Need,
    ReadingReport,
    RiskRow,
    Skill,
    SkillMatch,
    Skills,
    StarPrompt,
    Strength,
    Verdict,
)
from tailor.output import cache_dir

# Width and height in millimetres: the one definition the PDF's @page size and the DOCX page both use.
PAPERS = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
# The file types our templates may pull in; anything else is refused even from inside the folder.
_ASSET_TYPES = {".css": "text/css", ".svg": "image/svg+xml"}
DUTY_TITLE = "The role involves"
# a required skill only in a skills list, or only implied, is not shown: its own group (issue 12, blind review)
LISTED_TITLE = "Required, only listed or implied"
_DOMAIN = "domain"  # the taxonomy category of industries and fields of business


def render_brief(brief: Brief, fmt: str, paper: str = "A4") -> bytes:
    """The brief in one of the formats of tailor.output.FORMATS; `paper` matters for the PDF only."""
    renderers: dict[str, Callable[[], bytes]] = {
        "pdf": lambda: _pdf(brief, _page_size(paper)),
        "html": lambda: _html(brief, _page_size(paper)).encode("utf-8"),
        "md": lambda: _markdown(brief).encode("utf-8"),
        "json": lambda: (json.dumps(brief_json(brief), indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode(
            "utf-8"
        ),
        "docx": lambda: _docx(brief, _paper_mm(paper)),
    }
    if fmt not in renderers:
        raise OutputError(f"cannot write a brief as .{fmt}; use one of .{', .'.join(renderers)}")
    return renderers[fmt]()


_AREA_SHORT = {
    Area.BUSINESS_ALIGNMENT: "Biz",
    Area.SCALING: "Scale",
    Area.DEBT_AND_VELOCITY: "Debt",
    Area.CROSS_FUNCTIONAL: "X-fn",
    Area.TEAM_AND_HIRING: "Team",
    Area.TECHNICAL_SCALE: "Tech",
    Area.QUALITY: "Qual",
    Area.DECISIONS: "Dec",
}


def render_summary(comparison: Comparison, fmt: str, paper: str = "A4") -> bytes:
    """The batch comparison as PDF or CSV."""
    if fmt == "csv":
        return _summary_csv(comparison)
    if fmt != "pdf":
        raise OutputError(f"cannot write the comparison as .{fmt}; use .pdf or .csv")
    html = (
        _environment()
        .get_template("summary.html.j2")
        .render(
            c=comparison,
            css=_PARSED_AHEAD,
            page_size=_page_size(paper),
            date=comparison.date.isoformat(),
            version=__version__,
            areas=[{"title": a.title, "short": _AREA_SHORT[a]} for a in Area],
        )
    )
    return _write_pdf(html, comparison.date)


def _summary_csv(c: Comparison) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "rank",
            "company",
            "title",
            "seniority",
            "match",
            *(a.value for a in Area),
            "required_missing",
            "seniority_fit",
            "prepare_first",
            "files",
            "error",
        ]
    )
    for rank, r in enumerate(c.rows, 1):
        writer.writerow(
            [
                rank,
                r.company,
                r.title,
                r.seniority,
                r.score,
                *(s for _, s in r.areas),
                "; ".join(r.missing),
                r.seniority_verdict,
                r.first,
                "; ".join(r.files),
                "",
            ]
        )
    for r in c.failed:
        writer.writerow(["", r.company, "", "", "", *([""] * len(Area)), "", "", "", "", r.error])
    return out.getvalue().encode("utf-8")


def _paper_mm(paper: str) -> tuple[float, float]:
    size = PAPERS.get(paper.lower())
    if size is None:
        raise OutputError(f"unknown paper size {paper!r}; use A4 or Letter")
    return size


def _page_size(paper: str) -> str:
    """The CSS @page size of a paper name."""
    width, height = _paper_mm(paper)
    return f"{width:g}mm {height:g}mm"


# --- where the templates are --------------------------------------------------------------------


@functools.cache
def _templates() -> Traversable:
    # The one place that knows: templates/ in a checkout, tailor/templates/ inside an installed wheel.
    return files("tailor.templates")


def _read_template(name: str) -> str:
    return (_templates() / name).read_text(encoding="utf-8")


@functools.cache
def _environment(markdown: bool = False) -> jinja2.Environment:
    """Jinja2 for HTML (autoescaped) or for Markdown (every value passed through _md_escape)."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_read_template),
        autoescape=not markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_md_escape if markdown else None,
        bytecode_cache=_CompiledTemplates(str(cache_dir()), "template-%s.cache"),
    )
    env.filters["month"] = _month
    env.filters["pct"] = lambda x: f"{round(100 * x)}%"
    env.filters["and_join"] = _and_join
    # whole clauses, never a word cut in half: truncate(44) printed "the first four engineering man…" (issue 12)
    env.filters["clip"] = lambda text, words: cut_words(str(text), words)
    return env


# What a damaged file that opens like one of Jinja2's makes pickle raise while loading it (Jinja2 itself turns
# away a file of another version, or of another template source, and a damaged body).
_UNREADABLE = (
    pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, KeyError, TypeError, ValueError
)


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """The templates compiled, kept in tailor's cache folder: Jinja2 compiles brief.html.j2 in 0.045 s CPU and
    reads it back in 0.002, on the path of every PDF brief (issue 14). Jinja2 names a file by the template's
    name, checks the template's source and Jinja2's and Python's versions before it trusts one, and writes
    it whole (a temporary file, then a rename). What it leaves to us: a folder missing, unwritable or full
    costs the compiling, never the brief, and a file it cannot read is compiled again."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, *_UNREADABLE):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _and_join(items: Iterable[str]) -> str:
    """ "a, b and c", as a sentence lists them."""
    items = list(items)
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


@functools.cache
def colours() -> dict[str, str]:
    """The brief's colours by name ('accent', 'muted'...), read from the custom properties of brief.css's
    :root: the one place they are defined. The chart's SVG takes them from here, since WeasyPrint draws SVG
    without resolving var()."""
    root = re.search(r":root\s*\{([^}]*)\}", _read_template("brief.css"))
    assert root is not None, "brief.css defines its colours in :root"
    return {name.replace("-", "_"): value for name, value in re.findall(r"--([\w-]+)\s*:\s*([^;]+);", root[1])}


# --- what the templates see ---------------------------------------------------------------------


def _view(brief: Brief) -> dict[str, Any]:
    fit = brief.fit
    return {
        "brief": brief,
        "r": brief.resume,
        "p": brief.posting,
        "fit": fit,
        "candidate": brief.resume.contact.name or "Candidate",
        "company": brief.posting.company or "the company",
        "role": brief.posting.title or "the role",
        "date": brief.date.isoformat(),
        "version": brief.version or __version__,
        "interviewers": INTERVIEWERS_SAID,
        "groups": _area_groups(fit),
        "years_counted": _years_counted(brief) if brief.resume.years_experience is not None else "",
        "skill_match": skill_match(fit.skills, brief.posting_skills, brief.resume_skills),
        "level_said": level_in_risks(brief),
        "short_list": _short_list,
        "questions": {i: [q for q in brief.questions if q.interviewer is i] for i in Interviewer},
        # past the three on page 1, by interviewer; one with none more gets no block (issue 12, blind review)
        "more_questions": {
            i: more for i in Interviewer if (more := [q for q in brief.questions if q.interviewer is i][3:5])
        },
        "Interviewer": Interviewer,
        "reading": _reading(brief),
        "score_means": _score_means(fit),
        "score_parts": _score_parts(fit),
        "skills_part": SKILLS_PART,
        "skills_said": SKILLS_SAID,
        "audit_checks": f"{_AUDIT_CHECKS} {_audit_found(len(brief.audit))}".strip(),
        "audit_cannot": _AUDIT_CANNOT,
        "colours": colours(),
        "cards": star_cards(brief.star),
        "strength_words": brief_data()["star_strength"],
        "handles": said_once(k.handle for k in brief.risk_table),
        "risks": risk_rows(brief),
        "met_line": met_line,
        "more_said": more_said,
        "serious_cell": serious_cell,
        "figures_said": figures_said(brief.snapshot.figures),
        "unknown_said": unknown_said(brief.snapshot.unknown),
    }


def unknown_said(unknown: Iterable[str]) -> str:
    """What the posting leaves unsaid, as a sentence: "the team's size and the interviewers' backgrounds: look these
    up." chained a label, a fragment and a second colon (issue 12, blind review)."""
    items = list(unknown)
    if not items:
        return ""
    said = ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else items[0]
    return f"The posting does not say {said}; find out before the call."


def figures_said(figures: Iterable[tuple[str, str]]) -> str:
    """The sums on the posting's own figures in one line: "500M events a day is about 5,800 events a second; 99.95%
    availability is about 22 minutes of downtime a month." (issue 12: the hand brief did this arithmetic)."""
    sums = [said.rstrip(".") for _, said in figures]
    return "; ".join(sums) + "." if sums else ""


@dataclass(frozen=True)
class RiskRows:
    """The risks table as the brief shows it: the gaps on the call sheet (at most first_page_rows, the most serious
    first), the rest in the full brief, and the requirements met in one line under the table (issue 12)."""

    first: tuple[tuple[RiskRow, str], ...]  # each row with its answer, said once down the table
    # the gaps past the call sheet's, then the requirements met with the whole line that shows each
    more: tuple[tuple[RiskRow, str], ...]
    met: tuple[RiskRow, ...]


def risk_rows(brief: Brief) -> RiskRows:
    handles = said_once(k.handle for k in brief.risk_table)
    rows = list(zip(brief.risk_table, handles, strict=True))
    gaps = [(k, h) for k, h in rows if k.verdict is not Verdict.MEETS]
    room = int(brief_data()["requirements"]["table"]["first_page_rows"])
    met = [(k, h) for k, h in rows if k.verdict is Verdict.MEETS]
    return RiskRows(tuple(gaps[:room]), tuple(gaps[room:] + met), tuple(k for k, _ in met))


def serious_cell(k: RiskRow) -> str:
    """How serious, and the verdict it rests on where it adds to it ("high: not shown"; "met" alone)."""
    return k.severity if k.verdict is Verdict.MEETS else f"{k.severity}: {k.verdict.value}"


def asks_cell(k: RiskRow) -> str:
    """The first column's text: the row's name, and the posting's words where they add to it."""
    if not k.asked or k.asked == k.what:
        return k.what
    return k.what + (f": “{k.asked}”" if k.quoted else f": {k.asked}")


def shows_cell(k: RiskRow) -> str:
    """What the résumé shows, with the line it rests on unless the phrase already quotes it."""
    if k.evidence is None or k.evidence.text[:20] in k.shows:
        return k.shows
    return f"{k.shows} (“{k.evidence.text}”)"


# The interviewers are tailor's two, not read from the posting: said so, or a reader takes them for the posting's
# (issue 12, blind review: "Interviewers: VP of Engineering, Head of Engineering" stated as if the posting said it)
INTERVIEWERS_SAID = (
    "VP of Engineering, Head of Engineering (the interviews this brief prepares for; not named in the posting)"
)


def said_once(advice: Iterable[str]) -> list[str]:
    """Each piece of advice with the clauses an earlier one already said left out: "offer your nearest real
    evidence" six times down a table read as boilerplate (issue 12, blind review); a piece with nothing new left
    says so in two words."""
    said: set[str] = set()
    out = []
    for text in advice:
        clauses = [c.strip() for c in text.rstrip(".").split(";") if c.strip()]
        new = [c for c in clauses if c.lower() not in said]
        said.update(c.lower() for c in clauses)
        line = "; ".join(new)
        out.append(line[:1].upper() + line[1:] + "." if new else "As above.")
    return out


# a bracketed blank the card's draft leaves for the candidate ("[Which part was yours? ...]")
_BLANK = re.compile(r"\s*\[[^\[\]]*\]")
_STAR_PARTS = ("situation", "task", "action", "result")


@dataclass(frozen=True)
class StarCard:
    """A STAR card as laid out: the parts the résumé gives as an outline, and what the candidate must still decide
    in one line. Four bracketed prompts a card read as a form to fill in 30 minutes before the call (issue 12)."""

    number: int
    prompt: StarPrompt
    outline: tuple[tuple[str, str], ...]  # (part, what the résumé gives), parts left blank out
    decide: str  # "which part was yours; what changed after", or "" when the résumé gives every part
    same_as: int = 0  # the earlier card that quotes the same line: the line is quoted once (issue 12)
    strength: str = ""  # "strong match", "partial match: <what it lacks>" (brief s8 "stories"); "" for no story
    # the card's own label: "partial match" alone where the card's nearest or honesty sentence says what the line
    # lacks, as it says it once (brief s8 "stories4"); the call sheet, with no such sentence, keeps `strength`
    heading: str = ""


def star_cards(star: Iterable[StarPrompt]) -> list[StarCard]:
    data = brief_data()
    cards: list[StarCard] = []
    star = tuple(star)
    # a line two cards tell is quoted on the card it answers best, and the other points to it: a strong card never
    # says "the line of story 2" of a line only partial there (brief s8 "stories4"); else on the first
    first: dict[str, int] = {}
    for number, prompt in sorted(enumerate(star, 1), key=lambda pair: (pair[1].strength != "strong", pair[0])):
        if prompt.stories:
            first.setdefault(prompt.stories[0].text, number)
    words, unmeasured = data["star_strength"], 0
    for number, (prompt, spec, phrases) in enumerate(zip(star, data["star"], data["star_decide"], strict=False), 1):
        short = _decide_phrases(spec, phrases)
        outline, decide = [], []
        for part in _STAR_PARTS:
            text = getattr(prompt, part)
            said = _BLANK.sub("", text).strip()
            if said:
                outline.append((part.title(), said))
            for blank in _BLANK.findall(text):
                ask = blank.strip()[1:-1].removeprefix(_OWN_PART).strip()
                if part == "result" and "“" in ask:
                    # a result's blank that quotes a résumé line ("The figure from this role is on another line,
                    # “…”") is what the résumé gives: said in the outline, not folded into a short phrase
                    outline.append((part.title(), ask))
                elif part == "situation":
                    decide.append(data["star_decide_situation"])
                else:
                    decide.append(short.get(ask, phrases[part]))
        if prompt.stories and not any(part == "Result" for part, _ in outline):
            # said, not left to the reader to infer from a missing row (brief s8 "stories")
            # in turn across the cards: the same sentence on four cards read as scaffold (issue 12)
            outline.append(("Result", words["no_result"][unmeasured % len(words["no_result"])]))
            unmeasured += 1
        line = prompt.stories[0].text if prompt.stories else ""
        same_as = first.get(line, number) if line else number
        same_as = 0 if same_as == number else same_as
        if not prompt.stories:
            outline, decide = [], []  # one line: the situation says there is no line and what to offer
        # what the interviewer will ask that the line lacks comes first, then the question's own asks
        asks = "; ".join(dict.fromkeys([*prompt.recall, *decide]))
        cards.append(StarCard(number, prompt, tuple(outline), asks, same_as, _strength(prompt), _heading(prompt)))
    return cards


def _strength(prompt: StarPrompt) -> str:
    """ "strong match", "partial match: it does not say you designed it": how well a card's line answers."""
    words = brief_data()["star_strength"]
    if prompt.strength == "partial" and prompt.lacks:
        return f"{words['partial']}: {prompt.lacks}"
    return str(words.get(prompt.strength, "")) if prompt.stories else ""


def _heading(prompt: StarPrompt) -> str:
    """A card's label: its strength, without what a partial line lacks where the card's own sentence says it ("I
    won't claim it was a deliberate trade-off ...", "do not claim to have led it"): said once, not twice."""
    told = (prompt.closest and prompt.why) or prompt.honesty
    return str(brief_data()["star_strength"]["partial"]) if prompt.strength == "partial" and told else _strength(prompt)


# the draft's "[Which part was yours? <the action's ask>]": the short phrase of the action's ask says it
_OWN_PART = brief_data()["star_draft"]["own_part"].split("{", 1)[0].strip("[ ")


def _decide_phrases(spec: dict[str, Any], phrases: dict[str, Any]) -> dict[str, str]:
    """A question's asks (star[] in brief.json), each mapped to its short phrase (star_decide)."""
    short: dict[str, str] = {}
    for part in ("task", "action", "result"):
        short[spec[f"{part}_ask"]] = phrases[part]
    short[spec["no_result_ask"]] = phrases["result"]
    for key, ask in spec.get("nearest_asks", {}).items():
        part = "result" if key == "no_result_ask" else key.removesuffix("_ask")
        short[ask] = phrases.get("nearest", {}).get(part, phrases[part])
    for entry in spec.get("asks_if", []):
        for part in ("task", "action", "result"):
            if f"{part}_ask" in entry:
                short[entry[f"{part}_ask"]] = phrases.get("when", {}).get(entry["when"][0], {}).get(part, phrases[part])
    return short


def _area_groups(fit: Fit) -> list[dict[str, Any]]:
    """Areas grouped by interviewer, each with what the posting's own lines stress of it, relative to its most
    stressed area, the line that says it most (issue 12: an area's share is the posting's only with a line), and
    its whole-percent share of the overall figure (those the figure was computed from)."""
    areas = fit.areas
    top = max((a.stressed for a in areas), default=0.0) or 1.0
    shares = [a.share for a in areas]
    if not any(shares):  # a fit built without the figure's parts (by hand): the same split, made here
        shares = percent_shares([a.weight for a in areas], 100 - fit.skills_share)
    return [
        {
            "interviewer": who,
            "rows": [
                {"fit": a, "emphasis": a.stressed / top, "share": share, "said": _emphasis_said(a)}
                for a, share in zip(areas, shares, strict=True)
                if a.area.interviewer is who
            ],
        }
        for who in Interviewer
    ]


def _emphasis_said(area: AreaFit) -> str:
    """The posting line that stresses the area most: "“Design microservices for the claims workflow …” and 2 more
    lines"; "not mentioned in the posting" when no line does."""
    if not area.posting_lines:
        return _NOT_MENTIONED
    more = len(area.posting_lines) - 1
    also = f" and {more} more line{'s' if more > 1 else ''}" if more else ""
    line = " ".join(area.posting_lines[0].split())
    quote = clip_around(line, [stress_span(area.area, line)], _EMPHASIS_WORDS)
    return f"“{quote}”{also}"


_NOT_MENTIONED = "not mentioned in the posting"
_EMPHASIS_WORDS = 8


@dataclass(frozen=True)
class SkillRow:
    """One skill of the skill match as the brief says it: "relational databases (demonstrated, as PostgreSQL)" and
    the résumé line it rests on, clipped, with where that line is when the line does not say it."""

    label: str
    held: str
    quote: str = ""
    where: str = ""


@dataclass(frozen=True)
class SkillList:
    """A short list of the skill match: what the résumé shows and what it does not, by name."""

    title: str
    shown: tuple[str, ...]
    missing: tuple[str, ...]
    more: int = 0  # not shown and left out: stack items the posting names once (their count, so nothing is hidden)
    listed: tuple[str, ...] = ()  # on the résumé only in a list or only implied: never said to be shown (issue 12)


@dataclass(frozen=True)
class SkillMatchView:
    """The skill match the hand briefs write (issue 12): the required skills met, each with its line; those not
    shown, with the nearest real evidence; what to tell rather than learn; then short lists of the rest."""

    met: tuple[SkillRow, ...]
    missing: tuple[SkillRow, ...]
    say_how: tuple[SkillRow, ...]
    lists: tuple[SkillList, ...]
    listed: tuple[SkillRow, ...] = ()  # required, only in a skills list or only implied: not shown (issue 12)

    def __bool__(self) -> bool:
        return bool(self.met or self.listed or self.missing or self.say_how or self.lists)


QUOTE_WORDS = 7  # a cited line is clipped to about this many words: enough to find it on the résumé


def skill_match(
    matches: Iterable[SkillMatch], posting_skills: Skills | None = None, resume_skills: Skills | None = None
) -> SkillMatchView:
    matches = tuple(matches)
    shown, listed, missing = (tuple(_row(m, resume_skills) for m in rows) for rows in required_split(matches))
    say_how = tuple(_row(m, resume_skills) for m in matches if m.need is not Need.STACK and m.say_how)
    # named only in the responsibilities: what the job is, not asked of the candidate
    duties = [m for m in matches if m.duty and not m.say_how]
    nice = [m for m in matches if m.need is Need.NICE and not m.duty and not m.say_how]
    stack = [m for m in matches if m.need is Need.STACK and not m.duty]
    # a tool of their stack the résumé lacks is worth naming only when the posting comes back to it (issue 12)
    named = posting_skills.items if posting_skills else ()
    stressed = {s.name for s in named if len({e.line for e in s.evidence}) > 1}
    unstressed = [m for m in stack if not _met(m) and posting_skills is not None and m.name not in stressed]
    lists = (
        _list(DUTY_TITLE, duties),
        _list("Nice to have", nice),
        _list("Also in their stack", [m for m in stack if m not in unstressed], more=len(unstressed)),
    )
    kept = tuple(x for x in lists if x.shown or x.listed or x.missing or x.more)
    return SkillMatchView(shown, missing, say_how, kept, listed)



def level_in_risks(brief: Brief) -> bool:
    """Whether the risks table has a row for the level (a step up or down, a move to managing people): the full
    brief's Level line then said it again (issue 12), so it is left out."""
    data = brief_data()["requirements"]
    names = tuple(data[k].split("{", 1)[0].lower() for k in ("step_down_what", "step_up_what", "track_change_what"))
    # a row of its own, or merged into the managing-people or years row, which names the step among what it asks
    return any(k.what.lower().startswith(names) or any(n in k.asked.lower() for n in names) for k in brief.risk_table)


def _met(match: SkillMatch) -> bool:
    return match.strength is not None or match.met_as_example


def _row(match: SkillMatch, resume_skills: Skills | None = None) -> SkillRow:
    cite = match.shown_by
    label, held = match.label, _held_as(match)
    if match.accepted_as and match.through and match.strength is not None:
        # "regulated industry: payments (demonstrated)": what the résumé shows, under the kind the posting accepts
        label, held = f"{match.accepted_as}: {match.through[0]}", match.strength.value
    if cite is None:
        return SkillRow(label, held)
    return SkillRow(label, held, _quote(match, cite, resume_skills), _where(cite))


def _quote(match: SkillMatch, cite: Citation, resume_skills: Skills | None) -> str:
    """The cited line, or its clauses around the words that show the skill (checks.clip_around): a long skills
    line cut before "Go" quoted no proof of Go (issue 12, blind review). The résumé's own words for it on that
    line first ("Golang"), then its names."""
    text = " ".join(cite.text.split())
    held = [resume_skills.get(n) for n in (match.name, *match.through)] if resume_skills else []
    said = [e.matched for s in held if s is not None for e in s.evidence if e.line == cite.line]
    span = next((at for t in (*said, match.label, match.name, *match.through) if (at := term_at(text, t))), None)
    return clip_around(text, [span], QUOTE_WORDS)


def _where(cite: Citation) -> str:
    # the employer is enough to find the line; a role's header names its own employer already
    where = cite.where.split(", ")[-1]
    return "" if where in cite.text else where


def _list(title: str, matches: list[SkillMatch], more: int = 0) -> SkillList:
    shown = tuple(m.label + _qualified(m) for m in matches if shown_in_role(m))
    listed = tuple(m.label + _qualified(m) for m in matches if _met(m) and not shown_in_role(m))
    missing = tuple(m.label + (f" (you: {m.substitute})" if m.substitute
                               else f" (your {_list_of(m)}: {m.listed_instead})" if m.listed_instead else "")
                    for m in matches if not _met(m))
    return SkillList(title, shown, missing, more, listed)


def _qualified(match: SkillMatch) -> str:
    """What a short list adds to a name: only what its group's title does not say ("only implied by Istio: check",
    "as PostgreSQL", "met by Datadog, of its kind")."""
    held = _held_as(match)
    if held.startswith(Strength.DEMONSTRATED.value) or held == Strength.LISTED.value:
        return ""
    return f" ({held.removeprefix(Strength.LISTED.value + ', ')})"


def _years_counted(brief: Brief) -> str:
    """How the years were counted, to the date they were counted to: the résumé's date only when a role is
    still current (a blind review read "up to 2026-11-29" beside a last role that ended in Mar 2025). No figure:
    a decimal count of years was padding the reader skipped (issue 12); the pitch says the years once."""
    r = brief.resume
    roles = [x for x in r.roles if not x.internship and x.start]
    current = any((x.end or x.start) == "present" for x in roles)
    latest = max((x.end or x.start or "" for x in roles), default="")
    to = f"{r.as_of.isoformat()}, {brief.as_of_source}" if current or not latest else (
        f"{_month(latest)}, the end of your latest role"
    )
    apart = "without internships or posts outside work"
    return f"Your years of experience are counted from your roles' dates up to {to}, {apart}."


# the overall figure's first part, as its row in the appendix's table names it
SKILLS_PART = "Skills the posting requires"
SKILLS_SAID = "its required skills, the duties' skills included"


def _score_means(fit: Fit) -> str:
    """The match score in a few sentences a person reads: what it measures, what it is made of (the table below it
    prints each part and its share, and they give the figure) and what it is not (issue 12)."""
    means = f"{fit.score}/100 is a rough measure of how much of what this posting asks your résumé shows"
    parts = (
        f"the skills it requires make {fit.skills_share}% of it (counting a skill shown in what you did above one "
        "only listed) and the interview areas the rest, each by how much the posting stresses it"
        if fit.skills_score is not None
        else "made of the interview areas, each by how much the posting stresses it"
    )
    return (
        f"{means}: {parts}. Each part's match times its share, added up, gives the figure: a guide to where to "
        "prepare, not a forecast of the interview."
    )


def _score_parts(fit: Fit) -> list[str]:
    """The figure's parts in one line for the Markdown appendix: "skills the posting requires 44 (60%); Scaling
    systems and teams 68 (5%); ...", the same figures as the PDF's chart."""
    parts = [f"{SKILLS_PART.lower()} {fit.skills_score} ({fit.skills_share}%)"] if fit.skills_score is not None else []
    for group in _area_groups(fit):
        # an area with no share adds nothing to the figure: "Technical debt ... 75 (0%)" read as a tool's log (issue 12)
        parts += [f"{row['fit'].area.title} {row['fit'].score} ({row['share']}%)"
                  for row in group["rows"] if row["share"]]
    return parts


# What the claims audit (tailor.audit) checks and what it cannot: "33 kept, 0 left out" read as a brief verified
# while two wrong claims had passed (issue 12, blind review).
_AUDIT_CHECKS = (
    "Each statement about you in the pitch, stories, risks and checklist was checked against the résumé line it "
    "cites: every employer, title, figure, year and skill it names must appear in that line or its role's heading."
)
_AUDIT_CANNOT = (
    "The check cannot tell whether a line was read rightly or whether a statement says what the line means, and it "
    "does not cover tailor's verdicts, gaps and risks: read every line against your résumé before you rely on it."
)


def _audit_found(dropped: int) -> str:
    """What failed the check, when something did: "No statement failed that check" said nothing a candidate acts on
    (issue 12, blind review)."""
    if not dropped:
        return ""
    one = dropped == 1
    return f"{dropped} statement{'' if one else 's'} failed it and {'was' if one else 'were'} left out of this brief:"


_ROLES_SHOWN = 6


def _reading(brief: Brief) -> list[tuple[str, str, tuple[str, ...]]]:
    """How tailor read each document, said for a person: what to check it against and what it could not read.
    The file type, page count and counts of sections and bullets said nothing a reader acts on (issue 12)."""
    r, p = brief.resume, brief.posting
    # a volunteering or activities post is named apart: it is no role (issue 12, blind review: "4 roles, latest
    # first: ...; Open Source Maintainer, GitHub; ..." from a résumé's Activities section)
    labels = [role.label for role in r.roles if not outside_work(role)]
    outside = [role.label for role in r.roles if outside_work(role)]
    shown = "; ".join(labels[:_ROLES_SHOWN])
    if len(labels) > _ROLES_SHOWN:
        shown += f"; and {len(labels) - _ROLES_SHOWN} earlier"
    resume = (
        f"{len(labels)} role{'' if len(labels) == 1 else 's'}, latest first: {shown}."
        if labels
        else "no dated roles."
    )
    if outside:
        posts = "a post outside work" if len(outside) == 1 else f"{len(outside)} posts outside work"
        resume += f" Besides, {posts}: {'; '.join(outside)}."
    lists = (("duties", p.responsibilities), ("requirements", p.requirements), ("nice-to-haves", p.nice_to_have))
    held = [name for name, items in lists if items]
    posting = f"{p.title or 'a role it does not name'} at {p.company or 'a company it does not name'}"
    posting += f", with its {_and_join(held)}" if held else ", with no list of duties or requirements"
    unlisted = [name for name, items in lists if not items]
    posting += f"; it lists no {_and_join(unlisted).replace(' and ', ' or ')}." if held and unlisted else "."
    return [("Your résumé", resume, r.report.warnings), ("The posting", posting, p.report.warnings)]


def _month(value: str | None) -> str:
    """'2022-03' -> 'Mar 2022'; 'present' -> 'present'; None -> ''."""
    if not value:
        return ""
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if match and 1 <= int(match[2]) <= 12:
        return f"{dt.date(2000, int(match[2]), 1):%b} {match[1]}"
    return value


def brief_html(brief: Brief, paper: str = "A4") -> str:
    """The HTML the PDF is drawn from (the benchmark times WeasyPrint alone on it)."""
    return _html(brief, _page_size(paper))


def _html(brief: Brief, page_size: str, css: Markup | None = None) -> str:
    """The brief's HTML with brief.css inline (the HTML brief); with `css` _PARSED_AHEAD, without it (the PDF's)."""
    template = _environment().get_template("brief.html.j2")
    # Our own stylesheet is trusted markup; document text never passes through Markup.
    return template.render(**_view(brief), css=Markup(_read_template("brief.css")) if css is None else css,
                           page_size=page_size)


# --- PDF ----------------------------------------------------------------------------------------


def load_renderer() -> None:
    """Import WeasyPrint, compile the brief's template (0.04 s CPU) and parse the stylesheet (0.03 s): a
    render helper does it while it waits, so the first brief does not (issue 14)."""
    _import_weasyprint()
    _environment().get_template("brief.html.j2")
    _stylesheet()


# What the PDF pages' templates are given for `css`: their HTML leaves the stylesheet out, and `_write_pdf`
# passes WeasyPrint the one `_stylesheet` parsed.
_PARSED_AHEAD = Markup("")


@functools.cache
def _stylesheet() -> Any:
    """brief.css parsed by WeasyPrint once per process, ahead of the first PDF: where the single brief's
    process would otherwise wait for the skills process (issue 14), instead of in every render (0.03 s).
    WeasyPrint takes a stylesheet parsed apart as a user stylesheet, below the author's in the cascade;
    the only author rule the brief and the batch summary keep is `@page { size }`, a property brief.css
    never sets, and brief.css has no `!important` (which would turn the order round), so every element's
    style is the one it had with the stylesheet inline (a test compares the PDFs). The cohort page has rules
    of its own after brief.css and keeps it inline."""
    weasyprint = _import_weasyprint()
    return weasyprint.CSS(string=_read_template("brief.css"), base_url=_templates_path().as_uri() + "/",
                          url_fetcher=_fetcher_class()())


def _import_weasyprint() -> types.ModuleType:
    """WeasyPrint, imported without two fontTools modules it imports at its start for paths a brief does not
    take: the subsetter, which it calls only when HarfBuzz cannot subset a font (HarfBuzz does, with
    libharfbuzz-subset), and the variable-font instancer (our fonts are static). Each is loaded when first
    used instead: 0.05-0.06 of the 0.25 s CPU of WeasyPrint's import, on the path of every PDF (issue 14)."""
    if "weasyprint" in sys.modules:
        return sys.modules["weasyprint"]
    import fontTools

    if "fontTools.subset" not in sys.modules and (spec := importlib.util.find_spec("fontTools.subset")):
        # a module whose code runs when one of its names is first read (weasyprint keeps the module itself)
        assert spec.loader is not None
        spec.loader = importlib.util.LazyLoader(spec.loader)
        subset = importlib.util.module_from_spec(spec)
        sys.modules["fontTools.subset"] = fontTools.subset = subset  # type: ignore[attr-defined]
        spec.loader.exec_module(subset)
    # weasyprint imports the instancer's function, not the module: a stand-in answers that one import with a
    # function that imports the real one when called, and is gone after it (a later import is the real one)
    stand_in = types.ModuleType("fontTools.varLib.instancer")
    stand_in.instantiateVariableFont = _instantiate_variable_font  # type: ignore[attr-defined]
    sys.modules.setdefault("fontTools.varLib.instancer", stand_in)
    try:
        import weasyprint
    finally:
        if sys.modules.get("fontTools.varLib.instancer") is stand_in:
            del sys.modules["fontTools.varLib.instancer"]
    return weasyprint


def _instantiate_variable_font(*args: Any, **kwargs: Any) -> Any:
    from fontTools.varLib.instancer import instantiateVariableFont

    return instantiateVariableFont(*args, **kwargs)


def _pdf(brief: Brief, page_size: str) -> bytes:
    return _write_pdf(_html(brief, page_size, _PARSED_AHEAD), brief.date)


def _write_pdf(html: str, date: dt.date, parsed_ahead: bool = True) -> bytes:
    """The PDF of one of our pages, its HTML rendered with `css=_PARSED_AHEAD` (or, not `parsed_ahead`, with
    the stylesheet inline)."""
    weasyprint = _import_weasyprint()  # lazily: WeasyPrint and Pango take a second to load, not for `--help`
    base = _templates_path()
    document = weasyprint.HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=_fetcher_class()())
    with _source_date(date), _no_collections():
        return document.write_pdf(stylesheets=[_stylesheet()] if parsed_ahead else None)


@contextlib.contextmanager
def _no_collections() -> Iterator[None]:
    """The garbage collector paused while WeasyPrint lays out and draws: its boxes all live until the PDF is
    written, so the collections their allocations set off find nothing to free. 0.1 s of a 1.1 s render,
    0.2 s beside spaCy's objects; peak memory the same (84 MiB both ways; issue 14)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _source_date(date: dt.date) -> Iterator[None]:
    """Pin SOURCE_DATE_EPOCH while writing: without HarfBuzz-subset, WeasyPrint subsets fonts with
    fontTools, which stamps each embedded font with the clock unless this variable is set."""
    epoch = str(int(dt.datetime.combine(date, dt.time(), dt.timezone.utc).timestamp()))
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _templates_path() -> Path:
    return Path(str(_templates())).resolve()


def _fetch_asset(url: str) -> tuple[bytes, str]:
    """The bytes and type of one of our template assets; refuses every other URL."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        raise PermissionError(f"tailor fetches nothing from outside its templates: {url[:80]}")
    folder = _templates_path()
    path = Path(unquote(parts.path)).resolve()
    if not path.is_relative_to(folder) or path.suffix not in _ASSET_TYPES or not path.is_file():
        raise PermissionError(f"tailor fetches nothing from outside its templates: {url[:80]}")
    return path.read_bytes(), _ASSET_TYPES[path.suffix]


@functools.cache
def _fetcher_class() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class TemplatesOnly(URLFetcher):  # type: ignore[misc]
        """Serves files of the templates folder; a résumé's <img src> or url() fetches nothing."""

        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            body, mime = _fetch_asset(url)
            return URLFetcherResponse(url, body, {"Content-Type": mime})

    return TemplatesOnly


# --- Markdown -----------------------------------------------------------------------------------

_MD_ACTIVE = re.compile(r"([\\`*_<>|~])")
# a bracket is structure only where it could open a link ("[x](y)", "[x][y]", "[x]: y") or a footnote ("[^x]");
# a card's blank for the candidate to fill ("[Say why it mattered.]") reads as written, not as "\\[Say ...\\]"
# (issue 12)
_MD_LINK = re.compile(r"\][(\[:]|\[\^")
_MD_BRACKET = re.compile(r"([\[\]])")
# a list item, a heading underline or a heading: "- x", "+ x", "= x", "1. x", "1) x", "# x"; never "12+ years",
# and never the "#" inside a word: "C\#" printed in a pitch (issue 12), where no Markdown reads a heading
_MD_LINE_START = re.compile(r"^(\d+[.)]|[-+=]|#{1,6})(?=\s|$)")


def _md_escape(value: object) -> object:
    """Backslash-escape what Markdown would read as structure; numbers and None pass through."""
    if not isinstance(value, str):
        return value
    text = re.sub(r"\s+", " ", value)  # one line, but ", " between items keeps its space
    text = _MD_ACTIVE.sub(r"\\\1", text)
    if _MD_LINK.search(text):
        text = _MD_BRACKET.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)


def _markdown(brief: Brief) -> str:
    return _blocks(_environment(markdown=True).get_template("brief.md.j2").render(**_view(brief)))


# A line of the Markdown brief by the block it belongs to: a list item, a table row, a quote, a heading, text.
_MD_BLOCK = (("item", re.compile(r"^(?:[-*+]|\d+[.)])\s")), ("row", re.compile(r"^\|")),
             ("quote", re.compile(r"^>")), ("heading", re.compile(r"^#{1,6}\s")))
_MD_RUNS = frozenset({"item", "row", "quote"})  # kinds whose lines run on as one block


def _blocks(text: str) -> str:
    """The Markdown with one blank line between blocks, whatever the template's whitespace: every line of the
    brief is a block of its own (a heading, a paragraph, a bold label) except the lines of one list, table or
    quote. Two lines with no blank between run together into one paragraph, and a line after a list item is
    read as part of it (issue 12, blind review: "For the Head of Engineering:" inside question 5)."""
    out: list[str] = []
    before = ""
    for line in text.splitlines():
        if not line.strip():
            before = ""
            continue
        kind = next((name for name, pattern in _MD_BLOCK if pattern.match(line)), "text")
        if out and (not before or kind != before or kind not in _MD_RUNS):
            out.append("")
        out.append(line)
        before = kind
    return "\n".join(out) + "\n"


# --- DOCX ---------------------------------------------------------------------------------------


def _docx(brief: Brief, paper_mm: tuple[float, float]) -> bytes:
    """The Markdown brief's sections, in its order and with its titles and content, as a Word document."""
    import docx  # lazily, like WeasyPrint
    from docx.shared import Mm

    view = _view(brief)
    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(paper_mm[0]), Mm(paper_mm[1])
    _docx_properties(document, brief, view)
    _docx_call(document, brief, view)
    _docx_full(document, brief, view)
    _docx_star(document, brief)
    _docx_more_questions(document, view)
    _docx_checklist(document, brief)
    _docx_appendix(document, brief, view)
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip_times(out.getvalue(), brief.date)


def _docx_properties(document: Any, brief: Brief, view: dict[str, Any]) -> None:
    props = document.core_properties
    props.title = f"Interview brief — {view['company']} — {view['role']}"
    props.author = view["candidate"]
    props.last_modified_by = view["candidate"]
    props.subject = f"Preparation for the {view['role']} interviews at {view['company']}"
    props.keywords = ", ".join(["interview brief", view["company"], view["role"]])
    props.comments = f"tailor {brief.version or __version__}"
    stamp = dt.datetime.combine(brief.date, dt.time())
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1


def _docx_para(document: Any, *runs: tuple[str, str], style: str | None = None) -> None:
    """A paragraph of runs, each (text, "" | "b" | "i") for plain, bold or italic."""
    paragraph = document.add_paragraph(style=style)
    for text, look in runs:
        run = paragraph.add_run(text)
        run.bold, run.italic = look == "b", look == "i"


def _docx_table(document: Any, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _docx_numbered(document: Any, items: Iterable[str], start: int = 1) -> None:
    # Numbers written out, as in the Markdown: Word's List Number would run on from one list to the next.
    for number, item in enumerate(items, start):
        document.add_paragraph(f"{number}. {item}")


def _docx_call(document: Any, brief: Brief, view: dict[str, Any]) -> None:
    document.add_heading(f"Interview brief: {view['role']} at {view['company']}", level=0)
    _docx_para(
        document,
        ("Candidate: ", "b"), (view["candidate"], ""),
        (" · Interviewers: ", "b"), (INTERVIEWERS_SAID, ""),
        (" · Prepared: ", "b"), (view["date"], ""),
    )
    if brief.resume.doubtful:
        _docx_para(
            document,
            ("Warning: drafted anyway. ", "b"),
            ("tailor could not read your roles with confidence, so the stories and match below may credit the "
             "wrong titles or employers. Correct them with --export-resume.", ""),
        )
    document.add_heading("At the call", level=1)
    if brief.fit_verdict:
        document.add_heading("Your fit", level=2)
        fitness, said = brief.fit_verdict.fitness.value, " ".join(brief.fit_verdict.sentences)
        _docx_para(document, (fitness[:1].upper() + fitness[1:] + ". ", "b"), (said, ""))
    document.add_heading("Your pitch", level=2)
    document.add_paragraph(brief.pitch.text, style="Quote")
    _docx_para(document, ("Say it aloud twice; it should sound like you.", "i"))

    _docx_risks(document, brief)

    document.add_heading("Your eight stories", level=2)
    words = brief_data()["star_strength"]
    for card in star_cards(brief.star):
        star = card.prompt
        story = (
            f"{star.stories[0].text} ({star.stories[0].where})" + (f" ({card.strength})" if card.strength else "")
            if star.stories
            else f"{words['none']}: {words['none_do']}."
        )
        _docx_para(document, (f"{card.number}. ", ""), (f"{star.label or star.area.title}:", "b"), (f" {story}", ""))

    document.add_heading("Three questions for each", level=2)
    for who, questions in view["questions"].items():
        document.add_paragraph(f"For the {who.title}:")
        _docx_numbered(document, (q.text for q in questions[:3]))

    _docx_company(document, brief, view)


def _docx_risks(document: Any, brief: Brief) -> None:
    document.add_heading("Risks and requirements", level=2)
    if not brief.risk_table:
        document.add_paragraph("The posting states no hard requirement (years, degree, location, travel) tailor could "
                               "read, and no level, domain, date or location risk stands out.")
        return
    rows = risk_rows(brief)
    if rows.first:
        _docx_table(
            document,
            RISK_COLUMNS,
            ((asks_cell(k), shows_cell(k), serious_cell(k), handle) for k, handle in rows.first),
        )
    if brief.fit_verdict and brief.fit_verdict.script:
        _docx_para(document, ("How to say it: ", "b"), (brief.fit_verdict.script, ""))
    if rows.met:
        _docx_para(document, (MET_LABEL, "b"), (met_line(rows.met, brief), ""))
    if more := more_said(rows):
        _docx_para(document, (more, "i"))


RISK_COLUMNS = ("The posting asks", "Your résumé shows", "How serious", "How to handle it")
MET_LABEL = "Requirements you meet: "


def more_said(rows: RiskRows) -> str:
    """The gaps past the call sheet's rows, by name, when one is not a row the call sheet shows already: "1 more in
    the full brief ... with the lines of those you meet" pointed to a row that repeated another (issue 12, blind
    review); "" when none is new."""
    shown = {k.what.lower() for k, _ in rows.first}
    new = list(dict.fromkeys(f"{k.what[:1].lower()}{k.what[1:]} ({k.verdict.value})" for k, _ in rows.more
                             if k.verdict is not Verdict.MEETS and k.what.lower() not in shown))
    return f"Also to check, in the full brief under More requirements: {'; '.join(new)}." if new else ""


def met_line(met: Iterable[RiskRow], brief: Brief) -> str:
    """The requirements met, each with the line that shows it, in one line."""
    headers = {r.line for r in brief.resume.roles}
    return "; ".join(
        # a role's header cited for years counted says less than the years themselves
        k.what + (f" (“{cut_words(k.evidence.text, 10)}”)" if k.evidence and k.evidence.line not in headers
                  else f" ({cut_words(k.shows, 10)})")
        for k in met
    ) + "."


def _docx_more(document: Any, brief: Brief) -> None:
    """The gaps past the call sheet's rows and the requirements met: the full brief's More requirements table."""
    more = risk_rows(brief).more
    if more:
        document.add_heading("More requirements", level=2)
        _docx_table(document, RISK_COLUMNS, ((asks_cell(k), shows_cell(k), serious_cell(k), h) for k, h in more))


def _docx_company(document: Any, brief: Brief, view: dict[str, Any]) -> None:
    """The company as the posting states it, and what it leaves unsaid."""
    snap, posting = brief.snapshot, brief.posting
    document.add_heading(f"{view['company']} in brief", level=2)
    facts = (
        ("What they do", " ".join(snap.what[:2]) or "the posting does not say: look it up."),
        ("The role and team", " ".join(s for s in (snap.role_line, snap.team_line) if s)),
        ("What you would do", "; ".join(snap.owns)),
        ("Their figures", figures_said(snap.figures)),
        ("Their stack", ", ".join(snap.stack)),
        ("Where", snap.where or ""),
        ("How they work", "; ".join(snap.works)),
        ("Package", "; ".join(posting.package)),
        ("Unknown", unknown_said(snap.unknown)),
    )
    for label, text in facts:
        if text:
            _docx_para(document, (f"{label}: ", "b"), (text, ""), style="List Bullet")


def _docx_full(document: Any, brief: Brief, view: dict[str, Any]) -> None:
    fit = brief.fit
    document.add_heading("The full brief", level=1)
    _docx_more(document, brief)
    # the match score is the appendix's: on the first pages a score is noise (issue 12); nothing the call sheet says
    # again (the level row, the gaps it names, the priorities); the arithmetic is the checklist's
    if not view["level_said"]:
        _docx_para(document, ("Level. ", "b"), (fit.seniority.verdict, ""))
    _docx_skills(document, view)
    document.add_heading("Look up before the interview", level=2)
    for item in brief.snapshot.research[:4]:
        document.add_paragraph(item, style="List Bullet")


def _docx_star(document: Any, brief: Brief) -> None:
    document.add_heading("STAR stories", level=1)
    for card in star_cards(brief.star):
        star = card.prompt
        document.add_heading(f"{card.number}. {star.question}", level=2)
        tag = f"{star.area.interviewer.title} · {star.label or star.area.title}."
        words = brief_data()["star_strength"]
        if not star.stories:  # one line: no résumé line fits, how to approach it, and its related lines
            none = words["none"][0].upper() + words["none"][1:]
            _docx_para(document, (tag, "i"), (f" {none}.", "b"), (f" {star.situation}", ""))
            if star.missing:
                _docx_para(document, ("How you would approach it: ", "i"), (star.missing[0], ""))
            if star.related:
                related = "; ".join(f"“{q.text}” ({q.where})" for q in star.related)
                _docx_para(document, (f"{words['related']}: ", "i"), (f"{related}.", ""))
            continue
        outside = f", {words['outside_work']}" if star.outside_work else ""
        strength = f" {card.heading[:1].upper()}{card.heading[1:]}{outside}." if card.heading else ""
        _docx_para(document, (tag, "i"), (strength, "b"))
        if card.same_as:
            # a note, never set as a quote: it is no line of the résumé (issue 12, blind review)
            _docx_para(document, (f"The line of story {card.same_as}, told for this question.", "i"))
        else:
            for cited in star.stories:  # a story's line and the line of its role that gives its figure
                document.add_paragraph(cited.text, style="Quote")
        if star.closest:
            _docx_para(document, (star.why, "i"))
        if card.outline:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, text in card.outline:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, text
        if card.decide:
            _docx_para(document, ("Recall before the call (not on your résumé): ", "b"), (f"{card.decide}.", ""))
        if star.honesty:
            _docx_para(document, (star.honesty, "i"))
        if star.missing:
            _docx_para(document, ("To make it stronger: ", "i"), (star.missing[0], ""), style="List Bullet")


def _docx_more_questions(document: Any, view: dict[str, Any]) -> None:
    if not view["more_questions"]:
        return
    document.add_heading("More questions to choose from", level=1)
    for who, questions in view["more_questions"].items():
        document.add_paragraph(f"For the {who.title}:")
        for q in questions:  # bullets: a list numbered from 4 reads as broken (issue 12)
            runs = ((q.text, ""), *([(f" (from {q.basis})", "i")] if q.basis else []))
            _docx_para(document, *runs, style="List Bullet")


def _docx_skills(document: Any, view: dict[str, Any]) -> None:
    document.add_heading("Skill match", level=2)
    match: SkillMatchView = view["skill_match"]
    for title, rows in (("Required, shown", match.met), (LISTED_TITLE, match.listed),
                        ("Required, not shown", match.missing), ("Say how you have done it", match.say_how)):
        if rows:
            _docx_para(document, (f"{title}:", "b"))
            _docx_table(document, ("Skill", "Your résumé", "The line"), ((r.label, r.held, _quoted(r)) for r in rows))
    for short in match.lists:
        _docx_para(document, (f"{short.title}: ", "b"), (_short_list(short), ""))


def _quoted(row: SkillRow) -> str:
    return f"“{row.quote}”" + (f" ({row.where})" if row.where else "") if row.quote else ""


def _short_list(short: SkillList) -> str:
    """ "Your résumé shows A and B. It does not show C or D. 6 more of their tools are not on it.": sentences, as
    every format says them; "The role involves: you show ...; not shown: ..." read as a tool's fragments (issue 12,
    blind review)."""
    parts = [f"Your résumé shows {_and_join(short.shown)}."] if short.shown else []
    if short.listed:
        parts.append(f"{'It' if parts else 'Your résumé'} only lists {_and_join(short.listed)}.")
    if short.missing:
        who = "It" if parts else "Your résumé"
        missing = list(short.missing)
        said = ", ".join(missing[:-1]) + " or " + missing[-1] if len(missing) > 1 else missing[0]
        parts.append(f"{who} does not show {said}.")
    if short.more:
        tools = "tool" if short.more == 1 else "tools"
        parts.append(f"{short.more} {'more ' if parts else ''}of their {tools} {'is' if short.more == 1 else 'are'} "
                     "not on your résumé.")
    return " ".join(parts)


def _held_as(match: SkillMatch) -> str:
    """How the résumé holds a skill, as every brief says it: "only implied by Istio: check" for a tool used with
    it, "demonstrated, as PostgreSQL" for a kind met by its member, "related; you: design reviews" for a practice
    shown by a close equivalent, "say how you have done it" for a value no line shows (issue 12)."""
    through = ", ".join(match.through[:2])
    if match.strength is Strength.IMPLIED:
        return f"only implied by {through}: check" if through else "only implied: check"
    if match.strength is None and match.met_as_example:
        return f"met by {match.substitute}, of its kind"
    if match.strength is None and match.say_how:
        return f"related; you: {match.substitute}" if match.substitute else "no line shows it yet"
    if match.strength is None:
        if match.substitute:
            return f"not shown; you: {match.substitute}"
        # a substitute only listed is said as listed, never as held (issue 12, blind review)
        return f"not shown; your {_list_of(match)}: {match.listed_instead}" if match.listed_instead else "not shown"
    if match.strength is Strength.LISTED and match.outside_work:
        return "outside work only"
    if match.strength is Strength.LISTED and match.title_only:
        return "title only: check"  # a title is no demonstration, nor is it "not shown" (issue 12)
    if match.strength is Strength.LISTED and match.listed_in:
        # named in a role's own technology line: evidence of that role, not of the skills list (issue 12)
        held = f"listed in your {match.listed_in} role"
        return f"{held}, as {through}" if through else held
    return f"{match.strength.value}, as {through}" if through else match.strength.value


def _list_of(match: SkillMatch) -> str:
    """The list that names a skill: a role's technology list or the skills list (issue 12)."""
    if match.listed_in:
        return f"{match.listed_in} role's technology list"
    return "skills list" if in_skills_list(match) else "résumé, in passing"


def _docx_checklist(document: Any, brief: Brief) -> None:
    document.add_heading("Checklist", level=1)
    for item in brief.checklist:
        document.add_paragraph(f"☐ {item.text}")
    hour = "; ".join(f"{t.time} {t.topic.lower()}" for t in brief.timing)
    _docx_para(document, ("How the hour usually runs: ", "b"), (f"{hour}.", ""))


def _docx_appendix(document: Any, brief: Brief, view: dict[str, Any]) -> None:
    """The appendix, reading warnings included: a misread document must be as visible here as in the PDF."""
    r = brief.resume
    document.add_heading("Appendix: how this brief was made", level=1)
    _docx_para(document, (_SKIP_SAID, "i"))
    _docx_para(document, ("How the match is scored. ", "b"), (_score_means(brief.fit), ""))
    _docx_table(
        document,
        ("Part", "Interviewer", "Your match", "Its share of the figure", "What the posting says of it"),
        (
            *((SKILLS_PART, "Both", str(brief.fit.skills_score), f"{brief.fit.skills_share}%", SKILLS_SAID)
              for _ in range(brief.fit.skills_score is not None)),
            *((row["fit"].area.title, group["interviewer"].title, str(row["fit"].score), f"{row['share']}%",
               row["said"])
              for group in view["groups"]
              for row in group["rows"] if row["share"]),
        ),
    )
    for label, said, warnings in view["reading"]:
        _docx_para(document, (f"{label}: ", "b"), (said + (" Could not read or doubted:" if warnings else ""), ""))
        for warning in warnings:
            document.add_paragraph(warning, style="List Bullet")
    if r.years_experience is not None:
        document.add_paragraph(_years_counted(brief))
    if brief.pitch.sources:
        _docx_para(document, (f"Your pitch is drawn from: {' · '.join(brief.pitch.sources)}", "i"))
    _docx_para(document, ("What tailor checked, and what it cannot. ", "b"), (view["audit_checks"], ""))
    for note in brief.audit:
        document.add_paragraph(f"{note.part}: “{note.text}” ({note.reason})", style="List Bullet")
    document.add_paragraph(_AUDIT_CANNOT)


_SKIP_SAID = (
    "You can skip this: it says how tailor read, scored and checked your documents, not what to say at the call."
)


def _fixed_zip_times(data: bytes, date: dt.date) -> bytes:
    """The same archive with every member dated `date`: python-docx stamps members with the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(max(date.year, 1980), date.month, date.day, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


# --- JSON ---------------------------------------------------------------------------------------


def brief_json(brief: Brief) -> dict[str, Any]:
    """The brief as the JSON contract the evaluation tooling reads (keys are part of the contract)."""
    return {
        "tailor_version": brief.version or __version__,
        "date": brief.date.isoformat(),
        "resume": _resume_json(brief),
        "posting": _posting_json(brief),
        "fit": _fit_json(brief),
        "snapshot": {
            "what": list(brief.snapshot.what),
            "stack": list(brief.snapshot.stack),
            "team": brief.snapshot.team,
            "reports_to": brief.snapshot.reports_to,
            "research": list(brief.snapshot.research),
        },
        "pitch": {"text": brief.pitch.text, "words": brief.pitch.words, "sources": list(brief.pitch.sources)},
        "star": [
            {
                "question": s.question,
                "assesses": s.assesses,
                "area": s.area.value,
                "stories": [_citation_json(c) for c in s.stories],
                "situation": s.situation,
                "task": s.task,
                "action": s.action,
                "result": s.result,
                "missing": list(s.missing),
            }
            for s in brief.star
        ],
        "questions": [
            {"text": q.text, "interviewer": q.interviewer.value, "area": q.area.value, "basis": q.basis}
            for q in brief.questions
        ],
        "checklist": [c.text for c in brief.checklist],
        "timing": [{"time": t.time, "topic": t.topic, "prepare": t.prepare} for t in brief.timing],
        "priorities": list(brief.priorities),
    }


def _resume_json(brief: Brief) -> dict[str, Any]:
    r, contact = brief.resume, brief.resume.contact
    return {
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "location": contact.location,
        "links": list(contact.links),
        "sections": [s.heading for s in r.sections if s.heading],  # not the untitled top (name, contact)
        "roles": [
            {
                "title": role.title,
                "company": role.company,
                "location": role.location,
                "start": role.start,
                "end": role.end,
                "internship": role.internship,
                "bullets": [b.text for b in role.bullets],
                "metrics": [[m.text for m in b.metrics] for b in role.bullets],
                "confidence": role.confidence,
            }
            for role in r.roles
        ],
        "doubtful": r.doubtful,
        # Implied skills are inferences, not claims the résumé makes; they appear in skills_detail only. So do
        # domains ("healthcare", "gaming"): the industry a candidate worked in is context for fit (a domain
        # jump), not a skill they hold; CANON.md counts a domain only where a posting asks for it (issue 13).
        # as the document spells each name (Skill.as_written); skills_detail keeps the taxonomy's name
        "skills": [
            s.as_written()
            for s in brief.resume_skills.items
            if s.strength is not Strength.IMPLIED and s.category.lower() != _DOMAIN
        ],
        "skills_detail": [_skill_json(s) for s in brief.resume_skills.items],
        "also_mentioned": list(brief.resume_skills.also_mentioned),
        # whole months over 12, to one decimal for the reader of the JSON; the brief's sentences say resume.years_said
        "years_experience": round(r.years_experience, 1) if r.years_experience is not None else None,
        "as_of": r.as_of.isoformat(),
        "report": _report_json(r.report),
    }


def _posting_json(brief: Brief) -> dict[str, Any]:
    p, items = brief.posting, brief.posting_skills.items
    return {
        "company": p.company,
        "title": p.title,
        "seniority": p.seniority.value,
        "location": p.location,
        "remote": p.remote,
        "about": list(p.about),
        "team": p.team,
        "reports_to": p.reports_to,
        # what the posting asks, responsibilities included, as CANON.md reads a posting; the brief's pages
        # show the duties apart (issue 12), and skills_duty says which they are
        "skills_required": [s.as_written() for s in items if s.need is Need.REQUIRED],
        "skills_duty": [s.as_written() for s in items if s.duty],
        "skills_nice": [s.as_written() for s in items if s.need is Need.NICE],
        "stack": [s.as_written() for s in items if s.need is Need.STACK],
        "skills_detail": [_skill_json(s) for s in items],
        "leadership_signals": list(p.leadership_signals),
        "report": _report_json(p.report),
    }


def _fit_json(brief: Brief) -> dict[str, Any]:
    fit = brief.fit
    return {
        "score": fit.score,
        "explanation": fit.explanation,
        "areas": [
            {
                "area": a.area.value,
                "title": a.area.title,
                "interviewer": a.area.interviewer.value,
                "weight": a.weight,
                "score": a.score,
                "explanation": a.explanation,
                "evidence": [_citation_json(c) for c in a.evidence],
                "skills": list(a.skills),
                "gaps": list(a.gaps),
            }
            for a in fit.areas
        ],
        "skills": [
            {
                "name": m.name,
                "need": m.need.value,
                "strength": m.strength.value if m.strength else None,
                "substitute": m.substitute,
                "alternatives": list(m.alternatives),
                "duty": m.duty,
                "through": list(m.through),
                "shown_by": _citation_json(m.shown_by) if m.shown_by else None,
                "say_how": m.say_how,
            }
            for m in fit.skills
        ],
        "scope": [_citation_json(c) for c in fit.scope],
        "seniority": {
            "posting": fit.seniority.posting.value,
            "candidate": fit.seniority.candidate.value,
            "verdict": fit.seniority.verdict,
        },
    }


def _skill_json(skill: Skill) -> dict[str, Any]:
    return {
        "name": skill.name,
        "category": skill.category,
        "strength": skill.strength.value if skill.strength else None,
        "need": skill.need.value if skill.need else None,
        "implied_by": list(skill.implied_by),
        "duty": skill.duty,
        "evidence": [_evidence_json(e) for e in skill.evidence],
    }


def _evidence_json(e: Evidence) -> dict[str, Any]:
    return {"line": e.line, "text": e.text, "matched": e.matched, "section": e.section.value, "rule": e.rule}


def _citation_json(c: Citation) -> dict[str, Any]:
    return {"text": c.text, "where": c.where, "line": c.line}


def _report_json(report: ReadingReport) -> dict[str, Any]:
    return {"kind": report.kind, "pages": report.pages, "found": list(report.found), "warnings": list(report.warnings)}


def render_page(template: str, date: dt.date, paper: str = "A4", **values: object) -> bytes:
    """A page of our own from one of the templates (the cohort summary), as PDF."""
    html = (
        _environment()
        .get_template(template)
        .render(**values, css=Markup(_read_template("brief.css")), page_size=_page_size(paper),
                date=date.isoformat(), version=__version__)
    )
    # its stylesheet inline: the cohort's own rules after it must keep winning by their place (see _stylesheet)
    return _write_pdf(html, date, parsed_ahead=False)
