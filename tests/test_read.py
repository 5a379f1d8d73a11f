"""Stage 1, read: each input kind, layout rules, and every bad input becoming a one-line InputError."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tailor.errors import InputError
from tailor.model import DocKind
from tailor.read import MAX_DOCX_UNPACKED_BYTES, read_document
from tailor.read.text import clean


def _pdf(path: Path, rows: list[tuple[float, float, str, int]]) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    for x, y, text, size in rows:
        c.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
        c.drawString(x, y, text)
    c.save()
    return path


def test_read_text_headings_and_bullets(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text(
        "---\nlayout: default\nname: Ann Lee\n---\n# Ann Lee\n\nExperience\n==========\n"
        "- Led a team of 8\n* Cut cost 30%\n1. Third\n<script>var x = 1;</script>\nSKILLS\n",
        "utf-8",
    )
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert "layout: default" not in doc.text and "var x" not in doc.text
    assert [ln.text for ln in doc.lines if ln.heading] == ["Ann Lee", "Experience", "SKILLS"]
    assert [ln.text for ln in doc.lines if ln.bullet] == ["Led a team of 8", "Cut cost 30%", "Third"]
    assert texts[0] == "Ann Lee" and doc.kind is DocKind.MARKDOWN


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("ﬁnance\u00a0team", "finance team"), ("“smart” ’quotes’", "\"smart\" 'quotes'"), ("a  \t b", "a b")],
)
def test_read_clean_folds_odd_unicode(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_read_joins_wrapped_dates_and_hyphenation(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Engineer, Acme (2019 –\nPresent)\nbuilt a distri-\nbuted system\n", "utf-8")
    assert [ln.text for ln in read_document(path).lines] == [
        "Engineer, Acme (2019 – Present)",
        "built a distributed system",
    ]


@pytest.mark.parametrize(
    "data", ["Ann Lee — café".encode("utf-16"), "Ann Lee — café".encode("cp1252"), b"Ann Lee \x81\x8d\x90 caf\xe9"]
)
def test_read_decodes_any_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    assert read_document(path).lines[0].text.startswith("Ann Lee")


def test_read_pdf_two_columns_left_then_right(tmp_path: Path) -> None:
    rows = [(200, 750, "Ann Lee", 20)]
    for i in range(12):
        rows.append((40, 700 - i * 20, f"left {i}", 10))
        rows.append((320, 700 - i * 20, f"right column line {i} of the text", 10))
    doc = read_document(_pdf(tmp_path / "two.pdf", rows))
    texts = [ln.text for ln in doc.lines]
    assert texts[0] == "Ann Lee"
    assert texts[1:13] == [f"left {i}" for i in range(12)] and texts[13:] == [
        f"right column line {i} of the text" for i in range(12)
    ]
    assert any("two columns" in w for w in doc.warnings)


def test_read_pdf_right_margin_date_stays_on_its_line(tmp_path: Path) -> None:
    rows = [
        (40, 750, "Ann Lee", 20),
        (40, 700, "Experience", 14),
        (40, 600, "Skills", 14),
        (40, 680, "Staff Engineer, Acme", 10),
        (450, 680, "Jan 2019 – Present", 10),
    ]
    doc = read_document(_pdf(tmp_path / "one.pdf", rows))
    assert "Staff Engineer, Acme | Jan 2019 – Present" in [ln.text for ln in doc.lines]
    assert [ln.text for ln in doc.lines if ln.heading] == ["Ann Lee", "Experience", "Skills"]


def test_read_pdf_multipage_and_creation_date(tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setCreator("test")
    for word in ("first", "second"):
        c.drawString(72, 700, f"the {word} sheet")
        c.drawString(72, 40, "Ann Lee · Résumé")  # a running footer: not content
        c.showPage()
    c.save()
    doc = read_document(path)
    assert doc.pages == 2 and [ln.page for ln in doc.lines] == [1, 2]
    assert isinstance(doc.date, dt.date)


def test_read_docx_tables_in_body_order_and_bullets(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Ann Lee", style="Title")
    d.add_heading("Experience", level=1)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Staff Engineer", "Jan 2019 – Present"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Acme"
    d.add_paragraph("Shipped billing", style="List Bullet")
    d.add_heading("Skills", level=1)
    path = tmp_path / "r.docx"
    d.save(str(path))
    doc = read_document(path)
    assert [ln.text for ln in doc.lines] == [
        "Ann Lee",
        "Experience",
        "Staff Engineer",
        "Jan 2019 – Present",
        "Acme",
        "Shipped billing",
        "Skills",
    ]
    assert [ln.text for ln in doc.lines if ln.bullet] == ["Shipped billing"]
    assert doc.date is None  # python-docx's template is dated 2013, before the 2019 the table names


def test_read_sniffs_kind_when_extension_lies(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(json.dumps({"basics": {"name": "Ann Lee"}, "work": []}), "utf-8")
    assert read_document(path).kind is DocKind.JSON_RESUME
    pdf = _pdf(tmp_path / "x.pdf", [(72, 700, "hello there", 10)])
    renamed = pdf.rename(tmp_path / "x.docx")
    assert read_document(renamed).kind is DocKind.PDF


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * (MAX_DOCX_UNPACKED_BYTES + 1))
    return path


def _encrypted(path: Path) -> Path:
    src = _pdf(path.with_suffix(".plain.pdf"), [(72, 700, "secret", 10)])
    writer = PdfWriter(clone_from=str(src))
    writer.encrypt(user_password="pw", owner_password="pw")
    writer.write(str(path))
    return path


def _scanned(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 100, 100, fill=1)
    c.save()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.pdf", "no such file"),
        (lambda p: p, "is a folder"),
        (lambda p: (p / "e.txt", (p / "e.txt").write_bytes(b""))[0], "empty"),
        (lambda p: (p / "w.txt", (p / "w.txt").write_bytes(b"  \n\t "))[0], "no text"),
        (lambda p: (p / "x.png", (p / "x.png").write_bytes(b"\x89PNG\r\n"))[0], "unsupported"),
        (lambda p: _encrypted(p / "enc.pdf"), "encrypted"),
        (lambda p: _scanned(p / "scan.pdf"), "no text layer"),
        (
            lambda p: (p / "t.pdf", (p / "t.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"))[0],
            "cannot read this PDF",
        ),
        (lambda p: (p / "j.docx", (p / "j.docx").write_bytes(b"PK\x03\x04junk"))[0], "cannot read this Word file"),
        (lambda p: _bomb(p / "bomb.docx"), "unsafe"),
        (lambda p: (p / "bad.json", (p / "bad.json").write_text('{"basics": {"name": "A"'))[0], "not valid JSON"),
    ],
)
def test_read_bad_input_is_one_line_input_error(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as info:
        read_document(make(tmp_path))
    assert message in str(info.value) and "\n" not in str(info.value)


def test_read_refuses_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tailor.read.files.MAX_FILE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 20)
    with pytest.raises(InputError, match="refused"):
        read_document(path)


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("Last updated on 21st January 2015", dt.date(2015, 1, 21)),
        ("Last update on 29th November 2024", dt.date(2024, 11, 29)),  # a blind review: "prints no date"
        ("Updated: March 2023", dt.date(2023, 3, 1)),
    ],
)
def test_read_printed_date_beats_metadata(tmp_path: Path, printed: str, date: dt.date) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"Ann Lee\n{printed}\n", "utf-8")
    assert read_document(path).date == date


def test_read_html_keeps_lists_and_drops_page_chrome(tmp_path: Path) -> None:
    body = " ".join(["We build tools that help clinics run remote monitoring for their patients."] * 8)
    page = tmp_path / "job.html"
    page.write_text(
        "<html><head><title>Jobs</title><script>var x = 'tracking';</script></head><body>"
        "<nav><a href='/'>Home</a><a href='/careers'>Careers</a></nav>"
        "<div class='cookie-banner'>We use cookies. Accept all</div>"
        "<ol class='breadcrumbs'><li>Careers</li><li>Engineering</li></ol>"
        f"<main><h1>Staff Engineer</h1><p>{body}</p><h2>What you&#39;ll do</h2>"
        "<ul><li>Own the platform roadmap</li><li>Mentor engineers</li></ul></main>"
        "<footer>© Example Inc · Privacy</footer></body></html>"
    )
    doc = read_document(page)
    texts = [ln.text for ln in doc.lines]
    assert texts[0] == "Staff Engineer" and doc.lines[0].heading
    assert "What you'll do" in texts
    assert [ln.text for ln in doc.lines if ln.bullet] == ["Own the platform roadmap", "Mentor engineers"]
    for chrome in ("Home", "cookies", "Careers", "Privacy", "tracking"):
        assert not any(chrome in t for t in texts), chrome


def test_read_pdf_running_footer_does_not_split_a_bullet(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, lines in enumerate(
        [["Experience", "• Cut database load by 45% during peaks of"], ["3,000 requests/s."]], 1
    ):
        for i, text in enumerate(lines):
            c.drawString(72, 700 - 14 * i, text)
        c.drawString(72, 40, f"Ann Lee — page {page}")
        c.showPage()
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert texts == ["Experience", "Cut database load by 45% during peaks of", "3,000 requests/s."]


def test_read_pdf_word_gaps_made_by_tj_offsets_become_spaces(tmp_path: Path) -> None:
    # Words set apart by pen moves, never a space glyph (as XeLaTeX does); Courier's wide space hides them from pypdf.
    path = tmp_path / "tj.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier", 10)
    c.drawString(72, 740, "x")
    font = c._doc.getInternalFontName("Courier")
    c._code.append(f"BT {font} 12 Tf 72 700 Td [(DATA) -200 (ENGINEER) 20 (S)] TJ ET")
    c._code.append(f"BT {font} 10 Tf 72 680 Td [(Responsible) -190 (for) -185 (implementing)] TJ ET")
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert "DATA ENGINEERS" in texts and "Responsible for implementing" in texts


def test_read_pdf_short_sidebar_read_before_the_main_column(tmp_path: Path) -> None:
    rows = [
        (20, 740 - 24 * i, t, 9)
        for i, t in enumerate(
            ["Contact", "ann@example.com", "Top Skills", "Go", "Kafka", "Scala", "Languages", "English", "Polish"]
        )
    ]
    rows += [(220, 740, "Ann Lee", 24), (220, 710, "Experience", 15)]
    for n in range(8):
        y = 690 - 60 * n
        rows += [
            (220, y, f"Company {n}", 11),
            (220, y - 13, "Engineering Manager", 10),
            (220, y - 26, f"March {2010 + n} - Present (2 years)", 9),
            (220, y - 39, "Shipped things.", 9),
        ]
    texts = [ln.text for ln in read_document(_pdf(tmp_path / "side.pdf", rows)).lines]
    assert texts.index("Polish") < texts.index("Ann Lee")  # the sidebar is not interleaved with the roles
    assert not any("Contact" in t and "Ann Lee" in t for t in texts)


def test_read_pdf_section_size_between_two_rounded_sizes(tmp_path: Path) -> None:
    # 11.5 pt headings round to 12; they must still be marked as headings
    c = canvas.Canvas(str(tmp_path / "h.pdf"), pagesize=letter)
    y = 740
    for heading in ("EXPERIENCE", "EDUCATION", "SKILLS"):
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(72, y, heading)
        c.setFont("Helvetica", 9.5)
        for k in range(4):
            c.drawString(72, y - 14 * (k + 1), f"Body line number {k} with some ordinary words in it")
        y -= 90
    c.save()
    doc = read_document(tmp_path / "h.pdf")
    assert [ln.text for ln in doc.lines if ln.heading] == ["EXPERIENCE", "EDUCATION", "SKILLS"]


def test_read_docx_dates_cell_joins_the_role_line_and_styles_resolve(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Experience", level=1)
    row = d.add_table(rows=0, cols=2).add_row().cells
    row[0].text = "Nov 2020 – Present"
    row[1].paragraphs[0].add_run("Engineering Manager").bold = True
    row[1].add_paragraph("Cabify, Madrid")
    row[1].add_paragraph("Managed 9 engineers.", style="List Bullet")
    d.save(str(tmp_path / "t.docx"))
    lines = read_document(tmp_path / "t.docx").lines
    assert [(ln.text, ln.heading, ln.bullet) for ln in lines] == [
        ("Experience", True, False),
        ("Engineering Manager | Nov 2020 – Present", True, False),
        ("Cabify, Madrid", False, False),
        ("Managed 9 engineers.", False, True),
    ]


def test_read_markdown_bold_lead_is_one_piece(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("**Director of Engineering, Infrastructure**, Loomwise (2019 – 2022)\n", "utf-8")
    assert read_document(path).lines[0].text == "Director of Engineering, Infrastructure | Loomwise (2019 – 2022)"


# --- issue 11: what a text layer does, one failure class per test ---------------------------------------------


def _vera_canvas(path: Path) -> canvas.Canvas:
    """A canvas with Bitstream Vera (shipped in reportlab) embedded with its Unicode map: any character reads back."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Vera", 10)
    return c


