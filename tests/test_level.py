"""One level verdict and one years figure, said the same everywhere in the brief (issue 12, brief s7 "level").

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import brief_json, level_verdict, markdown_brief

# a developer whose title never says lead, but whose bullet does
DEVELOPER = """# Priya Venkataraman

priya.v@example.com · Leeds, UK

## Experience

### Software Developer — Brackenfold Systems
Leeds, UK · Dec 2018 – Oct 2021
- Became the team's lead developer after a year, and led a team of 4 developers through the move to a new billing
  platform.
- Built the invoicing API in Python and PostgreSQL, cutting invoice runs from 6 hours to 40 minutes.
- Set up code review and CI on GitHub Actions, and the team's release failures fell by half.

### Graduate Developer — Ousel Digital
Leeds, UK · Sep 2017 – Nov 2018
- Built customer dashboards in Python and JavaScript for 30 retail clients.
- Wrote automated tests for the reporting service, raising coverage from 20% to 70%.

## Skills
Python, PostgreSQL, JavaScript, GitHub Actions

## Education
BSc Computer Science, University of Leeds, 2017
"""

LEAD_POSTING = """Lead Software Engineer — Harrowgate Payments

About us
Harrowgate Payments builds payment tools for 4,000 small shops across the UK.

What you will do
- Lead a team of 5 engineers building our billing services in Python.
- Own technical design and code review for the billing platform.
- Mentor engineers and set engineering practices for the team.

What we are looking for
- 5+ years of software engineering experience.
- Strong Python and PostgreSQL.
- Experience leading a small team of developers.
"""


def _section(brief: str, heading: str) -> str:
    return brief.split(heading, 1)[1].split("\n#", 1)[0]


def test_a_lead_shown_in_a_bullet_is_one_step_from_a_lead_post_said_with_the_line(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, DEVELOPER, LEAD_POSTING)
    level = level_verdict(brief, tmp_path, cli)
    assert "one level up" in level and "two levels" not in brief
    assert "Became the team's lead developer" in level  # the line the step is counted from
    risks = _section(brief, "### Risks and requirements")
    # the step is one row with the gap it is part of (issue 12: one row per gap), named among what it answers
    assert "(a step up of one level)" in risks and "a bullet shows you led a team" in risks
    assert "left out of this brief" not in brief


def test_without_the_lead_bullet_the_same_developer_is_two_steps_away(tmp_path, cli):
    # the rule reads the bullet, not the name of the post: without it the title alone counts
    resume = DEVELOPER.replace("Became the team's lead developer after a year, and led a team of 4 developers",
                               "Worked with 4 developers")
    brief = markdown_brief(tmp_path, cli, resume, LEAD_POSTING)
    assert "two levels up" in level_verdict(brief, tmp_path, cli)
    assert "(a step up of two levels)" in brief


def test_the_level_is_said_once_not_again_as_the_first_thing_to_prepare(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, DEVELOPER, LEAD_POSTING)
    prepare = "\n".join(brief_json(tmp_path, cli)["priorities"])
    assert "level" not in prepare.lower()
    # the risks table's row says the step: the full brief's Level line said it again (issue 12)
    # (its own row, or merged into the years or managing row: "Years and level: ... (a step up of one level)")
    assert "a step up of one level" in brief.lower() and "Posting is Lead Software Engineer level" not in brief


def test_the_level_line_ends_with_a_full_stop(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, DEVELOPER, LEAD_POSTING)
    level = level_verdict(brief, tmp_path, cli)
    assert re.search(r"[.!?]$", level), level


MANAGER = """# Tomasz Ellery

tomasz.ellery@example.com · Manchester, UK

## Experience

### Software Engineering Manager — Quillfen Logistics
Manchester, UK · Mar 2020 – Present
- Manage a scrum team building the route-planning platform in Java.
- Hired 6 engineers and ran quarterly planning with product.
- Cut release lead time from 3 weeks to 4 days by moving to trunk-based development.

### Senior Software Engineer — Dunmore Retail
Manchester, UK · Jan 2015 – Feb 2020
- Built the order service in Java and PostgreSQL for 200 stores.
- Led the migration of the warehouse system to AWS.

