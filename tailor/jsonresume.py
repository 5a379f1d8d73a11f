"""JSON Resume (jsonresume.org), both ways: a Resume or Posting -> the schema's JSON, and that JSON -> lines.

The export is for a user to correct what tailor misread and give it back, so reading it back must give the
same brief: every field tailor reads is written, "present" is an omitted endDate, and the document's date
travels as meta.lastModified. A posting is written and read in the same package's job schema.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from tailor.dates import normalise_date
from tailor.entries import INTERNSHIP_RE as _INTERNSHIP_RE
from tailor.errors import ContentError
from tailor.model import (
    Bullet,
    Contact,
    DocKind,
    Document,
    Line,
    Need,
    Posting,
    Resume,
    Role,
    Section,
    SectionKind,
    Skills,
)
from tailor.read.jsonresume import (
    EXPORT_KEY,
    _dicts,
    _place,
    _profile_text,
    _str,
    _strs,
    _vocabulary,
    export_digest,
    line_record,
)
from tailor.resume import _resume, find_metrics, find_sections

_ISO_DATE = re.compile(r"[12]\d{3}(?:-[01]\d(?:-[0-3]\d)?)?")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SEPARATORS = re.compile(r"\s+[—–|·•]\s+|\s*\|\s*|[,;]\s+|\s+-+\s+")
# A year with its month or season, so 'May 2014' or 'Aug 2012 – Dec 2013' leaves nothing behind.
_DATE_WORDS = re.compile(
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|(?:spring|summer|fall|autumn|winter)\s+)?"
    r"(?:19|20)\d{2}\b|\b(?:present|current)\b"
)
_GPA = re.compile(r"(?i)\b(?:gpa|cgpa|grade|aggregate)\b")
_LABEL = re.compile(r"^([^:]{1,40}):\s+(.+)$")  # "Languages: Go, Python"; a label is short


# --- Resume -> JSON Resume --------------------------------------------------------------------------


def to_json_resume(resume: Resume) -> dict[str, Any]:
    """The résumé as JSON Resume, valid against the official schema, for a user to correct and feed back in."""
    data: dict[str, Any] = {
        "basics": _basics(resume),
        "work": [_work(r) for r in resume.roles],
        "education": _education(_items(resume, SectionKind.EDUCATION)),
        "skills": [_skill_group(text, heading) for heading, text in _titled_items(resume, SectionKind.SKILLS)],
        "projects": [_project(text) for text in _items(resume, SectionKind.PROJECTS)],
        "publications": [_publication(text) for text in _items(resume, SectionKind.PUBLICATIONS)],
        "awards": [{"title": text} for text in _items(resume, SectionKind.AWARDS)],
        "certificates": [{"name": text} for text in _items(resume, SectionKind.CERTIFICATIONS)],
        # What "present" meant when the résumé was read, so reading the export back counts the same years.
        "meta": {"lastModified": resume.as_of.isoformat()},
    }
    data = {key: value for key, value in data.items() if value}
    if resume.document.kind is not DocKind.JSON_RESUME:
        data["meta"][EXPORT_KEY] = _exported_from(resume.document)
        data["meta"][EXPORT_KEY]["digest"] = export_digest(data)
    return data


def _exported_from(doc: Document) -> dict[str, Any]:
    """The document as read, so an export read back unedited gives the same brief, citing the same lines of it.
    A résumé read from JSON Resume needs none: its export is read back value by value, to the same brief."""
    block: dict[str, Any] = {"source": doc.source, "kind": doc.kind.value, "pages": doc.pages}
    if doc.date:  # an undated document counts "present" as today, as the document itself would
        block["date"] = doc.date.isoformat()
    return {
        **block,
        "warnings": list(doc.warnings),
        "links": list(doc.links),
        "lines": [line_record(line) for line in doc.lines],
    }


def _basics(resume: Resume) -> dict[str, Any]:
    c = resume.contact
    profiles = [_profile(link) for link in c.links]
    sites = [p["url"] for p in profiles if "network" not in p]
    basics: dict[str, Any] = {
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "url": sites[0] if sites else None,
        "summary": resume.summary or None,
        "location": _location(c.location) if c.location else None,
        "profiles": [p for p in profiles if "network" in p or p["url"] not in sites[:1]],
    }
    return {key: value for key, value in basics.items() if value}


def _profile(link: str) -> dict[str, str]:
    url = link if re.match(r"(?i)^[a-z][a-z0-9+.-]*://", link) else f"https://{link}"
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    network = _vocabulary()["networks"].get(host)
    if network is None:
        return {"url": url}
    segments = [s for s in parts.path.split("/") if s and s not in _vocabulary()["profile_path_prefixes"]]
    profile = {"network": network, "url": url}
    if segments:
        profile["username"] = segments[0].lstrip("@")
    return profile


def _location(text: str) -> dict[str, str]:
    """'Denver, CO' -> city and region; 'Madrid, Spain' -> city and countryCode; anything else, an address."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    country = _vocabulary()["countries"].get(parts[-1].lower()) if len(parts) > 1 else None
    place = parts[:-1] if country else parts
    if not 1 <= len(place) <= 2:
        return {"address": text}
    out = {"city": place[0]}
    if len(place) == 2:
        region = re.fullmatch(r"(.*?)\s+(\d{4,6}(?:-\d{4})?)", place[1])  # 'CT 06103'
        out.update({"region": region[1], "postalCode": region[2]} if region else {"region": place[1]})
    if country:
        out["countryCode"] = country
    return out


