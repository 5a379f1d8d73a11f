"""Posting facts said whole (issue 12, grounding check): a duty is never cut inside its own "A, B and C" list, the
package names every item the posting's benefits list states, a stage or team size the posting states is said,
never listed as unknown, and a skill only the duties name is what the role involves, not "required".

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, brief_json, markdown_brief

RESUME = """# Odile Brammer

odile.brammer@example.com | +44 20 7946 0181 | London, UK

## Experience

### Engineering Manager, Cardelle Transit
Mar 2019 - Present
- Led 2 teams (14 engineers) building the routing platform in Python and PostgreSQL.
- Cut route planning time from 40 minutes to 3 minutes by moving the solver onto a queue of workers.

### Senior Software Engineer, Frome Analytics
Jun 2013 - Feb 2019
- Built reporting services in Python for the analytics product.

## Education

BSc Computer Science, University of Leeds, 2013
"""

POSTING = """Director of Engineering
Lumenfield · London, UK

About us
Lumenfield builds scheduling software for community clinics. We are a company{stage}.

About the team
{team}

What you will do
- Lead engineering managers and staff engineers across product, ML platform and infrastructure
- Hire engineers across Europe and grow the organisation
- Set the technical strategy for the platform
- Run the quarterly planning process with product

What we look for
- 10+ years in software engineering, including 4+ years managing engineering managers
- Experience with Python and PostgreSQL

Benefits
- Salary range: £120,000 – £140,000
- Competitive equity
- Unlimited PTO
- Private health insurance
"""


def _posting(stage: str = " growing from Series B to Series C this year", team: str = "We are four teams.") -> str:
    return POSTING.format(stage=stage, team=team)


def _line(brief: str, label: str) -> str:
    found = re.search(rf"^- \*\*{re.escape(label)}:\*\* (.*)$", brief, re.M)
    assert found, f"no {label!r} line in the brief"
    return found.group(1)


def test_a_duty_is_never_cut_inside_its_own_list(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, RESUME, _posting())
    owns = _line(brief, "What you would do")
    assert "across product, ML platform and infrastructure" in owns
    assert "across product;" not in owns


def test_the_package_names_every_item_the_benefits_list_states(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, RESUME, _posting())
    package = _line(brief, "Package").split("; ")
    said = ["Salary range: £120,000 – £140,000", "Competitive equity", "Unlimited PTO", "Private health insurance"]
    assert package == said


# the stage and the team's size stated only in a duty, and no About section saying them
IN_A_DUTY = """Director of Engineering
Lumenfield · London, UK

Lumenfield builds scheduling software for community clinics.

What you will do
- Lead our four teams of engineers as we go from Series B to Series C
- Hire engineers across Europe
- Set the technical strategy for the platform

What we look for
- 10+ years in software engineering, including 4+ years managing engineering managers
- Experience with Python and PostgreSQL
"""


def test_a_stage_and_team_size_stated_in_a_duty_are_said_not_unknown(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    brief = markdown_brief(tmp_path, cli, RESUME, IN_A_DUTY)
    assert "“Lead our four teams of engineers as we go from Series B to Series C”" in _line(brief, "What they do")
    assert "four teams" in _line(brief, "The role and team")
    unknown = _line(brief, "Unknown")
    assert "stage" not in unknown and "team's size" not in unknown


def test_a_head_count_is_a_stage_said_but_a_teams_head_count_is_not(tmp_path: Path, cli: Callable[..., Run]) -> None:
    said = markdown_brief(tmp_path, cli, RESUME, _posting(stage=". We are about 120 people"))
    assert "stage" not in _line(said, "Unknown")
    (tmp_path / "team").mkdir()
    team = markdown_brief(tmp_path / "team", cli, RESUME, _posting(stage="", team="Engineering is 46 people today."))
    assert "its stage and funding" in _line(team, "Unknown")


# the duties said in the opening paragraph, with no list of them
IN_PROSE = """Director of Engineering
Lumenfield · London, UK

Lumenfield builds scheduling software for community clinics. As our Director of Engineering you will lead our \
four teams, hire engineers across Europe and set the technical strategy for the platform.{asks}

What we look for
- 10+ years in software engineering, including 4+ years managing engineering managers
- Experience with Python and PostgreSQL
"""


def test_a_skill_only_a_prose_duty_names_is_what_the_role_involves(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, RESUME, IN_PROSE.format(asks=""))
    involves = next(line for line in brief.splitlines() if line.startswith("**The role involves:**"))
    assert "hiring" in involves
    assert "hiring (not shown)" not in brief
    assert brief_json(tmp_path, cli)["posting"]["skills_duty"].count("hiring") == 1


def test_you_will_need_a_skill_still_asks_for_it(tmp_path: Path, cli: Callable[..., Run]) -> None:
    asks = " You will need experience hiring engineers at scale."
    posting = IN_PROSE.format(asks=asks).replace(", hire engineers across Europe", "")
    brief = markdown_brief(tmp_path, cli, RESUME, posting)
    assert "hiring (not shown)" in brief


BRACKETED = POSTING.replace(
    "- Set the technical strategy for the platform",
    "- Lead the migration of our scheduling engine (Java, Oracle) to event-driven services on AWS",
)


def test_a_posting_line_quoted_keeps_its_brackets(tmp_path: Path, cli: Callable[..., Run]) -> None:
    brief = markdown_brief(tmp_path, cli, RESUME, BRACKETED.format(stage="", team="We are four teams."))
    said = "Lead the migration of our scheduling engine (Java, Oracle) to event-driven services on AWS"
    assert said in _line(brief, "What you would do")
    assert "engine to event-driven" not in brief


def test_the_samples_quote_the_posting_as_printed() -> None:
    """Every posting sentence the goldens quote in a question ("On “…”", "The posting says “…”") is the
    posting's own words: each piece between ellipses is in one of its lines."""
    from tailor.pipeline import read_posting

    root = Path(__file__).resolve().parents[1]
    for golden in sorted((root / "tests" / "golden").glob("*.md")):
        job = next((root / "samples" / "jobs").glob(f"{golden.stem}.*"))
        posting = " ".join(" ".join(line.text.split()) for line in read_posting(job).document.lines)
        for quote in re.findall(r"(?:On|The posting says) “([^”]+)”", golden.read_text("utf-8")):
            for piece in (p.strip(" ,;.") for p in quote.split("…")):
                assert piece in posting, f"{golden.name}: “{piece}” is not the posting's wording"
