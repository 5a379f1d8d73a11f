"""The pitch and the "Your fit" strongest evidence over the demo and the holdout (issue 12, brief s6 "pitch").

    python scripts/pitch_report.py            # word counts per set (min / median / max) and the close kinds
    python scripts/pitch_report.py --list     # also every pitch, its strongest evidence and the lines it cites

Sets: the demo (samples/resume.pdf x samples/jobs) and the holdout (tests/holdout/resumes x three of its jobs).
Runs the pipeline in this process; a résumé whose roles cannot be read with confidence is drafted anyway.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tailor.pipeline import analyse_resume, load_extractor, prepare_brief  # noqa: E402

TODAY = dt.date(2026, 11, 1)
HOLDOUT_JOBS = ("job-greenhouse-kilnworth.txt", "job-indeed-sr-director.txt", "job-remote-salary-head-platform.txt")


def pairs() -> dict[str, list[tuple[Path, Path]]]:
    holdout = ROOT / "tests" / "holdout"
    return {
        "demo": [(ROOT / "samples" / "resume.pdf", job) for job in sorted((ROOT / "samples" / "jobs").iterdir())],
        "holdout": [
            (resume, holdout / "jobs" / job)
            for resume in sorted((holdout / "resumes").iterdir())
            for job in HOLDOUT_JOBS
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    extractor = load_extractor()
    for name, todo in pairs().items():
        counts = []
        candidates = {}
        for resume, job in todo:
            if resume not in candidates:
                candidates[resume] = analyse_resume(resume, TODAY, extractor, strict=False)
            brief = prepare_brief(candidates[resume], job, TODAY, extractor)
            counts.append(brief.pitch.words)
            if args.list:
                print(f"== [{name}] {resume.name} x {job.name} ({brief.pitch.words} words)")
                print(brief.pitch.text)
                for source in brief.pitch.sources:
                    print(f"   - {source}")
                strongest = next((s for s in brief.fit_verdict.sentences if s.startswith("Strongest")), None) \
                    if brief.fit_verdict else None
                print(f"   * {strongest}")
        print(f"{name}: {len(todo)} pitches, words min {min(counts)} / median {statistics.median(counts):g} / "
              f"max {max(counts)}; under 130: {sum(c < 130 for c in counts)}")


if __name__ == "__main__":
    main()
