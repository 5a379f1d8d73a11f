"""Tests for render.py: Brief -> PDF, HTML, Markdown, JSON and DOCX bytes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import zipfile

import pytest

from tailor import render
from tailor.errors import OutputError
from tailor.model import (
    Area,
    AreaFit,
    Brief,
    Bullet,
    CheckItem,
    Citation,
    Contact,
    DocKind,
    Document,
    Evidence,
    Fit,
    Interviewer,
    Line,
    Metric,
    MetricKind,
    Need,
    Pitch,
    Posting,
    Question,
    ReadingReport,
    Resume,
    Role,
    Section,
    SectionKind,
    Seniority,
    SeniorityFit,
    Skill,
    SkillMatch,
    Skills,
    Snapshot,
    StarPrompt,
    Strength,
    TimingRow,
)

DATE = dt.date(2025, 3, 14)
HOSTILE = (
    "{{ 7*7 }}",
    "<script>alert(1)</script>",
    '<img src="http://example.com/x.png">',
    "url(file:///etc/passwd)",
)
LONG_WORD = "Supercalifragilistic" * 15  # 300 characters, no break opportunity

BULLETS = (
    ("Led the redesign of the card-authorization pipeline onto Kafka and Go, raising throughput from 1,800 to "
     "14,000 requests/s.", ("from 1,800 to 14,000 requests/s",)),
    ("Tech lead for the 7-engineer payments core team; own the quarterly roadmap with product.", ("7-engineer",)),
    ("Proposed a phased rollout behind feature flags; shipped 5 weeks early with zero incidents.", ("5 weeks",)),
    ("Chose Datadog over a self-hosted stack, saving $310K a year and cutting MTTR from 95 to 38 minutes.",
     ("$310K", "from 95 to 38 minutes")),
    ("Hired 9 engineers and mentored 4 to promotion.", ("9 engineers",)),
    ("Cut CI time from 42 to 11 minutes on GitHub Actions.", ("from 42 to 11 minutes",)),
    ("Migrated billing out of a Rails monolith with the strangler-fig pattern.", ()),
    ("Moved inventory sync to RabbitMQ workers, bringing checkout p95 from 1.9 s to 450 ms.",
     ("from 1.9 s to 450 ms",)),
)
QUESTIONS = (
    "Tell me about a time you scaled a backend system.",
    "How do you handle conflict between product and engineering?",
    "Describe a time you traded speed for quality.",
    "How do you mentor junior engineers?",
    "How do you decide between building and buying?",
    "How do you foster ownership in your team?",
    "How do you approach system design for a new service?",
    "How do you align engineering work with business goals?",
)
ASKED = (
    (Interviewer.VP, Area.SCALING, "What is the engineering org's biggest challenge as it grows to 60 engineers?"),
    (Interviewer.VP, Area.BUSINESS_ALIGNMENT, "How does engineering take part in setting the payments OKRs?"),
    (Interviewer.VP, Area.DEBT_AND_VELOCITY, "How do you budget time for the ledger migration against features?"),
    (Interviewer.VP, Area.CROSS_FUNCTIONAL, "How do product and engineering share the roadmap today?"),
    (Interviewer.HEAD, Area.TEAM_AND_HIRING, "What does the hiring plan for the platform team look like?"),
    (Interviewer.HEAD, Area.QUALITY, "How do you decide when a service needs an SLO?"),
    (Interviewer.HEAD, Area.TECHNICAL_SCALE, "Where does the Kafka pipeline hurt most at peak?"),
    (Interviewer.HEAD, Area.DECISIONS, "How are architecture decisions written down and revisited?"),
)


def _doc(lines: tuple[str, ...], kind: DocKind = DocKind.MARKDOWN) -> Document:
    return Document(source="x", kind=kind, lines=tuple(Line(t) for t in lines), raw="\n".join(lines))


def _evidence(text: str, line: int = 3) -> tuple[Evidence, ...]:
    return (Evidence(line=line, text=text, matched=text.split()[0], section=SectionKind.EXPERIENCE, rule="alias"),)


def _resume(extra: str, n_bullets: int) -> Resume:
    bullets = tuple(
        Bullet(text=f"{text} {extra}".strip(), line=10 + i, metrics=tuple(Metric(m, MetricKind.COUNT) for m in ms))
        for i, (text, ms) in enumerate(BULLETS)
    )
    bullets += tuple(Bullet(text=f"Filler achievement number {i} for the record.", line=30 + i)
                     for i in range(max(0, n_bullets - len(BULLETS))))
    roles = (
        Role("Staff Software Engineer", "Tallowmere Payments", "2022-03", "present", bullets[:4] + bullets[8:],
             location="Denver, CO", line=8),
        Role("Senior Backend Engineer", "Corvane Freight", "2018-06", "2022-02", bullets[4:7], line=15),
        Role("Backend Engineer", "Hollyhock Goods", "2016-04", "2018-05", bullets[7:8], line=20),
    )
    return Resume(
        document=_doc(tuple(b.text for b in bullets)),
        contact=Contact("Marta Lindqvist", "marta@example.com", "+1 555 014 2387", "Denver, CO",
                        ("linkedin.com/in/marta-example",)),
        sections=(Section("Summary", SectionKind.SUMMARY, 1, 2), Section("Experience", SectionKind.EXPERIENCE, 3, 40)),
        roles=roles,
        years_experience=8.9,
        as_of=DATE,
        report=ReadingReport("md", 1, ("2 sections", "3 roles", f"{len(bullets)} bullets", "email"),
                             ("Dates of one role were read as a year only",)),
        summary="Staff backend engineer.",
    )


def _posting(extra: str) -> Posting:
    return Posting(
        document=_doc(("Engineering Manager, Payments Platform", "About Brightpath")),
        company="Brightpath Finance",
        title="Engineering Manager, Payments Platform",
        seniority=Seniority.MANAGER,
        sections=(Section("About", SectionKind.ABOUT, 1, 1),),
        report=ReadingReport("md", 1, ("company", "title", "4 sections")),
        location="Remote (US)",
        remote=True,
        about=(f"Brightpath builds payment infrastructure for 4,000 community banks. {extra}".strip(),),
        team="8 engineers",
        reports_to="the Head of Engineering",
        leadership_signals=("grow the team from 8 to 14 engineers", "own the platform roadmap"),
    )


def _skills() -> tuple[Skills, Skills, tuple[SkillMatch, ...]]:
    held = [("Kafka", Strength.DEMONSTRATED), ("Go", Strength.DEMONSTRATED), ("PostgreSQL", Strength.LISTED),
            ("Kubernetes", Strength.IMPLIED), ("Mentoring", Strength.DEMONSTRATED), ("Datadog", Strength.DEMONSTRATED),
            ("RabbitMQ", Strength.DEMONSTRATED)]
    resume_skills = Skills(tuple(
        Skill(n, "tool", (Area.TECHNICAL_SCALE,), _evidence(f"{n} in use"), strength=s,
              implied_by=("EKS",) if s is Strength.IMPLIED else ())
        for n, s in held
    ), also_mentioned=("strangler-fig",))
    asked = [("Kafka", Need.REQUIRED), ("Go", Need.REQUIRED), ("Mentoring", Need.REQUIRED),
             ("Terraform", Need.REQUIRED), ("Pulsar", Need.NICE), ("PostgreSQL", Need.NICE),
             ("Kubernetes", Need.STACK), ("Snowflake", Need.STACK)]
    posting_skills = Skills(tuple(Skill(n, "tool", (Area.TECHNICAL_SCALE,), _evidence(f"{n} wanted"), need=need)
                                  for n, need in asked))
    strengths = dict(held)
    matches = tuple(SkillMatch(n, need, strengths.get(n), "RabbitMQ" if n == "Pulsar" else None) for n, need in asked)
    return resume_skills, posting_skills, matches


def _brief(extra: str = "", n_bullets: int = 8) -> Brief:
    resume = _resume(extra, n_bullets)
    cite = Citation(resume.roles[0].bullets[0].text, resume.roles[0].label, 10)
    resume_skills, posting_skills, matches = _skills()
    areas = tuple(
        AreaFit(area, weight=w, score=s, explanation=f"{s} from 3 bullets and 2 skills {extra}".strip(),
                evidence=(cite,), skills=("Kafka", "Go"), gaps=("Terraform",) if s < 60 else ())
        for area, w, s in zip(Area, (0.9, 1.0, 0.5, 0.7, 0.8, 0.6, 0.4, 0.3), (72, 85, 55, 64, 80, 90, 48, 70),
                              strict=True)
    )
    fit = Fit(areas, matches, 71, "Weighted mean of the eight area scores by the posting's emphasis.",
              (cite, Citation("Tech lead for the 7-engineer payments core team", "Staff Software Engineer", 11)),
              SeniorityFit(Seniority.MANAGER, Seniority.IC_STAFF, "A step up from staff engineer to manager."))
    star = tuple(
        StarPrompt(q, "Scaling judgement and measurable results", area, (cite,) if i != 3 else (),
                   f"Situation {i} {extra}".strip(), f"Task {i}", f"Action {i}",
                   f"Result {i}: p99 from 820 ms to 140 ms",
                   ("Say how many people were involved",))
        for i, (q, area) in enumerate(zip(QUESTIONS, Area, strict=True))
    )
    return Brief(
        resume=resume,
        resume_skills=resume_skills,
        posting=_posting(extra),
        posting_skills=posting_skills,
        fit=fit,
        snapshot=Snapshot(("Brightpath builds payment infrastructure for community banks.",), ("Kafka", "Go"),
                          "8 engineers", "the Head of Engineering", ("Read the Series B announcement",)),
        pitch=Pitch(f"I'm a staff backend engineer with nine years building payment systems. {extra}".strip(), 12,
                    ("Summary", "Staff Software Engineer, Tallowmere Payments")),
        star=star,
        questions=tuple(Question(text, who, area, "grow the team" if i % 2 else "") for i, (who, area, text)
                        in enumerate(ASKED)),
        checklist=(CheckItem("Know the company mission and product"), CheckItem("Rehearse the pitch aloud")),
        timing=(TimingRow("5–10 min", "Introductions", "Your pitch"),
                TimingRow("15–20 min", "Deep dive into past projects", "STAR stories 1–4")),
        priorities=("Rehearse the Kafka scaling story", "Prepare for the Terraform gap", "Read about community banks"),
        date=DATE,
        version="0.1.0",
    )


# --- rendered once per module: PDF renders take a second or two each ----------------------------


@pytest.fixture(scope="module")
def brief() -> Brief:
    return _brief()


@pytest.fixture(scope="module")
def pdf(brief: Brief) -> bytes:
    return render.render_brief(brief, "pdf")


@pytest.fixture(scope="module")
def pdf_text(pdf: bytes) -> str:
    return _pdf_text(pdf)


@pytest.fixture(scope="module")
def hostile() -> tuple[Brief, bytes, list[str]]:
    """A brief whose document text tries markup, template code and fetches; with every URL WeasyPrint asked for."""
    asked: list[str] = []
    original = render._fetch_asset

    def recording(url: str) -> tuple[bytes, str]:
        asked.append(url)
        return original(url)

    patch = pytest.MonkeyPatch()
    patch.setattr(render, "_fetch_asset", recording)
    try:
        b = _brief(" ".join(HOSTILE))
        return b, render.render_brief(b, "pdf"), asked
    finally:
        patch.undo()


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- PDF ----------------------------------------------------------------------------------------


def test_render_pdf_names_company_candidate_and_areas(pdf_text: str) -> None:
    for expected in ("Brightpath Finance", "Marta Lindqvist", "Engineering Manager, Payments Platform",
                     *(a.title for a in Area)):
        assert expected in pdf_text, expected


def test_render_pdf_has_pitch_star_questions_for_both_interviewers(brief: Brief, pdf_text: str) -> None:
    assert brief.pitch.text in pdf_text
    for question in QUESTIONS:
        assert question in pdf_text, question
    for _, _, text in ASKED:
        assert text in pdf_text, text
    assert "For the VP of Engineering" in pdf_text and "For the Head of Engineering" in pdf_text


def test_render_pdf_metadata_and_bookmarks(pdf: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == "Interview brief — Brightpath Finance — Engineering Manager, Payments Platform"
    assert meta.author == "Marta Lindqvist"
    assert meta["/CreationDate"].startswith("D:20250314")
    titles = _outline_titles(reader.outline)
    for section in ("Your pitch", "Risks and requirements", "Your eight stories",
                    "Three questions for each", "The full brief", "STAR stories", "More questions to choose from",
                    "Skill match", "Checklist",
                    "Appendix: how this brief was made"):
        assert section in titles, section
    assert QUESTIONS[0] in " ".join(titles)


def _outline_titles(outline: list) -> list[str]:
    titles: list[str] = []
    for item in outline:
        titles.extend(_outline_titles(item) if isinstance(item, list) else [" ".join(item.title.split())])
    return titles


def test_render_pdf_is_reproducible(brief: Brief, pdf: bytes) -> None:
    assert render.render_brief(brief, "pdf") == pdf


@pytest.mark.parametrize("paper, width", [("A4", 595), ("Letter", 612)])
def test_render_pdf_paper_size(paper: str, width: int, pdf: bytes, brief: Brief) -> None:
    from pypdf import PdfReader

    data = pdf if paper == "A4" else render.render_brief(brief, "pdf", paper)
    assert round(float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)) == width


def test_render_pdf_hostile_text_is_literal_and_fetches_nothing(hostile: tuple[Brief, bytes, list[str]]) -> None:
    _, data, asked = hostile
    text = _pdf_text(data)
    for literal in HOSTILE:
        assert literal in text, literal
    assert "49" not in re.findall(r"\d+", text.split("Situation 0")[1][:20])
    assert asked == []  # nothing of ours is fetched either: the stylesheet and chart are inline


def test_render_pdf_long_documents_still_lay_out() -> None:
    from pypdf import PdfReader

    data = render.render_brief(_brief(LONG_WORD, n_bullets=200), "pdf")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 4
    assert LONG_WORD in _pdf_text(data).replace(" ", "")


def test_issue_14_fonttools_modules_weasyprint_does_not_use_load_only_when_used() -> None:
    """WeasyPrint is imported without fontTools' subsetter and variable-font instancer (0.05 s of its import);
    they still work when a render needs them: a font subset by fontTools, as where HarfBuzz cannot, still
    gives its PDF, and the instancer, imported later, is the real one. A fresh process: tests import
    WeasyPrint in this one."""
    import subprocess
    import sys

    code = """
