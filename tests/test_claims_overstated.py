"""Issue 12 (brief s8 "claims2"): claims that overstate what a résumé line shows.

Each test runs the CLI on an invented résumé and posting, as a user would, and reads the Markdown brief. Blind
comparers quoted "C++ (demonstrated)" from an engine written in C++, "healthcare (demonstrated, as payments)",
"machine learning (demonstrated)" from a job title, a meetup organiser as demonstrated team leadership and "a level
match" across a change of track or field.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

HEADER = """# Sam Example

sam@example.com · Leeds, UK

## Experience

"""

ML_POSTING = """Staff Machine Learning Engineer
Harbrook · Remote

About Harbrook
Harbrook builds care-planning software for clinics.

Responsibilities
- Design, train and ship machine learning models for care planning
- Write performance-critical inference code in C++

Requirements
- 7+ years of machine learning experience
- Strong C++ skills
"""


def _skill_rows(text: str) -> str:
    return text.split("### Skill match", 1)[1].split("### Prepare", 1)[0]


def _row(text: str, name: str) -> str:
    found = re.search(rf"^- {re.escape(name)} \((.+?)\)", _skill_rows(text), re.M)
    assert found, _skill_rows(text)
    return found[1]


def test_a_language_a_used_thing_is_written_in_is_not_demonstrated(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Software Engineer — Quillby
Leeds, UK · Mar 2020 – Present
- Wrote plugins for a game engine written in C++ to prototype a 3D product viewer
- Built data pipelines in Python on top of a C++ framework for fraud scoring
""", ML_POSTING)
    assert _row(text, "C++") == "listed", _skill_rows(text)
    assert "Strongest evidence: C++" not in text


def test_a_language_the_candidate_wrote_is_still_demonstrated(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Software Engineer — Quillby
Leeds, UK · Mar 2020 – Present
- Wrote C++ inference kernels for the fraud-scoring engine, cutting latency by 40%
- Worked on a C++ engine for physics simulations
""", ML_POSTING)
    assert _row(text, "C++") == "demonstrated", _skill_rows(text)


TITLED = """### Machine Learning Engineer — Tarnmoor
Leeds, UK · Jan 2017 – Present
- Built React front ends for the internal reporting tools
- Ran the weekly release train for 3 web teams
"""


def test_a_title_alone_demonstrates_no_skill(tmp_path, cli):
    # one verdict for machine learning across the brief: the fit's "only implied by PyTorch" and the skill row agree
    text = markdown_brief(tmp_path, cli, HEADER + TITLED + "\n## Skills\n\nPython, PyTorch\n", ML_POSTING)
    assert not _row(text, "machine learning").startswith("demonstrated"), _skill_rows(text)
    assert "Machine Learning Engineer — Tarnmoor" not in _skill_rows(text)
    # with nothing else on the résumé, the title names the field and is quoted as such, never as work shown: "title
    # only", to check (issue 12, blind review)
    text = markdown_brief(tmp_path, cli, HEADER + TITLED, ML_POSTING)
    assert _row(text, "machine learning") == "title only: check", _skill_rows(text)


def test_a_regulated_domain_the_posting_accepts_is_named_as_itself(tmp_path, cli):
    posting = ML_POSTING + "- Experience in healthcare or another regulated industry\n"
    text = markdown_brief(tmp_path, cli, HEADER + """### Software Engineer — Quillby
Leeds, UK · Mar 2020 – Present
- Built the card-payments API for 2,000 merchants
""", posting)
    rows = _skill_rows(text)
    assert re.search(r"^- regulated industry: payments \(demonstrated\)", rows, re.M), rows
    assert not re.search(r"^- healthcare \(demonstrated", rows, re.M), rows


LEAD_POSTING = """Engineering Manager
Fernleaf · Leeds, UK

About Fernleaf
Fernleaf builds billing software for small shops and the accountants who serve them across the north of England.

Responsibilities
- Lead a team of 6 engineers building our billing platform
- Own the delivery of our billing platform and its roadmap with product

Requirements
- 5+ years building software in TypeScript
- Team leadership experience
"""

AT_WORK = """### Software Engineer — Quillby
Leeds, UK · Mar 2018 – Present
- Built the card-payments API for 2,000 merchants in TypeScript
- Moved the checkout to server-side rendering

"""


def test_leading_outside_work_is_said_as_such_and_never_demonstrates(tmp_path, cli):
    for outside in ("""## Activities

- Founder and organiser of the Leeds Web Meetup, 400 members, monthly talks
""", """## Volunteering

### Organiser — Leeds Code Club
Leeds, UK · Jan 2019 – Present
- Led a team of 6 volunteer mentors teaching children to code
"""):
        text = markdown_brief(tmp_path, cli, HEADER + AT_WORK + outside, LEAD_POSTING)
        assert _row(text, "team leadership") == "outside work only", _skill_rows(text)


def test_leading_at_work_still_demonstrates(tmp_path, cli):
    resume = HEADER + AT_WORK.replace("- Moved", "- Led a team of 4 engineers through the checkout rewrite\n- Moved")
    text = markdown_brief(tmp_path, cli, resume + """## Activities

- Founder and organiser of the Leeds Web Meetup, 400 members, monthly talks
""", LEAD_POSTING)
    assert _row(text, "team leadership") == "demonstrated", _skill_rows(text)


def _level(text: str) -> str:
    found = re.search(r"^\*\*Level\.\*\* (.+)$", text, re.M)
    assert found, text
    return found[1]


def test_a_manager_to_an_individual_contributors_seat_is_no_level_match(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Engineering Manager — Quillby
Leeds, UK · Mar 2016 – Present
- Managed a team of 5 web engineers building the checkout and payments platform
- Ran hiring and one-to-ones for the team
""", ML_POSTING)
    level = _level(text)
    assert "a level match" not in level, level
    assert "managing people back to hands-on work, a change of track" in level, level


