"""Reading: the one normaliser every reader's text goes through, and plain text or Markdown -> Lines."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from dataclasses import replace
from functools import cache
from importlib.resources import files

from tailor.errors import InputError
from tailor.model import DocKind, Document, Line

_BULLET_GLYPHS = "•●▪■◦○‣∙·*➢►▶✓✔❖◆♦➤→-–—"
_BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(_BULLET_GLYPHS)}]|\d{{1,2}}[.)])\s+")
_GLYPH_ONLY_BULLET_RE = re.compile(r"^\s*[•●▪■◦○‣∙➢►▶✓✔❖◆♦➤]\s*")
# Word's bullets from the Symbol and Wingdings fonts land in the private-use area (U+F0B7 is Symbol's "•",
# U+F0A7 Wingdings' "▪", U+F0D8 "➢", U+F076 "❖", U+F0FC "✓", U+F06E "■"): at a line's start they are bullets.
PUA_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e"
_LEADING_PUA_BULLET_RE = re.compile(f"^\\s*[{PUA_BULLETS}]")
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")  # icon fonts (FontAwesome) map glyphs here
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_PRINTED_DATE_RE = re.compile(
    r"(?i)\b(?:updated?|revised|dated|as of|date)\b\D{0,20}?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})"
)


def make_document(
    source: str,
    kind: DocKind,
    lines: list[Line],
    pages: int,
    raw: str,
    date: dt.date | None,
    warnings: tuple[str, ...] = (),
) -> Document:
    if not lines:
        raise InputError(f"{source}: no text found in the document")
    text = "\n".join(line.text for line in lines)
    return Document(
        source=source,
        kind=kind,
        lines=tuple(lines),
        pages=pages,
        raw=raw or text,
        date=printed_date(lines) or _plausible_metadata_date(date, text),
        warnings=warnings,
    )


def _plausible_metadata_date(date: dt.date | None, text: str) -> dt.date | None:
    """The file's own date, unless the text names a later year: a template's creation date or a PDF made with a
    fixed date would make "Present" end before the role began."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
    return date if date is not None and date.year >= max(years, default=0) else None


def clean(text: str) -> str:
    """The one normaliser every reader's text goes through, so no later rule has to know a text layer's quirks:
    ligatures and odd spaces folded (NFKC), quotes made plain, dashes made "-" in words and "–" in ranges,
    soft hyphens resolved, icon-font glyphs and their leaked names, zero-width and control characters dropped."""
    text = unicodedata.normalize("NFKC", text)
    text = _resolve_soft_hyphens(text).translate(_CHARACTERS)
    text = _PRIVATE_USE_RE.sub(" ", text)
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch)[0] != "C")
    return _without_icon_names(re.sub(r"\s+", " ", text).strip())


# Hyphens (U+2010, and U+2011 which NFKC folds to it) join words; the figure dash, the horizontal bar and the
# minus sign stand between dates and numbers, where résumés mean the en dash of a range. The em dash stays.
_CHARACTERS = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "\u2010": "-",
        "\u2012": "–",
        "\u2015": "–",
        "\u2212": "–",
    }
)
_LETTER = r"[^\W\d_]"


def _resolve_soft_hyphens(text: str) -> str:
    """A soft hyphen (U+00AD) inside a word is invisible; at the end of a line after a letter it is a hyphenation
    (made "-", which the line joiner undoes); anywhere else it was set as a dash: "Sep. 2023 \u00ad Mar. 2024"."""
    if "\u00ad" not in text:
        return text
    text = re.sub(rf"(?<={_LETTER})\u00ad(?={_LETTER})", "", text)
    text = re.sub(rf"(?<={_LETTER})\u00ad\s*$", "-", text, flags=re.M)
    return text.replace("\u00ad", "–")


_CONTACT_DATA_RE = re.compile(
    r"\S@\S+\.\w|\+?\d[\d ().-]{7,}\d|\b[\w-]+\.(?:com|io|org|net|dev|me|in|co|ai|app|de|uk)\b|https?://", re.I
)
_TOKEN_RE = re.compile(r"(?<![^\s|•·,;])/?(?:fa-)?([a-z][a-z_-]+)(?![^\s|•·,;])")


@cache
def _icon_names() -> frozenset[str]:
    data = json.loads((files("tailor") / "data" / "icon_names.json").read_text(encoding="utf-8"))
    return frozenset(data["names"])