import sys
from tailor import render
render.load_renderer()
import weasyprint, weasyprint.pdf.fonts as fonts
print("varLib" if "fontTools.varLib" in sys.modules else "no varLib")  # the subsetter imports it
fonts.harfbuzz_subset = None
pdf = weasyprint.HTML(string="<p>Kubernetes on call</p>").write_pdf()
print(pdf[:5].decode(), type(fonts.subset.Subsetter).__name__, "varLib" in sys.modules["fontTools"].__dict__)
from fontTools.varLib.instancer import instantiateVariableFont
print(instantiateVariableFont.__module__)
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split("\n")[:3] == ["no varLib", "%PDF- type True", "fontTools.varLib.instancer"]


def test_issue_14_compiled_template_is_kept_and_read_back(brief: Brief, tmp_path, monkeypatch) -> None:
    """The brief's template is compiled once and read back from the cache folder by the next run (0.045 s of
    every PDF brief's path), into the same HTML; a damaged file is compiled again, and a folder that cannot be
    written costs the compiling only."""
    import jinja2
    from markupsafe import Markup

    compiled: list[str] = []
    compile_ = jinja2.Environment.compile
    def compile_and_note(self, *args, **kwargs):
        compiled.append(args[1])
        return compile_(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_and_note)
    values = {**render._view(brief), "css": Markup(render._read_template("brief.css")), "page_size": "210mm 297mm"}

    def html() -> str:  # a fresh run's environment: _environment() is kept for the process
        return render._environment.__wrapped__().get_template("brief.html.j2").render(**values)

    monkeypatch.setenv("TAILOR_CACHE_DIR", str(tmp_path / "cache"))
    first = html()
    (kept,) = (tmp_path / "cache").iterdir()
    assert compiled == ["brief.html.j2"] and kept.name.startswith("template-")
    assert html() == first and compiled == ["brief.html.j2"]  # read back, not compiled
    kept.write_bytes(jinja2.bccache.bc_magic + b"\x80\x05\x95garbage")  # Jinja2's header, then garbage
    assert html() == first and len(compiled) == 2 and len(kept.read_bytes()) > 12
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TAILOR_CACHE_DIR", str(blocked / "cache"))
    assert html() == first and len(compiled) == 3


