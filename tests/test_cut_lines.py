"""Issue 12 (brief s9 "cuts"): no sentence the candidate is to say is cut mid-clause.

Blind reviewers quoted lines cut where no speaker stops: after a participle and a comma ("... Azure Virtual
Machines, supported."), before a participle's object ("... in the UK primarily working."), after two items of a
longer list ("... clear product requirements, technical designs.", the rest lost), and a first-person frame glued
to a line that is already a sentence of its own ("I worked on All tools were integrated ..."). The first test reads
every sample and holdout brief the CLI writes for those shapes; the next shows each shape is caught on an invented
sentence; the last drafts an invented pair whose lines would be cut so, through the CLI.
"""
from __future__ import annotations

import re

import pytest

from tailor.checks import NEEDS_MORE
from tailor.draft.words import _phrase_words, _said_whole
from tests.conftest import markdown_brief
from tests.test_brief_language import briefs_and_documents  # noqa: F401 (a fixture)

# a first-person sentence as the brief gives it to say: "I ..." up to its stop
_SAID = re.compile(r"(?<![\w’'])I (?:[^.!?\n“”]|\.\d)+?[.!?](?=\s|”|$|\*)")
# the words that open a sentence of its own: a capitalised determiner or pronoun ("All tools were ...")
_OWN_SUBJECT = r"(?:All|The|This|These|Those|Our|We|It|They|Each|Every|Most|Some|Its|Their|Several|Many)"
_ADVERB_PARTICIPLE = re.compile(r"\b\w+ly (?:\w+ing|\w+ed)[.!?]$")


