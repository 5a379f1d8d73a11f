"""The command as a user runs it: arguments, exit codes, messages and the files on disk."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader

from tailor import __version__
from tailor.model import Area

AREA_TITLES = [a.title for a in Area]
STAR_QUESTIONS = [q["question"] for q in json.loads((files("tailor") / "data" / "brief.json").read_text())["star"]]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    """PDF text with line breaks folded, so a phrase wrapped across lines still matches."""
    return " ".join(text.split())


def test_cli_version(cli):
    run = cli("--version")
    assert run.exit_code == 0
    assert run.stdout.strip() == f"tailor {__version__}"


def test_cli_help_names_the_arguments(cli):
    run = cli("--help")
    assert run.exit_code == 0
    for word in ("RESUME", "JOBS", "--output", "--format", "--paper"):
        assert word in run.stdout


def test_issue_15_help_shows_flags_without_value_placeholders(cli):
    run = cli("--help", env={"COLUMNS": "120"})
    assert run.exit_code == 0
    assert "RESUME JOBS..." in run.stdout
    assert "<bool>" not in run.stdout and "{RESUME}" not in run.stdout
    assert re.search(r"--force\s+Redo every brief", run.stdout), run.stdout
    assert "--install-completion" in run.stdout


def test_cli_python_m_tailor_works_like_tailor(samples, tmp_path):
    out = tmp_path / "b.json"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764028800"}
    job = sorted((samples / "jobs").iterdir())[0]
    r = subprocess.run(
        [sys.executable, "-m", "tailor", str(samples / "resume.md"), str(job), "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text())["resume"]["name"]


def test_issue_14_a_pdf_brief_loads_neither_spacys_command_line_nor_twice_weasyprint(samples, tmp_path):
    """A fresh `tailor resume.pdf job -o brief.pdf`, as the speed target measures it: spaCy is imported without
    its CLI (weasel, requests, httpx: 0.16 s), WeasyPrint once, and the brief is written."""
    out = tmp_path / "brief.pdf"
    job = sorted((samples / "jobs").glob("*.txt"))[0]
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tailor", str(samples / "resume.pdf"), str(job), "-o", str(out),
         "--workers", "2"],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1764028800"}, timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    imported = re.findall(r"^import time:.*\| +([\w.]+)$", r.stderr, re.M)
    assert "spacy.matcher" in imported and "spacy.cli" not in imported and "requests" not in imported
    assert imported.count("weasyprint") == 1
    assert out.read_bytes().startswith(b"%PDF")


def test_issue_14_one_brief_imports_spacy_in_the_skills_process_and_weasyprint_in_this_one(samples, tmp_path):
    """With a core to spare, one brief's chains run side by side: spaCy loads in a second process while this
    one reads the documents and imports WeasyPrint; this process never imports spaCy."""
    out = tmp_path / "brief.pdf"
    job = sorted((samples / "jobs").glob("*.txt"))[0]
    code = ("import atexit, sys; from tailor.cli import main; "
            "atexit.register(lambda: print('LOADED', 'spacy' in sys.modules, 'weasyprint' in sys.modules, "
            "file=sys.stderr)); sys.argv = sys.argv[1:]; main()")
    r = subprocess.run(
        [sys.executable, "-c", code, "tailor", str(samples / "resume.pdf"), str(job), "-o", str(out), "--workers", "2"],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1764028800"}, timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "LOADED False True" in r.stderr.splitlines()
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_writes_one_pdf_brief_per_sample_posting(samples, sample_briefs):
    jobs = sorted((samples / "jobs").iterdir())
    pdfs = sorted(sample_briefs.glob("brief-*.pdf"))
    assert len(pdfs) == len(jobs) >= 5


@pytest.mark.parametrize("index", range(6))
def test_cli_pdf_brief_content(sample_briefs, index):
    pdfs = sorted(sample_briefs.glob("brief-*.pdf"))
    if index >= len(pdfs):
        pytest.fail(f"expected at least {index + 1} briefs")
    reader = PdfReader(pdfs[index])
    assert len(reader.pages) >= 4
    text = _flat(_pdf_text(pdfs[index]))
    meta = reader.metadata
    company = meta.title.split("—")[1].strip()
    assert company and company in text
    assert meta.author and meta.author in text  # the candidate's name
    for title in AREA_TITLES:
        assert title in text, title
    for bad in ("{{", "}}", "[X]", "[domain]", "None", "TODO"):
        assert bad not in text
    for question in STAR_QUESTIONS:
        assert question in text, question
    assert "For the VP of Engineering" in text
    assert "For the Head of Engineering" in text


def test_cli_json_contract(cli, samples, tmp_path):
    out = tmp_path / "brief.json"
    job = samples / "jobs" / sorted(p.name for p in (samples / "jobs").iterdir())[0]
    run = cli(samples / "resume.docx", job, "-o", out)
    assert run.exit_code == 0, run.stderr
    brief = json.loads(out.read_text())
    resume, posting = brief["resume"], brief["posting"]
    for key in ("name", "email", "phone", "sections", "roles", "skills", "years_experience"):
        assert key in resume
    for key in ("title", "company", "start", "end", "bullets"):
        assert key in resume["roles"][0]
    for key in ("company", "title", "seniority", "skills_required", "skills_nice", "stack", "leadership_signals"):
        assert key in posting
    assert posting["seniority"] in {"ic-senior", "ic-staff", "manager", "director", "head", "vp", "cto", "other"}
    for key in ("fit", "pitch", "star", "questions", "checklist"):
        assert brief[key]
    assert [s["question"] for s in brief["star"]] == STAR_QUESTIONS
    assert len(STAR_QUESTIONS) == 8


def test_cli_default_output_is_named_after_the_company(cli, samples, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    job = sorted((samples / "jobs").iterdir())[0]
    run = cli(samples / "resume.md", job, "--format", "md")
    assert run.exit_code == 0, run.stderr
    written = list(tmp_path.glob("brief-*.md"))
    assert len(written) == 1
    assert str(written[0].name) in run.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["missing.pdf", "job.txt"], 3, "no such file"),
        (["{folder}", "job.txt"], 3, "folder"),
        (["{empty}", "job.txt"], 3, "empty"),
        (["resume.md", "job.txt", "-o", "out.xyz"], 4, "format"),
    ],
)
def test_cli_bad_input_gets_one_line_and_exit_code(cli, samples, tmp_path, args, code, words):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "job.txt").write_text((sorted((samples / "jobs").glob("*.txt"))[0]).read_text())
    (tmp_path / "resume.md").write_text((samples / "resume.md").read_text())
    (tmp_path / "no-resumes").mkdir()  # a folder of résumés is a cohort (issue 14); this one holds none
    subs = {"{folder}": str(tmp_path / "no-resumes"), "{empty}": str(tmp_path / "empty.txt")}
    argv = [subs.get(a, a if a.startswith("-") else str(tmp_path / a)) for a in args]
    before = sorted(p.name for p in tmp_path.iterdir())
    run = cli(*argv)
    assert run.exit_code == code
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tailor: error: ")
    assert words in lines[0].lower()
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_cli_never_overwrites_an_input(cli, samples, tmp_path):
    job = tmp_path / "job.md"
    job.write_text((sorted((samples / "jobs").glob("*.txt"))[0]).read_text())
    before = job.read_bytes()
    run = cli(samples / "resume.md", job, "-o", job)
    assert run.exit_code == 4
    assert job.read_bytes() == before


def test_cli_installed_wheel_finds_templates_and_data(samples, tmp_path):
    """A wheel (what pipx installs) carries the templates and data; nothing is read from the checkout."""
    root = Path(__file__).resolve().parents[1]
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    # -v shows the build backend's own messages: our packaging must give it nothing to warn about (issue 15).
    build = subprocess.run([*pip, "-v", "wheel", str(root), "--no-deps", "--no-build-isolation",
                            "-w", str(tmp_path / "w")], check=True, capture_output=True, text=True, timeout=300)
    assert "Warning:" not in build.stdout + build.stderr, build.stderr
    wheel = next((tmp_path / "w").glob("tailor-*.whl"))
    taxonomy = files("tailor") / "data" / "taxonomy"
    shipped = {f"tailor/data/taxonomy/{t.name}" for t in taxonomy.iterdir() if t.name.endswith(".json")}
    assert shipped and shipped <= set(zipfile.ZipFile(wheel).namelist())
    subprocess.run([*pip, "install", "--no-deps", "--target", str(tmp_path / "site"), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    out = tmp_path / "brief.html"
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site"), "SOURCE_DATE_EPOCH": "1764028800"}
    code = "import sys, tailor; assert tailor.__file__.startswith(sys.argv[1]), tailor.__file__; " \
           "from tailor.cli import main; sys.argv = ['tailor', *sys.argv[2:]]; main()"
    job = sorted((samples / "jobs").iterdir())[0]
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "site"), str(samples / "resume.md"), str(job),
                        "-o", str(out)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "Your eight stories" in out.read_text()


def test_cli_export_resume_then_read_it_back(cli, samples, tmp_path):
    """The correction loop: export what was read as JSON Resume, fix it, run tailor on the JSON."""
    job = sorted((samples / "jobs").glob("*.txt"))[0]
    exported, first, second = tmp_path / "me.json", tmp_path / "a.json", tmp_path / "b.json"
    assert cli(samples / "resume.pdf", job, "-o", first, "--export-resume", exported).exit_code == 0
    data = json.loads(exported.read_text())
    assert data["basics"]["name"] and data["work"]
    data["work"][0]["position"] = "Principal Engineer"  # the user corrects a title
    exported.write_text(json.dumps(data))
    assert cli(exported, job, "-o", second).exit_code == 0
    before, after = json.loads(first.read_text())["resume"], json.loads(second.read_text())["resume"]
    assert after["roles"][0]["title"] == "Principal Engineer"
    strip = [(r["company"], r["start"], r["end"]) for r in before["roles"]]
    assert [(r["company"], r["start"], r["end"]) for r in after["roles"]] == strip
    assert (after["name"], after["email"]) == (before["name"], before["email"])


UNREADABLE = (
    "Ann Lee\nann@example.com\nEXPERIENCE\nLondon, UK    2015 – 2018\n- Shipped the billing service.\n"
    "Paris, France    2018 – 2021\n- Led the platform team.\nEDUCATION\nBSc Physics, 2014\n"
)


def test_issue_11_unreadable_roles_stop_with_exit_5_and_the_correction_loop(cli, samples, tmp_path):
    resume = tmp_path / "cv.txt"
    resume.write_text(UNREADABLE, encoding="utf-8")
    out = tmp_path / "brief.md"
    run = cli(resume, sorted((samples / "jobs").iterdir())[0], "-o", out)
    assert run.exit_code == 5
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("tailor: error: cv.txt: 2 of 2 roles could not be read with confidence")
    assert "--export-resume me.json" in lines[0] and "--draft-anyway" in lines[0]
    assert not out.exists()


def test_issue_11_draft_anyway_puts_the_warning_on_the_brief(cli, samples, tmp_path):
    resume = tmp_path / "cv.txt"
    resume.write_text(UNREADABLE, encoding="utf-8")
    job = sorted((samples / "jobs").iterdir())[0]
    out = tmp_path / "out"
    out.mkdir()
    run = cli(resume, job, "-o", out, "--draft-anyway", "-f", "md", "-f", "json")
    assert run.exit_code == 0, run.stderr
    md = next(out.glob("brief*.md")).read_text(encoding="utf-8")
    assert "**Warning: drafted anyway.**" in md.split("## At a glance")[0]
    data = json.loads(next(out.glob("brief*.json")).read_text(encoding="utf-8"))["resume"]
    assert data["doubtful"] is True and all(r["confidence"] < 0.5 for r in data["roles"])
    assert "drafted anyway" in run.stderr
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval-dev"  # read only; absent on a fresh clone


@pytest.mark.parametrize("job", sorted(Path(__file__).resolve().parents[1].joinpath("samples", "jobs").iterdir()),
                         ids=lambda p: p.name)
def test_issue_15_swapped_arguments_are_refused(cli, samples, tmp_path, job):
    out = tmp_path / "brief.md"
    run = cli(job, samples / "resume.pdf", "-o", out)
    assert run.exit_code == 2
    assert run.stderr.count("\n") == 1 and "tailor RESUME JOB" in run.stderr, run.stderr
    assert not out.exists()


@pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval-dev is not beside this checkout")
def test_issue_15_swapped_eval_documents_are_refused(cli, tmp_path):
    jobs, resumes = sorted((EVAL / "jobs").iterdir()), sorted((EVAL / "resumes").iterdir())
    for job, resume in zip(jobs, resumes, strict=False):  # each pair given the wrong way round
        run = cli(job, resume, "-o", tmp_path / "b.md")
        assert run.exit_code == 2, (job.name, run.stderr)
        assert "reads like a job posting" in run.stderr
    assert not list(tmp_path.iterdir())


def test_issue_15_a_resume_given_as_the_posting_is_refused(cli, samples, tmp_path):
    run = cli(samples / "resume.md", samples / "resume.pdf", "-o", tmp_path / "b.md")
    assert run.exit_code == 2
    assert "reads like a résumé, not a job posting" in run.stderr


def test_issue_15_output_file_with_a_folder_of_postings_is_refused(cli, samples, tmp_path):
    run = cli(samples / "resume.md", samples / "jobs", "-o", tmp_path / "brief.pdf")
    assert run.exit_code == 4
    assert "need a folder" in run.stderr and run.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_issue_15_output_dash_writes_one_text_brief_to_stdout(cli, samples, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    job = samples / "jobs" / "vp-engineering-kilnworth.txt"
    run = cli(samples / "resume.md", job, "-o", "-")
    assert run.exit_code == 0, run.stderr
    assert run.stdout.startswith("# Interview brief") and "Kilnworth" in run.stdout
    as_json = cli(samples / "resume.md", job, "-o", "-", "-f", "json")
    assert json.loads(as_json.stdout)["posting"]["company"]
    assert list(tmp_path.iterdir()) == []  # no folder named "-", no file at all


@pytest.mark.parametrize("args", [["-f", "pdf"], ["-f", "md", "-f", "json"], ["--many"]])
def test_issue_15_output_dash_refuses_what_stdout_cannot_take(cli, samples, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    jobs = [samples / "jobs"] if args == ["--many"] else [samples / "jobs" / "vp-engineering-kilnworth.txt"]
    run = cli(samples / "resume.md", *jobs, "-o", "-", *(a for a in args if a != "--many"))
    assert run.exit_code == 4
    assert run.stderr.startswith("tailor: error: -o -: standard output takes one") and run.stdout == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url", ["https://jobs.example.com/vp-engineering", "www.example.com/job"])
def test_issue_15_a_web_address_as_posting_says_tailor_works_offline(cli, samples, tmp_path, monkeypatch, url):
    monkeypatch.chdir(tmp_path)
    run = cli(samples / "resume.md", url)
    assert run.exit_code == 3
    assert run.stderr == f"tailor: error: {url}: tailor works offline and fetches nothing; save the page " \
                         "(or paste its text) into a file and give that file\n"
    assert list(tmp_path.iterdir()) == []


def test_issue_15_single_brief_leaves_only_the_brief_and_prints_a_relative_path(cli, samples, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli(samples / "resume.md", samples / "jobs" / "vp-engineering-kilnworth.txt", "-f", "md")
    assert run.exit_code == 0, run.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["brief-kilnworth.md"]  # no .tailor-manifest.json
    assert run.stdout == "brief-kilnworth.md\n"


def test_issue_15_rerun_says_which_postings_were_skipped(cli, samples, tmp_path):
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    for p in sorted((samples / "jobs").glob("*.txt"))[:2]:
        (jobs / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    first = cli(samples / "resume.md", jobs, "-o", out, "-f", "json")
    assert first.exit_code == 0 and "unchanged" not in first.stdout
    assert (out / ".tailor-manifest.json").exists()  # a batch folder keeps what it needs to skip next time
    again = cli(samples / "resume.md", jobs, "-o", out, "-f", "json")
    assert again.stdout.count("(unchanged)") == 2
    assert "2 of 2 postings unchanged since the last run" in again.stdout


def _docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    import docx

    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_issue_15_every_format_has_the_same_sections_and_warnings(cli, samples, tmp_path):
    short = tmp_path / "short.md"  # a short résumé, so the reading report has warnings to carry
    short.write_text("\n".join((samples / "resume.md").read_text().splitlines()[:14]) + "\n")
    out = tmp_path / "out"
    run = cli(short, samples / "jobs" / "vp-engineering-kilnworth.txt", "-o", out, *(
        a for f in ("md", "html", "docx", "json") for a in ("-f", f)))
    assert run.exit_code == 0, run.stderr
    [md], [page], [word], [data] = (list(out.glob(f"*.{f}")) for f in ("md", "html", "docx", "json"))
    md_text, html_text = md.read_text(), html.unescape(page.read_text())
    paragraphs = _docx_paragraphs(word)
    md_titles = re.findall(r"^## (.+)$", md_text, re.M)
    html_titles = [re.sub(r"<[^>]+>", "", t).strip() for t in re.findall(r"<h1[^>]*>(.*?)</h1>", html_text, re.S)]
    docx_titles = [text for style, text in paragraphs if style == "Heading 1"]
    assert md_titles == html_titles == docx_titles
    report = json.loads(data.read_text())["resume"]["report"]
    assert report["warnings"]
    docx_text = "\n".join(text for _, text in paragraphs)
    for warning in report["warnings"]:
        assert warning in md_text and warning in html_text and warning in docx_text, warning


@pytest.mark.parametrize(("paper", "width_mm"), [("A4", 210.0), ("Letter", 215.9)])
def test_issue_15_docx_follows_the_paper_option(cli, samples, tmp_path, paper, width_mm):
    import docx

    out = tmp_path / "b.docx"
    run = cli(samples / "resume.md", samples / "jobs" / "vp-engineering-kilnworth.txt", "-o", out, "--paper", paper)
    assert run.exit_code == 0, run.stderr
    section = docx.Document(str(out)).sections[0]
    assert abs(section.page_width.mm - width_mm) < 0.1


CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    # --no-sandbox: CI containers run as root, where Chromium's sandbox will not start.
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", *args],
                          capture_output=True, text=True, timeout=120, check=True)


def _overflow(page: Path, width: int) -> int:
    """How many CSS pixels the page is wider than a window `width` wide (0: no horizontal scrolling)."""
    probe = page.with_name(f"probe-{width}-{page.name}")
    script = ("<script>document.title = 'overflow:' + (document.documentElement.scrollWidth"
              " - document.documentElement.clientWidth);</script></body>")
    probe.write_text(page.read_text().replace("</body>", script))
    dom = _chromium(f"--window-size={width},900", "--virtual-time-budget=3000", "--dump-dom", probe.as_uri()).stdout
    found = re.search(r"<title>overflow:(-?\d+)</title>", dom)
    assert found is not None, dom[:300]
    return int(found[1])


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: the HTML brief is not checked in a browser")
def test_issue_15_html_brief_in_headless_chromium(cli, samples, tmp_path):
    page = tmp_path / "brief.html"
    run = cli(samples / "resume.md", samples / "jobs" / "vp-engineering-kilnworth.txt", "-o", page)
    assert run.exit_code == 0, run.stderr
    for width in (390, 1280):  # a phone and a laptop
        assert _overflow(page, width) == 0, width
        shot = tmp_path / f"shot-{width}.png"
        _chromium(f"--window-size={width},900", f"--screenshot={shot}", page.as_uri())
        header = shot.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (width, 900)
    # The probe can fail: a page made wider than the phone is caught.
    wide = tmp_path / "wide.html"
    wide.write_text(page.read_text().replace("</body>", '<div style="width: 2000px">x</div></body>'))
    assert _overflow(wide, 390) > 0


def test_issue_13_json_resume_skills_leave_out_industries(cli, samples, tmp_path):
    """An industry the candidate worked in is context for fit (skills_detail keeps it), not one of their skills."""
    resume = tmp_path / "resume.md"
    text = (samples / "resume.md").read_text(encoding="utf-8")
    work = "## Experience\n\nBuilt telehealth apps used by 300 clinics.\n"
    resume.write_text(text.replace("## Experience\n", work, 1))
    out = tmp_path / "brief.json"
    run = cli(resume, samples / "jobs" / "vp-engineering-kilnworth.txt", "-o", out, "-f", "json")
    assert run.exit_code == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))["resume"]
    assert "healthcare" in {s["name"] for s in data["skills_detail"]}
    assert "healthcare" not in data["skills"] and "Kafka" in data["skills"]
