"""Stage 2, parse: Document -> Resume (contact, sections, roles with dates and bullets, years of experience)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tailor.errors import ContentError
from tailor.language import foreign_language
from tailor.model import (
    Bullet,
    Contact,
    DocKind,
    Document,
    Line,
    Metric,
    MetricKind,
    ReadingReport,
    Resume,
    Role,
    Section,
    SectionKind,
)

# --- sections ---------------------------------------------------------------------------------------

# Each kind with the words that name it however a résumé writes it; matched against the whole heading.
_SECTION_WORDS: tuple[tuple[SectionKind, str], ...] = (
    (
        SectionKind.EXPERIENCE,
        r"(work(ing)?|professional|employment|career|relevant|industry|research|teaching|"
        r"internships?)?\s*(experiences?|exp|history|employment|positions|appointments)|"
        r"employment|work|career|research|internships|positions held",
    ),
    (
        SectionKind.SKILLS,
        r"((technical|core|key|relevant|professional|top)\s+)?(skills?|competenc(ies|e)|technologies|"
        r"tools|tech(nical)?\s+stack|expertise|proficienc(ies|y))(\s*(and|&)\s*\w+)?",
    ),
    (
        SectionKind.EDUCATION,
        r"education(al)?(\s*(and|&)\s*\w+)?|academics?|academic background|qualifications|"
        r"(relevant\s+)?coursework|courses|training",
    ),
    (SectionKind.PROJECTS, r"([\w.]+\s+)?projects?|portfolio|open source( contributions)?"),
    (
        SectionKind.LEADERSHIP,
        r"leadership(\s*(and|&)\s*\w+)?|(extra[\s-]?curricular\s*)?activities|"
        r"extra[\s-]?curricular|volunteer(ing)?(\s+experience)?|community( involvement)?",
    ),
    (SectionKind.PUBLICATIONS, r"publications?|papers|talks|patents|presentations"),
    (SectionKind.AWARDS, r"(honou?rs?\s*(and|&)?\s*)?awards?|honou?rs|achievements|accomplishments"),
    (SectionKind.CERTIFICATIONS, r"certifications?|certificates?|licenses?(\s*(and|&)\s*certifications)?"),
    (SectionKind.SUMMARY, r"(professional\s+|career\s+|executive\s+)?(summary|profile|objective)|about( me)?|overview"),
    (SectionKind.CONTACT, r"contact( information| details| me)?|links|personal (details|information)"),
    (SectionKind.OTHER, r"interests|hobbies|languages|references|additional information|misc(ellaneous)?"),
)
_TITLE_WORDS = re.compile(
    r"(?i)engineer|develop|manag|intern\b|internship|scien|analyst|\blead\b|leader|\bhead\b|director|\bvp\b|"
    r"vice president|president|founder|consult|architect|researcher|assistant|fellow|designer|writer|contributor|"
    r"officer|specialist|administrator|programmer|principal|\bstaff\b|associate|\bc[tefo]o\b|owner|coordinator|"
    r"teacher|lecturer|instructor|tutor|editor|advisor|partner|volunteer|\bsre\b|devops|member|chair|organi[sz]er|"
    r"technician|student|trainee|apprentice|tester|\bqa\b|ProMan"
)
_INTERNSHIP_RE = re.compile(
    r"(?i)\bintern(ship)?\b|trainee|apprentice|student|undergraduate|\bteaching assistant|research assistant|"
    r"\bT\.?A\.?\b|graduate assistant|co-?op\b|summer"
)


@dataclass(frozen=True)
class _Heading:
    kind: SectionKind | None  # None: looks like a heading but names no known section
    parts: tuple[tuple[str, SectionKind], ...]


def section_kind(text: str) -> SectionKind | None:
    """The kind of section a heading names, or None."""
    words = " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ")))
    words = re.sub(r"\band\b", "&", words).replace("&", "and")
    if not words or len(words.split()) > 5:
        return None
    for kind, pattern in _SECTION_WORDS:
        if re.fullmatch(pattern.replace("&", "and"), words):
            return kind
    return None


def find_sections(lines: tuple[Line, ...]) -> tuple[tuple[Section, ...], tuple[str, ...]]:
    """Sections in reading order, and warnings for heading-like lines naming no known section."""
    starts: list[tuple[int, str, SectionKind]] = []
    warnings: list[str] = []
    marked = sum(1 for ln in lines if ln.heading and section_kind(ln.text.strip(" :")) is not None) >= 2
    for i, line in enumerate(lines):
        heading = _heading_at(lines, i, seen_known=bool(starts))
        if heading is None:
            continue
        if (
            marked
            and not line.heading
            and starts
            and starts[-1][2] is SectionKind.EXPERIENCE
            and _roles_follow(lines, i)
        ):
            continue  # "Selected Projects" under a role, set smaller than the real headings: a sub-list of that role
        if heading.kind is None:
            warnings.append(f"unrecognised section {line.text!r} read as other")
            starts.append((i, line.text, SectionKind.OTHER))
        else:
            starts += [(i, text, kind) for text, kind in heading.parts]
    sections: list[Section] = []
    if starts and starts[0][0] > 0:
        sections.append(Section("", SectionKind.CONTACT, 0, starts[0][0] - 1))
    for n, (i, text, kind) in enumerate(starts):
        nxt = next((j for j, _, _ in starts[n + 1 :] if j > i), len(lines))
        sections.append(Section(text, kind, i + 1, nxt - 1))
    return tuple(sections), tuple(warnings)


def _roles_follow(lines: tuple[Line, ...], i: int) -> bool:
    """A dated role line comes after line i before the next line the layout marks as a heading."""
    for line in lines[i + 1 :]:
        if line.heading:
            return False
        if _is_date_line(line):
            return True
    return False


def _heading_at(lines: tuple[Line, ...], i: int, seen_known: bool) -> _Heading | None:
    line = lines[i]
    if line.bullet or len(line.text) > 50:
        return None
    cells = [c.strip(" :") for c in line.text.split(" | ")]
    kinds = [section_kind(c) for c in cells]
    if all(kinds):
        return _Heading(kinds[0], tuple(zip(cells, kinds, strict=True)))  # type: ignore[arg-type]
    if len(cells) > 1 or not seen_known or not line.heading:
        return None
    text = line.text.strip(" :")
    upcoming = " ".join(ln.text for ln in lines[i + 1 : i + 3])
    if (
        len(text.split()) > 3
        or re.search(r"[\d@,.()]", text)
        or _TITLE_WORDS.search(text)
        or find_dates(upcoming) is not None
    ):
        return None
    return _Heading(None, ())


# --- dates ------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DATE = (
    rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|['’]\d{{2}})|{_SEASON}\s*,?\s*{_YEAR}|\d{{1,2}}/{_YEAR}|{_YEAR}[-/.]\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}/\d{{2}}(?![\d/])|{_YEAR}|['’]\d{{2}})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|till date|to date|today|ongoing|date)"
_SEP = r"\s*(?:[–—‒―-]+|to|until|till|through|and|⇒|→|>)\s*"
_RANGE_RE = re.compile(rf"(?i)(?<![\w/])({_DATE}|{_MONTH}){_SEP}({_DATE}|{_PRESENT})(?![\w/])")
_OPEN_RE = re.compile(rf"(?i)^({_DATE})[–—-](?=\s|$)")  # "2018- Acme": a range still open
_SINGLE_RE = re.compile(rf"(?i)(?<![\w/])({_DATE})(?![\w/])")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


@dataclass(frozen=True)
class _Dates:
    start: str | None
    end: str | None
    span: tuple[int, int]
    raw: str


def find_dates(text: str, today: dt.date | None = None) -> _Dates | None:
    """The first date range in a line ("Jan 2019 – Present", "2016-2018", "06/19 ⇒ Now"), or a lone date."""
    match = _RANGE_RE.search(text)
    if match:
        end_raw = match.group(2)
        end = "present" if re.fullmatch(_PRESENT, end_raw, re.I) else normalise_date(end_raw, today)
        start = normalise_date(match.group(1), today)
        if start is None and end and len(end) == 7:  # "June - August 2017": the start month takes the end's year
            start = normalise_date(f"{match.group(1)} {end[:4]}", today)
        return _Dates(start, end, match.span(), match.group(0))
    match = _OPEN_RE.search(text)
    if match:
        return _Dates(normalise_date(match.group(1), today), "present", match.span(), match.group(0))
    match = _SINGLE_RE.search(text)
    if match and normalise_date(match.group(1), today):
        date = normalise_date(match.group(1), today)
        return _Dates(date, date, match.span(), match.group(0))
    return None


def normalise_date(text: str, today: dt.date | None = None) -> str | None:
    """ "YYYY-MM" or "YYYY" for one printed date; None when it is not one."""
    text = text.strip().lower()
    if re.fullmatch(_PRESENT, text):
        return "present"
    month = next((i + 1 for i, m in enumerate(_MONTHS) if re.match(m, text)), None)
    if month and re.match(_SEASON, text) is None:
        year = re.search(rf"{_YEAR}|['’](\d{{2}})", text)
        if year is None:
            return None
        return f"{_full_year(year.group(0), today)}-{month:02d}"
    if m := re.fullmatch(rf"(\d{{1,2}})/({_YEAR}|\d{{2}})", text):
        if 1 <= int(m.group(1)) <= 12:
            return f"{_full_year(m.group(2), today)}-{int(m.group(1)):02d}"
        return None
    if m := re.fullmatch(rf"({_YEAR})[-/.](\d{{1,2}})", text):
        return f"{m.group(1)}-{int(m.group(2)):02d}" if 1 <= int(m.group(2)) <= 12 else m.group(1)
    if year := re.search(rf"{_YEAR}|['’]\d{{2}}$", text):
        return str(_full_year(year.group(0), today))
    return None


def _full_year(text: str, today: dt.date | None) -> int:
    digits = int(text.strip("'’"))
    if digits >= 100:
        return digits
    century = 2000 if 2000 + digits <= (today or dt.date(2100, 1, 1)).year + 1 else 1900
    return century + digits


# --- roles ------------------------------------------------------------------------------------------

_SPLIT_RE = re.compile(r"\s+\|\s+|\s+[•·@]\s+|\s+[–—]\s+|\s+-\s+|\s+at\s+|-{3,}|\s{2,}|\t")
_LOCATION_RE = re.compile(r"^(remote|hybrid|[A-Z][\w.' ]+,\s*([A-Z]{2}|[A-Z][\w.' ]+)(,\s*[A-Z][\w.' ]+)?)$")
_LEGAL_RE = re.compile(r"(?i),\s*(inc|llc|ltd|gmbh|corp|co|plc|s\.?a|l\.?p)\.?$")
_ARROWS_RE = re.compile(r"[➡⬅⬇⬆⇒→←↓↑]+")


@dataclass(frozen=True)
class _Header:
    title: str | None
    company: str | None
    location: str | None


def find_roles(lines: tuple[Line, ...], sections: tuple[Section, ...], today: dt.date) -> tuple[Role, ...]:
    roles: list[Role] = []
    ranges = [(s.first_line, s.last_line) for s in sections if s.kind is SectionKind.EXPERIENCE]
    for first, last in ranges:
        roles += _section_roles(lines, first, last, today)
    return tuple(roles)


def _section_roles(lines: tuple[Line, ...], first: int, last: int, today: dt.date) -> list[Role]:
    roles: list[Role] = []
    used: set[int] = set()
    for i in range(first, last + 1):
        if i in used or not _is_date_line(lines[i]):
            continue
        grid = _grid_roles(lines, i, first, today)
        if grid:
            roles += grid
            used.add(i)
            continue
        dates = find_dates(lines[i].text, today)
        assert dates is not None
        rest = lines[i].text[: dates.span[0]] + " " + lines[i].text[dates.span[1] :]
        header_lines, header = _lookback(
            lines, i, max(first, roles[-1].line + 1 if roles else first), used, _parts(rest)
        )
        above = [p for j in header_lines for p in _parts(lines[j].text)]
        nxt = lines[i + 1] if i + 1 <= last else None
        if (
            header.company is None
            and nxt is not None
            and _header_like(nxt)
            and not nxt.bullet
            and not _is_date_line(nxt)
            and not (header_lines and _looks_like_location(nxt.text))
        ):
            header = _header(above + _parts(nxt.text), _parts(rest))
            if header.company is not None:
                used.add(i + 1)
        header = _company_from_title(header)
        if header.company is None and header.title and roles:
            header = _Header(header.title, roles[-1].company, header.location or roles[-1].location)
        used.update([*header_lines, i])
        start_line = min([*header_lines, i])
        internship = bool(_INTERNSHIP_RE.search(f"{header.title or ''} {dates.raw}"))
        roles.append(
            Role(header.title, header.company, dates.start, dates.end, (), header.location, start_line, internship)
        )
    roles = _drop_company_only(roles)
    return _with_bullets(lines, roles, last, used)


def _is_date_line(line: Line) -> bool:
    if len(line.text) > 120 or (line.bullet and len(line.text) > 60):
        return False
    dates = find_dates(line.text)
    if dates is None:
        return False
    if dates.start != dates.end or dates.end == "present":
        return True
    # a lone date counts only at the edge of a short line ("2007  Acme", "Acme  March 2017")
    return (
        not line.bullet
        and len(line.text) <= 90
        and (dates.span[0] == 0 or dates.span[1] >= len(line.text.rstrip(" |)")) - 1)
    )


def _lookback(lines: tuple[Line, ...], i: int, floor: int, used: set[int], own: list[str]) -> tuple[list[int], _Header]:
    """Up to two header-like lines above a date line ("Company" then "Title"), fewer when both are known."""
    out: list[int] = []
    header = _header([], own)
    j = i - 1
    while (
        (header.title is None or header.company is None)
        and j >= floor
        and len(out) < 2
        and j not in used
        and _header_like(lines[j])
        and not _is_date_line(lines[j])
    ):
        out.insert(0, j)
        header = _header([p for k in out for p in _parts(lines[k].text)], own)
        j -= 1
    return out, header


def _header_like(line: Line) -> bool:
    text = line.text
    # a bulleted header ("• Google | Mountain View") shows its layout columns; other bullets are achievements
    if len(text) > 80 or text.endswith((".", ";")) or (line.bullet and " | " not in text):
        return False
    return len(text.split()) <= 12


def _parts(text: str) -> list[str]:
    text = _ARROWS_RE.sub(" ", text)
    text = re.sub(r"\(\s*\)|\(\s*\d+\s*(yrs?|mos?|years?|months?)[^)]*\)", " ", text, flags=re.I)
    pieces = [p.strip(" ,;:|()-–—") for p in _SPLIT_RE.split(text)]
    return [p for p in pieces if p and re.search(r"[A-Za-z]", p)]


def _header(above: list[str], own: list[str]) -> _Header:
    """Title, company and location from the pieces of the lines above a date line and of the date line itself."""
    own = _comma_split(own) if not above else own
    parts = above + own
    title = next((p for p in [*own, *reversed(above)] if _TITLE_WORDS.search(p)), None)
    others = [p for p in parts if p is not title]
    location = None
    if len(others) >= 2 and _looks_like_location(others[-1]):
        location = others.pop()
    if len(others) >= 2:  # "Company, City, Country": what follows the company is where it is
        location = ", ".join(others[1:] + ([location] if location else []))
        others = others[:1]
    company = others[0] if others else None
    if company and location is None and above and company.count(", ") >= 2 and not _LEGAL_RE.search(company):
        # "Quillmark Insurance, Hartford, CT" on a line of its own: the company, then where it is
        name, place = company.split(", ", 1)
        if place[:1].isupper() and not _TITLE_WORDS.search(place):
            company, location = name, place
    return _Header(title, company, location)


def _company_from_title(header: _Header) -> _Header:
    """ "Senior Engineering Manager, Carebridge Health" when no other piece names the company: the title's tail does."""
    title, company = header.title, header.company
    if not title or ", " not in title or (company is not None and not _looks_like_location(company)):
        return header
    head, tail = title.rsplit(", ", 1)
    if not _TITLE_WORDS.search(head) or _TITLE_WORDS.search(tail) or _looks_like_location(tail):
        return header
    return _Header(head, tail, header.location or company)


