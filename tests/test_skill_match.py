"""The skill match as a user reads it (issue 12): no false gaps, real gaps kept, each match with its line."""
from __future__ import annotations

import pytest

from tests.conftest import brief_json, fit_json, markdown_brief, pitch_of

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


def _priorities(tmp_path, cli) -> str:
    """The three priorities, one a line: drafted still (the batch summary leads with the first), no longer in the
    Markdown brief, whose risks table says the same gaps (issue 12)."""
    return "\n".join(brief_json(tmp_path, cli)["priorities"])


def test_a_title_naming_the_work_shows_the_practice_and_is_cited(tmp_path, cli):
    brief = _brief(tmp_path, cli, "- 5+ years of backend development experience.")
    shown = _part(brief, "Required, shown")
    # the title names the work and the role's bullet does it: the bullet is cited, never the title alone (CANON)
    assert ("- backend development (demonstrated, as PostgreSQL): “Built the route-pricing service in Go and "
            "PostgreSQL for the dispatch team.” (Halden Systems)") in shown, shown
    assert "backend development" not in _part(brief, "Required, not shown")


def test_a_summary_line_naming_the_work_shows_the_practice(tmp_path, cli):
    summary = "Backend engineer with 9 years of experience building logistics software."
    brief = _brief(tmp_path, cli, "- 5+ years of backend development experience.", "Software Engineer", summary)
    shown = _part(brief, "Required, shown")
    assert "- backend development (demonstrated, as PostgreSQL): “Built the route-pricing service" in shown, shown


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
    # never a skill to learn; the posting line may be quoted as what asks for an area (issue 12)
    learn = [line for line in _priorities(tmp_path, cli).splitlines() if "Required and not on your résumé" in line]
    assert "code review" not in " ".join(learn), _priorities(tmp_path, cli)


def test_a_value_not_shown_is_said_never_learned(tmp_path, cli):
    brief = _brief(tmp_path, cli, "- A commitment to diversity and inclusion.\n- Production experience with Rust.")
    assert "- diversity and inclusion (no line shows it yet)" in _part(brief, "Say how you have done it"), brief
    assert "diversity and inclusion" not in _part(brief, "Required, not shown")
    assert "diversity and inclusion" not in _priorities(tmp_path, cli)


@pytest.mark.parametrize("asked", ["- Production experience with Rust.", "- Strong Rust or C++ skills."])
def test_a_real_gap_stays_not_shown(tmp_path, cli, asked):
    # Rust asked, no Rust anywhere: a gap to prepare, whatever the résumé holds beside it
    brief = _brief(tmp_path, cli, asked)
    assert "Rust (not shown" in _part(brief, "Required, not shown"), brief
    assert "Rust" not in _part(brief, "Say how you have done it")
    assert "Rust" in _priorities(tmp_path, cli)


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


# --- issue 12, blind review: no skill or competency claimed from a line that does not show it --------------------

TOOLS_RESUME = """# Perrin Valcourt

perrin.valcourt@example.com | +1 206 555 0142 | Seattle, WA

## Experience

### Senior Software Engineer, Bramblecote Software
Apr 2017 - Present
- Built infrastructure for codesigning pre-compiled binaries that are distributed to end users.
- {toolchain}
- {compliance}
- Cut release build times from 40 to 12 minutes by caching artifacts in Python tooling.

### Software Engineer, Lanterfell Games
Jun 2012 - Mar 2017
- Wrote gameplay services in Python serving 2M players.

## Skills

Go, Python, Docker

## Education

BSc Computer Science, University of Washington, 2012
"""

TOOLCHAIN = "Maintained the SDK toolchain that compiles our customers' native code in C, C++ and Rust."
COMPLIANCE = "Ensure that client compliance and regulatory controls are met from the first release by all 4 teams."

DATA_POSTING = """Senior Engineering Manager, Data Platform
Quillmark Analytics · Remote (US)

About us
Quillmark Analytics builds an observability database used by 900 engineering teams to search their logs.
{about}

What you will do
- Lead the ingestion and query teams, 12 engineers across two time zones.
{duties}

Requirements
{requirements}
"""


def _tools_brief(tmp_path, cli, requirements: str, toolchain: str = TOOLCHAIN, compliance: str = COMPLIANCE,
                 about: str = "", duties: str = "") -> str:
    resume = TOOLS_RESUME.format(toolchain=toolchain, compliance=compliance)
    posting = DATA_POSTING.format(requirements=requirements, about=about, duties=duties)
    return markdown_brief(tmp_path, cli, resume, posting)


@pytest.mark.parametrize(
    ("toolchain", "held"),
    [
        (TOOLCHAIN, None),
        ("Maintained the SDK toolchain in C++ that compiles our customers' native code.", "demonstrated"),
        # the customers' things, but the candidate's own work with the language
        ("Moved our customers' builds onto a C++ toolchain we wrote.", "demonstrated"),
    ],
)
def test_issue_12_a_language_of_the_users_code_is_named_not_held(tmp_path, cli, toolchain, held):
    brief = _tools_brief(tmp_path, cli, "- Experience with C++.\n- Strong Rust.", toolchain=toolchain)
    if held is None:
        assert "- C++ (listed)" in _part(brief, "Required, only listed or implied"), brief
        assert "C++" not in _part(brief, "Required, shown"), brief
    else:
        assert "- C++ (demonstrated)" in _part(brief, "Required, shown"), brief


