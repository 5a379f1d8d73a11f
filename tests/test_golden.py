"""The brief for each sample posting, compared with tests/golden/: a change to the brief shows as a diff.

After an intended change, run `make golden` and review the diff of tests/golden/ like code.
"""
from __future__ import annotations

import pytest

from tests.make_golden import GOLDEN, golden_briefs


@pytest.fixture(scope="module")
def briefs() -> dict[str, str]:
    return golden_briefs()


def test_golden_every_sample_posting_has_a_golden(briefs):
    assert sorted(briefs) == sorted(p.name for p in GOLDEN.glob("*.md"))


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.md")))
def test_golden_brief_unchanged(briefs, name):
    assert briefs[name] == (GOLDEN / name).read_text(), f"{name} changed: review it, then run `make golden`"
