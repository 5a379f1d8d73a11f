"""The command as a user runs it: arguments, exit codes, messages and the files on disk."""
from __future__ import annotations

import json
import os
import subprocess
import sys
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
    subprocess.run([*pip, "wheel", str(root), "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "w")],
                   check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "w").glob("tailor-*.whl"))
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
    assert "At a glance" in out.read_text()


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
