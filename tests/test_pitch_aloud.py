"""Issue 12, item 7 (brief s9 "pitch4"): a pitch worth saying aloud.

Blind comparers (executive coaches) found tailor's pitch too thin ("nearly 5 years of experience, most recently 3
years as ...", nothing done), "most recently" hiding a role that ended years ago, and a close claiming the role's
core duty with none of it shown. Each test runs the CLI on an invented résumé and posting, as a user would, and
reads the Markdown brief's pitch.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief, pitch_of

BACKEND_POSTING = """Backend Engineer (Go)
Corvane Freight · Manchester, UK

About Corvane Freight
Corvane Freight builds scheduling software that helps regional hauliers plan loads and cut empty miles.

Responsibilities
- Design and build backend services in Go for load planning and dispatch
- Improve reliability and testing across services
- Work with operations teams on escalations

Requirements
- 3+ years building backend services
- Go, PostgreSQL, service testing

Corvane Freight is an equal opportunity employer. We offer a generous pension and private healthcare.
"""

# a résumé with no bullets: each role is a paragraph in the first person
PROSE = """# Jordan Ashe

jordan@example.com · Leeds, UK

## Experience

### Software Developer — Tallowmere Logistics
Leeds, UK · Feb 2022 – Present

I work on the route-planning service for a fleet of 300 delivery vans. I rewrote the depot allocation job in Go, \
which cut nightly planning time from 4 hours to 25 minutes. I also introduced contract tests between the planning \
and tracking services, which reduced production incidents by 35% over two quarters. I pair with the support team \
on escalations every week.

### Junior Developer — Brackenfield Retail
Sheffield, UK · Sep 2020 – Jan 2022

I built the stock reconciliation reports in Python and PostgreSQL, saving the finance team 2 days each month. I \
fixed bugs in the order management system.
"""

ENDED = """# Morgan Lee

morgan@example.com · Portland, OR

## Experience

### Senior Software Engineer — Glasswing Networks
Portland, OR · Mar 2011 – Jun 2015
- Designed the billing pipeline in Java, processing 2 million invoices a month with zero missed runs
- Cut the nightly batch window from 6 hours to 90 minutes by partitioning the jobs
- Led a team of 4 engineers through the move to PostgreSQL

### Software Engineer — Oldmill Systems
Portland, OR · Jul 2007 – Feb 2011
- Built the customer account portal in Java, serving 50,000 users
"""

# no date printed anywhere but the roles', and no role held today
UNDATED = """# Riley Park

riley@example.com · Chicago, IL

## Experience

### Backend Engineer — Copperline Payments
Chicago, IL · 2014 – 2019
- Built the payment retry service in Go, recovering $1.2M a year in failed charges
- Reduced API latency by 60% by moving hot paths to Redis

### Software Engineer — Stillwater Analytics
Chicago, IL · 2011 – 2014
- Built ETL jobs in Python processing 5 million rows a day
"""

THIN = """# Sam Reyes

sam@example.com · Austin, TX

## Experience

### Software Developer — Pinecrest Software
Austin, TX · Jan 2022 – Present
- Worked on internal tools
- Fixed bugs in the web app
"""

IOS = """# Casey Thorn

casey@example.com · Denver, CO

## Experience

### iOS Software Engineer — Fernbrook Health
Denver, CO · Mar 2021 – Present
- Rebuilt the patient check-in flow in SwiftUI, cutting average check-in time from 6 minutes to 90 seconds
- Led the offline sync redesign for the clinician app, reducing crash rate by 40% across 120,000 monthly users
- Set up snapshot testing and CI on Bitrise, taking release cycles from monthly to weekly
- Mentored 2 junior engineers through their first App Store releases

### Mobile Developer — Quillpoint Media
Boulder, CO · Jun 2019 – Feb 2021
- Shipped the subscription paywall in Swift, growing paid conversions by 18%
- Maintained the Objective-C reader app
"""

ML_POSTING = """Staff Machine Learning Engineer
Lumenfold · San Francisco, CA

