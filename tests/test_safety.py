"""Issue 8: bad input gets one line and an exit code, hostile input changes nothing, no work is ever lost.

Everything runs through the CLI as a user would, except the property tests, which feed arbitrary bytes and
text straight to every reader and parser. Every fixture is generated here; the good inputs are the samples.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import random
import re
import socket
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from tailor import output, read
from tailor.cli import app
from tailor.errors import ContentError, InputError, TailorError
from tailor.model import DocKind, Document, Line
from tailor.posting import parse_posting
from tailor.read import read_document, text_lines
from tailor.resume import parse_resume

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
RESUME_MD = SAMPLES / "resume.md"
JOB = SAMPLES / "jobs" / "vp-engineering-kilnworth.txt"
EPOCH = "1764028800"
TODAY = dt.date(2025, 11, 25)


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


def tailor(*args: str | Path, env: dict[str, str | None] | None = None) -> Run:
    """`tailor ARGS...` in-process; a KeyboardInterrupt ends the run the way Ctrl-C would."""
    result = CliRunner().invoke(app, [str(a) for a in args], env={"SOURCE_DATE_EPOCH": EPOCH, **(env or {})})
    if result.exception and not isinstance(result.exception, SystemExit | KeyboardInterrupt):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def assert_one_line_error(run: Run, code: int, words: str) -> None:
    lines = run.stderr.strip().splitlines()
    assert run.exit_code == code, (run.exit_code, run.stderr)
    assert len(lines) == 1 and lines[0].startswith("tailor: error: "), run.stderr
    assert words in lines[0].lower(), lines[0]
    assert "Traceback" not in run.stderr + run.stdout


# --- bad documents, each made by a small function -------------------------------------------------


def _pdf_bytes(text: str = "Engineering leader with ten years of experience") -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    c.drawString(72, 720, text)
    c.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(_pdf_bytes()))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scanned_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    c.rect(72, 72, 300, 500, fill=1)  # a page that is all picture, as a scanner makes
    c.save()
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _docx_bomb() -> bytes:
    return _zip(
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<" + b"a" * (read.MAX_DOCX_UNPACKED_BYTES + 1)}
    )


def _enormous_xml() -> bytes:
    paragraph = b"<w:p><w:r><w:t>lead</w:t></w:r></w:p>"
    body = paragraph * (read.MAX_DOCX_PART_BYTES // len(paragraph) + 1)
    document = b"<w:document><w:body>" + body + b"</w:body></w:document>"
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document})


def _complex_docx() -> bytes:
    """Small on disk, but so many paragraphs and styles that reading it would take minutes."""
    styles = b"".join(b'<w:style w:type="paragraph" w:styleId="s%d"/>' % i for i in range(200))
    body = b"<w:p><w:r><w:t>lead</w:t></w:r></w:p>" * (read.MAX_DOCX_WORK // 400 + 1)
    return _zip(
        {
            "word/document.xml": b"<w:document><w:body>" + body + b"</w:body></w:document>",
            "word/styles.xml": b"<w:styles>" + styles + b"</w:styles>",
        }
    )


def _book_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    for page in range(read.MAX_PDF_PAGES + 1):
        c.drawString(72, 720, f"Chapter {page}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _random_bytes(n: int = 4000) -> bytes:
    return random.Random(8).randbytes(n)


GERMAN = """Engineering Manager (m/w/d) Plattform
Wir sind ein schnell wachsendes Unternehmen aus Berlin und suchen für unser Team eine erfahrene Führungskraft.
Deine Aufgaben: Du führst ein Team von acht Entwicklerinnen und Entwicklern und bist verantwortlich für die
Architektur unserer Plattform. Du arbeitest eng mit dem Produktmanagement zusammen und sorgst für eine hohe Qualität.
Dein Profil: Mehrere Jahre Erfahrung in der Softwareentwicklung mit Python oder Go, sowie Erfahrung in der Führung.
Wir bieten: Flexible Arbeitszeiten, ein modernes Büro und die Möglichkeit, im Homeoffice zu arbeiten.
"""
GERMAN_CV = """Max Mustermann
max@example.org
Berufserfahrung
Teamleiter Softwareentwicklung, Beispiel GmbH, 2019 – heute
- Führung eines Teams von 12 Entwicklern und Einführung von Continuous Delivery
- Reduzierung der Ausfallzeiten um 40 % durch die Einführung von Kubernetes
Senior Softwareentwickler, Muster AG, 2015 – 2019
- Entwicklung von Microservices mit Java und Spring für den Zahlungsverkehr
- Betreuung von Werkstudenten und Auszubildenden, die sich für die Backend-Entwicklung interessieren
Ausbildung
Master Informatik, Technische Universität München, 2015
"""
CHINESE = (
    "我们正在招聘一名工程经理，负责领导团队并提高产品质量。"
    "需要五年以上的软件开发经验和团队管理经验。我们提供灵活的工作时间。"
)

Content = Callable[[], bytes] | bytes | None  # bytes, a function making them, or None for a file never written
# (file name, content, exit code, words the error line holds). Each is tried as the résumé and as the posting.
BAD: list[tuple[str, Content, int, str]] = [
    ("missing.pdf", None, 3, "no such file"),
    ("empty.txt", b"", 3, "empty"),
    ("blank.md", b" \n\t\r\n  \n", 3, "no text"),
    ("image.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), 3, "png image"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), 3, "jpeg image"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), 3, ".doc"),
    ("rich.txt", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Ann Lee, engineering leader}", 3, "rtf"),
    (
        "writer.docx",
        lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
        3,
        "opendocument",
    ),
    ("sheet.docx", lambda: _zip({"xl/workbook.xml": b"<x/>"}), 3, "excel"),
    ("archive.docx", lambda: _zip({"notes.txt": b"hello"}), 3, "zip archive"),
    ("packed.txt", b"\x1f\x8b\x08\x00" + bytes(100), 3, "gzip"),
    ("program.md", b"\x7fELF\x02\x01\x01" + bytes(100), 3, "program"),
    ("nul.txt", bytes(1000), 3, "binary"),
    ("noise.txt", _random_bytes, 3, "binary"),
    ("noise.html", _random_bytes, 3, "binary"),
    ("noise.pdf", _random_bytes, 3, "unsupported"),
    ("locked.pdf", _encrypted_pdf, 3, "encrypted"),
    ("scan.pdf", _scanned_pdf, 3, "ocr needed"),
    ("half.pdf", lambda: (SAMPLES / "resume.pdf").read_bytes()[:20000], 3, "cannot read this pdf"),
    ("header-only.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R", 3, "cannot read this pdf"),
    ("half.docx", lambda: (SAMPLES / "resume.docx").read_bytes()[:15000], 3, "cannot read this word file"),
    ("junk.docx", b"PK\x03\x04" + bytes(300), 3, "cannot read this word file"),
    ("bomb.docx", _docx_bomb, 3, "zip bomb"),
    ("huge-xml.docx", _enormous_xml, 3, "zip bomb"),
    ("complex.docx", _complex_docx, 3, "too many to read"),
    ("book.pdf", _book_pdf, 3, "pages"),
    ("broken.json", b'{"basics": {"name": "Ann Lee"', 3, "not valid json"),
    ("deep.json", b'{"basics": ' + b"[" * 50000 + b"]" * 50000 + b"}", 3, "json resume"),
    ("digits.json", b'{"basics": {"name": ' + b"9" * 5000 + b'}, "work": []}', 3, "json resume"),
    ("typed.json", json.dumps({"basics": {"name": "Ann Lee"}, "work": 7}).encode(), 3, "should be a list"),
    ("list.json", b"[1, 2, 3]", 3, "json resume"),
    ("german.txt", GERMAN.encode(), 5, "looks like german; tailor reads english"),
    ("chinese.txt", CHINESE.encode(), 5, "looks like chinese"),
]
RESUME_ONLY: list[tuple[str, Content, int, str]] = [
    ("german-cv.txt", GERMAN_CV.encode(), 5, "looks like german"),
    ("hello.txt", b"hello", 5, "no résumé content"),
]
POSTING_ONLY: list[tuple[str, Content, int, str]] = [
    ("short.txt", b"Engineering Manager at Acme. Apply now!", 5, "too short"),
    ("scripts.html", b"<!doctype html><html><script>alert(1)</script><style>p{}</style></html>", 3, "no text"),
]


def _make(folder: Path, name: str, content: Content) -> Path:
    path = folder / name
    if content is not None:
        path.write_bytes(content() if callable(content) else content)
    return path


def _case_id(value: object) -> str:
    return value if isinstance(value, str) else ""


@pytest.mark.parametrize(("name", "content", "code", "words"), BAD + RESUME_ONLY, ids=_case_id)
def test_safety_bad_resume_gets_one_line_and_writes_nothing(
    tmp_path: Path, name: str, content: Content, code: int, words: str
) -> None:
    (tmp_path / "in").mkdir()
    bad = _make(tmp_path / "in", name, content)
    out = tmp_path / "out"
    run = tailor(bad, JOB, "-o", out / "brief.md")
    assert_one_line_error(run, code, words)
    assert files_under(out) == []


@pytest.mark.parametrize(("name", "content", "code", "words"), BAD + POSTING_ONLY, ids=_case_id)
def test_safety_bad_posting_gets_one_line_and_writes_nothing(
    tmp_path: Path, name: str, content: Content, code: int, words: str
) -> None:
    (tmp_path / "in").mkdir()
    bad = _make(tmp_path / "in", name, content)
    out = tmp_path / "out"
    run = tailor(RESUME_MD, bad, "-o", out / "brief.md")
    assert_one_line_error(run, code, words)
    assert files_under(out) == []


@pytest.mark.parametrize("role", ["resume", "posting"])
def test_safety_folder_where_a_file_is_expected(tmp_path: Path, role: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    args = (folder, JOB) if role == "resume" else (RESUME_MD, folder)
    run = tailor(*args, "-o", tmp_path / "out" / "brief.md")
    assert_one_line_error(run, 3, "folder")
    assert files_under(tmp_path / "out") == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_safety_pipe_as_resume_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "resume.txt"
    os.mkfifo(pipe)
    run = tailor(pipe, JOB, "-o", tmp_path / "out" / "brief.md")
    assert_one_line_error(run, 3, "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_safety_pipe_as_posting_is_refused_without_blocking(tmp_path: Path) -> None:
    import signal

    class Blocked(Exception):  # not an OSError, which a reader might catch and carry on from
        pass

    def give_up(*_args: object) -> None:
        raise Blocked("tailor blocked reading a pipe")

    pipe = tmp_path / "job.txt"
    os.mkfifo(pipe)
    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(3)
    try:
        run = tailor(RESUME_MD, pipe, "-o", tmp_path / "out" / "brief.md")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert_one_line_error(run, 3, "not a regular file")


def test_safety_a_posting_in_the_output_folder_is_never_overwritten(tmp_path: Path) -> None:
    # the posting's name is the one its brief would get: the brief takes another name, and every brief is written
    posting = tmp_path / "brief-kilnworth.md"
    posting.write_bytes(JOB.read_bytes())
    other = tmp_path / "other.md"
    other.write_bytes((SAMPLES / "jobs" / "head-of-engineering-quarrystack.md").read_bytes())
    run = tailor(RESUME_MD, posting, other, "-o", tmp_path, "--format", "md", "--workers", "1")
    assert run.exit_code == 0, run.stderr
    assert posting.read_bytes() == JOB.read_bytes()
    assert len(list(tmp_path.glob("brief-*.md"))) == 3


def test_safety_dangling_link_is_a_missing_file(tmp_path: Path) -> None:
    link = tmp_path / "resume.md"
    link.symlink_to(tmp_path / "gone.md")
    run = tailor(link, JOB, "-o", tmp_path / "out" / "brief.md")
    assert_one_line_error(run, 3, "no such file")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_safety_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "resume.md"
    locked.write_bytes(RESUME_MD.read_bytes())
    locked.chmod(0)
    run = tailor(locked, JOB, "-o", tmp_path / "out" / "brief.md")
    assert_one_line_error(run, 3, "cannot be read")


@pytest.mark.parametrize(
    ("limit", "words"),
    [
        ("0.02", "set tailor_max_mb to raise the limit"),  # 0.02 MB: the résumé fits, the 40 kB posting does not
        ("abc", "tailor_max_mb=abc: not a size"),
        ("-1", "tailor_max_mb=-1: not a size"),
    ],
)
def test_safety_size_limit_is_configurable(tmp_path: Path, limit: str, words: str) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes((JOB.read_bytes() * 10)[:40_000])
    run = tailor(RESUME_MD, big, "-o", tmp_path / "out" / "brief.md", env={"TAILOR_MAX_MB": limit})
    assert_one_line_error(run, 3, words)
    assert files_under(tmp_path / "out") == []


def test_safety_size_limit_default_and_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TAILOR_MAX_MB", raising=False)
    assert read.max_file_bytes() == 20 * 2**20
    monkeypatch.setenv("TAILOR_MAX_MB", "50")
    assert read.max_file_bytes() == 50 * 2**20
    run = tailor(RESUME_MD, JOB, "-o", tmp_path / "brief.md", env={"TAILOR_MAX_MB": "1"})
    assert run.exit_code == 0, run.stderr


# --- the right type is read whatever the name says ---------------------------------------------------


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")  # no byte-order mark, as some Windows tools write


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("resume.docx", lambda: (SAMPLES / "resume.pdf").read_bytes(), DocKind.PDF),
        ("resume.pdf", lambda: (SAMPLES / "resume.docx").read_bytes(), DocKind.DOCX),
        ("resume.pdf", lambda: RESUME_MD.read_bytes(), DocKind.TEXT),
        (
            "resume.txt",
            lambda: json.dumps({"basics": {"name": "Ann Lee", "email": "ann@example.org"}, "work": []}).encode(),
            DocKind.JSON_RESUME,
        ),
        ("resume", lambda: RESUME_MD.read_bytes(), DocKind.TEXT),
        ("resume.rst", lambda: RESUME_MD.read_bytes(), DocKind.TEXT),
        ("resume.txt", lambda: _utf16(RESUME_MD.read_text("utf-8")), DocKind.TEXT),
        ("resume.txt", lambda: RESUME_MD.read_text("utf-8").encode("cp1252", "replace"), DocKind.TEXT),
    ],
)
def test_safety_real_type_comes_from_the_bytes(
    tmp_path: Path, name: str, make: Callable[[], bytes], kind: DocKind
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    doc = read_document(path)
    assert doc.kind is kind
    assert "Engineering" in doc.text or "Ann Lee" in doc.text
    if kind is DocKind.TEXT and path.suffix not in ("", ".txt"):
        assert any("read as text" in w for w in doc.warnings)


def test_safety_misnamed_resume_still_gives_a_brief(tmp_path: Path) -> None:
    misnamed = tmp_path / "resume.pdf"
    misnamed.write_bytes(RESUME_MD.read_bytes())
    run = tailor(misnamed, JOB, "-o", tmp_path / "brief.md")
    assert run.exit_code == 0, run.stderr
    assert "read as text" in (tmp_path / "brief.md").read_text("utf-8")


def test_safety_resume_without_roles_still_gives_a_brief_that_says_so(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("# Ann Lee\nann@example.org\n\n## Summary\nEngineering leader who builds teams and platforms.\n")
    run = tailor(resume, JOB, "-o", tmp_path / "brief.md")
    assert run.exit_code == 0, run.stderr
    assert "no roles found" in (tmp_path / "brief.md").read_text("utf-8")


def test_safety_batch_goes_on_past_bad_postings(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "good.txt").write_bytes(JOB.read_bytes())
    posting_suffixes = (".txt", ".md", ".html", ".pdf", ".docx")
    bad = [n for n, c, _code, _w in BAD + POSTING_ONLY if c is not None and Path(n).suffix in posting_suffixes]
    for name, content, _code, _words in BAD + POSTING_ONLY:
        if name in bad:
            _make(jobs, name, content)
    out = tmp_path / "out"
    run = tailor(RESUME_MD, jobs, "-o", out, "--format", "md", "--workers", "1")
    assert run.exit_code == 1, run.stderr
    errors = run.stderr.strip().splitlines()
    assert len(errors) == len(bad) and all(line.startswith("tailor: error: ") for line in errors)
    assert "Traceback" not in run.stderr
    briefs = sorted(p.name for p in out.glob("brief-*.md"))
    assert briefs == ["brief-kilnworth.md"]
    assert (out / "summary.csv").exists()


# --- hostile input changes nothing ------------------------------------------------------------------

HOSTILE = [
    "{{ 7*7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "{{ config.__class__ }}",
    "<script>alert('pwned')</script>",
    '<img src="http://evil.example/pixel.png">',
    "url(file:///etc/passwd)",
    "<style>@import url(http://evil.example/x.css)</style>",
]


def _hostile_posting(folder: Path) -> Path:
    """A web page whose text (written as entities, as a posting about HTML would) is template and markup syntax."""
    import html as html_lib

    escaped = [html_lib.escape(h) for h in HOSTILE]
    items = "".join(f"<li>Lead teams that ship reliable payment systems {h}</li>" for h in escaped)
    page = f"""<!doctype html><html><head><title>VP of Engineering</title>
