"""Issue 12 (brief s7 "evidence5"): the posting's scale said in figures, first-person mentoring, no framing the
line does not say, and posts outside work kept out of the roles.

Each test runs the CLI on an invented résumé and posting, as a user would, and reads the Markdown brief.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

RESUME = """# Jordan Vale

jordan.vale@example.com · Leeds, UK

## Experience

### Engineering Manager — Ledgerly
Leeds, UK · 2020 – Present
- Led a team of 7 engineers building the settlement service in Go
- Cut cloud spend by 30% by moving batch jobs to spot instances

### Senior Software Engineer — Parcelbase
Leeds, UK · 2016 – 2020
- Designed the shipment tracking API used by 40 partner carriers

## Skills
Go, PostgreSQL, Kafka
"""

# the scale is said only in the company's own lines, by figures, never by the areas' cue words in a duty
ABOUT = (
    "Tallyworks builds cash-flow software for small businesses. Our pipelines turn millions of invoices and payments "
    "into forecasts. We raised $40 million last year and plan to grow the team to 60 engineers in 18 months."
)
SCALE_POSTING = f"""Engineering Manager, Forecasting
Tallyworks · Remote

About us
{ABOUT}

What you'll do
- Lead a team of 6 engineers on the forecasting product
- Work with product and design on the roadmap

What we're looking for
- 5+ years of software engineering, 2+ years managing engineers
- Experience with Go and PostgreSQL
"""

MONEY_POSTING = SCALE_POSTING.replace(
    "Our pipelines turn millions of invoices and payments into forecasts. ", ""
).replace(" and plan to grow the team to 60 engineers in 18 months", "")


def _share(brief: str, part: str) -> int:
    """An area's share of the match figure, from the appendix's line of its parts: an area the posting's lines never
    stress gets none (its table, with the line quoted, was cut from the Markdown brief: issue 12, shorter brief)."""
    parts = brief.split("Its parts, each your match and its share of the figure: ", 1)[1].split("\n", 1)[0]
    # an area of no share is left out of the line ("(0%)" read as a tool's log: issue 12, blind review)
    found = re.search(rf"{re.escape(part)} \d+ \((\d+)%\)", parts)
    return int(found[1]) if found else 0


def test_a_volume_figure_stresses_technical_scale_and_a_headcount_plan_scaling(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, SCALE_POSTING)
    assert _share(brief, "Technical problems at scale") > 0, brief
    assert _share(brief, "Scaling systems and teams") > 0, brief


def test_money_is_no_volume(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, MONEY_POSTING)
    assert _share(brief, "Technical problems at scale") == 0, brief
    assert _share(brief, "Scaling systems and teams") == 0, brief


RAPPORT = "- Built team rapport and fostered an inclusive, collaborative work environment\n"
RAPPORT_RESUME = RESUME.replace("- Cut cloud spend", RAPPORT + "- Cut cloud spend")

RAPPORT_POSTING = """Engineering Manager
Fernleaf · Remote

About Fernleaf
Fernleaf builds billing software for small shops.

Responsibilities
- Lead a team of 6 engineers
- Foster an inclusive, collaborative environment and build team rapport
- Collaborate with product and design

Requirements
- 5+ years building software in Go
- Team leadership experience
"""


def _pitch(brief: str) -> str:
    return brief.split("### Your pitch", 1)[1].split("###", 1)[0]


def test_the_pitch_says_across_teams_only_of_a_line_that_says_so(tmp_path, cli):
    pitch = _pitch(markdown_brief(tmp_path, cli, RAPPORT_RESUME, RAPPORT_POSTING))
    assert "built team rapport and fostered an inclusive" in pitch
    assert "Across teams" not in pitch


def test_a_line_reaching_other_functions_is_said_with_no_scaffold(tmp_path, cli):
    resume = RAPPORT_RESUME.replace(
        "Built team rapport and fostered an inclusive, collaborative work environment",
        "Partnered with product and design to run joint planning for 3 teams",
    )
    pitch = _pitch(markdown_brief(tmp_path, cli, resume, RAPPORT_POSTING))
    # the line is said, joined to its employer's sentence; the "Across teams," scaffold is gone with the others
    # (issue 12, brief s8: one scaffold per result read as pasted bullets)
    assert "partnered with product and design to run joint planning for 3 teams" in pitch, pitch
    assert "Across teams" not in pitch, pitch


ACTIVITIES = """
## Activities

### Open Source Maintainer — GitHub
2018 – Present
- Maintain a Go library for idempotent retries

### Volunteer Mentor — Code Bridge
2021 – Present
- Mentor career changers learning to program
"""


def test_an_activities_post_is_named_apart_from_the_roles(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME.replace("\n## Skills", ACTIVITIES + "\n## Skills"), SCALE_POSTING)
    read = next(line for line in brief.splitlines() if line.startswith("**Your résumé:**"))
    roles, _, posts = read.partition("Besides")
    assert roles.startswith("**Your résumé:** 2 roles, latest first:")
    assert "Open Source Maintainer" not in roles and "Volunteer Mentor" not in roles
    # both held today: in the page's order (reading7: roles held today tie, whenever each began)
    assert "2 posts outside work: Open Source Maintainer, GitHub; Volunteer Mentor, Code Bridge" in posts
    # the career story's timeline is of the two roles: a post outside work is no step of it
    career = next(line for line in brief.splitlines() if "Career story in 2–3 minutes" in line)
    assert career.count(" → ") == 1 and "GitHub" not in career and "Code Bridge" not in career, career


PARAGRAPH_RESUME = """# Alex Moor

alex@example.com · Leeds, UK

## Experience

### Senior Software Engineer — Netwarren
Leeds, UK · 2019 – Present
Currently working on TCP-AO kernel support for the routing daemon. Before that I rebuilt the BGP test harness in \
Rust, which cut CI time from 40 to 12 minutes. I also mentored two people: one who joined full-time and an intern.

### Software Engineer — Parcelbase
Leeds, UK · 2015 – 2019
- Designed the shipment tracking API used by 40 partner carriers

## Skills
Rust, C, Linux
"""

MENTOR_POSTING = """Engineering Manager, Networking
Fernleaf · Remote

About Fernleaf
Fernleaf builds routers for small internet providers.

Responsibilities
- Lead a team of 6 engineers who own the Linux networking stack of our routers
- Mentor and coach engineers; onboard new hires
- Plan the roadmap with product and support

Requirements
- 5+ years building software in Rust or C
- Experience mentoring engineers
"""


def test_a_first_person_mentoring_sentence_in_a_paragraph_tells_the_mentoring_story(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, PARAGRAPH_RESUME, MENTOR_POSTING)
    story = next(line for line in brief.splitlines() if line.startswith("4. **Mentoring and team productivity:**"))
    assert "I also mentored two people: one who joined full-time and an intern" in story
    assert "no story on your résumé" not in story
