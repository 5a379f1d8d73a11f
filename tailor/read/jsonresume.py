"""Reading: a JSON Resume file -> Lines, one per value; or, when tailor exported it and nobody has edited it
since, the Document it was exported from."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
from importlib.resources import files
from typing import Any

from tailor.errors import InputError
from tailor.model import DocKind, Document, Line
from tailor.read.text import make_line

# meta.x-tailor in an export: the document it was read from (JSON Resume allows any property under meta).
EXPORT_KEY = "x-tailor"


@functools.cache
def _vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((files("tailor") / "data" / "jsonresume.json").read_text(encoding="utf-8"))
    return data


def json_resume_lines(source: str, text: str) -> list[Line]:
    """JSON Resume as lines, one per value, so later stages can cite them; resume.py reads the JSON itself."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting thousands deep
        raise InputError(f"{source}: not a JSON Resume (the JSON is nested or sized beyond reason)") from None
    if not isinstance(data, dict):
        raise InputError(f"{source}: not a JSON Resume (expected an object with 'basics' and 'work')")
    _check_json_resume(source, data)
    lines = [
        (Line(line.text, 1, bullet, heading), raw)
        for raw, heading, bullet in json_resume_texts(data)
        if (line := make_line(raw, heading=heading, bullet=bullet))
    ]
    if not _is_job(data):  # a posting's lines are its list items, cited by their words: no gaps between them
        numbered = _at_file_lines(lines, _without_meta(text.splitlines()))
        if numbered is not None:
            return numbered
    return [line for line, _ in lines]


def _at_file_lines(lines: list[tuple[Line, str]], file_lines: list[str]) -> list[Line] | None:
    """Each value's Line at the index of the file line it is written on, so "line 14" in a brief is where an
    editor shows it: blank Lines between, a heading just above the value it heads. None when the file writes
    several values on one line: then the values in order are all there is to cite."""
    where = _string_lines(file_lines)
    out: list[Line] = []
    headings: list[Line] = []
    previous = -1  # the line the last value found was written on
    for line, raw in lines:
        if line.heading:
            headings.append(line)
            continue
        found = _file_line(where, raw, previous + 1)
        if found is None and previous >= 0 and _file_line(where, raw, previous) == previous:
            return None
        at = max(found or 0, len(out) + len(headings))  # a value not found (a number, a split string) goes next
        out += [Line("")] * (at - len(out) - len(headings)) + headings + [line]
        headings, previous = [], previous if found is None else found
    return out + headings


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _string_lines(file_lines: list[str]) -> dict[str, list[int]]:
    """Each string the file writes, as JSON reads it, with the indexes of the lines it is written on."""
    where: dict[str, list[int]] = {}
    for i, text in enumerate(file_lines):
        for literal in _STRING.findall(text):
            try:
                where.setdefault(json.loads(literal).strip(), []).append(i)
            except ValueError:
                continue  # a string split over lines: not a value of its own line
    return where


def _file_line(where: dict[str, list[int]], value: str, first: int) -> int | None:
    """The index of the first line from `first` on that writes the value, or for a line composed of several
    ('Staff Engineer | Acme | 2019-03', 'Languages: Go, Python', 'Denver, CO'), its first part."""
    lines = []
    for part in {value, *(value.split(sep, 1)[0] for sep in (" | ", ": ", ", "))} - {""}:
        found = where.get(part, [])
        if (i := bisect.bisect_left(found, first)) < len(found):
            lines.append(found[i])
    return min(lines, default=None)


_META = re.compile(r'(\s*)"meta"\s*:')


def _without_meta(file_lines: list[str]) -> list[str]:
    """The lines with meta's blanked: it is no part of the résumé, and an export's copy of its document there
    says every value again. In pretty-printed JSON, meta ends on its own line or at the first line below
    indented no deeper than its key."""
    start = next((i for i, ln in enumerate(file_lines) if _META.match(ln)), None)
    if start is None:
        return file_lines
    key = file_lines[start]
    depth = len(key) - len(key.lstrip())
    end = start
    if key.count("{") + key.count("[") > key.count("}") + key.count("]"):
        indents = (len(ln) - len(ln.lstrip()) for ln in file_lines[start + 1 :])
        end = next((start + 1 + i for i, indent in enumerate(indents) if indent <= depth), len(file_lines) - 1)
    return file_lines[:start] + [""] * (end + 1 - start) + file_lines[end + 1 :]


