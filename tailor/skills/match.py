"""Stage 3, skills: Resume / Posting -> Skills, by spaCy phrase matching over the taxonomy.

A private blank English tokenizer carries a light stemmer as its lexeme NORM, so one PhraseMatcher
over NORM finds "mentored", "mentoring" and "mentorship" as the same skill. That index serves two kinds
of matching: lower-case practices and competencies count in any inflection, while a named technology
counts only as spelled ("Vegas" is not Vega, "Means" is not MEAN). Names that are also everyday words,
places or people's names (decided at import time: taxonomy/ambiguity.json) count only in their own case
and with supporting context, and never inside a longer known phrase ("Linear Regression", "Las Vegas").
"""

from __future__ import annotations

import json
import marshal
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import LIKE_EMAIL, LIKE_URL, NORM, SHAPE
from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab, create_vocab

from tailor.entries import learning_lines
from tailor.model import (
    Area,
    Evidence,
    Line,
    Need,
    Posting,
    Resume,
    Section,
    SectionKind,
    Skill,
    Skills,
    Strength,
    Taxon,
    Taxonomy,
)
from tailor.resume import legal_clause_lines
from tailor.skills.cache import cache_dir, cache_key, cached

_DEMONSTRATED_KINDS = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.LEADERSHIP})
_SECTION_NEED = {SectionKind.NICE_TO_HAVE: Need.NICE, SectionKind.STACK: Need.STACK, SectionKind.ABOUT: None}
_CONTEXT_KINDS = {SectionKind.SKILLS: "context: skills section", SectionKind.STACK: "context: stack section"}
_SEPARATORS = frozenset({",", "/", "|", ";", "·", "•", "and", "or", "&", ":", "(", ")"})
_SENTENCE_END = frozenset({".", "!", "?", ";", ":"})
_NEIGHBOUR_WINDOW = 4


def _paired(doc: Doc, taxon: Taxon, start: int, end: int, candidates: Iterable[tuple[_Pattern, int, int, str]]
            ) -> str | None:
    """Two names of one narrow kind joined by one separator name each other's sense: "Go or Rust", "C, Ada" are
    languages, though each alone is a word that needs context (issue 12, blind review: a posting's "Go or Rust in
    production" was read as neither and the brief never named it)."""
    if not taxon.family:
        return None
    for other, s, e, _ in candidates:
        if other.taxon.family != taxon.family or other.taxon.name == taxon.name:
            continue
        joined = (s == end + 1 and doc[end].lower_ in _SEPARATORS) or (e == start - 1 and doc[e].lower_ in _SEPARATORS)
        if joined:
            return f"context: paired with {other.taxon.name}"
    return None
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+")
# "Go, Java or Python, ideally Rust": a comma before one of these words starts a clause of its own.
_SUBCLAUSE_BREAK = re.compile(r",\s+(?=(?:with|but|while|although|though|ideally|preferably|especially|plus)\b)", re.I)
_MAX_ALSO_MENTIONED = 30
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")  # the word after a match, across a hyphen: "QA-Engineer"
# what may stand before a list's label: a bullet, a number, Markdown emphasis ("- **Frontend:** React")
_LABEL_EDGE = re.compile(r"[\W\d_]+")
_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
# a bracketed list right after a label: "Cloud (GCP, Azure)"
_LABEL_BRACKET = re.compile(r"\s*\(([^()]*)\)")
# what may end a list's label where the layout lost its colon: a table cell, a dash, or only a space before the list
_LABEL_BREAK = re.compile(r"(?:\s+[A-Z][a-z]+)?(?:\s*[|\t]\s*|\s+[–—-]\s+|\s+(?=[A-Z]))")
# A header line with an address, a link or a phone number: "GitHub" there is a profile, not a skill.
_CONTACT_DETAIL = re.compile(
    r"@|https?:|www\.|\.(?:com|io|org|net|dev|me)\b|linkedin|github\.|\+?\d[\d ()./-]{7,}\d", re.I
)


# --- data -----------------------------------------------------------------------------------------


