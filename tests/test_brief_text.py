"""What a reader sees in the brief (issue 12, blind review): Markdown that renders as written, quotes clipped only
where a clause or list ends, company fields each from a line about it, no tool counts in the body, and an audit
line that says what it checks and what it cannot. An invented résumé and posting, run through the CLI."""
from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from tests.conftest import markdown_brief

RESUME = """# Noor Haddad

noor.haddad@example.com · +1 512 555 0142 · Lisbon, Portugal

## Summary

Engineering manager with 9 years of experience building data platforms for robotics.

## Experience

### Engineering Manager — Tessella Robotics
Jan 2021 – present
- Led 6 engineers building the fleet telemetry platform, ingesting 2 billion telemetry events a day from {robots}
- Mentored 4 engineers to senior roles through weekly 1:1s and paired design reviews
- Cut the cloud bill by 35% by moving cold telemetry to object storage with a tiered retention policy

### Senior Software Engineer — Quillfern Analytics
Mar 2016 – Dec 2020
- Designed the event ingestion API in Go and PostgreSQL used by 120 customer integrations
- Ran the on-call rotation and blameless postmortems for 3 data services, halving incidents in a year

## Skills

Key skills: API Design, Data Modeling, CI/CD, Developer Experience, Incident Response, Mentoring
""".format(robots="40,000 warehouse robots across 3 regions at 99.9% availability")  # one long line, as printed

POSTING = """Engineering Manager, Data Platform
Brackenhold

About Brackenhold
Brackenhold builds scheduling software for hospital operating rooms.

Location: Austin, TX
This role is on-site in our Austin office four days a week; it is not open to remote candidates.

Responsibilities
- Lead a team of 7 engineers building the data platform behind our scheduling products
- Own incident response and on-call for the platform
- Mentor engineers and grow them into senior roles

Requirements
- 7+ years of software engineering, including 3+ years managing engineers
- Experience with Go, PostgreSQL and Kafka
- Strong API design and data modeling skills

Nice to have
- Healthcare experience
"""


def _brief(tmp_path, cli) -> str:
    return markdown_brief(tmp_path, cli, RESUME, POSTING)


# --- 1. Markdown that renders as written ------------------------------------------------------


def test_markdown_brief_renders_every_line_as_the_block_it_is(tmp_path, cli):
    """Parsed as CommonMark with tables: no two lines run together into one paragraph or list item, every
    numbered list starts at 1, and every table row the brief writes is a row of a table."""
    text = _brief(tmp_path, cli)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    joined = [
        child.content
        for t in tokens
        if t.type == "inline"
        for child in (t.children or [])
        if child.type == "softbreak"
    ]
    runs = [t.content for t in tokens if t.type == "inline" and "\n" in t.content]
    assert not joined and not runs, runs
    starts = [t.attrs.get("start", 1) for t in tokens if t.type == "ordered_list_open"]
    assert starts and set(starts) == {1}, starts
    rows = sum(1 for t in tokens if t.type == "tr_open")
    written = [line for line in text.splitlines() if line.startswith("|") and not re.match(r"\|\s*-", line)]
    assert rows == len(written) > 0, (rows, len(written))
    headings = [t.tag for t in tokens if t.type == "heading_open"]
    assert len(headings) == len(re.findall(r"(?m)^#{1,6} ", text)), "a heading ran into the line before it"


def test_more_questions_are_bullets_under_their_interviewer(tmp_path, cli):
    # a sample whose posting grounds more than three questions for each interviewer
    samples = Path(__file__).parent.parent / "samples"
    job = (samples / "jobs" / "director-of-engineering-marrowfield-market.txt").read_text("utf-8")
    text = markdown_brief(tmp_path, cli, (samples / "resume.md").read_text("utf-8"), job)
    more = text.split("## More questions to choose from", 1)[1].split("\n## ", 1)[0]
    assert not re.search(r"(?m)^\d+\. ", more), more
    assert re.search(r"\n\nFor the Head of Engineering:\n\n", more), more


# --- 4 and 5. No tool counts in the body; an audit line that claims no more than it checks ----


def test_brief_says_no_tool_counts(tmp_path, cli):
    text = _brief(tmp_path, cli)
    for noise in (
        r"\d+ words, about \d+ seconds",
        r"Years of experience counted: \d",
        r"\d+ supporting skills",
        r"\d+ sections?\b",
        r"\d+ bullets?\b",
        r"\bmd, \d+ page",
        r"How the match is scored: \d+/100",
        r"Overall = ",
        r"\d+ kept, \d+ left out",
    ):
        assert not re.search(noise, text), noise


