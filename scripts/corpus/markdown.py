"""Markdown résumés through pandoc: its default LaTeX template (XeLaTeX) and its default HTML
template printed by headless Chromium; and the same content as a Typst document (typst on PyPI).

    python scripts/corpus/markdown.py
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from common import (RESUMES, Persona, address, check_gold, fmt_range, gold, pdf_text, personas, skill_lines,
                    stamp_pdf, write_gold)
from html_themes import CHROMIUM

SECTIONS = ["Summary", "Experience", "Education", "Skills", "Languages"]


def markdown(p: Persona) -> tuple[str, list[str]]:
    """A résumé as people write one in Markdown: a level-1 name, level-2 sections, one level-3 line per job."""
    b, ds = p.basics, p.date_style
    out = [f"# {b['name']}", "", f"{b.get('label', '')}  ", f"{address(p)} · {b.get('phone')} · <{b['email']}>", "",
           "## Summary", "", b.get("summary", ""), "", "## Experience", ""]
    for w in p.work:
        out += [f"### {w['position']} — {w['name']}", "", f"*{fmt_range(w, ds)}*"
                + (f" · {w['location']}" if w.get("location") else ""), ""]
        out += [f"- {h}" for h in w.get("highlights", [])] + [""]
    out += ["## Education", ""]
    for e in p.data.get("education", []):
        out += [f"**{e['studyType']} {e['area']}**, {e['institution']}, {e['endDate'][:4]}", ""]
    out += ["## Skills", ""] + [f"- **{n}:** {k}" for n, k in skill_lines(p)] + [""]
    sections = SECTIONS[:4]
    if p.data.get("languages"):
        sections.append("Languages")
        out += ["## Languages", "", ", ".join(f"{l['language']} ({l['fluency']})" for l in p.data["languages"]), ""]
    return "\n".join(out), sections


def typ_esc(text: str | None) -> str:
    return "".join("\\" + c if c in "\\#$*_`<>@[]" else c for c in (text or ""))


def typst_source(p: Persona) -> tuple[str, list[str]]:
    """A Typst résumé: a small-caps section rule, each job a grid row with the dates flush right."""
    b, ds = p.basics, p.date_style
    out = ['#set page(paper: "a4", margin: (x: 1.8cm, y: 1.5cm))', '#set text(font: "Liberation Sans", size: 10pt)',
           "#let section(title) = { v(8pt); text(weight: \"bold\", size: 11pt, upper(title)); v(-6pt); line(length: 100%); v(2pt) }",
           f"#align(center)[#text(size: 20pt, weight: \"bold\")[{typ_esc(b['name'])}] \\",
           f"{typ_esc(b.get('label'))} \\",
           f"{typ_esc(address(p))} | {typ_esc(b.get('phone'))} | {typ_esc(b['email'])}]",
           "#section[Profile]", typ_esc(b.get("summary")), "#section[Work Experience]"]
    for w in p.work:
        out.append(f"#grid(columns: (1fr, auto), [*{typ_esc(w['position'])}*, {typ_esc(w['name'])}],"
                   f" [_{typ_esc(fmt_range(w, ds))}_])")
        out += [f"- {typ_esc(h)}" for h in w.get("highlights", [])]
    out.append("#section[Education]")
    for e in p.data.get("education", []):
        out.append(f"#grid(columns: (1fr, auto), [*{typ_esc(e['institution'])}*, {typ_esc(e['studyType'])} "
                   f"{typ_esc(e['area'])}], [{e['startDate'][:4]} – {e['endDate'][:4]}])")
    out.append("#section[Skills]")
    out += [f"- *{typ_esc(n)}:* {typ_esc(k)}" for n, k in skill_lines(p)]
    return "\n".join(out), ["Profile", "Work Experience", "Education", "Skills"]


def finish(doc_id: str, p: Persona, pdf: Path, sections: list[str], notes: str) -> None:
    stamp_pdf(pdf, p.basics["name"])
    g = gold(doc_id, p, sections, notes=notes)
    if problems := check_gold(g, pdf_text(pdf), pdf_text(pdf, layout=False)):
        print(f"  {doc_id}: gold not confirmed by the text: {', '.join(problems)}")
    write_gold(g)


def main() -> None:
    import typst

    RESUMES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corpus-md-") as tmp:
        for p in personas():
            md, sections = markdown(p)
            src = Path(tmp, f"{p.id}.md")
            src.write_text(md, encoding="utf-8")
            note = f"dates in the persona's {p.date_style} style."
            pdf = RESUMES / f"md-latex-{p.id}.pdf"
            subprocess.run(["pandoc", str(src), "-o", str(pdf), "--pdf-engine=xelatex", "-V", "geometry:margin=2cm",
                            "-V", "mainfont=Liberation Serif"], check=True, capture_output=True, timeout=300)
            finish(pdf.stem, p, pdf, sections, f"Markdown through pandoc's default LaTeX template (XeLaTeX); {note}")
            html = Path(tmp, f"{p.id}.html")
            subprocess.run(["pandoc", str(src), "-s", "--metadata", f"pagetitle={p.basics['name']}", "-o", str(html)],
                           check=True, capture_output=True, timeout=120)
            pdf = RESUMES / f"md-html-{p.id}.pdf"
            subprocess.run([*CHROMIUM, f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True,
                           timeout=120)
            finish(pdf.stem, p, pdf, sections, f"Markdown through pandoc's default HTML template, printed by headless Chromium; {note}")
            source, sections = typst_source(p)
            typ = Path(tmp, f"{p.id}.typ")
            typ.write_text(source, encoding="utf-8")
            pdf = RESUMES / f"typst-{p.id}.pdf"
            pdf.write_bytes(typst.compile(str(typ)))
            finish(pdf.stem, p, pdf, sections, f"Typst document (typst on PyPI), no online package; {note}")
        print(f"markdown: {3 * len(personas())} PDFs")


if __name__ == "__main__":
    main()
