"""Issue 12 (brief s7 "cards"): STAR cards and quotes from the right lines, in grammatical English, quoted whole.

Blind comparers quoted six kinds of defect, each shown here on an invented résumé and posting run through the CLI
(or the drafting stage where the card that shows it depends on the ranking): a training course attended told as
work and as a senior-level story; a list of technologies told after its lead-in's verb ("I worked Node.js, ...");
a degree quoted up to its comma; a quote pasting an unrelated sentence; a value listed twice; verbs of one list in
two forms and a sentence cut inside a list.
"""
from __future__ import annotations

import datetime as dt
import re

from tests.conftest import markdown_brief, pitch_of

POSTING = """Senior Backend Engineer
Halyard Works · Austin, TX

About Halyard Works
Halyard Works builds freight software for shippers.

Responsibilities
- Design and build Node.js services on Kafka and MongoDB
- Mentor engineers and lead design reviews
- Work in an agile team with weekly releases

Requirements
- 5+ years building backend services
- Experience with Node.js, MongoDB, Kafka and Docker
- Agile experience
- Bachelor's degree in engineering or computer science
- You will partner with the data platform and internal developer platform teams, who run our Kafka clusters and \
streaming jobs across three regions for every product team. You will manage four engineering managers over time as \
the team grows past forty engineers.
"""

TRAINING = ("As an intern, I participated in a training program led by company experts on agile, Scrum, leadership "
            "and code review")
COURSE = "Attended a course on system design and mentoring junior developers"
TEACHING = "Ran weekly training sessions on code review for 12 engineers"

RESUME = f"""# Dana Whitlow

dana@example.com · Chicago, IL

## Experience

### Senior Software Engineer — Corvid Freight
Chicago, IL · Mar 2021 – Present
- Designed and building a web-based chat client for dispatchers used by 3,000 drivers
- Lead our engineering team to implement synthetic, real-user and log-based monitoring of every checkout service
- Cut p95 API latency from 900 ms to 180 ms by caching carrier quotes in Redis
- {TEACHING}

### Software Engineering Intern — Bellwether Labs
Dallas, TX · Jun 2019 – Dec 2020
- {TRAINING}
- {COURSE}
- Built an internal dashboard in React for the support team

## Education

Bachelor of Engineering,
Automatic Control and Robotics
University of Texas at Dallas, 2015 – 2019
"""


def _brief(tmp_path, cli, resume: str = RESUME, posting: str = POSTING) -> str:
    return markdown_brief(tmp_path, cli, resume, posting)


def _cards(text: str) -> str:
    return text.split("## STAR stories", 1)[1].split("\n## ", 1)[0]


def _quotes(text: str) -> list[str]:
    return re.findall(r"“([^”]*)”", text)


def test_a_training_course_attended_is_no_demonstrated_skill_and_no_story(tmp_path, cli):
    text = _brief(tmp_path, cli)
    # agile is named only on the training line: listed there, never shown by what was done
    assert not re.search(r"^- agile \(demonstrated\)", text, re.M)
    assert re.search(r"^- agile \(listed\)", text, re.M)
    cards, stories = _cards(text), text.split("### Your eight stories", 1)[1].split("###", 1)[0]
    for learnt in (TRAINING, COURSE):
        assert learnt not in cards and learnt not in stories
    assert "participated in" not in pitch_of(text) and "attended" not in pitch_of(text).lower()
    # giving training is work, and may tell the mentoring story
    assert TEACHING in cards


def test_a_learning_line_is_told_from_the_line_and_its_role():
    from tailor.entries import is_learning

    assert is_learning(TRAINING) and is_learning(COURSE)
    assert is_learning("Completed an online course in Kubernetes administration")
    assert not is_learning(TEACHING)
    assert not is_learning("Took ownership of training pipelines for the ranking models")
    assert not is_learning("Attended customer meetings to gather requirements")
    # a line opening on a course is learning in an intern's post, not in a senior engineer's
    assert is_learning("Training in Scrum and code review", internship=True)
    assert not is_learning("Training pipeline for the ranking models, 40 GPUs")


TOOLS = """# Rui Matos

rui@example.com · Porto, Portugal

## Experience

### Backend Developer — Lontra Apps
Porto, Portugal · Jan 2022 – Present
- Technologies I worked with: Node.js, Jest, MongoDB, Docker, microservices, REST APIs, Kafka, AWS
- Scaled the booking API to 2,000 requests per second
"""