<link rel="stylesheet" href="http://evil.example/steal.css">
<style>body {{ background: url(file:///etc/passwd) }}</style>
<script src="http://evil.example/x.js"></script></head><body>
<img src="http://evil.example/real-tag.png"><img src="file:///etc/passwd">
<h1>VP of Engineering</h1><p>Kilnworth is hiring a VP of Engineering. {" ".join(escaped)}</p>
{JOB.read_text("utf-8").replace(chr(10), "<br>")}
<h2>What you will bring</h2><ul>{items}</ul></body></html>"""
    path = folder / "hostile.html"
    path.write_text(page, "utf-8")
    return path


def _hostile_resume(folder: Path) -> Path:
    lines = RESUME_MD.read_text("utf-8").splitlines()
    bullets = [i for i, line in enumerate(lines) if line.startswith("- ")]
    for n, i in enumerate(bullets[: len(HOSTILE) * 2]):
        import html as html_lib

        lines[i] += " " + html_lib.escape(HOSTILE[n % len(HOSTILE)])  # markdown entities survive reading as text
    path = folder / "resume.md"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a connection or resolve a name is recorded and fails."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:200])
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture
def fetches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every URL the PDF renderer asks for, with what came of it."""
    from tailor import render

    seen: list[tuple[str, str]] = []
    real = render._fetch_asset

    def watch(url: str) -> tuple[bytes, str]:
        try:
            result = real(url)
        except Exception as exc:
            seen.append((url, f"refused: {exc.__class__.__name__}"))
            raise
        seen.append((url, "served"))
        return result

    monkeypatch.setattr(render, "_fetch_asset", watch)
    return seen


def test_safety_hostile_text_is_literal_in_html_and_pdf(
    tmp_path: Path, no_network: list[str], fetches: list[tuple[str, str]]
) -> None:
    posting = _hostile_posting(tmp_path)
    resume = _hostile_resume(tmp_path)
    out = tmp_path / "out"
    run = tailor(resume, posting, "-o", out, "--format", "html", "--format", "pdf")
    assert run.exit_code == 0, run.stderr
    page = next(out.glob("*.html")).read_text("utf-8")
    # the hostile strings are in the brief, escaped, and none ran
    assert "{{ 7*7 }}" in page and "{% for x in range(3) %}loop{% endfor %}" in page and "looploop" not in page
    assert "&lt;script&gt;alert" in page and "<script>alert" not in page
    assert "<script" not in page.lower()
    assert "&lt;img src=" in page and "<img" not in page.lower() and "<link" not in page.lower()
    assert "&lt;style&gt;@import url(http://evil.example/x.css)" in page and "<style>@import" not in page
    assert "{{ config." in page and "<class" not in page
    pdf = next(out.glob("*.pdf")).read_bytes()
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "{{ 7*7 }}" in text or "{{ 7*7 }}" in text.replace("\n", " ")
    assert "alert('pwned')" in text.replace("’", "'")
    assert no_network == []
    # escaped text never becomes a URL: the renderer is asked for nothing but the templates' own assets
    assert all(outcome == "served" for _url, outcome in fetches)
    assert not any("evil.example" in url or "/etc/passwd" in url for url, _ in fetches)


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example/x.png",
        "https://evil.example/a.css",
        "file:///etc/passwd",
        "ftp://evil.example/x",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_safety_renderer_refuses_foreign_fetches(url: str) -> None:
    from tailor import render

    with pytest.raises(PermissionError):
        render._fetch_asset(url)


def test_safety_a_batch_run_opens_no_socket(tmp_path: Path, no_network: list[str]) -> None:
    run = tailor(
        SAMPLES / "resume.docx",
        JOB,
        SAMPLES / "jobs" / "engineering-manager-gridlark-energy.html",
        "-o",
        tmp_path,
        "--format",
        "md",
        "--workers",
        "1",
    )
    assert run.exit_code == 0, run.stderr
    assert (tmp_path / "summary.pdf").exists()
    assert no_network == []


# --- output names and atomic writes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("company", "stem"),
    [
        ("../../etc/passwd", "brief-etc-passwd"),
        ("CON", "brief-x-con"),
        ("..", "brief-unnamed"),
        ("C:\\Windows\\system32 <>|*?", "brief-c-windows-system32"),
    ],
)
def test_safety_company_names_become_safe_file_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, company: str, stem: str
) -> None:
    # whatever the posting parser takes for the company, hostile names included, the file name is a slug
    monkeypatch.setattr("tailor.posting._company", lambda *_args, **_kwargs: company)
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "a.txt").write_bytes(JOB.read_bytes())
    (jobs / "b.txt").write_bytes(JOB.read_bytes())
    out = tmp_path / "out"
    run = tailor(RESUME_MD, jobs, "-o", out, "--format", "md", "--workers", "1")
    assert run.exit_code == 0, run.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.parent != jobs]
    assert all(p.parent == out for p in written), written
    names = sorted(p.name for p in written if p.name.startswith("brief-"))
    assert len(names) == 2 and f"{stem}.md" in names, names
    for name in names:
        assert re.fullmatch(r"brief-[a-z0-9]+(?:-[a-z0-9]+)*\.md", name), name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("CON", "x-con"),
        ("Nul", "x-nul"),
        ("", "unnamed"),
        ("...", "unnamed"),
        ("Acme, Inc.", "acme-inc"),
        ("Zürich Café", "zurich-cafe"),
        ("a" * 200, "a" * 60),
        ("com1", "x-com1"),
    ],
)
def test_safety_slug(text: str, expected: str) -> None:
    assert output.slug(text) == expected


