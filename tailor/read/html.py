"""Reading: a saved web page (a posting) -> its text, lists and headings kept, page chrome dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser


def html_to_text(text: str) -> str:
    """The posting's text from a saved web page: lists and headings kept, page chrome dropped."""
    parser = _PageText()
    parser.feed(text)
    parser.close()
    return parser.text()


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIP = {
    "script",
    "style",
    "head",
    "nav",
    "footer",
    "aside",
    "noscript",
    "form",
    "button",
    "svg",
    "template",
    "iframe",
    "select",
    "dialog",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "ul",
    "ol",
    "section",
    "article",
    "main",
    "header",
    "table",
    "dd",
    "dt",
    "blockquote",
    "pre",
}
# Page chrome that is not in a <nav>/<footer>: cookie banners, breadcrumbs, menus, share bars, "similar jobs".
_CHROME = re.compile(
    r"cookie|consent|banner|breadcrumb|\bnav|menu|share|social|related|similar|sidebar|footer|"
    r"skip-link|newsletter|subscribe|modal|popup",
    re.IGNORECASE,
)


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, main content)
        self.parts: list[tuple[str, bool]] = []  # (text, inside <main>/<article>)

    def _skipping(self) -> bool:
        return any(skip for _, skip, _ in self.stack)

    def _in_main(self) -> bool:
        return any(main for _, _, main in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        marks = " ".join(v or "" for k, v in attrs if k in {"id", "class", "role", "aria-label"})
        if tag in _BLOCK or tag == "li" or (tag[:1] == "h" and tag[1:].isdigit()):
            prefix = "\n- " if tag == "li" else "\n# " if tag[:1] == "h" and tag[1:].isdigit() else "\n"
            self.parts.append((prefix, self._in_main()))
        if tag not in _VOID:
            skip = tag in _SKIP or bool(marks and _CHROME.search(marks) and tag not in {"main", "article", "body"})
            self.stack.append((tag, skip, tag in {"main", "article"}))

    def handle_endtag(self, tag: str) -> None:
        if any(t == tag for t, _, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass
        if tag in _BLOCK or (tag[:1] == "h" and tag[1:].isdigit()):
            self.parts.append(("\n", self._in_main()))

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self.parts.append((data, self._in_main()))

    def text(self) -> str:
        main = "".join(t for t, in_main in self.parts if in_main)
        # A page that marks its content (<main>, <article>) is read from there, with its headings from outside.
        if len(main.split()) >= 80:
            outside = "".join(t for t, in_main in self.parts if not in_main)
            heads = [ln for ln in outside.splitlines() if ln.startswith("# ")]
            return "\n".join(heads) + "\n" + main
        return "".join(t for t, _ in self.parts)
