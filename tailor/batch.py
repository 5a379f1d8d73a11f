"""Runs the pipeline for one résumé against each posting and writes the briefs; one bad posting stops no other."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from tailor.errors import TailorError
from tailor.output import check_not_input, format_of, slug, unique_name, write_atomic


def _is_folder_target(output: Path | None, many: bool) -> bool:
    if output is None:
        return many
    return many or output.is_dir() or str(output).endswith(("/", "\\")) or not output.suffix


def run_all(
    resume: Path,
    postings: list[Path],
    *,
    output: Path | None,
    fmt: str | None,
    paper: str,
    export_resume: Path | None,
    today: dt.date,
    say: Callable[[str], None],
    complain: Callable[[TailorError], None],
) -> list[TailorError]:
    """Write one brief per posting; return the errors of the postings that failed."""
    from tailor.pipeline import analyse_resume, prepare_brief
    from tailor.render import render_brief
    from tailor.resume import to_json_resume

    inputs = [resume, *postings]
    folder_mode = _is_folder_target(output, len(postings) > 1)
    if not folder_mode and output is not None:
        fmt = format_of(output, fmt)
    fmt = fmt or "pdf"
    format_of(Path(f"x.{fmt}"), None)  # rejects an unknown --format before any work is done
    folder = (output if folder_mode and output is not None else Path.cwd())

    candidate = analyse_resume(resume, today)
    if export_resume is not None:
        check_not_input(export_resume, inputs)
        write_atomic(export_resume, json.dumps(to_json_resume(candidate.resume), indent=2, ensure_ascii=False).encode())
        say(str(export_resume))

    taken: set[str] = set()
    failures: list[TailorError] = []
    for job in postings:
        try:
            brief = prepare_brief(candidate, job, today)
            if folder_mode or output is None:
                stem = "brief-" + slug(brief.posting.company or job.stem)
                target = folder / unique_name(stem, fmt, taken, slug(brief.posting.title or job.stem))
            else:
                target = output
            check_not_input(target, inputs)
            write_atomic(target, render_brief(brief, fmt, paper))
            say(str(target))
        except TailorError as exc:
            complain(type(exc)(f"{job.name}: {exc}") if job.name not in str(exc) else exc)
            failures.append(exc)
    return failures
