"""The level step read with the years and the track it crosses (issue 12, brief s7 "level4").

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

from tests.conftest import level_verdict, markdown_brief

# a developer of nearly 3 years who led the team for a while, without the title
SHORT_LEAD = """# Arun Castellan

arun.castellan@example.com · Sheffield, UK

## Experience

### Software Developer — Pellow Freight
Sheffield, UK · Feb 2021 – Dec 2023
- Was the team's lead developer for eight months, and led a team of 3 developers through the move to a new tracking
  service.
- Built the shipment API in Go and PostgreSQL, cutting lookup times from 2 seconds to 150 ms.
- Set up CI on GitHub Actions for the team's four services.

## Skills
Go, PostgreSQL, Kubernetes, GitHub Actions

## Education
BSc Computer Science, University of Sheffield, 2020
"""

STAFF_POSTING = """Staff Platform Engineer — Corvane Cloud

About us
Corvane Cloud runs the hosting platform for 2,000 online shops.

What you will do
- Set the technical direction of our platform across teams.
- Design the Kubernetes platform our product teams deploy to.
- Mentor senior engineers and lead design reviews.

What we are looking for
- 8+ years of software engineering experience.
- Strong Go and Kubernetes.
- Experience running platforms at scale.
"""


def _section(brief: str, heading: str) -> str:
    return brief.split(heading, 1)[1].split("\n#", 1)[0]


def test_a_lead_held_for_a_while_does_not_shrink_a_step_the_years_do_not_support(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, SHORT_LEAD, STAFF_POSTING)
    level = level_verdict(brief, tmp_path, cli)
    assert "two levels up, a large step" in level and "asks 8+ years; you show nearly 3 years" in level
    assert "Was the team's lead developer" in level  # the line is still said
    risks = _section(brief, "### Risks and requirements")
    assert "(a step up of two levels)" in risks and "one level" not in risks
    assert "a large step: Staff Platform Engineer asks 8+ years, you show nearly 3 years" in risks
    assert "left out of this brief" not in brief


def test_the_same_lead_near_the_years_asked_still_counts(tmp_path, cli):
    # 4+ asked against nearly 3 shown is within what a lead held without the title makes up
    brief = markdown_brief(tmp_path, cli, SHORT_LEAD, STAFF_POSTING.replace("8+ years", "4+ years"))
    level = level_verdict(brief, tmp_path, cli)
    assert "one level up" in level and "large step" not in brief


TECH_LEAD = """# Jonah Whitcombe

jonah.whitcombe@example.com · Bristol, UK

## Experience

### Tech Lead — Larchmere Web
Bristol, UK · Jan 2020 – Dec 2023
- Led a team of 5 engineers building the company's booking website in React and Node.js.
- Cut page load time from 4 seconds to 1.2 seconds.

### Web Developer — Pennick Studio
Bristol, UK · Jan 2019 – Dec 2019
- Built websites in JavaScript for 20 local businesses.

## Education
BSc Computer Science, University of Bristol, 2018
"""

STAFF_ML = """Staff Machine Learning Engineer — Fellbrook Analytics

About us
Fellbrook Analytics builds demand forecasts for 500 grocery stores.

What you will do
- Set the technical direction for our forecasting models.
- Train and deploy machine learning models in Python.

What we are looking for
- 7+ years of experience in machine learning.
- Strong Python, PyTorch and MLOps.
"""


def test_a_title_on_the_rung_without_the_years_asked_is_no_level_match(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, TECH_LEAD, STAFF_ML)
    level = level_verdict(brief, tmp_path, cli)
    assert "a level match" not in brief
    assert "a match of title only (the posting asks 7+ years; you show 5 years)" in level


def test_the_title_with_the_years_asked_is_a_level_match(tmp_path, cli):
    # years asked of the work itself, not of a field no role shows: a field's years make it a change of field (issue
    # 12; tests/test_claims_overstated.py)
    posting = STAFF_ML.replace("7+ years of experience in machine learning", "4+ years of experience building software")
    brief = markdown_brief(tmp_path, cli, TECH_LEAD, posting)
    assert "a level match" in level_verdict(brief, tmp_path, cli) and "title only" not in brief
    brief = markdown_brief(tmp_path, cli, TECH_LEAD, STAFF_ML.replace("7+ years", "4+ years"))
    verdict = level_verdict(brief, tmp_path, cli)
    assert "a change of field" in verdict and "a level match" not in verdict


# an engineer whose first five years were as a data analyst, and whose summary counts the engineering years
ANALYST_FIRST = """# Sunita Ravel

