"""The template corpus (tests/corpus/README.md): every document reads, and no template falls below its floor.

The floors in tests/corpus/floors.json are the figures measured when they were last set, rounded down;
reading work raises them (scripts/corpus_report.py --write-floors) and this test keeps them from falling.
"""
from __future__ import annotations

import json
import re

import pytest

from tests.corpus_score import CORPUS, DocScore, by, document_for, gold_files, score_corpus, scorer

SCORE = scorer()
pytestmark = pytest.mark.skipif(SCORE is None, reason="../shared/eval-dev/score.py is not beside the checkout")
FLOORS = json.loads((CORPUS / "floors.json").read_text(encoding="utf-8"))
DATE = re.compile(r"^(\d{4}(-\d{2})?|present)$")


@pytest.fixture(scope="module")
def docs() -> list[DocScore]:
    return score_corpus(SCORE)


def test_every_document_has_its_gold_and_every_gold_its_document() -> None:
    documents = {p.stem for p in (CORPUS / "resumes").iterdir()}
    golds = {p.stem for p in gold_files()}
    assert documents == golds and len(golds) >= 120
    for g in gold_files():
        assert document_for(g).suffix in {".pdf", ".docx"}


def test_gold_is_in_the_shared_format() -> None:
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["id"] == path.stem and gold["kind"] == "resume"
        assert gold["name"] and gold["email"] and gold["sections"] and gold["roles"]
        for role in gold["roles"]:
            assert role["title"] and role["company"] and DATE.match(role["start"]), (path.name, role)
            assert role["end"] is None or DATE.match(role["end"]), (path.name, role)
        assert 0 < gold["years_experience"] < 40


def test_every_document_reads_without_a_traceback(docs: list[DocScore]) -> None:
    errors = [f"{d.doc_id}: {d.error}" for d in docs if d.error]
    assert len(errors) <= FLOORS["errors"], errors


def test_no_more_documents_are_refused(docs: list[DocScore]) -> None:
    """A document whose roles cannot be read stops with exit 5 (issue 11); that count may only fall."""
    refused = [f"{d.doc_id}: {d.refused}" for d in docs if d.refused]
    assert len(refused) <= FLOORS["refused"], refused


def test_no_template_falls_below_its_floor(docs: list[DocScore]) -> None:
    figures = by(docs, "template")
    assert set(figures) == set(FLOORS["templates"]), "a template without a floor: run corpus_report.py --write-floors"
    fallen = [f"{template} {key}: {getattr(figures[template], key):.3f} < {floor}"
              for template, floors in FLOORS["templates"].items()
              for key, floor in floors.items() if getattr(figures[template], key) < floor]
    assert not fallen, fallen