def _comma_split(parts: list[str]) -> list[str]:
    # "Title, Company, City" on one line: split at commas only when the pieces did not already separate them
    if len(parts) != 1 or "," not in parts[0] or _LEGAL_RE.search(parts[0]):
        return parts
    return [p.strip() for p in parts[0].split(",") if p.strip()]


def _looks_like_location(text: str) -> bool:
    return bool(_LOCATION_RE.match(text)) and not _LEGAL_RE.search(text) and not _TITLE_WORDS.search(text)


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
        header = _header(_parts(title_cell), _parts(cell[: dates.span[0]] + " " + cell[dates.span[1] :]))
        internship = bool(_INTERNSHIP_RE.search(header.title or ""))
        roles.append(Role(header.title, header.company, dates.start, dates.end, (), header.location, i - 1, internship))
    return roles


def _drop_company_only(roles: list[Role]) -> list[Role]:
    """ "Acme (2015–2020)" over several titled roles at Acme is a heading, not a role of its own."""
    out: list[Role] = []
    for n, role in enumerate(roles):
        nxt = roles[n + 1] if n + 1 < len(roles) else None
        if role.title is None and nxt is not None and nxt.title and nxt.company == role.company:
            continue
        out.append(role)
    return out


def _with_bullets(lines: tuple[Line, ...], roles: list[Role], last: int, used: set[int]) -> list[Role]:
    out: list[Role] = []
    for n, role in enumerate(roles):
        stop = roles[n + 1].line - 1 if n + 1 < len(roles) else last
        bullets: list[Bullet] = []
        location = role.location
        # Where a résumé marks its bullets, a plain line after the first bullet is that bullet wrapped.
        marked = any(lines[j].bullet for j in range(role.line, stop + 1) if j not in used)
        for j in range(role.line, stop + 1):
            if j in used:
                continue
            line = lines[j]
            if not bullets and location is None and _LOCATION_RE.fullmatch(line.text):
                location = line.text
                continue
            wrapped = marked or _continues(lines[j - 1].text, line.text)
            if (
                bullets
                and not line.bullet
                and not line.heading
                and j - 1 not in used
                and wrapped
                and not lines[j - 1].text.rstrip().endswith((".", "!", "?", ":"))
            ):
                prev = bullets[-1]
                text = f"{prev.text} {line.text}"
                bullets[-1] = Bullet(text, prev.line, find_metrics(text))
            else:
                bullets.append(Bullet(line.text, j, find_metrics(line.text)))
        out.append(
            Role(role.title, role.company, role.start, role.end, tuple(bullets), location, role.line, role.internship)
        )
    return out


