"""How a posting's own words ask for a skill, and what a proficiency word rates (issue 13), read from the JSON
brief as a user's script would: invented postings, one kind of wording each."""
from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLES

POSTING = """Staff Backend Engineer
Northwind Widgets

About us
Northwind Widgets makes the ordering software that small hardware shops use to buy stock from their suppliers,
track deliveries and pay invoices. Four hundred shops order through it every morning.

About the role
You will design and run the services behind our ordering platform, working with the shop owners who use it and a
team of seven engineers who own it end to end.

Requirements
{required}

Nice to have
{nice}
"""


def _posting(tmp_path, cli, required: str = "- Five years building backend services.", nice: str = "- Kotlin") -> dict:
    job = tmp_path / "job.txt"
    job.write_text(POSTING.format(required=required, nice=nice), encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(SAMPLES / "resume.md", job, "-o", out, "--force")
    assert run.exit_code == 0, run.stderr
    return json.loads(out.read_text("utf-8"))["posting"]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Rust is a must", "Rust"),
        ("- Must have Go", "Go"),
        ("- Five years of backend work, Go required", "Go"),
        ("- Ruby experience", "Ruby"),
        ("- Strong Go and a track record of shipping", "Go"),
    ],
)
def test_a_need_word_beside_an_everyday_name_asks_for_it(tmp_path, cli, line, skill):
    assert skill in _posting(tmp_path, cli, required=line)["skills_required"]


@pytest.mark.parametrize(
    ("line", "skill"),
    [("- Bonus: Elixir", "Elixir"), ("- Swift would be great", "Swift"), ("- Ruby experience is a bonus", "Ruby")],
)
def test_a_nice_word_beside_an_everyday_name_prefers_it(tmp_path, cli, line, skill):
    posting = _posting(tmp_path, cli, required=f"- Five years building backend services.\n{line}")
    assert skill in posting["skills_nice"] and skill not in posting["skills_required"]


def test_without_a_cue_an_everyday_word_is_no_skill(tmp_path, cli):
    posting = _posting(tmp_path, cli, required="- Rust never sleeps, and neither do our pagers")
    assert "Rust" not in posting["skills_required"] + posting["skills_nice"]


@pytest.mark.parametrize(
    ("line", "need"),
    [
        ("- Docker is a must", "skills_required"),
        ("- Must have AWS", "skills_required"),
        ("- Terraform experience required", "skills_required"),
        ("- Docker", "skills_nice"),
        ("- Docker (not required)", "skills_nice"),
        ("- Docker, in a team where on-call is required", "skills_nice"),
    ],
)
def test_a_line_under_nice_to_have_that_asks_outright_is_required(tmp_path, cli, line, need):
    posting = _posting(tmp_path, cli, nice=line)
    named = {"Docker", "AWS", "Terraform"}
    assert [n for n in ("skills_required", "skills_nice") if named & set(posting[n])] == [need]


@pytest.mark.parametrize("line", ["- Fluent TypeScript", "- Fluent in TypeScript", "- TypeScript (fluent)"])
def test_a_proficiency_word_rates_the_skill_and_is_none_itself(tmp_path, cli, line):
    posting = _posting(tmp_path, cli, required=line)
    assert "TypeScript" in posting["skills_required"]
    assert "Fluent" not in posting["skills_required"] + posting["skills_nice"]


@pytest.mark.parametrize(
    ("line", "skill"),
    [("- Solid Kubernetes", "Kubernetes"), ("- Expert-level SQL", "SQL"), ("- Native English speaker", "English")],
)
def test_a_proficiency_word_glued_to_a_skill_keeps_the_skill(tmp_path, cli, line, skill):
    posting = _posting(tmp_path, cli, required=line)
    assert skill in posting["skills_required"]
    assert not {"Solid", "Expert", "Native"} & set(posting["skills_required"])


RESUME = """# Marisol Quenby

marisol.quenby@example.com | +1 720 555 0199 | Denver, CO

## Summary

Backend engineer with eight years building logistics services in Python.

## Experience

### Senior Software Engineer, Ordway Freight
Jan 2021 - Present
{about}
- Built the order-sync service in Python and PostgreSQL, cutting sync lag from 40 minutes to 2.
- {bullet}

### Software Engineer, Brackenfield Analytics
Jun 2017 - Dec 2020
- Wrote the ingestion pipeline in Python on Kafka.

## Education

BSc Computer Science, University of Colorado, 2017
"""


