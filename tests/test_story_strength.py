"""Issue 12 (brief s8 "stories"): a story that answers its question, said how well it does, or an honest "no story".

Blind comparers quoted stories that did not answer the question (a clothing brand for "conflict between product
and engineering", a frontend build for "design a new service") and cards that never said how strong the match
was. These run the CLI on invented résumés, as a user would, and read the Markdown brief; one reads the stage.
"""
from __future__ import annotations

import datetime as dt

from tests.conftest import listed_stories, markdown_brief, says_no_story, star_cards

POSTING = """Senior Backend Engineer
Quillbrook · Remote (US)

About Quillbrook
Quillbrook builds scheduling software for clinics.

Responsibilities
- Design and scale backend services and APIs used by thousands of clinics
- Work with product managers and designers to plan the roadmap

Requirements
- 5+ years building backend services in Python or Go
- Experience with PostgreSQL
"""

# No line chooses between building and buying; one scaled a service;
# a side business outside work names designers and a decision, and still answers no product question.
RESUME = """# Jordan Sample

jordan@example.com · Portland, OR

## Experience

### Software Engineer — Tidewell Apps
Portland, OR · Jun 2021 – Present
- Rebuilt the appointment API in Go, cutting p99 latency 40% for 2M requests a day
- Built the React frontend for the customer portal with TypeScript and Redux
- Added a permissions middleware to the Express API for role-based access

### Junior Developer — Brightfern Studio
Seattle, WA · Jan 2019 – May 2021
- Implemented landing pages and email templates for marketing campaigns

## Leadership & Community

- Founded a clothing brand, collaborating with photographers and designers and deciding each collection's priorities
"""

# the same résumé where a line took part in a migration between two databases: a build-or-buy choice, not led
TOOK_PART = RESUME.replace(
    "- Built the React frontend",
    "- Contributed to the migration of the orders database from MySQL to PostgreSQL\n- Built the React frontend",
)


_cards, _listed = star_cards, listed_stories


def test_a_side_business_answers_no_product_question(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    product = _cards(brief)[2]
    assert "clothing brand" not in product, product
    assert says_no_story(product), product
    # the landing pages for a marketing team share a word with the question and none of its evidence
    assert "landing pages" not in product, product
    assert "no story on your résumé" in _listed(brief)[2]


def test_no_build_or_buy_evidence_is_said_plainly(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    build = _cards(brief)[5]
    assert says_no_story(build), build
    assert "*How you would approach it:*" in build, build
    assert "\n> " not in build  # no line quoted as its story


def test_a_contributed_line_is_partial_with_an_honesty_note(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, TOOK_PART, POSTING)
    card = next(c for c in _cards(brief).values() if "> Contributed to the migration" in c)
    # the honesty note says what the line lacks: the label says it no more (brief s8 "stories4")
    assert "**Partial match.**" in card and "you did not lead it" not in card, card
    assert "do not claim to have led it" in card, card
    assert "**Recall before the call (not on your résumé):** which part you did yourself" in card, card
    # its result is said, even where the line has none: never a card without a Result row
    assert "- **Result:** " in card, card
    line = next(v for v in _listed(brief).values() if v.startswith("**") and "Contributed to" in v)
    assert "*(partial match: you contributed to it; you did not lead it)*" in line, line


def test_a_figure_for_millions_of_requests_is_a_strong_scaling_story(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    scaling = _cards(brief)[1]
    assert "> Rebuilt the appointment API in Go, cutting p99 latency 40% for 2M requests a day" in scaling, scaling
    assert "**Strong match.**" in scaling, scaling
    assert _listed(brief)[1].endswith("*(strong match)*"), _listed(brief)[1]


def test_a_frontend_or_middleware_line_designs_no_service_and_sets_no_senior_bar(tmp_path, cli):
    cards = _cards(markdown_brief(tmp_path, cli, RESUME, POSTING))
    for number in (7, 8):
        assert "React frontend" not in cards[number].split("*Related", 1)[0], cards[number]
        assert "permissions middleware" not in cards[number].split("*Related", 1)[0], cards[number]


def test_the_stage_says_each_match_strength(tmp_path, cli):
    from tailor.pipeline import analyse_resume, prepare_brief

    (tmp_path / "resume.md").write_text(RESUME, "utf-8")
    (tmp_path / "job.txt").write_text(POSTING, "utf-8")
    today = dt.date(2025, 11, 25)
    brief = prepare_brief(analyse_resume(tmp_path / "resume.md", today), tmp_path / "job.txt", today)
    strengths = [p.strength for p in brief.star]
    assert strengths[0] == "strong" and strengths[4] == "none", strengths
    assert all((p.strength == "none") == (not p.stories) for p in brief.star)
    # the side business may tell a people question, and is then said to be outside work
    assert all(p.outside_work == ("clothing brand" in p.stories[0].text) for p in brief.star if p.stories)
    assert any(p.outside_work for p in brief.star)
    assert "Founded a clothing brand" in _listed(markdown_brief(tmp_path, cli, RESUME, POSTING))[8]
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    assert ", outside work)" in _listed(brief)[8]
    # no result on its line: partial, never strong (brief s9 "stories5"), and still said to be outside work
    assert "**Partial match: no result stated, outside work.**" in _cards(brief)[8], _cards(brief)[8]
