"""Stage 1, read: a file path -> Document (lines in reading order, with what the layout said about them)."""

from __future__ import annotations

import datetime as dt
import html
import io
import itertools
import json
import logging
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from tailor.errors import InputError
from tailor.jsonresume import json_resume_texts
from tailor.model import DocKind, Document, Line

MAX_FILE_BYTES = 20 * 1024 * 1024  # no résumé or posting is this big; a bigger file is a mistake or an attack
MAX_MB_VARIABLE = "TAILOR_MAX_MB"  # overrides MAX_FILE_BYTES, in megabytes
MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024  # zipfile never unpacks more than a member declares, so the sum is a bound
MAX_DOCX_PART_BYTES = 8 * 1024 * 1024  # one XML part; a long real résumé's document.xml is well under 1 MB
# python-docx looks each paragraph's and run's style up by scanning every style, so reading time grows with
# their product: 2 million is about 12 s; a long real résumé (1,500 paragraphs and runs, 300 styles) is 450,000.
MAX_DOCX_WORK = 2_000_000
MAX_PDF_PAGES = 100  # a résumé or posting is a few pages; a book would take minutes to lay out

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
    refused = _unsupported(data)
    if refused:
        raise InputError(f"{path.name}: unsupported file type ({refused})")
    named = _EXTENSIONS.get(path.suffix.lower())
    sniffed = _sniff(data)
    kind = sniffed or named
    warnings: tuple[str, ...] = ()
    if kind is None or (sniffed is None and kind in (DocKind.PDF, DocKind.DOCX)):
        # No PDF or Word signature: plain text under another name is read as text, anything else refused.
        if _looks_binary(data):
            what = f"a {path.suffix} file" if named else "binary data"
            raise InputError(
                f"{path.name}: unsupported file type ({what} tailor cannot read); "
                "use .pdf, .docx, .txt, .md, .html or .json"
            )
        if path.suffix:
            warnings = (f"a {path.suffix} file holding plain text; read as text",)
        kind = DocKind.TEXT
    if kind is DocKind.PDF:
        return _read_pdf(path.name, data)
    if kind is DocKind.DOCX:
        return _read_docx(path.name, data)
    if _looks_binary(data):
        raise InputError(f"{path.name}: holds binary data, not text; save the document as .txt, .pdf or .docx")
    text = decode_text(data)
    if not text.strip():
        raise InputError(f"{path.name}: the file holds no text")
    if kind is DocKind.JSON_RESUME:
        lines = _json_resume_lines(path.name, text)
    elif kind is DocKind.HTML:
        lines = text_lines(_html_to_text(text))
    else:
        lines = text_lines(text)
    return _document(path.name, kind, lines, 1, text, None, warnings)


def max_file_bytes() -> int:
    """The size limit: TAILOR_MAX_MB when set, else MAX_FILE_BYTES."""
    value = os.environ.get(MAX_MB_VARIABLE, "").strip()
    if not value:
        return MAX_FILE_BYTES
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = -1.0
    if not 0 < megabytes < 2**20:
        raise InputError(
            f"{MAX_MB_VARIABLE}={value[:20]}: not a size in megabytes; set a number such as 50, or unset it"
        )
    return int(megabytes * 2**20)


def _read_bytes(path: Path) -> bytes:
    limit = max_file_bytes()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the name and folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder, not a document; name a file inside it")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is not a regular file (a device or pipe); save the document to a file first")
    if info.st_size == 0:
        raise InputError(f"{path.name}: the file is empty")
    if info.st_size > limit:
        raise InputError(
            f"{path.name}: the file is {_megabytes(info.st_size)}; documents over {_megabytes(limit)} "
            f"are refused (set {MAX_MB_VARIABLE} to raise the limit)"
        )
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if len(data) > limit:
        raise InputError(f"{path.name}: the file is over {_megabytes(limit)}; set {MAX_MB_VARIABLE} to raise the limit")
    if not data:
        raise InputError(f"{path.name}: the file is empty")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB".replace(".0 MB", " MB")