@pytest.mark.parametrize("url", [
    "http://example.com/x.png",
    "https://example.com/style.css",
    "file:///etc/passwd",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///tmp/brief.css",
])
def test_render_fetcher_refuses_foreign_urls(url: str) -> None:
    with pytest.raises(PermissionError):
        render._fetch_asset(url)


def test_render_fetcher_serves_our_templates_only() -> None:
    folder = render._templates_path()
    body, mime = render._fetch_asset((folder / "brief.css").as_uri())
    assert mime == "text/css" and b"@page" in body
    with pytest.raises(PermissionError):
        render._fetch_asset((folder / "brief.html.j2").as_uri())
    with pytest.raises(PermissionError):
        render._fetch_asset((folder / ".." / "pyproject.toml").as_uri())


# --- HTML and Markdown --------------------------------------------------------------------------


def test_render_html_is_self_contained_and_complete(brief: Brief) -> None:
    html = render.render_brief(brief, "html").decode()
    assert '<meta name="viewport"' in html and "<style>" in html
    assert not re.search(r"""(src|href)=["'](https?:|//|file:)""", html)
    assert "<link" not in html
    flat = _flat(html)
    for expected in ("Brightpath Finance", "Marta Lindqvist", brief.pitch.text, *QUESTIONS,
                     *(a.title for a in Area), "Rehearse the pitch aloud"):
        assert expected.replace("'", "&#39;") in flat, expected