def test_safety_an_input_is_never_overwritten(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_bytes(RESUME_MD.read_bytes())
    job = tmp_path / "job.txt"
    job.write_bytes(JOB.read_bytes())
    for target in (resume, job):
        before = (resume.read_bytes(), job.read_bytes())
        run = tailor(resume, job, "-o", target, "--format", "md")
        assert_one_line_error(run, 4, "input")
        assert (resume.read_bytes(), job.read_bytes()) == before


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("crash_in", ["replace", "fsync", "render"])
def test_safety_crash_mid_write_keeps_the_previous_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_in: str
) -> None:
    target = tmp_path / "brief.md"
    first = tailor(RESUME_MD, JOB, "-o", target)
    assert first.exit_code == 0, first.stderr
    before = target.read_bytes()
    changed = tmp_path / "job.txt"
    changed.write_text(JOB.read_text("utf-8") + "\nWe also value on-call experience.\n", "utf-8")

    def crash(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    if crash_in == "render":
        monkeypatch.setattr("tailor.render.render_brief", crash)
    else:
        monkeypatch.setattr(output.os, crash_in, crash)
    run = tailor(RESUME_MD, changed, "-o", target)
    assert run.exit_code != 0
    assert target.read_bytes() == before
    assert _leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md", "job.txt"]


def test_safety_write_atomic_replaces_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.md"
    output.write_atomic(target, b"old")
    monkeypatch.setattr(output.os, "replace", lambda *_a: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(TailorError, match="No space left"):
        output.write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


# --- same input, same brief ---------------------------------------------------------------------------


@pytest.mark.parametrize("epoch", [EPOCH, None])
def test_safety_same_input_gives_byte_identical_pdf_and_opens_no_socket(
    tmp_path: Path, no_network: list[str], epoch: str | None
) -> None:
    # without SOURCE_DATE_EPOCH the brief is dated today, so two runs on the same day must agree too
    briefs = []
    for folder in ("one", "two"):
        out = tmp_path / folder
        run = tailor(SAMPLES / "resume.pdf", JOB, "-o", out / "brief.pdf", env={"SOURCE_DATE_EPOCH": epoch})
        assert run.exit_code == 0, run.stderr
        briefs.append((out / "brief.pdf").read_bytes())
    assert briefs[0] == briefs[1]
    assert no_network == []


# --- property tests: arbitrary bytes and text never crash a reader or parser --------------------------

EXTENSIONS = [".pdf", ".docx", ".txt", ".md", ".html", ".json"]
# Starts that steer arbitrary bytes into each reader's deeper paths rather than its first check.
PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b'{"basics": ',
    b'{"work": [',
    b"<!doctype html><html>",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"# Ann Lee\n",
    b"---\nname: x\n",
]
# 150 examples each keeps the file under a minute; TAILOR_FUZZ_EXAMPLES=5000 runs a longer hunt.
PROPERTY = settings(
    max_examples=int(os.environ.get("TAILOR_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000), extension=st.sampled_from(EXTENSIONS))
def test_safety_property_read_document_on_any_bytes(
    tmp_path_factory: pytest.TempPathFactory, prefix: bytes, body: bytes, extension: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"doc{extension}"
    path.write_bytes(prefix + body)
    try:
        doc = read_document(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    assert doc.lines and all(line.text.strip() for line in doc.lines)


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "basics",
                        "work",
                        "education",
                        "skills",
                        "name",
                        "email",
                        "profiles",
                        "highlights",
                        "position",
                        "startDate",
                        "endDate",
                        "keywords",
                        "location",
                        "url",
                        "summary",
                        "city",
                    ]
                ),
                inner,
                max_size=5,
            )
        ),
        max_leaves=25,
    )


@PROPERTY
@given(data=st.dictionaries(st.sampled_from(["basics", "work", "education", "skills"]), _json_values(), min_size=1))
def test_safety_property_json_resume_of_any_shape(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, object]
) -> None:
    path = tmp_path_factory.mktemp("json") / "resume.json"
    path.write_text(json.dumps(data), "utf-8")
    try:
        parse_resume(read_document(path), TODAY)
    except TailorError as exc:
        assert "\n" not in str(exc)


