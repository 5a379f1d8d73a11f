"""Issue 14: the compiled patterns kept between runs (tailor/regexes.py) give the same patterns and the same
brief, keep nothing of the documents, and cost nothing but time when the cache folder is damaged or blocked."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tailor import regexes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
JOB = SAMPLES / "jobs" / "vp-engineering-kilnworth.txt"
needs_compiler = pytest.mark.skipif(regexes._compiler is None, reason="Python 3.10 keeps no compiled patterns")


def _tailor(cache: Path, resume: Path, job: Path, out: Path, *more: str) -> subprocess.CompletedProcess[str]:
    """`tailor` as a user runs it, in a process of its own: one brief, so the skills are found in a second
    process and both keep their patterns."""
    env = {**os.environ, "TAILOR_CACHE_DIR": str(cache), "SOURCE_DATE_EPOCH": "1764028800"}
    return subprocess.run([sys.executable, "-m", "tailor", str(resume), str(job), "-o", str(out), "--workers", "2",
                           *more], capture_output=True, text=True, env=env, check=False)


def _kept_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("regexes-*.marshal"))


def _entries(path: Path) -> dict:
    return marshal.loads(path.read_bytes()[regexes._SUM:])


@needs_compiler
def test_kept_patterns_give_the_same_brief_and_equal_patterns(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _tailor(cache, SAMPLES / "resume.pdf", JOB, tmp_path / "first.pdf")
    assert first.returncode == 0, first.stderr
    kept = _kept_files(cache)
    assert [p.name.split("-")[1] for p in kept] == ["brief", "skills"]
    stamps = [p.stat().st_mtime_ns for p in kept]
    second = _tailor(cache, SAMPLES / "resume.pdf", JOB, tmp_path / "second.pdf")
    assert second.returncode == 0, second.stderr
    # and the brief of a run that kept nothing yet, in another cache folder
    assert _tailor(tmp_path / "other", SAMPLES / "resume.pdf", JOB, tmp_path / "alone.pdf").returncode == 0
    assert (tmp_path / "second.pdf").read_bytes() == (tmp_path / "first.pdf").read_bytes()
    assert (tmp_path / "second.pdf").read_bytes() == (tmp_path / "alone.pdf").read_bytes()
    # the second run found every pattern it keeps, so it wrote nothing
    assert [p.stat().st_mtime_ns for p in kept] == stamps
    # each entry makes the pattern compiling makes: re compares the engine's code, flags and groups
    for path in kept:
        entries = _entries(path)
        assert len(entries) > 100
        for (pattern, flags), args in entries.items():
            assert regexes._sre.compile(pattern, *args) == regexes._original(pattern, flags), pattern


@needs_compiler
def test_nothing_of_the_documents_is_kept(tmp_path: Path) -> None:
    # the samples with invented words in the places a pattern could be made from: name, employer, figures, skills
    resume = tmp_path / "resume.md"
    lines = (SAMPLES / "resume.md").read_text().splitlines()
    lines[0] = "# Quillon Vexmarrow"
    lines.append("- Grew the Zanthrope platform team from 4 to 17 engineers; cut Frobnistic deploy time by 63%")
    resume.write_text("\n".join(lines) + "\n")
    job = tmp_path / "job.txt"
    job.write_text(JOB.read_text() + "\nAt Kresselwick you will lead 9 teams building Drumbleforge on Blorptastic.\n")
    cache = tmp_path / "cache"
    run = _tailor(cache, resume, job, tmp_path / "brief.md")
    assert run.returncode == 0, run.stderr
    assert _kept_files(cache)
    for path in _kept_files(cache):
        text = repr(_entries(path)).lower()
        for word in ("vexmarrow", "quillon", "zanthrope", "frobnistic", "kresselwick", "drumbleforge", "blorptastic"):
            assert word not in text, (path.name, word)


@needs_compiler
@pytest.mark.parametrize("damage", ["garbage", "flipped", "refused"])
def test_a_damaged_file_costs_the_compiling_never_the_brief(tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    assert _tailor(cache, SAMPLES / "resume.pdf", JOB, tmp_path / "first.md").returncode == 0
    for path in _kept_files(cache):
        data = path.read_bytes()
        if damage == "garbage":
            path.write_bytes(b"\x00not marshal at all")
        elif damage == "flipped":  # one byte of the entries changed: the checksum no longer holds
            path.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
        else:  # a well-formed file whose code the engine refuses
            entries = {key: (args[0], [0], *args[2:]) for key, args in _entries(path).items()}
            body = marshal.dumps(entries)
            path.write_bytes(regexes.hashlib.sha256(body).digest()[: regexes._SUM] + body)
    again = _tailor(cache, SAMPLES / "resume.pdf", JOB, tmp_path / "again.md")
    assert again.returncode == 0, again.stderr
    assert again.stderr == ""
    assert (tmp_path / "again.md").read_bytes() == (tmp_path / "first.md").read_bytes()
    for path in _kept_files(cache):  # written whole again
        assert len(_entries(path)) > 100


@needs_compiler
def test_a_blocked_cache_folder_costs_the_compiling_never_the_brief(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    run = _tailor(blocked / "cache", SAMPLES / "resume.pdf", JOB, tmp_path / "brief.md")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "brief.md").read_text().startswith("#")


def test_outside_a_scope_and_on_other_threads_nothing_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setenv("TAILOR_CACHE_DIR", str(tmp_path))
    re.compile("outside (a|scope) 1")
    seen = []
    with regexes.kept("test"):
        re.compile("inside (a|scope) 2")
        other = threading.Thread(target=lambda: seen.append(re.compile("another (thread) 3")))
        other.start()
        other.join()
    assert seen
    if regexes._compiler is not None:
        (kept,) = _kept_files(tmp_path)
        assert [pattern for pattern, _ in _entries(kept)] == ["inside (a|scope) 2"]
        assert re._compiler.compile is regexes._original  # the scope closed, compiling is Python's own again


@needs_compiler
def test_the_file_of_another_python_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAILOR_CACHE_DIR", str(tmp_path))
    other = tmp_path / "regexes-test2-0000000000000000.marshal"
    other.write_bytes(b"kept by another Python version")
    unrelated = tmp_path / "regexes-other-0000000000000000.marshal"
    unrelated.write_bytes(b"another scope's")
    monkeypatch.setattr(regexes, "_known", {})
    monkeypatch.setattr(regexes, "_used", {})
    with regexes.kept("test2"):
        re.compile("fresh (in|this) run 4")
    assert not other.exists()
    assert unrelated.exists()
    assert [p.name.split("-")[1] for p in _kept_files(tmp_path)] == ["other", "test2"]