def test_render_html_escapes_hostile_text(hostile: tuple[Brief, bytes, list[str]]) -> None:
    html = render.render_brief(hostile[0], "html").decode()
    assert "<script>alert" not in html and '<img src="http' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html


def test_render_markdown_has_all_sections(brief: Brief) -> None:
    md = render.render_brief(brief, "md").decode()
    for heading in ("# Interview brief", "## At the call", "### Your pitch", "### Your eight stories",
                    "## The full brief", "## STAR stories", "## More questions to choose from",
                    "For the VP of Engineering", "For the Head of Engineering",
                    "## Skill match", "## Checklist", "- [ ] Rehearse the pitch aloud", "## Appendix"):
        assert heading in md, heading
    assert "Tell me about a time you scaled a backend system." in md


def test_render_markdown_escapes_structure(hostile: tuple[Brief, bytes, list[str]]) -> None:
    md = render.render_brief(hostile[0], "md").decode()
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "{{ 7\\*7 }}" in md


@pytest.mark.parametrize("text, escaped", [
    ("a *bold* [link](x)", "a \\*bold\\* \\[link\\](x)"),
    ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"),
    ("# not a heading", "\\# not a heading"),
    ("## not a heading", "#\\# not a heading"),
    # a "#" inside a word is no heading: a blind review read "C\\#" in a pitch (issue 12)
    ("services in C# and Go", "services in C# and Go"),
    ("#1 in the region", "#1 in the region"),
    ("a | b", "a \\| b"),
    ("two\nlines", "two lines"),
    ("+ not a list", "\\+ not a list"),
    # a blind review read "8\\+ years" and "(implied),Go" in the Markdown brief
    ("12+ years in software", "12+ years in software"),
    (", ", ", "),
    # a card's blank for the candidate reads as written; a bracket that could open a link or footnote does not
    ("I … [Say why it mattered.]", "I … [Say why it mattered.]"),
    ("see [x]: y", "see \\[x\\]: y"),
    ("a note [^1]", "a note \\[^1\\]"),
])
def test_render_markdown_escape(text: str, escaped: str) -> None:
    assert render._md_escape(text) == escaped


