"""Stage 2b, parse: Document -> Posting (company, title, seniority, sections, what the role asks, its scope).

Postings come from job boards, scrapes and careers pages, so nothing here trusts layout alone: headings are
found by vocabulary and shape, the company by agreeing cues, and aggregator noise is set aside first.
The vocabulary lives in tailor/data/posting.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from tailor.errors import ContentError
from tailor.language import foreign_language
from tailor.model import Document, Line, Posting, ReadingReport, Section, SectionKind, Seniority

_MIN_WORDS = 40
_SHORT_POSTING = 150
_HEADER_LINES = 6  # the title, company and location lines of a board's header sit within these
_LIST_KINDS = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE)
_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’+#&.-]*")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])")
_VERBS = (
    r"(?:lead|own|build|drive|design|develop|manage|define|partner|hire|mentor|grow|set|create|deliver|"
    r"establish|work|collaborate|oversee|scale|champion|implement|maintain|improve|ensure|help|support|"
    r"coach|run|foster|shape|represent|make|evolve|identify|communicate|conduct|provide|play|act|serve)s?"
)
_CLAUSE_RE = re.compile(
    r"(\s*;\s*|:\s+|\s[-–—]\s|,\s+(?=(?:while|including|which|ensuring|resulting|so that|as well as|in order to|"
    r"where|with|but)\b)|\s+(?=including\b)|,?\s+and\s+(?=" + _VERBS + r"\b)|,\s+(?=" + _VERBS + r"\b))"
)
_NAME = r"[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|&|of|de))*"


@dataclass(frozen=True)
class _Rules:
    headings: tuple[tuple[str, SectionKind], ...]  # longest phrase first
    job_words: re.Pattern[str]
    seniority: tuple[tuple[Seniority, re.Pattern[str]], ...]
    body_seniority: tuple[tuple[Seniority, re.Pattern[str]], ...]
    non_engineering_manager: re.Pattern[str]
    noise: re.Pattern[str]
    labels: dict[str, re.Pattern[str]]
    legal_suffixes: frozenset[str]
    not_company: frozenset[str]
    remote: re.Pattern[str]
    requirement: re.Pattern[str]
    responsibility: re.Pattern[str]
    nice: re.Pattern[str]
    about: re.Pattern[str]
    boilerplate: re.Pattern[str]
    eeo: re.Pattern[str]
    team: tuple[re.Pattern[str], ...]
    reports_to: re.Pattern[str]
    strong_signals: tuple[re.Pattern[str], ...]
    list_signals: tuple[re.Pattern[str], ...]
    stop_words: frozenset[str]
    hard: dict[str, re.Pattern[str]]
    duty_verbs: frozenset[str]
    individual_contributor: re.Pattern[str]
    people_manager: re.Pattern[str]
    group: re.Pattern[str]
    hiring_this_post: tuple[re.Pattern[str], ...]  # "We're hiring a ...": the company filling this post


def _any(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def _rules() -> _Rules:
    data = json.loads((files("tailor") / "data" / "posting.json").read_text(encoding="utf-8"))
    headings = [(p, SectionKind(kind)) for kind, phrases in data["headings"].items() for p in phrases]
    ci = re.IGNORECASE
    return _Rules(
        headings=tuple(sorted(headings, key=lambda h: -len(h[0]))),
        job_words=re.compile(r"\b(" + "|".join(map(re.escape, data["job_words"])) + r")s?\b", ci),
        seniority=tuple((Seniority(k), re.compile(p, ci)) for k, p in data["seniority"]),
        body_seniority=tuple((Seniority(k), re.compile(p, ci)) for k, p in data["body_seniority"]),
        non_engineering_manager=re.compile(data["non_engineering_managers"], ci),
        noise=_any(data["noise"]),
        labels={k: re.compile(p, ci) for k, p in data["labels"].items()},
        legal_suffixes=frozenset(data["legal_suffixes"]),
        not_company=frozenset(data["not_company"]),
        remote=re.compile(data["remote"], ci),
        requirement=re.compile(data["requirement_cues"], ci),
        responsibility=re.compile(data["responsibility_cues"], ci),
        nice=re.compile(data["nice_cues"], ci),
        about=re.compile(data["about_cues"], ci),
        boilerplate=re.compile(data["boilerplate"], ci),
        eeo=re.compile(data["eeo"], ci),
        team=tuple(re.compile(p, ci) for p in data["team"]),
        reports_to=re.compile(data["reports_to"], ci),
        strong_signals=tuple(re.compile(p, ci) for p in data["leadership"]["strong"]),
        list_signals=tuple(re.compile(p, ci) for p in data["leadership"]["list"]),
        stop_words=frozenset(data["stop_words"]),
        hard={k: re.compile(p, ci) for k, p in data["hard"].items() if not k.startswith("_")},
        duty_verbs=frozenset(data["duty_verbs"]),
        individual_contributor=_any(data["role_kind"]["individual_contributor"]),
        people_manager=_any(data["role_kind"]["people_manager"]),
        group=re.compile(data["group"], re.MULTILINE),  # case-sensitive: capitals tell a name ("the platform group")
        hiring_this_post=tuple(re.compile(p) for p in data["hiring_this_post"]),  # case as each pattern marks
    )


# --- the public entry point ---------------------------------------------------------------------


def parse_posting(doc: Document) -> Posting:
    """Read what a job posting says about the company, the role and the scope of its leadership."""
    if language := foreign_language(doc.text):
        # The vocabulary (headings, requirement cues, skills) is English: another language would give a
        # brief of empty sections that looks like a poor match, so refusing clearly serves the user better.
        raise ContentError(
            f"{doc.source}: the posting looks like {language}; tailor reads English documents: "
            "use the English version of the posting"
        )
    n_words = len(_WORD_RE.findall(doc.text))
    if n_words < _MIN_WORDS:
        raise ContentError(
            f"{doc.source}: the posting is too short to draft from ({n_words} words); paste the whole posting"
        )
    noise = _noise_lines(doc.lines)
    headings = _heading_lines(doc.lines, noise)
    sections = _sections(doc.lines, headings)
    title_at = _title_line(doc.lines, noise)
    company = _company(doc, noise, title_at, sections)
    title = _clean_title(doc.lines[title_at].text, company) if title_at is not None else _prose_title(doc.lines, noise)
    lists = _list_lines(doc.lines, sections, headings | noise)
    location, remote = _location(doc, title_at, company)
    posting_text = _text_without(doc.lines, noise)
    seniority = _seniority(title, posting_text)
    signals = _leadership_signals(doc.lines, sections, headings | noise)
    report = _report(doc, n_words, company, title, seniority, sections, lists)
    lists = {kind: without_legal(items) for kind, items in lists.items()}
    hard = _hard_requirements(doc.lines, sections, lists, headings | noise)
    return Posting(
        document=doc,
        company=company,
        title=title,
        seniority=seniority,
        sections=sections,
        report=report,
        location=location,
        remote=remote,
        about=without_legal(_about(doc.lines, sections, headings | noise | _just(title_at), company)),
        team=_team(posting_text),
        reports_to=_reports_to(posting_text),
        leadership_signals=without_legal(signals),
        responsibilities=lists[SectionKind.RESPONSIBILITIES],
        requirements=lists[SectionKind.REQUIREMENTS],
        nice_to_have=lists[SectionKind.NICE_TO_HAVE],
        team_about=_team_about(doc.lines, sections, headings | noise),
        **hard,
        level=_level(title),
        **_role_kind(doc.lines, headings | noise),
        group=_group(posting_text),
    )


def _just(index: int | None) -> frozenset[int]:
    return frozenset() if index is None else frozenset([index])


# --- noise and headings -------------------------------------------------------------------------


def _noise_lines(lines: Sequence[Line]) -> frozenset[int]:
    """Aggregator headers, editor toolbars, apply buttons and salary banners: not the posting's words."""
    rules = _rules()
    return frozenset(i for i, line in enumerate(lines) if rules.noise.search(line.text.strip()))


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return " ".join(re.findall(r"[a-z0-9&'+-]+", text))


