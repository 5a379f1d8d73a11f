"""Batch: many postings at once, named apart, compared, redone only when something changed."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tailor.batch import Engine, run_all

JSON_MD = ("--format", "json", "--format", "md")


@pytest.fixture()
def jobs(tmp_path: Path, samples: Path) -> Path:
    """Three sample postings in a folder of their own."""
    folder = tmp_path / "jobs"
    folder.mkdir()
    for p in sorted((samples / "jobs").glob("*.txt"))[:3]:
        shutil.copy(p, folder / p.name)
    return folder


def _briefs(folder: Path, ext: str = "json") -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob(f"brief-*.{ext}"))}


def test_batch_broken_posting_does_not_stop_the_others(cli, samples, jobs, tmp_path):
    (jobs / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    out = tmp_path / "out"
    run = cli(samples / "resume.md", jobs, "-o", out, *JSON_MD)
    assert run.exit_code == 1  # something failed, and scripts can tell
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("tailor: error: broken.pdf")
    assert len(_briefs(out)) == 3 and len(_briefs(out, "md")) == 3
    rows = list(csv.DictReader((out / "summary.csv").open()))
    assert [r["error"] != "" for r in rows] == [False, False, False, True]
    assert "broken.pdf" in rows[-1]["company"]
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_batch_two_postings_from_one_company_get_two_names(cli, samples, tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    src = sorted((samples / "jobs").glob("*.txt"))[0]
    text = src.read_text()
    (folder / "a.txt").write_text(text)
    first_line = text.splitlines()[0]
    (folder / "b.txt").write_text(text.replace(first_line, "Principal Platform Engineer", 1))
    out = tmp_path / "out"
    run = cli(samples / "resume.md", folder, "-o", out, "--format", "json")
    assert run.exit_code == 0, run.stderr
    names = sorted(_briefs(out))
    assert len(names) == 2 and names[0] != names[1]
    assert any("principal-platform-engineer" in n for n in names)


def test_batch_summary_ranks_by_overall_match(cli, samples, jobs, tmp_path):
    out = tmp_path / "out"
    assert cli(samples / "resume.md", jobs, "-o", out, "--format", "json").exit_code == 0
    rows = list(csv.DictReader((out / "summary.csv").open()))
    scores = [int(r["match"]) for r in rows]
    assert scores == sorted(scores, reverse=True) and len(rows) == 3
    assert [r["rank"] for r in rows] == ["1", "2", "3"]
    for r in rows:
        assert r["prepare_first"] and r["seniority_fit"]


def test_batch_redoes_only_what_changed(cli, samples, jobs, tmp_path):
    out = tmp_path / "out"
    resume = tmp_path / "resume.md"
    shutil.copy(samples / "resume.md", resume)
    assert cli(resume, jobs, "-o", out, "--format", "json").exit_code == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("brief-*.json")}

    again = cli(resume, jobs, "-o", out, "--format", "json")
    assert again.exit_code == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("brief-*.json")} == stamps

    changed = sorted(jobs.iterdir())[0]
    changed.write_text(changed.read_text() + "\nWe also value curiosity.\n")
    assert cli(resume, jobs, "-o", out, "--format", "json").exit_code == 0
    now = {p.name: p.stat().st_mtime_ns for p in out.glob("brief-*.json")}
    assert sum(now[n] != stamps[n] for n in stamps) == 1

    assert cli(resume, jobs, "-o", out, "--format", "json", "--force").exit_code == 0
    forced = {p.name: p.stat().st_mtime_ns for p in out.glob("brief-*.json")}
    assert all(forced[n] != now[n] for n in now)


def test_batch_workers_1_and_2_write_the_same_briefs(cli, samples, jobs, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert cli(samples / "resume.md", jobs, "-o", one, "--workers", "1", *JSON_MD).exit_code == 0
    assert cli(samples / "resume.md", jobs, "-o", two, "--workers", "2", *JSON_MD).exit_code == 0
    assert _briefs(one) == _briefs(two) and len(_briefs(one)) == 3
    assert _briefs(one, "md") == _briefs(two, "md")


def test_batch_runs_on_any_executor(samples, jobs, tmp_path):
    """The per-posting work is plain data in and out, so any concurrent.futures.Executor can run it."""
    messages: list[str] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = run_all(
            samples / "resume.md", sorted(jobs.iterdir()), output=tmp_path / "out", formats=["json"], paper="A4",
            export_resume=None, today=dt.date(2025, 11, 25), say=messages.append,
            complain=lambda exc: messages.append(str(exc)), engine=Engine(pool),
        )
    assert [o.error for o in outcomes] == [None, None, None]
    assert len(_briefs(tmp_path / "out")) == 3


class _Counting(ThreadPoolExecutor):
    """A thread pool that counts the tasks it was given."""

    submitted = 0

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self.submitted += 1
        return super().submit(fn, *args, **kwargs)


def test_batch_in_chunks_writes_the_same_briefs_and_a_broken_posting_fails_alone(samples, jobs, tmp_path):
    """Several postings to a task (as on Dask): the same briefs in the same order, fewer tasks, and a posting
    that cannot be read fails alone though it shared its task with a good one."""
    (jobs / "0-broken.docx").write_bytes(b"PK\x03\x04 not a word file")  # first: in a task with a good posting

    def run(engine: Engine | None, name: str) -> list[str | None]:
        out = tmp_path / "out"  # the same folder each time: the summary names the files
        outcomes = run_all(
            samples / "resume.md", sorted(jobs.iterdir()), output=out, formats=["md"], paper="A4",
            export_resume=None, today=dt.date(2025, 11, 25), say=lambda _m: None, complain=lambda _e: None,
            engine=engine,
        )
        out.rename(tmp_path / name)
        return [o.error for o in outcomes]

    alone = run(None, "alone")
    with _Counting(max_workers=2) as pool:
        chunked = run(Engine(pool, chunk=4, workers=1), "chunked")
    assert pool.submitted == 2  # four postings, two to a task: two tasks a worker at least
    assert chunked == alone and alone[0] and alone[1:] == [None, None, None]
    assert _briefs(tmp_path / "chunked", "md") == _briefs(tmp_path / "alone", "md")
    assert (tmp_path / "chunked" / "summary.csv").read_bytes() == (tmp_path / "alone" / "summary.csv").read_bytes()


def test_batch_output_folder_may_be_the_postings_folder(cli, samples, jobs):
    """Briefs written among the postings are not read as postings on the next run."""
    first = cli(samples / "resume.md", jobs, "-o", jobs, "--format", "md")
    assert first.exit_code == 0, first.stderr
    again = cli(samples / "resume.md", jobs, "-o", jobs, "--format", "md", "--force")
    assert again.exit_code == 0, again.stderr
    assert len(list(jobs.glob("brief-*.md"))) == 3


def test_batch_on_a_dask_cluster_writes_the_same_bytes_as_the_pool(cli, samples, jobs, tmp_path):
    """Issue 14: whichever executor ran them, the briefs and summaries are identical, byte for byte."""
    distributed = pytest.importorskip("distributed", reason="Dask is not installed: pip install 'tailor[dask]'")
    out, formats = tmp_path / "out", ("--format", "pdf", *JSON_MD)

    def written() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}

    assert cli(samples / "resume.md", jobs, "-o", out, "--workers", "2", *formats).exit_code == 0
    by_pool = written()
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        run = cli(samples / "resume.md", jobs, "-o", out, *formats, "--force",
                  env={"TAILOR_SCHEDULER": cluster.scheduler_address})
    assert run.exit_code == 0, run.stderr
    assert len(by_pool) == 3 * 3 + 2 and written() == by_pool


def test_batch_without_dask_says_how_to_install_it(cli, samples, jobs, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    run = cli(samples / "resume.md", jobs, "-o", tmp_path / "out", "--scheduler", "local")
    assert run.exit_code == 1
    assert run.stderr.strip() == "tailor: error: --scheduler needs Dask; install it with: pip install 'tailor[dask]'"
    assert not (tmp_path / "out").exists()


def test_batch_unreachable_scheduler_is_one_line(cli, samples, jobs, tmp_path):
    pytest.importorskip("distributed", reason="Dask is not installed: pip install 'tailor[dask]'")
    run = cli(samples / "resume.md", jobs, "-o", tmp_path / "out", "--scheduler", "nowhere://scheduler:8786")
    assert run.exit_code == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tailor: error: cannot reach the Dask scheduler at nowhere://")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("suffix", ["pdf", "md"])
def test_issue_14_one_brief_with_skills_found_elsewhere_is_the_same_as_found_here(cli, samples, tmp_path, suffix):
    """With a core to spare, one brief's skills are found by a second process that loaded spaCy meanwhile."""
    job = sorted((samples / "jobs").glob("*.txt"))[0]
    helped, here = tmp_path / f"helped.{suffix}", tmp_path / f"here.{suffix}"
    assert cli(samples / "resume.pdf", job, "-o", helped, "--workers", "2").exit_code == 0
    assert cli(samples / "resume.pdf", job, "-o", here, "--workers", "1").exit_code == 0
    assert helped.read_bytes() == here.read_bytes() and len(here.read_bytes()) > 1000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the linker's cache is Linux's")