# --- JSON ---------------------------------------------------------------------------------------


def test_render_json_contract(brief: Brief) -> None:
    data = json.loads(render.render_brief(brief, "json"))
    assert set(data) == {"tailor_version", "date", "resume", "posting", "fit", "snapshot", "pitch", "star",
                         "questions", "checklist", "timing", "priorities"}
    assert data["date"] == "2025-03-14"
    resume = data["resume"]
    assert resume["name"] == "Marta Lindqvist"
    assert resume["roles"][0]["start"] == "2022-03" and resume["roles"][0]["end"] == "present"
    assert resume["roles"][0]["metrics"][0] == ["from 1,800 to 14,000 requests/s"]
    assert "Kubernetes" not in resume["skills"] and "Kafka" in resume["skills"]
    implied = next(s for s in resume["skills_detail"] if s["name"] == "Kubernetes")
    assert implied["strength"] == "implied" and implied["implied_by"] == ["EKS"]
    assert set(implied["evidence"][0]) == {"line", "text", "matched", "section", "rule"}
    assert implied["duty"] is False
    posting = data["posting"]
    assert posting["seniority"] == "manager"
    assert posting["skills_required"] == ["Kafka", "Go", "Mentoring", "Terraform"]
    assert posting["skills_duty"] == []
    assert posting["skills_nice"] == ["Pulsar", "PostgreSQL"] and posting["stack"] == ["Kubernetes", "Snowflake"]
    fit = data["fit"]
    assert [a["area"] for a in fit["areas"]] == [a.value for a in Area]
    assert fit["areas"][0]["interviewer"] == "vp" and fit["areas"][4]["interviewer"] == "head"
    pulsar = {"name": "Pulsar", "need": "nice", "strength": None, "substitute": "RabbitMQ", "alternatives": [],
              "duty": False, "through": [], "shown_by": None, "say_how": False}
    assert pulsar in fit["skills"]
    assert fit["seniority"] == {"posting": "manager", "candidate": "ic-staff",
                                "verdict": "A step up from staff engineer to manager."}
    assert len(data["star"]) == 8 and data["star"][0]["area"] == "business-alignment"
    assert data["questions"][4]["interviewer"] == "head"