def test_issue_11_words_placed_without_space_glyphs(tmp_path: Path) -> None:
    # Google Docs and Chrome (Skia) place each word on its own, with no space glyph between words.
    path = tmp_path / "skia.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    for y, words, size in ((700, "Supreet Arora", 16), (670, "Lead Enterprise Architect | Bharti Airtel", 10)):
        c.setFont("Helvetica", size)
        x = 72.0
        for word in words.split():
            c.drawString(x, y, word)
            x += c.stringWidth(word, "Helvetica", size) + 0.25 * size
    c.save()
    assert [ln.text for ln in read_document(path).lines] == [
        "Supreet Arora",
        "Lead Enterprise Architect | Bharti Airtel",
    ]


def test_issue_11_letter_spaced_heading_reads_as_words(tmp_path: Path) -> None:
    path = tmp_path / "tracked.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    text = c.beginText(72, 700)
    text.setFont("Helvetica-Bold", 12)
    text.setCharSpace(2.5)  # 0.2 em between letters, more than most word gaps
    text.textLine("WORK HISTORY")
    c.drawText(text)
    c.setFont("Helvetica", 10)
    c.drawString(72, 680, "Staff Engineer, Acme Payments, 2019 – 2024")
    c.save()
    assert [ln.text for ln in read_document(path).lines] == [
        "WORK HISTORY",
        "Staff Engineer, Acme Payments, 2019 – 2024",
    ]


def test_issue_11_soft_hyphen_as_date_dash_and_as_line_end_hyphen(tmp_path: Path) -> None:
    path = tmp_path / "soft.pdf"
    c = _vera_canvas(path)
    c.drawString(72, 700, "Senior Consultant | Acme | Sep. 2023 \u00ad Mar. 2024")
    c.drawString(72, 686, "Worked as a pricing con\u00ad")
    c.drawString(72, 672, "sultant for four retail banks.")
    c.drawString(72, 640, "Engineer | Initech | 2019 \u2212 2023")
    c.save()
    assert [ln.text for ln in read_document(path).lines] == [
        "Senior Consultant | Acme | Sep. 2023 – Mar. 2024",
        "Worked as a pricing consultant for four retail banks.",
        "Engineer | Initech | 2019 – 2023",
    ]


def test_issue_11_icon_font_glyphs_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "icons.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    for y, glyph, data in ((700, "(", "ann.lee@example.com"), (686, ")", "+1 415 555 0134")):
        c.setFont("ZapfDingbats", 10)  # a symbol font, as FontAwesome is: its glyphs are pictures
        c.drawString(72, y, glyph)
        c.setFont("Helvetica", 10)
        c.drawString(86, y, data)
    # an icon between two fields keeps its room: the gap it leaves is no column break
    c.setFont("Helvetica", 10)
    c.drawString(72, 660, "Denver, CO ·")
    c.setFont("ZapfDingbats", 10)
    c.drawString(139, 660, "%%%")
    c.setFont("Helvetica", 10)
    c.drawString(172, 660, "github.com/annlee")
    c.save()
    assert [ln.text for ln in read_document(path).lines] == [
        "ann.lee@example.com",
        "+1 415 555 0134",
        "Denver, CO · github.com/annlee",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("envelope ann.lee@example.com | phone +1 415 555 0134", "ann.lee@example.com | +1 415 555 0134"),
        ("map-marker Denver, CO | github github.com/annlee", "Denver, CO | github.com/annlee"),
        ("\uf0e0 ann.lee@example.com \uf095 +1 415 555 0134", "ann.lee@example.com +1 415 555 0134"),
        ("Open-source projects on github and gitlab", "Open-source projects on github and gitlab"),
        ("Phone: +1 415 555 0134", "Phone: +1 415 555 0134"),
    ],
)
def test_issue_11_icon_names_beside_contact_data(tmp_path: Path, raw: str, expected: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"Ann Lee\n{raw}\n", "utf-8")
    assert [ln.text for ln in read_document(path).lines] == ["Ann Lee", expected]


