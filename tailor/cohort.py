"""Many résumés against many postings: one folder of briefs per candidate, and a cohort summary.

Each résumé is analysed by a task of its own (`analyse_task`), and each résumé × posting pair is a
`batch.brief_task`, on the same engine as a batch: this process, a process pool, or a Dask cluster.
Per candidate, `batch.Briefs` decides what changed since the last run, names and writes the briefs and
the candidate's own summary; this module adds the cohort's two views, cohort.csv and cohort.pdf.
A résumé or posting that cannot be read fails alone and has its line in both.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tailor.batch import (
    Briefs,
    Engine,
    Outcome,
    collect,
    local_engine,
    plan_output,
    reading_warnings,
    submit,
    submit_briefs,
)
from tailor.compare import Row
from tailor.errors import InputError, OutputError, TailorError
from tailor.output import check_not_input, slug, write_atomic

if TYPE_CHECKING:
    from tailor.pipeline import Candidate

RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".markdown", ".json"})
COHORT_FILES = ("cohort.pdf", "cohort.csv")
TARGET_COLUMNS = ("resume", "posting")
BEST = 3  # how many postings per candidate, and candidates per posting, the cohort page names


@dataclass(frozen=True)
class Member:
    """One candidate of the cohort: a résumé, the postings it targets, and the folder its briefs go to."""

    resume: Path
    postings: tuple[Path, ...]
    folder: Path


@dataclass(frozen=True)
class Analysed:
    """A résumé read and analysed on a worker, or why it could not be."""

    resume: str
    candidate: Candidate | None
    error: str = ""
    exit_code: int = 0


def analyse_task(resume: str, today: dt.date) -> Analysed:
    from tailor.pipeline import analyse_resume

    try:
        return Analysed(resume, analyse_resume(Path(resume), today))
    except TailorError as exc:
        return Analysed(resume, None, str(exc), exc.exit_code)


@dataclass(frozen=True)
class Pair:
    """One résumé × posting line of the cohort summary."""

    candidate: str  # the name on the résumé, or its file name when it could not be read
    resume: Path
    row: Row  # the posting's line, as in the candidate's own summary


def resume_files(folder: Path) -> list[Path]:
    found = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in RESUME_SUFFIXES)
    if not found:
        raise InputError(f"{folder}: the folder holds no résumés ({', '.join(sorted(RESUME_SUFFIXES))})")
    return found


def plan_cohort(resumes: list[Path], postings: list[Path], output: Path, targets: Path | None) -> list[Member]:
    """Who targets what (every posting, unless a targets CSV says), and a folder of its own for each."""
    wanted = _read_targets(targets, resumes, postings) if targets is not None else None
    members, taken = [], set()
    for resume in resumes:
        chosen = tuple(p for p in postings if wanted is None or (resume, p) in wanted)
        if not chosen:
            continue
        name = folder = slug(resume.stem)  # "jane.pdf" and "jane.docx" get jane/ and jane-2/
        for i in range(2, len(resumes) + 2):
            if folder not in taken:
                break
            folder = f"{name}-{i}"
        taken.add(folder)
        members.append(Member(resume, chosen, output / folder))
    return members


def _read_targets(targets: Path, resumes: list[Path], postings: list[Path]) -> set[tuple[Path, Path]]:
    """The (résumé, posting) pairs a CSV with columns resume,posting names; files are named as in their folders."""
    by_name = {n: p for p in resumes for n in (p.name, p.stem)}
    jobs = {n: p for p in postings for n in (p.name, p.stem)}
    try:
        rows = list(csv.DictReader(io.StringIO(targets.read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{targets.name}: cannot be read as CSV ({exc})") from None
    if not rows or any(c not in rows[0] for c in TARGET_COLUMNS):
        raise InputError(f"{targets.name}: needs a header line with the columns {','.join(TARGET_COLUMNS)}")
    pairs = set()
    for line, row in enumerate(rows, 2):
        resume, posting = ((row[c] or "").strip() for c in TARGET_COLUMNS)
        if resume not in by_name:
            raise InputError(f"{targets.name} line {line}: no résumé named {resume!r} in the résumés folder")
        if posting not in jobs:
            raise InputError(f"{targets.name} line {line}: no posting named {posting!r} among the postings")
        pairs.add((by_name[resume], jobs[posting]))
    return pairs


def run_cohort(
    resumes: Path,
    postings: list[Path],
    *,
    targets: Path | None,
    output: Path | None,
    formats: Iterable[str],
    paper: str,
    today: dt.date,
    workers: int = 1,
    force: bool = False,
    say: Callable[[str], None],
    complain: Callable[[TailorError], None],
    warn: Callable[[str], None] = lambda _msg: None,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    engine: Engine | None = None,
) -> list[Pair]:
    """Write each candidate's briefs and summary into a folder of its own, then cohort.csv and cohort.pdf."""
    found = resume_files(resumes)  # what is wrong with the input is said before what is wrong with the output
    plan = plan_output(output, formats, many=True)
    assert plan.folder is not None
    if plan.folder.exists() and not plan.folder.is_dir():
        raise OutputError(f"{plan.folder}: a cohort needs a folder as --output")
    ours = {plan.folder.resolve() / name for name in COHORT_FILES}  # an earlier run's, when -o is an input folder
    members = plan_cohort([p for p in found if p.resolve() not in ours],
                          [p for p in postings if p.resolve() not in ours], plan.folder, targets)
    briefs = {m: Briefs(m.resume, list(m.postings), plan_output(m.folder, plan.formats, True), paper, today, True)
              for m in members}
    for b in briefs.values():
        b.check(force)
    # A candidate whose briefs are all unchanged is not read again: its manifest keeps its name and rows.
    to_read = [m for m in members if briefs[m].todo or not briefs[m].manifest.candidate]
    total = sum(len(m.postings) for m in members)
    done = [total - sum(len(briefs[m].todo) for m in to_read)]

    def tick() -> None:
        done[0] += 1
        progress(done[0], total)

    progress(done[0], total)
    tasks = len(to_read) + sum(len(briefs[m].todo) for m in to_read)
    pairs: list[Pair] = []
    with nullcontext(engine) if engine else local_engine(workers, tasks, "pdf" in plan.formats) as run_on:
        reading = [(m, submit(run_on, analyse_task, str(m.resume), today)) for m in to_read]
        pending: dict[Member, tuple[Analysed, list[Callable[[], Outcome]]]] = {}
        for m, result in reading:  # each candidate's briefs start as soon as its résumé is read
            analysed = result()
            if analysed.candidate is not None:
                for note in reading_warnings(analysed.candidate, m.resume):
                    warn(note)
                shared = run_on.share(analysed.candidate)
                pending[m] = (analysed, submit_briefs(run_on, shared, briefs[m].tasks()))
            else:
                pending[m] = (analysed, [])
        for m in members:
            lines = _finish(m, briefs[m], pending.get(m), tick, complain)
            if m.folder.is_dir():
                say(f"{m.folder}/")
            pairs += lines
    _write_cohort(plan.folder, pairs, today, paper, [*postings, *(m.resume for m in members)], say)
    return pairs


