"""Issue 12 (brief s8 "stories4"): a grounding checker's kinds of wrong story choice, each on an invented résumé
run through the CLI as a user would, read from the Markdown brief's call sheet ("Your eight stories")."""
from __future__ import annotations

import pytest

from tests.conftest import SHOP_POSTING as POSTING
from tests.conftest import markdown_brief

HEADER = """# Sam Example

sam@example.com · Denver, CO

## Experience

"""


def _listed(text: str, label: str) -> str:
    """A question's line of the call sheet as printed, with its match strength."""
    return next(line for line in text.split("\n") if line[:1].isdigit() and f". **{label}:** " in line)


def test_evaluating_features_is_no_build_or_buy_story(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Mobile Developer — Pellucid Apps
Austin, TX · Jan 2020 – Present
- Collaborated with product, design and program teams to build, test and evaluate features for the payments platform
""", POSTING)
    # the line retold from another card must pass this question's own test: it was "the line of story 3, told for
    # this question (strong match)"
    line = _listed(text, "Build or buy")
    assert "*no story on your résumé*" in line, line


@pytest.mark.parametrize(
    ("product", "shown"),
    [
        ("Menutka — a restaurant menu app that utilizes the Glide library and RxJava frameworks", "Glide library"),
        ("Trivia Night — a quiz game made with Corona SDK", "Corona SDK"),
    ],
)
def test_a_product_made_with_an_adopted_library_is_the_nearest_build_or_buy_story(tmp_path, cli, product, shown):
    text = markdown_brief(tmp_path, cli, HEADER + f"""### Mobile Developer — Pellucid Apps
Austin, TX · Jan 2020 – Present
- Collaborated with product, design and program teams to build, test and evaluate features for the payments platform
- {product}
""", POSTING)
    line = _listed(text, "Build or buy")
    assert shown in line and "*(partial match" in line, line


def test_a_system_for_users_with_no_sign_of_scale_is_partial_at_most(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Backend Developer — Pellucid Apps
Austin, TX · Jan 2020 – Present
- Developed APIs to store data for users and their settings
""", POSTING)
    line = _listed(text, "Scaling a system")
    assert "strong match" not in line, line
    # a figure of users is a sign of scale: still strong
    text = markdown_brief(tmp_path, cli, HEADER + """### Backend Developer — Pellucid Apps
Austin, TX · Jan 2020 – Present
- Developed APIs to store data for 2 million users and their settings
""", POSTING)
    assert "*(strong match)*" in _listed(text, "Scaling a system"), _listed(text, "Scaling a system")


def test_the_career_timeline_names_each_role_and_quotes_no_location(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """**Bramble Labs**
Senior Android Developer
2019 – Present
(Saint-Petersburg, Russia)

**Quillmark**
Android Developer
2016 – 2019
(Moscow, Russia)
- Shipped the courier app to 3 cities
""", POSTING)
    career = next(line for line in text.split("\n") if "Career story" in line)
    assert "Russia" not in career, career
    assert "Android Developer, Quillmark (2016–2019): “Shipped the courier app to 3 cities”" in career, career
    # a role with no action line is its title and employer only
    assert career.endswith("Senior Android Developer, Bramble Labs (2019–present)."), career


def test_an_entry_without_a_title_is_no_role_and_takes_no_figure_from_another_section(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Android Developer — Bramble Labs
Jan 2010 – Dec 2012
- Owned the release process for the Android app

### Since 2013
- Worked for many companies in various business domains
- Built payment integrations for online stores

## Good moments in life
- 61% increase in the online store's conversion rate
- Ran a half marathon in 2019
""", POSTING)
    cards = text.split("## STAR stories", 1)[1].split("\n## ", 1)[0]
    card = next(c for c in cards.split("\n### ") if "payment integrations" in c)
    assert "this role" not in card and "since 2013" in card, card
    # the figure is under another heading, with no role: no result of this story, nor "the figure from this role"
    assert "61%" not in card, card


def test_a_partial_card_says_what_its_line_lacks_once(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Backend Developer — Pellucid Apps
Austin, TX · Jan 2020 – Present
- Developed APIs to store data for users and their settings
""", POSTING)
    card = text.split("### 1. ", 1)[1].split("\n### ", 1)[0]
    # the nearest sentence says the limit ("I won't claim it was a scaling project"); the label does not repeat it
    assert "**Partial match.**" in card and "it does not say you scaled it" not in card, card
    assert "it was a scaling project" in card, card
    # the call sheet has no such sentence: its label keeps what the line lacks
    assert "*(partial match: it does not say you scaled it)*" in _listed(text, "Scaling a system")


def test_a_line_two_cards_tell_is_quoted_where_it_is_strong(tmp_path, cli):
    text = markdown_brief(tmp_path, cli, HEADER + """### Android Developer — Bramble Labs
Jan 2020 – Present
- Owned the release process for the Android app, shipping every two weeks
""", POSTING)
    # it was "Ownership and accountability: the line of story 3, told for this question (strong match)" beside a
    # story 3 that was only partial
    owner = _listed(text, "Ownership and accountability")
    assert owner.startswith("6. **Ownership and accountability:** Owned the release process"), owner
    assert owner.endswith("*(strong match)*"), owner
    retold = _listed(text, "Speed and quality")
    assert "the line of story 6, told for this question *(partial match" in retold, retold
