"""Attribution: invented news sentences that pin today's reading (issue 14, mutation testing).

Written against survivors of a fresh sample of ``scripts/mutation.py attribution --sample 200 --seed 0``
(see ``test_attribution_mutation.py`` for the first pass). Each states only the output of
:func:`claimkit.attribution.find_attributions` (speaker, cue, content).
"""

from __future__ import annotations

import functools

import pytest

from claimkit.attribution import find_attributions
from claimkit.text import TextProcessor

pytestmark = pytest.mark.needs_nltk_data


@functools.cache
def _processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (a.speaker_span.text if a.speaker_span is not None else None, a.cue, a.content.text)
        for a in find_attributions(_processor().parse(text))
    ]


def test_a_verb_of_doing_followed_by_an_adjunct_reports_nothing() -> None:
    assert _found("About two hundred people marched outside the city newspaper after it backed the mayor.") == []


def test_a_headline_kicker_before_a_colon_is_no_speaker() -> None:
    assert _found("Survey: Young Renters Leave Old Party for New Mayor.") == []


def test_a_quotation_with_a_dash_inside_keeps_its_speaker_before_a_to_phrase() -> None:
    text = (
        "“That’s right, Sam — one more year,” Lena said to the party's candidate for governor, "
        "who opened her speech by thanking all the workers who had helped her."
    )
    assert ("Lena", "said", "“That’s right, Sam — one more year,”") in _found(text)


def test_a_comma_before_a_new_subject_and_past_verb_ends_the_content() -> None:
    found = _found("The senator blamed the press for chasing “she said this, she posted that.”")
    assert ("she", "said", "this") in found


def test_a_dateline_before_a_horizontal_bar_is_not_content() -> None:
    text = (
        "RIVERTON ― The mayor’s long feud with the port board is an insult to every dock worker, "
        "local union leaders said Friday afternoon, as they rejected the board's new questions about the contract."
    )
    assert _found(text)[0][2].startswith("The mayor’s long feud")


def test_a_time_and_place_after_the_cue_keep_the_quotation_as_content() -> None:
    text = (
        '"The bridge may be old, but our promise is in the budget," Ms. Okafor said on Saturday night '
        'at the county fair dinner in Riverton, where the governor also spoke. "Safety is in the budget. '
        'Jobs are in the budget."'
    )
    assert _found(text)[0] == ("Ms. Okafor", "said", '"The bridge may be old, but our promise is in the budget,"')


def test_a_speaker_with_a_place_and_an_apposition_keeps_both() -> None:
    text = (
        "Officials at the Port Safety Office, a branch of the Transport Ministry, said they were worried "
        'that shippers "may try to use ever more clever ways to avoid" the checks. In a 2015 memo, the office '
        'proposed that the program end because "there are no checks that can keep" the model honest.'
    )
    assert ("Officials at the Port Safety Office, a branch of the Transport Ministry", "said") in [
        (s, c) for s, c, _ in _found(text)
    ]
