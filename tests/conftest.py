"""Shared fixtures: the bundled samples, and a runner that calls the CLI as a user would."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The tests build their matcher cache in a folder of their own, never in the user's ~/.cache."""
    import os

    os.environ["TAILOR_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def cli() -> Callable[..., Run]:
    """Run `tailor ARGS...` in-process; SOURCE_DATE_EPOCH pins the brief's date."""
    runner = CliRunner()

    def run(*args: str | Path, env: dict[str, str] | None = None) -> Run:
        result = runner.invoke(
            app, [str(a) for a in args], env={"SOURCE_DATE_EPOCH": "1764028800", **(env or {})}
        )
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture(scope="session")
def sample_briefs(tmp_path_factory: pytest.TempPathFactory, cli: Callable[..., Run]) -> Path:
    """One PDF brief per sample posting, written once for the whole session."""
    out = tmp_path_factory.mktemp("briefs")
    run = cli(SAMPLES / "resume.pdf", SAMPLES / "jobs", "-o", out)
    assert run.exit_code == 0, run.stderr
    return out


# An invented posting shared by the CLI tests of the stories and of the pitch's achievements
SHOP_POSTING = """Senior Software Engineer
Harrowgate · Denver, CO

About Harrowgate
Harrowgate builds shopping apps for grocery chains.

Responsibilities
- Design and build services and apps used by millions of shoppers
- Own releases and quality of the platform

Requirements
- 5+ years building software in Go, Swift or Kotlin
"""


def markdown_brief(tmp_path: Path, cli: Callable[..., Run], resume_text: str, posting_text: str) -> str:
    """`tailor resume.md job.txt --format md` on the texts given, as a user would; the brief's Markdown."""
    resume, job, out = tmp_path / "resume.md", tmp_path / "job.txt", tmp_path / "brief.md"
    resume.write_text(resume_text, "utf-8")
    job.write_text(posting_text, "utf-8")
    run = cli(resume, job, "-o", out, "--format", "md")
    assert run.exit_code == 0, run.stderr
    return out.read_text("utf-8")


def brief_json(tmp_path: Path, cli: Callable[..., Run]) -> dict:
    """The JSON brief for the résumé and posting `markdown_brief` last wrote to tmp_path: what the Markdown brief
    no longer prints because the call sheet says it (the level verdict beside the risks table's level row, the
    priorities beside the risks; issue 12)."""
    import json

    out = tmp_path / "brief.json"
    run = cli(tmp_path / "resume.md", tmp_path / "job.txt", "-o", out, "--format", "json", "--force")
    assert run.exit_code == 0, run.stderr
    return dict(json.loads(out.read_text("utf-8")))


def level_verdict(brief: str, tmp_path: Path, cli: Callable[..., Run]) -> str:
    """The level verdict: the full brief's Level line, or the JSON brief's when the risks table carries the level."""
    if "**Level.**" in brief:
        return brief.split("**Level.**", 1)[1].split("\n", 1)[0].strip()
    return str(brief_json(tmp_path, cli)["fit"]["seniority"]["verdict"])


def fit_json(tmp_path: Path, cli: Callable[..., Run]) -> dict:
    """The "fit" of the JSON brief for the résumé and posting `markdown_brief` last wrote to tmp_path: the score's
    formula and each area's count of evidence, which the Markdown brief no longer prints (issue 12)."""
    import json

    out = tmp_path / "brief.json"
    run = cli(tmp_path / "resume.md", tmp_path / "job.txt", "-o", out, "--format", "json", "--force")
    assert run.exit_code == 0, run.stderr
    return json.loads(out.read_text("utf-8"))["fit"]


def pitch_of(brief: str) -> str:
    """The pitch section of a Markdown brief."""
    return brief.split("### Your pitch", 1)[1].split("###", 1)[0]


def risk_table_rows(brief: str) -> list[list[str]]:
    """The risks tables of a Markdown brief, the call sheet's then the full brief's More requirements, as rows of
    [the posting asks, your résumé shows, verdict, how to handle it]; the verdict read from the "How serious" cell
    ("high: not shown" -> "not shown", "met" -> "meets")."""
    tables = [brief.split("### Risks and requirements", 1)[1].split("\n### ", 1)[0]]
    if "### More requirements" in brief:
        tables.append(brief.split("### More requirements", 1)[1].split("\n### ", 1)[0])
    rows = []
    for table in tables:
        for line in table.splitlines():
            if not line.startswith("| ") or line.startswith(("| ---", "| The posting asks")):
                continue
            cells = [c.strip().replace("\\", "") for c in line.strip("|").split(" | ")]
            if len(cells) == 4:
                cells[2] = "meets" if cells[2] == "met" else cells[2].split(": ", 1)[-1]
                rows.append(cells)
    return rows


def exported_resume(tmp_path: Path, cli: Callable[..., Run], resume: Path) -> dict:
    """`tailor RESUME job.txt --export-resume me.json`: what tailor read, as the user gets it back."""
    import json

    job, out = tmp_path / "job.txt", tmp_path / "me.json"
    job.write_text(SHOP_POSTING, "utf-8")
    run = cli(resume, job, "-o", tmp_path / "brief.md", "--format", "md", "--export-resume", out, "--force")
    assert run.exit_code == 0, run.stderr
    return json.loads(out.read_text("utf-8"))


def says_no_story(text: str) -> bool:
    """Whether a STAR card's text says plainly that no résumé line tells its story, in one of the wordings
    brief.json gives it (star_scaffold.empty_situation, worded in turn across the cards)."""
    import re

    from tailor.draft.words import brief_data

    frames = brief_data()["star_scaffold"]["empty_situation"]
    return any(re.search(re.escape(f.split("{lack}")[0]) + r"\S", text) for f in frames)


def work_of(exported: dict) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """An exported JSON Resume's roles as (position, employer, start, end)."""
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in exported.get("work", [])]


def written(tmp_path: Path, name: str, text: str) -> Path:
    """`text` written to `tmp_path / name`, UTF-8."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def star_cards(brief: str) -> dict[int, str]:
    """A Markdown brief's STAR cards by number."""
    star = brief.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    return {int(n): card for n, card in re.findall(r"\n### (\d)\. (.+?)(?=\n### \d\. |\Z)", star, re.S)}


def listed_stories(brief: str) -> dict[int, str]:
    """The call sheet's eight story lines by number."""
    stories = brief.split("### Your eight stories", 1)[1].split("\n### ", 1)[0]
    return {int(n): line for n, line in re.findall(r"^(\d)\. (.+)$", stories, re.M)}
