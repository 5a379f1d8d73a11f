"""Read each document of tests/corpus with tailor's own functions and score it against its gold.

Shared by tests/test_corpus.py (floors that must not fall) and scripts/corpus_report.py (the tables in
EVALUATION.md). The matching rules are ../shared/eval-dev/score.py's own (role identity, dates at the
gold's precision, heading and name keys), imported from there so the corpus is scored like every other set.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
EVAL_DEV = Path(os.environ.get("TAILOR_EVAL_DEV", ROOT.parent / "shared" / "eval-dev"))
# The corpus documents are dated 2026-06-15 (PDF CreationDate, .docx core properties); reading runs as of then.
AS_OF = dt.date(2026, 6, 15)


def scorer() -> ModuleType | None:
    """../shared/eval-dev/score.py, or None where that folder is not beside the checkout."""
    path = EVAL_DEV / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("eval_dev_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class DocScore:
    doc_id: str
    template: str
    producer: str
    roles_gold: int = 0
    roles_pred: int = 0
    roles_ident: int = 0  # title and company match
    roles_full: int = 0  # title, company and both dates match
    sections_gold: int = 0
    sections_found: int = 0
    name_ok: bool = False
    email_ok: bool = False
    years_ok: bool = False
    read_seconds: float = 0.0
    error: str | None = None  # a crash: a bug
    refused: str | None = None  # tailor stopped with its one-line reason (exit 5): scored as read nothing
    misses: list[str] = field(default_factory=list)


def gold_files() -> list[Path]:
    return sorted((CORPUS / "gold").glob("*.json"))


def document_for(gold_path: Path) -> Path:
    return next(p for p in (CORPUS / "resumes").glob(gold_path.stem + ".*"))


def predict(path: Path) -> tuple[dict, float]:
    """What tailor reads from one document (the fields of its JSON brief that the gold has), and how long
    read_document + parse_resume took."""
    from tailor.read import read_document
    from tailor.resume import parse_resume

    t0 = time.perf_counter()
    resume = parse_resume(read_document(path), AS_OF)
    seconds = time.perf_counter() - t0
    c = resume.contact
    return {"name": c.name, "email": c.email, "phone": c.phone,
            "sections": [s.heading for s in resume.sections if s.heading],
            "roles": [{"title": r.title, "company": r.company, "start": r.start, "end": r.end} for r in resume.roles],
            "years_experience": resume.years_experience}, seconds


def score_document(gold_path: Path, score: ModuleType) -> DocScore:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = DocScore(gold["id"], gold["template"], gold["producer"])
    doc.roles_gold = len(gold["roles"])
    doc.sections_gold = len(gold["sections"])
    from tailor.errors import ContentError

    try:
        pred, doc.read_seconds = predict(document_for(gold_path))
    except ContentError as exc:  # what a CLI user meets too: no brief, so nothing read counts
        doc.refused = str(exc)
        pred = {"name": None, "email": None, "phone": None, "sections": [], "roles": [], "years_experience": None}
    except Exception:  # a crash is a finding to report, not a reason to stop scoring the others
        doc.error = traceback.format_exc(limit=-3).strip().splitlines()[-1]
        return doc
    doc.roles_pred = len(pred["roles"])
    used: set[int] = set()
    for g in gold["roles"]:
        best = None
        for i, p in enumerate(pred["roles"]):
            if i in used or not score.role_ident_match(g, p):
                continue
            dates = score.dates_match(g["start"], p["start"]) and score.dates_match(g["end"], p["end"])
            if best is None or (dates and not best[1]):
                best = (i, dates)
                if dates:
                    break
        if best is None:
            doc.misses.append(f"role {g['title']} @ {g['company']}")
            continue
        used.add(best[0])
        doc.roles_ident += 1
        doc.roles_full += best[1]
    found = {score.section_key(s) for s in pred["sections"] if s}
    doc.sections_found = sum(score.section_key(s) in found for s in gold["sections"])
    doc.name_ok = score.name_key(pred["name"]) == score.name_key(gold["name"]) != ""
    doc.email_ok = score.email_key(pred["email"]) == score.email_key(gold["email"]) != ""
    py = pred["years_experience"]
    doc.years_ok = isinstance(py, (int, float)) and abs(py - gold["years_experience"]) <= 2.0
    return doc


def score_corpus(score: ModuleType, golds: Iterable[Path] | None = None) -> list[DocScore]:
    return [score_document(g, score) for g in (gold_files() if golds is None else golds)]


@dataclass
class Figures:
    docs: int
    role_match: float  # roles with title, company and dates right, over gold roles
    role_ident: float  # roles with title and company right, over gold roles
    dates: float  # of the identified roles, the share with both dates right
    sections: float  # section recall
    name: float
    email: float
    years: float  # share within ±2 years
    read_ms: float  # mean read_document + parse_resume time
    errors: int


def figures(docs: list[DocScore]) -> Figures:
    gold_roles = sum(d.roles_gold for d in docs) or 1
    ident = sum(d.roles_ident for d in docs)
    n = len(docs) or 1
    return Figures(len(docs), sum(d.roles_full for d in docs) / gold_roles, ident / gold_roles,
                   sum(d.roles_full for d in docs) / (ident or 1),
                   sum(d.sections_found for d in docs) / (sum(d.sections_gold for d in docs) or 1),
                   sum(d.name_ok for d in docs) / n, sum(d.email_ok for d in docs) / n,
                   sum(d.years_ok for d in docs) / n, 1000 * sum(d.read_seconds for d in docs) / n,
                   sum(d.error is not None for d in docs))


def by(docs: list[DocScore], key: str) -> dict[str, Figures]:
    groups: dict[str, list[DocScore]] = {}
    for d in docs:
        groups.setdefault(getattr(d, key), []).append(d)
    return {k: figures(v) for k, v in sorted(groups.items())}
