"""The posting's requirements under the headings people write ("You might be a fit if you have", "You'll thrive
if", "You bring"), and a fit verdict that never says the posting names no required skill beside a skill match
that lists its skills (issue 12, blind review).

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

import pytest

from tests.conftest import markdown_brief

RESUME = """# Noor Haldane

noor.haldane@example.com

## Experience

### Senior ML Engineer, Quillmoor Foods
Apr 2018 - Present
- Built a PyTorch ranking model in Python that lifted basket size 4% across 300 stores.
- Ran 40 A/B tests on the recommendation service.
- Wrote SQL pipelines feeding the feature store for 2 million daily users.

### ML Engineer, Pellbrook Labs
Jan 2014 - Mar 2018
- Shipped a vector search service with FAISS serving 800 queries per second.

## Skills

Python, PyTorch, SQL, FAISS
"""

POSTING = """Staff Machine Learning Engineer
Vantrell Analytics

About the role
We build recommendations for regional grocers.

What you'll do
- Own the model training and serving roadmap.
- Build the ranking service with the platform team.
- Review the team's model designs.
- Run the offline evaluation suite.

{heading}
- 7+ years of experience building machine learning systems.
- Deep experience with PyTorch and Python.
- Strong SQL skills.
- Experience with vector search.
- Experience running A/B tests.
"""


def _line(brief: str, label: str) -> str:
    return next(line for line in brief.splitlines() if label in line)


@pytest.mark.parametrize(
    "heading", ["You might be a fit if you have", "You'll thrive if you have", "You bring:", "What we're looking for"]
)
def test_issue_12_requirements_under_a_heading_as_people_write_it(tmp_path, cli, heading):
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING.format(heading=heading))
    assert "names no required skill" not in brief
    assert "Required, shown:" in brief
    assert "- PyTorch (demonstrated)" in brief and "- SQL (demonstrated)" in brief
    said = _line(brief, "**The posting:**")
    assert "with its duties and requirements" in said and "no requirements" not in said, said
    # the requirements are not counted as duties the role would own
    owns = _line(brief, "**What you would do:**")
    assert "Run the offline evaluation suite" in owns and "more" not in owns and "PyTorch" not in owns, owns


def test_issue_12_no_requirement_heading_says_nothing_of_required_skills_beside_matched_ones(tmp_path, cli):
    # a heading no vocabulary knows: the lists are read as the role's, and its skills are still matched
    brief = markdown_brief(tmp_path, cli, RESUME, POSTING.format(heading="Bits and pieces"))
    assert "Your résumé shows" in _line(brief, "**The role involves:**")
    verdict = brief.split("### Your fit", 1)[1].split("\n### ", 1)[0]
    assert "names no required skill" not in verdict, verdict


def _card(brief: str, question: str) -> str:
    return brief.split(question, 1)[1].split("\n### ", 1)[0]


def test_issue_12_a_name_with_digits_after_a_comma_is_no_result(tmp_path, cli):
    # "X86" after the comma has digits but no number of its own and one word: a leftover, not a result
    resume = RESUME.replace("- Wrote SQL pipelines feeding the feature store for 2 million daily users.\n",
                            "- Scaled the ingestion service to 2 million daily events on ARM64, X86\n")
    card = _card(markdown_brief(tmp_path, cli, resume, POSTING.format(heading="Requirements")), "scaled a backend")
    assert "> Scaled the ingestion service to 2 million daily events" in card, card
    assert "**Result:** X86" not in card and "**Result:** I scaled the ingestion service to 2 million" in card, card