def test_render_json_is_utf8_and_sorted(brief: Brief) -> None:
    raw = render.render_brief(brief, "json")
    assert "–".encode() in raw  # en dashes of the timing rows stay readable
    assert raw == render.render_brief(brief, "json")
    assert list(json.loads(raw)) == sorted(json.loads(raw))


# --- DOCX ---------------------------------------------------------------------------------------


def test_render_docx_content_and_properties(brief: Brief) -> None:
    import docx

    document = docx.Document(io.BytesIO(render.render_brief(brief, "docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    for expected in ("Brightpath Finance", brief.pitch.text, *QUESTIONS, *(q for _, _, q in ASKED),
                     "☐ Rehearse the pitch aloud"):
        assert expected in text, expected
    assert "Situation 0" in cells and "Terraform" in cells
    props = document.core_properties
    assert props.title == "Interview brief — Brightpath Finance — Engineering Manager, Payments Platform"
    assert props.author == "Marta Lindqvist"
    assert props.created == dt.datetime(2025, 3, 14, tzinfo=dt.timezone.utc)


def test_render_docx_is_reproducible(brief: Brief) -> None:
    first = render.render_brief(brief, "docx")
    assert first == render.render_brief(brief, "docx")
    assert all(i.date_time[:3] == (2025, 3, 14) for i in zipfile.ZipFile(io.BytesIO(first)).infolist())


# --- arguments ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, paper", [("rtf", "A4"), ("pdf", "A3")])
def test_render_rejects_unknown_format_or_paper(brief: Brief, fmt: str, paper: str) -> None:
    with pytest.raises(OutputError):
        render.render_brief(brief, fmt, paper)


def test_render_handles_missing_company_and_name(brief: Brief) -> None:
    bare = dataclasses.replace(
        brief,
        posting=dataclasses.replace(brief.posting, company=None, title=None),
        resume=dataclasses.replace(brief.resume, contact=Contact()),
    )
    html = render.render_brief(bare, "html").decode()
    assert "Interview brief — the company — the role" in html
    assert render.brief_json(bare)["resume"]["name"] is None


_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")


def test_issue_15_colours_are_defined_once_in_css_variables() -> None:
    templates = render._templates()
    css = (templates / "brief.css").read_text()
    root = re.search(r":root\s*\{[^}]*\}", css)
    assert root is not None
    rules = css.replace(root[0], "")
    assert _HEX.findall(rules) == []
    assert re.findall(r"\b(?:white|black)\b(?!-space)", rules) == []
    defined = set(re.findall(r"--([\w-]+)\s*:", root[0]))
    assert set(re.findall(r"var\(--([\w-]+)\)", rules)) <= defined
    for name in ("brief.html.j2", "summary.html.j2"):
        assert _HEX.findall((templates / name).read_text()) == [], name


def test_issue_15_chart_takes_its_colours_from_the_css_variables(brief: Brief) -> None:
    html = render.render_brief(brief, "html").decode()
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None
    used = set(re.findall(r'(?:fill|stroke)="([^"]+)"', svg[0])) - {"none"}
    assert used and used <= set(render.colours().values())
    assert render.colours()["accent"] in used


_MM = 72 / 25.4


def _page_margins_mm() -> tuple[float, float]:
    """(side margin, smallest edge distance for running heads) from brief.css's own @page rule."""
    css = (render._templates() / "brief.css").read_text()
    rule = re.search(r"@page\s*\{\s*margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm", css)
    assert rule is not None
    return float(rule[2]), 6.0  # a printer's unprintable edge is about 5 mm


def test_issue_15_no_text_outside_the_page_margins(sample_briefs) -> None:
    """Every character of every page of every sample brief and of summary.pdf lies inside the side margins,
    and no running head or foot comes within a printer's unprintable edge."""
    import pdfplumber

    side, edge = _page_margins_mm()
    pdfs = sorted(sample_briefs.glob("*.pdf"))
    assert "summary.pdf" in [p.name for p in pdfs] and len(pdfs) >= 6
    outside = []
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                for c in page.chars:
                    left, right = c["x0"] / _MM, (page.width - c["x1"]) / _MM
                    top, bottom = c["top"] / _MM, (page.height - c["bottom"]) / _MM
                    if c["text"].strip() and (min(left, right) < side - 0.3 or min(top, bottom) < edge):
                        outside.append(f"{path.name} p{number}: {c['text']!r} at {left:.1f}/{right:.1f} mm")
    assert outside[:5] == []


def test_issue_12_markdown_lists_keep_their_spaces(brief: Brief) -> None:
    # "hiring (demonstrated),people management" and "background;15–20 min": a separator's space was stripped
    md = render.render_brief(brief, "md").decode()
    assert not re.search(r"\),\S|\w;\d", md), re.findall(r".{20}(?:\),\S|\w;\d).{20}", md)



def test_issue_14_stylesheet_parsed_ahead_draws_the_same_pdf(brief: Brief, pdf: bytes) -> None:
    """The PDF is drawn with brief.css parsed once, ahead (0.03 s off every render), passed to WeasyPrint as a
    user stylesheet: the same bytes as WeasyPrint drawing the HTML file, which holds the stylesheet inline as
    an author's. A rule of brief.css that the move would rank differently (an `!important`, a property the
    page's own `@page { size }` sets) fails here."""
    html = render.brief_html(brief)
    assert html.count("<style>") == 2
    assert render._html(brief, render._page_size("A4"), render._PARSED_AHEAD).count("<style>") == 1
    weasyprint = render._import_weasyprint()
    inline = weasyprint.HTML(string=html, base_url=render._templates_path().as_uri() + "/",
                             url_fetcher=render._fetcher_class()())
    with render._source_date(brief.date):
        assert inline.write_pdf() == pdf