def test_issue_11_a_line_of_icon_names_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Ann Lee\nenvelope phone map-marker\nann.lee@example.com\n", "utf-8")
    assert [ln.text for ln in read_document(path).lines] == ["Ann Lee", "ann.lee@example.com"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("self\u2010taught, non\u2011profit", "self-taught, non-profit"),
        ("2019 \u2012 2021, 2019 \u2015 2021, 2019 \u2212 2021", "2019 – 2021, 2019 – 2021, 2019 – 2021"),
        ("Sep. 2023 \u00ad Mar. 2024", "Sep. 2023 – Mar. 2024"),
        ("2019\u00ad2021 infor\u00admation", "2019–2021 information"),
        ("Ann\u00a0Lee\u202fPhD\u200b,\ufeff Zürich", "Ann Lee PhD, Zürich"),
        ("ﬁnance ﬂow eﬀort oﬃce", "finance flow effort office"),
    ],
)
def test_read_clean_normalises_dashes_spaces_and_ligatures(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_read_pdf_lines_carry_size_weight_and_left_edge(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 700, "Experience")
    c.setFont("Helvetica", 10)
    c.drawString(90, 680, "Shipped the ledger, on time and under budget.")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(90, 660, "Staff Engineer")  # the lead is bold; the dates flush right are not
    c.setFont("Helvetica", 10)
    c.drawString(420, 660, "September 2021 – Present")
    c.save()
    lines = read_document(path).lines
    assert [(ln.size, ln.bold, round(ln.x)) for ln in lines] == [(14.0, True, 72), (10.0, False, 90), (10.0, True, 90)]


def test_read_docx_lines_carry_size_and_weight_from_runs_and_styles(tmp_path: Path) -> None:
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("Experience", level=1)
    run = d.add_paragraph().add_run("Staff Engineer, Acme")
    run.bold, run.font.size = True, Pt(11)
    d.add_paragraph("Shipped billing.")
    d.save(str(tmp_path / "t.docx"))
    lines = read_document(tmp_path / "t.docx").lines
    assert [(ln.text, ln.size, ln.bold) for ln in lines] == [
        ("Experience", 14.0, True),  # python-docx's template: Heading 1 is 14 pt bold
        ("Staff Engineer, Acme", 11.0, True),
        ("Shipped billing.", 11.0, False),
    ]


def test_read_text_lines_have_no_typography(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Ann Lee\nStaff Engineer\n", "utf-8")
    assert {(ln.size, ln.bold, ln.x) for ln in read_document(path).lines} == {(0.0, False, 0.0)}


def _pdf_dated(path: Path, lines: list[str], created: str) -> Path:
    plain = _pdf(path.with_suffix(".plain.pdf"), [(72, 700 - 14 * i, t, 10) for i, t in enumerate(lines)])
    writer = PdfWriter(clone_from=str(plain))
    writer.add_metadata({"/CreationDate": created})
    writer.write(str(path))
    return path


@pytest.mark.parametrize(
    ("lines", "created", "expected"),
    [
        # the date printed on the document comes first
        (
            ["Ann Lee", "Updated: 5 May 2025", "Engineer | Acme | 2019 – Present"],
            "D:20240315120000Z",
            dt.date(2025, 5, 5),
        ),
        # else the PDF's creation date
        (["Ann Lee", "Engineer | Acme | 2019 – Present"], "D:20240315120000Z", dt.date(2024, 3, 15)),
        # a creation date before a year the document names is the template's, not the document's: today decides
        (["Ann Lee", "Engineer | Acme | 2019 – Present"], "D:20000101000000Z", None),
    ],
)
def test_issue_11_document_date_printed_then_pdf_creation_date(
    tmp_path: Path, lines: list[str], created: str, expected: dt.date | None
) -> None:
    assert read_document(_pdf_dated(tmp_path / "d.pdf", lines, created)).date == expected


def test_issue_11_document_date_from_docx_core_properties(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Engineer | Acme | 2019 – Present")
    d.core_properties.created = dt.datetime(2023, 1, 9, 10, 0)
    d.core_properties.modified = dt.datetime(2023, 6, 1, 10, 0)
    d.save(str(tmp_path / "r.docx"))
    assert read_document(tmp_path / "r.docx").date == dt.date(2023, 6, 1)


def test_issue_11_plain_text_has_no_date_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Ann Lee\nEngineer | Acme | 2019 – Present\n", "utf-8")
    assert read_document(path).date is None  # the résumé stage then resolves "Present" against today


def test_issue_11_headings_in_own_words_found_by_rule_and_letter_spacing(tmp_path: Path) -> None:
    path = tmp_path / "h.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 740, "Ann Lee")
    for y, text in ((700, "Projects"), (440, "Referees")):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, y, text)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 640, "Most Proud Of")  # body size, but ruled like a heading
    c.line(72, 636, 540, 636)
    c.drawString(72, 600, "Acme Payments")  # body size and bold, no rule: an entry header
    c.setFont("Helvetica", 10)
    c.drawString(72, 586, "Rebuilt the settlement pipeline; cut failures by 80%.")
    text = c.beginText(72, 540)
    text.setFont("Helvetica", 10)
    text.setCharSpace(2)
    text.textLine("A DAY OF MY LIFE")  # letter-spaced, as designers set headings
    c.drawText(text)
    c.setFont("Helvetica", 10)
    c.drawString(72, 520, "Stand-up, reviews, then an hour with each new engineer.")
    c.save()
    lines = read_document(path).lines
    assert [ln.text for ln in lines if ln.heading] == [
        "Ann Lee",
        "Projects",
        "Most Proud Of",
        "A DAY OF MY LIFE",
        "Referees",
    ]


def test_issue_11_docx_heading_marked_by_its_border(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    ruled = d.add_paragraph("Advantages")
    border = f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
    ruled._p.get_or_add_pPr().append(parse_xml(border))
    d.add_paragraph("Calm under pressure")
    d.save(str(tmp_path / "b.docx"))
    assert [(ln.text, ln.heading) for ln in read_document(tmp_path / "b.docx").lines] == [
        ("Advantages", True),
        ("Calm under pressure", False),
    ]


def test_issue_11_word_symbol_bullets_and_tab_stops(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Lead Software Engineer- New York, NY\tSep 2021 – Present")  # dates at a right tab stop
    d.add_paragraph("\uf0b7\tRebuilt the pricing service in Go.")  # Symbol's bullet, typed as Word pastes it
    d.add_paragraph("\uf0a7 Hired six engineers.")  # Wingdings' square bullet
    d.save(str(tmp_path / "w.docx"))
    assert [(ln.text, ln.bullet) for ln in read_document(tmp_path / "w.docx").lines] == [
        ("Lead Software Engineer- New York, NY | Sep 2021 – Present", False),
        ("Rebuilt the pricing service in Go.", True),
        ("Hired six engineers.", True),
    ]


def test_issue_11_list_bullets_drawn_as_discs_and_bold_dated_lines_are_entries(tmp_path: Path) -> None:
    # Chrome draws a <li>'s bullet as a filled disc, not a glyph; a bold line with a year is an entry's header
    path = tmp_path / "chrome.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 700, "Education")
    c.drawString(72, 680, "MSc Computer Science | 2010 – 2011")
    c.setFont("Helvetica", 10)
    c.drawString(72, 666, "University of Leeds")
    c.circle(80, 655.5, 1.6, stroke=0, fill=1)
    c.drawString(88, 652, "Thesis on streaming joins, graded first.")
    c.save()
    assert [(ln.text, ln.heading, ln.bullet) for ln in read_document(path).lines] == [
        ("Education", True, False),
        ("MSc Computer Science | 2010 – 2011", False, False),
        ("University of Leeds", False, False),
        ("Thesis on streaming joins, graded first.", False, True),
    ]


def test_issue_11_bold_company_line_is_not_a_heading_once_headings_show_their_style(tmp_path: Path) -> None:
    # Company line then title line with dates, all at body size: the headings' capitals, repeated, tell them apart
    path = tmp_path / "company-first.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 720.0
    for heading, entries in (
        ("EXPERIENCE", [("Northwind Telecom", "Lead Enterprise Architect | Sep 2021 – Present")]),
        ("EDUCATION", [("University of Leeds", "MSc Computer Science | 2010 – 2011")]),
    ):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, heading)
        for company, title in entries:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y - 18, company)
            c.setFont("Helvetica", 10)
            c.drawString(72, y - 31, title)
        y -= 70
    c.save()
    lines = read_document(path).lines
    assert [ln.text for ln in lines if ln.heading] == ["EXPERIENCE", "EDUCATION"]
    assert [ln.text for ln in lines if ln.bold] == [
        "EXPERIENCE",
        "Northwind Telecom",
        "EDUCATION",
        "University of Leeds",
    ]


def test_issue_11_browser_print_header_and_footer_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "printed.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 8)
    c.drawString(20, 775, "11/29/26, 9:20 AM")
    c.drawString(300, 775, "Ann Lee - Résumé")
    c.drawString(20, 12, "file:///home/ann/cv/index.html")
    c.drawString(570, 12, "1/1")
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Ann Lee")
    c.drawString(72, 686, "https://annlee.dev")  # the candidate's own address stays
    c.save()
    assert [ln.text for ln in read_document(path).lines] == ["Ann Lee", "https://annlee.dev"]


_TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent>'
    "</wps:txbx></wps:wsp></mc:Choice><mc:Fallback><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent>"
    "</v:textbox></v:shape></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_issue_11_docx_text_box_read_once_where_it_is_anchored(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    d = docx.Document()
    anchor = d.add_paragraph("Ann Lee")
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("ann.lee@example.com", "Denver, CO"))
    anchor._p.append(parse_xml(_TEXT_BOX.format(body=body)))
    d.add_paragraph("Experience", style="Heading 1")
    d.save(str(tmp_path / "box.docx"))
    assert [ln.text for ln in read_document(tmp_path / "box.docx").lines] == [
        "Ann Lee",
        "ann.lee@example.com",
        "Denver, CO",
        "Experience",
    ]


def test_issue_11_docx_heading_set_by_hand_in_a_larger_size(tmp_path: Path) -> None:
    from docx.shared import Pt

    d = docx.Document()
    d.add_paragraph().add_run("Personal Profile").font.size = Pt(16)  # no heading style, not bold: only its size
    d.add_paragraph("Calm under pressure, curious about people.")
    d.save(str(tmp_path / "s.docx"))
    assert [(ln.text, ln.heading) for ln in read_document(tmp_path / "s.docx").lines] == [
        ("Personal Profile", True),
        ("Calm under pressure, curious about people.", False),
    ]


def test_issue_11_text_printed_over_itself_reads_once(tmp_path: Path) -> None:
    path = tmp_path / "fakebold.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 12)
    for dx in (0, 0.3, 0.6):  # bold faked by printing three times a fraction apart; PDFium keeps one copy
        c.drawString(72 + dx, 700, "Experience")
    c.setFont("Helvetica", 10)
    c.drawString(72, 680, "Staff Engineer, Acme")
    c.save()
    assert [ln.text for ln in read_document(path).lines] == ["Experience", "Staff Engineer, Acme"]