def _work(role: Role) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": role.company,
        "position": role.title,
        "location": role.location,
        "startDate": role.start if role.start and _ISO_DATE.fullmatch(role.start) else None,
        # An ongoing role has no endDate in JSON Resume; "present" is not a date.
        "endDate": role.end if role.end and _ISO_DATE.fullmatch(role.end) else None,
        "highlights": [b.text for b in role.bullets],
    }
    return {key: value for key, value in item.items() if value}


def _items(resume: Resume, kind: SectionKind) -> list[str]:
    return [text for _, text in _titled_items(resume, kind)]


def _titled_items(resume: Resume, kind: SectionKind) -> Iterator[tuple[str, str]]:
    """(section heading, item text) for each item of the sections of `kind`; a wrapped line joins its item."""
    lines = resume.document.lines
    for section in resume.sections:
        if section.kind is not kind:
            continue
        items: list[str] = []
        for line in lines[section.first_line : section.last_line + 1]:
            if not line.text:
                continue  # read from JSON: the file's lines between values
            if items and _continues(line, kind):
                items[-1] = f"{items[-1]} {line.text}"
            else:
                items.append(line.text)
        yield from ((section.heading, text) for text in items)


def _continues(line: Line, kind: SectionKind) -> bool:
    """A line that carries on the item above: a bullet's wrapped tail, or a labelled skill list's wrap."""
    text = line.text
    if line.bullet:
        return False
    if text[:1].islower():
        return True
    return kind is SectionKind.SKILLS and _LABEL.match(text) is None


def _skill_group(text: str, heading: str) -> dict[str, Any]:
    """'Languages: Go, Python' -> a skill named Languages with two keywords; an unlabelled list takes the
    section's heading as its name. Commas inside brackets ('AWS (EKS, RDS)') do not split."""
    match = _LABEL.match(text)
    name, listed = (match[1].strip(), match[2]) if match else (heading.strip().title() or "Skills", text)
    keywords = [k.strip() for k in re.split(r"[,;](?![^()]*\))", listed) if k.strip()]
    return {"name": name, "keywords": keywords}


def _education(lines: list[str]) -> list[dict[str, Any]]:
    """Education lines -> entries of institution, studyType, area and dates. An entry printed over several
    lines ('Cornell University' / 'BS in Computer Science' / 'May 2014') is gathered into one; a line that
    reads as neither school, degree nor dates is kept whole as an institution rather than guessed at."""
    entries: list[dict[str, Any]] = []
    for text in lines:
        part = _education_line(text)
        if not part:
            continue
        current = entries[-1] if entries else None
        public = {k for k in part if not k.startswith("_")}
        fits = current is not None and not (public & set(current)) and "raw" not in current and "raw" not in part
        if fits and current is not None:
            current.update(part)
        else:
            entries.append(part)
    return [_education_entry(e) for e in entries]


def _education_line(text: str) -> dict[str, str]:
    vocab = _vocabulary()
    years = _YEAR.findall(text)
    unbracketed = re.sub(r"\s*\(([^()]*)\)", r", \1", _DATE_WORDS.sub("", text))  # '(Seattle, WA)', '(GPA 3.6)'
    parts = [p.strip(" ()·•") for p in _SEPARATORS.split(unbracketed) if re.search(r"[^\W\d_]", p)]
    out: dict[str, str] = {}
    if years:
        out["endDate"] = years[-1]
        if len(years) > 1:
            out["startDate"] = years[0]
    rest = []
    for part in parts:
        degree = next((d for d in vocab["degree_words"] if re.match(rf"(?i){re.escape(d)}(?!\w)", part)), None)
        if degree and "studyType" not in out:
            out["studyType"] = part[: len(degree)]
            if area := re.sub(r"(?i)^(?:in|of)\s+", "", part[len(degree) :].strip(" ,;")):
                out["area"] = area
        elif "institution" not in out and _has_word(part, vocab["institution_words"]):
            out["institution"] = part
        elif not _GPA.search(part) and vocab["countries"].get(part.lower()) is None:
            rest.append(part)
    if "studyType" in out:
        # 'Master of Engineering, Computer Science': the field follows the degree; then 'CalTech', the school.
        for key in ("area", "institution"):
            if key not in out and rest:
                out[key] = rest.pop(0)
    elif "institution" in out and rest:
        out["_rest"] = rest[0]  # a field ('Ingeniería Informática') or a city ('Atlanta'): area if none comes
    elif "institution" not in out:
        if years and _DATE_WORDS.match(text.strip()):
            return out  # 'June 2018', '2010 – 2012 | Ithaca, NY': the dates of the entry above
        return {"raw": text}  # neither school nor degree: kept whole rather than guessed at
    return out


