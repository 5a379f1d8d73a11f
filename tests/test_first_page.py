"""Tests for the call sheet's first page (issue 12, blind review: the hand brief opens with an honest fit): the fit
verdict (draft/verdict.py), the one risks table (checks.risk_table) and the company as the posting states it.

Each test runs the CLI on an invented résumé and posting and reads the Markdown brief as a user would."""
from __future__ import annotations

from tests.conftest import markdown_brief, risk_table_rows

RESUME = """# Odile Brannock

odile.brannock@example.com | +1 303 555 0188 | Denver, CO

## Experience

### Senior Software Engineer, Tamberly Freight
Mar 2019 - Present
- Built the carrier billing service in Go and PostgreSQL, handling 4M invoices a year.
- Moved the shipment events pipeline onto Kafka, cutting lag from 9 minutes to 20 seconds.
- Ran the on-call rotation for the billing services.

### Software Engineer, Cresswell Outfitters
Jun 2014 - Feb 2019
- Built order services in Python for the online store.
- Wrote the returns workflow used by 300 stores.

## Education

BSc Computer Science, University of Colorado, 2014
"""

POSTING = """{title}
Harrowgate Systems · Remote (US)

About us
Harrowgate Systems builds billing software for freight carriers and the shippers who pay them, from invoices
to disputes, used every day by finance teams at small carriers and national fleets alike.

What you will do
- Build and run the billing services that carriers depend on every day.
- Keep the invoice pipeline fast, observable and easy to change as volume grows.
- Work with product and finance on what ships next.

Requirements
{requirements}
{extra}
"""

STRONG = "- 6+ years of software engineering experience.\n- Strong Go, PostgreSQL and Kafka."


def _brief(tmp_path, cli, requirements: str, title: str = "Senior Backend Engineer", extra: str = "",
           resume: str = RESUME) -> str:
    posting = POSTING.format(title=title, requirements=requirements, extra=extra)
    return markdown_brief(tmp_path, cli, resume, posting)


def _fit(brief: str) -> str:
    return brief.split("### Your fit", 1)[1].split("\n### ", 1)[0].strip()


def _table(brief: str) -> list[list[str]]:
    """The risks and requirements table's rows: [the posting asks, your résumé shows, verdict, how to handle it]."""
    return risk_table_rows(brief)


def _company(brief: str) -> str:
    return brief.split(" in brief\n", 1)[1].split("\n## ", 1)[0]


def test_issue_12_a_stretch_names_the_missing_managing_years(tmp_path, cli):
    brief = _brief(tmp_path, cli, "- 8+ years of software engineering, including 5+ years managing engineers.",
                   title="Engineering Manager, Billing")
    fit = _fit(brief)
    assert fit.startswith("**A stretch.**"), fit
    # the top gap in one plain sentence, led by how serious it is, then the plan (issue 12)
    assert "The gap that could end it is managing people: the posting asks 5+ years managing engineers" in fit, fit
    assert "Plan: say it first" in fit, fit
    assert brief.index("### Your fit") < brief.index("### Your pitch")  # the verdict first, before the pitch


def test_issue_12_a_strong_fit_names_its_strongest_line(tmp_path, cli):
    fit = _fit(_brief(tmp_path, cli, STRONG))
    assert fit.startswith("**A strong fit.**"), fit
    # the bullet naming the most skills asked, quoted as printed and cited with its role
    assert ("Strongest evidence: Go and PostgreSQL in “Built the carrier billing service in Go and PostgreSQL, "
            "handling 4M invoices a year” (Senior Software Engineer, Tamberly Freight).") in fit, fit
    assert "The gap" not in fit and "Nothing the posting asks is left unshown" in fit, fit


def test_issue_12_a_requirement_to_check_stays_check(tmp_path, cli):
    brief = _brief(tmp_path, cli, STRONG + "\n- Must be authorized to work in the US without sponsorship.")
    fit = _fit(brief)
    assert "To settle early: the posting asks “Must be authorized to work in the US without sponsorship”" in fit, fit
    assert "The gap that could end it" not in fit and "not shown" not in fit, fit
    row = next(r for r in _table(brief) if r[0].startswith("**Work authorisation**"))
    assert row[2] == "check", row


def test_issue_12_the_risks_table_never_tells_a_claim_the_resume_lacks(tmp_path, cli):
    asked = STRONG + "\n- 3+ years with Terraform.\n- Experience with SOC 2 audits is required."
    rows = _table(_brief(tmp_path, cli, asked))
    missing = [r for r in rows if r[2] == "not shown"]
    assert any("Terraform" in r[0] for r in missing) and any("SOC 2" in r[0] for r in missing), rows
    for asks, _shows, _verdict, handle in missing:
        # said plainly first, never "name your experience of Terraform" nor "if you have used it, say where"
        assert handle.startswith("Say") and "plainly" in handle, (asks, handle)
        assert not any(w in handle.lower() for w in ("name your", "experience of", "if you have", "add it to")), handle
    # the most serious first: rows not shown before those to check, those met last
    verdicts = [r[2] for r in rows]
    assert verdicts.index("meets") > max(i for i, v in enumerate(verdicts) if v == "not shown"), verdicts


