"""Issue 12 (brief s8 "people2"): the level sentence and the years rows read right for a manager's résumé.

Each test runs the CLI on an invented résumé and posting, as a user would, and reads the Markdown brief. A grounding
checker quoted a level sentence that paraphrased the posting's ask and said "matches in title only" of two different
titles, and a years row that counted a pseudo-role's dates while the résumé and the pitch said "one decade".
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief

HEADER = """# Sam Placeholder

sam@example.com · Bristol, UK

## Summary

Engineering leader with one decade of full-time commercial experience building web platforms.

## Experience

"""

MANAGER = """### Engineering Manager — Brightwell Payments
Bristol, UK · Mar 2019 – Present
- Managing two scrum teams including two other people managers
- Coaching, mentoring, and motivating an 8-person development team
- Led the move of card processing to Kubernetes, cutting deploy time by 60%

### Senior Software Engineer — Quayside Lending
Bristol, UK · Jan 2016 – Feb 2019
- Built loan-application APIs in Python and PostgreSQL

### Freelance developer
Since 2013
- Worked for many companies building websites and small web apps
"""

DIRECTOR = """Director of Platform Engineering
Larchmont · Remote

About Larchmont
Larchmont runs cloud software for clinics across three countries, used by nurses and doctors every day.

Responsibilities
- Lead platform engineering managers and their teams
- Own the reliability, cost and roadmap of our shared cloud platform
- Hire and grow engineers and managers across the platform group

Requirements
- 12+ years of experience, including 5+ leading managers
- 10+ years in infrastructure or platform engineering
"""


def _level(text: str) -> str:
    found = re.search(r"^\*\*Level\.\*\* (.+)$", text, re.M)
    assert found, text
    return found[1]


def test_a_change_of_field_quotes_the_posting_and_never_says_title_only_of_two_titles(tmp_path, cli):
    level = _level(markdown_brief(tmp_path, cli, HEADER + MANAGER, DIRECTOR))
    assert "the posting asks “10+ years in infrastructure or platform engineering”, which no role shows" in level, level
    # an Engineering Manager's title is not a Director's: the titles differ, so no "match in title"
    assert "in title only" not in level, level


def _row(text: str, what: str) -> list[str]:
    found = re.search(rf"^\| \*\*{re.escape(what)}\*\*: .+$", text, re.M)
    assert found, text
    return [cell.strip() for cell in found[0].strip("|").split(" | ")]


def test_the_years_row_says_the_years_the_resume_states_in_words_as_the_pitch_does(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + MANAGER, DIRECTOR)
    pitch = re.search(r"^> (I have .+)$", text, re.M)
    assert pitch and "one decade" in pitch[1], text
    _, shows, serious, _ = _row(text, "12+ years of experience")
    # the résumé's own figure first, the dates' figure beside it: never only the dates' "nearly 14 years"
    assert shows.startswith("your résumé states “one decade”"), shows
    # a decade stated against 12+ asked is no plain "met"
    assert serious != "met", serious


PRODUCTIVITY = """Engineering Manager, Developer Platform
Larchmont · Remote

About Larchmont
Larchmont runs cloud software for clinics across three countries, used by nurses and doctors every day.

Responsibilities
- Build the team and improve developer productivity across the engineering group
- Own developer tooling, build times and the developer experience of 60 engineers
- Partner with product on the platform roadmap

Requirements
- 6+ years of software engineering, 2+ managing engineers
"""

BUILDER = """### Engineering Manager — Brightwell Payments
Bristol, UK · Mar 2019 – Present
- Hiring and onboarding engineers for both teams
- Developing reusable components and libraries to streamline development across the team
- Shaping our engineering culture through guilds and blameless reviews

### Senior Software Engineer — Quayside Lending
Bristol, UK · Jan 2014 – Feb 2019
- Built loan-application APIs in Python and PostgreSQL
"""


def test_the_role_involves_list_reads_the_same_evidence_as_the_rest(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + BUILDER, PRODUCTIVITY)
    involves = re.search(r"^\*\*The role involves:\*\* (.+)$", text, re.M)
    assert involves, text
    # hiring engineers into the team builds it; libraries to streamline development are developer productivity
    shown, _, missing = involves[1].partition("does not show")
    assert "developer productivity" in shown and "team building" in shown, involves[1]
    assert "developer productivity" not in missing and "team building" not in missing, involves[1]
    # the kind-of-work row reads the same bullet: never "not shown" beside the line that shows it
    kind = re.search(r"^\| \*\*Kind of work\*\*: .+$", text, re.M)
    assert kind is None or "not shown" not in kind[0], kind[0]


REGULATED = DIRECTOR.replace("- 10+ years in infrastructure or platform engineering\n",
                             "- Experience running healthcare or other regulated systems\n")


def test_a_domain_asked_with_its_alternative_keeps_it_and_is_met_by_a_regulated_domain(tmp_path, cli):
    payments = HEADER + MANAGER.replace(
        "- Built loan-application APIs in Python and PostgreSQL",
        "- Built card-payment APIs in Python and PostgreSQL, passing PCI DSS audits")
    row = _row(markdown_brief(tmp_path, cli, payments, REGULATED), "Domain")
    assert "“healthcare or other regulated systems”" in row[0], row
    assert row[2] == "met", row


def test_a_domain_asked_with_its_alternative_names_both_when_not_shown(tmp_path, cli):
    shop = HEADER + MANAGER.replace("Brightwell Payments", "Brightwell Books").replace(
        "card processing", "the bookshop").replace("loan-application", "catalogue").replace("Lending", "Books")
    row = _row(markdown_brief(tmp_path, cli, shop, REGULATED), "Domain")
    assert "“healthcare or other regulated systems”" in row[0], row
    assert row[2] != "met", row


TEAM_ASKED = """Engineering Manager, Payments
Larchmont · Remote

About Larchmont
Larchmont runs cloud software for clinics across three countries, used by nurses and doctors every day.

Responsibilities
- Own the reliability, cost and roadmap of payments
- Hire and grow engineers across the payments group

Requirements
- 8+ years of software engineering, 4+ years managing managers
- Experience leading a team of 6+ engineers
"""


def test_a_team_coached_mentored_and_motivated_is_a_team_led_quoted_whole(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + MANAGER, TEAM_ASKED)
    rows = [line for line in text.splitlines() if "8-person" in line and line.startswith("| **")]
    assert rows, text
    row = rows[0]
    assert "you worked in" not in row and "no bullet says you led it" not in row, row
    # the quote keeps the list it ends, never opening on its "and"
    assert "(“Coaching, mentoring, and motivating an 8-person development team”)" in row, row
    assert "“and motivating" not in text and "“… and motivating" not in row, row
    # 7 years managing managers against 4+ asked, and a team of 8 against 6+: met, not "check"
    assert row.split(" | ")[2] == "met", row


def test_a_compound_years_ask_is_split_and_managing_managers_is_shown(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + MANAGER, DIRECTOR)
    total = _row(text, "12+ years of experience")
    leading = _row(text, "5+ years leading managers")
    # the years leading managers are read from the line that shows managing managers, with a verdict of their own
    assert "“Managing two scrum teams including two other people managers”" in leading[1], leading
    assert leading[2] == "met", leading
    # the total is judged on its own: a decade stated against 12+ asked is not met because the managers part is
    assert total[2] != "met", total
