"""Document -> which kind it reads as (résumé or posting), to catch `tailor job.txt resume.pdf`.

A small scoring classifier: each cue in data/doctype.json adds its weight for every line it matches (up to
its cap); a document counts as the other kind only when that kind wins plainly (margin and ratio).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, Literal

from tailor.errors import UsageError
from tailor.model import DocKind, Document

Kind = Literal["resume", "posting"]


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    weight: int
    cap: int
    head: bool  # only the first lines count (a contact block is at the top)


@dataclass(frozen=True)
class _Cues:
    kinds: dict[str, tuple[_Cue, ...]]
    head_lines: int
    margin: int
    ratio: float


@functools.cache
def _cues() -> _Cues:
    data: dict[str, Any] = json.loads((files("tailor") / "data" / "doctype.json").read_text(encoding="utf-8"))

    def cues(kind: str) -> tuple[_Cue, ...]:
        return tuple(
            _Cue(re.compile(c["pattern"], re.IGNORECASE), c["weight"], c["cap"], c.get("head", False))
            for c in data[kind]
        )

    return _Cues({"resume": cues("resume"), "posting": cues("posting")}, data["head_lines"], data["margin"],
                 data["ratio"])


def kind_scores(doc: Document) -> dict[str, int]:
    """Points for each kind: how much the document reads like a résumé and like a posting."""
    cues = _cues()
    texts = [line.text for line in doc.lines]
    return {
        kind: sum(_score(cue, texts[: cues.head_lines] if cue.head else texts) for cue in kind_cues)
        for kind, kind_cues in cues.kinds.items()
    }


def _score(cue: _Cue, texts: list[str]) -> int:
    hits = sum(1 for text in texts if cue.pattern.search(text))
    return cue.weight * min(hits, cue.cap)


def reads_as_other(doc: Document, given_as: Kind) -> bool:
    """True when a document given as one kind plainly reads as the other."""
    cues = _cues()
    scores = kind_scores(doc)
    other = scores["posting" if given_as == "resume" else "resume"]
    return other >= cues.margin and other >= cues.ratio * scores[given_as]


def check_kind(doc: Document, given_as: Kind) -> None:
    """Refuse a document that plainly reads as the other kind: the arguments were given in the wrong order."""
    if doc.kind is DocKind.JSON_RESUME:
        from tailor.read.jsonresume import is_job  # a JSON Resume file says what it is

        if is_job(doc.raw) == (given_as == "posting"):
            return
    elif not reads_as_other(doc, given_as):
        return
    expected, found = ("a résumé", "a job posting") if given_as == "resume" else ("a job posting", "a résumé")
    raise UsageError(f"{doc.source} reads like {found}, not {expected}: the order is `tailor RESUME JOB...`, "
                     "your résumé first")
