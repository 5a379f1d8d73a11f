"""Rebuild tailor/data/english_words.json: the everyday English words (wordfreq, Zipf frequency 3.0 or more, ASCII
letters only), by which the readers tell a hyphen a layout broke a word at ("distri-" / "buted", "Kuber-" /
"netes") from a hyphen the word keeps ("well-" / "known"): both halves are words and the whole is none.

    .venv/bin/pip install 'wordfreq>=3.1,<4'   # the taxonomy extra; not a dependency of tailor at run time
    .venv/bin/python scripts/make_english_words.py
"""

from __future__ import annotations

import json
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "tailor" / "data" / "english_words.json"
MIN_ZIPF = 3.0  # about once per million words: "con" and "micro" are words, "sul", "infra" and "distri" are not


def main() -> None:
    words = sorted(
        {w for w in iter_wordlist("en") if w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= MIN_ZIPF}
    )
    data = {
        "_source": (
            "wordfreq (https://github.com/rspeer/wordfreq, Apache-2.0 code, CC-BY-SA 4.0 data) English list, words of "
            f"Zipf frequency {MIN_ZIPF} or more, ASCII letters only; built by scripts/make_english_words.py. Read by "
            "tailor/read/text.py to rejoin a word a line end broke at its hyphen (issue 13)."
        ),
        "words": words,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
