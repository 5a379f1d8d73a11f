"""The top gap, said honestly, and nothing shown without a line (issue 12, blind review): invented résumés and
postings through the CLI's Markdown brief, as a user reads it."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, markdown_brief

# A PHP developer: C++ only from coursework and the skills list
PHP_RESUME = """# Dana Whitlow
Berlin, Germany · dana@example.com

## Experience

### Backend Developer — Plumcart GmbH | Jan 2021 – Present
- Built PHP services for coupon redemption used by 400 retail stores
- Cut page load time by 40% by caching restaurant menus in Redis

### Backend Developer — Tablefolk | Mar 2019 – Dec 2020
- Wrote PHP and MySQL APIs for a café ordering app

## Education
BSc Computer Science, Technical University, 2018 — coursework in C++ and Scala

## Skills
PHP, MySQL, Redis, Docker, C++
"""

LANGUAGE_POSTING = """Senior Backend Engineer
Ledgerwise · Berlin, Germany

About us
Ledgerwise builds invoicing and payment tools for small shops across Europe.

What you'll do
- Build backend services for card payments and invoices
- Keep the services fast, observable and easy to change
- Work with product managers on what to build next

Requirements
- Strong {language}
- Experience with Redis and relational databases
- Clear written communication
"""


def _first_page(brief: str) -> str:
    return brief.split("## The full brief", 1)[0]


def test_a_language_never_stands_in_for_another_on_the_first_page(tmp_path: Path, cli: Callable[..., Run]) -> None:
    # PHP is shown at work, C++ only in coursework and the skills list: neither is Python's or Go's stand-in
    for language in ("Python", "Go"):
        brief = markdown_brief(tmp_path, cli, PHP_RESUME, LANGUAGE_POSTING.format(language=language))
        first = _first_page(brief)
        assert f"does not name {language}" in first
        for other in ("PHP (for", "C++ (for", "you hold PHP", "you hold C++", "names C++", "names PHP"):
            assert other not in first, (language, other)
        # the full brief never offers coursework or a skills list as the nearest language
        assert "C++" not in brief.split("## The full brief", 1)[1].split("## STAR", 1)[0]


# A frontend engineer with no machine learning at all
WEB_RESUME = """# Sam Okafor
Lisbon, Portugal · sam@example.com

## Experience

### Senior Software Engineer — Brightloom | Feb 2019 – Present
- Built React and TypeScript checkout pages used by 2 million shoppers a month
- Ran A/B tests on the checkout flow that lifted conversion by 6%
- Moved the frontend build to Vite, cutting build time from 9 to 2 minutes

### Software Engineer — Quillpath | Jun 2015 – Jan 2019
- Wrote Node.js APIs for a booking site
- Set up CI pipelines in GitHub Actions for 12 repositories

## Skills
TypeScript, React, Node.js, PostgreSQL, A/B testing
"""

ML_POSTING = """Staff Machine Learning Engineer
Corvane · Lisbon, Portugal

About us
Corvane builds demand forecasting for grocery retailers across Europe.

What you'll do
- Design, train and ship machine learning models for demand forecasting
- Own the ML platform: feature pipelines, model training and model serving
- Run A/B tests to measure model impact on orders

Requirements
- 8+ years of software engineering experience
- Deep experience with PyTorch or TensorFlow
- Strong Python
- Experience with A/B testing and experiment design
"""

EM_POSTING = """Senior Engineering Manager, Analytics Platform
Corvane · Lisbon, Portugal

About us
Corvane builds demand forecasting for grocery retailers across Europe.

What you'll do
- Lead and grow a team of 8 engineers building our analytics platform
- Run hiring, 1:1s and performance reviews
- Work with product on the roadmap

Requirements
- 3+ years managing software engineers
- Experience with ClickHouse or similar analytical databases
- Strong TypeScript or Node.js
"""


def _rows(brief: str) -> list[str]:
    """The first page's risks table rows, in order."""
    table = _first_page(brief).split("### Risks and requirements", 1)[1]
    return [line for line in table.splitlines() if line.startswith("| **")]


def _fit_line(brief: str) -> str:
    return brief.split("### Your fit", 1)[1].strip().split("\n", 1)[0]


def test_a_core_skill_not_shown_is_the_top_gap_said_plainly(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, WEB_RESUME, ML_POSTING)
    fit = _fit_line(brief)
    # not "A stretch": no machine learning at all for a machine-learning post is said plainly
    assert fit.startswith("**On paper this is not a match.**"), fit
    assert "The gap that could end it" in fit and "machine learning" in fit
    assert "A/B" not in fit.split("Strongest evidence")[0]
    rows = _rows(brief)
    assert rows[0].startswith("| **The role's core skills**") and "could end it" in rows[0], rows[0]
    script = brief.split("**How to say it:**", 1)[1].split("\n", 1)[0]
    assert "machine learning" in script