def _sidebar_page(path: Path) -> Path:
    """A JSON Resume theme's page as Chromium prints it: a name set large over two lines with the contact block
    flush right beside it, a summary across the page, then a main column whose dates are set flush right inside it
    and a sidebar whose lines are set flush right against the page's margin."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 36)
    c.drawString(30, 740, "Ann")
    c.drawString(30, 702, "Lindqvist-Berg")
    c.setFont("Helvetica", 9)
    for i, text in enumerate(["+46 70 123 45 67", "ann@example.com", "Stockholm, Sweden"]):
        c.drawRightString(580, 745 - 14 * i, text)
    summary = "Engineering manager for payments teams, who grew a team of twelve people across two offices in years."
    c.drawString(30, 670, summary)
    c.setFont("Helvetica", 14)
    c.drawString(30, 640, "Experience")
    sidebar = [
        "Skills",
        "Go",
        "Kafka",
        "Scala",
        "Leadership",
        "Hiring",
        "Education",
        "MSc, KTH",
        "Languages",
        "Swedish",
        "English",
    ]
    for i, text in enumerate(sidebar):
        c.setFont("Helvetica", 14 if text in ("Skills", "Education", "Languages") else 8)
        c.drawRightString(580, 640 - 30 * i, text)
    for n in range(6):
        y = 615 - 50 * n
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, y, f"Engineering Manager {n}")
        c.setFont("Helvetica", 8)
        c.drawRightString(380, y, f"Jan {2020 - n} - Dec {2020 - n}")
        c.drawString(30, y - 12, f"Company {n} · Stockholm")
        c.drawString(36, y - 24, "· Led the team that runs the ledger")
    c.save()
    return path


def test_read_pdf_sidebar_beside_right_aligned_dates(tmp_path: Path) -> None:
    # The gutter is the empty band between the two columns: the dates set flush right against it stay with their
    # entries, and the sidebar is read after the main column.
    doc = read_document(_sidebar_page(tmp_path / "side.pdf"))
    texts = [ln.text for ln in doc.lines]
    assert "Engineering Manager 0 | Jan 2020 - Dec 2020" in texts
    assert "Engineering Manager 5 | Jan 2015 - Dec 2015" in texts
    assert texts.index("Company 5 · Stockholm") < texts.index("Skills") < texts.index("Go")


def test_read_pdf_contact_block_beside_the_name_read_after_it(tmp_path: Path) -> None:
    texts = [ln.text for ln in read_document(_sidebar_page(tmp_path / "side.pdf")).lines]
    assert texts[:2] == ["Ann", "Lindqvist-Berg"]
    assert texts.index("ann@example.com") < texts.index("Experience")
    assert not any("@" in t and "Ann" in t for t in texts)


def test_read_pdf_heading_size_not_taken_from_a_name_over_two_lines(tmp_path: Path) -> None:
    # The name's two lines in one large size are one block, not two headings: the section headings' size is 14 pt.
    doc = read_document(_sidebar_page(tmp_path / "side.pdf"))
    assert {"Experience", "Skills", "Education", "Languages"} <= {ln.text for ln in doc.lines if ln.heading}


def test_read_pdf_short_right_sidebar_under_a_centred_name(tmp_path: Path) -> None:
    # A centred name runs across the gutter at the top; below it a sidebar fills only the top of the page beside a
    # main column that runs to the bottom: still two columns, the sidebar read after the main one.
    rows = [(200, 750, "ANN LEE-BERGSTROM", 16)]
    rows += [
        (380, 700 - 30 * i, t, 8)
        for i, t in enumerate(
            ["CONTACT", "ann@example.com", "+46 70 123 45 67", "Stockholm", "SKILLS", "Go", "Kafka", "Scala"]
        )
    ]
    for n in range(8):
        y = 700 - 80 * n
        rows += [(40, y, f"Company {n}", 9), (40, y - 12, f"Jan {2020 - n} - Dec {2020 - n}", 8)]
        rows += [(40, y - 24, "Engineering Manager", 9), (50, y - 36, "Led the team that runs the ledger", 8)]
    texts = [ln.text for ln in read_document(_pdf(tmp_path / "side.pdf", rows)).lines]
    assert "Company 0" in texts and "Jan 2020 - Dec 2020" in texts  # no sidebar line ran into them
    assert texts.index("Company 7") < texts.index("CONTACT") < texts.index("Scala")


def test_read_pdf_section_name_in_a_left_margin_is_its_own_heading(tmp_path: Path) -> None:
    # "Work" set large in a left margin on the baseline of the first entry's header: two lines, the heading first.
    rows = [(200, 740, "Ann Lee", 28)]
    for n, name in enumerate(["Work", "Education", "Skills"]):
        y = 680 - 200 * n
        rows += [(60, y, name, 20), (200, y + 1, f"Heading {n}", 16)]
        rows += [(200, y - 18 - 16 * i, f"body line {i} of part {n}", 10) for i in range(6)]
    lines = read_document(_pdf(tmp_path / "margin.pdf", rows)).lines
    texts = [ln.text for ln in lines]
    assert texts[texts.index("Work") + 1] == "Heading 0"
    assert [ln.text for ln in lines if ln.heading][-3:] == ["Work", "Education", "Skills"]


def test_read_pdf_bullet_glyph_set_larger_is_no_margin_heading(tmp_path: Path) -> None:
    rows = [(40, 740, "Ann Lee", 20), (40, 700, "Experience", 14)]
    for i in range(8):
        rows += [(40, 680 - 16 * i, "•", 14), (52, 680 - 16 * i, f"Shipped release {i} of the ledger", 9)]
    lines = read_document(_pdf(tmp_path / "bullets.pdf", rows)).lines
    assert [ln.text for ln in lines if ln.bullet] == [f"Shipped release {i} of the ledger" for i in range(8)]


def test_read_pdf_margin_date_set_larger_than_the_text_beside_it_joins_its_entry(tmp_path: Path) -> None:
    rows = [(146, 740, "Ann Lee", 20), (146, 700, "Experience", 14)]
    for n in range(3):
        y = 680 - 80 * n
        rows += [(60, y, f"June {2020 - n} –", 11), (146, y, f"Developer, Company {n}", 11)]
        rows += [(100, y - 14, "Present", 11), (146, y - 14, "Worked on the development of the project.", 9)]
        rows += [(146, y - 28 - 12 * i, "Implemented the services behind the frontend.", 9) for i in range(3)]
    texts = [ln.text for ln in read_document(_pdf(tmp_path / "margin-dates.pdf", rows)).lines]
    assert "Developer, Company 0 | June 2020 – Present" in texts


def test_read_pdf_place_set_between_heading_and_body_size_is_no_heading(tmp_path: Path) -> None:
    # Headings in small bold capitals (9 pt), body 10.5 pt, and a place under each entry's header at 9.8 pt: the
    # place is larger than the headings but smaller than the text, so it is not taken for a name or a heading.
    c = canvas.Canvas(str(tmp_path / "caps.pdf"), pagesize=letter)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, 740, "Ann Lee")
    y = 700
    for heading in ("WORK EXPERIENCE", "EDUCATION"):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, heading)
        for n in range(2):
            c.setFont("Helvetica", 11)
            c.drawString(40, y - 20, f"Engineer {n} at Company {n}")
            c.setFont("Helvetica", 9.8)
            c.drawString(40, y - 34, "Copenhagen")
            c.setFont("Helvetica", 10.5)
            c.drawString(40, y - 48, "Built the services that ingest the meter readings every night.")
            y -= 60
        y -= 30
    c.save()
    lines = read_document(tmp_path / "caps.pdf").lines
    assert [ln.text for ln in lines if ln.heading] == ["Ann Lee", "WORK EXPERIENCE", "EDUCATION"]


@pytest.mark.parametrize(("module", "sample"), [("pypdfium2", "resume.pdf"), ("docx.oxml.ns", None)])
def test_read_missing_module_is_a_bug_not_a_broken_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, sample: str | None
) -> None:
    # A half-installed tailor once told users their PDFs were "incomplete" (ModuleNotFoundError caught
    # with the parser's errors); the install is what is broken, so it must not read as bad input.
    if sample is None:
        path = tmp_path / "cv.docx"
        doc = docx.Document()
        doc.add_paragraph("Ada Lovelace")
        doc.save(str(path))
    else:
        path = Path(__file__).parent.parent / "samples" / sample
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError):
        read_document(path)


# --- issue 11: link targets behind the text ----------------------------------------------------------------


def test_issue_11_pdf_link_annotations_are_read_and_never_fetched(tmp_path: Path) -> None:
    # "GitHub | Email | LinkedIn": the addresses are only in the links behind the words
    path = tmp_path / "links.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "GitHub | Email | LinkedIn")
    c.linkURL("https://github.com/ann-lee", (72, 695, 110, 710))
    c.linkURL("mailto:ann.lee%40example.org?subject=Hello", (120, 695, 150, 710))
    c.linkURL("https://www.linkedin.com/in/ann-lee/", (160, 695, 210, 710))
    c.linkURL("javascript:alert(1)", (72, 600, 110, 610))
    c.drawString(72, 650, "Experience")
    c.save()
    assert read_document(path).links == (
        "https://github.com/ann-lee",
        "mailto:ann.lee@example.org",
        "https://www.linkedin.com/in/ann-lee/",
    )


def test_issue_11_docx_hyperlinks_are_read_from_the_body_and_the_header(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ann Lee | Email"
    document.sections[0].header.part.relate_to("mailto:ann@example.org", RT.HYPERLINK, is_external=True)
    document.add_paragraph("LinkedIn")
    document.part.relate_to("https://www.linkedin.com/in/ann-lee", RT.HYPERLINK, is_external=True)
    path = tmp_path / "links.docx"
    document.save(str(path))
    assert set(read_document(path).links) == {"mailto:ann@example.org", "https://www.linkedin.com/in/ann-lee"}


def test_issue_11_a_running_header_stays_on_the_first_page_only(tmp_path: Path) -> None:
    # Word prints the header (contact details) on every page: a running header, but the first page's is the letterhead
    path = tmp_path / "header.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    for page in range(2):
        c.setFont("Helvetica", 9)
        c.drawString(72, 750, "12 Harbour Road, Leeds | (555) 010-0199 | ann.lee@example.org")
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"Body line {page}")
        c.drawString(72, 680, f"More body text {page}")
        c.showPage()
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert [t for t in texts if "ann.lee@example.org" in t] == texts[:1]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("r.md", "# Ann Lee\n[Email](mailto:ann@example.org) | <https://github.com/annlee>\n\n## Experience\n"),
        (
            "r.html",
            '<h1>Ann Lee</h1><p><a href="mailto:ann@example.org">Email</a> | '
            '<a href="https://github.com/annlee">GitHub</a></p><h2>Experience</h2>',
        ),
    ],
)
def test_issue_11_markdown_and_html_links_are_read(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    doc = read_document(path)
    assert "ann@example.org" not in doc.text
    assert doc.links == ("mailto:ann@example.org", "https://github.com/annlee")


def _small_caps(c: canvas.Canvas, x: float, y: float, words: list[str], size: float) -> None:
    """Words in CSS small capitals as Chrome prints them: each capital a run of its own, larger, beside its
    letter-spaced lower case (the text layer keeps the lower case)."""
    for word in words:
        c.setFont("Helvetica", size * 1.4)
        c.drawString(x, y, word[0])
        x += c.stringWidth(word[0], "Helvetica", size * 1.4) + 0.15 * size
        text = c.beginText(x, y)
        text.setFont("Helvetica", size)
        text.setCharSpace(0.15 * size)
        text.textOut(word[1:])
        text.setCharSpace(0)  # the text state outlives the text object
        c.drawText(text)
        x += c.stringWidth(word[1:], "Helvetica", size) + 0.15 * size * len(word[1:]) + 0.5 * size


def _left_cell_page(path: Path) -> Path:
    """A JSON Resume theme laid out as a table: section names in small capitals and each entry's dates in a left
    cell; the entries (header and bullets) in the right cell, the dates of the first entry under the section's name."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 17)
    c.drawString(220, 740, "Ann Lee")
    c.setFont("Helvetica", 9)
    c.drawString(220, 725, "ann.lee@example.com")
    y = 690
    for section, entries in (
        (
            "Work Experience",
            [
                "Director of Engineering at Thamesview Health",
                "Senior Engineering Manager at Lumen Travel Ltd",
                "Engineering Manager at Lumen Travel Ltd",
            ],
        ),
        ("Education", ["University of Manchester"]),
    ):
        _small_caps(c, 62, y, section.split(), 9)
        for n, header in enumerate(entries):
            dates = (f"{2023 - 3 * n}-05-01", "Present" if n == 0 else f"{2026 - 3 * n}-04-30")
            c.setFont("Helvetica-Bold", 7.6)
            c.drawString(62, y - 18 if n == 0 else y - 2, dates[0])
            c.setFont("Helvetica-Bold", 5.2)
            c.drawString(108, y - 18 if n == 0 else y - 2, "to")
            c.setFont("Helvetica-Bold", 7.6)
            c.drawString(119, y - 18 if n == 0 else y - 2, dates[1])
            c.setFont("Helvetica-Bold", 9)
            c.drawString(217, y, header)
            c.setFont("Helvetica", 9)
            for k in range(2):
                c.drawString(241, y - 14 - 15 * k, f"• Led {k + 3} teams shipping the booking apps every week")
            y -= 55
        y -= 20
    c.save()
    return path


