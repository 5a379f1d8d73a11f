"""A brief to read 30 minutes before the call, not a worksheet to fill in (issue 12, brief s7 "worksheet"): a STAR
card is the résumé's outline with one line of what to decide, a line two cards tell is quoted once, and a question no
line fits is one line. Invented résumés and postings, run through the CLI as a user would."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.conftest import ROOT, SHOP_POSTING, markdown_brief, says_no_story

# one role, a line with a figure, a line with none, and a line near two questions: most cards leave parts to the
# candidate, and some questions have no line at all
RESUME = """# Ada Example

ada@example.com · Leeds, UK

## Experience

### Engineering Manager — Fenwick Rail
Leeds, UK · Apr 2020 – Present
- Led the booking team of 6; shipped the new fares engine in 9 weeks
- Reduced checkout latency from 3 s to 800 ms
- Coach four engineers through weekly 1:1s
"""


def _cards(brief: str) -> dict[int, str]:
    star = brief.split("\n## STAR stories\n", 1)[1].split("\n## ", 1)[0]
    return {int(n): body for n, body in re.findall(r"^### (\d)\. (.*?)(?=^### |\Z)", star, re.M | re.S)}


def test_a_card_is_an_outline_with_one_line_to_decide(tmp_path, cli):
    cards = _cards(markdown_brief(tmp_path, cli, RESUME, SHOP_POSTING))
    assert len(cards) == 8, cards
    told = {n: c for n, c in cards.items() if "\n- **Situation:**" in c}
    assert told, cards
    for card in cards.values():
        # no bracketed blank and no Task row: what the résumé does not give is gathered into one line
        assert not re.search(r"\[[^\]]+\]", card), card
        assert "**Task:**" not in card, card
        assert card.count("Recall before the call (not on your résumé):") <= 1, card
    latency = next(c for c in told.values() if "> Reduced checkout latency" in c)
    assert "- **Result:** I reduced checkout latency from 3 s to 800 ms." in latency, latency
    decide = re.search(r"^\*\*Recall before the call \(not on your résumé\):\*\* (.+)\.$", latency, re.M)
    assert decide and len(decide[1].split()) <= 25, latency


def test_a_question_no_line_fits_is_one_line(tmp_path, cli):
    cards = _cards(markdown_brief(tmp_path, cli, RESUME, SHOP_POSTING))
    empty = [c for c in cards.values() if says_no_story(c)]
    assert empty, cards
    for card in empty:
        body = [line for line in card.splitlines()[1:] if line.strip()]
        assert len(body) == 1, card
        assert says_no_story(body[0]) and "from memory" not in body[0], card
        assert "Before the call" not in card and "**Situation:**" not in card, card


def test_a_line_two_cards_tell_is_quoted_once(tmp_path, cli):
    # a one-line résumé: the line is near two questions, so two cards tell it
    resume = RESUME.split("- Reduced", 1)[0]
    brief = markdown_brief(tmp_path, cli, resume, SHOP_POSTING)
    cards = _cards(brief)
    quoted = [n for n, c in cards.items() if "\n> Led the booking team of 6" in c]
    note = r"^\*The line of story \d+, told for this question\.\*$"
    again = [n for n, c in cards.items() if re.search(note, c, re.M)]
    assert len(quoted) == 1, cards
    assert again and all(f"*The line of story {quoted[0]}," in cards[n] for n in again), cards
    # the note is a note, never set as a quote of the résumé (issue 12, blind review)
    assert not any(re.search(r"^> .*line of story", c, re.M | re.I) for c in cards.values()), cards


# --- no sentence said three times (brief s7 item 2) ----------------------------------------------------------------

HOLDOUT = ROOT / "tests" / "holdout"


def _sentences(markdown: str) -> list[str]:
    """The brief's sentences as a reader meets them: markup, list marks and quote marks gone."""
    text = re.sub(r"^\s*(?:[-*>]|\d+\.|#+|- \[ \])\s*", "", markdown, flags=re.M)
    text = re.sub(r"[*_“”|]", " ", text)
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text)
    return [" ".join(p.split()).strip(" .") for p in parts]


@pytest.fixture(scope="module")
def holdout_briefs() -> dict[str, str]:
    """The Markdown brief of each holdout résumé against a holdout posting (one each, in turn)."""
    import datetime as dt

    from tailor.pipeline import analyse_resume, prepare_brief
    from tailor.render import render_brief

    today = dt.date(2025, 11, 25)
    resumes, jobs = sorted((HOLDOUT / "resumes").iterdir()), sorted((HOLDOUT / "jobs").iterdir())
    out = {}
    for i, resume in enumerate(resumes):
        job = jobs[i % len(jobs)]
        brief = prepare_brief(analyse_resume(resume, today), job, today)
        out[f"{resume.name} x {job.name}"] = render_brief(brief, "md").decode()
    return out


def test_no_sentence_of_eight_words_is_said_three_times_in_a_brief(holdout_briefs):
    repeated = {}
    for name, markdown in holdout_briefs.items():
        counts = Counter(s for s in _sentences(markdown) if len(s.split()) >= 8)
        if more := {s: n for s, n in counts.items() if n > 2}:
            repeated[name] = more
    assert not repeated, repeated


def test_the_sentence_counter_counts(holdout_briefs):
    # the rule above can fail: a brief with one of its sentences pasted twice more trips it
    name, markdown = next(iter(holdout_briefs.items()))
    sentence = next(s for s in _sentences(markdown) if len(s.split()) >= 8)
    counts = Counter(s for s in _sentences(markdown + f"\n\n{sentence}.\n\n{sentence}.\n") if len(s.split()) >= 8)
    assert counts[sentence] >= 3, (name, sentence)


def test_the_body_speaks_of_the_candidate_and_the_company_not_of_the_tool(holdout_briefs):
    # the score and how the brief was made are the appendix's; the body never talks about tailor (item 3)
    for name, markdown in holdout_briefs.items():
        body, appendix = markdown.split("\n## Appendix", 1)
        assert not re.search(r"(?i)\btailor\b|\bthe tool\b|\b\d+/100\b|offline|page 1\b", body), name
        assert re.search(r"\b\d+/100\b", appendix), name


def test_advice_is_said_once_down_the_risk_table():
    from tailor.render import said_once

    rows = said_once([
        "Say plainly your résumé does not show SOC 2; offer your nearest real evidence.",
        "Say plainly your résumé does not show Kafka; offer your nearest real evidence.",
        "Offer your nearest real evidence.",
    ])
    assert rows == [
        "Say plainly your résumé does not show SOC 2; offer your nearest real evidence.",
        "Say plainly your résumé does not show Kafka.",
        "As above.",
    ]
