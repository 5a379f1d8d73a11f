"""posting.py: Document -> Posting, on small postings written for these tests."""

from __future__ import annotations

import json

import pytest

from tailor.errors import ContentError
from tailor.model import DocKind, Document, Line, SectionKind, Seniority
from tailor.posting import parse_posting

_FILLER = (
    "We value kindness, clear writing and steady delivery. Our teams work in small groups with a lot of "
    "autonomy and a shared sense of ownership over the product and the platform it runs on."
)


def _doc(text: str, kind: DocKind = DocKind.TEXT) -> Document:
    """A Document as the reader would build it: "- " marks a bullet, "#" a heading."""
    lines = []
    for raw in text.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        bullet, heading = raw.startswith("- "), raw.startswith("#")
        lines.append(Line(raw.lstrip("-# ").strip(), bullet=bullet, heading=heading))
    return Document(source="job.txt", kind=kind, lines=tuple(lines), raw=text)


def _posting(header: str, body: str = "") -> str:
    return f"""{header}

{body}

About us
{_FILLER}

Responsibilities
- Design, build and run the services behind our checkout
- Review code and improve our testing practice

Requirements
- 5+ years of experience with Python or Go
- Experience with PostgreSQL and Kafka
"""


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chief Technology Officer", Seniority.CTO),
        ("CTO, Payments", Seniority.CTO),
        ("VP, Software Engineering - Core", Seniority.VP),
        ("Vice President of Engineering", Seniority.VP),
        ("Head of Engineering", Seniority.HEAD),
        ("Director of Engineering, Platform", Seniority.DIRECTOR),
        ("Senior Director, Engineering", Seniority.DIRECTOR),
        ("Engineering Manager", Seniority.MANAGER),
        ("Senior Engineering Manager", Seniority.MANAGER),
        ("Tech Manager, Software Engineering - Data", Seniority.MANAGER),
        ("Staff Backend Engineer (Go)", Seniority.IC_STAFF),
        ("Principal Engineer", Seniority.IC_STAFF),
        ("Tech Lead, Integrations", Seniority.IC_STAFF),
        ("Lead Software Engineer", Seniority.IC_STAFF),
        ("Solutions Architect", Seniority.IC_STAFF),
        ("Senior Backend Engineer", Seniority.IC_SENIOR),
        ("Sr. Developer", Seniority.IC_SENIOR),
    ],
)
def test_posting_seniority_from_title(title: str, expected: Seniority) -> None:
    posting = parse_posting(_doc(_posting(f"{title}\nAcme Robotics")))
    assert posting.title == title
    assert posting.seniority is expected


def test_posting_tech_lead_who_manages_people_is_a_manager() -> None:
    body = "You will have 6 direct reports and run their performance reviews."
    posting = parse_posting(_doc(_posting("Tech Lead, Payments\nAcme Robotics", body)))
    assert posting.seniority is Seniority.MANAGER


def test_posting_seniority_from_body_when_title_names_no_level() -> None:
    body = "You will manage managers across three product groups."
    posting = parse_posting(_doc(_posting("Software Engineering Lead Role\nAcme Robotics", body)))
    assert posting.seniority is not Seniority.OTHER
    plain = parse_posting(_doc(_posting("Software Engineer\nAcme Robotics").replace("5+ years of ", "")))
    assert plain.seniority is Seniority.OTHER


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        ("Staff Engineer\nCompany: Northwind Labs Inc.\nSource: LinkedIn", "", "Northwind Labs Inc."),
        ("Staff Engineer", "About Northwind\nNorthwind makes tools for farms.", "Northwind"),
        ("Staff Engineer", "At Northwind, we build tools for farms. Northwind is growing.", "Northwind"),
        ("Staff Engineer", "Northwind is a platform for farms. Northwind ships weekly.", "Northwind"),
        ("Staff Engineer", "Join Northwind and help farms thrive. Northwind ships weekly.", "Northwind"),
        ("Staff Engineer\nNorthwind\n🌎 Remote", "", "Northwind"),
        ("Staff Engineer at Northwind", "", "Northwind"),
    ],
)
def test_posting_company_from_each_cue(header: str, body: str, expected: str) -> None:
    assert parse_posting(_doc(_posting(header, body))).company == expected


