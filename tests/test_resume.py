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
from tailor.resume import find_dates, find_metrics, heading_kind, parse_resume, section_kind

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
        # issue 11: forms read on layouts never seen before
        ("Sep. 2023 – Mar. 2024", "2023-09", "2024-03"),
        ("Sept. 2019 - Present", "2019-09", "present"),
        ("Since 2019", "2019", "present"),
        ("Acme | Since March 2019", "2019-03", "present"),
        ("2019 – now", "2019", "present"),
        ("Fall 2019 – Spring 2021", "2019", "2021"),
        ("03/2019 - 11/2021", "2019-03", "2021-11"),
        ("01.2019 – 03.2021", "2019-01", "2021-03"),
        ("Jan-2019 – Mar-2020", "2019-01", "2020-03"),
        ("Jan 2019 - Present (5 years 2 months)", "2019-01", "present"),
        ("Feb 2020 – Ongoing", "2020-02", "present"),
        ("2018 – Till date", "2018", "present"),
        ("2019-06-01 - 2021-12-31", "2019-06", "2021-12"),
        ("Aug 2021 – Current", "2021-08", "present"),
        # a table cell whose title runs up to its dates with no space between
        ("Embedded Software Engineer2008-01-01 - 2010-02-28", "2008-01", "2010-02"),
        # months and two-digit years, read as a whole range only
        ("09-16 - 03-17", "2016-09", "2017-03"),
        ("11-19 - Now", "2019-11", "present"),
        ("04-98 – 10-01 Engineer | Acme", "1998-04", "2001-10"),
    ],
)
def test_resume_date_forms(text: str, start: str, end: str) -> None:
    dates = find_dates(text, TODAY)
    assert dates is not None and (dates.start, dates.end) == (start, end)


@pytest.mark.parametrize("text", ["03-17", "13-16 - 03-17", "12-20 - 01-19", "Tel 02-12 - 34-56", "09-16-03-17"])
def test_issue_11_two_digit_pairs_that_make_no_month_range_are_no_dates(text: str) -> None:
    # a lone "03-17" may be two years; a first number over 12 is no month; a range may not run backwards
    assert find_dates(text, TODAY) is None


def test_issue_11_since_in_a_sentence_is_no_open_range() -> None:
    dates = find_dates("I have also been a part-time lecturer in data modules since Jul 2021", TODAY)
    assert dates is not None and dates.end == "2021-07"


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
    text = (
        "Ann Lee\nann@x.io\nExperience\nAcme (2015 – 2021)\nSenior Engineer\n2018 – 2021\n- a\n"
        "Engineer\n2015 – 2018\n- b\n"
    )
    assert _roles(text) == [("Senior Engineer", "Acme", "2018", "2021"), ("Engineer", "Acme", "2015", "2018")]


def test_resume_years_union_without_internships_and_as_of() -> None:
    text = (
        "Ann Lee\nann@x.io\nExperience\nEngineer, Acme  Jan 2010 – Dec 2014\nConsultant, Beta  Jan 2012 – Dec 2012\n"
        "Software Engineering Intern, Gamma  Jun 2008 – Aug 2008\nEngineer, Delta  Jan 2016 – Present\n"
    )
    resume = parse_resume(_doc(text, date=dt.date(2020, 1, 1)), TODAY)
    assert resume.as_of == dt.date(2020, 1, 1)
    interns = {r.company: r.internship for r in resume.roles}
    assert interns == {"Acme": False, "Beta": False, "Gamma": True, "Delta": False}
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
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY, strict=False)
    assert resume.contact.name == "Magdalena Wójcik"
    assert parse_resume(_doc("PRIYA RAGHUNATHAN\npriya@example.com\n"), TODAY).contact.name == "Priya Raghunathan"