# "Denver, CO", "London, United Kingdom", "Remote", "Berlin · Remote": a place line under a role header.
_LOCATION_RE = re.compile(
    r"(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)?){1,2}"
    r"(?:\s*[·|(]\s*(?:Remote|Hybrid|On-?site)\)?)?|Remote|Hybrid)"
)
_OPEN_END_RE = re.compile(
    r"(?i)(?:[,(/&+–—-]|\b(?:of|a|an|the|and|or|to|with|for|in|on|from|by|over|into|at|as|than|"
    r"via|across|per|up|our|its|their|while|which|that|who|using|including))$"
)


def _continues(prev: str, text: str) -> bool:
    """A wrapped line: the one before did not end a sentence, and this one starts in lower case or a figure,
    or the one before stopped on a word no sentence ends with ("peaks of" / "3,000 requests/s")."""
    prev = prev.rstrip()
    if prev.endswith((".", "!", "?", ":")):
        return False
    return text[:1].islower() or text[:1].isdigit() or bool(_OPEN_END_RE.search(prev))


# --- metrics ----------------------------------------------------------------------------------------

_METRIC_PATTERNS: tuple[tuple[MetricKind, str], ...] = (
    (
        MetricKind.MONEY,
        r"[$€£¥]\s?\d[\d,.]*\s?(?:[kmb]|bn|mm|million|billion|thousand)?\b(?:/\w+)?|"
        r"\b\d[\d,.]*\s?(?:[kmb]|million|billion)?\s?(?:usd|eur|gbp|dollars|euros)\b",
    ),
    (MetricKind.PERCENT, r"\b\d+(?:[.,]\d+)?\s?%|\b\d+(?:\.\d+)?\s?percent\b"),
    (
        MetricKind.MULTIPLIER,
        r"\b\d+(?:\.\d+)?\s?[x×]\b(?!\d)|\b[x×]\s?\d+(?:\.\d+)?\b|\b(?:two|three|four|five|ten)fold\b",
    ),
    (
        MetricKind.LATENCY,
        r"\bp\d{2,3}\b[^.;,]{0,20}?\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds)?\b|"
        r"\b\d+(?:\.\d+)?\s?(?:ms|milliseconds|µs|us)\b|\bfrom\s+\d+(?:\.\d+)?\s?(?:ms|s)\s+to\s+\d+(?:\.\d+)?\s?(?:ms|s)\b",
    ),
    (
        MetricKind.TEAM,
        r"\bteams?\s+of\s+(?:\d+|[a-z]+)\b(?:\s+\w+)?|\b\d+\+?\s+(?:engineers|developers|people|reports|"
        r"direct reports|managers|designers|scientists|members)\b",
    ),
    (
        MetricKind.USERS,
        r"\b\d[\d,.]*\s?[kmb]?\+?\s+(?:users|customers|clients|members|subscribers|merchants|"
        r"visitors|students|dau|mau|requests|rps|qps|tps|transactions|events|messages)(?:\s?(?:per|/)\s?"
        r"(?:second|sec|s|day|month|minute))?\b|\b\d[\d,.]*\s?[kmb]?\s?(?:rps|qps|tps|dau|mau)\b",
    ),
    (MetricKind.TIME, r"\b\d+(?:\.\d+)?\s?(?:hours?|hrs?|days?|weeks?|months?|minutes?|mins?)\b"),
    (
        MetricKind.COUNT,
        r"\b\d{1,3}(?:,\d{3})+\+?\b|\b\d+(?:\.\d+)?\s?(?:[kmb]|tb|gb|pb|million|billion)\b\+?|\b\d{3,}\+?\b",
    ),
)


