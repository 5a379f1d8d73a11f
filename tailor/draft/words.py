"""Part of draft: what every part shares: the drafting context, brief.json, and the wording helpers."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from tailor.checks import NEEDS_MORE, clause_spans, cut_words
from tailor.fit import CuePattern, area_data, cue_pattern
from tailor.model import (
    Area,
    Bullet,
    Citation,
    Claim,
    Fit,
    Posting,
    Resume,
    Role,
    SectionKind,
    Skills,
)
from tailor.posting import without_legal

AREA_ONLY_PENALTY = 3.0  # a bullet that fits a question's area but none of its cues tells the story less well


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")


_CLAUSE_END = re.compile(r",\s|;\s|\s—\s|\s–\s|:\s")


@dataclass(frozen=True)
class _Item:
    """A résumé bullet, told in the candidate's voice, with the role it belongs to; for a line of an achievement
    section, that section's heading (and a role only when the line names its employer), and for an item under a
    lead-in ("Features I've built include:"), the lead-in it takes its verb from."""

    role: Role
    bullet: Bullet
    lead: Bullet | None = None
    section: str = ""
    # the line as printed when `bullet` tells it in the candidate's own voice (_in_own_voice): a citation
    # quotes the résumé, never tailor's retelling
    printed: str = ""

    def citation(self) -> Citation:
        return Citation(self.printed or self.bullet.text, self.section or self.role.label, self.bullet.line)


@dataclass(frozen=True)
class _Context:
    """Everything the brief's parts are drafted from."""

    resume: Resume
    resume_skills: Skills
    posting: Posting
    posting_skills: Skills
    fit: Fit
    items: tuple[_Item, ...]
    # Every statement about the candidate, with the lines it rests on, gathered as the parts are drafted
    # and handed to audit.py (the one mutable value here: filled once, in drafting order).
    claims: list[Claim] = field(default_factory=list)

    def claim(self, part: str, text: str, cites: Iterable[Citation], derived: Iterable[str] = ()) -> None:
        self.claims.append(Claim(part, text, tuple(dict.fromkeys(cites)), tuple(derived)))

    def header(self, role: Role) -> Citation:
        """A role's header as a citation: what a claim about its title, employer or dates rests on."""
        lines = self.resume.document.lines
        text = lines[role.line].text if 0 <= role.line < len(lines) else role.label
        # a table's cell separator left before the title ("| iOS Software Engineer") is layout, not words
        return Citation(text.strip(" |·•") or text, role.label, role.line)

    @property
    def company(self) -> str | None:
        return self.posting.company

    def weight(self, area: Area) -> float:
        return self.fit.area(area).weight


@cache
def brief_data() -> dict[str, Any]:
    """The sentence templates of tailor/data/brief.json."""
    data: dict[str, Any] = json.loads((files("tailor") / "data" / "brief.json").read_text("utf-8"))
    return data


def _one_line(text: str) -> str:
    """A line on one line, without its closing stop: what both _verbatim and _clean start from."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".;:")


def _clean(text: str) -> str:
    """A bullet to say in the candidate's own sentence or to match against: no parentheticals, no trailing stop.
    Never put in quotation marks: it drops words from inside the line. The one quoting path is _verbatim (issue
    12, blind review: two quoting paths, one of them not verbatim)."""
    return _one_line(_PARENS.sub("", text))


def _verbatim(text: str) -> str:
    """A line ready to quote as printed, the only form the brief puts in quotation marks as a document's words: a
    parenthetical is dropped only at its end, where what is left is still the line's own words; inside it stays
    ("Built the ingestion service handling 1M events/s" for "Built the ingestion service (Kafka, Flink) handling
    1M events/s" was no quote of it: issue 12, grounding check)."""
    text = _one_line(text)
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]$", "", text).rstrip(".;:,")
    # a long aside ends the quote before it, marked: "The team is 7 engineers today …" (the call sheet is two pages)
    aside = next((m for m in _PARENS.finditer(text) if len(m.group().split()) > _ASIDE_WORDS), None)
    return text[: aside.start()].rstrip(" ,;:") + " …" if aside and aside.start() > 0 else text


# "(Laravel)", "(Java, Oracle)" stay in a quote; "(5 backend, 1 embedded/firmware liaison, 1 SRE)" ends it
_ASIDE_WORDS = 3


def _closed(text: str) -> str:
    """A quote cut inside its own brackets ends before them: "… layer (we are evaluating a move from" reads as
    broken."""
    if text.count("(") > text.count(")"):
        return text[: text.rfind("(")].rstrip(" ,;:") + ("…" if text.endswith("…") else "")
    return text


def _lower_first(text: str) -> str:
    # Keep acronyms and names ("AWS", "Kafka", "ScalePost.ai") as printed; only a capitalised ordinary word is lowered.
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and "." not in first.rstrip(".,;:"):
        return text[0].lower() + text[1:]
    return text


def _join(names: Iterable[str]) -> str:
    # a value listed twice ("“Austin, TX” and “Austin, TX”", issue 12) is said once, as first printed
    names = list(_once(names, lambda n: re.sub(r"\W+", " ", n).casefold().strip()).values())
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _once(values: Iterable[str], key: Callable[[str], str]) -> dict[str, str]:
    """Each value by its key, the first printed of those sharing one."""
    found: dict[str, str] = {}
    for value in values:
        found.setdefault(key(value), value)
    return found


