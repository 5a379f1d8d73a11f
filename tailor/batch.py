"""Runs the pipeline for one résumé against many postings, in parallel, and writes briefs and a comparison.

The per-posting work is `brief_task(Task) -> Outcome`: a plain, picklable function of plain data, so
any `concurrent.futures.Executor` runs it (a process pool here; a cluster's executor, such as Dask's,
needs no redesign). The parent alone names and writes files, so briefs never overwrite each other.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from tailor import __version__
from tailor.compare import Comparison, Row, compare, row_from_brief
from tailor.errors import OutputError, TailorError
from tailor.output import STDOUT, check_not_input, check_target, format_of, slug, unique_name, write_atomic
from tailor.read import max_file_bytes

MANIFEST = ".tailor-manifest.json"


@dataclass(frozen=True)
class Task:
    """One posting's work, as plain data."""

    candidate: object  # pipeline.Candidate; typed loosely so this module imports no heavy stage
    posting: str
    formats: tuple[str, ...]
    paper: str
    today: dt.date


@dataclass(frozen=True)
class Outcome:
    posting: str
    row: Row
    files: tuple[tuple[str, bytes], ...] = ()  # (format, rendered bytes)
    error: str | None = None
    exit_code: int = 0
    unchanged: bool = False  # kept from an earlier run: the posting, résumé and options did not change


def brief_task(task: Task) -> Outcome:
    """Parse, match, draft and render one posting. spaCy and the templates load once per process."""
    from tailor.pipeline import prepare_brief
    from tailor.render import render_brief

    try:
        brief = prepare_brief(task.candidate, Path(task.posting), task.today)  # type: ignore[arg-type]
        files = tuple((fmt, render_brief(brief, fmt, task.paper)) for fmt in task.formats)
    except TailorError as exc:
        return Outcome(task.posting, Row.failed(task.posting, str(exc)), error=str(exc), exit_code=exc.exit_code)
    return Outcome(task.posting, row_from_brief(brief, task.posting), files)


@dataclass(frozen=True)
class Plan:
    """Where the briefs go, decided from the arguments before any work is done."""

    formats: tuple[str, ...]
    folder: Path | None  # None: a single brief written to `single`
    single: Path | None = None


def plan_output(output: Path | None, formats: Iterable[str], many: bool) -> Plan:
    fmts = tuple(dict.fromkeys(format_of(Path(f"x.{f}"), None) for f in formats))
    check_target(output, fmts, many)
    if output == STDOUT:
        return Plan(fmts or ("md",), None, output)
    folder_like = output is not None and (output.is_dir() or str(output).endswith(("/", os.sep)) or not output.suffix)
    if many or output is None or folder_like:
        # Without -o, briefs go to the working folder and are printed as relative paths, like with -o.
        return Plan(fmts or ("pdf",), output if output is not None else Path())
    fmt = format_of(output, fmts[0] if len(fmts) == 1 else None)
    if len(fmts) > 1:
        raise OutputError(f"{output.name}: several formats need a folder as --output")
    return Plan((fmt,), None, output)


def run_all(
    resume: Path,
    postings: list[Path],
    *,
    output: Path | None,
    formats: Iterable[str],
    paper: str,
    export_resume: Path | None,
    today: dt.date,
    workers: int = 1,
    force: bool = False,
    say: Callable[[str], None],
    complain: Callable[[TailorError], None],
    warn: Callable[[str], None] = lambda _msg: None,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    executor: Executor | None = None,
) -> list[Outcome]:
    """Write one brief per posting (and a comparison when there are several); return every outcome."""
    from tailor.jsonresume import to_json_resume
    from tailor.pipeline import analyse_resume

    plan = plan_output(output, formats, len(postings) > 1)
    inputs = [resume, *postings]
    if plan.single is not None:
        check_not_input(plan.single, inputs)
    candidate = analyse_resume(resume, today)
    for note in candidate.resume.report.warnings:
        warn(f"{resume.name}: {note}")
    if not candidate.resume.roles:
        warn(f"{resume.name}: the STAR stories will have no résumé bullets; to fix what was misread, write it out "
             "with --export-resume FILE.json, correct that file and run tailor on it")
    if export_resume is not None:
        check_not_input(export_resume, inputs)
        data = json.dumps(to_json_resume(candidate.resume), indent=2, ensure_ascii=False)
        write_atomic(export_resume, data.encode())
        say(str(export_resume))

    # Only a batch folder keeps a manifest: a single brief leaves no file the user did not ask for (issue 15).
    batch = plan.folder if plan.folder is not None and len(postings) > 1 else None
    manifest = _Manifest.load(batch) if batch is not None and not force else _Manifest({})
    names = [str(p.resolve()) for p in postings]  # the manifest's keys do not depend on the working folder
    options = json.dumps([plan.formats, paper, today.isoformat(), __version__])
    resume_digest = _digest(resume) if batch is not None else ""  # read once, not once per posting
    keys = {n: _key(resume_digest, p, options) for n, p in zip(names, postings, strict=True)} if resume_digest else {}
    todo = [p for p in names if not manifest.fresh(p, keys.get(p, ""), plan.folder)]
    tasks = [Task(candidate, p, plan.formats, paper, today) for p in todo]
    fresh = {o.posting: o for o in _execute(tasks, workers, executor, progress, len(postings) - len(todo))}

    outcomes: list[Outcome] = []
    taken = manifest.names(keep=[p for p in names if p not in fresh])
    if plan.folder is not None:  # a posting or résumé kept in the output folder is never a brief's name
        folder = plan.folder.resolve()
        taken |= {p.name for p in inputs if p.resolve().parent == folder}
    for p in names:
        outcome = fresh.get(p) or manifest.outcome(p)
        if outcome.error:
            complain(TailorError(f"{Path(p).name}: {outcome.error}" if Path(p).name not in outcome.error
                                 else outcome.error))
        elif p in fresh:
            outcome = _write(outcome, plan, taken, inputs, say)
            manifest.record(p, keys.get(p, ""), outcome)
        else:
            say(f"{', '.join(outcome.row.files)} (unchanged)")
        outcomes.append(outcome)
    if plan.folder is not None and len(postings) > 1:
        name = candidate.resume.contact.name or "Candidate"
        _write_summary(plan.folder, compare([o.row for o in outcomes], name, today), paper, inputs, say)
    if batch is not None:
        manifest.save(batch)
    return outcomes


