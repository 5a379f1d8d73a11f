"""Stage 2, parse (part of resume.py): Document -> Contact (name, email, phone, location, links).

The name is the line set largest near the top, cut from a job title printed beside it, joined when wrapped, and
checked against what the candidate's own addresses say: an email's local part and profile slugs
("peter@...", "linkedin.com/pub/peter-hrynkow") name them too (issue 11)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

from tailor.dates import looks_like_range
from tailor.entries import LOCATION_RE, place_score, title_like
from tailor.model import Contact, Document, Line, Section, SectionKind
from tailor.resume import _body_size, _ends_sentence, _label_field, section_kind

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(
    r"(?<![\w/])(?:\(\+?\d{1,3}\)\s?|\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,5}[\s.-])?(?:\d{3,4}[\s.-]?\d{3,4}|\d{8,12})(?![\w/])"
)
# "+45 31 22 48 90", "+47 912 34 567", "+33 6 12 34 56 78": international numbers grouped in twos and threes
_INTL_PHONE_RE = re.compile(r"(?<![\w/])\+\d{1,3}(?:[\s.-]?\(\d{1,4}\))?(?:[\s.-]\d{1,4}){2,6}(?![\w/])")
_LINK_RE = re.compile(
    r"(?i)\b(?:https?://\S+|www\.\S+|(?:linkedin\.com|github\.com|gitlab\.com)/\S+|[\w-]+\.(?:com|io|dev|me|org|net|pub|in|co)(?:/\S*)?)"
)
# Where a name line goes on with something else: "Jane Doe · Senior Engineer", "Zhang Wei, Staff Engineer"
_PIECES_RE = re.compile(r"\s+[·•|–—-]\s+|,\s+")
# A name is set well above the text (résumé templates: 1.6 to 3 times); an entry's header a little (1.1 to 1.3)
_NAME_SIZE = 1.4
# What starts a line's contact details: an address, a number, a link
_CONTACT_WORD_RE = re.compile(r"[@\d/]|^(?:https?:|www\.)")
# "jane.doe @gmail.com", "jane.doe@ gmail.com": a word gap measured inside an address
_SPACED_AT_RE = re.compile(r"(?<=[\w.])(?: @(?=[\w-])|@ (?=[\w-]))")
# An address cut at a narrow column's edge: "herveberaud.pro@" / "gmail.com", "ann.lee@example" / ".com"
_EMAIL_HEAD_RE = re.compile(r"[\w.+-]+@(?:[\w-]+\.)*[\w-]*$")
_EMAIL_TAIL_RE = re.compile(r"^\.?[\w-]+(?:\.[\w-]+)*$")
_LOCAL_START_RE = re.compile(r"[a-z0-9][a-z0-9.+_-]*[._-]")


@dataclass(frozen=True)
class _Words:
    """The cue words contact reading goes by (tailor/data/resume.json and jsonresume.json)."""

    not_name: frozenset[str]
    verbs: frozenset[str]
    title_openers: frozenset[str]  # seniority and field words: "Senior", "DevOps", "Software"
    degrees: frozenset[str]
    networks: tuple[str, ...]  # profile hosts: "linkedin.com", "github.com"
    path_prefixes: frozenset[str]  # path parts before a profile's slug: "in", "pub"


@cache
def _words() -> _Words:
    data = json.loads((files("tailor") / "data" / "resume.json").read_text(encoding="utf-8"))
    profiles = json.loads((files("tailor") / "data" / "jsonresume.json").read_text(encoding="utf-8"))
    return _Words(
        frozenset(data["not_name_words"]),
        frozenset(data["name_verbs"]),
        frozenset(data["seniority_words"] + data["title_of_field_words"]),
        frozenset(data["degree_words"]),
        tuple(profiles["networks"]),
        frozenset(profiles["profile_path_prefixes"]),
    )


def find_contact(doc: Document, sections: tuple[Section, ...]) -> Contact:
    head = doc.lines[: max(12, sections[0].last_line + 1 if sections and sections[0].heading == "" else 12)]
    mailto = tuple(link[7:] for link in doc.links if link.lower().startswith("mailto:"))
    name = _name(doc.lines, head, _cues(doc, mailto), _handles(doc, mailto))
    # the candidate's own details are printed with their name: a job board's application page in front of the
    # CV carries the board's email and phone first (issue 11 point 5)
    at = next((i for i, ln in enumerate(doc.lines) if name and name.lower() in ln.text.lower()), 0)
    near = doc.lines[at : at + 8]
    email = _linked_email(_email(near) or _email(doc.lines), mailto)
    phone = _phone(near) or _phone(doc.lines)
    # an "Address" or "Contact" section printed away from the head (a sidebar further down) names the place too
    listed = tuple(
        doc.lines[i] for s in sections if s.kind is SectionKind.CONTACT for i in range(s.first_line, s.last_line + 1)
    )
    # the place is the candidate's when printed above their first entry: on a short résumé the first twelve lines
    # reach into the roles, and an old internship's "Austin, TX" is not where they live (issue 12, blind review)
    entries = [s.first_line for s in sections if s.kind in _ENTRY_SECTIONS and s.first_line > 0]
    # nor in a skills list: "GCP, BigQuery, PostgreSQL" is set like "Bengaluru, Karnataka, India"
    listing = {i for s in sections if s.kind is SectionKind.SKILLS for i in range(s.first_line, s.last_line + 1)}
    own = tuple(ln for i, ln in enumerate(head[: min(entries)] if entries else head) if i not in listing)
    return Contact(name, email, phone, _location(own + listed + _labelled(doc)), _links(head, doc.links))


def _labelled(doc: Document) -> tuple[Line, ...]:
    """The lines under an "Address" or "Contact" label the section reader left inside another section (a sidebar's
    block printed below the roles): the candidate's own details, wherever they are printed."""
    labels = _contact_labels()
    found: list[Line] = []
    for i, line in enumerate(doc.lines):
        if line.text.strip().rstrip(":").lower() in labels:
            found.extend(doc.lines[i + 1 : i + 1 + _LABELLED_LINES])
    return tuple(found)


