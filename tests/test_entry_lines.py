"""Issues 12/13 (brief s8 "reading5"): reading faults that put a résumé's lines under the wrong post or cut them.

Each fault on an invented résumé (text, Markdown or a PDF drawn here), read through the stage and through the CLI
as a user sees it: the exported JSON Resume (what tailor read, each role's highlights) and the JSON brief (each
skill's evidence line).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tailor.read import read_document
from tailor.resume import parse_resume
from tests.conftest import SHOP_POSTING, Run, exported_resume

TODAY = dt.date(2025, 1, 1)


def _highlights(exported: dict) -> dict[str, list[str]]:
    return {f"{w.get('position')}, {w.get('name')}": w.get("highlights", []) for w in exported.get("work", [])}


# --- a title between one employer's bullets, and an unmarked line after it ------------------------------------

PROMOTED = """Jane Roe
jane@example.com

EXPERIENCE

Northwind Labs | Berlin | Mar 2020 – Present
Engineering Manager
- Grew the team from 3 to 8 engineers
- Cut invoice errors by 40%

Contoso Systems | Jun 2016 – Feb 2020
Senior Software Engineer
- Built the ingestion service handling 1M events/s
Software Engineer
Wrote the first version of the payments API
- Ran the on-call rotation

EDUCATION
BSc Computer Science, University of Leeds, 2012 – 2016
"""


def _promoted_pdf(path: Path) -> Path:
    """PROMOTED as a PDF: company and dates on one line, the title in italics below it, bullets drawn with a glyph
    and the unmarked sentence set at the bullets' hanging indent, where a wrapped line would be."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 740, "Jane Roe")
    c.setFont("Helvetica", 10)
    c.drawString(72, 724, "jane@example.com")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 696, "EXPERIENCE")
    y = 678.0
    for company, dates, rows in (
        ("Northwind Labs", "Mar 2020 – Present", "t:Engineering Manager|b:Grew the team from 3 to 8 engineers"),
        (
            "Contoso Systems",
            "Jun 2016 – Feb 2020",
            "t:Senior Software Engineer|b:Built the ingestion service handling 1M events/s|t:Software Engineer"
            "|p:Wrote the first version of the payments API|b:Ran the on-call rotation",
        ),
    ):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, company)
        c.setFont("Helvetica", 10)
        c.drawRightString(540, y, dates)
        y -= 14
        for row in rows.split("|"):
            kind, text = row.split(":", 1)
            c.setFont("Helvetica-Oblique" if kind == "t" else "Helvetica", 10)
            if kind == "b":
                c.drawString(80, y, "•")
            c.drawString(72 if kind == "t" else 90, y, text)
            y -= 13
        y -= 6
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "EDUCATION")
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 18, "BSc Computer Science, University of Leeds")
    c.drawRightString(540, y - 18, "2008 – 2012")
    c.save()
    return path


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_title_between_bullets_is_glued_to_neither_bullet(
    tmp_path: Path, cli: Callable[..., Run], kind: str
) -> None:
    # "... 1M events/s Software Engineer Wrote the first ...": the post held before a promotion, glued to the bullet
    # above and the unmarked sentence below, was quoted as one line (issue 12, blind review)
    path = tmp_path / f"resume.{kind}"
    if kind == "pdf":
        _promoted_pdf(path)
    else:
        path.write_text(PROMOTED, "utf-8")
    highlights = _highlights(exported_resume(tmp_path, cli, path))
    assert highlights["Senior Software Engineer, Contoso Systems"] == [
        "Built the ingestion service handling 1M events/s",
        "Wrote the first version of the payments API",
        "Ran the on-call rotation",
    ]


def test_an_unmarked_sentence_opening_on_an_action_verb_starts_its_own_bullet() -> None:
    text = PROMOTED.replace("Software Engineer\nWrote", "Wrote").replace(
        "- Built the ingestion service handling 1M events/s", "- Built the ingestion service\nLed the rewrite of it"
    )
    path_roles = parse_resume(_text_doc(text), TODAY).roles
    contoso = next(r for r in path_roles if r.company == "Contoso Systems")
    assert [b.text for b in contoso.bullets] == [
        "Built the ingestion service",
        "Led the rewrite of it",
        "Wrote the first version of the payments API",
        "Ran the on-call rotation",
    ]


def test_a_bullet_wrapped_on_an_open_word_still_joins() -> None:
    # the guard: a line above that stops on "of" or a comma goes on over the next line, whatever that line opens with
    text = PROMOTED.replace(
        "- Built the ingestion service handling 1M events/s", "- Built the ingestion service as part of\nBuilt-in tools"
    )
    contoso = next(r for r in parse_resume(_text_doc(text), TODAY).roles if r.company == "Contoso Systems")
    assert contoso.bullets[0].text == "Built the ingestion service as part of Built-in tools"


