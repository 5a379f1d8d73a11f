"""Reading: PDF bytes -> Lines: glyphs from PDFium, word gaps from positions, columns, headings by typography."""

from __future__ import annotations

import ctypes
import datetime as dt
import io
import itertools
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from tailor.errors import InputError
from tailor.model import DocKind, Document, Line
from tailor.read.links import pdf_links
from tailor.read.text import (
    DATE_FRAGMENT_RE,
    PUA_BULLETS,
    clean,
    is_caps_heading,
    join_wrapped,
    make_document,
    make_line,
    titled,
)

MAX_PDF_PAGES = 100  # a résumé or posting is a few pages; a book would take minutes to lay out


@dataclass(frozen=True)
class _Chunk:
    x: float
    y: float  # the baseline
    text: str
    size: float
    bold: bool
    right: float
    tracking: float = 0.0  # the run's own letter spacing (points): a gap this wide is no word space

    @property
    def spaced(self) -> bool:
        """Letter-spaced: its letters stand apart by more than kerning does."""
        return self.tracking > _LETTER_SPACED_EM * self.size


def read_pdf(source: str, data: bytes) -> Document:
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
            created = _pdf_created(reader)
            links = pdf_links(reader)
            pages, drawings = _pdf_pages(data)
    except (InputError, ImportError):  # a missing module is a broken install, not a broken file
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
    warnings: list[str] = []
    every = [c for page in pages for c in page]
    body = _body_size(every)
    style = _HeadingStyle(_section_size(pages, body), _marked_styles(pages, drawings), body)
    per_page: list[list[Line]] = []
    columns_read: list[tuple[set[int], set[int]]] = []  # per page, the ids of the main column's and a sidebar's lines
    left_sidebar: set[int] = set()  # the ids of a left sidebar's lines, on every page
    gutter: float | None = None  # where the page before parted its columns: a gutter runs on over the pages
    for number, chunks in enumerate(pages, 1):
        columns, gutter = _split_columns(chunks, gutter)
        read = [_chunk_lines(column, number, style, drawings[number - 1]) for column in columns]
        main: set[int] = set()
        side: set[int] = set()
        cells = _entry_cells(columns[2], columns[3]) if len(columns) > 1 and columns[2] and columns[3] else None
        if cells is not None:
            # each entry's left cell, then the bullets beside it: read left then right, every bullet came after the
            # last entry, and the bullets of one role were cited under another's dates (issue 12, blind review)
            rows = [ln for left, right in cells for part in (left, right) for ln in _chunk_lines(
                part, number, style, drawings[number - 1])]
            read = [read[0], read[1], rows, [], read[4]]
        elif len(columns) > 1 and columns[2] and columns[3]:
            warnings.append(f"page {number}: two columns read left then right (guessed from the layout)")
            if _sidebar(columns[3], columns[2]):
                main, side = {id(ln) for ln in read[2]}, {id(ln) for ln in read[3]}
            elif _sidebar(columns[2], columns[3]):
                # the sidebar's top stands above the main column's first line when nothing there runs across
                edge = min(c.x for c in columns[3])
                above = read[0] if all(c.right <= edge for c in columns[0]) else []
                left_sidebar |= {id(ln) for ln in [*above, *read[2]]}
        per_page.append([ln for column in read for ln in column])
        columns_read.append((main, side))
    lines = [ln for page_lines in _main_column_runs_on(_without_furniture(per_page), columns_read) for ln in page_lines]
    lines = _left_sidebar_first(lines, left_sidebar)
    document = make_document(source, DocKind.PDF, join_wrapped(lines), len(pages), "", created, tuple(warnings))
    return replace(document, links=links)


def _main_column_runs_on(pages: list[list[Line]], columns: list[tuple[set[int], set[int]]]) -> list[list[Line]]:
    """A page whose main column goes on over the next page (that page opens with no heading) has its narrow right
    sidebar read before the main column, not after: else the sidebar's last section would take the rest of the
    main column's (a role on page 2 read as skills)."""
    out: list[list[Line]] = []
    for n, page in enumerate(pages):
        main, side = columns[n]
        nxt = pages[n + 1] if n + 1 < len(pages) else []
        if not side or not nxt or nxt[0].heading:
            out.append(page)
            continue
        sidebar = [ln for ln in page if id(ln) in side]
        rest = [ln for ln in page if id(ln) not in side]
        first_main = next((k for k, ln in enumerate(rest) if id(ln) in main), len(rest))
        out.append([*rest[:first_main], *sidebar, *rest[first_main:]])
    return out


def _left_sidebar_first(lines: list[Line], side: set[int]) -> list[Line]:
    """A left sidebar is read whole, over every page, after what stands above it and before the main column: read
    page by page, its lines on page 2 came between the main column's entries running on over the page break."""
    if not side:
        return lines
    first = next(k for k, ln in enumerate(lines) if id(ln) in side)
    rest = lines[first:]
    return [*lines[:first], *(ln for ln in rest if id(ln) in side), *(ln for ln in rest if id(ln) not in side)]


# What a browser prints at the page's edges when a web page is saved as PDF: the date and time (and the page
# title) at the top, the address and "1/2" at the bottom. A bare address is left alone: it may be the candidate's.
_BROWSER_FURNITURE_RE = re.compile(
    r"(?i)^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: \| .*)?$"
    r"|^(?:file|https?)://\S+ \| \d+/\d+$"
)
_PAGE_NUMBER_RE = re.compile(
    r"(?i)^(?:.{0,60}?[\s|·•—–-])?(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|.*\bpage\s*\d{1,3}$"
)


def _without_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop running headers and footers: page numbers, and lines repeated at the top or bottom of pages.

    Left in, they split a bullet that runs over a page break and turn up as résumé content."""

    def key(line: Line) -> str:
        # a page number changes from page to page; an entry's dates at a page's edge differ, and are no footer
        if _DATE_PIECE_RE.fullmatch(line.text):
            return line.text
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
                    # the first page keeps its letterhead: a Word header prints the name and contact on every page
                    (key(ln) in repeated and not (page is pages[0] and i < min(2, len(page) - 2)))
                    or (len(pages) > 1 and _PAGE_NUMBER_RE.match(ln.text) and "page" in ln.text.lower())
                    or re.fullmatch(r"\d{1,3}", ln.text)
                    or _BROWSER_FURNITURE_RE.match(ln.text)
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


def _pdf_pages(data: bytes) -> tuple[list[list[_Chunk]], list[_Drawings]]:
    """Each page's chunks and drawings, read with PDFium (pypdf has checked the file, its encryption and length)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        pages = list(document)
        return [_page_chunks(page) for page in pages], [_page_drawings(page) for page in pages]
    finally:
        document.close()