_LABELLED_LINES = 3  # an address block: street, town, country


@cache
def _contact_labels() -> frozenset[str]:
    data = json.loads((files("tailor") / "data" / "resume.json").read_text(encoding="utf-8"))
    return frozenset(data["section_words"]["contact"])


_ENTRY_SECTIONS = frozenset({SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.PROJECTS})


# --- email and links --------------------------------------------------------------------------------


def _email(lines: tuple[Line, ...]) -> str | None:
    for n, line in enumerate(lines):
        text = _SPACED_AT_RE.sub("@", line.text)
        cut = _EMAIL_HEAD_RE.search(text)
        if cut and n + 1 < len(lines) and (whole := _unwrapped(cut.group(0), lines[n + 1].text)):
            return whole
        if match := _EMAIL_RE.search(text):
            before = lines[n - 1].text.strip() if n and match.start() == 0 else ""
            # "ann.lee." / "pro@example.org": the line before holds only the address's first letters
            start = before if _LOCAL_START_RE.fullmatch(before) else ""
            return start + match.group(0).rstrip(".")
    return None


def _unwrapped(head: str, following: str) -> str | None:
    """The address a line ends with joined to the next line's start, when the column's edge cut it: the line
    ends mid-address ("ann@", "ann@example", "ann@example.") or the next line holds only an address's last
    letters ("m", ".com")."""
    tail = following.split(" ")[0]
    whole = head + tail
    if not _EMAIL_TAIL_RE.match(tail) or not _EMAIL_RE.fullmatch(whole.rstrip(".")):
        return None
    cut = head.endswith(("@", ".", "-")) or "." not in head.split("@")[1] or tail.startswith(".")
    alone = following.strip() == tail and tail.islower() and len(tail) <= 4
    return whole.rstrip(".") if cut or alone else None


def _linked_email(email: str | None, mailto: tuple[str, ...]) -> str | None:
    """The address from the text; else the one behind a link ("Email", "GitHub | Email | LinkedIn"); the linked
    one also when the text holds only part of it (cut at a column's edge)."""
    if email is None:
        return mailto[0] if mailto else None
    low = email.lower()
    whole = next((m for m in mailto if m.lower() != low and _cut_from(low, m.lower())), None)
    return whole or email


def _cut_from(part: str, address: str) -> bool:
    """The address starts with the part, or ends with it after a separator ("pro@x.org" of "ann.pro@x.org",
    not "ann@x.org" of "joann@x.org")."""
    return address.startswith(part) or (address.endswith(part) and address[-len(part) - 1] in "._-+")


def _links(head: tuple[Line, ...], targets: tuple[str, ...]) -> tuple[str, ...]:
    """Web addresses printed in the head, then the profile links (LinkedIn, GitHub...) behind the text that the
    text does not print."""
    printed = [
        m.group(0).rstrip(".,;)")
        for ln in head
        for m in _LINK_RE.finditer(ln.text)
        if "@" not in m.group(0) and not any(m.group(0) in e for e in _EMAIL_RE.findall(ln.text))
    ]
    seen = {_bare(link) for link in printed}
    linked = [t for t in targets if _profile(t) and _bare(t) not in seen]
    return tuple(dict.fromkeys(printed + linked))


