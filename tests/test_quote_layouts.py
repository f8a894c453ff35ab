"""Quotations over several paragraphs, and quotations left open (invented texts).

Newspapers print a long quotation with a quote mark opening each paragraph and only the
last one closing it. Each paragraph is a statement; the later ones continue the first.
"""

from __future__ import annotations

import warnings

import pytest

import claimkit
from claimkit import StatementKind, UnbalancedQuoteWarning, actors

pytestmark = pytest.mark.needs_nltk_data


def _analyze(text: str, doc_id: str | None = None) -> tuple[claimkit.Analysis, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = claimkit.analyze(text, doc_id=doc_id)
    return a, [str(w.message) for w in caught if issubclass(w.category, UnbalancedQuoteWarning)]


def _rows(a: claimkit.Analysis) -> list[tuple[str, str | None, str | None, str]]:
    ids = {s.id: n for n, s in enumerate(a.statements)}
    return [
        (
            s.content.text,
            s.speaker.name if s.speaker else None,
            str(ids[s.continues]) if s.continues else None,
            [e.rule for e in s.evidence if e.rule not in actors.PHRASE_RULES][-1],  # the last attribution rule
        )
        for s in a.statements
    ]


def test_each_paragraph_opens_a_quote_and_only_the_last_closes_it() -> None:
    text = "Jon Bell said: “The plan is dead.\n\n“Nobody wanted it.\n\n“We will try again next year.”\n\nBell left."
    a, warned = _analyze(text)
    assert _rows(a) == [
        ("“The plan is dead.", "Jon Bell", None, "said-verb-then-quote"),
        ("“Nobody wanted it.", "Jon Bell", "0", "quote-runs-on"),
        ("“We will try again next year.”", "Jon Bell", "1", "quote-runs-on"),
    ]
    assert all(s.kind is StatementKind.DIRECT for s in a.statements)
    assert warned == []


def test_a_partial_quote_runs_on_too() -> None:
    # the first paragraph's content is reported speech ending in an open quotation
    a, _ = _analyze("Jon Bell said the plan was “dead. We tried everything.\n\n“Nobody wanted it.”")
    assert _rows(a)[1] == ("“Nobody wanted it.”", "Jon Bell", "0", "quote-runs-on")


def test_an_attribution_in_the_last_paragraph_speaks_for_the_earlier_ones() -> None:
    text = "The vote is on Monday.\n\n“The plan is dead.\n\n“Nobody wanted it,” Jon Bell said.\n\nBell left."
    a, _ = _analyze(text)
    assert _rows(a) == [
        ("“The plan is dead.", "Jon Bell", None, "quote-runs-on-to-attribution"),
        ("“Nobody wanted it,”", "Jon Bell", "0", "quote-then-said-verb"),
    ]


def test_a_paragraph_with_its_own_attribution_is_not_taken_in() -> None:
    a, _ = _analyze("Jon Bell said: “The plan is dead.\n\n“Nobody wanted it,” Ann Roe said.")
    assert [(s.speaker.name if s.speaker else None, s.continues) for s in a.statements] == [
        ("Jon Bell", None),
        ("Ann Roe", None),
    ]


def test_a_quote_left_open_at_the_end_is_closed_at_its_paragraph_and_reported() -> None:
    a, warned = _analyze("The vote is on Monday.\n\nJon Bell said: “The plan is dead.", doc_id="story.txt")
    (s,) = a.statements
    assert s.content.text == "“The plan is dead."
    (message,) = warned
    assert message.startswith("story.txt: 1 quotation(s) never closed")
    assert "closed at the end of its paragraph" in message


def test_a_quote_left_open_before_plain_narrative_stays_in_its_paragraph() -> None:
    a, warned = _analyze("Jon Bell said: “The plan is dead.\n\nThe vote is on Monday.")
    (s,) = a.statements
    assert s.content.text == "“The plan is dead."
    assert len(warned) == 1


def test_a_run_on_quote_never_closed_warns_once_for_its_last_paragraph() -> None:
    a, warned = _analyze("Jon Bell said: “The plan is dead.\n\n“Nobody wanted it.")
    assert len(a.statements) == 2
    (message,) = warned
    assert "1 quotation(s)" in message
    assert "Nobody" in message
