"""Résumé skills on the template corpus (tests/corpus), scored like the dev set (issue 13).

    .venv/bin/python scripts/corpus_skills.py            # P/R/F1 over the 189 documents
    .venv/bin/python scripts/corpus_skills.py --per-skill # and each skill's true and false positives, misses

Each document is read with tailor's own functions (as of the corpus date) and its résumé skills, as the JSON
brief reports them (no implied skills, no industries), are compared with the gold's `skills` through
../shared/eval-dev/score.py's alias table. Read the precision with care: a persona's gold holds its JSON
Resume `skills` keywords only, not what its work highlights state ("Cut incidents with SLOs and blameless
postmortems" names two practices the gold lacks), so a true statement in a highlight counts as a false
positive here. Recall is the sturdier figure: a keyword the persona lists and tailor misses is a real miss.
A document tailor refuses (exit 5) scores as read nothing.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus_score import AS_OF, document_for, gold_files, scorer  # noqa: E402


def reported(resume: object, extractor: object, spoken: bool = True) -> list[str]:
    """The skills the JSON brief lists for this résumé (render._resume_json's rule); spoken=False leaves out
    spoken languages too."""
    from tailor.model import Strength

    items = extractor.resume_skills(resume).items  # type: ignore[attr-defined]
    left_out = {"domain"} if spoken else {"domain", "spoken language"}
    return [s.as_written() for s in items if s.strength is not Strength.IMPLIED and s.category.lower() not in left_out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-skill", action="store_true", help="each skill's true and false positives and misses")
    ap.add_argument(
        "--no-spoken", action="store_true", help="leave spoken languages out (CANON counts them; this gold lists none)"
    )
    a = ap.parse_args()
    score = scorer()
    if score is None:
        print("needs ../shared/eval-dev/score.py beside the checkout", file=sys.stderr)
        return 1
    from tailor.errors import ContentError
    from tailor.pipeline import load_extractor
    from tailor.read import read_document
    from tailor.resume import parse_resume

    folder = score.SkillFolder([str(Path(score.HERE) / "aliases.json")])
    extractor = load_extractor()
    tp = fp = fn = refused = 0
    per_skill: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for gold_path in gold_files():
        gold = folder.fold_set(json.loads(gold_path.read_text(encoding="utf-8"))["skills"])
        try:
            resume = parse_resume(read_document(document_for(gold_path)), AS_OF)
            pred = folder.fold_set(reported(resume, extractor, spoken=not a.no_spoken))
        except ContentError:
            refused += 1
            pred = set()
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        for name in gold | pred:
            per_skill[name][0 if name in gold & pred else 1 if name in pred else 2] += 1
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"as of {AS_OF.isoformat()}, {len(gold_files())} documents ({refused} refused), run {dt.date.today()}")
    print(f"résumé skills P/R/F1 {p:.3f}/{r:.3f}/{2 * p * r / max(p + r, 1e-9):.3f} (tp {tp}, fp {fp}, fn {fn})")
    if a.per_skill:
        print("| skill | tp | fp | missed |\n| --- | ---: | ---: | ---: |")
        for name, (t, f, m) in sorted(per_skill.items(), key=lambda kv: (-kv[1][1] - kv[1][2], kv[0])):
            print(f"| {name} | {t} | {f} | {m} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
