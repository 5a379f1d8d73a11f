"""A degree whose dates run to now is not finished: the requirements row says check, never met (issue 12, blind
review: "Requirements you meet: Degree" for an engineering degree listed as "2010 - now"). Invented documents, run
through the CLI as a user would."""

from __future__ import annotations

from tests.conftest import markdown_brief

RESUME = """# Lucie Marchand

lucie.marchand@example.com · Toulouse, France

## Experience

### DevOps Lead — Ardoise Systems
Toulouse, France · Mar 2016 – Present
- Led the move of 40 services to Kubernetes, cutting deploy time from 2 hours to 10 minutes
- Built the CI/CD pipelines in GitLab CI used by 6 teams

### Software Engineer — Ventoux Labs
Toulouse, France · Sep 2011 – Feb 2016
- Wrote the telemetry ingestion service in Python for satellite ground stations

## Education

Engineering degree in Computer Science, Conservatoire des Arts
{dates}
"""

POSTING = """Director of Platform Engineering
Fernleaf · Toulouse, France

About Fernleaf
Fernleaf builds billing software for small shops and the accountants who serve them across Europe. We are a
team of forty engineers in four squads, and we ship to production many times a day.

Responsibilities
- Lead the platform group of three teams: infrastructure, CI/CD and developer tooling
- Set the platform roadmap with product and the other engineering directors

Requirements
- Bachelor's degree in Computer Science or a related field
- 8+ years building and running production infrastructure
- Kubernetes and CI/CD at scale
"""


def _degree_row(tmp_path, cli, dates: str) -> str:
    text = markdown_brief(tmp_path, cli, RESUME.format(dates=dates), POSTING)
    rows = [r for r in text.splitlines() if r.startswith("| **Degree**")]
    met = [line for line in text.splitlines() if line.startswith("**Requirements you meet:**")]
    return " ".join(rows + met)


def test_a_degree_listed_to_now_is_a_check_not_met(tmp_path, cli):
    said = _degree_row(tmp_path, cli, "2010 - now")
    assert "in progress" in said and "Degree (" not in said, said
    said = _degree_row(tmp_path, cli, "Sep 2021 – Present")
    assert "in progress" in said, said


def test_a_finished_degree_is_met(tmp_path, cli):
    said = _degree_row(tmp_path, cli, "2006 - 2011")
    assert "in progress" not in said and "Degree" in said, said
