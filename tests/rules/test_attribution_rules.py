"""Attribution: what a careful reader expects of small invented sentences (issue 14, mutation testing).

Each test names the behaviour it pins. They were written against mutants of
``claimkit.attribution`` that the other tests let through, but they only state
what the output must be (speaker, content, kind, rule names), never how the
rules get there, so the rules can be rewritten freely.
"""

from __future__ import annotations

import functools

import pytest

from claimkit import Stance, StatementKind
from claimkit.attribution import Attribution, find_attributions, main_clause_subjects
from claimkit.text import TextProcessor

pytestmark = pytest.mark.needs_nltk_data


@functools.cache
def _processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


def _find(text: str) -> tuple[Attribution, ...]:
    return find_attributions(_processor().parse(text))


def _pairs(text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every attribution, in text order."""
    return [(a.speaker_span.text if a.speaker_span else None, a.content.text) for a in _find(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a name with an apostrophe or a lower-case joining word is one name, also at the sentence start
        ("O'Neill said the club would move.", "O'Neill", "the club would move"),
        # two names joined by "and" speak together, also when the first opens the sentence
        ("Lee and Ek said the plan works.", "Lee and Ek", "the plan works"),
        ("The plan works, Ann Lee and Tom Ek said.", "Ann Lee and Tom Ek", "The plan works"),
        # a capitalized multi-word title joined by "and" stays on the name
        (
            "Health and Education Minister Ann Lee said the plan works.",
            "Health and Education Minister Ann Lee",
            "the plan works",
        ),
        # a time phrase between subject and verb is not the subject
        ("Police on Monday said a man was arrested.", "Police", "a man was arrested"),
        ("Lee on Monday denied that the deal was done.", "Lee", "that the deal was done"),
        # a fronted adverbial before "X, an apposition, said" keeps the apposition on X
        (
            "On Monday, Ann Lee, a city engineer, said the road was closed.",
            "Ann Lee, a city engineer",
            "the road was closed",
        ),
        # "X, however, say ...": the adverb between commas is not part of the subject
        ("Some economists, however, say prices will fall.", "Some economists", "prices will fall"),
        # an apposition whose name comes second: "the head of X, Jane Roe, said"
        (
            "The head of the union, Ben Cole, said the strike would go on.",
            "The head of the union, Ben Cole",
            "the strike would go on",
        ),
        # "of" inside a proper name: the whole institution speaks
        ("“Cases fell,” said the Ministry of Health.", "the Ministry of Health", "“Cases fell,”"),
        # a long apposition after an inverted "said X" runs to the end of the sentence
        (
            "“It will fail,” said Ann Lee, the union leader who has worked there for years.",
            "Ann Lee, the union leader who has worked there for years",
            "“It will fail,”",
        ),
        # a comma after the cue's adjuncts does not end the content
        ("Ann Lee said on Monday, that the deal was done.", "Ann Lee", "that the deal was done"),
        ("The mayor said, “The bridge is safe.”", "The mayor", "“The bridge is safe.”"),
        # adverbs between the cue and "that" are skipped
        ("She said again that rates would not fall.", "She", "that rates would not fall"),
        ("Ann Lee told reporters quickly that the deal was done.", "Ann Lee", "that the deal was done"),
        # a question cue takes an "if" clause
        ("Ann Lee asked if rates would fall.", "Ann Lee", "if rates would fall"),
        # a quotation followed by more words is a partial quote inside the clause, not the whole content
        ("Ann Lee said “the deal” was done.", "Ann Lee", "“the deal” was done"),
        # a frame after a dash: the clause before it is the content
        ("The deal is done — Ann Lee said.", "Ann Lee", "The deal is done"),
        # an adverbial after a frame in the middle is not a second piece of content
        ("The plan works, Ann Lee said, for now.", "Ann Lee", "The plan works"),
        # a cue that takes a noun phrase (cues.tsv "np") reads its object
        ("Ann Lee prefers a deal.", "Ann Lee", "a deal"),
        # punctuation that closes the sentence's content is not part of it
        ("Ann Lee said the reasons were these:", "Ann Lee", "the reasons were these"),
        ("Ann Lee said the deal was done,", "Ann Lee", "the deal was done"),
        # a subject of a present-tense main verb after a fronted phrase takes the participle's report
        ("After talks, they leave the town, saying it is too cold.", "they", "it is too cold"),
    ],
)
def test_one_statement_with_its_speaker_and_content(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "according to X, a bare-noun apposition, S": the apposition stays on the source
        (
            "According to Ann Lee, spokeswoman for the army, troops have left.",
            "Ann Lee, spokeswoman for the army",
            "troops have left",
        ),
        (
            "Troops have left, according to Tom Ek, engineer at the firm.",
            "Tom Ek, engineer at the firm",
            "Troops have left",
        ),
        ("According to the Ministry of Health, cases fell.", "the Ministry of Health", "cases fell"),
        (
            "According to the Ministry of Health of the republic, cases fell.",
            "the Ministry of Health of the republic",
            "cases fell",
        ),
        # after a linking "so", the content follows "according to X"
        ("Prices rose, so according to the bank the rate will climb.", "the bank", "the rate will climb"),
    ],
)
def test_according_to_a_source(text: str, speaker: str, content: str) -> None:
    (a,) = _find(text)
    assert (a.speaker_span and a.speaker_span.text, a.content.text) == (speaker, content)
    assert [e.rule for e in a.evidence] == ["according-to"]


def test_according_to_inside_a_clause_splits_the_content_in_two() -> None:
    (a,) = _find("The deal, according to Ann Lee, is done.")
    assert a.speaker_span is not None
    assert a.speaker_span.text == "Ann Lee"
    assert [p.text for p in a.content_parts] == ["The deal", "is done"]


def test_a_frame_inside_a_clause_splits_the_content_in_two() -> None:
    (a,) = _find("The deal, Ann Lee said, was done.")
    assert [p.text for p in a.content_parts] == ["The deal", "was done"]
    assert [e.rule for e in a.evidence][-1] == "resumes-after-cue"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ", and she ...": a new clause with a pronoun subject is not more of the content
        ("Ann Lee said the deal was done, and she was glad.", "the deal was done"),
        # ", adding that ...": a participle after a comma starts a statement of its own
        ("Ann Lee said the deal was done, adding that talks would continue.", "the deal was done"),
        # a noun-phrase content ("urged calm") ends at a comma before a clause opener
        ("Ann Lee urged calm, but the crowd kept shouting.", "calm"),
    ],
)
def test_the_content_ends_before_an_aside_after_a_comma(text: str, content: str) -> None:
    assert _find(text)[0].content.text == content


def test_a_dateline_after_a_headline_is_not_content() -> None:
    text = "Talks over the new harbour plan in the city went on all week\n\nLONDON — The deal is done, Ann Lee said."
    assert _pairs(text) == [("Ann Lee", "The deal is done")]


def test_an_attitude_inside_a_quotation_is_the_speakers_own_voice() -> None:
    """ "The council defended the plan" inside a quote is what the speaker says, not a relayed statement."""
    assert _pairs("“The council defended the plan in May,” Ann Lee said.") == [
        ("Ann Lee", "“The council defended the plan in May,”")
    ]
    assert _pairs("Ann Lee said the council defended the plan.") == [("Ann Lee", "the council defended the plan")]


def test_reported_speech_inside_a_quotation_is_relayed() -> None:
    found = _find("“Officials warned that the plan would fail,” Ann Lee said.")
    assert [(a.speaker_span and a.speaker_span.text, a.stance) for a in found] == [
        ("Ann Lee", Stance.ASSERT),
        ("Officials", Stance.WARN),
    ]
    assert [v.text for v in found[1].via_spans] == ["Ann Lee"]


def test_a_relative_clause_cue_reports_the_clause_predicate() -> None:
    (a,) = _find("Police seized the weapons, which officials say are fake.")
    assert (a.speaker_span and a.speaker_span.text, a.content.text) == ("officials", "are fake")
    assert [e.rule for e in a.evidence][-1] == "relative-clause-predicate"


def test_a_noun_cue_without_a_source_is_no_statement() -> None:
    assert _find("The claim that rates would fall was rejected.") == ()


def test_main_clause_subjects_gives_the_subject_and_none_outside_the_text() -> None:
    doc = _processor().parse("The mayor met reporters on Monday to deny the report.")
    subject = main_clause_subjects(doc)
    found = subject(6)
    assert found is not None
    assert found.text == "The mayor"
    assert subject(len(doc.tokens)) is None
    assert subject(-1) is None


def test_i_think_is_a_hedge_not_a_statement() -> None:
    assert _find("I think the deal is done.") == ()


def test_an_echoed_claim_records_the_source_and_the_claim() -> None:
    (a,) = _find("Rebels took the town, a claim the army denied.")
    assert (a.speaker_span and a.speaker_span.text, a.content.text, a.stance) == (
        "the army",
        "Rebels took the town",
        Stance.DENY,
    )
    assert [(e.rule, e.span.text) for e in a.evidence] == [
        ("echoed-claim", "the army"),
        ("echoed-claim", "Rebels took the town"),
    ]


def test_a_noun_cue_takes_a_multi_word_name_before_it() -> None:
    (a,) = _find("Voters heard the Green Party claim that taxes will rise.")
    assert (a.speaker_span and a.speaker_span.text, a.content.text) == ("Green Party", "that taxes will rise")
    assert [e.rule for e in a.evidence] == ["noun-cue-that"]


def test_a_dash_signature_before_another_paragraph() -> None:
    (a,) = _find("“We stay.” — Ann Lee.\n\nThe talks went on.")
    assert (a.speaker_span and a.speaker_span.text, a.content.text, a.kind) == (
        "Ann Lee",
        "“We stay.”",
        StatementKind.DIRECT,
    )
    assert [e.rule for e in a.evidence] == ["dash-signature"]


@pytest.mark.parametrize(
    "text",
    [
        "“Go home.” — and then silence.",  # a dash after a quotation signs it only with a name
        "The talks ended.\n\nAnn Lee said:",  # a colon cue closing the text, with no paragraph after it
        "Ann Lee said:",
        "Q and A\n\nANN LEE:",  # a speaker label with nothing after it
    ],
)
def test_a_frame_with_nothing_to_report_is_no_statement(text: str) -> None:
    assert _find(text) == ()