def cut_shapes(text: str, sources: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Each said sentence of a brief cut where no speaker stops: (its shape, the sentence). A list is cut only
    where one of the `sources` (the documents the brief is drawn from) goes on with more of its items."""
    flat = [" ".join(source.split()) for source in sources]
    found = []
    for match in _SAID.finditer(text):
        said = match.group(0)
        words = said.rstrip(".!?").split()
        last = words[-1].lower() if words else ""
        if said.rstrip(".!?").endswith((",", ";", ":")):
            found.append(("ends on a comma", said))
        elif last in NEEDS_MORE:
            found.append(("ends on a word that needs more", said))
        elif re.search(r", \w+(?:ing|ed)[.!?]$", said) or _ADVERB_PARTICIPLE.search(said):
            found.append(("ends on a participle", said))
        if re.match(rf"I [a-z]+(?: [a-z]+){{0,2}} {_OWN_SUBJECT} [a-z]+", said):
            found.append(("a frame before a sentence of its own", said))
        # "by establishing A, B.": two bare items, the list's "and C" lost
        tail = said.rstrip(".!?").rsplit(", ", 1)
        if len(tail) == 2 and len(tail[1].split()) <= 3 and not re.search(r"\b(?:and|or|&)\b", tail[1]) \
                and not re.match(r"(?:[a-z]+ing|[a-z]+ed|which|who|then|so|but)\b", tail[1]) \
                and not re.search(r"\d", tail[1]) and _goes_on(" ".join(said.rstrip(".!?").split()[-4:]), flat):
            found.append(("a list cut after some items", said))
    # the frame inside a longer sentence: "The nearest I have is my work on All tools were ..."
    for match in re.finditer(rf"\b(?:work|worked) on {_OWN_SUBJECT} [a-z]+ (?:was|were|is|are|has|have|had)\b", text):
        found.append(("a frame before a sentence of its own", match.group(0)))
    return found


def _goes_on(tail: str, sources: list[str]) -> bool:
    return any(re.search(re.escape(tail) + r"(?:,\s|\s(?:and|or|&)\s)", source) for source in sources)


def test_no_sample_or_holdout_brief_says_a_cut_line(briefs_and_documents):  # noqa: F811
    found = [(name, *hit) for name, (text, sources) in briefs_and_documents.items()
             for hit in cut_shapes(text, tuple(sources))]
    assert not found, "\n".join(map(str, found))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Say: “I designed and built a storage pattern using Azure Blob, supported.”", "ends on a participle"),
        ("Action: I led the platform team in Spain primarily working.", "ends on a participle"),
        ("Action: I worked on All services were moved to Kafka topics.", "a frame before a sentence of its own"),
        ("Action: I improved release flow by writing clear product specs, test plans.", "a list cut after some items"),
        ("Action: I built the billing service for the.", "ends on a word that needs more"),
        ("Action: I built the billing service,.", "ends on a comma"),
    ],
)
def test_each_cut_shape_is_caught(text, kind):
    # a check that cannot fail is a defect: each shape is found on an invented sentence, and whole ones pass
    source = "Improved release flow by writing clear product specs, test plans, runbooks and checklists"
    assert kind in [k for k, _ in cut_shapes(text, (source,))], cut_shapes(text, (source,))
    assert not cut_shapes("I led the platform team in Spain. I built billing, search and payments. I cut costs 30%.")


RESUME = """# Robin Aldane
Leeds, UK · robin@example.com

## Experience

### Engineering Manager, Harrowgate Ledger
2020 – present
- Designed and built a compute pattern utilising Azure Virtual Machines, supported by Terraform modules, a shared CI \
pipeline and automated patching across 40 services
- Led the automation team in the UK primarily working with QA engineers and release managers over three years to \
ship test frameworks
- All tools were integrated with Slack APIs so that the on-call engineer was alerted within two minutes of a failed \
deployment
- Improved product delivery flow by establishing clear product requirements, technical designs, test plans and \
release checklists for every team
- Hired 6 engineers and mentored 3 to senior roles, growing the team from 5 to 14 engineers

### Software Engineer, Pellbrook Systems
2014 – 2020
- Built billing APIs in Python used by 400 customers, cutting invoice errors by 35%
"""

POSTING = """Head of Engineering
Quenmoor · Remote (UK)

About Quenmoor
Quenmoor builds scheduling software for clinics.

What you will do
- Own the platform roadmap, cloud infrastructure on Azure and its reliability
- Own hiring and grow engineers through coaching
- Drive test automation and release quality across teams
- Improve product delivery, planning and requirements with product managers
- Integrate tooling and alerting for on-call

Requirements
- 10+ years in software engineering, 4+ years managing engineers
- Experience with Azure, Terraform and CI/CD
"""


def test_an_invented_pair_says_no_line_cut_mid_clause(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING)
    assert not cut_shapes(brief, (RESUME,)), cut_shapes(brief, (RESUME,))
    # the list said to its end, and the sentence with its own subject never glued to a frame
    assert "clear product requirements, technical designs, test plans and release checklists" in brief
    assert "I worked on All" not in brief and "work on All" not in brief
    assert "I worked on the project where all tools were integrated" in brief, brief


@pytest.mark.parametrize(
    ("cut", "full", "said"),
    [
        # a participle after a comma, and after an adverb: back to the clause before
        ("I designed and built a compute pattern utilising Azure Virtual Machines, supported.", "",
         "I designed and built a compute pattern utilising Azure Virtual Machines."),
        ("Led the automation team in Spain primarily working", "", "Led the automation team in Spain"),
        ("Built the billing service for the", "", "Built the billing service"),
        # a list stopped after two of its items goes on to its "and" item
        ("establishing clear specs, test plans", "establishing clear specs, test plans, runbooks and checklists",
         "establishing clear specs, test plans, runbooks and checklists"),
        # a whole clause, or a noun that ends in -ing, stays as it is
        ("I led hiring.", "I led hiring for the platform group", "I led hiring."),
        ("I hired 3, mentored 2", "I hired 3, mentored 2, and cut costs by 30%", "I hired 3, mentored 2"),
        ("Built dashboards", "Built dashboards, alerts, runbooks and reports for ops",
         "Built dashboards, alerts, runbooks and reports for ops"),
        ("Led the platform team", "Led the platform team, a group of 12 engineers, and cut costs",
         "Led the platform team"),
    ],
)
def test_every_cut_goes_through_one_rule(cut, full, said):
    assert _said_whole(cut, full) == said


def test_a_posting_line_quoted_short_is_cut_by_the_same_rule():
    # words._phrase_words cuts a posting's line at a phrase break; never after "primarily working"
    line = "Lead the automation team in the UK primarily working with QA engineers across three offices on tests"
    assert _phrase_words(line, 10) == "Lead the automation team in the UK"


LEAD_IN = """# Robin Aldane
Leeds, UK · robin@example.com

## Experience

### Engineering Manager, Harrowgate Ledger
2020 – present
- Tools I've built include:
- All alerts were routed to Slack channels so that the on-call team saw a failed deployment within two minutes
- Hired 6 engineers and mentored 3 to senior roles, growing the team from 5 to 14 engineers

### Software Engineer, Pellbrook Systems
2014 – 2020
- Built billing APIs in Python used by 400 customers, cutting invoice errors by 35%
"""


def test_a_lead_in_verb_is_never_put_before_a_sentence_of_its_own(tmp_path, cli):
    # "Tools I've built include:" gives its items its verb, but "I built all alerts were routed ..." is no English
    brief = markdown_brief(tmp_path, cli, LEAD_IN, POSTING)
    assert "built all alerts" not in brief.lower() and "on All alerts" not in brief
    assert not cut_shapes(brief, (LEAD_IN,)), cut_shapes(brief, (LEAD_IN,))
    assert "I worked on the project where all alerts were routed to Slack channels" in brief, brief
