"""The typed values every stage shares: read -> parse -> skills -> fit -> draft -> render.

All values are frozen dataclasses; sequences are tuples; closed sets are enums. A stage takes the
values of earlier stages and returns a new one, never changing what it was given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum

# --- the eight assessment areas -----------------------------------------------------------------


class Interviewer(Enum):
    VP = "vp"
    HEAD = "head"

    @property
    def title(self) -> str:
        return "VP of Engineering" if self is Interviewer.VP else "Head of Engineering"


class Area(Enum):
    """The eight areas the two interviews assess; the value is the stable key used in data files and JSON."""

    BUSINESS_ALIGNMENT = "business-alignment"
    SCALING = "scaling"
    DEBT_AND_VELOCITY = "debt-velocity"
    CROSS_FUNCTIONAL = "cross-functional"
    TEAM_AND_HIRING = "team-hiring"
    TECHNICAL_SCALE = "technical-scale"
    QUALITY = "quality"
    DECISIONS = "decisions"

    @property
    def interviewer(self) -> Interviewer:
        return Interviewer.VP if self in _VP_AREAS else Interviewer.HEAD

    @property
    def title(self) -> str:
        return _AREA_TITLES[self]


_VP_AREAS = frozenset({Area.BUSINESS_ALIGNMENT, Area.SCALING, Area.DEBT_AND_VELOCITY, Area.CROSS_FUNCTIONAL})
_AREA_TITLES = {
    Area.BUSINESS_ALIGNMENT: "Business goals and engineering strategy",
    Area.SCALING: "Scaling systems and teams",
    Area.DEBT_AND_VELOCITY: "Technical debt, processes and velocity",
    Area.CROSS_FUNCTIONAL: "Cross-functional collaboration",
    Area.TEAM_AND_HIRING: "Team dynamics, mentorship and hiring",
    Area.TECHNICAL_SCALE: "Technical problems at scale",
    Area.QUALITY: "Engineering quality: CI/CD, observability",
    Area.DECISIONS: "Decision-making and trade-offs",
}


# --- read: a file becomes a Document ------------------------------------------------------------


class DocKind(Enum):
    PDF = "pdf"
    DOCX = "docx"
    TEXT = "txt"
    MARKDOWN = "md"
    HTML = "html"
    JSON_RESUME = "json"


@dataclass(frozen=True)
class Line:
    """One line of a document in reading order."""

    text: str  # cleaned: ligatures folded, bullet glyph removed, whitespace collapsed
    page: int = 1  # 1-based
    bullet: bool = False  # the line was a list item (glyph, list numbering, Markdown "-")
    heading: bool = False  # the layout marked it as a heading (Markdown #, DOCX Heading style, bold/large PDF text)
    # What the layout says about the line, for finding headings and entry headers by typography; 0/False when
    # the format does not say (plain text). Sizes in points; x is the left edge in points from the page's left.
    size: float = 0.0
    bold: bool = False
    x: float = 0.0


@dataclass(frozen=True)
class Document:
    """What a file said, as lines, with what the reader noticed about it."""

    source: str  # the file name as given (never read again after this stage)
    kind: DocKind
    lines: tuple[Line, ...]
    pages: int = 1
    raw: str = ""  # the whole text; for JSON Resume the JSON source itself
    date: dt.date | None = None  # the document's own date: printed on it, or PDF/DOCX metadata
    warnings: tuple[str, ...] = ()
    # Link targets the file carries beside its text (PDF link annotations, DOCX hyperlinks): "mailto:..." and
    # "https://..." in document order; a résumé may print only "Email" with the address behind it (issue 11)
    links: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# --- parse: Document -> Resume / Posting --------------------------------------------------------


class SectionKind(Enum):
    # résumé
    SUMMARY = "summary"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    SKILLS = "skills"
    PROJECTS = "projects"
    LEADERSHIP = "leadership"
    PUBLICATIONS = "publications"
    AWARDS = "awards"
    CERTIFICATIONS = "certifications"
    CONTACT = "contact"
    # posting
    ABOUT = "about"
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    NICE_TO_HAVE = "nice-to-have"
    BENEFITS = "benefits"
    STACK = "stack"
    OTHER = "other"


@dataclass(frozen=True)
class Section:
    heading: str  # as printed; "" for the text before the first heading
    kind: SectionKind
    first_line: int  # index into Document.lines of the first line after the heading
    last_line: int  # index of the last line of the section (inclusive)


class MetricKind(Enum):
    PERCENT = "percent"
    MULTIPLIER = "multiplier"
    MONEY = "money"
    LATENCY = "latency"
    USERS = "users"
    TEAM = "team"
    TIME = "time"
    COUNT = "count"


@dataclass(frozen=True)
class Metric:
    """A quantified result found in a bullet: the "R" of a STAR story."""

    text: str  # as printed, e.g. "40%", "$1.2M", "from 2 s to 300 ms"
    kind: MetricKind


@dataclass(frozen=True)
class Bullet:
    text: str
    line: int  # index into Document.lines
    metrics: tuple[Metric, ...] = ()


def spoken(name: str) -> str:
    """A name printed in capitals for layout ("SOFTWARE ENGINEER", "FACEBOOK") as a person writes it;
    short words keep their capitals (IBM, AWS). Data keeps the printed form; briefs use this one."""
    if name.isupper() and sum(c.isalpha() for c in name) > 4:
        return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())
    return name


@dataclass(frozen=True)
class Role:
    title: str | None
    company: str | None
    start: str | None  # "YYYY-MM", "YYYY" or None
    end: str | None  # "YYYY-MM", "YYYY", "present" or None
    bullets: tuple[Bullet, ...] = ()
    location: str | None = None
    line: int = 0  # index of the role's first line
    internship: bool = False  # internships, student, teaching-assistant and volunteer posts: not counted in years
    confidence: float = 1.0  # 0..1: how sure reading is of the title, company and dates (issue 11)
    # The title or company was read from a sentence ("He is a Technical Director at Acme since 2020"), not from an
    # entry's header; the role's line is that sentence's, so a citation shows it (issue 11).
    from_sentence: bool = False

    @property
    def is_current(self) -> bool:
        """Held today: its end is left open ("2016 – present", "since 2019", "2021 –")."""
        return self.end == "present"

    @property
    def label(self) -> str:
        """How a citation names this role: "Staff Engineer, Acme"."""
        named = ", ".join(p for p in (self.title, self.company) if p)
        # a role read with neither title nor employer is named by its start ("(a role)" read as a placeholder: issue 12)
        return named or (f"your role from {self.start[:4]}" if self.start and self.start[:4].isdigit() else "a role")


@dataclass(frozen=True)
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadingReport:
    """What reading found and where it was doubtful; shown in the brief and the JSON."""

    kind: str
    pages: int
    found: tuple[str, ...]  # e.g. "4 sections", "5 roles", "23 bullets", "email", "phone"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resume:
    document: Document
    contact: Contact
    sections: tuple[Section, ...]
    roles: tuple[Role, ...]  # latest first by their dates (resume.latest_first), whatever the page's order
    years_experience: float | None
    as_of: dt.date  # what "present" means: the document's own date, else today
    report: ReadingReport
    summary: str = ""  # the profile/summary paragraph if the résumé has one
    # Drafted although its roles could not be read with confidence (--draft-anyway): the brief says so
    doubtful: bool = False
    # The résumé states no date of its own and a role runs on ("2019 – present"): its years are counted to today
    # (as_of is today's date), so a sentence of years says "to today", not "so far" as of a writing date
    open_end_assumed_today: bool = False


class Seniority(Enum):
    IC_SENIOR = "ic-senior"
    IC_STAFF = "ic-staff"
    MANAGER = "manager"
    DIRECTOR = "director"
    HEAD = "head"
    VP = "vp"
    CTO = "cto"
    OTHER = "other"


@dataclass(frozen=True)
class Posting:
    document: Document
    company: str | None
    title: str | None
    seniority: Seniority
    sections: tuple[Section, ...]
    report: ReadingReport
    location: str | None = None
    remote: bool = False
    about: tuple[str, ...] = ()  # sentences saying what the company does and its mission
    team: str | None = None  # team size if stated, as printed
    reports_to: str | None = None  # reporting line if stated, as printed
    leadership_signals: tuple[str, ...] = ()  # phrases showing the leadership scope, as printed
    responsibilities: tuple[str, ...] = ()  # the lines of the responsibilities section(s)
    requirements: tuple[str, ...] = ()  # the lines of the requirements section(s)
    nice_to_have: tuple[str, ...] = ()
    # What a hiring manager states besides skills (issue 12), each as printed; None/() when not stated.
    team_about: tuple[str, ...] = ()  # the sentences of an "About the team" section
    remote_policy: str | None = None  # "Remote (US only)", "Hybrid, 3 days in the office"
    travel: str | None = None  # "up to 20% travel"
    authorisation: str | None = None  # "must be authorized to work in the US"
    years_asked: int | None = None  # "8+ years of experience": 8
    years_managing_asked: int | None = None  # "5+ years managing engineers": 5
    degree_asked: str | None = None  # the line asking for a degree
    certifications_asked: tuple[str, ...] = ()  # lines asking for a certification
    # the level as the title prints it, without its team or specialism: "Senior Engineering Manager" (from
    # "Senior Engineering Manager, Payments"), "Head of Platform". Name the level with it, never with the
    # ladder's generic name ("Head of Engineering", "Engineering Manager"), which drops "Senior" and the remit.
    level: str | None = None
    # the scale and ownership asked, each the line as printed (issue 12): "Lead an organisation of 40+ engineers",
    # "Own a budget of $5M", "Manage vendors for observability"; None when not asked
    team_size_asked: str | None = None
    budget_asked: str | None = None
    vendors_asked: str | None = None
    # the pay the posting states, each sentence as printed: the salary range, then equity when said apart
    # ("Salary range: $195,000 – $230,000, plus equity"); () when it states none
    package: tuple[str, ...] = ()
    # whether the posting says the role manages people (False: "individual contributor", "no direct reports";
    # True: "you will manage 6 engineers"), and the sentence that says it, as printed; None when it says neither
    people_manager: bool | None = None
    role_kind_said: str | None = None
    group: str | None = None  # the named group the team sits in, as printed: "Claims Platform group"


# --- skills: text -> Skill ----------------------------------------------------------------------


@dataclass(frozen=True)
class Taxon:
    """One canonical skill of the taxonomy (tailor/data/taxonomy/*.json)."""

    name: str  # canonical spelling, e.g. "PostgreSQL"
    category: str  # broad kind: language, framework, data store, cloud, practice, leadership...
    family: str  # narrow kind whose members substitute for each other: "message-broker" (Kafka, RabbitMQ)
    areas: tuple[Area, ...]  # the assessment areas this skill is evidence for
    aliases: tuple[str, ...] = ()  # other spellings and phrasings
    implies: tuple[str, ...] = ()  # canonical names this skill implies (EKS -> Kubernetes, AWS)
    ambiguous: bool = False  # a common word too (Go, R, Spark, Chef): needs supporting context
    # what this skill runs on or is used with, not a kind of (Istio -> Kubernetes): implied, never met by it
    used_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    taxa: tuple[Taxon, ...]

    def get(self, name: str) -> Taxon | None:
        return self._by_name().get(name.lower())

    def substitutes(self, name: str) -> tuple[str, ...]:
        """Other skills of the same family: what a candidate may offer instead of `name`."""
        taxon = self.get(name)
        if taxon is None or not taxon.family:
            return ()
        return tuple(t.name for t in self.taxa if t.family == taxon.family and t.name != taxon.name)

    def _by_name(self) -> dict[str, Taxon]:
        # Built on first use and kept on the frozen instance; the taxonomy never changes after loading.
        cached: dict[str, Taxon] | None = self.__dict__.get("_index")
        if cached is None:
            cached = {t.name.lower(): t for t in self.taxa}
            object.__setattr__(self, "_index", cached)
        return cached


class Strength(Enum):
    """How strongly a résumé shows a skill."""

    DEMONSTRATED = "demonstrated"  # used in a role's bullet or a project
    LISTED = "listed"  # only in a skills list or summary
    IMPLIED = "implied"  # through a taxonomy "implies" or "used_with" relation (EKS -> Kubernetes)


class Need(Enum):
    """How a posting asks for a skill."""

    REQUIRED = "required"
    NICE = "nice"
    STACK = "stack"  # the team uses it without asking for it


@dataclass(frozen=True)
class Evidence:
    """Where a skill was found and why it was accepted."""

    line: int  # index into Document.lines
    text: str  # the whole line
    matched: str  # the words that matched
    section: SectionKind
    rule: str  # e.g. "alias", "lemma", "context: skills section", "implied by EKS"
    # the line is a list of technologies ("Stack: Go, Kafka", "Technologies: AWS, Java"), not a sentence of work: in a
    # role it is that role's technology list, said as such (issue 12, blind review)
    in_list: bool = False


@dataclass(frozen=True)
class Skill:
    name: str  # canonical taxonomy name, e.g. "Kubernetes"
    category: str
    areas: tuple[Area, ...]
    evidence: tuple[Evidence, ...]
    strength: Strength | None = None  # set for résumé skills
    need: Need | None = None  # set for posting skills
    implied_by: tuple[str, ...] = ()
    # posting skills: the others of an either-or requirement ("AWS, Azure or GCP"); any one of them meets it
    alternatives: tuple[str, ...] = ()
    # posting skills: named only in what the role does (its responsibilities: "run on-call"), never in what it
    # asks of the candidate; need stays REQUIRED for scoring, but the brief says "the role involves", not "required"
    duty: bool = False
    # résumé skills: those of implied_by that only run on or are used with this one (Istio -> Kubernetes), not a kind
    # of it (EKS -> Kubernetes): through them the skill is only implied, never met (issue 12)
    used_with_by: tuple[str, ...] = ()

    def as_written(self) -> str:
        """The name a reader copies from the document: the taxonomy's name, or the document's own shorter spelling
        of a named technology ("Tailwind" for Tailwind CSS, "Vue" for Vue.js, "Azure Key Vault" for Azure Key
        Vaults) when the document never writes the full name. A different word ("Postgres", "k8s") is an alias,
        not a spelling, and keeps the taxonomy's name; so do practices and competencies (lower case, as CANON.md
        writes them). Issue 13: on unseen résumés the gold wrote the document's spelling."""
        if self.name[:1].islower():
            return self.name
        written = [e.matched for e in self.evidence if not e.rule.startswith(("implied", "used with"))]
        if any(_spelling(w) == _spelling(self.name) for w in written):
            return self.name  # "TailwindCSS" is the full name too
        shorter = [w for w in written if _shorter_spelling(w, self.name)]
        return max(shorter, key=shorter.count) if shorter else self.name


def _spelling(text: str) -> str:
    """A name's letters and digits, whatever its case, spaces and punctuation ("Vue.js", "VueJS": vuejs)."""
    return "".join(re.findall(r"[a-z0-9+#]+", text.casefold()))


def _shorter_spelling(written: str, name: str) -> bool:
    """`written` is `name` with its closing words left off ("Tailwind": Tailwind CSS; "RedHat": Red Hat
    Enterprise Linux), or with its last noun in the singular ("Azure Key Vault": Azure Key Vaults)."""
    short, words = _spelling(written), re.findall(r"[a-z0-9+#]+", name.casefold())
    return bool(short) and (
        short in {"".join(words[:k]) for k in range(1, len(words))} or short + "s" == "".join(words)
    )


@dataclass(frozen=True)
class Skills:
    items: tuple[Skill, ...]
    also_mentioned: tuple[str, ...] = ()  # skill-like phrases the taxonomy lacks (statistical model only)

    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.items)

    def get(self, name: str) -> Skill | None:
        return next((s for s in self.items if s.name == name), None)


# --- fit: résumé + posting -> Fit ---------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """A résumé line used as evidence, named so a reader can find it."""

    text: str
    where: str  # "Staff Engineer, Acme" or "Skills section"
    line: int


@dataclass(frozen=True)
class AreaFit:
    area: Area
    weight: float  # 0..1: how much the posting emphasises this area
    score: int  # 0..100
    explanation: str  # one line: how the score came about
    evidence: tuple[Citation, ...]
    skills: tuple[str, ...]  # the candidate's skills that support this area
    gaps: tuple[str, ...]  # what the posting asks here that the résumé does not show
    # the posting's own stress of this area, its cue hits in the posting's duty, requirement and nice-to-have lines
    # (no level prior, no skill): 0 when no line names it, said "not mentioned in the posting" (issue 12, blind
    # review: 27% for "technical problems at scale" from a posting that never spoke of scale)
    stressed: float = 0.0
    posting_lines: tuple[str, ...] = ()  # the posting lines that name it, most cue hits first
    # its whole-percent share of the overall figure (fit.percent_shares): the appendix prints it beside the score
    share: int = 0


@dataclass(frozen=True)
class SkillMatch:
    name: str  # the posting's skill
    need: Need
    strength: Strength | None  # how the candidate shows it; None when missing
    substitute: str | None = None  # the candidate's close substitute when missing (Kafka asked, RabbitMQ held)
    # The posting's other choices when it asks for one of several ("Go or Scala"); a missing skill keeps them
    # so the gap reads as the posting wrote it
    alternatives: tuple[str, ...] = ()
    # named only in the posting's responsibilities (Skill.duty): what the role involves, never "required" nor a gap
    duty: bool = False
    # asked as an example of a kind ("observability tools such as Datadog", "Kafka or similar") and met by the
    # résumé's tool of that kind or the practice it stands for (fit.py): no gap and no risk, wherever shown
    met_as_example: bool = False
    # the résumé's own skills it is held through when the résumé names it only by them: those of its kind that
    # meet it, with their strength (relational databases by PostgreSQL), or, when only Strength.IMPLIED, those
    # that run on it or are used with it (Kubernetes by Istio), which never meet it (issue 12)
    through: tuple[str, ...] = ()
    # the résumé line the match rests on: the line that shows it when met (a bullet first; a title or summary line
    # for a practice it names), the line of the substitute offered when missing; the skill match cites it (issue 12)
    shown_by: Citation | None = None
    # not a gap to learn but something to tell: a value or way of working no bullet shows (diversity and inclusion),
    # or a practice the résumé shows a close equivalent of (design reviews for code review, in `substitute`)
    say_how: bool = False
    # when missing: the close substitute the résumé's skills list names but no role shows (GCP listed, AWS asked);
    # never a bridge (`substitute`), only what the list says, so the brief can say so truthfully (issue 12)
    listed_instead: str | None = None
    # where the résumé names the skill it only lists (itself when Strength.LISTED, else `listed_instead`): the employer
    # (or title) of the role whose line of technologies names it, "" for the skills section; a name in a role's own
    # list is evidence of that role, never "no role shows it" (issue 12, blind review). `listed_at` is that line.
    listed_in: str = ""
    listed_at: Citation | None = None
    # the kind the posting accepts beside the name it gives ("healthcare or another regulated industry": "regulated
    # industry") when the résumé meets it by another of that kind, in `through` (payments); the brief then names what
    # was shown, never the first alternative (issue 12, blind review: "healthcare (demonstrated, as payments)")
    accepted_as: str = ""
    # shown only by a line outside paid work (a meetup's organiser, a club's founder): evidence to tell, said as
    # outside work, never the requirement demonstrated (issue 12, blind review); its strength is then LISTED
    outside_work: bool = False
    # named only by a role's title ("Backend Developer", a six-month "Team Lead") with no bullet doing it: not
    # "not shown", nor demonstrated; "title only", to check (issue 12, blind review). Its strength is then LISTED
    title_only: bool = False

    @property
    def label(self) -> str:
        """The name as the posting asks for it: "Go or Scala" for a choice."""
        names = [self.name, *self.alternatives]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@dataclass(frozen=True)
class SeniorityFit:
    posting: Seniority
    candidate: Seniority
    verdict: str  # one line
    shows: str = ""  # the verdict's words about the résumé (title, teams): the part the claims audit checks
    named: str = ""  # the posting's level in its own words ("Head of Platform"), for every sentence naming it
    manages_managers: Citation | None = None  # the latest role's bullet that lifted a manager's title a rung
    led: Citation | None = None  # a recent bullet saying the candidate led a team, where no title names a lead
    # the levels the posting sits above the candidate (below when negative), counted once by fit.level_rungs for
    # every sentence that says the step; None where a fit was built without it (then counted on demand)
    rungs: int | None = None
    # a step from individual contributor to managing people: a change of track, not a rung (issue 12, blind review);
    # `people` is the résumé line nearest to managing people (mentoring, leading), None when no line shows any
    track_change: bool = False
    people: Citation | None = None


@dataclass(frozen=True)
class Fit:
    areas: tuple[AreaFit, ...]  # all eight, in Area order
    skills: tuple[SkillMatch, ...]
    score: int  # overall match 0..100
    explanation: str  # one line: how the overall score is computed
    scope: tuple[Citation, ...]  # scale signals in the résumé
    seniority: SeniorityFit
    # the overall figure's first part: required-skill coverage 0..100 (None when the posting names no skills) and
    # its whole-percent share; the areas' shares make up the rest, so the printed parts give the printed score
    skills_score: int | None = None
    skills_share: int = 0

    def area(self, area: Area) -> AreaFit:
        return next(a for a in self.areas if a.area is area)


# --- draft: everything -> Brief -----------------------------------------------------------------


@dataclass(frozen=True)
class Pitch:
    text: str
    words: int
    sources: tuple[str, ...]  # where each fact came from: those of the sentences printed, in their order
    # each sentence as drafted with the sources it draws on, so a sentence cut later takes its sources with it
    # (issue 12: the appendix named a close on two skills the printed pitch no longer said)
    sentences: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def without(self, said: str) -> Pitch:
        """The pitch with `said` taken out, and only the sources of the sentences still printed whole."""
        text = re.sub(r"\s{2,}", " ", self.text.replace(said, "")).strip()
        if not self.sentences:
            return Pitch(text, len(text.split()), self.sources)
        kept = tuple((t, s) for t, s in self.sentences if t in text)
        return Pitch(text, len(text.split()), tuple(src for _, s in kept for src in s), kept)


@dataclass(frozen=True)
class StarPrompt:
    question: str
    assesses: str  # what the interviewer is assessing
    area: Area
    stories: tuple[Citation, ...]  # the one or two bullets that make the best story; () when none fits
    situation: str
    task: str
    action: str
    result: str
    missing: tuple[str, ...]  # what would make it a strong story
    label: str = ""  # what the question is about, in its own words ("Ownership and accountability")
    why: str = ""  # why this bullet tells this question's story: its words, its figure, its recency
    closest: bool = False  # no bullet fits strictly: the story is the nearest evidence, said so (`why`)
    headline: str = ""  # the story's bullet in about a line for the call sheet: whole, or cut at a clause end
    # how well the line answers the question (issue 12, brief s8 "stories"): "strong", "partial" or "none"
    strength: str = ""
    lacks: str = ""  # for a partial match, what the line lacks, in a few words ("you did not lead it")
    honesty: str = ""  # a line the candidate took part in ("Contributed to ..."): not to be told as led
    recall: tuple[str, ...] = ()  # what the interviewer will ask that the line does not say, as prompts
    related: tuple[Citation, ...] = ()  # for "no story": the lines near the question, listed as related only
    outside_work: bool = False  # the story's line is from outside work (a side business, a meetup)


@dataclass(frozen=True)
class Question:
    text: str
    interviewer: Interviewer
    area: Area
    basis: str  # the posting's specific it is tailored to ("" when generic)


@dataclass(frozen=True)
class CheckItem:
    text: str


@dataclass(frozen=True)
class TimingRow:
    time: str
    topic: str
    prepare: str


@dataclass(frozen=True)
class Snapshot:
    what: tuple[str, ...]  # what the company does
    stack: tuple[str, ...]
    team: str | None
    reports_to: str | None
    research: tuple[str, ...]  # what to look up before the interview
    # what the posting leaves unsaid (stage and funding, team size, pay, the interviewers), to look up
    unknown: tuple[str, ...] = ()
    # how they work, each as the posting prints it: the remote policy or place, travel, written communication
    works: tuple[str, ...] = ()
    owns: tuple[str, ...] = ()  # what the role would own: its first duties, each cut to a clause
    # where the job is, as the posting prints its place ("Austin, TX"); None when unsaid or the remote policy in
    # `works` already names it. A place is not a way of working (issue 12: "How they work: Austin, TX").
    where: str | None = None
    # the role and team line as the posting states them: the title, whether it manages people (quoted), the team
    # and the named group it sits in, the reporting line (issue 12, blind review: "The role and team: Lead
    # Software Engineer." for a senior individual contributor on a named group's scrum team); "" when not drafted
    role_line: str = ""
    team_line: str | None = None  # the About-the-team section's first sentence, when it says more than role_line
    # the candidate's arithmetic on the posting's own figures, each (the sentence it is worked from, as printed;
    # the sum said): "2B events/day is about 23,000 events a second" (draft/figures.py; issue 12, blind review)
    figures: tuple[tuple[str, str], ...] = ()


class Verdict(Enum):
    """How the résumé answers one of the posting's hard requirements."""

    MEETS = "meets"
    CHECK = "check"  # partly shown, or not something a résumé says: confirm it in the interview
    NOT_SHOWN = "not shown"


@dataclass(frozen=True)
class Requirement:
    """One hard requirement of the posting (years, degree, location...) against the résumé."""

    what: str  # "8+ years of experience"
    asked: str  # the posting line, as printed
    verdict: Verdict
    shows: str  # what the résumé shows, in one short phrase
    evidence: Citation | None = None
    also: tuple[Citation, ...] = ()  # the other lines `shows` names (each role counted), for the claims audit
    # the gap it is part of, where its name alone does not tell ("people": a years-managing row worded as the
    # posting words it, "6+ years in engineering leadership"); the risks table merges rows of one gap (issue 12)
    kind: str = ""


@dataclass(frozen=True)
class Risk:
    """A real risk an interviewer will see, with a way to address it."""

    text: str
    answer: str
    evidence: Citation | None = None
    # its row in the risks table: a short name, the posting's words ("" when the risk is not the posting's, as a
    # gap in dates), what the résumé shows and the verdict
    what: str = ""
    asked: str = ""
    shows: str = ""
    verdict: Verdict = Verdict.CHECK
    serious: bool = False  # a hard requirement, the place or the level: what makes a fit partial
    # `shows` without what it adds of the other names the same posting line asks and the résumé holds ("your roles
    # show SQL Server" beside a missing Azure): the first page's risk sentence says the gap; "" when the same
    gap: str = ""


@dataclass(frozen=True)
class RiskRow:
    """One row of the call sheet's risks table: a requirement or a risk, what the résumé shows, how to handle it."""

    what: str  # "10+ years of experience", "A step up in level"
    asked: str  # the posting's words, as printed; "" when the row is not the posting's (a gap in dates)
    shows: str  # what the résumé shows, in one short phrase
    evidence: Citation | None
    verdict: Verdict
    handle: str  # one sentence: how to handle it in the interview
    risk: bool  # a risk tailor found (a requirement met or checked only needs saying)
    serious: bool = False  # a hard requirement, the place or the level (Risk.serious)
    # `asked` is a verbatim span of a posting line (clipped with "…"), so it may be printed in quotation marks;
    # False when it is tailor's own list ("JVM, stream processing"), printed without them (issue 12)
    quoted: bool = False
    gap: str = ""  # Risk.gap
    # the gap the row is about ("people", "years", "place", "skill"...): rows of one gap are merged into one (issue 12)
    kind: str = ""
    severity: str = ""  # how serious, in a coach's words ("could end it", "high", "medium", "ask early", "met")
    also: tuple[Citation, ...] = ()  # the résumé lines of the rows merged into this one, beside `evidence`


class Fitness(Enum):
    """How well the résumé fits the posting, in the words the call sheet opens with."""

    STRONG = "a strong fit"
    PARTIAL = "a partial fit"
    STRETCH = "a stretch"
    NO_MATCH = "on paper this is not a match"  # the role's core skills and most required ones not shown (issue 12)


@dataclass(frozen=True)
class FitVerdict:
    """The call sheet's first lines: a verdict, the strongest evidence (a cited résumé line) and the biggest risk."""

    fitness: Fitness
    sentences: tuple[str, ...]
    # what to say aloud of the top gap, in the first person, from its row and the line it cites ("" when no row
    # is a gap): printed under the risks table (issue 12, blind review: the hand brief gives a script)
    script: str = ""


@dataclass(frozen=True)
class Claim:
    """A drafted statement about the candidate and the résumé lines it rests on (checked by audit.py)."""

    part: str  # where it is in the brief: "pitch", "star 3 situation", "priority", "checklist", "level"
    text: str
    cites: tuple[Citation, ...]
    derived: tuple[str, ...] = ()  # figures computed from the résumé (years from its dates), allowed as they are


@dataclass(frozen=True)
class AuditNote:
    """A claim the audit dropped or rewrote, and why."""

    part: str
    text: str
    reason: str


@dataclass(frozen=True)
class Brief:
    resume: Resume
    resume_skills: Skills
    posting: Posting
    posting_skills: Skills
    fit: Fit
    snapshot: Snapshot
    pitch: Pitch
    star: tuple[StarPrompt, ...]
    questions: tuple[Question, ...]
    checklist: tuple[CheckItem, ...]
    timing: tuple[TimingRow, ...]
    priorities: tuple[str, ...]  # the three things to prepare first
    date: dt.date  # the brief's date (passed in; never the clock mid-stage)
    version: str = field(default="")
    requirements: tuple[Requirement, ...] = ()
    risks: tuple[Risk, ...] = ()
    claims: tuple[Claim, ...] = ()  # every statement about the candidate, with its citations
    audit: tuple[AuditNote, ...] = ()  # what the audit dropped, shown in the appendix
    as_of_source: str = ""  # where "present" came from, said truthfully: printed date, file metadata or today
    fit_verdict: FitVerdict | None = None  # the call sheet's opening lines
    risk_table: tuple[RiskRow, ...] = ()  # the requirements and risks as one table, the most serious first
