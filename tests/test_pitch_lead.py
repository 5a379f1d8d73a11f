"""Issue 12, item 7 (brief s9 "pitch5"): the pitch leads with the current role and the best evidence.

Blind reviewers read a pitch for a Senior Engineering Manager post whose results all came from the candidate's
older engineer roles, never the management role held since 2020. Each test runs the CLI on an invented résumé
and posting, as a user would, and reads the Markdown brief's pitch and its claims check.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import markdown_brief, pitch_of

FIXTURES = Path(__file__).parent / "fixtures" / "pitch5"


def _brief(tmp_path, cli, resume: str, posting: str) -> str:
    return markdown_brief(tmp_path, cli, resume, posting)


def _sentences(pitch: str) -> list[str]:
    return [s for s in re.split(r"(?<=\.)\s+", pitch.strip(" >\n")) if s]


def test_the_current_roles_best_line_is_told_first(tmp_path, cli):
    resume = (FIXTURES / "manager_resume.md").read_text()
    text = _brief(tmp_path, cli, resume, (FIXTURES / "manager_posting.txt").read_text())
    pitch = pitch_of(text)
    said = _sentences(pitch)
    # the intro, then a result from the management role held today, before any from the engineer role
    assert "Harrowgate Labs" in said[0], said
    assert "introduced an on-call rotation" in said[1], said
    assert pitch.index("on-call rotation") < pitch.index("Corvane"), pitch
    # a standing duty is never made into the result ("There I hire, performance reviews ...")
    assert "I hire," not in pitch, pitch
    assert "left out of this brief" not in text


def test_a_current_role_with_only_duties_leaves_the_results_to_the_others(tmp_path, cli):
    resume = (FIXTURES / "manager_resume.md").read_text().replace(
        "- Introduced an on-call rotation and blameless incident reviews for the team\n", ""
    )
    text = _brief(tmp_path, cli, resume, (FIXTURES / "manager_posting.txt").read_text())
    pitch = pitch_of(text)
    # no line of the current role tells something done: the older results are said, no duty dressed as one
    assert "Responsible" not in pitch and "I hire," not in pitch, pitch
    assert "migrated 40 million records" in pitch, pitch
    assert "left out of this brief" not in text


def test_a_role_with_nothing_under_it_is_named_without_a_tenure(tmp_path, cli):
    # the latest post has a start and nothing printed under it (a placeholder for a job just taken)
    resume = (FIXTURES / "placeholder_resume.md").read_text()
    text = _brief(tmp_path, cli, resume, (FIXTURES / "manager_posting.txt").read_text())
    said = _sentences(pitch_of(text))
    assert "Associate Director at Fenwold Group" in said[0], said
    # never "most recently nearly 4 years as an Associate Director": the length of a post with nothing shown is
    # no claim to make aloud
    assert "most recently" not in said[0] and not re.search(r"\d+ years as an Associate Director", said[0]), said
    assert "led a team of 9 engineers" in pitch_of(text)
    assert "left out of this brief" not in text


def test_a_tool_list_and_a_routine_line_lose_to_what_was_led_and_owned(tmp_path, cli):
    resume = """# Jordan Example

jordan@example.com · Leeds, UK

## Experience

### Senior Software Engineer — Pollenfield
Leeds, UK · Jun 2021 – Present
- Leveraged previous experience with Linux administration to lead most DevOps tasks using Ansible, Terraform and Docker
- Worked with Docker, Terraform, CI/CD pipelines, Jenkins, GitHub Actions and AWS for the build systems
- Led design review and triage for the team
- Owned releases of the desktop client

### Software Engineer — Quarrystone
Leeds, UK · Sep 2017 – May 2021
- Maintained the CI pipelines and build servers
"""
    posting = """Engineering Lead, Developer Experience
Marrowby

About Marrowby
Marrowby runs the scheduling platform for community clinics across Europe.

Responsibilities
- Lead a team of engineers building internal developer tooling
- Run design reviews and set technical direction for the build and release systems

Requirements
- Experience leading an engineering team
- Strong background in CI/CD, Docker and Terraform
"""
    pitch = pitch_of(_brief(tmp_path, cli, resume, posting))
    assert "led design review and triage" in pitch and "owned releases" in pitch, pitch
    assert "Leveraged" not in pitch and "leveraged" not in pitch and "GitHub Actions" not in pitch, pitch


def test_why_this_company_is_tied_to_a_line_showing_the_same_kind_of_work(tmp_path, cli):
    resume = (FIXTURES / "manager_resume.md").read_text()
    text = _brief(tmp_path, cli, resume, (FIXTURES / "manager_posting.txt").read_text())
    pitch = pitch_of(text)
    # the posting's sentence is not said alone: the reason is tied to the résumé's billing work, cited in the check
    assert "Having worked on billing at Harrowgate Labs, I'm drawn to Tessaline because" in pitch, pitch
    assert "left out of this brief" not in text


def test_why_this_company_stays_one_clause_when_no_line_shows_the_work(tmp_path, cli):
    resume = (FIXTURES / "manager_resume.md").read_text().replace("billing platform", "internal platform")
    text = _brief(tmp_path, cli, resume, (FIXTURES / "manager_posting.txt").read_text())
    pitch = pitch_of(text)
    assert "Having worked on" not in pitch, pitch
    assert "I'm drawn to Tessaline because it builds billing software for independent gyms and studios." in pitch
