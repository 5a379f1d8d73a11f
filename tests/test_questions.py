"""Tests for draft/questions.py and draft/sums.py: the questions to ask each interviewer (issue 12).

Each test runs the CLI on an invented résumé and posting and reads the questions of the Markdown brief as a
user would: the three for each interviewer on the call sheet and the ones to choose from after."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import markdown_brief

RESUME = """# Ilse Marrow

{place} · ilse@example.com

## Summary

Engineering manager with twelve years building logistics and billing platforms.

## Experience

### Engineering Manager, Quenby Freight
Jan 2019 - Present
- Led an 8-person development team building the carrier billing platform.
- Defined SLOs and Grafana dashboards with Prometheus alerting.
- Hired 4 engineers and coached two of them into tech leads.

### Software Engineer, Tamsin Goods
Jun 2012 - Dec 2018
- Built order pipelines on Kafka and PostgreSQL handling 2M events a day.

## Education

BSc Computer Science, University of Leeds, 2012
"""

POSTING = """Head of Engineering
Harrowgate Systems · {where}{reports}

About us
Harrowgate Systems builds scheduling software for clinics and the nurses who staff them, used every day by teams
in small practices and large hospital groups alike.

What you will do
- Set the technical direction for the scheduling engine and make the build-versus-buy calls.
- Keep the scheduling services fast and observable as more clinics join.
{duties}

Requirements
- 8+ years of software engineering experience, including 3+ years managing engineers.
{requirements}
"""


def _questions(
    tmp_path: Path,
    cli,
    duties: str = "",
    requirements: str = "",
    where: str = "Denver, CO",
    reports: str = "",
    place: str = "Denver, CO",
) -> str:
    """The text of both question sections of the brief: the call sheet's, then the full brief's."""
    posting = POSTING.format(where=where, reports=reports, duties=duties, requirements=requirements)
    brief = markdown_brief(tmp_path, cli, RESUME.format(place=place), posting)
    call = brief.split("### Three questions for each", 1)[1].split("###", 1)[0]
    more = brief.split("## More questions to choose from", 1)[1].split("\n## ", 1)[0]
    return call + _MORE + more


_MORE = "\n## More questions to choose from\n"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("- Grow the organization from 31 to about 50 engineers over the next year.",
         "means about 19 more engineers in a year, roughly one every three weeks"),
        ("- Scale the organization from 46 to 85 engineers without losing speed.", "means 39 more engineers:"),
        ("- Hire six engineers in the next two quarters.", "six in two quarters is roughly one every four weeks"),
        ("- Lead our platform organization: 3 teams and 24 engineers.", "is about eight engineers a team"),
        ("- Lead a team of 14 engineers across three teams.", "is about five engineers a team"),
        ("- The team has grown from 10 to 20 engineers in a year, and it shows.", "that is twice the size in a year"),
    ],
)
def test_issue_12_questions_do_the_sum_of_a_lines_own_figures(tmp_path, cli, line: str, said: str):
    questions = _questions(tmp_path, cli, duties=line)
    assert said in questions, questions
    quoted = line.removeprefix("- ").rstrip(".").split(", and")[0].split(": ")[-1]
    assert f"“{quoted}" in questions or quoted in questions, questions  # the sum cites its line


@pytest.mark.parametrize(
    "line",
    [
        "- Grow the team to 50 engineers next year.",
        "- We reserve about 20% of every cycle for technical debt.",
        "- Lead a team of 7 engineers this year.",
        "- Hire a principal engineer this year.",
    ],
)
def test_issue_12_no_sum_when_a_line_has_only_one_figure(tmp_path, cli, line: str):
    questions = _questions(tmp_path, cli, duties=line)
    assert "roughly one" not in questions and "more engineers" not in questions, questions
    assert "a team:" not in questions and "the size" not in questions, questions


@pytest.mark.parametrize(
    ("reports", "asked"), [(" · Reports to the CEO", True), (" · Reports to the VP of Engineering", False)]
)
def test_issue_12_questions_notice_a_reporting_line_above_both_interviewers(tmp_path, cli, reports: str, asked: bool):
    questions = _questions(tmp_path, cli, reports=reports)
    assert ("reports to the CEO: how will you and I work together" in questions) is asked, questions


@pytest.mark.parametrize(("where", "asked"), [("Remote (US only)", True), ("Denver, CO", False)])
def test_issue_12_questions_notice_travel_in_a_remote_role(tmp_path, cli, where: str, asked: bool):
    travel = "- Travel up to 20% to our Chicago office and customer sites."
    questions = _questions(tmp_path, cli, requirements=travel, where=where)
    assert ("where does the travel take me" in questions) is asked, questions
    if asked:
        assert "“Remote (US only)” and “Travel up to 20% to our Chicago office and customer sites”" in questions


@pytest.mark.parametrize(
    ("duty", "asked"),
    [
        ("- Teams run their own on-call for the services they own.", True),
        ("- Teams run their own on-call through a weekly rotation with a secondary.", False),
    ],
)
def test_issue_12_questions_ask_about_on_call_when_the_rotation_is_not_said(tmp_path, cli, duty: str, asked: bool):
    questions = _questions(tmp_path, cli, duties=duty)
    assert ("how is on-call shared today" in questions) is asked, questions
    if asked:
        assert "“Teams run their own on-call for the services they own”" in questions, questions


@pytest.mark.parametrize(
    ("where", "requirements", "place", "said"),
    [
        ("Remote (US only)", "", "London, UK", "To settle early: the posting says “Remote (US only)”"),
        ("Denver, CO", "- Must be authorized to work in the United States.", "Denver, CO",
         "To settle early: the posting says “Must be authorized to work in the United States”"),
        ("Remote (US only)", "", "Denver, CO", None),
    ],
)
def test_issue_12_questions_settle_location_and_authorisation_early(
    tmp_path, cli, where: str, requirements: str, place: str, said: str | None
):
    questions = _questions(tmp_path, cli, requirements=requirements, where=where, place=place)
    if said is None:
        assert "To settle early" not in questions, questions
    else:
        assert said in questions, questions
        # one question, on the call sheet, that claims nothing about where the candidate is
        assert questions.count("To settle early") == 1 and "London" not in questions, questions
        assert said in questions.split(_MORE)[0], questions
