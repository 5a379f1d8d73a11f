"""Skill figures on the dev set, whole and in its two fixed halves (issue 13; rule in EVALUATION.md).

    .venv/bin/python scripts/eval_split.py --keep DIR      # runs tailor over ../shared/eval-dev into DIR, scores
    .venv/bin/python scripts/eval_split.py --pred DIR      # only scores predictions kept earlier in DIR

The split: within each kind (résumés, postings), documents sorted by the SHA-256 of their id (the file
name without extension); the first half (rounded up) is half A, the rest half B. Tuning looks at half A
only; half B is reported, never studied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval-dev"
TAILOR = str(Path(sys.executable).with_name("tailor"))


def halves(dev: Path) -> dict[str, list[str]]:
    """{"A": ids, "B": ids} by the rule above."""
    split: dict[str, list[str]] = {"A": [], "B": []}
    for kind in ("resumes", "jobs"):
        ids = sorted((p.stem for p in (dev / kind).iterdir()), key=lambda i: hashlib.sha256(i.encode()).hexdigest())
        cut = (len(ids) + 1) // 2
        split["A"] += ids[:cut]
        split["B"] += ids[cut:]
    return split


def score(gold: Path, pred: Path, ids: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "gold"
        sub.mkdir()
        for i in ids:
            (sub / f"{i}.json").symlink_to(gold / f"{i}.json")
        out = Path(tmp) / "m.json"
        subprocess.run(
            [
                sys.executable,
                str(DEV / "score.py"),
                str(sub),
                str(pred),
                "--aliases",
                str(DEV / "aliases.json"),
                "--json",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
        return json.loads(out.read_text())


def row(name: str, metrics: dict[str, object]) -> str:
    res = metrics["resume"]["skills"]  # type: ignore[index]
    job = metrics["job"]  # type: ignore[index]
    cells = [f"{res['precision']:.3f}/{res['recall']:.3f}/{res['f1']:.3f}"]
    for key in ("skills_any", "skills_required", "skills_nice"):
        r = job[key]
        cells.append(f"{r['precision']:.3f}/{r['recall']:.3f}/{r['f1']:.3f}")
    return f"| {name} | " + " | ".join(cells) + " |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="run tailor now and keep its predictions here")
    ap.add_argument("--pred", type=Path, help="score the predictions kept here earlier instead")
    ap.add_argument("--only", choices=("A", "B"), help="score one half alone (while tuning: A)")
    a = ap.parse_args()
    pred = a.pred
    if pred is None:
        pred = a.keep or Path(tempfile.mkdtemp(prefix="tailor-split-"))
        subprocess.run(
            [sys.executable, str(DEV / "run.py"), "--tailor", TAILOR, "--keep", str(pred)],
            check=True,
            capture_output=True,
        )
    split = halves(DEV)
    print("| set | résumé skills P/R/F1 | posting any P/R/F1 | required P/R/F1 | nice P/R/F1 |")
    print("| --- | --- | --- | --- | --- |")
    if not a.only:
        print(row("whole", score(DEV / "gold", pred, split["A"] + split["B"])))
    for half in (a.only,) if a.only else ("A", "B"):
        print(row(f"half {half}", score(DEV / "gold", pred, split[half])))
    print(f"predictions in {pred}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