sunita.ravel@example.com · Leeds, UK

Software engineer with 10+ years of experience building backend services.

## Experience

### Senior Software Engineer — Ketterby Bank
Leeds, UK · Jan 2016 – Dec 2023
- Built the payments API in Java and PostgreSQL serving 2 million customers.
- Led the move of 12 services to AWS.

### Software Engineer — Oakhurst Retail
Leeds, UK · Jan 2013 – Dec 2015
- Built the stock service in Java for 300 stores.

### Data Analyst — Brindle Insurance
Leeds, UK · Jan 2008 – Dec 2012
- Wrote SQL reports on claims for the finance team.
- Built Excel dashboards for 40 branch managers.

## Education
BSc Mathematics, University of Leeds, 2007
"""

BACKEND = """Senior Backend Engineer — Halston Payments

About us
Halston Payments runs card payments for 10,000 merchants.

What you will do
- Build payment services in Java.
- Own the reliability of our payments API.

What we are looking for
- 12+ years of software engineering experience.
- Strong Java and PostgreSQL.
- Experience with AWS.
"""


def _years_row(brief: str) -> str:
    return next(line for line in brief.splitlines() if line.startswith("| **12+ years of experience**"))


def test_years_as_an_analyst_are_not_counted_as_an_engineers_and_the_resume_figure_stands(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, ANALYST_FIRST, BACKEND)
    row = _years_row(brief)
    assert "16 years" not in brief and "meets" not in row
    assert "your résumé states “10+ years”; 11 years by dates" in row
    assert "with 10+ years of software experience, after 5 years as a Data Analyst" in brief
    assert "update" not in row and "undersell" not in brief
    assert "left out of this brief" not in brief


def test_an_analyst_posting_counts_the_analyst_years(tmp_path, cli):
    analyst = BACKEND.replace("Senior Backend Engineer", "Senior Data Analyst")
    brief = markdown_brief(tmp_path, cli, ANALYST_FIRST, analyst)
    assert "after 5 years as a Data Analyst" not in brief


def test_dates_past_the_summarys_floor_meet_with_no_advice_to_edit_the_resume(tmp_path, cli):
    resume = ANALYST_FIRST.replace("Data Analyst —", "Software Developer —")
    row = _years_row(markdown_brief(tmp_path, cli, resume, BACKEND))
    assert "| met |" in row and "16 years" in row
    assert "your summary's “10+ years” is a floor these dates go past" in row
    assert "update" not in row and "wording" not in row


KERNEL_IC = """# Mirela Dunstan

mirela.dunstan@example.com · Cambridge, UK

## Experience

### Senior Linux Kernel Engineer — Thornby Devices
Cambridge, UK · Jan 2016 – Dec 2023
- Wrote the storage drivers for the company's embedded Linux boards in C.
- Cut boot time from 40 seconds to 9 seconds by reworking driver start-up.
- Mentored two junior engineers through their first kernel patches.

### Kernel Engineer — Ashwell Systems
Cambridge, UK · Sep 2012 – Dec 2015
- Maintained the network drivers for the company's routers in C.
- Fixed 120 kernel bugs reported by customers.

## Education
MEng Computer Science, University of Cambridge, 2012
"""

MANAGER_POSTING = """Senior Engineering Manager — Glenmoor Devices

About us
Glenmoor Devices builds embedded Linux systems for 300 hospitals.

Responsibilities
- Manage two teams of embedded engineers and their leads.
- Hire engineers and run performance reviews.
- Own delivery of the device firmware roadmap.

Requirements
- 3+ years managing software engineers.
- Experience with embedded Linux and C.
"""


def test_an_individual_contributor_to_a_people_manager_is_a_change_of_track_not_a_rung(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, KERNEL_IC, MANAGER_POSTING)
    level = level_verdict(brief, tmp_path, cli)
    assert "a move from individual contributor to managing people: the posting asks 3+ years managing" in level
    assert "“Mentored two junior engineers through their first kernel patches”" in level
    assert "level up" not in level and "A step up of" not in brief
    risks = _section(brief, "### Risks and requirements")
    assert "(a move to managing people)" in risks and "the nearest line to managing people" in risks
    assert "left out of this brief" not in brief


def test_a_manager_to_a_senior_manager_is_still_a_rung(tmp_path, cli):
    resume = KERNEL_IC.replace("Senior Linux Kernel Engineer —", "Engineering Manager —")
    brief = markdown_brief(tmp_path, cli, resume, MANAGER_POSTING)
    assert "individual contributor" not in brief and "A move to managing people" not in brief
