"""Tests for fit.py: résumé + posting (and their skills) -> Fit across the eight areas."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from tailor.fit import best_area, fit_posting, match_skills, team_sizes, title_seniority
from tailor.model import (
    Area,
    Bullet,
    Contact,
    DocKind,
    Document,
    Evidence,
    Metric,
    MetricKind,
    Need,
    Posting,
    ReadingReport,
    Resume,
    Role,
    SectionKind,
    Seniority,
    Skill,
    SkillMatch,
    Skills,
    Strength,
    Taxon,
    Taxonomy,
)

VP_AREAS = [a for a in Area if a.interviewer.value == "vp"]
HEAD_TECH_AREAS = [Area.TECHNICAL_SCALE, Area.QUALITY, Area.DECISIONS]

TAXA = (
    ("Kafka", "data store", "message-broker", (Area.TECHNICAL_SCALE, Area.SCALING)),
    ("RabbitMQ", "data store", "message-broker", (Area.TECHNICAL_SCALE,)),
    ("NATS", "data store", "message-broker", (Area.TECHNICAL_SCALE,)),
    ("Terraform", "tool", "iac", (Area.QUALITY,)),
    ("Python", "language", "", (Area.TECHNICAL_SCALE,)),
    ("PostgreSQL", "data store", "relational", (Area.TECHNICAL_SCALE,)),
    ("Go", "language", "", (Area.TECHNICAL_SCALE,)),
    ("mentoring", "leadership", "", (Area.TEAM_AND_HIRING,)),
    ("Datadog", "tool", "observability", (Area.QUALITY,)),
)
TAXONOMY = Taxonomy(tuple(Taxon(n, c, f, a) for n, c, f, a in TAXA))


def _document(source: str) -> Document:
    return Document(source=source, kind=DocKind.MARKDOWN, lines=())


def _bullet(line: int, text: str, *metrics: tuple[str, MetricKind]) -> Bullet:
    return Bullet(text, line, tuple(Metric(t, k) for t, k in metrics))


ROLES = (
    Role(
        "Staff Engineer",
        "Acme",
        "2020-01",
        "present",
        (
            _bullet(
                5,
                "Led the migration of the payments API to Kafka, cutting p99 latency from 900 ms to 120 ms.",
                ("from 900 ms to 120 ms", MetricKind.LATENCY),
            ),
            _bullet(
                6,
                "Mentored 4 engineers and hired 6, growing the payments team to 8 engineers.",
                ("8 engineers", MetricKind.TEAM),
            ),
            _bullet(
                7,
                "Chose Datadog over building in-house monitoring after a build-vs-buy evaluation, saving $200K a year.",
                ("$200K", MetricKind.MONEY),
            ),
            _bullet(
                8, "Resolved a conflict between product and engineering with a phased rollout behind feature flags."
            ),
        ),
        line=4,
    ),
    Role(
        "Senior Engineer",
        "Globex",
        "2014-06",
        "2019-12",
        (
            _bullet(
                11, "Built order APIs in Python and PostgreSQL for 1.2M monthly users.", ("1.2M", MetricKind.USERS)
            ),
            _bullet(
                12,
                "Introduced on-call ownership and blameless postmortems; incidents fell 50%.",
                ("50%", MetricKind.PERCENT),
            ),
        ),
        line=10,
    ),
)


def make_resume(roles: tuple[Role, ...] = ROLES, years: float | None = 11.0) -> Resume:
    return Resume(
        document=_document("resume.md"),
        contact=Contact(name="Ada Example"),
        sections=(),
        roles=roles,
        years_experience=years,
        as_of=dt.date(2025, 3, 1),
        report=ReadingReport("md", 1, ()),
    )


def _skill(name: str, line: int, *, strength: Strength | None = None, need: Need | None = None) -> Skill:
    taxon = TAXONOMY.get(name)
    assert taxon is not None
    evidence = (Evidence(line, "", name, SectionKind.EXPERIENCE, "alias"),)
    return Skill(name, taxon.category, taxon.areas, evidence, strength=strength, need=need)


RESUME_SKILLS = Skills(
    (
        _skill("Kafka", 5, strength=Strength.DEMONSTRATED),
        _skill("RabbitMQ", 30, strength=Strength.LISTED),
        _skill("Python", 11, strength=Strength.DEMONSTRATED),
        _skill("PostgreSQL", 11, strength=Strength.DEMONSTRATED),
        _skill("mentoring", 6, strength=Strength.DEMONSTRATED),
        _skill("Datadog", 7, strength=Strength.DEMONSTRATED),
    )
)
POSTING_SKILLS = Skills(
    (
        _skill("NATS", 3, need=Need.REQUIRED),
        _skill("Terraform", 3, need=Need.REQUIRED),
        _skill("Python", 4, need=Need.REQUIRED),
        _skill("mentoring", 5, need=Need.REQUIRED),
        _skill("Go", 9, need=Need.STACK),
    )
)


def make_posting(seniority: Seniority = Seniority.VP, **changes: object) -> Posting:
    posting = Posting(
        document=_document("job.txt"),
        company="Initech",
        title="VP of Engineering",
        seniority=seniority,
        sections=(),
        report=ReadingReport("txt", 1, ()),
        about=("Initech builds payroll software for 5,000 small businesses.",),
        team="40 engineers",
        leadership_signals=(
            "Build and lead a team of 40 engineers",
            "Own the engineering strategy with the executives",
        ),
        responsibilities=(
            "Migrate the monolith to microservices without slowing delivery",
            "Partner with product and design on the quarterly roadmap",
            "Hire and mentor engineering managers",
        ),
        requirements=("8+ years of backend experience", "Experience with NATS and Terraform"),
    )
    return dataclasses.replace(posting, **changes)


def _fit(posting: Posting | None = None, resume: Resume | None = None):
    return fit_posting(resume or make_resume(), RESUME_SKILLS, posting or make_posting(), POSTING_SKILLS, TAXONOMY)


def _mean_weight(fit, areas) -> float:
    return sum(fit.area(a).weight for a in areas) / len(areas)


def test_fit_vp_posting_weighs_vp_areas_more_than_staff_posting():
    vp = _fit(make_posting(Seniority.VP))
    staff = _fit(make_posting(Seniority.IC_STAFF, title="Staff Engineer"))
    assert _mean_weight(vp, VP_AREAS) > _mean_weight(staff, VP_AREAS)
    assert _mean_weight(staff, HEAD_TECH_AREAS) > _mean_weight(vp, HEAD_TECH_AREAS)
    assert all(0 <= a.weight <= 1 for a in vp.areas)


def test_fit_all_eight_areas_in_order():
    assert [a.area for a in _fit().areas] == list(Area)


def test_fit_evidence_cites_real_bullets_of_their_role():
    bullets = {(b.text, r.label, b.line) for r in ROLES for b in r.bullets}
    fit = _fit()
    cited = [c for a in fit.areas for c in a.evidence]
    assert cited
    assert all((c.text, c.where, c.line) in bullets for c in cited)
    assert all(len(a.evidence) <= 4 for a in fit.areas)


@pytest.mark.parametrize(
    ("area", "expected_line"),
    [(Area.TEAM_AND_HIRING, 6), (Area.DECISIONS, 7), (Area.CROSS_FUNCTIONAL, 8), (Area.QUALITY, 12)],
)
def test_fit_area_evidence_best_bullet_first(area: Area, expected_line: int):
    assert _fit().area(area).evidence[0].line == expected_line


def test_fit_missing_skill_gets_adjacent_substitute():
    matches = {m.name: m for m in _fit().skills}
    assert matches["NATS"].strength is None
    assert matches["NATS"].substitute == "Kafka"  # demonstrated beats the listed RabbitMQ
    assert matches["Terraform"].substitute is None
    assert matches["Python"].strength is Strength.DEMONSTRATED
    assert [m.need for m in _fit().skills] == [Need.REQUIRED] * 4 + [Need.STACK]


def test_fit_gaps_name_missing_skill_and_bigger_team():
    fit = _fit()
    assert any("Terraform" in g for g in fit.area(Area.QUALITY).gaps)
    team_gaps = [g for a in fit.areas for g in a.gaps if "team of 40" in g]
    assert team_gaps and "teams up to 8" in team_gaps[0]


def test_fit_score_explained_in_one_line():
    fit = _fit()
    assert 0 <= fit.score <= 100
    assert "\n" not in fit.explanation and "required-skill coverage" in fit.explanation
    for area in fit.areas:
        assert 0 <= area.score <= 100
        assert "\n" not in area.explanation and "bullet" in area.explanation


def test_fit_scope_cites_scale_bullets():
    lines = [c.line for c in _fit().scope]
    assert {5, 6, 7, 11} <= set(lines)
    assert 8 not in lines  # no figure, no scale


def test_fit_seniority_verdict_for_a_stretch():
    seniority = _fit().seniority
    assert seniority.posting is Seniority.VP
    assert seniority.candidate is Seniority.IC_STAFF
    assert "VP" in seniority.verdict and "Staff Engineer" in seniority.verdict and "8" in seniority.verdict


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("VP of Engineering", Seniority.VP),
        ("Chief Technology Officer", Seniority.CTO),
        ("Senior Engineering Manager", Seniority.MANAGER),
        ("Principal Engineer", Seniority.IC_STAFF),
        ("Sr. Backend Developer", Seniority.IC_SENIOR),
        ("Head of Platform", Seniority.HEAD),
        # an associate, assistant or deputy title sits a rung below the one it qualifies (a blind review)
        ("Associate Director", Seniority.MANAGER),
        ("Deputy Director of Engineering", Seniority.MANAGER),
        ("Assistant Vice President, Technology", Seniority.DIRECTOR),
        ("Director, Platform", Seniority.DIRECTOR),
        ("Software Engineer", Seniority.OTHER),
        (None, Seniority.OTHER),
    ],
)
def test_fit_title_seniority(title: str | None, level: Seniority):
    assert title_seniority(title) is level


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("build and lead a team of 40 engineers", 40),
        ("Tech lead for the 7-engineer payments team", 7),
        ("grow the team from 20 to 60 engineers", 60),
        ("managing a 400 person engineering organization", 400),
        ("8+ years of backend experience", 0),
        # a count of managers is no team size (a blind review read "teams up to 2" beside this line)
        ("Managing two scrum teams including two other people managers", 0),
        ("Led 3 engineering managers", 0),
        ("Hired 3 managers and 20 engineers", 20),
        ("Lead 8 Data Scientists", 8),
    ],
)
def test_fit_team_sizes(text: str, size: int):
    assert max(team_sizes(text), default=0) == size


def test_fit_resume_without_metrics_still_scores():
    # no number anywhere (the figure test reads the text too, as the STAR results do)
    plain = tuple(
        dataclasses.replace(r, bullets=tuple(
            dataclasses.replace(b, text=re.sub(r"\d[\d,.%+x$]*", "", b.text), metrics=()) for b in r.bullets))
        for r in ROLES
    )
    fit = _fit(resume=make_resume(plain, years=None))
    assert fit.scope == ()
    assert all("0 with figures" in a.explanation for a in fit.areas)
    assert any(a.score > 0 for a in fit.areas)


def test_fit_is_deterministic():
    assert _fit() == _fit()


@pytest.mark.parametrize(
    ("line", "area"),
    [
        ("Experience building a distributed team across two or more locations", Area.TEAM_AND_HIRING),
        ("Design distributed systems with low latency", Area.TECHNICAL_SCALE),
        ("Run performance reviews and career conversations", Area.TEAM_AND_HIRING),
    ],
)
def test_fit_false_friend_cues_do_not_count(line: str, area: Area):
    assert best_area(line) is area


# --- issue 12: competencies read from what people did -------------------------------------------


def _asked(
    name: str, category: str, line: int = 3, section: SectionKind = SectionKind.REQUIREMENTS, text: str = ""
) -> Skill:
    return Skill(
        name, category, (Area.TEAM_AND_HIRING,), (Evidence(line, text, name, section, "alias"),), need=Need.REQUIRED
    )


def _with_bullets(*texts: str) -> Resume:
    bullets = tuple(Bullet(t, 5 + i) for i, t in enumerate(texts))
    return make_resume((Role("Lead Data Scientist", "Acme", "2019-01", "present", bullets, line=4),))


def test_issue_12_leading_people_counts_as_team_leadership_and_mentoring():
    resume = _with_bullets(
        "Lead 8 Data Scientists building the fraud models.",
        "Coached engineers and managers through the move to on-call.",
        "Served 35M daily active users at 99.9% availability.",
    )
    posting_skills = Skills(
        (
            _asked("team leadership", "leadership"),
            _asked("mentoring", "leadership"),
            _asked("scalability", "architecture"),
        )
    )
    fit = fit_posting(resume, Skills(()), make_posting(), posting_skills, TAXONOMY)
    assert {m.name: m.strength for m in fit.skills} == {
        "team leadership": Strength.DEMONSTRATED,
        "mentoring": Strength.DEMONSTRATED,
        "scalability": Strength.DEMONSTRATED,
    }


def test_issue_12_soft_skills_and_the_companys_own_business_are_not_gaps():
    posting_skills = Skills(
        (
            _asked("communication", "collaboration"),
            _asked("risk management", "leadership", section=SectionKind.ABOUT),
            _asked("macOS", "os", text="You'll get a MacBook Pro and a home office budget."),
            _asked("Terraform", "tool"),
        )
    )
    fit = fit_posting(make_resume(), RESUME_SKILLS, make_posting(), posting_skills, TAXONOMY)
    assert [m.name for m in fit.skills] == ["Terraform"]


def test_issue_12_people_onboarded_to_a_tool_are_not_a_team():
    from tailor.fit import _bullets, candidate_team_size

    resume = _with_bullets(
        "Rolled out the new CI tool and onboarded 10+ people to it.",
        "Led a team of 4 engineers on the billing rewrite.",
    )
    fit = fit_posting(resume, Skills(()), make_posting(), Skills(()), TAXONOMY)
    assert "teams up to 4" in fit.seniority.verdict
    assert candidate_team_size(_bullets(resume)) == 4


@pytest.mark.parametrize(
    ("bullet", "shown"),
    [
        ("Cut change lead time from ~4 days to < 2 days by tightening review processes.", True),
        ("Tracked DORA delivery metrics across 6 teams to find process bottlenecks.", True),
        ("Cut CI build time from 42 to 11 minutes with parallel test shards.", True),
        ("Wrote the quarterly newsletter on delivery practices.", False),  # no cue, no figure
    ],
)
def test_issue_12_developer_productivity_shown_by_delivery_work_in_bullets(bullet: str, shown: bool):
    posting_skills = Skills((_asked("developer productivity", "practice"),))
    fit = fit_posting(_with_bullets(bullet), Skills(()), make_posting(), posting_skills, TAXONOMY)
    assert (fit.skills[0].strength is Strength.DEMONSTRATED) is shown


@pytest.mark.parametrize(
    ("skill", "bullet", "shown"),
    [
        ("writing code", "Rewrote the booking flow in Kotlin.", True),
        ("writing code", "Built the Android team from 2 to 9 engineers.", False),  # a team is not software
        ("software quality", "Worked in a fast-paced, test-driven development environment.", True),
        ("technical debt", "Paid down tech debt in checkout before the peak season.", True),
        ("feedback", "Gave weekly feedback to every engineer.", None),  # a soft skill is never asked as a gap
    ],
)
def test_issue_12_competencies_shown_by_what_the_bullets_did(skill: str, bullet: str, shown: bool | None):
    posting_skills = Skills((_asked(skill, "practice"),))
    resume = dataclasses.replace(
        _with_bullets(bullet),
        roles=tuple(dataclasses.replace(r, title="Engineering Manager") for r in _with_bullets(bullet).roles),
    )
    fit = fit_posting(resume, Skills(()), make_posting(), posting_skills, TAXONOMY)
    if shown is None:
        assert fit.skills == ()
    else:
        assert (fit.skills[0].strength is Strength.DEMONSTRATED) is shown


def test_issue_12_a_software_engineer_title_shows_writing_code():
    resume = _with_bullets("Kept the tax engine up to date with state regulations.")
    resume = dataclasses.replace(
        resume, roles=tuple(dataclasses.replace(r, title="Software Engineer") for r in resume.roles)
    )
    fit = fit_posting(resume, Skills(()), make_posting(), Skills((_asked("writing code", "practice"),)), TAXONOMY)
    assert fit.skills[0].strength is Strength.DEMONSTRATED


def test_issue_12_a_choice_is_met_by_any_one_and_missed_as_one_gap():
    # "Go or Python" asked: Python held meets it; neither held is one gap that reads as the posting wrote it
    def choice(*held: str) -> tuple[SkillMatch, ...]:
        both = ("Go", "Python")
        asked = (_skill(name, 3, need=Need.REQUIRED) for name in both)
        posting = Skills(tuple(dataclasses.replace(s, alternatives=tuple(set(both) - {s.name})) for s in asked))
        resume = Skills(tuple(_skill(name, 5, strength=Strength.DEMONSTRATED) for name in held))
        return match_skills(resume, posting, TAXONOMY)

    assert [(m.name, m.strength) for m in choice("Python")] == [("Python", Strength.DEMONSTRATED)]
    assert [m.label for m in choice() if m.strength is None] == ["Go or Python"]


def test_issue_12_level_named_in_the_postings_words():
    seniority = _fit(make_posting(Seniority.HEAD, title="Head of Platform", level="Head of Platform")).seniority
    assert seniority.named == "Head of Platform"
    assert "Posting is Head of Platform level" in seniority.verdict
    assert "Head of Engineering" not in seniority.verdict


def test_issue_12_managing_teams_of_managers_shows_direct_reports():
    # Blind review: "Direct reports on both teams — no résumé line shows this yet" beside this very bullet.
    signal = "Direct reports on both teams"
    posting = make_posting(leadership_signals=(signal,))
    shown = _with_bullets("Managing two scrum teams including two other people managers.")
    gaps = [g for a in fit_posting(shown, Skills(()), posting, Skills(()), TAXONOMY).areas for g in a.gaps]
    assert not any(signal in g for g in gaps), gaps
    unrelated = _with_bullets("Tuned the ranking model's recall on cold-start items.")
    gaps = [g for a in fit_posting(unrelated, Skills(()), posting, Skills(()), TAXONOMY).areas for g in a.gaps]
    assert any(signal in g for g in gaps), gaps


@pytest.mark.parametrize(
    ("line", "hits"),
    [
        ("Design the multi-tenant compute scheduler on Kubernetes", 0),  # the verb, not the design team
        ("Designed and built the billing API to support growth", 0),
        ("Own features end to end, from the design doc to the dashboards", 0),
        ("Partner with product and design on the roadmap", 3),
        ("Work with design and product managers every day", 2),
    ],
)
def test_fit_cross_functional_cues_are_the_people_not_the_verb(line: str, hits: int):
    # a blind review: "Design the multi-tenant compute scheduler" quoted in a question on product and design
    from tailor.fit import area_hits

    assert area_hits(Area.CROSS_FUNCTIONAL, line) == hits


def test_issue_12_years_of_work_never_meet_years_managing():
    # Blind review: "19 years of experience" was read as 19 years managing.
    signal = "8+ years managing engineering teams"
    posting = make_posting(leadership_signals=(signal,))
    engineer = make_resume(roles=(dataclasses.replace(ROLES[0], title="Staff Engineer", start="2006-01"),), years=19.2)
    gaps = [g for a in fit_posting(engineer, Skills(()), posting, Skills(()), TAXONOMY).areas for g in a.gaps]
    assert any(signal in g and "no role titled manager" in g for g in gaps), gaps
    manager = make_resume(roles=(dataclasses.replace(ROLES[0], title="Engineering Manager", start="2012-01"),))
    gaps = [g for a in fit_posting(manager, Skills(()), posting, Skills(()), TAXONOMY).areas for g in a.gaps]
    assert not any(signal in g for g in gaps), gaps  # 13 years as a manager


@pytest.mark.parametrize(
    ("name", "text"),
    [("Go", "Gopher and Go"), ("Go", "Gopher, Go_lang"), ("C", "C++ and C#"), ("C", "in C, then C#"), ("Go", "go"),
     ("Node.js", "node.js/React"), ("A/B testing", "ran a/b testing2"), ("SQL", "T-SQL"), ("SQL", "SQLite, noSQL"),
     ("Go", "Go — then Rust"), ("Go", "Goé and éGo"), ("Kafka", "\u212aafka"), ("iOS", "ıOS"), ("iOS", "İOS — apps"),
     ("SQL", "ſQL"), ("Kafka", "Kafka-based — 2019"), ("C++", "C++17 · C++")],
)
def test_a_name_is_found_without_a_regex_where_the_regex_finds_it(name: str, text: str) -> None:
    """mentions and whole_word look for a name with plain searches (a regex compiled per name was on the path of
    every brief; issue 14), finding what the regex finds: whole words, after no word character and before none,
    nor "+" or "#"; in lines with a dash or an accent too, but for the three letters a case-insensitive regex
    pairs with an ASCII one where lower case does not (there the regex still decides)."""
    import re

    from tailor.fit import mentions, whole_word

    regex = re.search(rf"(?<![\w]){re.escape(name)}(?![\w+#])", text, re.IGNORECASE) is not None
    assert mentions(name, text) is regex
    for before, after in (("", ""), ("-", "-"), ("-", "+#-")):
        exact = re.search(rf"(?<![\w{before}]){re.escape(name)}(?![\w{re.escape(after)}])", text) is not None
        assert whole_word(name, text, before, after) is exact


def test_a_name_is_looked_for_without_its_regex_only_where_it_cannot_occur() -> None:
    """mentions and the audit skip a name's regex when a plain search rules it out (issue 14); outside ASCII a
    case-insensitive regex pairs letters that str.lower does not, so there the regex still decides."""
    from tailor.audit import _names
    from tailor.fit import mentions

    assert mentions("Kubernetes", "We run KUBERNETES on-prem") and not mentions("Kubernetes", "We run Nomad")
    assert not mentions("Go", "Gopher") and not mentions("C", "C#")
    assert mentions("strength", "ſtrength training") and mentions("ios", "İOS apps")  # "İOS".lower() is "i̇os"
    assert _names("Go", "shipped in Go") and not _names("Go", "go to market")  # a cased name keeps its case
    assert _names("kubernetes", "KUBERNETES") and _names("strength", "ſtrength")
    from tailor.fit import area_hits

    assert area_hits(Area.SCALING, "Scaled the platform") == 1 and area_hits(Area.SCALING, "Wrote the docs") == 0
    assert area_hits(Area.SCALING, "ſcaled the platform") == 1  # not ASCII: the regex decides