def test_issue_11_small_caps_section_names_and_dates_in_a_left_cell(tmp_path: Path) -> None:
    # The left cell holds only section names and dates: it is a margin read beside its rows, not a column read
    # first (which had left every entry without its dates and the résumé refused with exit 5).
    texts = [ln.text for ln in read_document(_left_cell_page(tmp_path / "cell.pdf")).lines]
    assert "Work Experience" in texts and "Education" in texts
    assert "Director of Engineering at Thamesview Health | 2023-05-01 to Present" in texts
    assert "Senior Engineering Manager at Lumen Travel Ltd | 2020-05-01 to 2023-04-30" in texts
    assert texts.index("Work Experience") < texts.index(
        "Director of Engineering at Thamesview Health | 2023-05-01 to Present"
    )


def test_issue_11_dates_wrapped_in_a_pdf_margin_join_the_line_they_start_beside(tmp_path: Path) -> None:
    # A LaTeX CV class sets each entry's dates flush right in a left margin, wrapped there over two or three
    # lines ("October 2023 -" beside the header, "Present" beside the subtitle under it).
    path = tmp_path / "margin.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(130, 700, "Experience")
    entries = [
        (["October 2023 -", "Present"], "Delivery Lead, Halden Systems, Manchester, (Client)", "Engineering Lead"),
        (["Jan 2010–Apr", "2012"], "Technical Lead, Sabertooth Software, San Antonio, TX", "Platform"),
        (["Jun", "2019–Dec", "2021"], "Senior Director of Engineering, Brightpath Payments", "Payments"),
    ]
    y = 680
    for dates, header, subtitle in entries:
        c.setFont("Helvetica", 10)
        for k, piece in enumerate(dates):
            c.drawRightString(120, y - 13 * k, piece)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(130, y, header)
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(130, y - 13, subtitle)
        c.drawString(140, y - 26, "Ran the weekly release train for four product teams")
        y -= 70
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert texts[1:4] == [
        "Delivery Lead, Halden Systems, Manchester, (Client) | October 2023 - Present",
        "Engineering Lead",
        "Ran the weekly release train for four product teams",
    ]
    assert "Technical Lead, Sabertooth Software, San Antonio, TX | Jan 2010–Apr 2012" in texts
    assert "Senior Director of Engineering, Brightpath Payments | Jun 2019–Dec 2021" in texts
    assert "Platform" in texts and "Payments" in texts


@pytest.mark.parametrize("rise", [3.0, 4.6])
def test_issue_11_superscript_ordinal_stays_in_its_title(tmp_path: Path, rise: float) -> None:
    # Word and browsers raise "nd" by a third of an em or more, past what a baseline may wander: left apart, the
    # title read "Senior 2 Line Support Engineer".
    path = tmp_path / "sup.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    x = 72.0
    for text, size, up in (("Senior 2", 10, 0.0), ("nd", 5.8, rise), (" Line Support Engineer | 2019 – 2021", 10, 0.0)):
        c.setFont("Helvetica", size)
        c.drawString(x, 700 + up, text)
        x += c.stringWidth(text, "Helvetica", size)
    c.save()
    assert [ln.text for ln in read_document(path).lines] == ["Senior 2nd Line Support Engineer | 2019 – 2021"]


def test_issue_11_right_sidebar_read_first_when_the_main_column_runs_on_to_the_next_page(tmp_path: Path) -> None:
    # A theme with a narrow right sidebar on page 1 and the rest of the main column on page 2: read left then
    # right, the sidebar's last section ("Skills") took the roles of page 2.
    path = tmp_path / "runs-on.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(200, 750, "ANN LEE")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 700, "WORK EXPERIENCE")
    for side, y in (("CONTACT", 700), ("SKILLS", 560)):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(380, y, side)
        c.setFont("Helvetica", 7)
        for k, item in enumerate(("ann@example.com", "Go | Kafka", "Hiring", "Roadmaps", "Mentoring")):
            c.drawString(390, y - 14 - 11 * k, item)
    for n in range(10):
        if n == 6:
            c.showPage()
        y = 680 - 70 * n if n < 6 else 750 - 70 * (n - 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y, f"Company {n} | Austin, TX")
        c.setFont("Helvetica", 7)
        c.drawString(46, y - 11, f"January {2020 - 2 * n} – December {2021 - 2 * n}")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y - 24, "Engineering Manager")
        c.setFont("Helvetica", 7)
        c.drawString(56, y - 37, "Led a team of eight engineers; ran hiring for the backend group")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 750 - 70 * 4, "AWARDS")
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert texts.index("SKILLS") < texts.index("WORK EXPERIENCE") < texts.index("Company 9 | Austin, TX")