def _bare(link: str) -> str:
    """A link without its scheme, "www." and trailing slash, to compare printed and linked addresses."""
    return re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", link).rstrip("/").lower()


def _profile_host(link: str) -> bool:
    host = urlsplit(link).netloc.lower()
    return any(host == net or host.endswith("." + net) for net in _words().networks)


def _profile(link: str) -> bool:
    """A person's page on a network: "linkedin.com/in/ann-lee", "github.com/annlee"; not a repository, a post
    or a certificate ("github.com/annlee/tool", "linkedin.com/learning/certificates/...")."""
    parts = [p for p in urlsplit(link).path.split("/") if p]
    return _profile_host(link) and (len(parts) == 1 or (len(parts) > 1 and parts[0] in _words().path_prefixes))


# --- name -------------------------------------------------------------------------------------------


def _name(
    lines: tuple[Line, ...], head: tuple[Line, ...], cues: tuple[str, ...], handles: tuple[str, ...] = ()
) -> str | None:
    """The name: a form's name field; else the first name found line by line in order of type size (the name
    is set large), then the lines the layout marks, then the head in order; a name a summary opens with
    ("Ann Lee is ...") comes last. When the candidate's addresses name them, the first name they confirm wins:
    a sidebar label or a company set large is not confirmed by "ann.lee@"."""
    labelled = (c[1].strip() for ln in head if len(c := ln.text.split(" | ")) == 2 and _label_field(c[0]) == "name")
    if (name := next((text for text in labelled if _name_like(text)), None)) is not None:
        return name  # "Name / Surname | Ann Lee": a form's name field
    found = [name for i in _by_prominence(lines, len(head)) if (name := _name_at(lines, i, cues, handles))]
    found += _summary_names(lines)
    confirmed = next((name for name in found if _cue_share(name, cues) > 0), None)
    return confirmed or next(iter(found), None)


def _by_prominence(lines: tuple[Line, ...], head: int) -> list[int]:
    """Line indexes in the order a name is looked for: the head's lines set above the body's size, larger first,
    after any first-page line set larger than all of them and as large as a name (a two-column page's main
    column, with the name, is read after its sidebar); then the head's lines the layout marks; then the head in
    order."""
    body = _body_size(lines)
    top = max((ln.size for ln in lines[:head]), default=0.0)
    large = [
        i
        for i, ln in enumerate(lines)
        if ln.size > body > 0 and (i < head or (ln.page == 1 and ln.size > top and ln.size >= _NAME_SIZE * body))
    ]
    order = sorted(large, key=lambda i: -lines[i].size)
    order += [i for i in range(head) if lines[i].heading]
    order += range(head)
    return list(dict.fromkeys(order))


def _name_at(lines: tuple[Line, ...], i: int, cues: tuple[str, ...], handles: tuple[str, ...] = ()) -> str | None:
    """The name line i opens with, joined with the next line when wrapped, or None."""
    line = lines[i]
    cells = [c.strip() for c in line.text.split(" | ")]
    while len(cells) > 1 and _label(cells[0]):
        cells.pop(0)  # "Social (click) | Nora Lindgren": a sidebar's label on the name's baseline
    cell = cells[0]
    name = cell if _name_like(cell) else _before_title(cell, cues)
    if name is None:
        return None
    name = _run_apart(name, handles)
    following = lines[i + 1].text.split(" | ")[0].strip() if i + 1 < len(lines) else ""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and name == cell and _name_like(following):
        same_type = nxt.size > 0 and (nxt.size, nxt.bold) == (line.size, line.bold) and " | " not in nxt.text
        if name.endswith("-"):
            name += following  # "Chidinma Okafor-" / "Brennan": a double name wrapped
        elif (len(name.split()) == 1 and len(following.split()) <= 2) or same_type:
            name = f"{name} {following}"  # "José Luis" / "Ramírez Peña": a name set large over two lines
    if len(name.split()) < 2 or len(name.split()) > 5 or name.endswith("-"):
        return None
    return name.title() if name.islower() or name.isupper() else name