# --- issue 11: entry headers in every order, fields assigned by score ---------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Word: "Title- City, ST" with tab-aligned dates, under the company's line
        (
            "Northwind Traders\nLead Software Engineer- New York, NY\tJan 2019 – Present\n- Led 6 engineers.\n",
            [("Lead Software Engineer", "Northwind Traders", "2019-01", "present")],
        ),
        # job-portal export: "Company as Title"
        (
            "Kestrel Analytics as Senior Data Engineer   Mar 2018 - Feb 2021\n- Built pipelines.\n",
            [("Senior Data Engineer", "Kestrel Analytics", "2018-03", "2021-02")],
        ),
        # the employer printed once above several "Title – Product" roles
        (
            "Brightwave Labs\nSenior Engineer – Payments Platform   2019 – Present\n- Owned the ledger.\n"
            "Engineer – Search   2016 – 2019\n- Built ranking.\n",
            [
                ("Senior Engineer", "Brightwave Labs", "2019", "present"),
                ("Engineer", "Brightwave Labs", "2016", "2019"),
            ],
        ),
        # the same title repeated per project under one employer
        (
            "Orchid Consulting\nSoftware Engineer – Retail Portal   2020 – 2022\n- Built checkout.\n"
            "Software Engineer – Claims App   2018 – 2020\n- Built claims.\n",
            [
                ("Software Engineer", "Orchid Consulting", "2020", "2022"),
                ("Software Engineer", "Orchid Consulting", "2018", "2020"),
            ],
        ),
        # a promotion printed as one header
        (
            "Tideline | Senior Engineer → Engineering Manager | 2017 – 2022\n- Grew the team to 9.\n",
            [("Senior Engineer → Engineering Manager", "Tideline", "2017", "2022")],
        ),
        # dates alone in a left column, read before the title and the company
        (
            "Jan 2019 – Present\nStaff Engineer\nAcme Corp, Boston, MA\n- Built a thing.\n"
            "Mar 2015 – Dec 2018\nEngineer\nGlobex Ltd, Austin, TX\n- Built another.\n",
            [
                ("Staff Engineer", "Acme Corp", "2019-01", "present"),
                ("Engineer", "Globex Ltd", "2015-03", "2018-12"),
            ],
        ),
        # "Company   dates" then the title below
        (
            "Acme Corp    Jan 2019 – Present\nStaff Engineer\n- Built a thing.\n",
            [("Staff Engineer", "Acme Corp", "2019-01", "present")],
        ),
        # labelled fields, and a "Role:" line under an employer
        (
            "Company: Acme Technologies Pvt Ltd\nDesignation: Senior Software Engineer\nDuration: Jan 2019 – Present\n"
            "- Built.\nGlobex Ltd   2015 – 2018\nRole: Backend Developer\n- Did.\n",
            [
                ("Senior Software Engineer", "Acme Technologies Pvt Ltd", "2019-01", "present"),
                ("Backend Developer", "Globex Ltd", "2015", "2018"),
            ],
        ),
        # LinkedIn: the company's total time on a line of its own above the title
        (
            "Acme Corp\n5 years 2 months\nStaff Engineer\nJan 2019 - Present (5 years 2 months)\n"
            "Boston, Massachusetts, United States\nBuilt a thing.\n",
            [("Staff Engineer", "Acme Corp", "2019-01", "present")],
        ),
        # a company whose name ends in a full stop, and the place after the dates behind a bullet operator
        (
            "Software Engineer — Huangpu Cloud Technology Co., Ltd.\n2016.07 – 2019.02∙ Shanghai\n- Built storage.\n",
            [("Software Engineer", "Huangpu Cloud Technology Co., Ltd.", "2016-07", "2019-02")],
        ),
        # "Title | dates" with the company on the line below, not the last line of the entry above
        (
            "Backend Engineer | 02/2024 – now\nMatkassen AB, Stockholm\nBuild delivery-slot services\n"
            "Added contract testing between services\nBackend Engineering Intern | 06/2023 – 08/2023\n"
            "Spotwave AB, Stockholm\nWrote a tool for topic audits\n",
            [
                ("Backend Engineer", "Matkassen AB", "2024-02", "present"),
                ("Backend Engineering Intern", "Spotwave AB", "2023-06", "2023-08"),
            ],
        ),
        # a title with its team after a comma, then the company; a title with a comma beside the company
        (
            "Engineering Manager, Grid Platform, Nordlys Energi A/S | 04/2022 – now\n- Hired 14 engineers.\n"
            "Director of Engineering, Infrastructure | Loomwise (2019 – 2022)\n- Built the org.\n",
            [
                ("Engineering Manager, Grid Platform", "Nordlys Energi A/S", "2022-04", "present"),
                ("Director of Engineering, Infrastructure", "Loomwise", "2019", "2022"),
            ],
        ),
        # a long title with its team, then the company, over a place and the dates
        (
            "Senior Director of Engineering, Payments Platform and Developer Infrastructure — Brightpath Payments, Inc."
            "\nAustin, TX | Jun 2019 – Dec 2021\n- Owned the roadmap.\n",
            [
                (
                    "Senior Director of Engineering, Payments Platform and Developer Infrastructure",
                    "Brightpath Payments, Inc.",
                    "2019-06",
                    "2021-12",
                )
            ],
        ),
        # LaTeX: "Title   dates" then "Company   City, ST" below
        (
            "Backend Developer   June 2020 – Present\nHarbor Freightways   Austin, TX\n- Shipped APIs.\n"
            "Software Intern   May 2019 – Aug 2019\nCobalt Systems   Denver, CO\n- Fixed bugs.\n",
            [
                ("Backend Developer", "Harbor Freightways", "2020-06", "present"),
                ("Software Intern", "Cobalt Systems", "2019-05", "2019-08"),
            ],
        ),
    ],
)
def test_issue_11_header_orders(body: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _roles(f"Ann Lee\nann@example.com\nEXPERIENCE\n{body}EDUCATION\nBSc, 2012\n") == expected


def test_issue_11_town_goes_to_location_not_company() -> None:
    text = "Ann Lee\nann@x.io\nExperience\nSenior Engineer | Berlin, Germany | 2019 – 2022\n"
    roles = parse_resume(_doc(text), TODAY).roles
    assert [(r.title, r.company, r.location) for r in roles] == [("Senior Engineer", None, "Berlin, Germany")]


def test_issue_11_title_without_title_words_follows_the_other_entries() -> None:
    text = (
        "Ann Lee\nann@x.io\nExperience\nAcme | Staff Engineer | 2019 – 2022\nGlobex | Senior Engineer | 2016 – 2019\n"
        "Initech | Data Wrangler | 2014 – 2016\n"
    )
    assert _roles(text)[-1] == ("Data Wrangler", "Initech", "2014", "2016")


@pytest.mark.parametrize(
    "entry",
    [
        "Project: Claims Portal | Client: Lakeshore Mutual   Jan 2019 – Mar 2020\nRole: Backend Developer\n",
        "BSc Computer Science, University of Leeds   2008 – 2011\n",
        "Best Paper Award, Data Systems Conference   2019\n",
    ],
)
def test_issue_11_things_that_look_like_roles_are_not(entry: str) -> None:
    text = f"Ann Lee\nann@x.io\nExperience\nEngineer, Acme   2019 – 2022\n- Built things.\n{entry}"
    assert _roles(text) == [("Engineer", "Acme", "2019", "2022")]


def test_issue_11_roles_carry_a_confidence_and_doubtful_ones_are_reported() -> None:
    text = (
        "Ann Lee\nann@x.io\nExperience\nStaff Engineer, Acme Corp   2019 – 2022\n- Built things.\n"
        "Berlin, Germany   2016 – 2019\n- Did things.\n"
    )
    resume = parse_resume(_doc(text), TODAY)
    assert [r.confidence >= 0.9 for r in resume.roles] == [True, False]
    assert resume.roles[1].confidence < 0.5
    assert any(w == "1 role read with low confidence: Berlin 2016–2019" for w in resume.report.warnings)


def test_issue_11_experience_read_as_nothing_stops_unless_drafting_anyway() -> None:
    text = "Ann Lee\nann@x.io\nExperience\nWorked on many things for many teams over the years.\nSkills\nPython\n"
    with pytest.raises(ContentError, match=r"no role .* could be read from the experience section"):
        parse_resume(_doc(text), TODAY)
    resume = parse_resume(_doc(text), TODAY, strict=False)
    assert resume.doubtful and resume.report.warnings[-1].startswith("drafted anyway: no role")


def _styled(text: str, size: float = 10.0, bold: bool = False, heading: bool = False) -> Line:
    return Line(text, size=size, bold=bold, heading=heading, x=50.0)


def test_issue_11_headings_in_the_candidates_own_words_are_sections() -> None:
    head = {"size": 13.0, "bold": True}
    lines = (
        _styled("Ann Lee", size=20.0, bold=True, heading=True),
        _styled("ann@example.com"),
        _styled("Where I Have Been", **head),
        _styled("Staff Engineer, Acme Corp   2019 – Present", bold=True),
        _styled("Cut p99 latency by 60%."),
        _styled("Engineer, Globex Ltd   2015 – 2019", bold=True),
        _styled("Most Proud Of", **head),
        _styled("Mentoring four engineers into leads."),
        _styled("Education", **head),
        _styled("BSc Physics, University of Leeds, 2014"),
        _styled("Skills", **head),
        _styled("Python, Go"),
        _styled("Referees", **head),
        _styled("Available on request"),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(s.heading, s.kind) for s in resume.sections if s.heading] == [
        ("Where I Have Been", SectionKind.EXPERIENCE),  # known by its dated entries
        ("Most Proud Of", SectionKind.AWARDS),
        ("Education", SectionKind.EDUCATION),
        ("Skills", SectionKind.SKILLS),
        ("Referees", SectionKind.OTHER),
    ]
    assert [(r.title, r.company) for r in resume.roles] == [("Staff Engineer", "Acme Corp"), ("Engineer", "Globex Ltd")]


def test_issue_11_a_resume_without_headings_still_has_its_roles_read() -> None:
    text = (
        "Ann Lee\nann@example.com\nStaff Engineer, Acme Corp   Jan 2019 – Present\n- Cut cost 30%.\n"
        "Engineer, Globex Ltd   2015 – 2018\n- Built the billing service.\n"
    )
    assert _roles(text) == [
        ("Staff Engineer", "Acme Corp", "2019-01", "present"),
        ("Engineer", "Globex Ltd", "2015", "2018"),
    ]


def test_issue_11_section_named_in_a_left_cell_beside_its_first_entry() -> None:
    text = (
        "Ann Lee\nann@example.com\nSUMMARY | Engineering leader.\n"
        "EXPERIENCE | Brightpath Payments, Inc., Vice President of Engineering | 2022-01-01 — Present\n"
        "Lead 120 engineers in 14 teams\nLonghorn Logistics, Engineering Manager | 2012-05-01 — 2014-07-31\n"
        "Led a team of 8 engineers\nEDUCATION | The University of Texas at Austin | 2001-08-01 — 2005-05-31\n"
    )
    resume = parse_resume(_doc(text), TODAY)
    assert [s.heading for s in resume.sections if s.heading] == ["SUMMARY", "EXPERIENCE", "EDUCATION"]
    assert resume.summary == "Engineering leader."
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == [
        ("Vice President of Engineering", "Brightpath Payments, Inc.", "2022-01", "present"),
        ("Engineering Manager", "Longhorn Logistics", "2012-05", "2014-07"),
    ]


def test_issue_11_dates_in_a_column_of_their_own_are_paired_with_the_entries_in_order() -> None:
    text = (
        "Ann Lee\nann@example.com\nWork History\nJan 2022 – Present\nJun 2019 – Dec 2021\n"
        "Brightpath Payments, Inc.\nVice President of Engineering\nLead 120 engineers in 14 teams; hired 5 directors\n"
        "Longhorn Logistics\nSenior Engineering Manager\nManaged three teams building the routing and\n"
        "dispatch services in Java\nEducation\nBS, 2005\n"
    )
    assert _roles(text) == [
        ("Vice President of Engineering", "Brightpath Payments, Inc.", "2022-01", "present"),
        ("Senior Engineering Manager", "Longhorn Logistics", "2019-06", "2021-12"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # an unmarked achievement line above the next entry is no company
        "Senior Android Engineer, Lumen Travel Ltd | March 2016 – December 2017\nRewrote the booking flow in Kotlin\n"
        "Mobile Developer, Pixel & Pine | September 2013 – February 2016\nBuilt apps for agency clients\n",
        # the first achievement printed beside the dates, in the column after them
        "Lumen Travel Ltd\nSenior Android Engineer 2016-03-01 - 2017-12-31 Rewrote the booking flow in\nKotlin\n"
        "Pixel & Pine\nMobile Developer 2013-09-01 - 2016-02-29 Built apps for agency clients\n",
    ],
)
def test_issue_11_achievements_are_not_companies(body: str) -> None:
    roles = _roles(f"Ann Lee\nann@example.com\nExperience\n{body}")
    assert [(t, c) for t, c, _, _ in roles] == [
        ("Senior Android Engineer", "Lumen Travel Ltd"),
        ("Mobile Developer", "Pixel & Pine"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Most Proud Of", SectionKind.AWARDS),
        ("Where I Have Worked", SectionKind.EXPERIENCE),
        ("Projects Experience", SectionKind.PROJECTS),
        ("Referees", None),
        ("A Day of My Life", None),
    ],
)
def test_issue_11_heading_in_own_words_named_by_its_first_telling_word(heading: str, kind: SectionKind | None) -> None:
    assert heading_kind(heading) is kind


def test_issue_11_indented_body_text_is_no_header_where_typography_says_so() -> None:
    def line(text: str, size: float = 11.0, bold: bool = False, x: float = 50.0) -> Line:
        return Line(text, size=size, bold=bold, x=x)

    lines = (
        line("Ann Lee", size=20.0, bold=True),
        line("ann@example.com"),
        line("EXPERIENCE", size=13.0, bold=True),
        line("Acme", bold=True),
        line("Staff Engineer | 2019 – Present"),
        line("Payments ledger in Go", size=10.0, x=62.0),  # an achievement, unmarked and without a full stop
        line("Engineer | 2016 – 2019"),
        line("Search ranking in Java", size=10.0, x=62.0),
        line("Fraud scoring service", size=10.0, x=62.0),
        line("EDUCATION", size=13.0, bold=True),
        line("BSc, 2015", size=10.0),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(r.title, r.company) for r in resume.roles] == [("Staff Engineer", "Acme"), ("Engineer", "Acme")]
    assert [b.text for b in resume.roles[0].bullets] == ["Payments ledger in Go"]


def test_issue_11_job_board_application_page_in_front_of_the_cv() -> None:
    text = (
        "Application for Senior Backend Engineer at Northwind\nJob ID: 48213 | Applied on 03/12/2023\n"
        "Hiring team: recruiting@northwind.example | +1 415 555 0100\n"
        "Current employer: Acme Corp | Current title: Staff Engineer | 2019 – Present\n"
        "Ann Lee\nann@example.com | +44 20 7946 0958\nEXPERIENCE\nStaff Engineer, Acme Corp   Jan 2019 – Present\n"
        "- Cut p99 latency by 60%.\nEngineer, Globex Ltd   2015 – 2018\n- Built the billing service.\n"
    )
    resume = parse_resume(_doc(text), TODAY)
    assert (resume.contact.name, resume.contact.email, resume.contact.phone) == (
        "Ann Lee",
        "ann@example.com",
        "+44 20 7946 0958",
    )
    assert [(r.title, r.company) for r in resume.roles] == [("Staff Engineer", "Acme Corp"), ("Engineer", "Globex Ltd")]


def test_issue_11_a_phrase_in_lower_case_is_no_company() -> None:
    text = (
        "Ann Lee\nann@example.com\nExperience\nSoftware Engineer at Amber Telecom S.A. | Mar 2010 - Dec 2011\n"
        "Network provisioning tools in Java\nEmbedded Software Engineer at Vistula Embedded | Jan 2008 - Feb 2010\n"
        "Firmware in C for industrial sensors\n"
    )
    assert [(t, c) for t, c, _, _ in _roles(text)] == [
        ("Software Engineer", "Amber Telecom S.A."),
        ("Embedded Software Engineer", "Vistula Embedded"),
    ]


def test_issue_11_a_bold_company_set_unlike_the_headings_is_no_section() -> None:
    def line(text: str, size: float = 10.0, bold: bool = False, heading: bool = False) -> Line:
        return Line(text, size=size, bold=bold, heading=heading)

    lines = (
        line("Kenji Watanabe", size=20.0, bold=True, heading=True),
        line("kenji@example.com"),
        line("Work History", size=12.0, bold=True, heading=True),
        line("2020.10 – 2022.03", size=9.0),
        line("Fujimi Media", bold=True, heading=True),
        line("Infrastructure Engineer"),
        Line("Moved deployments to CI/CD", size=10.0, bullet=True),
        line("2014.04 – 2019.08", size=9.0),
        line("Kansai Rail Systems", bold=True, heading=True),
        line("Systems Engineer"),
        line("Education", size=12.0, bold=True, heading=True),
        line("Osaka University, 2014"),
    )
    resume = parse_resume(Document("r.docx", DocKind.DOCX, lines), TODAY)
    assert [s.heading for s in resume.sections if s.heading] == ["Work History", "Education"]
    assert [(r.title, r.company) for r in resume.roles] == [
        ("Infrastructure Engineer", "Fujimi Media"),
        ("Systems Engineer", "Kansai Rail Systems"),
    ]


def _at(text: str, x: float, size: float = 10.0, bold: bool = False, heading: bool = False) -> Line:
    return Line(text, size=size, bold=bold, heading=heading, x=x)


def test_issue_11_a_sentence_tail_or_a_bold_skill_word_is_no_heading() -> None:
    head = {"size": 13.0, "bold": True, "heading": True}
    lines = (
        _styled("Ann Lee", size=20.0, bold=True, heading=True),
        _styled("ann@example.com"),
        _styled("Summary", **head),
        _styled("Engineering leader who grew the platform team and the open source"),
        _styled("community.", bold=True, heading=True),  # a wrapped sentence's tail, set like a heading
        _styled("Experience", **head),
        _styled("Staff Engineer, Acme Corp   2019 – Present", bold=True),
        _styled("Cut p99 latency by 60%."),
        _styled("Skills", size=10.0, bold=True, heading=True),
        _styled("Elixir", bold=True, heading=True),  # one skill in bold, no larger than the text
        _styled("Python, Go"),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [s.heading for s in resume.sections if s.heading] == ["Summary", "Experience", "Skills"]


def test_issue_11_a_sentence_fragment_is_no_name_and_the_large_top_line_is() -> None:
    lines = (
        _styled("Step Out Of Your Comfort Zone.", size=11.0, bold=True, heading=True),
        _styled("Comfort Zone.", size=11.0, bold=True, heading=True),
        _styled("Maria Chen", size=24.0),
        _styled("maria@example.com"),
        _styled("Experience", size=13.0, bold=True, heading=True),
        _styled("Staff Engineer, Acme Corp   2019 – Present", bold=True),
        _styled("Cut p99 latency by 60%."),
        _styled("Education", size=13.0, bold=True, heading=True),
        _styled("BSc Physics, University of Leeds, 2014"),
    )
    assert parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY).contact.name == "Maria Chen"


def test_issue_11_a_double_name_wrapped_over_two_lines_is_joined() -> None:
    lines = (
        _styled("Chioma Adeyemi-", size=30.0, heading=True),
        _styled("Okoro", size=30.0, heading=True),
        _styled("chioma@example.com"),
        _styled("Experience", size=13.0, bold=True, heading=True),
        _styled("Staff Engineer, Acme Corp   2019 – Present", bold=True),
        _styled("Education", size=13.0, bold=True, heading=True),
        _styled("BSc Physics, University of Leeds, 2014"),
    )
    assert parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY).contact.name == "Chioma Adeyemi-Okoro"


