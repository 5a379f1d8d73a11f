"""Which PDF text engine reads résumés best (issue 11): `make pdf-engines` (figures in BENCHMARKS.md).

Prints one known résumé text through the producers real résumés come from (Chromium/Skia from HTML, LibreOffice
from a .docx, pdfLaTeX, XeLaTeX, ReportLab; one two-column Chromium page) and reads each PDF with pypdf,
pdfplumber (pdfminer.six), pypdfium2 (PDFium) and tailor's own reader. Producers whose tool is missing are
skipped (Debian: chromium, libreoffice-writer-nogui, texlive-latex-base, texlive-xetex).

Accuracy against the known text, both sides NFKC-folded with whitespace collapsed:
- words: share of the source's words found, in order, in the engine's words (difflib matching blocks over the
  word sequences), so "LeadEnterpriseArchitect" scores 0 of 3 and a line read out of order loses its words;
- lines: share of the source lines found whole as one line of the output;
speed: ms per page, fastest of 5 reads.
"""

from __future__ import annotations

import difflib
import html
import io
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LINES = [
    "Priya Raman",
    "priya.raman@example.com | +44 20 7946 0958 | London, UK",
    "Summary",
    "Engineering leader with fifteen years building payment and logistics platforms.",
    "Experience",
    "Lead Enterprise Architect | Northwind Telecom | Sep 2021 – Present",
    "Defined the target architecture for billing across four countries.",
    "Cut the cost of the messaging platform by 32% in one year.",
    "Engineering Manager | Contoso Freight | Jan 2017 – Aug 2021",
    "Grew the routing team from 4 to 19 engineers and hired two managers.",
    "Moved 140 services to Kubernetes without a customer-visible outage.",
    "Senior Software Engineer | Fabrikam Bank | Mar 2012 – Dec 2016",
    "Built the fraud scoring service in Java and Kafka, 9,000 requests per second.",
    "Education",
    "MSc Computer Science | University of Leeds | 2010 – 2011",
    "Skills",
    "Python, Go, Java, Kafka, PostgreSQL, Terraform, AWS, team building, hiring",
]
HEADINGS = {"Summary", "Experience", "Education", "Skills"}
SIDEBAR = ["Contact", "priya.raman@example.com", "London, UK", "Languages", "English", "Tamil", "Hindi", "Skills"]
SIDEBAR += ["Python", "Go", "Kafka", "Terraform"]
MAIN = [ln for ln in LINES[4:13]]


def _html(lines: list[str]) -> str:
    body = "".join(f"<h2>{html.escape(t)}</h2>" if t in HEADINGS else f"<div>{html.escape(t)}</div>" for t in lines)
    style = "body{font:10pt Arial,sans-serif;margin:2cm} h2{font-size:13pt;margin:8pt 0 2pt} div{margin:1pt 0}"
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"


def _spanned_html(lines: list[str]) -> str:
    """Each word its own box, set apart by a margin and no space glyph, as Google Docs' PDFs place words; headings
    in letter-spaced capitals, as many templates set them."""

    def words(t: str) -> str:
        return "".join(f"<span>{html.escape(w)}</span>" for w in t.split())

    body = "".join(f"<h2>{html.escape(t)}</h2>" if t in HEADINGS else f"<div>{words(t)}</div>" for t in lines)
    style = (
        "body{font:10pt Arial,sans-serif;margin:2cm} div{margin:1pt 0} span{margin-right:.28em}"
        "h2{font-size:12pt;margin:8pt 0 2pt;letter-spacing:1.5pt}"
    )
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"


def _two_column_html() -> str:
    side = "".join(f"<div>{html.escape(t)}</div>" for t in SIDEBAR)
    main = "".join(f"<div>{html.escape(t)}</div>" for t in MAIN)
    style = (
        "body{font:10pt Arial,sans-serif;margin:1.5cm;display:grid;grid-template-columns:4.5cm 1fr;gap:1cm}"
        "div{margin:2pt 0}"
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{style}</style></head>"
        f"<body><section>{side}</section><section>{main}</section></body></html>"
    )


def chromium(html_text: str, out: Path) -> Path | None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        return None
    src = out.with_suffix(".html")
    src.write_text(html_text, "utf-8")
    flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
    flags += " --disable-sync --no-first-run --no-pdf-header-footer"
    subprocess.run([exe, *flags.split(), f"--print-to-pdf={out}", src.as_uri()], capture_output=True, timeout=120)
    return out if out.exists() else None