@dataclass(frozen=True)
class _Rule:
    """A horizontal line drawn on the page (a path or a thin filled box), as templates set under headings; or a
    small disc or square, as Chrome draws a list's bullets (y is the middle)."""

    left: float
    right: float
    y: float


@dataclass(frozen=True)
class _Drawings:
    """What a page draws, besides text, that says something about its text."""

    rules: tuple[_Rule, ...] = ()
    dots: tuple[_Rule, ...] = ()


_MAX_PAGE_OBJECTS = 5000  # a résumé page has a few hundred; a page of drawings is not searched for rules


def _page_drawings(page: Any) -> _Drawings:
    import pypdfium2.raw as pdfium_c

    rules: list[_Rule] = []
    dots: list[_Rule] = []
    for n, obj in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)):
        if n >= _MAX_PAGE_OBJECTS:
            break
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= 2.5 and width >= 72:  # at least an inch wide and thin: not a box, not a link's underline
            rules.append(_Rule(left, right, (top + bottom) / 2))
        elif 1.5 <= width <= 6 and abs(width - height) <= 1:
            dots.append(_Rule(left, right, (top + bottom) / 2))
    return _Drawings(tuple(rules), tuple(dots))


def _page_chunks(page: Any) -> list[_Chunk]:
    """The page's text as runs of glyphs on one baseline in one font, with word gaps measured from positions.

    Word spaces come from where the glyphs stand, not from space characters: Google Docs and Chrome (Skia) place
    each word with no space glyph between, XeLaTeX sets words apart with pen moves, and letter-spaced headings
    ("E X P E R I E N C E") have gaps between all their letters (issue 11)."""
    textpage = page.get_textpage()
    try:
        glyphs = _page_glyphs(textpage)
    finally:
        textpage.close()
    chunks: list[_Chunk] = []
    run: list[_Glyph] = []
    for glyph in glyphs:
        if run and not _same_run(run[-1], glyph):
            chunks.append(_run_chunk(run))
            run = []
        run.append(glyph)
    if run:
        chunks.append(_run_chunk(run))
    return [c for c in chunks if c.text]


@dataclass(frozen=True)
class _Font:
    bold: bool
    icon: bool
    scale: float  # the text matrix's scale: the font size set in the PDF times this is the size on the page


@dataclass(frozen=True)
class _Glyph:
    char: str
    left: float
    right: float
    baseline: float
    size: float
    font: _Font


def _page_glyphs(textpage: Any) -> list[_Glyph]:
    """Every glyph PDFium found, in content order; the spaces and line breaks PDFium makes up are left out."""
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFText_CountChars(textpage)
    text = textpage.get_text_range() if count else ""
    if len(text) != count:  # a character outside the BMP takes two UTF-16 units: ask char by char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    fonts: dict[tuple[int, float], _Font] = {}
    glyphs: list[_Glyph] = []
    for i, char in enumerate(text):
        obj = pdfium_c.FPDFText_GetTextObject(textpage, i)
        if not obj:
            continue  # a space or line break PDFium made up from its own guess at the layout
        set_size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        key = (ctypes.cast(pdfium_c.FPDFTextObj_GetFont(obj), ctypes.c_void_p).value or 0, set_size)
        font = fonts.get(key)
        if font is None:
            font = fonts[key] = _font(textpage, i)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
        size = round(set_size * font.scale, 1)
        if font.icon and char not in PUA_BULLETS:
            # An icon (FontAwesome) comes out as a private-use code or its name, not text; it still takes room, so
            # it stays as a blank and the gap beside it is not taken for a column.
            char = " "
        elif char in _PDFIUM_CHARS:
            char = (
                _PDFIUM_CHARS[char]
                if char != "\ufffe"
                else _PDFIUM_CHARS.get(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)), "")
            )
        glyphs.append(_Glyph(char, box.left, box.right, y.value, size, font))
    return glyphs


# PDFium marks a hyphen it takes for a line-end hyphenation as U+0002 (U+FFFE in its page text, which also stands
# for a glyph it cannot map), and a glyph without Unicode as 0.
_PDFIUM_CHARS = {"\x02": "\u00ad", "\ufffe": "", "\x00": ""}
_BOLD_FONT_RE = re.compile(r"(?i)bold|black|heavy|semibold|demi|CMBX")
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag ForceBold


def _font(textpage: Any, index: int) -> _Font:
    import pypdfium2.raw as pdfium_c

    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, name, len(name), ctypes.byref(flags))
    base = name.value.decode("latin-1").split("+", 1)[-1]  # "AAAAAA+Lato-Bold": the subset tag is not the name
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
    scale = (abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5) or 1.0
    bold = bool(_BOLD_FONT_RE.search(base) or flags.value & _FORCE_BOLD)
    return _Font(bold, bool(_icon_font_re().search(base)), scale)


@cache
def _icon_font_re() -> re.Pattern[str]:
    data = json.loads((files("tailor") / "data" / "icon_names.json").read_text(encoding="utf-8"))
    return re.compile("|".join(re.escape(word) for word in data["fonts"]), re.IGNORECASE)


def _same_run(prev: _Glyph, cur: _Glyph) -> bool:
    """Whether cur continues prev's run: same font and size, same baseline, and the pen moved on less than an em."""
    if cur.font is not prev.font or abs(cur.size - prev.size) > 0.2:
        return False
    if abs(cur.baseline - prev.baseline) > 0.2 * cur.size:
        return False
    # A ligature's second letter shares the first one's box: it starts left of where the first ends.
    return prev.left - 0.2 * cur.size <= cur.left and cur.left - prev.right <= cur.size


# A gap between two glyphs wider than this share of an em, beyond the run's own letter spacing, is a word space:
# Lato's space shrunk by XeLaTeX's justification is 0.14 em; kerning that opens a gap stays under 0.05 em.
_WORD_GAP_EM = 0.1
_COLUMN_GAP_EM = 2.0  # wider than any justified word space: a tab stop or another column
# A gap of an em or more where the weight changes ("Lead architect" bold, then "Orange, Paris" set plain): two
# fields set apart, where a word space, even justified, stays under half an em.
_STYLE_GAP_EM = 1.0
_LETTER_SPACED_EM = 0.05  # tracking a designer sets on purpose; kerning averages out near zero
_SHORT_RUN_TRACKING_EM = 0.3  # a justified word space is wider than small caps' tracking (0.15-0.2 em)


