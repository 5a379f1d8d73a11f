"""Checks the skill taxonomy data files: tailor/data/taxonomy/tech.json, practice.json and imported.json.

Schema, allowed categories and area keys, no name or alias claimed twice (across both files,
case-insensitively), every `implies` target defined somewhere, the total size, and agreement of
canonical spellings with the eval-dev alias table.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tailor.model import Area

TAXONOMY_DIR = Path(__file__).parents[1] / "tailor" / "data" / "taxonomy"
EVAL_ALIASES = Path(__file__).parents[2] / "shared/eval-dev/aliases.json"

TECH_CATEGORIES = {
    "language",
    "framework",
    "library",
    "data store",
    "messaging",
    "cloud",
    "infrastructure",
    "ci-cd",
    "observability",
    "testing",
    "security",
    "data/ML",
    "api",
    "tool",
    "os",
    "platform",
}
PRACTICE_CATEGORIES = {
    "practice",
    "architecture",
    "data/ML",
    "security",
    "leadership",
    "collaboration",
    "product/business",
    "domain",
    "soft skill",
    "spoken language",
    "methodology",
}
CATEGORIES = TECH_CATEGORIES | PRACTICE_CATEGORIES
AREAS = {a.value for a in Area}
KEYS = {"name", "category", "family", "aliases", "areas", "implies", "ambiguous"}
OPTIONAL = {"used_with"}  # what a tool runs on or is used with (Istio -> Kubernetes), apart from what it is a kind of


def _files() -> list[Path]:
    return [TAXONOMY_DIR / name for name in ("tech.json", "practice.json", "imported.json")]


def _load(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and set(data) == {"skills"}, f"{path.name}: top level must be {{'skills': [...]}}"
    assert isinstance(data["skills"], list)
    return data["skills"]


@pytest.fixture(scope="module")
def skills() -> list[tuple[str, dict]]:
    files = _files()
    if not files:
        pytest.skip("no taxonomy files yet")
    return [(p.name, s) for p in files for s in _load(p)]


def test_tech_file_exists() -> None:
    assert (TAXONOMY_DIR / "tech.json").is_file()


def test_schema(skills: list[tuple[str, dict]]) -> None:
    for fname, s in skills:
        where = f"{fname}: {s.get('name')!r}"
        assert isinstance(s, dict) and KEYS <= set(s) <= KEYS | OPTIONAL, f"{where}: keys {sorted(s)}"
        assert isinstance(s["name"], str) and s["name"].strip() == s["name"] and s["name"], where
        assert isinstance(s["category"], str), where
        assert isinstance(s["family"], str), where
        assert isinstance(s["ambiguous"], bool), where
        for key in ("aliases", "areas", "implies"):
            assert isinstance(s[key], list) and all(isinstance(x, str) and x.strip() for x in s[key]), f"{where}: {key}"
        assert s["areas"], f"{where}: no areas"
        assert len(set(s["areas"])) == len(s["areas"]), f"{where}: repeated area"
        assert s["name"] not in s["implies"], f"{where}: implies itself"
        used = s.get("used_with", [])
        assert isinstance(used, list) and all(isinstance(x, str) and x.strip() for x in used), where
        assert used or "used_with" not in s, f"{where}: an empty used_with is left out"
        assert not set(used) & set(s["implies"]) and s["name"] not in used, f"{where}: used_with"


def test_tech_file_is_one_entry_per_line() -> None:
    path = TAXONOMY_DIR / "tech.json"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"skills": [' and lines[-1] == "]}"
    for line in lines[1:-1]:
        json.loads(line.rstrip(","))


def test_categories(skills: list[tuple[str, dict]]) -> None:
    for fname, s in skills:
        allowed = CATEGORIES if fname == "practice.json" else TECH_CATEGORIES
        assert s["category"] in allowed, f"{fname}: {s['name']!r} has category {s['category']!r}"


def test_areas_are_known_keys(skills: list[tuple[str, dict]]) -> None:
    for fname, s in skills:
        unknown = set(s["areas"]) - AREAS
        assert not unknown, f"{fname}: {s['name']!r} has unknown areas {sorted(unknown)}"


def test_names_and_aliases_unique(skills: list[tuple[str, dict]]) -> None:
    owner: dict[str, str] = {}
    problems = []
    for index, (fname, s) in enumerate(skills):
        tag = f"{fname}:{s['name']}#{index}"
        for text in [s["name"], *s["aliases"]]:
            key = text.casefold()
            if key in owner and owner[key] != tag:
                problems.append(f"{text!r} in {tag} and {owner[key]}")
            elif key in owner and text != s["name"]:
                problems.append(f"{text!r} repeated in {tag}")
            owner[key] = tag
    assert not problems, "\n".join(problems[:50])


def test_ascii(skills: list[tuple[str, dict]]) -> None:
    for fname, s in skills:
        if fname == "practice.json":
            continue
        for text in [s["name"], s["family"], *s["aliases"]]:
            assert text.isascii(), f"{fname}: {text!r} is not ASCII"


def test_implies_and_used_with_targets_exist(skills: list[tuple[str, dict]]) -> None:
    names = {s["name"] for _, s in skills}
    targets = [(fname, s, t) for fname, s in skills for t in (*s["implies"], *s.get("used_with", []))]
    missing = sorted({f"{fname}:{s['name']} -> {t}" for fname, s, t in targets if t not in names})
    assert not missing, "\n".join(missing)


def test_total_size(skills: list[tuple[str, dict]]) -> None:
    tech = [s for fname, s in skills if fname == "tech.json"]
    assert len(tech) >= 950
    if not (TAXONOMY_DIR / "practice.json").is_file():
        pytest.skip("practice.json not written yet")
    assert len(skills) >= 1200


def test_canonical_spellings_agree_with_eval_table(skills: list[tuple[str, dict]]) -> None:
    """A skill the eval table names must carry the table's canonical spelling, not a case variant or an alias."""
    if not EVAL_ALIASES.is_file():
        pytest.skip("eval-dev aliases.json not available")
    table: dict[str, list[str]] = json.loads(EVAL_ALIASES.read_text(encoding="utf-8"))["canonical"]
    by_key: dict[str, str] = {}
    for _, s in skills:
        for text in [s["name"], *s["aliases"]]:
            by_key[text.casefold()] = s["name"]
    problems = []
    for canonical, aliases in table.items():
        ours = by_key.get(canonical.casefold())
        if ours is not None and ours != canonical:
            problems.append(f"eval canonical {canonical!r} is spelled/filed as {ours!r}")
        for alias in aliases:
            target = by_key.get(alias.casefold())
            if target is not None and target != canonical:
                problems.append(f"eval alias {alias!r} of {canonical!r} maps to {target!r}")
    assert not problems, "\n".join(problems)