def _run_apart(name: str, handles: tuple[str, ...]) -> str:
    """A name whose words were run together, as a PDF's text layer may print it: "PriyaRaman" parted where a
    capital follows a lower-case letter ("Mc" and "De" stay on the name they open: "McKenzieRoss" is "McKenzie
    Ross"); "PRIYARAMAN" parted as the candidate's own address parts it ("priya.raman@"). Read as one word the
    name was dropped, and the brief named nobody (issue 12, blind review)."""
    if " " in name:
        return name
    words = re.findall(r"[A-Z][^A-Z]*", name)
    words = [w for w in words if w]
    merged: list[str] = []
    for word in words:
        if merged and len(merged[-1]) <= 2 and merged[-1][:1].isupper() and merged[-1][1:].islower():
            merged[-1] += word  # "Mc" + "Kenzie"
        else:
            merged.append(word)
    if 2 <= len(merged) <= 4 and "".join(merged) == name and all(len(w) >= 2 and w.isalpha() for w in merged):
        return " ".join(merged)
    for handle in handles:
        pieces = [p for p in re.split(r"[._-]+", handle) if p]
        if 2 <= len(pieces) <= 4 and all(p.isalpha() for p in pieces) and "".join(pieces).lower() == name.lower():
            at = 0
            out = []
            for piece in pieces:
                out.append(name[at : at + len(piece)])
                at += len(piece)
            return " ".join(out)
    return name


def _before_title(cell: str, cues: tuple[str, ...]) -> str | None:
    """The name a line opens with when a job title, a place, degrees or contact details follow it: "Jane Doe ·
    Senior Engineer", "Zhang Wei, Staff Engineer", "Jane Doe, PhD", "Jane Doe (she/her)", "Jane Doe
    jane@example.org", "Dmitry Safonov Kernel Engineer" (one run, no mark between). The title starts at its
    first title word; a title word standing alone takes the word before it along ("Kernel Engineer"), unless
    the candidate's addresses say that word is part of the name."""
    pieces = _PIECES_RE.split(cell)
    rest = " ".join(pieces[1:])
    if len(pieces) > 1 and _name_like(pieces[0]) and (title_like(rest) or place_score(rest) > 0 or _degrees(rest)):
        return pieces[0]
    if (bare := re.sub(r"\s*\([^()]*\)$", "", cell)) != cell and _name_like(bare):
        return bare  # pronouns or a nickname after the name
    words = pieces[0].split()
    details = next((n for n, w in enumerate(words) if _CONTACT_WORD_RE.search(w)), len(words))
    if 2 <= details < len(words) and _name_like(name := " ".join(words[:details])):
        return name
    start = next((n for n, w in enumerate(words) if title_like(w) or w.lower() in _words().title_openers), None)
    if start is None or start < 2:
        return None
    splits = [start - 1, start] if start >= 3 and title_like(words[start]) else [start]
    names = [" ".join(words[:n]) for n in splits if _name_like(" ".join(words[:n]))]
    if not names:
        return None
    return max(names, key=lambda name: (_cue_share(name, cues), -len(name)))


def _degrees(text: str) -> bool:
    """The text is degrees or credentials after a name: "PhD", "MBA, PMP"."""
    words = re.findall(r"[A-Za-z]+", text)
    return bool(words) and all(w.lower() in _words().degrees or (w.isupper() and 2 <= len(w) <= 6) for w in words)


def _summary_names(lines: tuple[Line, ...]) -> list[str]:
    """Names a third-person summary on the first page opens a sentence with: "Peter Hrynkow is a ..."."""
    found = []
    for line in lines:
        if line.page > 1:
            break
        for sentence in re.split(r"(?<=[.!?])\s+|\s+\|\s+", line.text):
            words = sentence.split()
            verb = next((n for n, w in enumerate(words[:6]) if w.lower() in _words().verbs), 0)
            name = " ".join(words[:verb])
            if 2 <= verb <= 4 and _name_like(name) and all(w[:1].isupper() for w in words[:verb]):
                found.append(name)
    return found


def _name_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 4
        and not _ends_sentence(text)
        and _label_field(text) is None  # "Personal Email": a form's label
        and bool(re.fullmatch(r"[^\W\d_][\w.'’()\- ]*", text))
        and not re.search(r"\d|_", text)
        and section_kind(text) is None
        and not _stop_word(text)
        and not title_like(text)
        and place_score(text) == 0  # "New York, NY": a place, never a name
        and not _degree_named(words)
    )


def _degree_named(words: list[str]) -> bool:
    """The words name a degree ("MSc Computer Science", "Master of Science"), never a person: they open with a
    degree's word (after a name, "Alex Masters", "Ann Lee PhD", it may stand). Under a name set without its
    space ("PriyaRaman", as LaTeX PDFs may print it) the degree line was taken for the name (issue 12, blind
    review)."""
    return bool(words) and words[0].lower().replace(".", "") in _words().degrees


