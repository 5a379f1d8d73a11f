"""HTML résumés with a CSS grid sidebar, printed to PDF by headless Chromium (the Skia producer).

    python scripts/corpus/html_grid.py

Many résumés are a web page printed from a browser: a grid of a narrow sidebar (contact, skills, languages,
education) beside the main column, every line on one line height. The two columns then share their
baselines, which a reader can take for a table of labels and values (issue 11). Layouts of ours:
- grid-centred: the sidebar centred in 30% of the width, a narrow 4 mm gutter;
- grid-right:   the sidebar set flush right against a 12 mm gutter;
- grid-dates:   three columns, sidebar | dates alone ("09-16 - 03-17", months and two-digit years) | entries whose
                header ("Title | Employer, Place") is set smaller than their bullets;
- prose:        one column, each entry a bold line of dates alone over sentences in the third person
                ("Ingrid is an Engineering Manager at Nordlys Energi A/S.").
"""
from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

from common import (
    RESUMES,
    Persona,
    address,
    check_gold,
    fmt_range,
    gold,
    pdf_text,
    personas,
    stamp_pdf,
    write_gold,
)
from html_themes import CHROMIUM

MONTH_YEARS = {"grid-dates"}
# One line height for every line, and margins in whole lines: the grid a designer sets so the columns line up.
CSS = """
@page { size: A4; margin: 14mm 15mm; }
body { font: 10pt/14pt "Liberation Sans", sans-serif; margin: 0; color: #222; }
.grid { display: grid; grid-template-columns: 30% 1fr; column-gap: GUTTER; }
aside { text-align: ALIGN; }
h1 { font-size: 22pt; line-height: 28pt; margin: 0; }
h2 { font-size: 10.5pt; line-height: 14pt; margin: 14pt 0 0; text-transform: uppercase; letter-spacing: .5pt; }
h3 { font-size: 10pt; line-height: 14pt; margin: 14pt 0 0; }
p, ul { margin: 0; } ul { padding-left: 12pt; }
.label { color: #555; } .dates { color: #555; font-style: italic; }
"""


def esc(text: str | None) -> str:
    return html.escape(text or "")


def sidebar(p: Persona) -> tuple[list[str], list[str]]:
    """The sidebar's HTML and its headings: contact, skills one a line, languages, education."""
    b = p.basics
    side = ["<h2>Contact</h2>", *(f"<p>{esc(x)}</p>" for x in (b["email"], b.get("phone"), address(p)) if x)]
    side.append("<h2>Skills</h2>")
    for group in p.data.get("skills", []):  # one skill a line, as sidebars list them
        side += [f"<p><b>{esc(group['name'])}</b></p>", *(f"<p>{esc(k)}</p>" for k in group.get("keywords", []))]
    sections = ["Contact", "Skills"]
    if p.data.get("languages"):
        sections.append("Languages")
        side.append("<h2>Languages</h2>")
        side += [f"<p>{esc(lang['language'])} ({esc(lang['fluency'])})</p>" for lang in p.data["languages"]]
    sections.append("Education")
    side.append("<h2>Education</h2>")
    for e in p.data.get("education", []):
        side += [f"<p><b>{esc(e['studyType'])} {esc(e['area'])}</b></p>", f"<p>{esc(e['institution'])}</p>",
                 f"<p>{e['startDate'][:4]} – {e['endDate'][:4]}</p>"]
    return side, sections


def month_years(role: dict) -> str:
    def one(value: str | None) -> str:
        return f"{value[5:7]}-{value[2:4]}" if value else "Now"

    return f"{one(role.get('startDate'))} - {one(role.get('endDate'))}"


def grid_page(p: Persona, align: str, gutter: str) -> tuple[str, list[str]]:
    b, ds = p.basics, p.date_style
    side, sections = sidebar(p)
    main = [f"<h1>{esc(b['name'])}</h1>", f"<p class='label'>{esc(b.get('label'))}</p>", "<h2>Profile</h2>",
            f"<p>{esc(b.get('summary'))}</p>", "<h2>Experience</h2>"]
    for w in p.work:
        where = f" · {esc(w['location'])}" if w.get("location") else ""
        main += [f"<h3>{esc(w['position'])}</h3>", f"<p>{esc(w['name'])}{where}</p>",
                 f"<p class='dates'>{esc(fmt_range(w, ds))}</p>",
                 "<ul>" + "".join(f"<li>{esc(h)}</li>" for h in w.get("highlights", [])) + "</ul>"]
    sections += ["Profile", "Experience"]
    return _html(b["name"], CSS.replace("GUTTER", gutter).replace("ALIGN", align), side, main), sections