def test_issue_11_heading_run_together_with_the_first_entry() -> None:
    # A JSON Resume theme sets the section's name in a left column, on the baseline of its first entry: the
    # reader gives one line "Work Staff Engineer" that starts left of the text column.
    lines = (
        _at("Ann Lee", 200, size=30.0, heading=True),
        _at("ann@example.com", 200),
        _at("Work Staff Engineer", 120, size=16.0, bold=True),
        _at("Acme Corp", 200, bold=True),
        _at("Jan 2019 – Present", 200),
        _at("Cut p99 latency by 60%", 200),
        _at("Globex Ltd", 200, size=16.0, bold=True),
        _at("Engineer", 200, size=13.0),
        _at("Mar 2015 – Dec 2018", 200),
        _at("Built the billing service", 200),
        _at("Education University of Leeds", 90, size=16.0, bold=True),
        _at("BSc Physics", 200, bold=True),
        _at("Sep 2011 – Jun 2014", 200),
        _at("Languages English", 80, size=16.0),
        _at("Native", 200),
        _at("Portuguese", 200, size=16.0, bold=True),  # the next language, set like the first entry line
        _at("Basic", 200),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(s.heading, s.kind) for s in resume.sections if s.heading] == [
        ("Work", SectionKind.EXPERIENCE),
        ("Education", SectionKind.EDUCATION),
        ("Languages", SectionKind.OTHER),
    ]
    assert [(r.title, r.company, r.start) for r in resume.roles] == [
        ("Staff Engineer", "Acme Corp", "2019-01"),
        ("Engineer", "Globex Ltd", "2015-03"),
    ]