def find_metrics(text: str) -> tuple[Metric, ...]:
    """Quantified results in a bullet, each text span counted once (money before a plain count)."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Metric]] = []
    for kind, pattern in _METRIC_PATTERNS:
        for match in re.finditer(pattern, text, re.I):
            span = match.span()
            if any(span[0] < b and a < span[1] for a, b in taken):
                continue
            if kind is MetricKind.COUNT and re.fullmatch(_YEAR, match.group(0).strip("+")):
                continue  # a year is not a result
            taken.append(span)
            found.append((span[0], Metric(match.group(0).strip(), kind)))
    return tuple(m for _, m in sorted(found, key=lambda f: f[0]))


# --- contact ----------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(
    r"(?<![\w/])(?:\(\+?\d{1,3}\)\s?|\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,5}[\s.-])?(?:\d{3,4}[\s.-]?\d{3,4}|\d{8,12})(?![\w/])"
)
_LINK_RE = re.compile(
    r"(?i)\b(?:https?://\S+|www\.\S+|(?:linkedin\.com|github\.com|gitlab\.com)/\S+|[\w-]+\.(?:com|io|dev|me|org|net|pub|in|co)(?:/\S*)?)"
)
_NAME_STOP = re.compile(
    r"(?i)\b(resume|résumé|curriculum|vitae|cv|engineer|developer|manager|street|st\.?|road|avenue)\b"
)


def find_contact(doc: Document, sections: tuple[Section, ...]) -> Contact:
    head = doc.lines[: max(12, sections[0].last_line + 1 if sections and sections[0].heading == "" else 12)]
    text = doc.text
    email = next((m.group(0).rstrip(".") for ln in doc.lines for m in [_EMAIL_RE.search(ln.text)] if m), None)
    phone = _phone(doc.lines)
    links = tuple(
        dict.fromkeys(
            m.group(0).rstrip(".,;)")
            for ln in head
            for m in _LINK_RE.finditer(ln.text)
            if "@" not in m.group(0) and not (email and m.group(0) in email)
        )
    )
    return Contact(_name(head), email, phone, _location(head, text), links)


def _name(lines: tuple[Line, ...]) -> str | None:
    # The name is set large: a name-like line the layout marks as a heading wins over a sidebar's first words.
    marked = [ln for ln in lines if ln.heading]
    return _first_name(tuple(marked)) or _first_name(lines)


def _first_name(lines: tuple[Line, ...]) -> str | None:
    for n, line in enumerate(lines):
        cell = line.text.split(" | ")[0].strip()
        if not _name_like(cell):
            continue
        words = cell.split()
        if (
            len(words) == 1
            and n + 1 < len(lines)
            and _name_like(lines[n + 1].text)
            and len(lines[n + 1].text.split()) == 1
        ):
            cell, words = f"{cell} {lines[n + 1].text}", [*words, lines[n + 1].text]  # a name split over two cells
        if len(words) < 2:
            continue
        return cell.title() if cell.islower() or cell.isupper() else cell
    return None


def _name_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 4
        and bool(re.fullmatch(r"[^\W\d_][\w.'’()\- ]*", text))
        and not re.search(r"\d|_", text)
        and section_kind(text) is None
        and not _NAME_STOP.search(text)
        and not _TITLE_WORDS.search(text)
    )


# "+45 31 22 48 90", "+47 912 34 567", "+33 6 12 34 56 78": international numbers grouped in twos and threes
_INTL_PHONE_RE = re.compile(r"(?<![\w/])\+\d{1,3}(?:[\s.-]?\(\d{1,4}\))?(?:[\s.-]\d{1,4}){2,6}(?![\w/])")


def _phone(lines: tuple[Line, ...]) -> str | None:
    for line in lines:
        for match in _INTL_PHONE_RE.finditer(line.text):
            if 8 <= len(re.sub(r"\D", "", match.group(0))) <= 15:
                return match.group(0).strip()
    for line in lines:
        for match in _PHONE_RE.finditer(line.text):
            digits = re.sub(r"\D", "", match.group(0))
            if (
                7 <= len(digits) <= 15
                and not _RANGE_RE.search(match.group(0))
                and not re.fullmatch(r"(19|20)\d{2}\D*(19|20)\d{2}", match.group(0))
            ):
                return match.group(0).strip()
    return None


def _location(lines: tuple[Line, ...], text: str) -> str | None:
    for line in lines:
        for cell in re.split(r"\s+[|•·]\s+", line.text):
            if _LOCATION_RE.match(cell.strip()) and not _NAME_STOP.search(cell) and len(cell) <= 40:
                return cell.strip()
    return None


# --- years ------------------------------------------------------------------------------------------


def years_of_experience(roles: tuple[Role, ...], as_of: dt.date) -> float | None:
    """Union of professional roles' intervals in years; overlaps count once, internships not at all."""
    spans = sorted(s for r in roles if not r.internship and (s := _interval(r, as_of)) is not None)
    if not spans:
        return None
    total, (cur_start, cur_end) = 0.0, spans[0]
    for start, end in spans[1:]:
        if start > cur_end:
            total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    total += cur_end - cur_start
    return round(total, 1)


