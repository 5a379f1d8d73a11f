"""Runs the pipeline for one résumé against many postings, in parallel, and writes briefs and a comparison.

The per-posting work is `brief_task(Candidate, Task) -> Outcome`: a plain, picklable function of plain
data, so any `concurrent.futures.Executor` runs it: this process, a process pool, or a Dask cluster
(`dask_engine`), where the candidate is scattered to the workers once rather than sent with every
posting. The parent alone names and writes files, so briefs never overwrite each other.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tailor import __version__
from tailor.compare import Row, compare, row_from_brief
from tailor.errors import OutputError, TailorError
from tailor.output import STDOUT, check_not_input, check_target, format_of, slug, unique_name, write_atomic

if TYPE_CHECKING:
    from tailor.model import Brief, Posting, Resume, Skills, Taxonomy
    from tailor.pipeline import Candidate, SkillFinder

MANIFEST = ".tailor-manifest.json"
_T = TypeVar("_T")


@dataclass(frozen=True)
class Task:
    """One posting's work, as plain data; the candidate travels apart, so a cluster receives it once."""

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


def brief_task(candidate: Candidate, task: Task, extractor: SkillFinder | None = None) -> Outcome:
    """Parse, match, draft and render one posting. spaCy and the templates load once per process."""
    from tailor.pipeline import prepare_brief

    try:
        analysed = extractor.posting_read_ahead(task.posting) if isinstance(extractor, SkillsElsewhere) else None
        brief = prepare_brief(candidate, Path(task.posting), task.today, extractor, analysed)
        files = tuple((fmt, render_here(brief, fmt, task.paper)) for fmt in task.formats)
    except TailorError as exc:
        return Outcome(task.posting, Row.failed(task.posting, str(exc)), error=str(exc), exit_code=exc.exit_code)
    return Outcome(task.posting, row_from_brief(brief, task.posting), files)


def render_here(brief: Brief, fmt: str, paper: str) -> bytes:
    from tailor.render import render_brief

    return render_brief(brief, fmt, paper)


def _load_renderer() -> None:
    # here, not imported at the top: `tailor --help` and Markdown briefs never load Jinja2 and WeasyPrint
    from tailor.render import load_renderer

    with _libraries_from_the_linker_cache():
        load_renderer()


# How ldconfig tags this interpreter's libraries, as ctypes.util reads them (CPython's _findSoname_ldconfig).
_LDCONFIG_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
                 "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}


@contextmanager
def _libraries_from_the_linker_cache() -> Iterator[None]:
    """While WeasyPrint loads Pango, HarfBuzz and Fontconfig, libraries are looked up in the linker's cache,
    read once. WeasyPrint asks for each of its seven libraries under several names, Windows' and macOS' first,
    and on Linux every name ctypes.util.find_library cannot place runs ldconfig, gcc and ld in turn: some 50
    processes, 0.12 s of CPU and 0.25-0.4 s of a 0.6-0.8 s import on a busy machine (issue 14). Each of those
    libraries also has a name with ".so" that the loader opens directly, so a name the cache lacks needs no
    other search. Elsewhere, or without ldconfig, find_library is left as it is."""
    import ctypes.util
    import subprocess
    import sys

    listing = None
    if sys.platform == "linux":
        with suppress(OSError, subprocess.CalledProcessError):
            listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, check=True,
                                     env={"LC_ALL": "C", "LANG": "C"}).stdout
    if listing is None:
        yield
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = partial(_in_linker_cache, listing)
    try:
        yield
    finally:
        ctypes.util.find_library = original