## Education
BSc Software Engineering, University of Manchester, 2014
"""

SR_DIRECTOR = """Sr. Director of Engineering — Wrenfield Health

About us
Wrenfield Health runs the scheduling platform used by 900 clinics.

Responsibilities
- Lead an engineering organisation of 60 engineers across 6 teams and their managers.
- Own the engineering budget and the multi-year technical strategy.
- Partner with the executive team on product direction.

Requirements
- 10+ years of software engineering experience.
- Experience with Java and PostgreSQL.
"""

_RUNGS = r"(one|two|three|four) levels?"


def test_one_level_verdict_on_every_part_of_the_page(tmp_path, cli):
    # a stretch because of the level says the level's number where the verdict is, as the Level line and the risk
    # row say it; never "a level match" on a page that says "A stretch" for the level
    brief = markdown_brief(tmp_path, cli, MANAGER, SR_DIRECTOR)
    headline = _section(brief, "### Your fit")
    assert headline.strip().startswith("**A stretch.**")
    said = {
        "fit": re.search(r"a step up of " + _RUNGS, headline),
        "level": re.search(_RUNGS + " up", level_verdict(brief, tmp_path, cli)),
        "risk": re.search(r"a step up of " + _RUNGS, _section(brief, "### Risks and requirements")),
    }
    assert all(said.values()), said
    assert {m.group(1) for m in said.values()} == {"two"}
    assert "a level match" not in brief


ONE_ROLE = """# Lena Morrow

lena.morrow@example.com · Bristol, UK

## Experience

### Software Engineer — Pellucid Pay
Bristol, UK · Dec 2018 – Oct 2021
- Built the refunds service in Go and PostgreSQL, handling 2M refunds a year.
- Cut the settlement batch from 5 hours to 50 minutes by moving it onto Kafka.
- Ran the on-call rotation for the payments services.

## Education
BSc Computer Science, University of Bristol, 2018
"""

BACKEND_POSTING = """Software Engineer — Corriwell Payments

About us
Corriwell Payments builds invoicing tools for 8,000 small businesses.

What you will do
- Build and run the payment services that our customers depend on.
- Keep the settlement pipeline fast and observable.

Requirements
- 3+ years of software engineering experience.
- Strong Go and PostgreSQL.
"""


def test_years_are_counted_once_and_said_alike_in_pitch_row_and_appendix(tmp_path, cli):
    # Dec 2018 - Oct 2021 is 2 years 10 months: "nearly 3 years" in every sentence, never "2" in one and "3" in another
    # (the time since the role ended, "4 years ago", is another figure)
    brief = markdown_brief(tmp_path, cli, ONE_ROLE, BACKEND_POSTING)
    said = re.findall(r"(?:nearly |over )?\d+ years?\b(?! of software| ago)", brief.split("## STAR stories")[0]
                      + brief.split("## Appendix", 1)[1])
    assert said and set(said) == {"nearly 3 years"}, said
    assert "with nearly 3 years of experience" in brief  # the pitch
    assert "years: nearly 3 years, from your role" in brief  # the appendix's source of the pitch


def test_years_said_rounds_whole_months_once():
    from tailor.resume import years_said

    said = {months: years_said(months / 12) for months in (0, 5, 9, 12, 14, 15, 21, 34, 36)}
    assert said == {0: "under a year", 5: "under a year", 9: "nearly a year", 12: "1 year", 14: "1 year",
                    15: "over a year", 21: "nearly 2 years", 34: "nearly 3 years", 36: "3 years"}


TEACHER = """# Maren Holt

maren.holt@example.com · Glasgow, UK

## Experience

### Software Engineer — Tidewell Learning
Glasgow, UK · Mar 2021 – Oct 2025
- Built the lesson-planning service in Python and Django used by 1,200 schools.
- Cut page load time from 4 seconds to 900 ms by caching course data in Redis.
- Wrote the team's first integration tests for the grading API.

