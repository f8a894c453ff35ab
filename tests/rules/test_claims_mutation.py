"""Claims: behaviours of ``claimkit.claims`` that a fresh mutant sample showed unpinned (issue 14).

Written against survivors of ``scripts/mutation.py claims --sample 200 --seed 1`` (a sample the tests of
``tests/rules/test_claims_rules.py`` were not written against). Each test states what the output must be for an
invented sentence (the rule that sets a "not" aside, the words a report's falsity covers, a name's description,
a passive claim's arguments), never how the rules get there.
"""

from __future__ import annotations

import pytest
from tests.conftest import parse as _parse

from claimkit.actors import ActorTable
from claimkit.claims import extract_claims, name_descriptors, negation_cues, report_called_false, split_clauses
from claimkit.model import Claim, Span, Stance, Statement, StatementKind

pytestmark = pytest.mark.needs_nltk_data


def _rules(text: str) -> list[tuple[str, str | None]]:
    """Each negation word of *text* and the rule that sets it aside (``None``: it negates the claim)."""
    tokens = _parse(text).tokens
    return [(tokens[c.index].text, c.rule) for c in negation_cues(tokens)]


def _claims(text: str) -> tuple[Claim, ...]:
    """The claims of one statement whose content is all of *text*."""
    statement = Statement(
        id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)), stance=Stance.ASSERT
    )
    return extract_claims(_parse(text), [statement], ActorTable())


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Stay home and do not close the plant.", [("not", "imperative")]),  # advice after "and"
        ("Plants in the U.S. do not close.", [("not", None)]),  # "U.S." is a word, not a mark before "do"
        ("The city did not pay more for the plant.", [("not", None)]),  # "more" is no superlative in disguise
        ("The man who would resign did not close the plant.", [("not", None)]),  # a modal ends the relative clause
    ],
)
def test_which_negations_are_set_aside(text: str, rules: list[tuple[str, str | None]]) -> None:
    assert _rules(text) == rules


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The report that the plant closed isn’t true.", ["that", "the", "plant", "closed"]),  # a curly apostrophe
        ("Reports that the plant closed are not really very old.", []),  # no word of falsity after the copula
        ("Reports that the plant closed are most likely false.", ["that", "the", "plant", "closed"]),  # "most" (RBS)
    ],
)
def test_a_report_called_false(text: str, content: list[str]) -> None:
    tokens = _parse(text).tokens
    assert [tokens[i].text for i in report_called_false(list(tokens))] == content


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The mayor met veteran river pilot Dana Roe.", ["veteran", "river", "pilot"]),  # the run starts after "met"
        ("Fellow candidates Dana Roe and Al Poe spoke.", ["Fellow", "candidates"]),  # a plural noun before the name
    ],
)
def test_the_description_before_a_name(text: str, words: list[str]) -> None:
    tokens = _parse(text).tokens
    assert [tokens[i].text for i in sorted(name_descriptors(tokens))] == words


@pytest.mark.parametrize("word", ["because", "since", "although"])
def test_a_subordinating_word_tagged_in_splits_the_clauses(word: str) -> None:
    clauses = split_clauses(_parse(f"The plant closed {word} the mayor resigned.").tokens)
    assert [[t.text for t in clause] for clause in clauses] == [
        ["The", "plant", "closed"],
        ["the", "mayor", "resigned"],
    ]


def test_a_passive_with_by_names_the_doer_as_the_subject() -> None:
    (claim,) = _claims("The plant was closed by the mayor.")
    assert claim.predicate == "close"
    assert claim.subject is not None
    assert claim.object is not None
    assert (claim.subject.text, claim.object.text) == ("the mayor", "The plant")