def _in_linker_cache(listing: bytes, name: str) -> str | None:
    """What ctypes.util.find_library answers on Linux when ldconfig knows `name`: the library's file name."""
    import re
    import struct

    machine = os.uname().machine + ("-64" if struct.calcsize("l") == 8 else "-32")
    abi = _LDCONFIG_ABI.get(machine, "libc6")
    found = re.search(os.fsencode(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({abi}"), listing)
    return os.fsdecode(found.group(1)) if found else None


class SkillsElsewhere:
    """Skill extraction asked of a second process, which imports spaCy and loads the matcher while this one
    reads the documents and imports WeasyPrint (issue 14): for one brief, the user waits for the longer of
    those two chains, then for fit, draft and render, instead of for both chains one after the other."""

    def __init__(self, executor: Executor, posting: Path):
        self._executor = executor
        executor.submit(_extractor_ready)  # forks the process now, before spaCy is imported anywhere
        self._taxonomy = executor.submit(_taxonomy)
        self._posting = posting
        self._ahead: tuple[Posting, Future[Skills]] | TailorError | None = None

    def read_ahead(self) -> None:
        """Read and parse the posting while the résumé's skills are found, ask for its skills right after them,
        and compile the patterns fit and draft will need: off the path of a brief that waits for the other
        process (issue 14). A broken posting fails when its brief is prepared, as it would have without this."""
        from tailor.pipeline import compile_ahead, read_posting

        try:
            posting = read_posting(self._posting)
        except TailorError as exc:
            self._ahead = exc
            return
        self._ahead = (posting, self._executor.submit(_posting_skills, posting))
        from tailor.regexes import kept

        with kept("brief"):
            compile_ahead()

    def posting_read_ahead(self, posting: str) -> tuple[Posting, Skills] | None:
        """The posting read ahead and its skills, when `posting` is that one."""
        if self._ahead is None or posting != str(self._posting.resolve()):
            return None
        if isinstance(self._ahead, TailorError):
            raise self._ahead
        read, skills = self._ahead
        return read, skills.result()

    @property
    def taxonomy(self) -> Taxonomy:
        return self._taxonomy.result()

    def resume_skills_later(self, resume: Resume) -> Future[Skills]:
        return self._executor.submit(_resume_skills, resume)

    def resume_skills(self, resume: Resume) -> Skills:
        return self.resume_skills_later(resume).result()

    def posting_skills(self, posting: Posting) -> Skills:
        return self._executor.submit(_posting_skills, posting).result()


@contextmanager
def _loading_for_good() -> Iterator[None]:
    """No garbage collection while a process of the single brief loads what it keeps to its end: spaCy there,
    the stages, the résumé, WeasyPrint and the posting here. Those objects are made to live, so the
    collections their allocations set off free next to nothing and walk them all: 0.05-0.06 s of CPU in each
    process (issue 14). What was made is then frozen out of the collector's sight, so what follows does not
    walk it either (the skills process loads its matcher 0.05 s faster after a frozen spaCy than after one
    left in the youngest generation, collector on or off); the few cycles made meanwhile that were garbage
    (~11,000 objects here, under 2 MB) stay until the process ends, a second or two later."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# What the skills process runs. It imports tailor.skills alone, not tailor.pipeline and the later stages.
def _extractor_ready() -> None:
    from tailor.regexes import kept

    with kept("skills"):  # spaCy's tokenizer rules and the taxonomy's patterns, compiled in an earlier run
        with _loading_for_good():
            import tailor.skills  # noqa: F401  # spaCy; the matcher's load holds collections back its own way
        from tailor.skills import shared_extractor

        shared_extractor()


def _taxonomy() -> Taxonomy:
    from tailor.skills import shared_extractor

    return shared_extractor().taxonomy


def _resume_skills(resume: Resume) -> Skills:
    from tailor.skills import shared_extractor

    return shared_extractor().resume_skills(resume)


def _posting_skills(posting: Posting) -> Skills:
    from tailor.skills import shared_extractor

    return shared_extractor().posting_skills(posting)


@contextmanager
def skills_elsewhere(posting: Path | None) -> Iterator[SkillsElsewhere | None]:
    """For one brief (`posting`) with a core to spare, the process that finds its skills (BENCHMARKS.md has
    what it saves); None: no such process."""
    if posting is None:
        yield None
        return
    executor = ProcessPoolExecutor(max_workers=1)
    try:
        yield SkillsElsewhere(executor, posting)
    finally:
        executor.shutdown(cancel_futures=True)


# --- where the work runs ----------------------------------------------------------------------------


def _itself(value: object) -> object:
    return value


@dataclass(frozen=True)
class Engine:
    """Where tasks run. `executor` None runs them in this process, one after another, when their result
    is asked for; `share` turns a value many tasks take (the candidate) into what each task is handed."""

    executor: Executor | None = None
    share: Callable[[Any], Any] = _itself
    chunk: int = 1  # at most this many postings' briefs in one task (`submit_briefs`)
    workers: int = 1  # how many run at once


def submit(engine: Engine, fn: Callable[..., _T], *args: Any) -> Callable[[], _T]:
    """Start `fn(*args)` on the engine; return the call that waits for its result."""
    if engine.executor is None:
        return partial(fn, *args)
    return engine.executor.submit(fn, *args).result


def submit_briefs(
    engine: Engine, candidate: Any, tasks: list[Task], extractor: SkillFinder | None = None
) -> list[Callable[[], Outcome]]:
    """`brief_task` for each task on the engine, `engine.chunk` postings to a task: each result is still
    one posting's Outcome, in the order of `tasks`, and a posting that fails fails alone (brief_task turns
    its error into its Outcome)."""
    if engine.chunk <= 1 or engine.executor is None or extractor is not None:
        task = partial(brief_task, extractor=extractor) if extractor else brief_task
        return [submit(engine, task, candidate, t) for t in tasks]
    # two tasks a worker at least, so that a short batch is not left to one worker while the others idle
    size = max(1, min(engine.chunk, -(-len(tasks) // (2 * engine.workers))))
    pending: list[Callable[[], Outcome]] = []
    for i in range(0, len(tasks), size):
        group = tuple(tasks[i : i + size])
        result = submit(engine, brief_tasks, candidate, group)
        pending += [partial(_nth, result, k) for k in range(len(group))]
    return pending


def brief_tasks(candidate: Candidate, tasks: tuple[Task, ...]) -> list[Outcome]:
    """Several postings' briefs in one task (see DASK_CHUNK)."""
    return [brief_task(candidate, t) for t in tasks]


def _nth(result: Callable[[], list[Outcome]], k: int) -> Outcome:
    return result()[k]


def preload(pdf: bool) -> None:
    """Load spaCy's matcher over the taxonomy, and WeasyPrint when PDFs are wanted: what every task needs."""
    from tailor.pipeline import load_extractor

    load_extractor()
    if pdf:
        _load_renderer()


@contextmanager
def local_engine(workers: int, tasks: int, pdf: bool) -> Iterator[Engine]:
    """This process for one worker or one task, else a process pool forked after `preload`, so each
    worker starts with spaCy and WeasyPrint loaded instead of loading them again."""
    if workers <= 1 or tasks <= 1:
        yield Engine()
        return
    preload(pdf)
    pool = ProcessPoolExecutor(max_workers=min(workers, tasks))
    try:
        yield Engine(pool)
    finally:
        pool.shutdown(cancel_futures=True)


# Postings per task on Dask: each task costs the scheduler, a worker and this process a few milliseconds of CPU
# and a round trip, whatever its size; a brief of Markdown costs ~0.1 s (BENCHMARKS.md, 2026-11-30).
DASK_CHUNK = 4


@contextmanager
def dask_engine(scheduler: str, workers: int, pdf: bool) -> Iterator[Engine]:
    """A Dask cluster as the engine: the scheduler at `scheduler` (tcp://host:8786), or with "local" a
    LocalCluster of `workers` processes on this machine for the run. Workers need tailor installed."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise TailorError("--scheduler needs Dask; install it with: pip install 'tailor[dask]'") from None
    with _dask_cluster(LocalCluster, scheduler, workers) as cluster, _dask_client(Client, cluster, scheduler) as client:
        # Each worker loads spaCy and WeasyPrint now, while the parent reads the résumé; the futures are
        # held until the end, since Dask forgets a task whose future is dropped.
        names = client.scheduler_info()["workers"]
        warming = [client.submit(preload, pdf, workers=[w], pure=False) for w in names]
        yield Engine(client.get_executor(pure=False), share=partial(client.scatter, hash=False),
                     chunk=DASK_CHUNK, workers=max(1, len(names)))
        del warming


def engine_for(scheduler: str | None, workers: int, pdf: bool) -> AbstractContextManager[Engine | None]:
    """The Dask engine when a scheduler is named; otherwise None, and each run starts its own pool
    once it has loaded spaCy, so the workers it forks need not load it again."""
    return dask_engine(scheduler, workers, pdf) if scheduler else nullcontext(None)


@contextmanager
def _dask_cluster(local_cluster: Any, scheduler: str, workers: int) -> Iterator[Any]:
    if scheduler != "local":
        yield scheduler
        return
    # Loopback only, no dashboard: a cluster for this run, on this machine, reachable from nowhere else.
    with local_cluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                       dashboard_address=None) as cluster:
        yield cluster


@contextmanager
def _dask_client(client_class: Any, cluster: Any, scheduler: str) -> Iterator[Any]:
    try:
        client = client_class(cluster, timeout="10s")
    except (OSError, ValueError, TimeoutError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise TailorError(f"cannot reach the Dask scheduler at {scheduler} ({reason}); start it with "
                          "`dask scheduler`, or use --scheduler local") from None
    with client:
        yield client


# --- one candidate's briefs -----------------------------------------------------------------------


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


@dataclass
class Briefs:
    """One candidate's briefs: which postings need redoing, then writing what the tasks returned."""

    resume: Path
    postings: list[Path]
    plan: Plan
    paper: str
    today: dt.date
    summary: bool  # also write summary.pdf and summary.csv
    manifest: _Manifest = field(init=False)
    keys: dict[str, str] = field(init=False)  # posting -> what its brief depends on, "" when unknown
    todo: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.manifest = _Manifest({})
        self.keys = {}
        self.todo = self.names

    @property
    def names(self) -> list[str]:
        return [str(p.resolve()) for p in self.postings]  # the manifest's keys do not depend on the working folder

    @property
    def inputs(self) -> list[Path]:
        return [self.resume, *self.postings]

    @property
    def kept(self) -> Path | None:
        """The folder whose manifest is kept: a batch's only (summary); a single brief leaves no file the user
        did not ask for (issue 15)."""
        return self.plan.folder if self.summary else None

    def check(self, force: bool) -> None:
        """Read the manifest an earlier run left, and keep as to do only what changed since."""
        folder = self.kept
        if folder is None:
            return
        self.manifest = _Manifest({}) if force else _Manifest.load(folder)
        options = json.dumps([self.plan.formats, self.paper, self.today.isoformat(), __version__])
        resume_digest = _digest(self.resume)  # read once, not once per posting
        if resume_digest:
            self.keys = {n: _key(resume_digest, p, options) for n, p in zip(self.names, self.postings, strict=True)}
        self.todo = [p for p in self.names if not self.manifest.fresh(p, self.keys.get(p, ""), folder)]

    def tasks(self) -> list[Task]:
        return [Task(p, self.plan.formats, self.paper, self.today) for p in self.todo]

    def finish(
        self, fresh: dict[str, Outcome], candidate: str, say: Callable[[str], None],
        complain: Callable[[TailorError], None],
    ) -> list[Outcome]:
        """Write the new briefs (names never clash with kept ones), the summary and the manifest."""
        names = self.names
        outcomes: list[Outcome] = []
        taken = self.manifest.names(keep=[p for p in names if p not in fresh])
        if self.plan.folder is not None:  # a posting or résumé kept in the output folder is never a brief's name
            folder = self.plan.folder.resolve()
            taken |= {p.name for p in self.inputs if p.resolve().parent == folder}
        for p in names:
            outcome = fresh.get(p) or self.manifest.outcome(p)
            if outcome.error:
                complain(TailorError(f"{Path(p).name}: {outcome.error}" if Path(p).name not in outcome.error
                                     else outcome.error))
            elif p in fresh:
                outcome = _write(outcome, self.plan, taken, self.inputs, say)
                self.manifest.record(p, self.keys.get(p, ""), outcome)
            else:
                say(f"{', '.join(outcome.row.files)} (unchanged)")
            outcomes.append(outcome)
        if self.kept is not None:
            self._write_summary(outcomes, candidate, say)
            self.manifest.save(self.kept, candidate)
        return outcomes

    def _write_summary(self, outcomes: list[Outcome], candidate: str, say: Callable[[str], None]) -> None:
        from tailor.render import render_summary

        assert self.plan.folder is not None
        comparison = compare([o.row for o in outcomes], candidate, self.today)
        # An unchanged comparison is not drawn again (a PDF page costs a second).
        key = hashlib.sha256(repr((comparison, self.paper, __version__)).encode()).hexdigest()
        targets = [self.plan.folder / name for name in SUMMARY_FILES]
        if key == self.manifest.summary and all(t.exists() for t in targets):
            return
        for target in targets:
            check_not_input(target, self.inputs)
            write_atomic(target, render_summary(comparison, target.suffix[1:], self.paper))
            say(str(target))
        self.manifest.summary = key


SUMMARY_FILES = ("summary.pdf", "summary.csv")


def collect(pending: list[Callable[[], Outcome]], tick: Callable[[], None]) -> dict[str, Outcome]:
    """Each task's outcome by posting, in the order submitted, whatever order they finish in."""
    fresh = {}
    for result in pending:
        outcome = result()
        fresh[outcome.posting] = outcome
        tick()
    return fresh


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
    engine: Engine | None = None,
    strict: bool = True,
) -> list[Outcome]:
    """Write one brief per posting (and a comparison when there are several); return every outcome.
    Without an `engine`, the briefs are prepared here or in a pool of `workers` processes."""
    plan = plan_output(output, formats, len(postings) > 1)
    briefs = Briefs(resume, postings, plan, paper, today, summary=len(postings) > 1)
    if plan.single is not None:
        check_not_input(plan.single, briefs.inputs)
    one_brief = engine is None and len(postings) == 1 and workers > 1
    with skills_elsewhere(postings[0] if one_brief else None) as elsewhere:
        candidate = candidate_of(resume, today, warn, strict, elsewhere, "pdf" in plan.formats)
        if export_resume is not None:
            _export_resume(candidate, export_resume, briefs.inputs, say)
        briefs.check(force)
        tasks = briefs.tasks()
        done = [len(postings) - len(tasks)]

        def tick() -> None:
            done[0] += 1
            progress(done[0], len(postings))

        progress(done[0], len(postings))
        with nullcontext(engine) if engine else local_engine(workers, len(tasks), "pdf" in plan.formats) as run_on:
            shared = run_on.share(candidate) if tasks else candidate
            fresh = collect(submit_briefs(run_on, shared, tasks, elsewhere), tick)
    return briefs.finish(fresh, candidate.resume.contact.name or "Candidate", say, complain)


def candidate_of(
    resume: Path,
    today: dt.date,
    warn: Callable[[str], None],
    strict: bool = True,
    elsewhere: SkillsElsewhere | None = None,
    pdf: bool = False,
) -> Candidate:
    """The résumé read and analysed, with what the reader doubted passed to `warn`. With `elsewhere`, its
    skills are found there, and WeasyPrint (for a PDF) is imported here meanwhile."""
    if elsewhere is None:
        from tailor.pipeline import analyse_resume

        candidate = analyse_resume(resume, today, strict=strict)
    else:
        from tailor.regexes import kept

        with _loading_for_good():
            with kept("brief"):  # the patterns of the code that reads no document, compiled in an earlier run
                from tailor.pipeline import Candidate, read_resume
            read = read_resume(resume, today, strict)
            skills = elsewhere.resume_skills_later(read)
            if pdf:
                with kept("brief"):
                    _load_renderer()
            elsewhere.read_ahead()
        candidate = Candidate(read, skills.result())
    for note in reading_warnings(candidate, resume):
        warn(note)
    return candidate


def reading_warnings(candidate: Candidate, resume: Path) -> list[str]:
    """What the reader doubted in the résumé, and what to do when it found no roles."""
    notes = [f"{resume.name}: {note}" for note in candidate.resume.report.warnings]
    if not candidate.resume.roles:
        notes.append(f"{resume.name}: the STAR stories will have no résumé bullets; to fix what was misread, write "
                     "it out with --export-resume FILE.json, correct that file and run tailor on it")
    return notes


def _export_resume(candidate: Candidate, target: Path, inputs: list[Path], say: Callable[[str], None]) -> None:
    from tailor.jsonresume import to_json_resume

    check_not_input(target, inputs)
    data = json.dumps(to_json_resume(candidate.resume), indent=2, ensure_ascii=False)
    write_atomic(target, data.encode())
    say(str(target))


def written_by_tailor(folder: Path) -> set[str]:
    """Names of the briefs and summaries an earlier run wrote into `folder`: never postings to read."""
    entries = _Manifest.load(folder).entries
    names = {Path(f).name for e in entries.values() for f in e["row"]["files"]}  # type: ignore[index]
    return names | (set(SUMMARY_FILES) if entries else set())


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


def _digest(path: Path) -> str:
    """The file's SHA-256, or "" when it cannot be hashed safely (the reader then says why)."""
    # imported here: the readers are not loaded before a single brief forks its skills process, which needs none
    from tailor.read import max_file_bytes

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

    def __init__(self, entries: dict[str, dict[str, object]], candidate: str = "", summary: str = "") -> None:
        self.entries = entries
        self.candidate = candidate  # the name the summary shows, so an unchanged candidate need not be read again
        self.summary = summary  # what the summary files were drawn from

    @classmethod
    def load(cls, folder: Path) -> _Manifest:
        try:
            data = json.loads((folder / MANIFEST).read_text())
            if data.get("version") != __version__:
                return cls({})
            return cls(data["entries"], str(data.get("candidate", "")), str(data.get("summary", "")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
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

    def save(self, folder: Path, candidate: str) -> None:
        data = {"version": __version__, "candidate": candidate, "summary": self.summary, "entries": self.entries}
        write_atomic(folder / MANIFEST, json.dumps(data, indent=1, sort_keys=True).encode())