def _finish(
    member: Member,
    briefs: Briefs,
    pending: tuple[Analysed, list[Callable[[], Outcome]]] | None,
    tick: Callable[[], None],
    complain: Callable[[TailorError], None],
) -> list[Pair]:
    """One candidate's briefs and summary written; its lines for the cohort summary."""
    if pending is None:
        outcomes = briefs.finish({}, briefs.manifest.candidate, _silent, complain)
        return [Pair(briefs.manifest.candidate, member.resume, o.row) for o in outcomes]
    analysed, results = pending
    if analysed.candidate is None:
        error = analysed.error if member.resume.name in analysed.error else f"{member.resume.name}: {analysed.error}"
        complain(TailorError(error))
        for _ in member.postings:
            tick()
        return [Pair(member.resume.name, member.resume, Row.failed(str(member.resume), error))]
    name = analysed.candidate.resume.contact.name or member.resume.stem
    outcomes = briefs.finish(collect(results, tick), name, _silent, complain)
    return [Pair(name, member.resume, o.row) for o in outcomes]


def _silent(_message: str) -> None:
    """Each brief's path is not printed: the cohort says which folders it wrote."""


# --- the cohort summary ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    """The cohort's two views: best postings per candidate, best candidates per posting."""

    date: dt.date
    by_candidate: tuple[tuple[str, tuple[Pair, ...]], ...]  # (candidate, its best postings, best first)
    by_posting: tuple[tuple[str, tuple[Pair, ...]], ...]  # (posting, its best candidates, best first)
    failed: tuple[Pair, ...]
    briefs: int  # pairs prepared


