"""Telling a résumé from a posting (issue 15: swapped arguments), on every real document we hold."""
from __future__ import annotations

from pathlib import Path

import pytest

from tailor.doctype import reads_as_other
from tailor.read import read_document

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval-dev"  # read only; absent on a fresh clone
RESUMES = sorted(
    [p for p in (ROOT / "samples").glob("resume.*") if p.suffix in {".pdf", ".docx", ".md"}]
    + list((ROOT / "tests" / "holdout" / "resumes").iterdir())
    + (list((EVAL / "resumes").iterdir()) if EVAL.is_dir() else [])
)
POSTINGS = sorted(
    list((ROOT / "samples" / "jobs").iterdir())
    + list((ROOT / "tests" / "holdout" / "jobs").iterdir())
    + (list((EVAL / "jobs").iterdir()) if EVAL.is_dir() else [])
)


@pytest.mark.parametrize("path", RESUMES, ids=lambda p: p.name)
def test_doctype_no_real_resume_reads_as_a_posting(path):
    doc = read_document(path)
    assert not reads_as_other(doc, "resume")
    assert reads_as_other(doc, "posting")  # given as the posting, it is caught


@pytest.mark.parametrize("path", POSTINGS, ids=lambda p: p.name)
def test_doctype_no_real_posting_reads_as_a_resume(path):
    doc = read_document(path)
    assert not reads_as_other(doc, "posting")
    assert reads_as_other(doc, "resume")  # given as the résumé, it is caught