def _clip(text: str, words: int) -> str:
    return _closed(_clip_words(text, words))


def _clip_words(text: str, words: int) -> str:
    """At most `words` words, cut at a clause boundary when one falls late enough; else the text whole when it
    runs to at most twice that ("… ingesting 2 billion telemetry…" cut a phrase in half: issue 12, blind review),
    or its label before a colon; only a longer text is cut by words, never after a word that needs more, with an
    ellipsis. Its words are the text's own: it is printed in quotation marks."""
    text = _verbatim(text)
    if len(text.split()) <= words:
        return text
    kept = _whole_clauses(text, words)
    if len(kept.split()) >= words // 3:
        return kept
    if len(text.split()) <= 2 * words:
        return text
    label = text.split(": ", 1)[0]  # "Ran the build-vs-buy evaluation: chose Datadog over ..." -> its label
    if label != text and words // 3 <= len(label.split()) <= words:
        return label
    return cut_words(text, words)


def _whole_clauses(text: str, words: int) -> str:
    # never a cut inside an "A, B and C" list: "… across product" for "across product, ML platform and
    # infrastructure" dropped two of the three (issue 12, grounding check)
    kept, clauses = "", _clauses(text, lists=True)
    for index, clause in enumerate(clauses):
        joined = f"{kept}, {clause}" if kept else clause
        if len(joined.split()) > words:
            if _list_goes_on(clauses[index:]):
                return ""  # "structure, hiring plan, career framework, performance and culture": no cut inside it
            break
        kept = joined
    return re.sub(r"(?i)[\s,;:]+(?:and|or|but)?[\s,;:]*$", "", kept)


def _list_goes_on(rest: list[str]) -> bool:
    """The clauses after a cut are a list's further items: short ones, up to its "X and Y" end."""
    for clause in rest:
        items = re.split(r",\s+|\s+(?:and|or|&)\s+", clause)
        if any(len(item.split()) > _LIST_ITEM_WORDS for item in items):
            return False
        if len(items) > 1:
            return True
    return False




def _said_whole(cut: str, full: str) -> str:
    """A line cut to fewer words, made sayable: the one rule every cut of a résumé line to a sentence goes through
    (issue 12, blind review). A cut never ends on a comma, on a word that needs more ("for", "the", "and"), nor on
    a participle after a comma or an adverb ("... Azure Virtual Machines, supported", "... in the UK primarily
    working"): it goes back to the clause before. Nor does it end on a list's item while more items follow in
    `full` ("establishing clear product requirements, technical designs" of "..., test plans and release
    checklists"): the list is kept to its end, as a list cut short loses its other items silently."""
    cut = cut.strip()
    stop = cut[-1] if cut.endswith((".", "…")) else ""
    body = cut.rstrip(".… ")
    grown = _list_rest(body, full)
    if grown:
        return grown + stop
    words = body.split()
    while len(words) > _PHRASE_WORDS and _ends_open(words):
        if words[-1].endswith((",", ";", ":")):
            words[-1] = words[-1].rstrip(",;:")
            continue
        words.pop()
        # "primarily working": the adverb goes with the participle it tells of
        while len(words) > _PHRASE_WORDS and words[-1].lower().endswith("ly") and words[-1].isalpha():
            words.pop()
    said = " ".join(words)
    return said + stop if said != body else cut


def _ends_open(words: list[str]) -> bool:
    """Whether the words stop where no speaker stops: on a comma, a word that needs more, or a participle after a
    comma or an adverb."""
    last = words[-1]
    if last.endswith((",", ";", ":")) or last.lower() in NEEDS_MORE:
        return True
    before = words[-2] if len(words) > 1 else ""
    participle = last.isalpha() and last.islower() and last.endswith(("ed", "ing")) and len(last) > 4
    return participle and (before.endswith(",") or (before.lower().endswith("ly") and before.isalpha()))


def _list_rest(body: str, full: str) -> str:
    """`body` with the rest of the list it stops inside, up to the list's "and"/"or" item, when `full` goes on after
    it with more short items ("A, B" of "A, B, C and D for every team"; "Built dashboards" of "Built dashboards,
    alerts and runbooks"); "" when it stops at no list item."""
    flat = re.sub(r"\s+", " ", full)
    tail = " ".join(body.split()[-4:])
    at = flat.find(tail) if tail else -1
    if at < 0 or (len(body.rsplit(", ", 1)[-1].split()) > _LIST_ITEM_WORDS and ", " in body):
        return ""
    kept, rest = [], flat[at + len(tail) :]
    while (more := _NEXT_ITEM.match(rest)) is not None and not _is_doing(more.group(2)):
        kept.append(more.group(0))
        rest = rest[more.end() :]
        if more.group(1).strip(" ,") in ("and", "or", "&") or re.search(r"\s(?:and|or|&)\s", more.group(2)):
            break
        if len(more.group(2).split()) > _LIST_ITEM_WORDS:
            return ""  # "I led the team, a group of 12 in three offices": an aside, not a list's item
    else:
        return ""  # the items run out with no "and": no list that goes on
    last = re.split(r"\s(?:and|or|&)\s", re.sub(r"^[\s,]*(?:(?:and|or|&)\s+)?", "", kept[-1]))[0] if kept else ""
    if not kept or (len(kept) == 1 and ", " not in body) or len(last.split()) > _LIST_ITEM_WORDS:
        return ""
    return (body + "".join(kept)).rstrip(" ,;:")