def test_managing_people_outranks_a_single_tool_for_a_manager_s_post(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, WEB_RESUME, EM_POSTING)
    rows = _rows(brief)
    assert rows[0].startswith("| **Managing people**"), rows[0]
    assert any("ClickHouse" in r for r in rows[1:])
    assert "managing people" in _fit_line(brief) and "ClickHouse" not in _fit_line(brief)
    # a manager's post is no machine-learning one: a single tool not shown is no core skill, and the fit is no
    # "not a match"
    assert "not a match" not in _fit_line(brief)


BACKEND_POSTING = """Senior Backend Engineer
Corvane · Porto, Portugal

About us
Corvane builds demand forecasting for grocery retailers across Europe.

What you'll do
- Build and run the services behind our forecasting platform
- Work with product on the roadmap

Requirements
- 6+ years building backend systems
- Strong backend development skills
- Team leadership experience
- Clear written communication in English
"""

FRONTEND_RESUME = """# Lee Marsh
Porto, Portugal · lee@example.com

## Experience

### Frontend Developer — Brightloom | Feb 2019 – Present
- Built React and TypeScript checkout pages used by 2 million shoppers a month
- Moved the frontend build to Vite, cutting build time from 9 to 2 minutes

### QA Engineer — Quillpath | Jan 2018 – Jan 2019
- Wrote Cypress end-to-end tests for a booking site

## Skills
TypeScript, React, Cypress
"""

# Backend titles over bullets that show no backend work; a six-month "Team Lead" with a meetup talk
TITLED_RESUME = """# Ari Novak
Porto, Portugal · ari@example.com

## Experience

### Backend Developer — Brightloom | Feb 2022 – Present
- Cut the monthly cloud bill by 18% by removing idle environments
- Mentored two interns through their first releases

### Backend Developer — Quillpath | Jan 2020 – Jan 2022
- Wrote the release checklist the team still uses

### Team Lead — Fernway | Mar 2019 – Aug 2019
- Gave a talk on release checklists at a local meetup

## Skills
Jira, Confluence
"""


def _row(brief: str, starts: str) -> str:
    return next(r for r in _rows(brief) if r.startswith(starts))


def test_years_of_a_kind_no_role_shows_are_not_shown(tmp_path: Path, cli: Callable[..., Run]) -> None:
    # over 7 years in all, none of it backend: never "years in all | check"
    brief = markdown_brief(tmp_path, cli, FRONTEND_RESUME, BACKEND_POSTING)
    row = _row(brief, "| **6+ years building backend systems**")
    assert "not shown" in row and "in all" not in row, row
    assert "6+ years building backend systems" in _fit_line(brief)
    script = brief.split("**How to say it:**", 1)[1].split("\n", 1)[0]
    assert "fewer years" not in script


def test_a_title_is_title_only_never_shown_nor_not_shown(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, TITLED_RESUME, BACKEND_POSTING)
    row = _row(brief, "| **6+ years building backend systems**")
    assert "roles titled Backend Developer" in row and "check" in row and "not shown" not in row, row
    # years under the title reach those asked: no script saying there are fewer
    assert "fewer years" not in _first_page(brief)
    full = brief.split("## The full brief", 1)[1]
    assert "backend development (title only: check)" in full
    # a six-month "Team Lead" title and a meetup talk: no demonstration of leading a team
    assert "team leadership (title only: check)" in full
    assert "team leadership (demonstrated" not in full


def test_a_talk_about_leading_is_no_team_leadership_shown(tmp_path: Path, cli: Callable[..., Run]) -> None:
    resume = TITLED_RESUME.replace(
        "- Gave a talk on release checklists at a local meetup",
        "- Gave a conference talk on leading remote teams at DevConf 2019",
    ).replace(
        "- Mentored two interns through their first releases",
        "- Presented our team leadership practices at a company all-hands",
    )
    full = markdown_brief(tmp_path, cli, resume, BACKEND_POSTING).split("## The full brief", 1)[1]
    line = next(x for x in full.splitlines() if x.startswith("- team leadership ("))
    assert "demonstrated" not in line and "related" not in line and "talk" not in line, line
    assert "title only" in line


