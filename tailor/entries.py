"""Part of parse: the lines of experience sections -> roles (entries anchored at dates, fields assigned by score).

An entry is anchored at a line holding dates. Its header is that line's other words and the short lines just
above or below it. Each piece of the header ("Acme Corp", "Staff Engineer", "Boston, MA") is scored as a
title, an organisation and a place from lexicons in tailor/data/ (resume.json, places.json), and the pieces
are assigned by score; where the words say nothing, the other entries of the same section decide (if five
entries put the title second, the sixth does too). Each role says how sure reading is of it (Role.confidence).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from tailor.dates import Dates, find_dates
from tailor.model import Bullet, Line, Role, Section, SectionKind

INTERNSHIP_RE = re.compile(
    r"(?i)\bintern(ship)?\b|trainee|apprentice|student|undergraduate|\bteaching assistant|research assistant|"
    r"\bT\.?A\.?\b|graduate assistant|co-?op\b|summer"
)
# A role read with less than this is doubtful. From the dev and holdout sets, the template corpus and
# tests/test_resume.py: roles read right score 0.7 or more (0.7 when no title is printed, as gold allows;
# 1 role in 817 scored 0.5); a role missing title and company, or with a title or a town for its company,
# scores 0.5 or less.
LOW_CONFIDENCE = 0.6

# Where a header line splits into pieces: " | ", " · ", " – ", " - ", " at ", " as ", "Title- City", "---", tabs.
_SPLIT_RE = re.compile(
    r"\s+\|\s+|\s+[•·@]\s+|\s+[–—]\s+|\s+-\s+|(?<=[a-z)])-\s+(?=[A-Z])|\s+at\s+|\s+as\s+(?=[A-Z])|-{3,}|\s{2,}|\t"
)
# "Senior Engineer → Engineering Manager" is one title (a promotion); "Google ⇒ Senior Engineer" parts two pieces
_ARROWS_RE = re.compile(r"(?<=[\w)])\s*[➡⇒→]\s*(?=\w)")
_DECOR_RE = re.compile(r"[➡⬅⬇⬆⇒→←↓↑]+")  # arrows that only decorate
_DURATION_RE = re.compile(r"(?i)\(\s*\)|[(·]?\s*\d+\s*(yrs?|mos?|years?|months?)\b[^)|]*\)?")
_LABEL_RE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,20}?)\s*:(?:\s|$)")  # "Role: Lead developer", "Client: ..."
# "Denver, CO", "London, United Kingdom", "Remote", "Berlin · Remote": a place line under a role header.
LOCATION_RE = re.compile(
    r"(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)?){1,2}"
    r"(?:\s*[·|(]\s*(?:Remote|Hybrid|On-?site)\)?)?|Remote|Hybrid)"
)
_OPEN_END_RE = re.compile(
    r"(?i)(?:[,(/&+–—-]|\b(?:of|a|an|the|and|or|to|with|for|in|on|from|by|over|into|at|as|than|"
    r"via|across|per|up|our|its|their|while|which|that|who|using|including))$"
)


# --- lexicons ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    titles: frozenset[str]
    seniority: frozenset[str]
    org_suffixes: frozenset[str]
    org_words: frozenset[str]
    not_a_role: frozenset[str]
    not_a_role_labels: frozenset[str]
    membership_titles: frozenset[str]
    action_verbs: frozenset[str]
    degrees: frozenset[str]
    cities: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]
    region_codes: frozenset[str]
    remote: frozenset[str]
    sentence_leads: frozenset[str]
    venture_titles: frozenset[str]
    venture_notes: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    def load(name: str) -> dict[str, list[str]]:
        data: dict[str, list[str]] = json.loads((files("tailor") / "data" / name).read_text(encoding="utf-8"))
        return data

    words, places = load("resume.json"), load("places.json")

    def lower(values: list[str]) -> frozenset[str]:
        return frozenset(v.lower() for v in values)

    return _Lexicon(
        lower(words["title_words"]),
        lower(words["seniority_words"]),
        lower(words["org_suffixes"]),
        lower(words["org_words"]),
        lower(words["not_a_role"]),
        lower(words["not_a_role_labels"]),
        lower(words["membership_titles"]),
        lower(words["action_verbs"]),
        lower(words["degree_words"]),
        lower(places["cities"]),
        lower(places["countries"]),
        lower(places["regions"]),
        frozenset(places["region_codes"]),
        lower(places["remote"]),
        lower(words["sentence_lead_words"]),
        lower(words["own_venture_titles"]),
        lower(words["own_venture_notes"]),
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _prose(text: str) -> bool:
    """An achievement, not a header: it opens with an action verb ("Rewrote the booking flow in Kotlin")
    or runs on past a semicolon."""
    words = text.split()
    return bool(words) and (words[0].lower().strip(",.") in _lexicon().action_verbs or "; " in text)


_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "in", "at", "on", "to", "de", "la", "du", "des", "und"})


def _lower_words(text: str) -> int:
    """Words of three letters or more printed in lower case, function words aside ("Academia.edu" is none)."""
    words = (t.strip(",;:()\"'") for t in text.split())
    return sum(1 for w in words if len(w) >= 3 and w.isalpha() and w.islower() and w not in _FUNCTION_WORDS)


def title_like(text: str) -> bool:
    """The text holds a job-title word ("Engineer", "Director", "Intern")."""
    return any(w in _lexicon().titles for w in _words(text))


# Words that join the capitalised words of one name: "Head of Engineering", "Procter & Gamble", "Bank of America".
_NAME_JOINS = frozenset({"of", "and", "&", "for", "the", "de", "la", "du", "des", "und"})
_AT_RE = re.compile(r"\s(?:at|@)\s")
# A role read from a sentence, not a header: the lowest confidence that still drafts, so the brief is written and
# the reading report says how the role was read.
SENTENCE_CONFIDENCE = LOW_CONFIDENCE


def sentence_post(text: str) -> tuple[str, str, int] | None:
    """The title and the organisation a sentence names around "at" ("He is a Technical Director at Acme Robotics,
    where he leads ...", "Currently Head of Engineering at Globex (2019-present)"), and where the organisation's
    name ends in the text; None when the words before "at" are no title or no name follows it."""
    for m in _AT_RE.finditer(text):
        words = text[: m.start()].split()
        title = _name_before(words)
        before = _name_before(words[: len(words) - len(title)]) if title else []
        if before and before[-1].endswith(",") and _title_score(" ".join(before).rstrip(",")) >= 2:
            title = [*before, *title]  # "Engineering Manager, Grid Platform at ...": a title with its team
        while title and title[0].lower() in _lexicon().sentence_leads:
            title = title[1:]
        company, end = _name_after(text, m.end())
        title_text = " ".join(title)
        if not company or _title_score(title_text) < 2 or len(title) > 12:
            continue
        if _org_cue(company) < 2 and (title_like(company) or place_score(company) >= 2):
            continue  # "Engineering Manager at Senior Engineer", "... at the Berlin office": no organisation
        return title_text, company, end
    return None


def _name_before(words: list[str]) -> list[str]:
    """The capitalised words that end the list, with the words that join a name between them ("Head of
    Engineering"): the name just before "at". A comma ends it, unless on its last word (the name before a title's
    team: "Engineering Manager," of "Engineering Manager, Grid Platform")."""
    out: list[str] = []
    for word in reversed(words):
        if (word[-1:] in ";:.)" or (word.endswith(",") and out)) or not (
            word[:1].isupper() or (out and word.lower() in _NAME_JOINS)
        ):
            break
        out.insert(0, word)
    while out and out[0].lower() in _NAME_JOINS:
        out = out[1:]
    return out


def _name_after(text: str, start: int) -> tuple[str, int]:
    """The name that starts the text at start: capitalised words and the words that join them, up to a comma, a
    bracket or a word in lower case ("Acme Robotics since 2020", "Globex Corporation (2019-present)"); with the
    index where it ends."""
    words: list[str] = []
    end = start
    found = list(re.finditer(r"\S+", text[start:]))
    for n, m in enumerate(found):
        word = m.group(0)
        nxt = found[n + 1].group(0) if n + 1 < len(found) else ""
        if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_JOINS) or word[:1] == "(":
            break
        bare = word.rstrip(",;:).").lower()
        if word.endswith((",", ".")) and nxt.rstrip(".,").lower() in _lexicon().org_suffixes:
            words.append(word)  # "Brightpath Payments, Inc.", "Kaveri Retail Analytics Pvt. Ltd."
            continue
        if word.endswith(".") and bare not in _lexicon().org_suffixes and len(bare) <= 3 and nxt[:1].isupper():
            words.append(word)  # "St. Vincent's University Hospital"
            continue
        stop = word[-1:] in ",;:).)"
        # "Acme Inc." keeps its full stop; "Nordlys Energi A/S." ends a sentence
        suffix = word.endswith(".") and bare in _lexicon().org_suffixes and not word.rstrip(".").isupper()
        words.append(word if suffix else word.rstrip(",;:)."))
        end = start + m.end() - (1 if stop and not suffix else 0)
        if stop:
            break
    while words and words[-1].lower() in _NAME_JOINS:
        words.pop()
    while words and words[0].lower() in _NAME_JOINS:
        words.pop(0)
    return " ".join(words), end


# --- scores -----------------------------------------------------------------------------------------


def _head(words: list[str]) -> list[str]:
    """The words before "of"/"for": "Head of Platform" is a head, "University of Oslo" a university."""
    for n, w in enumerate(words):
        if w in ("of", "for") and n > 0:
            return words[:n]
    return words


def _title_score(text: str) -> float:
    lex, words = _lexicon(), _words(text)
    if not words or _prose(text):
        return 0.0
    head = _head(words)
    score = 2.0 if any(w in lex.titles for w in words) else 0.0
    if score and head[-1] in lex.titles | lex.seniority:
        score += 0.5  # the head noun is a title: "Engineering Manager", "Head of Software", not "Acme Ltd"
    if score and any(w in lex.seniority for w in words):
        score += 0.5
    if len(words) > 8:
        score -= 1.0
    return score - (1.5 if _org_cue(text) >= 2 else 0.0)


def _org_cue(text: str) -> float:
    lex, words = _lexicon(), _words(text)
    if not words:
        return 0.0
    head = _head(words)
    if head[-1] in lex.titles:
        return 0.0  # "Head of Embedded Software": a title whatever it is head of
    score = 0.0
    last = text.split()[-1].lower().strip(".,") if text.split() else ""
    if words[-1] in lex.org_suffixes or last in lex.org_suffixes or text.lstrip().startswith("@"):
        score += 3.0
    if words[-1] in lex.org_words or (head != words and head[-1] in lex.org_words):
        score += 2.0
    elif any(w in lex.org_words for w in words):
        score += 0.5
    return score


def _org_score(text: str) -> float:
    if _prose(text):
        return -3.0
    score = _org_cue(text)
    if text[:1].isupper() or text[:1].isdigit() or text[:1] == "@":
        score += 0.5  # a name
    # "Network provisioning tools in Java": a phrase, where a name capitalises its words; a note in brackets after
    # a name ("Squad (internal)", "Acme (client site)") is no phrase, and read as one it dropped the employer, which
    # the entry then took from another entry's header (issue 12, blind review)
    if _lower_words(re.sub(r"\s*\([^()]*\)\s*$", "", text) if text[:1].isupper() else text):
        score -= 1.5
    if title_like(text) and score < 2:
        score -= 2.0
    if len(_words(text)) > 6:
        score -= 1.0
    return score


def place_score(text: str) -> float:
    """How much a piece of text reads as a place: "Boston, MA", "Berlin, Germany", "Remote", "London"."""
    lex = _lexicon()
    text = text.strip(" ()")
    cells = [c.strip() for c in re.split(r"\s*[,/·(]\s*", text) if c.strip(" )")]
    if not cells or len(cells) > 4:
        return 0.0
    known = 0
    for n, cell in enumerate(cells):
        cell = cell.strip(" )")
        low = cell.lower()
        places = lex.countries | lex.regions | lex.cities | lex.remote
        # a state's code follows its town ("Austin, TX"); first, "AB" or "CO" is more likely a company's;
        # "Saint-Petersburg" is GeoNames' "Saint Petersburg" spelled with a hyphen
        if (n and cell in lex.region_codes) or low in places or low.replace("-", " ") in places:
            known += 1
    if known == len(cells):
        return 3.0
    town = re.fullmatch(r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}", cells[0])
    if len(cells) >= 2 and known == len(cells) - 1 and town and not title_like(text) and not _org_cue(cells[0]):
        return 2.5  # "Mountain View, CA": a town too small for the list, with its state
    return 0.0


# --- entries ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    text: str
    slot: tuple[int, int]  # (line offset from the date line, index of the piece in its line)
    comma: bool = False  # split from the piece before at a comma ("Engineering Manager, Data Platform")
    dash: bool = False  # split from the piece before at a spaced hyphen ("Citrix - Octoblu")
    lone: bool = False  # one word before an organisation's comma ("Rifleman, British Army"): a title


@dataclass(frozen=True)
class _Header:
    title: _Part | None
    company: _Part | None
    location: str | None
    parts: tuple[_Part, ...] = ()

    @property
    def title_text(self) -> str | None:
        return self.title.text if self.title else None

    @property
    def company_text(self) -> str | None:
        return self.company.text if self.company else None


@dataclass(frozen=True)
class _Entry:
    header: _Header
    dates: Dates
    line: int  # the entry's first line
    anchor: int  # the date line
    header_lines: tuple[int, ...]  # lines above or below the date line that the header took
    employer_line: bool = False  # the company came from a line of its own above a titled date line
    spare: tuple[_Part, ...] = ()  # the pieces of a header-like line below that the header did not take
    sentence: int | None = None  # the line of the sentence the title or company was read from, if any
    employer: _Part | None = None  # the employer line's name, when the role's own company is another


def find_roles(lines: tuple[Line, ...], sections: tuple[Section, ...], today: dt.date) -> tuple[Role, ...]:
    """Roles of the experience sections, with bullets (metrics not yet counted) and a confidence each; and the
    posts of leadership, volunteering and community sections that name a title and an organisation ("SunSesh
    AZ  Feb. 2021 - Present" / "Founder and Organizer  Tempe, AZ"), which are roles too but, like internships,
    not professional years."""
    roles: list[Role] = []
    for s in sections:
        if s.kind is SectionKind.EXPERIENCE:
            found = _section_roles(_without_heading_cell(lines, s), s.first_line, s.last_line, today)
            told = _paragraph_roles(lines, s.first_line, s.last_line, today)
            # a section written as paragraphs, each opening on its dates: the paragraphs are its roles, where every
            # role the entries gave starts a paragraph (a header's role under them stays as read)
            starts = {r.line for r in told}
            roles += told if told and all(r.line in starts for r in found) else found
        elif s.kind is SectionKind.LEADERSHIP:
            found = _section_roles(_without_heading_cell(lines, s), s.first_line, s.last_line, today)
            roles += [replace(r, internship=True) for r in found if _titled_post(r)]
    return tuple(roles)


# "From December 2018 to September 2020 I worked at ...", "Since 2020, I have led ...": a paragraph that opens on its
# dates; the words before the dates may only lead into them
_PARAGRAPH_LEAD_RE = re.compile(r"(?i)^(?:from|since|between|during|in)?\s*$")
_EMPLOYER_RE = re.compile(r"\b(?:at|for|joined|with)\s+(?=[A-Z])")
_POST_RE = re.compile(
    r"\bas\s+(?:an?\s+|the\s+)?([^,.;:()]+?)(?=\s+(?:on|in|at|for|with|where|from|since|and)\b|[,.;:(]|$)"
)


def _paragraph_roles(lines: tuple[Line, ...], first: int, last: int, today: dt.date) -> list[Role]:
    """Roles told as paragraphs ("From December 2018 to September 2020 I worked at Acme in the public transport
    domain, where I built ... I led a team of four."): each paragraph opens on its dates; the sentence with the
    dates is the role's header (the employer after "at", "for" or "joined", the post after "as"), and each later
    sentence is one bullet (issue 12, blind review: such a résumé gave roles without a usable bullet, and the pitch
    and stories had nothing to tell). A paragraph naming neither employer nor post is no role."""
    starts = [i for i in range(first, last + 1) if _paragraph_dates(lines[i]) is not None]
    roles: list[Role] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] - 1 if n + 1 < len(starts) else last
        body = [j for j in range(start, end + 1) if not lines[j].heading]
        text, at = "", []  # the paragraph's text, and where each of its lines starts in it
        for j in body:
            at.append((len(text) + (1 if text else 0), j))
            text = f"{text} {lines[j].text}" if text else lines[j].text
        sentences = [(m.start(), m.group(0)) for m in re.finditer(r"\S(?:.*?)(?:[.!?](?=\s+[A-Z]|\s*$)|$)", text)]
        if not sentences:
            continue
        header = sentences[0][1]
        dates = find_dates(header, today)
        if dates is None:
            continue
        rest = f"{header[: dates.span[0]]} {header[dates.span[1] :]}"
        company, title = _paragraph_post(rest)
        if company is None and title is None:
            continue
        bullets = tuple(
            Bullet(sentence.strip(), max(j for offset, j in at if offset <= start))
            for start, sentence in sentences[1:]
            if re.search(r"[a-z]", sentence)
        )
        roles.append(
            Role(
                title,
                company,
                dates.start,
                dates.end,
                bullets,
                line=start,
                internship=bool(INTERNSHIP_RE.search(title or "")),
                confidence=SENTENCE_CONFIDENCE,
                from_sentence=True,
            )
        )
    return roles


def _paragraph_dates(line: Line) -> Dates | None:
    """The dates a paragraph opens on: a range or an open start at the line's start, then a sentence in lower-case
    words ("From May 2019 to June 2021 I worked at ..."), not a header's short line ("2019 – 2021 | Acme")."""
    if line.bullet or line.heading:
        return None
    dates = find_dates(line.text)
    if dates is None or (dates.start == dates.end and dates.end != "present"):
        return None
    lead = line.text[: dates.span[0]]
    if not _PARAGRAPH_LEAD_RE.match(lead):
        return None
    after = line.text[dates.span[1] :]
    return dates if _lower_words(after) >= 3 and len(after.split()) >= 6 else None


def _paragraph_post(text: str) -> tuple[str | None, str | None]:
    """The employer and the post a paragraph's dated sentence names: "I worked at Acme Transit in ..." (Acme Transit),
    "working at Globex Mobility as a lead developer" (Globex Mobility, lead developer)."""
    if found := sentence_post(text):
        return found[1], found[0]
    company = None
    if m := _EMPLOYER_RE.search(text):
        company = _name_after(text, m.end())[0] or None
    title = None
    if (m := _POST_RE.search(text)) and title_like(m.group(1)) and len(m.group(1).split()) <= 6:
        title = m.group(1).strip()
    return company, title


def outside_work(role: Role) -> bool:
    """A post held outside paid work: a volunteering, community or activities post (an open-source maintainer, a
    mentoring charity's volunteer), left out of the years like an internship but no internship."""
    return role.internship and not INTERNSHIP_RE.search(role.title or "")


def _titled_post(role: Role) -> bool:
    """A post with a title and an organisation, read with confidence: not a membership. One year is enough ("Mentor,
    Code Club, 2022"): an activities section lists its posts so, and asking for a range kept only the one entry
    that printed one (issue 12, blind review: 1 of 4 activities); but a part taken once in an event, a programme or
    a contest dated by its year ("Mentor at a Summer of Code 2019") is no post held."""
    return (
        role.title is not None
        and role.company is not None
        and (_title_score(role.title) >= 2 or _lone_title([role.title, role.company]))
        and not set(_head(_words(role.title))) <= _lexicon().membership_titles
        and role.start is not None
        and (role.start != role.end or not _event(f"{role.title} {role.company}"))
        and role.confidence >= LOW_CONFIDENCE
    )


@cache
def _event_words() -> re.Pattern[str]:
    words = json.loads((files("tailor") / "data" / "resume.json").read_text(encoding="utf-8"))["event_words"]
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def _event(text: str) -> bool:
    """The header names an event, a programme or a contest (`resume.json` `event_words`), not an organisation."""
    return _event_words().search(text) is not None


def _without_heading_cell(lines: tuple[Line, ...], section: Section) -> tuple[Line, ...]:
    """The section's first line without the section's name when a left cell printed it beside the first entry."""
    first = lines[section.first_line] if section.heading and section.first_line < len(lines) else None
    if first is None or not first.text.startswith(f"{section.heading} | "):
        return lines
    text = first.text[len(section.heading) + 3 :]
    return (*lines[: section.first_line], replace(first, text=text), *lines[section.first_line + 1 :])


def dated_entries(lines: tuple[Line, ...], first: int, last: int) -> int:
    """How many lines of a stretch hold a date range the way an entry header does."""
    return sum(1 for i in range(first, last + 1) if is_date_line(lines[i]) and _dated_range(lines[i]))


def _dated_range(line: Line) -> bool:
    dates = find_dates(line.text)
    return dates is not None and dates.start != dates.end


def _section_roles(lines: tuple[Line, ...], first: int, last: int, today: dt.date) -> list[Role]:
    entries: list[_Entry] = _column_entries(lines, first, last, today)
    grid: list[Role] = []
    used: set[int] = {j for e in entries for j in (e.anchor, *e.header_lines)}
    body = _body_lines(lines, first, last)
    for i in range(first, last + 1):
        if i in used or not is_date_line(lines[i]):
            continue
        if cells := _grid_roles(lines, i, first, today):
            grid += cells
            used.add(i)
            continue
        entry = _entry(lines, i, first, last, used | body, entries, today)
        if entry is None:
            continue
        used.update([*entry.header_lines, i])
        entries.append(entry)
    entries = _consistent(_drop_company_only(_with_employers(entries)))
    used.update(j for e in entries for j in e.header_lines)
    roles = grid + [_role(e, entries) for e in entries]
    roles = _with_bullets(lines, sorted(roles, key=lambda r: r.line), last, used)
    return [replace(r, bullets=_sentence_bullets(lines, r)) for r in roles]


def _body_lines(lines: tuple[Line, ...], first: int, last: int) -> set[int]:
    """Where the format gives typography: the lines set in the section's body style (its commonest size,
    weight and indent) and indented past its dated lines. Achievements, whatever their words: no header."""
    styled = [j for j in range(first, last + 1) if lines[j].size > 0]
    dated = [lines[j].x for j in styled if is_date_line(lines[j])]
    if len(styled) < (last - first + 1) / 2 or not dated:
        return set()
    body = Counter(_style(lines[j]) for j in styled).most_common(1)[0][0]
    indent = Counter(round(x) for x in dated).most_common(1)[0][0]  # where most dated lines start
    # indented as a list is (a few points to a few dozen), not a column away as a table's cells are
    return {j for j in styled if _style(lines[j]) == body and indent + 2 < lines[j].x <= indent + 40}


def _style(line: Line) -> tuple[float, bool, int]:
    return (round(line.size, 1), line.bold, round(line.x))


def _column_entries(lines: tuple[Line, ...], first: int, last: int, today: dt.date) -> list[_Entry]:
    """Dates printed in a column of their own and read before the entries beside them: a run of lines that
    hold only dates, then as many short title lines (each with its company on the line above). Paired in
    order, and only when the counts agree (up to the next dated line): a guess otherwise."""
    run = [i for i in range(first, last + 1) if _only_dates(lines[i].text)]
    if len(run) < 2 or run != list(range(run[0], run[0] + len(run))):
        return []
    after = range(run[-1] + 1, next((i for i in range(run[-1] + 1, last + 1) if is_date_line(lines[i])), last + 1))
    titles = [i for i in after if _column_title(lines[i])]
    if len(titles) != len(run):
        return []
    entries: list[_Entry] = []
    for d, t in zip(run, titles, strict=True):
        dates = find_dates(lines[d].text, today)
        assert dates is not None
        above = [t - 1] if t - 1 > run[-1] and t - 1 not in titles and _header_like(lines[t - 1]) else []
        parts = [p for j in above for p in _parts(lines[j].text, -1)] + _parts(lines[t].text, 0)
        entries.append(_Entry(_assign(parts), dates, min([*above, t]), t, (*above, d)))
    return entries


def _column_title(line: Line) -> bool:
    """A short line that starts like a title and reads as one ("Senior Director of Engineering, Payments")."""
    text = line.text
    return (
        _header_like(line)
        and not line.bullet
        and text[:1].isupper()
        and ";" not in text
        and len(_words(text)) <= 8
        and _title_score(text) >= 2
    )


def _only_dates(text: str) -> bool:
    dates = find_dates(text)
    return dates is not None and dates.start != dates.end and not re.search(r"[A-Za-z]{2}", text.replace(dates.raw, ""))


def _entry(
    lines: tuple[Line, ...], i: int, first: int, last: int, used: set[int], before: list[_Entry], today: dt.date
) -> _Entry | None:
    dates = find_dates(lines[i].text, today)
    assert dates is not None
    line = lines[i].text
    # what follows the dates may be the first achievement, printed beside them in another column
    own = [p for p in _parts(line[: dates.span[0]] + "  " + line[dates.span[1] :], 0) if not _prose(p.text)]
    floor = max(first, before[-1].line + 1 if before else first)
    above, header = _lookback(lines, i, floor, used, own)
    if above and header.title is not None and header.title.slot[0] == 0 and header.company is not None:
        # "Title | dates" with the company on the line above or the line below: the better-scored one wins,
        # and on a tie the side the section's entries before used ("Spotwave AB, Stockholm" below, not the
        # last line of the entry above)
        below, alt, _ = _lookahead(lines, i, last, used, False, _assign(own))
        if below and alt.company is not None:
            mine, theirs = _org_score(header.company.text), _org_score(alt.company.text)
            follows = any(e.header.company and e.header.company.slot[0] > 0 for e in before[-2:])
            if theirs > mine or (theirs == mine and follows):
                above, header = [], alt
    employer, employer_part = False, None
    if header.title is not None and header.title.slot[0] == 0 and (not above or above == [i - 1]):
        j = i - 1
        mine = _org_score(header.company.text) if header.company and header.company.slot[0] == 0 else -9.0
        pieces = _parts(lines[j].text, -1) if j >= 0 else []
        # a post at the candidate's own venture names its organisation and leaves the line above the employer's
        venture = _own_venture(header)
        floor_score = 0.0 if venture else max(mine, 0)
        named = bool(pieces) and _org_score(pieces[0].text) >= floor_score  # "clients" ending a bullet is none
        if _employer_line(lines, j, first, floor, used) and named and (venture or not _holds_organisation(header)):
            # "Acme Corp" on a line of its own above "Senior Engineer – Payments  2019 – 2021": the line above
            # is the employer; what else the date line holds is a product or a team, or a place
            parts = _parts(lines[j].text, -1)
            where = [p for p in own if p is not header.title and place_score(p.text) >= 2]
            places = ", ".join(p.text for p in [*parts[1:], *where] if place_score(p.text) >= 2)
            if venture:
                # "Founder, Sprocket Studio (side business)" under "Quarrel Bank": a post at its own organisation;
                # the employer's line still heads the roles below it
                where_own = ", ".join(p.text for p in where) or None
                header, employer_part = _Header(header.title, venture, where_own, (*parts, *own)), parts[0]
            else:
                header = _Header(header.title, parts[0], places or None, (*parts, *own))
            above, employer = [j], True
    elif above == [i - 1] and header.title is not None and _team_after_title(header):
        j = i - 2
        assert header.company is not None
        if _employer_line(lines, j, first, floor, used) and _org_score(_parts(lines[j].text, -2)[0].text) >= max(
            _org_score(header.company.text), 0.5
        ):
            # "Nordlys Energi A/S" over "Engineering Manager, Grid Platform" over the dates: the employer's line
            # names the company; what followed the title's comma is its team
            title = replace(header.title, text=f"{header.title.text}, {header.company.text}")
            company = _parts(lines[j].text, -2)[0]
            header = _Header(title, company, header.location, (company, *header.parts))
            above, employer = [j, i - 1], True
    # the section's entries so far print their title below the date line: so does this one, even where the title's
    # line stands just above the next entry's date line ("Rowing Club 2021" / "Treasurer" / "Meetup 2019")
    below_first = bool(before) and all(e.header.title and e.header.title.slot[0] > 0 for e in before[-2:])
    below, header, spare = _lookahead(lines, i, last, used, bool(above), header, below_first)
    if _not_a_role(header, [lines[j].text for j in (*above, i, *below)]):
        return None
    sentence = None
    if header.title is None or header.company is None:
        header, sentence = _from_sentence(lines, i, dates, last, used | set(below), header)
    if header.title is None and header.company is None and dates.end == "present":
        beside = line[: dates.span[0]] + " " + line[dates.span[1] :]
        if _lower_words(beside) >= 2:
            # "Since 2013 — worked for many companies in various domains": a summary of a career in a sentence,
            # neither title nor employer, not a role running to today (issue 12, blind review)
            return None
    return _Entry(header, dates, min([*above, i]), i, (*above, *below), employer, tuple(spare), sentence, employer_part)


def _from_sentence(
    lines: tuple[Line, ...], i: int, dates: Dates, last: int, used: set[int], header: _Header
) -> tuple[_Header, int | None]:
    """A header that lacks its title or company takes them from a sentence that names both, on the date line
    ("2019 - present: Leads 60 engineers as Head of Engineering at Globex") or just below it ("He is a Technical
    Director at Acme Robotics, where he leads ..."): a résumé written in prose (issue 11). Returns the header and
    the line of the sentence (None when no sentence names them)."""
    text = lines[i].text
    candidates = [(i, 0, f"{text[: dates.span[0]]}  {text[dates.span[1] :]}")]
    j = i + 1
    if j <= last and j not in used and not is_date_line(lines[j]) and not lines[j].heading:
        below = lines[j].text
        if j + 1 <= last and j + 1 not in used and not is_date_line(lines[j + 1]) and not _ends_sentence(below):
            below = f"{below} {lines[j + 1].text}"  # a paragraph wrapped between the title and the organisation
        candidates.append((j, 1, below))
    for line, offset, sentence in candidates:
        if found := sentence_post(sentence):
            title, company, _ = found
            parts = (_Part(title, (offset, 0)), _Part(company, (offset, 1)))
            # a company read without a title is doubtful (the end of the entry above): the sentence names both
            kept = header.company if header.title is not None else None
            return _Header(header.title or parts[0], kept or parts[1], header.location, parts), line
    return header, None


def _holds_organisation(header: _Header) -> bool:
    """The date line names its own organisation: a company with an organisation cue, or a comma cell followed by a
    place or a parenthesised note ("Technical Principal, Contino, London", "..., Contino, (Banking Client)"). Such a
    header never takes an employer from another line."""
    company = header.company
    if company is None or company.slot[0] != 0:
        return False
    if _org_cue(company.text) >= 2:
        return True
    after = {p.slot: p for p in header.parts}.get((0, company.slot[1] + 1))
    return company.comma and after is not None and (place_score(after.text) >= 2 or after.text.startswith("("))


def _own_venture(header: _Header) -> _Part | None:
    """The comma cell after the title on the date line, when the post is the candidate's own venture: a founder's
    or owner's title, or a note in brackets saying so ("Founder, Sprocket Studio (side business)"). The name is
    returned without its note."""
    title = header.title
    if title is None or title.slot[0] != 0:
        return None
    cell = {p.slot: p for p in header.parts}.get((0, title.slot[1] + 1))
    if cell is None or not cell.comma or place_score(cell.text) >= 2:
        return None
    lex = _lexicon()
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", cell.text)
    name, note = (m.group(1), m.group(2).casefold()) if m else (cell.text, "")
    said = any(re.search(rf"\b{re.escape(n)}\b", note) for n in lex.venture_notes)
    if not name or not (title.text.casefold() in lex.venture_titles or said):
        return None
    return replace(cell, text=name)


def _team_after_title(header: _Header) -> bool:
    """The company was read from a comma cell after the title on the title's own line, and nothing names it one."""
    company, title = header.company, header.title
    return (
        company is not None
        and title is not None
        and company.comma
        and company.slot == (title.slot[0], title.slot[1] + 1)
        and _org_cue(company.text) < 2
        and place_score(company.text) < 2
    )


def _lookahead(
    lines: tuple[Line, ...], i: int, last: int, used: set[int], above: bool, header: _Header, below_first: bool = False
) -> tuple[list[int], _Header, list[_Part]]:
    """Up to two short lines below a date line that give the header the title or company it lacks
    ("Jan 2019 – Present" / "Staff Engineer" / "Acme Corp"); the pieces of a header-like line below that
    the header does not need are kept, for the section's other entries to decide."""
    below: list[int] = []
    j = i + 1
    while j <= last and len(below) < 2 and _below_header(lines, j, used, above, below_first and not below):
        parts = _parts(lines[j].text, len(below) + 1)
        with_line = _assign([*header.parts, *parts])
        gained = (header.title is None and with_line.title is not None) or (
            header.company is None and with_line.company is not None
        )
        if not gained or len(_words(lines[j].text)) > 8 or len(parts) > 3:
            return below, header, parts
        header = with_line
        below.append(j)
        j += 1
    return below, header, []


def _below_header(lines: tuple[Line, ...], j: int, used: set[int], above: bool, below_first: bool = False) -> bool:
    line = lines[j]
    return (
        j not in used
        and _header_like(line)
        and not line.bullet
        and not is_date_line(line)
        # a line just above the next date line heads that entry ("Acme (2015–2021)" / "Engineer" / "2018–2021")
        and not (j + 1 < len(lines) and is_date_line(lines[j + 1]) and not below_first)
        # a place under a header with lines above it is the role's location, not a company
        and not (above and place_score(line.text) >= 2)
    )


def _employer_line(lines: tuple[Line, ...], j: int, first: int, floor: int, used: set[int]) -> bool:
    """A short line standing alone above a dated title, naming no title and no place: an employer."""
    if j < floor or j in used or lines[j].bullet or not _header_like(lines[j]) or is_date_line(lines[j]):
        return False
    text = lines[j].text
    parts = _parts(text, -1)
    if not parts or title_like(text) or place_score(parts[0].text) >= 2 or len(_words(parts[0].text)) > 6:
        return False
    # it stands alone: the section starts there, or the line before ends an entry (a bullet, a sentence)
    before = lines[j - 1] if j - 1 >= first else None
    return before is None or before.bullet or before.text.rstrip().endswith((".", "!")) or j - 1 in used


_PROSE_RANGE = re.compile(r"(?i)\b(?:from|between|since|during)\s*$")


def is_date_line(line: Line) -> bool:
    """A line that can anchor an entry: a date range, or a lone date at the edge of a short line."""
    if len(line.text) > 120 or (line.bullet and len(line.text) > 60):
        return False
    dates = find_dates(line.text)
    if dates is None:
        return False
    if line.bullet and _PROSE_RANGE.search(line.text[: dates.span[0]]) and len(line.text[dates.span[1]:].split()) > 1:
        # "• From December 2018 to September 2020 I worked in the ...": a period told inside a bullet, no entry
        # (a blind check: "From" had become an employer)
        return False
    if dates.start != dates.end or dates.end == "present":
        return True
    # a lone date counts only at the edge of a short line ("2007  Acme", "Acme  March 2017")
    return (
        not line.bullet
        and len(line.text) <= 90
        and (dates.span[0] == 0 or dates.span[1] >= len(line.text.rstrip(" |)")) - 1)
    )


def _lookback(
    lines: tuple[Line, ...], i: int, floor: int, used: set[int], own: list[_Part]
) -> tuple[list[int], _Header]:
    """Up to two header-like lines above a date line ("Company" then "Title"), fewer when both are known."""
    out: list[int] = []
    header = _assign(own)
    j = i - 1
    while (
        (header.title is None or header.company is None)
        and j >= floor
        and len([n for n in out if _parts(lines[n].text, 0)]) < 2
        and j not in used
        and _header_like(lines[j])
        and not is_date_line(lines[j])
        and not _bullet_goes_on(lines, j)
        and not _sentence_goes_on(lines[j].text)
    ):
        out.insert(0, j)  # a line of a duration alone ("5 years 2 months") is taken, and counts for nothing
        texts = _suffix_rejoined([lines[n].text for n in out if _parts(lines[n].text, 0)])
        header = _assign([p for k, t in enumerate(texts) for p in _parts(t, k - len(texts))] + own)
        j -= 1
    # "Software Engineer, Co-" / "founder": a word broken at its hyphen across two lines is one word, and its
    # first half belongs to the header (a blind review read the title "founder")
    if out and out[0] - 1 >= floor and out[0] - 1 not in used and lines[out[0]].text[:1].islower():
        above = lines[out[0] - 1].text.rstrip()
        if re.search(r"[A-Za-z]-$", above) and _header_like(lines[out[0] - 1]):
            out.insert(0, out[0] - 1)
            texts = [lines[n].text for n in out if _parts(lines[n].text, 0)]
            if len(texts) >= 2:
                texts = _suffix_rejoined([texts[0].rstrip() + texts[1].strip(), *texts[2:]])
                header = _assign([p for k, t in enumerate(texts) for p in _parts(t, k - len(texts))] + own)
    return out, header


def _suffix_rejoined(texts: list[str]) -> list[str]:
    """ "..., Brightpath Payments," / "Inc.": a legal suffix wrapped onto a line of its own goes back to its name."""
    out: list[str] = []
    for text in texts:
        words = _words(text)
        if out and out[-1].rstrip().endswith(",") and words and all(w in _lexicon().org_suffixes for w in words):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _sentence_goes_on(text: str) -> bool:
    """A line opening in lower case with lower-case words in it ("testing between services"): the end of a
    sentence wrapped from the line above, not a header."""
    return text[:1].islower() and _lower_words(text) >= 2


def _bullet_goes_on(lines: tuple[Line, ...], j: int) -> bool:
    """Line j is the wrapped end of the bullet above it, set at the bullet's hanging indent ("SQL Server" under
    "• Maintained scheduling software in C# and"): an achievement, not the header of the entry below."""
    above = lines[j - 1] if j > 0 else None
    return above is not None and above.bullet and not lines[j].bullet and lines[j].x > above.x + 2 > 2


def _header_like(line: Line) -> bool:
    text = line.text
    # a header split into pieces may be long ("Senior Director of Engineering, Payments Platform and Developer
    # Infrastructure — Brightpath Payments, Inc."); a sentence is not split so
    pieces = len([p for p in _SPLIT_RE.split(text) if p and p.strip()])
    if pieces == 1 and title_like(text.split(",")[0]):
        pieces = text.count(",") + 1  # "Title, Team, Company," split at its commas
    chars, words = (140, 18) if pieces > 1 else (80, 12)
    # a bulleted header ("• Google | Mountain View") shows its layout columns; other bullets are achievements
    if len(text) > chars or text.endswith(";") or (line.bullet and " | " not in text) or _ends_sentence(text):
        return False
    if _prose(text):
        return False
    return len(text.split()) <= words


def _ends_sentence(text: str) -> bool:
    """A full stop that ends a sentence, not the one of "Acme Ltd.", "Amber Telecom S.A." or "K.K."."""
    if not text.endswith("."):
        return False
    last = text.split()[-1].rstrip(".")
    return "." not in last and last.lower() not in _lexicon().org_suffixes


def _parts(text: str, offset: int) -> list[_Part]:
    text = _DECOR_RE.sub(" ", _arrows_marked(_DURATION_RE.sub("  ", text))).replace("\x00", "→")
    separators = ["", *(m.group(0).strip() for m in _SPLIT_RE.finditer(text))]
    split = [
        (_LABEL_RE.sub("", p).strip(" ,;:|()-–—•·∙"), sep)
        for p, sep in zip(_SPLIT_RE.split(text), separators, strict=True)
    ]
    split = [(f"{p})" if p.count("(") > p.count(")") else p, sep) for p, sep in split]
    split = [(q, sep if n == 0 else "|") for p, sep in split for n, q in enumerate(_bracketed_employer(p))]
    # each piece with whether a spaced hyphen parts it from the one before ("Citrix - Octoblu")
    pieces = [
        (q, sep == "-" and n == 0)
        for p, sep in split
        if p and re.search(r"[A-Za-z]", p)
        for n, q in enumerate(_trailing_place(p))
    ]
    parts: list[_Part] = []
    for piece, dash in pieces:
        cells = _with_legal_suffixes([c.strip() for c in piece.split(",") if c.strip()])
        # "Title, Company, City" in one piece: split at commas when nothing else separated the pieces, or when
        # the piece opens with a title ("Engineering Manager, Grid Platform, Nordlys Energi A/S | 2022")
        lone = len(cells) > 1 and _lone_title(cells)
        if len(cells) > 1 and (len(pieces) == 1 or title_like(cells[0]) or lone):
            parts += [
                _Part(c, (offset, len(parts) + n), comma=n > 0, dash=dash and n == 0, lone=lone and n == 0)
                for n, c in enumerate(cells)
            ]
        else:
            parts.append(_Part(piece, (offset, len(parts)), dash=dash))
    return parts


_BRACKETED_RE = re.compile(r"(?P<title>[^(),]+?)\s*\((?P<name>[A-Z][^(),]*),[^()]*\)")


def _bracketed_employer(piece: str) -> list[str]:
    """ "DevOps Lead (Squad, internal)", "Architect (Acme, for CNES)": a title with its employer in brackets after
    it, the employer first and a note after its comma, is the title then the employer. Split at the bracket's comma,
    the title took half the employer's name and the note the other half, and a role without its employer took the
    entry above's (issue 12, blind review: an employer glued from another entry)."""
    m = _BRACKETED_RE.fullmatch(piece)
    if m is None:
        return [piece]
    title, name = m.group("title").strip(), m.group("name").strip()
    if _title_score(title) < 2 or title_like(name) or place_score(name) >= 2 or _lower_words(name):
        return [piece]
    return [title, name]


def _arrows_marked(text: str) -> str:
    """An arrow between two titles is a promotion and stays in the title (marked by a NUL until the split is done);
    an arrow with a name on either side ("Company ⇒ Title") separates pieces like " | "."""
    out, rest = "", text
    while m := _ARROWS_RE.search(rest):
        left, right = _SPLIT_RE.split(out + rest[: m.start()])[-1], _SPLIT_RE.split(rest[m.end() :])[0]
        promotion = title_like(left) and title_like(right)
        out += rest[: m.start()] + (" \x00 " if promotion else " | ")
        rest = rest[m.end() :]
    return out + rest


def _lone_title(cells: list[str]) -> bool:
    """ "Rifleman, British Army (Reserves), ...": a single capitalised word that names no organisation or place,
    before a cell that does name an organisation, is the post held there, whether or not the lexicon knows it."""
    first = cells[0]
    return (
        re.fullmatch(r"[A-Z][a-z]+", first) is not None
        and not _org_cue(first)
        and place_score(first) < 2
        and _org_cue(cells[1]) > 0
    )


def _trailing_place(text: str) -> list[str]:
    """ "Harbor Freightways Austin, TX" printed with one space before the place, or "Orbital Data, Lyon" after a
    comma: the company, then the place (a place before a place, "Berlin, Germany", stays whole)."""
    m = re.fullmatch(r"(.*?),\s*([A-Z][\w. ]*)", text)
    if m is None:
        return [text]
    words = m.group(1).split()
    for n in range(1, min(3, len(words) - 1) + 1):
        place = f"{' '.join(words[-n:])}, {m.group(2)}"
        if place_score(place) >= 3:
            return [" ".join(words[:-n]).rstrip(","), place]
    cells = text.split(",")
    for n in range(1, len(cells)):
        head, tail = ",".join(cells[:n]).strip(), ",".join(cells[n:]).strip()
        if place_score(tail) >= 3 and place_score(head) < 2:
            return [head, tail]
    return [text]


def _with_legal_suffixes(pieces: list[str]) -> list[str]:
    """ "Brightpath Payments", "Inc.", "Vice President": the suffix belongs to the name before it."""
    out: list[str] = []
    for piece in pieces:
        if out and _words(piece) and all(w in _lexicon().org_suffixes for w in _words(piece)):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _legal_tail(text: str) -> bool:
    """ "Acme, Inc.": a comma that belongs to the company's name."""
    tail = text.rsplit(",", 1)[-1]
    return _words(tail)[-1:] == _words(tail) and bool(_words(tail)) and _words(tail)[0] in _lexicon().org_suffixes


def _assign(parts: list[_Part]) -> _Header:
    """Title, company and location from a header's pieces, by score; reading order breaks ties."""
    places = [p for p in parts if place_score(p.text) >= 2 and _title_score(p.text) < 2]
    rest = [p for p in parts if p not in places]
    if not rest and places:  # "Acme, Boston": a company named like a town comes first
        rest, places = places[:1], places[1:]
    elif _town_named_company(places, rest):
        rest, places = [*rest, places[0]], places[1:]
    titles = [p for p in rest if _title_score(p.text) >= 2 or p.lone]
    # the date line's own pieces first, then the nearest line above: "Company / Title  dates"
    title = max(titles, key=lambda p: (_title_score(p.text) > 2.5, p.slot[0] == 0, p.slot[0]), default=None)
    others = [p for p in rest if p is not title and (_org_score(p.text) > -1 or title is None)]
    # a company has a cue, else stands as a piece of its own rather than trailing a title after a comma
    company = max(others, key=lambda p: (_org_score(p.text) >= 2, not p.comma, -others.index(p)), default=None)
    tail = [p for p in others if p is not company and p.slot[0] >= (company.slot[0] if company else 0)]
    if company is not None and title is None and not places and tail and company.slot[0] == 0:
        # "Company, City, Country" with a town the list lacks: what follows the company is where it is
        places = tail
    location = ", ".join(p.text for p in places) or None
    if company is not None:
        company = _company_with_division(company, parts, title, places)
    if title is not None:
        title = _title_with_tail(title, parts, company, places)
    if company is None and title is not None and ", " in title.text:
        # "Senior Engineering Manager, Carebridge Health | Boston": the title's tail names the company
        head, name = title.text.rsplit(", ", 1)
        if title_like(head) and not title_like(name) and place_score(name) < 2:
            title, company = replace(title, text=head), replace(title, text=name)
    return _Header(title, company, location, tuple(parts))


def _town_named_company(places: list[_Part], rest: list[_Part]) -> bool:
    """ "Architect | Orange, Paris, France": a one-word place before a whole place, with no other candidate for the
    company, is the company, named like a town."""
    return (
        len(places) >= 2
        and "," not in places[0].text
        and not places[0].comma
        and "," in places[1].text
        and not [p for p in rest if _title_score(p.text) < 2 and _org_score(p.text) > -1]
    )


def _company_with_division(company: _Part, parts: list[_Part], title: _Part | None, places: list[_Part]) -> _Part:
    """ "Citrix - Octoblu": a name after the company behind a spaced hyphen, neither the title nor a place, is the
    company's division, and the name stays whole."""
    by_slot = {p.slot: p for p in parts}
    nxt = by_slot.get((company.slot[0], company.slot[1] + 1))
    if (
        nxt is None
        or not nxt.dash
        or nxt is title
        or nxt in places
        or _title_score(nxt.text) >= 2
        or _org_score(nxt.text) < 0
        or len(_words(nxt.text)) > 4
    ):
        return company
    return replace(company, text=f"{company.text} - {nxt.text}", slot=nxt.slot)


def _title_with_tail(title: _Part, parts: list[_Part], company: _Part | None, places: list[_Part]) -> _Part:
    """ "Engineering Manager, Grid Platform": the comma cells after a title that are neither the company nor
    a place belong to the title."""
    by_slot = {p.slot: p for p in parts}
    nxt = by_slot.get((title.slot[0], title.slot[1] + 1))
    while nxt is not None and nxt.comma and nxt is not company and nxt not in places:
        title = replace(title, text=f"{title.text}, {nxt.text}", slot=nxt.slot)
        nxt = by_slot.get((title.slot[0], title.slot[1] + 1))
    return title


def _not_a_role(header: _Header, texts: list[str]) -> bool:
    """A project with a "Role:" line, a degree, a paper or an award with a year: dated, but no position."""
    lex = _lexicon()
    labels = {m.group(1).strip().lower() for t in texts if (m := _LABEL_RE.match(t))}
    if labels & lex.not_a_role_labels:
        return True
    title = header.title_text or ""
    for named in (texts, [title]):
        words = {w for t in named for w in _words(t.replace(".", ""))}
        joined = " ".join(named).lower()
        named_one = any(d in words or (" " in d and d in joined) for d in lex.degrees) or words & lex.not_a_role
        # dated, with a degree or an award named: education or an honour, unless a title stands apart
        if named_one and (not title or named is not texts):
            return True
    return False


def _drop_company_only(entries: list[_Entry]) -> list[_Entry]:
    """ "Acme (2015–2020)" over several titled roles at Acme is a heading, not a role of its own."""
    out: list[_Entry] = []
    for n, e in enumerate(entries):
        nxt = entries[n + 1] if n + 1 < len(entries) else None
        if (
            e.header.title is None
            and nxt is not None
            and nxt.header.title
            and nxt.header.company_text == e.header.company_text
        ):
            continue
        out.append(e)
    return out


def _with_employers(entries: list[_Entry]) -> list[_Entry]:
    """An employer printed once above several roles: roles without a company of their own take it."""
    out: list[_Entry] = []
    employer: _Part | None = None
    for n, e in enumerate(entries):
        h = e.header
        if e.employer_line:
            employer = e.employer or h.company
        elif (
            employer is not None
            and h.title is not None
            and not e.header_lines
            and _org_cue(h.company_text or "") < 2
            and not _holds_organisation(h)
        ):
            # "Engineer – Search  2016 – 2019" under the employer of the role above: "Search" is a team
            e = replace(e, header=replace(h, company=employer))
        elif h.company is None and h.title is not None and n > 0:
            e = replace(e, header=replace(h, company=out[-1].header.company))
        else:
            employer = None
        out.append(e)
    return out


def _consistent(entries: list[_Entry]) -> list[_Entry]:
    """Entries whose words name no title follow the section's other entries: the title where theirs is."""
    pattern = Counter(
        (e.header.title.slot, e.header.company.slot)
        for e in entries
        if e.header.title and e.header.company and _title_score(e.header.title.text) >= 2
    )
    if not pattern:
        return entries
    (title_slot, company_slot), count = pattern.most_common(1)[0]
    if count < 2:
        return entries
    out: list[_Entry] = []
    for e in entries:
        h = e.header
        by_slot = {p.slot: p for p in (*h.parts, *e.spare)}
        if h.title is None and title_slot in by_slot and company_slot in by_slot:
            e = replace(e, header=replace(h, title=by_slot[title_slot], company=by_slot[company_slot]))
        elif (
            h.title is not None
            and h.title.slot == title_slot
            and h.company is not None
            and h.company.slot != company_slot
            and _org_cue(h.company.text) < 2
            and company_slot in {p.slot for p in e.spare}
        ):
            e = _company_below(e, by_slot[company_slot])
        out.append(e)
    return out


def _company_below(e: _Entry, company: _Part) -> _Entry:
    """The section's entries name their company on the line below: so does this one, and the piece taken
    for its company was the title's tail ("Engineering Manager, Data Platform" / "Cabify, Madrid")."""
    h = e.header
    assert h.title is not None and h.company is not None
    title = h.title
    if h.company.comma and h.company.slot == (title.slot[0], title.slot[1] + 1):
        title = replace(title, text=f"{title.text}, {h.company.text}")
    places = [p.text for p in e.spare if p is not company and place_score(p.text) >= 2]
    header = replace(h, title=title, company=company, location=", ".join(places) or h.location)
    return replace(e, header=header, header_lines=(*e.header_lines, e.anchor + company.slot[0]), spare=())


def _role(entry: _Entry, siblings: list[_Entry]) -> Role:
    h = entry.header
    internship = bool(INTERNSHIP_RE.search(f"{h.title_text or ''} {entry.dates.raw}"))
    return Role(
        h.title_text,
        h.company_text,
        entry.dates.start,
        entry.dates.end,
        (),
        h.location,
        entry.line if entry.sentence is None else max(entry.line, entry.sentence),  # cited by the sentence
        internship,
        _confidence(entry, siblings),
        from_sentence=entry.sentence is not None,
    )


def _confidence(entry: _Entry, siblings: list[_Entry]) -> float:
    """How sure reading is of a role: dates found, a piece scored as a title, a company that is not a title
    or a place, and the same header order as the section's other entries."""
    h = entry.header
    score = 0.3 if entry.dates.start else 0.0
    if h.title is not None:
        score += 0.3 if _title_score(h.title.text) >= 2 else 0.15
    if h.company is not None:
        company = h.company.text
        if title_like(company) and _org_cue(company) < 2:
            score -= 0.2  # "Engineering Manager at Senior Software Engineer"
        elif place_score(company) >= 2 and _org_cue(company) < 2 and not (h.title and h.location):
            score -= 0.1  # a town read as the company, unless a title and another place stand beside it
        else:
            score += 0.3 if _org_score(company) >= 0.5 else 0.1
    slots = Counter(
        (s.header.title.slot if s.header.title else None, s.header.company.slot if s.header.company else None)
        for s in siblings
    )
    mine = (h.title.slot if h.title else None, h.company.slot if h.company else None)
    if len(siblings) < 2 or slots[mine] >= 2:
        score += 0.1
    if entry.sentence is not None:
        score = min(score, SENTENCE_CONFIDENCE)  # a sentence's words are a weaker sign than a header's layout
    return round(max(0.0, min(1.0, score)), 2)


def _grid_roles(lines: tuple[Line, ...], i: int, first: int, today: dt.date) -> list[Role]:
    """A timeline laid out as a grid: titles in one row, "Company dates" cells in the row below."""
    cells = lines[i].text.split(" | ")
    if len(cells) < 2 or i - 1 < first:
        return []
    above = lines[i - 1].text.split(" | ")
    dated = [find_dates(c, today) for c in cells]
    if len(above) != len(cells) or not all(dated):
        return []
    roles: list[Role] = []
    for title_cell, cell, dates in zip(above, cells, dated, strict=False):
        assert dates is not None
        own = _parts(cell[: dates.span[0]] + "  " + cell[dates.span[1] :], 0)
        entry = _Entry(_assign(_parts(title_cell, -1) + own), dates, i - 1, i, ())
        roles.append(_role(entry, [entry]))
    return roles


def _with_bullets(lines: tuple[Line, ...], roles: list[Role], last: int, used: set[int]) -> list[Role]:
    out: list[Role] = []
    for n, role in enumerate(roles):
        stop = roles[n + 1].line - 1 if n + 1 < len(roles) else last
        bullets: list[Bullet] = []
        location = role.location
        # Where a résumé marks its bullets, a plain line after the first bullet is that bullet wrapped.
        marked = any(lines[j].bullet for j in range(role.line, stop + 1) if j not in used)
        last_read = -1  # the line the last bullet ends on: only the line right after it can be its wrapped end
        for j in range(role.line, stop + 1):
            if j in used:
                continue
            line = lines[j]
            # "Tech Lead, Flutter Tooling" is set like "Denver, CO" but names a post, not a place
            if not bullets and location is None and LOCATION_RE.fullmatch(line.text) and not title_like(line.text):
                location = line.text
                continue
            prev = lines[j - 1].text
            if (
                marked
                and not line.bullet
                and _sub_header(line)
                and not _OPEN_END_RE.search(prev.rstrip())
                and not _bullet_goes_on(lines, j)  # set at the bullet's hanging indent: its wrapped end
            ):
                # "Software Engineer" between the bullets of one employer: the post held before a promotion, a
                # header and no achievement; glued to the bullet above or below it, a quote read "... 1M events/s
                # Software Engineer Wrote the first ..." (issue 12, blind review)
                continue
            wrapped = (marked or _continues(prev, line.text)) and not _starts_own_line(prev, line.text)
            if (
                bullets
                and not line.bullet
                and not line.heading
                and j - 1 == last_read
                and wrapped
                and not prev.rstrip().endswith((".", "!", "?", ":"))
            ):
                bullets[-1] = Bullet(f"{bullets[-1].text} {line.text}", bullets[-1].line)
            else:
                bullets.append(Bullet(line.text, j))
            last_read = j
        out.append(replace(role, bullets=tuple(bullets), location=location))
    return out


# where one sentence of a paragraph ends and the next begins: "... in Java. I led ...", "... by 40%. We cut ..."
_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z][a-z]*\b)")


def _sentence_bullets(lines: tuple[Line, ...], role: Role) -> tuple[Bullet, ...]:
    """A role's paragraph, printed as running text under its header and not as a list item, read as one bullet per
    sentence, each citing the line its sentence starts on; a sentence that opens on the role's dates ("From December
    2018 to September 2020 I worked ...") or names the role's post and employer ("She was a Mobile Developer at
    Pixel & Pine.") is its header, no bullet (issue 12, blind review: a paragraph read as one bullet left the pitch
    and the stories nothing they could quote)."""
    out: list[Bullet] = []
    for bullet in role.bullets:
        sentences = _SENTENCE_BREAK_RE.split(bullet.text)
        if lines[bullet.line].bullet or len(sentences) < 2:
            out.append(bullet)
            continue
        starts, j, at = [], bullet.line, 0  # the line each wrapped part of the paragraph starts on, and where
        while j < len(lines) and at < len(bullet.text):
            starts.append((at, j))
            at += len(lines[j].text) + 1
            j += 1
        at = 0
        for sentence in sentences:
            at = bullet.text.index(sentence, at)
            line = max(k for offset, k in starts if offset <= at)
            post = sentence_post(sentence)
            if _paragraph_dates(Line(sentence)) is None and (post is None or post[:2] != (role.title, role.company)):
                out.append(Bullet(sentence, line))
            at += len(sentence)
    return tuple(out)


# "Technologies I worked with: Go, ...", "Stack: ...": a capitalised label of up to six words, then a colon
_LIST_LABEL_RE = re.compile(r"^[A-Z][\w/&+'-]*(?:\s+[\w/&+'-]+){0,5}:\s")


def _starts_own_line(prev: str, text: str) -> bool:
    """A plain line that is never the line above wrapped, however the role marks its bullets: a labelled list
    ("Technologies I worked with: Go, Kubernetes") or a sentence opening on a capitalised action verb ("Led the
    migration ..."), after a line that ended on a whole phrase (issue 12, blind review: a technologies line quoted
    as the end of the bullet above it). A line above that stops on "of", "and" or a comma goes on here."""
    if _OPEN_END_RE.search(prev.rstrip()):
        return False
    first = text.split()[0] if text.split() else ""
    return bool(_LIST_LABEL_RE.match(text)) or (
        first[:1].isupper() and first.lower().strip(",.;:") in _lexicon().action_verbs
    )


def _sub_header(line: Line) -> bool:
    """A plain short line that reads as a job title and nothing more ("Software Engineer", "Senior Engineer,
    Payments"): a post's header, not an achievement or its wrapped end."""
    text = line.text
    return (
        text[:1].isupper()
        and len(_words(text)) <= 6
        and not _ends_sentence(text)
        and ":" not in text
        and " | " not in text  # cells of two columns read as one row: not a header of its own
        and _header_like(line)
        and _title_score(text) >= 2
    )


def _continues(prev: str, text: str) -> bool:
    """A wrapped line: the one before did not end a sentence, and this one starts in lower case or a figure,
    or the one before stopped on a word no sentence ends with ("peaks of" / "3,000 requests/s")."""
    prev = prev.rstrip()
    if prev.endswith((".", "!", "?", ":")):
        return False
    return text[:1].islower() or text[:1].isdigit() or bool(_OPEN_END_RE.search(prev))


def is_learning(text: str, internship: bool = False) -> bool:
    """Whether a role's line tells something learnt rather than done: a training program attended, a course
    completed, a certification class ("As an intern, I participated in a training program on agile"). Such a line
    is no evidence that a skill was used and no story of work (issue 12, blind review); a line of giving training
    ("Ran training sessions for 40 engineers") is work. In an internship or student post a line that opens on a
    kind of course ("Training in Scrum and code review") is one too. Data: resume.json `learning`."""
    received, opening = _learning_patterns()
    return bool(received.search(text) or (internship and opening.match(text.strip())))


def learning_lines(roles: Iterable[Role]) -> frozenset[int]:
    """The lines of the roles' bullets that tell something learnt (is_learning)."""
    return frozenset(b.line for r in roles for b in r.bullets if is_learning(b.text, r.internship))


@cache
def _learning_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads((files("tailor") / "data" / "resume.json").read_text(encoding="utf-8"))["learning"]

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    courses = alternatives(data["courses"])
    # up to three words between ("a", "an online", "the AWS"), never "of": "took ownership of training" is work
    gap = r"(?:\s+(?!of\b)[\w./+#-]+){0,3}?"
    received = re.compile(rf"(?i)\b(?:{alternatives(data['received'])}){gap}\s+(?:{courses})\b")
    return received, re.compile(rf"(?i)(?:an?\s+|the\s+)?(?:{courses})\b")
