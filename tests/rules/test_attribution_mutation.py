"""Attribution: what a careful reader expects of small invented sentences (issue 14, mutation testing).

Written against mutants of ``claimkit.attribution`` that the other tests let through (a fresh sample of
``scripts/mutation.py attribution --sample 200 --seed 0``). They state only the output of
:func:`claimkit.attribution.find_attributions` (speaker, cue, content), so the rules can be rewritten freely.
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


@pytest.mark.parametrize(
    "text",
    [
        "The plant was safe, workers were told.",
        "The plant was safe, the workers are told.",
        "The plant was safe, the public is told.",
    ],
)
def test_the_hearers_of_a_passive_saying_are_not_its_speakers(text: str) -> None:
    assert _found(text) == []


def test_a_relative_clause_after_who_holds_its_own_statement() -> None:
    # "the nurses who doctors say saved the boy": the doctors say that the nurses saved the boy
    assert _found("The mayor met the nurses who doctors say saved the boy.") == [("doctors", "say", "saved the boy")]


def test_a_name_and_a_colon_make_a_speaker_only_in_the_headline() -> None:
    assert _found("Jane Doe: Voters Want Change\n\nThe vote is on Monday.") == [("Jane Doe", ":", "Voters Want Change")]
    assert _found("The vote is on Monday.\n\nJane Doe: Voters Want Change") == []


def test_a_speaker_label_before_a_quotation_needs_no_headline() -> None:
    # "Jane Doe: “...”" later in the text: a label and a quotation, a speaker anywhere
    assert _found("The vote is on Monday.\n\nJane Doe: “Voters want change.”") == [
        ("Jane Doe", ":", "“Voters want change.”")
    ]


def test_an_apposition_after_a_plural_proper_noun_belongs_to_the_speaker() -> None:
    assert _found("The Teamsters, a union of drivers, said the plant was safe.") == [
        ("The Teamsters, a union of drivers", "said", "the plant was safe")
    ]


def test_two_names_joined_by_and_speak_together_after_a_plural_proper_noun() -> None:
    assert _found("The Teamsters and Jane Doe said the plant was safe.") == [
        ("The Teamsters and Jane Doe", "said", "the plant was safe")
    ]