# a list's next item after a cut: ", alerts", ", and runbooks", " and reports for the ops team" (to the next comma)
_NEXT_ITEM = re.compile(r"(,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)([^,;]+)")


def _is_doing(clause: str) -> bool:
    """A clause that opens on a verb's form ("saving $310K", "hired 3"): a clause of its own, not a list's item."""
    first = re.sub(r"^(?:and|or)\s+", "", clause.strip()).split(" ", 1)[0].lower()
    return first.endswith(("ing", "ed")) or first in ("which", "who", "that", "while") or _verb(first) is not None


def _phrase_clip(text: str, words: int) -> str:
    return _closed(_phrase_words(text, words))


def _phrase_words(text: str, words: int) -> str:
    """At most `words` words, never cut mid-phrase and never with an ellipsis (issue 12, blind review: a question
    quoting "Build the hiring plan to grow the team to…" reads as broken): whole clauses while they fit, else the
    words before the last phrase break that fits ("Build the hiring plan" of "Build the hiring plan to grow the
    team to 60 engineers in 18 months"), else the first clause whole. Its words are the text's own, as `_clip`'s."""
    text = _verbatim(text)
    if len(text.split()) <= words:
        return text
    clauses = _clauses(text) or [text]
    kept = ""
    for clause in clauses:
        joined = f"{kept}, {clause}" if kept else clause
        if len(joined.split()) > words:
            break
        kept = joined
    if len(kept.split()) >= max(words // 3, _PHRASE_WORDS):
        return re.sub(r"(?i)[\s,;:]+(?:and|or|but)?[\s,;:]*$", "", kept)
    tokens = clauses[0].split()
    kinds = brief_data()["questions"]["phrase_breaks"]
    # "… scheduling so | that payroll runs …": a head ending on a break word is itself unfinished
    openers = {w.lower() for words_of_kind in kinds.values() for w in words_of_kind}
    for kind in ("clause", "phrase"):
        breaks = {w.lower() for w in kinds[kind]}
        for cut in range(min(words, len(tokens) - 1), _PHRASE_WORDS - 1, -1):
            head = " ".join(tokens[:cut]).rstrip(",;:—– ")
            unfinished = tokens[cut - 1].lower() in openers or _UNFINISHED.search(head)
            if tokens[cut].lower() in breaks and not unfinished:
                return _said_whole(head, text)
    return clauses[0]


_PHRASE_WORDS = 3


def _clauses(text: str, lists: bool = False) -> list[str]:
    """A sentence split at ", ", "; " and dashes, but not inside quotes, brackets or numbers like 1,800; with
    `lists`, not before a list's last items either ("synthetic, real-user and log-based monitoring")."""
    parts = (text[a:b].strip(" —–" if b == len(text) else None) for a, b in clause_spans(text, lists))
    return [p for p in parts if p]


def _sentence(text: str) -> str:
    """A template's output with the doubled stops a clipped quote leaves ("…." and "..") folded."""
    return text.replace("….", "…").replace("..", ".").replace("?.", "?")


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _date(value: str | None) -> str:
    if value is None:
        return ""
    if value == "present":
        return "present"
    if re.fullmatch(r"\d{4}-\d{2}", value) and 1 <= int(value[5:]) <= 12:
        return f"{_MONTHS[int(value[5:]) - 1]} {value[:4]}"
    return value


def _period(role: Role) -> str:
    start, end = _date(role.start), _date(role.end)
    if start and end:
        return f"{start} – {end}"
    return start or end


def _role_name(role: Role) -> str:
    return " at ".join(p for p in (role.title, role.company) if p) or "a role"


def _where(citation: Citation) -> str:
    return f"{citation.where}, line {citation.line + 1}"


def _first_person(text: str) -> str | None:
    """The bullet as "I <verb> ..." when it opens with the candidate's verb, else None."""
    text = _clean(text)
    standing = _standing_opener(text)
    if standing is not None:
        # "Tasked with migrating X", "Involved in the redesign": a state, not the candidate's verb (issue 12)
        return _by_own_gerunds(text[len(standing) + 1 :])
    # "Architect, design, and deliver ...": a verb that opens a list of verbs is still the line's verb
    first = text.split(" ", 1)[0].lower().rstrip(",") if text else ""
    verbs = brief_data()["verbs"]
    # "Design, development of a web crawler": a list of nouns naming the work, not verbs ("I designed,
    # development of": issue 12); said as the work the candidate did on it
    nouns = re.match(r"(\w+), (\w+) of (.+)", text)
    if nouns and first in verbs["present"] and _verb(nouns.group(2).lower()) is None:
        return f"work on the {first} and {nouns.group(2).lower()} of {nouns.group(3)}"
    if first.endswith("ed") or first in verbs["past"] or first in verbs["present"]:
        # "Designed and building a chat client": the verbs of the opening list take the first one's form ("I
        # designed and building ..." reached a blind review, issue 12)
        told = _lower_first(text)
        if first in verbs["present"]:
            return _verbs_as(told, lambda base: base)
        # only a gerund is out of form after a past verb: "Built and lead a group" of a current role is English
        return _verbs_as(told, _past, gerunds_only=True) if _verb_base(first) else told
    return None


def _standing_opener(text: str) -> str | None:
    """The standing phrase a line opens by instead of its verb ("Responsible for", "Tasked with", "Involved in";
    brief.json pitch `openers` and `state_openers`), as printed; None for any other line."""
    data = brief_data()["pitch"]
    lower = text.lower()
    return next((text[: len(p)] for p in (*data["openers"], *data["state_openers"])
                 if lower.startswith(p + " ") and len(text) > len(p) + 1), None)


def _by_own_gerunds(rest: str) -> str | None:
    """ "migrating the billing monolith and retiring the old one" -> "migrate the billing monolith and retire the old
    one": what follows a standing phrase, told by its own -ing verbs when every one of its opening list is a task
    verb we know; None when it opens on anything else ("the redesign of ..."), so the line is quoted as printed."""
    words = rest.split(" ")
    gerunds = [i for i, w in enumerate(words) if (i == 0 or words[i - 1] in ("and", "or")) and w.endswith("ing")]
    bases = [_gerund_base(words[i].rstrip(",")) for i in gerunds]
    if not gerunds or gerunds[0] != 0 or not all(bases):
        return None
    for index, base in zip(gerunds, bases, strict=True):
        words[index] = str(base) + words[index][len(words[index].rstrip(",")) :]
    return " ".join(words)


def _gerund_base(word: str) -> str | None:
    """ "Leading" -> "lead": the verb of a bullet written as a gerund; None when the word is no task verb's -ing."""
    return _verb_forms()[1].get(word.lower())


@cache
def _verb_forms() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """The task verbs of brief.json as sets and look-ups, made once: a search through the list per word was half
    of drafting's time (BENCHMARKS.md, 2026-11-30)."""
    verbs = brief_data()["verbs"]
    gerunds: dict[str, str] = {}
    for verb in verbs["present"]:
        gerunds.setdefault(_ing(verb), verb)  # the first verb of the list wins, as the search did
    irregular = {past: base for base, past in verbs["irregular_past"].items()}
    return frozenset(verbs["present"]), gerunds, irregular


def _ing(verb: str) -> str:
    if verb == "be":
        return "being"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):  # short verbs double the consonant: set, run, plan
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _past(verb: str) -> str:
    """ "build" -> "built", "create" -> "created", "plan" -> "planned", "apply" -> "applied"."""
    irregular: dict[str, str] = brief_data()["verbs"]["irregular_past"]
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):  # as in _ing: plan, ship
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _in_past(text: str) -> str:
    """A past role's duty told as done: "create and develop webapps" -> "created and developed webapps",
    "leading and hiring" -> "led and hired". Only the opening verbs change; the rest keeps the line's words
    (the audit checks the claim against them). A line already in the past stays as it is."""
    return _verbs_as(text, _past)