def test_issue_11_europass_field_labels_are_read_as_labels() -> None:
    # A Europass CV prints each field's label in a left column beside its value.
    lines = (
        _styled("Curriculum Vitae", size=14.0, bold=True, heading=True),
        _styled("Personal information", size=12.0, bold=True),
        _styled("Name / Surname | Ann Lee"),
        _styled("Personal Email | ann@example.com"),
        _styled("Work experience", size=12.0, bold=True),
        _styled("Dates | May 2019 – to date"),
        _styled("Occupation or position held | Staff Engineer"),
        _styled("Main activities and | Cut p99 latency by 60%"),
        _styled("responsibilities"),
        _styled("Name and address of employer | Acme Corp, Leeds"),
        _styled("Dates | March 2015 – April 2019"),
        _styled("Occupation or position held | Engineer"),
        _styled("Name and address of employer | Globex Ltd, York"),
        _styled("Personal skills and", size=12.0, bold=True),
        _styled("competences", size=12.0, bold=True),
        _styled("Python, Go"),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert resume.contact.name == "Ann Lee"
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == [
        ("Staff Engineer", "Acme Corp", "2019-05", "present"),
        ("Engineer", "Globex Ltd", "2015-03", "2019-04"),
    ]
    assert [s.heading for s in resume.sections if s.heading][-1] == "Personal skills and competences"


def test_issue_11_dates_wrapped_in_a_left_margin_are_joined_to_their_entry() -> None:
    # A CV class sets each entry's dates in a narrow left margin; wrapped there, the pieces are read into the
    # start of the text lines beside them.
    lines = (
        _at("Ann Lee", 130, size=30.0, heading=True),
        _at("ann@example.com", 130),
        _at("Experience", 130, size=14.0, heading=True),
        _at("May 2019–to Staff Engineer, Acme Corp, Leeds", 60),
        _at("date Cut p99 latency by 60%", 100),
        _at("Led the platform team", 130),
        _at("February Engineer, Globex Ltd, York", 80),
        _at("2015–April Built the billing service", 70),
        _at("2019", 100),
        _at("Education", 130, size=14.0, heading=True),
        _at("BSc Physics, University of Leeds | 2011–2014", 130),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == [
        ("Staff Engineer", "Acme Corp", "2019-05", "present"),
        ("Engineer", "Globex Ltd", "2015-02", "2019-04"),
    ]


# --- issue 11: the candidate's name and email, one failure class per test ----------------------------------

_ENTRY = ("Experience", "Staff Engineer, Acme Corp | 2019 – Present", "Cut p99 latency by 60%.")


def _contact_pdf(path: Path, rows: list[tuple[float, float, str, int]], links: dict[str, tuple[float, ...]]) -> Path:
    """A one-page PDF in Bitstream Vera (any character reads back): (x, y, text, size) rows, and link targets
    with the rectangle each covers."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    c = canvas.Canvas(str(path), pagesize=letter)
    for x, y, text, size in rows:
        c.setFont("Vera", size)
        c.drawString(x, y, text)
    for target, rect in links.items():
        c.linkURL(target, rect)
    c.save()
    return path


def _column(x: float, top: float, texts: tuple[str, ...], size: int = 10) -> list[tuple[float, float, str, int]]:
    return [(x, top - 16 * n, text, size) for n, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("line", "email", "name"),
    [
        ("Pavel Sorokin Kernel Engineer", "pavel@example.org", "Pavel Sorokin"),  # one run, a title of two words
        ("Amélie Durand    DevOps architect", "contact@durand.example", "Amélie Durand"),
        ("Jane Doe · Senior Software Engineer", "jd@example.org", "Jane Doe"),
        ("Zhang Wei, Staff Software Engineer", "zhang.wei@example.org", "Zhang Wei"),
        # the addresses say the third word is part of the name, not of the title
        ("Mary Ann Quinlan Kernel Engineer", "maryann.quinlan@example.org", "Mary Ann Quinlan"),
        ("Jane Doe, PhD", "jane@example.org", "Jane Doe"),
        ("Jane Doe (she/her)", "jane@example.org", "Jane Doe"),
        ("Jane Doe jane@example.org +1 555 010 0199", "", "Jane Doe"),
    ],
)
def test_issue_11_name_and_job_title_on_one_line(tmp_path: Path, line: str, email: str, name: str) -> None:
    rows = [(72, 720, line, 20), (72, 696, email, 10), *_column(72, 660, _ENTRY)]
    resume = parse_resume(read_document(_contact_pdf(tmp_path / "r.pdf", rows, {})), TODAY, strict=False)
    assert resume.contact.name == name


def test_issue_11_no_name_line_the_summary_opens_with_the_name(tmp_path: Path) -> None:
    rows = [
        (72, 720, "Summary", 14),
        (72, 700, "Tomas Brandt is a design-savvy tech leader with 15 years of building products.", 10),
        (72, 684, "Distributed Systems", 14),  # set large, like a name, but the addresses do not say it
        (72, 668, "linkedin.com/pub/tomas-brandt/1/2/3", 10),
        *_column(72, 640, _ENTRY),
    ]
    resume = parse_resume(read_document(_contact_pdf(tmp_path / "r.pdf", rows, {})), TODAY, strict=False)
    assert resume.contact.name == "Tomas Brandt"


def test_issue_11_two_columns_a_sidebar_label_is_no_name_and_the_email_is_behind_a_link(tmp_path: Path) -> None:
    # the sidebar's label is set on the name's baseline, so the two are read as one line
    sidebar = [(30, 740, "Social (click)", 14), (30, 724, "GitHub | Email | LinkedIn", 9), (30, 708, "Contact", 14)]
    rows = [
        *sidebar,
        *_column(30, 690, ("Address", "12 Harbour Road", *(f"Skill {n}" for n in range(12))), 9),
        (220, 740, "Nora Lindgren", 22),
        (220, 716, "Platform Engineer", 12),
        *_column(220, 680, _ENTRY),
    ]
    links = {
        "mailto:nora.lindgren@example.org": (70, 720, 100, 730),
        "https://github.com/nlindgren": (30, 720, 65, 730),
    }
    resume = parse_resume(read_document(_contact_pdf(tmp_path / "r.pdf", rows, links)), TODAY, strict=False)
    assert (resume.contact.name, resume.contact.email) == ("Nora Lindgren", "nora.lindgren@example.org")
    assert "https://github.com/nlindgren" in resume.contact.links


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("amelie.durand.pro@", "gmail.com"),
        ("amelie.durand.pro@gmail", ".com"),
        ("amelie.durand.pro@gmail.co", "m"),
        ("amelie.durand.", "pro@gmail.com"),
    ],
)
def test_issue_11_email_wrapped_in_a_narrow_column(first: str, second: str) -> None:
    lines = (
        _styled("Amelie Durand", size=24.0),
        _styled(first),
        _styled(second),
        _styled("+33 6 12 34 56 78"),
        _styled("Experience", size=13.0, bold=True, heading=True),
        _styled("Staff Engineer, Acme Corp | 2019 – Present", bold=True),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY, strict=False)
    assert resume.contact.email == "amelie.durand.pro@gmail.com"


def test_issue_11_email_with_a_word_gap_measured_inside_it() -> None:
    lines = (_styled("Amelie Durand", size=24.0), _styled("amelie.durand @example.com | +33 6 12 34 56 78"))
    assert parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY, strict=False).contact.email == (
        "amelie.durand@example.com"
    )


@pytest.mark.parametrize(
    ("printed", "linked", "email"),
    [
        ("amelie.durand@example.co", "amelie.durand@example.com", "amelie.durand@example.com"),
        ("pro@example.com", "amelie.pro@example.com", "amelie.pro@example.com"),
        ("ann@example.com", "joann@example.com", "ann@example.com"),  # another address, not a part of it
    ],
)
def test_issue_11_email_cut_in_the_text_is_taken_whole_from_its_link(printed: str, linked: str, email: str) -> None:
    lines = (_styled("Amelie Durand", size=24.0), _styled(printed), _styled("Experience"))
    doc = Document("r.pdf", DocKind.PDF, lines, links=(f"mailto:{linked}",))
    assert parse_resume(doc, TODAY, strict=False).contact.email == email


def test_issue_11_all_caps_name_with_places_on_its_line_as_the_export_writes_it(cli, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "NGUYEN VAN MINH | VIETNAM | HCMC\nminh.nguyen@example.org\n\nEXPERIENCE\n"
        "Staff Engineer, Acme Corp | Jan 2019 – Present\n- Cut p99 latency by 60%\n",
        "utf-8",
    )
    job = Path(__file__).parent.parent / "samples" / "jobs" / "director-of-engineering-marrowfield-market.txt"
    run = cli(path, job, "-o", tmp_path / "brief.md", "--export-resume", tmp_path / "me.json")
    assert run.exit_code == 0, run.stderr
    assert json.loads((tmp_path / "me.json").read_text())["basics"]["name"] == "Nguyen Van Minh"


def test_issue_11_an_employer_set_a_little_large_below_the_head_is_no_name() -> None:
    # only a line set as large as a name is looked for below the head (a sidebar's main column)
    lines = (
        _styled("Ann Lee", bold=True, heading=True),
        *(_styled(f"Detail {n}") for n in range(12)),
        _styled("Experience", bold=True, heading=True),
        _styled("Brightwater Labs", size=11.0),
        _styled("Staff Engineer | 2019 – Present"),
    )
    assert parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY, strict=False).contact.name == "Ann Lee"


def test_issue_11_word_document_name_beside_title_and_email_only_in_a_hyperlink(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    document.add_heading("Kenji Morita · Staff Engineer", level=0)
    links = document.add_paragraph("GitHub | ")
    anchor = OxmlElement("w:hyperlink")
    anchor.set(qn("r:id"), links.part.relate_to("mailto:kenji.morita@example.org", RT.HYPERLINK, is_external=True))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Email"
    run.append(text)
    anchor.append(run)
    links._p.append(anchor)
    document.add_heading("Experience", level=1)
    document.add_paragraph("Staff Engineer, Acme Corp | 2019 – Present")
    path = tmp_path / "r.docx"
    document.save(str(path))
    doc = read_document(path)
    assert "GitHub | Email" in doc.text
    resume = parse_resume(doc, TODAY, strict=False)
    assert (resume.contact.name, resume.contact.email) == ("Kenji Morita", "kenji.morita@example.org")


def test_issue_11_margin_dates_wrapped_beside_a_subtitle_keep_the_first_lines_company() -> None:
    # Dates wrapped in a left margin ("October 2023 -" beside the header, "Present" beside a subtitle under it),
    # read into the start of the lines: the lone dash is a piece of the range, and the subtitle ("Engineering
    # Lead", "TBC") is no company when the first line names one.
    lines = (
        _at("Ann Lee", 130, size=30.0, heading=True),
        _at("ann@example.com", 130),
        _at("Experience", 130, size=14.0, heading=True),
        _at("October 2023 - Delivery Lead, Halden Systems, Manchester, (Client)", 60),
        _at("Present Engineering Lead", 85),
        _at("Ran the weekly release train for four product teams", 140),
        _at("March 2019 - Automation Team Manager, Europe, Corvel Data, London", 62),
        _at("September 2023 TBC", 58),
        _at("Ran the weekly release train for four product teams", 140),
        _at("Education", 130, size=14.0, heading=True),
        _at("BSc Physics, University of Leeds | 2011–2014", 130),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(r.title, r.company, r.location, r.start, r.end) for r in resume.roles] == [
        ("Delivery Lead", "Halden Systems", "Manchester", "2023-10", "present"),
        ("Automation Team Manager", "Corvel Data", "Europe, London", "2019-03", "2023-09"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "company", "location"),
    [
        (
            "Automation Team Manager, Europe, Corvel Data, London | 2019 – 2021",
            "Automation Team Manager",
            "Corvel Data",
            "Europe, London",
        ),
        ("Sales Engineer, EMEA, Halden Systems | 2019 – 2021", "Sales Engineer", "Halden Systems", "EMEA"),
    ],
)
def test_issue_11_a_world_region_after_the_title_is_a_place_not_the_company(
    line: str, title: str, company: str, location: str
) -> None:
    roles = parse_resume(_doc(f"Ann Lee\nann@example.com\nEXPERIENCE\n{line}\n- did things\n"), TODAY).roles
    assert [(r.title, r.company, r.location) for r in roles] == [(title, company, location)]


@pytest.mark.parametrize(
    ("line", "company", "location"),
    [
        ("Software Engineer | Citrix - Octoblu | 2015 – 2018", "Citrix - Octoblu", None),
        ("Senior Engineer - Cobalt Systems - Denver, CO | 2015 – 2018", "Cobalt Systems", "Denver, CO"),
        ("Support Engineer - Brightwater Ltd - Team Lead | 2015 – 2018", "Brightwater Ltd", None),
    ],
)
def test_issue_11_company_and_division_behind_a_hyphen_stay_whole(
    line: str, company: str, location: str | None
) -> None:
    # The spaced hyphen parts a title from a company or a place; between a company and a name that is neither
    # (its division) it is part of the name.
    roles = parse_resume(_doc(f"Ann Lee\nann@example.com\nEXPERIENCE\n{line}\n- did things\n"), TODAY).roles
    assert [(r.company, r.location) for r in roles] == [(company, location)]


def test_issue_11_titled_posts_in_a_leadership_section_are_roles_not_professional_years() -> None:
    text = (
        "Ann Lee\nann@example.com\nEXPERIENCE\nSoftware Engineer | Brightwater Ltd | Jan 2019 – Dec 2020\n"
        "- Ran the service desk.\nLEADERSHIP\nSunSesh AZ   Feb. 2021 - Present\nFounder and Organizer   Tempe, AZ\n"
        "- Organised monthly meetups for 200 members.\nCampus Coders | Sep. 2017 - May 2018\nPresident | Tempe, AZ\n"
        "- Ran the club.\nMember, IEEE Computer Society | 2018 - 2020\nHackAZ 2019 | Mar. 2019\nVolunteer\n"
        "EDUCATION\nBSc, Arizona State University, 2018\n"
    )
    resume = parse_resume(_doc(text), dt.date(2024, 6, 1))
    # latest first by date: the post outside work, open-ended, opens the list
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == [
        ("Founder and Organizer", "SunSesh AZ", "2021-02", "present"),
        ("Software Engineer", "Brightwater Ltd", "2019-01", "2020-12"),
        ("President", "Campus Coders", "2017-09", "2018-05"),
    ]
    # Jan 2019 - Dec 2020 only: the volunteer posts (to 2024) are roles, not professional years
    assert resume.years_experience is not None and resume.years_experience <= 2.0


def test_issue_11_wrapped_end_of_a_bullet_is_no_header_of_the_entry_below() -> None:
    # "SQL Server" ends the bullet above, at its hanging indent: it is not the company of the next entry, whose
    # title is on the line under its dates.
    lines = (
        _at("Ann Lee", 306, size=20.0, heading=True),
        _at("ann@example.com", 306),
        _at("Work History", 57, size=12.0, bold=True, heading=True),
        _at("Alamo Health Systems | Jul 2005 – Jan 2008", 306, bold=True),
        _at("Software Developer", 306),
        Line("Maintained clinical scheduling software in C# and", bullet=True, size=10.0, x=306),
        _at("SQL Server", 324),
        _at("Texas Instruments | May 2004 – Aug 2004", 306, bold=True),
        _at("Software Engineering Intern", 306),
        Line("Wrote test automation for embedded firmware in C", bullet=True, size=10.0, x=306),
    )
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(r.title, r.company) for r in resume.roles] == [
        ("Software Developer", "Alamo Health Systems"),
        ("Software Engineering Intern", "Texas Instruments"),
    ]


def test_issue_11_long_comma_header_wrapped_before_its_legal_suffix() -> None:
    # A theme wraps a long "Title, Team, Company, Inc." header just before the suffix; the dates follow.
    text = (
        "Ann Lee\nann@example.com\nWORK EXPERIENCE\n"
        "Senior Director of Engineering, Payments Platform and Developer Infrastructure, Brightpath Payments,\n"
        "Inc.\nJun, 2019 - Dec, 2021 2 years 7 months\n- Owned the payments platform roadmap.\n"
        "Director of Engineering, Brightpath Payments, Inc.\nMar, 2017 - May, 2019 2 years 3 months\n"
        "- Scaled the team.\n"
    )
    assert _roles(text) == [
        (
            "Senior Director of Engineering, Payments Platform and Developer Infrastructure",
            "Brightpath Payments, Inc.",
            "2019-06",
            "2021-12",
        ),
        ("Director of Engineering", "Brightpath Payments, Inc.", "2017-03", "2019-05"),
    ]


def test_issue_11_europass_value_wrapped_past_its_label_and_team_after_the_title() -> None:
    # An activity wrapped past its two-line label ("blameless postmortems" has no label of its own) stays in its
    # entry, so the employer's line that follows is still that entry's; and "Engineering Manager, Grid Platform"
    # over "Nordlys Energi A/S, Copenhagen" reads the company below, as the section's other entries do.
    lines = (
        _styled("Curriculum Vitae", size=14.0, bold=True, heading=True),
        _styled("Personal information", size=12.0, bold=True),
        _styled("Name / Surname | Ann Lee"),
        _styled("Personal Email | ann@example.com"),
        _styled("Work experience", size=12.0, bold=True),
    )
    for dates, title, employer in (
        ("04/2022 – now", "Engineering Manager, Grid Platform", "Nordlys Energi A/S, Copenhagen"),
        ("09/2019 – 03/2022", "Senior Software Engineer", "Nordlys Energi A/S, Copenhagen"),
        ("02/2015 – 07/2017", "Backend Developer", "Vestas Digital Lab, Aarhus"),
    ):
        lines += (
            _styled(f"Dates | {dates}"),
            _styled(f"Occupation or position held | {title}"),
            _styled("Main activities and | Hired and manage 14 engineers across two squads; introduced a ladder and"),
            _styled("responsibilities | performance reviews; cut incident count by 40% with an on-call rotation and"),
            _styled("blameless postmortems"),
            _styled(f"Name and address of employer | {employer}"),
        )
    lines += (_styled("Education and training", size=12.0, bold=True), _styled("Dates | 2012–2015"))
    resume = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY)
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == [
        ("Engineering Manager, Grid Platform", "Nordlys Energi A/S", "2022-04", "present"),
        ("Senior Software Engineer", "Nordlys Energi A/S", "2019-09", "2022-03"),
        ("Backend Developer", "Vestas Digital Lab", "2015-02", "2017-07"),
    ]


def test_issue_11_employer_line_over_a_title_with_its_team_after_a_comma() -> None:
    # The employer printed once over its roles, the first role's title carrying its team after a comma: the team
    # is no company, and the roles under it are the employer's.
    text = (
        "Ann Lee\nann@example.com\nWORK\nNordlys Energi A/S\nEngineering Manager, Grid Platform\nApr 2022 – Present\n"
        "Copenhagen\n- Hired and manage 14 engineers across two squads.\nSenior Software Engineer\n"
        "Sep 2019 – Mar 2022\nCopenhagen\n- Moved the metering services to Kubernetes.\nEDUCATION\nMSc, DTU, 2015\n"
    )
    assert _roles(text) == [
        ("Engineering Manager, Grid Platform", "Nordlys Energi A/S", "2022-04", "present"),
        ("Senior Software Engineer", "Nordlys Energi A/S", "2019-09", "2022-03"),
    ]


def test_issue_11_a_lower_case_word_ending_a_bullet_is_no_employer() -> None:
    # "clients" ends the bullet above (a table's cell wrapped at the same left edge); it stands alone above the
    # next dated title but names nobody.
    lines = (
        _at("Ann Lee", 65, size=20.0, heading=True),
        _at("ann@example.com", 65),
        _at("Work", 65, size=16.0, bold=True, heading=True),
        _at("Pixel & Pine", 65, size=12.6, bold=True),
        _at("Mobile Developer | 2013-09-01 - 2016-02-29", 65),
        Line("Built iOS and Android apps for agency", bullet=True, size=10.8, x=354),
        _at("clients", 354, size=10.8),
        _at("Graduate Software Engineer 2012-09-01 - 2013-08-31", 65, size=10.8),
    )
    roles = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY).roles
    assert [r.title for r in roles] == ["Mobile Developer", "Graduate Software Engineer"]
    assert "clients" not in [r.company for r in roles]


def test_issue_11_a_sentence_wrapped_above_the_dates_is_no_company() -> None:
    # The previous entry's activity wraps onto a line of its own ("testing between services") just above the next
    # entry's dates; the company is the line under the title.
    lines = (
        _styled("Ann Lee", size=20.0, heading=True),
        _styled("ann@example.com"),
        _styled("Work experience", size=12.0, bold=True, heading=True),
        _styled("02/2024 – now"),
        _styled("Backend Engineer"),
        _styled("Matkassen AB, Stockholm"),
        _styled("Build order and delivery-slot services in Kotlin and PostgreSQL; Added contract"),
        _styled("testing between services"),
        _styled("06/2023 – 08/2023"),
        _styled("Backend Engineering Intern"),
        _styled("Spotwave AB, Stockholm"),
        _styled("Wrote a Python tool for Kafka topic audits"),
    )
    roles = parse_resume(Document("r.pdf", DocKind.PDF, lines), TODAY).roles
    assert [(r.title, r.company) for r in roles] == [
        ("Backend Engineer", "Matkassen AB"),
        ("Backend Engineering Intern", "Spotwave AB"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Company ⇒ Title" with dates, the team on the next line, a paragraph below; the other separators
        (
            "Google ⇒ Senior Software Engineer        Nov 2022 - Mar 2025\nTech Lead, Flutter Tooling\n"
            "Led the tooling group that shipped the new build system to many teams.\n"
            "Shopify → Software Engineer        Jan 2019 - Oct 2022\nPayments Platform\nBuilt the checkout.\n"
            "Spotify — Backend Engineer   Jun 2016 - Dec 2018\nWrote services.\n"
            "Klarna · Backend Engineer   Jan 2015 - May 2016\nWrote services.\n"
            "Data Engineer @ Zalando   Jan 2013 - Dec 2014\nWrote pipelines.\n",
            [
                ("Senior Software Engineer", "Google", "2022-11", "2025-03"),
                ("Software Engineer", "Shopify", "2019-01", "2022-10"),
                ("Backend Engineer", "Spotify", "2016-06", "2018-12"),
                ("Backend Engineer", "Klarna", "2015-01", "2016-05"),
                ("Data Engineer", "Zalando", "2013-01", "2014-12"),
            ],
        ),
        # "Title, Organisation, Place, (Client note) | dates" over a subtitle: each header keeps its own organisation
        (
            "Associate Director, Cognizant, London, (Retail Banking Client) | April 2022 - October 2023\nTBC\n"
            "Senior Technical Principal, Contino, (Retail Banking Client) | May 2019 - March 2022\n"
            "Engineering Lead\nLed a platform team for a client across many workstreams and built a thing\n"
            "Principal Engineer, Rackspace, London | June 2016 - April 2019\nCloud Datacenter - Compute\n"
            "Built compute services for a cloud datacenter\n",
            [
                ("Associate Director", "Cognizant", "2022-04", "2023-10"),
                ("Senior Technical Principal", "Contino", "2019-05", "2022-03"),
                ("Principal Engineer", "Rackspace", "2016-06", "2019-04"),
            ],
        ),
        # a one-word post the lexicon does not know, before an organisation
        (
            "Rifleman, British Army (Reserves), The Rifles Regiment, London | May 2009 - July 2013\nServed.\n",
            [("Rifleman", "British Army (Reserves)", "2009-05", "2013-07")],
        ),
    ],
)
def test_issue_11_separators_and_comma_headers(body: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _roles(f"Ann Lee\nann@example.com\nEXPERIENCE\n{body}EDUCATION\nBSc, 2012\n") == expected


def test_issue_11_promotion_arrow_stays_one_title_and_team_line_is_no_location() -> None:
    text = (
        "Ann Lee\nann@example.com\nEXPERIENCE\nGoogle ⇒ Senior Software Engineer   Nov 2022 - Mar 2025\n"
        "Tech Lead, Flutter Tooling\n- Led tooling.\nAcme Corp | Senior Engineer → Engineering Manager | 2017 – 2022\n"
        "- Grew the team.\nEDUCATION\nBSc, 2012\n"
    )
    roles = parse_resume(_doc(text), TODAY).roles
    assert [(r.title, r.company, r.location) for r in roles] == [
        ("Senior Software Engineer", "Google", None),
        ("Senior Engineer → Engineering Manager", "Acme Corp", None),
    ]


@pytest.mark.parametrize(("header", "where"), [("Remote", None), ("Denver, CO", "Denver, CO")])
def test_issue_12_a_work_mode_in_the_header_is_no_home(header: str, where: str | None) -> None:
    # a blind review found "you are in Remote": a role line's work mode taken for where the candidate lives
    text = f"Ann Lee\nann@x.io | {header}\nExperience\nTech Lead, Acme | Jun 2021 - Present | Remote\n- Led 3.\n"
    resume = parse_resume(_doc(text), TODAY)
    assert resume.contact.location == where


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EXPERIENCE\n2020 – Present\nHe is a Technical Director at Acme Robotics, where he leads 40 engineers.\n"
            "2014 – 2020\nHe was Head of Engineering at Northwind Payments, growing the team from 5 to 35.\n",
            [
                ("Technical Director", "Acme Robotics", "2020", "present"),
                ("Head of Engineering", "Northwind Payments", "2014", "2020"),
            ],
        ),
        (
            "Experience\n2019 - present: Leads 60 engineers as Head of Engineering at Globex Corporation; set up the"
            " platform group.\n2015 - 2019: Managed two teams as Engineering Manager at Initech, shipping billing.\n",
            [
                ("Head of Engineering", "Globex Corporation", "2019", "present"),
                ("Engineering Manager", "Initech", "2015", "2019"),
            ],
        ),
    ],
)
def test_issue_11_roles_read_from_sentences_when_no_header_names_them(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    resume = parse_resume(_doc("Ann Lee\nann@example.com\n" + text), TODAY)
    assert [(r.title, r.company, r.start, r.end) for r in resume.roles] == expected
    # enough to draft, below a header's confidence; cited by the sentence, which stays the role's first bullet
    assert all(r.from_sentence and r.confidence == 0.6 for r in resume.roles)
    lines = resume.document.lines
    assert all(f" at {r.company}" in lines[r.line].text for r in resume.roles)
    assert any("read from a sentence" in note for note in resume.report.warnings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Spoke at KubeCon Europe about service meshes.",
        "Reported to the Engineering Manager at the Berlin office.",
        "Worked closely with the Senior Engineer at a partner company.",
    ],
)
def test_issue_11_a_sentence_naming_no_post_gives_no_title_or_company(sentence: str) -> None:
    roles = parse_resume(
        _doc(f"Ann Lee\nann@example.com\nEXPERIENCE\nStaff Engineer\n2019 – 2021\n{sentence}\n"), TODAY
    ).roles
    assert [(r.title, r.company, r.from_sentence) for r in roles] == [("Staff Engineer", None, False)]


def test_issue_11_third_person_resume_with_dates_alone_is_drafted_not_refused(
    cli, samples: Path, tmp_path: Path
) -> None:
    # One column; each entry a line holding only its dates, then sentences in the third person. The first names
    # the post ("He is a Technical Director at Acme Robotics - ..."); the second names none. It had been refused
    # with "2 of 2 roles could not be read with confidence" (exit 5).
    path = tmp_path / "cv.txt"
    path.write_text(
        "DANIEL OKOYE | NIGERIA | LAGOS\ndaniel.okoye@example.com\n\nWORKING EXPERIENCES\n2020 - Now\n"
        "He is a Technical Director at Acme Robotics - a maker of warehouse robots for grocers.\n"
        "He leads 40 engineers across firmware, platform and data teams.\nSince 2013\n"
        "He worked for many companies as a consultant, building order and payment systems.\n\n"
        "EDUCATION\nBSc Computer Science, University of Lagos, 2009 - 2013\n",
        "utf-8",
    )
    job = samples / "jobs" / "director-of-engineering-marrowfield-market.txt"
    run = cli(path, job, "-o", tmp_path / "brief.md", "--export-resume", tmp_path / "me.json")
    assert run.exit_code == 0, run.stderr
    assert "read from a sentence, not an entry's header: Technical Director, Acme Robotics (line 5)" in run.stderr
    assert (tmp_path / "brief.md").exists()
    work = json.loads((tmp_path / "me.json").read_text("utf-8"))["work"]
    assert (work[0]["position"], work[0]["name"], work[0]["startDate"]) == (
        "Technical Director",
        "Acme Robotics",
        "2020",
    )


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        (
            "He is a Technical Director at Acme Robotics, where he leads 40 engineers.",
            ("Technical Director", "Acme Robotics"),
        ),
        (
            "Currently Head of Engineering at Globex Corporation (2019-present).",
            ("Head of Engineering", "Globex Corporation"),
        ),
        (
            "Ingrid is an Engineering Manager, Grid Platform at Nordlys Energi A/S. Hired 14 engineers.",
            ("Engineering Manager, Grid Platform", "Nordlys Energi A/S"),
        ),
        (
            "Aoife was a Clinical Nurse Manager at St. Vincent's University Hospital.",
            ("Clinical Nurse Manager", "St. Vincent's University Hospital"),
        ),
        (
            "José was a Director of Engineering at Brightpath Payments, Inc. Owned the roadmap.",
            ("Director of Engineering", "Brightpath Payments, Inc."),
        ),
        (
            "Priya is a Data Engineer II at Kaveri Retail Analytics Pvt. Ltd. Owns the pipelines.",
            ("Data Engineer II", "Kaveri Retail Analytics Pvt. Ltd."),
        ),
        ("Built the booking flow at Acme Travel.", None),  # no title before "at"
        ("Promoted the Engineering Manager at Senior Engineer level.", None),  # a title is no organisation
    ],
)
def test_issue_11_sentence_post_reads_title_and_organisation(sentence: str, post: tuple[str, str] | None) -> None:
    from tailor.entries import sentence_post

    found = sentence_post(sentence)
    assert (found[:2] if found else None) == post


def test_issue_11_third_person_pdf_with_link_labels_for_contact(tmp_path: Path) -> None:
    # Layout B as a PDF: a name line "NAME | COUNTRY | CITY", link labels for contact (the email behind "GMAIL"),
    # bold lines of dates alone, sentences in the third person; the second entry names no post.
    import weasyprint

    html = (
        "<html><head><meta charset='utf-8'><style>@page { size: A4; margin: 20mm } body { font: 10pt/14pt sans-serif }"
        " h2 { font-size: 14pt; text-transform: uppercase } h3 { font-size: 12pt; margin: 10pt 0 2pt } p { margin: 0 }"
        "</style></head><body><h1>DANIEL OKOYE | NIGERIA | LAGOS</h1><p><a href='mailto:daniel.okoye@example.com'>"
        "GMAIL</a> | <a href='https://github.com/dokoye'>GITHUB</a></p><h2>Working Experiences</h2><h3>2020 - Now</h3>"
        "<p>He is a Technical Director at Acme Robotics - a maker of warehouse robots for grocers in West Africa. He "
        "leads 40 engineers across firmware, platform and data teams.</p><h3>Since 2013</h3><p>He worked for many "
        "companies as a consultant, building order and payment systems.</p><h2>Education</h2>"
        "<p>BSc Computer Science, University of Lagos, 2009 - 2013</p></body></html>"
    )
    path = tmp_path / "cv.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    resume = parse_resume(read_document(path), TODAY)
    assert (resume.contact.name, resume.contact.email) == ("Daniel Okoye", "daniel.okoye@example.com")
    first = resume.roles[0]
    assert (first.title, first.company, first.start, first.end) == (
        "Technical Director",
        "Acme Robotics",
        "2020",
        "present",
    )
    assert not resume.doubtful


def test_issue_11_a_period_told_inside_a_bullet_is_no_entry() -> None:
    # a blind check: "• From December 2018 to September 2020 I worked in the ..." became a role at "From"
    from tailor.entries import is_date_line

    assert not is_date_line(Line("From December 2018 to September 2020 I worked in the", bullet=True))
    assert not is_date_line(Line("Between 2016 and 2019 we rebuilt the billing stack", bullet=True))
    assert is_date_line(Line("Dec 2018 – Oct 2021 Gliwice, Poland"))
    assert is_date_line(Line("From 2019 to 2021", bullet=True))  # the range alone still anchors


_PLACE_RESUME = """{head}
Backend engineer building ordering systems for restaurants.

Experience
Senior Engineer, Tessel Foods
Mar 2019 - Present
- Built the ordering API used by 400 restaurants.
{tail}"""


@pytest.mark.parametrize(
    ("head", "tail", "place"),
    [
        # a city alone under the name, spelled with a hyphen where GeoNames has a space
        ("Mira Okonkwo\nSaint-Petersburg\nmira@example.com", "", "Saint-Petersburg"),
        ("MIRA OKONKWO | VIETNAM | mira@example.com", "", "VIETNAM"),
        # an address printed in its own section further down, as in a sidebar
        ("Mira Okonkwo\nmira@example.com", "\nAddress\n14 Rue des Lilas\nFrance\n", "France"),
    ],
)
def test_issue_12_a_place_named_alone_or_under_an_address_is_the_location(head: str, tail: str, place: str) -> None:
    # a blind review read "your résumé gives no location" beside a résumé naming its city
    resume = parse_resume(_doc(_PLACE_RESUME.format(head=head, tail=tail)), TODAY)
    assert resume.contact.location == place


def test_issue_12_a_technology_or_a_work_mode_alone_is_no_location() -> None:
    resume = parse_resume(_doc(_PLACE_RESUME.format(head="Mira Okonkwo\nRemote\nPython | Go", tail="")), TODAY)
    assert resume.contact.location is None


def test_issue_12_a_title_broken_at_its_hyphen_across_two_lines_is_one_title() -> None:
    # a blind review read the title "founder" for "iOS and Android Software Engineer, Co-" / "founder"
    text = """Mira Okonkwo
mira@example.com

Experience
iOS Software Engineer
Tessel Foods
Jul 2012 - Jun 2015
- Built the ordering app used by 400 restaurants.

iOS and Android Software Engineer, Co-
founder
Menu Maps LLC
May 2011 - Jun 2012
- Built the restaurant finder for iOS and Android.
"""
    assert [r[:2] for r in _roles(text)] == [
        ("iOS Software Engineer", "Tessel Foods"),
        ("iOS and Android Software Engineer, Co-founder", "Menu Maps LLC"),
    ]


# Invented for tailor (issue 12): a post of the candidate's own printed under another employer's line, with its
# own dates. It names its organisation ("Title, Name"), so it is a role there; the roles below keep the employer.
_OWN_POST_UNDER_THE_JOB = """PRIYA NAND
priya.nand@example.com | Leeds, UK

EXPERIENCE

Wrenfield Mutual, Leeds, UK
{post}                 Feb 2020 – Present
• Built booking software for dance schools, 25 paying customers
Engineering Manager                                Jan 2018 – Present
• Lead 2 teams (14 engineers) building the claims platform

Tollgate Freight, Leeds, UK
Senior Software Engineer                           Mar 2013 – Dec 2017
• Cut invoice processing time from 4 days to 6 hours
"""


@pytest.mark.parametrize(
    ("post", "title", "company"),
    [
        ("Co-founder, Larchway Labs", "Co-founder", "Larchway Labs"),
        ("Consultant, Larchway Labs (side business)", "Consultant", "Larchway Labs"),
    ],
)
def test_issue_12_own_post_under_another_employer_is_its_own_role(
    cli, samples, tmp_path: Path, post: str, title: str, company: str
) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(_OWN_POST_UNDER_THE_JOB.format(post=post), "utf-8")
    job = samples / "jobs" / "director-of-engineering-marrowfield-market.txt"
    run = cli(path, job, "-o", tmp_path / "brief.md", "--export-resume", tmp_path / "me.json")
    assert run.exit_code == 0, run.stderr
    work = json.loads((tmp_path / "me.json").read_text("utf-8"))["work"]
    assert [(w["position"], w["name"]) for w in work] == [
        (title, company),
        ("Engineering Manager", "Wrenfield Mutual"),
        ("Senior Software Engineer", "Tollgate Freight"),
    ]