# Signatures of files people mistake for documents tailor reads, and what to do instead.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Word .doc or other Office 97 file; save it as .docx or PDF"),
    (b"{\\rtf", 0, "an RTF file; save it as .docx or PDF"),
    (b"\x89PNG", 0, "a PNG image; tailor needs the text: export the document as PDF or .docx"),
    (b"\xff\xd8\xff", 0, "a JPEG image; tailor needs the text: export the document as PDF or .docx"),
    (b"GIF8", 0, "a GIF image; tailor needs the text: export the document as PDF or .docx"),
    (b"II*\x00", 0, "a TIFF image; tailor needs the text: export the document as PDF or .docx"),
    (b"MM\x00*", 0, "a TIFF image; tailor needs the text: export the document as PDF or .docx"),
    (b"WEBP", 8, "a WebP image; tailor needs the text: export the document as PDF or .docx"),
    (b"ftyp", 4, "an image or video; tailor needs the text: export the document as PDF or .docx"),
    (b"\x1f\x8b", 0, "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive; unpack it first"),
    (b"Rar!", 0, "a RAR archive; unpack it first"),
    (b"BZh", 0, "a bzip2 archive; unpack it first"),
    (b"\xfd7zXZ", 0, "an xz archive; unpack it first"),
    (b"\x7fELF", 0, "a program, not a document"),
    (b"MZ", 0, "a program, not a document"),
)
_ZIP_KINDS = (
    ("word/document.xml", ""),
    ("xl/workbook.xml", "an Excel workbook; save the document as .docx or PDF"),
    ("ppt/presentation.xml", "a PowerPoint file; save the document as .docx or PDF"),
    ("content.xml", "an OpenDocument file; save it as .docx or PDF"),
    ("index.xml", "a Pages file; export it as .docx or PDF"),
)


def _unsupported(data: bytes) -> str | None:
    """What the bytes are when they are a known kind of file tailor does not read, else None."""
    if b"%PDF-" in data[:1024]:
        return None
    for magic, offset, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"MZ" and not _looks_binary(data):
                continue  # a text file may well start with "MZ"
            return what
    names = _zip_names(data) if data[:4] == b"PK\x03\x04" else None
    if names is not None:  # a broken archive is left to the Word reader, which says it is broken
        for name, what in _ZIP_KINDS:
            if any(n == name or n.endswith("/" + name) for n in names):
                return what or None
        return "a zip archive, not a Word .docx; unpack it or export the document as .docx or PDF"
    return None


def _looks_binary(data: bytes) -> bool:
    """Bytes no text encoding tailor knows would make sense of: NULs outside UTF-16, or many control bytes."""
    sample = data[:8192]
    if _utf16_order(sample) is not None:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.02