def test_issue_11_word_table_with_dates_in_the_left_cell_between_full_width_text(tmp_path: Path) -> None:
    # A Word table: each entry's dates in a left cell, the entry in the right one; a profile above and a skills
    # paragraph across the page below. Only what stands beside the right column says whether the left is a margin.
    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(57, 730, "Ann Lee")
    c.setFont("Helvetica", 10)
    c.drawString(57, 700, "Engineering manager who grew a platform team from four to fourteen engineers while keeping")
    c.drawString(57, 687, "hands-on with Go.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(57, 660, "Work History")
    y = 645
    for n in range(9):
        c.setFont("Helvetica", 9)
        c.drawString(57, y, f"0{n + 1}/{2020 - 2 * n} – 0{n + 1}/{2022 - 2 * n}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(306, y, f"Company {n}")
        c.setFont("Helvetica", 10)
        c.drawString(306, y - 13, "Software Engineer")
        c.drawString(306, y - 26, "\u2022")
        c.drawString(324, y - 26, "Built Go services for smart-meter ingestion with")
        c.drawString(324, y - 39, "Kafka and PostgreSQL")
        y -= 58
    c.setFont("Helvetica-Bold", 12)
    c.drawString(57, y, "Skills")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(57, y - 18, "Leadership:")
    c.setFont("Helvetica", 10)
    c.drawString(120, y - 18, "people management, hiring, mentoring, performance management, roadmap planning")
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert texts.index("Work History") < texts.index("Company 0 | 01/2020 – 01/2022") < texts.index("Skills")
    assert "Company 8 | 09/2004 – 09/2006" in texts


def test_issue_11_narrow_left_sidebar_set_flush_right_beside_entries_dated_at_their_left(tmp_path: Path) -> None:
    # A narrow left sidebar (contact, social links, a technology list) set flush right, beside a main column
    # whose entries open with their dates ("2019 - now   Lead Engineer   Orbital Data, Lyon"): the sidebar's
    # ragged left edge had been taken for where the columns start, and every role was lost.
    from tailor.resume import parse_resume

    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 670.0
    for text, heading in (
        ("CONTACT", True),
        ("+33 6 12 34 56 78", False),
        ("ann.lee@example.com", False),
        ("Lyon, France", False),
        ("SOCIAL", True),
        ("github.com/annlee", False),
        ("linkedin.com/in/annlee", False),
        ("TECHNOLOGIES", True),
        ("Python", False),
        ("Kubernetes", False),
        ("PostgreSQL", False),
        ("Go", False),
        ("Terraform", False),
    ):
        c.setFont("Helvetica-Bold" if heading else "Helvetica", 11 if heading else 8)
        c.drawRightString(150, y, text)
        y -= 22 if heading else 14
    c.setFont("Helvetica-Bold", 22)
    c.drawString(190, 730, "Ann Lee")
    y = 670.0
    for heading, entries in (
        (
            "EXPERIENCE",
            [
                ("2019 - now", "Lead Engineer", "Orbital Data, Lyon"),
                ("2015 - 2019", "Software Engineer", "Mistral Labs, Paris"),
                ("2013 - 2015", "Junior Developer", "Atelier Web, Grenoble"),
            ],
        ),
        ("EDUCATION", [("2010 - 2013", "Engineer Degree in Computer Science", "INSA, Lyon")]),
    ):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(190, y, heading)
        y -= 22
        for dates, what, where in entries:
            c.setFont("Helvetica", 9)
            c.drawString(190, y, dates)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(265, y, what)
            c.setFont("Helvetica-Oblique", 9)
            c.drawRightString(560, y, where)
            c.setFont("Helvetica", 9)
            c.drawString(275, y - 13, "Built the ingestion platform with a team of six")
            y -= 40
    c.save()
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert texts.index("Terraform") < texts.index("EXPERIENCE")  # the sidebar is read whole, apart from the roles
    roles = parse_resume(doc, dt.date(2024, 1, 1)).roles
    assert [(r.title, r.company, r.location, r.start, r.end) for r in roles] == [
        ("Lead Engineer", "Orbital Data", "Lyon", "2019", "present"),
        ("Software Engineer", "Mistral Labs", "Paris", "2015", "2019"),
        ("Junior Developer", "Atelier Web", "Grenoble", "2013", "2015"),
    ]


def test_issue_11_dates_at_the_edges_of_two_pages_are_no_running_footer(tmp_path: Path) -> None:
    # Two entries' dates fall at a page's edge on two pages: with the figures masked they read alike, as a page
    # number does, and had been dropped as a running header or footer.
    path = tmp_path / "edges.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    entries = [
        ("Head of Engineering", "Wisla Logistics", "02/2021 – 05/2024"),
        ("Lead Backend Engineer", "Tatra Games", "06/2014 – 03/2016"),
        ("Senior Software Engineer", "Amber Telecom", "01/2012 – 05/2014"),
    ]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 740, "Experience")
    for (title, company, dates), y in zip(entries[:2], (700, 110), strict=True):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y, f"{title} — {company}")
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 30, dates)
        c.drawString(90, y - 60, "Built matchmaking in C++ and Redis")
    c.showPage()
    title, company, dates = entries[2]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 750, f"{title} — {company}")
    c.setFont("Helvetica", 10)
    c.drawString(72, 716, dates)
    c.drawString(90, 686, "Billing mediation in Java")
    c.save()
    texts = [ln.text for ln in read_document(path).lines]
    assert [t for t in texts if re.fullmatch(r"\d\d/\d{4} – \d\d/\d{4}", t)] == [e[2] for e in entries]


def test_issue_11_left_sidebar_with_the_name_and_entries_whose_company_follows_the_title_closely(
    tmp_path: Path,
) -> None:
    # The name block and "Address"/"Contact"/"Social (click)"/"Technologies" in a narrow left sidebar set flush
    # right; a main column of "Personal Philosophy", "Education", "Experience" whose entries print the dates, the
    # title in bold and, an em or so after it in italics, the company and its place ("Orange, Paris, France":
    # a company named like a town). The title and the company had run together into one title.
    from tailor.resume import parse_resume

    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0
    for text, size in [("Jean", 20), ("Dupont", 20), ("Address", 11), ("12 rue de la Paix", 9), ("75002 Paris", 9)]:
        c.setFont("Helvetica-Bold" if size > 9 else "Helvetica", size)
        c.drawRightString(160, y, text)
        y -= 24 if size > 11 else 14
    for head, items in [
        ("Contact", ["+33 6 12 34 56 78", "jean.dupont@example.com"]),
        ("Social (click)", ["github.com/jdupont", "linkedin.com/in/jdupont"]),
        ("Technologies", ["Kubernetes", "Terraform", "AWS", "Python", "Go", "Ansible"]),
    ]:
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(160, y - 10, head)
        y -= 25
        for item in items:
            c.setFont("Helvetica", 9)
            c.drawRightString(160, y, item)
            y -= 12
    y = 740.0

    def heading(text: str) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold", 14)
        c.drawString(172, y, text)
        y -= 20

    heading("Personal Philosophy")
    c.setFont("Helvetica", 10)
    c.drawString(172, y, "I build platforms that let small teams ship safely and often.")
    y -= 24
    for section, entries in [
        ("Education", [("2004 - 2009", "MSc Computer Science", "INSA, Lyon, France")]),
        (
            "Experience",
            [
                ("2016 - now", "Lead cloud DevOps architect", "Orange, Paris, France"),
                ("2012 - 2016", "DevOps engineer", "Capgemini, Lyon, France"),
                ("2009 - 2012", "Software developer", "Sopra, Toulouse, France"),
            ],
        ),
    ]:
        heading(section)
        for dates, title, org in entries:
            c.setFont("Helvetica", 10)
            c.drawString(172, y, dates)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(267, y, title)
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(422, y, org)
            c.setFont("Helvetica", 9)
            c.drawString(267, y - 14, "Led the migration of the delivery pipelines to Kubernetes.")
            y -= 34
    c.save()
    roles = parse_resume(read_document(path), dt.date(2025, 6, 1)).roles
    assert [(r.title, r.company, r.location, r.start, r.end) for r in roles] == [
        ("Lead cloud DevOps architect", "Orange", "Paris, France", "2016", "present"),
        ("DevOps engineer", "Capgemini", "Lyon, France", "2012", "2016"),
        ("Software developer", "Sopra", "Toulouse, France", "2009", "2012"),
    ]
    assert min(r.confidence for r in roles) >= 0.9


def test_issue_11_table_row_with_a_list_cell_drawn_with_shape_bullets(tmp_path: Path) -> None:
    # A table per role: the title (wrapped in a narrow cell), the dates, then a list whose bullets are drawn discs.
    # The list's first item shared the title's row, and the title's wrapped end ran into the item's wrapped end.
    from tailor.resume import parse_resume

    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(65, 740, "Ann Lee")
    c.drawString(65, 700, "Work")
    y = 670.0
    for company, title, dates, items in [
        (
            "Sakura Cloud Commerce K.K.",
            ("Senior Site Reliability", "Engineer"),
            "2022-04-01 - Present",
            [("Run Kubernetes clusters on GCP with", "Terraform"), ("Built the observability stack", "")],
        ),
        (
            "Fujimi Media",
            ("Infrastructure Engineer", ""),
            "2019-10-01 - 2022-03-31",
            [("Moved deployments to CI/CD with", "GitHub Actions"), ("Cut build times by half", "")],
        ),
    ]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(65, y, company)
        y -= 16
        c.setFont("Helvetica", 10.8)
        c.drawString(65, y, title[0])
        c.drawString(210, y, dates)
        if title[1]:
            c.drawString(65, y - 12, title[1])
        for first, rest in items:
            c.circle(345, y + 3.5, 1.5, stroke=0, fill=1)
            c.drawString(354, y, first)
            if rest:
                y -= 12
                c.drawString(354, y, rest)
            y -= 12
        y -= 14
    c.setFont("Helvetica-Bold", 16)
    c.drawString(65, y, "Education")
    c.setFont("Helvetica", 10.8)
    c.drawString(65, y - 16, "Waseda University | 2010 - 2014")
    c.save()
    doc = read_document(path)
    assert "Run Kubernetes clusters on GCP with Terraform" in [ln.text for ln in doc.lines if ln.bullet]
    roles = parse_resume(doc, dt.date(2025, 6, 1)).roles
    assert [(r.title, r.company, r.start, r.end, len(r.bullets)) for r in roles] == [
        ("Senior Site Reliability Engineer", "Sakura Cloud Commerce K.K.", "2022-04", "present", 2),
        ("Infrastructure Engineer", "Fujimi Media", "2019-10", "2022-03", 2),
    ]