def test_issue_12_the_company_block_shows_what_the_posting_states_and_no_legal_text(tmp_path, cli):
    extra = """
About the team
The billing team is 9 engineers and reports to the VP of Engineering.

Compensation
Salary range: $165,000 – $190,000, plus equity.

Harrowgate Systems is an equal opportunity employer. We do not discriminate on the basis of race, religion,
color, sex, gender identity, sexual orientation, age, disability or veteran status.
"""
    company = _company(_brief(tmp_path, cli, STRONG, extra=extra))
    assert "**Package:** Salary range: $165,000 – $190,000, plus equity" in company, company
    assert "**How they work:** Remote (US)" in company, company
    assert "reports to the VP of Engineering" in company, company
    assert "**What you would do:** Build and run the billing services" in company, company
    assert "equal opportunity" not in company.lower() and "discriminate" not in company, company
    assert "the pay" not in company and "who the role reports to" not in company, company


def test_issue_12_the_company_block_says_what_is_unknown(tmp_path, cli):
    company = _company(_brief(tmp_path, cli, STRONG))
    unknown = next(line for line in company.splitlines() if line.startswith("- **Unknown:**"))
    assert unknown == ("- **Unknown:** The posting does not say its stage and funding, the team's size, who the role "
                       "reports to, the pay or the interviewers' backgrounds; find out before the call."), unknown
    assert "**Package:**" not in company, company


MANAGER_RESUME = """# Odile Brannock

odile.brannock@example.com | +1 303 555 0188 | Denver, CO

## Experience

### Engineering Manager, Tamberly Freight
Mar 2019 - Present
- Introduced on-call for the Go and PostgreSQL services with runbooks and service owners.
- Hired and onboarded 8 engineers and grew two of them into tech leads.
- Moved the shipment events pipeline onto Kafka with a new schema registry and replay tooling, cutting event lag \
from 9 minutes to 20 seconds, and retired the nightly batch jobs that fed the billing reports.

## Education

BSc Computer Science, University of Colorado, 2014
"""


def test_issue_12_the_strongest_line_proves_what_the_posting_stresses(tmp_path, cli):
    """A posting about building and growing a team: the hiring line with its figure, not the line naming the most
    skills asked with no result."""
    asked = ("- 8+ years of software engineering, 3+ years managing engineers.\n"
             "- Hire, grow and mentor engineers; build a team of engineers and tech leads.\n"
             "- Go, PostgreSQL and on-call experience.")
    fit = _fit(_brief(tmp_path, cli, asked, title="Engineering Manager", resume=MANAGER_RESUME))
    assert ("Strongest evidence: “Hired and onboarded 8 engineers and grew two of them into tech leads” "
            "(Engineering Manager, Tamberly Freight).") in fit, fit


def test_issue_12_a_clipped_strongest_line_keeps_its_figure(tmp_path, cli):
    fit = _fit(_brief(tmp_path, cli, "- 6+ years of software engineering.\n- Strong Kafka.", resume=MANAGER_RESUME))
    # cut to its opening and the clause with the figure, never to the opening alone
    assert ("Kafka in “Moved the shipment events pipeline onto Kafka with a new schema registry and replay tooling "
            "… cutting event lag from 9 minutes to 20 seconds”") in fit, fit


def test_issue_12_a_risk_the_audit_fails_is_said_nowhere(tmp_path, cli, monkeypatch):
    """A statement the claims audit fails is dropped everywhere the brief prints it: the first page's risk sentence
    is said again from the table the audit leaves, never in the failed words (blind review: the first page said
    a risk the appendix called failed and left out). The audit is made to fail the risk's words about the résumé
    (the stage as it runs, with one claim it cannot bear out)."""
    import dataclasses

    from tailor import audit, pipeline
    from tailor.model import Claim

    failed: list[str] = []

    def audit_failing_the_risk(brief):
        row = next(r for r in brief.risk_table if r.risk and r.verdict.name == "NOT_SHOWN")
        said = row.shows.split("; ")[-1]  # what it says the résumé holds instead
        failed.append(said)
        return audit.audit_brief(dataclasses.replace(brief, claims=(*brief.claims, Claim("risk", said, ()))))

    monkeypatch.setattr(pipeline, "audit_brief", audit_failing_the_risk)
    brief = _brief(tmp_path, cli, "- Strong Rust and Cassandra.")
    assert failed and failed[0] in brief.split("## Appendix", 1)[1], brief  # the appendix says it failed
    assert failed[0] not in brief.split("## Appendix", 1)[0], brief
    assert "### Your fit" in brief, brief


def test_issue_12_a_required_choice_of_two_word_like_names_is_in_the_skill_match(tmp_path, cli):
    """"Go or Rust in production" names two languages that are everyday words too: each names the other's sense,
    so the requirement shows in the skill match with its status (blind review: the brief never mentioned it);
    "Go" opening a sentence on its own is still a verb."""
    resume = RESUME.replace("in Go and PostgreSQL", "in PostgreSQL")
    brief = _brief(tmp_path, cli, "- Go or Rust in production.\n- Strong PostgreSQL.", resume=resume)
    match = brief.split("### Skill match", 1)[1].split("\n### ", 1)[0]
    assert "- Go or Rust (not shown)" in match, match
    verb = _brief(tmp_path, cli, "- Go live with new carriers every month.\n- Strong PostgreSQL.", resume=resume)
    match = verb.split("### Skill match", 1)[1].split("\n### ", 1)[0]
    assert "Go" not in match.replace("PostgreSQL", ""), match