def test_posting_aggregator_noise_is_ignored() -> None:
    header = (
        "CLICK TO APPLY\nSource: Job board\nB\nI\nU\nH1\nPlatform Engineering Manager\nNorthwind\n💰 $200,000 🌎 Remote"
    )
    posting = parse_posting(_doc(_posting(header)))
    assert posting.title == "Platform Engineering Manager"
    assert posting.company == "Northwind"
    assert posting.remote
    assert not any("CLICK" in r or r in ("B", "I", "U") for r in posting.requirements)


def test_posting_title_keeps_its_qualifier_but_drops_a_location() -> None:
    posting = parse_posting(_doc(_posting("Tech Lead Engineer | Integrations - Remote\nNorthwind")))
    assert posting.title == "Tech Lead Engineer | Integrations"
    assert posting.remote


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("## About us", SectionKind.ABOUT),
        ("Who we are", SectionKind.ABOUT),
        ("WHAT YOU'LL DO", SectionKind.RESPONSIBILITIES),
        ("In this role you will:", SectionKind.RESPONSIBILITIES),
        ("Your impact", SectionKind.RESPONSIBILITIES),
        ("What we're looking for:", SectionKind.REQUIREMENTS),
        ("Minimum qualifications", SectionKind.REQUIREMENTS),
        ("About you", SectionKind.REQUIREMENTS),
        ("Preferred qualifications", SectionKind.NICE_TO_HAVE),
        ("Bonus points:", SectionKind.NICE_TO_HAVE),
        ("It would be great if", SectionKind.NICE_TO_HAVE),
        ("Perks & Benefits", SectionKind.BENEFITS),
        ("Our stack", SectionKind.STACK),
        ("Tools we use:", SectionKind.STACK),
    ],
)
def test_posting_heading_variants_map_to_kinds(heading: str, kind: SectionKind) -> None:
    text = _posting("Staff Engineer\nNorthwind") + f"\n{heading}\n- Something worth saying here\n"
    posting = parse_posting(_doc(text))
    last = posting.sections[-1]
    assert (last.heading, last.kind) == (heading.lstrip("# ").rstrip(":"), kind)


def test_posting_lists_fill_from_their_sections() -> None:
    text = _posting("Staff Engineer\nNorthwind") + "\nNice to have\n- Rust is a plus\n"
    posting = parse_posting(_doc(text))
    assert posting.responsibilities == (
        "Design, build and run the services behind our checkout",
        "Review code and improve our testing practice",
    )
    assert posting.requirements == ("5+ years of experience with Python or Go", "Experience with PostgreSQL and Kafka")
    assert posting.nice_to_have == ("Rust is a plus",)
    assert "no requirements section" not in " ".join(posting.report.warnings)


def test_posting_sub_headings_stay_in_their_section() -> None:
    text = _posting("Engineering Manager\nNorthwind") + (
        "\nWhat you'll do\nPeople:\n- Hire and grow the team\nTechnical:\n- Own the roadmap\n"
    )
    posting = parse_posting(_doc(text))
    assert posting.responsibilities[-2:] == ("Hire and grow the team", "Own the roadmap")


def test_posting_without_headings_sorts_items_by_wording() -> None:
    text = f"""Senior Engineer
Northwind
{_FILLER}
- Lead the migration of our billing system
- Own the reliability of the API
- 5+ years of experience with Java
- You have shipped mobile apps before
- Kotlin is a bonus
- Experience with GraphQL preferred
"""
    posting = parse_posting(_doc(text))
    assert posting.responsibilities == ("Lead the migration of our billing system", "Own the reliability of the API")
    assert posting.requirements == ("5+ years of experience with Java", "You have shipped mobile apps before")
    assert posting.nice_to_have == ("Kotlin is a bonus", "Experience with GraphQL preferred")
    assert any("no requirements section" in w for w in posting.report.warnings)


