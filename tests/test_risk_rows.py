"""The call sheet's risks as a coach writes them (issue 12, blind review: the hand brief won every pair): one row
per gap, how serious each is, the most serious first, the requirements met in one line, and what to say aloud
of the top gap. Each test runs the CLI on an invented résumé and posting and reads the brief as a user would."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.conftest import markdown_brief, risk_table_rows

SENIOR_IC = """# Priya Vantongeren

priya.vantongeren@example.com | +1 512 555 0142 | Austin, TX

## Experience

### Senior Software Engineer, Quillford Analytics
Apr 2019 - Present
- Led the migration of the reporting pipeline from nightly batches to Kafka streams, cutting report delay \
from 6 hours to 4 minutes.
- Mentored 3 junior engineers through their first on-call rotations.
- Designed the tenant isolation model for the analytics API serving 1,200 customers.

### Software Engineer, Bellweather Retail
Jun 2012 - Mar 2019
- Built the pricing service in Java and PostgreSQL used by 400 stores.
- Cut checkout errors by 40% by adding contract tests to the payment flow.

## Education

BSc Computer Science, University of Texas, 2014
"""

DIRECTOR = """Senior Director of Engineering, Data Platform
Corvey Labs · Austin, TX

About us
Corvey Labs builds analytics software for retailers, from store sales to supply forecasts.

What you will do
- Lead the Data Platform organisation: 4 engineering managers and about 45 engineers.
- Set the technical direction for ingestion, storage and reporting.
- Hire and grow managers of managers as the group doubles.

Requirements
- 12+ years of software engineering experience, including 6+ years in engineering leadership.
- Experience managing managers.
- Experience leading 40+ people across several teams.
- Strong Kafka and PostgreSQL.
"""

MANAGER = """# Tomasz Oyelaran

tomasz.oyelaran@example.com | +1 206 555 0199 | Seattle, WA

## Experience

### Engineering Manager, Pellridge Logistics
Jan 2018 - Present
- Manage a team of 8 engineers building the route planning services in Go.
- Hired 5 engineers and promoted 2 to senior.
- Cut route planning time from 40 minutes to 3 minutes by moving the solver onto Kafka workers.

### Senior Software Engineer, Ambrel Shipping
Jan 2012 - Dec 2017
- Built the carrier rates API in Go and PostgreSQL handling 2M quotes a day.
- Led the move from a monolith to 6 services.

## Education

BSc Computer Science, University of Washington, 2011
"""

MANAGER_POST = """Engineering Manager, Routing
Harlow Freight · Seattle, WA

About us
Harlow Freight plans routes for regional carriers.

What you will do
- Lead a team of 7 engineers building routing services.
- Hire and grow engineers.

Requirements
- 8+ years of software engineering experience, including 3+ years managing engineers.
- Strong Go and PostgreSQL.
- Experience with Kafka.
"""

ABROAD = """Senior Backend Engineer
Merrow Health · Denver, CO (hybrid, three days a week in our office)

About us
Merrow Health builds scheduling software for clinics.

What you will do
- Build the appointment booking services.
- Keep the booking API fast and reliable.

Requirements
- 10+ years of backend engineering experience.
- Strong experience with Rust.
- Go and PostgreSQL.
"""


def _call_sheet(brief: str) -> str:
    return brief.split("### Risks and requirements", 1)[1].split("\n### ", 1)[0]


def _first_rows(brief: str) -> list[list[str]]:
    """The call sheet's rows as printed: [the posting asks, your résumé shows, how serious, how to handle it]."""
    return [[c.strip() for c in line.strip("|").split(" | ")] for line in _call_sheet(brief).splitlines()
            if line.startswith("| ") and not line.startswith(("| ---", "| The posting asks"))]


def _fit(brief: str) -> str:
    return brief.split("### Your fit", 1)[1].split("\n### ", 1)[0].strip()


