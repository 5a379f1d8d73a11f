"""Reading: a JSON Resume file -> Lines, one per value."""

from __future__ import annotations

import json
from typing import Any

from tailor.errors import InputError
from tailor.model import Line
from tailor.read.text import make_line


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
    lines: list[Line] = []
    for raw, heading, bullet in json_resume_texts(data):
        if line := make_line(raw, heading=heading, bullet=bullet):
            lines.append(Line(line.text, 1, bullet, heading))
    return lines


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
    """(text, heading, bullet) for each value of a JSON Resume, in the order resume.py expects."""
    basics: dict[str, Any] = data["basics"] if isinstance(data.get("basics"), dict) else {}
    out: list[tuple[str, bool, bool]] = [
        (str(basics.get(k) or ""), False, False) for k in ("name", "email", "phone", "url")
    ]
    location = basics.get("location")
    if isinstance(location, dict):
        out.append(
            (
                ", ".join(str(v) for k, v in location.items() if k in ("city", "region", "countryCode") and v),
                False,
                False,
            )
        )
    for profile in basics.get("profiles") or []:
        if isinstance(profile, dict):
            out.append((str(profile.get("url") or profile.get("username") or ""), False, False))
    if basics.get("summary"):
        out += [("Summary", True, False), (str(basics["summary"]), False, False)]
    for key, title in (("work", "Experience"), ("education", "Education"), ("skills", "Skills")):
        items = [i for i in data.get(key) or [] if isinstance(i, dict)]
        if items:
            out.append((title, True, False))
        for item in items:
            out += _json_item_texts(key, item)
    return [t for t in out if t[0].strip()]


def _json_item_texts(key: str, item: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    if key == "work":
        dates = " – ".join(str(item.get(k) or "") for k in ("startDate", "endDate") if item.get(k))
        head = [str(item.get("position") or ""), str(item.get("name") or ""), str(item.get("location") or ""), dates]
        return [(" | ".join(head), False, False), *[(str(h), False, True) for h in item.get("highlights") or []]]
    if key == "education":
        return [
            (" | ".join(str(item.get(k) or "") for k in ("institution", "studyType", "area", "endDate")), False, False)
        ]
    keywords = ", ".join(str(k) for k in item.get("keywords") or [])
    return [(": ".join(p for p in (str(item.get("name") or ""), keywords) if p), False, False)]
