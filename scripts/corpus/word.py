"""Word documents in three common layouts, built with python-docx, printed to PDF by LibreOffice.

    python scripts/corpus/word.py

- tabs:   a classic one-column résumé: bold title with the dates on a right-aligned tab stop, the
          employer in italics below, bullets in "List Bullet", contact details in the page header.
- table:  each entry a table row, dates in a narrow left cell, employer and title in the right cell.
- twocol: the whole page one two-column table: a shaded sidebar (contact, skills, languages,
          education) beside the experience.
The .docx files of `table` and `twocol` are kept too (tailor reads .docx); every style is printed to PDF.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import (AS_OF, RESUMES, Persona, address, check_gold, fmt_range, gold, pdf_text, personas,
                    skill_lines, stamp_pdf, write_gold)

KEEP_DOCX = {"table", "twocol"}


def new_document(p: Persona) -> Document:
    doc = Document()
    doc.core_properties.author = p.basics["name"]
    doc.core_properties.created = dt.datetime.combine(AS_OF, dt.time(12))
    doc.core_properties.modified = dt.datetime.combine(AS_OF, dt.time(12))
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(1.6)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    return doc


def heading(container, text: str, size: int = 12, caps: bool = False, color: str = "1F3864") -> None:
    para = container.add_paragraph()
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.space_after = Pt(3)
    run = para.add_run(text.upper() if caps else text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(color)
    _bottom_border(para)


def _bottom_border(para) -> None:
    ppr = para._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3864")):
        bottom.set(qn(k), v)
    border.append(bottom)
    ppr.append(border)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def bullets(container, items: list[str]) -> None:
    for text in items:
        para = container.add_paragraph(text, style="List Bullet")
        para.paragraph_format.space_after = Pt(0)


def tabs(p: Persona) -> tuple[Document, list[str]]:
    doc, b, ds = new_document(p), p.basics, p.date_style
    header = doc.sections[0].header.paragraphs[0]
    header.text = f"{address(p)}  |  {b.get('phone')}  |  {b['email']}"
    header.runs[0].font.size = Pt(8)
    name = doc.add_paragraph()
    run = name.add_run(b["name"])
    run.bold, run.font.size = True, Pt(22)
    doc.add_paragraph(b.get("label", ""))
    sections = ["Professional Summary", "Professional Experience", "Education", "Skills"]
    heading(doc, sections[0], caps=True)
    doc.add_paragraph(b.get("summary", ""))
    heading(doc, sections[1], caps=True)
    width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    for w in p.work:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        para.add_run(w["position"]).bold = True
        para.add_run("\t" + fmt_range(w, ds))
        sub = doc.add_paragraph()
        sub.add_run(w["name"] + (f", {w['location']}" if w.get("location") else "")).italic = True
        sub.paragraph_format.space_after = Pt(2)
        bullets(doc, w.get("highlights", []))
    heading(doc, sections[2], caps=True)
    for e in p.data.get("education", []):
        para = doc.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        para.add_run(f"{e['studyType']} {e['area']}, {e['institution']}").bold = True
        para.add_run(f"\t{e['endDate'][:4]}")
    heading(doc, sections[3], caps=True)
    for n, k in skill_lines(p):
        para = doc.add_paragraph()
        para.add_run(f"{n}: ").bold = True
        para.add_run(k)
    if p.data.get("languages"):
        sections.append("Languages")
        heading(doc, "Languages", caps=True)
        doc.add_paragraph(", ".join(f"{l['language']} ({l['fluency']})" for l in p.data["languages"]))
    return doc, sections


def table(p: Persona) -> tuple[Document, list[str]]:
    doc, b, ds = new_document(p), p.basics, p.date_style
    title = doc.add_paragraph()
    run = title.add_run(b["name"])
    run.bold, run.font.size = True, Pt(20)
    doc.add_paragraph(f"{b.get('label', '')}\n{address(p)}\n{b.get('phone')} · {b['email']}")
    sections = ["Profile", "Work History", "Education", "Skills"]
    heading(doc, "Profile", color="000000")
    doc.add_paragraph(b.get("summary", ""))
    heading(doc, "Work History", color="000000")
    grid = doc.add_table(rows=0, cols=2)
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    for w in p.work:
        left, right = grid.add_row().cells
        left.width, right.width = Cm(4), Cm(13)
        left.paragraphs[0].add_run(fmt_range(w, ds)).font.size = Pt(9)
        right.paragraphs[0].add_run(w["name"]).bold = True
        right.add_paragraph().add_run(w["position"]).italic = True
        bullets(right, w.get("highlights", []))
    heading(doc, "Education", color="000000")
    grid = doc.add_table(rows=0, cols=2)
    for e in p.data.get("education", []):
        left, right = grid.add_row().cells
        left.width, right.width = Cm(4), Cm(13)
        left.text = f"{e['startDate'][:4]} – {e['endDate'][:4]}"
        right.text = f"{e['institution']}\n{e['studyType']}, {e['area']}"
    heading(doc, "Skills", color="000000")
    for n, k in skill_lines(p):
        doc.add_paragraph(f"{n}: {k}")
    return doc, sections


def twocol(p: Persona) -> tuple[Document, list[str]]:
    doc, b, ds = new_document(p), p.basics, p.date_style
    grid = doc.add_table(rows=1, cols=2)
    side, main = grid.rows[0].cells
    side.width, main.width = Cm(5.5), Cm(11.5)
    _shade(side, "DCE6F0")
    name = side.paragraphs[0].add_run(b["name"])
    name.bold, name.font.size = True, Pt(16)
    side.add_paragraph(b.get("label", ""))
    heading(side, "Contact", size=11, caps=True)
    for line in (address(p), b.get("phone"), b["email"]):
        side.add_paragraph(line)
    heading(side, "Skills", size=11, caps=True)
    for n, k in skill_lines(p):
        side.add_paragraph().add_run(n).bold = True
        side.add_paragraph(k)
    sections = ["Contact", "Skills"]
    if p.data.get("languages"):
        sections.append("Languages")
        heading(side, "Languages", size=11, caps=True)
        for l in p.data["languages"]:
            side.add_paragraph(f"{l['language']} – {l['fluency']}")
    heading(side, "Education", size=11, caps=True)
    for e in p.data.get("education", []):
        side.add_paragraph().add_run(e["institution"]).bold = True
        side.add_paragraph(f"{e['studyType']} {e['area']}, {e['endDate'][:4]}")
    sections += ["Education", "Profile", "Experience"]
    main.paragraphs[0].add_run("")
    heading(main, "Profile", size=11, caps=True)
    main.add_paragraph(b.get("summary", ""))
    heading(main, "Experience", size=11, caps=True)
    for w in p.work:
        para = main.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.add_run(w["position"]).bold = True
        para.add_run(f" | {w['name']}")
        main.add_paragraph().add_run(fmt_range(w, ds)).font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        bullets(main, w.get("highlights", []))
    return doc, sections


STYLES = {"tabs": tabs, "table": table, "twocol": twocol}


def main() -> None:
    RESUMES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corpus-word-") as tmp:
        made = []
        for style, build in STYLES.items():
            for p in personas():
                doc, sections = build(p)
                src = Path(tmp, f"word-{style}-{p.id}.docx")
                doc.save(src)
                made.append((style, p, src, sections))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "pdf", "--outdir", tmp, *(str(m[2]) for m in made)], check=True, capture_output=True,
                       timeout=600)
        for style, p, src, sections in made:
            note = f"python-docx layout '{style}' (scripts/corpus/word.py); dates in the persona's {p.date_style} style."
            pdf = RESUMES / f"{src.stem}.pdf"
            shutil.copy(src.with_suffix(".pdf"), pdf)
            stamp_pdf(pdf, p.basics["name"])
            g = gold(pdf.stem, p, sections, notes=f"Word document printed to PDF by LibreOffice; {note}")
            if problems := check_gold(g, pdf_text(pdf), pdf_text(pdf, layout=False)):
                print(f"  {pdf.stem}: gold not confirmed by the text: {', '.join(problems)}")
            write_gold(g)
            if style in KEEP_DOCX:
                doc_id = f"docx-{style}-{p.id}"
                shutil.copy(src, RESUMES / f"{doc_id}.docx")
                write_gold({**g, "id": doc_id, "notes": f"Word document (.docx); {note}"})
        print(f"word: {len(made)} PDFs, {sum(s in KEEP_DOCX for s, *_ in made)} .docx kept")


if __name__ == "__main__":
    main()
