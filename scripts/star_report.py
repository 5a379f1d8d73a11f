"""How many of the eight classic questions get a story from the résumé (issue 12, brief s4 "stories").

    python scripts/star_report.py                 # counts per set: fitted, nearest evidence, "no résumé line fits",
                                                  # stories citing a second line of the role for their figure, and
                                                  # stories on a line with no verb of the candidate's (a project, a
                                                  # verbless result, or no accomplishment at all: judge by --list)
    python scripts/star_report.py --sample 10     # also 10 assigned stories drawn at random (seed 12) to judge
    python scripts/star_report.py --list          # also every assigned story, one a line (to diff two versions)

Sets: the demo (samples/resume.pdf x samples/jobs), the holdout (tests/holdout/resumes x three of its jobs) and a
corpus sample (every persona in three templates x the corpus job). Runs the pipeline in this process; a résumé
whose roles cannot be read with confidence is drafted anyway, as --draft-anyway would.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tailor.draft.words import _tells  # noqa: E402
from tailor.pipeline import analyse_resume, load_extractor, prepare_brief  # noqa: E402

TODAY = dt.date(2026, 11, 1)
HOLDOUT_JOBS = ("job-greenhouse-kilnworth.txt", "job-indeed-sr-director.txt", "job-wellfound-senior-em.txt")
CORPUS_TEMPLATES = ("jr-even", "tex-moderncv-classic", "word-tabs")


def pairs() -> dict[str, list[tuple[Path, Path]]]:
    holdout = ROOT / "tests" / "holdout"
    corpus = ROOT / "tests" / "corpus"
    return {
        "demo": [(ROOT / "samples" / "resume.pdf", job) for job in sorted((ROOT / "samples" / "jobs").iterdir())],
        "holdout": [
            (resume, holdout / "jobs" / job)
            for resume in sorted((holdout / "resumes").iterdir())
            for job in HOLDOUT_JOBS
        ],
        "corpus": [
            (resume, job)
            for resume in sorted((corpus / "resumes").iterdir())
            if resume.name.rsplit("-", 1)[0] in CORPUS_TEMPLATES
            for job in sorted((corpus / "jobs").iterdir())
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    extractor = load_extractor()
    stories = []
    for name, todo in pairs().items():
        fitted = closest = empty = two = verbless = 0
        candidates = {}
        for resume, job in todo:
            if resume not in candidates:
                candidates[resume] = analyse_resume(resume, TODAY, extractor, strict=False)
            brief = prepare_brief(candidates[resume], job, TODAY, extractor)
            for card in brief.star:
                if not card.stories:
                    empty += 1
                elif card.closest:
                    closest += 1
                else:
                    fitted += 1
                two += len(card.stories) > 1
                verbless += bool(card.stories) and not _tells(card.stories[0].text)
                if card.stories:
                    stories.append((name, resume.name, card.label, card.closest, card.stories[0]))
                    if args.list and len(card.stories) > 1:
                        print(f"  + [{name} {resume.name}] {card.label}: {card.stories[1].text}")
        print(f"{name}: {len(todo)} briefs, {8 * len(todo)} cards: {fitted} fitted, {closest} nearest evidence, "
              f"{empty} no résumé line fits; {two} told from two lines; {verbless} on a line with no verb of theirs")
    if args.list:
        for name, resume, label, near, cite in dict.fromkeys(stories):
            mark = "" if _tells(cite.text) else " (no verb)"
            print(f"= [{name} {resume}] {label}{' (nearest)' if near else ''}{mark}: {cite.text}")
    if args.sample:
        # one entry per résumé, question and line: the same story drawn for three postings is judged once
        pool = list(dict.fromkeys((n, r, label, near, cite) for n, r, label, near, cite in stories if n != "demo"))
        for name, resume, label, near, cite in random.Random(12).sample(pool, min(args.sample, len(pool))):
            print(f"- [{name} {resume}] {label}{' (nearest)' if near else ''}: {cite.where}: {cite.text}")


if __name__ == "__main__":
    main()
