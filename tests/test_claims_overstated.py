"""Issue 12 (brief s8 "claims2"): claims that overstate what a résumé line shows.

Each test runs the CLI on an invented résumé and posting, as a user would, and reads the Markdown brief. Blind
comparers quoted "C++ (demonstrated)" from an engine written in C++, "healthcare (demonstrated, as payments)",
"machine learning (demonstrated)" from a job title, a meetup organiser as demonstrated team leadership and "a level
match" across a change of track or field.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

HEADER = """# Sam Example

sam@example.com · Leeds, UK

## Experience

"""

ML_POSTING = """Staff Machine Learning Engineer
Harbrook · Remote

About Harbrook
Harbrook builds care-planning software for clinics.

Responsibilities
- Design, train and ship machine learning models for care planning
- Write performance-critical inference code in C++

Requirements
- 7+ years of machine learning experience
- Strong C++ skills
"""


def _skill_rows(text: str) -> str:
    return text.split("### Skill match", 1)[1].split("### Prepare", 1)[0]


def _row(text: str, name: str) -> str:
    found = re.search(rf"^- {re.escape(name)} \((.+?)\)", _skill_rows(text), re.M)
    assert found, _skill_rows(text)
    return found[1]


def test_a_language_a_used_thing_is_written_in_is_not_demonstrated(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Software Engineer — Quillby
Leeds, UK · Mar 2020 – Present
- Wrote plugins for a game engine written in C++ to prototype a 3D product viewer
- Built data pipelines in Python on top of a C++ framework for fraud scoring
""", ML_POSTING)
    assert _row(text, "C++") == "listed", _skill_rows(text)
    assert "Strongest evidence: C++" not in text


def test_a_language_the_candidate_wrote_is_still_demonstrated(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Software Engineer — Quillby
Leeds, UK · Mar 2020 – Present
- Wrote C++ inference kernels for the fraud-scoring engine, cutting latency by 40%
- Worked on a C++ engine for physics simulations
""", ML_POSTING)
    assert _row(text, "C++") == "demonstrated", _skill_rows(text)