def _in_present(text: str) -> str:
    """The current role's duty as the candidate says it today: "designing and building a chat client" -> "design
    and build a chat client", every verb of the opening list in one form ("I design and building": issue 12)."""
    return _verbs_as(text, lambda base: base)


def _verbs_as(text: str, form: Callable[[str], str], gerunds_only: bool = False) -> str:
    if "; " in text:  # "mentor five engineers; run the incident review": each clause opens on its verb
        return "; ".join(_verbs_as(clause, form, gerunds_only) for clause in text.split("; "))
    words = text.split(" ")
    index = 0
    while index < len(words):
        word = words[index]
        bare = word.rstrip(",").lower()
        base = _verb_base(bare)
        if base is None:
            break
        if not gerunds_only or _gerund_base(bare):
            words[index] = form(base) + word[len(bare) :]
        if word.endswith(","):
            index += 1
        elif index + 1 < len(words) and words[index + 1] in ("and", "or", "&"):
            index += 2
        else:
            break
    return " ".join(words)


def _verb_base(word: str) -> str | None:
    """ "designed" -> "design", "building" -> "build", "led" -> "lead", "lead" -> "lead": the base of a task verb
    of brief.json in its base, -ing or past form; None for any other word."""
    present, gerunds, irregular = _verb_forms()
    if word in present:
        return word
    if word in irregular:
        return irregular[word]
    gerund = gerunds.get(word.lower())
    if gerund or not word.endswith("ed"):
        return gerund
    stems = (word[:-1], word[:-2], word[:-3] + "y", word[:-3] if word[-3:-2] == word[-4:-3] else "")
    return next((s for s in stems if s and s in present), None)


def _in_own_voice(text: str, name: str | None) -> str:
    """A line written about the candidate in the third person, told as their own bullet: "She uses Shopify to
    serve 110K customers" -> "Use Shopify to serve 110K customers", "Maria built the billing service" -> "Built
    the billing service", "He has led 3 teams" -> "Led 3 teams", "Manages the release train" -> "Manage the
    release train". The pitch then says it after "I" and a card after "you" with the verb agreeing (issue 12: a
    profile résumé told nothing, and a blind review found all eight stories empty). The subject is a pronoun or
    the candidate's own name or first name; "We shipped ..." stays the team's, and a line about anyone else
    ("Our CEO built ...", "John Smith built ...") stays as printed. Only the subject and the verb's ending change:
    the rest keeps its words for the audit. A line with no verb after its subject ("She is a Technical Director
    at ...") stays as printed: it tells no action in any person.
    A paragraph is told sentence by sentence, and a pronoun inside it is the candidate only after a sentence
    about them: in "Mentored Anna. She now leads the data team", "she" is Anna."""
    data = brief_data()["third_person"]
    pronouns = {w.lower() for w in data["pronouns"]}
    names = {name.lower(), name.split()[0].lower()} if name else set()
    told, about = [], True  # a line's first sentence may open on a pronoun: nobody else is named before it
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        words = sentence.split(" ")
        subject = next(
            (s for s in sorted(pronouns | names, key=len, reverse=True)
             if " ".join(words[: len(s.split())]).lower() == s),
            "",
        )
        if subject in pronouns and not about:
            subject = ""
        about = bool(subject)
        told.append(_own_sentence(words, len(subject.split())))
    return " ".join(told)