def test_posting_leadership_signals_team_and_reporting_line() -> None:
    body = (
        "You will lead a team of 40 engineers, reporting directly to the VP of Engineering. "
        "Northwind is a platform that helps farms sell their harvest."
    )
    text = _posting("Director of Engineering\nNorthwind", body) + (
        "\nWhat you'll do\n- Hire and grow a team of managers\n- Own the platform roadmap and budget\n"
        "- Fix the office printer when it jams\n"
    )
    posting = parse_posting(_doc(text))
    signals = " | ".join(posting.leadership_signals)
    assert "team of 40 engineers" in signals
    assert "Hire and grow a team of managers" in signals
    assert "Own the platform roadmap and budget" in signals
    assert "printer" not in signals
    assert all(3 <= len(s.split()) <= 15 for s in posting.leadership_signals)
    assert posting.team is not None and "40 engineers" in posting.team
    assert posting.reports_to is not None and "VP of Engineering" in posting.reports_to
    assert any("helps farms" in s for s in posting.about)


def test_posting_location_and_remote() -> None:
    posting = parse_posting(_doc(_posting("Staff Engineer\nNorthwind\nAustin, TX")))
    assert (posting.location, posting.remote) == ("Austin, TX", False)
    hybrid = parse_posting(_doc(_posting("Staff Engineer\nNorthwind\nLocation: Berlin (hybrid)")))
    assert hybrid.remote


def test_posting_too_short_is_a_content_error() -> None:
    with pytest.raises(ContentError, match=r"job.txt: the posting is too short to draft from \(5 words\)"):
        parse_posting(_doc("Staff Engineer at Northwind. Apply!"))


def test_posting_report_names_what_was_found() -> None:
    posting = parse_posting(_doc(_posting("Staff Engineer\nNorthwind")))
    report = posting.report
    assert report.kind == "txt"
    assert "company: Northwind" in report.found
    assert "2 requirements" in report.found
    assert not any("English" in w for w in report.warnings)


def test_posting_refuses_another_language() -> None:
    text = "Ingeniero de plataforma\nNorthwind\n" + " ".join(["desarrollar servicios fiables para clientes"] * 12)
    with pytest.raises(ContentError, match="looks like Spanish; tailor reads English"):
        parse_posting(_doc(text))


def test_posting_from_html_lines() -> None:
    html_like = f"""Staff Platform Engineer - Northwind | Careers
# Staff Platform Engineer
Northwind is a platform that helps farms sell their harvest. {_FILLER}
## What you'll do
- Set technical direction for the platform team
- Mentor engineers across three teams
## What you'll bring
- 8+ years of experience building distributed systems
"""
    posting = parse_posting(_doc(html_like, DocKind.HTML))
    assert posting.title == "Staff Platform Engineer"
    assert posting.company == "Northwind"
    assert posting.seniority is Seniority.IC_STAFF
    assert posting.requirements == ("8+ years of experience building distributed systems",)
    assert posting.report.kind == "html"


@pytest.mark.parametrize(
    ("text", "company", "title", "seniority"),
    [
        # the title only in prose, the company as the subject of the first sentence
        (
            "Orbital Freight builds routing software for regional trucking fleets.\n"
            "We're looking for a Principal Engineer to set the technical direction of our dispatch platform.\n"
            + _FILLER,
            "Orbital Freight",
            "Principal Engineer",
            Seniority.IC_STAFF,
        ),
        # a board's header line with the company first, then the place
        (
            _posting("VP Engineering\nCorvid Labs · New York, NY (Hybrid)"),
            "Corvid Labs",
            "VP Engineering",
            Seniority.VP,
        ),
        # an ATS line "Ashby · Posted by X" names the company after "posted by"
        (
            _posting("Staff Machine Learning Engineer, Ranking\nAshby · Posted by Quillfeather"),
            "Quillfeather",
            "Staff Machine Learning Engineer, Ranking",
            Seniority.IC_STAFF,
        ),
        # a tagline under the company name is not the company
        (
            _posting(
                "Ravelin Analytics\nProduct analytics for mobile games\nSenior Engineering Manager",
                "Ravelin Analytics is the analytics platform behind game studios.",
            ),
            "Ravelin Analytics",
            "Senior Engineering Manager",
            Seniority.MANAGER,
        ),
        # a lead whose posting denies managing people stays an IC
        (
            _posting("Lead Software Engineer\nNorthvale Mutual", "This is not a people management position."),
            "Northvale Mutual",
            "Lead Software Engineer",
            Seniority.IC_STAFF,
        ),
        (
            _posting("Head of Platform (Remote, US) – $180k–$220k\nFernhill"),
            "Fernhill",
            "Head of Platform",
            Seniority.HEAD,
        ),
        (
            _posting("Sr. Director, Platform Engineering\nHalvard Systems"),
            "Halvard Systems",
            "Sr. Director, Platform Engineering",
            Seniority.DIRECTOR,
        ),
    ],
)
def test_posting_board_layouts(text: str, company: str, title: str, seniority: Seniority) -> None:
    posting = parse_posting(_doc(text))
    assert (posting.company, posting.title, posting.seniority) == (company, title, seniority)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("You will report directly to the CEO.", "the CEO"),
        (
            "You will report to the VP of Engineering, Platform and partner with data science.",
            "the VP of Engineering, Platform",
        ),
        ("This role reports to our CTO, who joined last year.", "our CTO"),
    ],
)
def test_posting_reports_to_names_who(sentence: str, who: str) -> None:
    assert parse_posting(_doc(_posting("Staff Engineer\nNorthwind", sentence))).reports_to == who


