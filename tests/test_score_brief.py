"""What the appendix says the brief was made from, checked against what the brief prints (issue 12, blind review):
the match figure against the table of its parts, and the pitch's sources against the pitch's sentences."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from tailor.model import Brief, spoken
from tests.conftest import SHOP_POSTING, markdown_brief, pitch_of
from tests.make_golden import GOLDEN

HOLDOUT = Path(__file__).parent / "holdout"


@pytest.fixture(scope="module")
def holdout_briefs(tmp_path_factory, cli) -> dict[str, str]:
    """The Markdown brief of each holdout résumé for two holdout postings, written by the CLI as a user would."""
    jobs = sorted((HOLDOUT / "jobs").iterdir())
    out = {}
    for i, resume in enumerate(sorted((HOLDOUT / "resumes").iterdir())):
        folder = tmp_path_factory.mktemp(resume.stem)
        run = cli(resume, jobs[i % len(jobs)], jobs[(i + 5) % len(jobs)], "-o", folder, "--format", "md")
        assert run.exit_code == 0, run.stderr
        out.update({f"{resume.name} x {p.name}": p.read_text("utf-8") for p in folder.glob("*.md")})
    assert len(out) == 18
    return out


def _all_briefs(holdout_briefs: dict[str, str]) -> dict[str, str]:
    samples = {p.name: p.read_text("utf-8") for p in sorted(GOLDEN.glob("*.md"))}
    assert len(samples) >= 7
    return {**samples, **holdout_briefs}


# --- the match figure and its table -------------------------------------------------------------------------


def _figure_and_table(brief: str) -> tuple[int, list[tuple[int, int]]]:
    """The printed figure and, for each of its parts in the line after it, (match, share in percent)."""
    section = brief.split("**How the match is scored.**", 1)[1].split("\n\n", 1)[0]
    figure = int(re.search(r"(\d+)/100", section)[1])
    parts = section.split("Its parts, each your match and its share of the figure: ", 1)[1].split("\n", 1)[0]
    rows = re.findall(r" (\d+) \((\d+)%\)(?:; |\.$)", parts)
    return figure, [(int(match), int(share)) for match, share in rows]


def test_every_printed_match_figure_is_its_parts_weighted_by_their_shares(holdout_briefs):
    # "16/100" beside a table whose weighted mean was 39, and weights adding to 98% (issue 12, blind review)
    for name, brief in _all_briefs(holdout_briefs).items():
        figure, rows = _figure_and_table(brief)
        # the areas the posting stresses, and the required skills when it names any; an area of no share is left out
        assert 1 <= len(rows) <= 9 and all(share for _, share in rows), name
        assert sum(share for _, share in rows) == 100, name
        recomputed = sum(match * share for match, share in rows) / 100
        assert figure == int(recomputed + 0.5), (name, figure, recomputed)


# An invented résumé: the older role's bullets carry no dates of their own
RESUME = """# Ines Navarro
Denver, CO · ines@example.com

## Experience

### Senior Software Engineer — Quillmoor Apps
2021 – present
- Built the order service in Go and PostgreSQL serving 2M requests a day for 40 grocery stores
- Led a team of 4 engineers through a rewrite of the checkout flow, cutting crashes by 30%
- Owned releases for the Android app written in Kotlin, shipping every two weeks

### Software Engineer — Tamsin Labs
2016 – 2018
- Designed the inventory sync service that cut stock errors by 45% across 120 shops
- Mentored 3 junior engineers through their first on-call rotation
- Migrated the build to a CI pipeline, cutting release time from 2 days to 3 hours

