"""Issue 12 (brief s9 "stories5"): stories labelled honestly, the obvious ones found, told in whole sentences.

Blind comparers (executive coaches) quoted cards labelled "(strong match)" above "Result: The résumé states no
result", "no story" beside obvious lines, a talk given outside work told as the team-leadership story, a date
sentence told as a story, actions cut before their object, the same scaffold sentence on most cards and "This is
from X too" after a card from another employer. These run the CLI on an invented résumé and posting, as a user
would, and read the Markdown brief.
"""
from __future__ import annotations

import re

from tests.conftest import listed_stories, markdown_brief, star_cards

POSTING = """Engineering Manager
Pellucid · Remote (EU)

About Pellucid
Pellucid builds accounting software for small firms.

Responsibilities
- Lead and grow a team of 8 engineers
- Mentor engineers and improve developer productivity
- Work with product managers to plan the roadmap

Requirements
- 5+ years building software in Python
- Experience leading engineering teams
"""

# Two employers; lines that fit a question without its point (working with a product owner is no conflict) or
# without any result ("Led projects ..."), a date sentence, a long line cut inside a phrase, and talks outside work
# lines longer than a call-sheet line, as résumés print them
WEBAPPS = ("- I created and developed Python/Django webapps for generating monthly invoices and usage reports"
           " for the finance department and their external auditors")
FARES = ('- Led the "Fares (v2) rewrite" project for the ticketing and reporting teams, from scoping to delivery,'
         " coordinating 3 squads across Paris and Lyon and the external auditors")
INVOICES = ("- Created and developed Python/Django webapps for generating, checking and sending monthly invoices"
            " and usage reports to the finance team")

RESUME = f"""# Camille Ardent

camille@example.com · Lyon, France

## Experience

### Tech Lead — Dunmore Systems
Lyon · Jan 2021 – Present
- Led projects for the billing and reporting teams, from scoping to delivery
- Team technical management, manage DevOps community, animate technical events
- Built an internal forge and CI tooling used by other teams
{WEBAPPS}
- Shipped the invoicing release on a fixed date by cutting the export feature to the next quarter

### Software Developer — Vellum Rail
Paris · Dec 2018 – Sep 2020
- From December 2018 to September 2020 I worked in the public transport domain
- Rewrote the timetable importer in Python, reducing import time from 3 hours to 20 minutes
- Worked with the product owner on the passenger app roadmap

## Talks and community

- Speaker at PyCon France: "Leading a team through a rewrite"
- Organizer of the Lyon Python meetup
"""


_cards, _listed = star_cards, listed_stories


def _row(card: str, part: str) -> str:
    found = re.search(rf"^- \*\*{part}:\*\* (.+)$", card, re.M)
    return found.group(1) if found else ""


