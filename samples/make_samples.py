"""Regenerate samples/resume.docx and samples/resume.pdf from samples/resume.md.

    python samples/make_samples.py          # or: make samples

resume.md is the source of truth. Its format is deliberately small:

    # Name
    contact line (email · phone · LinkedIn · GitHub · city)
    ## Section
    ### Title — Company            (only under ## Experience)
    City · Mon YYYY – Present
    - bullet
    Label: values                  (grouped lines, e.g. under ## Skills)
    any other line is a paragraph

Both outputs are byte-reproducible: running the script twice gives identical files.
The PDF uses reportlab's invariant mode plus SOURCE_DATE_EPOCH (so it still carries a real
document date), the DOCX gets fixed core properties and fixed zip entry timestamps.

The layouts are chosen to exercise a résumé reader the way real files do: in the PDF the dates
sit right-aligned on the title line and bullets are real "•" glyphs; in the DOCX the contact
details are in the page header and in the first paragraphs, sections use real Heading styles,
bullets use "List Bullet", most role dates sit behind a right-aligned tab, and one role's
title and dates live in a two-cell table row.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "resume.md"
DOCX_OUT = HERE / "resume.docx"
PDF_OUT = HERE / "resume.pdf"

# The "document date" stored in both files. Fixed so the outputs never change between runs.
DOC_DATE = dt.datetime(2025, 10, 6, 9, 30, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2025, 10, 6, 9, 30, 0)
CREATOR = "tailor samples/make_samples.py"

# Which role (0-based, in file order) gets its title and dates in a two-cell table in the DOCX.
DOCX_TABLE_ROLE = 1


# --------------------------------------------------------------------------- parsing


@dataclass
class Role:
    heading: str  # "Title — Company"
    where_when: str  # "City · Mon YYYY – Present"
    bullets: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.heading.split(" — ", 1)[0].strip()

    @property
    def company(self) -> str:
        parts = self.heading.split(" — ", 1)
        return parts[1].strip() if len(parts) == 2 else ""

    @property
    def city(self) -> str:
        return self.where_when.split(" · ", 1)[0].strip()

    @property
    def dates(self) -> str:
        parts = self.where_when.split(" · ", 1)
        return parts[1].strip() if len(parts) == 2 else ""


@dataclass
class Section:
    name: str
    # Items in order: ("para", text) | ("bullet", text) | ("label", (label, values)) | ("role", Role)
    items: list[tuple[str, Any]] = field(default_factory=list)


@dataclass
class Resume:
    name: str
    contact: str
    sections: list[Section]


def parse(md: str) -> Resume:
    name = ""
    contact = ""
    sections: list[Section] = []
    role: Role | None = None
    expect_where_when = False
    for raw in md.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            name = line[2:].strip()
            continue
        if line.startswith("## "):
            sections.append(Section(line[3:].strip()))
            role = None
            continue
        if not sections:
            if name and not contact:
                contact = line
            continue
        sec = sections[-1]
        if line.startswith("### "):
            role = Role(line[4:].strip(), "")
            sec.items.append(("role", role))
            expect_where_when = True
            continue
        if expect_where_when and role is not None and not line.startswith("- "):
            role.where_when = line
            expect_where_when = False
            continue
        expect_where_when = False
        if line.startswith("- "):
            text = line[2:].strip()
            if role is not None:
                role.bullets.append(text)
            else:
                sec.items.append(("bullet", text))
            continue
        label, sep, values = line.partition(": ")
        if sep and len(label) <= 30 and not label.endswith("."):
            sec.items.append(("label", (label, values)))
        else:
            sec.items.append(("para", line))
    if not name or not contact:
        sys.exit(f"{SOURCE}: expected '# Name' followed by a contact line")
    return Resume(name, contact, sections)


# --------------------------------------------------------------------------- DOCX


def build_docx(cv: Resume) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.7)
    text_width = section.page_width - section.left_margin - section.right_margin

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    # Contact details in the page header (many résumé templates do this) ...
    header = section.header.paragraphs[0]
    header.text = f"{cv.name} · {cv.contact}"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in header.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    # ... and again in the body: name as Title, then the contact line.
    doc.add_paragraph(cv.name, style="Title")
    contact = doc.add_paragraph(cv.contact)
    contact.runs[0].font.size = Pt(9.5)

    role_index = 0
    for sec in cv.sections:
        doc.add_heading(sec.name, level=1)
        for kind, item in sec.items:
            if kind == "role":
                assert isinstance(item, Role)
                if role_index == DOCX_TABLE_ROLE:
                    table = doc.add_table(rows=1, cols=2)
                    table.alignment = WD_TABLE_ALIGNMENT.CENTER
                    table.autofit = False
                    left, right = table.rows[0].cells
                    left.width, right.width = text_width - Inches(1.9), Inches(1.9)
                    lp = left.paragraphs[0]
                    lp.add_run(item.title).bold = True
                    lp.add_run(f" — {item.company}")
                    rp = right.paragraphs[0]
                    rp.text = item.dates
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    city = doc.add_paragraph()
                    city.add_run(item.city).italic = True
                else:
                    doc.add_heading(item.heading, level=2)
                    line = doc.add_paragraph()
                    line.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
                    line.add_run(item.city).italic = True
                    line.add_run("\t" + item.dates)
                for bullet in item.bullets:
                    doc.add_paragraph(bullet, style="List Bullet")
                role_index += 1
            elif kind == "bullet":
                doc.add_paragraph(str(item), style="List Bullet")
            elif kind == "label":
                label, values = item
                p = doc.add_paragraph()
                p.add_run(f"{label}: ").bold = True
                p.add_run(values)
            else:
                doc.add_paragraph(str(item))

    props = doc.core_properties
    props.author = cv.name
    props.last_modified_by = cv.name
    props.title = f"{cv.name} — Résumé"
    props.subject = "Résumé (fictional sample for tailor)"
    props.keywords = "résumé, backend, staff engineer, sample"
    props.comments = f"Generated from samples/resume.md by {CREATOR}"
    props.category = "Résumé"
    props.created = DOC_DATE.replace(tzinfo=None)
    props.modified = DOC_DATE.replace(tzinfo=None)
    props.last_printed = DOC_DATE.replace(tzinfo=None)
    props.revision = 1

    raw = io.BytesIO()
    doc.save(raw)
    return _fix_zip_timestamps(raw.getvalue())


def _fix_zip_timestamps(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry dates and attributes so the bytes never change between runs."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- PDF


def build_pdf(cv: Resume) -> bytes:
    # Byte-reproducible output: invariant mode fixes the document ID and drops run-specific
    # comments; SOURCE_DATE_EPOCH makes the CreationDate/ModDate a real, fixed date.
    os.environ["SOURCE_DATE_EPOCH"] = str(int(DOC_DATE.timestamp()))
    import reportlab
    import reportlab.rl_config

    reportlab.rl_config.invariant = 1

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        CondPageBreak,
        Flowable,
        HRFlowable,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    # Bitstream Vera ships inside reportlab, so every machine embeds the very same font bytes.
    # Embedded TrueType subsets carry a ToUnicode map: text extractors (pypdf included) read the
    # "•", "—" and "–" back as themselves, as with PDFs exported from Word or Google Docs.
    font_dir = Path(reportlab.__file__).resolve().parent / "fonts"
    for face, file in (("Sans", "Vera.ttf"), ("Sans-Bold", "VeraBd.ttf"), ("Sans-Oblique", "VeraIt.ttf"),
                       ("Sans-BoldOblique", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(face, str(font_dir / file)))
    pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique",
                                  boldItalic="Sans-BoldOblique")

    accent = colors.HexColor("#1F3A5F")
    grey = colors.HexColor("#555555")
    base = ParagraphStyle("base", fontName="Sans", fontSize=9.4, leading=12.4)
    styles = {
        "name": ParagraphStyle("name", base, fontName="Sans-Bold", fontSize=22, leading=26,
                               textColor=accent),
        "contact": ParagraphStyle("contact", base, fontSize=8.6, leading=11, textColor=grey,
                                  spaceBefore=2, spaceAfter=4),
        "section": ParagraphStyle("section", base, fontName="Sans-Bold", fontSize=11.5,
                                  leading=14, textColor=accent, spaceBefore=9, spaceAfter=1),
        "city": ParagraphStyle("city", base, fontName="Sans-Oblique", fontSize=9, leading=12,
                               textColor=grey, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=3, spaceAfter=2.5,
                                 bulletFontName="Sans"),
        "para": ParagraphStyle("para", base, spaceAfter=3),
    }

    class TitleLine(Flowable):
        """'Title — Company' on the left and the dates right-aligned on the same baseline, drawn
        directly on the canvas the way word processors lay out a right tab stop."""

        size, gap_above = 10.0, 4.0

        def __init__(self, title: str, rest: str, dates: str) -> None:
            super().__init__()
            self.title, self.rest, self.dates = title, rest, dates

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, self.size * 1.3 + self.gap_above

        def draw(self) -> None:
            # One text object with relative moves only, so text extractors keep the dates on the
            # title's line (as they do for a tab in a PDF exported from a word processor).
            c = self.canv
            dates_w = c.stringWidth(self.dates, "Sans", self.size)
            text = c.beginText(0, self.size * 0.3)
            text.setFillColor(colors.black)
            text.setFont("Sans-Bold", self.size)
            text.textOut(self.title)
            text.setFont("Sans", self.size)
            text.textOut(self.rest)
            text.setFillColor(grey)
            text.moveCursor(self.width - dates_w, 0)  # Td: offset from the start of the line
            text.textOut(self.dates)
            c.drawText(text)

    page_w, _ = LETTER
    margin = 0.7 * inch

    story: list = [
        Paragraph(escape(cv.name), styles["name"]),
        Paragraph(escape(cv.contact), styles["contact"]),
    ]
    for sec in cv.sections:
        story.append(CondPageBreak(1.1 * inch))
        story.append(Paragraph(escape(sec.name.upper()), styles["section"]))
        story.append(HRFlowable(width="100%", thickness=0.8, color=accent, spaceBefore=1, spaceAfter=5))
        for kind, item in sec.items:
            if kind == "role":
                assert isinstance(item, Role)
                head = TitleLine(item.title, f" — {item.company}", item.dates)
                bullets = [Paragraph(escape(b), styles["bullet"], bulletText="•") for b in item.bullets]
                # Keep the title, city and first two bullets together so a role never starts at a page foot.
                story.append(KeepTogether([head, Paragraph(escape(item.city), styles["city"]), *bullets[:2]]))
                story.extend(bullets[2:])
            elif kind == "bullet":
                story.append(Paragraph(escape(str(item)), styles["bullet"], bulletText="•"))
            elif kind == "label":
                label, values = item
                story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(values)}", styles["para"]))
            else:
                story.append(Paragraph(escape(str(item)), styles["para"]))
        story.append(Spacer(1, 2))

    class FooterCanvas(Canvas):
        """Draws the page footer when a page is finished, so it comes last in the page's text."""

        def showPage(self) -> None:
            self.saveState()
            self.setFont("Sans", 8)
            self.setFillColor(grey)
            self.drawRightString(page_w - margin, 0.45 * inch, f"{cv.name} — page {self.getPageNumber()}")
            self.restoreState()
            super().showPage()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=0.6 * inch,
        bottomMargin=0.7 * inch,
        title=f"{cv.name} — Résumé",
        author=cv.name,
        subject="Résumé (fictional sample for tailor)",
        keywords="résumé, backend, staff engineer, sample",
        creator=CREATOR,
        producer="ReportLab PDF Library",
        lang="en-US",
    )
    doc.build(story, canvasmaker=FooterCanvas)
    return out.getvalue()


# --------------------------------------------------------------------------- main


def _write_if_changed(path: Path, data: bytes) -> str:
    if path.exists() and path.read_bytes() == data:
        return "unchanged"
    path.write_bytes(data)
    return "written"


def main() -> int:
    cv = parse(SOURCE.read_text(encoding="utf-8"))
    for path, data in ((DOCX_OUT, build_docx(cv)), (PDF_OUT, build_pdf(cv))):
        state = _write_if_changed(path, data)
        print(f"{path.relative_to(HERE.parent)}: {len(data):,} bytes, {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
