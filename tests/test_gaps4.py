"""The top gap, said honestly, and nothing shown without a line (issue 12, blind review): invented résumés and
postings through the CLI's Markdown brief, as a user reads it."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, markdown_brief

# A PHP developer: C++ only from coursework and the skills list
PHP_RESUME = """# Dana Whitlow
Berlin, Germany · dana@example.com

## Experience

### Backend Developer — Plumcart GmbH | Jan 2021 – Present
- Built PHP services for coupon redemption used by 400 retail stores
- Cut page load time by 40% by caching restaurant menus in Redis

### Backend Developer — Tablefolk | Mar 2019 – Dec 2020
- Wrote PHP and MySQL APIs for a café ordering app

## Education
BSc Computer Science, Technical University, 2018 — coursework in C++ and Scala

## Skills
PHP, MySQL, Redis, Docker, C++
"""

LANGUAGE_POSTING = """Senior Backend Engineer
Ledgerwise · Berlin, Germany

About us
Ledgerwise builds invoicing and payment tools for small shops across Europe.

What you'll do
- Build backend services for card payments and invoices
- Keep the services fast, observable and easy to change
- Work with product managers on what to build next

Requirements
- Strong {language}
- Experience with Redis and relational databases
- Clear written communication
"""


def _first_page(brief: str) -> str:
    return brief.split("## The full brief", 1)[0]


def test_a_language_never_stands_in_for_another_on_the_first_page(tmp_path: Path, cli: Callable[..., Run]) -> None:
    # PHP is shown at work, C++ only in coursework and the skills list: neither is Python's or Go's stand-in
    for language in ("Python", "Go"):
        brief = markdown_brief(tmp_path, cli, PHP_RESUME, LANGUAGE_POSTING.format(language=language))
        first = _first_page(brief)
        assert f"does not name {language}" in first
        for other in ("PHP (for", "C++ (for", "you hold PHP", "you hold C++", "names C++", "names PHP"):
            assert other not in first, (language, other)
        # the full brief never offers coursework or a skills list as the nearest language
        assert "C++" not in brief.split("## The full brief", 1)[1].split("## STAR", 1)[0]
