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


@pytest.mark.parametrize("text", ["The plant is safe, I think.", "The plant is safe, you know."])
def test_a_hedge_of_the_writer_or_the_reader_after_a_clause_is_no_statement(text: str) -> None:
    # "I think", "you know" after a clause hedge the writer's own sentence: nobody is reported
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said why the plant was safe.", "why the plant was safe"),
        ("The mayor said when the plant would open.", "when the plant would open"),
    ],
)
def test_a_wh_clause_after_a_saying_verb_is_its_content(text: str, content: str) -> None:
    assert _found(text) == [("The mayor", "said", content)]


@pytest.mark.parametrize("speaker", ["I", "we"])
def test_a_question_the_writer_asks_is_no_statement(speaker: str) -> None:
    # the reporter asking is no source; a named asker is
    assert _found(f"“Is the plant safe?” {speaker} asked.") == []
    assert _found("“Is the plant safe?” the mayor asked.") == [("the mayor", "asked", "“Is the plant safe?”")]


def test_say_in_a_title_case_headline_is_a_cue_whatever_its_tag() -> None:
    # the tagger reads a capitalized "Say" as a proper noun: the word itself still reports
    assert _found("Experts Say Plant Is Safe") == [("Experts", "Say", "Plant Is Safe")]


def test_a_quoted_word_inside_a_sentence_does_not_stop_a_later_quotation_continuing() -> None:
    # the mention of “Safe” is no statement; the quotation after Roe's report goes on with it
    assert _found("“Safe” is the word of the week. Roe said the plant was safe. “It will reopen.”") == [
        ("Roe", "said", "the plant was safe"),
        (None, None, "“It will reopen.”"),
    ]


def test_a_report_without_quotation_does_not_stop_a_later_quotation_running_on() -> None:
    # an open quotation in the paragraph before Roe's attribution is Roe's, after an unquoted report by Doe
    assert _found("Doe said the plant was safe.\n\n“The plant is safe.\n\n“It will reopen,” Roe said.") == [
        ("Doe", "said", "the plant was safe"),
        ("Roe", None, "“The plant is safe."),
        ("Roe", "said", "“It will reopen,”"),
    ]
