"""JSON Resume themes from npm -> HTML (node) -> PDF (Debian's headless Chromium, the Skia producer).

    python scripts/corpus/html_themes.py [theme ...]

Remote stylesheets the themes link (Bootstrap, Font Awesome) are served from the same packages
installed from npm; web fonts and scripts are blanked, since nothing is fetched at build time.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from common import PERSONAS, RESUMES, check_gold, gold, pdf_text, personas, printed_headings, stamp_pdf, write_gold

HERE = Path(__file__).resolve().parent
NODE = HERE / "node"
NM = NODE / "node_modules"
# Each theme's heading vocabulary, read from its template source, in the order it prints them. All of these
# themes print months (or full dates) and "Present" (stackoverflow: "Current") for an open end.
THEMES = {
    "elegant": ["Background", "About", "Work Experience", "Projects Experience", "Skills", "Education", "Awards", "Certificates",
                "Interests"],
    "even": ["Work", "Education", "Awards", "Certificates", "Projects", "Skills", "Languages", "Interests"],
    "kendall": ["About", "Work Experience", "Awards", "Projects", "Contact", "Education", "Skills", "Languages",
                "Interests"],
    "macchiato": ["About", "Summary", "Experience", "Open Source Projects", "Education", "Awards", "Certificates",
                  "Languages", "Interests"],
    "stackoverflow": ["Summary", "Skills", "Work Experience", "Projects", "Education", "Awards", "Certificates",
                      "Languages", "Interests"],
    "class": ["Contact", "About", "Work", "Education", "Awards", "Projects", "Certificates", "Skills", "Languages",
              "Interests"],
    "onepage": ["Summary", "Experience", "Projects", "Awards", "Education", "Certificates", "Skills", "Languages",
                "Interests"],
    "paper": ["Contact", "Location", "Professional Skills", "Summary", "Work Experience", "Education", "Languages",
              "Awards", "Personal"],
    "actual": ["Experience", "Skills", "Education", "Projects", "Awards", "Certificates", "Languages", "Interests",
               "Links"],
}
LOCAL = {
    r"https?://[^\"')]*bootstrap[^\"')]*/3\.[0-9.]+/css/bootstrap(\.min)?\.css": NM / "bootstrap/dist/css/bootstrap.min.css",
    r"https?://[^\"')]*font-awesome/4\.[0-9.]+/css/font-awesome(\.min)?\.css": NM / "font-awesome/css/font-awesome.min.css",
    r"https?://[^\"')]*font-awesome/[56]\.[0-9.]+/css/all(\.min)?\.css": NM / "@fortawesome/fontawesome-free/css/all.min.css",
}
REMOTE = re.compile(r"(https?:)?//(fonts\.googleapis|fonts\.gstatic|ajax\.googleapis|cdnjs\.cloudflare|"
                    r"maxcdn\.bootstrapcdn|cdn\.jsdelivr|unpkg|s\.gravatar|code\.jquery)[^\"')\s]*")
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
            "--host-resolver-rules=MAP * ~NOTFOUND"]


def localize(html: str) -> str:
    for pattern, path in LOCAL.items():
        html = re.sub(pattern, path.as_uri(), html)
    return REMOTE.sub("about:blank", html)


def make_gold(theme: str, p, pdf: Path) -> None:
    text = pdf_text(pdf)
    g = gold(pdf.stem, p, printed_headings(THEMES[theme], text),
             notes=f"JSON Resume theme jsonresume-theme-{theme} (npm), printed by headless Chromium.")
    if problems := check_gold(g, text, pdf_text(pdf, layout=False)):
        print(f"  {pdf.stem}: gold not confirmed by the text: {', '.join(problems)}")
    write_gold(g)


def main(themes: list[str]) -> None:
    if not (NM / "jsonresume-theme-even").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE, check=True)
    RESUMES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="corpus-html-") as tmp:
        subprocess.run(["node", str(NODE / "render.mjs"), str(PERSONAS), tmp, *themes], cwd=NODE, check=True)
        for theme in themes:
            for p in personas():
                src = next(Path(tmp, theme).glob(f"p*-{p.id}.html"))
                page = src.with_suffix(".local.html")
                page.write_text(localize(src.read_text(encoding="utf-8")), encoding="utf-8")
                out = RESUMES / f"jr-{theme}-{p.id}.pdf"
                subprocess.run([*CHROMIUM, f"--print-to-pdf={out}", page.as_uri()], check=True,
                               capture_output=True, timeout=120)
                stamp_pdf(out, p.basics["name"])
                make_gold(theme, p, out)
            print(f"jr-{theme}: {len(personas())} PDFs")


if __name__ == "__main__":
    main(sys.argv[1:] or list(THEMES))
