"""Issues 12/13 (brief s8 "reading6"): reading faults the blind review found on real résumés, each shown on an
invented résumé and read through the stage and through the CLI as a user sees it (the exported JSON Resume)."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tailor.dates import find_dates
from tailor.model import DocKind, Document, SectionKind
from tailor.read import read_document, text_lines
from tailor.resume import parse_resume, section_kind
from tests.conftest import Run, exported_resume, work_of, written

TODAY = dt.date(2025, 1, 1)


_work, _write = work_of, written


# --- 1. a heading with a qualifier before a known section's name ------------------------------------------------

QUALIFIED = """Dana Quill
dana.quill@example.org | +1 555 0100 | Springfield

Selected Experience

Engineering Manager, Northwind Logistics
Jan 2019 – Present
- Led a team of 9 engineers building the routing platform

Senior Software Engineer, Bluefin Analytics
Mar 2015 – Dec 2018
- Built the ingestion pipeline in Python and Kafka

Other Skills
Python, Kafka, PostgreSQL, Kubernetes

Recent Education
BSc Computer Science, State University, 2014
"""


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Selected Experience", SectionKind.EXPERIENCE),
        ("Recent Projects", SectionKind.PROJECTS),
        ("Relevant Work Experience", SectionKind.EXPERIENCE),
        ("Professional Certifications", SectionKind.CERTIFICATIONS),
        ("Other Skills", SectionKind.SKILLS),
        ("Selected Publications", SectionKind.PUBLICATIONS),
        ("Selected Acme", None),  # a qualifier alone names no section
        ("Selected", None),
    ],
)
def test_a_qualified_heading_names_the_section_it_qualifies(heading: str, kind: SectionKind | None) -> None:
    assert section_kind(heading) is kind


def test_selected_experience_is_a_heading_not_contact_lines(tmp_path: Path, cli: Callable[..., Run]) -> None:
    resume = parse_resume(read_document(_write(tmp_path, "cv.txt", QUALIFIED)), TODAY)
    kinds = {s.heading: s.kind for s in resume.sections}
    assert kinds["Selected Experience"] is SectionKind.EXPERIENCE
    contact = next(s for s in resume.sections if s.kind is SectionKind.CONTACT)
    assert contact.last_line < 3  # the contact block ends before the heading, not at the next known one
    exported = exported_resume(tmp_path, cli, tmp_path / "cv.txt")
    assert _work(exported) == [
        ("Engineering Manager", "Northwind Logistics", "2019-01", None),
        ("Senior Software Engineer", "Bluefin Analytics", "2015-03", "2018-12"),
    ]


# --- 6. a range joined by a spaced slash, and quarters --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2020-01 / 2022-03", "2020-01", "2022-03"),
        ("01/2020 / 03/2022", "2020-01", "2022-03"),
        ("2017 / 2019", "2017", "2019"),
        ("Q1 2019 – Q3 2020", "2019-01", "2020-09"),
        ("Q2 2021 - Present", "2021-04", "present"),
        ("03/2019", "2019-03", "2019-03"),  # unspaced, the slash is inside one date
    ],
)
def test_slash_and_quarter_ranges(text: str, start: str, end: str) -> None:
    dates = find_dates(text)
    assert dates is not None and (dates.start, dates.end) == (start, end)


SLASHED = """Rui Okafor
rui.okafor@example.org

Experience

Platform Engineer, Tidewater Freight
2020-01 / 2022-03
- Moved the billing jobs to Kubernetes

