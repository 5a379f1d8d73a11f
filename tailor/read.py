"""Stage 1, read: a file path -> Document (lines in reading order, with what the layout said about them)."""
from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tailor.errors import InputError
from tailor.model import DocKind, Document, Line

MAX_FILE_BYTES = 20 * 1024 * 1024  # no résumé or posting is this big; a bigger file is a mistake or an attack
MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024  # a zip bomb declares its size in the central directory

_BULLET_GLYPHS = "•●▪■◦○‣∙·*➢►▶✓✔❖◆♦➤→-–—"
_BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(_BULLET_GLYPHS)}]|\d{{1,2}}[.)])\s+")
_GLYPH_ONLY_BULLET_RE = re.compile(r"^\s*[•●▪■◦○‣∙➢►▶✓✔❖◆♦➤]\s*")
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")  # icon fonts (FontAwesome) map glyphs here
_EXTENSIONS = {
    ".pdf": DocKind.PDF,
    ".docx": DocKind.DOCX,
    ".txt": DocKind.TEXT,
    ".text": DocKind.TEXT,
    ".md": DocKind.MARKDOWN,
    ".markdown": DocKind.MARKDOWN,
    ".html": DocKind.HTML,
    ".htm": DocKind.HTML,
    ".json": DocKind.JSON_RESUME,
}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_PRINTED_DATE_RE = re.compile(
    r"(?i)\b(?:updated|revised|dated|as of|date)\b\D{0,20}?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})"
)


def read_document(path: Path) -> Document:
    """Read a résumé or posting; raise InputError with a one-line reason when it cannot be read."""
    data = _read_bytes(path)
    kind = _sniff(data) or _EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path.name}: unsupported file type; use .pdf, .docx, .txt, .md, .html or .json")
    if kind is DocKind.PDF:
        return _read_pdf(path.name, data)
    if kind is DocKind.DOCX:
        return _read_docx(path.name, data)
    text = decode_text(data)
    if not text.strip():
        raise InputError(f"{path.name}: the file holds no text")
    if kind is DocKind.JSON_RESUME:
        lines = _json_resume_lines(path.name, text)
    elif kind is DocKind.HTML:
        lines = text_lines(_html_to_text(text))
    else:
        lines = text_lines(text)
    return _document(path.name, kind, lines, 1, text, None)


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a document")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path.name}: the file is {size // 2**20} MB; documents over {MAX_FILE_BYTES // 2**20} MB are refused")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror})") from exc