def _education_entry(entry: dict[str, Any]) -> dict[str, Any]:
    if "raw" in entry:
        return {"institution": entry["raw"]}
    if "area" not in entry and "studyType" not in entry and "_rest" in entry:
        entry = {**entry, "area": entry["_rest"]}
    keys = ("institution", "area", "studyType", "startDate", "endDate")
    return {k: entry[k] for k in keys if entry.get(k)}


def _has_word(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in words)


def _project(text: str) -> dict[str, Any]:
    match = _LABEL.match(text)
    if match and len(match[1].split()) <= 5:
        return {"name": match[1].strip(), "description": match[2].strip()}
    return {"name": text}


def _publication(text: str) -> dict[str, Any]:
    years = _YEAR.findall(text)
    return {"name": text, "releaseDate": years[-1]} if years else {"name": text}


# --- Posting -> JSON Resume job ---------------------------------------------------------------------


def to_json_job(posting: Posting, skills: Skills) -> dict[str, Any]:
    """What tailor read from a posting, in JSON Resume's job schema, for a user to correct and feed back in."""
    groups = [
        {"name": name, "keywords": [s.name for s in skills.items if s.need is need]}
        for need, name in ((Need.REQUIRED, "Required"), (Need.NICE, "Nice to have"), (Need.STACK, "Stack"))
    ]
    data: dict[str, Any] = {
        "title": posting.title,
        "company": posting.company,
        "description": " ".join(posting.about) or None,
        "location": _location(posting.location) if posting.location else None,
        "remote": "Full" if posting.remote else None,
        "experience": posting.seniority.value,
        "responsibilities": list(posting.responsibilities),
        "qualifications": list(posting.requirements),
        # The job schema allows more fields; tailor reads these four back.
        "niceToHave": list(posting.nice_to_have),
        "techStack": _section_lines(posting.document, posting.sections, SectionKind.STACK),
        "reportsTo": posting.reports_to,
        "team": posting.team,
        "skills": [g for g in groups if g["keywords"]],
    }
    return {key: value for key, value in data.items() if value}


def _section_lines(doc: Document, sections: tuple[Section, ...], kind: SectionKind) -> list[str]:
    return [doc.lines[i].text for s in sections if s.kind is kind for i in range(s.first_line, s.last_line + 1)]


# --- JSON Resume -> Resume --------------------------------------------------------------------------


def from_json_resume(doc: Document, today: dt.date) -> Resume:
    try:
        data = json.loads(doc.raw)
    except ValueError as exc:
        raise ContentError(f"{doc.source}: not valid JSON") from exc
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    links = tuple(_profile_text(p) for p in _dicts(basics.get("profiles")) if _profile_text(p))
    contact = Contact(
        _text(basics.get("name")),
        _text(basics.get("email")),
        _text(basics.get("phone")),
        _place(basics.get("location")) or None,
        ((str(basics["url"]),) if basics.get("url") else ()) + links,
    )
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    doc = dataclasses.replace(doc, date=_last_modified(meta.get("lastModified")) or doc.date)
    sections, warnings = find_sections(doc.lines)
    roles = tuple(_json_role(doc.lines, item, today) for item in _dicts(data.get("work")))
    resume = _resume(doc, today, contact, sections, roles, warnings)
    # The summary's section runs over the file's lines down to the next heading: blank ones add only spaces.
    return dataclasses.replace(resume, summary=" ".join(resume.summary.split()))


def _last_modified(value: Any) -> dt.date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", _str(value))
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])) if match else None
    except ValueError:
        return None


def _json_role(lines: tuple[Line, ...], item: dict[str, Any], today: dt.date) -> Role:
    title, company = _text(item.get("position")), _text(item.get("name"))
    start, end = (_json_date(item.get(k), today) for k in ("startDate", "endDate"))
    if start and not end:
        end = "present"  # JSON Resume leaves endDate out for the role one holds now
    head = next((i for i, ln in enumerate(lines) if title and company and title in ln.text and company in ln.text), 0)
    highlights = _strs(item.get("highlights"))
    bullets = tuple(
        Bullet(
            h,
            next((i for i, ln in enumerate(lines) if i > head and ln.text == " ".join(h.split())), head),
            find_metrics(h),
        )
        for h in highlights
    )
    internship = bool(_INTERNSHIP_RE.search(title or ""))
    return Role(title, company, start, end, bullets, _text(item.get("location")), head, internship)


def _json_date(value: Any, today: dt.date) -> str | None:
    # JSON Resume writes ISO dates ("2019-01-15"); tailor keeps the month
    text = _text(value)
    if text is None:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", text):
        return f"{m.group(1)}-{m.group(2)}"
    return normalise_date(text, today)


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None
