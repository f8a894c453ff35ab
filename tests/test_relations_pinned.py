"""Relations: minimal examples of reasons and rules the other tests left unpinned (issue 14, mutation testing).

Each test states what a reader expects of invented sentences; a mutant of
``claimkit.relations`` that survived the other tests changes it.
"""

from __future__ import annotations

import re

import claimkit
from claimkit import Relation, RelationKind


def _compare(a: str, b: str) -> Relation:
    r = claimkit.compare(a, b)
    assert r is not None
    return r


def _relations(text: str) -> tuple[Relation, ...]:
    return claimkit.analyze(text, published="2020-01-01", doc_id="d").relations


def test_a_reason_names_the_attribute_on_each_side() -> None:
    r = _compare("The report is false.", "The report is true.")
    assert r.kind is RelationKind.CONTRADICTS
    assert r.reasons[-1].endswith("The report be false / The report be true")
    r = _compare("The bridge is safe.", "The bridge is not safe.")
    assert r.reasons[-1] == "the same proposition with opposite polarity: The bridge be safe / The bridge not be safe"


def _negated_side(r: Relation) -> tuple[set[str], str, str]:
    """The two quoted texts of a text-fallback reason, the one it says negates, and the rest of the reason."""
    quotes = re.findall(r"“([^”]*)”", r.reasons[0])
    which, _, rest = r.reasons[1].removeprefix("the ").partition(" ")
    assert which in {"first", "second"}, r.reasons
    return set(quotes), quotes[0 if which == "first" else 1], rest


def test_the_text_fallback_quotes_the_negated_side_and_names_its_cue() -> None:
    r = _compare("The minister wants to resign.", "The minister does not want to resign.")  # no claim: no object
    assert r.kind is RelationKind.CONTRADICTS
    quotes, negated, rest = _negated_side(r)
    assert quotes == {"The minister does not want to resign", "The minister wants to resign"}
    assert negated == "The minister does not want to resign"
    assert rest == "negates or calls it false (not) about the same words: minister, resign, want"


def test_the_text_fallback_reads_a_falsity_word_as_calling_the_other_false() -> None:
    r = _compare("The report is true.", "The report is a hoax.")
    assert r.kind is RelationKind.CONTRADICTS
    quotes, negated, rest = _negated_side(r)
    assert quotes == {"The report is true", "The report is a hoax"}
    assert negated == "The report is a hoax"
    assert rest == "negates or calls it false (hoax) about the same words: report"


def test_we_of_a_ministry_contradicts_what_another_source_says_of_its_country() -> None:
    text = (
        "“Russia supplies weapons to the rebels,” Jane Doe said. Russia denied the report. "
        "“We do not supply weapons to the rebels,” the Russian foreign ministry said."
    )
    found = [(r.kind, r.a.id, r.b.id) for r in _relations(text)]
    assert (RelationKind.CONTRADICTS, "s1", "s3") in found


def test_a_retraction_quotes_the_statement_it_takes_back() -> None:
    text = "Ann Roe said the bridge was safe. Tom Ek said the bridge was not safe. Ann Roe later retracted her claim."
    changed = [r for r in _relations(text) if r.kind is RelationKind.CHANGED]
    assert [(r.a.id, r.b.id) for r in changed] == [("s1", "s3")]
    assert changed[0].reasons[0] == "changed account: Ann Roe first said “the bridge was safe”, later retracted it"


def test_two_sources_on_one_company_contradict() -> None:
    text = "Ann Roe said the company paid a bribe. The company denied the claim. Tom Ek said the company paid no bribe."
    found = [(r.kind, r.a.id, r.b.id) for r in _relations(text)]
    assert (RelationKind.CONTRADICTS, "s1", "s3") in found


def test_calling_a_plan_a_hoax_denies_the_claim_that_it_was_real() -> None:
    text = "Ann Roe said the plan was a hoax. Tom Ek said the plan was real. Jo Li said the plan is not a hoax."
    found = {(r.a.id, r.b.id): r for r in _relations(text)}
    denial = found[("s1", "s2")]
    assert denial.kind is RelationKind.CONTRADICTS
    assert denial.reasons[0] == "Ann Roe denies Tom Ek's claim that the plan was real"
    assert found[("s1", "s3")].kind is RelationKind.CONTRADICTS


def test_a_denial_targets_the_latest_report_before_it() -> None:
    text = (
        "The army blamed the rebels for the attack. The rebels denied any role in the attack. "
        "A spokesman said the army carried out the attack."
    )
    denials = [r for r in _relations(text) if any("denial-target" in x for x in r.reasons)]
    assert [(r.a.id, r.b.id) for r in denials] == [("s1", "s2")]
    assert "the latest report before it" in denials[0].reasons[-1]
