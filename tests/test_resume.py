"""Stage 2, parse: Document -> Resume (sections, contact, roles, dates, years, metrics, JSON Resume round trip)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from tailor.errors import ContentError
from tailor.jsonresume import to_json_resume
from tailor.model import DocKind, Document, Line, MetricKind, SectionKind
from tailor.read import read_document, text_lines
from tailor.resume import find_dates, find_metrics, parse_resume, section_kind

TODAY = dt.date(2024, 6, 1)


def _doc(text: str, date: dt.date | None = None) -> Document:
    return Document("r.txt", DocKind.TEXT, tuple(text_lines(text)), date=date)


def _roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(r.title, r.company, r.start, r.end) for r in parse_resume(_doc(text), TODAY).roles]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2019 – Present", "2019-01", "present"),
        ("January 2019 - Current", "2019-01", "present"),
        ("01/2019 to 03/2021", "2019-01", "2021-03"),
        ("2019-01 — 2020-12", "2019-01", "2020-12"),
        ("2016-2018", "2016", "2018"),
        ("’19 – Now", "2019", "present"),
        ("Summer 2012 and 2013", "2012", "2013"),
        ("Sept 2015 - Till date", "2015-09", "present"),
        ("June - August 2017", "2017-06", "2017-08"),
        ("05/15 ⇒ 01/18", "2015-05", "2018-01"),
        ("July2018-Present", "2018-07", "present"),
        ("2018- Acme", "2018", "present"),
        ("March 2017", "2017-03", "2017-03"),
    ],
)
def test_resume_date_forms(text: str, start: str, end: str) -> None:
    dates = find_dates(text, TODAY)
    assert dates is not None and (dates.start, dates.end) == (start, end)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("EXPERIENCE", SectionKind.EXPERIENCE),
        ("Work History", SectionKind.EXPERIENCE),
        ("Professional Experience", SectionKind.EXPERIENCE),
        ("Employment", SectionKind.EXPERIENCE),
        ("Skills & Tools", SectionKind.SKILLS),
        ("Technical Skills", SectionKind.SKILLS),
        ("📚 Education", SectionKind.EDUCATION),
        ("Projects", SectionKind.PROJECTS),
        ("Leadership", SectionKind.LEADERSHIP),
        ("Publications", SectionKind.PUBLICATIONS),
        ("Honors & Awards", SectionKind.AWARDS),
        ("Certifications", SectionKind.CERTIFICATIONS),
        ("Profile", SectionKind.SUMMARY),
        ("About", SectionKind.SUMMARY),
        ("Volunteering", SectionKind.LEADERSHIP),
        ("Staff Engineer", None),
    ],
)
def test_resume_section_kinds(heading: str, kind: SectionKind | None) -> None:
    assert section_kind(heading) is kind


def test_resume_company_then_title_on_next_line() -> None:
    text = """Ann Lee
