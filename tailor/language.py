"""Which language a document is written in, roughly: tailor reads English, and says so rather than misread another.

Two signals, both cheap and offline: the script of the letters (Cyrillic, CJK, ...), and for Latin-script text
the share of another language's function words ("und", "wir", "für") against English ones. A document is
called foreign only on clear evidence, so a terse English résumé with few function words is never refused.
The word lists live in tailor/data/languages.json.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_MIN_WORDS = 30  # fewer words say too little about the language
_MIN_LETTERS = 40
# (share of all words, how many times the English function words): German or French prose runs at 20-30 %
# of its own function words, English text near 0 %; a terse résumé has few of either, so it needs more dominance.
_CLEAR = ((0.08, 1.5), (0.04, 3.0))
_SAMPLE = 20_000  # characters looked at: the language shows in the first pages
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Lists:
    english: frozenset[str]
    languages: dict[str, frozenset[str]]
    scripts: dict[str, str]


@cache
def _lists() -> _Lists:
    data = json.loads(files("tailor.data").joinpath("languages.json").read_text("utf-8"))
    return _Lists(frozenset(data["english"]), {k: frozenset(v) for k, v in data["languages"].items()},
                  dict(data["scripts"]))


def foreign_language(text: str) -> str | None:
    """The language `text` is clearly written in when that is not English ("German"), else None."""
    sample = text[:_SAMPLE]
    return _script_language(sample) or _word_language(sample)


def _script_language(text: str) -> str | None:
    scripts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            script = unicodedata.name(ch, "LATIN").split(" ", 1)[0]
            scripts[script] = scripts.get(script, 0) + 1
    if letters < _MIN_LETTERS:
        return None
    named = _lists().scripts
    foreign = {s: n for s, n in scripts.items() if s in named}
    if sum(foreign.values()) <= letters / 2:
        return None
    if foreign.get("HIRAGANA") or foreign.get("KATAKANA"):
        return "Japanese"  # Japanese mixes kana with CJK ideographs
    return named[max(foreign, key=lambda s: foreign[s])]


def _word_language(text: str) -> str | None:
    words = [w.casefold() for w in _WORD_RE.findall(text)]
    if len(words) < _MIN_WORDS:
        return None
    lists = _lists()
    english = sum(w in lists.english for w in words)
    hits = {name: sum(w in vocab for w in words) for name, vocab in lists.languages.items()}
    name, count = max(hits.items(), key=lambda nc: nc[1])
    if any(count >= share * len(words) and count > dominance * english for share, dominance in _CLEAR):
        return name
    return None
