"""How the STAR cards read (issue 12, points 6 and 9; brief s4 "cards"): length, repetition and meta sentences.

    python scripts/card_report.py OUT     # writes the holdout briefs as Markdown into OUT, then counts
    python scripts/card_report.py OUT --no-run   # counts the briefs already in OUT

Pairs: tests/holdout/resumes x the three holdout jobs scripts/star_report.py uses, run through the CLI as a
user would (-f md, --draft-anyway). Counts, over every card that tells a résumé line: words per section
(Task, Action, Result, "To make it stronger"); sentences that stand on three or more cards of one brief,
after the story's own quoted words are taken out; and sentences about the résumé line itself ("bullet",
"page", "the line says/does not").
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from star_report import HOLDOUT_JOBS  # noqa: E402

SECTIONS = ("Situation", "Task", "Action", "Result", "To make it stronger")
META = re.compile(r"(?i)\bbullet\b|\bpage\b|\bthe line (?:says|does not|leaves|names|reads)|\bon this one\b")


def write_briefs(out: Path) -> None:
    jobs = [str(ROOT / "tests" / "holdout" / "jobs" / job) for job in HOLDOUT_JOBS]
    for resume in sorted((ROOT / "tests" / "holdout" / "resumes").iterdir()):
        target = out / resume.stem
        command = [sys.executable, "-m", "tailor", str(resume), *jobs, "-f", "md", "-o", str(target)]
        subprocess.run([*command, "--workers", "1", "--draft-anyway", "--force", "-q"], check=True)


def cards(brief: str) -> list[dict[str, str]]:
    """Each STAR card that tells a line: its sections' text, the story's own words (quoted) left out."""
    part = brief.split("## STAR stories", 1)[-1].split("\n## ", 1)[0]
    found = []
    for block in re.split(r"\n### \d+\. ", part)[1:]:
        sections = {}
        for name in SECTIONS:
            match = re.search(rf"- \*?\*?{re.escape(name)}:\*?\*? (.*)", block)
            if match:
                sections[name] = match.group(1).strip()
        if "Task" in sections:
            found.append(sections)
    return found


def sentences(text: str) -> list[str]:
    text = re.sub(r"“[^”]*”", "“…”", text)
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+(?=[A-Z“])", text) if s.strip()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-run", action="store_true")
    args = parser.parse_args()
    if not args.no_run:
        write_briefs(args.out)
    words: dict[str, list[int]] = {name: [] for name in SECTIONS if name != "Situation"}
    repeated = meta = briefs = total = tips = 0
    examples: Counter[str] = Counter()
    for path in sorted(args.out.rglob("*.md")):
        briefs += 1
        on_cards: Counter[str] = Counter()
        for card in cards(path.read_text(encoding="utf-8")):
            total += 1
            tips += "To make it stronger" in card
            for name in words:
                if name in card:
                    words[name].append(len(card[name].split()))
            said = {s for name, text in card.items() if name != "Situation" for s in sentences(text)}
            on_cards.update(said)
            meta += sum(bool(META.search(s)) for s in said)
            examples.update(s for s in said if META.search(s))
        many = [s for s, n in on_cards.items() if n >= 3]
        repeated += len(many)
        examples.update(f"[3+ cards] {s}" for s in many)
    print(f"{briefs} briefs, {total} cards telling a line, {tips} with 'To make it stronger'")
    for name, counts in words.items():
        print(f"  words per {name}: mean {mean(counts) if counts else 0:.1f} over {len(counts)} cards")
    print(f"sentences on 3+ cards of one brief (summed over briefs): {repeated}")
    print(f"meta sentences (bullet/page/the line says): {meta}")
    for sentence, n in examples.most_common(12):
        print(f"  {n:3d}  {sentence}")


if __name__ == "__main__":
    main()
