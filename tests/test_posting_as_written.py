"""The brief reads the posting the way its hiring manager wrote it (issue 12, blind review): an area's emphasis
only from posting lines that name it, the team, group and individual-contributor nature in the role section, the
interviewers said as tailor's default, every duty kept, and the candidate's own arithmetic on the posting's figures.

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

RESUME = """# Dara Whitcombe

dara.whitcombe@example.com | +1 303 555 0199 | Denver, CO

## Experience

### Senior Software Engineer, Fernlow Bank
Mar 2019 - Present
- Split the loans monolith into 6 Java services on AWS, cutting release time from 2 weeks to 1 day.
- Introduced code review checklists and contract tests; escaped defects fell 40%.
- Built the GitHub Actions CI/CD pipeline used by 5 teams.

### Software Engineer, Tansy Travel
Jun 2015 - Feb 2019
- Built booking APIs in Java and Spring Boot with PostgreSQL.

## Skills

Java, Spring Boot, AWS, PostgreSQL, GitHub Actions, Docker

## Education

BSc Computer Science, University of Colorado, 2015
"""

# microservices design, code review, testing, CI/CD and a cloud move: no word of scale, growth or strategy
POSTING = """Lead Software Engineer
Orrinvale Mutual · Denver, CO

About us
Orrinvale Mutual sells home insurance across the Mountain West.

About the team
{team}

What you will do
- Design microservices for the claims workflow and review the team's designs.
- Lead code review and raise the bar on unit and integration testing.
- Own our CI/CD pipelines in GitHub Actions.
- Move our claims services from the data centre to Azure.
- Mentor two junior engineers on the team.

Requirements
- 7+ years building backend services in Java or Kotlin.
{requirements}
"""

IC_TEAM = ("You will join a scrum team of 7 in the Claims Platform group. This is a senior individual contributor "
           "role with no direct reports.")


def _brief(tmp_path, cli, team: str = IC_TEAM, requirements: str = "") -> str:
    return markdown_brief(tmp_path, cli, RESUME, POSTING.format(team=team, requirements=requirements))


def _emphasis(brief: str) -> dict[str, str]:
    """The appendix's area table: area -> what it says of the posting's emphasis."""
    table = brief.split("| Area | Interviewer | Your match | The posting's emphasis |", 1)[1].split("\n\n", 1)[0]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table.splitlines()[2:] if line.startswith("|")]
    return {row[0]: row[3] for row in rows}


def _share(said: str) -> int:
    match = re.match(r"(\d+)%", said)
    return int(match.group(1)) if match else 0


def test_issue_12_an_area_the_posting_never_names_gets_no_share(tmp_path, cli):
    emphasis = _emphasis(_brief(tmp_path, cli))
    for area in ("Scaling systems and teams", "Business goals and engineering strategy",
                 "Decision-making and trade-offs"):
        assert emphasis[area] == "not mentioned in the posting", (area, emphasis[area])
    # the largest share is quality or process, never "at scale" from "backend services" and "our cloud"
    largest = max(emphasis, key=lambda a: _share(emphasis[a]))
    assert largest != "Technical problems at scale", emphasis
    assert _share(emphasis["Technical problems at scale"]) < _share(emphasis["Engineering quality: CI/CD, observability"])
    assert sum(_share(s) for s in emphasis.values()) in range(98, 103)


def test_issue_12_an_area_s_share_quotes_the_posting_line_that_names_it(tmp_path, cli):
    emphasis = _emphasis(_brief(tmp_path, cli))
    quality = emphasis["Engineering quality: CI/CD, observability"]
    assert "“Lead code review and raise the bar" in quality or "“Own our CI/CD pipelines" in quality, quality
    for area, said in emphasis.items():
        if said != "not mentioned in the posting":
            quote = re.search(r"“([^”]+?)…?”", said)
            assert quote and quote.group(1).rstrip("…") in POSTING.format(team=IC_TEAM, requirements=""), (area, said)


def test_issue_12_no_direct_reports_is_no_stress_on_managing(tmp_path, cli):
    emphasis = _emphasis(_brief(tmp_path, cli))["Team dynamics, mentorship and hiring"]
    assert "no direct reports" not in emphasis