def libreoffice(out: Path) -> Path | None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None
    import docx

    d = docx.Document()
    for t in LINES:
        d.add_heading(t, level=1) if t in HEADINGS else d.add_paragraph(t)
    src = out.with_suffix(".docx")
    d.save(str(src))
    profile = (out.parent / "lo-profile").as_uri()
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out.parent),
            src,
        ],
        capture_output=True,
        timeout=180,
    )
    return out if out.exists() else None


def latex(engine: str, out: Path) -> Path | None:
    exe = shutil.which(engine)
    if not exe:
        return None
    body = "\n".join((f"\\section*{{{t}}}" if t in HEADINGS else f"\\noindent {_tex(t)}\\par") for t in LINES)
    fonts = "\\usepackage{fontspec}" if engine == "xelatex" else "\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}"
    src = out.with_suffix(".tex")
    src.write_text(
        f"\\documentclass[10pt]{{article}}{fonts}\\usepackage[margin=2cm]{{geometry}}\\pagestyle{{empty}}"
        f"\\begin{{document}}\\raggedright\n{body}\n\\end{{document}}\n",
        "utf-8",
    )
    subprocess.run([exe, "-interaction=batchmode", src.name], cwd=out.parent, capture_output=True, timeout=180)
    return out if out.exists() else None


def _tex(text: str) -> str:
    return text.replace("%", "\\%").replace("&", "\\&").replace("|", "\\textbar{}").replace("–", "--")


def reportlab(out: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out))
    y = 780.0
    for t in LINES:
        c.setFont("Helvetica-Bold" if t in HEADINGS else "Helvetica", 13 if t in HEADINGS else 10)
        c.drawString(56, y, t)
        y -= 20 if t in HEADINGS else 14
    c.save()
    return out


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _pdfplumber(data: bytes) -> str:
    import pdfplumber  # not a dependency of tailor: `pip install pdfplumber` to compare

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _pdfium(data: bytes) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _tailor(data: bytes) -> str:
    from tailor.read import read_document

    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return read_document(Path(f.name)).text


ENGINES: dict[str, Callable[[bytes], str]] = {
    "pypdf": _pypdf,
    "pdfplumber": _pdfplumber,
    "pypdfium2": _pdfium,
    "tailor": _tailor,
}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "-").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.split())


def score(expected: list[str], text: str) -> tuple[float, float]:
    want = _norm(" ".join(expected)).split()
    got = _norm(text).split()
    matched = sum(b.size for b in difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks())
    out_lines = {_norm(ln).strip(" |") for ln in text.splitlines()}
    whole = sum(_norm(ln) in out_lines for ln in expected)
    return matched / len(want), whole / len(expected)


def pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def timed(fn: Callable[[bytes], str], data: bytes) -> tuple[str, float]:
    best, text = float("inf"), ""
    for _ in range(5):
        t0 = time.perf_counter()
        text = fn(data)
        best = min(best, time.perf_counter() - t0)
    return text, best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        made = {
            "Chromium (Skia), HTML": (chromium(_html(LINES), work / "chromium.pdf"), LINES),
            "Chromium, words without spaces": (chromium(_spanned_html(LINES), work / "spanned.pdf"), LINES),
            "Chromium, two columns": (chromium(_two_column_html(), work / "columns.pdf"), SIDEBAR + MAIN),
            "LibreOffice, .docx": (libreoffice(work / "libreoffice.pdf"), LINES),
            "pdfLaTeX": (latex("pdflatex", work / "pdflatex.pdf"), LINES),
            "XeLaTeX": (latex("xelatex", work / "xelatex.pdf"), LINES),
            "ReportLab": (reportlab(work / "reportlab.pdf"), LINES),
        }
        print("| producer | engine | words in order | whole lines | ms/page |")
        print("| --- | --- | ---: | ---: | ---: |")
        totals: dict[str, list[float]] = {name: [0.0, 0.0, 0.0, 0.0] for name in ENGINES}
        for producer, (path, expected) in made.items():
            if path is None:
                print(f"| {producer} | (tool missing: skipped) | | | |")
                continue
            data = path.read_bytes()
            n = pages(data)
            for name, fn in ENGINES.items():
                try:
                    text, seconds = timed(fn, data)
                except ImportError:
                    continue
                words, lines = score(expected, text)
                ms = seconds * 1000 / n
                totals[name] = [
                    totals[name][0] + words,
                    totals[name][1] + lines,
                    totals[name][2] + ms,
                    totals[name][3] + 1,
                ]
                print(f"| {producer} | {name} | {words:.2f} | {lines:.2f} | {ms:.1f} |")
        for name, (words, lines, ms, count) in totals.items():
            if count:
                print(f"| **mean** | {name} | {words / count:.2f} | {lines / count:.2f} | {ms / count:.1f} |")


if __name__ == "__main__":
    main()
