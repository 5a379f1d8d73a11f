"""Part of draft: the plain sum a posting line's own figures allow, asked as a question (issue 12).

A diligent candidate reads "Grow the organization from 31 to about 50 engineers over the next year" as about
19 hires, one every three weeks, and asks who runs that hiring. Only figures printed on the same line are
summed: a target with no starting point ("grow to 50 engineers") gives no sum. The same reading asks what a
line's own figures leave open: whether "2 billion events per day" is today's volume or the target, what "5x
our current peak of 2,500 payments per second" comes to, how a budget the role owns is split.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from tailor.draft.words import _clauses, _clean, _phrase_clip, _verbatim, brief_data


@dataclass(frozen=True)
class Sum:
    """A question doing the sum of one posting sentence's figures."""

    text: str
    quote: str  # the words of the sentence it quotes, figures and all
    # what it is about, which says whose question it is: "hiring" (hires still to make), "team" (how people split
    # across the teams named), "shape" (the organisation's size and teams), "load" (the volume a system must
    # carry), "budget" (money the role owns)
    kind: str


def line_sum(sentence: str) -> Sum | None:
    """The sum a posting sentence's own figures allow, asked about; None when it has no such pair of figures."""
    for find in (_from_to, _per_team, _count_in_period, _split_across, _load_multiple, _load_or_target, _budget):
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
        # "our ingestion and query teams (11 engineers, two tech leads)": two named teams and a head count
        "split": re.compile(
            rf"(?i)(?:\b(?:our|the|its)\s+|^)([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+and\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
            rf"\s+teams\b[^.;]{{0,30}}?\b{approx}{number}\s+{people}\b"
        ),
        # "2 billion telemetry events per day", "2,500 payments per second"
        "rate": re.compile(
            rf"(?i)\b(\d[\d,.]*)\s*({_alternation(data['magnitudes'])})?\s+((?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)"
            rf"\s+(?:per|a|an|each)\s+({_alternation(data['rate_units'])})\b"
        ),
        "multiple": re.compile(r"(?i)\b(\d+(?:\.\d+)?)\s?x\b"),
        "present": re.compile(rf"(?i)\b(?:{_alternation(data['present_cues'])})\b"),
        "future": re.compile(rf"(?i)\b(?:{_alternation(data['future_cues'])})\b"),
        "budget": re.compile(rf"(?i)\b(?:{_alternation(data['budget_cues'])})\b"),
        "owner": re.compile(rf"(?i)\b(?:{_alternation(data['budget_owner_cues'])})\b"),
        "perk": re.compile(rf"(?i)\b(?:{_alternation(data['perk_cues'])})\b"),
        "money": re.compile(
            rf"(?i){approx}[$€£]\s?\d[\d,.]*\s*(?:{_alternation(data['money_magnitudes'])})?(?![\w])"
        ),
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
    whole = _verbatim(sentence)
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
        return Sum(str(data["grown"]).format(quote=quote, multiple=said, period=in_period), quote, "shape")
    about = "about " if match.group(1) or match.group(3) else ""
    rate = ", " + _rate(end - start, period[0]) if period else ""
    text = str(data["growth"]).format(
        quote=quote, about=about, diff=end - start, noun=noun, period=in_period, rate=rate
    )
    return Sum(text, quote, "hiring")


_WHOLE = 0.15  # 8 to 24 is three times the size; 8 to 26 is not said as a multiple


def people_per_team(sentence: str) -> tuple[int, int, str, tuple[int, int]] | None:
    """The teams and people one sentence states ("five teams and 38 engineers", "14 engineers across three
    teams"): (teams, people, the people's noun, where in the sentence); None when it states no such pair."""
    found = _teams_and_people(sentence)
    return None if found is None else (found[0], found[1], found[2], found[3].span())


def _teams_and_people(sentence: str) -> tuple[int, int, str, re.Match[str]] | None:
    text, patterns = " ".join(sentence.split()), _patterns()
    found = [(_number(m.group(1)), _number(m.group(3)), m.group(4), m) for m in patterns["teams"].finditer(text)]
    across = patterns["people_teams"].finditer(text)
    found += [(_number(m.group(4)), _number(m.group(2)), m.group(3), m) for m in across]
    # "a team of 7 engineers" is one team: no sum
    return next((f for f in found if 2 <= f[0] <= f[1]), None)