def test_the_same_rung_in_another_field_is_no_level_match(tmp_path, cli):
    web = HEADER + """### Staff Software Engineer — Quillby
Leeds, UK · Mar 2016 – Present
- Tech lead for the 6-engineer web checkout team, building React and TypeScript front ends
- Cut page load time by 40% for 2M monthly shoppers by moving the checkout to server-side rendering
"""
    level = _level(markdown_brief(tmp_path, cli, web, ML_POSTING))
    assert "a level match" not in level, level
    asked = "a change of field (the posting asks “7+ years of machine learning experience”, which no role shows)"
    assert asked in level, level
    # the same résumé with the field shown in its work is a level match
    ml = web.replace("- Cut page", "- Trained and shipped machine learning models for fraud scoring in C++\n- Cut page")
    level = _level(markdown_brief(tmp_path, cli, ml, ML_POSTING))
    assert "change of field" not in level, level


HIRING_POSTING = """Senior Engineering Manager
Fernleaf · Leeds, UK

About Fernleaf
Fernleaf builds billing software for small shops and the accountants who serve them across the north of England.

About the role
We're hiring a Senior Engineering Manager to own our billing platform. We are looking to hire someone who enjoys
billing problems.

Responsibilities
- Own the delivery of our billing platform and its roadmap with product
- Set technical direction with the staff engineers

Requirements
- 5+ years building software in TypeScript
"""


def _team_lines(tmp_path, cli, posting: str) -> tuple[str, ...]:
    """The posting lines the team-and-hiring area is stressed by, as the fit found them (the brief prints only the
    area's share since the Markdown appendix lost its table)."""
    import datetime as dt

    from tailor.model import Area
    from tailor.pipeline import analyse_resume, prepare_brief

    markdown_brief(tmp_path, cli, HEADER + AT_WORK, posting)  # writes resume.md and job.txt as a user has them
    today = dt.date(2026, 11, 30)
    brief = prepare_brief(analyse_resume(tmp_path / "resume.md", today), tmp_path / "job.txt", today)
    return brief.fit.area(Area.TEAM_AND_HIRING).posting_lines


def test_the_company_hiring_for_this_post_is_no_hiring_duty(tmp_path, cli):
    lines = _team_lines(tmp_path, cli, HIRING_POSTING)
    # the line that stresses the area most is what the role does, never the company filling the post (its other
    # words, "own our billing platform", may still count for a little)
    assert lines[0] == "Set technical direction with the staff engineers", lines
    # a role that hires does stress it
    lines = _team_lines(tmp_path, cli, HIRING_POSTING.replace(
        "- Set technical", "- Hire and onboard four engineers this year\n- Set technical"))
    assert "Hire and onboard four engineers this year" in lines[0], lines


def test_a_line_opening_on_a_state_is_never_an_awkward_first_person(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Engineering Manager — Quillby
Leeds, UK · Mar 2021 – Present
- Leads a team of 5 engineers building the billing platform
- Responsible for the team's delivery of the card-payments API used by 2,000 merchants
- Tasked with migrating the billing monolith to four services on Kubernetes
- Involved in the redesign of the fraud-scoring pipeline in TypeScript

### Software Engineer — Tarnmoor
Leeds, UK · Jan 2016 – Feb 2021
- Promoted to Senior Engineer in 2019 for work on the reporting service
- Tasked with moving the release pipeline to GitHub Actions, cutting release time by 60%
""", LEAD_POSTING)
    awkward = re.findall(r"\b(?:I|you) (?:responsible|accountable|tasked|involved|promoted|leads|oversees)\b", text)
    assert not awkward, awkward
    # a standing phrase with the candidate's own -ing verb after it is told by that verb, in the role's tense
    assert "- **Action:** I migrate the billing monolith to four services on Kubernetes." in text
