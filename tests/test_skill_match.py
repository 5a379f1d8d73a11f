"""The skill match as a user reads it (issue 12): no false gaps, real gaps kept, each match with its line."""
from __future__ import annotations

import pytest

from tests.conftest import fit_json, markdown_brief

RESUME = """# Ines Darrow

ines.darrow@example.com | +1 503 555 0142 | Portland, OR

## Summary

{summary}

## Experience

### {title}, Halden Systems
Mar 2021 - Present
- Chair weekly design reviews for the routing and billing teams.
- Built the route-pricing service in Go and PostgreSQL for the dispatch team.
- Mentored 3 engineers through weekly pairing sessions.

### Software Engineer, Corrib Labs
Jun 2016 - Feb 2021
- Built internal reports in Python for the finance team.
- Wrote the release checklist and ran the monthly release.

### Backend Engineering Intern, Corrib Labs
Jun 2015 - Aug 2015
- Fixed bugs in the billing service.

## Education

BSc Computer Science, Portland State University, 2016
"""

POSTING = """Senior Engineer, Platform — Tarnwick Freight

About us
Tarnwick Freight moves pallets across the Pacific Northwest for farms, breweries and small makers. We run
forty trucks out of three depots and book most loads the day before they ship.

What you will do
- Design and build the services behind our booking platform.
- Work with dispatchers and drivers to understand how loads are planned each morning.
- Join a group of six engineers who own the booking, pricing and tracking products end to end.

Requirements
{requirements}
"""


def _brief(tmp_path, cli, requirements: str, title: str = "Senior Backend Engineer",
           summary: str = "Engineer with 9 years of experience building logistics software.") -> str:
    resume = RESUME.format(title=title, summary=summary)
    return markdown_brief(tmp_path, cli, resume, POSTING.format(requirements=requirements))


def _part(brief: str, title: str) -> str:
    """One list of the skill match ("Required, shown"), "" when the brief has none."""
    match = brief.split("### Skill match", 1)[1].split("\n### ", 1)[0]
    return match.split(f"**{title}:**", 1)[1].split("\n**", 1)[0] if f"**{title}:**" in match else ""


def _priorities(brief: str) -> str:
    return brief.split("### Prepare these three first", 1)[1].split("\n### ", 1)[0]


def test_a_title_naming_the_work_shows_the_practice_and_is_cited(tmp_path, cli):
    brief = _brief(tmp_path, cli, "- 5+ years of backend development experience.")
    shown = _part(brief, "Required, shown")
    assert "- backend development (demonstrated): “Senior Backend Engineer, Halden Systems”" in shown, shown
    assert "backend development" not in _part(brief, "Required, not shown")


def test_a_summary_line_naming_the_work_shows_the_practice(tmp_path, cli):
    summary = "Backend engineer with 9 years of experience building logistics software."
    brief = _brief(tmp_path, cli, "- 5+ years of backend development experience.", "Software Engineer", summary)
    shown = _part(brief, "Required, shown")
    assert "- backend development (demonstrated): “Backend engineer with 9 years" in shown, shown


def test_no_title_naming_the_work_leaves_the_practice_not_shown(tmp_path, cli):
    # an internship's title ("Backend Engineering Intern") is not the kind of work the candidate does
    brief = _brief(tmp_path, cli, "- 5+ years of backend development experience.", "Software Engineer")
    assert "backend development (not shown" in _part(brief, "Required, not shown"), brief
    assert "backend development" not in _part(brief, "Required, shown")


def test_a_close_equivalent_is_related_not_a_gap(tmp_path, cli):
    brief = _brief(tmp_path, cli, "- You practise code review on every change.")
    say = _part(brief, "Say how you have done it")
    assert "- code review (related; you: design reviews): “Chair weekly design reviews" in say, say
    assert "code review" not in _part(brief, "Required, not shown")
    assert "code review" not in _priorities(brief)


def test_a_value_not_shown_is_said_never_learned(tmp_path, cli):
    brief = _brief(tmp_path, cli, "- A commitment to diversity and inclusion.\n- Production experience with Rust.")
    assert "- diversity and inclusion (no line shows it yet)" in _part(brief, "Say how you have done it"), brief
    assert "diversity and inclusion" not in _part(brief, "Required, not shown")
    assert "diversity and inclusion" not in _priorities(brief)


@pytest.mark.parametrize("asked", ["- Production experience with Rust.", "- Strong Rust or C++ skills."])
def test_a_real_gap_stays_not_shown(tmp_path, cli, asked):
    # Rust asked, no Rust anywhere: a gap to prepare, whatever the résumé holds beside it
    brief = _brief(tmp_path, cli, asked)
    assert "Rust (not shown" in _part(brief, "Required, not shown"), brief
    assert "Rust" not in _part(brief, "Say how you have done it")
    assert "Rust" in _priorities(brief)


def _coverage(tmp_path, cli, requirements: str) -> str:
    """The skill coverage the JSON brief's score explanation states: "... not shown 0: 50%; ..." -> "50%"."""
    _brief(tmp_path, cli, requirements)
    explanation = fit_json(tmp_path, cli)["explanation"]
    assert "values to say how you have shown not counted" in explanation
    return explanation.split("not shown 0: ", 1)[1].split(";", 1)[0]


def test_a_value_not_shown_does_not_lower_the_coverage_the_score_states(tmp_path, cli):
    plain = _coverage(tmp_path, cli, "- Production experience with Rust.\n- Experience with PostgreSQL.")
    valued = _coverage(tmp_path, cli, "- Production experience with Rust.\n- Experience with PostgreSQL.\n"
                                      "- A commitment to diversity and inclusion.")
    assert plain == valued, (plain, valued)


@pytest.mark.parametrize(
    ("bullet", "shown"),
    [
        ("- Moved the nightly jobs to spot instances, saving an estimated $120K a year.", True),
        ("- Cut the cloud bill by 30% by right-sizing the clusters.", True),
        ("- Cut build time by 30% with remote caching.", False),  # a cut, but of time
        ("- Automated the release notes, saving 3 hours per release.", False),  # time saved, not cost
    ],
)
def test_a_saving_with_money_shows_cost_optimization(tmp_path, cli, bullet, shown):
    resume = RESUME.format(title="Senior Backend Engineer", summary="Engineer building logistics software.")
    resume = resume.replace("- Mentored 3 engineers", bullet + "\n- Mentored 3 engineers")
    brief = markdown_brief(tmp_path, cli, resume, POSTING.format(requirements="- A track record of cost optimization."))
    assert ("cost optimization (demonstrated)" in _part(brief, "Required, shown")) is shown, brief


def test_a_listed_close_equivalent_is_related(tmp_path, cli):
    resume = RESUME.format(title="Senior Backend Engineer", summary="Engineer building logistics software.")
    resume = resume.replace("- Mentored 3 engineers through weekly pairing sessions.\n", "").replace(
        "## Education", "## Skills\n\nCoaching, Python, Go, PostgreSQL\n\n## Education")
    brief = markdown_brief(tmp_path, cli, resume, POSTING.format(requirements="- Experience mentoring engineers."))
    assert "- mentoring (related; you: coaching)" in _part(brief, "Say how you have done it"), brief
    assert "mentoring" not in _part(brief, "Required, not shown")
