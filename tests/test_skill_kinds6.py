"""Acceptance paths made strict by pooled census counts (issue 13, third pass; skill_rules.json strict_paths): on a
résumé, an inflected form of a skill's name (a lemma) in a work sentence, and a security skill written in another
word in a work sentence, count only as a generic word does: in a list beside a named technology, after a cue, or
as a work verb's object. Invented lines, read from the JSON brief as a user's script would."""
from __future__ import annotations

import pytest

from tests.test_skill_kinds import _skills


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Triaged alerts from the payment service every week.", "monitoring"),
        ("Passed the yearly access control audit for the depot.", "identity and access management"),
    ],
)
def test_another_word_in_passing_on_a_strict_path_is_no_skill(tmp_path, cli, bullet, skill):
    assert skill not in _skills(tmp_path, cli, bullet=bullet)


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Set up Prometheus, Grafana and alerts for the payment service.", "monitoring"),
        ("Implemented role-based access control for the admin API.", "identity and access management"),
    ],
)
def test_the_same_words_in_a_list_or_as_a_work_verbs_object_are_the_skill(tmp_path, cli, bullet, skill):
    assert skill in _skills(tmp_path, cli, bullet=bullet)


def test_the_skills_own_name_is_no_strict_path(tmp_path, cli):
    named = _skills(tmp_path, cli, bullet="Audited identity and access management for the depot.")
    assert "identity and access management" in named