About Lumenfold
Lumenfold builds search and recommendations for independent bookstores, helping readers find their next book.

Responsibilities
- Own the ranking models behind search and recommendations
- Design training pipelines and offline evaluation for machine learning models
- Mentor engineers on ML best practices

Requirements
- 8+ years of software engineering, 4+ years in machine learning
- Deep experience with PyTorch, feature stores and ranking models
"""

MANAGER_POSTING = """Engineering Manager, Payments
Ostrava Pay · New York, NY

About Ostrava Pay
Ostrava Pay builds payment infrastructure that lets small clinics take card payments and get paid faster.

Responsibilities
- Lead and grow a team of 8 backend engineers
- Hire, coach and develop engineers
- Own delivery and reliability of the payments platform

Requirements
- 7+ years in software engineering, 2+ years managing engineers
- Experience with payments and distributed systems
"""


def _brief(tmp_path, cli, resume: str, posting: str) -> tuple[str, str]:
    text = markdown_brief(tmp_path, cli, resume, posting)
    return text, " ".join(pitch_of(text).split("*Say it aloud")[0].strip().lstrip("> ").split())


def _fit_line(text: str) -> str:
    return text.split("### Your fit", 1)[1].split("###", 1)[0]


def test_a_prose_resume_is_pitched_by_what_its_sentences_say_was_done(tmp_path, cli):
    text, pitch = _brief(tmp_path, cli, PROSE, BACKEND_POSTING)
    # two results of one paragraph, each with its figure, said after "I" once
    assert "rewrote the depot allocation job in Go, which cut nightly planning time from 4 hours to 25 minutes" in pitch
    assert "introduced contract tests between the planning and tracking services" in pitch and "35%" in pitch, pitch
    assert "saving the finance team 2 days each month" in pitch, pitch
    assert "I I " not in pitch and "I also introduced" not in pitch, pitch
    assert "left out of this brief" not in text  # every claim passes the audit


def test_a_role_that_ended_is_said_with_its_end_and_a_long_gap_plainly(tmp_path, cli):
    text, pitch = _brief(tmp_path, cli, ENDED, BACKEND_POSTING)
    intro = pitch.split(". ", 1)[0]
    assert "Senior Software Engineer at Glasswing Networks until June 2015" in intro, pitch
    assert "To be upfront: my last role ended in June 2015" in pitch, pitch
    assert "left out of this brief" not in text


def test_a_role_ended_months_ago_is_dated_but_not_called_a_gap(tmp_path, cli):
    recent = ENDED.replace("Mar 2011 – Jun 2015", "Mar 2011 – Jun 2026")
    recent = recent.replace("## Experience", "Last updated November 2026\n\n## Experience")
    _, pitch = _brief(tmp_path, cli, recent, BACKEND_POSTING)
    assert "at Glasswing Networks until June 2026" in pitch, pitch
    assert "my last role ended" not in pitch, pitch


def test_an_undated_resume_with_no_current_role_counts_its_years_to_the_last_end(tmp_path, cli):
    _, pitch = _brief(tmp_path, cli, UNDATED, BACKEND_POSTING)
    # 2011 to 2019, never to today's date: "15 years" would count years the résumé does not show
    assert pitch.startswith("I have 8 years of experience"), pitch
    assert "to date" not in pitch and "until 2019" in pitch, pitch
    assert "To be upfront: my last role ended in 2019" in pitch, pitch


def test_an_undated_resume_with_a_current_role_counts_to_today(tmp_path, cli):
    current = UNDATED.replace("2014 – 2019", "2014 – Present")
    _, pitch = _brief(tmp_path, cli, current, BACKEND_POSTING)
    assert "until" not in pitch and "my last role ended" not in pitch, pitch
    assert not pitch.startswith("I have 8 years"), pitch  # "Present" counts on to the brief's date


def test_a_core_requirement_not_shown_is_said_not_claimed(tmp_path, cli):
    text, pitch = _brief(tmp_path, cli, IOS, ML_POSTING)
    # the role's core duty is never what the candidate "would bring"
    assert "I'd bring" not in pitch and "own the ranking models" not in pitch, pitch
    honest = re.search(r"To be upfront: my background doesn't include ([^;]+) yet;", pitch)
    assert honest, pitch
    # the gap the pitch names is the one the fit line names first
    assert f"does not name {honest.group(1)}" in _fit_line(text), (honest.group(1), _fit_line(text))
    assert "what I bring is results like these" in pitch, pitch
    assert "left out of this brief" not in text


def test_a_tool_gap_outside_the_core_keeps_the_close(tmp_path, cli):
    # Go is shown; PostgreSQL is not, and the title and first duties do not name it: no honest sentence on it
    current = UNDATED.replace("2014 – 2019", "2014 – Present")
    _, pitch = _brief(tmp_path, cli, current, BACKEND_POSTING)
    assert "To be upfront" not in pitch and "PostgreSQL" not in pitch, pitch


def test_a_first_post_managing_people_carries_the_long_ended_role(tmp_path, cli):
    _, pitch = _brief(tmp_path, cli, UNDATED, MANAGER_POSTING)
    honest = [s for s in re.split(r"(?<=\.) ", pitch) if s.startswith("To be upfront")]
    assert len(honest) == 1, pitch  # one honest sentence, not two
    assert "my last role ended in 2019" in honest[0] and "my first post managing people" in honest[0], pitch


def test_a_thin_resume_says_less_rather_than_pad(tmp_path, cli):
    text, pitch = _brief(tmp_path, cli, THIN, BACKEND_POSTING)
    assert len(pitch.split()) < 130, pitch
    # nothing with a figure was said, so no "results like these"; no figure the résumé does not hold
    assert "results like these" not in pitch, pitch
    assert not re.search(r"\d+%|\$\d", pitch), pitch
    assert "To be upfront: my background doesn't include Go" in pitch, pitch
    assert "left out of this brief" not in text



NOUN_LED = """# Alex Moreau

