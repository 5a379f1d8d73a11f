"""Briefs -> Comparison: ranks the postings of a batch and shows what recurs across them."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path

from tailor.model import Area, Brief


@dataclass(frozen=True)
class Row:
    """One posting's line in the comparison; plain data, so it can be kept between runs."""

    posting: str
    company: str
    title: str
    seniority: str
    score: int
    areas: tuple[tuple[str, int], ...]  # (Area.value, score) in Area order
    missing: tuple[str, ...]  # required skills the résumé does not show
    seniority_verdict: str
    first: str  # the one thing to prepare first
    stories: tuple[str, ...]  # résumé bullets used as primary STAR stories
    uncovered: tuple[str, ...]  # Area.value of areas with no résumé evidence
    files: tuple[str, ...] = ()
    error: str | None = None

    @classmethod
    def failed(cls, posting: str, error: str) -> Row:
        return cls(posting, Path(posting).name, "", "", 0, (), (), "", "", (), (), error=error)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Row:
        def tup(v: object) -> object:
            return tuple(tup(x) for x in v) if isinstance(v, list) else v

        return cls(**{f.name: tup(data[f.name]) for f in fields(cls)})  # type: ignore[arg-type]


def row_from_brief(brief: Brief, posting: str) -> Row:
    fit = brief.fit
    missing = tuple(
        m.label
        for m in fit.skills
        if m.need.value == "required" and m.strength is None and not (m.duty or m.met_as_example or m.say_how)
    )
    return Row(
        posting=posting,
        company=brief.posting.company or Path(posting).stem,
        title=brief.posting.title or "",
        seniority=brief.posting.seniority.value,
        score=fit.score,
        areas=tuple((a.area.value, a.score) for a in fit.areas),
        missing=missing,
        seniority_verdict=fit.seniority.verdict,
        first=brief.priorities[0] if brief.priorities else "",
        stories=tuple(dict.fromkeys(p.stories[0].text for p in brief.star if p.stories)),
        uncovered=tuple(a.area.value for a in fit.areas if not a.evidence),
    )


@dataclass(frozen=True)
class Comparison:
    candidate: str
    date: dt.date
    rows: tuple[Row, ...]  # succeeded, best match first
    failed: tuple[Row, ...]
    recurring_gaps: tuple[tuple[str, int], ...]  # (skill, how many postings miss it), most first
    story_use: tuple[tuple[str, tuple[str, ...]], ...]  # (bullet, companies it serves), widest first
    uncovered: tuple[Area, ...]  # areas no résumé evidence covers for any posting


def compare(rows: list[Row], candidate: str, today: dt.date) -> Comparison:
    ok = sorted((r for r in rows if r.error is None), key=lambda r: (-r.score, r.company.lower(), r.posting))
    gaps = Counter(skill for r in ok for skill in r.missing)
    recurring = tuple(sorted(((s, n) for s, n in gaps.items() if n >= 2), key=_most_first))
    use: dict[str, list[str]] = {}
    for r in ok:
        for story in r.stories:
            use.setdefault(story, []).append(r.company)
    story_use = tuple(sorted(((s, tuple(c)) for s, c in use.items()), key=lambda x: (-len(x[1]), x[0])))
    uncovered = tuple(a for a in Area if ok and all(a.value in r.uncovered for r in ok))
    return Comparison(candidate, today, tuple(ok), tuple(r for r in rows if r.error), recurring, story_use, uncovered)


def _most_first(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0].lower())
