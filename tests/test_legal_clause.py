"""A data-processing consent clause at a résumé's foot is no work (issue 12, blind review: "hiring
(demonstrated)" and "the nearest line to managing people" quoted from "I hereby give consent ... for the purposes
of the recruitment process"). Invented résumé; run through the CLI as a user would."""

from __future__ import annotations

import json

from tests.conftest import brief_json, markdown_brief

RESUME = """# Ola Brzoza

ola.brzoza@example.com · Gliwice, Poland

## Experience

### Software Developer — Kestrel Systems
Gliwice, Poland · Mar 2019 – Oct 2022
- Built the fare-calculation service in Node.js for a city ticketing system
- Maintained the GraphQL API used by the mobile apps

### Intern — Kestrel Systems
Gliwice, Poland · Jun 2018 – Feb 2019
- Wrote integration tests for the payments module in Jest
- Fixed bugs in the reporting dashboard used by the operations team

I hereby give consent for my personal data included in the application to be processed for the purposes of the
recruitment process, hiring and onboarding, in accordance with the data protection regulation.
"""

POSTING = """Senior Engineering Manager
Fernleaf · Remote

About Fernleaf
Fernleaf builds billing software for small shops and the accountants who serve them across Europe. We are a
team of forty engineers in four squads, and we ship to production many times a day.

Responsibilities
- Lead two squads building the invoicing and payments services
- Work with product and design on the roadmap for the next two quarters

Requirements
- 3+ years managing engineering teams
- Experience hiring and onboarding engineers
- Node.js and GraphQL
"""


def test_a_consent_clause_is_no_bullet_no_evidence_and_no_story(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, RESUME, POSTING)
    assert "I hereby give consent" not in text, text
    assert "hiring (demonstrated)" not in text, text
    data = brief_json(tmp_path, cli)
    assert "consent" not in json.dumps(data).lower()  # not a skill's evidence, a story or a quote
    # the work lines are still read
    assert "Built the fare-calculation service" in text, text


def test_a_line_about_consent_in_work_is_kept(tmp_path, cli):
    # only the clause's own opening is legal text; work that mentions consent is work
    resume = RESUME.replace("- Maintained the GraphQL API used by the mobile apps",
                            "- Built the consent-management screen that lets riders manage their personal data")
    text = markdown_brief(tmp_path, cli, resume, POSTING)
    assert "consent-management screen" in json.dumps(brief_json(tmp_path, cli)), text
