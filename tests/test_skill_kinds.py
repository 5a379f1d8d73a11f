"""Kinds of skill error found on a second set of real résumés (issue 13, precision4: /work/dev2, outside the repo),
each shown here by invented résumé lines and read from the JSON brief as a user's script would."""
from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLES

RESUME = """# Odile Varnkamp

odile.varnkamp@example.com | +44 20 7946 0123 | Leeds, UK

## Summary

Backend engineer with nine years building warehouse software.

## Experience

### Senior Software Engineer, Larchmere Storage
Mar 2019 - Present
- Built the stock ledger service in Kotlin on PostgreSQL.
- {bullet}

### Software Engineer, Pellow Freight
Jun 2015 - Feb 2019
- Wrote the route planner in Java.

## Skills

{skills}

{extra}
"""


def _skills(
    tmp_path, cli, bullet: str = "Ran the weekly release.", skills: str = "Kotlin, Java", extra: str = ""
) -> list[str]:
    """The résumé's skills as the JSON brief lists them (what the evaluation scores)."""
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME.format(bullet=bullet, skills=skills, extra=extra), encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(resume, SAMPLES / "jobs" / "staff-backend-engineer-oxbend-logistics.txt", "-o", out, "--force")
    assert run.exit_code == 0, run.stderr
    return json.loads(out.read_text("utf-8"))["resume"]["skills"]


@pytest.mark.parametrize("heading", ["Areas of Interest", "Fields of interest", "Interests"])
def test_a_section_of_interests_names_no_skills(tmp_path, cli, heading):
    extra = f"## {heading}\n\nEmbedded systems\n\nComputer graphics"
    named = _skills(tmp_path, cli, extra=extra)
    assert "embedded systems" not in named and "computer graphics" not in named


def test_the_same_names_in_the_skills_section_are_skills(tmp_path, cli):
    named = _skills(tmp_path, cli, skills="Kotlin, Java, embedded systems, computer graphics")
    assert "embedded systems" in named and "computer graphics" in named


@pytest.mark.parametrize("language", ["Kurdish", "Lithuanian", "Amharic", "Georgian"])
def test_a_language_listed_as_spoken_is_a_skill(tmp_path, cli, language):
    listed = f"Kotlin, Java\n\nLanguages: English (fluent), {language} (native)"
    assert language in _skills(tmp_path, cli, skills=listed)


@pytest.mark.parametrize("language", ["Kurdish", "Georgian"])
def test_a_language_named_in_the_work_is_no_skill(tmp_path, cli, language):
    assert language not in _skills(tmp_path, cli, bullet=f"Built the {language} storefront's search in Kotlin.")


@pytest.mark.parametrize(
    ("written", "skill"),
    [("MysqlWorkbench", "MySQL Workbench"), ("SpringBoot", "Spring Boot"), ("GoogleAnalytics", "Google Analytics")],
)
def test_a_name_of_several_words_run_together_is_the_skill(tmp_path, cli, written, skill):
    assert skill in _skills(tmp_path, cli, skills=f"Tools: Jira, {written}, Docker")


def test_one_word_of_such_a_name_is_not_the_skill(tmp_path, cli):
    assert "MySQL Workbench" not in _skills(tmp_path, cli, skills="Tools: Jira, Workbench, Docker")


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("I became manager of the mobile team and the data team.", "people management"),
        ("Promoted to head of the payments group in 2021.", "people management"),
        ("On-boarded and mentored new engineers as the team doubled.", "onboarding"),
        ("I love solving complex technical problems.", "problem solving"),
        ("Known for strong technical, leadership and organizational skills.", "team leadership"),
    ],
)
def test_a_competency_stated_in_plain_words_is_a_skill(tmp_path, cli, bullet, skill):
    assert skill in _skills(tmp_path, cli, bullet=bullet)


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Reported to the manager of the payments team.", "people management"),
        ("Worked with the product manager of the payments team.", "people management"),
        ("Moved the on-boarding of partners to a self-serve flow.", "onboarding"),
        ("Solved the problem of slow builds with a shared cache.", "problem solving"),
    ],
)
def test_the_same_words_about_someone_else_or_no_people_are_none(tmp_path, cli, bullet, skill):
    assert skill not in _skills(tmp_path, cli, bullet=bullet)


@pytest.mark.parametrize(
    ("bullet", "skills"),
    [
        ("Implemented SPI and I2C controllers in VHDL and wrote UART test code.", {"SPI", "I2C", "UART"}),
        ("Rendered scenes on eight threads with pthreads.", {"pthreads"}),
        ("Deployed the Rails app with Capistrano.", {"Capistrano"}),
    ],
)
def test_hardware_buses_and_common_tools_are_skills(tmp_path, cli, bullet, skills):
    assert skills <= set(_skills(tmp_path, cli, bullet=bullet))