def _run_chunk(run: list[_Glyph]) -> _Chunk:
    """One run's text, with a space wherever a gap is wider than the run's letter spacing by a word gap."""
    ink = [g for g in run if not g.char.isspace()]
    size = run[0].size
    tracking = _tracking(sorted(b.left - a.right for a, b in itertools.pairwise(ink)), size)
    text = run[0].char
    for prev, cur in itertools.pairwise(run):
        if not (prev.char.isspace() or cur.char.isspace()) and cur.left - prev.right - tracking > _WORD_GAP_EM * size:
            text += " "
        text += cur.char
    text = text.encode("utf-16", "surrogatepass").decode("utf-16")  # PDFium counts UTF-16 units: pair them up
    return _Chunk(run[0].left, run[0].baseline, text, size, run[0].font.bold, run[-1].right, tracking)


def _tracking(gaps: list[float], size: float) -> float:
    """A run's letter spacing from its sorted glyph gaps: the median; in a run of two or three letters (the
    lower-case part of a small-caps word, "ork" after a larger "W") the narrowest, unless even that is as wide
    as a word space."""
    if len(gaps) >= 3:
        return max(0.0, gaps[len(gaps) // 2])
    if gaps and gaps[0] <= _SHORT_RUN_TRACKING_EM * size:
        return max(0.0, gaps[0])
    return 0.0


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


def _split_columns(chunks: list[_Chunk], before: float | None = None) -> tuple[list[list[_Chunk]], float | None]:
    """[header left, header right, left, right, footer] when a vertical band with no text runs down most of the
    page, else [chunks]; and the gutter. A page too short to show a gutter of its own keeps the gutter of the page
    before when text stands on both sides of it and none runs across it (a sidebar's last items beside the main
    column's last section)."""
    columns, gutter = _own_columns(chunks)
    if gutter is None and before is not None and _parted_at(chunks, before):
        return [[], [], [c for c in chunks if c.x < before], [c for c in chunks if c.x >= before], []], before
    return columns, gutter


def _parted_at(chunks: list[_Chunk], gutter: float) -> bool:
    left = [c for c in chunks if c.x < gutter]
    return bool(left) and len(left) < len(chunks) and not any(c.right > gutter + 4 for c in left)


def _own_columns(chunks: list[_Chunk]) -> tuple[list[list[_Chunk]], float | None]:
    if len(chunks) < 20:
        return [chunks], None
    xs = sorted(c.x for c in chunks)
    lo, hi = xs[0], max(c.right for c in chunks)
    for gutter in _gutter_candidates(chunks, lo, hi):
        left = [c for c in chunks if c.x < gutter]
        right = [c for c in chunks if c.x >= gutter]
        crossing = [c for c in left if c.right > gutter + 4]
        left_rows = {round(c.y) for c in left}
        right_rows = {round(c.y) for c in right}
        span = max(c.y for c in chunks) - min(c.y for c in chunks) or 1.0
        # A column may be short (a sidebar of contact and skills) when nothing runs across the gutter below the
        # page's top, where a centred name may.
        reach = 0.5 if any(c.y < max(c.y for c in chunks) - 0.3 * span for c in crossing) else 0.3
        if (
            len(crossing) <= 0.04 * len(chunks)
            and len(left_rows) >= 8
            and len(right_rows) >= 8
            and (max(r.y for r in right) - min(r.y for r in right)) > reach * span
            and (max(r.y for r in left) - min(r.y for r in left)) > reach * span
            and not _only_dates(right)
            and not _label_table(left, right)
        ):
            top = _header_bottom(chunks, left, crossing, lo)
            if (moved := _dates_column_gutter(left, right)) is not None:
                # sidebar | dates | entries: the dates are the entries' margin, read with them (issue 11). Only a line
                # across the entries' gutter heads both columns: the main column's heading over the dates is its own
                left, right = [c for c in chunks if c.x < moved], [c for c in chunks if c.x >= moved]
                crossing = [c for c in left if c.right > gutter + 4]
                gutter = moved
                page_top = max(c.y for c in chunks)
                near_top = page_top - 0.3 * (page_top - min(c.y for c in chunks))
                top = min((c.y - 2 for c in crossing if c.y >= near_top), default=page_top + 1)
            if _margin_of_labels(_beside(left, [c for c in right if c.y <= top], gutter)):
                return [chunks], None
            header = [c for c in chunks if c.y > top]
            # A footer line across both columns ("Name | 2") is one line, read last.
            bottom = _footer_top(chunks, left, right)
            body = [c for c in chunks if bottom < c.y <= top]
            footer = [c for c in chunks if c.y <= bottom]
            columns = [[c for c in body if c.x < gutter], [c for c in body if c.x >= gutter]]
            return [*_header_parts(header, gutter), *columns, footer], gutter
    return [chunks], None


def _dates_column_gutter(left: list[_Chunk], right: list[_Chunk]) -> float | None:
    """Where to part the columns instead, when the left side ends in a column of dates alone, each beside its entry on
    the right, a gutter away from a sidebar further left: three columns (sidebar | dates | entries), where the dates
    belong to the entries as a margin does. None when the left side holds no such column."""
    x = max((c.x for c in left if sum(abs(d.x - c.x) <= 3 for d in left) >= 2), default=None)
    if x is None:
        return None
    column = [c for c in left if abs(c.x - x) <= 3]
    rows = {round(c.y) for c in right}
    dated = [c for c in column if _DATE_PIECE_RE.fullmatch(clean(c.text)) and re.search(r"\d", c.text)]
    beside = [c for c in dated if any(abs(round(c.y) - r) <= 2 for r in rows)]
    further = [c for c in left if c.x < x - 3]
    if len(beside) < 2 or len(beside) * 2 < len(dated) or not further:
        return None
    tabbed = sum(any(abs(c.y - d.y) <= 2 for c in further) for d in dated)
    if tabbed * 2 > len(dated):
        return None  # dates set at a tab stop after their titles
    # the sidebar may come close to the dates, a centred sidebar's widest items even past their left edge (on rows
    # of their own): few may run on past it, as few as run across a gutter
    past = [c for c in further if c.right > x + 2]
    return x - 2 if len(past) <= 0.04 * (len(left) + len(right)) else None


def _sidebar(side: list[_Chunk], main: list[_Chunk]) -> bool:
    """A column is a sidebar beside the main one: a third narrower or more, with headings of its own
    (contact, skills, education); not the right-hand cells of a table, which hold the rows' bullets."""
    left = min(c.x for c in side)
    # the main column's width up to the sidebar: a line crossing the gutter does not widen it
    width = min(max(c.right for c in main), left) - min(c.x for c in main)
    if left < min(c.x for c in main):  # a sidebar on the left
        width = max(c.right for c in main) - min(c.x for c in main)
    if max(c.right for c in side) - left > 0.67 * width:
        return False
    body = _body_size(side)
    named = 0
    for row in _rows(side):
        text = _join_chunks(row)
        set_apart = all(c.bold for c in row if c.text.strip()) or max(c.size for c in row) > body + 0.5
        short = len(text.split()) <= 3 and sum(ch.isalpha() for ch in text) >= 3 and not re.search(r"\d", text)
        named += set_apart and short
    return named >= 2


def _entry_cells(left: list[_Chunk], right: list[_Chunk]) -> list[tuple[list[_Chunk], list[_Chunk]]] | None:
    """A table of entries: each left cell holds an entry's header (title, employer and, on a line below, its dates),
    the right cell beside it the entry's bullets. Returns each left cell with the right side's text from the cell's
    top down to the next cell's top, in reading order; None when the columns are no such table: fewer than two left
    cells hold a date range, or the right side holds dates or headings of its own (a résumé in two columns)."""
    blocks: list[list[list[_Chunk]]] = []
    for row in _rows(left):
        if blocks and blocks[-1][-1][0].y - row[0].y <= 1.6 * max(c.size for c in row):
            blocks[-1].append(row)
        else:
            blocks.append([row])
    dated = [b for b in blocks if any(_WHOLE_RANGE_RE.search(clean(_join_chunks(r))) for r in b)]
    right_rows = _rows(right)
    texts = [clean(_join_chunks(r)) for r in right_rows]
    # a date set flush right beside a left cell ("BSc ...   2008 – 2012") is that cell's; an entry's header is not
    if len(dated) < 2 or any(_WHOLE_RANGE_RE.search(t) and not _DATE_PIECE_RE.fullmatch(t) for t in texts):
        return None
    body = _body_size(right)
    for row in right_rows:
        text = clean(_join_chunks(row))
        set_apart = all(c.bold for c in row if c.text.strip()) or max(c.size for c in row) > body + 0.5
        if set_apart and len(text.split()) <= 3:
            return None  # a heading of its own: a column of sections, not the cells of a table
    tops = [b[0][0].y for b in blocks]
    beside = [b for b in dated if any(tops[blocks.index(b)] + 2 >= c.y > tops[blocks.index(b)] - 2 for c in right)]
    if len(beside) * 3 < len(dated) * 2:
        return None  # most dated cells have their bullets start on their first line
    out: list[tuple[list[_Chunk], list[_Chunk]]] = []
    for k, block in enumerate(blocks):
        top = tops[k] + 2 if k else float("inf")
        floor = tops[k + 1] + 2 if k + 1 < len(blocks) else float("-inf")
        out.append(([c for row in block for c in row], [c for c in right if floor < c.y <= top]))
    return out


def _only_dates(side: list[_Chunk]) -> bool:
    """Most of the side's rows are dates: dates set flush right in one column, not a column of their own."""
    rows = _rows(side)
    dated = sum(bool(DATE_FRAGMENT_RE.fullmatch(clean(_join_chunks(row)))) for row in rows)
    return dated * 2 >= len(rows)


def _beside(left: list[_Chunk], right: list[_Chunk], gutter: float) -> list[_Chunk]:
    """The left side's chunks that stand beside the right column, between its first and last lines: not a
    summary's last line above it, nor a section set across the page below it."""
    if not right:
        return []
    top, bottom = max(c.y for c in right) + 2, min(c.y for c in right) - 2
    return [c for c in left if bottom <= c.y <= top and c.right <= gutter + 4]


def _margin_of_labels(side: list[_Chunk]) -> bool:
    """The left side holds only the dates of the entries beside it and the names of sections, set apart from the
    dates (larger or letter-spaced): a margin, as a table's left cell or a LaTeX margin is, read beside its rows,
    not a column of its own (a sidebar's schools, skills and contact details are set like its text)."""
    rows = _rows(side)
    dates = [row for row in rows if _lead(row) and len(_lead(row)) == len(row)]
    if len(dates) < 2:
        return False
    size = sorted(max(c.size for c in row) for row in dates)[len(dates) // 2]
    names = [
        row
        for row in rows
        if _short_name(clean(_join_chunks(row))) and (max(c.size for c in row) > size + 0.5 or _spaced(row))
    ]
    return len(dates) + len(names) == len(rows)


def _short_name(text: str) -> bool:
    return len(text.split()) <= 3 and len(text) <= 30 and not re.search(r"[\d@:/]", text) and text[:1].isupper()


def _label_table(left: list[_Chunk], right: list[_Chunk]) -> bool:
    """Labels set flush right (ragged left edges, one right edge), printed again for each entry, and nearly every
    row on the right sharing a baseline with one on the left: a table of labels and values, read row by row, not
    two columns that each run on by themselves. A sidebar set in a grid beside the main column shares its
    baselines too (issue 11), but its contact details and skills are each printed once."""
    rows = _rows(left)
    lo = min(c.x for c in left)
    if sum(row[0].x <= lo + 3 for row in rows) >= 0.6 * len(rows):
        return False  # a left column with one left edge is a column however its rows fall
    ends = [max(c.right for c in row) for row in rows]
    if max(sum(abs(e - f) <= 3 for f in ends) for e in ends) < 0.6 * len(rows):
        return False  # nor one right edge: centred, as a sidebar may be, not labels set against their values
    texts = Counter(clean(_join_chunks(row)).lower() for row in rows)
    if sum(n for n in texts.values() if n > 1) < 0.25 * len(rows):
        return False
    left_rows = {round(c.y) for c in left}
    right_rows = {round(c.y) for c in right}
    paired = sum(any(abs(r - q) <= 2 for q in left_rows) for r in right_rows)
    return paired >= 0.8 * len(right_rows)


def _header_bottom(chunks: list[_Chunk], left: list[_Chunk], crossing: list[_Chunk], lo: float) -> float:
    """The baseline under which the columns run. A name and contact block above both columns belongs to neither:
    the header runs down to the highest line at the left column's edge (its right edge, when a sidebar is set flush
    right; its middle, when centred), or further, to the last line near the top that runs across the gutter (a
    summary set the page's full width under a name and a contact block beside it)."""
    page_top = max(c.y for c in chunks)
    near_top = page_top - 0.3 * (page_top - min(c.y for c in chunks))
    inside = [c for c in left if c not in crossing]
    rows = _rows(inside)
    # The edge most of the column's rows end at, not the farthest one: a sidebar's headings may stand out past
    # its items, and a row of two runs (a bold label and its value) ends once.
    ends = [max(c.right for c in row) for row in rows]
    edge = max(ends, key=lambda e: sum(abs(e - f) <= 3 for f in ends), default=lo)
    middles = [(row[0].x + end) / 2 for row, end in zip(rows, ends, strict=True)]
    middle = max(middles, key=lambda m: sum(abs(m - n) <= 3 for n in middles), default=lo)
    # flush right or centred only where more lines end or centre together than start together: short items of one
    # length, set flush left, end together too
    least = max(0.6 * len(rows), max((sum(abs(r[0].x - o[0].x) <= 3 for o in rows) for r in rows), default=0))
    if sum(abs(e - edge) <= 3 for e in ends) > least:
        at_edge = [c for c in inside if abs(c.right - edge) <= 3]
    elif sum(abs(m - middle) <= 3 for m in middles) > least:
        # centred: its widest line stands lowest at the left, and would have pushed the header down to it
        at_edge = [c for row, m in zip(rows, middles, strict=True) if abs(m - middle) <= 3 for c in row]
    else:
        at_edge = [c for c in left if c.x <= lo + 3]
    top = max(c.y for c in at_edge)
    top += 2
    across = [c.y for c in crossing if c.y >= near_top]
    return min(top, min(across) - 2) if across else top


def _header_parts(header: list[_Chunk], gutter: float) -> list[list[_Chunk]]:
    """The header read left block first, then a block set flush right beside it (a contact block beside the name);
    a row with a line across the gutter stays whole, in the left block."""
    rows = _rows(header)
    whole = {id(c) for row in rows if any(c.x < gutter < c.right - 4 for c in row) for c in row}
    right = [c for c in header if c.x >= gutter and id(c) not in whole]
    return [[c for c in header if c.x < gutter or id(c) in whole], right]


def _footer_top(chunks: list[_Chunk], left: list[_Chunk], right: list[_Chunk]) -> float:
    """The baseline at and under which a footer runs across both columns: the lowest row, when it has text on
    both sides and stands apart from the rows above; else a baseline under the page."""
    low = min(c.y for c in chunks)
    row = [c for c in chunks if c.y <= low + 2]
    above = min((c.y for c in chunks if c.y > low + 2), default=low)
    if any(c in row for c in left) and any(c in row for c in right) and above - low > 2.5 * max(c.size for c in row):
        return low + 2
    return low - 1


def _gutter_candidates(chunks: list[_Chunk], lo: float, hi: float) -> list[float]:
    """x positions that may part two columns, in the middle of the text area: first the middles of vertical bands
    that (almost) no text crosses, widest first, so that text set flush right against a band (dates right-aligned
    in a main column) stays left of it; then just left of where many chunks start (a column's left edge)."""
    width = hi - lo
    inner = (lo + 0.2 * width, lo + 0.75 * width)
    starts: dict[int, int] = {}
    for c in chunks:
        starts[round(c.x / 3)] = starts.get(round(c.x / 3), 0) + 1
    edges = [k * 3.0 - 2 for k, n in starts.items() if n >= 6 and inner[0] < k * 3 < inner[1]]
    return [*_empty_bands(chunks, inner, _body_size(chunks)), *sorted(edges, key=lambda e: -starts[round((e + 2) / 3)])]


def _empty_bands(chunks: list[_Chunk], inner: tuple[float, float], body: float) -> list[float]:
    """Middles of the vertical bands, at least two body ems wide, that at most 4% of the chunks cross."""
    allowed = 0.04 * len(chunks)
    # Bands are looked for from the page's left edge: a narrow sidebar's gutter may begin left of the middle of the
    # text area and only end in it.
    free = [
        x
        for x in range(int(min(c.x for c in chunks)) + 1, int(inner[1]) + 1)
        if sum(1 for c in chunks if c.x < x < c.right) <= allowed
    ]
    bands: list[tuple[int, int]] = []
    for x in free:
        if bands and x == bands[-1][1] + 1:
            bands[-1] = (bands[-1][0], x)
        else:
            bands.append((x, x))
    cut = []
    for a, b in bands:
        # the few lines let across a band that begin in it (a column of dates at the right column's left edge)
        # begin the right column: the gutter lies before them
        starts = [c.x for c in chunks if a < c.x < b]
        if starts and min(starts) - a >= 2 * body:
            b = int(min(starts))
        cut.append((a, b))
    wide = [(a, b) for a, b in cut if b - a >= 2 * body and b > inner[0]]
    return [(a + b) / 2 for a, b in sorted(wide, key=lambda b: b[0] - b[1])]


def _chunk_lines(
    chunks: list[_Chunk], page: int, style: _HeadingStyle | None = None, drawn: _Drawings = _Drawings()
) -> list[Line]:
    """Group chunks into lines by baseline, top to bottom; dates in a left margin join their entry's line."""
    rows, margin = _margin_dates(_margin_headings_apart(_rows(chunks)), drawn)
    listed, wrapped = _listed_cells(rows, drawn.dots)
    edge = max((c.right for c in chunks), default=0.0)
    lines: list[Line] = []
    above: list[_Chunk] = []  # the row of the last line
    for n, row in enumerate(rows):
        if n in wrapped:
            continue
        if n in listed:
            lines += _head_and_item(listed[n], page, margin.get(n))
            above = []
            continue
        line = make_line(_join_chunks(row), page, bullet=_dotted(row, drawn.dots))
        if line is None:
            continue
        heading = _is_heading(line, row, style or _HeadingStyle(None, frozenset()), drawn)
        if heading and n not in margin and above and not lines[-1].heading and _wrapped_tail(above, row, edge):
            lines[-1] = replace(lines[-1], text=f"{lines[-1].text} {line.text}")
            above = row
            continue
        line = replace(line, heading=heading, **_typography(row))
        if n in margin:
            line = replace(line, text=f"{line.text} | {margin[n]}")
        lines.append(line)
        above = row
    return lines


def _wrapped_tail(above: list[_Chunk], row: list[_Chunk], edge: float) -> bool:
    """A short line that looks like a heading is the tail of the line above, wrapped: set in its size and weight at
    its left edge, one line below, and the line above ran so near the column's right edge that the tail's first word
    could not fit there ("Senior Director of Engineering, Payments Platform and Developer" / "Infrastructure";
    "... to event-driven microservices on" / "AWS")."""
    size = max(c.size for c in row)
    if abs(row[0].x - above[0].x) > 1.5 or abs(size - max(c.size for c in above)) > 0.3:
        return False
    if all(c.bold for c in row) != all(c.bold for c in above) or not 0 < above[0].y - row[0].y <= 1.6 * size:
        return False
    text = row[0].text.strip()
    first = text.split()[0] if text else ""
    width = (row[0].right - row[0].x) * len(first) / max(1, len(row[0].text))
    return max(c.right for c in above) + 0.25 * size + width > edge - 1


@dataclass(frozen=True)
class _ListedRow:
    """A table row whose last cell is a list drawn with shape bullets: the head cells' text (wrapped lines joined)
    and the list's first item (its wrapped end joined), each with the chunks that set it."""

    head: str
    head_chunks: list[_Chunk]
    item: str
    item_chunks: list[_Chunk]


def _cells(row: list[_Chunk]) -> list[list[_Chunk]]:
    cells: list[list[_Chunk]] = [[row[0]]]
    for prev, cur in itertools.pairwise(row):
        if cur.x - prev.right > _COLUMN_GAP_EM * cur.size:
            cells.append([cur])
        else:
            cells[-1].append(cur)
    return cells


def _listed_cells(rows: list[list[_Chunk]], dots: tuple[_Rule, ...]) -> tuple[dict[int, _ListedRow], set[int]]:
    """Rows of a table whose right cell holds a list with bullets drawn as shapes ("Senior Site Reliability" |
    dates | "• Run Kubernetes clusters on GCP with" / "Engineer" | "Terraform"): the list's first item shares the
    row with the title and dates, and the cells wrap over the rows below. Each such row is parted into its head
    cells and the first item, and the rows below that only continue those cells (the first cell wraps, no bullet
    starts) are joined in. Returns the rows parted, and the rows joined into them."""
    listed: dict[int, _ListedRow] = {}
    wrapped: set[int] = set()
    for n, row in enumerate(rows):
        cells = _cells(row)
        head, item = [c for cell in cells[:-1] for c in cell], cells[-1]
        if len(cells) < 2 or not _dotted(item, dots) or _dotted(cells[0], dots):
            continue
        if not _WHOLE_RANGE_RE.search(_join_chunks(head)):
            continue  # an entry's row holds its dates: else this is no entry's table
        first, item_text = _join_chunks(cells[0]), _join_chunks(item)
        size, x0, xi = row[0].size, cells[0][0].x, item[0].x
        middle = cells[1][0].x if len(cells) > 2 else xi  # where the cells between the first and the list start
        for m in range(n + 1, len(rows)):
            below = rows[m]
            if abs(below[0].x - x0) > 1.5 or rows[m - 1][0].y - below[0].y > 1.6 * size or _dotted(below, dots):
                break
            if any(c.x >= xi - 1.5 and _dotted([c], dots) for c in below) or any(
                middle - 1.5 <= c.x < xi - 1.5 for c in below
            ):
                break  # a new item starts, or a middle cell (the dates) goes on: no wrap of these cells
            first += " " + _join_chunks([c for c in below if c.x < xi - 1.5])
            if tail := [c for c in below if c.x >= xi - 1.5]:
                item_text += " " + _join_chunks(tail)
            wrapped.add(m)
        head_text = " | ".join([first, *(_join_chunks(cell) for cell in cells[1:-1])])
        listed[n] = _ListedRow(head_text, head, item_text, item)
    return listed, wrapped


def _head_and_item(row: _ListedRow, page: int, margin: str | None) -> list[Line]:
    head = make_line(row.head + (f" | {margin}" if margin else ""), page)
    item = make_line(row.item, page, bullet=True)
    return [
        *([replace(head, **_typography(row.head_chunks))] if head else []),
        *([replace(item, bullet=True, **_typography(row.item_chunks))] if item else []),
    ]


# A word of a date as a margin prints it, alone or wrapped: "Jan", "2019–Dec", "2023-05-01", "03/2019", "2019.03",
# "to", "Present", "date" (of "to date").
_DATE_WORD = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{4}(?:[-./]\d{1,2}){0,2}"
    r"|\d{1,2}[/.]\d{2,4}|\d{2}-\d{2}|to|till|until|present|current|now|today|ongoing|date)"
)
_DATE_PIECE_RE = re.compile(rf"(?i){_DATE_WORD}(?:\s*(?:[–—‒―-]|,)?\s*{_DATE_WORD})*\s*[–—‒―-]?")
# a whole range: a separator, then a date or "present" at the end
_WHOLE_RANGE_RE = re.compile(
    r"(?i)(?:[–—‒―-]|\bto\b|\buntil\b|\btill\b).*(?:\d{4}(?:[-./]\d{1,2}){0,2}|present|current|now|today|ongoing|date)$"
)
_MARGIN_GAP_EM = 0.5  # between a margin's date and the text beside it: more than a word space


@dataclass(frozen=True)
class _MarginDate:
    row: int
    size: float
    text: str
    beside: bool  # text stands beside it on its row


def _margin_dates(rows: list[list[_Chunk]], drawn: _Drawings) -> tuple[list[list[_Chunk]], dict[int, str]]:
    """Dates set in a left margin beside the entries, wrapped there or not ("Jan" / "2022–Present"), taken out of
    their rows and joined, block by block, onto the line their first line stands beside: a table's cells and a
    LaTeX margin align at the top. A block beside no text of its own (under a section's name in the margin) goes
    to the nearest line above that is not a bullet. Returns the rows left, and the dates for each row."""
    found = [m for n, row in enumerate(rows) if (m := _margin_date(n, row)) is not None]
    beside = [rows[m.row][len(_lead(rows[m.row])) :][0].x for m in found if m.beside]
    if not beside:
        return rows, {}
    body_x = min(beside)
    found = [m for m in found if max(c.right for c in _lead(rows[m.row])) < body_x]
    blocks: list[list[_MarginDate]] = []
    for m in found:
        last = blocks[-1][-1] if blocks else None
        text = " ".join(d.text for d in blocks[-1]) if blocks else ""
        near = last is not None and _baseline(rows[m.row]) - _baseline(rows[last.row]) >= -1.7 * max(m.size, last.size)
        if near and not (_WHOLE_RANGE_RE.search(text) and not re.match(r"(?i)to\b|[–—‒―-]", m.text)):
            blocks[-1].append(m)
        else:
            blocks.append([m])
    taken: dict[int, str] = {}
    for block in blocks:
        owner = _margin_owner(rows, block[0], taken, drawn)
        text = " ".join(d.text for d in block)
        # pieces that never make a whole range stay where they are rather than be guessed into one
        if owner is not None and (len(block) == 1 or _WHOLE_RANGE_RE.search(text)):
            taken[owner] = text
            for d in block:
                rows[d.row] = rows[d.row][len(_lead(rows[d.row])) :]
    kept = [(n, row) for n, row in enumerate(rows) if row]
    index = {n: k for k, (n, _) in enumerate(kept)}
    return [row for _, row in kept], {index[n]: text for n, text in taken.items()}


def _lead(row: list[_Chunk]) -> list[_Chunk]:
    """The row's first chunks that make a date, set apart from what follows ([] when they make none)."""
    for k in range(len(row), 0, -1):
        if not row[k - 1].text.strip():
            continue  # a blank (an icon's bullet) belongs to the text beside the date
        text = clean(_join_chunks(row[:k]))
        apart = k == len(row) or row[k].x - row[k - 1].right >= _MARGIN_GAP_EM * row[k].size
        if apart and _DATE_PIECE_RE.fullmatch(text) and re.search(r"\d{4}|[a-z]", text, re.I):
            return row[:k]
    return []


def _margin_date(n: int, row: list[_Chunk]) -> _MarginDate | None:
    lead = _lead(row)
    if not lead:
        return None
    return _MarginDate(n, max(c.size for c in lead), clean(_join_chunks(lead)), len(lead) < len(row))


def _margin_owner(rows: list[list[_Chunk]], first: _MarginDate, taken: dict[int, str], drawn: _Drawings) -> int | None:
    """The row a block of margin dates belongs to: the row of its first line when text stands beside it, else the
    nearest row above, within three lines, that is no bullet and has no dates yet."""
    if first.beside:
        return first.row
    top = _baseline(rows[first.row])
    for n in range(first.row - 1, -1, -1):
        row = rows[n]
        if _baseline(row) - top > 3 * max(first.size, max(c.size for c in row)):
            return None
        if n in taken or _margin_date(n, row) is not None:
            return None
        line = make_line(_join_chunks(row))
        if line is not None and not line.bullet and not _dotted(row, drawn.dots):
            return n
    return None


def _baseline(row: list[_Chunk]) -> float:
    return row[0].y


def _margin_headings_apart(rows: list[list[_Chunk]]) -> list[list[_Chunk]]:
    """A section's name set in a left margin, larger than the entry header beside it ("Work  Director of
    Engineering", "WORK EXPERIENCE" in small capitals), is a line of its own, read before that header."""
    starts: dict[int, int] = {}  # left edges: how many chunks and how many characters start there
    chars: dict[int, int] = {}
    for row in rows:
        for c in row:
            starts[round(c.x)] = starts.get(round(c.x), 0) + 1
            chars[round(c.x)] = chars.get(round(c.x), 0) + len(c.text)
    if not chars:
        return rows
    body_left = max(chars, key=lambda x: chars[x])
    out: list[list[_Chunk]] = []
    for row in rows:
        lead = [row[0]]
        for prev, cur in itertools.pairwise(row):
            if cur.x - prev.right > _COLUMN_GAP_EM * cur.size:
                break
            lead.append(cur)
        rest = row[len(lead) :]
        text = clean(_join_chunks(lead))
        if (
            rest
            and lead[0].x < body_left - 3  # in a margin, left of where the text starts
            and sum(n for x, n in starts.items() if abs(x - rest[0].x) <= 3) >= 3  # beside an edge entries share
            and max(c.size for c in lead) > max(c.size for c in rest) + 0.5
            and len(text.split()) <= 3
            and sum(ch.isalpha() for ch in text) >= 2  # a word, not a bullet glyph set larger
            and not re.search(r"\d", text)
            and not _DATE_PIECE_RE.fullmatch(text)  # "Present" under a margin date joins its entry
        ):
            out += [lead, rest]
        else:
            out.append(row)
    return out


@dataclass(frozen=True)
class _HeadingStyle:
    """How this document sets its section headings, learnt from all its pages."""

    size: float | None  # the size they are set in, when it stands out from body text
    marked: frozenset[tuple[float, bool, bool, bool]]  # (size, bold, letter-spaced, capitals) of marked lines
    body: float = 0.0  # the body text's size


def _is_heading(line: Line, row: list[_Chunk], style: _HeadingStyle, drawn: _Drawings) -> bool:
    """A section heading by typography: the headings' size when one stands out; else the capitals, letter
    spacing or rule the document's headings repeat; else bold or capitals on a short line. A ruled or
    letter-spaced short line always is one."""
    if line.bullet:
        return False
    cued = titled(line) and (_spaced(row) or _ruled(row, drawn.rules))
    if style.size:
        return max(c.size for c in row) >= style.size - 0.3 or cued
    if style.marked:
        marked = cued or is_caps_heading(line.text)
        # a name: larger than the headings and than body text (a place under an entry's header is set between them)
        size = max(c.size for c in row)
        above = size > max(size for size, *_ in style.marked) and size > style.body + 0.5 and len(line.text) <= 40
        return (marked and _signature(row, line.text) in style.marked) or above
    # a bold line with a year in it is an entry's header ("MSc Computer Science | 2010 – 2011")
    bold = all(c.bold for c in row) and len(line.text) <= 40 and not re.search(r"\d{4}", line.text)
    return bold or is_caps_heading(line.text) or cued


def _spaced(row: list[_Chunk]) -> bool:
    """Letter-spaced: chunks set so carry most of the row's letters (a small capital, set larger in a run of
    its own, has no spacing to measure)."""
    spaced = sum(len(c.text.strip()) for c in row if c.spaced)
    return spaced * 2 > sum(len(c.text.strip()) for c in row)


def _signature(row: list[_Chunk], text: str) -> tuple[float, bool, bool, bool]:
    caps = text.upper() == text and any(ch.isalpha() for ch in text)
    return (round(max(c.size for c in row)), all(c.bold for c in row), _spaced(row), caps)


def _marked_styles(pages: list[list[_Chunk]], drawings: list[_Drawings]) -> frozenset[tuple[float, bool, bool, bool]]:
    """Styles of short lines set in capitals, letter-spaced or ruled that repeat: the document's heading style.
    Once it is known, a bold company name in an entry is not taken for a heading."""
    counts: dict[tuple[float, bool, bool, bool], int] = {}
    for chunks, drawn in zip(pages, drawings, strict=True):
        for row in _rows(chunks):
            line = make_line(_join_chunks(row))
            if line is None or not titled(line):
                continue
            if is_caps_heading(line.text) or _spaced(row) or _ruled(row, drawn.rules):
                key = _signature(row, line.text)
                counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= 2)


def _dotted(row: list[_Chunk], dots: tuple[_Rule, ...]) -> bool:
    """A small drawn disc or square stands just left of the row, at its x-height: a list bullet drawn as a shape."""
    start, base, size = row[0].x, row[0].y, max(c.size for c in row)
    return any(
        d.right - d.left <= 0.6 * size and 0 <= start - d.right <= 1.8 * size and base <= d.y <= base + 0.8 * size
        for d in dots
    )


def _ruled(row: list[_Chunk], rules: tuple[_Rule, ...]) -> bool:
    """A rule runs under the row (or just over it) across at least its width, and the row is set apart in weight,
    capitals or letter spacing: a section heading's underline, not a table's border."""
    left, right, base = row[0].x, max(c.right for c in row), row[0].y
    size = max(c.size for c in row)
    text = "".join(c.text for c in row)
    marked = all(c.bold or c.spaced for c in row) or text.upper() == text
    return marked and any(
        r.left <= left + 2 and r.right >= right - 2 and -0.8 * size <= r.y - base <= 1.6 * size for r in rules
    )


def _typography(row: list[_Chunk]) -> dict[str, Any]:
    """The row's dominant font size and weight (by characters set in them) and its left edge. The weight is the
    lead's, the part before a column gap: "Staff Engineer | Sep. 2021 – Present" with the title in bold is bold."""
    sizes: dict[float, int] = {}
    for c in row:
        sizes[c.size] = sizes.get(c.size, 0) + len(c.text.strip())
    lead = [row[0]]
    for prev, cur in itertools.pairwise(row):
        if cur.x - prev.right > _COLUMN_GAP_EM * cur.size:
            break
        lead.append(cur)
    bold = sum(len(c.text.strip()) for c in lead if c.bold) * 2 > sum(len(c.text.strip()) for c in lead)
    return {"size": max(sizes, key=lambda k: sizes[k]), "bold": bold, "x": round(row[0].x, 1)}


def _rows(chunks: list[_Chunk]) -> list[list[_Chunk]]:
    rows: list[list[_Chunk]] = []
    for chunk in sorted(chunks, key=lambda c: (-c.y, c.x)):
        if rows and abs(rows[-1][0].y - chunk.y) <= max(2.0, 0.35 * chunk.size):
            rows[-1].append(chunk)
        else:
            rows.append([chunk])
    return [sorted(row, key=lambda c: c.x) for row in _superscripts_joined(rows)]


def _superscripts_joined(rows: list[list[_Chunk]]) -> list[list[_Chunk]]:
    """A row of small chunks raised just above the next row and touching its text is that row's superscript
    ("2" "nd" in "Senior 2nd Line Support Engineer"): Word and browsers raise it by a third of an em or more, past
    what a baseline may wander, and left apart it was lost from the title."""
    out: list[list[_Chunk]] = []
    for n, row in enumerate(rows):
        below = rows[n + 1] if n + 1 < len(rows) else []
        if below and all(_raised_on(c, below) for c in row):
            below.extend(row)
            continue
        out.append(row)
    return out


def _raised_on(small: _Chunk, row: list[_Chunk]) -> bool:
    return any(
        small.size <= 0.8 * c.size
        and 0 < small.y - c.y <= 0.6 * c.size
        and abs(small.x - c.right) <= 0.3 * c.size
        for c in row
    )


def _join_chunks(row: list[_Chunk]) -> str:
    """One row's text: chunks far apart (a right-aligned date, a tab stop) are set apart with " | "."""
    text = row[0].text
    for prev, cur in itertools.pairwise(row):
        gap = cur.x - prev.right
        # a small capital is a run of its own beside its letter-spaced lower case ("C" "ontact"): the gap
        # between them is the letter spacing, not a word space
        tracking = max(prev.tracking, cur.tracking)
        if gap > _COLUMN_GAP_EM * cur.size or (prev.bold != cur.bold and gap > _STYLE_GAP_EM * cur.size):
            text += " | "
        elif gap - tracking > _WORD_GAP_EM * cur.size and not (text[-1:].isspace() or cur.text[:1].isspace()):
            text += " "
        text += cur.text
    return re.sub(r"\s*\|\s*(\|\s*)+", " | ", text).strip(" |")


def _section_size(pages: list[list[_Chunk]], body: float) -> float | None:
    """The font size of section headings: the largest size, above body text, used by two or more short lines
    apart from each other (a name set large over two lines is one line, not two headings)."""
    counts: dict[float, list[float]] = {}
    for chunks in pages:  # rows page by page: baselines repeat
        last: dict[float, float] = {}  # per size, the baseline of the last row set in it on this page
        for row in _rows(chunks):
            size = max(c.size for c in row)
            text = _join_chunks(row)
            if size < body * 1.1 or len(text) > 40:
                continue
            key = round(size, 0)
            if key not in last or last[key] - row[0].y > 1.6 * size:
                counts.setdefault(key, []).append(size)
            last[key] = row[0].y
    sizes = [s for s, found in counts.items() if len(found) >= 2]
    # the smallest size seen in the bucket: 11.5 pt headings round to 12, and 11.5 must still count as one
    return min(counts[max(sizes)]) if sizes else None