def _long_left_sidebar_page(path: Path) -> Path:
    """A narrow left sidebar set flush right against a gutter (its own headings, an email split over two lines)
    running down the whole page beside a main column with a name in large type, its own larger headings, and
    entries dated in a sub-column at the main column's left edge."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 760.0
    sidebar = [
        ("Address", ["32450, Villeneuve", "France"]),
        ("Contact", ["+33.600.000.000", "annlee.pro@", "gmail.com"]),
        ("Social (click)", ["github: annlee", "linkedin: annlee"]),
        ("Technologies", ["Python", "Shell", "Ansible", "Terraform", "Docker", "Kubernetes"]),
        ("OS Preference", ["GNU/Linux and BSD", "Unix", "MacOS", "Windows"]),
        ("Methodologies", ["Agile", "Scrum", "Kanban", "Lean"]),
        ("Languages", ["French", "English", "Spanish"]),
    ]
    for head, items in sidebar:
        c.setFont("Helvetica-Bold", 14.3)
        c.drawRightString(150, y, head)  # the headings stand out past the items' edge
        y -= 20
        for item in items:
            c.setFont("Helvetica-Bold" if item[0].isupper() and len(item) < 8 else "Helvetica", 10)
            c.drawRightString(135, y, item)
            y -= 14
        y -= 12
    c.setFont("Helvetica", 39.9)
    c.drawString(176, 740, "Ann Lee")
    c.setFont("Helvetica", 13.9)
    c.drawString(246, 715, "DevOps architect")
    y = 680.0

    def heading(text: str) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold", 17.2)
        c.drawString(173, y, text)
        y -= 22

    heading("Personal Philosophy")
    c.setFont("Helvetica", 10)
    for prose in ("I build platforms that let small teams ship safely and often,", "with automation first."):
        c.drawString(173, y, prose)
        y -= 13
    y -= 10
    heading("Education")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(241, y, "Engineer Degree in Computer Science | Université de Lyon, France | 2010 - 2014")
    y -= 30
    heading("Experience")
    for dates, title, org in [
        ("2016 - now", "Lead cloud DevOps architect", "Mistral Labs, Paris"),
        ("2012 - 2016", "DevOps engineer", "Atelier Web, Lyon"),
        ("2009 - 2012", "Software developer", "Orbital Data, Toulouse"),
    ]:
        c.setFont("Helvetica", 10)
        c.drawString(173, y, dates)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(241, y, title)
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(420, y, org)
        c.setFont("Helvetica", 10)
        c.drawString(241, y - 14, "Design a delivery platform on Kubernetes for forty teams.")
        c.drawString(241, y - 28, "Led the migration of the build pipelines to GitLab CI.")
        y -= 48
    heading("Contributions to open source projects")
    c.setFont("Helvetica", 10)
    c.drawString(241, y, "Maintainer of release tooling used by many projects.")
    c.save()
    return path


def test_read_pdf_long_left_sidebar_set_flush_right_is_read_whole_before_the_main_column(tmp_path: Path) -> None:
    # The sidebar had been read in two pieces: its top before the main column, its rest in the middle of the main
    # column's sections, where it broke up the experience entries (no role read, exit 5).
    from tailor.resume import parse_resume

    doc = read_document(_long_left_sidebar_page(tmp_path / "side.pdf"))
    texts = [ln.text for ln in doc.lines]
    assert texts.index("Spanish") < texts.index("Ann Lee") < texts.index("Experience")
    resume = parse_resume(doc, dt.date(2025, 6, 1))
    assert [(r.title, r.start, r.end) for r in resume.roles] == [
        ("Lead cloud DevOps architect", "2016", "present"),
        ("DevOps engineer", "2012", "2016"),
        ("Software developer", "2009", "2012"),
    ]
    assert resume.contact.name == "Ann Lee" and "Ann Lee" not in [s.heading for s in resume.sections]
    assert resume.contact.email == "annlee.pro@gmail.com"


def test_read_pdf_left_sidebar_over_two_pages_is_read_whole_before_the_main_column(tmp_path: Path) -> None:
    # The experience section runs on to page 2, beside the sidebar's last sections: read page by page, those
    # sections came between the roles, and the sidebar's last heading took the roles of page 2.
    from tailor.resume import parse_resume

    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    roles = [
        ("2016 - now", "Lead cloud DevOps architect", "Mistral Labs, Paris"),
        ("2012 - 2016", "DevOps engineer", "Atelier Web, Lyon"),
        ("2009 - 2012", "Software developer", "Orbital Data, Toulouse"),
    ]
    sidebars = [
        [("Contact", ["+33.600.000.000", "annlee.pro@", "gmail.com"]), ("Technologies", ["Python", "Terraform"])],
        [("Languages", ["French", "English"]), ("Hobbies", ["Climbing", "Chess"])],
    ]
    for page, (sidebar, entries) in enumerate(zip(sidebars, (roles[:2], roles[2:]), strict=True)):
        y = 765.0  # off the main column's baselines: not a table of labels and values
        for head, items in sidebar * 3:  # long enough to stand beside the whole main column
            c.setFont("Helvetica-Bold", 14.3)
            c.drawRightString(150, y, head)
            y -= 20
            for item in items:
                c.setFont("Helvetica", 10)
                c.drawRightString(135, y, item)
                y -= 14
            y -= 12
        y = 740.0
        if page == 0:
            c.setFont("Helvetica", 39.9)
            c.drawString(176, y, "Ann Lee")
            c.setFont("Helvetica-Bold", 17.2)
            c.drawString(173, y - 50, "Experience")
            y -= 80
        for dates, title, org in entries:
            c.setFont("Helvetica", 10)
            c.drawString(173, y, dates)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(241, y, title)
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(420, y, org)
            c.setFont("Helvetica", 10)
            for k in range(1, 12):
                c.drawString(241, y - 14 * k, f"Delivered platform milestone {k} with the delivery teams.")
            y -= 180
        c.showPage()
    c.save()
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert texts.index("Chess") < texts.index("Ann Lee")
    resume = parse_resume(doc, dt.date(2025, 6, 1))
    expected = [(t, d[:4], "present" if "now" in d else d[-4:]) for d, t, _ in roles]
    assert [(r.title, r.start, r.end) for r in resume.roles] == expected
    assert resume.contact.name == "Ann Lee" and resume.contact.email == "annlee.pro@gmail.com"


_GRID_SIDEBAR = [
    ("CONTACT", True),
    ("ann.lee@example.com", False),
    ("+1 503 555 0142", False),
    ("Portland, OR", False),
    ("SKILLS", True),
    ("Python", False),
    ("Kubernetes", False),
    ("PostgreSQL", False),
    ("Terraform", False),
    ("Team leadership", False),
    ("Hiring", False),
    ("LANGUAGES", True),
    ("English (native)", False),
    ("Spanish (fluent)", False),
    ("EDUCATION", True),
    ("BSc Computer Science", False),
    ("Oregon State University", False),
    ("2008 - 2012", False),
    ("INTERESTS", True),
    ("Climbing", False),
    ("Chess", False),
    ("Long-distance trail running", False),  # the widest line, at the bottom of a centred sidebar
]
_GRID_ROLES = [
    ("Director of Engineering", "Northwind Traders", "Jan 2021 - Present"),
    ("Engineering Manager", "Contoso Ltd", "Mar 2017 - Dec 2020"),
    ("Senior Software Engineer", "Fabrikam Inc", "Jun 2014 - Feb 2017"),
    ("Software Engineer", "Litware", "Jul 2012 - May 2014"),
]


def _grid_sidebar_page(path: Path, align: str, gutter: float) -> Path:
    """A left sidebar beside the main column, both on one 14 pt baseline grid as a CSS grid prints them: nearly
    every line of the main column shares its baseline with a sidebar line. The sidebar is centred, flush right, or
    flush left with each item after a bullet glyph set in a font of its own."""
    c = canvas.Canvas(str(path), pagesize=letter)
    left, edge, pitch = 40.0, 190.0, 14.0
    for n, (text, heading) in enumerate(_GRID_SIDEBAR):
        y = 720 - n * pitch
        c.setFont("Helvetica-Bold" if heading else "Helvetica", 10 if heading else 9)
        if align == "centre":
            c.drawCentredString((left + edge) / 2, y, text)
        elif align == "right":
            c.drawRightString(edge, y, text)
        elif heading:
            c.drawString(left, y, text)
        else:
            c.setFont("ZapfDingbats", 6)
            c.drawString(left, y, "l")
            c.setFont("Helvetica", 9)
            c.drawString(left + 10, y, text)
    x = edge + gutter
    c.setFont("Helvetica-Bold", 20)
    c.drawString(x, 720, "Ann Lee")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x, 720 - 2 * pitch, "EXPERIENCE")
    row = 3
    for title, company, dates in _GRID_ROLES:
        for font, text in (
            ("Helvetica-Bold", title),
            ("Helvetica", f"{company}, Portland, OR"),
            ("Helvetica", dates),
            ("Helvetica", "- Grew the platform group from six to twenty engineers."),
            ("Helvetica", "- Cut the time to deploy from forty minutes to six."),
        ):
            c.setFont(font, 9)
            c.drawString(x, 720 - row * pitch, text)
            row += 1
        row += 1
    c.save()
    return path


@pytest.mark.parametrize("align", ["centre", "right", "left"])
@pytest.mark.parametrize("gutter", [12, 40])
def test_issue_11_sidebar_sharing_the_main_columns_baselines_is_read_whole(
    tmp_path: Path, align: str, gutter: float
) -> None:
    # A sidebar whose lines share their baselines with the main column's (a CSS grid) had been taken for a table
    # of labels and values and read row by row: "Python | Engineering Manager", "SKILLS" as an employer, and a
    # real résumé refused with "no role could be read from the experience section".
    from tailor.resume import parse_resume

    doc = read_document(_grid_sidebar_page(tmp_path / "grid.pdf", align, gutter))
    texts = [ln.text for ln in doc.lines]
    sidebar = [text for text, _ in _GRID_SIDEBAR]
    assert [t for t in texts if t in sidebar] == sidebar  # every sidebar line whole, on a line of its own, in order
    assert texts.index("Long-distance trail running") < texts.index("EXPERIENCE")  # before the main column
    roles = parse_resume(doc, dt.date(2026, 1, 1)).roles
    assert [(r.title, r.company) for r in roles] == [(t, c) for t, c, _ in _GRID_ROLES]


def test_issue_11_css_grid_sidebar_printed_by_a_browser_engine(tmp_path: Path) -> None:
    # The same layout as most HTML résumés: a CSS grid with a centred sidebar and one line height, printed to PDF by
    # an HTML engine (WeasyPrint here; Chrome does the same), so the two columns share their baselines.
    import weasyprint

    from tailor.resume import parse_resume

    side = "".join(f"<h2>{t}</h2>" if head else f"<p>{t}</p>" for t, head in _GRID_SIDEBAR)
    main = "".join(
        f"<h3>{t}</h3><p>{c} · Portland, OR</p><p>{d}</p><ul><li>Grew the platform group from six to twenty.</li></ul>"
        for t, c, d in _GRID_ROLES
    )
    html = (
        "<html><head><meta charset='utf-8'><style>@page { size: A4; margin: 15mm }"
        "body { font: 10pt/14pt 'DejaVu Sans', sans-serif; margin: 0 }"
        ".grid { display: grid; grid-template-columns: 30% 1fr; column-gap: 6mm } aside { text-align: center }"
        "h1 { font-size: 20pt; line-height: 28pt; margin: 0 0 14pt } h2, h3 { font-size: 10pt; margin: 0 }"
        "h2 { text-transform: uppercase } p, ul { margin: 0 } h3 { margin-top: 14pt }</style></head><body>"
        f"<div class='grid'><aside>{side}</aside><main><h1>Ann Lee</h1><h2>Experience</h2>{main}</main></div>"
        "</body></html>"
    )
    path = tmp_path / "grid.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    roles = parse_resume(read_document(path), dt.date(2026, 1, 1)).roles
    assert [(r.title, r.company, r.start) for r in roles] == [
        ("Director of Engineering", "Northwind Traders", "2021-01"),
        ("Engineering Manager", "Contoso Ltd", "2017-03"),
        ("Senior Software Engineer", "Fabrikam Inc", "2014-06"),
        ("Software Engineer", "Litware", "2012-07"),
    ]


def _three_columns(path: Path) -> Path:
    """A sidebar (x 45), a column of dates alone (x 173) and the entries (x 241), the main column's headings at x 173,
    dates as months and two-digit years; on page 2, where the experience starts, the sidebar is short; page 3 holds
    the sidebar's last section beside the education."""
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, sidebar in enumerate(
        [
            [("Contact", ["+234 803 555 0101", "daniel@example.com"]), ("Skills", ["Python", "Go", "Kubernetes"])] * 2,
            [("Languages", ["English", "Yoruba", "French"])],
        ]
    ):
        y = 740.0
        for head, items in sidebar:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(45, y, head)
            for item in items:
                y -= 14
                c.setFont("Helvetica", 10)
                c.drawString(45, y, item)
            y -= 28
        c.setFont("Helvetica-Bold", 17)
        c.drawString(173, 740, ["Profile", "Experience"][page])
        y = 714.0
        for n in range(4):
            c.setFont("Helvetica", 10)
            if page == 0:
                c.drawString(173, y, "Open source")
                c.drawString(241, y, f"Project {n} | Maintainer of a small payments library")
                y -= 60
                continue
            dates, title, org = _THREE_ROLES[n]
            c.drawString(173, y, dates)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(241, y, f"{title} | {org}")
            c.setFont("Helvetica", 10)
            for k in range(1, 5):
                c.drawString(241, y - 14 * k, f"Delivered platform milestone {k} with the delivery teams.")
            y -= 90
        c.showPage()
    # page 3: too little text to show a gutter of its own; the columns of the pages before run on
    c.setFont("Helvetica-Bold", 14)
    c.drawString(45, 740, "Links")
    c.setFont("Helvetica", 10)
    c.drawString(45, 726, "github.com/dokoye")
    c.setFont("Helvetica-Bold", 17)
    c.drawString(173, 740, "Education")
    c.setFont("Helvetica", 10)
    c.drawString(173, 714, "2008 - 2012")
    c.drawString(241, 714, "BSc Computer Science | University of Lagos")
    c.save()
    return path