def _per_team(sentence: str) -> Sum | None:
    found = _teams_and_people(_clean(sentence))
    if found is None:
        return None
    teams, people, noun, match = found
    quote = _quoted(sentence, match.group(0))
    said = str(_data()["per_team"]).format(quote=quote, each=_said(round(people / teams)), noun=noun)
    return Sum(said, quote, "shape")


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
    return Sum(text, quote, "hiring")


def _split_across(sentence: str) -> Sum | None:
    """Two named teams and one head count: how the people are split is the open point. Brackets kept: the count
    is often printed in them ("our ingestion and query teams (11 engineers, two tech leads)")."""
    match = _patterns()["split"].search(" ".join(sentence.split()))
    if match is None or _number(match.group(4)) < _SPLIT_PEOPLE:
        return None
    first, second, count, noun = match.group(1), match.group(2), match.group(4), match.group(5)
    text = str(_data()["split"]).format(count=count, noun=noun, first=first, second=second)
    return Sum(text, match.group(0), "team")


_SPLIT_PEOPLE = 4  # "two engineers" across two teams is not a split worth asking about


def _load_multiple(sentence: str) -> Sum | None:
    """A multiple of a volume the same clause says is today's: "handles 5x our current payday peak of 2,500
    payments per second" is about 12,500 payments per second, a target worth saying in full and asking about.
    Only within one clause: "grown revenue 2.4x" does not multiply the readings a day named before it."""
    patterns = _patterns()
    for clause in _clauses(" ".join(sentence.split())):
        multiple, rate = patterns["multiple"].search(clause), patterns["rate"].search(clause)
        if multiple is None or rate is None or rate.start() < multiple.end() or not patterns["present"].search(clause):
            continue
        value = float(rate.group(1).replace(",", "")) * float(multiple.group(1))
        magnitude = f" {rate.group(2)}" if rate.group(2) else ""
        said = f"{round(value):,}" if value >= _WHOLE_NUMBER else f"{value:g}"
        quote = _phrase_clip(clause, brief_data()["questions"]["quote_words"])
        text = str(_data()["load_multiple"]).format(
            quote=quote, figure=f"{said}{magnitude} {rate.group(3)} per {rate.group(4)}"
        )
        return Sum(text, quote, "load")
    return None


_WHOLE_NUMBER = 100


def _load_or_target(sentence: str) -> Sum | None:
    """A volume on a line about what is to be built ("the multi-year architecture for ingesting 2 billion events
    per day"): is it today's volume or the target? Not asked when the line says which."""
    patterns = _patterns()
    plain = _clean(sentence)
    rate = patterns["rate"].search(plain)
    if rate is None or not patterns["future"].search(plain) or patterns["present"].search(plain):
        return None
    figure = " ".join(part for part in rate.group(1, 2, 3) if part) + f" per {rate.group(4)}"
    quote = _quoted(sentence, rate.group(0))
    return Sum(str(_data()["load_or_target"]).format(quote=quote, figure=figure), quote, "load")


def _budget(sentence: str) -> Sum | None:
    """A budget the role owns: how it splits between people, vendors and cloud is the open point, asked with its
    figure when the line gives one ("an annual engineering budget of about $14M"). A perk ("$2,000 yearly
    learning budget") is not the role's budget."""
    patterns, data = _patterns(), _data()
    plain = _clean(sentence)
    budget = patterns["budget"].search(plain)
    if budget is None or patterns["perk"].search(plain):
        return None
    named = _budget_name(plain[: budget.end()])
    money = patterns["money"].search(plain)
    if money is not None:
        text = str(data["budget"]).format(budget=named, money=money.group(0).strip())
        return Sum(text, money.group(0), "budget")
    if not patterns["owner"].search(plain[: budget.start()]):  # no figure: only a budget the role owns
        return None
    return Sum(str(data["budget_unsized"]).format(budget=named), named, "budget")


def _budget_name(head: str) -> str:
    """The budget as the posting names it, with "the": "Own the platform budget" -> "the platform budget",
    "own an annual engineering budget" -> "the annual engineering budget", "Own engineering budget" -> "the
    engineering budget"."""
    words = re.split(r"[,;:(]", head)[-1].split()
    owners = {w.lower() for w in _data()["budget_owner_cues"]}
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in owners or len(kept) > _BUDGET_WORDS:
            break
        kept.insert(0, word)
        if word.lower() in _DETERMINERS or word.endswith(("'s", "’s")):
            break
    if kept and kept[0].lower() in _DETERMINERS:
        kept = kept[1:]
    return " ".join(["the", *kept])


_BUDGET_WORDS = 4
_DETERMINERS = {"the", "a", "an", "our", "your", "its", "their"}
