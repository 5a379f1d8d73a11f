"""Part of draft: the plain sum a posting line's own figures allow, asked as a question (issue 12).

A diligent candidate reads "Grow the organization from 31 to about 50 engineers over the next year" as about
19 hires, one every three weeks, and asks who runs that hiring. Only figures printed on the same line are
summed: a target with no starting point ("grow to 50 engineers") gives no sum.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from tailor.draft.words import _clauses, _clean, _phrase_clip, brief_data


@dataclass(frozen=True)
class Sum:
    """A question doing the sum of one posting sentence's figures."""

    text: str
    quote: str  # the words of the sentence it quotes, figures and all
    hiring: bool  # hires still to make (the Head of Engineering's); else the shape of the organisation (the VP's)


def line_sum(sentence: str) -> Sum | None:
    """The sum a posting sentence's own figures allow, asked about; None when it has no such pair of figures."""
    for find in (_from_to, _per_team, _count_in_period):
        found = find(sentence)
        if found is not None:
            return found
    return None


@functools.cache
def _data() -> dict[str, Any]:
    return dict(brief_data()["questions"]["sums"])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _data()
    number = rf"(\d[\d,]*|{_alternation(list(data['number_words']))})"
    approx = rf"((?:{_alternation(data['approximately'])})\s+)?"
    people = rf"((?:\w+\s+){{0,2}}?(?:{_alternation(data['people'])}))"
    unit = rf"({_alternation(list(data['unit_weeks']))})s?"
    return {
        "from_to": re.compile(rf"(?i)\bfrom\s+{approx}{number}\s+(?:\w+\s+)?to\s+{approx}{number}\+?\s+{people}\b"),
        "teams": re.compile(rf"(?i)\b{number}\s+teams?\s*(?:,|and|with|of)\s+{approx}{number}\s+{people}\b"),
        # "a team of 14 engineers across three teams": the people first
        "people_teams": re.compile(rf"(?i)\b{approx}{number}\s+{people}\s+(?:across|in|over|on)\s+{number}\s+teams\b"),
        "count": re.compile(
            rf"(?i)\b(?:{_alternation(data['hiring_cues'])})\b((?:\s+[\w-]+){{0,4}}?)\s+{number}\s+{people}\b"
        ),
        "period": re.compile(
            rf"(?i)\b(?:over|in|within|during)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?(?:{number}\s+)?{unit}\b"
        ),
        "period_word": re.compile(rf"(?i)\b({_alternation(list(data['period_words']))})\b"),
        "past": re.compile(rf"(?i)\b(?:{_alternation(data['past_cues'])})\b"),
    }


def _number(text: str) -> int:
    words: dict[str, int] = _data()["number_words"]
    return words.get(text.lower()) or int(text.replace(",", ""))


def _said(n: int) -> str:
    return str(_data()["said_words"].get(str(n), n))


def _period(sentence: str) -> tuple[float, str] | None:
    """The period the line states, in weeks and as said ("a year", "two quarters"); None when none."""
    patterns, weeks = _patterns(), _data()["unit_weeks"]
    match = patterns["period"].search(sentence)
    if match:
        count = _number(match.group(1)) if match.group(1) else 1
        unit = match.group(2).lower()
        said = f"a {unit}" if count == 1 else f"{_said(count)} {unit}s"
        return count * weeks[unit], said
    word = patterns["period_word"].search(sentence)
    if word:
        unit = _data()["period_words"][word.group(1).lower()]
        return float(weeks[unit]), f"a {unit}"
    return None


def _rate(added: int, weeks: float) -> str:
    """How often one is added, from the count and the period: "roughly one every three weeks"."""
    data, every = _data(), weeks / added
    if every < 0.75:
        return str(data["rate_per_week"]).format(n=_said(round(added / weeks)))
    if every < 1.5:
        return str(data["rate_week"])
    if every < 9:
        return str(data["rate_weeks"]).format(n=_said(int(every + 0.5)))
    months = int(every / float(data["unit_weeks"]["month"]) + 0.5)
    return str(data["rate_month"]) if months == 1 else str(data["rate_months"]).format(n=_said(months))



def _quoted(sentence: str, figures: str) -> str:
    """The clause of the sentence holding the figures: the call sheet has room for the sum, not the whole line."""
    whole = _clean(sentence).rstrip(".")
    parts = [p for c in _clauses(whole) for p in c.split(": ")]
    clause = next((p for p in parts if figures in p and len(p.split()) >= _CLAUSE_WORDS), whole)
    return _phrase_clip(clause, brief_data()["questions"]["quote_words"])


_CLAUSE_WORDS = 4


def _from_to(sentence: str) -> Sum | None:
    match = _patterns()["from_to"].search(_clean(sentence))
    if match is None:
        return None
    start, end, noun = _number(match.group(2)), _number(match.group(4)), match.group(5)
    if end <= start:
        return None
    data, quote = _data(), _quoted(sentence, match.group(0))
    period = _period(sentence)
    in_period = str(data["in_period"]).format(period_said=period[1]) if period else ""
    if _patterns()["past"].search(sentence):
        times = end / start
        multiple = data["multiples"].get(str(round(times))) if abs(times - round(times)) < _WHOLE else None
        said = multiple or str(data["multiple_of"]).format(diff=end - start, noun=noun)
        return Sum(str(data["grown"]).format(quote=quote, multiple=said, period=in_period), quote, hiring=False)
    about = "about " if match.group(1) or match.group(3) else ""
    rate = ", " + _rate(end - start, period[0]) if period else ""
    text = str(data["growth"]).format(
        quote=quote, about=about, diff=end - start, noun=noun, period=in_period, rate=rate
    )
    return Sum(text, quote, hiring=True)


_WHOLE = 0.15  # 8 to 24 is three times the size; 8 to 26 is not said as a multiple


def _per_team(sentence: str) -> Sum | None:
    text, patterns = _clean(sentence), _patterns()
    found = [(_number(m.group(1)), _number(m.group(3)), m.group(4), m) for m in patterns["teams"].finditer(text)]
    across = patterns["people_teams"].finditer(text)
    found += [(_number(m.group(4)), _number(m.group(2)), m.group(3), m) for m in across]
    # "a team of 7 engineers" is one team: no sum
    teams, people, noun, match = next((f for f in found if 2 <= f[0] <= f[1]), (0, 0, "", None))
    if match is None:
        return None
    quote = _quoted(sentence, match.group(0))
    said = str(_data()["per_team"]).format(quote=quote, each=_said(round(people / teams)), noun=noun)
    return Sum(said, quote, hiring=False)


def _count_in_period(sentence: str) -> Sum | None:
    match = _patterns()["count"].search(_clean(sentence))
    period = _period(sentence)
    if match is None or period is None:
        return None
    gap = match.group(1).split()
    # "grow to 50 engineers", "a team of 7 engineers": a target or a size, not a number of hires
    if {w.lower() for w in gap} & {"to", "of", "reach", "than"}:
        return None
    count = _number(match.group(2))
    if count < 2:
        return None
    quote = _quoted(sentence, match.group(0))
    text = str(_data()["count"]).format(
        quote=quote, count=_said(count), period_said=period[1], rate=_rate(count, period[0])
    )
    return Sum(text, quote, hiring=True)