BUDGET_POSTING = """Senior Engineering Manager
Corvane · Porto, Portugal

About us
Corvane builds demand forecasting for grocery retailers across Europe.

What you'll do
- Lead a team of 10 engineers building our platform
- Run hiring, 1:1s and performance reviews

Requirements
- 3+ years managing software engineers
- Experience with Python and AWS
- Experience owning an engineering budget of €1M or more
"""

BUDGET_RESUME = """# Kim Hale
Porto, Portugal · kim@example.com

## Experience

### Engineering Manager — Brightloom | Feb 2020 – Present
- Managed a team of 7 backend engineers building the checkout platform
- Hired 4 engineers and ran weekly 1:1s with each
- {budget}

### Senior Software Engineer — Quillpath | Jan 2015 – Jan 2020
- Built Python services for a booking site used by 300 hotels

## Skills
Python, AWS
"""


def test_a_budget_received_is_no_budget_owned(tmp_path: Path, cli: Callable[..., Run]) -> None:
    perk = "Received a €2,000 yearly learning budget and used it for AWS certification"
    row = _row(markdown_brief(tmp_path, cli, BUDGET_RESUME.format(budget=perk), BUDGET_POSTING), "| **A budget of")
    assert "no bullet states a budget" in row and "€2,000" not in row, row
    assert "does not show a budget of €1M" in row  # said in a sentence, not "does not show A budget"
    owned = "Managed a €400K tooling and contractor budget"
    row = _row(markdown_brief(tmp_path, cli, BUDGET_RESUME.format(budget=owned), BUDGET_POSTING), "| **A budget of")
    assert "€400K" in row and "check" in row, row


PAYMENTS_POSTING = """Senior Backend Engineer
Ledgerwise · Berlin, Germany

About us
Ledgerwise builds payment processing for online merchants.

What you'll do
- Build backend services for card payments
- Keep the services fast and easy to change

Requirements
- Strong PHP
- Experience in payments or fintech
- Clear written communication
"""


def test_the_nearest_domains_the_bullets_show_are_named(tmp_path: Path, cli: Callable[..., Run]) -> None:
    resume = PHP_RESUME.replace("a café ordering app", "a café and restaurant ordering app")
    row = _row(markdown_brief(tmp_path, cli, resume, PAYMENTS_POSTING), "| **Domain**")
    assert "no domain named" not in row, row
    assert "retail" in row and "restaurant" in row and "not this domain" in row, row
    assert "“Built PHP services for coupon redemption" in row  # the line it rests on
    # a résumé with no domain at all says so
    bare = "\n".join(x for x in PHP_RESUME.splitlines() if "retail" not in x and "restaurant" not in x
                     and "café" not in x)
    bare += "\n"
    row = _row(markdown_brief(tmp_path, cli, bare.replace("## Experience", "## Experience\n"), PAYMENTS_POSTING),
               "| **Domain**")
    assert "no domain named" in row, row


REMOTE_POSTING = """Senior Backend Engineer
Ledgerwise · Remote (fully remote, EU time zones)

About us
Ledgerwise builds invoicing and payment tools for small shops across Europe.

What you'll do
- Build backend services for card payments and invoices
- Keep the services fast, observable and easy to change

Requirements
- Strong PHP
- Experience with Redis and relational databases
"""

ABROAD_RESUME = PHP_RESUME.replace("Berlin, Germany", "Austin, TX, USA").replace(
    "## Skills", "## Languages\nEnglish: upper intermediate (B2); German: native\n\n## Skills")


def test_a_remote_post_asks_no_move_and_a_stated_language_level_is_asked_early(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    brief = markdown_brief(tmp_path, cli, ABROAD_RESUME, REMOTE_POSTING)
    assert "move, commute" not in brief
    row = _row(brief, "| **Working language**")
    assert "English: upper intermediate (B2)" in row and "ask early" in row, row
    # a fluent level is no row
    fluent = ABROAD_RESUME.replace("upper intermediate (B2)", "fluent (C1)")
    assert "**Working language**" not in markdown_brief(tmp_path, cli, fluent, REMOTE_POSTING)
    # an office post still asks the move
    office = REMOTE_POSTING.replace("Remote (fully remote, EU time zones)", "Berlin (hybrid, 3 days in office)")
    assert "move, commute" in markdown_brief(tmp_path, cli, ABROAD_RESUME, office)


def test_the_time_since_the_last_role_ended_is_said_in_years(tmp_path: Path, cli: Callable[..., Run]) -> None:
    ended = PHP_RESUME.replace("Jan 2021 – Present", "Jan 2021 – Mar 2023")
    row = _row(markdown_brief(tmp_path, cli, ended, REMOTE_POSTING), "| **No current role**")
    assert "ended in Mar 2023, over 2 years ago" in row, row