def test_issue_12_a_bridge_is_never_a_skill_only_named(tmp_path, cli):
    brief = _tools_brief(tmp_path, cli, "- Production experience with Zig.")
    # C++ is a close substitute for Zig, but here only the customers' code is in it: no "you hold C++"
    assert "C++" not in brief.split("### Skill match", 1)[1].split("## STAR", 1)[0], brief


@pytest.mark.parametrize(
    ("extra", "verdict"),
    [
        ("", "not shown"),
        ("Designed the distributed job scheduler that runs 40k jobs a day across 3 regions.", "check"),
    ],
)
def test_issue_12_distributed_to_users_is_not_distributed_systems(tmp_path, cli, extra, verdict):
    compliance = extra or COMPLIANCE
    brief = _tools_brief(tmp_path, cli, "- 8+ years building distributed systems.", compliance=compliance)
    row = next(r for r in brief.splitlines() if r.startswith("| **8+ years building distributed systems**"))
    assert f" {verdict} |" in row, row  # "high: not shown", "medium: check"
    assert "codesigning" not in row, row


@pytest.mark.parametrize(
    ("compliance", "shown"),
    [
        (COMPLIANCE, False),
        ("Grew the release engineering team from 3 to 9 engineers in two years.", True),
    ],
)
def test_issue_12_a_competency_is_cited_only_from_a_line_that_shows_it(tmp_path, cli, compliance, shown):
    brief = _tools_brief(tmp_path, cli, "- Experience scaling teams.", compliance=compliance)
    if shown:
        assert "- scaling teams (demonstrated): “Grew the release engineering team" in _part(
            brief, "Required, shown"), brief
    else:
        assert "scaling teams" not in _part(brief, "Required, shown"), brief
        assert "compliance" not in brief.split("### Skill match", 1)[1].split("\n### ", 1)[0], brief


def test_issue_12_listed_is_never_shown_and_the_count_is_the_rows(tmp_path, cli):
    brief = _tools_brief(tmp_path, cli, "- Experience with Go.\n- Experience with Python.\n- Experience with Kafka.")
    assert "- Go (listed)" in _part(brief, "Required, only listed or implied"), brief
    assert "Go" not in _part(brief, "Required, shown"), brief
    groups = ("Required, shown", "Required, only listed or implied", "Required, not shown")
    rows = [line for g in groups for line in _part(brief, g).splitlines() if line.startswith("- ")]
    shown = [line for line in _part(brief, "Required, shown").splitlines() if line.startswith("- ")]
    fit = brief.split("### Your fit", 1)[1].split("\n### ", 1)[0]
    # the fit says the top gap and the plan (issue 12); the count is the skill match's rows, never said otherwise
    assert "Your roles show" not in fit and len(shown) < len(rows), (fit, rows)
    # on a manager's post the people gap leads the fit (tests/test_top_gap.py); the missing tool is a risk row
    assert "managing people" in fit, fit
    risks = brief.split("### Risks and requirements", 1)[1].split("\n### ", 1)[0]
    assert "Experience with Kafka" in risks, risks


@pytest.mark.parametrize(
    ("requirement", "named"),
    [
        ("- Excellent written communication for a remote team.", False),
        ("- Experience leading a remote team of 10+ engineers.", True),
    ],
)
def test_issue_12_a_remote_team_is_how_they_work_not_a_skill_asked(tmp_path, cli, requirement, named):
    brief = _tools_brief(tmp_path, cli, requirement)
    assert ("remote team management" in brief.split("### Skill match", 1)[1].split("### Prepare", 1)[0]) is named


@pytest.mark.parametrize(
    ("about", "duties", "named"),
    [
        ("We’re hiring a Senior Engineering Manager to lead our ingestion and query teams.", "", False),
        ("We are looking to hire a Senior Engineering Manager for our ingestion teams.", "", False),
        ("", "- Hire 3 more engineers this year.", True),
    ],
)
def test_issue_12_the_company_hiring_is_no_hiring_duty(tmp_path, cli, about, duties, named):
    brief = _tools_brief(tmp_path, cli, "- Experience with Python.", about=about, duties=duties)
    assert ("hiring" in brief.split("### Skill match", 1)[1].split("\n### ", 1)[0]) is named, brief
    # nor the pitch's reason to join
    assert "Senior Engineering Manager for" not in pitch_of(brief) and "to lead your" not in pitch_of(brief), brief


@pytest.mark.parametrize(
    ("compliance", "shown"),
    [
        ("Scaled the release team from 3 to 9 engineers in two years.", False),
        ("Scaled the signing service to 12,000 requests per second.", True),
    ],
)
def test_issue_12_scalability_is_a_system_scaled_not_a_team(tmp_path, cli, compliance, shown):
    brief = _tools_brief(tmp_path, cli, "- Experience designing for scalability.", compliance=compliance)
    assert ("scalability (demonstrated)" in _part(brief, "Required, shown")) is shown, brief


@pytest.mark.parametrize(
    ("skills", "group", "held"),
    [
        ("Go, Python, New Relic", "Required, only listed or implied", "- Datadog (listed, as New Relic)"),
        ("Go, Python", "Required, not shown", "- Datadog (not shown)"),
    ],
)
def test_issue_12_an_example_met_by_a_listed_tool_is_listed_not_shown(tmp_path, cli, skills, group, held):
    resume = TOOLS_RESUME.format(toolchain=TOOLCHAIN, compliance=COMPLIANCE).replace("Go, Python, Docker", skills)
    posting = DATA_POSTING.format(requirements="- Monitoring tools such as Datadog.", about="", duties="")
    brief = markdown_brief(tmp_path, cli, resume, posting)
    assert held in _part(brief, group), brief
    assert "Datadog" not in _part(brief, "Required, shown"), brief
