"""Part of parse: the dates a résumé prints ("Sep. 2023 – Present", "Since 2019", "03/2020 - 11/2021") -> YYYY-MM."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_QUARTER = rf"q([1-4])\s*{_YEAR}"  # "Q1 2019": a quarter, read as its first month (its last when it ends a range)
# "Jan 2019", "Jan-2019", "Summer 2012", "03/2019", "03.2019", "2019-03-01", "2019-03", "3/19", "2019", "'19"
_DATE = (
    rf"(?:{_QUARTER.replace('([1-4])', '[1-4]')}"
    rf"|{_MONTH}\s*[,-]?\s*(?:{_YEAR}|['’]\d{{2}})|{_SEASON}\s*,?\s*{_YEAR}|\d{{1,2}}[/.]{_YEAR}"
    rf"|{_YEAR}-\d{{2}}-\d{{2}}(?!\d)|{_YEAR}[-/.]\d{{1,2}}(?![\d-])|\d{{1,2}}/\d{{2}}(?![\d/])|{_YEAR}|['’]\d{{2}})"
)
# "2020-01 / 2022-03": a slash set apart by spaces joins a range too (unspaced, it is inside a date: "03/2019")
_SEP = r"(?:\s*(?:[–—‒―-]+|to|until|till|through|and|⇒|→|>)\s*|\s+/\s+)"
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


@dataclass(frozen=True)
class Dates:
    start: str | None
    end: str | None
    span: tuple[int, int]  # where the dates are printed in the text searched
    raw: str


@dataclass(frozen=True)
class _Patterns:
    present: str
    range: re.Pattern[str]
    open_start: re.Pattern[str]
    open_end: re.Pattern[str]
    single: re.Pattern[str]
    month_years: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    words = json.loads((files("tailor") / "data" / "resume.json").read_text(encoding="utf-8"))["dates"]
    present = "(?:" + "|".join(sorted((re.escape(w) for w in words["present"]), key=len, reverse=True)) + ")"
    since = "(?:" + "|".join(re.escape(w) for w in words["open_start"]) + ")"
    return _Patterns(
        present,
        # a whole date ("2008-01-01") may touch the word before it, where a table cell ends right at the date's
        re.compile(
            rf"(?i)(?:(?<![\w/])|(?<=[^\W\d_])(?={_YEAR}-\d{{2}}-\d{{2}}))({_DATE}|{_MONTH}){_SEP}({_DATE}|{present})"
            r"(?![\w/])"
        ),
        # "Since 2019", "Acme | From March 2020": a range still open; at the start of a cell, since a sentence
        # saying "lecturer since Jul 2021" is no entry header
        re.compile(rf"(?i)(?:^|(?<=[|(,·•–—])|(?<=\s\s))\s*{since}\s+({_DATE})(?![\w/])"),
        # "2018- Acme", "Head of Platform | 2021 –", "(2021 – )": a range still open, its end left blank
        re.compile(rf"(?i)^({_DATE})[–—-](?=\s|$)|(?<![\w/])({_DATE})\s*[–—‒―-]+\s*(?=$|\||\))"),
        re.compile(rf"(?i)(?<![\w/])({_DATE})(?![\w/])"),
        # "09-16 - 03-17", "11-19 - Now": months and two-digit years joined by a hyphen, read only as a whole range
        # (apart, "03-17" may as well be two years); the range's dash is spaced or a long one
        re.compile(
            rf"(?i)(?<![\w/.-])(\d{{2}})-(\d{{2}})\s*(?:[–—‒―]|(?<=\s)-(?=\s)|\bto\b)\s*(?:(\d{{2}})-(\d{{2}})|({present}))"
            r"(?![\w/.-])"
        ),
    )


def find_dates(text: str, today: dt.date | None = None) -> Dates | None:
    """The first date range in a line ("Jan 2019 – Present", "2016-2018", "Since 2019"), or a lone date."""
    p = _patterns()
    if match := p.range.search(text):
        end_raw = match.group(2)
        end = "present" if re.fullmatch(p.present, end_raw, re.I) else normalise_date(end_raw, today)
        if end and (quarter := re.fullmatch(_QUARTER, end_raw.strip(), re.I)):
            end = f"{end[:4]}-{int(quarter.group(1)) * 3:02d}"  # "– Q3 2020" ends with the quarter's last month
        start = normalise_date(match.group(1), today)
        if start is None and end and len(end) == 7:  # "June - August 2017": the start month takes the end's year
            start = normalise_date(f"{match.group(1)} {end[:4]}", today)
        return Dates(start, end, match.span(), match.group(0))
    if (match := p.month_years.search(text)) and (dates := _month_years(match, today)):
        return dates
    for pattern in (p.open_start, p.open_end):
        if match := pattern.search(text):
            start = next(g for g in match.groups() if g)
            return Dates(normalise_date(start, today), "present", match.span(), match.group(0))
    match = p.single.search(text)
    if match and (date := normalise_date(match.group(1), today)):
        return Dates(date, date, match.span(), match.group(0))
    return None


def _month_years(match: re.Match[str], today: dt.date | None) -> Dates | None:
    """ "09-16 - 03-17" as 2016-09 to 2017-03, when both first numbers are months and the range runs forward."""
    month, year, end_month, end_year, present = match.groups()
    months = [int(m) for m in (month, end_month) if m]
    if not all(1 <= m <= 12 for m in months):
        return None
    start = f"{_full_year(year, today)}-{int(month):02d}"
    end = "present" if present else f"{_full_year(end_year, today)}-{int(end_month):02d}"
    if end != "present" and end < start:
        return None
    return Dates(start, end, match.span(), match.group(0))


def normalise_date(text: str, today: dt.date | None = None) -> str | None:
    """ "YYYY-MM" or "YYYY" for one printed date; "present"; None when it is not one."""
    text = text.strip().lower()
    if re.fullmatch(_patterns().present, text):
        return "present"
    if quarter := re.fullmatch(_QUARTER, text):
        return f"{text[-4:]}-{int(quarter.group(1)) * 3 - 2:02d}"
    month = next((i + 1 for i, m in enumerate(_MONTHS) if re.match(m, text)), None)
    if month and re.match(_SEASON, text) is None:
        year = re.search(rf"{_YEAR}|['’](\d{{2}})", text)
        if year is None:
            return None
        return f"{_full_year(year.group(0), today)}-{month:02d}"
    if m := re.fullmatch(rf"(\d{{1,2}})[/.]({_YEAR}|\d{{2}})", text):
        if 1 <= int(m.group(1)) <= 12:
            return f"{_full_year(m.group(2), today)}-{int(m.group(1)):02d}"
        return None
    if m := re.fullmatch(rf"({_YEAR})[-/.](\d{{1,2}})(?:-\d{{2}})?", text):
        return f"{m.group(1)}-{int(m.group(2)):02d}" if 1 <= int(m.group(2)) <= 12 else m.group(1)
    if year := re.search(rf"{_YEAR}|['’]\d{{2}}$", text):
        return str(_full_year(year.group(0), today))
    return None


def is_year(text: str) -> bool:
    return re.fullmatch(_YEAR, text) is not None


def looks_like_range(text: str) -> bool:
    """Two dates joined as a range somewhere in the text (a phone number must not be one)."""
    return _patterns().range.search(text) is not None


def _full_year(text: str, today: dt.date | None) -> int:
    digits = int(text.strip("'’"))
    if digits >= 100:
        return digits
    century = 2000 if 2000 + digits <= (today or dt.date(2100, 1, 1)).year + 1 else 1900
    return century + digits


# a piece of a date range broken over lines in a narrow margin: "May", "2020–April", "2023–to", "date"
_FRAGMENT = re.compile(rf"(?i){_MONTH}|{_YEAR}|{_SEASON}|to|date|present|now|current")
_RANGE_END = re.compile(r"(?i)[–—‒―-]|\bto\b")
_ENDS_DATE = re.compile(rf"(?i)(?:{_YEAR}|date|present|now|current)$")


def is_date_fragment(word: str) -> bool:
    """The word is made only of date pieces joined by dashes ("2020–April", "date", "2016"), or is the dash of a
    range set apart ("October 2023 -" / "Present")."""
    pieces = [p for p in re.split(r"[–—‒―-]", word.strip(",")) if p]
    return all(_FRAGMENT.fullmatch(p) for p in pieces) and (bool(pieces) or _RANGE_END.fullmatch(word) is not None)


def is_whole_range(text: str) -> bool:
    """Fragments joined back make a whole range: a separator, and a year or "present" at the end."""
    return _RANGE_END.search(text) is not None and _ENDS_DATE.search(text) is not None