_LINE_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=120)
_WORDY = st.lists(
    st.sampled_from(
        [
            "Engineering",
            "Manager",
            "Acme",
            "2019",
            "–",
            "Present",
            "Jan",
            "2021",
            "lead",
            "Experience",
            "Requirements",
            "•",
            "|",
            "@",
            "ann@example.org",
            "5+",
            "years",
            "Kubernetes",
            "Python",
            "team",
            "of",
            "the",
            "and",
            "(",
            ")",
            "#",
            "-",
            ":",
            "VP",
            "Head",
            "Director",
            "Remote",
            "$120k",
            "%",
            "40%",
            "Skills",
            "Education",
        ]
    ),
    min_size=1,
    max_size=14,
).map(" ".join)


def _documents() -> st.SearchStrategy[Document]:
    line = st.builds(Line, _LINE_TEXT | _WORDY, st.integers(1, 3), st.booleans(), st.booleans())
    lines = st.lists(line, min_size=1, max_size=60).map(tuple)
    kinds = st.sampled_from([DocKind.TEXT, DocKind.MARKDOWN, DocKind.HTML, DocKind.PDF, DocKind.DOCX])
    return st.builds(lambda k, ls: Document("doc.txt", k, ls, raw="\n".join(line.text for line in ls)), kinds, lines)


