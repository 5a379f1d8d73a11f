"""Cohort: a folder of résumés against a folder of postings, one folder per candidate, two cohort views."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

from tailor.cohort import Pair, rank_cohort
from tailor.compare import Row


@pytest.fixture()
def cohort(tmp_path: Path, samples: Path) -> tuple[Path, Path]:
    """Two résumés (the sample in two formats, as two candidates) and two postings."""
    resumes, jobs = tmp_path / "resumes", tmp_path / "jobs"
    resumes.mkdir()
    jobs.mkdir()
    shutil.copy(samples / "resume.md", resumes / "ana.md")
    shutil.copy(samples / "resume.docx", resumes / "ben.docx")
    for p in sorted((samples / "jobs").glob("*.txt"))[:2]:
        shutil.copy(p, jobs / p.name)
    return resumes, jobs


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.open(encoding="utf-8")))


def _stamps(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in sorted(out.glob("*/brief-*.json"))}


def test_cohort_writes_a_folder_per_candidate_and_two_summaries(cli, cohort, tmp_path):
    resumes, jobs = cohort
    out = tmp_path / "out"
    run = cli(resumes, jobs, "-o", out, "--format", "json")
    assert run.exit_code == 0, run.stderr
    for name in ("ana", "ben"):
        assert len(list((out / name).glob("brief-*.json"))) == 2
        assert len(_rows(out / name / "summary.csv")) == 2
        assert (out / name / "summary.pdf").read_bytes().startswith(b"%PDF")
    rows = _rows(out / "cohort.csv")
    assert [(r["resume"], r["rank_for_candidate"]) for r in rows] == [("ana.md", "1"), ("ana.md", "2"),
                                                                      ("ben.docx", "1"), ("ben.docx", "2")]
    assert sorted(r["rank_for_posting"] for r in rows) == ["1", "1", "2", "2"]
    assert all(int(r["match"]) > 0 and r["files"] and not r["error"] for r in rows)
    assert (out / "cohort.pdf").read_bytes().startswith(b"%PDF")


def test_cohort_broken_resume_and_posting_fail_alone(cli, cohort, tmp_path):
    resumes, jobs = cohort
    (resumes / "cleo.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (jobs / "broken.docx").write_bytes(b"PK\x03\x04 not a word file")
    out = tmp_path / "out"
    run = cli(resumes, jobs, "-o", out, "--format", "json")
    assert run.exit_code == 1
    errors = run.stderr.strip().splitlines()
    assert sorted(e.split(":")[2].strip() for e in errors) == ["broken.docx", "broken.docx", "cleo.pdf"]
    assert len(list(out.glob("*/brief-*.json"))) == 4 and not (out / "cleo").exists()
    rows = _rows(out / "cohort.csv")
    failed = [(r["resume"], r["posting"]) for r in rows if r["error"]]
    assert sorted(failed) == [("ana.md", "broken.docx"), ("ben.docx", "broken.docx"), ("cleo.pdf", "")]


def test_cohort_on_a_dask_cluster_writes_the_same_files_and_fails_alone(cli, cohort, tmp_path):
    """Issue 14: on Dask, several postings go to a worker in one task; the files are those of a run in this
    process, byte for byte, and a broken résumé and a broken posting still fail alone."""
    distributed = pytest.importorskip("distributed", reason="Dask is not installed: pip install 'tailor[dask]'")
    resumes, jobs = cohort
    (resumes / "cleo.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (jobs / "0-broken.docx").write_bytes(b"PK\x03\x04 not a word file")  # first: in a task with a good posting

    def written(out: Path) -> dict[str, bytes]:
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
                if p.is_file() and not p.name.startswith(".")}

    out = tmp_path / "out"  # the same folder each time: the summaries name the files
    here = cli(resumes, jobs, "-o", out, "--format", "md")
    out.rename(tmp_path / "here")
    # one worker: three postings a candidate go in two tasks (two tasks a worker at least)
    with distributed.LocalCluster(n_workers=1, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        there = cli(resumes, jobs, "-o", out, "--format", "md", env={"TAILOR_SCHEDULER": cluster.scheduler_address})
    out.rename(tmp_path / "there")
    assert (here.exit_code, there.exit_code) == (1, 1)
    assert sorted(there.stderr.splitlines()) == sorted(here.stderr.splitlines())
    files = written(tmp_path / "there")
    assert files == written(tmp_path / "here")
    assert len([f for f in files if f.endswith(".md")]) == 4 and b"0-broken.docx" in files["cohort.csv"]


def test_cohort_rerun_redoes_only_what_changed(cli, cohort, tmp_path):
    resumes, jobs = cohort
    out = tmp_path / "out"
    assert cli(resumes, jobs, "-o", out, "--format", "json").exit_code == 0
    first = _stamps(out)
    assert cli(resumes, jobs, "-o", out, "--format", "json").exit_code == 0
    assert _stamps(out) == first

    changed = sorted(jobs.iterdir())[0]
    changed.write_text(changed.read_text() + "\nWe also value curiosity.\n")
    assert cli(resumes, jobs, "-o", out, "--format", "json").exit_code == 0
    now = _stamps(out)
    assert sorted(n.split("/")[0] for n in first if now[n] != first[n]) == ["ana", "ben"]  # one posting, twice

    (resumes / "ana.md").write_text((resumes / "ana.md").read_text() + "\n")
    assert cli(resumes, jobs, "-o", out, "--format", "json").exit_code == 0
    again = _stamps(out)
    assert sorted(n for n in now if again[n] != now[n]) == sorted(n for n in now if n.startswith("ana/"))


def test_cohort_targets_say_who_gets_which_posting(cli, cohort, tmp_path):
    resumes, jobs = cohort
    first, second = sorted(p.name for p in jobs.iterdir())
    targets = tmp_path / "targets.csv"
    targets.write_text(f"resume,posting\nana.md,{first}\nben,{second}\n")
    out = tmp_path / "out"
    run = cli(resumes, jobs, "-o", out, "--format", "json", "--targets", targets)
    assert run.exit_code == 0, run.stderr
    assert [(r["resume"], r["posting"]) for r in _rows(out / "cohort.csv")] == [("ana.md", first), ("ben.docx", second)]


def test_cohort_targets_naming_no_file_is_one_line(cli, cohort, tmp_path):
    resumes, jobs = cohort
    targets = tmp_path / "targets.csv"
    targets.write_text("resume,posting\nzoe.pdf,anything.txt\n")
    run = cli(resumes, jobs, "-o", tmp_path / "out", "--targets", targets)
    assert run.exit_code == 3
    assert run.stderr.strip() == "tailor: error: targets.csv line 2: no résumé named 'zoe.pdf' in the résumés folder"
    assert not (tmp_path / "out").exists()


def _pair(candidate: str, posting: str, score: int) -> Pair:
    row = Row(posting, posting.upper(), "VP", "vp", score, (), (), "", "", (), ())
    return Pair(candidate, Path(f"{candidate}.md"), row)


def test_cohort_ranks_postings_per_candidate_and_candidates_per_posting():
    pairs = [_pair("ana", "a", 50), _pair("ana", "b", 70), _pair("ben", "a", 80), _pair("ben", "b", 60)]
    ranked = rank_cohort(pairs, dt.date(2026, 11, 25))
    assert [(c, [p.row.posting for p in ps]) for c, ps in ranked.by_candidate] == [
        ("ana (ana.md)", ["b", "a"]), ("ben (ben.md)", ["a", "b"])]
    assert [[p.candidate for p in ps] for _, ps in ranked.by_posting] == [["ben", "ana"], ["ana", "ben"]]


def test_cohort_refuses_export_resume(cli, cohort, tmp_path):
    resumes, jobs = cohort
    run = cli(resumes, jobs, "-o", tmp_path / "out", "--export-resume", tmp_path / "me.json")
    assert run.exit_code == 1
    assert run.stderr.strip() == f"tailor: error: --export-resume takes one résumé, and {resumes} is a folder of them"
    assert not (tmp_path / "out").exists() and not (tmp_path / "me.json").exists()