def test_a_senior_engineer_for_a_director_post_has_one_people_row_that_could_end_it(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, SENIOR_IC, DIRECTOR)
    rows = _first_rows(brief)
    people = [r for r in rows if "manag" in r[0].lower() or "leading" in r[0].lower()]
    # one row for the management gap, not one each for managers, leadership years, the team and the level
    assert len(people) == 1, rows
    asks, shows, serious, handle = people[0]
    assert asks.startswith("**Managing people**"), asks
    for phrase in ("managing managers", "6+ years in engineering leadership", "leading 40 people",
                   "a move to managing people"):
        assert phrase in asks, (phrase, asks)
    assert serious == "could end it: not shown" and rows[0] == people[0], rows
    assert "Senior Software Engineer" in shows and "“Mentored 3 junior engineers" in shows, shows
    # the answer names the row's own nearest line, not the stock "offer your nearest real evidence"
    assert "“Mentored 3 junior engineers" in handle and "nearest real evidence" not in handle, handle
    # the script: first person, the row's facts and the cited line's action, nothing the résumé lacks
    script = re.search(r"\*\*How to say it:\*\* (.+)", _call_sheet(brief))
    assert script, _call_sheet(brief)
    said = script.group(1)
    assert said.startswith("I've been a Senior Software Engineer, not a manager of managers."), said
    assert "I mentored 3 junior engineers through their first on-call rotations" in said, said
    assert "…" not in said and "45" not in said and "40" not in said, said
    # the requirement met leaves the table for one line, with what shows it
    assert "**Requirements you meet:** 12+ years of experience (" in _call_sheet(brief), _call_sheet(brief)
    assert not any(r[2] == "met" for r in rows), rows
    # Your fit: the verdict, the top gap in one plain sentence, the strongest line quoted, the plan
    fit = _fit(brief)
    assert fit.startswith("**A stretch.** The gap that could end it is managing people"), fit
    assert "Strongest evidence: “" in fit and "Plan: say it first" in fit, fit
    assert "left out of this brief" not in brief


def test_a_manager_for_a_manager_post_with_everything_met_has_no_risk_rows_and_no_script(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, MANAGER, MANAGER_POST)
    sheet = _call_sheet(brief)
    assert _first_rows(brief) == [], sheet
    assert "How to say it" not in brief, sheet
    met = re.search(r"\*\*Requirements you meet:\*\* (.+)", sheet)
    assert met, sheet
    assert "8+ years of experience (" in met.group(1) and "3+ years managing engineers (“Manage a team of 8" in \
        met.group(1), met.group(1)
    assert _fit(brief).startswith("**A strong fit.** Strongest evidence:"), _fit(brief)
    assert "Nothing the posting asks is left unshown" in _fit(brief)
    # the full brief keeps the whole line that shows each, rated met
    assert [r[2] for r in risk_table_rows(brief)] == ["meets", "meets"], risk_table_rows(brief)


def test_a_skill_the_years_and_a_place_are_three_rows_the_most_serious_first(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, SENIOR_IC, ABROAD)
    rows = _first_rows(brief)
    assert [r[2] for r in rows] == ["high: not shown", "medium: check", "ask early: check"], rows
    assert rows[0][0].startswith("**Required skills**") and "Rust" in rows[0][1], rows[0]
    assert rows[1][0].startswith("**10+ years of backend engineering**"), rows[1]
    assert rows[2][0].startswith("**Location and remote policy**") and "Austin, TX" in rows[2][1], rows[2]
    # no answer said twice down the table
    handles = [r[3] for r in rows]
    assert len(set(handles)) == len(handles), handles
    # the script for a skill no line shows claims nothing: it says the gap in the first person
    said = re.search(r"\*\*How to say it:\*\* (.+)", _call_sheet(brief))
    assert said and said.group(1).startswith("My résumé does not name Go or Rust."), _call_sheet(brief)
    assert _fit(brief).startswith("**A stretch.** The biggest gap: the posting asks"), _fit(brief)


class _Cells(HTMLParser):
    """The text of each cell of the first risk table of an HTML brief, row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.tables = 0
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("class", "grid risk-table") in attrs:
            self.tables += 1
            self.inside = self.tables == 1
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag == "td":
            self.rows[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside and self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


def test_the_html_call_sheet_has_the_same_rows_severity_and_script(tmp_path, cli):
    markdown_brief(tmp_path, cli, SENIOR_IC, DIRECTOR)  # writes the résumé and posting
    out = tmp_path / "brief.html"
    run = cli(tmp_path / "resume.md", tmp_path / "job.txt", "-o", out, "--format", "html", "--force")
    assert run.exit_code == 0, run.stderr
    html = out.read_text("utf-8")
    cells = _Cells()
    cells.feed(html.split('id="glance"', 1)[0])  # the call sheet's table, before the full brief
    rows = [r for r in cells.rows if r]
    assert len(rows) == 1 and rows[0][0].startswith("Managing people"), rows
    assert rows[0][2].startswith("could end it"), rows
    assert "<th>How serious</th>" in html and "How to say it:" in html
    assert "Requirements you meet:" in html
