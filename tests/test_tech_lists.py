"""Issue 12 (brief s7 "techline"): a technology list under its label is never told as a story.

A role's line "Technologies I worked with: Node.js, Jest, MongoDB, ..." (its label's "I worked" read as the
candidate's verb) was a blind reviewer's "Scaling a system" story, a card's action ("I worked Node.js, Jest, ...")
and its nearest-evidence sentence. Such a line shows only that the role listed those names: it stays evidence
that the role listed them, and is no story line, no card's action and no pitch result. Each test runs the CLI on
an invented résumé, as a user would, and reads the Markdown brief.
"""
from __future__ import annotations

import re

import pytest

POSTING = """Staff Backend Engineer
Norvale · Remote

Responsibilities
- Scale our Node.js and Kubernetes platform to ten times today's traffic
- Lead design reviews and mentor engineers
- Own reliability of the GraphQL API

Requirements
- 7+ years building backend systems in Node.js
- Experience with Docker, Kubernetes and AWS
"""

# as a PDF résumé reads as text: "◦" sub-bullets under a role's bullets, the first wrapped onto the next line
TEXT_RESUME = """Riley Invented
riley@example.com · Porto, Portugal

EXPERIENCE

Full Stack Developer — Brightwell Labs
Jan 2020 – Present
• Developing the storefront for a furniture retailer
   ◦ Technologies I worked with: Node.js, Jest, MongoDB, Docker, Kubernetes, GraphQL, Nuxt.js (SSR), Vue,
   Gitlab CI, AWS
• Maintaining the internal admin panel
   ◦ Technologies I worked with: Vue, Vuex, Express, MySQL, Docker
Software Engineer — Harbour Tiles
Mar 2017 – Dec 2019
• Worked on the billing service
   ◦ Tech: Python, Django, PostgreSQL, Redis, Celery

EDUCATION
BSc Computer Science, University of Porto, 2016
"""

MARKDOWN_RESUME = """# Riley Invented

riley@example.com · Porto, Portugal

## Experience

### Backend Developer — Brightwell Labs
Porto, Portugal · Jan 2021 – Present
- Developing the storefront for a furniture retailer
  - {label} Node.js, Kafka, MongoDB, Docker, Kubernetes
- Maintaining the internal admin panel

### Software Engineer — Harbour Tiles
Porto, Portugal · Mar 2018 – Dec 2020
- Worked on the billing service
"""

NAMES = ("Node.js", "Jest", "MongoDB", "Kafka", "Kubernetes")


def _brief(tmp_path, cli, name: str, resume: str) -> str:
    (tmp_path / name).write_text(resume, "utf-8")
    (tmp_path / "job.txt").write_text(POSTING, "utf-8")
    run = cli(tmp_path / name, tmp_path / "job.txt", "-o", tmp_path / "brief.md", "--format", "md")
    assert run.exit_code == 0, run.stderr
    return (tmp_path / "brief.md").read_text("utf-8")


def _section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n#", 1)[0]


def _no_story_of_the_list(text: str, label: str) -> None:
    sheet = _section(text, "### Your eight stories")
    assert label not in sheet, sheet
    stars = text.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    # no card quotes the list, tells it as an action ("I worked Node.js", "I used Node.js") or as nearest evidence
    assert label not in stars, stars
    said = re.findall(r"(?m)^- \*\*(?:Action|Result):\*\* (.+)$", stars)
    said += re.findall(r"The closest I have [^”]+", stars)
    assert not [s for s in said if any(n in s for n in NAMES)], said
    pitch = _section(text, "### Your pitch")
    assert not any(n in pitch.split("To ", 1)[0] for n in ("Jest", "MongoDB", "Kafka")), pitch


def test_a_wrapped_technology_sub_bullet_of_a_text_resume_is_no_story(tmp_path, cli):
    text = _brief(tmp_path, cli, "resume.txt", TEXT_RESUME)
    _no_story_of_the_list(text, "Technologies I worked with")
    assert "worked Node.js" not in text and "I used Node.js" not in text
    # the list stays what it is: evidence that the role listed those names
    assert re.search(r"Node\.js \(listed in your Brightwell Labs role\): “Technologies I worked with: Node\.js", text)


@pytest.mark.parametrize("label", ["Technologies I used:", "Tools we used:", "Tech:", "Stack:", "Environment:"])
def test_a_technology_list_under_any_label_is_no_story(tmp_path, cli, label):
    text = _brief(tmp_path, cli, "resume.md", MARKDOWN_RESUME.format(label=label))
    _no_story_of_the_list(text, label)
    assert re.search(r"Node\.js \(listed in your Brightwell Labs role\)", text), text


def test_a_technology_list_under_a_lead_in_of_its_own_is_no_story(tmp_path, cli):
    resume = MARKDOWN_RESUME.format(label="").replace(
        "  -  Node.js", "  - Technologies I worked with:\n    - Node.js"
    )
    assert "Technologies I worked with:\n" in resume
    text = _brief(tmp_path, cli, "resume.md", resume)
    _no_story_of_the_list(text, "Node.js, Kafka")
    assert "worked Node.js" not in text


def test_a_label_with_a_line_of_work_after_it_still_tells():
    """The rule is for a list of names: "Tools: built an internal CLI used by 40 engineers" is one thing done."""
    from tailor.draft.words import _names_list, _tells

    assert _names_list("Technologies I worked with: Node.js, Jest, MongoDB, Docker, Kubernetes, Vue,")
    assert _names_list("Tools we used: Jira, Sentry")
    assert not _names_list("Tools: built an internal CLI used by 40 engineers")
    assert _tells("Tools: built an internal CLI used by 40 engineers")
    assert not _names_list("Scaled the booking API to 2,000 requests per second")
    # work done after a label that names tools or tech is no list of names, though its parts are short
    for line in ("Tools: built a CLI, a linter and a dashboard", "Tech debt: cut flaky tests, slow builds"):
        assert not _names_list(line) and _tells(line), line
    assert _names_list("Languages: Go, Rust, Python") and _names_list("Skills: Mentoring, Hiring, Go")