def _own_sentence(words: list[str], index: int) -> str:
    """One sentence told as the candidate's own, after its subject's `index` words (none for a line that opens on
    its verb, "Manages the release train"); as printed when no verb of theirs follows."""
    data = brief_data()["third_person"]
    printed = " ".join(words)
    while index and index < len(words) and words[index].lower() in data["adverbs"]:
        index += 1
    if index and index + 1 < len(words):
        auxiliary, after = words[index].lower(), words[index + 1]
        participle = after.lower().endswith(("ed", "en")) or after.lower() in brief_data()["verbs"]["past"]
        if auxiliary in data["progressive"] and _gerund_base(after) is not None:
            index += 1  # "is leading the data team": told as "leading ...", as a line in gerunds is
        elif auxiliary in data["perfect"] and participle and _verb(after) is not None:
            index += 1  # "has built the billing service": told as done, "built ..."
    rest = words[index:]
    if len(rest) < 2:  # nothing after the subject, as a line that is only the name misread as a bullet
        return printed
    # after a subject the next word is its verb whatever list it is on ("She redesigned ..."); with no subject
    # only a task verb's -s form opens the line ("Manages ..."; "Results: ...", "Plans:" are labels)
    past = index > 0 and rest[0].lower().endswith("ed")  # "Maria redesigned ...": a past verb, listed or not
    if _verb(rest[0]) is None and not past:
        return printed
    if index == 0 and (rest[0].endswith(":") or _base(rest[0]) == rest[0]):
        return printed
    # a later "and hires" agrees too; only a task verb's form, as "dashboards and reports" is a noun's plural
    rest = [_base(word, any_verb=i == 0) if i == 0 or rest[i - 1] in ("and", "or") else word
            for i, word in enumerate(rest)]
    told = " ".join(rest)
    return told[0].upper() + told[1:]


def _base(word: str, any_verb: bool = False) -> str:
    """ "uses" -> "use", "manages" -> "manage": a task verb of brief.json in the third person, or with `any_verb`
    any verb _verb knows; any other word (a past "built", a noun) as it is."""
    bare = word.rstrip(",;:.")
    base = _verb(bare)
    known = any_verb or base in brief_data()["verbs"]["present"]
    if base is None or not known or not bare.lower().endswith("s") or bare.lower() == base:
        return word
    return (base.capitalize() if bare[0].isupper() else base) + word[len(bare) :]


def _own_item(resume: Resume, item: _Item) -> _Item:
    """An item with its line told in the candidate's own voice, its citation still quoting the line as printed."""
    told = _in_own_voice(item.bullet.text, resume.contact.name)
    if told == item.bullet.text:
        return item
    return dataclasses.replace(item, bullet=dataclasses.replace(item.bullet, text=told), printed=item.bullet.text)


def _is_current(resume: Resume, role: Role) -> bool:
    """Whether a role is held today: open-ended, or the latest role when its end is not printed."""
    return role.end == "present" or (role.end is None and role is _latest_role(resume))


def _tells(text: str) -> bool:
    """Whether a résumé line can be told as something the candidate did: one of its clauses opens with their
    verb ("Led", "Mentor", "Leading"; "Tech lead for the payments team; own the roadmap") and it is no list of
    skills ("Technologies: Go, Kafka, Redis, gRPC"). A skill list, a heading or a bare title ("Tech lead for the
    merchant portal; team of 6") has no action to tell (issue 12)."""
    clean = _clean(text)
    if _continues(clean):
        return False
    # a résumé written in the first person ("I also mentored two people", "I lead design review") tells by the
    # verb after its subject: every such line was "no action" before (a blind review: mentoring "demonstrated"
    # in the skill match and "no résumé line fits" for the mentoring question)
    clean = _SUBJECT.sub("", clean)
    # a paragraph's later sentence counts as a clause: "He is a Technical Director at Acme. He leads 40 engineers"
    # tells by its second sentence (issue 12, a profile written in the third person)
    first, *rest = re.split(r"[;:]\s|\s[—–]\s|,\s(?:and\s)?|(?<=[.!?])\s+(?=[A-Z])", clean)
    # "Reduced ..." opens with a verb; after a label ("Skills: distributed systems") an -ed word is no proof
    # a later sentence in the first person tells by its verb too ("Currently working on X. I also mentored two
    # people": issue 12, blind review, mentoring "not shown" beside that sentence)
    clauses = (first, *(_SUBJECT.sub("", clause) for clause in rest))
    if not (_first_person(first) or any(_acts(clause) for clause in clauses)):
        return False
    return not _is_list(clean) and not _skill_label(clean) and not _heading_line(text)