def test_issue_14_libraries_from_the_linker_cache_are_those_ctypes_finds() -> None:
    """WeasyPrint's import looks its libraries up in the linker's cache read once, not with ~50 processes: the
    answers must be ctypes.util.find_library's, for the names WeasyPrint asks and a library none has."""
    import ctypes.util
    import subprocess

    from tailor.batch import _in_linker_cache

    listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, env={"LC_ALL": "C", "LANG": "C"}).stdout
    names = ["gobject-2.0", "libgobject-2.0-0", "gobject-2.0-0", "pango-1.0", "pangoft2-1.0", "harfbuzz",
             "harfbuzz-subset", "fontconfig", "c", "no-such-library-at-all"]
    assert [_in_linker_cache(listing, n) for n in names] == [ctypes.util.find_library(n) for n in names]
    assert _in_linker_cache(listing, "pango-1.0") is not None


def test_issue_14_a_resume_that_cannot_be_read_beside_the_skills_process_fails_as_one_line(cli, samples, tmp_path):
    """One brief with a core to spare: the résumé is read while a second process loads spaCy; its error still
    reaches the user as one line and its exit code, and nothing is written."""
    (tmp_path / "empty.txt").write_text("")
    job = sorted((samples / "jobs").glob("*.txt"))[0]
    run = cli(tmp_path / "empty.txt", job, "-o", tmp_path / "brief.pdf", "--workers", "2")
    assert run.exit_code == 3
    assert run.stderr.strip() == "tailor: error: empty.txt: the file is empty"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_issue_14_a_posting_read_ahead_that_cannot_be_read_fails_as_one_line(cli, samples, tmp_path):
    """One brief with a core to spare: the posting is read while the résumé's skills are found elsewhere; a
    broken one fails as it would without the skills process, one line and its exit code, nothing written."""
    (tmp_path / "empty.txt").write_text("")
    runs = [cli(samples / "resume.md", tmp_path / "empty.txt", "-o", tmp_path / "brief.pdf", "--workers", w)
            for w in ("2", "1")]
    assert [r.exit_code for r in runs] == [3, 3]
    assert runs[0].stderr == runs[1].stderr == "tailor: error: empty.txt: the file is empty\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]