## Skills
Go, Kotlin, PostgreSQL, Python, Spark
"""


def test_the_figure_says_what_its_parts_are_once(tmp_path, cli):
    brief = markdown_brief(tmp_path, cli, RESUME, SHOP_POSTING)
    section = brief.split("**How the match is scored.**", 1)[1].split("\n\n", 1)[0]
    figure, rows = _figure_and_table(brief)
    assert "parts, each your match and its share of the figure: skills the posting requires " in section
    assert "the skills it requires make 60% of it" in section
    assert rows[0][1] == 60 and sum(share for _, share in rows[1:]) == 40
    assert figure == int(sum(m * s for m, s in rows) / 100 + 0.5)
    # one formula, said once: no second figure or formula in the body
    assert brief.count(f"{figure}/100") == 1
    assert "Overall =" not in brief


# --- the card's "to make it stronger" advice ------------------------------------------------------------------


def test_an_old_story_is_dated_by_its_role_never_by_a_year_its_line_does_not_give(tmp_path, cli):
    # "This story is from 2019" for a line with no date of its own in a 2016–2018 role (issue 12, blind review)
    brief = markdown_brief(tmp_path, cli, RESUME, SHOP_POSTING)
    advice = re.findall(r"This story is from [^:]+:", brief)
    assert advice == ["This story is from 2016–2018:"]
    card = next(c for c in brief.split("\n### ") if "This story is from" in c)
    assert "Tamsin Labs" in card and "(2016–2018)" in card


def test_every_old_story_advice_names_its_role_s_dates(holdout_briefs):
    for name, brief in _all_briefs(holdout_briefs).items():
        for card in brief.split("\n### ")[1:]:
            said = re.search(r"This story is from (.+?):", card)
            if said:
                assert re.fullmatch(r"\d{4}(–\d{4})?", said[1]), (name, said[0])
                assert re.search(rf"\b{said[1]}\b", card.split("*To make it stronger:*")[0]), (name, card)


# --- the pitch's sources in the appendix ----------------------------------------------------------------------

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def holdout_drafted() -> list[tuple[str, Brief]]:
    """The brief of each holdout résumé for two holdout postings and of the sample résumé for each sample posting,
    as the pipeline hands it to the renderer: after every cut and the claims audit."""
    from tailor.pipeline import analyse_resume, prepare_brief

    samples = Path(__file__).resolve().parents[1] / "samples"
    pairs = [(samples / "resume.md", job) for job in sorted((samples / "jobs").iterdir())]
    jobs = sorted((HOLDOUT / "jobs").iterdir())
    pairs += [(r, jobs[(i + k) % len(jobs)]) for i, r in enumerate(sorted((HOLDOUT / "resumes").iterdir()))
              for k in (0, 5)]
    out, candidates = [], {}
    for resume, job in pairs:
        candidate = candidates.setdefault(resume, analyse_resume(resume, TODAY))
        out.append((f"{resume.name} x {job.name}", prepare_brief(candidate, job, TODAY)))
    return out


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in {"with", "from", "that", "their"}}


def _source_unused(source: str, brief: Brief) -> str | None:
    """Why a source line of the appendix names something the printed pitch does not use; None when it is used."""
    pitch = brief.pitch.text.lower()
    kind, rest = source.split(": ", 1)
    for part in rest.split("; ")[1:]:  # "close: a step up in level; team: <role>, line 12"
        if (why := _source_unused(part, brief)) is not None:
            return why
    rest = rest.split("; ")[0]
    if at := re.search(r", line (\d+)$", rest):
        line = brief.resume.document.lines[int(at[1]) - 1].text
        shared = _content_words(line) & _content_words(pitch)
        return None if len(shared) >= 2 else f"line {at[1]} ({line!r}) shares {sorted(shared)} with the pitch"
    if kind in ("role", "earlier role"):
        names = [spoken(n).lower() for n in re.sub(r" \(.*\)$", "", rest).split(", ")]
        return None if any(n in pitch for n in names) else f"none of {names}"
    if kind in ("years", "earlier career", "tenure"):
        figure = re.search(r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a decade)\b", rest.lower())
        return None if figure and figure[0] in pitch else f"no {rest!r}"
    if kind == "domain":
        names = re.sub(r", shown in your bullets$", "", rest).replace(" and ", ", ").split(", ")
        return None if all(n.lower() in pitch for n in names) else f"not all of {names}"
    if kind in ("company", "mission", "company, further"):
        company = spoken(brief.posting.company or "").lower()
        return None if company and company in pitch else f"no {company!r}"
    if kind in ("last role ended", "top gap"):  # "June 2015, Senior Engineer at Acme"; "Go or Rust, as the fit ..."
        said = rest.split(", ")[0] if kind == "last role ended" else rest.removesuffix(", as the fit line names it")
        return None if said.lower() in pitch else f"no {said!r}"
    if kind == "close":
        said = {
            "a first post managing": "first post managing",
            "a step up in level": "step up",
            "the role as the posting names it": "role",
        }
        wanted = said.get(rest) or rest
        return None if wanted.lower() in pitch else f"no {wanted!r}"
    return f"a source tailor does not say how to check: {source!r}"


def test_every_source_the_appendix_names_is_used_by_a_printed_pitch_sentence(holdout_drafted):
    # "close: Python and Spark not yet shown in a role" beside a pitch saying nothing of either (issue 12)
    unused = [
        (name, source, why)
        for name, brief in holdout_drafted
        for source in brief.pitch.sources
        if (why := _source_unused(source, brief)) is not None
    ]
    assert not unused
    assert sum(len(b.pitch.sources) for _, b in holdout_drafted) >= 5 * len(holdout_drafted)


def test_a_close_that_leaves_out_unshown_skills_does_not_name_them_as_its_source(tmp_path, cli):
    # a duty naming Python and Spark, which the résumé only lists: the close says the role alone, and so does its
    # source line
    posting = SHOP_POSTING.replace(
        "- Design and build services and apps used by millions of shoppers",
        "- Build data pipelines in Python and Spark for shopper analytics",
    )
    brief = markdown_brief(tmp_path, cli, RESUME, posting)
    drawn = brief.split("*Your pitch is drawn from: ", 1)[1].split("*", 1)[0]
    pitch = pitch_of(brief)
    assert "That is the experience I'd bring to the Senior Software Engineer role." in pitch
    assert "close: the role as the posting names it" in drawn
    for name in ("Python", "Spark"):
        assert name not in drawn and name not in pitch


def test_a_pitch_sentence_the_audit_takes_out_takes_its_sources_with_it(holdout_drafted):
    from tailor.audit import audit_brief

    name, brief = holdout_drafted[0]
    achievement = next(s for s in brief.pitch.sentences if s[1][0].startswith("achievement: "))
    claim = next(c for c in brief.claims if c.part == "pitch" and c.text in achievement[0])
    wrong = dataclasses.replace(claim, cites=())  # a claim citing nothing fails the audit
    audited = audit_brief(dataclasses.replace(brief, claims=(*brief.claims, wrong)))
    assert achievement[0] not in audited.pitch.text
    assert achievement[1][0] not in audited.pitch.sources
    assert len(audited.pitch.sources) == len(brief.pitch.sources) - len(achievement[1])
    assert all(_source_unused(s, audited) is None for s in audited.pitch.sources), name
