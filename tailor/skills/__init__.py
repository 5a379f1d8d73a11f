"""Stage 3, skills: Resume / Posting -> Skills, by spaCy matching over the taxonomy (issue 13).

The face of the stage: `default_extractor()` (the packaged taxonomy, its matcher cached on disk) and
`Extractor` for a taxonomy of one's own. `match.py` finds and accepts skills; `cache.py` keeps the
built matcher between runs (issue 14).
"""

import functools
import gc
import sys
import types
from typing import NoReturn


def _no_cli(*_args: object, **_kwargs: object) -> NoReturn:
    raise RuntimeError("spacy.info is not loaded inside tailor; run `python -m spacy info` instead")


def _import_spacy_without_its_cli() -> None:
    """spacy/__init__ imports its command line for `spacy.info` alone, and with it weasel, requests and httpx:
    0.16 of the 0.55 s CPU that importing spaCy takes, in every run, for commands tailor never gives (issue 14).
    A stand-in answers that one import; `import spacy.cli` later still loads the real one. Should a spaCy
    version want more of its CLI at import, it is imported whole."""
    if "spacy" in sys.modules:
        return
    info = types.ModuleType("spacy.cli.info")
    info.info = _no_cli  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        pass
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    import spacy  # noqa: F401  # a no-op when the import above worked


_import_spacy_without_its_cli()

from tailor.skills.match import Extractor, default_extractor, load_taxonomy, stem  # noqa: E402

__all__ = ["Extractor", "default_extractor", "load_taxonomy", "shared_extractor", "stem"]


@functools.cache
def shared_extractor() -> Extractor:
    """`default_extractor()`, loaded for the rest of the process.

    Loading makes ~150,000 objects that live as long as the process. Full garbage collections while they are
    made, and every one after that, would walk them all for nothing: a third of the CPU of reading, fitting
    and drafting one brief (issue 14). So full collections wait until the load is done, and what it made is
    then frozen out of the collector's sight (gc.freeze; it also keeps the pages a forked worker shares)."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, 1000 * old)
    try:
        extractor = default_extractor()
    finally:
        gc.set_threshold(young, middle, old)
    gc.freeze()
    return extractor