def _without_icon_names(text: str) -> str:
    """Drop the names of contact icons ("envelope", "map-marker") that an icon font left in the text layer: lone
    lower-case tokens in a line of contact data, or a line made only of such names."""
    names = _icon_names()
    tokens = _TOKEN_RE.findall(text)
    if not any(t in names for t in tokens):
        return text
    only_names = all(t in names for t in text.replace("|", " ").split() if t.strip("•·,;"))
    if only_names and (len(tokens) > 1 or re.search(r"[-_]", text)):
        return ""
    if not _CONTACT_DATA_RE.search(text):
        return text
    text = _TOKEN_RE.sub(lambda m: "" if m.group(1) in names else m.group(0), text)
    return re.sub(r"\s+", " ", re.sub(r"(?:^|(?<=\s))[|•·,;](?=\s*(?:[|•·,;]|$))", "", text)).strip(" |•·,;")


def make_line(raw: str, page: int = 1, heading: bool = False, bullet: bool = False) -> Line | None:
    """One cleaned Line, with a leading bullet glyph or list number turned into `bullet=True`."""
    text = clean(_LEADING_PUA_BULLET_RE.sub("• ", raw, count=1))
    match = _BULLET_RE.match(text)
    if match and len(text) > match.end():
        bullet, text = True, text[match.end() :]
    elif _GLYPH_ONLY_BULLET_RE.match(text):
        bullet, text = True, _GLYPH_ONLY_BULLET_RE.sub("", text)
    text = text.strip()
    return Line(text, page, bullet, heading) if text and re.search(r"\w", text) else None


def is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and len(text) <= 40 and all(c.isupper() for c in letters) and len(text.split()) <= 5


def text_lines(text: str) -> list[Line]:
    """Lines of plain text or Markdown: headings (#, underlines, short ALL CAPS lines) and bullets marked."""
    text = _drop_non_content(text)
    raw_lines = text.splitlines()
    out: list[Line] = []
    for i, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if re.fullmatch(r"[=\-_~*]{3,}", stripped):
            continue  # an underline or rule: it marked the line above
        nxt = raw_lines[i + 1].strip() if i + 1 < len(raw_lines) else ""
        underlined = bool(stripped) and bool(re.fullmatch(r"={3,}|-{3,}", nxt))
        hashes = re.match(r"^\s{0,3}(#{1,6})\s+", raw)
        if hashes:
            raw = raw[hashes.end() :].rstrip("#")
        line = make_line(_strip_markdown(raw))
        if line is None:
            continue
        heading = bool(hashes) or underlined or (not line.bullet and is_caps_heading(line.text))
        out.append(Line(line.text, 1, line.bullet, heading))
    return join_wrapped(out)


def _drop_non_content(text: str) -> str:
    """Front matter and <script>/<style> blocks are not document content."""
    text = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>", "\n", text)
    return re.sub(r"\A\s*---\s*\n.*?\n---\s*\n", _keep_contact_front_matter, text, count=1, flags=re.S)


def _keep_contact_front_matter(match: re.Match[str]) -> str:
    # A static-site front matter may carry the person's name or email; the rest (layout, permalink) is not content.
    keep = re.findall(r"(?im)^(?:name|email|phone)\s*:\s*[\"']?([^\"'\n]+)", match.group(0))
    return "\n".join(keep) + "\n"