def written_by_tailor(folder: Path) -> set[str]:
    """Names of the briefs and summaries an earlier run wrote into `folder`: never postings to read."""
    entries = _Manifest.load(folder).entries
    names = {Path(f).name for e in entries.values() for f in e["row"]["files"]}  # type: ignore[index]
    return names | ({"summary.pdf", "summary.csv"} if entries else set())


def _execute(
    tasks: list[Task],
    workers: int,
    executor: Executor | None,
    progress: Callable[[int, int], None],
    skipped: int,
) -> list[Outcome]:
    total = len(tasks) + skipped
    progress(skipped, total)
    own = executor is None and workers > 1 and len(tasks) > 1
    if own and any("pdf" in t.formats for t in tasks):
        import weasyprint  # noqa: F401  loaded once here, so forked workers do not each load it again
    pool = ProcessPoolExecutor(max_workers=min(workers, len(tasks))) if own else executor
    try:
        done = (f.result() for f in [pool.submit(brief_task, t) for t in tasks]) if pool else map(brief_task, tasks)
        results = []
        for i, outcome in enumerate(done, 1):
            results.append(outcome)
            progress(skipped + i, total)
        return results
    finally:
        if own and pool is not None:
            pool.shutdown(cancel_futures=True)


def _write(outcome: Outcome, plan: Plan, taken: set[str], inputs: list[Path], say: Callable[[str], None]) -> Outcome:
    written = []
    row = outcome.row
    for fmt, data in outcome.files:
        if plan.single is not None:
            target = plan.single
        else:
            assert plan.folder is not None
            stem = "brief-" + slug(row.company or Path(outcome.posting).stem)
            target = plan.folder / unique_name(stem, fmt, taken, slug(row.title or Path(outcome.posting).stem))
        check_not_input(target, inputs)
        write_atomic(target, data)
        say(str(target))
        written.append(str(target))
    return replace(outcome, row=replace(row, files=tuple(written)), files=())


def _write_summary(
    folder: Path, comparison: Comparison, paper: str, inputs: list[Path], say: Callable[[str], None]
) -> None:
    from tailor.render import render_summary

    for name, fmt in (("summary.pdf", "pdf"), ("summary.csv", "csv")):
        target = folder / name
        check_not_input(target, inputs)
        write_atomic(target, render_summary(comparison, fmt, paper))
        say(str(target))


def _digest(path: Path) -> str:
    """The file's SHA-256, or "" when it cannot be hashed safely (the reader then says why)."""
    try:
        if not path.is_file() or path.stat().st_size > max_file_bytes():
            return ""  # a pipe would block and a huge file fill memory; the reader refuses both, with a reason
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (OSError, TailorError):
        return ""


def _key(resume_digest: str, posting: Path, options: str) -> str:
    """What a brief depends on: both documents' bytes, the options, the date and tailor's version;
    "" (never counted as unchanged) when either document cannot be hashed."""
    posting_digest = _digest(posting)
    if not posting_digest:
        return ""
    return hashlib.sha256(f"{resume_digest}{posting_digest}{options}".encode()).hexdigest()


class _Manifest:
    """What an earlier run wrote into a folder, so an unchanged posting is not done again."""

    def __init__(self, entries: dict[str, dict[str, object]]) -> None:
        self.entries = entries

    @classmethod
    def load(cls, folder: Path) -> _Manifest:
        try:
            data = json.loads((folder / MANIFEST).read_text())
            return cls(data["entries"] if data.get("version") == __version__ else {})
        except (OSError, ValueError, KeyError, TypeError):
            return cls({})

    def fresh(self, posting: str, key: str, folder: Path | None) -> bool:
        entry = self.entries.get(posting)
        if folder is None or not entry or entry.get("key") != key:
            return False
        files = entry["row"]["files"]  # type: ignore[index]
        return bool(files) and all(Path(f).exists() for f in files)

    def outcome(self, posting: str) -> Outcome:
        return Outcome(posting, Row.from_json(self.entries[posting]["row"]), unchanged=True)  # type: ignore[arg-type]

    def names(self, keep: list[str]) -> set[str]:
        return {Path(f).name for p in keep for f in self.entries[p]["row"]["files"]}  # type: ignore[index]

    def record(self, posting: str, key: str, outcome: Outcome) -> None:
        self.entries[posting] = {"key": key, "row": asdict(outcome.row)}

    def save(self, folder: Path) -> None:
        data = {"version": __version__, "entries": self.entries}
        write_atomic(folder / MANIFEST, json.dumps(data, indent=1, sort_keys=True).encode())
