"""Stage 3, skills: Resume / Posting -> Skills, by spaCy matching over the taxonomy (issue 13).

The face of the stage: `default_extractor()` (the packaged taxonomy, its matcher cached on disk) and
`Extractor` for a taxonomy of one's own. `match.py` finds and accepts skills; `cache.py` keeps the
built matcher between runs (issue 14).
"""

from tailor.skills.match import Extractor, default_extractor, load_taxonomy, stem

__all__ = ["Extractor", "default_extractor", "load_taxonomy", "stem"]