def test_appendix_says_what_the_score_means_and_what_was_read(tmp_path, cli):
    text = _brief(tmp_path, cli)
    appendix = text.split("## Appendix: how this brief was made", 1)[1]
    assert "not a forecast of the interview" in appendix
    # what was read, by name, for the reader to check against the documents
    assert "Engineering Manager, Tessella Robotics; Senior Software Engineer, Quillfern Analytics" in appendix
    assert "Engineering Manager, Data Platform at Brackenhold" in appendix


def test_audit_line_says_what_it_checks_and_that_it_cannot_check_meaning(tmp_path, cli):
    text = _brief(tmp_path, cli)
    audit = text.split("**What tailor checked, and what it cannot.**", 1)[1]
    assert "every employer, title, figure, year and skill it names" in audit
    assert "cannot tell whether a line was read rightly" in audit
    assert not re.search(r"(?i)\b(?:verified|all passed|all correct)\b", text)


# --- 2. Quotes clipped only where a clause or list item ends ----------------------------------


def test_quotes_are_whole_clauses_and_keep_the_evidence(tmp_path, cli):
    text = _brief(tmp_path, cli)
    # no word cut in half before an ellipsis ("CI/CD, Dev…", "ingesting 2 billion telemetry…")
    assert not re.search(r"\w…", text), re.findall(r".{30}\w…", text)
    # each skill's quote keeps the words that show it, however the line is clipped
    for skill, quote in re.findall(r"(?m)^- ([\w ]+) \(listed\): “([^”]*)”", text):
        assert skill.lower() in quote.lower(), (skill, quote)
    # every clipped quote of the résumé or posting is made of whole clauses of the line it quotes
    sources = [line.lstrip("- ") for line in (RESUME + POSTING).splitlines() if line.strip()]
    for quote in re.findall(r"“([^”]*…[^”]*)”", text):
        for piece in (p.strip(" ,;") for p in quote.split("…")):
            line = next((s for s in sources if piece and piece in s), None)
            if line is None:
                continue  # a line retold in the second person, not quoted
            at = line.index(piece)
            after, before = line[at + len(piece) : at + len(piece) + 2], line[max(0, at - 2) : at]
            assert after in ("", ".") or after[:1] in ",;.", (quote, line)
            assert at == 0 or before in (", ", "; ", ": "), (quote, line)


def test_clip_keeps_the_list_item_that_is_the_evidence():
    from tailor.checks import clip_around, term_at

    short = "Key skills: API Design, Data Modeling, CI/CD, Developer Experience, Mentoring"
    assert clip_around(short, [term_at(short, "Mentoring")], 8) == short  # a short line whole, not clipped

    line = ("Key skills: API Design, Data Modeling, CI/CD, Developer Experience, Incident Response, Observability, "
            "Capacity Planning, Mentoring")
    clip = clip_around(line, [term_at(line, "Mentoring")], 8)
    assert clip.endswith("Capacity Planning, Mentoring") and clip.startswith("… "), clip
    assert all(part.strip() in line.split(", ") or part.strip().startswith("Key") for part in clip[2:].split(","))


# --- 3. Company fields, each from a line about it ----------------------------------------------


def _company_block(text: str) -> str:
    return text.split(" in brief\n", 1)[1].split("\n## ", 1)[0]


def test_a_place_is_where_the_job_is_not_how_they_work(tmp_path, cli):
    posting = POSTING.replace(
        "This role is on-site in our Austin office four days a week; it is not open to remote candidates.\n", ""
    )
    block = _company_block(markdown_brief(tmp_path, cli, RESUME, posting))
    assert "- **Where:** Austin, TX" in block, block
    assert "How they work" not in block, block


def test_the_postings_own_sentence_on_where_the_work_is_wins_over_a_location_tag(tmp_path, cli):
    posting = POSTING.replace("Brackenhold\n", "Brackenhold · Remote; United States\n", 1).replace(
        "Location: Austin, TX\nThis role is on-site in our Austin office four days a week; it is not open to remote "
        "candidates.\n",
        "How we work\nYou will work from our Austin, TX office three days a week, with the platform team.\n",
    )
    text = markdown_brief(tmp_path, cli, RESUME, posting)
    block = _company_block(text)
    assert "**How they work:** You will work from our Austin, TX office three days a week" in block, block
    assert "Remote; United States" not in text


def test_a_requirement_about_remote_work_is_not_the_postings_policy(tmp_path, cli):
    posting = POSTING.replace("Brackenhold\n", "Brackenhold · Remote (Europe)\n", 1).replace(
        "Location: Austin, TX\nThis role is on-site in our Austin office four days a week; it is not open to remote "
        "candidates.\n",
        "",
    ).replace("- Strong API", "- Excellent written communication for a distributed remote team\n- Strong API")
    block = _company_block(markdown_brief(tmp_path, cli, RESUME, posting))
    assert "**How they work:** Remote (Europe)" in block, block
