"""The token tests under the actor rules' name reading: each pinned on a minimal phrase of its own.

Written against mutants of ``claimkit.actors`` that the phrase-level tests let through
(``scripts/mutation.py actors``): a name's apostrophe at the phrase's last possible place, an
initial's period at the phrase's end, punctuation trimmed from both ends.
"""

from __future__ import annotations

import pytest

from claimkit import actors

from .conftest import parse

pytestmark = pytest.mark.needs_nltk_data


def test_a_name_apostrophe_may_be_the_last_but_one_token() -> None:
    toks = parse("O'Neill").tokens
    assert [t.text for t in toks] == ["O", "'", "Neill"]
    assert actors._is_name_apostrophe(toks, 1)


def test_an_apostrophe_with_a_space_after_it_joins_no_name() -> None:
    toks = parse("O' Neill").tokens
    assert not actors._is_name_apostrophe(toks, 1)


def test_a_period_at_the_phrase_end_is_no_initial() -> None:
    toks = parse("Ann J.").tokens
    assert [t.text for t in toks] == ["Ann", "J", "."]
    assert not actors._is_initial_dot(toks, 2)


def test_an_initial_period_inside_a_name_is_one() -> None:
    toks = parse("Ann J. Roe").tokens
    assert actors._is_initial_dot(toks, 2)


def test_an_initial_is_a_name_part_only_before_a_capitalized_word() -> None:
    lex = actors._lexicon()
    before_name = parse("Ann J. Roe").tokens
    before_verb = parse("Ann J. said").tokens
    assert actors._name_part(before_name, 2, len(before_name), lex)
    assert not actors._name_part(before_verb, 2, len(before_verb), lex)


def test_trim_drops_punctuation_at_both_ends() -> None:
    toks = parse('"Ann Roe,').tokens
    assert [t.text for t in actors._trim(toks)] == ["Ann", "Roe"]
    assert [t.text for t in actors._trim(parse("(Roe)").tokens)] == ["Roe"]
