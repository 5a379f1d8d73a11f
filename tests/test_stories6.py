"""Issue 12 (brief s9 "stories6"): the stories a reader sees on the résumé, found.

Blind comparers (executive coaches) quoted "no story" cards beside lines that tell them (scale testing for scaling,
"responsible for ..." for ownership), "In my previous role" said of a role two back, a frontend refactor told as
the design of a new service, and a card whose Situation was its only content. These run the CLI on invented
résumés and postings, as a user would, and read the Markdown brief.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

POSTING = """Senior Software Engineer
Ostrava Data · Remote (EU)

About Ostrava Data
Ostrava Data builds storage systems for research labs.

Responsibilities
- Design new services and APIs for our storage platform
- Own components end to end, from design to production
- Scale our systems to millions of requests

Requirements
- 5+ years building backend systems in C or Rust
- Experience with Linux kernel or systems programming
"""


def _cards(brief: str) -> dict[int, str]:
    star = brief.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    return {int(n): card for n, card in re.findall(r"\n### (\d)\. (.+?)(?=\n### \d\. |\Z)", star, re.S)}


def _pitch(brief: str) -> str:
    return next(line for line in brief.splitlines() if line.startswith("> I have"))


def test_previous_role_is_only_the_role_right_before_the_current_one(tmp_path, cli):
    # the pitch tells Brinkvale's result, then Tessmoor's: Tessmoor is two roles back, "Earlier", never "previous"
    resume = """# Ilse Marwick

ilse@example.com · Utrecht, Netherlands

## Experience

### Senior Software Engineer — Korrelhaven
Utrecht · Mar 2023 – Present
- Maintain the internal wiki

### Software Engineer — Brinkvale
Amsterdam · Jan 2020 – Feb 2023
- Cut checkout latency from 900 ms to 200 ms for 2 million shoppers

### Software Engineer — Tessmoor
Rotterdam · 2017 – 2019
- Reduced report generation time from 6 hours to 40 minutes for 300 analysts
"""
    pitch = _pitch(markdown_brief(tmp_path, cli, resume, POSTING))
    assert "At Brinkvale" in pitch and "Tessmoor" in pitch, pitch
    assert "In my previous role, as a Software Engineer at Tessmoor" not in pitch, pitch
    assert "Earlier, as a Software Engineer at Tessmoor" in pitch, pitch


def _row(card: str, part: str) -> str:
    found = re.search(rf"^- \*\*{part}:\*\* (.+)$", card, re.M)
    return found.group(1) if found else ""


# duty lines said by a noun or an adjective, as résumés print them: a kernel feature's scale testing, a component
# the candidate answers for; and lines that fit no question strictly, to compete for the cards
SYSTEMS = """# Ilse Marwick

ilse@example.com · Utrecht, Netherlands

## Experience

### Senior Software Engineer — Korrelhaven
Utrecht · Mar 2023 – Present
- Verification and scale testing of the memory tiering feature in the kernel scheduler
- Responsible for the release tooling component, being liable for the resulting product
- Refactored the customer portal from jQuery to React

### Software Engineer — Tessmoor
Rotterdam · 2017 – 2019
- Maintained the reporting scripts
"""


def test_scale_testing_a_kernel_feature_is_a_scaling_story_asked_in_systems_terms(tmp_path, cli):
    card = _cards(markdown_brief(tmp_path, cli, SYSTEMS, POSTING))[1]
    assert "no line of your résumé" not in card.lower() and "> Verification and scale testing" in card, card
    # the Action says the work as the line names it, and the card is no Situation alone
    assert _row(card, "Action").startswith("I work on the verification and scale testing of the memory tiering"), card
    # a kernel's load is asked in a system's terms, not a web backend's requests
    assert "cores, memory, devices" in card, card


def test_responsible_and_liable_for_a_component_is_an_ownership_story(tmp_path, cli):
    card = _cards(markdown_brief(tmp_path, cli, SYSTEMS, POSTING))[6]
    # told strictly (a card told earlier may quote the line first: then this one names it)
    assert "Partial match: no result stated." in card and "Nearest evidence" not in card, card
    assert "Maintained the reporting scripts" not in card, card
    assert _row(card, "Action") == ("I am responsible for the release tooling component, being liable for the"
                                    " resulting product."), card


def _with_line(line: str) -> str:
    return f"""# Ilse Marwick

ilse@example.com · Utrecht, Netherlands

## Experience

### Senior Software Engineer — Korrelhaven
Utrecht · Mar 2023 – Present
- {line}
- Wrote integration tests for the settlement jobs

### Software Engineer — Tessmoor
Rotterdam · 2017 – 2019
- Maintained the reporting scripts
"""


def test_a_ui_refactor_is_no_design_of_a_new_service(tmp_path, cli):
    rework = "Rewrote the customer portal from jQuery to React, redesigning its component architecture"
    card = _cards(markdown_brief(tmp_path, cli, _with_line(rework), POSTING))[7]
    assert "jQuery" not in card and "not show a service you designed" in card, card


def test_a_reworked_service_is_still_a_design_story(tmp_path, cli):
    # the same reworking of a service's API names what the design question asks about: told for it
    rework = "Redesigned the settlement service API, migrating it from SOAP to REST"
    card = _cards(markdown_brief(tmp_path, cli, _with_line(rework), POSTING))[7]
    assert "> Redesigned the settlement service API" in card or "The line of story" in card, card
    assert "not show a service you designed" not in card, card
    # the line fits this question as well as the one whose card quotes it: told here too, never "no story", and
    # as a fit, not as nearest evidence
    assert "Partial match: no result stated." in card and "Nearest evidence" not in card, card


def test_a_roles_scope_line_is_said_in_the_situation_once(tmp_path, cli):
    resume = """# Ilse Marwick

ilse@example.com · Utrecht, Netherlands

## Experience

### Senior Software Engineer — Korrelhaven
Utrecht · Mar 2023 – Present
- Designed the settlement service API for partner banks

### Software Engineer — Brinkvale
Amsterdam · Jan 2020 – Feb 2023
Payments team, building the checkout used by 2 million shoppers
- Wrote integration tests for the settlement jobs
- Maintained the reporting scripts
"""
    brief = markdown_brief(tmp_path, cli, resume, POSTING)
    situations = [_row(card, "Situation") for card in _cards(brief).values()]
    scoped = [s for s in situations if "“Payments team, building the checkout used by 2 million shoppers”" in s]
    assert len(scoped) == 1 and scoped[0].startswith("At Brinkvale (2020–2023) I was a Software Engineer."), situations
    # the scope is what the role served, never offered as a story's result
    assert "The figure from this role is on another line, “Payments team" not in brief, brief
    # a role with no scope line keeps its situation short
    assert any(s == "At Korrelhaven (since 2023) I am a Senior Software Engineer." or
               s == "I am a Senior Software Engineer at Korrelhaven (since 2023)." for s in situations), situations
