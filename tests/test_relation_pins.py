"""Scores and reasons of relations pinned on minimal invented texts.

Written against mutants of ``claimkit.relations`` that the other relation tests let through
(``scripts/mutation.py relations``): the agreement score and how a hedge lowers it, a denial's
score and the reason that quotes what was denied.
"""

from __future__ import annotations

import warnings

import pytest

import claimkit

pytestmark = pytest.mark.needs_nltk_data


def test_the_same_claim_agrees_at_the_agreement_score() -> None:
    relation = claimkit.compare("Ruritania arms the group.", "Ruritania arms the group.")
    assert relation is not None
    assert (relation.kind, relation.score) == (claimkit.RelationKind.AGREES, 0.8)


def test_a_hedge_lowers_the_agreement_score_and_is_named() -> None:
    relation = claimkit.compare("Ruritania probably arms the group.", "Ruritania arms the group.")
    assert relation is not None
    assert relation.kind is claimkit.RelationKind.AGREES
    assert relation.score == pytest.approx(0.56)
    assert relation.reasons[-1] == "hedged: probably"


def test_a_denial_of_a_report_contradicts_it_and_quotes_what_was_denied() -> None:
    text = (
        "Officials said on Monday that the dam was unsafe. "
        'Ann Roe, the mayor, denied the report that the dam was unsafe, calling it "false."'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        analysis = claimkit.analyze(text, published="2020-01-01")
    (relation,) = analysis.relations
    assert (relation.kind, relation.score) == (claimkit.RelationKind.CONTRADICTS, 0.9)
    assert relation.reasons[0] == "officials say “the dam was unsafe”; Ann Roe denies “the dam was unsafe”"


def test_a_denial_reason_quotes_the_claim_without_its_quote_marks_and_comma() -> None:
    text = "“The dam is unsafe,” officials said on Monday. Ann Roe, the mayor, denied the claim that the dam is unsafe."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        analysis = claimkit.analyze(text, published="2020-01-01")
    assert analysis.statements[0].content.text == "“The dam is unsafe,”"
    (relation,) = analysis.relations
    assert relation.reasons[0] == "officials say “The dam is unsafe”; Ann Roe denies “the dam is unsafe”"


def test_a_denial_of_the_report_aims_at_a_report_its_source_carries_on() -> None:
    """Rule report-continuation: "..., citing engineers" is the same report, not the latest one."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        plain = claimkit.analyze(
            "The Lakeside Herald reported that the mayor had hidden the bridge survey. The mayor denied the report.",
            published="2020-01-01",
        )
        continued = claimkit.analyze(
            "The Lakeside Herald reported that the mayor had hidden the bridge survey, citing two engineers. "
            "The mayor denied the report.",
            published="2020-01-01",
        )
    assert [s.cue for s in continued.statements] == ["reported", "citing", "denied"]
    ((relation,), (continued_relation,)) = plain.relations, continued.relations
    assert continued_relation.a.cue == relation.a.cue == "reported"
    assert continued_relation.reasons[0] == relation.reasons[0]
    assert "rule report-continuation" in continued_relation.reasons[-1]
    assert "rule report-continuation" not in relation.reasons[-1]