def dates_page(p: Persona) -> tuple[str, list[str]]:
    """sidebar | dates | entries: the main column's headings stand over the dates' column."""
    b = p.basics
    side, sections = sidebar(p)
    main = [f"<h1>{esc(b['name'])}</h1>", "<h2 class='big'>Profile</h2>", f"<p>{esc(b.get('summary'))}</p>",
            "<h2 class='big'>Experience</h2>", "<div class='entries'>"]
    for w in p.work:
        where = f", {esc(w['location'])}" if w.get("location") else ""
        main += [f"<div class='d'>{month_years(w)}</div><div><p class='h'>{esc(w['position'])} | {esc(w['name'])}"
                 f"{where}</p>", *(f"<p>{esc(h)}</p>" for h in w.get("highlights", [])), "</div>"]
    main.append("</div>")
    css = CSS.replace("GUTTER", "14mm").replace("ALIGN", "left") + DATES_CSS
    return _html(b["name"], css, side, main), [*sections, "Profile", "Experience"]


DATES_CSS = """
.grid { grid-template-columns: 26% 1fr; } h2.big { font-size: 15pt; line-height: 20pt; text-transform: none; }
.entries { display: grid; grid-template-columns: 66pt 1fr; column-gap: 8pt; row-gap: 10pt; margin-top: 8pt; }
.h { font-size: 8pt; font-weight: bold; }
"""


def prose_page(p: Persona) -> tuple[str, list[str]]:
    """One column; each entry a bold line of its dates, then sentences in the third person."""
    b, ds = p.basics, p.date_style
    first = b["name"].split()[0]
    body = [f"<h1>{esc(b['name'])}</h1>", f"<p>{esc(b['email'])} · {esc(b.get('phone'))} · {esc(address(p))}</p>",
            "<h2>Profile</h2>", f"<p>{esc(b.get('summary'))}</p>", "<h2>Working Experience</h2>"]
    for w in p.work:
        verb = "was" if w.get("endDate") else "is"
        article = "an" if w["position"][:1].lower() in "aeiou" else "a"
        body += [f"<h3>{esc(fmt_range(w, ds))}</h3>",
                 f"<p>{esc(first)} {verb} {article} {esc(w['position'])} at {esc(w['name'])}. "
                 + " ".join(f"{esc(h.rstrip('.'))}." for h in w.get("highlights", [])) + "</p>"]
    body.append("<h2>Education</h2>")
    for e in p.data.get("education", []):
        body.append(f"<p>{esc(e['studyType'])} {esc(e['area'])}, {esc(e['institution'])}, {e['endDate'][:4]}</p>")
    skills = ", ".join(k for g in p.data.get("skills", []) for k in g["keywords"])
    body += ["<h2>Skills</h2>", f"<p>{esc(skills)}</p>"]
    css = CSS + "body { max-width: 170mm; } h3 { font-weight: bold; }"
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(b['name'])}</title><style>{css}</style>"
           f"</head><body>{''.join(body)}</body></html>")
    return doc, ["Profile", "Working Experience", "Education", "Skills"]


def _html(name: str, css: str, side: list[str], main: list[str]) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(name)}</title><style>{css}</style>"
            f"</head><body><div class='grid'><aside>{''.join(side)}</aside><main>{''.join(main)}</main></div>"
            "</body></html>")


LAYOUTS = {
    "grid-centred": (lambda p: grid_page(p, "center", "4mm"), "CSS grid sidebar, centred, 4 mm gutter, one line "
                     "height (the columns share baselines)"),
    "grid-right": (lambda p: grid_page(p, "right", "12mm"), "CSS grid sidebar, flush right, 12 mm gutter, one line "
                   "height (the columns share baselines)"),
    "grid-dates": (dates_page, "CSS grid: sidebar | dates alone, as months and two-digit years | entries"),
    "prose": (prose_page, "one column: a bold line of dates, then sentences in the third person"),
}


def main(layouts: list[str]) -> None:
    RESUMES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corpus-grid-") as tmp:
        for layout in layouts:
            build, note = LAYOUTS[layout]
            for p in personas():
                doc, sections = build(p)
                src = Path(tmp, f"{layout}-{p.id}.html")
                src.write_text(doc, encoding="utf-8")
                pdf = RESUMES / f"html-{layout}-{p.id}.pdf"
                subprocess.run([*CHROMIUM, f"--print-to-pdf={pdf}", src.as_uri()], check=True, capture_output=True,
                               timeout=120)
                stamp_pdf(pdf, p.basics["name"])
                dates = "months and two-digit years" if layout in MONTH_YEARS else f"the persona's {p.date_style} style"
                g = gold(pdf.stem, p, sections, template=f"html-{layout}", producer="Chromium (Skia)",
                         notes=f"{note}; scripts/corpus/html_grid.py; dates in {dates}.")
                if problems := check_gold(g, pdf_text(pdf), pdf_text(pdf, layout=False)):
                    print(f"  {pdf.stem}: gold not confirmed by the text: {', '.join(problems)}")
                write_gold(g)
            print(f"html-{layout}: {len(personas())} PDFs")


if __name__ == "__main__":
    main(sys.argv[1:] or list(LAYOUTS))