def _resume_skills(tmp_path, cli, about: str = "", bullet: str = "Ran the weekly release.") -> list[str]:
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME.format(about=about, bullet=bullet), encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(resume, SAMPLES / "jobs" / "staff-backend-engineer-oxbend-logistics.txt", "-o", out, "--force")
    assert run.exit_code == 0, run.stderr
    return [s["name"] for s in json.loads(out.read_text("utf-8"))["resume"]["skills_detail"]]


@pytest.mark.parametrize(
    ("about", "product", "named"),
    [
        ("Leading provider of Shopify storefront analytics for 3,000 merchants.", "Shopify", False),
        ("B2B SaaS platform selling Tableau dashboards to CFOs.", "Tableau", False),
        ("Provider of cold-chain shipping software built on Microsoft Dynamics.", "Microsoft Dynamics 365", False),
        ("Built payments platform for 3M users with Tableau dashboards.", "Tableau", True),
    ],
)
def test_a_line_describing_the_employer_names_its_products_not_skills(tmp_path, cli, about, product, named):
    assert (product in _resume_skills(tmp_path, cli, about=about)) is named


@pytest.mark.parametrize(
    ("bullet", "named"),
    [
        ("Reported to Dana Jenkins, VP of Infrastructure.", False),
        ("Moved the team's builds from Jenkins to GitHub Actions.", True),
    ],
)
def test_a_first_name_before_a_name_makes_a_person(tmp_path, cli, bullet, named):
    assert ("Jenkins" in _resume_skills(tmp_path, cli, bullet=bullet)) is named


@pytest.mark.parametrize(
    ("extra", "skill", "named"),
    [
        ('## Publications\n\n- "Why We Left MongoDB", Engineering Blog, 2022\n', "MongoDB", False),
        ('## Education\n\nThesis: “Scheduling Hadoop Jobs with Reinforcement Learning”\n', "Hadoop", False),
        ("## Publications\n\n- Scaling MongoDB reads, Engineering Blog, 2022\n", "MongoDB", True),
    ],
)
def test_a_name_inside_a_quoted_title_is_the_titles_subject(tmp_path, cli, extra, skill, named):
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME.format(about="", bullet="Ran the weekly release.") + "\n" + extra, encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(resume, SAMPLES / "jobs" / "staff-backend-engineer-oxbend-logistics.txt", "-o", out, "--force")
    assert run.exit_code == 0, run.stderr
    assert (skill in [s["name"] for s in json.loads(out.read_text("utf-8"))["resume"]["skills_detail"]]) is named


def test_a_rating_in_brackets_is_no_skill(tmp_path, cli):
    resume = tmp_path / "resume.md"
    extra = "\n## Languages\n\nEnglish (Native), Irish (Fluent)\n"
    resume.write_text(RESUME.format(about="", bullet="Ran the weekly release.") + extra, encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(resume, SAMPLES / "jobs" / "staff-backend-engineer-oxbend-logistics.txt", "-o", out, "--force")
    assert run.exit_code == 0, run.stderr
    names = [s["name"] for s in json.loads(out.read_text("utf-8"))["resume"]["skills_detail"]]
    assert "English" in names and "Fluent" not in names


@pytest.mark.parametrize(("header", "named"), [("marisol-q (GitHub)", False), ("", True)])
def test_a_profile_site_in_the_header_is_a_link_not_a_tool(tmp_path, cli, header, named):
    text = RESUME.format(about="", bullet="Moved our repositories from Bitbucket to GitHub.")
    if header:
        text = text.replace("Denver, CO\n", f"Denver, CO\n{header}\n")
        text = text.replace("from Bitbucket to GitHub", "to Bitbucket")
    resume = tmp_path / "resume.md"
    resume.write_text(text, encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(resume, SAMPLES / "jobs" / "staff-backend-engineer-oxbend-logistics.txt", "-o", out, "--force")
    assert run.exit_code == 0, run.stderr
    assert ("GitHub" in [s["name"] for s in json.loads(out.read_text("utf-8"))["resume"]["skills_detail"]]) is named
