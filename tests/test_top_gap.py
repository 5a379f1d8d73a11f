"""For a manager's post, the first page's top gap is managing people, ahead of a missing tool of the same severity
(issue 12, blind review: "your résumé names C++ (for Go or Scala)" led the call sheet of a developer applying to
a Senior Engineering Manager post asking 3+ years managing). Invented documents, run through the CLI."""

from __future__ import annotations

from tests.conftest import markdown_brief

RESUME = """# Piotr Lasek

piotr.lasek@example.com · Katowice, Poland

## Experience

### Software Developer — Ostoja Software
Katowice, Poland · Dec 2018 – Oct 2022
- Developed the fare engine of a smart ticketing system in Node.js and MongoDB
- In early 2020 I became the team's lead developer and planned and coordinated the work of the development team
- Led a team of 4 developers through the move of the ticketing backend to Kubernetes
- Built the GraphQL API used by the mobile apps, deployed on Kubernetes

### Junior Developer — Ostoja Software
Katowice, Poland · Jul 2017 – Nov 2018
- Wrote integration tests in Jest for the payments module
"""

POSTING = """Senior Engineering Manager
Ravelwood Analytics · Remote (Europe)

About Ravelwood
Ravelwood is the analytics platform behind 500 mobile game studios, processing billions of events a day for
their live operations teams.

Responsibilities
- Lead two teams of backend engineers building the ingestion and query services
- Hire, coach and grow the engineers on both teams

Requirements
- 3+ years managing engineering teams
- Background in data-intensive systems: ClickHouse, Kafka or similar
- Experience with Go or Scala in production
"""


def test_a_managers_post_leads_with_the_people_gap(tmp_path, cli):
    # a team of 4 led makes the people row one to check, as serious as the missing tools: it still leads
    text = markdown_brief(tmp_path, cli, RESUME, POSTING)
    fit = text.split("### Your fit", 1)[1].split("###", 1)[0]
    assert "managing people" in fit.split(".")[1], fit
    rows = [r for r in text.split("### Risks and requirements", 1)[1].splitlines() if r.startswith("| **")]
    assert rows[0].startswith("| **Managing people**"), rows
