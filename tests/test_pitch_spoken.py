"""Issue 12 (brief s8 "pitch3"): a pitch a candidate would say aloud.

Blind comparers preferred a hand pitch every time: ours picked lines without regard to the posting (a line of
reading documentation, a tool list carried into the sentence), opened each result by a scaffold ("On delivery,",
"Alongside that,"), and gave a reason to join that restated the company's line. Each test runs the CLI on an
invented résumé and posting, as a user would, and reads the Markdown brief's pitch.
"""
from __future__ import annotations

import re

from tests.conftest import markdown_brief, pitch_of

RESUME = """# Sam Ortell

sam@example.com · Leeds, UK

## Experience

### Senior Software Engineer — Quillfeather
Leeds, UK · Jan 2022 – Present
- Read the internal documentation and learned the team's deployment process
- Rebuilt the customer dashboard UI with a new design system using TypeScript, React, Storybook and Figma
- Led the migration of 14 legacy ETL jobs to a Spark data pipeline on AWS, moving 7 million rows a night
- Architected and maintained event-driven microservices on AWS using Kafka, Go, Docker and Terraform
- Mentored 3 junior developers from onboarding to shipping reliable pull requests

### Software Engineer — Marlpit Sensors
Leeds, UK · Jun 2019 – Dec 2021
- Built the telemetry ingestion pipeline for an IoT platform of 40,000 connected devices, 2 billion readings a month
- Attended the yearly cloud conference and read up on stream processing
- Wrote unit tests for the firmware update service

## Skills
Go, Python, Spark, Kafka, AWS, React, TypeScript, Terraform
"""

DATA_POSTING = """Engineering Manager, Data Platform
Tarnwick · Remote, UK

About Tarnwick
Tarnwick builds fleet telematics for 300,000 connected machines, turning IoT telemetry into maintenance plans.

Responsibilities
- Lead the team that builds our data pipelines and ETL jobs on Spark and Kafka
- Own data migrations and the reliability of the telemetry pipeline
- Coach and grow a team of 6 data engineers

Requirements
- Experience building data pipelines with Spark, Kafka and Python on AWS
- Experience migrating legacy data systems
- 2+ years leading engineers

Tarnwick is an equal opportunity employer. We offer great benefits.
"""

SERVICES_POSTING = """Senior Backend Engineer
Farrowdale · London, UK

About Farrowdale
Farrowdale builds booking software for independent cinemas.

Responsibilities
- Design and run event-driven microservices on Kafka
- Mentor junior developers

Requirements
- Experience with Kafka and event-driven microservices
- Experience mentoring developers

Farrowdale is an equal opportunity employer.
"""


def _pitch(tmp_path, cli, resume: str = RESUME, posting: str = DATA_POSTING) -> str:
    return pitch_of(markdown_brief(tmp_path, cli, resume, posting)).split("\n> ", 1)[1].split("\n", 1)[0]


def test_a_posting_stressing_data_pipelines_gets_the_migration_and_pipeline_lines(tmp_path, cli):
    pitch = _pitch(tmp_path, cli)
    assert "led the migration of 14 legacy ETL jobs to a Spark data pipeline" in pitch, pitch
    assert "built the telemetry ingestion pipeline for an IoT platform of 40,000 connected devices" in pitch, pitch
    assert "dashboard" not in pitch and "design system" not in pitch, pitch


def test_a_reading_or_learning_line_is_never_a_result(tmp_path, cli):
    for posting in (DATA_POSTING, SERVICES_POSTING):
        pitch = _pitch(tmp_path, cli, posting=posting)
        assert "documentation" not in pitch and "learned" not in pitch, pitch
        assert "conference" not in pitch and "read up" not in pitch, pitch
    # a reading line that names what the posting asks, with a figure, is still no result: without the rule it was
    # said as "There I read the Kafka documentation and learned ..."
    asked = RESUME.replace(
        "- Read the internal documentation and learned the team's deployment process",
        "- Read the Kafka documentation and learned to design event-driven microservices for 12 teams")
    pitch = _pitch(tmp_path, cli, resume=asked, posting=SERVICES_POSTING)
    assert "documentation" not in pitch and "learned" not in pitch, pitch
    assert "architected and maintained event-driven microservices" in pitch, pitch


def test_a_tool_tail_is_dropped_but_for_the_tools_the_posting_asks(tmp_path, cli):
    pitch = _pitch(tmp_path, cli, posting=SERVICES_POSTING)
    # the posting asks for Kafka: it stays; Go, Docker and Terraform are the résumé's to list
    assert "architected and maintained event-driven microservices on AWS using Kafka" in pitch, pitch
    for tool in ("Docker", "Terraform", "Go,", "Go and"):
        assert tool not in pitch, pitch


def test_an_employers_results_are_one_sentence_with_no_scaffold(tmp_path, cli):
    pitch = _pitch(tmp_path, cli)
    # "There I A and B" after the intro names the employer, never one scaffold per result
    assert re.search(r"Quillfeather\. There I led the migration [^.]+, and mentored 3 junior developers", pitch), pitch
    for scaffold in ("On delivery", "On the people side", "On the systems side", "Alongside that", "At Quillfeather"):
        assert scaffold not in pitch, pitch


def test_the_intro_says_the_post_held_and_for_how_long(tmp_path, cli):
    pitch = _pitch(tmp_path, cli)
    # Jan 2022 to the brief's pinned date (Nov 2025) is 3 years 11 months; the career since Jun 2019 over 6 years
    assert pitch.startswith("I have over 6 years of experience, most recently nearly 4 years as a Senior Software "
                            "Engineer at Quillfeather."), pitch


def test_the_reason_to_join_is_linked_to_the_resume_when_it_shows_the_postings_domain(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, DATA_POSTING)
    pitch = _pitch(tmp_path, cli)
    assert "Having worked in IoT at Marlpit Sensors, I'm drawn to Tarnwick because it builds fleet telematics" in pitch
    assert "link: Software Engineer, Marlpit Sensors, line" in brief
    # never the equal-opportunity or benefits text
    assert "opportunity" not in pitch and "benefits" not in pitch, pitch


def test_no_link_when_the_resume_does_not_show_the_postings_domain(tmp_path, cli):
    pitch = _pitch(tmp_path, cli, posting=SERVICES_POSTING)
    assert "Having worked in" not in pitch, pitch
    assert "I'm drawn to Farrowdale because it builds booking software for independent cinemas." in pitch, pitch
    # the same posting about another industry: the IoT line is the résumé's, but the posting names no IoT
    other = DATA_POSTING.replace("fleet telematics for 300,000 connected machines, turning IoT telemetry into "
                                 "maintenance plans", "payroll software for construction firms")
    pitch = _pitch(tmp_path, cli, posting=other)
    assert "Having worked in" not in pitch and "I'm drawn to Tarnwick because it builds payroll" in pitch, pitch


def test_a_first_post_managing_people_is_said_once_plainly(tmp_path, cli):
    pitch = _pitch(tmp_path, cli)
    assert ("To be upfront: the Engineering Manager role would be my first post managing people; I'd like to "
            "understand what it needs most.") in pitch, pitch
    assert pitch.count("managing people") == 1 and pitch.count("upfront") == 1, pitch
    # a role at the candidate's level has no gap to name
    assert "upfront" not in _pitch(tmp_path, cli, posting=SERVICES_POSTING)


def test_the_pitch_is_a_minute_and_every_sentence_is_cited(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, DATA_POSTING)
    pitch = _pitch(tmp_path, cli)
    assert 130 <= len(pitch.split()) <= 160, pitch
    assert "left out of this brief" not in brief
