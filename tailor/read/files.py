"""Reading: the bytes of a path, under the size limit, and what kind of file they are."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from tailor.errors import InputError
from tailor.model import DocKind

MAX_FILE_BYTES = 20 * 1024 * 1024  # no résumé or posting is this big; a bigger file is a mistake or an attack
MAX_MB_VARIABLE = "TAILOR_MAX_MB"  # overrides MAX_FILE_BYTES, in megabytes
EXTENSIONS = {
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


def read_bytes(path: Path) -> bytes:
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
            f"{path.name}: the file is {megabytes(info.st_size)}; documents over {megabytes(limit)} "
            f"are refused (set {MAX_MB_VARIABLE} to raise the limit)"
        )
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if len(data) > limit:
        raise InputError(f"{path.name}: the file is over {megabytes(limit)}; set {MAX_MB_VARIABLE} to raise the limit")
    if not data:
        raise InputError(f"{path.name}: the file is empty")
    return data


def megabytes(size: int) -> str:
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


def unsupported(data: bytes) -> str | None:
    """What the bytes are when they are a known kind of file tailor does not read, else None."""
    if b"%PDF-" in data[:1024]:
        return None
    for magic, offset, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"MZ" and not looks_binary(data):
                continue  # a text file may well start with "MZ"
            return what
    names = _zip_names(data) if data[:4] == b"PK\x03\x04" else None
    if names is not None:  # a broken archive is left to the Word reader, which says it is broken
        for name, what in _ZIP_KINDS:
            if any(n == name or n.endswith("/" + name) for n in names):
                return what or None
        return "a zip archive, not a Word .docx; unpack it or export the document as .docx or PDF"
    return None


def looks_binary(data: bytes) -> bool:
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


def sniff(data: bytes) -> DocKind | None:
    """The kind the bytes say, whatever the extension claims."""
    if b"%PDF-" in data[:1024]:
        return DocKind.PDF
    if data[:4] == b"PK\x03\x04":
        return DocKind.DOCX  # unsupported() has refused the archives that are not Word files
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
