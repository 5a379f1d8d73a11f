"""Kinds of skill error left from precision4 (issue 13), each shown by invented résumé lines and read from the JSON
brief as a user's script would: a name glued to a hyphenated suffix, a spoken language alone under its heading,
a generic word that a work verb takes as its object."""
from __future__ import annotations

import pytest

from tests.test_skill_kinds import _skills


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Built a Flask-based admin API for the warehouse team.", "Flask"),
        ("Shipped a Redis-backed cache for the stock ledger.", "Redis"),
        ("Moved the batch jobs to a Spark-powered pipeline.", "Spark"),
    ],
)
def test_a_name_before_a_hyphenated_suffix_is_the_skill(tmp_path, cli, bullet, skill):
    assert skill in _skills(tmp_path, cli, bullet=bullet)


def test_an_everyday_word_before_a_hyphen_is_no_skill(tmp_path, cli):
    named = _skills(tmp_path, cli, bullet="Planned the go-live and the Spark-joy offsite for the team.")
    assert "Go" not in named and "Spark" not in named


def test_a_spoken_language_alone_under_a_languages_heading_is_a_skill(tmp_path, cli):
    assert "English" in _skills(tmp_path, cli, extra="## Languages\n\nEnglish")


def test_a_spoken_language_named_in_a_bullet_is_no_skill(tmp_path, cli):
    assert "English" not in _skills(tmp_path, cli, bullet="Translated the English manuals for the pickers.")


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Worked with the scanner team to create APIs for stock counts.", "APIs"),
        ("Designed the integrations with three carriers.", "integrations"),
    ],
)
def test_a_generic_word_a_work_verb_takes_as_object_is_the_skill(tmp_path, cli, bullet, skill):
    assert skill in _skills(tmp_path, cli, bullet=bullet)


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Pulled stock counts from the carriers via their APIs every night.", "APIs"),
        ("Cut the time of integration tests by half.", "integrations"),
    ],
)
def test_the_same_word_in_passing_is_no_skill(tmp_path, cli, bullet, skill):
    assert skill not in _skills(tmp_path, cli, bullet=bullet)


def test_a_plain_verb_form_that_is_a_noun_states_no_work(tmp_path, cli):
    named = _skills(tmp_path, cli, bullet="Cut CI time in half with build caching on the runners.")
    assert "caching" not in named
