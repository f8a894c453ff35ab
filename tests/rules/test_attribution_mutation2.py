"""Attribution: more sentences from news text that pin today's reading (issue 14, mutation testing).

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
    assert _found("About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton.") == []


def test_a_headline_kicker_before_a_colon_is_no_speaker() -> None:
    assert _found("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.") == []


def test_a_quotation_with_a_dash_inside_keeps_its_speaker_before_a_to_phrase() -> None:
    text = (
        "“That’s right, Donald — USA, baby,” Melanie said to the Republican nominee for president, "
        "who began his speech by marveling at all the Americans who had gotten him here."
    )
    assert ("Melanie", "said", "“That’s right, Donald — USA, baby,”") in _found(text)


def test_a_comma_before_a_new_subject_and_past_verb_ends_the_content() -> None:
    found = _found("The governor blamed the media for focusing on “he said this, he tweeted that.”")
    assert ("he", "said", "this") in found


def test_a_dateline_before_a_horizontal_bar_is_not_content() -> None:
    text = (
        "WASHINGTON ― Donald Trump’s yearslong obsession with President Barack Obama’s birth is an insult "
        "to all African-Americans, top black lawmakers said Friday afternoon, as they bristled at the "
        "continued questions about the legitimacy of the first black president."
    )
    assert _found(text)[0][2].startswith("Donald Trump’s yearslong obsession")


def test_a_time_and_place_after_the_cue_keep_the_quotation_as_content() -> None:
    text = (
        '"My name may not be on the ballot, but our progress is on the ballot," Mr. Obama said on Saturday '
        "night at the Congressional Black Caucus Foundation gala dinner in Washington, where Mrs. Clinton "
        'also spoke. "Tolerance is on the ballot. Democracy is on the ballot. Justice is on the ballot."'
    )
    assert _found(text)[0] == (
        "Mr. Obama",
        "said",
        '"My name may not be on the ballot, but our progress is on the ballot,"',
    )


def test_a_speaker_with_a_place_and_an_apposition_keeps_both() -> None:
    text = (
        "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, "
        'said they were concerned that those who prepare overseas documents "may try to use increasingly '
        'sophisticated methods to circumvent" the program. In a 2013 memo, the agency suggested that the '
        'EB-5 regional center program end because "there are no safeguards that can be put in place that '
        'will ensure the integrity" of the regional center model.'
    )
    assert (
        "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement",
        "said",
    ) in [(s, c) for s, c, _ in _found(text)]
