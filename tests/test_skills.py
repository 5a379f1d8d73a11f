"""Stage skills: a hand-built taxonomy, documents and sections -> Skills with strength, need and evidence."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from importlib.resources import files

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tailor.model import (
    Area,
    Bullet,
    Contact,
    DocKind,
    Document,
    Line,
    Need,
    Posting,
    ReadingReport,
    Resume,
    Role,
    Section,
    SectionKind,
    Seniority,
    Strength,
    Taxon,
    Taxonomy,
)
from tailor.skills import Extractor, load_taxonomy, stem

_TECH = (Area.TECHNICAL_SCALE,)
TAXONOMY = Taxonomy(
    (
        Taxon("Go", "language", "compiled-language", _TECH, ("Golang",), ambiguous=True),
        Taxon("R", "language", "stats-language", _TECH, ambiguous=True),
        Taxon("C", "language", "systems-language", _TECH, ambiguous=True),
        Taxon("C++", "language", "systems-language", _TECH, ("cpp",)),
        Taxon("C#", "language", "managed-language", _TECH, ("C Sharp",)),
        Taxon(".NET", "framework", "runtime", _TECH),
        Taxon("Rust", "language", "systems-language", _TECH, ambiguous=True),
        Taxon("Spark", "data store", "batch-engine", _TECH, ("Apache Spark", "PySpark"), ambiguous=True),
        Taxon("Spark Streaming", "framework", "stream-engine", _TECH, ("Apache Spark Streaming",), ("Spark",)),
        Taxon("Chef", "tool", "config-management", _TECH, ambiguous=True),
        Taxon("Apache Arrow", "library", "columnar", _TECH, ("Arrow",), ambiguous=True),
        Taxon("Python", "language", "scripting-language", _TECH),
        Taxon("Java", "language", "jvm-language", _TECH),
        Taxon("Kubernetes", "tool", "orchestrator", _TECH, ("k8s",)),
        Taxon("Amazon EKS", "cloud", "orchestrator", _TECH, ("EKS",), ("Kubernetes", "AWS")),
        Taxon("AWS", "cloud", "cloud", _TECH, ("Amazon Web Services",)),
        Taxon("Amazon S3", "cloud", "object-store", _TECH, ("S3",), ("AWS",)),
        Taxon("Node.js", "framework", "js-runtime", _TECH, ("Node", "NodeJS"), ambiguous=True),
        Taxon("Next.js", "framework", "web-framework", _TECH),
        Taxon("PostgreSQL", "data store", "relational-db", _TECH, ("Postgres",)),
        Taxon("Kafka", "data store", "message-broker", _TECH, ("Apache Kafka",)),
        Taxon("Docker", "tool", "containers", _TECH),
        Taxon("CI/CD", "practice", "delivery", (Area.QUALITY,), ("continuous integration",)),
        Taxon("A/B testing", "practice", "experimentation", (Area.DECISIONS,)),
        Taxon("mentoring", "leadership", "people", (Area.TEAM_AND_HIRING,), ("mentorship", "mentor")),
        Taxon("hiring", "leadership", "people", (Area.TEAM_AND_HIRING,), ("hire", "recruiting")),
        Taxon("go-to-market strategy", "business", "business", (Area.BUSINESS_ALIGNMENT,), ("go to market",)),
    )
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(TAXONOMY)


def _names(extractor: Extractor, text: str) -> list[str]:
    return [name for name, _ in extractor.skills_in([text])[0]]


def _document(*texts: str) -> Document:
    return Document("test.txt", DocKind.TEXT, tuple(Line(t, bullet=t.startswith("- ")) for t in texts))


def _resume(lines: list[str], sections: list[tuple[SectionKind, int, int]], roles: tuple[Role, ...] = ()) -> Resume:
    return Resume(
        document=_document(*lines),
        contact=Contact(),
        sections=tuple(Section(kind.value, kind, first, last) for kind, first, last in sections),
        roles=roles,
        years_experience=None,
        as_of=dt.date(2024, 1, 1),
        report=ReadingReport("txt", 1, ()),
    )


def _posting(lines: list[str], sections: list[tuple[str, SectionKind, int, int]]) -> Posting:
    return Posting(
        document=_document(*lines),
        company="Acme",
        title="Engineering Manager",
        seniority=Seniority.MANAGER,
        sections=tuple(Section(heading, kind, first, last) for heading, kind, first, last in sections),
        report=ReadingReport("txt", 1, ()),
    )


# --- matching -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Built services in C++ and C# on .NET", ["C++", "C#", ".NET"]),
        ("Runs on k8s with Docker", ["Kubernetes", "Docker"]),
        ("Front end in Next.js, back end on NodeJS", ["Next.js", "Node.js"]),
        ("Set up CI/CD and ran A/B testing", ["CI/CD", "A/B testing"]),
        ("Migrated from POSTGRES to java", ["PostgreSQL", "Java"]),
    ],
)
def test_skills_tokenizes_punctuated_names(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _names(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "matched"),
    [
        ("Stored logs in Amazon S3", "Amazon S3", "Amazon S3"),
        ("Ported jobs to Apache Spark Streaming", "Spark Streaming", "Apache Spark Streaming"),
        ("Wrote Apache Kafka consumers", "Kafka", "Apache Kafka"),
    ],
)
def test_skills_longest_match_wins(extractor: Extractor, text: str, expected: str, matched: str) -> None:
    assert extractor.skills_in([text])[0] == [(expected, matched)]


@pytest.mark.parametrize("word", ["mentored", "mentoring", "mentorship", "Mentors"])
def test_skills_lemma_folds_inflections(extractor: Extractor, word: str) -> None:
    assert _names(extractor, f"{word} four junior engineers") == ["mentoring"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("mentored", "mentor"),
        ("hiring", "hir"),
        ("hires", "hir"),
        ("running", "run"),
        ("process", "process"),
        ("AWS", "aws"),
    ],
)
def test_skills_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_skills_technology_names_do_not_inflect(extractor: Extractor) -> None:
    assert _names(extractor, "Drained the nodes before the upgrade") == []


# --- ambiguous names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Languages: Python, Go, Java", ["Python", "Go", "Java"]),  # technology list
        ("Rewrote the billing service in Go", ["Go"]),  # cue "in"
        ("Hiring a Go developer", ["hiring", "Go"]),  # cue "developer"
        ("Deployed Go services to Kubernetes", ["Go", "Kubernetes"]),  # cue after
        ("Tuned PySpark and Spark jobs on Kubernetes", ["Spark", "Spark", "Kubernetes"]),  # alias, neighbour
        ("Statistics in R", ["R"]),
        ("Firmware written in C", ["C"]),
        ("Ported the Rust parser to Kubernetes", ["Rust", "Kubernetes"]),  # neighbour
        ("Automated Chef cookbooks for Docker hosts", ["Chef", "Docker"]),
        ("Used Golang for everything", ["Go"]),  # unambiguous alias
        ("Columnar buffers in Arrow and Parquet", ["Apache Arrow"]),
        ("Rust and Kafka in production", ["Rust", "Kafka"]),  # opens the line, but as a list
    ],
)
def test_skills_ambiguous_name_with_context(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _names(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Owned the go to market plan",
        "Led the go-live of the new site",
        "Grew R&D spending",
        "Make sure we go fast",
        "Visited the rust belt",
        "Ideas that spark joy",
        "Worked in a chef's kitchen",
        "Chef's table reviewer",
        "Go to the office every day",
        "Grade C in physics",
        "We went to Spark, a bar",
        "Hit the target with an Arrow",
    ],
)
def test_skills_ambiguous_name_without_context(extractor: Extractor, text: str) -> None:
    assert {"Go", "R", "C", "Rust", "Spark", "Chef"}.isdisjoint(_names(extractor, text))


def test_skills_ambiguous_name_in_skills_section(extractor: Extractor) -> None:
    resume = _resume(["Skills", "Go"], [(SectionKind.SKILLS, 1, 1)])
    skill = extractor.resume_skills(resume).get("Go")
    assert skill is not None
    assert skill.evidence[0].rule == "context: skills section"


def test_skills_rule_names_the_neighbour(extractor: Extractor) -> None:
    resume = _resume(["Experience", "Moved Rust workers onto Kubernetes"], [(SectionKind.EXPERIENCE, 1, 1)])
    skill = extractor.resume_skills(resume).get("Rust")
    assert skill is not None
    assert skill.evidence[0].rule == "context: neighbour Kubernetes"


# --- résumé strength ------------------------------------------------------------------------------

_RESUME_LINES = [
    "Jane Doe",  # 0
    "jane@example.com | github.com/jane",  # 1
    "Summary",  # 2
    "Engineer who loves Python and Kafka",  # 3
    "Experience",  # 4
    "Staff Engineer, Acme  2019 - present",  # 5
    "- Ran Amazon EKS clusters for 40 services",  # 6
    "- Mentored five engineers",  # 7
    "Education",  # 8
    "Relevant coursework: Java, Docker",  # 9
    "Skills",  # 10
    "Python, Kafka, PostgreSQL",  # 11
]


@pytest.fixture(scope="module")
def resume_skills(extractor: Extractor):
    resume = _resume(
        _RESUME_LINES,
        [
            (SectionKind.CONTACT, 0, 1),
            (SectionKind.SUMMARY, 3, 3),
            (SectionKind.EXPERIENCE, 5, 7),
            (SectionKind.EDUCATION, 9, 9),
            (SectionKind.SKILLS, 11, 11),
        ],
        (
            Role(
                "Staff Engineer",
                "Acme",
                "2019",
                "present",
                (Bullet(_RESUME_LINES[6], 6), Bullet(_RESUME_LINES[7], 7)),
                line=5,
            ),
        ),
    )
    return extractor.resume_skills(resume)


@pytest.mark.parametrize(
    ("name", "strength"),
    [
        ("Amazon EKS", Strength.DEMONSTRATED),
        ("mentoring", Strength.DEMONSTRATED),
        ("Python", Strength.LISTED),
        ("PostgreSQL", Strength.LISTED),
        ("Kubernetes", Strength.IMPLIED),
        ("AWS", Strength.IMPLIED),
    ],
)
def test_skills_resume_strength(resume_skills, name: str, strength: Strength) -> None:
    assert resume_skills.get(name).strength is strength


def test_skills_resume_skips_coursework(resume_skills) -> None:
    assert resume_skills.get("Java") is None and resume_skills.get("Docker") is None


def test_skills_resume_skips_contact_lines(resume_skills) -> None:
    assert all(e.line > 1 for s in resume_skills.items for e in s.evidence)


def test_skills_resume_implied_by(resume_skills) -> None:
    kubernetes = resume_skills.get("Kubernetes")
    assert kubernetes.implied_by == ("Amazon EKS",)
    assert kubernetes.evidence[0].rule == "implied by Amazon EKS"
    assert kubernetes.evidence[0].line == 6


def test_skills_resume_evidence(resume_skills) -> None:
    mentoring = resume_skills.get("mentoring")
    assert mentoring.evidence[0].line == 7
    assert mentoring.evidence[0].text == _RESUME_LINES[7]
    # one word states no competency on a résumé (issue 13): the evidence is the statement, verb and object
    assert mentoring.evidence[0].matched == "Mentored five engineers"
    assert mentoring.evidence[0].section is SectionKind.EXPERIENCE
    assert mentoring.evidence[0].rule == "pattern"
    kafka = resume_skills.get("Kafka")
    assert [(e.line, e.section, e.rule) for e in kafka.evidence] == [
        (3, SectionKind.SUMMARY, "alias"),
        (11, SectionKind.SKILLS, "alias"),
    ]


def test_skills_resume_order_is_first_occurrence(resume_skills) -> None:
    assert resume_skills.names() == ("Python", "Kafka", "Amazon EKS", "mentoring", "PostgreSQL", "Kubernetes", "AWS")


# --- posting need ---------------------------------------------------------------------------------

_POSTING_LINES = [
    "Engineering Manager",  # 0
    "What you'll do",  # 1
    "- Hire and mentor a team building Python services",  # 2
    "Requirements",  # 3
    "- 5+ years with Java",  # 4
    "- Experience with relational databases (PostgreSQL is a plus)",  # 5
    "- Kafka experience is a bonus",  # 6
    "Nice to have",  # 7
    "- Docker",  # 8
    "- Python",  # 9
    "Our stack",  # 10
    "- Kubernetes, Amazon S3",  # 11
    "About us",  # 12
    "We use Next.js and C# across the product.",  # 13
    "Bonus points if you have:",  # 14
    "- A/B testing",  # 15
    "Benefits",  # 16
    "- Free Docker and Rust training",  # 17
    "Equal opportunity",  # 18
    "We do not discriminate; our recruiting is fair. We use CI/CD.",  # 19
]


@pytest.fixture(scope="module")
def posting_skills(extractor: Extractor):
    posting = _posting(
        _POSTING_LINES,
        [
            ("What you'll do", SectionKind.RESPONSIBILITIES, 2, 2),
            ("Requirements", SectionKind.REQUIREMENTS, 4, 6),
            ("Nice to have", SectionKind.NICE_TO_HAVE, 8, 9),
            ("Our stack", SectionKind.STACK, 11, 11),
            ("About us", SectionKind.ABOUT, 13, 15),
            ("Benefits", SectionKind.BENEFITS, 17, 17),
            ("Equal opportunity", SectionKind.OTHER, 19, 19),
        ],
    )
    return extractor.posting_skills(posting)


@pytest.mark.parametrize(
    ("name", "need"),
    [
        ("hiring", Need.REQUIRED),
        ("mentoring", Need.REQUIRED),
        ("Python", Need.REQUIRED),  # required anywhere wins over nice
        ("Java", Need.REQUIRED),
        ("PostgreSQL", Need.NICE),  # "(... is a plus)"
        ("Kafka", Need.NICE),  # "is a bonus"
        ("Docker", Need.NICE),  # nice-to-have section; benefits mention ignored
        ("Kubernetes", Need.STACK),
        ("Amazon S3", Need.STACK),
        ("Next.js", Need.STACK),  # "we use"
        ("C#", Need.STACK),
        ("A/B testing", Need.NICE),  # lead-in line
    ],
)
def test_skills_posting_need(posting_skills, name: str, need: Need) -> None:
    skill = posting_skills.get(name)
    assert skill is not None, name
    assert skill.need is need


def test_skills_posting_relational_required_beside_nice_postgres(extractor: Extractor) -> None:
    posting = _posting(
        ["Requirements", "- Strong Kafka skills (Docker is a plus)"], [("Requirements", SectionKind.REQUIREMENTS, 1, 1)]
    )
    skills = extractor.posting_skills(posting)
    assert [(s.name, s.need) for s in skills.items] == [("Kafka", Need.REQUIRED), ("Docker", Need.NICE)]


@pytest.mark.parametrize("name", ["Rust", "CI/CD"])
def test_skills_posting_skips_benefits_and_legal(posting_skills, name: str) -> None:
    assert posting_skills.get(name) is None


def test_skills_posting_evidence(posting_skills) -> None:
    evidence = posting_skills.get("PostgreSQL").evidence[0]
    assert (evidence.line, evidence.section, evidence.rule) == (5, SectionKind.REQUIREMENTS, "alias")


# --- API ------------------------------------------------------------------------------------------


def test_skills_in_keeps_texts_apart(extractor: Extractor) -> None:
    assert extractor.skills_in(["Kafka\nJava", "", "k8s"]) == [
        [("Kafka", "Kafka"), ("Java", "Java")],
        [],
        [("Kubernetes", "k8s")],
    ]


def test_skills_load_taxonomy_reads_package_data() -> None:
    taxonomy = load_taxonomy()
    assert all(t.name and t.areas is not None for t in taxonomy.taxa)
    assert len({t.name.lower() for t in taxonomy.taxa}) == len(taxonomy.taxa)


# --- what is not read -----------------------------------------------------------------------------


def test_skills_resume_skips_coursework_section_and_headings(extractor: Extractor) -> None:
    resume = _resume(["Coursework", "Java", "Python", "Docker"], [])
    sections = (Section("Coursework", SectionKind.EDUCATION, 1, 1), Section("Python", SectionKind.SKILLS, 3, 3))
    resume = replace(resume, sections=sections)
    assert extractor.resume_skills(resume).names() == ("Docker",)  # "Python" is the Skills heading


def test_skills_resume_ignores_job_titles(extractor: Extractor) -> None:
    lines = ["Experience", "Python Developer, Acme", "- Built Kafka consumers"]
    role = Role("Python Developer", "Acme", "2020", "2022", (Bullet(lines[2], 2),), line=1)
    resume = _resume(lines, [(SectionKind.EXPERIENCE, 1, 2)], (role,))
    assert extractor.resume_skills(resume).names() == ("Kafka",)


def test_skills_resume_reads_header_summary_but_not_links(extractor: Extractor) -> None:
    resume = _resume(
        ["Jane Doe", "github.com/jane | Kubernetes fan", "Backend engineer who codes in Python"],
        [(SectionKind.CONTACT, 0, 2)],
    )
    assert extractor.resume_skills(resume).names() == ("Python",)


def test_skills_posting_about_company_counts_only_stack(extractor: Extractor) -> None:
    posting = _posting(
        ["About us", "Acme sells Docker images.", "We use Kafka and Java.", "Our data platform runs on Kubernetes."],
        [("About us", SectionKind.ABOUT, 1, 3)],
    )
    skills = extractor.posting_skills(posting)
    assert [(s.name, s.need) for s in skills.items] == [
        ("Kafka", Need.STACK),
        ("Java", Need.STACK),
        ("Kubernetes", Need.STACK),
    ]


def test_skills_without_trained_pipeline_nothing_else_is_proposed(resume_skills) -> None:
    assert resume_skills.also_mentioned == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Python or Java, ideally Kafka", [("Python", Need.REQUIRED), ("Java", Need.REQUIRED), ("Kafka", Need.NICE)]),
        (
            "- Experience with Kafka, Docker or Java is a plus",
            [("Kafka", Need.NICE), ("Docker", Need.NICE), ("Java", Need.NICE)],
        ),
        (
            "- Java, with Kafka a bonus. Docker preferred.",
            [("Java", Need.REQUIRED), ("Kafka", Need.NICE), ("Docker", Need.NICE)],
        ),
        ("- Our stack includes Java and Kafka", [("Java", Need.STACK), ("Kafka", Need.STACK)]),
    ],
)
def test_skills_posting_need_from_clause(extractor: Extractor, line: str, expected: list[tuple[str, Need]]) -> None:
    posting = _posting(["Requirements", line], [("Requirements", SectionKind.REQUIREMENTS, 1, 1)])
    assert [(s.name, s.need) for s in extractor.posting_skills(posting).items] == expected


# --- generic words, people, hiring-process phrases ------------------------------------------------

_LEAD = (Area.TEAM_AND_HIRING,)
CONCEPTS = Taxonomy(
    (
        Taxon("Kafka", "data store", "message-broker", _TECH),
        Taxon("Docker", "tool", "containers", _TECH),
        Taxon("performance optimization", "practice", "perf", _TECH, ("performance", "performance tuning")),
        Taxon("software quality", "practice", "quality", (Area.QUALITY,), ("quality", "code quality")),
        Taxon("strategic planning", "leadership", "strategy", (Area.BUSINESS_ALIGNMENT,), ("strategy",)),
        Taxon("product management", "product/business", "product", _LEAD, ("product manager",)),
        Taxon("technical leadership", "leadership", "people", _LEAD, ("tech lead", "technical leader")),
        Taxon("public speaking", "collaboration", "talk", _LEAD, ("speaking",)),
        Taxon("hiring", "leadership", "people", _LEAD, ("hire", "recruiting")),
    )
)


@pytest.fixture(scope="module")
def concepts() -> Extractor:
    return Extractor(CONCEPTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kafka, performance and Docker", ["Kafka", "performance optimization", "Docker"]),  # listed with skills
        ("Deep expertise in performance", ["performance optimization"]),  # cue
        ("Performance tuning of Kafka clusters", ["performance optimization", "Kafka"]),  # a longer alias
        ("Raised code quality across teams", ["software quality"]),
    ],
)
def test_skills_generic_word_with_context(concepts: Extractor, text: str, expected: list[str]) -> None:
    assert _names(concepts, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Team performance was a focus of the quarter",  # the word alone; "improved performance" states it
        "Shipped high-quality features every sprint",
        "Owned the pricing strategy",
        "Dashboards for latency (performance, quality, strategy)",  # listed, but only with other generic words
        "Kafka consumers with better performance",
    ],
)
def test_skills_generic_word_without_context(concepts: Extractor, text: str) -> None:
    assert {"performance optimization", "software quality", "strategic planning"}.isdisjoint(_names(concepts, text))


def test_skills_generic_word_in_skills_section(concepts: Extractor) -> None:
    resume = _resume(["Skills", "Performance, Strategy"], [(SectionKind.SKILLS, 1, 1)])
    skill = concepts.resume_skills(resume).get("performance optimization")
    assert skill is not None
    assert skill.evidence[0].rule == "context: skills section"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Worked with product managers and Kafka", ["Kafka"]),  # people, not the skill
        ("Tech lead for the Kafka platform", ["Kafka"]),
        ("Partnered with technical leaders", []),
        ("Led product management for payments", ["product management"]),
    ],
)
def test_skills_role_nouns_name_people_not_skills(concepts: Extractor, text: str, expected: list[str]) -> None:
    assert _names(concepts, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are hiring a Kafka expert", ["Kafka"]),
        ("You will meet the hiring manager", []),
        ("Serve Spanish-speaking customers", []),  # a compound modifier, not the skill
        ("Hiring and public speaking", ["hiring", "public speaking"]),
    ],
)
def test_skills_phrases_that_name_no_skill(concepts: Extractor, text: str, expected: list[str]) -> None:
    assert _names(concepts, text) == expected


@Language.component("toy_parser")
def _toy_parser(doc: Doc) -> Doc:
    """Stands in for a trained parser: capitalised words after the first are proper nouns, objects of the verb."""
    for i, token in enumerate(doc):
        if i == 1:
            token.pos_, token.dep_, token.head = "VERB", "ROOT", token
        elif token.is_punct:
            token.pos_, token.dep_, token.head = "PUNCT", "punct", doc[1]
        else:
            token.pos_ = "PROPN" if i > 1 and token.text[0].isupper() else "NOUN" if i > 1 else "PRON"
            token.dep_, token.head = ("dobj" if i > 1 else "nsubj"), doc[1]
    return doc


def test_skills_trained_pipeline_proposes_phrases_the_taxonomy_lacks() -> None:
    """With a parser (en_core_web_sm when installed), unknown named things are offered as "also mentioned"."""
    nlp = spacy.blank("en")
    nlp.add_pipe("toy_parser", name="parser")
    ex = Extractor(TAXONOMY, nlp)
    resume = _resume(["We run Pulumi and Kubernetes."], [(SectionKind.EXPERIENCE, 0, 0)])
    skills = ex.resume_skills(resume)
    assert "Kubernetes" in skills.names()
    assert skills.also_mentioned == ("Pulumi",)  # Kubernetes is known, so it is not proposed again


# --- issue 13: guards, long tail, competencies (the packaged taxonomy and its ambiguity data) -------


@pytest.fixture(scope="module")
def packaged() -> Extractor:
    return Extractor(load_taxonomy())


@pytest.mark.parametrize(
    ("text", "wrong", "right_text", "right"),
    [
        ("Moved to Las Vegas in 2019", "Altair", "Dashboards in Vega and D3.js", "Altair"),
        ("Clustering with K-Means and DBSCAN", "MEAN", "Built apps on the MEAN stack", "MEAN"),
        ("Courses: Linear Regression, Statistics", "Linear", "Tracked work in Linear, Jira and GitHub", "Linear"),
        ("Ph.D in Physics, 2015", "D", "Systems code written in D and C++", "D"),
        (
            "Data Acquisition and Signal Processing",
            "mergers and acquisitions",
            "Led M&A due diligence",
            "mergers and acquisitions",
        ),
        ("Salt Lake City, UT", "SaltStack", "Config managed with Salt and Terraform", "SaltStack"),
    ],
)
def test_issue_13_no_match_inside_a_longer_known_phrase(
    packaged: Extractor, text: str, wrong: str, right_text: str, right: str
) -> None:
    assert wrong not in _names(packaged, text)
    assert right in _names(packaged, right_text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("Stayed in Vegas for the summit", "Altair"), ("Means of delivery", "MEAN"), ("Read the Means report", "MEAN")],
)
def test_issue_13_proper_names_are_not_suffix_stripped(packaged: Extractor, text: str, wrong: str) -> None:
    assert wrong not in _names(packaged, text)


def test_issue_13_lemma_matching_only_for_practices(packaged: Extractor) -> None:
    assert "mentoring" in _names(packaged, "Mentored four engineers through promotion")
    assert "Node.js" not in _names(packaged, "Added nodes to the cluster with Kafka")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our charts look linear and square", False),  # lower case: the English words
        ("Linear growth every quarter", False),  # its own case, but no supporting context
        ("Tools: Linear, Jira, GitHub", True),  # a technology list
        ("Planned sprints in Linear with Jira", True),  # a cue and a neighbouring technology
    ],
)
def test_issue_13_ambiguous_names_need_case_and_context(packaged: Extractor, text: str, found: bool) -> None:
    assert ("Linear" in _names(packaged, text)) is found


def test_issue_13_ambiguity_is_data(packaged: Extractor) -> None:
    guard = json.loads((files("tailor") / "data" / "taxonomy" / "ambiguity.json").read_text(encoding="utf-8"))
    assert guard["forms"]["Go"] == "letter" or guard["forms"]["Go"] == "word"
    assert guard["forms"]["Linear"] == "word"
    assert "Kafka" not in guard["forms"] and "Kubernetes" not in guard["forms"]
    assert "salt lake city" in guard["phrases"]


@pytest.mark.parametrize(
    "name",
    [
        "Consul",
        "Kuma",
        "DC/OS",
        "chezmoi",
        "Ansible",
        "Apache HTTP Server",
        "ASP.NET MVC",
        "jQuery UI",
        "Lucene.NET",
        "Marionette.js",
        "GraphLab",
        "Apache Apex",
        "SimPy",
        "JHipster",
        "Redux",
        "Firebase Cloud Messaging",
    ],
)
def test_issue_13_long_tail_found(packaged: Extractor, name: str) -> None:
    found = packaged.skills_in([f"Skills: {name}, Kafka, PostgreSQL"])[0]
    assert name in [matched for _, matched in found]


def test_issue_13_admired_products_are_not_skills(packaged: Extractor) -> None:
    resume = _resume(
        [
            "Experience",
            "Built payment flows on Square and Stripe APIs",
            "Interests",
            "Products I admire: Stripe, Square, Linear",
        ],
        [(SectionKind.EXPERIENCE, 1, 1), (SectionKind.OTHER, 3, 3)],
    )
    skills = packaged.resume_skills(resume)
    assert "Square" in skills.names()
    assert all(e.line == 1 for s in skills.items for e in s.evidence)
    only_admired = _resume(["Summary", "Products I admire: Stripe, Square, Linear"], [(SectionKind.SUMMARY, 1, 1)])
    assert packaged.resume_skills(only_admired).names() == ()


def test_issue_13_domain_in_a_company_description_is_not_a_skill(packaged: Extractor) -> None:
    described = _resume(["Summary", "Engineering leader at two fintech companies"], [(SectionKind.SUMMARY, 1, 1)])
    assert "fintech" not in packaged.resume_skills(described).names()
    worked = _resume(["Summary", "Built lending products in fintech and payments"], [(SectionKind.SUMMARY, 1, 1)])
    assert "fintech" in packaged.resume_skills(worked).names()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Lead 8 data scientists across two sites", "people management"),
        ("Managed a group of 12 engineers", "people management"),
        ("Led the payments team through a rewrite", "team leadership"),
        ("Grew the platform team from 3 to 15", "team building"),
        ("Partner with product and design on the roadmap", "cross-functional collaboration"),
        ("Liaising with the product owner on the roadmap", "cross-functional collaboration"),
        ("Working across teams and disciplines to define SLOs", "cross-functional collaboration"),
        ("Review pull requests every day", "code review"),
        ("Mentor junior engineers on the team", "mentoring"),
        ("Coached new managers in their first year", "coaching"),
        ("Hired 20 engineers in a year", "hiring"),
        ("Set the technical direction for payments", "technical strategy"),
        ("Still write production code every week", "writing code"),
    ],
)
def test_issue_13_competency_patterns(packaged: Extractor, text: str, skill: str) -> None:
    found = packaged.skills_in([text])[0]
    assert skill in [name for name, _ in found]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("The team leads the quarterly review", "team leadership"),
        ("Lead the migration to Kafka", "team leadership"),
        ("Reviewed the budget with finance", "code review"),
        ("Worked with data from 8 sources", "cross-functional collaboration"),
        ("Coordinated with the QA team on releases", "cross-functional collaboration"),
        ("Worked across the codebase to remove dead flags", "cross-functional collaboration"),
        ("Lead generation for 8 sales regions", "people management"),
    ],
)
def test_issue_13_competency_patterns_negative(packaged: Extractor, text: str, skill: str) -> None:
    assert skill not in [name for name, _ in packaged.skills_in([text])[0]]


def test_issue_13_competency_keeps_its_evidence(packaged: Extractor) -> None:
    resume = _resume(["Experience", "Lead 8 data scientists across two sites"], [(SectionKind.EXPERIENCE, 1, 1)])
    skill = packaged.resume_skills(resume).get("people management")
    assert skill is not None and skill.strength is Strength.DEMONSTRATED
    assert skill.evidence[0].matched == "Lead 8 data scientists" and skill.evidence[0].rule == "pattern"


# --- issue 13: postings: preferred by cue words, either-or requirements, equipment ------------------


def _requirements(*bullets: str) -> Posting:
    return _posting(["Requirements", *bullets], [("Requirements", SectionKind.REQUIREMENTS, 1, len(bullets))])


def test_issue_13_posting_alternatives_are_one_requirement(packaged: Extractor) -> None:
    skills = packaged.posting_skills(
        _requirements(
            "- Experience with AWS, Azure or GCP",
            "- Data work, e.g. BigQuery or PySpark",
            "- Python, Go and Kubernetes",
        )
    )
    assert skills.get("AWS").alternatives == ("Azure", "GCP")  # type: ignore[union-attr]
    assert skills.get("GCP").alternatives == ("AWS", "Azure")  # type: ignore[union-attr]
    assert skills.get("BigQuery").alternatives == ("Spark",)  # type: ignore[union-attr]
    assert skills.get("Go").alternatives == ()  # type: ignore[union-attr]  # "and": each is asked for
    assert all(s.need is Need.REQUIRED for s in skills.items)


@pytest.mark.parametrize(
    ("line", "need"),
    [
        ("- Kafka is a strong bonus", Need.NICE),
        ("- Kafka experience would be nice to have", Need.NICE),
        ("- Ideally some Kafka", Need.NICE),
        ("- Kafka preferred", Need.NICE),
        ("- Kafka in production", Need.REQUIRED),
    ],
)
def test_issue_13_posting_need_from_the_line_cue(packaged: Extractor, line: str, need: Need) -> None:
    assert packaged.posting_skills(_requirements(line)).get("Kafka").need is need  # type: ignore[union-attr]


def test_issue_13_posting_equipment_is_not_a_requirement(packaged: Extractor) -> None:
    skills = packaged.posting_skills(
        _requirements("- Go and Kafka", "- You get a MacBook Pro or a macOS laptop of your choice")
    )
    assert skills.names() == ("Go", "Kafka")



def test_issue_13_a_terse_requirement_names_its_ambiguous_skill(packaged: Extractor) -> None:
    # "Strong Go.": a proficiency word before or a need word after carries a name that is also an English word
    skills = packaged.posting_skills(
        _requirements("- Strong Go.", "- Solid Python.", "- Rust required.", "- Deep Kafka knowledge.")
    )
    assert set(skills.names()) == {"Go", "Python", "Rust", "Kafka"}
    assert all(s.need is Need.REQUIRED for s in skills.items)


@pytest.mark.parametrize(
    "text",
    ["Made strong progress on the roadmap", "Solid go-to-market plan", "We go strong on quality", "A strong rust belt"],
)
def test_issue_13_a_proficiency_word_alone_names_no_skill(packaged: Extractor, text: str) -> None:
    # the terse-requirement cue needs the name in its own case and never a glued compound
    assert {"Go", "Rust", "Progress"}.isdisjoint(_names(packaged, text))


@pytest.mark.parametrize(
    ("line", "need"),
    [
        ("- Experience working with the technologies we use: Kafka, Cassandra and Redis.", Need.REQUIRED),
        ("- Familiarity with our stack: Kafka, Cassandra and Redis.", Need.REQUIRED),
        ("- We use Kafka, Cassandra and Redis.", Need.STACK),  # the team's tools, not asked of the candidate
    ],
)
def test_issue_13_asked_use_of_the_team_tools_is_a_requirement(packaged: Extractor, line: str, need: Need) -> None:
    skills = packaged.posting_skills(_requirements(line))
    assert {s.name: s.need for s in skills.items} == dict.fromkeys(("Kafka", "Cassandra", "Redis"), need)


@pytest.mark.parametrize(
    ("line", "named", "not_named"),
    [
        ("- Collaborate with engineering leadership to improve scalability.", {"scalability"}, {"team leadership"}),
        ("- Partner closely with all functions, including Product, Design, GTM and Support.", set(),
         {"go-to-market strategy"}),
        # a purpose after the partners ends them; a technology is never a team worked with
        ("- Partner with design to drive product management.", {"product management"}, set()),
        ("- Partner with the CEO on strategy and the roadmap.", {"roadmap planning"}, set()),
        ("- Work closely with Kafka and Flink teams.", {"Kafka"}, set()),
    ],
)
def test_issue_13_the_teams_a_role_works_with_are_not_skills(
    packaged: Extractor, line: str, named: set[str], not_named: set[str]
) -> None:
    names = set(packaged.posting_skills(_requirements(line)).names())
    assert named <= names and not (not_named & names), names

# --- issue 14: the matcher cache ---------------------------------------------------------------------

_TEXT = ["Built services in Python and Go on Kubernetes", "Lead 8 data scientists; moved to Las Vegas"]


def test_issue_14_cache_written_once_and_reused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailor.skills import match

    built = []
    build = match._Built.__init__
    monkeypatch.setattr(match._Built, "__init__", lambda self, *a: built.append(1) or build(self, *a))
    first = Extractor(TAXONOMY, cache=tmp_path)
    files_after_first = sorted(p.name for p in tmp_path.iterdir())
    second = Extractor(TAXONOMY, cache=tmp_path)
    assert len(built) == 1 and len(files_after_first) == 1 and files_after_first[0].startswith("matcher-")
    assert second.skills_in(_TEXT) == first.skills_in(_TEXT) == Extractor(TAXONOMY).skills_in(_TEXT)
    assert sorted(p.name for p in tmp_path.iterdir()) == files_after_first  # no temporary file left


def test_issue_14_cached_matchers_hold_the_taxonomy_and_a_fresh_vocab(tmp_path) -> None:
    """Read back, the matchers' skills are the taxonomy's own objects, as in matchers just built (the matching
    code compares skills with `is`), spaCy's vocab is not in the file (a fresh one takes its strings), and the
    patterns, kept packed until used, are those built."""
    Extractor(TAXONOMY, cache=tmp_path)
    warm = Extractor(TAXONOMY, cache=tmp_path)
    (path,) = tmp_path.iterdir()
    own = {id(taxon) for taxon in TAXONOMY.taxa}
    assert warm._patterns and all(id(p.taxon) in own for p in warm._patterns.values())
    assert warm._competencies and all(id(c.taxon) in own for c in warm._competencies)
    assert b"unpickle_vocab" not in path.read_bytes()
    built = Extractor(TAXONOMY)
    assert dict(warm._patterns) == dict(built._patterns)  # each unpacked as it was built
    assert warm.skills_in(_TEXT) == built.skills_in(_TEXT)


def test_issue_14_cache_holds_nothing_personal(tmp_path) -> None:
    extractor = Extractor(TAXONOMY, cache=tmp_path)
    extractor.skills_in(["Zxqwerty Unusualname built Kafka at Plughworth"])
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"Kafka" in data and b"Zxqwerty" not in data and b"Plughworth" not in data


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05\x95garbage", b"\x80\x04K\x01."])
def test_issue_14_corrupt_cache_is_rebuilt(tmp_path, garbage: bytes) -> None:
    Extractor(TAXONOMY, cache=tmp_path)
    (path,) = tmp_path.iterdir()
    path.write_bytes(garbage)
    extractor = Extractor(TAXONOMY, cache=tmp_path)
    assert extractor.skills_in(_TEXT) == Extractor(TAXONOMY).skills_in(_TEXT)
    assert path.read_bytes() != garbage


def test_issue_14_cache_never_trusted_across_versions(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailor.skills import cache

    Extractor(TAXONOMY, cache=tmp_path)
    (old,) = tmp_path.iterdir()
    monkeypatch.setattr(cache, "__version__", "999.0")
    Extractor(TAXONOMY, cache=tmp_path)
    (new,) = tmp_path.iterdir()  # the stale file is replaced, not kept beside
    assert new.name != old.name


def test_issue_14_unwritable_cache_costs_nothing_but_time(tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    assert Extractor(TAXONOMY, cache=blocked / "cache").skills_in(_TEXT) == Extractor(TAXONOMY).skills_in(_TEXT)


def test_issue_14_cache_folder_from_the_environment(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailor.skills.cache import cache_dir

    monkeypatch.setenv("TAILOR_CACHE_DIR", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.delenv("TAILOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_dir() == tmp_path / "x" / "tailor"


@pytest.mark.parametrize(
    ("text", "skill", "found"),
    [
        ("Fortify relationships with partners across the company", "Fortify", False),
        ("Static analysis with Fortify and SonarQube", "Fortify", True),
        ("Mocha tests for the payments API", "Mocha", True),
    ],
)
def test_issue_13_a_dictionary_word_opening_a_sentence_is_the_verb(
    packaged: Extractor, text: str, skill: str, found: bool
) -> None:
    assert (skill in _names(packaged, text)) is found


def test_issue_13_coordinated_verbs_share_their_object(packaged: Extractor) -> None:
    found = [name for name, _ in packaged.skills_in(["Lead and manage multiple teams of 4-6+ engineers"])[0]]
    assert "team leadership" in found and "people management" in found
    assert "team building" not in _names(packaged, "Leading fast growing engineering teams with managers")


# --- issue 13: precision on résumés nobody here wrote: statements, labels, industries, longer names ---------


def _experience(*lines: str) -> Resume:
    return _resume(["Experience", *lines], [(SectionKind.EXPERIENCE, 1, len(lines))])


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Hired as a backend engineer in 2019", "hiring", False),  # one loose word: a job taken, not a skill
        ("Hired 12 engineers across two teams", "hiring", True),  # an action with an object
        ("Communicated release dates to customers", "communication", False),
        ("Strong communication with executives and customers", "communication", True),  # a cue
        ("Took on leadership of the on-call rota", "team leadership", False),
        ("Led the payments team through a rewrite", "team leadership", True),
        ("Architecture, security, mentoring", "mentoring", True),  # a list of skills
        ("Served as a mentor at a summer school", "mentoring", False),
        ("Drove hiring and onboarding for the org", "hiring", True),  # the activity's own name
    ],
)
def test_issue_13_resume_competency_needs_a_statement(packaged: Extractor, line: str, skill: str, found: bool) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


def test_issue_13_posting_competency_in_one_word(packaged: Extractor) -> None:
    # a posting asks for a competency in one word ("hire and grow"); the statement rule is the résumé's
    skills = packaged.posting_skills(_requirements("- Hire and grow the team; communicate clearly with sales"))
    assert {"hiring", "communication"} <= set(skills.names())


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Back-end: Flask, Django, PostgreSQL", "backend development", False),  # labels a list of technologies
        ("Monitoring : Datadog, PagerDuty", "monitoring", False),
        ("Owned backend development for the checkout service", "backend development", True),
        ("Python: Django, Flask", "Python", True),  # a technology labelling its own libraries still counts
        ("Code review: Gerrit, GitHub", "code review", False),
        ("- Improve reliability: SLOs, incident management", "reliability", True),  # states work, labels nothing
        ("Code review: every change gets two approvals", "code review", True),  # no list: the label is the skill
        ("SKILLS | Leadership: people management, hiring, coaching", "team leadership", False),  # a cell opens it
        ("Goals | Improve reliability: SLOs, incident management", "reliability", True),  # a sentence in the cell
    ],
)
def test_issue_13_list_label_is_not_a_skill(packaged: Extractor, line: str, skill: str, found: bool) -> None:
    assert (skill in _names(packaged, line)) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Git, OpenCV, Cloud (GCP, Azure, DigitalOcean)", "cloud computing", False),
        ("Python, Monitoring (Datadog, PagerDuty), Terraform", "monitoring", False),
        ("Moved the billing stack to the cloud (GCP) in 2021", "cloud computing", True),  # one name: an example
        ("Built monitoring (alerts, dashboards) for the checkout", "monitoring", True),  # no skill inside
    ],
)
def test_issue_13_resume_bracketed_list_label_is_not_a_skill(
    packaged: Extractor, line: str, skill: str, found: bool
) -> None:
    resume = _resume(["Skills", line], [(SectionKind.SKILLS, 1, 1)])
    # GCP and Datadog imply the field; only the field as a claim of its own is in question
    claimed = [s.name for s in packaged.resume_skills(resume).items if s.strength is not Strength.IMPLIED]
    assert (skill in claimed) is found


def test_issue_13_posting_field_with_examples_in_brackets_is_asked(packaged: Extractor) -> None:
    line = "Strong skills in cloud technologies (AWS, GCP, or Azure) and deployment pipelines."
    posting = _posting(["Requirements", line], [("Requirements", SectionKind.REQUIREMENTS, 1, 1)])
    assert "cloud computing" in packaged.posting_skills(posting).names()


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Senior engineer at a leading healthcare provider", False),
        ("Ten years in healthcare and gaming", False),
        ("Built telehealth apps used by 300 clinics", True),
    ],
)
def test_issue_13_resume_industry_only_as_work_done(packaged: Extractor, line: str, found: bool) -> None:
    assert ("healthcare" in packaged.resume_skills(_experience(line)).names()) is found


def test_issue_13_spoken_languages_count_on_both_sides(packaged: Extractor) -> None:
    # CANON.md counts spoken languages as skills; dropping them from résumés made "Fluent English" a false gap
    resume = _resume(["Languages", "English (native), French (fluent), Python"], [(SectionKind.SKILLS, 1, 1)])
    assert set(packaged.resume_skills(resume).names()) == {"English", "French", "Python"}
    posting = packaged.posting_skills(_requirements("- Fluent English and French"))
    assert {"English", "French"} <= set(posting.names())


@pytest.mark.parametrize(
    ("line", "wrong", "right_line"),
    [
        ("Generated spreadsheets with Apache POI", "Apache", "Served the site with Apache and Nginx"),
        ("Built tooling on GNU Radio", "GNU", "Built tooling with GNU and Linux utilities"),
        ("Dashboards in SAP Crystal Report", "Crystal", "Services written in Crystal and Ruby"),
    ],
)
def test_issue_13_longer_name_wins_over_its_parts(packaged: Extractor, line: str, wrong: str, right_line: str) -> None:
    assert wrong not in _names(packaged, line)
    assert wrong in _names(packaged, right_line)


def test_issue_13_family_name_before_a_qualifier(packaged: Extractor) -> None:
    assert "AWS" in _names(packaged, "AWS Certified Solutions Architect, 2021")


# --- the posting read as a hiring manager writes it (issue 12.3) -----------------------------------


@pytest.mark.parametrize(
    ("line", "either"),
    [
        ("- Strong experience with Go or Scala in production", {"Go", "Scala"}),
        ("- Production experience in Go/Scala", {"Go", "Scala"}),
        ("- Backend work in Go (or Scala)", {"Go", "Scala"}),
        # the kind before its examples is one of the choice (issue 12): cloud computing is met by AWS
        ("- Cloud technologies (AWS, GCP, or Azure), Terraform, and CI/CD", {"cloud computing", "AWS", "GCP", "Azure"}),
        ("- Deep knowledge of at least one JVM language (Java or Kotlin)", {"JVM", "Java", "Kotlin"}),
        ("- Distributed systems with Kafka or a similar event streaming platform", {"Kafka", "stream processing"}),
        ("- Stream processing frameworks such as Flink", {"stream processing", "Flink"}),
        ("- Experience with data-intensive systems (ClickHouse, Kafka or similar)", {"ClickHouse", "Kafka"}),
        ("- Messaging with Kafka, RabbitMQ, or equivalent", {"Kafka", "RabbitMQ"}),
    ],
)
def test_posting_alternatives_inside_a_requirement_line(packaged: Extractor, line: str, either: set[str]) -> None:
    skills = packaged.posting_skills(_requirements(line))
    for name in either:
        skill = skills.get(name)
        assert skill is not None, name
        assert set(skill.alternatives) == either - {name}


def test_a_bracket_listing_a_kinds_parts_is_no_choice(packaged: Extractor) -> None:
    # "AWS (EKS, SQS, Lambda)" in a stack line uses each: only "or" or a cue makes the bracket a choice
    skills = packaged.posting_skills(_requirements("- Experience with AWS (EKS, SQS, Lambda) in production"))
    assert skills.get("AWS") is not None and skills.get("AWS").alternatives == ()  # type: ignore[union-attr]


def test_posting_skills_joined_by_and_are_each_required(packaged: Extractor) -> None:
    skills = packaged.posting_skills(_requirements("- Experience with ClickHouse and Kafka in production"))
    assert skills.get("ClickHouse") is not None and skills.get("ClickHouse").alternatives == ()  # type: ignore[union-attr]


def test_posting_responsibilities_are_what_the_role_involves_not_requirements(packaged: Extractor) -> None:
    lines = [
        "You will:",
        "- Run on-call, incident management and performance management for two teams",
        "- Own our Kubernetes platform",
        "Requirements",
        "- 5+ years running Kubernetes in production",
    ]
    posting = _posting(
        lines,
        [("You will", SectionKind.RESPONSIBILITIES, 1, 2), ("Requirements", SectionKind.REQUIREMENTS, 4, 4)],
    )
    posting = replace(posting, responsibilities=tuple(lines[1:3]), requirements=(lines[4],))
    skills = packaged.posting_skills(posting)
    for duty in ("on-call", "incident management", "performance management"):
        skill = skills.get(duty)
        assert skill is not None and skill.duty, duty
    kubernetes = skills.get("Kubernetes")
    assert kubernetes is not None and not kubernetes.duty  # asked for under Requirements too


def test_posting_company_description_asks_for_nothing(packaged: Extractor) -> None:
    lines = [
        "Fernhill is the operating system for community health clinics. We use AWS throughout.",
        "As our Head of Platform you will own the move to Kubernetes.",
        "The Engineering Manager sets the direction for Docker-based delivery.",
        "Requirements",
        "- Experience with Terraform",
    ]
    posting = _posting(lines, [("", SectionKind.OTHER, 0, 2), ("Requirements", SectionKind.REQUIREMENTS, 4, 4)])
    skills = packaged.posting_skills(posting)
    assert skills.get("operating systems") is None  # the company's metaphor, not a requirement
    assert skills.get("AWS") is not None and skills.get("AWS").need is Need.STACK  # type: ignore[union-attr]
    assert skills.get("Kubernetes") is not None and skills.get("Kubernetes").need is Need.REQUIRED  # type: ignore[union-attr]
    assert skills.get("Terraform") is not None
    assert skills.get("Docker") is not None  # a sentence naming the role's title speaks of the role


def test_posting_examples_in_a_requirement_are_not_the_company_stack(packaged: Extractor) -> None:
    skills = packaged.posting_skills(
        _requirements("- Experience with data-intensive systems (ClickHouse, Kafka or similar)")
    )
    assert {s.need for s in skills.items if s.name in ("ClickHouse", "Kafka")} == {Need.REQUIRED}


def test_observability_evidence_in_plain_monitoring_lines(packaged: Extractor) -> None:
    resume = _experience(
        "- Defined SLOs for the checkout services with product",
        "- Rolled out synthetic and real user monitoring (RUM) across web and mobile",
        "- Built dashboards and alerting in New Relic and Grafana",
    )
    skills = packaged.resume_skills(resume)
    assert {"SLOs", "monitoring", "New Relic", "Grafana"} <= set(skills.names())
    observability = skills.get("observability")
    assert observability is not None and Area.QUALITY in observability.areas
    assert observability.strength is Strength.DEMONSTRATED  # said by what was done, with the line
    assert len(observability.evidence) >= 2
    assert "real user monitoring" in [e.matched for e in skills.get("monitoring").evidence]  # type: ignore[union-attr]


def test_observability_needs_monitoring_words(packaged: Extractor) -> None:
    resume = _experience("- Set the quarterly roadmap with product and built the hiring plan for two teams")
    assert "observability" not in packaged.resume_skills(resume).names()


# --- issue 13, precision on unseen résumés, second pass: subjects, job names, spoken languages, vendors ------


def _section(heading: str, kind: SectionKind, *lines: str) -> Resume:
    resume = _resume([heading, *lines], [(kind, 1, len(lines))])
    return replace(resume, sections=(Section(heading, kind, 1, len(lines)),))


@pytest.mark.parametrize(
    ("kind", "line", "skill", "found"),
    [
        (SectionKind.EDUCATION, "B.Sc. in Statistics, Northgate University, 2014", "statistics", False),
        (SectionKind.EXPERIENCE, "Statistical modeling of churn for 40 stores", "statistics", True),
        (SectionKind.EDUCATION, "Thesis: forecasting demand with PyTorch", "PyTorch", True),  # a named technology
        (SectionKind.EDUCATION, "Agile and Scrum certificate, Open Learning, 2020", "agile", True),  # a certification
        (SectionKind.AWARDS, "Best paper, Workshop on Networking and Security 2018", "networking", False),
    ],
)
def test_issue_13_resume_field_as_a_subject_studied_is_not_a_skill(
    packaged: Extractor, kind: SectionKind, line: str, skill: str, found: bool
) -> None:
    assert (skill in packaged.resume_skills(_section(kind.value, kind, line)).names()) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Machine learning engineer with eight years of experience in Python", "machine learning", False),
        ("QA engineer at Norrvik Tools, 2016-2019", "QA", False),
        ("Product Development Lead for the mobile banking app", "product development", False),
        ("Owned backend development for the checkout service", "backend development", True),
        ("Set up QA for the billing service with contract tests", "QA", True),
        ("Partnered with product managers on the quarterly roadmap", "cross-functional collaboration", True),
    ],
)
def test_issue_13_resume_field_naming_a_job_is_not_a_skill(
    packaged: Extractor, line: str, skill: str, found: bool
) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("heading", "kind", "line", "found"),
    [
        ("Experience", SectionKind.EXPERIENCE, "Ran the rollout for French and German clients", set()),
        ("Experience", SectionKind.EXPERIENCE, "Fluent in Spanish; led the Madrid office launch", {"Spanish"}),
        ("Languages", SectionKind.OTHER, "German, Italian", {"German", "Italian"}),
        ("Additional", SectionKind.OTHER, "Italian (native), German (B2)", {"German", "Italian"}),
    ],
)
def test_issue_13_resume_spoken_language_only_as_spoken(
    packaged: Extractor, heading: str, kind: SectionKind, line: str, found: set[str]
) -> None:
    skills = packaged.resume_skills(_section(heading, kind, line))
    assert {s.name for s in skills.items if s.category == "spoken language"} == found


@pytest.mark.parametrize(
    ("line", "wrong", "right"),
    [
        ("Built finance reports in SAP Crystal Reports", "SAP", "SAP BusinessObjects"),
        ("Services in Java Spring Boot on Kubernetes", None, "Spring Boot"),  # Spring is no Java product: both
    ],
)
def test_issue_13_vendor_before_its_own_product_names_the_product(
    packaged: Extractor, line: str, wrong: str | None, right: str
) -> None:
    names = _names(packaged, line)
    assert right in names and wrong not in names
    assert "Java" in _names(packaged, "Services in Java Spring Boot on Kubernetes")
    assert "SAP" in _names(packaged, "Migrated finance from SAP to NetSuite")


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Backend | Kotlin, Python, PostgreSQL", "backend development", False),  # a table's label cell
        ("Leadership – people management, hiring, coaching", "team leadership", False),
        ("Frontend Technologies Vue, React, TypeScript", "frontend development", False),  # the colon lost
        ("Mentoring | Hiring | Coaching", "mentoring", True),  # a list itself, not a label
        ("Backend development in Go, Kafka and PostgreSQL", "backend development", True),  # a sentence
        ("incident management | people management", "incident management", True),
    ],
)
def test_issue_13_list_label_without_its_colon(packaged: Extractor, line: str, skill: str, found: bool) -> None:
    assert (skill in _names(packaged, line)) is found


@pytest.mark.parametrize(
    ("kind", "line", "skill", "found"),
    [
        (SectionKind.EXPERIENCE, "Automated nightly backups of the billing database", "disaster recovery", False),
        (SectionKind.SKILLS, "Backups, PostgreSQL, Terraform", "disaster recovery", True),  # a skills list
        (SectionKind.EXPERIENCE, "Wrote Python pipelines for turbine telemetry", "observability", False),
        (SectionKind.EXPERIENCE, "Experience with telemetry at fleet scale", "observability", True),  # a cue
        (SectionKind.EXPERIENCE, "Designed backend services for the loyalty app", "backend development", False),
        (SectionKind.EXPERIENCE, "Built and led the move to event sourcing", "team building", False),
        (SectionKind.EXPERIENCE, "Moved 40 services out of two data centers into AWS", "data centers", False),
        (SectionKind.EXPERIENCE, "Kept the ledger in compliance with the new banking rules", "compliance", False),
        (SectionKind.SKILLS, "Compliance, PCI DSS, SOC 2", "compliance", True),
        (SectionKind.EXPERIENCE, "Built the mobile team from 2 to 9 engineers", "team building", True),
    ],
)
def test_issue_13_resume_related_word_is_not_the_skill(
    packaged: Extractor, kind: SectionKind, line: str, skill: str, found: bool
) -> None:
    assert (skill in packaged.resume_skills(_section(kind.value, kind, line)).names()) is found


def test_issue_13_resume_related_word_still_asks_in_a_posting(packaged: Extractor) -> None:
    assert "observability" in packaged.posting_skills(_requirements("- Own telemetry for 40 services")).names()


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Managed three teams building the routing service", "team building", False),
        ("Code reviews for every change to the ledger", "code review", True),  # the head word inflects
        ("Built data pipelines in Airflow", "data pipelines", True),
    ],
)
def test_issue_13_a_phrase_inflects_at_its_head_only(packaged: Extractor, line: str, skill: str, found: bool) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Wrote code for the payments platform", False),  # what every engineer did
        ("Shipped code daily to production", False),
        ("Hands-on coding in Go every week as a director", True),  # named: staying hands-on
    ],
)
def test_issue_13_resume_writing_code_only_when_named(packaged: Extractor, line: str, found: bool) -> None:
    assert ("writing code" in packaged.resume_skills(_experience(line)).names()) is found
    # a posting asking its leader to write code asks something
    assert "writing code" in packaged.posting_skills(_requirements("- Write code alongside the team")).names()


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Architecture and delivery, leadership, product dev.", "team leadership", True),  # a list of competencies
        ("Took on leadership of the on-call rota", "team leadership", False),
        ("Worked closely with stakeholders (CEO, CTO) to set the roadmap", "stakeholder management", True),
        ("Worked closely with the data team on the schema", "stakeholder management", False),
        ("Onboarded 6 new engineers in two quarters", "onboarding", True),
        ("Onboarding flow for new users of the app", "onboarding", False),
        ("Prioritized the team backlog with product", "prioritization", True),
        ("Prioritized safety above all", "prioritization", False),
        ("Consulted the finance team on invoice formats", "consulting", False),  # a business word needs a statement
        ("Ran B2B sales, consulting and partnerships", "consulting", True),
    ],
)
def test_issue_13_resume_competency_recall(packaged: Extractor, line: str, skill: str, found: bool) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # competencies stated plainly that unseen résumés lost (issue 13, third pass): invented sentences,
        # a positive and a negative each
        ("Wrote the docs for the public SDK", "documentation", True),
        ("Wrote the integration that the docs team uses", "documentation", False),
        ("Improved performance of the search page", "performance optimization", True),
        ("Reduced load time by 40%", "performance optimization", True),
        ("Optimized slow SQL queries in the ledger service", "performance optimization", True),
        ("Improved model performance on the holdout set", "performance optimization", False),
        ("Reduced cycle time by 40%", "performance optimization", False),
        ("Designed API endpoints for the mobile app", "APIs", True),
        ("Built APIs for partner integrations", "APIs", True),
        ("Integrated with a payments provider's API", "APIs", False),
        ("Worked full stack on the billing product", "full-stack development", True),
        ("Owned features across the full stack", "full-stack development", True),
        ("Debugged the full stack trace from the crash", "full-stack development", False),
        ("Presented the roadmap to the board every quarter", "presentation skills", True),
        ("Gave talks at three conferences", "presentation skills", True),
        ("Was presented with the founder's award", "presentation skills", False),
        ("Reviewing PRs and pairing with juniors", "code review", True),
        ("Led a team of 5", "team leadership", True),
    ],
)
def test_issue_13_resume_competency_recall_plain_words(packaged: Extractor, line: str, skill: str, found: bool) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("The review tool is used daily by Dropbox, Quora, Asana and others.", False),  # its users, not skills
        ("Clients included Asana and Figma; built their billing exports", False),
        ("Tracked the team's work in Asana and Jira", True),
    ],
)
def test_issue_13_resume_users_of_the_work_are_not_skills(packaged: Extractor, line: str, found: bool) -> None:
    assert ("Asana" in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("- Automated the release pipeline with GitHub Actions", True),  # the candidate's own verb, opening the line
        ("Release pipeline automated by the platform group", False),
        ("Cut toil through automation of the release pipeline", False),  # a generic word in passing
    ],
)
def test_issue_13_resume_opening_verb_states_a_practice(packaged: Extractor, line: str, found: bool) -> None:
    assert ("automation" in packaged.resume_skills(_experience(line)).names()) is found


def test_issue_13_proficiency_after_a_spoken_language_is_no_technology(packaged: Extractor) -> None:
    names = _names(packaged, "LANGUAGES | Tamil (Native), English (Fluent), Hindi (Basic)")
    assert {"Tamil", "English", "Hindi"} <= set(names)
    assert "Fluent" not in names and "BASIC" not in names  # a level, not the localisation language or BASIC
    assert "Fluent" in _names(packaged, "Localised the checkout with Fluent, Rust and TypeScript")


@pytest.mark.parametrize(
    ("text", "skill", "found"),
    [
        # AWS services imported from botocore's service models (SOURCES.md), by their full names and abbreviations
        ("Service discovery with AWS Cloud Map", "AWS Cloud Map", True),
        ("Nightly jobs on Amazon EventBridge Scheduler", "Amazon EventBridge Scheduler", True),
        ("Demand models in Amazon Forecast", "Amazon Forecast Service", True),  # "Service" may be left off
        ("Temporary credentials from AWS STS", "AWS Security Token Service", True),
        # a service named by everyday words needs its vendor; a team at Amazon is not the service
        ("Moved the backup jobs to a new cloud map", "AWS Cloud Map", False),
        ("Worked at Amazon Payments on the checkout team", "AWS Payments", False),
        # a vendor and everyday words count in their own case; a rarer word in any case
        ("Configured AWS Backup and AWS Account guardrails", "AWS Account", True),
        ("Managed the AWS account for the data team", "AWS Account", False),
        ("Built AWS lambda functions in Python", "AWS Lambda", True),
        # Google Cloud products from the titles of their APIs (google-api-python-client's discovery documents)
        ("Lakes governed with Google Cloud Dataplex", "Google Cloud Dataplex", True),
        ("Search indexes on GCP Search for the intranet", "Google Cloud Search", True),
        ("Opened a cloud shell and ran the search", "Google Cloud Shell", False),
        # Azure services from the titles of Microsoft's Azure icons (@threeveloper/azure-react-icons): the icon's
        # plural title or the singular, with the vendor word; the bare name only when a word of it is a brand word
        ("Secrets moved to Azure App Configuration and Azure Chaos Studio drills", "Azure Chaos Studio", True),
        ("Desktops for the call centre on Azure Virtual Desktop", "Azure Virtual Desktop", True),
        ("Factory sensors mirrored in Azure Digital Twin models", "Azure Digital Twins", True),
        ("Test environments on DevTest Labs", "Azure DevTest Labs", True),
        ("Built digital twins of the factory floor", "Azure Digital Twins", False),
        ("Deployed a chaos studio for the game", "Azure Chaos Studio", False),
        # one everyday word is never an Azure service, and the plural of a hand-written name is that name
        ("Azure policy reviews every quarter", "Azure Policy", False),
        ("Secrets in Azure Key Vaults", "Azure Key Vault", True),
    ],
)
def test_issue_13_cloud_services_from_maintained_lists(packaged: Extractor, text: str, skill: str, found: bool) -> None:
    assert (skill in [name for name, _ in packaged.skills_in([text])[0]]) is found


def test_issue_13_a_word_opening_another_skill_is_no_people_word(packaged: Extractor) -> None:
    # a skills grid read as one line ("Git Jira Team City"): "Team" opens TeamCity, it is not "the Jira team"
    found = [name for name, _ in packaged.skills_in(["Git Jira Team City"])[0]]
    assert found == ["Git", "Jira", "TeamCity"]
    assert packaged.skills_in(["Worked closely with the Jira team"])[0] == []


def test_issue_13_the_json_writes_a_technology_as_the_document_spells_it(tmp_path, cli, samples) -> None:
    # the gold of unseen résumés copies the document's spelling: "Tailwind" stays Tailwind (not Tailwind CSS) and
    # "Vue" stays Vue; a different word for the same thing ("Postgres") keeps the taxonomy's name, and so does a
    # name the document also writes in full (Node.js); skills_detail keeps the taxonomy's names
    resume, out = tmp_path / "resume.md", tmp_path / "brief.json"
    resume.write_text(
        "# Ana Ortiz\n\nana@example.com\n\n## Experience\n\n### Frontend Engineer — Acme\n2019 – Present\n"
        "- Built the storefront with Vue, Tailwind and Postgres behind Node and Node.js services\n",
        "utf-8",
    )
    run = cli(resume, samples / "jobs" / "director-of-engineering-marrowfield-market.txt", "-o", out)
    assert run.exit_code == 0, run.stderr
    brief = json.loads(out.read_text("utf-8"))
    skills = brief["resume"]["skills"]
    assert {"Vue", "Tailwind", "PostgreSQL", "Node.js"} <= set(skills)
    assert not {"Vue.js", "Tailwind CSS", "Postgres", "Node"} & set(skills)
    assert {"Vue.js", "Tailwind CSS"} <= {s["name"] for s in brief["resume"]["skills_detail"]}


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # a line opening by describing the employer names its products and market, up to the clause's end
        ("Acme is a fintech startup building a Shopify app for merchants", "Shopify", False),
        ("A SaaS company providing Salesforce and HubSpot integrations", "Salesforce", False),
        ("Acme Health is a telehealth provider on AWS. Built the video stack in WebRTC", "AWS", False),
        ("Acme Health is a telehealth provider on AWS. Built the video stack in WebRTC", "WebRTC", True),
        ("A fintech startup; built the payments service on Kafka", "Kafka", True),  # the clause has ended
        ("I joined a startup to move its apps onto Kubernetes", "Kubernetes", True),  # the candidate speaks
        ("Built a startup's payment API on Kafka", "Kafka", True),  # no article and company noun opening it
        ("A team of 6 building Django services", "Django", True),
    ],
)
def test_issue_13_resume_employer_description_names_no_skill(
    packaged: Extractor, line: str, skill: str, found: bool
) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("lines", "skill", "found"),
    [
        # a skills section's group name on its own line names the group below it, not a skill
        (["Backend", "Kotlin, Python, PostgreSQL, Kafka"], "backend development", False),
        (["Cloud", "GCP", "BigQuery"], "cloud computing", False),  # one skill a line below it
        (["Leadership", "people management, hiring, coaching"], "team leadership", False),
        (["Agile", "Scrum", "Kanban"], "agile", True),  # a list written one to a line
        (["Kotlin, Python", "Backend"], "backend development", True),  # nothing of its group below it
        (["Backend development for payments", "Kotlin, Python"], "backend development", True),  # not alone
    ],
)
def test_issue_13_resume_skills_group_heading_is_not_a_skill(
    packaged: Extractor, lines: list[str], skill: str, found: bool
) -> None:
    resume = _resume(["Skills", *lines], [(SectionKind.SKILLS, 1, len(lines))])
    claimed = [s.name for s in packaged.resume_skills(resume).items if s.strength is not Strength.IMPLIED]
    assert (skill in claimed) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Drove alignment with stakeholders across finance and legal", "stakeholder management", True),
        ("Alignment across teams on the roadmap", "stakeholder management", False),
        ("Negotiated contracts with three cloud vendors", "negotiation", True),
        ("Negotiated a parking space near the office", "negotiation", False),  # nothing negotiated for the work
    ],
)
def test_issue_13_resume_competencies_in_plain_words_fourth_pass(
    packaged: Extractor, line: str, skill: str, found: bool
) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # a skill before "interview" or "questions" is the interview's topic, not a skill shown
        ("Rewrote the system design interview rubric for staff hires", "system design", False),
        ("Wrote twenty Kubernetes questions for the platform hiring panel", "Kubernetes", False),
        ("Designed distributed systems for the grain exchange", "distributed systems", True),
        ("Ran Kubernetes clusters for the grain exchange", "Kubernetes", True),
        # bare "incidents": only with an incident verb or role word, never as a result ("zero incidents")
        ("Moved the kiosk fleet to a new OS with zero customer-facing incidents", "incident management", False),
        ("Launched the loyalty app with no incidents", "incident management", False),
        ("Rolled out the tariff engine on time, without incidents", "incident management", False),
        ("Triaged incidents for the kiosk fleet as the weekly pager holder", "incident management", True),
        ("Led incidents across three regions as commander", "incident management", True),
        ("Halved incidents in the tariff engine by adding canary deploys", "incident management", True),
        # "shards" after "test" is test parallelism (CI), not database sharding
        ("Spread the browser suite across 12 test shards to cut CI time", "sharding", False),
        ("Moved the orders table onto 12 shards keyed by region", "sharding", True),
    ],
)
def test_issue_13_a_word_out_of_its_skills_sense_names_no_skill(
    packaged: Extractor, line: str, skill: str, found: bool
) -> None:
    assert (skill in packaged.resume_skills(_experience(line)).names()) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # the verb "operating" before systems is running them, not the operating-systems skill (issue 12, blind review)
        ("- Lead the platform team, operating systems and data pipelines that turn meter reads into bills", False),
        ("- Experience building and operating systems at scale on AWS", False),
        ("- Deep knowledge of operating systems and networking", True),
        ("- Experience with Linux operating systems in production", True),
    ],
)
def test_issue_12_operating_as_a_verb_asks_no_operating_systems(packaged: Extractor, line: str, found: bool) -> None:
    assert ("operating systems" in packaged.posting_skills(_requirements(line)).names()) is found


def test_issue_13_a_guarded_word_still_counts_in_a_skills_list(packaged: Extractor) -> None:
    resume = _resume(["Skills", "Incidents, PostgreSQL, Terraform"], [(SectionKind.SKILLS, 1, 1)])
    assert "incident management" in packaged.resume_skills(resume).names()


def test_issue_13_a_skill_as_an_interviews_topic_is_no_requirement(packaged: Extractor) -> None:
    posting = _requirements("- Run system design interviews for senior candidates", "- Design distributed systems")
    names = packaged.posting_skills(posting).names()
    assert "system design" not in names
    assert "distributed systems" in names


@pytest.mark.parametrize(
    "text",
    [
        "We don't ship on Fridays, e.g. Dec. 24 :)",
        "DON'T PANIC : ) it's o.k.",  # an exception's pieces apart ": )", and in capitals
        "I'm ok w/ it\n\tthen we'll see",
        "Plain words only",  # none held
    ],
)
def test_issue_14_tokenizer_adds_exceptions_as_texts_hold_them(text: str) -> None:
    """The matching tokenizer takes on spaCy's English exceptions only when a text holds one (making all of
    them was half of its start-up), and splits every text as the tokenizer with all of them does."""
    from tailor.skills.match import _matching_pipeline

    whole = _matching_pipeline().tokenizer
    lazy = Extractor(TAXONOMY)._tokenizer
    assert not lazy._tokenizer.rules
    assert [(t.text, t.norm_) for t in lazy(text)] == [(t.text, t.norm_) for t in whole(text)]
    assert 0 < len(lazy._tokenizer.rules) < 50 or text == "Plain words only"


def test_issue_14_tokenizer_exceptions_split_as_spacy_splits_them() -> None:
    lazy = Extractor(TAXONOMY)._tokenizer
    assert [t.text for t in lazy("We don't ship, e.g. today")] == ["We", "do", "n't", "ship", ",", "e.g.", "today"]


def test_issue_14_tokenizer_takes_every_exception_for_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the length where looking for each exception costs more than making them all (a long batch, the
    benchmark), the tokenizer takes them all at once, and is asked no more."""
    from tailor.skills import match

    lazy = Extractor(TAXONOMY)._tokenizer
    monkeypatch.setattr(match, "_LOOKED_FOR_UP_TO", 20)
    lazy.expect(["Plain words only, and more of them"])
    assert len(lazy._tokenizer.rules) == len(lazy._exceptions) and not lazy._waiting
    assert [t.text for t in lazy.tokenize("We don't")] == ["We", "do", "n't"]
