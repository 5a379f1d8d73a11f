"""Issue 12 (brief s9 "stories5"): stories labelled honestly, the obvious ones found, told in whole sentences.

Blind comparers (executive coaches) quoted cards labelled "(strong match)" above "Result: The résumé states no
result", "no story" beside obvious lines, a talk given outside work told as the team-leadership story, a date
sentence told as a story, actions cut before their object, the same scaffold sentence on most cards and "This is
from X too" after a card from another employer. These run the CLI on an invented résumé and posting, as a user
would, and read the Markdown brief.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

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
RESUME = """# Camille Ardent

camille@example.com · Lyon, France

## Experience

### Tech Lead — Dunmore Systems
Lyon · Jan 2021 – Present
- Led projects for the billing and reporting teams, from scoping to delivery
- Team technical management, manage DevOps community, animate technical events
- Built an internal forge and CI tooling used by other teams
- I created and developed Python/Django webapps for generating monthly invoices and usage reports for the finance department and their external auditors
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


def _cards(brief: str) -> dict[int, str]:
    star = brief.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    return {int(n): card for n, card in re.findall(r"\n### (\d)\. (.+?)(?=\n### \d\. |\Z)", star, re.S)}


def _listed(brief: str) -> dict[int, str]:
    stories = brief.split("### Your eight stories", 1)[1].split("\n### ", 1)[0]
    return {int(n): line for n, line in re.findall(r"^(\d)\. (.+)$", stories, re.M)}


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
