"""Where a speaker's noun phrase begins and ends, and who hears it: each rule pinned by a minimal invented
sentence, read by the rules alone and with the trained tagger on top (the default)."""

from __future__ import annotations

import functools

import pytest

import claimkit

pytestmark = pytest.mark.needs_nltk_data


@functools.cache
def _analyzer(*, trained: bool) -> claimkit.Analyzer:
    return claimkit.Analyzer(config=claimkit.AnalyzerConfig(trained_attribution=trained))


def _statement(text: str, *, trained: bool) -> tuple[str | None, str]:
    """The speaker span's text and the content of the only statement of *text*."""
    (statement,) = _analyzer(trained=trained).analyze(text, published="2020-01-01").statements
    speaker = statement.speaker_span.text if statement.speaker_span is not None else None
    return speaker, statement.content.text


@pytest.mark.parametrize("trained", [False, True])
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A newly elected mayor said the plant was safe.", "A newly elected mayor"),
        ("Two recently appointed ministers said the plant was safe.", "Two recently appointed ministers"),
        ("The elected mayor said the plant was safe.", "The elected mayor"),
        ("Newly elected mayor Ann Roe said the plant was safe.", "Newly elected mayor Ann Roe"),
        ("The mayor's newly hired spokeswoman said the plant was safe.", "The mayor's newly hired spokeswoman"),
    ],
)
def test_a_participle_and_its_adverb_belong_to_the_speaker(text: str, speaker: str, *, trained: bool) -> None:
    """Rule participle_modifier: "newly elected" after a determiner, a number or a possessive (or at the clause
    start) modifies the speaker's noun; the left edge does not stop at it."""
    assert _statement(text, trained=trained)[0] == speaker


@pytest.mark.parametrize("trained", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Workers protesting Monday said the plant was unsafe.",
        "Workers protesting on Monday said the plant was unsafe.",
        "Workers interviewed Tuesday said the plant was unsafe.",
    ],
)
def test_a_time_after_a_participle_is_never_the_speaker(text: str, *, trained: bool) -> None:
    """Rule participle_after_noun: "Workers protesting Monday said": the workers speak, not the day."""
    assert _statement(text, trained=trained) == ("Workers", "the plant was unsafe")


@pytest.mark.parametrize("trained", [False, True])
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The manager told her staff the plant would close.", "the plant would close"),
        ("The manager told her the plant would close.", "the plant would close"),
        ("The manager told her staff that the plant would close.", "that the plant would close"),
    ],
)
def test_her_before_a_noun_opens_the_hearer(text: str, content: str, *, trained: bool) -> None:
    """np_right: "her" before a common noun is a possessive ("told her staff"): the hearer is "her staff" and the
    content starts after it; a "her" before a determiner is the hearer itself."""
    assert _statement(text, trained=trained)[1] == content