def _is_list(clean: str) -> bool:
    """A line of four or more short items ("Technologies: Go, Kafka, Redis, gRPC"): a list, no story."""
    items = [i for i in re.split(r"[,;|•·]", clean.split(": ", 1)[-1]) if i.strip()]
    short = sum(1 for i in items if len(i.split()) <= _LIST_ITEM_WORDS)
    return len(items) >= _LIST_ITEMS and short >= 0.75 * len(items)


def _heading_line(text: str) -> bool:
    """A short line that titles the lines after it ("Selected Projects", "Responsibilities:", "Features I've built
    include:") rather than telling a story itself (brief.json star_sources.headings, or a lead-in's colon)."""
    clean = text.strip()
    words = clean.rstrip(":").split()
    if not words or _DIGIT.search(clean):
        return False
    if clean.endswith(":") and len(words) <= _LEAD_WORDS:
        return True
    titled = _question_pattern(tuple(_sources()["headings"])).search(clean) is not None
    return titled and len(words) <= _HEADING_LINE_WORDS


_HEADING_LINE_WORDS = 4
_LEAD_WORDS = 8


def _lead_verb(lead: Bullet | None, line: str = "") -> str:
    """The verb a lead-in gives the items under it, as printed ("Features I've built include:" -> "built"); ""
    when it has none ("Responsibilities:"), or when the item `line` is a sentence with its own subject ("All alerts
    were routed to Slack": "I built all alerts were routed ..." glued a frame to it, issue 12, blind review): then
    its items tell only by their own verbs."""
    if lead is None or (line and _own_sentence_line(_clean(line))):
        return ""
    linking = {w.lower() for w in _sources()["linking"]}
    for word in re.findall(r"[A-Za-z][\w'’-]*", lead.text):
        if word.lower() not in linking and _verb(word) is not None:
            return word.lower()
    return ""