def _utf16_order(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for UTF-16 text (BOM, or ASCII letters with NUL halves), else None."""
    if sample.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if sample.startswith(b"\xfe\xff"):
        return "utf-16-be"
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even_nul = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_nul = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd_nul > 0.6 * pairs and even_nul < 0.05 * pairs:
        return "utf-16-le"
    if even_nul > 0.6 * pairs and odd_nul < 0.05 * pairs:
        return "utf-16-be"
    return None


def _sniff(data: bytes) -> DocKind | None:
    """The kind the bytes say, whatever the extension claims."""
    if b"%PDF-" in data[:1024]:
        return DocKind.PDF
    if data[:4] == b"PK\x03\x04":
        return DocKind.DOCX  # _unsupported() has refused the archives that are not Word files
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{") and (b'"basics"' in data or b'"work"' in data):
        return DocKind.JSON_RESUME
    if head.startswith((b"<html", b"<!doctype html")):
        return DocKind.HTML
    return None


def _zip_names(data: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None


def _document(
    source: str,
    kind: DocKind,
    lines: list[Line],
    pages: int,
    raw: str,
    date: dt.date | None,
    warnings: tuple[str, ...] = (),
) -> Document:
    if not lines:
        raise InputError(f"{source}: no text found in the document")
    text = "\n".join(line.text for line in lines)
    return Document(
        source=source,
        kind=kind,
        lines=tuple(lines),
        pages=pages,
        raw=raw or text,
        date=printed_date(lines) or date,
        warnings=warnings,
    )


# --- text -------------------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding; never fails (latin-1 maps every byte)."""
    order = _utf16_order(data[:8192])
    if order is not None:
        body = data[2:] if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data
        return body[: len(body) // 2 * 2].decode(order, errors="replace")
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
        bullet, text = True, text[match.end() :]
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
            raw = raw[hashes.end() :].rstrip("#")
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
    raw = re.sub(
        r"\[([^\]]+)\]\((?:mailto:)?([^)]*)\)", lambda m: m.group(1) if m.group(1).strip("/ ") else m.group(2), raw
    )
    raw = re.sub(r"<[^>]+>", " ", raw)
    # "**Director of Engineering, Infrastructure**, Acme (2019 – 2022)": the bold lead is one piece, commas and all
    raw = re.sub(r"^(\s*(?:[-*+]\s+)?)(\*\*|__)([^*_]+?)\2\s*(?:,|\||[–—]|-(?=\s)|\bat\b)\s*(?=\w)", r"\1\3 | ", raw)
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
    if re.search(r"[–—-]$|\bto$", prev) and re.match(
        r"(?i)(present|current|now|till|today|ongoing|\w{3,9}\.?\s*'?\d{2,4}|\d{1,2}/\d{2,4}|\d{4})", nxt
    ):
        return True
    return bool(re.search(r"[a-z]{2}-$", prev) and re.match(r"[a-z]", nxt))


def _html_to_text(text: str) -> str:
    """The posting's text from a saved web page: lists and headings kept, page chrome dropped."""
    parser = _PageText()
    parser.feed(text)
    parser.close()
    return parser.text()


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIP = {
    "script",
    "style",
    "head",
    "nav",
    "footer",
    "aside",
    "noscript",
    "form",
    "button",
    "svg",
    "template",
    "iframe",
    "select",
    "dialog",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "ul",
    "ol",
    "section",
    "article",
    "main",
    "header",
    "table",
    "dd",
    "dt",
    "blockquote",
    "pre",
}
# Page chrome that is not in a <nav>/<footer>: cookie banners, breadcrumbs, menus, share bars, "similar jobs".
_CHROME = re.compile(
    r"cookie|consent|banner|breadcrumb|\bnav|menu|share|social|related|similar|sidebar|footer|"
    r"skip-link|newsletter|subscribe|modal|popup",
    re.IGNORECASE,
)


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
        if tag in _BLOCK or tag == "li" or (tag[:1] == "h" and tag[1:].isdigit()):
            prefix = "\n- " if tag == "li" else "\n# " if tag[:1] == "h" and tag[1:].isdigit() else "\n"
            self.parts.append((prefix, self._in_main()))
        if tag not in _VOID:
            skip = tag in _SKIP or bool(marks and _CHROME.search(marks) and tag not in {"main", "article", "body"})
            self.stack.append((tag, skip, tag in {"main", "article"}))

    def handle_endtag(self, tag: str) -> None:
        if any(t == tag for t, _, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass
        if tag in _BLOCK or (tag[:1] == "h" and tag[1:].isdigit()):
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
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                _decrypt(source, reader)
            if len(reader.pages) > MAX_PDF_PAGES:
                raise InputError(
                    f"{source}: the PDF has {len(reader.pages)} pages; tailor reads documents of up to "
                    f"{MAX_PDF_PAGES}: export the pages that matter"
                )
            pages = [_page_chunks(page) for page in reader.pages]
            created = _pdf_created(reader)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a broken or truncated file
        raise InputError(
            f"{source}: cannot read this PDF ({exc.__class__.__name__}); is it complete? "
            "Export it again or try the .docx"
        ) from None
    if not any(c.text.strip() for page in pages for c in page):
        raise InputError(
            f"{source}: no text layer: it looks scanned (OCR needed); export it with text or run OCR first"
        )
    lines: list[Line] = []
    warnings: list[str] = []
    every = [c for page in pages for c in page]
    section_size = _section_size(every, _body_size(every))
    per_page: list[list[Line]] = []
    for number, chunks in enumerate(pages, 1):
        columns = _split_columns(chunks)
        if len(columns) > 1 and columns[1] and columns[2]:
            warnings.append(f"page {number}: two columns read left then right (guessed from the layout)")
        per_page.append([ln for column in columns for ln in _chunk_lines(column, number, section_size)])
    lines = [ln for page_lines in _without_furniture(per_page) for ln in page_lines]
    return _document(source, DocKind.PDF, _join_wrapped(lines), len(pages), "", created, tuple(warnings))


_PAGE_NUMBER_RE = re.compile(
    r"(?i)^(?:.{0,60}?[\s|·•—–-])?(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|.*\bpage\s*\d{1,3}$"
)


def _without_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop running headers and footers: page numbers, and lines repeated at the top or bottom of pages.

    Left in, they split a bullet that runs over a page break and turn up as résumé content."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    edges = [{key(ln) for ln in page[:2] + page[-2:]} for page in pages if len(page) > 1]
    repeated = {k for k in set().union(*edges) if sum(k in e for e in edges) >= 2} if len(pages) > 1 else set()
    out = []
    for page in pages:
        ends = set(range(min(2, len(page)))) | set(range(max(0, len(page) - 2), len(page)))
        out.append(
            [
                ln
                for i, ln in enumerate(page)
                if i not in ends
                or not (
                    key(ln) in repeated
                    or (len(pages) > 1 and _PAGE_NUMBER_RE.match(ln.text) and "page" in ln.text.lower())
                    or re.fullmatch(r"\d{1,3}", ln.text)
                )
            ]
        )
    return out


def _decrypt(source: str, reader: Any) -> None:
    """Open a PDF locked only against editing (an empty user password); refuse one that needs a password."""
    try:
        opened = reader.decrypt("")
    except Exception:  # an encryption method pypdf cannot open (AES without the cryptography package)
        opened = 0
    if not opened:
        raise InputError(f"{source}: the PDF is encrypted (password-protected); export an unlocked copy")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs warnings about damaged files to stderr; tailor reports one line of its own instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


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
                chunks.append(
                    _Chunk(
                        x if i == 0 else chunks[-1].x if chunks else x,
                        y - i * size * scale * 1.2,
                        part,
                        round(size * scale, 1),
                        bold,
                    )
                )

    page.extract_text(visitor_operand_before=_space_word_gaps, visitor_text=visit)
    return chunks


_WORD_GAP = 150  # thousandths of an em: TeX's narrowest justified word space is about 220, kerning stays under 100
_COLUMN_GAP = 3000  # a jump this wide inside one TJ array moves to another column (a right-aligned date)


def _space_word_gaps(operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
    """Give pypdf a space at each word gap a TJ array makes by moving the pen.

    XeLaTeX and other producers set words apart with TJ offsets, never a space glyph. pypdf turns an offset into a
    space only when it exceeds half the font's space width, which it reads wrongly for Identity-H fonts (code 0x20
    is some other glyph there), so their words run together ("DATAENGINEER"). A plain str in the array is text to
    pypdf, as the space it inserts itself is."""
    if operator != b"TJ" or not operands or not isinstance(operands[0], list):
        return
    spaced: list[Any] = []
    for item in operands[0]:
        spaced.append(item)
        if isinstance(item, (int, float)) and not isinstance(item, bool) and -float(item) >= _WORD_GAP:
            spaced.append(" | " if -float(item) >= _COLUMN_GAP else " ")
    operands[0][:] = spaced


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
        if (
            crossing <= 0.04 * len(chunks)
            and len(left_rows) >= 8
            and len(right_rows) >= 8
            and (max(r.y for r in right) - min(r.y for r in right)) > 0.5 * span
            and (max(r.y for r in left) - min(r.y for r in left)) > (0.5 if crossing else 0.3) * span
        ):
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
        heading = (
            size >= section_size - 0.3
            if section_size
            else (all(c.bold for c in body) and len(line.text) <= 40)
            or (_is_caps_heading(line.text) and not line.bullet)
        )
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
    for prev, cur in itertools.pairwise(row):
        gap = cur.x - (prev.x + _width(prev))
        if gap > 3 * cur.size:
            text += " | "
        elif cur.text[:1].isspace() or text[-1:].isspace() or gap > cur.size:
            text += " "
        text += cur.text
    return re.sub(r"\s*\|\s*(\|\s*)+", " | ", text).strip(" |")


def _section_size(chunks: list[_Chunk], body: float) -> float | None:
    """The font size of section headings: the largest size, above body text, used by two or more short lines."""
    counts: dict[float, list[float]] = {}
    for row in _rows(chunks):
        size = max(c.size for c in row)
        text = _join_chunks(row)
        if size >= body * 1.1 and len(text) <= 40:
            counts.setdefault(round(size, 0), []).append(size)
    sizes = [s for s, found in counts.items() if len(found) >= 2]
    # the smallest size seen in the bucket: 11.5 pt headings round to 12, and 11.5 must still count as one
    return min(counts[max(sizes)]) if sizes else None


# --- DOCX -------------------------------------------------------------------------------------------


def _read_docx(source: str, data: bytes) -> Document:
    import docx

    _check_zip(source, data)
    try:
        document = docx.Document(io.BytesIO(data))
        styles = _docx_style_names(document)
        lines = _docx_header_lines(document, styles) + _docx_body_lines(document, styles)
        props = document.core_properties
        stamp = props.modified or props.created
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken file
        raise InputError(
            f"{source}: cannot read this Word file ({exc.__class__.__name__}); is it complete? "
            "Save it again from Word or export a PDF"
        ) from None
    date = stamp.date() if isinstance(stamp, dt.datetime) else None
    return _document(source, DocKind.DOCX, _join_wrapped(lines), 1, "", date)


def _check_zip(source: str, data: bytes) -> None:
    """Refuse a broken archive, and a zip bomb or enormous XML before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise InputError(
            f"{source}: cannot read this Word file (not a valid .docx archive); save it again from Word or export a PDF"
        ) from None
    unpacked = sum(info.file_size for info in members)
    biggest = max((info.file_size for info in members if info.filename.endswith((".xml", ".rels"))), default=0)
    if unpacked > MAX_DOCX_UNPACKED_BYTES or biggest > MAX_DOCX_PART_BYTES:
        raise InputError(
            f"{source}: the Word file unpacks to {_megabytes(max(unpacked, biggest))}; "
            "refused as unsafe (a zip bomb?); export a PDF instead"
        )
    elements, styles = _docx_counts(data)
    if elements * max(styles, 1) > MAX_DOCX_WORK:
        raise InputError(
            f"{source}: the Word file has {elements} paragraphs and runs in {styles} styles, too many to "
            "read in reasonable time; export a PDF instead"
        )


_ELEMENT_RE = re.compile(rb"<(?:\w+:)?[pr][\s>/]")
_STYLE_RE = re.compile(rb"<(?:\w+:)?style[\s>/]")


def _docx_counts(data: bytes) -> tuple[int, int]:
    """Paragraphs plus runs in the body, and styles defined: what reading time grows with."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            body = archive.read("word/document.xml") if "word/document.xml" in names else b""
            styles = archive.read("word/styles.xml") if "word/styles.xml" in names else b""
    except Exception:  # a damaged member (bad CRC, broken deflate): python-docx reports it as a broken file
        return 0, 0
    return len(_ELEMENT_RE.findall(body)), len(_STYLE_RE.findall(styles))


@dataclass(frozen=True)
class _DocxStyles:
    """Style names by id, read once: python-docx resolves a paragraph's or run's style by scanning every style."""

    names: dict[str, str]
    default_paragraph: str

    def paragraph(self, paragraph: Any) -> str:
        props = paragraph._p.pPr
        style_id = props.style if props is not None else None
        return self.names.get(style_id, self.default_paragraph) if style_id else self.default_paragraph

    def run(self, run: Any) -> str:
        props = run._r.rPr
        style_id = props.style if props is not None else None
        return self.names.get(style_id, "") if style_id else ""


def _docx_style_names(document: Any) -> _DocxStyles:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.styles import BabelFish

    names: dict[str, str] = {}
    default = ""
    for style in document.styles.element.style_lst:
        name = BabelFish.internal2ui(style.name_val or style.styleId or "")  # "heading 1" is shown as "Heading 1"
        names[style.styleId] = name
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.default:
            default = name
    return _DocxStyles(names, default)


def _docx_header_lines(document: Any, styles: _DocxStyles) -> list[Line]:
    out: list[Line] = []
    seen: set[str] = set()
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            line = _docx_paragraph_line(paragraph, styles)
            if line and line.text not in seen:
                seen.add(line.text)
                out.append(line)
    return out


def _docx_body_lines(document: Any, styles: _DocxStyles) -> list[Line]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[Line] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            if line := _docx_paragraph_line(Paragraph(child, document), styles):
                out.append(line)
        elif tag == "tbl":
            out += _docx_table_lines(Table(child, document), styles)
    return out


def _docx_table_lines(table: Any, styles: _DocxStyles) -> list[Line]:
    """Cells row by row; a merged cell (or a label repeated down a column) is read once.

    A row whose first cell holds only dates ("Nov 2020 – Present" beside the role) puts them on the line of the
    next cell's first paragraph, as a date margin in a PDF does."""
    from docx.table import _Cell

    out: list[Line] = []
    above: dict[int, str] = {}
    for tr in table._tbl.tr_lst:
        margin = ""
        for column, tc in enumerate(tr.tc_lst):
            cell = _Cell(tc, table)
            text = cell.text.strip()
            if tc.vMerge == "continue" or (text and above.get(column) == text):
                continue
            above[column] = text
            if column == 0 and len(tr.tc_lst) > 1 and _DATE_FRAGMENT_RE.fullmatch(clean(text)):
                margin = clean(text)
                continue
            for paragraph in cell.paragraphs:
                if line := _docx_paragraph_line(paragraph, styles):
                    if margin:
                        line, margin = Line(f"{line.text} | {margin}", line.page, line.bullet, line.heading), ""
                    out.append(line)
            for inner in cell.tables:
                out += _docx_table_lines(inner, styles)
        if margin:
            out.append(Line(margin))
    return out


def _docx_paragraph_line(paragraph: Any, styles: _DocxStyles) -> Line | None:
    style = styles.paragraph(paragraph)
    props = paragraph._p.pPr
    listed = (props is not None and props.numPr is not None) or "List" in style
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold or "Strong" in styles.run(r) for r in runs)
    line = make_line(paragraph.text, bullet=listed)
    if line is None:
        return None
    heading = (
        style.startswith(("Heading", "Title"))
        or (bold and len(line.text) <= 40 and not line.bullet)
        or (_is_caps_heading(line.text) and not line.bullet)
    )
    return Line(line.text, 1, line.bullet, heading)