def test_posting_about_starts_with_the_company_doing_something() -> None:
    text = (
        _posting("Senior Software Engineer\nKilnworth")
        + "\nAbout Kilnworth\n"
        + "Kilnworth automates accounts receivable for mid-market B2B companies. We serve 900 finance teams.\n"
    )
    assert parse_posting(_doc(text)).about[0] == "Kilnworth automates accounts receivable for mid-market B2B companies."


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "You'll lead two teams (11 engineers, two tech leads) that own the core platform.",
            "two teams (11 engineers, two tech leads)",
        ),
        ("Today the team is 11 engineers and two tech leads, in two time zones.", "11 engineers and two tech leads"),
        ("You will manage 9 engineers and a designer from day one.", "9 engineers"),
        ("You'll join a team of twelve engineers who ship weekly.", "a team of twelve engineers"),
    ],
)
def test_posting_team_size_and_shape_as_printed(sentence: str, team: str) -> None:
    posting = parse_posting(_doc(_posting("Senior Engineering Manager\nAcme Robotics", sentence)))
    assert posting.team == team


def test_posting_team_is_not_a_requirement_to_have_managed_people() -> None:
    body = "You have experience managing 5+ engineers and have managed 2 managers."
    posting = parse_posting(_doc(_posting("Engineering Manager\nAcme Robotics", body)))
    assert posting.team is None


@pytest.mark.parametrize(
    ("title", "level", "seniority"),
    [
        ("Head of Platform", "Head of Platform", Seniority.HEAD),
        ("Senior Engineering Manager", "Senior Engineering Manager", Seniority.MANAGER),
        ("Senior Engineering Manager, Payments", "Senior Engineering Manager", Seniority.MANAGER),
        ("Director of Engineering - Data Platform", "Director of Engineering", Seniority.DIRECTOR),
        ("Engineering Manager- Ruby on Rails", "Engineering Manager", Seniority.MANAGER),
    ],
)
def test_posting_title_and_level_as_printed(title: str, level: str, seniority: Seniority) -> None:
    posting = parse_posting(_doc(_posting(f"{title}\nFernhill")))
    assert posting.title == title  # never the ladder's name ("Head of Engineering")
    assert posting.level == level  # keeps "Senior" and the remit
    assert posting.seniority is seniority


def test_posting_team_of_managers_and_engineers_keeps_both() -> None:
    body = "You will manage four engineering managers and roughly 45 engineers across three sites."
    posting = parse_posting(_doc(_posting("Sr. Director, Platform Engineering\nAcme Robotics", body)))
    assert posting.team == "four engineering managers and roughly 45 engineers"


_HEAD_OF_PLATFORM = """Head of Platform
Fernhill · Remote (US)

Fernhill is the operating system for community health clinics. We help 400 clinics run scheduling,
billing and patient records from one place, and we are growing fast.

About the role
You'll lead two teams (11 engineers, two tech leads) that own our core platform and its reliability.

You will:
- Run on-call, incident management and performance management for the platform teams
- Own the roadmap for our Kubernetes migration

Requirements
- 8+ years of software engineering, including 3+ years managing engineers
- Strong experience with Go or Scala in production
- Experience with data-intensive systems (ClickHouse, Kafka or similar)
"""