def test_a_strong_match_shows_the_point_and_a_result(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    cards, listed = _cards(brief), _listed(brief)
    # working with a product owner on a roadmap shares the subject, and shows no conflict and no result
    product = cards[2]
    assert "product owner" in product, product
    assert "**Partial match: it shows no disagreement with product; no result stated.**" in product, product
    assert "(partial match: it shows no disagreement with product; no result stated)" in listed[2]
    # "Led projects ..." is the senior question's evidence and point, with no result or scope figure
    senior = cards[8]
    assert "Led projects" in senior, senior
    assert "**Partial match: no result stated.**" in senior, senior
    # wherever a card is strong, its result row states one
    for number, card in cards.items():
        if "**Strong match" in card:
            assert "no result" not in _row(card, "Result").lower(), (number, card)


def test_a_connective_follows_the_card_shown_before(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    cards = _cards(brief)
    before = ""  # the employer of the card shown just before, "" after a card with no story
    for number in sorted(cards):
        situation = _row(cards[number], "Situation")
        employer = next((e for e in ("Dunmore Systems", "Vellum Rail") if e in situation), "")
        if re.search(r"\btoo\b|^Again\b", situation):
            assert employer == before, (number, situation, before)
        before = employer


def _sentences(text: str) -> list[str]:
    return [s.strip(" *_") for s in re.split(r"(?<=[.!?:])\s+|\n", text) if len(s.split()) >= 5]


def test_no_card_sentence_stands_on_more_than_two_cards(tmp_path, cli):
    # a résumé most questions find no line in: the empty cards say what is missing, each in its own words
    thin = RESUME.split("### Software Developer", 1)[0]
    for resume in (RESUME, thin):
        cards = _cards(markdown_brief(tmp_path, cli, resume, POSTING))
        seen: dict[str, set[int]] = {}
        for number, card in cards.items():
            for sentence in _sentences(card.split("\n", 1)[1]):
                seen.setdefault(sentence, set()).add(number)
        assert not {s: n for s, n in seen.items() if len(n) > 2}, seen
        text = "\n".join(cards.values())
        # advice the résumé cannot back: a story from memory, a more recent one
        assert "from memory" not in text and "more recent one" not in text, text


# A date sentence that only sets the scene, a line in the first person, a long line with a title in quotation
# marks, and a line whose verb's object is a list ("for generating, checking and sending ...")
SETTING = f"""# Lou Garnier

lou@example.com · Nantes, France

## Experience

### Software Developer — Vellum Rail
Paris · Dec 2018 – Sep 2020
- From December 2018 to September 2020 I worked in the public transport domain, delivering releases every week
- I shipped weekly releases of the ticketing app with automated tests on the key fare flows
{FARES}
{INVOICES}

### Developer — Orbe Conseil
Nantes · Jan 2016 – Nov 2018
- Built the loan simulator for the retail banking website
"""

_OPEN_END = re.compile(
    r"(?i)\b(?:for|to|the|a|an|of|with|and|or|by|from|in)\.?$|\b(?:for|to|of|with|by|from|in) \w+ing\.?$"
)


def test_a_date_sentence_is_no_story_and_no_sentence_is_cut_before_its_object(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, SETTING, POSTING)
    star = brief.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    listed = brief.split("### Your eight stories", 1)[1].split("\n### ", 1)[0]
    # where and when the candidate worked is the setting of a story, never a story or its Action (issue 12)
    assert "public transport domain" not in star and "public transport domain" not in listed, star
    # a line in the first person says its verb after "I": its card has an Action
    speed = _cards(brief)[3]
    assert "> I shipped weekly releases" in speed, speed
    assert "- **Action:** I shipped weekly releases of the ticketing app" in speed, speed
    # every sentence drafted from a line ends on a whole phrase
    for card in _cards(brief).values():
        for part in ("Action", "Result"):
            said = _row(card, part).rstrip(".")
            assert not _OPEN_END.search(said), (part, said)
    for line in re.findall(r"^\d\. \*\*[^*]+:\*\* (.+?) \(", listed, re.M):
        assert not _OPEN_END.search(line.rstrip(" …")), line
    # the call sheet's short line drops a bracketed aside, never one inside a quoted name
    assert '"Fares (v2) rewrite"' in listed, listed
    assert '- **Action:** I led the "Fares (v2) rewrite" project' in brief, brief


def test_a_role_told_only_by_its_setting_has_no_story_from_it(tmp_path, cli):
    # the date sentence was the speed-vs-quality story of a role with no other line (issue 12, blind review)
    lines = SETTING.splitlines()
    resume = "\n".join(line for line in lines if not line.startswith(("- I shipped", "- Led the", "- Created")))
    brief = markdown_brief(tmp_path, cli, resume, POSTING)
    star = brief.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    listed = brief.split("### Your eight stories", 1)[1].split("\n### ", 1)[0]
    assert "public transport" not in star and "public transport" not in listed, star


def test_obvious_lines_are_at_least_partial_stories(tmp_path, cli):
    # without "Led projects", the lines of leading a community and of tooling other teams use are still stories for
    # mentoring and ownership: never "no story" beside them (issue 12, blind review)
    resume = "\n".join(line for line in RESUME.splitlines() if not line.startswith("- Led projects"))
    for text in (RESUME, resume):
        listed = _listed(markdown_brief(tmp_path, cli, text, POSTING))
        for number in (4, 6, 8):
            assert "no story on your résumé" not in listed[number], listed
        told = " ".join(listed.values())
        assert "Team technical management" in told and "internal forge" in told, listed
    # a product owner is a job title, not ownership: the roadmap line is no ownership story
    listed = _listed(markdown_brief(tmp_path, cli, RESUME, POSTING))
    assert "story 2" not in listed[6] and "product owner" not in listed[6], listed[6]


# A Tech Lead whose work lines show leading, and a talk and a meetup in a community section
TECH_LEAD = """# Sam Okafor

sam@example.com · Leeds, UK

## Experience

### Tech Lead — Brackenfold
Leeds · Mar 2021 – Present
- Led projects for the claims and payments teams
- Tech Lead for a team of 6 developers on the claims platform
- Designed the claims event pipeline on Kafka handling 2M events a day

### Software Engineer — Copperwick
Manchester · Jan 2017 – Feb 2021
- Built the billing API in Python

## Community

- Speaker at DevOpsDays London 2023: "Leading a team through a platform migration", to 300 attendees
- Organizer of the Leeds Go meetup, 400 members
"""


def test_a_line_of_work_comes_before_one_from_outside_work(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, TECH_LEAD, POSTING)
    listed = _listed(brief)
    # the people questions are told from the Tech Lead's lines, not from the talk
    for number in (4, 8):
        assert "DevOpsDays" not in listed[number] and "outside work" not in listed[number], listed
    assert "Led projects for the claims and payments teams" in listed[8], listed[8]
    # the team of 6 on the same role is the story's scope: a strong match, not "no result stated"
    assert listed[8].endswith("*(strong match)*"), listed[8]


def test_the_star_entries_of_brief_json_say_what_a_card_needs():
    from tailor.draft.words import brief_data

    data = brief_data()
    for spec in data["star"]:
        # said inside "No line of your résumé shows {lack}." and its other wordings: a phrase, not a sentence
        lack = spec["none_lacks"]
        assert lack and not lack.endswith(".") and lack[0].islower(), spec["label"]
        # a tension's point names the tension itself: the question's own word for it is among them
        if spec.get("point"):
            assert {"conflict*", "trade-off*"} & set(spec["point"]), spec["label"]
    assert {s["label"] for s in data["star"] if s.get("point")} == {"Product and engineering", "Speed and quality"}
    # four wordings in turn: none stands on more than two of eight cards
    assert len(data["star_scaffold"]["empty_situation"]) >= 4
    assert all("{lack}" in f for f in data["star_scaffold"]["empty_situation"])
    assert all("{company}" in f for f in data["star_draft"]["situation_again"])


def test_a_strong_duty_with_a_scope_says_its_scope_not_no_result(tmp_path, cli):
    resume = RESUME.replace("- Led projects for the billing", "- Mentor two junior engineers on the billing team\n"
                            "- Lead 3 teams across billing and reporting\n- Led projects for the billing")
    cards = _cards(markdown_brief(tmp_path, cli, resume, POSTING))
    strong = {n: c for n, c in cards.items() if "**Strong match" in c}
    assert any("two junior engineers" in c for c in strong.values()), cards
    for number, card in strong.items():
        result = _row(card, "Result")
        assert result and not re.search(r"(?i)no result|states no|none on the résumé", result), (number, card)
    mentoring = next(c for c in strong.values() if "> Mentor two junior engineers" in c)
    assert "“two junior engineers”" in _row(mentoring, "Result"), mentoring