def rank_cohort(pairs: list[Pair], today: dt.date) -> Ranked:
    ok = [p for p in pairs if p.row.error is None]
    by_candidate: dict[str, list[Pair]] = {}
    by_posting: dict[str, list[Pair]] = {}
    for p in sorted(ok, key=_best_first):
        by_candidate.setdefault(_candidate_label(p), []).append(p)
        by_posting.setdefault(_posting_label(p), []).append(p)
    return Ranked(
        today,
        tuple((c, tuple(ps[:BEST])) for c, ps in sorted(by_candidate.items(), key=lambda kv: kv[0].lower())),
        tuple((j, tuple(ps[:BEST])) for j, ps in sorted(by_posting.items(), key=lambda kv: kv[0].lower())),
        tuple(p for p in pairs if p.row.error is not None),
        len(ok),
    )


def _best_first(p: Pair) -> tuple[int, str, str]:
    return (-p.row.score, p.candidate.lower(), p.row.posting)


def _candidate_label(p: Pair) -> str:
    return f"{p.candidate} ({p.resume.name})"


def _posting_label(p: Pair) -> str:
    return " · ".join(x for x in (p.row.company, p.row.title) if x) + f" ({Path(p.row.posting).name})"


def cohort_csv(pairs: list[Pair]) -> bytes:
    """One line per résumé × posting, with where each ranks for the candidate and for the posting."""
    ok = sorted((p for p in pairs if p.row.error is None), key=_best_first)
    for_candidate: dict[Path, int] = {}
    for_posting: dict[str, int] = {}
    ranks = {}
    for p in ok:
        for_candidate[p.resume] = for_candidate.get(p.resume, 0) + 1
        for_posting[p.row.posting] = for_posting.get(p.row.posting, 0) + 1
        ranks[id(p)] = (for_candidate[p.resume], for_posting[p.row.posting])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["candidate", "resume", "posting", "company", "title", "match", "rank_for_candidate",
                     "rank_for_posting", "files", "error"])
    for p in sorted(ok, key=lambda p: (p.candidate.lower(), p.resume.name, -p.row.score, p.row.posting)):
        writer.writerow([p.candidate, p.resume.name, Path(p.row.posting).name, p.row.company, p.row.title,
                         p.row.score, *ranks[id(p)], "; ".join(p.row.files), ""])
    for p in pairs:
        if p.row.error is not None:
            posting = "" if Path(p.row.posting) == p.resume else Path(p.row.posting).name
            writer.writerow([p.candidate, p.resume.name, posting, "", "", "", "", "", "", p.row.error])
    return out.getvalue().encode("utf-8")


def _write_cohort(
    folder: Path, pairs: list[Pair], today: dt.date, paper: str, inputs: list[Path], say: Callable[[str], None]
) -> None:
    from tailor.render import render_page

    for name in COHORT_FILES:
        check_not_input(folder / name, inputs)
    ranked = rank_cohort(pairs, today)
    write_atomic(folder / "cohort.csv", cohort_csv(pairs))
    write_atomic(folder / "cohort.pdf", render_page("cohort.html.j2", today, paper, c=ranked))
    for name in COHORT_FILES:
        say(str(folder / name))
