"""Reading: Word .docx bytes -> Lines: paragraphs and tables in order, with the typography of runs and styles."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from tailor.errors import InputError
from tailor.model import DocKind, Document, Line
from tailor.read.files import megabytes
from tailor.read.links import docx_links
from tailor.read.text import DATE_FRAGMENT_RE, clean, is_caps_heading, join_wrapped, make_document, make_line, titled

MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024  # zipfile never unpacks more than a member declares, so the sum is a bound
MAX_DOCX_PART_BYTES = 8 * 1024 * 1024  # one XML part; a long real résumé's document.xml is well under 1 MB
# python-docx looks each paragraph's and run's style up by scanning every style, so reading time grows with
# their product: 2 million is about 12 s; a long real résumé (1,500 paragraphs and runs, 300 styles) is 450,000.
MAX_DOCX_WORK = 2_000_000


def read_docx(source: str, data: bytes) -> Document:
    import docx

    _check_zip(source, data)
    try:
        document = docx.Document(io.BytesIO(data))
        styles = _docx_style_names(document)
        lines = _docx_header_lines(document, styles) + _docx_body_lines(document, styles)
        props = document.core_properties
        stamp = props.modified or props.created
        links = docx_links(document)
    except ImportError:  # a missing module is a broken install, not a broken file
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken file
        raise InputError(
            f"{source}: cannot read this Word file ({exc.__class__.__name__}); is it complete? "
            "Save it again from Word or export a PDF"
        ) from None
    date = stamp.date() if isinstance(stamp, dt.datetime) else None
    return replace(make_document(source, DocKind.DOCX, join_wrapped(lines), 1, "", date), links=links)


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
            f"{source}: the Word file unpacks to {megabytes(max(unpacked, biggest))}; "
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
    fonts: dict[str, tuple[float, bool]]  # style id -> (size in points, bold), base styles and defaults resolved
    default_font: tuple[float, bool]

    def paragraph(self, paragraph: Any) -> str:
        props = paragraph._p.pPr
        style_id = props.style if props is not None else None
        return self.names.get(style_id, self.default_paragraph) if style_id else self.default_paragraph

    def run(self, run: Any) -> str:
        props = run._r.rPr
        style_id = props.style if props is not None else None
        return self.names.get(style_id, "") if style_id else ""

    def font(self, paragraph: Any) -> tuple[float, bool]:
        props = paragraph._p.pPr
        style_id = props.style if props is not None else None
        return self.fonts.get(style_id or "", self.default_font)


def _docx_style_names(document: Any) -> _DocxStyles:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.styles import BabelFish

    names: dict[str, str] = {}
    default = ""
    default_id = ""
    own: dict[str, tuple[float | None, bool | None, str | None]] = {}
    for style in document.styles.element.style_lst:
        name = BabelFish.internal2ui(style.name_val or style.styleId or "")  # "heading 1" is shown as "Heading 1"
        names[style.styleId] = name
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.default:
            default, default_id = name, style.styleId
        rpr = style.rPr
        size = rpr.sz_val.pt if rpr is not None and rpr.sz_val is not None else None
        bold = rpr.b.val if rpr is not None and rpr.b is not None else None
        own[style.styleId] = (size, bold, style.basedOn_val)
    base = _docx_default_font(document)
    fonts = {style_id: _docx_style_font(style_id, own, base) for style_id in own}
    return _DocxStyles(names, default, fonts, fonts.get(default_id, base))


def _docx_default_font(document: Any) -> tuple[float, bool]:
    """The document's default run size (docDefaults), else Word's own default of 10 pt."""
    from docx.oxml.ns import qn

    size = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    half_points = size.get(qn("w:val")) if size is not None else None
    return (int(half_points) / 2 if half_points and half_points.isdigit() else 10.0), False


def _docx_style_font(
    style_id: str, own: dict[str, tuple[float | None, bool | None, str | None]], base: tuple[float, bool]
) -> tuple[float, bool]:
    size: float | None = None
    bold: bool | None = None
    seen: set[str] = set()
    current: str | None = style_id
    while current in own and current not in seen and (size is None or bold is None):  # a loop in basedOn ends
        seen.add(current)
        own_size, own_bold, current = own[current]
        size = own_size if size is None else size
        bold = own_bold if bold is None else bold
    return (size if size is not None else base[0]), bool(bold)


def _docx_ruled(props: Any) -> bool:
    """The paragraph has a border under or over it: the rule a template draws at a section heading."""
    from docx.oxml.ns import qn

    borders = props.find(qn("w:pBdr")) if props is not None else None
    return borders is not None and any(borders.find(qn(f"w:{side}")) is not None for side in ("bottom", "top"))


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


def _docx_body_lines(document: Any, styles: _DocxStyles, container: Any = None) -> list[Line]:
    """Paragraphs and tables in order, the text boxes a paragraph anchors right after it (sidebars, contact
    blocks and name banners in Word templates are often boxes)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    container = document.element.body if container is None else container
    out: list[Line] = []
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            if line := _docx_paragraph_line(Paragraph(child, document), styles):
                out.append(line)
            for box in _text_boxes(child):
                out += _docx_body_lines(document, styles, box)
        elif tag == "tbl":
            out += _docx_table_lines(Table(child, document), styles)
    return out


# A text box's paragraphs sit inside the paragraph that anchors it. Word writes each box twice, as a DrawingML
# shape and as a VML fallback for old readers: the fallback copy is skipped.
_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes a paragraph anchors itself; a box inside one of them is read with that box."""
    boxes, depth = _box_queries()
    return [box for box in boxes(paragraph) if depth(box) == depth(paragraph)]


@cache
def _box_queries() -> tuple[Any, Any]:
    from lxml import etree  # python-docx's own XML library, loaded with it

    return (
        etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces=_NAMESPACES),
        etree.XPath("count(ancestor::w:txbxContent)", namespaces=_NAMESPACES),
    )


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
            if column == 0 and len(tr.tc_lst) > 1 and DATE_FRAGMENT_RE.fullmatch(clean(text)):
                margin = clean(text)
                continue
            for paragraph in cell.paragraphs:
                if line := _docx_paragraph_line(paragraph, styles):
                    if margin:
                        line, margin = replace(line, text=f"{line.text} | {margin}"), ""
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
    style_size, style_bold = styles.font(paragraph)
    bold = bool(runs) and all(r.bold or "Strong" in styles.run(r) or (r.bold is None and style_bold) for r in runs)
    # A tab after a word is a tab stop (a date set flush right), as a wide gap is in a PDF; after a bullet it is not.
    line = make_line(re.sub(r"(?<=[\w)])\t+(?=\S)", " | ", paragraph.text), bullet=listed)
    if line is None:
        return None
    sizes = [r.font.size.pt for r in runs if r.font.size is not None]
    size = max(sizes, default=style_size)
    heading = (
        style.startswith(("Heading", "Title"))
        or (bold and len(line.text) <= 40 and not line.bullet)
        or (is_caps_heading(line.text) and not line.bullet)
        # a heading set by hand in a larger size, or ruled, with no heading style
        or (titled(line) and (_docx_ruled(props) or size >= 1.2 * styles.default_font[0]))
    )
    indent = props.ind.left if props is not None and props.ind is not None and props.ind.left is not None else None
    return Line(
        line.text,
        1,
        line.bullet,
        heading,
        size=size,
        bold=bold,
        x=round(indent.pt, 1) if indent is not None else 0.0,
    )
