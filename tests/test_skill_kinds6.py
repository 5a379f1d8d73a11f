"""Issue 13, third pass, invented lines read from the JSON brief as a user's script would. (1) An acceptance path
made strict by pooled census counts (skill_rules.json strict_paths): on a résumé, an inflected form of a skill's
name (a lemma: "alerts" for alerting) in a work sentence counts only as a generic word does, in a list beside a
named technology, after a cue, or as a work verb's object. (2) A practice written inside a longer practice's
name ("unit testing") is reported, not only implied; a technology inside a product's name is not."""
from __future__ import annotations

import pytest

from tests.test_skill_kinds import _skills


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Triaged alerts from the payment service every week.", "monitoring"),
        ("Cut noisy alerts for the payment service by half.", "monitoring"),
    ],
)
def test_an_inflected_form_in_passing_is_no_skill(tmp_path, cli, bullet, skill):
    assert skill not in _skills(tmp_path, cli, bullet=bullet)


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Set up Prometheus, Grafana and alerts for the payment service.", "monitoring"),
        ("Owned alerts for the payment service.", "monitoring"),
    ],
)
def test_the_same_form_in_a_list_or_as_a_work_verbs_object_is_the_skill(tmp_path, cli, bullet, skill):
    assert skill in _skills(tmp_path, cli, bullet=bullet)


def test_the_spelling_the_taxonomy_lists_is_no_strict_path(tmp_path, cli):
    # "alerting" is listed, "alerts" only its inflection: the listed spelling counts in passing as before
    named = _skills(tmp_path, cli, bullet="Cut paging noise with better alerting for the payment service.")
    assert "monitoring" in named



def test_a_practice_written_inside_a_longer_practice_is_the_skill(tmp_path, cli):
    # the longest match takes the words ("unit testing"); the practice the text writes inside it is reported too
    assert "testing" in _skills(tmp_path, cli, bullet="Brought unit testing to the billing service.")


@pytest.mark.parametrize(
    ("bullet", "inside"),
    [
        ("Styled the shop pages with Tailwind CSS.", "CSS"),
        ("Shipped GitHub Actions workflows for the depot apps.", "GitHub"),
    ],
)
def test_a_technology_inside_a_products_name_stays_implied(tmp_path, cli, bullet, inside):
    assert inside not in _skills(tmp_path, cli, bullet=bullet)


def test_a_name_only_implied_and_not_written_stays_implied(tmp_path, cli):
    named = _skills(tmp_path, cli, bullet="Moved the clusters to Amazon EKS.")
    assert "Amazon EKS" in named and "Kubernetes" not in named