def _heading_kind(text: str) -> SectionKind | None:
    """The section kind of the longest vocabulary phrase the heading contains."""
    norm = f" {_norm(text)} "
    return next((kind for phrase, kind in _rules().headings if f" {phrase} " in norm), None)


def _starts_with_vocabulary(text: str) -> bool:
    norm = _norm(text)
    words = norm.split()
    return any(norm.startswith(phrase) and len(words) <= len(phrase.split()) + 2 for phrase, _ in _rules().headings)


def _looks_like_heading(lines: Sequence[Line], i: int) -> bool:
    line = lines[i]
    text = line.text.strip()
    if line.heading:
        return True
    words = text.split()
    # "- Requirements:" set as a list item inside "The role": a label naming a list's kind starts that list, so
    # what follows is asked of the candidate, not a duty of the role (issue 12, blind review)
    if line.bullet and _is_label(text) and _heading_kind(text) in _LIST_KINDS:
        return True
    if line.bullet or not words or len(words) > 8 or len(text) > 80 or text[0].islower():
        return False
    if text.endswith(":"):
        return True
    if text.endswith(".") and not text.endswith("..."):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return True
    if _starts_with_vocabulary(text):
        return True
    followed_by_list = i + 1 < len(lines) and lines[i + 1].bullet
    return followed_by_list and len(words) <= 5 and _heading_kind(text) is not None


def _heading_lines(lines: Sequence[Line], noise: frozenset[int]) -> frozenset[int]:
    return frozenset(i for i in range(len(lines)) if i not in noise and _looks_like_heading(lines, i))


def _sections(lines: Sequence[Line], headings: frozenset[int]) -> tuple[Section, ...]:
    """Split the posting at its headings; an unknown sub-heading ("Team/People:") stays in its section."""
    starts: list[tuple[int, str, SectionKind]] = [(0, "", SectionKind.OTHER)]
    for i in sorted(headings):
        kind = _heading_kind(lines[i].text)
        current = starts[-1][2]
        text = lines[i].text.strip()
        weak = not lines[i].heading or text.endswith(":") or text.isupper()
        if kind is None and weak and current is not SectionKind.OTHER:
            continue
        starts.append((i + 1, lines[i].text.strip().rstrip(":").strip(), kind or SectionKind.OTHER))
    ends = [s[0] - 2 for s in starts[1:]] + [len(lines) - 1]
    return tuple(
        Section(heading, kind, first, end)
        for (first, heading, kind), end in zip(starts, ends, strict=True)
        if heading or end >= first
    )


def _list_lines(
    lines: Sequence[Line], sections: Sequence[Section], skip: frozenset[int]
) -> dict[SectionKind, tuple[str, ...]]:
    found: dict[SectionKind, list[str]] = {kind: [] for kind in _LIST_KINDS}
    for section in sections:
        if section.kind in found:
            found[section.kind].extend(_content(lines, section, skip))
    if not any(found.values()):
        found = _classify_items(_unheaded_items(lines, skip))
    return {kind: tuple(texts) for kind, texts in found.items()}


def _content(lines: Sequence[Line], section: Section, skip: frozenset[int]) -> list[str]:
    return [
        lines[i].text
        for i in range(section.first_line, section.last_line + 1)
        if i not in skip and not _is_label(lines[i].text)
    ]


