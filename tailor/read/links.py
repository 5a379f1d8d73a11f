"""Reading: the link targets a document carries beside its text -> web and mail addresses.

A résumé often prints "Email" or "LinkedIn" and keeps the address only in the link behind the word (issue 11),
so the targets are read as they are written in the file. Nothing is ever fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote

MAX_LINKS = 200  # a résumé carries a handful; a document with thousands is not searched further
_TARGET_RE = re.compile(r"(?i)^(?:mailto:[^\s?]+|https?://[^\s]+)$")


def pdf_links(reader: Any) -> tuple[str, ...]:
    """The URI targets of a PDF's link annotations, page by page (pypdf's reader, already opened)."""
    found: list[str] = []
    for page in reader.pages:
        for annot in _array(page.get("/Annots")):
            action = _dictionary(_dictionary(annot).get("/A"))
            if action.get("/S") == "/URI":
                found.append(_text(action.get("/URI")))
            if len(found) >= MAX_LINKS:
                return _targets(found)
    return _targets(found)


def docx_links(document: Any) -> tuple[str, ...]:
    """The external hyperlink targets of a Word document, its headers and footers included (python-docx's
    document, already opened)."""
    found = [
        rel.target_ref
        for part in document.part.package.iter_parts()
        for rel in part.rels.values()
        if rel.is_external and rel.reltype.endswith("/hyperlink")
    ]
    return _targets(found[:MAX_LINKS])


def html_links(text: str) -> tuple[str, ...]:
    """The targets of an HTML page's anchors, in page order."""
    parser = _Anchors()
    parser.feed(text)
    parser.close()
    return _targets(parser.found[:MAX_LINKS])


# "[Email](mailto:ann@example.org)", "[site](<https://x.org> "title")", "<https://x.org>"
_MARKDOWN_LINK_RE = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|<((?:mailto:|https?://)[^>\s]+)>")


def markdown_links(text: str) -> tuple[str, ...]:
    """The targets of a Markdown file's inline links and autolinks, in text order."""
    return _targets([inline or auto for inline, auto in _MARKDOWN_LINK_RE.findall(text)][:MAX_LINKS])


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.found.append(href)


def _targets(found: list[str]) -> tuple[str, ...]:
    """Web and mail addresses, each once, in the order found; "mailto:a%40b.com?subject=Hi" -> "mailto:a@b.com"."""
    kept = []
    for target in found:
        target = target.strip()
        if target.lower().startswith("mailto:"):
            target = "mailto:" + unquote(target[7:].split("?")[0]).strip()
        if _TARGET_RE.match(target) and len(target) <= 300 and "\ufffd" not in target:
            kept.append(target)
    return tuple(dict.fromkeys(kept))


def _array(value: Any) -> list[Any]:
    value = value.get_object() if hasattr(value, "get_object") else value
    return list(value) if isinstance(value, list) else []


def _dictionary(value: Any) -> dict[Any, Any]:
    value = value.get_object() if hasattr(value, "get_object") else value
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    """A PDF string as text; a URI is ASCII by the standard, so undecodable bytes are dropped with the link."""
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, bytes):
        return value.decode("ascii", errors="replace")
    return value if isinstance(value, str) else ""