def test_cli_posting_read_as_a_hiring_manager_writes_it(cli, samples, tmp_path) -> None:
    job = tmp_path / "head-of-platform.txt"
    job.write_text(_HEAD_OF_PLATFORM, encoding="utf-8")
    out = tmp_path / "brief.json"
    run = cli(samples / "resume.docx", job, "-o", out)
    assert run.exit_code == 0, run.stderr
    posting = json.loads(out.read_text())["posting"]
    assert posting["title"] == "Head of Platform"
    assert posting["team"] == "two teams (11 engineers, two tech leads)"
    assert "operating systems" not in posting["skills_required"] + posting["stack"]
    assert not {"ClickHouse", "Kafka"} & set(posting["stack"])
    assert {"Go", "Scala", "ClickHouse", "Kafka"} <= set(posting["skills_required"])


@pytest.mark.parametrize(
    ("label", "kind"),
    [("- Requirements:", "requirements"), ("- Qualifications:", "requirements"), ("- Nice to have:", "nice_to_have")],
)
def test_issue_12_a_list_item_naming_a_list_starts_it(label: str, kind: str) -> None:
    # "- Requirements:" set as an item of the role's list: the items after it are asked, not duties
    text = f"""Engineering Manager
Ashcombe Labs

About us
{_FILLER}

The role
- Run the payments team and own its SOC 2 controls
{label}
- Experience with SOC 2 or PCI DSS
"""
    posting = parse_posting(_doc(text))
    assert posting.responsibilities == ("Run the payments team and own its SOC 2 controls",)
    assert getattr(posting, kind) == ("Experience with SOC 2 or PCI DSS",)


def test_issue_12_a_list_item_naming_no_list_stays_in_its_list() -> None:
    text = f"""Engineering Manager
Ashcombe Labs

About us
{_FILLER}

The role
- Run the payments team
- Technical direction:
- Own the architecture of the ledger
"""
    assert parse_posting(_doc(text)).responsibilities == ("Run the payments team", "Own the architecture of the ledger")


def test_issue_12_a_leadership_signal_is_never_cut_mid_phrase() -> None:
    # a blind review quoted the brief's "as we go from Series B to" (the posting: "... to Series C.")
    body = (
        "As VP Engineering you will run an organization of 35 people across four teams. You will own delivery, "
        "hiring and the engineering culture as we go from Series B to Series C."
    )
    posting = parse_posting(_doc(_posting("VP Engineering\nNorthwind", body)))
    assert any(s.endswith("Series B to Series C") for s in posting.leadership_signals), posting.leadership_signals
    assert not any(s.split()[-1].lower() in {"to", "from", "and", "of", "the"} for s in posting.leadership_signals)


# Invented for tailor (issue 12): a duty opens with a verb and capitals ("Report SLA figures ..."), the shape
# of "Acme builds ..."; the company is the header's name under the title, with an aside after it.
_DUTY_LED = """Director of Engineering
Quillmoor Logistics (Series C, 300 people)

Responsibilities
- Lead three teams of backend and mobile engineers through their managers
- Report SLA figures and incident trends to the executive team
- Own hiring plans, career ladders and the engineering budget for the group

Requirements
- 10+ years of software engineering and 5+ years managing managers
- Experience with Python, PostgreSQL and AWS at scale
"""

# No headings at all: the duty line is known by its opening verb alone.
_DUTY_LED_UNHEADED = """Engineering Manager, Payments
Report SLA figures weekly to the finance team and own the payment platform's reliability.
You will lead a team of eight engineers and hire two more this year, working with product on the roadmap.
We want 6+ years of software engineering, 2+ years managing engineers, and Java or Kotlin in production.
Orchard Pay builds payment software for independent shops across Europe.
"""


@pytest.mark.parametrize(("text", "company"), [(_DUTY_LED, "Quillmoor Logistics"), (_DUTY_LED_UNHEADED, "Orchard Pay")])
def test_issue_12_a_duty_line_names_no_company(cli, samples, tmp_path, text: str, company: str) -> None:
    job = tmp_path / "job.txt"
    job.write_text(text, encoding="utf-8")
    exported = tmp_path / "job.json"
    run = cli(samples / "resume.md", job, "-o", tmp_path / "brief.md", "--export-posting", exported)
    assert run.exit_code == 0, run.stderr
    assert json.loads(exported.read_text())["company"] == company