### Secondary School Teacher — Kelvinside Academy
Glasgow, UK · Aug 2012 – Feb 2021
- Taught mathematics to classes of 30 pupils aged 11 to 18.
- Led the school's move to online lessons during 2020.

## Education
BSc Mathematics, University of Glasgow, 2012
"""

SOFTWARE_YEARS = """Senior Software Engineer — Brightloom Education

About us
Brightloom Education builds classroom software used by 3,000 schools.

What you will do
- Build and run the Python services behind our classroom tools.
- Improve the speed and reliability of the platform.

Requirements
- 7+ years of software engineering experience.
- Strong Python and Django.
"""


def test_years_of_another_profession_are_not_counted_toward_years_of_engineering(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, TEACHER, SOFTWARE_YEARS)
    row = next(line for line in brief.splitlines() if line.startswith("| **7+ years of experience**"))
    # Mar 2021 - Oct 2025 as an engineer: 4 years 8 months, never the 13 years that count the teaching
    assert "over 4 years as Software Engineer, Tidewell Learning" in row, row
    assert "not counted, as another kind of work: Secondary School Teacher, Kelvinside Academy" in row, row
    assert "| meets |" not in row and "13 years" not in brief
    assert "left out of this brief" not in brief


SCALING = """Director of Engineering — Wrenfield Health

About us
Wrenfield Health runs the scheduling platform used by 900 clinics.

Responsibilities
- Lead three engineering teams and their managers.
- Own headcount planning for the engineering organisation.

Requirements
- Proven experience scaling teams and headcount planning.
- Experience with Java and PostgreSQL.
"""


def test_a_practice_gap_is_never_learn_the_basics_but_the_nearest_line_and_what_to_prepare(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, MANAGER, SCALING)
    prepare = "\n".join(brief_json(tmp_path, cli)["priorities"])
    assert "learn the basics" not in brief
    gap = next(line for line in prepare.splitlines() if "Not yet shown in your bullets" in line)
    assert "scaling teams" in gap and "prepare how you did it" in gap, gap
    assert "(Software Engineering Manager, Quillfen Logistics)" in gap, gap  # the nearest line, cited


_DRAFTED = ("### Your fit", "### Your pitch", "## The full brief", "## Checklist",
            "### Look up before the interview", "### Three questions for each")


def _drafted_sentences(brief: str) -> list[str]:
    """The lines tailor drafts as prose (the verdict, the pitch, the Level line, the priorities, the look-ups and the
    questions), list markers off; never a résumé line quoted in a table nor a label ending in a colon."""
    lines = []
    for part in re.split(r"\n(?=#{2,3} )", brief):
        if part.startswith(_DRAFTED):
            for line in part.splitlines()[1:]:
                text = re.sub(r"^(?:[-*] |\d+\. |> )", "", line.strip())
                if text and not text.startswith(("#", "|")) and not text.endswith(":") and not (
                        text.startswith("*") and text.endswith("*")):
                    lines.append(text)
    return lines


HOLDOUT = Path(__file__).parent / "holdout"


@pytest.mark.parametrize("resume", ["res-md-lemaitre.md", "res-caps-raghunathan.txt", "res-table-nunez.docx"])
def test_every_drafted_sentence_of_a_holdout_brief_ends_with_punctuation(tmp_path, cli, resume):
    # "... decisions others followed" ended the Level line with no full stop (issue 12, blind review)
    jobs = [HOLDOUT / "jobs" / j for j in ("job-indeed-sr-director.txt", "job-linkedin-engineering-lead.txt")]
    run = cli(HOLDOUT / "resumes" / resume, *jobs, "-o", tmp_path, "--format", "md")
    assert run.exit_code == 0, run.stderr
    briefs = sorted(tmp_path.glob("*.md"))
    assert len(briefs) == 2
    for path in briefs:
        lines = _drafted_sentences(path.read_text("utf-8"))
        assert any(line.startswith("- [ ] Career story") or line.startswith("[ ] Career story") for line in lines)
        unended = [line for line in lines if not re.search(r"[.!?…][”\")*\]]*$", line)]
        assert not unended, (path.name, unended)