def test_a_title_like_tail_at_the_hanging_indent_is_the_bullet_wrapped(tmp_path: Path) -> None:
    # the guard, in a PDF: "Senior Engineers" set under "Hired and coached 4", at the bullet's text, is its end
    path = tmp_path / "wrapped.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 696, "EXPERIENCE")
    c.setFont("Helvetica", 10)
    c.drawString(72, 678, "Engineering Manager, Contoso Systems")
    c.drawRightString(540, 678, "Jun 2016 – Feb 2020")
    for y, text in ((664, "• Hired and coached 4"), (651, "Senior Engineers"), (638, "• Ran the on-call rotation")):
        if text.startswith("•"):
            c.drawString(80, y, "•")
        c.drawString(90, y, text.removeprefix("• "))
    c.save()
    role = parse_resume(read_document(path), TODAY, strict=False).roles[0]
    assert [b.text for b in role.bullets] == ["Hired and coached 4 Senior Engineers", "Ran the on-call rotation"]


def _text_doc(text: str):  # type: ignore[no-untyped-def]
    from tailor.model import DocKind, Document
    from tailor.read import text_lines

    return Document("r.txt", DocKind.TEXT, tuple(text_lines(text)))


# --- a technologies line: after a list, and wrapped ---------------------------------------------------------

MARKDOWN = """# Jane Roe
jane@example.com

## Experience

### Senior Software Engineer, Contoso Systems
June 2016 – February 2020
- Built the ingestion service (Kafka, Flink) handling 1M events/s
- Mentored four junior engineers
  - Technologies: Python, Django, PostgreSQL,
    Redis, Celery
- Ran the on-call rotation
Technologies I worked with: Go, Kubernetes, Terraform

### Software Engineer, Fabrikam Inc
June 2012 – May 2016
- Wrote the payments API in Java

## Education
BSc Computer Science, University of Leeds, 2008 – 2012
"""


def test_markdown_technologies_line_after_a_list_is_its_own_line(tmp_path: Path, cli: Callable[..., Run]) -> None:
    path = tmp_path / "resume.md"
    path.write_text(MARKDOWN, "utf-8")
    highlights = _highlights(exported_resume(tmp_path, cli, path))["Senior Software Engineer, Contoso Systems"]
    assert highlights[-2:] == ["Ran the on-call rotation", "Technologies I worked with: Go, Kubernetes, Terraform"]


def _wrapped_list_pdf(path: Path) -> Path:
    """A bullet list whose technologies sub-bullet wraps at the hanging indent, as a PDF renderer sets it."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 740, "Jane Roe")
    c.setFont("Helvetica", 10)
    c.drawString(72, 724, "jane@example.com")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 696, "EXPERIENCE")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 678, "Senior Software Engineer, Contoso Systems")
    c.setFont("Helvetica", 10)
    c.drawRightString(540, 678, "Jun 2016 – Feb 2020")
    y = 664
    for text, wrap in (
        ("Built the ingestion service (Kafka, Flink) handling 1M events/s", None),
        ("Technologies: Python, Django, PostgreSQL,", "Redis, Celery"),
        ("Ran the on-call rotation", None),
    ):
        c.drawString(80, y, "•")
        c.drawString(90, y, text)
        y -= 13
        if wrap:
            c.drawString(90, y, wrap)
            y -= 13
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 8, "EDUCATION")
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 26, "BSc Computer Science, University of Leeds")
    c.drawRightString(540, y - 26, "2008 – 2012")
    c.save()
    return path


def test_wrapped_technologies_list_is_one_line_and_the_evidence_is_all_of_it(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    # "Redis, Celery" cited alone: the skill's evidence was the list's second line only (issue 12, blind review)
    whole = "Technologies: Python, Django, PostgreSQL, Redis, Celery"
    for path in (_wrapped_list_pdf(tmp_path / "resume.pdf"), tmp_path / "resume.md"):
        if path.suffix == ".md":
            path.write_text(MARKDOWN, "utf-8")
        assert whole in [ln.text for ln in read_document(path).lines]
        job, out = tmp_path / "job.txt", tmp_path / "brief.json"
        job.write_text(SHOP_POSTING, "utf-8")
        run = cli(path, job, "-o", out, "--format", "json", "--force")
        assert run.exit_code == 0, run.stderr
        detail = {s["name"]: s for s in json.loads(out.read_text("utf-8"))["resume"]["skills_detail"]}
        for name in ("Redis", "Celery", "Django"):
            assert [e["text"] for e in detail[name]["evidence"]] == [whole], (path.suffix, name)


def test_an_address_over_two_lines_is_not_joined_as_a_list() -> None:
    from tailor.read import text_lines

    lines = [ln.text for ln in text_lines("Jane Roe\nFlat 3, 48 Mare Street, London,\nE8 4RT\n")]
    assert lines == ["Jane Roe", "Flat 3, 48 Mare Street, London,", "E8 4RT"]


# --- posts outside work ------------------------------------------------------------------------------------

OUTSIDE = """Jane Roe
jane@example.com