def _label(text: str) -> bool:
    """A label or a heading, never a name: "Contact", "Social (click)", "Personal Email"."""
    return _stop_word(text) or section_kind(text.strip(" :")) is not None or _label_field(text) is not None


def _stop_word(text: str) -> bool:
    """The text holds a word that never stands in a name line: "Social (click)", "Résumé", "12 Main Street"."""
    return any(w in _words().not_name for w in re.findall(r"[^\W\d_]+", text.lower()))


# --- what the candidate's addresses say -------------------------------------------------------------


def _handles(doc: Document, mailto: tuple[str, ...]) -> tuple[str, ...]:
    """The candidate's own handles as printed: the local part of every email address on the first page or behind a
    link, and the slug of every profile link, with the dots and hyphens that part their words."""
    first = "\n".join(ln.text for ln in doc.lines if ln.page == 1)
    local = [address.split("@")[0] for address in [*_EMAIL_RE.findall(first), *mailto]]
    urls = [m.group(0) for m in _LINK_RE.finditer(first)] + [t for t in doc.links if not t.startswith("mailto:")]
    slugs = [_slug(url) for url in urls if _profile_host(url if "://" in url else f"https://{url}")]
    return tuple(dict.fromkeys(text for text in local + slugs if text))


def _cues(doc: Document, mailto: tuple[str, ...]) -> tuple[str, ...]:
    """The candidate's own handles, folded to lower-case letters ("peter-hrynkow" -> "peterhrynkow")."""
    return tuple(dict.fromkeys(f for text in _handles(doc, mailto) if len(f := _fold(text)) >= 2))


def _slug(url: str) -> str:
    parts = urlsplit(url if "://" in url else f"https://{url}").path.split("/")
    return next((p for p in parts if p and p.lower() not in _words().path_prefixes), "")


def _fold(text: str) -> str:
    """Lower-case ASCII letters only: "Hervé" -> "herve", "peter-hrynkow" -> "peterhrynkow"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def _cue_share(name: str, cues: tuple[str, ...]) -> float:
    """The share of the name's words the best cue holds (words of three letters or more; initials count when a
    cue is the initials, "jd", or an initial and the last name, "jdoe")."""
    words = [w for word in name.split() if (w := _fold(word))]
    long = [w for w in words if len(w) >= 3]
    best = 0.0
    if not words:
        return best  # a name in a script with no Latin letters: no address spells it
    for cue in cues:
        initials = "".join(w[0] for w in words)
        if cue in (initials, words[0][0] + words[-1]):
            return 1.0
        if long:
            best = max(best, sum(w in cue for w in long) / len(long))
    return best


# --- phone and place --------------------------------------------------------------------------------


def _phone(lines: tuple[Line, ...]) -> str | None:
    for line in lines:
        for match in _INTL_PHONE_RE.finditer(line.text):
            if 8 <= len(re.sub(r"\D", "", match.group(0))) <= 15:
                return match.group(0).strip()
    for line in lines:
        for match in _PHONE_RE.finditer(line.text):
            digits = re.sub(r"\D", "", match.group(0))
            if (
                7 <= len(digits) <= 15
                and not looks_like_range(match.group(0))
                and not re.fullmatch(r"(19|20)\d{2}\D*(19|20)\d{2}", match.group(0))
            ):
                return match.group(0).strip()
    return None


_WORK_MODE = re.compile(r"(?i)(?:remote|hybrid|on-?site)")


def _location(lines: tuple[Line, ...]) -> str | None:
    for line in lines:
        for cell in re.split(r"\s+[|•·]\s+", line.text):
            if _WORK_MODE.fullmatch(cell.strip()):
                continue  # a role's "Remote" says how they worked, not where they live ("you are in Remote")
            if LOCATION_RE.match(cell.strip()) and not _stop_word(cell) and not title_like(cell) and len(cell) <= 40:
                return cell.strip()
    # a place named alone ("Saint-Petersburg", "VIETNAM", "France" under an address): every part a known place;
    # a reviewer read "your résumé gives no location" beside a résumé that names its city (issue 12)
    for line in lines:
        for cell in re.split(r"\s+[|•·]\s+", line.text):
            cell = cell.strip()
            if not _WORK_MODE.fullmatch(cell) and len(cell) <= 40 and place_score(cell) >= 3:
                return cell
    return None
