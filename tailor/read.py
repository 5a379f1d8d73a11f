"""Stage 1, read: a file path -> Document (lines in reading order, with what the layout said about them)."""
from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from tailor.errors import InputError
from tailor.model import DocKind, Document, Line

_BULLETS = "•●▪■◦○‣∙·*–-➢►✓✔"
_BULLET_RE = re.compile(rf"^\s*[{re.escape(_BULLETS)}]\s+")
_KINDS = {
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


def read_document(path: Path) -> Document:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a document")
    kind = _KINDS.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path.name}: unsupported file type; use .pdf, .docx, .txt, .md or .html")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path.name}: the file is empty")
    text = _decode(data) if kind not in (DocKind.PDF, DocKind.DOCX) else ""
    if kind is DocKind.PDF:
        lines, pages = _pdf_lines(path), 1
    elif kind is DocKind.DOCX:
        lines, pages = _docx_lines(path), 1
    elif kind is DocKind.HTML:
        lines, pages = _text_lines(_html_to_text(text)), 1
    else:
        lines, pages = _text_lines(text), 1
    return Document(source=path.name, kind=kind, lines=tuple(lines), pages=pages, raw=text or "\n".join(
        ln.text for ln in lines))


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def _line(raw: str, page: int = 1, heading: bool = False) -> Line | None:
    bullet = bool(_BULLET_RE.match(raw))
    text = clean(_BULLET_RE.sub("", raw))
    if raw.lstrip().startswith("#"):
        heading, text = True, text.lstrip("#").strip()
    return Line(text, page, bullet, heading) if text else None


def _text_lines(text: str) -> list[Line]:
    return [ln for raw in text.splitlines() if (ln := _line(raw)) is not None]


def _html_to_text(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", text)
    text = re.sub(r"(?i)<li[^>]*>", "\n- ", text)
    text = re.sub(r"(?i)<h[1-6][^>]*>", "\n# ", text)
    text = re.sub(r"(?i)</?(p|div|br|tr|ul|ol|h[1-6]|section|article)[^>]*>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _pdf_lines(path: Path) -> list[Line]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds on a broken file
        raise InputError(f"{path.name}: cannot read this PDF ({exc.__class__.__name__})") from exc
    return [ln for i, text in enumerate(pages, 1) for raw in text.splitlines() if (ln := _line(raw, i))]


def _docx_lines(path: Path) -> list[Line]:
    import docx

    try:
        d = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a broken file
        raise InputError(f"{path.name}: cannot read this Word file ({exc.__class__.__name__})") from exc
    out: list[Line] = []
    for p in d.paragraphs:
        if ln := _line(p.text, heading=p.style is not None and p.style.name.startswith("Heading")):
            out.append(ln)
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                out.extend(ln for raw in cell.text.splitlines() if (ln := _line(raw)))
    return out
