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
    # (a clause, not "this": an act on a thing inside content is no statement, rule object-inside-content)
    found = _found("The senator blamed the press for chasing “she said it was over, she posted that.”")
    assert ("she", "said", "it was over") in found


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
