"""The brief reads the posting the way its hiring manager wrote it (issue 12, blind review): an area's emphasis
only from posting lines that name it, the team, group and individual-contributor nature in the role section, the
interviewers said as tailor's default, every duty kept, and the candidate's own arithmetic on the posting's figures.

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

import re

from tailor.model import Area
from tests.conftest import level_verdict, markdown_brief

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
    """The appendix's parts of the figure, the skills' left out: area -> its share ("14%"), or "not mentioned in the
    posting" for an area with no share (only a line of the posting that names an area gives it one)."""
    parts = brief.split("Its parts, each your match and its share of the figure: ", 1)[1].split("\n", 1)[0]
    rows = dict(re.findall(r"(?:^|; )([^;]+?) \d+ \((\d+)%\)", parts))
    # an area of no share is left out of the line (issue 12: "(0%)" read as a tool's log)
    return {a.title: f"{rows[a.title]}%" if rows.get(a.title, "0") != "0" else "not mentioned in the posting"
            for a in Area}


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
    quality = emphasis["Engineering quality: CI/CD, observability"]
    assert _share(emphasis["Technical problems at scale"]) < _share(quality)
    assert sum(_share(s) for s in emphasis.values()) == 40  # the areas' part of the figure, beside the skills' 60%


def _line(brief: str, label: str) -> str:
    return next(line for line in brief.splitlines() if label in line)


def test_issue_12_the_interviewers_are_said_to_be_tailor_s_not_the_posting_s(tmp_path, cli):
    interviewers = _line(_brief(tmp_path, cli), "**Interviewers:**")
    assert "(the interviews this brief prepares for; not named in the posting)" in interviewers


def test_issue_12_no_duty_is_dropped_without_a_word(tmp_path, cli):
    owns = _line(_brief(tmp_path, cli), "**What you would do:**")
    # five duties listed: all five shown, the last (mentoring) too, and no count
    assert "Design microservices for the claims workflow" in owns and "Mentor two junior engineers" in owns
    assert "more" not in owns, owns
    more = "- Run the on-call rota.\n- Write the quarterly reliability report.\n"
    posting = POSTING.replace("- Mentor two junior engineers on the team.\n", "- Mentor two junior engineers.\n" + more)
    owns = _line(markdown_brief(tmp_path, cli, RESUME, posting.format(team=IC_TEAM, requirements="")),
                 "**What you would do:**")
    assert owns.rstrip().endswith("; and 4 more"), owns  # seven duties listed, three shown, four counted


def test_issue_12_a_posting_with_three_duties_shows_them_all_with_no_count(tmp_path, cli):
    posting = POSTING.replace("- Move our claims services from the data centre to Azure.\n", "")
    posting = posting.replace("- Mentor two junior engineers on the team.\n", "")
    owns = _line(markdown_brief(tmp_path, cli, RESUME, posting.format(team=IC_TEAM, requirements="")),
                 "**What you would do:**")
    assert "Own our CI/CD pipelines in GitHub Actions" in owns and "more" not in owns.split(";")[-1]


def test_issue_12_the_role_section_says_an_individual_contributor_its_team_and_group(tmp_path, cli):
    brief = _brief(tmp_path, cli)
    role = _line(brief, "**The role and team:**")
    said = "an individual contributor role (“This is a senior individual contributor role with no direct reports”)"
    assert said in role
    assert "; a scrum team of 7, in the Claims Platform group" in role
    assert "the team's size" not in _line(brief, "**Unknown:**")
    # the advice fits one seat on one team, not the level's work across teams
    assert "across teams" not in brief and "technical leadership within one team" in brief


def test_issue_12_work_across_teams_keeps_the_level_s_advice(tmp_path, cli):
    brief = _brief(tmp_path, cli, requirements="- Set technical direction across teams in the group.")
    assert "technical direction across teams" in level_verdict(brief, tmp_path, cli)


def test_issue_12_a_posting_that_says_the_role_manages_people_says_so(tmp_path, cli):
    team = "You will manage 6 engineers in the Claims Platform group."
    role = _line(_brief(tmp_path, cli, team=team), "**The role and team:**")
    assert "a people-manager role (“You will manage 6 engineers in the Claims Platform group”)" in role, role


def test_issue_12_a_team_size_does_not_take_the_next_word(tmp_path, cli):
    team = "You will join a team of 12 in Denver, part of our Claims organization."
    role = _line(_brief(tmp_path, cli, team=team), "**The role and team:**")
    assert "; a team of 12, in the Claims organization" in role and "12 in" not in role, role


def _arithmetic(brief: str) -> str:
    """The checklist's company line, which carries the sums once (issue 12: a section of its own repeated them)."""
    return next(line for line in brief.splitlines() if line.startswith("- [ ] Company and product:"))


def test_issue_12_the_posting_s_figures_are_worked_out_as_the_candidate_s_own_sums(tmp_path, cli):
    requirements = ("- Our platform processes 2B events/day through Kafka; checkout peaks at 4,200 orders per minute.\n"
                    "- You will work across 3 teams and 26 engineers.\n\nSalary range: $150,000 - $180,000")
    sums = _arithmetic(_brief(tmp_path, cli, requirements=requirements))
    assert "your sums on its figures:" in sums
    assert "2B events/day is about 23,000 events a second" in sums  # 2e9 / 86,400 = 23,148
    assert "$165,000" not in sums and "$150,000" not in sums  # a pay range's midpoint is read at a glance
    assert "3 teams and 26 engineers is about 9 engineers a team" in sums


def test_issue_12_no_sum_from_the_resume_nor_from_days_a_week_or_money(tmp_path, cli):
    requirements = "- Hybrid: 3 days a week in the office.\n- Own a cloud bill of $6M a year."
    brief = _brief(tmp_path, cli, requirements=requirements)
    # the résumé's "5 teams" and "2 weeks to 1 day" are the candidate's business, and the posting has no rate
    assert "your sums on its figures" not in brief


def test_issue_12_tools_asked_as_background_are_asked_about_not_assumed_to_be_the_stack(tmp_path, cli):
    brief = _brief(tmp_path, cli, requirements="- Experience with Kafka, Flink or similar streaming tools.")
    asked = "The posting asks for “Experience with Kafka, Flink or similar streaming tools” as background: which of"
    assert asked in brief
    assert "Their stack" not in brief or "Flink" not in _line(brief, "**Their stack:**")


def test_issue_12_no_background_question_when_the_posting_says_it_runs_one_of_them(tmp_path, cli):
    team = IC_TEAM + " Our claims events flow through Kafka."
    brief = _brief(tmp_path, cli, team=team, requirements="- Experience with Kafka, Flink or similar streaming tools.")
    assert "“Experience with Kafka, Flink or similar streaming tools” as background" not in brief
