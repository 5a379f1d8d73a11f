"""Issue 12 (brief s6 "cardtext"): the STAR cards and the pitch say the résumé's lines as grammatical English.

Blind comparers quoted four kinds of broken sentence: verbs of one list in two forms ("I designed, development
of ...", "I design and building ..."), a sentence cut before its object ("... webapps for generating."), empty
slots ("I work at (since 2013)", "(a role)"), a past role's duty in the present ("where I maintain ..." of a 2011
job) and a title without its article ("I was Senior Engineer"). Each test runs the CLI on an invented résumé and
reads the Markdown brief as a user would.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief, pitch_of

POSTING = """Head of Engineering
Brackenridge · Leeds, UK

About Brackenridge
Brackenridge builds billing software for utilities.

Responsibilities
- Lead and grow engineering teams that build Python services
- Own monitoring, hiring and quality of the platform
- Mentor engineers and design new web services

Requirements
- 8+ years building software, 3+ years managing engineers
- Experience with Python, Django and monitoring
"""

HEADER = """# Sam Ortega

sam@example.com · Leeds, UK

## Experience

"""

# long enough that a card's sentence shortens them: where it may cut is what these show
MONITORING = ("Lead our engineering team to implement synthetic and real-user monitoring of every customer-facing "
              "checkout service over nine regional data centres worldwide")
WEBAPPS = ("Created and developed Python/Django webapps for generating and publishing quarterly regulatory "
           "compliance summaries of customer accounts over eleven different European markets")

FORMS = f"""### Engineering Manager — Fernwood Systems
Leeds, UK · Jan 2019 – Present
- {MONITORING}
- Designing and building a web-based chat client used by 20,000 customers
- {WEBAPPS}

### Senior Engineer — Quarry Labs
Manchester, UK · Jan 2014 – Dec 2018
- Design, development of a Python web crawler indexing 3M pages a day
- Mentored 4 engineers and hired 3 more for the platform team
"""

UNNAMED = """2013 – Present
- Led the migration of 40 services to Kubernetes, cutting deploy time from 2 hours to 10 minutes
- Mentored 4 engineers and hired 3 more for the platform team

### Site Technician — Harbour Data
2009 – 2011
- Maintain data center environmental and monitoring equipment for 200 racks
"""


def _brief(tmp_path, cli, experience: str) -> str:
    return markdown_brief(tmp_path, cli, HEADER + experience, POSTING)


def _cards(text: str) -> str:
    return text.split("## STAR stories", 1)[1].split("\n## ", 1)[0]


def _drafted(text: str) -> list[str]:
    """The cards' drafted sentences and the pitch: what the brief says in the candidate's voice."""
    cards = re.findall(r"^- \*\*(?:Situation|Action|Result):\*\* (.*)$", _cards(text), re.M)
    nearest = re.findall(r"“((?:The closest|My nearest)[^”]*)”", _cards(text))
    return [*cards, *nearest, pitch_of(text)]


def test_a_list_of_verbs_keeps_one_form_and_a_list_of_nouns_is_not_a_verb(tmp_path, cli):
    said = "\n".join(_drafted(_brief(tmp_path, cli, FORMS)))
    # the pitch leads with the current role's results (brief s9 pitch5), so the crawler line is said where its
    # role is the current one
    crawler = "### Senior Engineer" + FORMS.split("### Senior Engineer", 1)[1].replace("Dec 2018", "Present")
    (tmp_path / "alone").mkdir()
    alone = "\n".join(_drafted(_brief(tmp_path / "alone", cli, crawler)))
    assert re.search(r"\bwork(?:ed)? on the design and development of a Python web crawler", alone), alone
    assert not re.search(r"\bI [a-z]+ed, [a-z]+ment of", alone)
    assert not re.search(r"\bI [a-z]+ed, [a-z]+ment of", said)
    # "Designing and building" in the current role: both verbs in the present
    assert "I design and build a web-based chat client" in said
    assert not re.search(r"\b[A-Za-z]+ing and (?:built|build)\b|\bdesign and building\b", said)


def test_no_sentence_is_cut_before_its_object(tmp_path, cli):
    said = _drafted(_brief(tmp_path, cli, FORMS))
    for sentence in (s for text in said for s in re.split(r"(?<=\.)\s", text)):
        # "webapps for generating.", "to implement.", "... and.": a word that still needs what follows it
        unfinished = r"\b(?:for|of|by) [a-z]+ing\.$|\bto [a-z]+\.$|\b(?:and|or|the|a)\.$"
        assert not re.search(unfinished, sentence.strip()), sentence


def test_a_title_is_said_with_its_article(tmp_path, cli):
    cards = _cards(_brief(tmp_path, cli, FORMS))
    assert "I was a Senior Engineer" in cards
    assert "I am an Engineering Manager" in cards
    assert not re.search(r"\bI (?:am|was) (?!a |an )[A-Z]", cards)


def test_a_role_with_no_employer_or_title_leaves_no_empty_slot(tmp_path, cli):
    text = _brief(tmp_path, cli, UNNAMED)
    assert "(a role)" not in text
    assert not re.search(r"\bat \(|\bat \.|\bAt [A-Z][a-z]+ Manager\b", text)
    # an entry with years only may be many jobs: never "this role" (brief s8 "stories4")
    assert "This is from my work since 2013." in _cards(text)
    assert "(your role from 2013)" in text


def test_a_past_roles_duty_is_told_in_the_past_everywhere(tmp_path, cli):
    text = _brief(tmp_path, cli, UNNAMED)
    said = "\n".join(_drafted(text))
    assert "I maintained data center environmental and monitoring equipment" in said
    assert not re.search(r"\bI maintain\b", said)
    # the card quotes the line as printed all the same
    assert "Maintain data center environmental" in text


def test_a_long_line_is_shortened_only_where_a_phrase_is_whole():
    """The stage that shortens a line for a card's sentence: never before a verb's object, never inside a list of
    things ("implement synthetic | and real-user monitoring"); between two things done it may."""
    from tailor.draft.star import _phrase

    assert _phrase(WEBAPPS, 16) == "Created and developed Python/Django webapps"
    assert _phrase(MONITORING, 16) == MONITORING
    done = "Mentored 4 engineers and hired 3 more for the platform team across the two offices in Leeds and Manchester"
    assert _phrase(done, 16).startswith("Mentored 4 engineers and hired 3 more for the platform team")