_TAXONOMY_FILES = ("tech.json", "practice.json", "imported.json")  # hand-written first: they win a shared name


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy files, hand-written first; a name defined twice keeps its first entry."""
    folder = files("tailor") / "data" / "taxonomy"
    taxa: dict[str, Taxon] = {}
    for name in _TAXONOMY_FILES:
        for raw in json.loads((folder / name).read_text(encoding="utf-8"))["skills"]:
            taxon = _taxon(raw)
            taxa.setdefault(taxon.name.lower(), taxon)
    return Taxonomy(tuple(taxa.values()))


def _taxon(raw: dict[str, object]) -> Taxon:
    return Taxon(
        name=str(raw["name"]),
        category=str(raw.get("category", "")),
        family=str(raw.get("family", "")),
        areas=tuple(Area(key) for key in raw.get("areas", ())),  # type: ignore[attr-defined]
        aliases=tuple(str(a) for a in raw.get("aliases", ())),  # type: ignore[attr-defined]
        implies=tuple(str(i) for i in raw.get("implies", ())),  # type: ignore[attr-defined]
        ambiguous=bool(raw.get("ambiguous", False)),
        used_with=tuple(str(i) for i in raw.get("used_with", ())),  # type: ignore[attr-defined]
    )


@dataclass(frozen=True)
class _Rules:
    ambiguous_forms: frozenset[str]  # surface forms, as the taxonomy spells them, that are words, places or names
    cased_forms: frozenset[str]  # names that are rarer dictionary words ("Fortify"): only in their own case
    known_phrases: tuple[str, ...]  # longer phrases inside which no skill is named: "Linear Regression", "Las Vegas"
    cue_before: dict[str, tuple[tuple[str, ...], ...]]  # by last word, so a match looks up only its own
    cue_after: frozenset[str]
    cue_line: tuple[str, ...]
    need_after: re.Pattern[str]  # "Rust is a must", "Swift would be great": right after a name, the posting asks it
    required: re.Pattern[str]  # "Docker is a must", "Must have AWS": the line itself asks, whatever its heading
    nice: re.Pattern[str]
    stack: re.Pattern[str]
    ours: re.Pattern[str]  # "Our microservices architecture": stack when the company describes itself
    boilerplate: re.Pattern[str]
    boilerplate_headings: re.Pattern[str]
    coursework: re.Pattern[str]
    interests: re.Pattern[str]  # a heading or line naming interests or admired products: no skills there
    company_nouns: frozenset[str]  # "fintech companies": a domain describing an employer
    alternative_cues: re.Pattern[str]  # "e.g. BigQuery, PySpark": the list gives examples, any one will do
    non_technical: frozenset[str]
    statement_categories: frozenset[str]  # competencies: one loose word ("hired", "communicated") states none
    label_categories: frozenset[str]  # a label before a list ("Back-end: Flask, Node") names the list, not a skill
    industries: frozenset[str]  # domains that are markets ("healthcare"): on a résumé only where work is stated
    work_verbs: frozenset[str]  # what states work done ("built", "launched"): "built telehealth apps"
    weak_terms: tuple[str, ...]  # generic words that name a skill only in a list or after a cue
    family_size: int  # a name that opens this many others is a family name ("Apache")
    family_followers: frozenset[str]  # words after a family name that make no product of it ("AWS Certified")
    weak_cues: dict[str, tuple[tuple[str, ...], ...]]  # by last word, like cue_before
    role_nouns: frozenset[str]
    people_after: frozenset[str]
    stop_phrases: re.Pattern[str]
    stop_words: tuple[str, ...]  # a word of each stop phrase: a line without any of them has no stop phrase
    role: re.Pattern[str]  # a sentence of the opening prose that speaks of the role, not the company
    alternative_after: re.Pattern[str]  # "ClickHouse, Kafka or similar": the list gives examples
    resume_weak_terms: tuple[str, ...]  # on a résumé, words that name a skill only in a list or after a cue
    subject_kinds: frozenset[str]  # résumé sections where a field names a subject studied or written on, not a skill
    certified: re.Pattern[str]  # a certification states its skills, even under Education: "Scrum certificate"
    customers: re.Pattern[str]  # "used by", "clients include": what follows names users or clients, not skills
    spoken_cues: re.Pattern[str]  # what states a spoken language as one the candidate speaks: "fluent", "Languages"
    hedged: re.Pattern[str]  # "exposure to", "familiar with": what follows in its sentence is listed at most
    others_work: re.Pattern[str]  # "our customers' native code in": what follows in its sentence is theirs
    attribute_of: _Attribute  # "for a game engine written in C++", "on top of a C++ framework": the thing's language
    employer: re.Pattern[str]  # a line opening by describing the employer: "Acme is a ...", "A SaaS company ..."
    topic_nouns: frozenset[str]  # "system-design interview", "SQL questions": the skill is a topic, not shown
    guarded: dict[str, _Guard]  # a bare word by its stem ("incident"): what its sense needs around it
    asks_use: re.Pattern[str]  # "experience with the tools we use: Kafka": a requirement's ask beats its stack cue
    partners: re.Pattern[str]  # "collaborate with engineering leadership": the teams worked with, not skills
    partner_categories: frozenset[str]  # the kinds of skill a partner team's name can look like
    partner_ends: re.Pattern[str]  # "to", "on": a purpose or topic after the partners, whose words are asked
    profile_sites: frozenset[str]  # "GitHub" in a résumé's contact lines is a profile link, not a skill
    kind_before: re.Pattern[str]  # "JVM language (": the skill before it is the kind the next examples are of
    kind_after: re.Pattern[str]  # "or a similar": the skill after it is the kind the examples before it are of
    duty_prose: re.Pattern[str]  # "you will lead ..., hire ...": a prose sentence saying what the role will do
    name_suffixes: frozenset[str]  # "Flask-based", "Kafka-driven": the word before the hyphen names a technology
    object_categories: frozenset[str]  # a generic word of these, a work verb's object, states the work: "created APIs"
    plain_verbs: frozenset[str]  # work verbs in their plain or -s form ("build", "ships"): a noun as often as a verb
    strict_paths: tuple[tuple[str, str, frozenset[str]], ...]  # (via, section, categories; empty: all): more fp than tp


@cache
def _context_score() -> dict[str, float]:
    """The weights of the signs that an ambiguous name names the technology, and the sum it must reach."""
    data = json.loads((files("tailor") / "data" / "context_score.json").read_text(encoding="utf-8"))
    return {key: float(value) for key, value in data["weights"].items()} | {"threshold": float(data["threshold"])}


@cache
def _rules() -> _Rules:
    data = json.loads((files("tailor") / "data" / "skill_rules.json").read_text(encoding="utf-8"))
    guard = json.loads((files("tailor") / "data" / "taxonomy" / "ambiguity.json").read_text(encoding="utf-8"))
    return _Rules(
        ambiguous_forms=frozenset(guard["forms"]),
        cased_forms=frozenset(guard["cased"]),
        known_phrases=(*data["known_phrases"], *guard["phrases"]),
        cue_before=_by_last_word(data["cue_before"]),
        cue_after=frozenset(data["cue_after"]),
        cue_line=tuple(data["cue_line"]),
        need_after=re.compile(r"\s*(?:" + _words_regex(data["need_after"]).pattern + ")", re.I),
        required=_words_regex(data["required_cues"]),
        nice=_words_regex(data["nice_cues"]),
        stack=_words_regex(data["stack_cues"]),
        ours=_ours(data["stack_nouns"]),
        boilerplate=_words_regex(data["boilerplate_cues"]),
        boilerplate_headings=_words_regex(data["boilerplate_headings"]),
        interests=_words_regex(data["interest_cues"]),
        company_nouns=frozenset(data["company_nouns"]),
        alternative_cues=re.compile(r"(?:" + _words_regex(data["alternative_cues"]).pattern + r")\W*$", re.I),
        coursework=re.compile(r"^\W*(?:" + "|".join(map(re.escape, data["coursework_prefixes"])) + r")\b", re.I),
        non_technical=frozenset(data["non_technical_categories"]),
        statement_categories=frozenset(data["statement_categories"]),
        label_categories=frozenset(data["label_categories"]),
        industries=frozenset(data["industries"]),
        work_verbs=frozenset(data["work_verbs"]),
        weak_terms=tuple(data["weak_terms"]),
        family_size=int(data["family_size"]),
        family_followers=frozenset(data["family_followers"]),
        weak_cues=_by_last_word(data["weak_cues"]),
        role_nouns=frozenset(data["role_nouns"]),
        people_after=frozenset(data["people_after"]),
        stop_phrases=_words_regex(data["stop_phrases"]),
        stop_words=tuple({max(p.lower().split(), key=len) for p in data["stop_phrases"]}),
        role=_words_regex(data["role_cues"]),
        alternative_after=re.compile(r"^\W*(?:" + _words_regex(data["alternative_after"]).pattern + ")", re.I),
        resume_weak_terms=tuple(data["resume_weak_terms"]),
        subject_kinds=frozenset(data["subject_sections"]),
        certified=_words_regex(data["certification_cues"]),
        spoken_cues=_words_regex(data["spoken_cues"]),
        customers=_words_regex(data["customer_cues"]),
        hedged=_words_regex(data["hedged_claims"]),
        others_work=_others_work(data["others_work"]),
        attribute_of=_attribute_of(data["attribute_of"]),
        employer=_employer_opening(data["employer_nouns"], data["employer_description"]),
        topic_nouns=frozenset(data["topic_nouns"]),
        guarded={
            " ".join(stem(w) for w in re.findall(r"\w+|[^\w\s]", word)): _Guard(
                _words_regex(guard["with"]) if guard.get("with") else None, frozenset(guard.get("never_after", ()))
            )
            for word, guard in data["guarded_words"].items()
        },
        asks_use=_words_regex(data["asks_use"]),
        partners=_words_regex(data["partner_cues"]),
        partner_categories=frozenset(data["partner_categories"]),
        partner_ends=_words_regex(data["partner_ends"]),
        profile_sites=frozenset(data["profile_sites"]),
        # up to two words may name the kind's head noun: "JVM language (", "streaming platforms such as"
        kind_before=re.compile(r"(?:[\w-]+[\s,]+){0,2}(?:" + _words_regex(data["kind_openers"]).pattern + ")", re.I),
        kind_after=re.compile(
            r"\(?\s*(?:" + _words_regex(data["alternative_after"]).pattern + r")(?:\s+[\w-]+){0,2}", re.I
        ),
        duty_prose=re.compile(data["duty_prose"], re.I),
        name_suffixes=frozenset(data["name_suffixes"]),
        object_categories=frozenset(data["object_categories"]),
        plain_verbs=_plain_forms(data["work_verbs"]),
        strict_paths=tuple(
            (p["via"], p["section"], frozenset(p["categories"]))
            for p in data["strict_paths"]
            if p["surface"] == "other word"
        ),
    )


@dataclass(frozen=True)
class _Guard:
    """What a bare word needs to name its skill (skill_rules.json, guarded_words): "incidents" only with an
    incident verb in its sentence, never after "zero"; "shards" never after "test"."""

    needs: re.Pattern[str] | None  # one of these words in its sentence, unless in a skills or stack list
    never_after: frozenset[str]  # none of these among the three words before it in its clause


def _employer_opening(nouns: Iterable[str], described: Mapping[str, list[str]]) -> re.Pattern[str]:
    """A clause that describes an employer, up to its end: a capitalised name and "is a" ("Acme Health is a
    ..."), an article and a company noun within four words ("A SaaS company providing ..."), or, with no
    article, a line opening on a description noun and what the business does ("Leading provider of ...", "B2B
    SaaS platform selling ..."), which no work verb opens ("Built payments platform for ...")."""
    noun = "|".join(map(re.escape, nouns))
    kind = "|".join(map(re.escape, described["nouns"]))
    does = "|".join(map(re.escape, described["relations"]))
    verb = "|".join(map(re.escape, described["verbs"]))
    return re.compile(
        r"^\W*(?:(?:[A-Z][\w&.'’-]*,?\s+){1,4}(?:is|was)\s+(?:a|an|the|one)\b"
        rf"|(?i:an?|the)\s+(?:[\w/&+.'’-]+\s+){{0,3}}(?i:{noun})\b"
        rf"|(?!(?i:{verb})\b|\w+ed\b)(?:(?!(?i:the|an?|our|my|their|its)\b)[\w/&+.'’-]+\s+){{0,3}}"
        rf"(?i:{kind})\s+(?i:{does})\b)"
        r".*?(?=[.;|](?:\s|$)|\s[–—]\s|$)"
    )


@cache
def _competency_patterns() -> dict[str, list[list[dict[str, object]]]]:
    """Skill name -> spaCy Matcher token patterns for competencies stated in plain words (data/competencies.json)."""
    data = json.loads((files("tailor") / "data" / "competencies.json").read_text(encoding="utf-8"))
    return {c["skill"]: c["patterns"] for c in data["competencies"]}


@cache
def _posting_only() -> frozenset[str]:
    """Competencies whose patterns count in postings only (data/competencies.json: "resume": false)."""
    data = json.loads((files("tailor") / "data" / "competencies.json").read_text(encoding="utf-8"))
    return frozenset(c["skill"] for c in data["competencies"] if not c.get("resume", True))


def _by_last_word(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples, grouped by their last word, in the order given (the first that fits wins)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        grouped.setdefault(words[-1], []).append(words)
    return {last: tuple(group) for last, group in grouped.items()}


def _plain_forms(verbs: Iterable[str]) -> frozenset[str]:
    """The verbs whose -ed or -ing form is in the list too ("build" beside "building", "ship" beside "shipped"),
    and their -s forms ("builds"): the plain forms, which a noun may share."""
    known = set(verbs)
    def inflected(v: str) -> tuple[str, ...]:
        return v + "ed", v + "d", v + "ing", v[:-1] + "ing", v + v[-1:] + "ed", v + v[-1:] + "ing"

    plain = {v for v in known if any(f in known for f in inflected(v))}
    return frozenset(plain | {v for v in known if v.endswith("s") and v[:-1] in plain})


def _words_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    # Longest first so "nice to have" wins over "nice"; \b only where the phrase edge is a word character.
    # The lookahead on the phrases' first letters finds the same matches three times faster: without it
    # every alternative is tried at every position of the line (extraction speed, issue 13).
    parts = sorted(phrases, key=len, reverse=True)
    first = "".join(sorted({re.escape(p[0]) for p in parts}))
    return re.compile(f"(?=[{first}])(?:" + "|".join(_edge(p) for p in parts) + ")", re.I)


def _others_work(spec: dict[str, list[str]]) -> re.Pattern[str]:
    """"our customers' native code in", "their users' apps written in": an owner, up to three words, an artefact
    and the word that names what it is written in (skill_rules.json others_work)."""
    owner, artefact, link = ("|".join(map(re.escape, spec[k])) for k in ("owners", "artefacts", "links"))
    return re.compile(rf"(?i)(?<!\w)(?:{owner})\s+(?:\S+\s+){{0,3}}?(?:{artefact})\s+(?:{link})(?!\w)")


@dataclass(frozen=True)
class _Attribute:
    categories: frozenset[str]
    before: re.Pattern[str]  # ends where the language starts: "for a game engine written in ", "on top of a "
    after: re.Pattern[str]  # starts where the language ends: " framework", "-based engine"


def _attribute_of(spec: dict[str, list[str]]) -> _Attribute:
    """The two ways a résumé names a language as what a used thing is written in (skill_rules.json attribute_of):
    "for a game engine written in C++" and "on top of a C++ framework"."""
    use, link, thing = (
        "|".join(map(re.escape, sorted(spec[k], key=len, reverse=True))) for k in ("uses", "participles", "things")
    )
    article = r"(?:(?:a|an|the|its|their|our|this|that)\s+)"
    return _Attribute(
        frozenset(c.lower() for c in spec["categories"]),
        re.compile(
            rf"(?i)(?<!\w)(?:{use})\s+(?:(?P<made>{article}(?:[\w/+#.-]+\s+){{1,3}}?(?:{link}))|{article}(?:[\w-]+\s+){{0,2}})\s*$"
        ),
        re.compile(rf"(?i)(?:-based|\s+based)?\s+(?:[\w-]+\s+)?(?:{thing})(?!\w)"),
    )


def _ours(nouns: Iterable[str]) -> re.Pattern[str]:
    """A pattern for "Our microservices architecture", "our data platform": the team's own technology."""
    return re.compile(r"\bour(?:\s+\S+){0,3}?\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.I)


def _edge(phrase: str) -> str:
    left = r"\b" if phrase[0].isalnum() else ""
    right = r"\b" if phrase[-1].isalnum() else ""
    return left + re.escape(phrase) + right


# --- the matching pipeline ------------------------------------------------------------------------


def stem(word: str) -> str:
    """A light suffix stripper standing in for a lemmatizer: mentored, mentoring, mentors -> mentor."""
    low = word.lower()
    if not low.isalpha() or len(low) < 4:
        return low
    for suffix, keep in (("ship", 4), ("ments", 4), ("ment", 4), ("ing", 3), ("ed", 3), ("es", 4), ("s", 3)):
        if low.endswith(suffix) and not low.endswith(("ss", "us", "is")):
            base = low[: -len(suffix)]
            if len(base) >= keep and any(v in base for v in "aeiouy") and not base.endswith("eer"):
                return _undouble(base).rstrip("e") if suffix in ("ing", "ed") else base.rstrip("e")
    return low.rstrip("e")


def _undouble(base: str) -> str:
    # running -> runn -> run; but keep "ll"/"ss" endings that belong to the word (install, process)
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]
    return base


def _matching_pipeline() -> Language:
    """A blank English tokenizer whose lexeme NORM is the stem, so a PhraseMatcher on NORM folds inflections:
    the one the matchers are built with (an Extractor matches with a `_Tokenizer` on their vocab)."""
    nlp = spacy.blank("en")
    _stems_as_norms(nlp.vocab)
    for lexeme in nlp.vocab:  # lexemes made before the getter was set (tokenizer exceptions)
        lexeme.norm_ = stem(lexeme.orth_)
    return nlp


class _Tokenizer:
    """The tokenizer of `_matching_pipeline` on the built matchers' vocab, which takes on spaCy's English
    tokenizer exceptions ("don't", "e.g.", ":)") only when a text it is given holds one. Making all 1,347 of
    them, each one's lexemes and the punctuated ones tokenized again, was 0.07 of the 0.13 s that making the
    tokenizer took in every run, for the twenty or so a résumé or a posting holds (issue 14). An exception
    changes how a text splits only where the text holds it: spelled out, or (spaCy's matcher of the exceptions
    with punctuation pairs tokens across a space) spelled out once the spaces are taken out of both. So a text
    splits as with every exception once those it holds are added, and a Doc is the same either way.

    The vocab's getters are set again before any lexeme is made (unpickling wraps NORM in spaCy's norm table),
    so no lexeme needs its norm again: the only ones made before are the matchers' keys, labels no word can be.
    Restemming its ~10,000 lexemes was 0.02 s of a warm start-up."""

    def __init__(self, vocab: Vocab):
        _stems_as_norms(vocab)
        defaults = English.Defaults
        assert defaults.prefixes and defaults.suffixes and defaults.infixes
        # as spaCy's own factory makes it for spacy.blank("en") (spacy.language.create_tokenizer), no rules yet
        self._tokenizer = Tokenizer(
            vocab,
            rules={},
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        # the exceptions not added yet, by their letters without spaces, case-folded (a cheaper first look)
        self._waiting: dict[str, list[str]] = {}
        self._exceptions = defaults.tokenizer_exceptions
        for exception in self._exceptions:
            self._waiting.setdefault(_unspaced(exception).casefold(), []).append(exception)
        # one tokenizer serves every thread of a thread-pool batch: adding an exception while another thread reads
        # `_waiting` or tokenizes raised "dictionary keys changed during iteration" (a flaky batch test)
        self._lock = threading.RLock()

    def __call__(self, text: str) -> Doc:
        with self._lock:
            self.expect((text,))
            return self._tokenizer(text)

    def expect(self, texts: Iterable[str]) -> None:
        """Add the exceptions these texts hold, before any of them is tokenized (by `tokenize`)."""
        with self._lock:
            self._expect(texts)

    def _expect(self, texts: Iterable[str]) -> None:
        if not self._waiting:
            return
        held = _unspaced("".join(texts))
        if len(held) > _LOOKED_FOR_UP_TO:
            for exception in [e for waiting in self._waiting.values() for e in waiting]:
                self._tokenizer.add_special_case(exception, self._exceptions[exception])
            self._waiting.clear()
            return
        folded = held.casefold()
        for key in [k for k in self._waiting if k in folded]:
            waiting = self._waiting.pop(key)
            for exception in waiting:
                if _unspaced(exception) in held:
                    self._tokenizer.add_special_case(exception, self._exceptions[exception])
                else:
                    self._waiting.setdefault(key, []).append(exception)

    def tokenize(self, text: str) -> Doc:
        """A Doc of a text given to `expect` before."""
        with self._lock:
            return self._tokenizer(text)


# Looking for each of ~800 exceptions in a text scans it ~800 times (1.5 billion characters a second); making them
# all takes 0.07 s: beyond some 100,000 characters (a long batch's texts, the benchmark's million) that is cheaper.
_LOOKED_FOR_UP_TO = 100_000


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _stems_as_norms(vocab: Vocab) -> None:
    # Matching reads no word shapes, URLs or e-mail addresses; skipping them makes every new word (taxonomy
    # forms at build time, each document's words at run time) cheaper: a third of a warm start-up.
    for attr in (SHAPE, LIKE_URL, LIKE_EMAIL):
        vocab.lex_attr_getters.pop(attr, None)  # type: ignore[attr-defined]
    vocab.lex_attr_getters[NORM] = stem  # type: ignore[attr-defined]  # set in Cython, absent from the stubs


@dataclass(frozen=True)
class _Pattern:
    """What the taxonomy says about one matchable token sequence of one skill."""

    taxon: Taxon
    spellings: frozenset[tuple[str, ...]]  # lower-cased token tuples of the aliases with this stem
    surfaces: frozenset[tuple[str, ...]]  # the same token tuples as the taxonomy spells them
    ambiguous: bool  # a common word, place or name too: needs its own case and supporting context
    cased: bool  # an all-lower-case match does not count (it is the English word: "go", "r")
    worded: bool  # a rarer dictionary word ("Fortify"): opening a sentence before a lower-case word, the verb
    inflects: bool  # named by a common noun: an inflected form counts ("mentored" for "mentoring")
    weak: bool  # a generic word ("performance", "quality"): counts only in a list or after a cue
    resume_weak: bool  # on a résumé, as weak: a related word, not the skill's name ("telemetry", "backups")
    loose: bool  # one word for a competency ("hired", "leadership"): counts in a list, after a cue or stated
    family: bool  # a name that opens many others ("Apache", "GNU", "SAP"): "Apache POI" is another product


class _Built:
    """The matchers built from a taxonomy and the rules, with what each match key stands for: what the
    cache keeps. It pickles the vocab's strings as a list, and names the vocab and the taxonomy's skills
    without pickling them (`_held`): read back, they are a fresh vocab's and the taxonomy's own."""

    def __init__(self, taxonomy: Taxonomy, rules: _Rules):
        nlp = _matching_pipeline()
        self.vocab = nlp.vocab
        self.taxa = taxonomy.taxa
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # One matcher key per pattern, so a match names its pattern without reading the span's norms again.
        self.patterns: Mapping[int, _Pattern] = {}  # a dict while building; read from the cache, `_Packed`
        weak = frozenset(tuple(t.norm_ for t in nlp.make_doc(term)) for term in rules.weak_terms)
        self.resume_weak = frozenset(tuple(t.norm_ for t in nlp.make_doc(term)) for term in rules.resume_weak_terms)
        families = _family_names(taxonomy, rules.family_size)
        joined = _joined_spellings(taxonomy, rules)
        for taxon in taxonomy.taxa:
            self._add(nlp, taxon, rules, weak, families, joined.get(taxon.name, ()))
        # Known phrases compete for the longest match like skills do, and a winning one names no skill.
        self.block = nlp.vocab.strings.add("\x00known phrase")
        self.matcher.add("\x00known phrase", [nlp.make_doc(p) for p in rules.known_phrases])
        # "lead 8 data scientists", "partner with product and design": competencies as verb + object patterns
        self.competencies = [
            _Competency(nlp, self.matcher, found, patterns)
            for name, patterns in _competency_patterns().items()
            if (found := taxonomy.get(name)) is not None
        ]
        # the PhraseMatcher keys of each competency's first and last words: key -> (competency, is the verb)
        self.ends = {key: (i, verb) for i, c in enumerate(self.competencies) for key, verb in c.ends()}

    def __getstate__(self) -> dict[str, object]:
        place = {id(taxon): i for i, taxon in enumerate(self.taxa)}
        packed = {
            key: marshal.dumps((place[id(p.taxon)], *(getattr(p, name) for name in _PATTERN_FIELDS[1:])))
            for key, p in self.patterns.items()
        }
        return {**self.__dict__, "strings": list(self.vocab.strings), "patterns": packed}

    def __setstate__(self, state: dict[str, Any]) -> None:
        strings = state.pop("strings")
        self.__dict__.update(state)
        self.patterns = _Packed(state["patterns"], self.taxa)
        add = self.vocab.strings.add
        for string in strings:
            add(string)

    def _add(
        self,
        nlp: Language,
        taxon: Taxon,
        rules: _Rules,
        weak: frozenset[tuple[str, ...]],
        families: frozenset[str],
        joined: tuple[str, ...],
    ) -> None:
        by_norm: dict[tuple[str, ...], list[tuple[str, Doc]]] = {}
        for form in dict.fromkeys((taxon.name, *taxon.aliases, *joined)):
            doc = nlp.make_doc(form)
            if len(doc):
                by_norm.setdefault(tuple(t.norm_ for t in doc), []).append((form, doc))
        for n, (norm, forms) in enumerate(by_norm.items()):
            flags = [form in rules.ambiguous_forms for form, _ in forms]
            label = f"{taxon.name}\x00{n}"
            self.patterns[nlp.vocab.strings.add(label)] = _Pattern(  # type: ignore[index]  # a dict here
                taxon=taxon,
                spellings=frozenset(tuple(t.lower_ for t in doc) for _, doc in forms),
                surfaces=frozenset(tuple(t.text for t in doc) for _, doc in forms),
                ambiguous=all(flags),
                cased=all(
                    f or len(form) <= 2 or form in rules.cased_forms for f, (form, _) in zip(flags, forms, strict=True)
                ),
                inflects=_common_noun(taxon.name) and any(_common_noun(form) for form, _ in forms),
                weak=norm in weak,
                resume_weak=norm in self.resume_weak,
                loose=len(norm) == 1 and taxon.category.lower() in rules.statement_categories,
                family=any(form in families for form, _ in forms),
                worded=all(form in rules.cased_forms for form, _ in forms),
            )
            self.matcher.add(label, [doc for _, doc in forms])


_PATTERN_FIELDS = tuple(f.name for f in fields(_Pattern))  # the skill first: kept as its place in the taxonomy


class _Packed(Mapping[int, _Pattern]):
    """The patterns read from the cache, each kept packed (marshal) until a match first needs it: making all
    ~10,000 at start-up was 0.03 s of it, for the few hundred a brief's documents match (issue 14)."""

    def __init__(self, packed: dict[int, bytes], taxa: tuple[Taxon, ...]):
        self._packed = packed
        self._taxa = taxa
        self._made: dict[int, _Pattern] = {}

    def __getitem__(self, key: int) -> _Pattern:
        made = self._made.get(key)
        if made is None:
            place, *rest = marshal.loads(self._packed[key])
            made = self._made[key] = _Pattern(self._taxa[place], *rest)
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator[int]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def _concept(taxon: Taxon, rules: _Rules) -> bool:
    """A field, practice or competency ("statistics", "QA", "backend development"), not a named technology."""
    return taxon.category.lower() in rules.non_technical or taxon.name[:1].islower()


def _vendor_of(doc: Doc, start: int, end: int, starts: dict[int, _Pattern | None]) -> bool:
    """True for a one-word name just before one of its own products: "SAP Crystal Reports" names Crystal Reports
    (filed under SAP BusinessObjects), not SAP as well; "Java Spring" names both, Spring being no Java product."""
    product = starts.get(end)  # most matches have no name right after them: the cheap test first
    if product is None or end - start != 1 or not doc[start].whitespace_:
        return False
    vendor = doc[start].lower_ + " "
    return any(form.lower().startswith(vendor) for form in (product.taxon.name, *product.taxon.aliases))


@cache
def _first_names() -> frozenset[str]:
    """Common English first names, less dictionary words (data/first_names.json), lower-cased."""
    data = json.loads((files("tailor") / "data" / "first_names.json").read_text(encoding="utf-8"))
    return frozenset(n.lower() for n in data["names"])


def _surname(doc: Doc, start: int, end: int, starts: dict[int, _Pattern | None]) -> bool:
    """True for a one-word name right after a capitalised first name that names no skill itself: "Dana Jenkins",
    "Priya Spring" are people (issue 13: a person's name read as a skill on a résumé)."""
    if end - start != 1 or start == 0 or (start - 1) in starts or not doc[start].text[:1].isupper():
        return False
    before = doc[start - 1]
    return before.is_title and before.is_alpha and before.lower_ in _first_names()


def _opening_verb(doc: Doc, text: str, start: int, end: int) -> bool:
    """True for one past-tense word opening a résumé line: "Automated the release pipeline" states the work
    in the candidate's own verb, where "automation" in passing names nothing."""
    word = doc[start].lower_
    opens = not _LABEL_EDGE.sub("", text[: doc[start].idx])
    return opens and end - start == 1 and word.endswith("ed") and word.isalpha()


def _names_itself(word: str, taxon: Taxon) -> bool:
    """True for the activity's own name as a gerund: "hiring", "mentoring" name it; "hired" or "mentor" may not."""
    return word.endswith("ing") and word == taxon.name.lower()


def _joined_spellings(taxonomy: Taxonomy, rules: _Rules) -> dict[str, tuple[str, ...]]:
    """A named technology's name of several words written as one ("MysqlWorkbench", "SpringBoot", "GitLabCI"):
    résumés run the words together, in tool lists above all (dev2 review, issue 13). Only names of two plain
    words (no "C++ Builder"; the long cloud service names nobody runs together cost extraction speed: all
    lengths made it 15% slower), never a concept ("problemsolving"), and never a spelling another skill or an
    ambiguous word already owns."""
    taken = {form.casefold() for taxon in taxonomy.taxa for form in (taxon.name, *taxon.aliases)}
    taken |= {form.casefold() for form in rules.ambiguous_forms}
    joined: dict[str, tuple[str, ...]] = {}
    for taxon in taxonomy.taxa:
        if _concept(taxon, rules):
            continue
        spellings = []
        for form in (taxon.name, *taxon.aliases):
            words = form.split()
            one = "".join(words)
            plain = len(words) == 2 and all(w.isalnum() for w in words)
            if plain and 6 <= len(one) <= 20 and one.casefold() not in taken:
                spellings.append(one)
        if spellings:
            joined[taxon.name] = tuple(dict.fromkeys(spellings))
    return joined


def _family_names(taxonomy: Taxonomy, size: int) -> frozenset[str]:
    """One-word names that open at least `size` other skills' names ("Apache Kafka", "GNU Octave")."""
    opened: dict[str, set[str]] = {}
    for taxon in taxonomy.taxa:
        for form in (taxon.name, *taxon.aliases):
            words = form.split()
            if len(words) > 1:
                opened.setdefault(words[0], set()).add(taxon.name)
    return frozenset(word for word, names in opened.items() if len(names - {word}) >= size)


class _Competency:
    """One competency's token Matcher, and the words that start and end its patterns, added to the skills'
    PhraseMatcher under keys of their own: the token Matcher costs more than all the rest of matching (most
    of it per call), so it runs only where one of its verbs comes within reach before one of its objects."""

    def __init__(self, nlp: Language, phrases: PhraseMatcher, taxon: Taxon, patterns: list[list[dict[str, Any]]]):
        self.taxon = taxon
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add(taxon.name, patterns, greedy="LONGEST")
        self.verb = nlp.vocab.strings.add(f"\x00verb\x00{taxon.name}")
        self.object = nlp.vocab.strings.add(f"\x00object\x00{taxon.name}")
        phrases.add(f"\x00verb\x00{taxon.name}", [nlp.make_doc(w) for p in patterns for w in p[0]["LOWER"]["IN"]])
        phrases.add(f"\x00object\x00{taxon.name}", [nlp.make_doc(w) for p in patterns for w in p[-1]["LOWER"]["IN"]])
        self.reach = max(sum(_most(token.get("OP")) for token in p) for p in patterns)

    def ends(self) -> tuple[tuple[int, bool], tuple[int, bool]]:
        return (self.verb, True), (self.object, False)

    def matches(self, doc: Doc, verbs: list[int], objects: list[int]) -> list[tuple[Taxon, int, int]]:
        """Its matches in the range from the first verb to the last object within reach of one."""
        pairs = [(v, o) for v in verbs for o in objects if 0 < o - v < self.reach]
        if not pairs:
            return []
        start, stop = min(v for v, _ in pairs), max(o for _, o in pairs) + 1
        return [(self.taxon, start + s, start + e) for _, s, e in self.matcher(doc[start:stop])]


def _most(op: str | None) -> int:
    """How many tokens a Matcher pattern token with this operator can take: "{0,3}" 3, "?" 1."""
    if op is None or op == "?":
        return 1
    return int(op.strip("{}").split(",")[-1])


def _built_key(taxonomy: Taxonomy) -> str:
    """The cache key: the taxonomy as loaded, the rule files the matchers are built from, and the code that
    builds and pickles them (a changed class must never meet an old pickle, even within one version)."""
    data = files("tailor") / "data"
    code = files("tailor") / "skills"
    paths = [data / "skill_rules.json", data / "competencies.json", data / "taxonomy" / "ambiguity.json"]
    paths += [code / "match.py", code / "cache.py"]
    return cache_key([repr(taxonomy.taxa).encode(), *(p.read_bytes() for p in paths)])


def _held(taxonomy: Taxonomy) -> tuple[Callable[[object], int | str | None], Callable[[Any], object]]:
    """What the cached matchers refer to without keeping it (cache.cached's `held`): the vocab, and the
    taxonomy's skills by their place in it. Unpickling spaCy's vocab made its ~33,000 strings twice (once for
    its vectors) and copied its lexeme tables, where a fresh one (`_fresh_vocab`) takes the strings once; and
    the skills are the taxonomy's own objects, as in matchers just built. Loading the packaged matchers from
    the cache, spaCy imported: 0.34-0.37 -> 0.28-0.30 s CPU (5 runs each, alternating), and with the patterns
    kept packed (`_Packed`), spaCy's import and the load together 0.59-0.63 -> 0.52-0.55 s (issue 14)."""
    places = {id(taxon): i for i, taxon in enumerate(taxonomy.taxa)}
    vocab: list[Vocab] = []

    def name(obj: object) -> int | str | None:
        if isinstance(obj, Vocab):
            return "vocab"
        if obj is taxonomy.taxa:
            return "taxa"
        return places.get(id(obj)) if isinstance(obj, Taxon) else None

    def find(named: Any) -> object:
        if named == "vocab":
            if not vocab:
                vocab.append(_fresh_vocab())
            return vocab[0]
        return taxonomy.taxa if named == "taxa" else taxonomy.taxa[named]

    return name, find


def _fresh_vocab() -> Vocab:
    """An empty vocab as `spacy.blank("en")` makes one, its lexemes' NORM the stem from the first lexeme on."""
    vocab = create_vocab("en", English.Defaults)
    _stems_as_norms(vocab)
    return vocab


@dataclass(frozen=True)
class _Hit:
    taxon: Taxon
    start: int  # token index in the line
    end: int
    start_char: int  # character offsets in the line
    end_char: int
    matched: str
    rule: str


class Extractor:
    """Finds taxonomy skills in résumés and postings.

    `nlp` is an optional trained pipeline (en_core_web_sm) whose noun chunks propose skill-like phrases
    the taxonomy lacks. Matching always runs on a private blank English tokenizer: its lexeme norms are
    replaced by stems, which must not disturb a trained model's features.
    """

    def __init__(self, taxonomy: Taxonomy, nlp: Language | None = None, cache: Path | None = None):
        """`cache`: a folder where the built matchers are kept between runs (None: built every time)."""
        self.taxonomy = taxonomy
        self._rules = _rules()
        self._chunker = nlp if nlp is not None and nlp.has_pipe("parser") else None
        built = cached(cache, _built_key(taxonomy), lambda: _Built(taxonomy, self._rules), _Built, _held(taxonomy))
        self._tokenizer = _Tokenizer(built.vocab)
        self._matcher = built.matcher
        self._patterns = built.patterns
        self._block = built.block
        self._competencies = built.competencies
        # competencies whose statement counts in a posting only ("write code"), by their index
        self._posting_only = {i for i, c in enumerate(built.competencies) if c.taxon.name in _posting_only()}
        self._ends = built.ends

    # --- public API -------------------------------------------------------------------------------

    def skills_in(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """(canonical name, matched words) for every accepted match, per text, in reading order."""
        lines = [(i, line) for i, text in enumerate(texts) for line in text.splitlines()]
        found: list[list[tuple[str, str]]] = [[] for _ in texts]
        for (i, _), hits in zip(lines, self._hits_per_line([ln for _, ln in lines], None), strict=True):
            found[i].extend((h.taxon.name, h.matched) for h in hits)
        return found

    def resume_skills(self, resume: Resume) -> Skills:
        lines = _resume_lines(resume, self._rules)
        texts = [resume.document.lines[index].text for index, _, _ in lines]
        held: dict[str, list[tuple[Evidence, bool]]] = {}
        names = [n for role in resume.roles for n in (role.title, role.company) if n]
        headings = _headings(resume.sections, len(resume.document.lines))
        hits_per_line = list(self._hits_per_line(texts, [kind for _, kind, _ in lines], names, resume=True))
        for at, ((index, kind, in_work), text, hits) in enumerate(zip(lines, texts, hits_per_line, strict=True)):
            below = hits_per_line[at + 1] if at + 1 < len(lines) and lines[at + 1][1] is kind else []
            if below and kind is SectionKind.SKILLS and self._group_heading(text, hits, texts[at + 1], below):
                continue
            # a list of skills in a role ("Stack: Go, Kafka, Redis") names them and shows no work with them, as does
            # a project's heading ("Fleet Tracker (Docker, AWS ECS, Terraform)"): a bullet of the project naming one
            # shows it (issue 12, blind review: "Terraform (demonstrated)" cited from the skills section)
            listing = _skill_list(text, hits) or (
                kind is SectionKind.PROJECTS and not resume.document.lines[index].bullet and _heading_list(text, hits)
            )
            for hit in hits:
                if not self._candidate_skill(text, hit, kind, headings[index]):
                    continue
                hedged = _hedged(text, hit.start_char, self._rules.hedged)
                shown = (
                    in_work
                    and not listing
                    and not hedged
                    and not _theirs(text, hit.start_char, self._rules)
                    and not _attribute(text, hit, self._rules.attribute_of)
                )
                evidence = Evidence(index, text, hit.matched, kind, hit.rule, listing)
                held.setdefault(hit.taxon.name, []).append((evidence, shown))
        self._written_within(held)
        skills = [self._resume_skill(name, found) for name, found in held.items()]
        return Skills(tuple(skills + self._implied(skills)), self._also_mentioned(texts))

    def _written_within(self, held: dict[str, list[tuple[Evidence, bool]]]) -> None:
        """Adds to `held` a practice written as words of a longer practice it is implied by: "unit testing"
        states testing, "test automation" automation. The longest match wins the words, so the shorter name was
        only implied, never reported, though the text writes it (issue 13: in the taxonomy and written as is,
        yet missed). Concepts only (lower-case names, as the taxonomy writes practices): a product's name holds
        a technology's name as a brand, not as a claim of it, and the gold counts the product alone ("SQL
        Server" is not SQL, "Ruby on Rails" not Ruby, "GDPR" not compliance: each a false positive on dev half
        A or dev2 half 1 when tried). What a name implies without writing it stays implied."""
        for name, found in list(held.items()):
            taxon = self.taxonomy.get(name)
            for target in taxon.implies if taxon else ():
                implied = self.taxonomy.get(target)
                if implied is None or implied.name in held or not (name.islower() and implied.name.islower()):
                    continue
                written = re.compile(r"(?<![\w/.+#-])" + re.escape(implied.name) + r"(?![\w/+#-])", re.I)
                within = [(replace(e, rule=f"written in {name}"), s) for e, s in found if written.search(e.matched)]
                if within:
                    held[implied.name] = within

    def _group_heading(self, text: str, hits: list[_Hit], below: str, below_hits: list[_Hit]) -> bool:
        """A skills section's group name on a line of its own, over the group's skills: "Backend" over "Kotlin,
        Python, PostgreSQL" (or over "Kotlin" on a line of its own), "Leadership" over "hiring, coaching, ...",
        names the group, not a skill; the colon rule's label without its colon. A capitalised practice or field
        alone on its line; the line below opens with a technology or holds a list. "Agile" over "Scrum" is a
        list written one to a line."""
        if not hits or any(h.taxon is not hits[0].taxon for h in hits) or not hits[0].matched[:1].isupper():
            return False
        if hits[0].taxon.category.lower() not in self._rules.label_categories:
            return False
        bounds = [0, *(c for h in hits for c in (h.start_char, h.end_char)), len(text)]
        if _LABEL_EDGE.sub("", "".join(text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))):
            return False
        others = [h for h in below_hits if h.taxon is not hits[0].taxon]
        if not others:
            return False
        return others[0].taxon.category.lower() not in self._rules.label_categories or (
            "," in below and len(others) > 1
        )

    def posting_skills(self, posting: Posting) -> Skills:
        lines = _posting_lines(posting, self._rules)
        texts = [posting.document.lines[index].text for index, _, _ in lines]
        found: dict[str, list[tuple[Evidence, Need]]] = {}
        either: dict[str, set[str]] = {}
        names = [n for n in (posting.title, posting.company) if n]
        hits_per_line = self._hits_per_line(texts, [kind for _, kind, _ in lines], names)
        intro = _intro_end(posting)
        for (index, kind, base), text, hits in zip(lines, texts, hits_per_line, strict=True):
            opening = index < intro and not posting.document.lines[index].bullet
            for hit in hits:
                if self._partner(text, hit):
                    continue
                # The prose above the role's lists describes the company ("Fernhill is the operating system for
                # clinics") unless a sentence speaks of the role: like an about section, it asks for nothing.
                # A domain's bare word there ("turn millions of invoices into forecasts") is what the business
                # handles, even in a sentence about the role: no domain skill asked (issue 12, blind review:
                # "billing systems: required" from the company's product description).
                company_prose = opening and (
                    (hit.taxon.category.lower() == "domain" and hit.rule == "lemma")
                    or not _about_the_role(_sentence(text, hit.start_char, hit.end_char), posting, self._rules)
                )
                need = _clause_need(text, hit, None if company_prose else base, self._rules)
                if need is not None:
                    evidence = Evidence(index, text, hit.matched, kind, hit.rule)
                    found.setdefault(hit.taxon.name, []).append((evidence, need))
            for group in _alternatives(text, hits, self._rules):
                for name in group:
                    either.setdefault(name, set()).update(n for n in group if n != name)
        asked = set(posting.requirements)
        duties = set(posting.responsibilities) - asked
        skills = tuple(
            replace(
                self._posting_skill(name, evidence),
                alternatives=tuple(sorted(either.get(name, ()))),
                duty=_only_duty(evidence, duties, {*asked, *posting.nice_to_have}, self._rules),
            )
            for name, evidence in found.items()
        )
        return Skills(skills, self._also_mentioned(texts))

    def _partner(self, text: str, hit: _Hit) -> bool:
        """True for a leadership or business word naming the people the role works with: "collaborate with
        engineering leadership", "partner with Product, Design, GTM and Support" name teams, not skills asked.
        A purpose or topic after them ("partner with design to improve onboarding", "partner with the CEO on the
        roadmap") ends the list of partners."""
        if hit.taxon.category.lower() not in self._rules.partner_categories:
            return False
        before = _sentence_before(text, hit.start_char)
        cues = list(self._rules.partners.finditer(before))
        return bool(cues) and not self._rules.partner_ends.search(before[cues[-1].end() :])

    def _candidate_skill(self, text: str, hit: _Hit, kind: SectionKind, heading: str) -> bool:
        """False for what a résumé names that is not the candidate's skill: a field or practice that is a
        degree's subject, a paper's topic or a job's name ("B.Sc. in Statistics", "QA Engineer at ..."); a
        spoken language not stated as one the candidate speaks ("English Literature"); an industry outside
        the work done ("a healthcare startup", "10 years in gaming" in a summary)."""
        category = hit.taxon.category.lower()
        if kind is SectionKind.CONTACT and hit.taxon.name in self._rules.profile_sites:
            return False  # "zwei-dev (GitHub)" beside the email: where a profile is, not a tool used
        if self._rules.customers.search(_sentence_before(text, hit.start_char)):
            return False  # "used daily by Facebook, Dropbox, Asana": who uses the work, not a skill
        subject = kind.value in self._rules.subject_kinds
        if subject and _in_title(text, hit):
            return False  # 'Thesis: "Scheduling Hadoop Jobs ..."', '"Why We Left MongoDB", Eng Blog': a title's words
        if _concept(hit.taxon, self._rules):
            studied = subject and not self._rules.certified.search(text)
            if studied or self._names_a_job(text, hit):
                return False
        if category == "spoken language":
            return bool(self._rules.spoken_cues.search(text) or self._rules.spoken_cues.search(heading))
        if category != "domain":
            return True
        if self._describes_employer(text, hit):
            return False
        return hit.taxon.name not in self._rules.industries or any(
            word in self._rules.work_verbs for word in re.findall(r"[\w-]+", text.lower())
        )

    def _names_a_job(self, text: str, hit: _Hit) -> bool:
        """True when a role noun follows the field or practice: "Backend Engineer", "QA engineer", "Product
        Development Lead" name a job (a title in a summary, or one the role reader missed), and CANON.md
        infers nothing from a job title alone."""
        if hit.rule == "pattern":
            return False  # a statement's object: "Partnered with product managers" is collaboration
        after = _NEXT_WORD.match(text, hit.end_char)
        return after is not None and after.group(1).lower() in self._rules.role_nouns

    def _describes_employer(self, text: str, hit: _Hit) -> bool:
        """True when a company noun follows the domain within its phrase: "fintech and healthcare companies"."""
        after = re.split(r"[,.;:()]", text[hit.end_char :], maxsplit=1)[0].lower().split()[:3]
        return any(word in self._rules.company_nouns for word in after)

    # --- matching ---------------------------------------------------------------------------------

    def _hits_per_line(
        self, texts: Sequence[str], kinds: Sequence[SectionKind] | None, names: Sequence[str] = (), resume: bool = False
    ) -> Iterator[list[_Hit]]:
        """Accepted matches per line; none inside `names` (job titles, employers: no skill is read from those).
        `resume`: a competency needs a statement of it; a posting's "hire and grow" asks for it in one word."""
        # the pipeline has no components: its tokenizer alone makes the same Doc without nlp.pipe's layers
        self._tokenizer.expect(texts)
        tokenize = self._tokenizer.tokenize
        for i, text in enumerate(texts):
            hits = self._line_hits(tokenize(text), text, kinds[i] if kinds is not None else SectionKind.OTHER, resume)
            yield [h for h in hits if not _inside(text, h, names)] if names and hits else hits

    def _line_hits(self, doc: Doc, text: str, kind: SectionKind, resume: bool) -> list[_Hit]:
        """`text` is the line `doc` was made from (Doc.text would rebuild it from every token)."""
        matches = self._matcher(doc)
        if not matches:
            return []
        # one pass: skill and known-phrase matches, and the competencies' verbs and objects by competency
        phrases: list[tuple[int, int, int]] = []
        verbs: dict[int, list[int]] = {}
        objects: dict[int, list[int]] = {}
        for match in matches:
            word = self._ends.get(match[0])  # (competency, is its verb) for a verb or an object
            if word is None:
                phrases.append(match)
            else:
                (verbs if word[1] else objects).setdefault(word[0], []).append(match[1])
        hits = self._phrase_hits(doc, text, kind, phrases, resume)
        found = [
            found
            for index, starts in verbs.items()
            if index in objects and not (resume and index in self._posting_only)
            for found in self._competencies[index].matches(doc, starts, objects[index])
        ]
        if not found:
            return hits
        taken: list[tuple[int, int]] = []
        # the longest statement wins: "leading fast growing engineering teams" is leadership, not team building
        for taxon, start, end in sorted(found, key=lambda m: m[1] - m[2]):
            # coordinated verbs share their object: "lead and manage teams" is leadership and management
            coordinated = start > 0 and doc[start - 1].lower_ in ("and", "or", "&", ",")
            if (coordinated or all(e <= start or end <= s for s, e in taken)) and all(
                h.taxon is not taxon for h in hits
            ):
                taken.append((start, end))
                hits.append(_hit(doc, text, taxon, start, end, "pattern"))
        return sorted(hits, key=lambda h: h.start) if taken else hits

    def _phrase_hits(
        self, doc: Doc, text: str, kind: SectionKind, matches: list[tuple[int, int, int]], resume: bool
    ) -> list[_Hit]:
        if not matches:
            return []
        found = _longest(c for c in (self._candidate(doc, text, *m) for m in matches) if c)
        starts = {s: p for p, s, _, _ in found}
        candidates = [
            (p, s, e, r)
            for p, s, e, r in found
            if p is not None
            and not (p.family and self._longer_name(doc, e, starts))
            and not _vendor_of(doc, s, e, starts)
            and not _surname(doc, s, e, starts)
        ]
        if candidates:
            stops = self._stops(text)
            candidates = [c for c in candidates if self._names_a_skill(doc, *c[:3], stops, starts)]
            candidates = [c for c in candidates if not self._proficiency(doc, c[0], c[1], candidates)]
            candidates = [c for c in candidates if self._in_its_sense(doc, text, c[1], c[2], kind)]
        firm = [(p.taxon, s, e) for p, s, e, _ in candidates if not (p.ambiguous or p.weak)]
        rules = {
            s: self._context(doc, text, s, e, p.taxon, firm, kind) or "" for p, s, e, _ in candidates if p.ambiguous
        }
        # an ambiguous name accepted on its own context supports its neighbours: "in Python and Go"
        held = firm + [(p.taxon, s, e) for p, s, e, _ in candidates if rules.get(s)]
        if not all(rules.values()):
            for pattern, start, end, _ in candidates:
                if pattern.ambiguous and not rules[start]:
                    rules[start] = self._context(doc, text, start, end, pattern.taxon, held, kind) or ""
            for pattern, start, end, _ in candidates:
                if pattern.ambiguous and not rules[start]:
                    rules[start] = _paired(doc, pattern.taxon, start, end, candidates) or ""
        hits = []
        for pattern, start, end, rule in candidates:
            if pattern.ambiguous:
                rule = rules.get(start, "")
            elif resume and pattern.loose and not _names_itself(doc[start].lower_, pattern.taxon):
                # a competency's one word, weak or not, counts beside skills of any kind: "leadership, product dev"
                rule = self._loose_context(doc, start, end, pattern.taxon, candidates, kind) or ""
            elif resume and pattern.weak and not pattern.resume_weak and _opening_verb(doc, text, start, end):
                rule = "statement: opening verb"  # "Automated the release pipeline", "Onboarded 6 engineers"
            elif (
                resume
                and pattern.weak
                and not pattern.resume_weak
                and pattern.taxon.category.lower() in self._rules.object_categories
                and (verb := self._verb_before(doc, start))
            ):
                rule = f"statement: object of '{verb}'"  # "worked with the app team to create APIs"
            elif pattern.taxon.category.lower() == "spoken language" and (
                resume or self._rules.spoken_cues.search(text)
            ):
                # "English (Fluent)", "Languages: English, Hindi"; on a résumé "English" alone under a Languages
                # heading too: _candidate_skill holds every spoken language to a cue in its line or its heading
                rule = "context: spoken"
            elif pattern.weak or (resume and pattern.resume_weak):
                rule = self._weak_context(doc, start, end, pattern.taxon, held, kind) or ""
            elif resume and self._strict(doc, pattern, start, end, rule, kind):
                # an acceptance path that the pooled census shows wrong more often than right (skill_rules.json,
                # strict_paths): the mention counts as a generic word does, in a list, after a cue or as an object
                verb = self._verb_before(doc, start)
                rule = self._weak_context(doc, start, end, pattern.taxon, held, kind) or (
                    f"statement: object of '{verb}'" if verb else ""
                )
            if rule:
                hits.append(_hit(doc, text, pattern.taxon, start, end, rule))
        hits = self._without_label(text, hits)
        if not resume:
            return hits
        about = self._rules.employer.match(text) if kind is not SectionKind.SKILLS else None
        if about and not _FIRST_PERSON.search(about.group()):
            # the employer's products and market, not the candidate's skills: "Acme is a Shopify app for merchants"
            hits = [h for h in hits if h.start_char >= about.end()]
        return self._without_bracket_label(text, hits)

    def _without_bracket_label(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Without the practice or field that labels a list in brackets after it, anywhere in the line: "Cloud
        (GCP, Azure, DigitalOcean)", "Monitoring (Datadog, Grafana)" name the list's kind, as a label before a
        colon does. "CI/CD (GitHub Actions)" (one name, an example) and "agile (scrum)" keep it. Résumés only: a
        posting's "cloud technologies (AWS, GCP, or Azure)" asks for the field and gives examples."""
        kept = []
        for hit in hits:
            if hit.taxon.category.lower() in self._rules.label_categories and (
                bracket := _LABEL_BRACKET.match(text, hit.end_char)
            ):
                inside = [h for h in hits if bracket.start(1) <= h.start_char and h.end_char <= bracket.end(1)]
                if "," in bracket.group(1) and any(h.taxon is not hit.taxon for h in inside):
                    continue
            kept.append(hit)
        return kept

    def _proficiency(
        self, doc: Doc, pattern: _Pattern, start: int, candidates: Sequence[tuple[_Pattern, int, int, str]]
    ) -> bool:
        """True for a proficiency word just after a spoken language or just before any other skill: "English
        (Fluent)" rates English and "Fluent TypeScript" rates TypeScript; neither names the Fluent localisation
        language, nor "Hindi (Basic)" BASIC."""
        word = doc[start].lower_
        rates = self._rules.spoken_cues.fullmatch(word) or (word,) in self._rules.cue_before.get(word, ())
        if not pattern.ambiguous or not rates:
            return False
        if 0 < start < len(doc) - 1 and doc[start - 1].text == "(" and doc[start + 1].text == ")":
            return True  # "Irish (Fluent)": a rating in brackets, whether or not the language before it is known
        return any(
            (other.taxon.category.lower() == "spoken language" and 0 <= start - e <= 2) or s == start + 1
            for other, s, e, _ in candidates
        )

    def _longer_name(self, doc: Doc, end: int, starts: dict[int, _Pattern | None]) -> bool:
        """True when a capitalised word the taxonomy does not know follows a family name: "Apache POI",
        "SAP Crystal"; not "Apache Kafka and ...", "AWS, GCP", "Java developer" or "AWS Certified"."""
        if end >= len(doc) or end in starts or not doc[end - 1].whitespace_:
            return False
        after = doc[end]
        return (
            after.text[:1].isupper()
            and after.is_alpha
            and after.lower_ not in self._rules.cue_after
            and after.lower_ not in self._rules.family_followers
        )

    def _loose_context(
        self,
        doc: Doc,
        start: int,
        end: int,
        taxon: Taxon,
        candidates: Sequence[tuple[_Pattern, int, int, str]],
        kind: SectionKind,
    ) -> str | None:
        """The rule that accepts one word as a competency: a skills list, a cue ("strong communication"), or a
        list of skills of any kind ("security, automation, mentor"). Otherwise only a statement of it counts
        (a competency pattern: "mentored 4 engineers"), never "hired as", "communicated" or "leadership" alone."""
        if kind in _CONTEXT_KINDS:
            return _CONTEXT_KINDS[kind]
        phrase = _phrase_before(doc, start, self._rules.weak_cues)
        if phrase:
            return f"context: cue '{phrase}'"
        for other, s, e, _ in candidates:
            if other.taxon.name == taxon.name:
                continue
            if _listed(doc, e, start) or _listed(doc, end, s):
                return f"context: listed with {other.taxon.name}"
        return None

    def _without_label(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Without the practice or field that labels a list of other skills: "Back-end: Flask, Node",
        "Frontend Technologies: React", "Monitoring : Datadog" name the list's kind. A label is the line's
        opening words: "Improve reliability: SLOs, ..." states work; "Python: Django" and a label over a
        sentence ("Code review: every change ...") stay. Where a layout lost the colon, a capitalised label
        before a list still is one: "Backend | Kotlin, Python", "Leadership – hiring, coaching", "Backend
        Kotlin, Python" (a table's first column); "Mentoring | Hiring | Coaching" is a list itself."""
        label = hits[0] if hits else None  # a label opens the line
        if label is None or label.taxon.category.lower() not in self._rules.label_categories:
            return hits
        colon = text.find(":")
        if colon < 0 and not label.matched[:1].isupper():
            return hits
        before = text[: label.start_char]
        # a label opens the line, or a table cell after a heading the layout put on the same line ("SKILLS | ")
        if _LABEL_EDGE.sub("", before) and not before.rstrip(" *_").endswith(("|", "\t")):
            return hits
        if colon >= label.end_char and len(text[label.end_char : colon].split()) <= 1:
            rest = colon + 1
        elif label.matched[:1].isupper() and (brk := _LABEL_BREAK.match(text, label.end_char)):
            rest = brk.end()
            if "," not in text[rest:] or any(c in text[rest:] for c in "|\t"):
                return hits
            if not brk.group().strip() and not any(h.start_char == rest for h in hits):
                return hits  # no separator: only a list that starts at once ("Backend Kotlin, ..."), no sentence
        else:
            return hits
        if not any(h.start_char >= rest and h.taxon is not label.taxon for h in hits):
            return hits
        return [h for h in hits if h is not label]

    def _stops(self, text: str) -> list[tuple[int, int]]:
        """Where the stop phrases are in the line; the regex runs only on a line holding one of their words,
        since it costs more than the rest of a line's checks."""
        lower = text.lower()
        if not any(word in lower for word in self._rules.stop_words):
            return []
        return [(m.start(), m.end()) for m in self._rules.stop_phrases.finditer(text)]

    def _candidate(self, doc: Doc, text: str, key: int, start: int, end: int) -> _Candidate | None:
        """The pattern a match stands for (None for a known phrase) and "alias" or "lemma"; None when the
        spelling does not fit it."""
        if key == self._block:
            return None, start, end, ""
        pattern = self._patterns[key]
        lower = (doc[start].lower_,) if end - start == 1 else tuple(doc[i].lower_ for i in range(start, end))
        spelled = lower in pattern.spellings
        if not spelled and not (pattern.inflects or _plural_of(doc[start:end], pattern.surfaces)):
            return None  # technology names do not inflect: "nodes" is not Node.js, "Vegas" not Vega, "Means" not MEAN
        if not spelled and end - start == 1 and not _inflected(lower[0]):
            return None  # a bare word is not its gerund: "plan", "test", "Present" are not the practices
        if not spelled and end - start > 1 and all(s[:-1] != lower[:-1] for s in pattern.spellings):
            return None  # a phrase inflects at its head only: "code reviews", not "teams building" for team building
        if pattern.cased and text[doc[start].idx : _end_char(doc, end)].islower():
            return None
        if pattern.cased and end - start > 1 and all(doc[end - 1].text != s[-1] for s in pattern.surfaces):
            return None  # a vendor and an everyday word count in their own case: "AWS Account", not "the AWS account"
        if pattern.ambiguous and tuple(doc[i].text for i in range(start, end)) not in pattern.surfaces:
            return None  # an everyday word counts only in the name's own case: "Linear", not "linear" or "LINEAR"
        if pattern.worded and _opens_sentence(doc, start, end) and doc[end].lower_ not in self._rules.cue_after:
            return None  # "Fortify relationships with ...": the verb, not the scanner; but "Mocha tests"
        return pattern, start, end, "alias" if spelled else "lemma"

    def _context(
        self,
        doc: Doc,
        text: str,
        start: int,
        end: int,
        taxon: Taxon,
        firm: list[tuple[Taxon, int, int]],
        kind: SectionKind,
    ) -> str | None:
        """The rule that accepts an ambiguous name here, or None: "go-live", "R&D", "Chef's kitchen" stay out.

        One scoring rule (tailor/data/context_score.json) instead of a chain of rules: each sign of a technology
        around the name adds its weight and the name counts when the sum reaches the threshold. The signs: a
        skills or stack section, a list of other technologies, a cue ("experience with", "Flask framework"), a
        technology within a few words, and the name standing inside a sentence rather than opening it ("Spark
        joy", "Make sure" open one). What the name's own spelling decides comes before this, as vetoes: the
        name's own case ("Linear", not "linear"), never glued into an everyday word ("go-live"), never inside a
        known longer phrase. The rule said is the strongest sign found."""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        glued = after.text if after is not None and not doc[end - 1].whitespace_ else ""
        if glued == "-" and end + 1 < len(doc) and not doc[end].whitespace_:
            suffix = doc[end + 1].lower_
            if suffix in self._rules.name_suffixes:
                return f"context: suffix '-{suffix}'"  # "a Flask-based API": the name in its own case, as a tool
        if glued in ("-", "'s", "’s") or (before is not None and before.text == "-" and not before.whitespace_):
            return None
        technical = [
            (t, s, e)
            for t, s, e in firm
            if t.category.lower() not in self._rules.non_technical and t.name != taxon.name
        ]
        listed = (before is not None and before.lower_ in _SEPARATORS) or (
            after is not None and after.lower_ in _SEPARATORS
        )
        cue = self._cue(doc, text, start, end)
        near = [t for t, s, e in technical if s - end < _NEIGHBOUR_WINDOW and start - e < _NEIGHBOUR_WINDOW]
        signs = {  # in the order they are said
            "section": _CONTEXT_KINDS.get(kind, ""),
            "technology_list": "context: technology list" if listed and len(technical) >= 2 else "",
            "cue": f"context: cue '{cue}'" if cue else "",
            "neighbour": f"context: neighbour {near[0].name}" if near else "",
            "inside_sentence": "inside a sentence" if not _opens_sentence(doc, start, end) else "",
        }
        weights = _context_score()
        if sum(weights[sign] for sign, said in signs.items() if said) < weights["threshold"]:
            return None
        strongest = max(weights[sign] for sign, said in signs.items() if said)
        return next(said for sign, said in signs.items() if said and weights[sign] == strongest)

    def _names_a_skill(
        self, doc: Doc, pattern: _Pattern, start: int, end: int, stops: list[tuple[int, int]], starts: Iterable[int]
    ) -> bool:
        """False for words that name a person or a job ("product managers", "tech lead"), words inside a
        phrase that names no skill ("we are hiring", "hiring manager"), and a practice word glued into a
        compound modifier ("high-quality", "low-risk", "Spanish-speaking"). A word that opens another skill
        is no such phrase: "Jira Team City" is Jira and TeamCity, not a Jira team."""
        last = doc[end - 1].lower_
        if last in self._rules.role_nouns and (end - start > 1 or last.endswith("s")):
            return False
        if end < len(doc) and doc[end].lower_ in self._rules.people_after and end not in starts:
            return False
        if stops and any(a < _end_char(doc, end) and doc[start].idx < b for a, b in stops):
            return False
        after = end + 1 if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ else end
        if after < len(doc) and doc[after].lower_ in self._rules.topic_nouns:
            return False  # "the system-design interview loop": the interview's topic, not a skill shown
        if pattern.taxon.category.lower() not in self._rules.non_technical:
            return True
        glued_before = start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
        glued_after = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
        return not (glued_before or glued_after)

    def _in_its_sense(self, doc: Doc, text: str, start: int, end: int, kind: SectionKind) -> bool:
        """False for a guarded bare word (skill_rules.json, guarded_words) out of its skill's sense: "zero
        payout-related incidents" is a result, not incident management; "parallel test shards" is CI, not
        database sharding."""
        # most hits are one token: skip building a joined key for them (this runs for every hit)
        key = doc[start].norm_ if end - start == 1 else " ".join(doc[i].norm_ for i in range(start, end))
        guard = self._rules.guarded.get(key)
        if guard is None:
            return True
        begin, stop = doc[start].idx, _end_char(doc, end)
        before = re.split(r"[,;:.()]", text[:begin])[-1]
        if any(word in guard.never_after for word in re.findall(r"[a-z0-9]+", before.lower())[-3:]):
            return False
        if guard.needs is None or kind in _CONTEXT_KINDS:
            return True
        return bool(guard.needs.search(_sentence(text, begin, stop)))

    def _weak_context(
        self, doc: Doc, start: int, end: int, taxon: Taxon, firm: list[tuple[Taxon, int, int]], kind: SectionKind
    ) -> str | None:
        """The rule that accepts a generic word as a skill: a skills or stack list, a list of named skills,
        or a cue such as "experience with"; "improved performance" or "quality bar" stay out."""
        if kind in _CONTEXT_KINDS:
            return _CONTEXT_KINDS[kind]
        phrase = _phrase_before(doc, start, self._rules.weak_cues)
        if phrase:
            return f"context: cue '{phrase}'"
        # listed beside a named technology: "Kafka, streaming and Flink", not "(performance, reliability, monitoring)"
        for other, s, e in firm:
            if other.category.lower() in self._rules.non_technical or other.name == taxon.name:
                continue
            if _listed(doc, e, start) or _listed(doc, end, s):
                return f"context: listed with {other.name}"
        return None

    def _strict(self, doc: Doc, pattern: _Pattern, start: int, end: int, rule: str, kind: SectionKind) -> bool:
        """True when this mention takes an acceptance path of skill_rules.json's strict_paths: matched this way
        (alias or lemma), in this section, in another word than the skill's name ("alerts" for alerting). A
        listed spelling in the other number is that spelling, not another word ("ETL job" for "ETL jobs")."""
        taxon = pattern.taxon
        category = taxon.category.lower()
        words = tuple(t.lower_ for t in doc[start:end])
        return (
            any(
                via == rule and section == kind.value and (not categories or category in categories)
                for via, section, categories in self._rules.strict_paths
            )
            and " ".join(words) != taxon.name.casefold()
            and not any(
                len(s) == len(words) and s[:-1] == words[:-1] and _number_differs(words[-1], s[-1])
                for s in pattern.spellings
            )
        )

    def _verb_before(self, doc: Doc, start: int) -> str | None:
        """The work verb ("created", "built", "integrated") whose object the word at `start` is: right before it,
        or with one word between that is no punctuation ("built public APIs", "designed the integrations"). A
        verb's plain form counts only after "to" ("to create APIs"): alone it is as often a noun ("build
        caching", "ship dates")."""
        for back in (1, 2):
            at = start - back
            if at < 0 or not doc[at].is_alpha:
                return None
            word = doc[at].lower_
            if word in self._rules.work_verbs:
                plain = word in self._rules.plain_verbs
                return word if not plain or (at > 0 and doc[at - 1].lower_ == "to") else None
        return None

    def _cue(self, doc: Doc, text: str, start: int, end: int) -> str | None:
        if end < len(doc) and doc[end].lower_ in self._rules.cue_after:
            return doc[end].lower_
        if end < len(doc) and (need := self._rules.need_after.match(text, _end_char(doc, end))):
            return need.group().strip().lower()
        phrase = _phrase_before(doc, start, self._rules.cue_before)
        if phrase:
            return phrase
        line = text.lower()
        return next((c for c in self._rules.cue_line if c in line), None)

    # --- assembling skills ------------------------------------------------------------------------

    def _resume_skill(self, name: str, found: list[tuple[Evidence, bool]]) -> Skill:
        taxon = self.taxonomy.get(name)
        assert taxon is not None
        strength = Strength.DEMONSTRATED if any(shown for _, shown in found) else Strength.LISTED
        return Skill(taxon.name, taxon.category, taxon.areas, tuple(e for e, _ in found), strength=strength)

    def _implied(self, held: list[Skill]) -> list[Skill]:
        """Skills only implied by held ones, following implications transitively: a kind of it (EKS -> Kubernetes)
        or what it runs on or is used with (Istio -> Kubernetes), the latter kept apart in `used_with_by`."""
        implied: dict[str, tuple[list[str], list[Evidence]]] = {}
        used: dict[str, list[str]] = {}
        names = {s.name for s in held}
        queue = [(s.name, s.evidence[0]) for s in held]
        while queue:
            holder, evidence = queue.pop(0)
            taxon = self.taxonomy.get(holder)
            edges = [(t, False) for t in taxon.implies] + [(t, True) for t in taxon.used_with] if taxon else []
            for target, with_it in edges:
                implied_taxon = self.taxonomy.get(target)
                if implied_taxon is None or implied_taxon.name in names:
                    continue
                by, proofs = implied.setdefault(implied_taxon.name, ([], []))
                if holder not in by:
                    by.append(holder)
                    if with_it:
                        used.setdefault(implied_taxon.name, []).append(holder)
                    proofs.append(replace(evidence, rule=f"{'used with' if with_it else 'implied by'} {holder}"))
                    queue.append((implied_taxon.name, evidence))
        skills = []
        for name, (by, proofs) in implied.items():
            taxon = self.taxonomy.get(name)
            assert taxon is not None
            skills.append(
                Skill(
                    taxon.name,
                    taxon.category,
                    taxon.areas,
                    tuple(proofs),
                    strength=Strength.IMPLIED,
                    implied_by=tuple(by),
                    used_with_by=tuple(used.get(name, ())),
                )
            )
        return skills

    def _posting_skill(self, name: str, found: list[tuple[Evidence, Need]]) -> Skill:
        taxon = self.taxonomy.get(name)
        assert taxon is not None
        needs = {need for _, need in found}
        need = next(n for n in (Need.REQUIRED, Need.NICE, Need.STACK) if n in needs)
        return Skill(taxon.name, taxon.category, taxon.areas, tuple(e for e, _ in found), need=need)

    def _also_mentioned(self, texts: Sequence[str]) -> tuple[str, ...]:
        """Noun chunks that look like named technologies the taxonomy lacks (trained pipeline only)."""
        if self._chunker is None:
            return ()
        seen: dict[str, str] = {}
        for doc in self._chunker.pipe(texts):
            for chunk in doc.noun_chunks:
                words = [t for t in chunk if not (t.is_stop or t.is_punct or t.pos_ == "DET")]
                phrase = " ".join(t.text for t in words)
                if (
                    1 <= len(words) <= 3
                    and any(t.pos_ == "PROPN" for t in words)
                    and not any(t.like_num or t.like_url or t.like_email for t in words)
                    and not any(key in self._patterns for key, _, _ in self._matcher(self._tokenizer(phrase)))
                ):
                    seen.setdefault(phrase.lower(), phrase)
        return tuple(seen.values())[:_MAX_ALSO_MENTIONED]


_Candidate = tuple["_Pattern | None", int, int, str]  # None: a known phrase that names no skill


def _end_char(doc: Doc, end: int) -> int:
    """Where the token before `end` ends in the line: Span.end_char without making a Span, which costs more
    than every check made on a match (extraction speed, issue 13)."""
    last = doc[end - 1]
    return last.idx + len(last)


def _hit(doc: Doc, text: str, taxon: Taxon, start: int, end: int, rule: str) -> _Hit:
    start_char, end_char = doc[start].idx, _end_char(doc, end)
    return _Hit(taxon, start, end, start_char, end_char, text[start_char:end_char], rule)


def _phrase_before(doc: Doc, start: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> str | None:
    """The first of `phrases` (grouped by last word) that ends just before token `start`, lower-cased."""
    if start == 0:
        return None
    for phrase in phrases.get(doc[start - 1].lower_, ()):
        n = len(phrase)
        if start >= n and all(doc[start - n + k].lower_ == word for k, word in enumerate(phrase[:-1])):
            return " ".join(phrase)
    return None


def _opens_sentence(doc: Doc, start: int, end: int) -> bool:
    """True for a word opening a sentence before a lower-case word: "Lead the migration", "Make sure"."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    sentence_start = before is None or before.text in _SENTENCE_END
    return (
        sentence_start and after is not None and after.is_lower and after.is_alpha and after.lower_ not in _SEPARATORS
    )


def _longest(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Non-overlapping matches, longest first, then leftmost: "Amazon S3" over "S3", "Las Vegas" over "Vega";
    in reading order."""
    ordered = sorted(candidates, key=lambda c: (c[1] - c[2], c[0] is not None, c[1]))
    if len(ordered) < 2:
        return ordered
    taken = bytearray(max(c[2] for c in ordered))
    kept = []
    # a known phrase wins a tie: "Data Acquisition" the course is not an alias of anything
    for candidate in ordered:
        start, end = candidate[1], candidate[2]
        if not any(taken[start:end]):
            kept.append(candidate)
            taken[start:end] = b"\x01" * (end - start)
    return sorted(kept, key=lambda c: c[1])


def _alternatives(text: str, hits: Sequence[_Hit], rules: _Rules) -> list[list[str]]:
    """Runs of skills joined by commas with "or" ("AWS, Azure or GCP"), or listed after "e.g." or "such as":
    one requirement that any of them meets. A run joined by "and" asks for each."""
    groups: list[list[str]] = []
    run: list[_Hit] = []
    either = False
    kind: _Hit | None = None  # a skill naming the kind of which the current run gives examples
    for hit in [*hits, None]:
        if run and hit is not None:
            between = text[run[-1].end_char : hit.start_char].strip().lower()
            # "Go (or Scala)" is "Go or Scala"; "(AWS, GCP, or Azure), APIs" ends the run at its bracket
            if between in (",", "or", ", or", "/", "|", "(or", "( or"):
                either = either or between != ","
                run.append(hit)
                continue
            # "Kafka or a similar event streaming platform": the kind named after its examples is one of them
            if rules.kind_after.fullmatch(between):
                either = True
                run.append(hit)
                continue
        names = list(dict.fromkeys(h.taxon.name for h in run))
        examples = bool(run) and (
            rules.alternative_cues.search(text[: run[0].start_char][-12:])
            or rules.alternative_after.search(text[run[-1].end_char :])
        )
        # "at least one JVM language (Java or Kotlin)": the kind joins the choice of its examples, and one example
        # after a cue ("streaming platforms such as Kafka") is a choice between it and its kind (issue 12). A bare
        # bracket's list is the kind's parts, not a choice: "AWS (EKS, SQS, Lambda)" in a stack line uses each.
        if kind is not None and (either or examples):
            names = list(dict.fromkeys([kind.taxon.name, *names]))
            either = True
        if len(names) > 1 and (either or examples):
            groups.append(names)
        kind = None
        if hit is not None and len(run) == 1 and rules.kind_before.fullmatch(
            text[run[0].end_char : hit.start_char].strip().lower()
        ):
            kind = run[0]
        run, either = ([hit] if hit is not None else []), False
    return groups


def _listed(doc: Doc, left_end: int, right_start: int) -> bool:
    """True when only list separators stand between two spans: "Kafka, streaming", "cloud and AWS"."""
    between = doc[left_end:right_start]
    return 0 < len(between) <= 2 and all(t.lower_ in _SEPARATORS for t in between)


def _inside(text: str, hit: _Hit, names: Sequence[str]) -> bool:
    lower = text.lower()
    for name in names:
        at = lower.find(name.lower())
        while at != -1:
            if at <= hit.start_char and hit.end_char <= at + len(name):
                return True
            at = lower.find(name.lower(), at + 1)
    return False


def _inflected(word: str) -> bool:
    return stem(word) != word.rstrip("e")


def _common_noun(phrase: str) -> bool:
    """True for "machine learning" or "A/B testing": a lower-case head word inflects ("A/B tested")."""
    head = phrase.split()[-1]
    return head.isalpha() and head.islower()


def _plural_of(span: Span, surfaces: frozenset[tuple[str, ...]]) -> bool:
    """APIs for API, "Stripe payment" for "Stripe payments": a name differing only in number still names it,
    when the word that differs is an acronym or a common noun; a proper name never ("Vegas" is not Vega)."""
    if span.text.islower():
        return False
    words = tuple(t.text for t in span)
    lower = tuple(w.lower() for w in words)
    for s in surfaces:
        if len(s) != len(words) or tuple(w.lower() for w in s[:-1]) != lower[:-1]:
            continue
        last = s[-1]
        if last.isupper() and len(last) > 1 and words[-1] == last + "s":
            return True
        # "Crystal Report" for "Crystal Reports": the longer name, not "Crystal" inside it
        if len(s) > 1 and words[:-1] == s[:-1] and _number_differs(lower[-1], last.lower()):
            return True
        if last.islower() and (_plural(lower[-1], last) or _plural(last, lower[-1])):
            return True
    return False


def _number_differs(word: str, other: str) -> bool:
    return _plural(word, other) or _plural(other, word)


def _plural(word: str, singular: str) -> bool:
    return word in (singular + "s", singular + "es")


# --- which lines to read, and how -----------------------------------------------------------------


def _line_kinds(sections: Sequence[Section], count: int) -> list[SectionKind | None]:
    """Each line's section kind; None for a heading line ("Leadership" names a section, not a skill)."""
    kinds: list[SectionKind | None] = [SectionKind.OTHER] * count
    for section in sections:
        for i in range(max(section.first_line, 0), min(section.last_line + 1, count)):
            kinds[i] = section.kind
        if section.heading and 0 < section.first_line <= count:
            kinds[section.first_line - 1] = None
    return kinds


def _skill_list(text: str, hits: Sequence[_Hit]) -> bool:
    """A line that is mostly the skills it names, after any label ("Tech: Go, Kafka and Redis"): a third of a
    word or less per skill is left once the names and joining words are gone (issue 12: a technology only in such
    a list was called demonstrated). A competency stated in words ("Defined SLOs and Grafana dashboards") is work."""
    if len(hits) < 2 or any(hit.rule == "pattern" for hit in hits):
        return False
    rest = list(text)
    for hit in hits:
        rest[hit.start_char : hit.end_char] = " " * (hit.end_char - hit.start_char)
    left = "".join(rest)
    label = left.find(":")
    if label >= 0 and len(left[:label].split()) <= _LABEL_WORDS:
        left = left[label + 1 :]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", left) if w.lower() not in _LIST_JOINERS]
    return len(words) <= len(hits) // 3


def _heading_list(text: str, hits: Sequence[_Hit]) -> bool:
    """A heading, not a sentence, that ends on a list of skills after its name: "Fleet Tracker (Docker, AWS ECS,
    Terraform)", "Fleet Tracker | Docker, Terraform"."""
    opener = _HEADING_LIST.search(text)
    if opener is None or text.rstrip().endswith("."):
        return False
    inside = [h for h in hits if h.start_char >= opener.end()]
    if not inside:
        return False
    rest = list(text[opener.end() :])
    for hit in inside:
        rest[hit.start_char - opener.end() : hit.end_char - opener.end()] = " " * (hit.end_char - hit.start_char)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", "".join(rest)) if w.lower() not in _LIST_JOINERS]
    return len(words) <= len(inside) // 3


# where a heading's list of skills opens: a bracket, a bar or a dash after the project's name
_HEADING_LIST = re.compile(r"\s[(|–—-]\s*|:\s+")
_LABEL_WORDS = 3  # "Key technologies used:", "Stack:", "Environment:"
_LIST_JOINERS = frozenset({"and", "or", "with", "plus", "etc", "including"})


_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")


def _in_title(text: str, hit: _Hit) -> bool:
    """Whether a skill stands inside a quoted title of two words or more: a paper, talk or thesis named in
    quotes says what it is about, not a skill the candidate states (issue 13)."""
    return any(
        m.start(1) <= hit.start_char and hit.end_char <= m.end(1) and len(m.group(1).split()) >= 2
        for m in _QUOTED.finditer(text)
    )


def _hedged(text: str, at: int, hedges: re.Pattern[str]) -> bool:
    """Whether a skill at `at` follows a hedge in its own sentence ("exposure to Kafka"; "Python and, to a lesser
    extent, Go"): a claim weaker than use."""
    start = max(text.rfind(sep, 0, at) for sep in (";", ". ", "|", "•")) + 1
    return hedges.search(text, start, at) is not None


def _theirs(text: str, at: int, rules: _Rules) -> bool:
    """Whether a skill at `at` is in the list that says what the artefacts of the people the work served are written
    in ("compiles our customers' native code in C, C++ and Rust"): their technology, not the candidate's use. The
    list ends at its first lower-case word other than "and" or "or" ("... in Python on a shared Spark cluster")."""
    start = max(text.rfind(sep, 0, at) for sep in (";", ". ", "|", "•")) + 1
    found = [m for m in rules.others_work.finditer(text, start, at)]
    if not found:
        return False
    between = re.findall(r"[^\s,]+", text[found[-1].end() : at])
    return all(w in ("and", "or") or not w[:1].islower() for w in between)


def _attribute(text: str, hit: _Hit, rule: _Attribute) -> bool:
    """Whether a language at `hit` names what a thing the candidate used is written in ("plugins for a game engine
    written in C++", "pipelines in Python on top of a C++ framework"): the thing's attribute, listed at most."""
    if hit.taxon.category.lower() not in rule.categories:
        return False
    start = max(text.rfind(sep, 0, hit.start_char) for sep in (";", ". ", "|", "•")) + 1
    found = rule.before.search(text[start : hit.start_char])
    if found is None:
        return False
    # "written in C++": the participle says it already; "a C++ framework": the thing must follow
    return found["made"] is not None or rule.after.match(text, hit.end_char) is not None


def _headings(sections: Sequence[Section], count: int) -> list[str]:
    """Each line's section heading ("" outside any section)."""
    headings = [""] * count
    for section in sections:
        for i in range(max(section.first_line, 0), min(section.last_line + 1, count)):
            headings[i] = section.heading
    return headings


def _resume_lines(resume: Resume, rules: _Rules) -> list[tuple[int, SectionKind, bool]]:
    """(line index, section, shown in work) for every line worth reading: not contact details, not coursework."""
    lines = resume.document.lines
    kinds = _line_kinds(resume.sections, len(lines))
    # a training course attended in a role is learnt there, not used: its skills are listed, never demonstrated
    worked = _role_lines(resume, kinds) - learning_lines(resume.roles)
    learnt = learning_lines(resume.roles)
    legal = legal_clause_lines(lines)  # a consent clause at the foot names "recruitment" and "hiring": no skill
    courses = {
        i
        for s in resume.sections
        if rules.coursework.match(s.heading) or rules.interests.search(s.heading)
        for i in range(s.first_line, s.last_line + 1)
    }
    return [
        (i, kind, (kind in _DEMONSTRATED_KINDS and i not in learnt) or i in worked)
        for i, kind in enumerate(kinds)
        if kind is not None
        and i not in courses
        and i not in legal
        and not rules.coursework.match(lines[i].text)
        and not rules.interests.search(lines[i].text)
        and not (kind is SectionKind.CONTACT and _CONTACT_DETAIL.search(lines[i].text))
    ]


def _role_lines(resume: Resume, kinds: list[SectionKind | None]) -> set[int]:
    """Each role's bullets, and its lines up to the next role or the end of its section."""
    worked = {bullet.line for role in resume.roles for bullet in role.bullets}
    starts = sorted(role.line for role in resume.roles)
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(kinds)
        i = start
        while i < stop and kinds[i] is kinds[start]:
            worked.add(i)
            i += 1
    return worked


def _posting_lines(posting: Posting, rules: _Rules) -> list[tuple[int, SectionKind, Need | None]]:
    """(line index, section, need its section gives) for the lines that ask for or describe skills.

    Benefits, contact and legal boilerplate are left out. About-the-company text asks for nothing
    (None): only its "we use ..." clauses count, as stack. A lead-in line such as "Bonus points if
    you have:" gives its need to the list items under it.
    """
    lines = posting.document.lines
    kinds = _line_kinds(posting.sections, len(lines))
    skipped = _boilerplate_lines(posting, rules)
    chosen: list[tuple[int, SectionKind, Need | None]] = []
    lead_in: Need | None = None
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if not line.bullet:
            lead_in = _lead_in(line.text, rules)
        if (
            kind is None
            or kind in (SectionKind.BENEFITS, SectionKind.CONTACT)
            or i in skipped
            or rules.boilerplate.search(line.text)
            or _sub_heading(lines, i)
        ):
            continue
        base = _SECTION_NEED.get(kind, Need.REQUIRED)
        chosen.append((i, kind, lead_in if line.bullet and lead_in and base in (Need.REQUIRED, None) else base))
    return chosen


SUB_HEADING_WORDS = 4  # "Technical strategy", "How we work": a title, not a line that asks


def _sub_heading(lines: Sequence[Line], i: int) -> bool:
    """A short capitalised line without a verb's punctuation, standing over a paragraph of prose: a title the
    section splitter did not know ("Technical strategy"), which names a topic and asks for no skill (issue 12,
    blind review: "technical strategy" among the skills required where no line asked it). A terse list item
    ("Kubernetes" over "Terraform") stands over no prose and keeps its skill."""
    text = lines[i].text.strip()
    words = text.split()
    if lines[i].bullet or not words or len(words) > SUB_HEADING_WORDS or not text[0].isupper():
        return False
    if text[-1] in ".:;,!?)":
        return False
    if i + 1 >= len(lines) or lines[i + 1].bullet:
        return False
    below = lines[i + 1].text.strip()
    return len(below.split()) >= 2 * SUB_HEADING_WORDS and below.endswith(".")


def _about_the_role(sentence: str, posting: Posting, rules: _Rules) -> bool:
    """The sentence speaks of the role or the candidate ("you will", "this position", "The VP of ... will")."""
    level = posting.level or posting.title
    return bool(rules.role.search(sentence)) or bool(level and level.lower() in sentence.lower())


def _only_duty(found: Sequence[tuple[Evidence, Need]], duties: set[str], asked: set[str], rules: _Rules) -> bool:
    """True when every line that requires the skill is one of the role's responsibilities, or prose outside the
    lists whose sentence naming it says what the role will do: "You will run on-call" says what the job involves,
    not what the candidate must bring (issue 12, grounding check: "hiring (not shown)" under "Required, not
    shown" from an opening paragraph's "you will ... hire engineers across Europe")."""
    required = [evidence for evidence, need in found if need is Need.REQUIRED]
    return bool(required) and all(e.text in duties or _duty_prose(e, asked, rules) for e in required)


def _duty_prose(evidence: Evidence, asked: set[str], rules: _Rules) -> bool:
    if evidence.text in asked:
        return False
    sentences = re.split(r"(?<=[.!?])\s+", evidence.text)
    return any(evidence.matched in s and rules.duty_prose.search(s.split(evidence.matched)[0]) for s in sentences)


def _intro_end(posting: Posting) -> int:
    """The first line of the posting's first list section (what the role does, asks or prefers); 0 when it
    has none, for then its prose is all there is to read requirements from."""
    kinds = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE)
    return min((s.first_line for s in posting.sections if s.kind in kinds), default=0)


def _boilerplate_lines(posting: Posting, rules: _Rules) -> set[int]:
    keep = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE, SectionKind.STACK)
    return {
        i
        for section in posting.sections
        if section.kind not in keep and rules.boilerplate_headings.search(section.heading)
        for i in range(section.first_line, section.last_line + 1)
    }


def _lead_in(text: str, rules: _Rules) -> Need | None:
    if not text.rstrip().endswith(":"):
        return None
    if rules.nice.search(text):
        return Need.NICE
    return Need.STACK if rules.stack.search(text) else None


def _clause_need(text: str, hit: _Hit, base: Need | None, rules: _Rules) -> Need | None:
    """NICE or STACK when the skill's own clause says so ("PostgreSQL is a plus", "we use Go"), else `base`;
    REQUIRED where the words beside a skill under a nice-to-have heading ask for it outright ("Docker is a must")."""
    if base is Need.NICE:
        return Need.REQUIRED if _asked_outright(text, hit, rules) else base
    if base is Need.STACK:
        return base
    clause = _clause(text, hit.start_char, hit.end_char)
    if base is Need.REQUIRED and rules.nice.search(clause):
        return Need.NICE
    # a requirement asking the candidate's use of the team's tools ("experience with the technologies we use:
    # Kafka, Spark") asks for them; the stack cue says only whose tools they are
    asked = base is Need.REQUIRED and rules.asks_use.search(clause)
    if (rules.stack.search(clause) and not asked) or (base is None and rules.ours.search(clause)):
        return Need.STACK
    return base


def _asked_outright(text: str, hit: _Hit, rules: _Rules) -> bool:
    """A need word within a few words of the skill, in its own clause, and no nice word there: "Docker is a must",
    "Must have AWS", "Terraform experience required"; not "..., where compliance is required" three clauses on,
    nor "Kafka (not required)"."""
    before = re.split(r"[,;.()]", text[: hit.start_char])[-1].split()[-_NEED_WORDS:]
    after = re.split(r"[,;.()]", text[hit.end_char :])[0].split()[:_NEED_WORDS]
    near = " ".join(before) + " " + hit.matched + " " + " ".join(after)
    return bool(rules.required.search(near)) and not rules.nice.search(_clause(text, hit.start_char, hit.end_char))


_NEED_WORDS = 3  # "Kubernetes experience is a must", "Must have strong AWS"


def _sentence_before(text: str, start: int) -> str:
    """The sentence around `start`, up to `start`."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start) if m.end() <= start), default=0)
    return text[begin:start]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end)."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text) if m.end() <= start), default=0)
    stop = min((m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() >= end), default=len(text))
    return text[begin:stop]


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): its sentence, cut at "..., ideally"; parentheses count with it."""
    begin, stop = 0, len(text)
    for brk in (*_CLAUSE_BREAK.finditer(text), *_SUBCLAUSE_BREAK.finditer(text)):
        if brk.end() <= start:
            begin = max(begin, brk.end())
        elif brk.start() >= end:
            stop = min(stop, brk.start())
    return _paren_clause(text[begin:stop], start - begin, end - begin)


def _paren_clause(sentence: str, start: int, end: int) -> str:
    opened = sentence.rfind("(", 0, start)
    closed = sentence.find(")", end)
    outside = re.sub(r"\([^()]*\)", " ", sentence)
    if opened != -1 and sentence.rfind(")", 0, start) < opened and closed != -1:
        return sentence[opened : closed + 1] + " " + outside
    return outside


# --- the default --------------------------------------------------------------------------------


@cache
def default_extractor() -> Extractor:
    """The packaged taxonomy, its matchers cached on disk, with en_core_web_sm's noun chunks when that model
    happens to be installed."""
    nlp = None
    if spacy.util.is_package("en_core_web_sm"):
        nlp = spacy.load("en_core_web_sm", exclude=["ner", "lemmatizer"])
    return Extractor(load_taxonomy(), nlp, cache_dir())
