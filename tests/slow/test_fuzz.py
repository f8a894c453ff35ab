"""Fuzzing: every public entry point raises nothing but ClaimkitError on arbitrary input and keeps its invariants.

Run the long campaign (100,000 inputs per test, as the ``fuzz`` profile in conftest.py sets) with:

    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest -m slow tests/slow/test_fuzz.py

With the default profile the same tests run a few dozen inputs each (``-m slow`` still needed).
"""

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.model import spans_of
from claimkit.testing import awkward_texts, documents, news_paragraphs

pytestmark = [pytest.mark.slow, pytest.mark.needs_nltk_data]

_ANALYZER = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=5000))

hostile_pieces = st.sampled_from(
    [
        "“", "”", "‘", "’", '"', "'", "«", "»", "„", "(", ")", "[", "]", "\x00", "\u200f", "\u202e", "\ufeff",
        "\ud800", "\udfff", "\n", "\n\n", " ", "...", "—", "said", "told", "denied", "Mr.", "U.S.", "on Monday",
        "two days ago", "in April", "2017", "12/07/2017", "0" * 40, "Москва", "قال", "北京", "n't", "'s",
    ]
)  # fmt: skip
texts = st.one_of(
    awkward_texts(max_size=2000),
    documents(max_words=300),
    news_paragraphs(),
    st.lists(hostile_pieces, max_size=200).map("".join),
    st.text(max_size=6000),  # some are over max_chars: InputTooLargeError
)


def _check(text: str, published: object) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
            result = _ANALYZER.analyze(text, published=published)
    except claimkit.ClaimkitError:
        return
    for span in spans_of(result):
        assert text[span.start : span.end] == span.text
    assert claimkit.Analysis.from_json(result.to_json()) == result


@given(texts)
def test_fuzz_analyze(text):
    _check(text, "2017-07-26")


@given(texts, st.one_of(st.none(), st.dates(), st.datetimes(), st.text(max_size=20), st.integers()))
def test_fuzz_analyze_any_published(text, published):
    _check(text, published)


@given(st.text(max_size=300), st.text(max_size=300))
def test_fuzz_compare(a, b):
    try:
        relation = claimkit.compare(a, b)
    except claimkit.ClaimkitError:
        return
    assert relation is None or isinstance(relation, claimkit.Relation)


@given(st.one_of(news_paragraphs(max_pieces=20), st.text(max_size=100)), st.dates())
def test_fuzz_normalize_date(text, reference):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", claimkit.ClaimkitWarning)  # AmbiguousDateWarning on "3/4/2017"
            value = claimkit.normalize_date(text, reference=reference)
    except claimkit.ClaimkitError:
        return
    # a duration ("P0M") or a vague reference has no interval: only an interval must run forward
    assert value is None or value.start is None or value.end is None or value.start <= value.end


@given(st.one_of(news_paragraphs(max_pieces=30), st.text(max_size=200)), st.sampled_from(range(3)))
def test_fuzz_compare_news(a, cut):
    b = a[: len(a) // (cut + 1)]
    try:
        relation = claimkit.compare(a, b)
    except claimkit.ClaimkitError:
        return
    assert relation is None or isinstance(relation, claimkit.Relation)


_CHECKED = [
    _ANALYZER.analyze(text, published=dt.date(2017, 7, 26), doc_id=str(i))
    for i, text in enumerate(["Officials said the dam was safe.", "“It is not safe,” the engineer said."])
]


@given(st.one_of(news_paragraphs(max_pieces=20), st.text(max_size=200)))
def test_fuzz_check(claim):
    try:
        results = claimkit.check(claim, _CHECKED)
    except claimkit.ClaimkitError:
        return
    assert len(results) == len(_CHECKED)
    assert {r.verdict.value for r in results} <= {"supports", "disputes", "discusses", "unrelated"}
