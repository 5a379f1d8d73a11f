"""LaTeX résumé classes from Debian's TeX Live, compiled with pdfLaTeX and XeLaTeX.

    python scripts/corpus/latex.py [template ...]

Each template fills the class's own commands the way its example file does (moderncv's template.tex,
europecv's Europass headings, currvita's cvlist); the headings are the ones those examples use.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import (RESUMES, check_gold, fmt_range, gold, pdf_text, personas, skill_lines, stamp_pdf,
                    write_gold, address, Persona)

SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}


def esc(text: str | None) -> str:
    return "".join(SPECIAL.get(c, c) for c in (text or ""))


def items(highlights: list[str]) -> str:
    if not highlights:
        return ""
    return r"\begin{itemize}" + "".join(rf"\item {esc(h)}" for h in highlights) + r"\end{itemize}"


def years(e: dict) -> str:
    return f"{e['startDate'][:4]}--{e['endDate'][:4]}" if e.get("endDate") else e["startDate"][:4]


def split_name(name: str) -> tuple[str, str]:
    first, _, last = name.rpartition(" ")
    return first, last


PDF_PREAMBLE = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"


def moderncv(p: Persona, style: str, engine: str) -> tuple[str, list[str]]:
    b, ds = p.basics, p.date_style
    first, last = split_name(b["name"])
    pre = PDF_PREAMBLE if engine == "pdflatex" else ""
    out = [rf"\documentclass[11pt,a4paper,sans]{{moderncv}}", rf"\moderncvstyle{{{style}}}",
           r"\moderncvcolor{blue}", pre, r"\usepackage[scale=0.8]{geometry}",
           rf"\name{{{esc(first)}}}{{{esc(last)}}}", rf"\title{{{esc(b.get('label'))}}}",
           rf"\address{{{esc(address(p))}}}{{}}{{}}", rf"\phone[mobile]{{{esc(b.get('phone'))}}}",
           rf"\email{{{esc(b['email'])}}}", r"\begin{document}", r"\makecvtitle"]
    sections = []
    if b.get("summary"):
        sections.append("Summary")
        out += [r"\section{Summary}", rf"\cvitem{{}}{{{esc(b['summary'])}}}"]
    sections.append("Experience")
    out.append(r"\section{Experience}")
    for w in p.work:
        out.append(rf"\cventry{{{esc(fmt_range(w, ds, '--'))}}}{{{esc(w['position'])}}}{{{esc(w['name'])}}}"
                   rf"{{{esc(w.get('location', ''))}}}{{}}{{{items(w.get('highlights', []))}}}")
    sections.append("Education")
    out.append(r"\section{Education}")
    for e in p.data.get("education", []):
        out.append(rf"\cventry{{{years(e)}}}{{{esc(e['studyType'])} {esc(e['area'])}}}{{{esc(e['institution'])}}}{{}}{{}}{{}}")
    sections.append("Computer skills")
    out.append(r"\section{Computer skills}")
    out += [rf"\cvitem{{{esc(n)}}}{{{esc(k)}}}" for n, k in skill_lines(p)]
    if p.data.get("languages"):
        sections.append("Languages")
        out.append(r"\section{Languages}")
        out += [rf"\cvitemwithcomment{{{esc(l['language'])}}}{{{esc(l['fluency'])}}}{{}}" for l in p.data["languages"]]
    if p.data.get("interests"):
        sections.append("Interests")
        out.append(r"\section{Interests}")
        out += [rf"\cvitem{{{esc(i['name'])}}}{{{esc(', '.join(i.get('keywords', [])))}}}" for i in p.data["interests"]]
    out.append(r"\end{document}")
    return "\n".join(out), sections


def europecv(p: Persona, engine: str) -> tuple[str, list[str]]:
    b, ds = p.basics, p.date_style
    # europecv loads hyperref at \begin{document}, too late for the current kernel's hook rules: load it first.
    pre = PDF_PREAMBLE if engine == "pdflatex" else ""
    out = [r"\documentclass[english,a4paper,nologo]{europecv}", pre, r"\usepackage{hyperref}",
           r"\usepackage[top=1.5cm,bottom=1.5cm,left=1.2cm,right=1.2cm]{geometry}",
           rf"\ecvname{{{esc(b['name'])}}}", rf"\ecvaddress{{{esc(address(p))}}}",
           rf"\ecvtelephone{{{esc(b.get('phone'))}}}", rf"\ecvemail{{{esc(b['email'])}}}",
           r"\begin{document}", r"\begin{europecv}", r"\ecvpersonalinfo", r"\ecvsection{Work experience}"]
    for w in p.work:
        out += [rf"\ecvitem{{Dates}}{{{esc(fmt_range(w, ds, ' -- '))}}}",
                rf"\ecvitem{{Occupation or position held}}{{{esc(w['position'])}}}",
                rf"\ecvitem{{Main activities and responsibilities}}{{{esc('; '.join(w.get('highlights', [])))}}}",
                rf"\ecvitem{{Name and address of employer}}{{{esc(w['name'])}{', ' + esc(w['location']) if w.get('location') else ''}}}",
                r"\ecvitem{}{}"]
    out.append(r"\ecvsection{Education and training}")
    for e in p.data.get("education", []):
        out += [rf"\ecvitem{{Dates}}{{{years(e)}}}",
                rf"\ecvitem{{Title of qualification awarded}}{{{esc(e['studyType'])} {esc(e['area'])}}}",
                rf"\ecvitem{{Name of organisation providing education}}{{{esc(e['institution'])}}}", r"\ecvitem{}{}"]
    out.append(r"\ecvsection{Personal skills and competences}")
    langs = p.data.get("languages", [])
    if langs:
        out.append(rf"\ecvmothertongue{{{esc(langs[0]['language'])}}}")
        if len(langs) > 1:
            out.append(rf"\ecvitem{{Other language(s)}}{{{esc(', '.join(l['language'] + ' (' + l['fluency'] + ')' for l in langs[1:]))}}}")
    out += [rf"\ecvitem{{{esc(n)}}}{{{esc(k)}}}" for n, k in skill_lines(p)]
    out += [r"\end{europecv}", r"\end{document}"]
    return "\n".join(out), ["Personal information", "Work experience", "Education and training",
                            "Personal skills and competences"]


def currvita(p: Persona, engine: str) -> tuple[str, list[str]]:
    b, ds = p.basics, p.date_style
    fonts = PDF_PREAMBLE if engine == "pdflatex" else r"\usepackage{fontspec}"
    out = [r"\documentclass[11pt,a4paper]{article}", fonts,
           r"\usepackage[margin=2cm]{geometry}", r"\usepackage[NoDate]{currvita}",
           r"\setlength{\cvlabelwidth}{3.6cm}", r"\begin{document}", rf"\begin{{cv}}{{{esc(b['name'])}}}",
           rf"{esc(address(p))} \\ {esc(b.get('phone'))} \\ {esc(b['email'])}", r"\begin{cvlist}{Professional Experience}"]
    for w in p.work:
        out.append(rf"\item[{esc(fmt_range(w, ds, ' -- '))}] \textbf{{{esc(w['position'])}}}, {esc(w['name'])}"
                   + "".join(rf" \\ {esc(h)}" for h in w.get("highlights", [])[:1]))
    out += [r"\end{cvlist}", r"\begin{cvlist}{Education}"]
    for e in p.data.get("education", []):
        out.append(rf"\item[{years(e)}] {esc(e['studyType'])} {esc(e['area'])}, {esc(e['institution'])}")
    out += [r"\end{cvlist}", r"\begin{cvlist}{Skills}"]
    out += [rf"\item[{esc(n)}] {esc(k)}" for n, k in skill_lines(p)]
    out += [r"\end{cvlist}", r"\end{cv}", r"\end{document}"]
    return "\n".join(out), ["Professional Experience", "Education", "Skills"]


TEMPLATES = {
    "moderncv-classic": (lambda p: moderncv(p, "classic", "xelatex"), "xelatex"),
    "moderncv-banking": (lambda p: moderncv(p, "banking", "xelatex"), "xelatex"),
    "europecv": (lambda p: europecv(p, "xelatex"), "xelatex"),
    "currvita": (lambda p: currvita(p, "pdflatex"), "pdflatex"),
}


def main(names: list[str]) -> None:
    RESUMES.mkdir(parents=True, exist_ok=True)
    for name in names:
        build, engine = TEMPLATES[name]
        for p in personas():
            source, sections = build(p)
            doc_id = f"tex-{name}-{p.id}"
            with tempfile.TemporaryDirectory(prefix="corpus-tex-") as tmp:
                Path(tmp, "cv.tex").write_text(source, encoding="utf-8")
                for _ in range(2):
                    r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=tmp,
                                       capture_output=True, text=True, timeout=300)
                if r.returncode:
                    sys.exit(f"{doc_id}: {engine} failed:\n{r.stdout[-2000:]}")
                out = RESUMES / f"{doc_id}.pdf"
                shutil.copy(Path(tmp, "cv.pdf"), out)
            stamp_pdf(out, p.basics["name"])
            text = pdf_text(out)
            g = gold(doc_id, p, sections, notes=f"TeX Live class {name.split('-')[0]} ({engine}); dates written "
                                                 f"in the persona's {p.date_style} style.")
            if problems := check_gold(g, text, pdf_text(out, layout=False)):
                print(f"  {doc_id}: gold not confirmed by the text: {', '.join(problems)}")
            write_gold(g)
        print(f"tex-{name}: {len(personas())} PDFs")


if __name__ == "__main__":
    main(sys.argv[1:] or list(TEMPLATES))
