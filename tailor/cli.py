"""The command line: arguments and help, then the pipeline; a TailorError becomes one line and an exit code."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tailor import __version__
from tailor.errors import InputError, OutputError, TailorError
from tailor.output import STDOUT

if TYPE_CHECKING:
    from tailor.batch import Outcome

JOB_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}

app = typer.Typer(
    # Pretty tracebacks print local variables, and those hold the résumé.
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Paper(str, Enum):
    A4 = "A4"
    LETTER = "Letter"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tailor {__version__}")
        raise typer.Exit()


def brief_date() -> dt.date:
    """The brief's date: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


def job_files(jobs: list[Path]) -> list[Path]:
    """The postings named: files as given, folders expanded to the posting files they hold (not earlier briefs)."""
    from tailor.batch import written_by_tailor

    out: list[Path] = []
    for job in jobs:
        if job.is_dir():
            ours = written_by_tailor(job)
            found = sorted(p for p in job.iterdir()
                           if p.is_file() and p.suffix.lower() in JOB_SUFFIXES and p.name not in ours)
            if not found:
                raise InputError(f"{job}: the folder holds no posting files ({', '.join(sorted(JOB_SUFFIXES))})")
            out.extend(found)
        else:
            out.append(job)
    return out


def refuse_urls(paths: list[Path]) -> None:
    """tailor never fetches: a web address given as a document gets a one-line way out, not a mangled path."""
    for path in paths:
        # Path() folds "https://host/x" into "https:/host/x"; match both spellings, print the one typed.
        if re.match(r"(?i)(?:https?|ftp):/|www\.", str(path)) and not path.exists():
            address = re.sub(r"^([A-Za-z]+):/(?!/)", r"\1://", str(path))
            raise InputError(
                f"{address}: tailor works offline and fetches nothing; save the page (or paste its text) "
                "into a file and give that file"
            )


