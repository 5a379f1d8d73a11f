"""How well tailor reads the template corpus (tests/corpus): tables per template and per producer.

    python scripts/corpus_report.py                  # Markdown tables, as in EVALUATION.md
    python scripts/corpus_report.py --per-doc        # also each document's missed roles
    python scripts/corpus_report.py --write-floors   # set tests/corpus/floors.json to today's figures, rounded down

Reading (read_document + parse_resume) is timed on every document; a whole brief (reading, skills, fit,
draft and the PDF) is timed on one document per template, and the share is reading's part of that brief.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus_score import (  # noqa: E402
    AS_OF,
    CORPUS,
    DocScore,
    Figures,
    by,
    document_for,
    figures,
    gold_files,
    predict,
    score_corpus,
    scorer,
)

FLOOR_KEYS = ("role_match", "sections", "name", "email", "years")


def brief_seconds(path: Path, job: Path) -> float:
    """One whole brief for this résumé, as `tailor RESUME JOB` makes it (PDF output)."""
    from tailor.pipeline import analyse_resume, prepare_brief
    from tailor.render import render_brief

    t0 = time.perf_counter()
    brief = prepare_brief(analyse_resume(path, AS_OF), job, AS_OF)
    render_brief(brief, "pdf")
    return time.perf_counter() - t0


def time_shares(docs: list[DocScore]) -> dict[str, tuple[float, float]]:
    """Per template: (reading seconds, whole-brief seconds) on its first readable document."""
    job = sorted((CORPUS / "jobs").glob("*.txt"))[0]
    brief_seconds(document_for(gold_files()[0]), job)  # warm up: spaCy and WeasyPrint load once
    out = {}
    for template in sorted({d.template for d in docs}):
        doc = next((d for d in docs if d.template == template and d.error is None), None)
        if doc is None:
            continue
        path = document_for(CORPUS / "gold" / f"{doc.doc_id}.json")
        read = min(predict(path)[1] for _ in range(2))
        out[template] = (read, brief_seconds(path, job))
    return out


def table(title: str, groups: dict[str, Figures], shares: dict[str, tuple[float, float]] | None = None) -> str:
    head = f"| {title} | docs | roles matched | title+company | dates of matched | section recall | name | email | years ±2 | read ms | errors |"
    rows = [head, "| --- " + "| ---: " * 10 + "|"]
    for key, f in groups.items():
        rows.append(f"| {key} | {f.docs} | {f.role_match:.2f} | {f.role_ident:.2f} | {f.dates:.2f} | {f.sections:.2f} | "
                    f"{f.name:.2f} | {f.email:.2f} | {f.years:.2f} | {f.read_ms:.0f} | {f.errors} |")
    return "\n".join(rows)


def floors(docs: list[DocScore]) -> dict:
    def down(x: float) -> float:
        return math.floor(x * 100) / 100

    out = {"_about": "Per-template floors for tests/test_corpus.py: today's figures rounded down "
                     "(scripts/corpus_report.py --write-floors). Raise them as reading improves; never lower them.",
           "errors": sum(d.error is not None for d in docs), "refused": sum(d.refused is not None for d in docs),
           "templates": {}}
    for template, f in by(docs, "template").items():
        out["templates"][template] = {k: down(getattr(f, k)) for k in FLOOR_KEYS}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-doc", action="store_true", help="list each document's misses")
    ap.add_argument("--no-timing", action="store_true", help="skip the whole-brief timing")
    ap.add_argument("--write-floors", action="store_true", help="write tests/corpus/floors.json")
    a = ap.parse_args()
    score = scorer()
    if score is None:
        sys.exit("corpus_report: ../shared/eval-dev/score.py not found (set TAILOR_EVAL_DEV)")
    t0 = time.perf_counter()
    docs = score_corpus(score)
    print(f"Read {len(docs)} documents in {time.perf_counter() - t0:.0f} s ({dt.date.today()}, "
          f"`python scripts/corpus_report.py`).\n")
    print(table("template", by(docs, "template")), "\n")
    print(table("producer", by(docs, "producer")), "\n")
    print(table("all", {"corpus": figures(docs)}), "\n")
    for d in docs:
        if d.error:
            print(f"ERROR {d.doc_id}: {d.error}")
        elif d.refused:
            print(f"REFUSED (exit 5) {d.doc_id}")
        elif a.per_doc and (d.misses or d.roles_full < d.roles_gold):
            print(f"  {d.doc_id}: {d.roles_full}/{d.roles_gold} roles, read {d.roles_pred}; missed: "
                  + "; ".join(d.misses[:6]))
    if not a.no_timing:
        shares = time_shares(docs)
        print("\n| template | reading s | whole brief s | reading share |\n| --- | ---: | ---: | ---: |")
        for template, (read, whole) in shares.items():
            print(f"| {template} | {read:.3f} | {whole:.2f} | {read / whole:.1%} |")
        total_r, total_w = sum(r for r, _ in shares.values()), sum(w for _, w in shares.values())
        print(f"| all (mean) | {total_r / len(shares):.3f} | {total_w / len(shares):.2f} | {total_r / total_w:.1%} |")
    if a.write_floors:
        path = CORPUS / "floors.json"
        path.write_text(json.dumps(floors(docs), indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