ann@example.com | +44 20 7946 0958
EXPERIENCE
Acme Corp | London, UK
Staff Engineer    Jan 2019 – Present
- Cut p99 latency from 900 ms to 120 ms
Globex
Software Engineer    2015 – 2018
- Led a team of 8 engineers
EDUCATION
BSc Computer Science, 2014
"""
    assert _roles(text) == [
        ("Staff Engineer", "Acme Corp", "2019-01", "present"),
        ("Software Engineer", "Globex", "2015", "2018"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "company"),
    [
        ("Staff Engineer — Acme, 2019 – 2021", "Staff Engineer", "Acme"),
        ("Staff Engineer, Acme   2019 – 2021", "Staff Engineer", "Acme"),
        ("Staff Engineer at Acme (2019 – 2021)", "Staff Engineer", "Acme"),
        ("2019-2021    Acme ------------- Boston, MA", None, "Acme"),
    ],
)
def test_resume_header_forms(line: str, title: str | None, company: str) -> None:
    roles = _roles(f"Ann Lee\nann@example.com\nEXPERIENCE\n{line}\n- did things\n")
    assert roles == [(title, company, "2019", "2021")]


def test_resume_several_titles_under_one_company() -> None:
    text = ("Ann Lee\nann@x.io\nExperience\nAcme (2015 – 2021)\nSenior Engineer\n2018 – 2021\n- a\n"
            "Engineer\n2015 – 2018\n- b\n")
    assert _roles(text) == [("Senior Engineer", "Acme", "2018", "2021"), ("Engineer", "Acme", "2015", "2018")]


def test_resume_years_union_without_internships_and_as_of() -> None:
    text = (
        "Ann Lee\nann@x.io\nExperience\nEngineer, Acme  Jan 2010 – Dec 2014\nConsultant, Beta  Jan 2012 – Dec 2012\n"
        "Software Engineering Intern, Gamma  Jun 2008 – Aug 2008\nEngineer, Delta  Jan 2016 – Present\n"
    )
    resume = parse_resume(_doc(text, date=dt.date(2020, 1, 1)), TODAY)
    assert resume.as_of == dt.date(2020, 1, 1)
    assert [r.internship for r in resume.roles] == [False, False, True, False]
    assert resume.years_experience == pytest.approx(9.0, abs=0.1)


def test_resume_contact_and_lower_case_name() -> None:
    resume = parse_resume(
        _doc(
            "ron. adams\nsomerville MA  ron@example.pub  github.com/ron\n(555) 010-0199\n"
            "EXPERIENCE\n2018-2020  Acme ---- Boston, MA\n"
        ),
        TODAY,
    )
    c = resume.contact
    assert (c.name, c.email, c.phone) == ("Ron. Adams", "ron@example.pub", "(555) 010-0199")
    assert "github.com/ron" in c.links


def test_resume_bullets_joined_and_metrics() -> None:
    text = (
        "Ann Lee\nann@x.io\nExperience\nEngineer, Acme  2019 – 2021\n• Grew revenue $1.2M and users\nto 40k customers\n"
    )
    role = parse_resume(_doc(text), TODAY).roles[0]
    assert [b.text for b in role.bullets] == ["Grew revenue $1.2M and users to 40k customers"]
    assert [(m.text, m.kind) for m in role.bullets[0].metrics] == [
        ("$1.2M", MetricKind.MONEY),
        ("40k customers", MetricKind.USERS),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("cut costs by 35%", MetricKind.PERCENT),
        ("3x faster", MetricKind.MULTIPLIER),
        ("saved €300k", MetricKind.MONEY),
        ("p99 under 200 ms", MetricKind.LATENCY),
        ("served 2M users", MetricKind.USERS),
        ("a team of 8", MetricKind.TEAM),
        ("hired 12 engineers", MetricKind.TEAM),
        ("saved 10 hours a week", MetricKind.TIME),
        ("1,200,000 rows", MetricKind.COUNT),
    ],
)
def test_resume_metric_kinds(text: str, kind: MetricKind) -> None:
    assert kind in [m.kind for m in find_metrics(text)]


def test_resume_report_warns_on_unknown_section_and_missing_roles() -> None:
    resume = parse_resume(_doc("Ann Lee\nann@x.io\nSKILLS\nPython\nHOBBIES GALORE\nchess\n"), TODAY)
    warnings = " ".join(resume.report.warnings)
    assert "unrecognised section" in warnings and "no roles found" in warnings
    assert resume.sections[-1].kind is SectionKind.OTHER and "email" in resume.report.found


def test_resume_nothing_usable_is_content_error() -> None:
    with pytest.raises(ContentError):
        parse_resume(Document("r.txt", DocKind.TEXT, (Line("12345"),)), TODAY)


def test_resume_docx_roles_in_a_table(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Ann Lee")
    d.add_paragraph("ann@example.com")
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "EXPERIENCE"
    table.cell(0, 1).text = "Software Engineer"
    table.cell(1, 0).text = "EXPERIENCE"
    table.cell(1, 1).text = "August 2018 - Present"
    table.cell(2, 1).text = "Acme Inc | New York, NY"
    path = tmp_path / "r.docx"
    d.save(str(path))
    resume = parse_resume(read_document(path), TODAY)
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == [
        ("Software Engineer", "Acme Inc", "2018-08", "present")
    ]


def test_resume_json_resume_round_trip(tmp_path: Path) -> None:
    text = (
        "Ann Lee\nann@example.com | +1 555 010 0000\nEXPERIENCE\nStaff Engineer, Acme  Jan 2019 – Present\n"
        "- Cut cost 30%\nEngineer, Globex  2015 – 2018\n- Built things\n"
    )
    first = parse_resume(_doc(text), TODAY)
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(to_json_resume(first)), "utf-8")
    again = parse_resume(read_document(path), TODAY)
    assert again.contact.name == first.contact.name and again.contact.email == first.contact.email
    assert again.contact.phone == first.contact.phone
    assert [(r.title, r.company, r.start, r.end) for r in again.roles] == [
        (r.title, r.company, r.start, r.end) for r in first.roles
    ]
    assert [b.text for b in again.roles[0].bullets] == ["Cut cost 30%"]


@pytest.mark.parametrize(
    "wrapped",
    [
        "• Added caching, cutting load by 45% during peaks of\n3,000 requests/s.",  # a figure after a dangling "of"
        "• Chose Datadog over a self-hosted\nPrometheus stack, saving $310K a year.",  # a capital after a bullet
    ],
)
def test_resume_wrapped_bullet_joined_whatever_its_next_line_starts_with(wrapped: str) -> None:
    text = f"Ann Lee\nann@x.io\nExperience\nEngineer, Acme  2019 – 2021\n{wrapped}\n• Mentored 3 engineers.\n"
    role = parse_resume(_doc(text), TODAY).roles[0]
    assert [b.text for b in role.bullets] == [wrapped.lstrip("• ").replace("\n", " "), "Mentored 3 engineers."]


def test_resume_location_line_under_the_header_is_not_a_bullet() -> None:
    text = "Ann Lee\nann@x.io\nExperience\nEngineer, Acme  2019 – 2021\nDenver, CO\n• Built the billing service.\n"
    role = parse_resume(_doc(text), TODAY).roles[0]
    assert role.location == "Denver, CO"
    assert [b.text for b in role.bullets] == ["Built the billing service."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates on the line below "Title, Company", with a place after them
        (
            "Work History\nSenior Engineering Manager, Carebridge Health\n"
            "Jan. 2022 – Present · Boston, MA\n- Led 3 teams.\n",
            [("Senior Engineering Manager", "Carebridge Health", "2022-01", "present")],
        ),
        # LinkedIn export: Company / Title / dates (duration) / place, a second title under the same company
        (
            "Experience\nParcelio\nDirector of Engineering\nMarch 2021 - Present (1 year 3 months)\n"
            "London, England, United Kingdom\nLed 7 teams.\nEngineering Manager\n"
            "January 2019 - March 2021 (2 years 3 months)\nLondon, England, United Kingdom\n",
            [
                ("Director of Engineering", "Parcelio", "2021-03", "present"),
                ("Engineering Manager", "Parcelio", "2019-01", "2021-03"),
            ],
        ),
        # ALL CAPS title, then "Company, City, ST    MM/YYYY - MM/YYYY"
        (
            "WORK EXPERIENCE\nSENIOR DATA ENGINEER\nQuillmark Insurance, Hartford, CT      03/2020 - Present\n"
            "- Built a lake.\n",
            [("SENIOR DATA ENGINEER", "Quillmark Insurance", "2020-03", "present")],
        ),
    ],
)
def test_resume_hard_header_layouts(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _roles(text) == expected


def test_resume_sub_list_named_like_a_section_stays_in_the_role() -> None:
    lines = (
        Line("Ann Lee", heading=True),
        Line("PROFESSIONAL EXPERIENCE", heading=True),
        Line("Allegro — Warsaw"),
        Line("Principal Engineer | Oct 2020 – Present"),
        Line("Owned search.", bullet=True),
        Line("Selected Projects"),
        Line("Search re-platforming in Rust.", bullet=True),
        Line("Comarch — Kraków"),
        Line("Software Engineer | Jul 2012 – Jan 2016"),
        Line("EDUCATION", heading=True),
        Line("AGH, 2012"),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [s.heading for s in resume.sections if s.heading] == ["PROFESSIONAL EXPERIENCE", "EDUCATION"]
    assert [(r.title, r.company) for r in resume.roles] == [
        ("Principal Engineer", "Allegro"),
        ("Software Engineer", "Comarch"),
    ]


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Aarhus | +45 31 22 48 90", "+45 31 22 48 90"),
        ("Lyon · +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("Oslo • +47 912 34 567", "+47 912 34 567"),
    ],
)
def test_resume_international_phone_groups(line: str, phone: str) -> None:
    resume = parse_resume(_doc(f"Ann Lee\nann@example.com\n{line}\nExperience\nEngineer, Acme | 2019 - 2021\n"), TODAY)
    assert resume.contact.phone == phone


def test_resume_name_set_large_beats_a_sidebar_and_caps_name_is_title_cased() -> None:
    lines = (
        Line("Contact", heading=True),
        Line("ann@example.com"),
        Line("Top Skills"),
        Line("Distributed Systems"),
        Line("Magdalena Wójcik", heading=True),
        Line("Experience", heading=True),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert resume.contact.name == "Magdalena Wójcik"
    assert parse_resume(_doc("PRIYA RAGHUNATHAN\npriya@example.com\n"), TODAY).contact.name == "Priya Raghunathan"
