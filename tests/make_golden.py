"""Rewrites tests/golden/: the Markdown brief of the sample résumé for each sample posting (`make golden`)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
DATE = dt.date(2025, 11, 25)  # fixed, so a golden changes only when the brief does


def golden_briefs() -> dict[str, str]:
    """File name -> the brief for each sample posting, as the goldens hold it."""
    from tailor import __version__
    from tailor.pipeline import analyse_resume, prepare_brief
    from tailor.render import render_brief

    candidate = analyse_resume(SAMPLES / "resume.md", DATE)
    out = {}
    for job in sorted((SAMPLES / "jobs").iterdir()):
        brief = prepare_brief(candidate, job, DATE)
        text = render_brief(brief, "md").decode()
        out[f"{job.stem}.md"] = text.replace(__version__, "VERSION")
    return out


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for old in GOLDEN.glob("*.md"):
        old.unlink()
    for name, text in golden_briefs().items():
        (GOLDEN / name).write_text(text)
        print(GOLDEN / name)


if __name__ == "__main__":
    main()
