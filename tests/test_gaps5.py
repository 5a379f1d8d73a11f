"""First-page judgements a coach would not get wrong (issue 12, blind review): invented résumés and postings
through the CLI's Markdown brief, as a user reads it."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run, markdown_brief

RESUME = """# Robin Ashdown
{place} · robin@example.com

## Experience

### Engineering Manager — Kettleby Systems | Mar 2020 – Present
- Lead the platform team building the payments API used by 300 merchants
- Delivered the new checkout service two months early, cutting failed payments by 18%
- Coached engineers through quarterly growth plans and promoted two to senior

### Senior Software Engineer — Harrowgate Labs | Jun 2014 – Feb 2020
- Maintained the Linux kernel crypto subsystem drivers for hardware accelerators
- Rolled out Istio across 40 services to secure service-to-service traffic
- Built Kubernetes clusters and Terraform modules for the infrastructure team

## Education
BSc Computer Science, Northfield University, 2010
- Student project (2009): Managed a team of students building a library booking app

## Skills
Python, Java, Kubernetes, Istio, Terraform, MySQL
"""

POSTING = """Senior Engineering Manager, Payments
Cobblebank · {where}

About us
Cobblebank builds payment tools for independent shops.

What you'll do
- Lead two teams of 11 engineers, including two engineering managers
- Own career development and hiring for the group
- Work with product on the payments roadmap

Requirements
- 5+ years managing engineering teams
- Experience with Go, Ruby on Rails and PostgreSQL
- Experience with Stripe, Adyen and Redis
- Service mesh and infrastructure experience
"""


def _location_row(brief: str) -> str:
    return next(line for line in brief.splitlines() if line.startswith("| **Location and remote policy**"))


@pytest.mark.parametrize(
    ("where", "place", "met"),
    [
        ("Remote — United States", "Austin, TX, United States", True),
        ("Remote — United States", "London, United Kingdom", False),
        ("Remote (EMEA)", "Berlin, Germany", True),
    ],
)
def test_a_remote_role_restricted_to_a_region_is_met_only_from_inside_it(
    tmp_path: Path, cli: Callable[..., Run], where: str, place: str, met: bool
) -> None:
    brief = markdown_brief(tmp_path, cli, RESUME.format(place=place), POSTING.format(where=where))
    row = _location_row(brief)
    meets = brief.split("**Requirements you meet:**", 1)[1].split("\n", 1)[0] if "you meet:**" in brief else ""
    if met:
        assert "| met |" in row, row
    else:
        # a place outside the region is a check to raise early (where they hire, the right to work), never met
        assert "| met |" not in row and "outside the region" in row and "right to work" in row, row
        assert "Location" not in meets, meets


def test_the_skills_row_names_every_required_skill_not_shown(tmp_path: Path, cli: Callable[..., Run]) -> None:
    # MySQL in the skills list stands in for PostgreSQL; the five others, with no stand-in, are named all the same
    brief = markdown_brief(tmp_path, cli, RESUME.format(place="London, United Kingdom"),
                           POSTING.format(where="Remote (EMEA)"))
    row = next(line for line in brief.splitlines() if line.startswith("| **Required skills**"))
    shows = row.split(" | ")[1]
    for name in ("Adyen", "Go", "Ruby on Rails", "Stripe", "Redis", "PostgreSQL"):
        assert name in shows, (name, shows)


def test_more_names_than_a_sentence_holds_are_counted_honestly(tmp_path: Path, cli: Callable[..., Run]) -> None:
    many = POSTING.replace("- Service mesh", "- Experience with Kafka, Elixir, Scala and RabbitMQ\n- Service mesh")
    brief = markdown_brief(tmp_path, cli, RESUME.format(place="London, United Kingdom"),
                           many.format(where="Remote (EMEA)"))
    shows = next(line for line in brief.splitlines() if line.startswith("| **Required skills**")).split(" | ")[1]
    named = [n for n in ("Adyen", "Go", "Ruby on Rails", "Stripe", "Redis", "Kafka", "Elixir", "Scala", "RabbitMQ")
             if n in shows]
    more = int(shows.split(" more")[0].rsplit(" ", 1)[1]) if " more" in shows else 0
    assert len(named) + more == 9, shows


def test_the_same_title_over_a_larger_organisation_is_a_step_up_in_scope(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    from tests.conftest import level_verdict

    posting = POSTING.format(where="Remote (EMEA)")
    one_team = markdown_brief(tmp_path, cli, RESUME.format(place="Berlin, Germany"), posting)
    verdict = level_verdict(one_team, tmp_path, cli)
    assert "a step up in scope" in verdict and "a level match," not in verdict, verdict
    # a résumé stating a larger team than the posting's head count is the level match it looks like
    (tmp_path / "brief.md").unlink()
    (tmp_path / "brief.json").unlink(missing_ok=True)
    posting = posting.replace(", including two engineering managers", "")
    same = RESUME.replace("- Lead the platform team building", "- Lead two teams of 14 engineers building")
    verdict = level_verdict(markdown_brief(tmp_path, cli, same.format(place="Berlin, Germany"), posting), tmp_path, cli)
    assert "a level match" in verdict and "step up in scope" not in verdict, verdict


STUDENT_RESUME = """# Robin Ashdown
Berlin, Germany · robin@example.com

