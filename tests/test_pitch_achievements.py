"""Issue 12, point 7 (brief s4 "pitchach"): the pitch tells a result from an achievement section.

A blind reviewer read a pitch that "leaves out every figure on the résumé" beside a "Key achievements" section:
the pitch took its results only from role bullets. Each test runs the CLI on an invented résumé, as a user
would, and reads the Markdown brief's pitch and its claims check.
"""
from __future__ import annotations

import re

from tests.conftest import SHOP_POSTING as POSTING
from tests.conftest import markdown_brief, pitch_of

HEADER = """# Sam Example

sam@example.com · Denver, CO

## Experience

### Software Engineer — Quillmark
Denver, CO · Mar 2021 – Present
- Owns the release process for the mobile apps
- Worked on the checkout pages

### Developer — Brindlewood
Denver, CO · Jan 2017 – Feb 2021
- Organised the summer party
"""


def _brief(tmp_path, cli, resume_text: str) -> str:
    return markdown_brief(tmp_path, cli, resume_text, POSTING)


def _pitch(text: str) -> str:
    return pitch_of(text)


def _left_out(text: str) -> int:
    if "left out of this brief" not in text:
        return 0
    found = re.search(r"(\d+) statements? failed it and (?:was|were) left out", text)
    assert found, text
    return int(found.group(1))


def test_a_verbless_result_with_a_figure_is_told_under_no_employer(tmp_path, cli):
    text = _brief(tmp_path, cli, HEADER + """
## Key achievements

- 61% increase in the online store's conversion rate in one month
- Speaker at the regional Go meetup
""")
    pitch = _pitch(text)
    # said as the result it states, never as "I 61% increase" or after an employer it does not name
    assert "One result I'm proud of: a 61% increase in the online store's conversion rate in one month." in pitch, pitch
    sentence = next(s for s in re.split(r"(?<=\.)\s+", pitch) if "61%" in s)
    assert "Quillmark" not in sentence and "Brindlewood" not in sentence, sentence
    assert "meetup" not in pitch, pitch  # no figure: no result to say
    assert _left_out(text) == 0


def test_a_result_with_a_verb_is_said_by_it_and_a_noun_is_no_verb(tmp_path, cli):
    text = _brief(tmp_path, cli, HEADER + """
## Highlights

- Cut release time from 2 days to 2 hours for all four apps
""")
    assert "One result I'm proud of: I cut release time from 2 days to 2 hours for all four apps." in _pitch(text)
    assert _left_out(text) == 0
    text = _brief(tmp_path, cli, HEADER + """
## Highlights

- Increase of 40% in mobile signups after the app redesign
""")
    assert "One result I'm proud of: an increase of 40% in mobile signups" in _pitch(text), _pitch(text)
    assert "I increase" not in _pitch(text)


def test_a_result_naming_its_employer_follows_that_employer(tmp_path, cli):
    text = _brief(tmp_path, cli, HEADER + """
## Key achievements

- At Brindlewood, cut release time from 2 days to 2 hours
""")
    pitch = _pitch(text)
    sentence = next(s for s in re.split(r"(?<=\.)\s+", pitch) if "2 hours" in s)
    # told after its own employer's name, without the line's "At Brindlewood," said twice
    assert re.search(r"a Developer at Brindlewood, I cut release time from 2 days to 2 hours\.", sentence), pitch
    assert "One result I'm proud of" not in pitch
    assert _left_out(text) == 0


def test_without_such_a_section_the_pitch_takes_role_bullets_only(tmp_path, cli):
    # the same résumé with the section's line as a role's bullet: no "proud of" opening, no section wording
    text = _brief(tmp_path, cli, HEADER.replace(
        "- Worked on the checkout pages", "- Raised the online store's conversion rate by 61% in one month"
    ))
    pitch = _pitch(text)
    assert "Quillmark. There I raised the online store's conversion rate by 61% in one month" in pitch, pitch
    assert "proud" not in pitch


def test_a_verbless_result_naming_its_employer_is_said_after_that_employer(tmp_path, cli):
    text = _brief(tmp_path, cli, HEADER + """
## Key achievements

- Brindlewood: 80% increase in the app store rating in one year
""")
    pitch = _pitch(text)
    said = "at Brindlewood, one result I'm proud of: an 80% increase in the app store rating in one year."
    assert said in pitch, pitch
    assert "I 80%" not in pitch and "Brindlewood: " not in pitch
    assert _left_out(text) == 0