Experience
Senior Software Engineer, Contoso Systems
June 2016 – February 2020
- Built the ingestion service handling 1M events/s
- Mentored four junior engineers

{heading}
Organiser, local Python meetup, 2019 – 2022
Volunteer tutor, weekend coding club, 2015 – 2018

Education
BSc Computer Science, University of Leeds, 2008 – 2012
"""


def test_outside_work_sections_however_named_hold_their_own_entries(tmp_path: Path, cli: Callable[..., Run]) -> None:
    # "Volunteering & Activities" and "Outside work" were not read as sections: their entries became jobs (one with
    # the heading for its employer) or a bullet of the job above, and their years counted as work
    for heading in ("Volunteering & Activities", "Outside work", "Community and Volunteer Work"):
        resume = parse_resume(_text_doc(OUTSIDE.format(heading=heading)), TODAY)
        jobs = [r for r in resume.roles if not r.internship]
        assert [(r.title, r.company) for r in jobs] == [("Senior Software Engineer", "Contoso Systems")], heading
        assert [b.text for b in jobs[0].bullets] == [
            "Built the ingestion service handling 1M events/s",
            "Mentored four junior engineers",
        ], heading
        assert {(r.title, r.company) for r in resume.roles if r.internship} == {
            ("Organiser", "local Python meetup"),
            ("Volunteer tutor", "weekend coding club"),
        }, heading
        assert resume.years_experience is not None and round(resume.years_experience, 2) == 3.75, heading
    path = tmp_path / "resume.txt"
    path.write_text(OUTSIDE.format(heading="Outside work"), "utf-8")
    highlights = _highlights(exported_resume(tmp_path, cli, path))
    assert highlights["Senior Software Engineer, Contoso Systems"] == [
        "Built the ingestion service handling 1M events/s",
        "Mentored four junior engineers",
    ]


# --- a parenthetical inside a bullet -------------------------------------------------------------------------


def test_a_parenthetical_in_a_bullet_is_read_verbatim(tmp_path: Path) -> None:
    # "Built the ingestion service (Kafka, Flink) handling 1M events/s" must reach every later stage whole
    path = _wrapped_list_pdf(tmp_path / "resume.pdf")
    roles = parse_resume(read_document(path), TODAY).roles
    assert roles[0].bullets[0].text == "Built the ingestion service (Kafka, Flink) handling 1M events/s"


# --- a table of entries: the header in a left cell, its dates below the title, the bullets in the right cell ---

_TABLE_ROLES = (
    ("Engineering Manager", "Northwind Labs", "Mar 2020 – Present", ("Led a team of 8 engineers", "Cut errors by 40%")),
    (
        "Senior Software Engineer",
        "Contoso Systems",
        "Jun 2016 – Feb 2020",
        ("Built the ingestion service (Kafka, Flink)", "Mentored four junior engineers", "Wrote the payments API"),
    ),
    ("Software Engineer", "Fabrikam Inc", "Jul 2012 – May 2016", ("Shipped the first mobile app", "Ran load tests")),
)


def _table_pdf(path: Path) -> Path:
    """Each role's title, employer and dates stacked in a left cell; its bullets, drawn as discs the way a browser
    draws a list, in the right cell beside it, the first on the title's line."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 740, "Jane Roe")
    c.setFont("Helvetica", 10)
    c.drawString(72, 724, "jane@example.com")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 696, "EXPERIENCE")
    y = 678.0
    for title, company, dates, bullets in _TABLE_ROLES:
        for k, (text, font) in enumerate(((title, "Helvetica-Bold"), (company, "Helvetica"), (dates, "Helvetica"))):
            c.setFont(font, 10)
            c.drawString(72, y - 13 * k, text)
        for k, text in enumerate(bullets):
            c.circle(276, y - 13 * k + 3.5, 1.6, stroke=0, fill=1)
            c.drawString(284, y - 13 * k, text)
        y -= 13 * max(3, len(bullets)) + 10
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "EDUCATION")
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 18, "BSc Computer Science, University of Leeds")
    c.drawRightString(540, y - 18, "2008 – 2012")
    c.save()
    return path


def test_bullets_in_a_table_cell_beside_their_entry_stay_under_its_dates(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    # read left column then right, every bullet came after the last entry: cited under another role's dates
    highlights = _highlights(exported_resume(tmp_path, cli, _table_pdf(tmp_path / "resume.pdf")))
    assert highlights == {f"{title}, {company}": list(bullets) for title, company, _, bullets in _TABLE_ROLES}