@app.command()
def tailor(
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="Your résumé: .pdf, .docx, .txt, .md or JSON Resume .json; or a folder of résumés (a cohort).",
        ),
    ],
    jobs: Annotated[
        list[Path],
        typer.Argument(
            metavar="JOBS...", help="One or more job postings (.txt .md .html .pdf .docx), or folders of them."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="PATH",
            help="Brief file (its extension sets the format), a folder when there are several, or - for stdout.",
        ),
    ] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="Output format: pdf, html, md, json or docx; repeat for several."
        ),
    ] = None,
    paper: Annotated[Paper, typer.Option(help="Paper size of the PDF.")] = Paper.A4,
    export_resume: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE.json",
            help="Also write what tailor read from the résumé as JSON Resume, to correct and reuse.",
        ),
    ] = None,
    export_posting: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE.json",
            help="Also write what tailor read from the posting as a JSON Resume job, to correct and reuse.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, metavar="N", help="Postings prepared in parallel processes (default: the number of cores)."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            envvar="TAILOR_SCHEDULER",
            metavar="ADDRESS",
            help="Prepare the briefs on a Dask cluster: its scheduler (tcp://host:8786), or 'local' for one "
            "started here with --workers processes. Needs tailor[dask].",
        ),
    ] = None,
    targets: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE.csv",
            help="With a folder of résumés: which résumé targets which posting (columns resume,posting); "
            "by default every résumé meets every posting.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Redo every brief, even those unchanged since the last run.")
    ] = False,
    draft_anyway: Annotated[
        bool,
        typer.Option(
            "--draft-anyway",
            help="Draft even when the résumé's roles cannot be read with confidence; the brief says so on its cover.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Write an interview-preparation brief for each job posting, from your résumé.

    With several postings, also write summary.pdf and summary.csv comparing them. With a folder of
    résumés, write one folder per candidate, and cohort.pdf and cohort.csv ranking who fits where.
    Everything runs on this computer: the documents are never sent anywhere.
    """
    from tailor.batch import engine_for, run_all  # heavy imports (spaCy, WeasyPrint) only once there is work

    said: list[str] = []
    workers = workers or os.cpu_count() or 1
    try:
        refuse_urls([resume, *jobs])
        postings = job_files(jobs)
        pdf = not formats or "pdf" in formats or (output is not None and output.suffix.lower() == ".pdf")
        if resume.is_dir():
            from tailor.cohort import run_cohort

            if export_resume is not None:
                raise TailorError(f"--export-resume takes one résumé, and {resume} is a folder of them")

            with engine_for(scheduler, workers, pdf) as engine, _progress(not quiet and sys.stderr.isatty()) as bar:
                pairs = run_cohort(resume, postings, targets=targets, output=output, formats=formats or [],
                                   paper=paper.value, today=brief_date(), workers=workers, force=force,
                                   say=(lambda _msg: None) if quiet else typer.echo, complain=complain,
                                   warn=(lambda _msg: None) if quiet else _warn, progress=bar, engine=engine)
            raise typer.Exit(1 if any(p.row.error for p in pairs) else 0)
        if export_posting is not None:
            quiet_here = quiet or output == STDOUT  # stdout then carries the brief alone
            write_posting_export(postings, export_posting, [resume, *postings], None if quiet_here else typer.echo)
        with engine_for(scheduler, workers, pdf) as engine, _progress(
            enabled=not quiet and sys.stderr.isatty() and len(postings) > 1
        ) as progress:
            outcomes = run_all(
                resume,
                postings,
                output=output,
                formats=formats or [],
                paper=paper.value,
                export_resume=export_resume,
                today=brief_date(),
                workers=workers,
                force=force,
                say=(said.append if len(postings) > 1
                     else (lambda _msg: None) if quiet or output == STDOUT else typer.echo),
                complain=complain,
                warn=(lambda _msg: None) if quiet else _warn,
                progress=progress,
                engine=engine,
                strict=not draft_anyway,
            )
    except TailorError as exc:
        complain(exc)
        raise typer.Exit(exc.exit_code) from None
    if len(postings) > 1 and not quiet:
        _print_results(outcomes)
        briefs = {f for o in outcomes for f in o.row.files}
        for message in said:  # what is not in the table: the comparison, an exported résumé
            if message not in briefs and not message.endswith("(unchanged)"):
                typer.echo(message)
    failed = [o for o in outcomes if o.error]
    if failed:
        # All failed for one reason: that reason's code. Some failed: 1, so scripts notice.
        codes = {o.exit_code for o in failed}
        raise typer.Exit(codes.pop() if len(failed) == len(outcomes) and len(codes) == 1 else 1)


def write_posting_export(
    postings: list[Path], target: Path, inputs: list[Path], say: Callable[[str], None] | None
) -> None:
    """--export-posting: what tailor read from the one posting, as a JSON Resume job, to correct and give back."""
    import json

    from tailor.jsonresume import to_json_job
    from tailor.output import check_not_input, write_atomic
    from tailor.pipeline import analyse_posting

    if len(postings) != 1:
        raise OutputError(f"{target}: --export-posting writes one posting; give a single posting file")
    check_not_input(target, inputs)
    posting, skills = analyse_posting(postings[0])
    write_atomic(target, (json.dumps(to_json_job(posting, skills), indent=2, ensure_ascii=False) + "\n").encode())
    if say is not None:
        say(str(target))


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None]]:
    if not enabled:
        yield lambda _done, _total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("Preparing briefs", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _print_results(outcomes: list[Outcome]) -> None:
    rows = sorted(outcomes, key=lambda o: (o.error is not None, -o.row.score))
    width = max((len(o.row.company) for o in rows), default=7)
    typer.echo(f"{'match':>5}  {'company':<{width}}  result")
    for o in rows:
        score = "-" if o.error else f"{o.row.score}"
        result = f"failed: {o.error}" if o.error else ", ".join(o.row.files) + (" (unchanged)" if o.unchanged else "")
        typer.echo(f"{score:>5}  {o.row.company:<{width}}  {result}")
    kept = sum(o.unchanged for o in outcomes)
    if kept:
        typer.echo(f"{kept} of {len(outcomes)} postings unchanged since the last run: their briefs were kept, "
                   "not redone (--force redoes them)")


def _warn(message: str) -> None:
    typer.echo(f"tailor: warning: {message}", err=True)


def complain(exc: TailorError) -> None:
    typer.echo(f"tailor: error: {exc}", err=True)


def main() -> None:
    app()
