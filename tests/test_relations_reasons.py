"""The human-readable reasons of relations, word for word (invented texts).

Each test pins one rule of how a reason is worded; they were written for mutants of
``scripts/mutation.py relations`` that no other test killed.
"""

from __future__ import annotations

import pytest

import claimkit

pytestmark = pytest.mark.needs_nltk_data


def test_a_contradiction_quotes_both_claims_and_names_the_proposition() -> None:
    r = claimkit.compare("Russia armed the rebels.", "Russia did not arm the rebels.")
    assert r is not None
    assert r.reasons == (
        "one text says “Russia armed the rebels”; one text says “Russia did not arm the rebels”",
        (
            "the same proposition with opposite polarity: Russia supply weapons to the rebels"
            " / Russia not supply weapons to the rebels"
        ),
    )


def test_a_hedged_claim_adds_its_hedges_to_the_reasons_and_lowers_the_score() -> None:
    plain = claimkit.compare("Russia armed the rebels.", "Russia did not arm the rebels.")
    hedged = claimkit.compare("Russia allegedly armed the rebels.", "Russia did not arm the rebels.")
    assert plain is not None
    assert hedged is not None
    assert hedged.reasons[-1] == "hedged: allegedly"
    assert len(hedged.reasons) == len(plain.reasons) + 1
    assert hedged.score < plain.score


def _denial_reason(text: str) -> str:
    a = claimkit.analyze(text, published="2020-01-01")
    [relation] = a.relations
    return relation.reasons[0]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The Daily Ledger reported that hackers planted chips in Acme servers. Acme denied the reports.",
            "Acme denies the Daily Ledger's report that hackers planted chips in Acme servers",
        ),
        (
            "The Daily Ledger reported that hackers planted chips in Acme servers. Acme denied the claims.",
            "Acme denies the Daily Ledger's claim that hackers planted chips in Acme servers",
        ),
        (
            "Reuters reported that hackers planted chips in Acme servers. Acme denied the report.",
            "Acme denies Reuters' report that hackers planted chips in Acme servers",
        ),
        (
            (
                "The Daily Ledger reported on Monday that hackers planted chips in Acme servers. "
                "Acme Workers denied the news."
            ),
            "Acme Workers denies the Daily Ledger's news that hackers planted chips in Acme servers",
        ),
    ],
)
def test_a_denial_reason_names_denier_source_and_what_was_denied(text: str, reason: str) -> None:
    # the denied noun in the singular ("news" stays), the source with "the" when the text gives it,
    # and an apostrophe alone after a name ending in s
    assert _denial_reason(text) == reason


@pytest.mark.parametrize(
    ("verb", "said"),
    [("disputed", "disputes"), ("rejected", "rejects"), ("dismissed", "dismisses"), ("denied", "denies")],
)
def test_a_denial_reason_uses_the_cues_own_denial_verb(verb: str, said: str) -> None:
    text = f"The Daily Ledger reported that hackers planted chips in Acme servers. Acme {verb} the report."
    assert _denial_reason(text) == f"Acme {said} the Daily Ledger's report that hackers planted chips in Acme servers"


def test_third_person_of_a_verb() -> None:
    from claimkit.lang.morphology import third_person

    assert [third_person(v) for v in ("deny", "dispute", "dismiss", "say", "reject")] == [
        "denies",
        "disputes",
        "dismisses",
        "says",
        "rejects",
    ]
