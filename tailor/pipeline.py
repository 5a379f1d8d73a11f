"""The order of the stages, nothing else: paths -> Document -> Resume/Posting -> Skills -> Fit -> Brief."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tailor import __version__
from tailor.audit import audit_brief
from tailor.doctype import check_kind
from tailor.draft import compile_ahead as compile_draft_ahead
from tailor.draft import draft_brief
from tailor.fit import compile_ahead as compile_fit_ahead
from tailor.fit import fit_posting
from tailor.model import Brief, Posting, Resume, Skills, Taxonomy
from tailor.posting import parse_posting
from tailor.read import read_document
from tailor.resume import parse_resume

if TYPE_CHECKING:
    from tailor.skills import Extractor


class SkillFinder(Protocol):
    """What the stages ask of skill extraction: the `Extractor` of this process, or `batch.SkillsElsewhere`,
    which asks a second process that loaded spaCy while this one read the documents (issue 14)."""

    @property
    def taxonomy(self) -> Taxonomy: ...

    def resume_skills(self, resume: Resume) -> Skills: ...

    def posting_skills(self, posting: Posting) -> Skills: ...


@dataclass(frozen=True)
class Candidate:
    """The résumé, read and analysed once however many postings it is matched against."""

    resume: Resume
    skills: Skills


def analyse_resume(
    path: Path, today: dt.date, extractor: SkillFinder | None = None, strict: bool = True
) -> Candidate:
    """strict: stop (ContentError) when the résumé's roles cannot be read with confidence."""
    return candidate_from(read_resume(path, today, strict), extractor)


def read_resume(path: Path, today: dt.date, strict: bool = True) -> Resume:
    """The résumé read and parsed: all that needs no spaCy, so a helper process can do it while spaCy loads."""
    doc = read_document(path)
    check_kind(doc, "resume")
    return parse_resume(doc, today, strict)


def candidate_from(resume: Resume, extractor: SkillFinder | None = None) -> Candidate:
    return Candidate(resume, (extractor or load_extractor()).resume_skills(resume))


def read_posting(job: Path) -> Posting:
    """The posting read and parsed: no spaCy, like read_resume."""
    doc = read_document(job)
    check_kind(doc, "posting")
    return parse_posting(doc)


def analyse_posting(job: Path, extractor: SkillFinder | None = None) -> tuple[Posting, Skills]:
    posting = read_posting(job)
    return posting, (extractor or load_extractor()).posting_skills(posting)


def prepare_brief(
    candidate: Candidate,
    job: Path,
    today: dt.date,
    extractor: SkillFinder | None = None,
    analysed: tuple[Posting, Skills] | None = None,
) -> Brief:
    """analysed: the posting and its skills when they were found beforehand (batch.SkillsElsewhere)."""
    extractor = extractor or load_extractor()
    posting, posting_skills = analysed or analyse_posting(job, extractor)
    fit = fit_posting(candidate.resume, candidate.skills, posting, posting_skills, extractor.taxonomy)
    brief = draft_brief(candidate.resume, candidate.skills, posting, posting_skills, fit, today, __version__)
    return audit_brief(brief)


def compile_ahead() -> None:
    """The patterns fit and draft compile from their data, compiled now rather than on a brief's path: a single
    brief does it while its skills are found in another process (batch.SkillsElsewhere)."""
    compile_fit_ahead()
    compile_draft_ahead()


def load_extractor() -> Extractor:
    """The packaged taxonomy's extractor, loaded once per process. spaCy is imported here, when a stage first
    needs skills, not with this module (see read_resume)."""
    from tailor.skills import shared_extractor

    return shared_extractor()
