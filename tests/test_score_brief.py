"""What the appendix says the brief was made from, checked against what the brief prints (issue 12, blind review):
the match figure against the table of its parts, and the pitch's sources against the pitch's sentences."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SHOP_POSTING, markdown_brief
from tests.make_golden import GOLDEN

HOLDOUT = Path(__file__).parent / "holdout"


@pytest.fixture(scope="module")
def holdout_briefs(tmp_path_factory, cli) -> dict[str, str]:
    """The Markdown brief of each holdout résumé for two holdout postings, written by the CLI as a user would."""
    jobs = sorted((HOLDOUT / "jobs").iterdir())
    out = {}
    for i, resume in enumerate(sorted((HOLDOUT / "resumes").iterdir())):
        folder = tmp_path_factory.mktemp(resume.stem)
        run = cli(resume, jobs[i % len(jobs)], jobs[(i + 5) % len(jobs)], "-o", folder, "--format", "md")
        assert run.exit_code == 0, run.stderr
        out.update({f"{resume.name} x {p.name}": p.read_text("utf-8") for p in folder.glob("*.md")})
    assert len(out) == 18
    return out


def _all_briefs(holdout_briefs: dict[str, str]) -> dict[str, str]:
    samples = {p.name: p.read_text("utf-8") for p in sorted(GOLDEN.glob("*.md"))}
    assert len(samples) >= 7
    return {**samples, **holdout_briefs}


# --- the match figure and its table -------------------------------------------------------------------------


def _figure_and_table(brief: str) -> tuple[int, list[tuple[int, int]]]:
    """The printed figure and, for each row of the table under it, (match, share in percent)."""
    section = brief.split("### How the match is scored", 1)[1].split("###", 1)[0]
    figure = int(re.search(r"(\d+)/100", section)[1])
    rows = re.findall(r"^\|[^|\n]+\|[^|\n]+\| (\d+) \| (\d+)% \|$", section, re.M)
    return figure, [(int(match), int(share)) for match, share in rows]


def test_every_printed_match_figure_is_the_table_under_it_weighted_by_its_shares(holdout_briefs):
    # "16/100" beside a table whose weighted mean was 39, and weights adding to 98% (issue 12, blind review)
    for name, brief in _all_briefs(holdout_briefs).items():
        figure, rows = _figure_and_table(brief)
        assert len(rows) in (8, 9), name  # the eight areas, and the required skills when the posting names any
        assert sum(share for _, share in rows) == 100, name
        recomputed = sum(match * share for match, share in rows) / 100
        assert figure == int(recomputed + 0.5), (name, figure, recomputed)


# An invented résumé: the older role's bullets carry no dates of their own
RESUME = """# Ines Navarro
Denver, CO · ines@example.com

## Experience

### Senior Software Engineer — Quillmoor Apps
2021 – present
- Built the order service in Go and PostgreSQL serving 2M requests a day for 40 grocery stores
- Led a team of 4 engineers through a rewrite of the checkout flow, cutting crashes by 30%
- Owned releases for the Android app written in Kotlin, shipping every two weeks

### Software Engineer — Tamsin Labs
2016 – 2018
- Designed the inventory sync service that cut stock errors by 45% across 120 shops
- Mentored 3 junior engineers through their first on-call rotation
- Migrated the build to a CI pipeline, cutting release time from 2 days to 3 hours

## Skills
Go, Kotlin, PostgreSQL, Python, Spark
"""


def test_the_figure_says_what_its_parts_are_once(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, SHOP_POSTING)
    section = brief.split("### How the match is scored", 1)[1].split("###", 1)[0]
    figure, rows = _figure_and_table(brief)
    assert "| Skills the posting requires | Both |" in section
    assert "the skills it requires make 60% of it" in section
    assert rows[0][1] == 60 and sum(share for _, share in rows[1:]) == 40
    assert figure == int(sum(m * s for m, s in rows) / 100 + 0.5)
    # one formula, said once: no second figure or formula in the body
    assert brief.count(f"{figure}/100") == 1
    assert "Overall =" not in brief


# --- the card's "to make it stronger" advice ------------------------------------------------------------------


def test_an_old_story_is_dated_by_its_role_never_by_a_year_its_line_does_not_give(tmp_path, cli):
    # "This story is from 2019" for a line with no date of its own in a 2016–2018 role (issue 12, blind review)
    brief = markdown_brief(tmp_path, cli, RESUME, SHOP_POSTING)
    advice = re.findall(r"This story is from [^;]+;", brief)
    assert advice == ["This story is from your 2016–2018 role;"]
    card = next(c for c in brief.split("\n### ") if "This story is from" in c)
    assert "Tamsin Labs" in card and "(2016–2018)" in card


def test_every_old_story_advice_names_its_role_s_dates(holdout_briefs):
    for name, brief in _all_briefs(holdout_briefs).items():
        for card in brief.split("\n### ")[1:]:
            said = re.search(r"This story is from (.+?);", card)
            if said:
                assert re.fullmatch(r"your \d{4}(–\d{4})? role", said[1]), (name, said[0])
                assert re.search(rf"\b{said[1].split()[1]}\b", card.split("*To make it stronger:*")[0]), (name, card)