def exported_document(text: str) -> Document | None:
    """The document an export was made from, when the export still says exactly what tailor wrote (its digest
    matches): reading it again then gives the brief the original gave, line numbers and all. None for any other
    JSON, which is read value by value, so an edit shows in the brief."""
    try:
        data = json.loads(text)
        block = data["meta"][EXPORT_KEY]
        if block.get("digest") != export_digest(data):
            return None
        lines = tuple(_line(item) for item in block["lines"])
        date = dt.date.fromisoformat(block["date"]) if block.get("date") else None
        warnings = tuple(str(w) for w in block.get("warnings", ()))
        links = tuple(str(link) for link in block.get("links", ()))
        kind = DocKind(block["kind"])
        return Document(block["source"], kind, lines, int(block["pages"]), text, date, warnings, links)
    except (ValueError, RecursionError, TypeError, KeyError, AttributeError):
        return None  # not an untouched export: read as any JSON Resume (which says what is wrong with it)


def export_digest(data: dict[str, Any]) -> str:
    """A digest of everything in an export but the digest itself, whatever the file's spacing or key order."""
    block = {k: v for k, v in data["meta"][EXPORT_KEY].items() if k != "digest"}
    whole = {**data, "meta": {**data["meta"], EXPORT_KEY: block}}
    canonical = json.dumps(whole, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


_LINE_FIELDS = {f.name: f.default for f in dataclasses.fields(Line)}


def line_record(line: Line) -> dict[str, Any]:
    """A Line as JSON, fields at their default left out."""
    return {k: v for k, v in dataclasses.asdict(line).items() if k == "text" or v != _LINE_FIELDS[k]}


def _line(record: dict[str, Any]) -> Line:
    values = {k: record[k] for k in _LINE_FIELDS if k in record}
    if not isinstance(values.get("text"), str) or any(
        type(v) is not type(_LINE_FIELDS[k]) and not (isinstance(v, int) and isinstance(_LINE_FIELDS[k], float))
        for k, v in values.items()
        if k != "text"
    ):
        raise TypeError("not a line tailor wrote")  # a block made by hand: read the JSON's values instead
    return Line(**values)


# The JSON Resume fields later stages iterate; any other shape there is refused rather than half read.
_JSON_LISTS = (("basics", "profiles"), ("work",), ("education",), ("skills",))
_JSON_ITEM_LISTS = {"work": "highlights", "skills": "keywords"}


def _check_json_resume(source: str, data: dict[str, Any]) -> None:
    basics = data.get("basics")
    if basics is not None and not isinstance(basics, dict):
        raise InputError(f"{source}: not a JSON Resume ('basics' should be an object)")
    for path in _JSON_LISTS:
        holder = basics if len(path) == 2 else data
        value = holder.get(path[-1]) if isinstance(holder, dict) else None
        if value is not None and not isinstance(value, list):
            raise InputError(f"{source}: not a JSON Resume ('{'.'.join(path)}' should be a list)")
    for key, inner in _JSON_ITEM_LISTS.items():
        for item in data.get(key) or []:
            if isinstance(item, dict) and item.get(inner) is not None and not isinstance(item[inner], list):
                raise InputError(f"{source}: not a JSON Resume ('{key}[].{inner}' should be a list)")


def json_resume_texts(data: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    """(text, heading, bullet) for each value of a JSON Resume résumé or job, in reading order."""
    texts = _job_texts(data) if _is_job(data) else _resume_texts(data)
    return [t for t in texts if t[0].strip()]


def is_job(raw: str) -> bool:
    """Whether JSON text is a JSON Resume job (a posting) rather than a résumé."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and _is_job(data)


def _is_job(data: dict[str, Any]) -> bool:
    return "basics" not in data and "work" not in data and any(k in data for k in ("title", "company"))


def _resume_texts(data: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    basics: dict[str, Any] = data["basics"] if isinstance(data.get("basics"), dict) else {}
    out = [(_str(basics.get(k)), False, False) for k in ("name", "email", "phone", "url")]
    out.append((_place(basics.get("location")), False, False))
    out += [(_profile_text(p), False, False) for p in _dicts(basics.get("profiles"))]
    if basics.get("summary"):
        out += [("Summary", True, False), (_str(basics["summary"]), False, False)]
    titles = {"work": "Experience", "education": "Education", "skills": "Skills", **_vocabulary()["sections"]}
    for key, title in titles.items():
        items = _dicts(data.get(key))
        if items:
            out.append((title, True, False))
        for item in items:
            out += _item_texts(key, item)
    return out


def _item_texts(key: str, item: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    if key == "work":
        dates = " – ".join(_str(item.get(k)) for k in ("startDate", "endDate") if item.get(k))
        head = [_str(item.get(k)) for k in ("position", "name", "location")] + [dates]
        return [(" | ".join(head), False, False), *[(h, False, True) for h in _strs(item.get("highlights"))]]
    if key == "education":
        study = " ".join(_str(item.get(k)) for k in ("studyType", "area") if item.get(k))
        dates = " – ".join(_str(item.get(k)) for k in ("startDate", "endDate") if item.get(k))
        return [(" | ".join(p for p in (_str(item.get("institution")), study, dates) if p), False, False)]
    if key == "skills":
        keywords = ", ".join(_strs(item.get("keywords")))
        return [(": ".join(p for p in (_str(item.get("name")), keywords) if p), False, False)]
    if key == "projects":
        title = ": ".join(p for p in (_str(item.get("name")), _str(item.get("description"))) if p)
        return [(title, False, False), *[(h, False, True) for h in _strs(item.get("highlights"))]]
    if key == "languages":
        # "Spanish (Native speaker)" under "Languages": the heading and the fluency state it as a language the
        # candidate speaks; left unread, the spoken languages were lost (issue 12, blind review)
        fluency = _str(item.get("fluency"))
        return [(_str(item.get("language")) + (f" ({fluency})" if fluency else ""), False, False)]
    return [(_str(item.get("name") or item.get("title")), False, False)]


def _job_texts(data: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    out = [(_str(data.get("title")), False, False), (_str(data.get("company")), False, False)]
    if place := _place(data.get("location")):
        out.append((f"Location: {place}", False, False))
    if data.get("reportsTo"):
        out.append((f"Reports to {_str(data['reportsTo'])}.", False, False))
    if data.get("team"):
        out.append((f"Team: {_str(data['team'])}.", False, False))
    # Said in a sentence of the body, where a posting says it; a header line "Remote" reads as the location.
    remote = {"Full": "This role is fully remote.", "Hybrid": "This is a hybrid role."}.get(_str(data.get("remote")))
    if data.get("description") or remote:
        out += [("About", True, False), (_str(data.get("description")), False, False), (remote or "", False, False)]
    # `skills` is not read back: it reports what tailor found in these lines, and the lines are what to edit.
    for key, title in (
        ("responsibilities", "Responsibilities"),
        ("qualifications", "Requirements"),
        ("niceToHave", "Nice to have"),
        ("techStack", "Tech stack"),
    ):
        listed = _strs(data.get(key))
        if listed:
            out += [(title, True, False), *[(text, False, True) for text in listed]]
    return out


def _place(location: Any) -> str:
    """A location object as one line, the country by name: 'CO' alone could be Colorado or Colombia."""
    if not isinstance(location, dict):
        return ""
    region = " ".join(_str(location.get(k)) for k in ("region", "postalCode") if location.get(k))
    parts = [p for p in (_str(location.get("address")), _str(location.get("city")), region) if p]
    code = _str(location.get("countryCode")).upper()
    names = [name for name, c in _vocabulary()["countries"].items() if c == code]
    return ", ".join(parts + ([names[0].title() if names else code] if code else []))


def _profile_text(profile: dict[str, Any]) -> str:
    return _str(profile.get("url") or profile.get("username"))


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _strs(value: Any) -> list[str]:
    return [_str(v) for v in value if v is not None] if isinstance(value, list) else []


def _str(value: Any) -> str:
    return str(value).strip() if value is not None else ""