def _is_label(text: str) -> bool:
    """A bullet that only names the group below it ("Technical Leadership:")."""
    return text.endswith(":") and len(text.split()) <= 5


def _unheaded_items(lines: Sequence[Line], skip: frozenset[int]) -> list[str]:
    items = [line.text for i, line in enumerate(lines) if line.bullet and i not in skip]
    if items:
        return items
    return [s for i, line in enumerate(lines) if i not in skip for s in _sentences(line.text)]


def _classify_items(items: Iterable[str]) -> dict[SectionKind, list[str]]:
    """Sort the list items of a posting without headings by the words they use."""
    rules = _rules()
    found: dict[SectionKind, list[str]] = {kind: [] for kind in _LIST_KINDS}
    for text in items:
        if rules.nice.search(text):
            found[SectionKind.NICE_TO_HAVE].append(text)
        elif rules.requirement.search(text):
            found[SectionKind.REQUIREMENTS].append(text)
        elif rules.responsibility.search(text):
            found[SectionKind.RESPONSIBILITIES].append(text)
    return found


# --- title and seniority ------------------------------------------------------------------------


def _title_line(lines: Sequence[Line], noise: frozenset[int]) -> int | None:
    """The first heading-like line near the top that names a job."""
    rules = _rules()
    top = [i for i in range(len(lines)) if i not in noise][:12]
    for i in top:
        if (m := rules.labels["title"].match(lines[i].text.strip())) and rules.job_words.search(m.group(2)):
            return i
    for i in top:
        text = lines[i].text.strip()
        if (
            len(text.split()) <= 14
            and not text.endswith(".")
            and not lines[i].bullet
            and rules.job_words.search(text)
            and not rules.labels["company"].match(text)
        ):
            return i
    return None


# "We're looking for a Principal Engineer to ...": a posting without a title line names the job in its prose
_PROSE_TITLE_RE = re.compile(
    r"\b(?:looking for|hiring|seeking|searching for|in search of)"
    r"(?: an?| our(?: first| next)?)? "
    r"((?:[A-Z][\w./&-]*,? )*[A-Z][\w./&-]*)"
)


def _prose_title(lines: Sequence[Line], noise: frozenset[int]) -> str | None:
    rules = _rules()
    for i in [i for i in range(len(lines)) if i not in noise][:12]:
        for m in _PROSE_TITLE_RE.finditer(lines[i].text):
            title = m.group(1).strip(" ,")
            if rules.job_words.search(title) and len(title.split()) <= 8:
                return title
    return None