# Kinds that share a broad category but do a different job: a skill of one is never offered "for" a skill of the
# other (issue 12, blind review: GraphQL offered for gRPC, both "API styles"). Each set is one job; the taxonomy's
# substitutes (same family) must never cross two sets of one group.
_DIFFERENT_JOBS = [
    [{"gRPC", "JSON-RPC", "tRPC", "SOAP"}, {"GraphQL"}, {"REST", "HATEOAS", "OData"}],
    [{"PostgreSQL", "MySQL"}, {"MongoDB"}, {"Redis"}, {"Neo4j"}],
    [{"Kafka", "RabbitMQ"}, {"Spark Streaming", "Flink"}],
]
# Substitutes that are the same kind of thing doing the same job, which the brief may offer.
_SAME_JOB = [("AWS", "Azure"), ("PostgreSQL", "MySQL"), ("Kafka", "RabbitMQ"), ("gRPC", "JSON-RPC"),
             ("Go", "Rust")]


def _taxonomy():
    from tailor.skills import load_taxonomy

    return load_taxonomy()


@pytest.mark.parametrize("group", _DIFFERENT_JOBS)
def test_no_substitute_across_different_jobs(group):
    taxonomy = _taxonomy()
    for kind in group:
        for name in kind:
            assert taxonomy.get(name) is not None, name
            others = set().union(*(k for k in group if k is not kind))
            assert not others & set(taxonomy.substitutes(name)), (name, others & set(taxonomy.substitutes(name)))


@pytest.mark.parametrize("pair", _SAME_JOB)
def test_substitutes_of_the_same_job(pair):
    asked, held = pair
    assert held in _taxonomy().substitutes(asked)
