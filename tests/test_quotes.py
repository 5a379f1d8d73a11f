"""Text shown in quotation marks as the posting's words is the posting's words (issue 12, blind review).

A comparer found "the posting asks “Cassandra, data engineering, Flink, Kafka”", a list tailor composed, in
quote marks beside a posting that said "(Kafka, Flink, Cassandra)". Every “…” span the brief attributes to the
posting must be a verbatim span of a posting line, clipped with "…" at most."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tailor.checks import clip_around, term_at
from tailor.read import read_document
from tests.conftest import SAMPLES, markdown_brief
from tests.make_golden import golden_briefs

RESUME = """# Wren Halloway

wren.halloway@example.com | Denver, CO

## Experience

### Engineering Manager, Pellbrook Retail
Jan 2020 - Present
- Led a team of 7 engineers building the checkout platform in Python and PostgreSQL on AWS.
- Ran the on-call rotation and cut incidents by 40%.

### Senior Software Engineer, Dunmore Travel
Jun 2014 - Dec 2019
- Built booking services in Java and Spring handling 3M requests a day.

## Education

BSc Computer Science, University of Denver, 2014
"""

POSTINGS = [
    """Engineering Manager, Data Platform
Quillfen Energy · Remote (US)

About us
Quillfen Energy runs software that balances home batteries across the grid for utilities.

Requirements
- 6+ years of software engineering experience, 2+ years managing engineers.
- Background in IoT or high-volume data platforms (Kafka, Flink, Cassandra).
- Deep experience with Kubernetes, Go or Rust.
- Experience in the energy sector is a plus.
""",
    """Head of Engineering
Tarnwell Bank · London, UK (hybrid, 3 days in the office)

Requirements
- 10+ years building software, 5+ years leading engineering teams.
- Hands-on with Scala, Akka and stream processing; you have owned PCI DSS compliance.
- A degree in Computer Science or similar.
- Must have the right to work in the UK.
""",
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\\", "")).strip()


def _table_quotes(brief: str) -> list[str]:
    """The “…” spans of the risks table's first column: the posting's words beside each requirement."""
    table = brief.split("### Risks and requirements", 1)[1].split("\n### ", 1)[0]
    return [m.group(1) for line in table.splitlines() if line.startswith("| **")
            for m in re.finditer(r"“([^”]*)”", line.split(" | ")[0])]


def _sentence_quotes(brief: str) -> list[str]:
    """The “…” spans the fit sentence and the questions say the posting asks or says."""
    return re.findall(r"the posting (?:asks|says) “([^”]*)”", brief)


def _missing(quotes: list[str], posting: str) -> list[str]:
    """The quotes whose parts (between "…") are not found in the posting text, whitespace normalised."""
    text = _flat(posting)
    return [q for q in quotes if not all(p.strip() in text for p in _flat(q).split("…") if p.strip())]


def _posting_text(path: Path) -> str:
    return " ".join(line.text for line in read_document(path).lines)


@pytest.fixture(scope="module")
def samples() -> list[tuple[str, str]]:
    """(posting text, brief) for every sample posting."""
    briefs = golden_briefs()
    return [(_posting_text(job), briefs[f"{job.stem}.md"]) for job in sorted((SAMPLES / "jobs").iterdir())]


def test_issue_12_every_table_quote_of_a_sample_is_the_postings_words(samples):
    assert sum(len(_table_quotes(brief)) for _, brief in samples) >= 5  # the check runs on real quotes
    for posting, brief in samples:
        assert not _missing(_table_quotes(brief), posting), _missing(_table_quotes(brief), posting)


# the fit sentence quotes only a row the table quotes, as the table cut it (words._clip drops "(Kafka, Flink)")
def test_issue_12_every_sentence_quote_is_the_postings_words(samples, tmp_path, cli):
    invented = [(p, markdown_brief(tmp_path, cli, RESUME, p)) for p in POSTINGS]
    missing = [q for posting, brief in [*samples, *invented] for q in _missing(_sentence_quotes(brief), posting)]
    assert not missing, missing


@pytest.mark.parametrize("posting", POSTINGS)
def test_issue_12_every_table_quote_of_an_invented_posting_is_its_words(tmp_path, cli, posting):
    brief = markdown_brief(tmp_path, cli, RESUME, posting)
    quotes = _table_quotes(brief)
    assert quotes, brief  # the posting's words are quoted in the table, so the check has something to check
    assert not _missing(quotes, posting), _missing(quotes, posting)


def test_issue_12_a_composed_skill_list_is_never_in_quote_marks(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTINGS[0])
    table = brief.split("### Risks and requirements", 1)[1].split("\n### ", 1)[0]
    assert "“Cassandra" not in table and "“one of" not in table, table


def test_issue_12_the_missing_skills_row_quotes_the_line_that_asks_them(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTINGS[0])
    row = next(line for line in brief.splitlines() if line.startswith("| **Required skills**"))
    said = ("“Background in IoT or high-volume data platforms (Kafka, Flink, Cassandra). … "
            "Deep experience with Kubernetes, Go or Rust.”")
    assert said in row, row


def test_issue_12_a_clipped_posting_line_keeps_the_words_it_is_quoted_for():
    line = ("We are a fast-growing team building the next generation of logistics software for carriers, "
            "shippers and brokers, and you will need deep experience with Kafka and Flink at scale across "
            "several regions and many teams.")
    clip = clip_around(line, [term_at(line, "Kafka"), term_at(line, "Flink")])
    # the clause that holds them, whole: a clip ends where a clause does, never inside one
    said = "you will need deep experience with Kafka and Flink at scale across several regions and many teams."
    assert clip == f"… and {said}", clip
    assert all(p.strip() in line for p in clip.split("…")), clip
    short = "Experience with Kafka."
    assert clip_around(short, [term_at(short, "Kafka")]) == short


def test_issue_12_a_long_skills_line_is_clipped_around_the_skill_it_shows(tmp_path, cli):
    # a comparer saw Go (listed): “Programming: Ruby, Python, TypeScript, JavaScript, Java, Bash, Lua,…”: no Go
    skills = ("## Skills\n\nProgramming: Ruby, Python, TypeScript, JavaScript, Java, Bash, Lua, Go, Rust, Elixir, "
              "Scala\n\n")
    resume = RESUME.replace("## Education", skills + "## Education")
    posting = POSTINGS[0].replace("- Deep experience with Kubernetes, Go or Rust.", "- Production experience with Go.")
    brief = markdown_brief(tmp_path, cli, resume, posting)
    row = next(line for line in brief.splitlines() if line.startswith("- Go ("))
    quote = row.split("“", 1)[1].split("”", 1)[0]
    assert re.search(r"(?<!\w)Go(?!\w)", quote) and quote.startswith("… "), row
    assert all(p.strip() in skills for p in quote.split("…") if p.strip()), row