def _strip_markdown(raw: str) -> str:
    raw = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", raw)  # images
    raw = re.sub(
        r"\[([^\]]+)\]\((?:mailto:)?([^)]*)\)", lambda m: m.group(1) if m.group(1).strip("/ ") else m.group(2), raw
    )
    raw = re.sub(r"<[^>]+>", " ", raw)
    # "**Director of Engineering, Infrastructure**, Acme (2019 – 2022)": the bold lead is one piece, commas and all
    raw = re.sub(r"^(\s*(?:[-*+]\s+)?)(\*\*|__)([^*_]+?)\2\s*(?:,|\||[–—]|-(?=\s)|\bat\b)\s*(?=\w)", r"\1\3 | ", raw)
    raw = re.sub(r"(\*\*|__)(.+?)\1", r"\2", raw)
    raw = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", raw)
    # a backslash escape ("C\#", "3\. item", "snake\_case") is Markdown's, not the text's (issue 12: "C\#" in a pitch)
    raw = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", raw)
    return html.unescape(raw)


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Join a line a layout wrapped: an open bracket or a trailing dash/hyphen continues on the next line."""
    out: list[Line] = []
    for line in lines:
        if out and not line.bullet and not line.heading and _continues(out[-1].text, line.text):
            prev = out[-1]
            if re.search(r"[a-z]-$", prev.text):
                joined = prev.text[:-1] + line.text if _broken_word(prev.text, line.text) else prev.text + line.text
            else:
                joined = f"{prev.text} {line.text}"
            out[-1] = replace(prev, text=joined)
        else:
            out.append(line)
    return out


def _broken_word(prev: str, nxt: str) -> bool:
    """Whether the hyphen ending prev broke one word over the line end ("Kuber-" / "netes", "distri-" / "buted"), so
    it goes, or is the word's own ("well-" / "known", "cross-" / "functional"), so it stays. It broke one word when
    the whole is a known technology (the taxonomy's names and aliases) or an everyday word ("frame-" / "work"), or a
    half is no word of its own; a technology split over two lines was matched by neither half (issue 13)."""
    head = re.search(r"[^\W\d_]+(?=-$)", prev)
    tail = re.match(r"[^\W\d_]+", nxt)
    if head is None or tail is None:
        return True
    first, second = head.group(0).lower(), tail.group(0).lower()
    words = _english_words()
    if first + second in words or first + second in _technology_words():
        return True
    return first not in words or second not in words


@cache
def _english_words() -> frozenset[str]:
    data = json.loads((files("tailor") / "data" / "english_words.json").read_text(encoding="utf-8"))
    return frozenset(data["words"])


@cache
def _technology_words() -> frozenset[str]:
    """The taxonomy's one-word names and aliases, in lower case ("kubernetes", "consul", "postgresql")."""
    folder = files("tailor") / "data" / "taxonomy"
    names: set[str] = set()
    for name in ("tech.json", "practice.json", "imported.json"):
        for skill in json.loads((folder / name).read_text(encoding="utf-8"))["skills"]:
            names.update(n.lower() for n in (skill["name"], *skill.get("aliases", ())) if n.isalnum())
    return frozenset(names)


# "Technologies: Python, Django," / "Stack: Go, ...": a labelled list; the label is a few words before a colon
_LABELLED_RE = re.compile(r"^[A-Z][\w/&+'-]*(?:\s+[\w/&+'-]+){0,5}:\s")


def _continues(prev: str, nxt: str) -> bool:
    if prev.count("(") > prev.count(")") and ")" in nxt and "(" not in nxt.split(")")[0]:
        return True
    if _list_goes_on(prev, nxt):
        return True
    if re.search(r"[–—-]$|\bto$", prev) and re.match(
        r"(?i)(present|current|now|till|today|ongoing|\w{3,9}\.?\s*'?\d{2,4}|\d{1,2}/\d{2,4}|\d{4})", nxt
    ):
        return True
    return bool(re.search(r"[a-z]{2}-$", prev) and re.match(r"[a-z]", nxt))


def _list_goes_on(prev: str, nxt: str) -> bool:
    """A list that stops on a comma goes on over the next line ("Technologies: Python, Django, PostgreSQL," /
    "Redis, Celery"): one line, so a skill found in either half is cited by the whole list (issue 12, blind
    review: a wrapped technologies sub-bullet cited by its second line only). The line above must read as a list
    (a label, or three commas), and the next line must not open a list of its own ("Tools: ...")."""
    if not prev.endswith(",") or _LABELLED_RE.match(nxt) or nxt.endswith(":"):
        return False
    if re.search(r"(?:^|[\s,])\d", f"{prev} {nxt}"):
        return False  # "Flat 3, 48 Mare Street," / "London, E8 4RT": an address, whose lines say where, each apart
    return bool(_LABELLED_RE.match(prev)) or prev.count(",") >= 3


def printed_date(lines: list[Line] | tuple[Line, ...]) -> dt.date | None:
    """A date the document prints about itself ("Last updated on 21st January 2015")."""
    for line in [*lines[:8], *lines[-8:]]:
        match = _PRINTED_DATE_RE.search(line.text)
        if match:
            day = int(match.group(1) or match.group(3) or 1)
            month = _MONTHS.index(match.group(2).lower()[:3]) + 1
            try:
                return dt.date(int(match.group(4)), month, day)
            except ValueError:
                return dt.date(int(match.group(4)), month, 1)
    return None


DATE_FRAGMENT_RE = re.compile(
    r"(?i)(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?(?:\d{4}|\d{1,2}/\d{2,4})"
    r"|present|current|now|today|ongoing)?\s*(?:[–—-]|to)?\s*"
    r"(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?(?:\d{4}|\d{1,2}/\d{2,4})"
    r"|present|current|now|today|ongoing)"
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?\d{4}\s*(?:[–—-]|to)"
)


def titled(line: Line) -> bool:
    """Short enough for a heading, and not a sentence, a list item or a line with a year in it."""
    return (
        not line.bullet
        and len(line.text) <= 40
        and len(line.text.split()) <= 5
        and not re.search(r"[.,;]$|\d{4}", line.text)
        and sum(ch.isalpha() for ch in line.text) >= 3
    )