def _project(text: str) -> str:
    """A line with no verb of its own that names a thing the candidate built ("Shopfront - iOS app for redeeming
    coupons", "Scala services for warehouse robot orchestration"), as it can be told: "Shopfront, an iOS app for
    redeeming coupons"; "" for any other line (a bare title "Tech lead for the portal" names no such thing)."""
    clean = _clean(text)
    if not clean or _tells(clean) or _heading_line(text) or _continues(clean) or _acts(clean.split(" ", 1)[0]):
        return ""
    # "Key skills: API Design, Data Modeling, CI/CD": a list of skills names no project (issue 12: it was told
    # as "You worked on Key skills, an API Design, ...")
    if _is_list(clean) or _skill_label(clean):
        return ""
    # "All tools were integrated with Slack APIs": a sentence of its own is said whole after its frame, never
    # glued to it ("I worked on All tools were ...", issue 12, blind review)
    if _own_sentence_line(clean):
        return f"{brief_data()['star_draft']['own_sentence']} {_lower_first(clean)}"
    things = _question_pattern(tuple(_sources()["things"]))
    # "Maintainer of an open-source library", "Tech lead for the portal": a post held, not a thing built; so is a
    # part of the line that ends on a title ("Flutter Tooling, open source release engineer", issue 12)
    if set(re.findall(r"[a-z-]+", _PROJECT_HEAD.split(clean, maxsplit=1)[0].lower())) & _titles():
        return ""
    if any(part.split()[-1].lower() in _titles() for part in re.split(r"[,;|]|\s[-–—]\s", clean) if part.split()):
        return ""
    # "Query the SCOM APIs for agents": an instruction whose verb no list knows, a step of a procedure, not a
    # thing built (issue 12: a technical fragment told as a story)
    if _INSTRUCTION.match(clean):
        return ""
    parts = re.split(r":\s|\s[-–—]\s", clean, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= _PROJECT_NAME_WORDS:
        name, about = parts
        about = _subject(about, things)
        head = _PROJECT_HEAD.split(about, maxsplit=1)[0]
        if not things.search(head):
            return ""
        # as printed: "Python library" is a name, and nothing here tells it from a capitalised common word
        if not re.match(r"(?i)(?:a|an|the|our|my)\s", about):
            about = f"{_article(about)} {about}"
        return f"{name}, {about}"
    # "The CLI tool orchestrates app builds": what a product does, with a verb of its own, is no thing the
    # candidate built nor anything they did (issue 12: a product description told as a story)
    if _subject(clean, things) != clean:
        return ""
    head = _PROJECT_HEAD.split(clean, maxsplit=1)[0]
    return clean if things.search(head) else ""


def _own_sentence_line(clean: str) -> bool:
    """A line that is a sentence with its own subject ("All tools were integrated with Slack APIs", "The services
    are deployed weekly"): its subject word, then a finite "be"/"have" within the next few words (brief.json
    star_sources sentence_subjects, sentence_verbs). "I worked on All tools were ..." glued a frame to a whole
    sentence (issue 12, blind review): it is said as a clause of "the project where ..."."""
    words = clean.lower().split()
    if not words or words[0] not in _sources()["sentence_subjects"]:
        return False
    return any(w.strip(",;") in _sources()["sentence_verbs"] for w in words[1 : 1 + _SUBJECT_WORDS])


_SUBJECT_WORDS = 5


def _skill_label(clean: str) -> bool:
    """A line that is a label for skills and a list of them ("Skills: Mentoring, Hiring, Go", "Tech stack: React
    and Node"), by the label's words (brief.json star_sources.list_labels); "Tools: built an internal CLI used by
    40 engineers" is one item, and tells."""
    label, colon, rest = clean.partition(": ")
    labels = _question_pattern(tuple(_sources()["list_labels"]))
    if not colon or len(label.split()) > _LEAD_WORDS or labels.search(label) is None:
        return False
    items = [i.strip() for i in re.split(r"[,;|•·]|\sand\s|\s&\s", rest) if i.strip()]
    # "Tools: built a CLI, a linter and a dashboard", "Tech debt: cut flaky tests, slow builds": work done after the
    # label, by a verb in lower case as a line's own verb is printed there; a name ("Go", "Spring Boot") is not
    if items and items[0][:1].islower() and len(items[0].split()) > 1 and _first_person(items[0]):
        return False
    return len(items) >= 2 and all(len(i.split()) <= _LIST_ITEM_WORDS for i in items)


def _names_list(text: str, lead: Bullet | None = None) -> bool:
    """A line that only lists names under a label of a list ("Technologies I worked with: Node.js, Jest, MongoDB",
    "Tools we used: Jira, Sentry", "Tech: Go, gRPC"), or such a list under a lead-in that is that label ("Tech
    stack:" on the line above). It shows that the role listed those names and tells no action: the label's own
    verb is none of the list's ("I worked Node.js, Jest, ..." was a card's action and a scaling story, issue 12)."""
    clean = _clean(text)
    if _skill_label(clean):
        return True
    return lead is not None and _skill_label(f"{_clean(lead.text).rstrip(':')}: {clean}")


def _subject(phrase: str, things: CuePattern) -> str:
    """A project phrase up to the verb that tells what the thing does ("Acme's CLI tool orchestrates app builds"
    -> "Acme's CLI tool"): such a line describes a thing, and "You worked on Acme's CLI tool orchestrates ..."
    pasted its clause into a noun's place (issue 12). The verb is the word just after the thing's name, in a
    finite form ("orchestrates", "hosted"; the verb lists miss many, so by its form); a participle of others'
    doing ("used by 30 teams") and a plural that names part of a thing ("API docs portal") are none."""
    first = things.search(phrase)
    if first is None:
        return phrase
    words = phrase[first.end() :].split()
    i = 0
    while i < len(words) and things.regex.fullmatch(words[i].strip(",;")):
        i += 1
    if i + 1 >= len(words):
        return phrase
    word, after = words[i], words[i + 1]
    finite = word.isalpha() and word.islower() and len(word) > 3 and (
        (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word.endswith("ed")
    )
    # before another thing's name only a word that is surely a verb is one ("orchestrates app builds"), not a
    # plural that names part of the thing ("API docs portal")
    surely = _verb(word) is not None or word.endswith(("ates", "izes", "ises", "ifies"))
    if not finite or after == "by" or (things.regex.fullmatch(after.strip(",;")) and not surely):
        return phrase
    return phrase[: len(phrase) - len(" ".join(words[i:]))].rstrip(" ,;")


_PROJECT_NAME_WORDS = 4
# a capitalised word then an article or quantifier: an instruction ("Query the APIs", "Restart all agents")
_INSTRUCTION = re.compile(r"[A-Z][a-z]+\s(?:the|a|an|all|each|every|any)\s")
# where the thing a project line names ends and what it does begins ("iOS app | for redeeming coupons")
_PROJECT_HEAD = re.compile(r"\s(?:that|which|for|to|with|used|serving|in|on)\s|,")


def _article(phrase: str) -> str:
    """ "an" before a vowel sound as it is usually spoken ("an iOS app", "an internal tool", "a US store")."""
    word = phrase.split(" ", 1)[0].lower()
    vowel = word[:1] in "aeio" or (word[:1] == "u" and not re.match(r"u(?:s|ni|se|ti)", word))
    return "an" if vowel else "a"


@cache
def _sources() -> dict[str, Any]:
    sources: dict[str, Any] = brief_data()["star_sources"]
    return sources


_SUBJECT = re.compile(
    r"^I(?:['’]ve)?\s+(?:(?:also|then|later|personally|successfully|have|had|was|were|am|alone)\s+)*"
)


def _continues(text: str) -> bool:
    """Whether a line or sentence continues the one before it and cannot be told alone: it opens in lower case
    with no verb of the candidate's ("an IT service management platform; as well as ..."), or with a word that
    leans on what came before ("this included ...", "Since implementation, ..."; brief.json star_fragment)."""
    words = text.strip().split()
    if not words:
        return False
    first = words[0]
    # "iOS", "eBay": a name printed in lower case is no continuation; "built the API" in a lower-case résumé tells
    if first[:1].islower() and first.isalpha() and first.islower() and not _first_person(text) and not _acts(text):
        return True
    if first.isupper() and len(first) > 1:  # "IT", "AWS": a name, not the pronoun "it"
        return False
    return _question_pattern(tuple(brief_data()["star_fragment"]["openers"])).match(text.strip()) is not None


def _acts(clause: str) -> bool:
    """A clause that opens with a known task verb in any of its forms: "wrote ...", "own ...", "leading ...",
    "launched ..." (after a label: "Query understanding: launched spelling correction in 6 markets")."""
    words = clause.split(" ", 2)
    # "used by 400,000 shoppers", "adopted by 25 teams": others did it; a participle is no action of the candidate's
    if len(words) > 1 and words[1].lower() == "by" and words[0].lower().endswith(("ed", "en")):
        return False
    return _verb(words[0]) is not None


def _verb(word: str) -> str | None:
    """The task verb a word is a form of ("launched" -> "launch", "moved" -> "move", "owns" -> "own", "led"),
    from the verbs of brief.json and the résumé action verbs of resume.json; None for any other word, so a
    label's "distributed systems" or a project's "Shopfront" is no action (issue 12: a line was told only when
    its verb was spelt as listed, and "Label: launched ..." told nothing)."""
    word = word.lower().strip(",.;:")
    verbs = _verbs()
    if word in verbs:
        return word
    base = _gerund_base(word)
    if base:
        return base
    forms = []
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:  # "planned" -> "plan"
            forms.append(word[:-3])
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return next((f for f in forms if f in verbs), None)


@cache
def _verbs() -> frozenset[str]:
    data = brief_data()["verbs"]
    return frozenset(w.lower() for w in (*data["past"], *data["present"], *_resume_words()["action_verbs"]))


@cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in _resume_words()["title_words"])


@cache
def _resume_words() -> dict[str, Any]:
    """resume.json: the résumé action verbs and job-title words reading goes by, shared here so that drafting
    tells a verb and a post as reading does."""
    words: dict[str, Any] = json.loads((files("tailor") / "data" / "resume.json").read_text("utf-8"))
    return words


# A line of four or more items, nearly all of one to three words, is a list ("Go, Kafka, Redis and gRPC").
_LIST_ITEMS = 4
_LIST_ITEM_WORDS = 3


def _latest_role(resume: Resume) -> Role | None:
    return next((r for r in resume.roles if not r.internship), resume.roles[0] if resume.roles else None)


def _technical(ctx: _Context, names: Iterable[str]) -> list[str]:
    """The names that are technologies (Go, Kafka), not practices, fields or competencies."""
    return [n for n in names if _is_technology(ctx, n)]


def _is_technology(ctx: _Context, name: str) -> bool:
    kinds = {c.lower() for c in area_data()["technology_categories"]}
    skill = ctx.posting_skills.get(name) or ctx.resume_skills.get(name)
    # Technologies are proper names (Go, gRPC, S3); "batch processing" or "infrastructure" are concepts.
    named = any(c.isupper() or c.isdigit() for c in name)
    return skill is not None and named and skill.category.lower() in kinds


def _phrase_piece(clause: str) -> bool:
    """A short clause with no verb of its own ("quality", "and responsiveness of applications", "old system"):
    a piece of the phrase before it, not a clause that can be left out."""
    words = re.sub(r"(?i)^(?:and|or)\s+", "", clause).split()
    if not words:
        return False
    first = words[0].lower()
    verbs = brief_data()["verbs"]
    verb = first.endswith(("ing", "ed")) or first in verbs["past"] or first in verbs["present"]
    return not verb and len(words) <= 4


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_PRONOUNS = {
    "we": "you",
    "our": "your",
    "ours": "yours",
    "us": "you",
    "we're": "you're",
    "we’re": "you’re",
    "we've": "you've",
    "we’ve": "you’ve",
    "ourselves": "yourselves",
}


def _second_person(text: str) -> str:
    """The company's "we build" as the candidate says it: "you build"."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word == "US":  # the country ("US healthcare clients"), not "us": a review found "You healthcare"
            return word
        new = _PRONOUNS[word.lower()]
        return new.capitalize() if word[0].isupper() else new

    return re.sub(r"(?i)\b(?:we(?:['’](?:re|ve))?|ours(?:elves)?|our|us)\b", swap, text)


@cache
def _question_pattern(cues: tuple[str, ...]) -> CuePattern:
    return cue_pattern(cues)


_DIGIT = re.compile(r"\d")


def _about_lines(posting: Posting) -> tuple[str, ...]:
    """The About sentences and every line of the About sections (why the role exists, the plan ahead)."""
    lines = [
        posting.document.lines[i].text
        for section in posting.sections
        if section.kind is SectionKind.ABOUT
        for i in range(section.first_line, min(section.last_line + 1, len(posting.document.lines)))
        if not posting.document.lines[i].heading
    ]
    # the About section's raw lines pass the same legal filter as Posting.about: an equal-opportunity line
    # closing "About us" had become the pitch's reason to join ("What stands out to me: X is an equal
    # opportunity employer")
    return tuple(dict.fromkeys((*posting.about, *without_legal(lines))))


_UNFINISHED = re.compile(r"(?i)\b(?:and|or|will|to|the|of|in|for|with|a|an|that|by|from|led)$")


def _sentences(line: str) -> list[str]:
    """A posting line as sentences; a "Label: text" opening keeps only its text when the text is long."""
    clean = _verbatim(line)  # its sentences are quoted: as printed (issue 12, grounding check)
    head, _, rest = clean.partition(": ")
    if rest and len(head.split()) <= 7 and len(rest.split()) >= 5:
        clean = rest
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", clean) if s.strip()]


def listed_duties(posting: Posting) -> tuple[str, ...]:
    """The duties the posting lists as items, before its prose ("As Head of Engineering you will ...", "This is a
    hands-on role"), which introduces them rather than naming one."""
    listed = {line.text.strip() for line in posting.document.lines if line.bullet}
    duties = posting.responsibilities
    return (*(d for d in duties if d.strip() in listed), *(d for d in duties if d.strip() not in listed))