Software Engineer, Lantern Health
Q1 2017 – Q4 2019
- Built the claims API in Go
"""


def test_slash_and_quarter_ranges_reach_the_export(tmp_path: Path, cli: Callable[..., Run]) -> None:
    exported = exported_resume(tmp_path, cli, _write(tmp_path, "cv.md", SLASHED))
    assert _work(exported) == [
        ("Platform Engineer", "Tidewater Freight", "2020-01", "2022-03"),
        ("Software Engineer", "Lantern Health", "2017-01", "2019-12"),
    ]


# --- 3. a JSON Resume's spoken languages --------------------------------------------------------------------

SPOKEN = {
    "basics": {"name": "Ines Varga", "email": "ines@example.org"},
    "work": [
        {
            "name": "Harbor Mobility",
            "position": "Engineering Manager",
            "startDate": "2019-04",
            "highlights": ["Led 3 teams building the fleet dispatch platform in Python"],
        }
    ],
    "languages": [
        {"language": "Spanish", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Professional working proficiency"},
    ],
}

MADRID_POSTING = """Engineering Manager, Dispatch Platform
Harbor Freight Tech, Madrid, Spain

About the role
We are hiring an engineering manager to lead the team that builds our dispatch platform. You will work with
drivers, operations staff and partners across Spain and Germany, hire engineers and run delivery.

Requirements
- 5+ years of software engineering, 2+ years managing engineers
- Fluent Spanish
- German is a plus
- Experience with Python services in production
"""


def test_json_resume_languages_are_read_as_spoken_languages(tmp_path: Path, cli: Callable[..., Run]) -> None:
    resume = _write(tmp_path, "me.json", json.dumps(SPOKEN, indent=2))
    lines = [ln.text for ln in read_document(resume).lines if ln.text]
    assert lines[-3:] == ["Languages", "Spanish (Native speaker)", "German (Professional working proficiency)"]
    job = _write(tmp_path, "job.txt", MADRID_POSTING)
    run = cli(resume, job, "-o", tmp_path / "brief.json", "--format", "json")
    assert run.exit_code == 0, run.stderr
    skills = json.loads((tmp_path / "brief.json").read_text("utf-8"))["fit"]["skills"]
    shown = {s["name"]: (s["shown_by"] or {}).get("text") for s in skills}
    assert shown["Spanish"] == "Spanish (Native speaker)"
    assert shown["German"] == "German (Professional working proficiency)"


# --- 5. a career summary with an open date, and a section of achievements with years but no role ------------

CAREER = """# Marek Stone
marek.stone@example.org | +44 20 7946 0000

## Experience

Since 2013 — worked for many companies in various business domains

**Staff Engineer, Cobalt Payments**
Feb 2020 – Present
- Designed the ledger service handling 2M transactions per day

**Software Engineer, Quayside Media**
Jun 2014 – Jan 2020
- Built the video transcoding pipeline

## Good Moments in Life
- Ran a marathon in 3h 40m in 2019
- Raised $12,000 for a local shelter in 2021

## Education
BSc Physics, Northgate University, 2014
"""


def test_a_career_sentence_is_no_role_and_a_section_of_dated_feats_stands_apart(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    path = _write(tmp_path, "cv.md", CAREER)
    resume = parse_resume(read_document(path), TODAY)
    assert [s.heading for s in resume.sections if s.kind is SectionKind.OTHER] == ["Good Moments in Life"]
    exported = exported_resume(tmp_path, cli, path)
    assert _work(exported) == [
        ("Staff Engineer", "Cobalt Payments", "2020-02", None),
        ("Software Engineer", "Quayside Media", "2014-06", "2020-01"),
    ]
    quayside = exported["work"][1]["highlights"]
    assert quayside == ["Built the video transcoding pipeline"]  # the marathon is not a line of the job


def test_a_bullet_with_a_year_under_an_entry_header_still_leaves_it_an_entry() -> None:
    # the other side of the rule: a caps line over a dated header line stays the entry's, not a heading
    text = "EXPERIENCE\n\nACME ROBOTICS\nStaff Engineer | 2019 – 2022\n- Shipped the planner in 2020\n"
    resume = parse_resume(Document("r.txt", DocKind.TEXT, tuple(text_lines(text))), TODAY)
    assert [(r.title, r.company) for r in resume.roles] == [("Staff Engineer", "ACME ROBOTICS")]
    assert [s.heading for s in resume.sections] == ["EXPERIENCE"]


# --- 4. a heading of the candidate's own, led by a pictograph or in capitals like the others ------------------

PICTOGRAPHS = """Lena Fischer
lena.fischer@example.org | +49 30 1234567

