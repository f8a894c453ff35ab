"""The openings pre-check (``claimkit._openings``) and the time grammar's matcher built on it: exact, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit import _openings, temporal
from claimkit.lang.resources import wordlist

RULES = temporal._rules()
TABLE = temporal._rule_patterns()[1]
PAD = " and then some more words"


def test_openings_of_a_small_pattern() -> None:
    assert _openings.openings(r"(?i)(?:the\s+)?(?:day|week)", 6) == {
        "day",
        "week",
        "the da",
        "the we",
        "the  d",
        "the  w",
        "the   ",
    }


def test_a_construct_not_followed_widens_to_anything() -> None:
    assert _openings.openings(r"[^a]bc", 3) is None  # a negated class first: may open with anything
    assert _openings.openings(r"ab[^c]d", 4) == {"ab"}  # after "ab", anything may follow


def test_case_digits_and_spaces_fold() -> None:
    table = _openings.table([r"Week", r"\d{4}\s+AD"], 6)
    assert table.candidates(_openings.key("WEEKLY")) == 1  # case is folded (a superset: never exact case)
    assert table.candidates(_openings.key("1999\u00a0AD")) == 2  # any digit, any space
    assert table.candidates(_openings.key("the wk")) == 0


def test_text_with_a_letter_folding_to_ascii_is_never_skipped() -> None:
    # the Kelvin sign matches "k" when case is ignored: such text gets every pattern
    assert re.match(r"(?i)week", "wee\u212a") is not None
    assert _openings.key("wee\u212a, then") is None
    assert _openings.table([r"(?i)week"], 4).candidates(_openings.key("wee\u212a")) == -1


def test_the_non_ascii_letters_that_fold_to_ascii_are_all_listed() -> None:
    listed = set(_openings.ASCII_FOLDS)
    for code in range(128, 0x3000):
        char = chr(code)
        folds = any(re.fullmatch(f"(?i){a}", char) for a in "abcdefghijklmnopqrstuvwxyz")
        assert not folds or char in listed, hex(code)
    assert re.fullmatch("(?i)k", "\u212a")


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_example_opens_its_rule(rule: temporal._Rule) -> None:
    m = temporal._grammar().search(rule.example)
    assert m is not None
    window = _openings.key(rule.example[m.start() :] + PAD)
    assert window is not None
    assert TABLE.candidates(window[: TABLE.width]) >> [r.name for r in RULES].index(m.lastgroup or "") & 1


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much], deadline=None)
@given(data=st.data())
def test_a_rule_that_matches_is_always_a_candidate(data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(RULES) - 1))
    text = data.draw(st.from_regex(re.compile(RULES[i].pattern), fullmatch=True)) + PAD
    assert TABLE.candidates(_openings.key(text[: TABLE.width])) >> i & 1


SAMPLES = [rule.example for rule in RULES] + [
    "The meeting is on Tues. 3 May, at 10:30 a.m.; in the 1990s, the ’90s, during Q3 2019, every other Monday.",
    "She said the year-ago quarter and the past two and a half years mattered, not the Sunday Times' view.",
    "Wee\u212ak 12 and ſunday, İn the 2020ʼs, ١٢ days, the\u00a0day before yesterday.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_matcher_matches_as_the_grammar_everywhere(text: str) -> None:
    matcher = temporal._Matcher(text)
    grammar = temporal._grammar()
    for pos in range(len(text)):
        a, b = matcher.match(pos), grammar.match(text, pos)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (pos, text[pos:])


@given(st.text(alphabet="Tthe dayWk0123456789 ,.-'’\u00a0\u212aMonJuly", max_size=40))
def test_the_matcher_matches_as_the_grammar_on_any_text(text: str) -> None:
    matcher = temporal._Matcher(text)
    grammar = temporal._grammar()
    for pos in range(len(text)):
        a, b = matcher.match(pos), grammar.match(text, pos)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


def _all_names(text: str) -> list[tuple[int, int]]:
    either = temporal._alt(wordlist("time_names.txt")).replace("'", "['’]")
    return [m.span() for m in re.finditer(rf"(?i)(?<![\w'’])(?:{either})(?![\w'’])", text)]


@pytest.mark.parametrize(
    "text",
    [
        "He read the Sunday Times, the sunday times, USA TODAY and the Today show.",
        "Good  Morning America! xSunday Times; the Mail on Sunday\u212a; nothing here.",
        "No name at all.",
    ],
)
def test_names_are_found_only_where_their_first_word_is_but_as_everywhere(text: str) -> None:
    assert [m.span() for m in temporal._name_matches(text)] == _all_names(text)
