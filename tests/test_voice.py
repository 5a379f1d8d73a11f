"""Issue 12 (brief s4 "voice"): a résumé written in the third person, as a profile.

"She uses Shopify ...", "Maria built ...", "Manages the release train ...": tailor told a line only when it opened
with a verb or "I <verb>", so such a résumé got an empty pitch and no stories. Each test runs the CLI on an
invented résumé and reads the Markdown brief: the pitch says the line as "I ...", a STAR card as "you ...", with
the verb agreeing; the card still quotes the line as printed; "We ..." stays the team's and a line about anyone
else is never the candidate's.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief, pitch_of

POSTING = """Head of Engineering
Harrowgate · Denver, CO

About Harrowgate
Harrowgate builds shopping apps for grocery chains.

Responsibilities
- Lead and grow engineering teams that build e-commerce services used by millions of shoppers
- Own releases, hiring and quality of the platform
- Mentor engineering managers and design new services

Requirements
- 8+ years building software, 3+ years managing engineers
- Experience with Shopify, JavaScript and data platforms
"""

HEADER = """# Maria Lopez

maria@example.com · Denver, CO

## Experience

"""

PROFILE = """### Technical Director — Brightmoor
Denver, CO · Jan 2021 – Present
- She is a Technical Director at Brightmoor, a young e-commerce company.
- She uses Shopify and JavaScript to serve over 110K customers in the US.
- She leads the data platform team of 9 engineers.
- Maria built the billing service that raised checkout conversion by 61%.
- Manages the release train for 4 squads

### Senior Engineer — Pellucid Apps
Austin, TX · Jan 2017 – Dec 2020
- She has mentored 5 engineers and hired 3 more for the mobile team.
- Maria Lopez migrated the order pipeline from cron scripts to Airflow, cutting failures by 80%.
"""


def _brief(tmp_path, cli, experience: str) -> str:
    return markdown_brief(tmp_path, cli, HEADER + experience, POSTING)


def _pitch(text: str) -> str:
    return pitch_of(text)


def _cards(text: str) -> str:
    return text.split("## STAR stories", 1)[1].split("\n## ", 1)[0]


def _drafted(cards: str) -> str:
    """The cards' drafted parts (Situation, Task, Action, Result), without the quoted lines."""
    return "\n".join(re.findall(r"^- \*\*(?:Situation|Task|Action|Result):\*\* .*$", cards, re.M))


def _stories(text: str) -> list[str]:
    """The call sheet's story lines that found a résumé line."""
    sheet = text.split("### Your eight stories", 1)[1].split("###", 1)[0]
    lines = re.findall(r"^\d\. \*\*.+?:\*\* (.+)$", sheet, re.M)
    assert len(lines) == 8, sheet
    return [line for line in lines if not line.startswith("*no story on your résumé*")]


def test_a_third_person_profile_is_told_in_the_first_person_in_the_pitch(tmp_path, cli):
    pitch = _pitch(_brief(tmp_path, cli, PROFILE))
    assert "I use Shopify and JavaScript to serve over 110K customers in the US" in pitch, pitch
    assert "I lead the data platform team of 9 engineers" in pitch, pitch
    # a past role's line keeps its past tense; the subject and "has" go
    assert "I migrated the order pipeline from cron scripts to Airflow" in pitch, pitch
    assert not re.search(r"\bI (?:uses|leads|manages|has|is)\b|\b(?:She|Maria)\b", pitch), pitch


def test_a_third_person_profile_gets_stories_told_to_you_and_quoted_as_printed(tmp_path, cli):
    text = _brief(tmp_path, cli, PROFILE)
    assert len(_stories(text)) >= 4, _stories(text)
    cards = _cards(text)
    told = cards.lower()  # a card tells the line in the candidate's own voice: "I lead ..."
    assert "i lead the data platform team of 9 engineers" in told, cards
    assert "i built the billing service" in told, cards
    assert "i migrated the order pipeline" in told, cards
    assert "i manage the release train for 4 squads" in told, cards
    assert not re.search(r"(?i)\bI (?:uses|leads|manages|has|is)\b|\b(?:she|maria) \w+", _drafted(cards)), cards
    # the card and the call sheet quote the résumé, not tailor's retelling of it
    assert "> She leads the data platform team of 9 engineers." in cards, cards
    assert any(line.startswith("Maria built the billing service") for line in _stories(text)), _stories(text)
    # the retold lines keep every figure, name and skill of the printed ones: the claims audit drops none
    assert "left out of this brief" not in text, text


def test_a_line_about_the_team_or_someone_else_is_never_the_candidates(tmp_path, cli):
    text = _brief(tmp_path, cli, """### Engineering Manager — Brightmoor
Denver, CO · Jan 2021 – Present
- She leads the checkout team of 6 engineers.
- We shipped a new storefront in 3 months for 40K shoppers.
- Our CEO built the first warehouse system, cutting stock-outs by 30%.
- John Smith designed the recommendation service that raised basket size by 12%.
- John designed the search service used by 2M shoppers.
""")
    told = _pitch(text) + _cards(text)
    assert "I lead the checkout team of 6 engineers" in _pitch(text), _pitch(text)
    for said in ("shipped a new storefront", "built the first warehouse system", "designed the recommendation",
                 "designed the search service"):
        assert not re.search(rf"(?i)\b(?:I|you) {said}", told), (said, told)


def test_a_profile_paragraph_tells_by_its_sentences_and_a_pronoun_after_someone_else_is_not_theirs(tmp_path, cli):
    # one paragraph per entry, as a profile prints it: the first sentence names the post and has no action
    text = _brief(
        tmp_path,
        cli,
        "### Technical Director — Acme Robotics\nDenver, CO · Jan 2020 – Present\n"
        "- She is a Technical Director at Acme Robotics, a maker of warehouse robots. She leads 40 engineers across"
        " firmware, platform and data teams.\n"
        "- Mentored Anna Berg into her first lead role. She now leads the search team of 7 engineers.\n"
        "- Maria reworked the onboarding flow, cutting drop-off by 30%.\n",
    )
    assert "I lead 40 engineers across firmware, platform and data teams" in _pitch(text), _pitch(text)
    told = _pitch(text) + _cards(text)
    assert not re.search(r"(?i)\b(?:I|you) leads? the search team", told), told
    # a past verb after the candidate's name is theirs though no verb list has it
    assert re.search(r"\b(?:I|you) reworked the onboarding flow", told), told


def test_a_line_that_is_only_the_candidates_name_is_kept_as_printed():
    # a name misread as a bullet (a degree line read as the name) left nothing after the subject: it raised
    # IndexError and the user got a traceback
    from tailor.draft.words import _in_own_voice

    assert _in_own_voice("Maria Lopez", "Maria Lopez") == "Maria Lopez"
    assert _in_own_voice("She", None) == "She"