_THREE_ROLES = [
    ("11-19 - Now", "Technical Director", "Acme Robotics, Lagos, Nigeria"),
    ("04-17 - 10-19", "Engineering Manager", "Northwind Payments, Lagos, Nigeria"),
    ("09-16 - 03-17", "Senior Software Engineer", "Fabrikam Ltd, Abuja, Nigeria"),
    ("01-12 - 08-16", "Software Engineer", "Litware, Abuja, Nigeria"),
]


def test_issue_11_sidebar_beside_a_column_of_dates_beside_the_entries(tmp_path: Path) -> None:
    # sidebar | dates | entries: the columns had been parted between the dates and the entries, so the dates were
    # read with the sidebar, sorted among its items, and no role could be read from the experience section.
    from tailor.resume import parse_resume

    doc = read_document(_three_columns(tmp_path / "three.pdf"))
    texts = [ln.text for ln in doc.lines]
    assert texts.index("French") < texts.index("Experience")  # the sidebar apart, not between the dates
    assert texts[-4:] == [
        "Links",
        "github.com/dokoye",
        "Education",
        "BSc Computer Science | University of Lagos | 2008 - 2012",
    ]
    roles = parse_resume(doc, dt.date(2026, 6, 1)).roles
    assert [(r.title, r.company, r.location, r.start, r.end) for r in roles] == [
        ("Technical Director", "Acme Robotics", "Lagos, Nigeria", "2019-11", "present"),
        ("Engineering Manager", "Northwind Payments", "Lagos, Nigeria", "2017-04", "2019-10"),
        ("Senior Software Engineer", "Fabrikam Ltd", "Abuja, Nigeria", "2016-09", "2017-03"),
        ("Software Engineer", "Litware", "Abuja, Nigeria", "2012-01", "2016-08"),
    ]


def test_issue_11_the_wrapped_tail_of_a_line_is_no_heading(tmp_path: Path) -> None:
    # A bullet that wraps in a narrow column leaves one word on the next line ("... services on" / "AWS"); set in
    # capitals it looked like a heading, started a section of its own, and the roles below it were lost.
    from tailor.resume import parse_resume

    path = tmp_path / "wrap.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 740, "Ann Lee")
    c.setFont("Helvetica", 10)
    c.drawString(72, 724, "ann.lee@example.com")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 696, "EXPERIENCE")
    y = 676.0
    for title, dates in (
        ("VP of Engineering", "Jun 2019 - Dec 2021"),
        ("Director of Engineering", "Mar 2017 - May 2019"),
    ):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, title)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 13, "Brightpath Payments, Inc.")
        c.drawString(72, y - 26, dates)
        c.circle(66, y - 36, 1.5, fill=1)
        c.drawString(72, y - 39, "Set the technical strategy for the move to event-driven services on")
        c.drawString(72, y - 52, "AWS")
        y -= 80
    c.save()
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert (
        "AWS" not in texts
        and texts.count("Set the technical strategy for the move to event-driven services on AWS") == 2
    )
    roles = parse_resume(doc, dt.date(2026, 6, 1)).roles
    assert [(r.title, r.start) for r in roles] == [
        ("VP of Engineering", "2019-06"),
        ("Director of Engineering", "2017-03"),
    ]


def test_issue_11_centred_sidebar_reaching_the_column_of_dates(tmp_path: Path) -> None:
    # The refused résumé's page 2, as the lead measured it: a centred sidebar whose widest items come close to the
    # dates (one runs past their left edge), a sidebar heading on the baseline of a date and its title, the
    # employer set smaller and 2 pt lower at the right, and the main column's heading over the dates.
    from tailor.resume import parse_resume

    roles = [
        ("03-16 - Now", "Lead cloud DevOps architect", "Mistral Labs, Paris, France"),
        ("04-14 - 04-16", "DevOps architect", "Atelier Web, Lyon, France"),
        ("09-12 - 03-14", "DevOps engineer", "Orbital Data, Toulouse, France"),
        ("01-10 - 08-12", "Software developer", "Nimbus Soft, Nantes, France"),
    ]
    sidebar = [
        ("Character", ["Passionate", "Curious and rigorous", "Team player"]),
        ("Personal Skills", ["Kubernetes and Terraform", "Python", "Linux"]),
        ("Languages", ["French (native)", "English (fluent)"]),
        ("Hobbies", ["Climbing", "Chess"]),
    ]
    path = tmp_path / "three.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    for (head, items), top in zip(sidebar, (712, 596, 500, 430), strict=True):  # "Personal Skills" on a date's line
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(121, top, head)
        for k, item in enumerate(items, 1):
            c.setFont("Helvetica", 10)
            c.drawCentredString(121, top - 16 * k, item)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(173, 732, "Experience")
    y = 706.0
    for dates, title, org in roles:
        c.setFont("Helvetica", 10)
        c.drawString(173, y, dates)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(241, y, title)
        c.setFont("Helvetica", 8)
        c.drawString(439, y - 2, f"| {org}")
        c.setFont("Helvetica", 10)
        for k in range(1, 8):
            c.drawString(241, y - 12 * k, f"Ran the platform migration step {k} with the delivery teams.")
        y -= 110
    c.save()
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert texts.index("Chess") < texts.index("Experience")  # the sidebar whole, apart from the entries
    read = parse_resume(doc, dt.date(2026, 6, 1)).roles
    assert [(r.title, r.company, r.start, r.end) for r in read] == [
        ("Lead cloud DevOps architect", "Mistral Labs", "2016-03", "present"),
        ("DevOps architect", "Atelier Web", "2014-04", "2016-04"),
        ("DevOps engineer", "Orbital Data", "2012-09", "2014-03"),
        ("Software developer", "Nimbus Soft", "2010-01", "2012-08"),
    ]
