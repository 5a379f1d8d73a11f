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