def _sniff(data: bytes) -> DocKind | None:
    """The kind the bytes say, whatever the extension claims."""
    if b"%PDF-" in data[:1024]:
        return DocKind.PDF
    if data[:4] == b"PK\x03\x04":
        return DocKind.DOCX if _zip_has(data, "word/document.xml") else None
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{") and (b'"basics"' in data or b'"work"' in data):
        return DocKind.JSON_RESUME
    if head.startswith((b"<html", b"<!doctype html")):
        return DocKind.HTML
    return None


def _zip_has(data: bytes, name: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return name in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _document(source: str, kind: DocKind, lines: list[Line], pages: int, raw: str, date: dt.date | None,
              warnings: tuple[str, ...] = ()) -> Document:
    if not lines:
        raise InputError(f"{source}: no text found in the document")
    text = "\n".join(line.text for line in lines)
    return Document(source=source, kind=kind, lines=tuple(lines), pages=pages, raw=raw or text,
                    date=printed_date(lines) or date, warnings=warnings)


# --- text -------------------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding; never fails (latin-1 maps every byte)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def clean(text: str) -> str:
    """Fold ligatures, odd spaces and quotes (NFKC), drop icon-font glyphs and control characters."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    text = _PRIVATE_USE_RE.sub(" ", text)
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch)[0] != "C")
    return re.sub(r"\s+", " ", text).strip()


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "\u00ad": ""})


def make_line(raw: str, page: int = 1, heading: bool = False, bullet: bool = False) -> Line | None:
    """One cleaned Line, with a leading bullet glyph or list number turned into `bullet=True`."""
    text = clean(raw)
    match = _BULLET_RE.match(text)
    if match and len(text) > match.end():
        bullet, text = True, text[match.end():]
    elif _GLYPH_ONLY_BULLET_RE.match(text):
        bullet, text = True, _GLYPH_ONLY_BULLET_RE.sub("", text)
    text = text.strip()
    return Line(text, page, bullet, heading) if text and re.search(r"\w", text) else None


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and len(text) <= 40 and all(c.isupper() for c in letters) and len(text.split()) <= 5


def text_lines(text: str) -> list[Line]:
    """Lines of plain text or Markdown: headings (#, underlines, short ALL CAPS lines) and bullets marked."""
    text = _drop_non_content(text)
    raw_lines = text.splitlines()
    out: list[Line] = []
    for i, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if re.fullmatch(r"[=\-_~*]{3,}", stripped):
            continue  # an underline or rule: it marked the line above
        nxt = raw_lines[i + 1].strip() if i + 1 < len(raw_lines) else ""
        underlined = bool(stripped) and bool(re.fullmatch(r"={3,}|-{3,}", nxt))
        hashes = re.match(r"^\s{0,3}(#{1,6})\s+", raw)
        if hashes:
            raw = raw[hashes.end():].rstrip("#")
        line = make_line(_strip_markdown(raw))
        if line is None:
            continue
        heading = bool(hashes) or underlined or (not line.bullet and _is_caps_heading(line.text))
        out.append(Line(line.text, 1, line.bullet, heading))
    return _join_wrapped(out)


def _drop_non_content(text: str) -> str:
    """Front matter and <script>/<style> blocks are not document content."""
    text = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>", "\n", text)
    return re.sub(r"\A\s*---\s*\n.*?\n---\s*\n", _keep_contact_front_matter, text, count=1, flags=re.S)


def _keep_contact_front_matter(match: re.Match[str]) -> str:
    # A static-site front matter may carry the person's name or email; the rest (layout, permalink) is not content.
    keep = re.findall(r"(?im)^(?:name|email|phone)\s*:\s*[\"']?([^\"'\n]+)", match.group(0))
    return "\n".join(keep) + "\n"


def _strip_markdown(raw: str) -> str:
    raw = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", raw)  # images
    raw = re.sub(r"\[([^\]]+)\]\((?:mailto:)?([^)]*)\)", lambda m: m.group(1) if m.group(1).strip("/ ") else m.group(2), raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    raw = re.sub(r"(\*\*|__)(.+?)\1", r"\2", raw)
    raw = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", raw)
    return html.unescape(raw)


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """Join a line a layout wrapped: an open bracket or a trailing dash/hyphen continues on the next line."""
    out: list[Line] = []
    for line in lines:
        if out and not line.bullet and not line.heading and _continues(out[-1].text, line.text):
            prev = out[-1]
            joined = prev.text[:-1] + line.text if re.search(r"[a-z]-$", prev.text) else f"{prev.text} {line.text}"
            out[-1] = Line(joined, prev.page, prev.bullet, prev.heading)
        else:
            out.append(line)
    return out


def _continues(prev: str, nxt: str) -> bool:
    if prev.count("(") > prev.count(")") and ")" in nxt and "(" not in nxt.split(")")[0]:
        return True
    if re.search(r"[–—-]$|\bto$", prev) and re.match(r"(?i)(present|current|now|till|today|ongoing|\w{3,9}\.?\s*'?\d{2,4}|\d{1,2}/\d{2,4}|\d{4})", nxt):
        return True
    return bool(re.search(r"[a-z]{2}-$", prev) and re.match(r"[a-z]", nxt))


def _html_to_text(text: str) -> str:
    """The posting's text from a saved web page: lists and headings kept, page chrome dropped."""
    parser = _PageText()
    parser.feed(text)
    parser.close()
    return parser.text()


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIP = {"script", "style", "head", "nav", "footer", "aside", "noscript", "form", "button", "svg", "template",
         "iframe", "select", "dialog"}
_BLOCK = {"p", "div", "br", "tr", "ul", "ol", "section", "article", "main", "header", "table", "dd", "dt",
          "blockquote", "pre"}
# Page chrome that is not in a <nav>/<footer>: cookie banners, breadcrumbs, menus, share bars, "similar jobs".
_CHROME = re.compile(r"cookie|consent|banner|breadcrumb|\bnav|menu|share|social|related|similar|sidebar|footer|"
                     r"skip-link|newsletter|subscribe|modal|popup", re.IGNORECASE)


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, main content)
        self.parts: list[tuple[str, bool]] = []  # (text, inside <main>/<article>)

    def _skipping(self) -> bool:
        return any(skip for _, skip, _ in self.stack)

    def _in_main(self) -> bool:
        return any(main for _, _, main in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        marks = " ".join(v or "" for k, v in attrs if k in {"id", "class", "role", "aria-label"})
        if tag in _BLOCK or tag == "li" or tag[:1] == "h" and tag[1:].isdigit():
            prefix = "\n- " if tag == "li" else "\n# " if tag[:1] == "h" and tag[1:].isdigit() else "\n"
            self.parts.append((prefix, self._in_main()))
        if tag not in _VOID:
            skip = tag in _SKIP or bool(marks and _CHROME.search(marks) and tag not in {"main", "article", "body"})
            self.stack.append((tag, skip, tag in {"main", "article"}))

    def handle_endtag(self, tag: str) -> None:
        if any(t == tag for t, _, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass
        if tag in _BLOCK or tag[:1] == "h" and tag[1:].isdigit():
            self.parts.append(("\n", self._in_main()))

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self.parts.append((data, self._in_main()))

    def text(self) -> str:
        main = "".join(t for t, in_main in self.parts if in_main)
        # A page that marks its content (<main>, <article>) is read from there, with its headings from outside.
        if len(main.split()) >= 80:
            outside = "".join(t for t, in_main in self.parts if not in_main)
            heads = [ln for ln in outside.splitlines() if ln.startswith("# ")]
            return "\n".join(heads) + "\n" + main
        return "".join(t for t, _ in self.parts)


def printed_date(lines: list[Line] | tuple[Line, ...]) -> dt.date | None:
    """A date the document prints about itself ("Last updated on 21st January 2015")."""
    for line in [*lines[:8], *lines[-8:]]:
        match = _PRINTED_DATE_RE.search(line.text)
        if match:
            day = int(match.group(1) or match.group(3) or 1)
            month = _MONTHS.index(match.group(2).lower()[:3]) + 1
            try:
                return dt.date(int(match.group(4)), month, day)
            except ValueError:
                return dt.date(int(match.group(4)), month, 1)
    return None


# --- JSON Resume ------------------------------------------------------------------------------------


def _json_resume_lines(source: str, text: str) -> list[Line]:
    """JSON Resume as lines, one per value, so later stages can cite them; resume.py reads the JSON itself."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{source}: not a JSON Resume (expected an object with 'basics' and 'work')")
    lines: list[Line] = []
    for raw, heading, bullet in json_resume_texts(data):
        if line := make_line(raw, heading=heading, bullet=bullet):
            lines.append(Line(line.text, 1, bullet, heading))
    return lines


def json_resume_texts(data: dict[str, Any]) -> list[tuple[str, bool, bool]]:
    """(text, heading, bullet) for each value of a JSON Resume, in the order resume.py expects."""
    basics: dict[str, Any] = data["basics"] if isinstance(data.get("basics"), dict) else {}
    out: list[tuple[str, bool, bool]] = [(str(basics.get(k) or ""), False, False) for k in ("name", "email", "phone", "url")]
    location = basics.get("location")
    if isinstance(location, dict):
        out.append((", ".join(str(v) for k, v in location.items() if k in ("city", "region", "countryCode") and v), False, False))
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
        return [(" | ".join(str(item.get(k) or "") for k in ("institution", "studyType", "area", "endDate")), False, False)]
    keywords = ", ".join(str(k) for k in item.get("keywords") or [])
    return [(": ".join(p for p in (str(item.get("name") or ""), keywords) if p), False, False)]


# --- PDF --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Chunk:
    x: float
    y: float
    text: str
    size: float
    bold: bool


def _read_pdf(source: str, data: bytes) -> Document:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{source}: the PDF is encrypted; export an unlocked copy")
        pages = [_page_chunks(page) for page in reader.pages]
        created = _pdf_created(reader)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a broken or truncated file
        raise InputError(f"{source}: cannot read this PDF ({exc.__class__.__name__}); is it complete?") from exc
    if not any(c.text.strip() for page in pages for c in page):
        raise InputError(f"{source}: no text layer: it looks scanned; run OCR first")
    lines: list[Line] = []
    warnings: list[str] = []
    every = [c for page in pages for c in page]
    section_size = _section_size(every, _body_size(every))
    for number, chunks in enumerate(pages, 1):
        columns = _split_columns(chunks)
        if len(columns) > 1 and columns[1] and columns[2]:
            warnings.append(f"page {number}: two columns read left then right (guessed from the layout)")
        for column in columns:
            lines += _chunk_lines(column, number, section_size)
    return _document(source, DocKind.PDF, _join_wrapped(lines), len(pages), "", created, tuple(warnings))


def _page_chunks(page: Any) -> list[_Chunk]:
    chunks: list[_Chunk] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
        if re.search(r"(?i)awesome|icons|glyph|icomoon|wingding|dingbat", name):
            return  # icon glyphs come out as their names ("/github", "mobile-alt"), not text
        bold = bool(re.search(r"(?i)bold|black|heavy|semibold|CMBX", name))
        # pypdf sometimes hands several lines in one call; later lines sit one leading lower
        for i, part in enumerate(text.split("\n")):
            if part.strip():
                chunks.append(_Chunk(x if i == 0 else chunks[-1].x if chunks else x, y - i * size * scale * 1.2, part,
                                     round(size * scale, 1), bold))

    page.extract_text(visitor_text=visit)
    return chunks


def _pdf_created(reader: Any) -> dt.date | None:
    try:
        created = reader.metadata.creation_date if reader.metadata else None
    except (ValueError, TypeError, KeyError):  # a malformed date string in the info dictionary
        return None
    return created.date() if isinstance(created, dt.datetime) else None


def _body_size(chunks: list[_Chunk]) -> float:
    weights: dict[float, int] = {}
    for c in chunks:
        weights[c.size] = weights.get(c.size, 0) + len(c.text)
    return max(weights, key=lambda s: weights[s]) if weights else 10.0


def _width(chunk: _Chunk) -> float:
    return len(chunk.text.strip()) * chunk.size * 0.48  # average glyph width; good enough to find a gutter


def _split_columns(chunks: list[_Chunk]) -> list[list[_Chunk]]:
    """[header, left, right] when a vertical band with no text runs down most of the page, else [chunks]."""
    if len(chunks) < 20:
        return [chunks]
    xs = sorted(c.x for c in chunks)
    lo, hi = xs[0], max(c.x + _width(c) for c in chunks)
    for gutter in _gutter_candidates(chunks, lo, hi):
        left = [c for c in chunks if c.x < gutter]
        right = [c for c in chunks if c.x >= gutter]
        crossing = sum(1 for c in left if c.x + _width(c) > gutter + 4)
        left_rows = {round(c.y) for c in left}
        right_rows = {round(c.y) for c in right}
        span = max(c.y for c in chunks) - min(c.y for c in chunks) or 1.0
        if (crossing <= 0.04 * len(chunks) and len(left_rows) >= 8 and len(right_rows) >= 8
                and (max(r.y for r in right) - min(r.y for r in right)) > 0.5 * span
                and (max(r.y for r in left) - min(r.y for r in left)) > 0.5 * span):
            # A centred name and contact block above both columns belongs to neither: it is read first.
            top = max(c.y for c in left if c.x <= lo + 3) + 2
            header = [c for c in chunks if c.y > top]
            return [header, [c for c in left if c.y <= top], [c for c in right if c.y <= top]]
    return [chunks]


def _gutter_candidates(chunks: list[_Chunk], lo: float, hi: float) -> list[float]:
    """x positions where many chunks start (a column's left edge), in the middle of the text area."""
    starts: dict[int, int] = {}
    for c in chunks:
        starts[round(c.x / 3)] = starts.get(round(c.x / 3), 0) + 1
    width = hi - lo
    edges = [k * 3.0 - 2 for k, n in starts.items() if n >= 6 and lo + 0.2 * width < k * 3 < lo + 0.75 * width]
    return sorted(edges, key=lambda e: -starts[round((e + 2) / 3)])


def _chunk_lines(chunks: list[_Chunk], page: int, section_size: float | None) -> list[Line]:
    """Group chunks into lines by baseline, top to bottom; dates in a left margin join their entry's line."""
    lines: list[Line] = []
    margin_owner: int | None = None  # the line a run of margin dates belongs to
    for row in _rows(chunks):
        margin = row[0].text.strip() if len(row) > 1 and _DATE_FRAGMENT_RE.fullmatch(clean(row[0].text)) else ""
        body = row[1:] if margin else row
        line = make_line(_join_chunks(body), page)
        if line is None:
            continue
        size = max(c.size for c in body)
        heading = size >= section_size - 0.3 if section_size else (
            all(c.bold for c in body) and len(line.text) <= 40) or (_is_caps_heading(line.text) and not line.bullet)
        line = Line(line.text, page, line.bullet, heading)
        if margin and margin_owner is not None and re.search(r"[–—-]$|\bto$", lines[margin_owner].text):
            owner = lines[margin_owner]
            lines[margin_owner] = Line(f"{owner.text} {clean(margin)}", page, owner.bullet, owner.heading)
            margin_owner = None
        elif margin:
            line = Line(f"{line.text} | {clean(margin)}", page, line.bullet, line.heading)
            margin_owner = len(lines)
        lines.append(line)
    return lines


_DATE_FRAGMENT_RE = re.compile(
    r"(?i)(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?(?:\d{4}|\d{1,2}/\d{2,4})"
    r"|present|current|now|today|ongoing)?\s*(?:[–—-]|to)?\s*"
    r"(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?(?:\d{4}|\d{1,2}/\d{2,4})"
    r"|present|current|now|today|ongoing)"
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?\d{4}\s*(?:[–—-]|to)"
)


def _rows(chunks: list[_Chunk]) -> list[list[_Chunk]]:
    rows: list[list[_Chunk]] = []
    for chunk in sorted(chunks, key=lambda c: (-c.y, c.x)):
        if rows and abs(rows[-1][0].y - chunk.y) <= max(2.0, 0.35 * chunk.size):
            rows[-1].append(chunk)
        else:
            rows.append([chunk])
    return [sorted(row, key=lambda c: c.x) for row in rows]


def _join_chunks(row: list[_Chunk]) -> str:
    """One row's text; pypdf starts a chunk with a space when the PDF spaced it, else only the gap tells."""
    text = row[0].text
    for prev, cur in zip(row, row[1:]):
        gap = cur.x - (prev.x + _width(prev))
        if gap > 3 * cur.size:
            text += " | "
        elif cur.text[:1].isspace() or text[-1:].isspace() or gap > cur.size:
            text += " "
        text += cur.text
    return re.sub(r"\s*\|\s*(\|\s*)+", " | ", text).strip(" |")


def _section_size(chunks: list[_Chunk], body: float) -> float | None:
    """The font size of section headings: the largest size, above body text, used by two or more short lines."""
    counts: dict[float, int] = {}
    for row in _rows(chunks):
        size = max(c.size for c in row)
        text = _join_chunks(row)
        if size >= body * 1.1 and len(text) <= 40:
            counts[round(size, 0)] = counts.get(round(size, 0), 0) + 1
    sizes = [s for s, n in counts.items() if n >= 2]
    return max(sizes) if sizes else None


# --- DOCX -------------------------------------------------------------------------------------------


def _read_docx(source: str, data: bytes) -> Document:
    import docx

    _check_zip(source, data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = _docx_header_lines(document) + _docx_body_lines(document)
        props = document.core_properties
        stamp = props.modified or props.created
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken file
        raise InputError(f"{source}: cannot read this Word file ({exc.__class__.__name__}); is it complete?") from exc
    date = stamp.date() if isinstance(stamp, dt.datetime) else None
    return _document(source, DocKind.DOCX, _join_wrapped(lines), 1, "", date)


def _check_zip(source: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{source}: cannot read this Word file (not a valid .docx archive)") from exc
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise InputError(f"{source}: the Word file unpacks to {unpacked // 2**20} MB; refused as unsafe")


def _docx_header_lines(document: Any) -> list[Line]:
    out: list[Line] = []
    seen: set[str] = set()
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            line = _docx_paragraph_line(paragraph)
            if line and line.text not in seen:
                seen.add(line.text)
                out.append(line)
    return out


def _docx_body_lines(document: Any) -> list[Line]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[Line] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            if line := _docx_paragraph_line(Paragraph(child, document)):
                out.append(line)
        elif tag == "tbl":
            out += _docx_table_lines(Table(child, document))
    return out


def _docx_table_lines(table: Any) -> list[Line]:
    """Cells row by row; a merged cell (or a label repeated down a column) is read once."""
    from docx.table import _Cell

    out: list[Line] = []
    above: dict[int, str] = {}
    for tr in table._tbl.tr_lst:
        for column, tc in enumerate(tr.tc_lst):
            cell = _Cell(tc, table)
            text = cell.text.strip()
            if tc.vMerge == "continue" or (text and above.get(column) == text):
                continue
            above[column] = text
            for paragraph in cell.paragraphs:
                if line := _docx_paragraph_line(paragraph):
                    out.append(line)
            for inner in cell.tables:
                out += _docx_table_lines(inner)
    return out


def _docx_paragraph_line(paragraph: Any) -> Line | None:
    style = paragraph.style.name if paragraph.style is not None else ""
    props = paragraph._p.pPr
    listed = (props is not None and props.numPr is not None) or "List" in style
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold or (r.style is not None and "Strong" in r.style.name) for r in runs)
    line = make_line(paragraph.text, bullet=listed)
    if line is None:
        return None
    heading = style.startswith(("Heading", "Title")) or (bold and len(line.text) <= 40 and not line.bullet) or (
        _is_caps_heading(line.text) and not line.bullet)
    return Line(line.text, 1, line.bullet, heading)