def _interval(role: Role, as_of: dt.date) -> tuple[float, float] | None:
    if role.start is None or role.start == "present":
        return None
    start = _month_index(role.start, end=False)
    end_text = role.end or role.start
    end = as_of.year * 12 + as_of.month - 1 if end_text == "present" else _month_index(end_text, end=True)
    if len(end_text) == 4 and len(role.start) == 4 and end_text != role.start:
        end = int(end_text) * 12  # "2016–2018": count to the start of the last year, not its end
    return (start / 12, max(start, end) / 12)


def _month_index(text: str, end: bool) -> int:
    year = int(text[:4])
    if len(text) >= 7:
        return year * 12 + int(text[5:7]) - 1
    return year * 12 + (11 if end else 0)


# --- the résumé -------------------------------------------------------------------------------------


def parse_resume(doc: Document, today: dt.date) -> Resume:
    """Read contact, sections and roles; raise ContentError only when nothing usable was read."""
    if language := foreign_language(doc.text):
        raise ContentError(
            f"{doc.source}: the résumé looks like {language}; tailor reads English documents: "
            "use an English version of your résumé"
        )
    if doc.kind is DocKind.JSON_RESUME:
        from tailor.jsonresume import from_json_resume  # here: jsonresume builds on this module's helpers

        return from_json_resume(doc, today)
    sections, warnings = find_sections(doc.lines)
    contact = find_contact(doc, sections)
    roles = find_roles(doc.lines, sections, today)
    if not roles and not any(s.kind is SectionKind.EXPERIENCE for s in sections):
        roles = find_roles(doc.lines, (Section("", SectionKind.EXPERIENCE, 0, len(doc.lines) - 1),), today)
    return _resume(doc, today, contact, sections, roles, warnings)