def test_a_list_of_technologies_is_no_story_line(tmp_path):
    """The stage that picks a card's line: a list under its label ("Technologies I worked with: ...") is no line a
    story is told from (brief s7 "techline": told as "I used Node.js, MongoDB and Docker" it was still no action of
    the candidate's), while the role's line of work beside it is."""
    from tailor.draft.star import _pool, _tellable, _told
    from tailor.draft.words import _Context, _Item, _own_item
    from tailor.fit import asked_skills
    from tailor.pipeline import analyse_resume, load_extractor, prepare_brief

    (tmp_path / "resume.md").write_text(TOOLS, "utf-8")
    (tmp_path / "job.txt").write_text(POSTING, "utf-8")
    extractor, today = load_extractor(), dt.date(2026, 11, 1)
    candidate = analyse_resume(tmp_path / "resume.md", today, extractor)
    brief = prepare_brief(candidate, tmp_path / "job.txt", today, extractor)
    items = tuple(_own_item(brief.resume, _Item(r, b)) for r in brief.resume.roles for b in r.bullets)
    asked = asked_skills(brief.posting_skills)
    ctx = _Context(brief.resume, brief.resume_skills, brief.posting, asked, brief.fit, items)
    listed = next(i for i in _pool(ctx) if i.citation().text.startswith("Technologies I worked with"))
    assert not _tellable(listed)
    assert "worked Node.js" not in _told(listed)
    scaled = next(i for i in _pool(ctx) if i.bullet.text.startswith("Scaled the booking API"))
    assert _tellable(scaled)


def test_a_degree_is_quoted_with_its_field_never_up_to_its_comma(tmp_path, cli):
    text = _brief(tmp_path, cli)
    assert "“Bachelor of Engineering, Automatic Control and Robotics”" in text
    assert not any(q.rstrip().endswith(",") for q in _quotes(text))


def test_a_quote_keeps_to_the_sentence_that_holds_its_term(tmp_path, cli):
    text = _brief(tmp_path, cli)
    pasted = [q for q in _quotes(text) if "platform" in q and "You will manage" in q]
    assert not pasted, pasted


def test_a_clip_keeps_to_one_sentence_and_a_list_whole():
    from tailor.checks import clip_around

    line = ("You will partner with the data platform and internal developer platform teams. You will manage four "
            "engineering managers over time as the team grows past forty engineers and runs Kafka for every team.")
    at = line.index("data platform")
    said = clip_around(line, [(at, at + 13)])
    assert said == "You will partner with the data platform and internal developer platform teams."
    # terms in both sentences keep both
    kafka = line.index("Kafka")
    assert "You will manage" in clip_around(line, [(at, at + 13), (kafka, kafka + 5)])
    # "e.g." ends no sentence
    line = ("Experience with streaming tools, e.g. Kafka or Pulsar, and with large data platforms serving many product "
            "teams across regions. You will manage four engineering managers as the team grows past forty engineers.")
    assert clip_around(line, [(line.index("Kafka"), line.index("Kafka") + 5)]).startswith("Experience with streaming")
    line = ("Bachelor of Engineering, Automatic Control and Robotics, Silesian University of Technology, Gliwice, "
            "Poland, 2012 to 2016")
    assert "Bachelor of Engineering, Automatic Control and Robotics" in clip_around(line, [(0, 23)], 7)


AUSTIN = POSTING.replace("Agile experience", "Work authorization: Austin, TX.\n- Location: austin,  TX")


def test_a_value_the_posting_prints_twice_is_said_once(tmp_path, cli):
    text = _brief(tmp_path, cli, posting=AUSTIN)
    said = [(a, b) for a, b in re.findall(r"“([^”]+)” and “([^”]+)”", text)]
    same = [(a, b) for a, b in said if re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())]
    assert not same, same
    assert "ask the recruiter what the posting's" in text


def test_a_list_of_verbs_takes_its_first_verbs_form_and_no_sentence_is_cut_inside_a_list(tmp_path, cli):
    text = _brief(tmp_path, cli)
    said = "\n".join((pitch_of(text), _cards(text)))
    assert "designed and built a web-based chat client" in said
    assert not re.search(r"\b[a-z]+ed and [a-z]+ing\b", said)
    assert "synthetic." not in said and "synthetic …" not in text
    assert "implement synthetic, real-user and log-based monitoring of every checkout service" in said
