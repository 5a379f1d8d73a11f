"""What every corpus producer shares: the personas, the fixed document date, gold by construction.

The persona is the gold; each template module says only what its template prints (headings, date
precision, whether the employer is printed), taken from the template's source and checked against
its rendered text (`check_gold`).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
PERSONAS = CORPUS / "personas"
RESUMES = CORPUS / "resumes"
GOLD = CORPUS / "gold"

# Every document is dated this day: it is the PDF's CreationDate (and the .docx core property), and
# "present" in the gold's years_experience is resolved against it, as CANON.md says.
AS_OF = dt.date(2026, 6, 15)
PDF_DATE = "D:20260615120000Z"


@dataclass(frozen=True)
class Persona:
    id: str
    data: dict

    @property
    def basics(self) -> dict:
        return self.data["basics"]

    @property
    def work(self) -> list[dict]:
        return self.data.get("work", [])

    @property
    def date_style(self) -> str:
        return self.data.get("meta", {}).get("x-dateStyle", "us")


def personas() -> list[Persona]:
    out = []
    for path in sorted(PERSONAS.glob("p*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(Persona(data["meta"]["x-id"], data))
    return out


def is_internship(role: dict) -> bool:
    """Internships, student jobs and teaching assistantships do not start the professional span (CANON)."""
    return bool(re.search(r"\b(intern|internship|teaching assistant)\b", role["position"], re.I))


def month(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:7] + "-01") if value else None


def years_experience(p: Persona) -> float:
    """From the first post-study full-time role to the end of the latest, 'present' = AS_OF."""
    pro = [w for w in p.work if not is_internship(w)]
    start = min(month(w["startDate"]) for w in pro)
    ends = [month(w.get("endDate")) or AS_OF for w in pro]
    end = max(ends)
    if any(not w.get("endDate") for w in pro):
        end = AS_OF
    else:  # an end month counts whole
        end = end.replace(day=28) + dt.timedelta(days=4)
    return round((end - start).days / 365.25, 1)


def gold_date(value: str | None, precision: str, open_end: str | None = "present") -> str | None:
    if not value:
        return open_end
    return value[:4] if precision == "year" else value[:7]


def gold(doc_id: str, p: Persona, sections: list[str], *, precision: str = "month", company: bool = True,
         title: bool = True, roles: list[dict] | None = None, notes: str = "", open_end: str | None = "present",
         name: str | None = None, email: bool = True, phone: bool = True) -> dict:
    """A gold annotation in ../shared/eval-dev's format for one rendered document."""
    b = p.basics
    if roles is None:
        roles = [{"title": w["position"] if title else None,
                  "company": w["name"] if company else None,
                  "start": gold_date(w.get("startDate"), precision),
                  "end": gold_date(w.get("endDate"), precision, open_end)} for w in p.work]
    skills = [k for s in p.data.get("skills", []) for k in s.get("keywords", [])]
    return {"id": doc_id, "kind": "resume", "name": name or b["name"], "email": b["email"] if email else None,
            "phone": b.get("phone") if phone else None, "sections": sections, "roles": roles,
            "skills": skills, "years_experience": years_experience(p), "as_of": AS_OF.strftime("%Y-%m"),
            "notes": notes}


def write_gold(g: dict) -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{g['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def stamp_pdf(path: Path, title: str) -> None:
    """Fix the document date (CreationDate, ModDate) so 'present' has one meaning; drop a temp-path title."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    meta = {k: v for k, v in (writer.metadata or {}).items() if k in ("/Producer", "/Creator")}
    writer.metadata = None
    writer.add_metadata({**meta, "/Title": title, "/CreationDate": PDF_DATE, "/ModDate": PDF_DATE})
    with open(path, "wb") as fh:
        writer.write(fh)


def pdf_text(path: Path, layout: bool = True) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def check_gold(g: dict, text: str, raw: str = "") -> list[str]:
    """What the gold claims is printed but the document's text does not show (a template we misdescribed).

    `raw` is the text in content-stream order, where a title wrapped beside another column stays whole.
    """
    flat = _squash(text) + "\n" + _squash(raw)
    problems = []
    for heading in g["sections"]:
        if _squash(heading) not in flat:
            problems.append(f"heading {heading!r}")
    for r in g["roles"]:
        for key in ("title", "company"):
            if r[key] and _squash(r[key]) not in flat:
                problems.append(f"{key} {r[key]!r}")
    if g["email"] and _squash(g["email"]) not in flat:
        problems.append("email")
    return problems


def printed_headings(candidates: list[str], text: str) -> list[str]:
    """The template's own headings (from its source) that the rendered text shows as a line or cell of their own.

    Cells are split at runs of 3+ spaces in `pdftotext -layout` output; letter-spaced headings
    ("S U M M A RY") compare equal once spaces are squashed.
    """
    cells = {_squash(c) for line in text.splitlines() for c in re.split(r"\s{3,}", line) if c.strip()}
    return [h for h in candidates if _squash(h) in cells]


# How each persona writes dates where we, not a template, write the text (LaTeX, Word, Markdown, Typst):
# the styles people use in the US, in continental Europe, in East Asia and in the UK.
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
PRESENT_WORD = {"us": "Present", "eu": "now", "asia": "Present", "uk": "to date"}


def fmt_date(value: str | None, style: str) -> str:
    if not value:
        return PRESENT_WORD[style]
    y, m = int(value[:4]), int(value[5:7])
    return {"us": f"{MONTHS[m - 1]} {y}", "eu": f"{m:02d}/{y}", "asia": f"{y}.{m:02d}",
            "uk": f"{LONG_MONTHS[m - 1]} {y}"}[style]


def fmt_range(role: dict, style: str, dash: str = " – ") -> str:
    return fmt_date(role.get("startDate"), style) + dash + fmt_date(role.get("endDate"), style)


def address(p: Persona) -> str:
    loc = p.basics.get("location", {})
    parts = [loc.get("address"), " ".join(x for x in (loc.get("postalCode"), loc.get("city")) if x)]
    if p.date_style == "us":
        parts = [loc.get("address"), f"{loc.get('city')}, {loc.get('region')} {loc.get('postalCode')}"]
    return ", ".join(x for x in parts if x)


def skill_lines(p: Persona) -> list[tuple[str, str]]:
    return [(s["name"], ", ".join(s.get("keywords", []))) for s in p.data.get("skills", [])]