@PROPERTY
@given(doc=_documents())
def test_safety_property_parse_resume_on_any_document(doc: Document) -> None:
    try:
        parse_resume(doc, TODAY)
    except TailorError as exc:
        assert "\n" not in str(exc)


@PROPERTY
@given(doc=_documents())
def test_safety_property_parse_posting_on_any_document(doc: Document) -> None:
    try:
        parse_posting(doc)
    except TailorError as exc:
        assert "\n" not in str(exc)


@PROPERTY
@given(text=st.text(max_size=3000) | _WORDY)
def test_safety_property_text_through_reader_and_both_parsers(text: str) -> None:
    lines = text_lines(text)
    if not lines:
        return
    doc = Document("doc.md", DocKind.MARKDOWN, tuple(lines), raw=text)
    for parse in (lambda d: parse_resume(d, TODAY), parse_posting):
        with contextlib.suppress(ContentError, InputError):
            parse(doc)


def test_safety_foreign_language_is_named_and_english_is_not() -> None:
    from tailor.language import foreign_language

    assert foreign_language(GERMAN) == "German"
    assert foreign_language(GERMAN_CV) == "German"
    assert foreign_language(CHINESE) == "Chinese or Japanese"
    assert (
        foreign_language("Мы ищем руководителя разработки для нашей команды в Москве и Санкт-Петербурге.")
        == "Russian or another Cyrillic-script language"
    )
    for path in [RESUME_MD, *sorted((SAMPLES / "jobs").iterdir())]:
        assert foreign_language(read_document(path).text) is None, path.name
    terse = "Python, Go, Kubernetes, AWS, Terraform, PostgreSQL, Kafka, gRPC, React, TypeScript " * 5
    assert foreign_language(terse) is None


@pytest.fixture(autouse=True, scope="module")
def _no_stray_env() -> Iterator[None]:
    saved = os.environ.pop("TAILOR_MAX_MB", None)
    yield
    if saved is not None:
        os.environ["TAILOR_MAX_MB"] = saved
