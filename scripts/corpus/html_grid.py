"""HTML résumés with a CSS grid sidebar, printed to PDF by headless Chromium (the Skia producer).

    python scripts/corpus/html_grid.py

Many résumés are a web page printed from a browser: a grid of a narrow sidebar (contact, skills, languages,
education) beside the main column, every line on one line height. The two columns then share their
baselines, which a reader can take for a table of labels and values (issue 11). Two layouts of ours:
- grid-centred: the sidebar centred in 30% of the width, a narrow 4 mm gutter;
- grid-right:   the sidebar set flush right against a 12 mm gutter.
"""
from __future__ import annotations

import html
import subprocess
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

LAYOUTS = {"grid-centred": ("center", "4mm"), "grid-right": ("right", "12mm")}
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


def page(p: Persona, align: str, gutter: str) -> tuple[str, list[str]]:
    b, ds = p.basics, p.date_style
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
    main = [f"<h1>{esc(b['name'])}</h1>", f"<p class='label'>{esc(b.get('label'))}</p>", "<h2>Profile</h2>",
            f"<p>{esc(b.get('summary'))}</p>", "<h2>Experience</h2>"]
    for w in p.work:
        where = f" · {esc(w['location'])}" if w.get("location") else ""
        main += [f"<h3>{esc(w['position'])}</h3>", f"<p>{esc(w['name'])}{where}</p>",
                 f"<p class='dates'>{esc(fmt_range(w, ds))}</p>",
                 "<ul>" + "".join(f"<li>{esc(h)}</li>" for h in w.get("highlights", [])) + "</ul>"]
    sections += ["Profile", "Experience"]
    css = CSS.replace("GUTTER", gutter).replace("ALIGN", align)
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(b['name'])}</title><style>{css}</style>"
           f"</head><body><div class='grid'><aside>{''.join(side)}</aside><main>{''.join(main)}</main></div>"
           "</body></html>")
    return doc, sections


def main() -> None:
    RESUMES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corpus-grid-") as tmp:
        for layout, (align, gutter) in LAYOUTS.items():
            for p in personas():
                doc, sections = page(p, align, gutter)
                src = Path(tmp, f"{layout}-{p.id}.html")
                src.write_text(doc, encoding="utf-8")
                pdf = RESUMES / f"html-{layout}-{p.id}.pdf"
                subprocess.run([*CHROMIUM, f"--print-to-pdf={pdf}", src.as_uri()], check=True, capture_output=True,
                               timeout=120)
                stamp_pdf(pdf, p.basics["name"])
                g = gold(pdf.stem, p, sections, template=f"html-{layout}", producer="Chromium (Skia)",
                         notes=f"CSS grid sidebar ({align}, {gutter} gutter, one line height: the columns share "
                               f"baselines), scripts/corpus/html_grid.py; dates in the persona's {p.date_style} style.")
                if problems := check_gold(g, pdf_text(pdf), pdf_text(pdf, layout=False)):
                    print(f"  {pdf.stem}: gold not confirmed by the text: {', '.join(problems)}")
                write_gold(g)
            print(f"html-{layout}: {len(personas())} PDFs")


if __name__ == "__main__":
    main()
