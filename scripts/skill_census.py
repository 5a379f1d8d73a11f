"""Résumé skill errors counted by KIND, not by name (issue 13: decide by principle, measure on what was not tuned).

    .venv/bin/python scripts/skill_census.py                 # dev half A + the template corpus
    .venv/bin/python scripts/skill_census.py --set DIR ...   # and more sets (DIR/resumes, DIR/gold)

Each résumé is read with tailor's own functions and its skills, as the JSON brief reports them (no implied skills,
no industries), are compared with the gold through ../shared/eval-dev/score.py's alias table (plus a set's own
aliases.extra.json beside its gold, when it has one). Every false positive is counted by its taxonomy category,
where it was found (section kind; a list line or a sentence), how it was accepted (alias / lemma / competency
pattern / context rule), and how the document wrote it (the canonical spelling, another case, all lower case,
another word). Every miss by whether the taxonomy knows the name and whether the text writes it. Only dev half A
(scripts/eval_split.py's rule), a set's tuning half and the corpus belong here: half B and held-out halves are
scored, never censused.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.eval_split import DEV, halves  # noqa: E402
from tests.corpus_score import AS_OF, document_for, gold_files, scorer  # noqa: E402

Row = collections.Counter[tuple[str, str]]


def _case(matched: str, name: str) -> str:
    if matched == name:
        return "canonical spelling"
    if matched.lower() == name.lower():
        return "lower case" if matched.islower() else "other case"
    return "other word (alias)"


def _via(rule: str) -> str:
    if rule.startswith("context:"):
        return "context: " + rule.split(":", 1)[1].strip().split(" ")[0].strip("'")
    if rule.startswith("statement"):
        return "statement"
    return rule


def census(
    docs: Iterable[tuple[str, object, set[str]]], folder: object, extractor: object, ambiguous: set[str]
) -> dict[str, object]:
    """docs: (id, résumé or None when refused, gold keys) -> counters of false positives and misses by kind."""
    from tailor.model import Strength

    fp: dict[str, Row] = collections.defaultdict(collections.Counter)
    fn: dict[str, Row] = collections.defaultdict(collections.Counter)
    # (category, via, surface, where) -> [tp, fp]: item 1 of issue 13's third pass decides a whole cell by its counts
    cells: dict[tuple[str, str, str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    names: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    known = {folder.key(t.name): t for t in extractor.taxonomy.taxa}  # type: ignore[attr-defined]
    tp = n_fp = n_fn = 0
    for _, resume, gold in docs:
        items = [] if resume is None else extractor.resume_skills(resume).items  # type: ignore[attr-defined]
        reported = [s for s in items if s.strength is not Strength.IMPLIED and s.category.lower() != "domain"]
        pred = {folder.key(s.as_written()): s for s in reported}  # type: ignore[attr-defined]
        tp += len(gold & pred.keys())
        lines = [] if resume is None else resume.document.lines  # type: ignore[attr-defined]
        text = "\n".join(ln.text for ln in lines).lower()
        for key, skill in pred.items():
            e = skill.evidence[0]
            where = e.section.value + (" list" if e.in_list or e.section.value == "skills" else " sentence")
            cell = (skill.category.lower(), _via(e.rule), _case(e.matched, skill.name), where)
            cells[cell][key not in gold] += 1
            if key in gold:
                continue
            n_fp += 1
            names["fp " + " / ".join(cell)][skill.name] += 1
            for dim, value in (
                ("category", skill.category.lower()),
                ("where", where),
                ("via", _via(e.rule)),
                ("surface", _case(e.matched, skill.name)),
                ("ambiguous by data", "yes" if skill.name in ambiguous else "no"),
            ):
                fp[dim][(value, "")] += 1
        for key in gold - pred.keys():
            n_fn += 1
            taxon = known.get(key)
            written = bool(re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text))
            reason = "in taxonomy" if taxon else "not in taxonomy"
            reason += ", written as is" if written else ", other words"
            fn["reason"][(reason, "")] += 1
            names["fn " + reason][taxon.name if taxon else key] += 1
            fn["category"][(taxon.category.lower() if taxon else "(unknown)", "")] += 1
    return {"tp": tp, "fp": n_fp, "fn": n_fn, "fp_by": fp, "fn_by": fn, "cells": cells, "names": names}


def _table(title: str, results: dict[str, dict], side: str, dim: str, top: int) -> list[str]:
    sets = list(results)
    totals: collections.Counter[str] = collections.Counter()
    for r in results.values():
        for (value, _), n in r[side].get(dim, {}).items():
            totals[value] += n
    out = [f"| {title} | " + " | ".join(sets) + " |", "| --- |" + " ---: |" * len(sets)]
    for value, _ in totals.most_common(top):
        cells = (str(r[side].get(dim, {}).get((value, ""), 0)) for r in results.values())
        out.append(f"| {value} | " + " | ".join(cells) + " |")
    return out


def _dev_docs(ids: list[str], folder: object, root: Path) -> list[tuple[str, object, set[str]]]:
    from tailor.errors import ContentError
    from tailor.pipeline import read_resume

    docs = []
    for path in sorted((root / "resumes").iterdir()):
        if ids and path.stem not in ids:
            continue
        gold = json.loads((root / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        try:
            resume = read_resume(path, dt.date.today(), strict=False)
        except ContentError:
            resume = None
        docs.append((path.stem, resume, folder.fold_set(gold.get("skills") or [])))  # type: ignore[attr-defined]
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, action="append", default=[], help="another tuning set: DIR/resumes, DIR/gold")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument(
        "--cells", action="store_true", help="tp and fp per (category, via, surface, where), pooled over the sets"
    )
    ap.add_argument("--names", action="store_true", help="the skill names of each set's errors, by kind (names only)")
    a = ap.parse_args()
    score = scorer()
    if score is None:
        print("needs ../shared/eval-dev/score.py beside the checkout", file=sys.stderr)
        return 1
    from tailor.errors import ContentError
    from tailor.pipeline import load_extractor
    from tailor.read import read_document
    from tailor.resume import parse_resume

    extractor = load_extractor()
    ambiguous = {t.name for t in extractor.taxonomy.taxa if t.ambiguous}
    aliases = str(Path(score.HERE) / "aliases.json")
    results: dict[str, dict] = {}
    folder = score.SkillFolder([aliases])
    half_a = [i for i in halves(DEV)["A"] if (DEV / "gold" / f"{i}.json").is_file() and i.startswith("res")]
    results["dev half A"] = census(_dev_docs(half_a, folder, DEV), folder, extractor, ambiguous)
    for extra_set in a.set:
        extra = [str(p) for p in (extra_set / "aliases.extra.json",) if p.is_file()]
        f = score.SkillFolder([aliases, *extra])
        results[extra_set.name] = census(_dev_docs([], f, extra_set), f, extractor, ambiguous)
    corpus = []
    for gold_path in gold_files():
        gold = folder.fold_set(json.loads(gold_path.read_text(encoding="utf-8"))["skills"])
        try:
            resume = parse_resume(read_document(document_for(gold_path)), AS_OF)
        except ContentError:
            resume = None
        corpus.append((gold_path.stem, resume, gold))
    results["corpus"] = census(corpus, folder, extractor, ambiguous)
    print("| set | tp | fp | fn |\n| --- | ---: | ---: | ---: |")
    for name, r in results.items():
        print(f"| {name} | {r['tp']} | {r['fp']} | {r['fn']} |")
    fp_dims = ("category", "where", "via", "surface", "ambiguous by data")
    for side, dims in (("fp_by", fp_dims), ("fn_by", ("reason", "category"))):
        for dim in dims:
            print()
            label = ("false positives" if side == "fp_by" else "misses") + f" by {dim}"
            print("\n".join(_table(label, results, side, dim, a.top)))
    if a.cells:
        print()
        print("\n".join(_cells(results)))
    if a.names:
        for name, r in results.items():
            print(f"\n## {name}")
            for kind, counter in sorted(r["names"].items()):
                print(f"- {kind}: " + ", ".join(f"{n}×{c}" if c > 1 else n for n, c in counter.most_common()))
    return 0


def _cells(results: dict[str, dict]) -> list[str]:
    """tp and fp of each acceptance cell pooled over every set but the corpus (its gold lists keywords only)."""
    pooled: dict[tuple[str, ...], list[int]] = collections.defaultdict(lambda: [0, 0])
    for name, r in results.items():
        if name == "corpus":
            continue
        for cell, (tp, fp) in r["cells"].items():
            pooled[cell][0] += tp
            pooled[cell][1] += fp
    out = ["| category | via | surface | where | tp | fp |", "| --- | --- | --- | --- | ---: | ---: |"]
    for cell, (tp, fp) in sorted(pooled.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0])):
        out.append("| " + " | ".join(cell) + f" | {tp} | {fp} |")
    return out


if __name__ == "__main__":
    sys.exit(main())
