"""Issue 12 (brief s9 "voice"): a brief that reads like a coach wrote it, not a tool.

Blind reviewers quoted label/value joins that read as fragments ("team: a team of six engineers", "The role
involves: not shown: coaching"), tool artifacts ("1 more in the full brief ... with the lines of those you meet",
"No statement failed that check", an area's "(0%)") and doubled quote marks. The first test reads every sample
brief and every holdout brief the CLI writes for these; the others show each defect on an invented pair.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import markdown_brief
from tests.make_golden import GOLDEN

HOLDOUT = Path(__file__).parent / "holdout"

# a label's last word said again as its value's first: "team: a team of", "What you would own: Own the"
_DOUBLED = re.compile(r"\b(\w{3,})s?\**:\**\s+(?:(?:an?|the|your|their|its)\s+)?\1s?\b", re.I)
FRAGMENTS = {
    "doubled word across a label": _DOUBLED,
    # "The role involves: not shown: coaching": a label, a few words, and a second label
    "label: not shown: chain": re.compile(r":\**\s+[^.:;()“”\n]{0,30}?\bnot shown:"),
    "empty parentheses": re.compile(r"\(\s*\)"),
    "a count of rows that points back": re.compile(r"\d+ more\b[^.\n]*those you meet"),
    "doubled quote marks": re.compile(r"““|””|\"“|“\"|”\"|\"”|“[^”\n]*“"),
    # a sentence after a full stop opening lower-case; "e.g." and "vs." are no sentence ends
    "sentence starting lower-case": re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\betc)(?<!\d)[.!?]\**\s+[a-z]"),
    "a tool's log": re.compile(r"No statement failed that check|\(0%\)"),
}


def fragments(text: str) -> list[tuple[str, str]]:
    """Each garbled join of the brief: (its kind, the words around it)."""
    return [(kind, text[max(0, m.start() - 40):m.end() + 30]) for kind, rx in FRAGMENTS.items()
            for m in rx.finditer(text)]


@pytest.fixture(scope="module")
def all_briefs(tmp_path_factory, cli) -> dict[str, str]:
    """The sample résumé's brief for each sample posting (the goldens) and each holdout résumé's for two holdout
    postings, written by the CLI as a user would."""
    out = {p.name: p.read_text("utf-8") for p in sorted(GOLDEN.glob("*.md"))}
    jobs = sorted((HOLDOUT / "jobs").iterdir())
    for i, resume in enumerate(sorted((HOLDOUT / "resumes").iterdir())):
        folder = tmp_path_factory.mktemp(resume.stem)
        run = cli(resume, jobs[i % len(jobs)], jobs[(i + 5) % len(jobs)], "-o", folder, "--format", "md")
        assert run.exit_code == 0, run.stderr
        out.update({f"{resume.name} x {p.name}": p.read_text("utf-8") for p in folder.glob("*.md")})
    assert len(out) == 7 + 18
    return out


def test_no_sample_or_holdout_brief_has_a_garbled_join(all_briefs):
    found = [(name, *hit) for name, text in all_briefs.items() for hit in fragments(text)]
    assert not found, "\n".join(map(str, found))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("- **The role and team:** Head of Platform; team: a team of 14 engineers.", "doubled word across a label"),
        ("**The role involves:** not shown: coaching, hiring.", "label: not shown: chain"),
        ("a line ( ) here", "empty parentheses"),
        ("*1 more in the full brief, under More requirements, with the lines of those you meet.*",
         "a count of rows that points back"),
        ("Say: “The closest I have is at Acme: “Launched a thing”.”", "doubled quote marks"),
        ("It shows hiring. you show mentoring.", "sentence starting lower-case"),
        ("Technical debt, processes and velocity 75 (0%).", "a tool's log"),
    ],
)
def test_each_kind_of_garbled_join_is_caught(text, kind):
    # a check that cannot fail is a defect: each pattern finds the quoted kind of fragment
    assert kind in [k for k, _ in fragments(text)]
    assert not fragments("The role involves hiring. Your résumé shows mentoring, e.g. of two engineers.")


RESUME = """# Dana Okafor
Denver, CO · dana@example.com

## Experience

### Engineering Manager, Larchwood Freight
2019 – present
- Led a team of 8 engineers building the dispatch platform in Go and PostgreSQL
- Hired 5 engineers and mentored 2 to senior
- Cut cloud spend by 30% by moving batch jobs to spot instances

### Software Engineer, Pellwick Systems
2014 – 2019
- Built billing APIs in Python used by 400 customers
"""

POSTING = """Head of Platform
Quenmoor · Remote (US)

About Quenmoor
Quenmoor builds scheduling software for clinics.

About the role
You will lead a team of 12 engineers and report to the CTO.

What you will do
- Own the platform roadmap and its reliability
- Own hiring for the platform group
- Coach and grow engineers through regular 1:1s
- Drive performance management and headcount planning
- Improve incident response and on-call

Requirements
- 8+ years in software engineering, 3+ years managing engineers
- Experience with Go and Kubernetes
- Bachelor's degree in Computer Science
- Located in the US

Nice to have
- Healthcare experience
"""


def test_an_invented_pair_reads_in_sentences_with_one_skippable_appendix(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    assert not fragments(brief), fragments(brief)
    # the team said once, and a duty under "What you would own" without its own "Own"
    assert "team: a team" not in brief and re.search(r"What you would own:\*\* The platform roadmap", brief), brief
    # the short lists are sentences: "Your résumé shows A and B. It does not show C or D."
    involves = re.search(r"^\*\*The role involves:\*\* (.+)$", brief, re.M)
    assert involves and re.fullmatch(r"(?:(?:Your résumé|It) [^.]+\. ?)+", involves[1]), involves
    # how tailor read, scored and checked: one last section, no subsections, no log line when nothing failed
    appendix = brief.split("## Appendix: how this brief was made", 1)[1]
    assert "\n#" not in appendix and appendix.lstrip().startswith("*You can skip this")
    assert "failed" not in appendix and "(0%)" not in brief
    assert "More requirements" not in brief.split("## The full brief", 1)[0] or "Also to check" in brief