alex@example.com · Lyon, France

## Experience

### Software Developer — Verrine Systems
Lyon, France · Mar 2022 – Present
- Development of the payments reconciliation service in Go, processing 1.5 million transactions a day
- Key contributor to the fraud scoring API, which cut chargebacks by 22%
- Worked with the support team on escalations

### Junior Developer — Ambre Digital
Lyon, France · Sep 2020 – Feb 2022
- Worked with designers on the booking flow
"""


def test_lines_led_by_a_noun_for_the_work_are_said_by_their_verb(tmp_path, cli):
    text, pitch = _brief(tmp_path, cli, NOUN_LED, BACKEND_POSTING)
    # the lines holding the résumé's figures are said, never left out for "worked with designers"
    assert "developed the payments reconciliation service in Go, processing 1.5 million transactions a day" in pitch
    assert "was a key contributor to the fraud scoring API, which cut chargebacks by 22%" in pitch, pitch
    assert "Development of" not in pitch and "I key contributor" not in pitch, pitch
    assert "left out of this brief" not in text


def test_a_step_up_from_a_team_led_carries_the_long_ended_role(tmp_path, cli):
    team = "- Led a team of 5 engineers on the payments API\n"
    led = UNDATED.replace("- Reduced API latency", team + "- Reduced API latency")
    led = led.replace("### Backend Engineer", "### Engineering Manager")
    director = MANAGER_POSTING.replace("Engineering Manager, Payments", "Director of Engineering, Payments")
    text, pitch = _brief(tmp_path, cli, led, director)
    honest = [s for s in re.split(r"(?<=\.) ", pitch) if s.startswith("To be upfront")]
    assert len(honest) == 1 and "my last role ended in 2019, and the Director of Engineering role" in honest[0], pitch
    assert "the team of 5 I've led or grown at Copperline Payments" in honest[0], pitch
    assert "left out of this brief" not in text