💼 Experience

Senior Backend Engineer, Alder Systems
Mar 2019 – Present
- Rebuilt the order service in Go, cutting p99 latency by 60%

🧰 Skills
Python, Go, PostgreSQL, Terraform

🌱 Side Quests
Trailmap, a hiking route planner in Rust used by 5,000 people
Kiln, a static site generator in Haskell

🎓 Education
MSc Informatics, Rhine Technical University, 2018
"""


@pytest.mark.parametrize(
    "text",
    [PICTOGRAPHS, PICTOGRAPHS.replace("🌱 Side Quests", "SIDE QUESTS")],
    ids=["pictograph", "capitals"],
)
def test_an_unknown_heading_set_like_the_others_starts_a_section_of_its_own(
    tmp_path: Path, cli: Callable[..., Run], text: str
) -> None:
    path = _write(tmp_path, "cv.txt", text)
    sections = parse_resume(read_document(path), TODAY).sections
    assert [s.kind for s in sections][1:] == [
        SectionKind.EXPERIENCE,
        SectionKind.SKILLS,
        SectionKind.OTHER,
        SectionKind.EDUCATION,
    ]
    skills = exported_resume(tmp_path, cli, path)["skills"]
    assert [k for group in skills for k in group["keywords"]] == ["Python", "Go", "PostgreSQL", "Terraform"]


def test_a_pictograph_led_achievement_is_no_heading_where_headings_are_not_so_led() -> None:
    text = "Experience\n\nStaff Engineer, Acme\n2019 – 2022\n✅ Shipped it\n\nSkills\nPython, Go\n"
    sections = parse_resume(Document("r.txt", DocKind.TEXT, tuple(text_lines(text))), TODAY).sections
    assert [s.heading for s in sections] == ["Experience", "Skills"]


# --- 2. a degree line under a name a LaTeX PDF printed without its space ---------------------------------------


def _latex_like_pdf(path: Path, name: str) -> Path:
    """A one-page PDF set like a LaTeX résumé: the name large, the degree under it, then the sections."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0
    for font, size, text, gap in [
        ("Times-Bold", 22, name, 22),
        ("Times-Roman", 13, "MSc Computer Science", 18),
        ("Times-Roman", 10, "hello@example.dev | +1 555 0199 | Toronto", 30),
        ("Times-Bold", 12, "Experience", 18),
        ("Times-Roman", 10, "Senior Data Engineer, Maple Grid Energy", 14),
        ("Times-Roman", 10, "Jan 2021 – Present", 14),
        ("Times-Roman", 10, "• Built the metering pipeline in Spark for 3M meters", 30),
        ("Times-Bold", 12, "Education", 18),
        ("Times-Roman", 10, "MSc Computer Science, University of Toronto, 2017", 14),
    ]:
        page.setFont(font, size)
        page.drawString(72, y, text)
        y -= gap
    page.save()
    return path


# "PriyaRaman" is parted at its change of case (brief s9 reading7: a readable name is never dropped); a run in
# capitals the candidate's address does not part stays no name, and the degree line still never becomes one
@pytest.mark.parametrize(
    ("printed", "name"), [("Priya Raman", "Priya Raman"), ("PriyaRaman", "Priya Raman"), ("PRIYARAMAN", None)]
)
def test_a_degree_line_is_never_the_name(
    tmp_path: Path, cli: Callable[..., Run], printed: str, name: str | None
) -> None:
    exported = exported_resume(tmp_path, cli, _latex_like_pdf(tmp_path / "cv.pdf", printed))
    assert exported["basics"].get("name") == name  # not "MSc Computer Science"
    assert _work(exported) == [("Senior Data Engineer", "Maple Grid Energy", "2021-01", None)]