def _resume(
    doc: Document,
    today: dt.date,
    contact: Contact,
    sections: tuple[Section, ...],
    roles: tuple[Role, ...],
    warnings: tuple[str, ...],
) -> Resume:
    if not roles and contact.email is None and contact.name is None and len(sections) <= 1:
        raise ContentError(f"{doc.source}: no résumé content found (no name, email, sections or dated roles)")
    as_of = doc.date or today
    summary = _summary(doc.lines, sections)
    report = _report(doc, contact, sections, roles, warnings)
    return Resume(doc, contact, sections, roles, years_of_experience(roles, as_of), as_of, report, summary)


def _summary(lines: tuple[Line, ...], sections: tuple[Section, ...]) -> str:
    section = next((s for s in sections if s.kind is SectionKind.SUMMARY), None)
    if section is None:
        return ""
    return " ".join(ln.text for ln in lines[section.first_line : section.last_line + 1])


def _report(
    doc: Document, contact: Contact, sections: tuple[Section, ...], roles: tuple[Role, ...], warnings: tuple[str, ...]
) -> ReadingReport:
    named = [s for s in sections if s.heading]
    bullets = sum(len(r.bullets) for r in roles)
    found = [f"{len(named)} sections", f"{len(roles)} roles", f"{bullets} bullets"]
    found += [
        name
        for name, value in (
            ("name", contact.name),
            ("email", contact.email),
            ("phone", contact.phone),
            ("location", contact.location),
        )
        if value
    ]
    found += [f"{len(contact.links)} links"] if contact.links else []
    notes = list(doc.warnings) + list(warnings)
    undated = [r.label for r in roles if r.start is None]
    notes += [f"role without dates: {label}" for label in undated]
    if len(doc.lines) < 15:
        notes.append(f"very short document ({len(doc.lines)} lines)")
    if not roles:
        notes.append("no roles found: no dated positions under an experience heading")
    if contact.email is None:
        notes.append("no email address found")
    if contact.name is None:
        notes.append("no name found")
    return ReadingReport(doc.kind.value, doc.pages, tuple(found), tuple(notes))
