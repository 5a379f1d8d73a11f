"""JSON Resume export and import (issue 15): valid against the official schemas, and a round trip keeps the brief."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft7Validator

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "tests" / "schemas"
SAMPLE_RESUMES = [ROOT / "samples" / n for n in ("resume.pdf", "resume.docx", "resume.md")]
RESUMES = SAMPLE_RESUMES + sorted((ROOT / "tests" / "holdout" / "resumes").iterdir())
# One template corpus document per producer (Chromium, pandoc, XeLaTeX, pdfLaTeX, LibreOffice, python-docx,
# Typst), each a different persona.
CORPUS = ROOT / "tests" / "corpus" / "resumes"
ROUND_TRIP = RESUMES + [
    CORPUS / name
    for name in (
        "jr-elegant-ramirez.pdf",
        "md-html-zhang.pdf",
        "md-latex-sorensen.pdf",
        "tex-moderncv-classic-okafor.pdf",
        "tex-currvita-watanabe.pdf",
        "word-tabs-wisniewska.pdf",
        "docx-table-raghavan.docx",
        "typst-nibhraonain.pdf",
        "tex-europecv-lindqvist.pdf",
        "jr-macchiato-zhang.pdf",  # its email only behind a mailto link (issue 11)
    )
]
JOBS = sorted((ROOT / "samples" / "jobs").iterdir())
JOB = ROOT / "samples" / "jobs" / "vp-engineering-kilnworth.txt"


def _validator(name: str) -> Draft7Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def _nulls(value: object, path: str = "") -> list[str]:
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _nulls(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _nulls(v, f"{path}[{i}]")]
    return []


def _check_resume_export(data: dict, as_of: str) -> None:
    errors = [f"{list(e.path)}: {e.message}" for e in _validator("resume-schema.json").iter_errors(data)]
    assert errors == []
    assert _nulls(data) == []
    assert all("endDate" not in w or w["endDate"] != "present" for w in data.get("work", []))
    for url in [data["basics"].get("url"), *(p["url"] for p in data["basics"].get("profiles", []))]:
        assert url is None or urlsplit(url).scheme in ("http", "https"), url
    assert data["meta"]["lastModified"] == as_of


@pytest.mark.parametrize("resume", ROUND_TRIP, ids=lambda p: p.name)
def test_issue_15_round_trip_gives_the_same_brief_byte_for_byte(cli, tmp_path, resume):
    """The export passes the official schema; read back, it gives the same brief as the document, citations
    included, file for file (the PDF and DOCX in the test below), and exporting again writes the same JSON."""
    first, second = tmp_path / "first", tmp_path / "second"
    me, me_again = tmp_path / "me.json", tmp_path / "me2.json"
    formats = ("-f", "md", "-f", "json", "-f", "html")
    run = cli(resume, JOB, "-o", first, *formats, "--export-resume", me)
    assert run.exit_code == 0, run.stderr
    as_of = json.loads(next(first.glob("*.json")).read_text())["resume"]["as_of"]
    _check_resume_export(json.loads(me.read_text()), as_of)
    assert cli(me, JOB, "-o", second, *formats, "--export-resume", me_again).exit_code == 0
    briefs = sorted(p.name for p in first.iterdir())
    assert len(briefs) == 3 and sorted(p.name for p in second.iterdir()) == briefs
    for name in briefs:
        assert (second / name).read_bytes() == (first / name).read_bytes(), name
    assert me_again.read_bytes() == me.read_bytes()


def test_issue_15_round_trip_gives_the_same_pdf_and_docx(cli, samples, tmp_path):
    me, formats = tmp_path / "me.json", ("-f", "pdf", "-f", "docx")
    assert cli(samples / "resume.pdf", JOB, "-o", tmp_path / "a", *formats, "--export-resume", me).exit_code == 0
    assert cli(me, JOB, "-o", tmp_path / "b", *formats).exit_code == 0
    for suffix in (".pdf", ".docx"):
        original, read_back = (next((tmp_path / d).glob(f"*{suffix}")).read_bytes() for d in ("a", "b"))
        assert read_back == original, suffix


def test_issue_15_export_splits_education_skills_location_and_keeps_projects(cli, samples, tmp_path):
    me = tmp_path / "me.json"
    assert cli(samples / "resume.pdf", JOB, "-o", tmp_path / "b.md", "--export-resume", me).exit_code == 0
    data = json.loads(me.read_text())
    assert data["education"] == [
        {"institution": "Larimer State University", "area": "Computer Science", "studyType": "B.S.", "endDate": "2014"}
    ]
    assert data["basics"]["location"] == {"city": "Denver", "region": "CO"}
    networks = {p["network"]: p["username"] for p in data["basics"]["profiles"]}
    assert networks == {"LinkedIn": "marta-lindqvist-example", "GitHub": "mlindqvist-example"}
    skills = {s["name"]: s["keywords"] for s in data["skills"]}
    # The PDF wraps the Practices line: the wrapped tail stays in its group, not a skill of its own.
    assert skills["Practices"][-2:] == ["technical interviewing", "mentoring"]
    assert "AWS (EKS, RDS, SQS, Lambda)" in skills["Cloud & infrastructure"]
    assert len(skills) == 6
    assert data["projects"][0]["name"] == "pgshadow"
    assert [p["releaseDate"] for p in data["publications"]] == ["2023", "2021"]
    assert data["publications"][0]["name"].endswith("Denver Gophers meetup, 2023")  # the wrapped line joined


@pytest.mark.parametrize("job", JOBS, ids=lambda p: p.name)
def test_issue_15_exported_posting_passes_the_job_schema_and_reads_back(cli, samples, tmp_path, job):
    exported, again = tmp_path / "job.json", tmp_path / "job2.json"
    first, second, third = (tmp_path / f"{n}.json" for n in ("first", "second", "third"))
    run = cli(samples / "resume.md", job, "-o", first, "--export-posting", exported)
    assert run.exit_code == 0, run.stderr
    data = json.loads(exported.read_text())
    assert [e.message for e in _validator("job-schema.json").iter_errors(data)] == []
    assert _nulls(data) == []
    assert cli(samples / "resume.md", exported, "-o", second, "--export-posting", again).exit_code == 0
    assert cli(samples / "resume.md", again, "-o", third).exit_code == 0
    assert second.read_bytes() == third.read_bytes()
    original, read_back = (json.loads(p.read_text())["posting"] for p in (first, second))
    for key in ("company", "title", "seniority", "location", "remote", "team", "reports_to", "skills_nice", "stack"):
        assert read_back[key] == original[key], key


def test_issue_15_export_posting_takes_one_posting(cli, samples, tmp_path):
    run = cli(samples / "resume.md", samples / "jobs", "-o", tmp_path / "out", "--export-posting", tmp_path / "j.json")
    assert run.exit_code == 4
    assert "one posting" in run.stderr
    assert not (tmp_path / "j.json").exists() and not (tmp_path / "out").exists()


def test_issue_15_json_resume_and_job_swapped_are_refused(cli, samples, tmp_path):
    me, job = tmp_path / "me.json", tmp_path / "job.json"
    args = ("--export-resume", me, "--export-posting", job)
    assert cli(samples / "resume.md", JOB, "-o", tmp_path / "b.md", *args).exit_code == 0
    run = cli(job, me, "-o", tmp_path / "c.md")
    assert run.exit_code == 2
    assert "reads like a job posting, not a résumé" in run.stderr
    assert not (tmp_path / "c.md").exists()


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Northfield University", "M.Sc. Computer Science", "2010 – 2012"],
         {"institution": "Northfield University", "area": "Computer Science", "studyType": "M.Sc.",
          "startDate": "2010", "endDate": "2012"}),
        (["Master of Engineering, Software Systems, Kestrel Polytechnic (Aug 2008 – Jun 2010)"],
         {"institution": "Kestrel Polytechnic", "area": "Software Systems", "studyType": "Master of Engineering",
          "startDate": "2008", "endDate": "2010"}),
        (["Diplom, Informatik | 2009"], {"institution": "Diplom, Informatik | 2009"}),  # unreadable: kept whole
    ],
)
def test_issue_15_education_entries_over_lines_are_split_into_fields(cli, samples, tmp_path, lines, expected):
    text = (samples / "resume.md").read_text()
    resume = tmp_path / "resume.md"
    resume.write_text(text.replace("B.S. Computer Science — Larimer State University, 2014", "\n\n".join(lines)))
    me = tmp_path / "me.json"
    assert cli(resume, JOB, "-o", tmp_path / "b.md", "--export-resume", me).exit_code == 0
    assert json.loads(me.read_text())["education"] == [expected]


def test_issue_15_an_edited_export_gives_a_brief_with_the_edits(cli, samples, tmp_path):
    """A fixed title, a deleted role and a reworded highlight all show; the brief then reads the JSON itself
    (its reading report says so) and cites the lines of me.json, never a line of the PDF that no longer says it."""
    me = tmp_path / "me.json"
    assert cli(samples / "resume.pdf", JOB, "-o", tmp_path / "a.json", "--export-resume", me).exit_code == 0
    data = json.loads(me.read_text())
    latest = data["work"][0]
    latest["position"] = "Principal Software Engineer"
    latest["highlights"][0] = latest["highlights"][0].replace("to 140 ms", "to 150 ms")
    deleted = data["work"].pop(1)["name"]
    me.write_text(json.dumps(data, indent=2, ensure_ascii=False))
    run = cli(me, JOB, "-o", tmp_path / "b", "-f", "md", "-f", "json")
    assert run.exit_code == 0, run.stderr
    brief = next((tmp_path / "b").glob("*.md")).read_text()
    assert "Principal Software Engineer at Tallowmere Payments" in brief
    assert "Staff Software Engineer" not in brief
    assert deleted not in brief
    assert "to 150 ms" in brief and "to 140 ms" not in brief
    read_back = json.loads(next((tmp_path / "b").glob("*.json")).read_text())
    assert read_back["resume"]["report"]["kind"] == "json"
    # Every citation is the line of me.json that says it, the edited highlight included.
    written = me.read_text().splitlines()
    cited = [c for area in read_back["fit"]["areas"] for c in area["evidence"]] + read_back["fit"]["scope"]
    assert any("to 150 ms" in c["text"] for c in cited)
    for citation in cited:
        assert json.dumps(citation["text"][:40], ensure_ascii=False)[1:-1] in written[citation["line"]], citation


def test_issue_15_an_export_reformatted_by_an_editor_still_gives_the_same_brief(cli, samples, tmp_path):
    me = tmp_path / "me.json"
    assert cli(samples / "resume.docx", JOB, "-o", tmp_path / "a.md", "--export-resume", me).exit_code == 0
    me.write_text(json.dumps(json.loads(me.read_text()), indent=4, sort_keys=True))  # spacing, order, \u escapes
    assert cli(me, JOB, "-o", tmp_path / "b.md").exit_code == 0
    assert (tmp_path / "b.md").read_bytes() == (tmp_path / "a.md").read_bytes()


def test_issue_15_a_copied_document_tailor_did_not_write_is_not_trusted(cli, samples, tmp_path):
    """A meta.x-tailor block with a matching digest but lines no export has (made by hand) is not read as a
    document: the JSON's own values are, with no traceback."""
    from tailor.read.jsonresume import EXPORT_KEY, export_digest

    me = tmp_path / "me.json"
    assert cli(samples / "resume.md", JOB, "-o", tmp_path / "a.md", "--export-resume", me).exit_code == 0
    data = json.loads(me.read_text())
    data["meta"][EXPORT_KEY]["lines"][0] = {"text": 42, "page": "one"}
    data["meta"][EXPORT_KEY]["digest"] = export_digest(data)
    me.write_text(json.dumps(data))
    run = cli(me, JOB, "-o", tmp_path / "b.json")
    assert run.exit_code == 0, run.stderr
    assert json.loads((tmp_path / "b.json").read_text())["resume"]["report"]["kind"] == "json"