## Experience

### Engineering Manager — Kettleby Systems | Mar 2020 – Present
- Run hiring and weekly one-to-ones for the checkout engineers
- Delivered the new checkout service two months early, cutting failed payments by 18%

### Software Engineer — Harrowgate Labs | Jun 2010 – Feb 2020
- Built Kubernetes clusters and Terraform modules for the infrastructure team

## Projects
### Library booking app — Northfield University | 2009
- Managed a team of students building a library booking app

## Education
BSc Computer Science, Northfield University, 2010

## Skills
Python, Java, Kubernetes, Terraform
"""

MANAGER_POSTING = """Engineering Manager, Checkout
Cobblebank · Berlin, Germany

About us
Cobblebank builds payment tools for independent shops.

What you'll do
- Manage a team of 6 engineers building the checkout used by independent shops
- Work with product on the checkout roadmap and the order of releases
- Grow the team through hiring, feedback and clear goals

Requirements
- People management experience in a software team
- Experience with Python and relational databases
- Clear written communication with product and design
"""


def _skill_row(brief: str, name: str) -> str:
    return next(line for line in brief.splitlines() if line.startswith(f"- {name} ("))


def test_a_work_role_line_is_cited_before_a_student_project(tmp_path: Path, cli: Callable[..., Run]) -> None:
    row = _skill_row(markdown_brief(tmp_path, cli, STUDENT_RESUME, MANAGER_POSTING), "people management")
    assert "one-to-ones" in row and "students" not in row, row
    # with no work line showing it, the student project is what shows it, and is cited
    (tmp_path / "brief.md").unlink()
    student_only = STUDENT_RESUME.replace("- Run hiring and weekly one-to-ones for the checkout engineers\n", "")
    student_only = student_only.replace("Engineering Manager —", "Backend Engineer —")
    row = _skill_row(markdown_brief(tmp_path, cli, student_only, MANAGER_POSTING), "people management")
    assert "students" in row, row


HEALTH_POSTING = """Engineering Manager, Platform
Mendwell · London, United Kingdom

About us
Mendwell builds scheduling software for hospitals and clinics.

What you'll do
- Manage a team of 7 engineers building the platform used by clinics
- Work with product on the platform roadmap and the order of releases
- Grow the team through hiring, feedback and clear goals

Requirements
- Experience in healthcare
- People management experience in a software team
- Experience with Kubernetes and Terraform
"""


def test_a_domain_word_that_is_also_a_technical_term_needs_its_domain_beside_it(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    resume = RESUME.format(place="London, United Kingdom")
    row = next(line for line in markdown_brief(tmp_path, cli, resume, HEALTH_POSTING).splitlines()
               if line.startswith("| **Domain**"))
    assert "cryptocurrency" not in row, row  # a kernel's crypto subsystem is cryptography
    (tmp_path / "brief.md").unlink()
    trading = resume.replace("Maintained the Linux kernel crypto subsystem drivers for hardware accelerators",
                             "Built the crypto trading engine and wallet service for 2 million customers")
    row = next(line for line in markdown_brief(tmp_path, cli, trading, HEALTH_POSTING).splitlines()
               if line.startswith("| **Domain**"))
    assert "cryptocurrency" in row, row


def test_how_to_say_it_says_only_the_gap_in_the_first_person(tmp_path: Path, cli: Callable[..., Run]) -> None:
    # the row's "; your skills list names MySQL (for PostgreSQL)" is the table's voice, never "My résumé ... your"
    posting = (POSTING.replace("- 5+ years managing engineering teams", "- Strong written communication")
               .replace("- Lead two teams of 11 engineers, including two engineering managers",
                        "- Build the payments services with the team"))
    brief = markdown_brief(tmp_path, cli, RESUME.format(place="Berlin, Germany"), posting.format(where="Remote (EMEA)"))
    say = next(line for line in brief.splitlines() if line.startswith("**How to say it:**"))
    assert "My résumé does not name" in say and "Stripe" in say and "your " not in say, say


def test_years_managing_shown_and_no_head_count_is_a_scope_to_check_not_the_end(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    # an Engineering Manager of six years whose bullets give no head count, for a post "leading 11 people": the size
    # is a scope to check; never "could end it", never "I've been an Engineering Manager, not a people manager"
    posting = POSTING.format(where="Remote (EMEA)")
    brief = markdown_brief(tmp_path, cli, RESUME.format(place="Berlin, Germany"), posting)
    row = next(line for line in brief.splitlines() if line.startswith("| **Managing people**"))
    assert "could end it" not in row and "check" in row and "largest group you led" in row, row
    assert "not a people manager" not in brief
    # with no years of managing shown, the same posting's people gap still could end it
    engineer = RESUME.replace("Engineering Manager —", "Software Engineer —").replace(
        "Coached engineers through quarterly growth plans and promoted two to senior", "Wrote the payments ledger")
    brief = markdown_brief(tmp_path, cli, engineer.format(place="Berlin, Germany"), posting)
    row = next(line for line in brief.splitlines() if line.startswith("| **Managing people**"))
    assert "could end it" in row, row
