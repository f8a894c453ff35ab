"""Relations: behaviours of ``claimkit.relations`` that a fresh mutant sample showed unpinned (issue 14).

Written against survivors of ``scripts/mutation.py relations --sample 200 --seed 1`` (a sample the tests of
``tests/rules/test_relations_rules.py`` were not written against). Each test states what the output must be for
invented words or sentences (the interval a figure stands for, a currency sign read as its unit, a word that
calls something false, the exact reason a denial gives), never how the rules get there.
"""

from __future__ import annotations

import math
import re

import pytest

import claimkit
from claimkit.model import Actor, ActorKind, Span, Stance, Statement, StatementKind
from claimkit.relations import (
    _currency_words,
    _denial_lex,
    _falsity_at,
    _knowledge,
    _lex,
    _narrower,
    _read_numbers,
)

pytestmark = pytest.mark.needs_nltk_data


@pytest.mark.parametrize(
    ("text", "intervals"),
    [
        ("2 million", ((2_000_000.0, 2_000_000.0),)),  # a multiplier word multiplies
        ("about 100", ((80.0, 120.0),)),  # an approximator widens the figure by a fifth each way
        ("at least 5", ((5.0, math.inf),)),  # a lower bound runs on
    ],
)
def test_the_interval_a_figure_stands_for(text: str, intervals: tuple[tuple[float, float], ...]) -> None:
    assert _read_numbers(text.split(), _lex()) == intervals


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("$2 million", ["dollar", "2", "million"]),
        ("us$5 million", ["dollar", "5", "million"]),  # the longer sign first: not "us dollar"
    ],
)
def test_a_currency_sign_is_read_as_its_unit(text: str, words: list[str]) -> None:
    assert _currency_words(text, _lex()).split() == words


@pytest.mark.parametrize(
    ("words", "i"),
    [
        (["is", "false", "officials", "said"], 1),  # after a form of "be", whatever follows
        (["the", "claim", "is", "false"], 3),  # the last word of the text
        (["fake", "news"], 0),  # "fake news" calls something false
    ],
)
def test_a_word_that_calls_something_false(words: list[str], i: int) -> None:
    assert _falsity_at(words, i, _denial_lex(), predicative=True)


def test_a_falsity_word_before_a_noun_is_no_verdict() -> None:
    # "a false statement" describes a statement; it does not call what was said false
    assert not _falsity_at(["a", "false", "statement"], 1, _denial_lex(), predicative=True)


def test_knowledge_one_side_reads_who_is_sure_and_what_is_not_verified() -> None:
    # rule knowledge-clash, one side: "X is sure P" is certain; "not sure" opening the words is no certainty;
    # "have not verified closure" is about the closure, the first word after the verb
    lex = _denial_lex()
    sure = _knowledge(["the", "mayor", "is", "sure", "the", "plant", "closed"], frozenset(), lex)
    assert sure is not None
    assert (sure.certain, sure.holder, sure.topic, sure.open) == (
        True,
        frozenset({"mayor"}),
        frozenset({"clos", "plant"}),
        False,
    )
    assert _knowledge(["not", "sure", "the", "plant", "closed"], frozenset(), lex) is None
    unverified = _knowledge(["officials", "have", "not", "verified", "closure"], frozenset(), lex)
    assert unverified is not None
    assert (unverified.certain, unverified.topic) == (False, frozenset({"closur"}))


def _statement(text: str, content: str, speaker: Actor | None = None) -> Statement:
    c = text.index(content)
    return Statement(
        id="s",
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, c, c + len(content)),
        stance=Stance.ASSERT,
        speaker=speaker,
    )


def test_which_of_two_statements_of_one_superlative_stands_for_it() -> None:
    # _narrower: a named speaker over a nameless carrier; else the shorter content; a tie keeps the first one
    text = "The crowd was the largest ever. The crowd was the biggest ever."
    mayor = Actor(id="mayor", name="mayor", kind=ActorKind.PERSON)
    short, same = _statement(text, "the largest ever"), _statement(text, "the biggest ever")
    longer = _statement(text, "The crowd was the largest ever")
    assert _narrower(short, longer) is True
    assert _narrower(short, same) is False
    assert _narrower(_statement(text, "The crowd was the largest ever", mayor), short) is True


def _reason_items(text: str) -> list[str]:
    """The items of the second reason of the one relation of *text* ("a denial aimed at it: x; y; z")."""
    (relation,) = claimkit.analyze(text, published="2024-03-13", doc_id="d").relations
    return re.split(r"[:;] ", relation.reasons[1])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            (
                "The union said 4,000 workers joined the strike. Officials said the talks would resume on Monday. "
                "The company rejected those figures."
            ),
            "the figures it refers to (rule figure-reference)",
        ),
        (
            "The Post reported that Ann Lee started the fire. Ann Lee denied responsibility for the fire.",
            "it accuses the denier",
        ),
        (
            (
                "The Post reported that Ann Lee hid the files. "
                "The lawyer denied that Ann Lee was responsible for hiding the files."
            ),
            "about whom its blame names (rule named-accused)",
        ),
    ],
)
def test_a_denial_names_each_reason_it_meets_its_target(text: str, item: str) -> None:
    assert item in _reason_items(text)
