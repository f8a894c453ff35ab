"""Attribution: minimal examples of boundaries and rules the other tests left unpinned (issue 14).

Each test states what a reader expects of one invented sentence; a mutant of
``claimkit.attribution`` that survived the other tests changes it.
"""

from __future__ import annotations

import pytest

from claimkit import UnbalancedQuoteWarning
from claimkit.attribution import Attribution, find_attributions

from .conftest import processor as _processor

pytestmark = pytest.mark.needs_nltk_data


def _find(text: str) -> tuple[Attribution, ...]:
    return find_attributions(_processor().parse(text))


def _one(text: str) -> Attribution:
    (found,) = _find(text)
    return found


def _rules(a: Attribution) -> list[str]:
    return [e.rule for e in a.evidence]


def test_a_long_apposition_after_a_quote_stays_with_its_speaker() -> None:
    a = _one("“The road is closed,” Tom Ek, a police spokesman who has worked there for years, said on Monday.")
    assert a.speaker_span is not None
    assert a.speaker_span.text == "Tom Ek, a police spokesman who has worked there for years"
    assert a.content.text == "“The road is closed,”"
    assert _rules(a)[0] == "appositive-subject"


def test_a_quote_after_an_attributed_quote_continues_it() -> None:
    first, second = _find("“The road is closed,” he said. “It will reopen soon.”")
    assert (first.speaker_span and first.speaker_span.text, first.content.text) == ("he", "“The road is closed,”")
    assert second.speaker_span is None
    assert (second.continues, second.content.text) == (first.id, "“It will reopen soon.”")
    assert _rules(second) == ["quote-continues"]


def test_a_quote_interrupted_by_its_attribution_is_one_statement_in_two_parts() -> None:
    a = _one("“The road is closed, ” he said, “and it will reopen soon.”")
    assert [p.text for p in a.content_parts] == ["“The road is closed, ”", "“and it will reopen soon.”"]
    assert "resumes-after-cue" in _rules(a)


def test_according_to_a_source_with_an_apposition() -> None:
    a = _one("According to Tom Ek, a police officer, the road was closed.")
    assert a.speaker_span is not None
    assert (a.speaker_span.text, a.cue, a.content.text) == (
        "Tom Ek, a police officer",
        "According to",
        "the road was closed",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("But the road was closed, he said.", "the road was closed"),
        ("And the road is closed, she said on Monday.", "the road is closed"),
    ],
)
def test_a_conjunction_that_opens_the_sentence_is_not_part_of_the_content(text: str, content: str) -> None:
    a = _one(text)
    assert a.content.text == content
    assert _rules(a) == ["subject-then-said-verb", "clause-then-said-verb"]


def test_a_question_the_writer_asks_is_not_a_statement() -> None:
    assert _find("We asked Tom Ek whether the road was closed.") == ()


def test_the_subject_of_a_first_verb_speaks_for_a_coordinated_second() -> None:
    a = _one("Tom Ek met reporters and said the road was closed.")
    assert a.speaker_span is not None
    assert (a.speaker_span.text, a.content.text) == ("Tom Ek", "the road was closed")
    assert _rules(a)[0] == "coordinated-subject"


def test_i_think_inside_reported_speech_is_no_statement_of_its_own() -> None:
    a = _one("Ek said that he thought the road was closed.")
    assert a.speaker_span is not None
    assert (a.speaker_span.text, a.content.text) == ("Ek", "that he thought the road was closed")


def test_a_relative_pronoun_after_of_is_part_of_the_speaker() -> None:
    a = _one("Many of whom said the plan was fine.")
    assert a.speaker_span is not None
    assert a.speaker_span.text == "Many of whom"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ek said Monday that the road was closed.", "that the road was closed"),
        ("The road was closed, Ek said Monday, because of the storm.", "The road was closed"),
    ],
)
def test_a_bare_day_next_to_the_cue_is_not_content(text: str, content: str) -> None:
    assert _one(text).content.text == content


def test_a_speaker_label_may_follow_a_stray_quote_mark_and_join_names() -> None:
    with pytest.warns(UnbalancedQuoteWarning):  # the stray mark never closes
        stray = _one("“EK: The road is closed.")
    for a, speaker in ((stray, "EK"), (_one("EK & RUIZ: The road is closed."), "EK & RUIZ")):
        assert a.speaker_span is not None
        assert (a.speaker_span.text, a.content.text) == (speaker, "The road is closed.")
        assert _rules(a) == ["speaker-label"]


def test_a_party_in_brackets_after_an_inverted_speaker_is_part_of_it() -> None:
    a = _one("“The road is closed,” said Tom Ek (D-Ohio).")
    assert a.speaker_span is not None
    assert a.speaker_span.text == "Tom Ek (D-Ohio)"


def test_a_nested_report_inside_a_quote_ends_before_the_quotes_comma() -> None:
    outer, inner = _find("“Ruiz said the road was closed,” Ek said.")
    assert outer.content.text == "“Ruiz said the road was closed,”"
    assert inner.speaker_span is not None
    assert (inner.speaker_span.text, inner.content.text) == ("Ruiz", "the road was closed")
    assert [v.text for v in inner.via_spans] == ["Ek"]


def test_a_quote_interrupted_by_he_said_is_read_quote_first() -> None:
    first = _find("“The road,” he said, “is closed,” adding that it would reopen.")[0]
    assert [p.text for p in first.content_parts] == ["“The road,”", "“is closed,”"]
    assert _rules(first)[0] == "quote-then-subject-then-verb"
