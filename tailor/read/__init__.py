"""Stage 1, read: a file path -> Document (lines in reading order, with what the layout said about them).

One face, `read_document`; each kind of file has its reader beside it, and every reader's text goes
through the one normaliser in text.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tailor.errors import InputError
from tailor.model import DocKind, Document
from tailor.read.docx import MAX_DOCX_PART_BYTES, MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_WORK, read_docx
from tailor.read.files import EXTENSIONS, decode_text, looks_binary, max_file_bytes, read_bytes, sniff, unsupported
from tailor.read.html import html_to_text
from tailor.read.jsonresume import exported_document, json_resume_lines
from tailor.read.links import html_links, markdown_links
from tailor.read.pdf import MAX_PDF_PAGES, read_pdf
from tailor.read.text import make_document, text_lines

# The stage's face is read_document; the limits, the size check (batch.py) and text_lines (tests building a
# Document from a few lines) were importable from tailor.read before it became a package, and still are.
__all__ = [
    "MAX_DOCX_PART_BYTES",
    "MAX_DOCX_UNPACKED_BYTES",
    "MAX_DOCX_WORK",
    "MAX_PDF_PAGES",
    "max_file_bytes",
    "read_document",
    "text_lines",
]


def read_document(path: Path) -> Document:
    """Read a résumé or posting; raise InputError with a one-line reason when it cannot be read."""
    data = read_bytes(path)
    refused = unsupported(data)
    if refused:
        raise InputError(f"{path.name}: unsupported file type ({refused})")
    named = EXTENSIONS.get(path.suffix.lower())
    sniffed = sniff(data)
    kind = sniffed or named
    warnings: tuple[str, ...] = ()
    if kind is None or (sniffed is None and kind in (DocKind.PDF, DocKind.DOCX)):
        # No PDF or Word signature: plain text under another name is read as text, anything else refused.
        if looks_binary(data):
            what = f"a {path.suffix} file" if named else "binary data"
            raise InputError(
                f"{path.name}: unsupported file type ({what} tailor cannot read); "
                "use .pdf, .docx, .txt, .md, .html or .json"
            )
        if path.suffix:
            warnings = (f"a {path.suffix} file holding plain text; read as text",)
        kind = DocKind.TEXT
    if kind is DocKind.PDF:
        return read_pdf(path.name, data)
    if kind is DocKind.DOCX:
        return read_docx(path.name, data)
    if looks_binary(data):
        raise InputError(f"{path.name}: holds binary data, not text; save the document as .txt, .pdf or .docx")
    text = decode_text(data)
    if not text.strip():
        raise InputError(f"{path.name}: the file holds no text")
    links: tuple[str, ...] = ()
    if kind is DocKind.JSON_RESUME:
        if original := exported_document(text):
            return original  # an export nobody edited: the document it came from, so the brief is the same
        lines = json_resume_lines(path.name, text)
    elif kind is DocKind.HTML:
        lines, links = text_lines(html_to_text(text)), html_links(text)
    else:
        lines, links = text_lines(text), markdown_links(text) if kind is DocKind.MARKDOWN else ()
    return replace(make_document(path.name, kind, lines, 1, text, None, warnings), links=links)