def _clean_title(text: str, company: str | None) -> str:
    """Drop a label, a company and a location or salary part, but only where clearly set apart."""
    if m := _rules().labels["title"].match(text):
        text = m.group(2)
    if company and (m := re.match(rf"^\s*{re.escape(company)}\s*[:|–—-]\s+(.+)$", text)):
        text = m.group(1)
    # "Acme is hiring a VP of Engineering", "We're hiring: Staff Engineer", "Join us as our Head of ..."
    text = re.sub(
        r"^.{0,60}?\b(?:is|are|we're|were) hiring(?: an?| our)?:?\s+|^join (?:us|our team) as (?:an?|our)\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )
    pieces = re.split(r"(\s+(?:\||–|—|-|·|•|@|at)\s+)", text)
    title = pieces[0]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if not _is_title_noise(part, company):
            title += sep + part
    title = re.sub(r"\s*\((?:[^()]*\b(?:remote|hybrid|on-?site)\b[^()]*)\)\s*$", "", title, flags=re.IGNORECASE)
    return title.strip(" ,;:-|")


def _is_title_noise(part: str, company: str | None) -> bool:
    rules = _rules()
    if company and _company_key(part) == _company_key(company):
        return True
    if _company_key(part) in rules.not_company or re.search(r"[$€£]|\b\d+k\b", part):
        return True
    return bool(_is_location(part)) and not rules.job_words.search(part)


def _is_location(text: str) -> bool:
    text = text.strip().strip("()")
    if re.fullmatch(r"(?i)(fully |100% )?(remote|hybrid|on-?site|anywhere)\b.{0,40}", text):
        return True
    return bool(re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*, (?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)*)", text))


def _seniority(title: str | None, body: str) -> Seniority:
    """The level the title names; the body decides only when the title names none."""
    rules = _rules()
    if title:
        level = _title_seniority(title)
        if level is Seniority.IC_STAFF and re.search(r"(?i)\blead\b", title):
            # A tech lead who manages people is a manager in all but name.
            people = next(p for k, p in rules.body_seniority if k is Seniority.MANAGER)
            return Seniority.MANAGER if _affirmed(people, body) else level
        if level is not Seniority.OTHER:
            return level
    return next((k for k, p in rules.body_seniority if p.search(body)), Seniority.OTHER)


def _level(title: str | None) -> str | None:
    """The title up to its team or specialism: "Senior Engineering Manager, Payments" -> "Senior Engineering
    Manager"; "Head of Platform (Remote)" -> "Head of Platform". Only a piece that names a job is the level."""
    if not title:
        return None
    head = re.split(r"\s*[,(|]\s*|\s*[-–—]\s+", title, maxsplit=1)[0].strip()
    return head if _rules().job_words.search(head) else title


def _affirmed(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern matches in a sentence that does not deny it ("This is not a people management position")."""
    return any(
        not re.search(r"(?i)\b(?:not|no|never|without|isn't)\b", sentence)
        for line in text.splitlines()
        for sentence in _sentences(line)
        if pattern.search(sentence)
    )


def _title_seniority(title: str) -> Seniority:
    rules = _rules()
    for level, pattern in rules.seniority:
        if not pattern.search(title):
            continue
        if level is Seniority.MANAGER and rules.non_engineering_manager.search(title):
            continue
        return level
    return Seniority.OTHER


# --- company ------------------------------------------------------------------------------------


def _company_key(name: str) -> str:
    words = re.findall(r"[a-z0-9&]+", name.replace("’", "").replace("'", "").casefold())
    while words and words[-1] in _rules().legal_suffixes:
        words.pop()
    return " ".join(words)


def _company(doc: Document, noise: frozenset[int], title_at: int | None, sections: Sequence[Section]) -> str | None:
    """The hiring company: every cue votes with its trust, and the name the text repeats most wins ties."""
    votes: dict[str, float] = {}
    printed: dict[str, tuple[float, str]] = {}
    for name, weight in _company_cues(doc, noise, title_at, sections):
        name = _strip_name(name)
        key = _company_key(name)
        if not key or key in _rules().not_company or len(name.split()) > 5:
            continue
        votes[key] = votes.get(key, 0.0) + weight
        if weight > printed.get(key, (0.0, ""))[0]:
            printed[key] = (weight, name)
    if not votes:
        return None
    text = doc.text
    best = max(votes, key=lambda k: votes[k] + min(_mentions(printed[k][1], text), 6) * 0.5)
    return printed[best][1]


def _strip_name(name: str) -> str:
    name = name.strip(" ,:;!-–—|\"'“”")
    last = name.rsplit(" ", 1)[-1].rstrip(".").casefold()
    return name if last in _rules().legal_suffixes else name.rstrip(".")


def _mentions(name: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def _company_cues(
    doc: Document, noise: frozenset[int], title_at: int | None, sections: Sequence[Section]
) -> list[tuple[str, float]]:
    lines = doc.lines
    duties = _duty_lines(lines, sections)
    cues = _label_cues(lines) + _sentence_cues(doc.text)
    # a name-shaped opening is read only off lines that can speak of the company: "Report DORA metrics ..."
    # opens with capitals and a verb in -s like "Acme builds ...", but a duty names no employer
    cues += _opening_cues("\n".join(line.text for i, line in enumerate(lines) if i not in duties))
    cues += [(n, 6.0) for i, line in enumerate(lines) if i not in noise for n in _about_heading_names(line)]
    if title_at is not None:
        cues += _title_cues(lines, noise, title_at)
    return cues


def _label_cues(lines: Sequence[Line]) -> list[tuple[str, float]]:
    pattern = _rules().labels["company"]
    return [(m.group(2), 10.0) for line in lines if (m := pattern.match(line.text.strip()))]


def _about_heading_names(line: Line) -> list[str]:
    """ "About Acme" or "About Engineering at Acme" as a heading names the company."""
    text = line.text.strip().rstrip(":")
    m = re.match(rf"^About ({_NAME})$", text)
    if not m or len(text.split()) > 6:
        return []
    name = m.group(1)
    if " at " in name:
        name = name.rsplit(" at ", 1)[1]
    return [name]


def _sentence_cues(text: str) -> list[tuple[str, float]]:
    cues = [(m.group(1), 4.0) for m in re.finditer(rf"(?:^|[.!?]\s+|\n)At ({_NAME}),? (?:we|our|you)\b", text)]
    cues += [(m.group(1), 3.0) for m in re.finditer(rf"\bJoin ({_NAME})\b", text)]
    cues += [(m.group(1), 4.0) for m in re.finditer(rf"(?im)^.{{0,40}}\bposted by ({_NAME})\s*$", text)]
    return _named(cues)


def _opening_cues(text: str) -> list[tuple[str, float]]:
    """A sentence or paragraph whose subject is a name: "Acme is a ...", "Orbital Freight builds routing ..."."""
    cues = [(m.group(1), 3.0) for m in re.finditer(rf"(?:^|[.!?]\s+|\n)({_NAME}) is (?:a|an|the)\b", text)]
    cues += [
        (m.group(1), 3.0)
        for m in re.finditer(rf"(?:^|\n)({_NAME}) (?:(?!is\b)[a-z]+s|has)\s+[a-z]", text)
        if m.group(1).casefold() not in {"we", "it", "this", "our"} and len(m.group(1).split()) <= 4
    ]
    return _named(cues)


def _named(cues: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return [(name, weight) for name, weight in cues if not re.match(r"(?i)(the|this|our|we|it|that)\b", name)]


def _duty_lines(lines: Sequence[Line], sections: Sequence[Section]) -> frozenset[int]:
    """Lines under a duties or requirements heading, and lines that open with a duty's imperative verb."""
    listed = {i for s in sections if s.kind in _LIST_KINDS for i in range(s.first_line, s.last_line + 1)}
    verbs = _rules().duty_verbs
    led = {i for i, line in enumerate(lines) if (w := line.text.split(maxsplit=1)) and w[0].casefold() in verbs}
    return frozenset(listed | led)


def _title_cues(lines: Sequence[Line], noise: frozenset[int], title_at: int) -> list[tuple[str, float]]:
    """The line under (or above) the title on a board's header, and "Title at Company"."""
    rules = _rules()
    cues: list[tuple[str, float]] = []
    title = lines[title_at].text.strip()
    if m := re.search(rf"\s(?:at|@)\s({_NAME})$", title):
        cues.append((m.group(1), 5.0))
    for part in re.split(r"\s+[|–—-]\s+", title)[1:]:
        if not rules.job_words.search(part) and not _is_location(part):
            cues.append((part, 2.0))
    after = [i for i in range(title_at + 1, min(title_at + 4, len(lines))) if i not in noise]
    if after and (name := _header_name(lines[after[0]].text)):
        cues.append((name, 5.0))
    before = [i for i in range(max(0, title_at - 3), title_at) if i not in noise]
    for weight, i in zip((4.0, 3.0, 2.0), reversed(before), strict=False):
        if name := _header_name(lines[i].text):
            cues.append((name, weight))
            break
    return cues


def _header_name(text: str) -> str | None:
    """The company on a board's header line: "Acme", or the first piece of "Acme · New York, NY (Hybrid)"."""
    pieces = [re.sub(r"(?i)^posted by\s+", "", p.strip()) for p in re.split(r"\s+[·•|]\s+", text.strip())]
    # an aside after the name ("Acme (Series B, 120 people)") says something about it, not what it is called
    pieces = [re.sub(r"(?<=\S)\s+\([^()]*\)$", "", p) for p in pieces]
    names = [p for p in pieces if _looks_like_name(p) and _company_key(p) not in _rules().not_company]
    return names[0] if names and (len(pieces) == 1 or names[0] in (pieces[0], pieces[-1])) else None


def _looks_like_name(text: str) -> bool:
    rules = _rules()
    # a company's name capitalises its words; a tagline under it ("Product analytics for mobile games") does not
    lower = [w for w in text.split() if len(w) > 3 and w[:1].islower()]
    return (
        0 < len(text.split()) <= 5
        and text[:1].isupper()
        and not text.endswith((".", ":"))
        and not lower
        and not re.search(r"\d|[$€£🌎]", text)
        and not _is_location(text)
        and not rules.job_words.search(text)
        and _heading_kind(text) is None
    )


# --- location, about, team, reporting line ------------------------------------------------------


def _location(doc: Document, title_at: int | None, company: str | None) -> tuple[str | None, bool]:
    rules = _rules()
    start = title_at if title_at is not None else 0
    header = [line.text.strip() for line in doc.lines[start : start + _HEADER_LINES]]
    title_parts = re.split(r"\s+[|–—-]\s+|\s*[()]\s*", header[0])[1:] if title_at is not None else []
    candidates = [*header[1:], *title_parts] if title_at is not None else header
    location = next((loc for text in candidates if (loc := _header_location(text, company))), None)
    if location is None:
        location = next(
            (
                m.group(2).strip()
                for line in doc.lines
                if (m := rules.labels["location"].match(line.text.strip()))
                and not m.group(2).strip().endswith(":")
                and len(m.group(2).split()) <= 8
            ),
            None,
        )
    remote = bool(location and rules.remote.search(location)) or any(rules.remote.search(t) for t in header[1:])
    body_remote = re.search(
        r"(?i)\b(fully remote|remote-first|remote first|remote position|remote role|100% remote|remote-friendly|"
        r"work from anywhere|li-remote|hybrid (role|position|work))\b",
        doc.text,
    )
    return location, remote or bool(body_remote)


def _header_location(text: str, company: str | None) -> str | None:
    if "🌎" in text:
        return text.split("🌎", 1)[1].strip() or None
    if company and text == company:
        return None
    return text if _is_location(text) else None


def _about(
    lines: Sequence[Line], sections: Sequence[Section], skip: frozenset[int], company: str | None = None
) -> tuple[str, ...]:
    """Up to four sentences saying what the company does, from its about section or the opening."""
    rules = _rules()
    pool = [s for s in sections if s.kind is SectionKind.ABOUT] + [
        s for s in sections[:2] if s.kind is SectionKind.OTHER
    ]
    sentences = [
        s
        for section in pool
        for i in range(section.first_line, section.last_line + 1)
        if i not in skip and len(lines[i].text.split()) > 6
        for s in _sentences(lines[i].text)
    ]
    chosen = [s for s in sentences if rules.about.search(s) and not rules.boilerplate.search(s)]
    if company:
        # "Kilnworth automates accounts receivable for ...": the company as subject says best what it does
        own = [
            s
            for section in sections
            for i in range(section.first_line, section.last_line + 1)
            if i not in skip
            for s in _sentences(lines[i].text)
            if _company_subject(s, company)
            and not rules.eeo.search(s)
            and not rules.boilerplate.search(s)
            and not re.search(r"(?i)\b(?:committed|proud|equal|diverse|inclusive)\b", s)
        ]
        chosen = list(dict.fromkeys(own[:1] + chosen))
    return tuple(chosen[:4])


def _company_subject(sentence: str, company: str) -> bool:
    """The sentence opens with the company's name and a verb: "Acme builds ...", "Acme is the ..."."""
    m = re.match(rf"{re.escape(company)}(?:,? (?:Inc|LLC|Ltd)\.?)? ([a-z]+)\b", sentence)
    return m is not None and (m.group(1).endswith("s") or m.group(1) in {"has", "was"}) and len(sentence.split()) > 5


def _team(text: str) -> str | None:
    hits = [m for p in _rules().team for m in p.finditer(text)]
    if not hits:
        return None
    # the earliest statement; of two at one place the longer keeps the team's shape ("11 engineers and two leads")
    best = min(hits, key=lambda m: (m.start(), -m.end()))
    # a pattern that needs the verb to tell the team from a requirement marks the team's own words
    return (best.group("team") if "team" in best.re.groupindex else best.group(0)).strip()


def _role_kind(lines: Sequence[Line], skip: frozenset[int]) -> dict[str, Any]:
    """Whether the posting says the role manages people, and the sentence that says so, as printed: an individual
    contributor's phrase first, as "not a people-management role" names management too. None when it says
    neither (a manager's title alone is the level, read elsewhere)."""
    rules = _rules()
    sentences = [s for i, line in enumerate(lines) if i not in skip and not rules.eeo.search(line.text)
                 for s in _sentences(line.text)]
    for manages, pattern in ((False, rules.individual_contributor), (True, rules.people_manager)):
        said = next((s for s in sentences if pattern.search(s)), None)
        if said is not None:
            return {"people_manager": manages, "role_kind_said": said}
    return {}


def _group(text: str) -> str | None:
    """The named group the team sits in, as printed: "Claims Platform group"."""
    match = _rules().group.search(text)
    return " ".join(match.group("group").split()) if match else None


def _reports_to(text: str) -> str | None:
    """Who the role reports to ("the CEO", "the VP of Engineering, Platform"), without the verb."""
    m = _rules().reports_to.search(text)
    if not m:
        return None
    who = re.sub(r"(?i)^report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to:?\s+", "", m.group(0).strip())
    # a comma the pattern stops at may still be part of the title: "the VP of Engineering, Platform and ..."
    if more := re.match(r",\s*([A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|&))*)(?=\s+and\b|\s*[.;,)]|\s*$)", text[m.end() :]):
        who += ", " + more.group(1)
    return who.strip() or None


# --- what a hiring manager states besides skills (issue 12.3) ----------------------------------


def without_legal(lines: Iterable[str]) -> tuple[str, ...]:
    """Equal-opportunity, benefits and legal text never feeds the pitch, the questions or the snapshot."""
    rules = _rules()
    return tuple(line for line in lines if not rules.eeo.search(line))


def _hard_requirements(
    lines: Sequence[Line],
    sections: Sequence[Section],
    lists: dict[SectionKind, tuple[str, ...]],
    skip: frozenset[int],
) -> dict[str, Any]:
    """Years asked, years managing, degree, certifications, travel, work authorisation, remote policy and the scale
    and ownership asked (a team size, a budget, vendors), each as the posting states it; a fact the posting does not
    state stays None."""
    hard = _rules().hard
    benefits = {i for s in sections if s.kind is SectionKind.BENEFITS for i in range(s.first_line, s.last_line + 1)}
    body = [line.text for i, line in enumerate(lines) if i not in skip]
    asked = [*lists[SectionKind.REQUIREMENTS]] or body
    years, managing = _years_asked(asked)
    sentences = [
        s for i, line in enumerate(lines) if i not in skip and i not in benefits for s in _sentences(line.text)
    ]

    def first(key: str, pool: Iterable[str]) -> str | None:
        return next((_short(s) for s in pool if hard[key].search(s)), None)

    return {
        "years_asked": years,
        "years_managing_asked": managing,
        "degree_asked": first("degree", asked),
        "certifications_asked": tuple(s for s in asked if hard["certification"].search(s)),
        "travel": first("travel", sentences),
        # Read from the legal text too ("does not sponsor visas"), but not from its list of protected grounds.
        "authorisation": first("authorisation", [s for line in body for s in _sentences(line) if not _grounds(s)]),
        "remote_policy": _place_part(
            _remote_policy(sentences, [*lists[SectionKind.REQUIREMENTS], *lists[SectionKind.NICE_TO_HAVE]])
        ),
        "package": _package(  # the header states pay too
            [s for line in lines for s in _sentences(line.text)],
            [lines[i].text for i in sorted(benefits) if i not in skip and lines[i].bullet],
        ),
        # what the role will own is asked in its duties as often as in its requirements ("Lead an org of 40+")
        **{key: _asked_clause(hard[rule], [*asked, *lists[SectionKind.RESPONSIBILITIES]])
           for key, rule in _OWNERSHIP.items()},
    }


_OWNERSHIP = {"team_size_asked": "team_asked", "budget_asked": "budget", "vendors_asked": "vendors"}


def _asked_clause(rule: re.Pattern[str], lines: Iterable[str]) -> str | None:
    """What the first line the rule finds asks, from the match to the end of its clause: "12+ years ..., and
    experience running an engineering organization of 50 or more people" -> "running an engineering organization of
    50 or more people" (its own row says only what it asks, in a narrow column)."""
    for line in lines:
        found = rule.search(line)
        if found is not None:
            ends = [i for i in (line.find(sep, found.end()) for sep in (", ", "; ")) if i >= 0]
            return _short(line[found.start() : min(ends, default=len(line))]).rstrip(".")
    return None


def _package(sentences: list[str], benefits: list[str]) -> tuple[str, ...]:
    """The salary sentence, then the equity one when said apart, as printed, then every other item of the benefits
    list, each briefly: "Package: Competitive equity" for a list that also gave unlimited paid time off read as all
    the posting offers (issue 12, grounding check). The benefits section is where a posting states its pay, so it is
    read here (never the equal-opportunity text: "diversity, equity and ...")."""
    rules = _rules()
    pay = [s for s in sentences if not rules.eeo.search(s)]
    salary = next((s for s in pay if rules.hard["salary"].search(s)), None)
    equity = next((s for s in pay if rules.hard["equity"].search(s)), None)
    said = [salary] if salary else []
    if equity and not (salary and rules.hard["equity"].search(salary)):
        said.append(equity)
    # the pay and equity are said above, as printed: an item restating either is not said twice
    restated = [rules.hard["salary"], *([rules.hard["equity"]] if equity else [])]
    items = [_brief_item(i) for i in benefits if not rules.eeo.search(i) and not any(r.search(i) for r in restated)]
    return tuple(dict.fromkeys([*(_short(s.strip(" -*•·")).rstrip(".") for s in said), *(i for i in items if i)]))


def _brief_item(item: str) -> str:
    """A benefit said briefly: its first sentence, cut before its detail ("with 100% of premiums paid ...") when
    it runs long."""
    text = _sentences(re.sub(r"^[-*•·]\s*", "", item.strip()))[0].strip().rstrip(".;:") if item.strip() else ""
    if len(text.split()) <= _BENEFIT_ITEM_WORDS:
        return text
    detail = re.search(r",?\s(?:with|for|including|plus|so|to|toward|towards|through|from|where|and a|and an)\s", text)
    head = text[: detail.start()] if detail else ""
    if 2 <= len(head.split()) <= _BENEFIT_ITEM_WORDS:
        return head
    # else its items up to the last list break that fits ("18 weeks of paid parental leave" of "… leave and
    # fertility benefits"); never a cut mid-phrase with an ellipsis
    opening = " ".join(text.split()[: _BENEFIT_ITEM_WORDS + 1])
    breaks = [m.start() for m in re.finditer(r",\s|\s(?:and|or)\s", opening) if len(opening[: m.start()].split()) >= 2]
    return text[: breaks[-1]] if breaks else text


_BENEFIT_ITEM_WORDS = 7  # "briefly": the call sheet holds the whole package on its line


def _grounds(sentence: str) -> bool:
    """A sentence listing the grounds an employer may not discriminate on ("race, religion, citizenship")."""
    grounds = r"(?i)\b(?:race|religion|colou?r|sex|gender|age|disability|veteran|orientation)\b"
    return len(re.findall(grounds, sentence)) >= 2


def _years_asked(lines: Iterable[str]) -> tuple[int | None, int | None]:
    """ "12+ years in software engineering, including 5+ leading managers" -> (12, 5)."""
    hard = _rules().hard
    years: int | None = None
    managing: int | None = None
    for line in lines:
        spans = [(m.start(), m.end()) for m in hard["managing"].finditer(line)]
        if spans and managing is None:
            managing = int(hard["managing"].search(line).group(1))  # type: ignore[union-attr]
        for m in hard["years"].finditer(line):
            if years is None and not any(a <= m.start() < b for a, b in spans):
                years = int(m.group(1))
    return years, managing


def says_work_mode(text: str) -> bool:
    """ "Remote (Europe)", "Hybrid, 3 days in the office": words on how the work is done, not only where."""
    return _rules().hard["work_mode"].search(text) is not None


def asks_years_managing(text: str) -> bool:
    """ "5+ years managing engineers", "3 years as an engineering manager": years of leading people, not of work."""
    return _rules().hard["managing"].search(text) is not None


def years_managing_said(text: str) -> re.Match[str] | None:
    """Where a line says years of leading people ("8 years leading teams"), its figure in group 1."""
    return _rules().hard["managing"].search(text)


def _remote_policy(sentences: Sequence[str], asked: Sequence[str]) -> str | None:
    """Where the work is done, as the posting says it. A sentence of its own saying so ("You will work from our
    Austin office three days a week") wins over a short tag printed above it ("Remote; United States"): a job
    board's tag can contradict the posting's words, and the words are the employer's (issue 12, blind review).
    A requirement ("Excellent written communication for a remote team") asks about the candidate, not the job."""
    hard = _rules().hard
    said = [s for s in sentences if hard["remote_policy"].search(s)]
    asks = {_short(line) for line in asked}
    stated = (
        s for s in said
        if len(s.split()) >= _STATEMENT_WORDS and hard["work_mode"].search(s) and _short(s) not in asks
    )
    chosen = next(stated, said[0] if said else None)
    return _short(chosen) if chosen else None


_STATEMENT_WORDS = 7  # "Remote; United States" or "Hybrid (NYC)" is a tag; a sentence saying where runs longer


def _place_part(line: str | None) -> str | None:
    """ "Acme · New York, NY or Remote (Americas) · Series B" -> "New York, NY or Remote (Americas)": a header
    line's parts that say where the work is."""
    if line is None:
        return None
    hard = _rules().hard
    parts = [p.strip() for p in re.split(r"\s+[·|•–—]\s+", line)]
    kept = " · ".join(p for p in parts if hard["remote_policy"].search(p) or re.search(r",\s*[A-Z]{2}\b", p)) or line
    inside = re.search(r"\(([^)]*)\)", kept)
    # "Head of Platform (Remote, US)": the place is in the brackets when the words before it are the job title
    before = kept[: inside.start()] if inside else ""
    words_before_are_no_place = "," not in before and not hard["remote_policy"].search(before)
    if inside and words_before_are_no_place and hard["remote_policy"].search(inside.group(1)):
        return inside.group(1)
    return kept


def _short(sentence: str, words: int = 24) -> str:
    text = re.sub(r"^[-*•·]\s*", "", sentence.strip())
    split = text.split()
    return text if len(split) <= words else " ".join(split[:words]).rstrip(",;:") + "…"


def _team_about(lines: Sequence[Line], sections: Sequence[Section], skip: frozenset[int]) -> tuple[str, ...]:
    """The sentences of an "About the team" section: who the candidate would work with."""
    team = _rules().hard["team_heading"]
    return without_legal(
        s
        for section in sections
        if section.kind is SectionKind.ABOUT and team.search(section.heading)
        for i in range(section.first_line, section.last_line + 1)
        if i not in skip
        for s in _sentences(lines[i].text)
    )[:4]


# --- leadership signals -------------------------------------------------------------------------


def _leadership_signals(lines: Sequence[Line], sections: Sequence[Section], skip: frozenset[int]) -> tuple[str, ...]:
    """Clauses that show the scope of leadership: list items with any cue, prose with a strong one.

    A posting without list sections (one pasted paragraph) is read as one long list.
    """
    rules = _rules()
    unlisted = not any(s.kind in _LIST_KINDS for s in sections)
    found: list[str] = []
    for section in sections:
        if not _scope_section(section):
            continue
        for i in range(section.first_line, section.last_line + 1):
            text = lines[i].text
            # A paragraph under a list heading is prose ("Please note that we welcome candidates...").
            listed = unlisted or (section.kind in _LIST_KINDS and (lines[i].bullet or len(text.split()) <= 30))
            if i in skip or rules.eeo.search(text) or (not listed and rules.boilerplate.search(text)):
                continue
            found.extend(_signal_phrases(text, listed, prose=not lines[i].bullet))
    return _dedupe(found)


def _scope_section(section: Section) -> bool:
    """Benefits and stack say nothing of scope; an about section only when it is about the team."""
    if section.kind in (SectionKind.BENEFITS, SectionKind.STACK):
        return False
    return section.kind is not SectionKind.ABOUT or bool(re.search(r"(?i)\b(team|engineering)\b", section.heading))


def without_hiring_this_post(text: str) -> str:
    """The text with the words by which the company says it is filling this post ("We're hiring a ...", "looking to
    hire someone") blanked: the company's hiring is no hiring the role does (posting.json hiring_this_post)."""
    for pattern in _rules().hiring_this_post:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _signal_phrases(text: str, listed: bool, prose: bool) -> list[str]:
    rules = _rules()
    cues = rules.strong_signals + rules.list_signals if listed else rules.strong_signals
    phrases = []
    for sentence in _sentences(text):
        for clause in _clauses(sentence):
            # cues read with the company's own hiring blanked, at the same places, so a clause keeps its words
            read = without_hiring_this_post(clause)
            hits = [m.start() for p in cues if (m := p.search(read))]
            if hits:
                phrases.append(_trim(clause, min(hits), prose))
    return [p for p in phrases if 3 <= len(p.split()) <= 15]


def _clauses(sentence: str) -> list[str]:
    """Split at clause boundaries; a piece too short to stand alone stays with the next one."""
    pieces = _CLAUSE_RE.split(sentence)
    clauses: list[str] = []
    carry = ""
    for sep, part in zip(["", *pieces[1::2]], pieces[0::2], strict=True):
        text = (carry + sep + part) if carry else part.strip()
        carry = text if len(text.split()) < 3 else ""
        if text.strip() and not carry:
            clauses.append(text.strip())
    return clauses + ([carry.strip()] if carry.strip() else [])


def _trim(clause: str, cue_at: int, prose: bool) -> str:
    """Drop a sentence's subject ("The manager is", "We are seeking X to") and cut a long clause near its cue."""
    subject = [m.end() for m in re.finditer(r"(?i)\b(?:is|are|will|to|you'll|we're)\s", clause[:cue_at])]
    if prose and subject and len(clause[subject[-1] :].split()) >= 3:
        clause = clause[subject[-1] :]
        cue_at -= subject[-1]
    lead = re.match(r"(?i)^(?:(?:and|or|but|while|including|with|you(?:'ll| will)?|also|will|have|has|to)\s+)+", clause)
    if lead and len(clause[lead.end() :].split()) >= 3:
        clause, cue_at = clause[lead.end() :], cue_at - lead.end()
    words = clause.split()
    if len(words) <= 15:
        return clause.strip().rstrip(".,")
    start = min(len(clause[: max(cue_at, 0)].split()), len(words) - 8)
    # the clause's end when it is near ("as we go from Series B to Series C", not "... Series B to"); else
    # twelve words, never stopping on a word that needs the next
    end = len(words) if len(words) - start <= 15 else start + 12
    while end > start + 3 and _OPEN_WORD.fullmatch(words[end - 1]):
        end -= 1
    return " ".join(words[start:end]).rstrip(".,")


_OPEN_WORD = re.compile(
    r"(?i)(?:a|an|the|and|or|of|to|for|with|from|by|in|on|at|as|into|across|via|our|your|its|their|we|you|that|"
    r"which|who|while|than|per|[,;:–—-].*|.*[,;:])"
)


def _dedupe(phrases: Iterable[str]) -> tuple[str, ...]:
    kept: list[str] = []
    seen: list[set[str]] = []
    for phrase in phrases:
        words = set(_norm(phrase).split())
        if any(len(words & other) / max(len(words), 1) > 0.8 for other in seen):
            continue
        kept.append(phrase)
        seen.append(words)
    return tuple(kept)


# --- text helpers and the reading report --------------------------------------------------------


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.split(text) if s.strip()]


def _text_without(lines: Sequence[Line], skip: frozenset[int]) -> str:
    return "\n".join(line.text for i, line in enumerate(lines) if i not in skip)


def _looks_english(text: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    if len(words) < _MIN_WORDS:
        return True
    return sum(w in _rules().stop_words for w in words) / len(words) >= 0.12


def _report(
    doc: Document,
    n_words: int,
    company: str | None,
    title: str | None,
    seniority: Seniority,
    sections: Sequence[Section],
    lists: dict[SectionKind, tuple[str, ...]],
) -> ReadingReport:
    found = [
        f"company: {company}" if company else "",
        f"title: {title}" if title else "",
        f"seniority: {seniority.value}",
        f"{sum(1 for s in sections if s.heading)} sections",
        f"{len(lists[SectionKind.RESPONSIBILITIES])} responsibilities",
        f"{len(lists[SectionKind.REQUIREMENTS])} requirements",
        f"{len(lists[SectionKind.NICE_TO_HAVE])} nice-to-haves",
    ]
    warnings = list(doc.warnings)
    warnings += ["no company name found"] if company is None else []
    warnings += ["no job title found"] if title is None else []
    if not any(s.kind is SectionKind.REQUIREMENTS for s in sections):
        warnings.append("no requirements section found; requirements were guessed from the wording")
    if n_words < _SHORT_POSTING:
        warnings.append(f"the posting is very short ({n_words} words)")
    if not _looks_english(doc.text):
        warnings.append("the posting does not look like English; results may be poor")
    return ReadingReport(
        kind=doc.kind.value, pages=doc.pages, found=tuple(f for f in found if f), warnings=tuple(warnings)
    )
