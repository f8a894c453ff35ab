"""Attribution rules, each pinned by a minimal invented example (issue 14).

The first part takes each named attribution rule with an example that only that rule
reads. The rule names are public (``Statement.evidence``): each one here must show up
on the statement it decides, with the text it matched, and be documented in the guide.

The second part holds what a careful reader expects of small invented sentences,
written against mutants of ``claimkit.attribution`` that the other tests let through
(``scripts/mutation.py``). They only state what the output must be (speaker, content,
kind, rule names), never how the rules get there, so the rules can be rewritten freely.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import processor as _processor

import claimkit
from claimkit import Stance, StatementKind, attribution
from claimkit.attribution import Attribution, find_attributions, main_clause_subjects

pytestmark = pytest.mark.needs_nltk_data

GUIDE = Path(__file__).parent.parent.parent / "docs" / "guide" / "attribution.md"


def _find(text: str) -> tuple[Attribution, ...]:
    return find_attributions(_processor().parse(text))


# rule -> (text, the span the rule matched, the statement's speaker span, its content)
CASES = {
    "appositive-subject": (
        "Ana Ruiz, a city engineer, said the road was closed.",
        "Ana Ruiz, a city engineer",
        "Ana Ruiz, a city engineer",
        "the road was closed",
    ),
    "said-verb-then-subject": ("“It is over,” said Ana Ruiz.", "Ana Ruiz", "Ana Ruiz", "“It is over,”"),
    "quote-then-subject-then-verb": (
        "“We left early,” the minister said.",
        "the minister",
        "the minister",
        "“We left early,”",
    ),
    "message-then-participle": (
        "Paul Roe released a statement on Friday saying that the account was closed.",
        "Paul Roe",
        "Paul Roe",
        "that the account was closed",
    ),
    "subject-then-said-verb": (
        "The mayor said the bridge was safe.",
        "The mayor",
        "The mayor",
        "the bridge was safe",
    ),
    "participle-takes-main-subject": (
        "Ann Roe left the meeting, saying the talks had failed.",
        "Ann Roe",
        "Ann Roe",
        "the talks had failed",
    ),
    "participle-takes-frame-subject": (
        "The road was shut, Ann Roe said, adding that the bridge would open.",
        "Ann Roe",
        "Ann Roe",
        "that the bridge would open",
    ),
    "coordinated-subject": (
        "Tom Ek promised reform and said taxes would fall.",
        "Tom Ek",
        "Tom Ek",
        "taxes would fall",
    ),
    "echoed-claim": ("The tax rose, a claim the minister rejected.", "the minister", "the minister", "The tax rose"),
    "quote-then-said-sentence": ("“We will win.” She said.", "“We will win.”", "She", "“We will win.”"),
    "quote-then-said-verb": ("“We left early,” the minister said.", "“We left early,”", "the minister", None),
    "clause-then-said-verb": (
        "The plan is flawed, the council admitted.",
        "The plan is flawed",
        "the council",
        "The plan is flawed",
    ),
    "said-verb-then-quote": (
        "The mayor said: “The bridge is open.”",
        "“The bridge is open.”",
        "The mayor",
        "“The bridge is open.”",
    ),
    "said-verb-then-clause": ("The mayor said the bridge was safe.", "the bridge was safe", "The mayor", None),
    "resumes-after-cue": (
        "“We are ready,” she said, “and we will go.”",
        "“and we will go.”",
        "she",
        "“We are ready,” she said, “and we will go.”",
    ),
    "catenative-verb-group": (
        "The judge ruled that the mill was safe, but they would not resist noting that the dam was not.",
        "resist",
        "they",
        "that the dam was not",
    ),
    "infinitive-cue": (
        "The mayor refused to disclose the records.",
        "to disclose",
        "The mayor",
        "the records",
    ),
    "coordinated-cue-ends-content": (
        "The mayor said the bridge was safe and warned that the road was not.",
        "and warned",
        "The mayor",
        "the bridge was safe",
    ),
    "adjunct-ends-object": (
        "The mayor denied the report in a statement on Monday.",
        "in",
        "The mayor",
        "the report",
    ),
    "fronted-clause-ends-content": (
        "When the mayor said the bridge was safe, the crowd cheered.",
        ",",
        "the mayor",
        "the bridge was safe",
    ),
    "clause-ends-object": (
        "The mayor praised the plan because it cut taxes.",
        "because",
        "The mayor",
        "the plan",
    ),
    "coordinated-verb-ends-object": (
        "The mayor praised the plan and then left the hall.",
        "and",
        "The mayor",
        "the plan",
    ),
    "conjoined-clause-ends-content": (
        "The mayor said that prices rose, and the plant closed in May.",
        ", and",
        "The mayor",
        "that prices rose",
    ),
    "relative-aside-in-content": (
        "The mayor said the bridge, which opened in May, was safe.",
        "which opened in May",
        "The mayor",
        "the bridge, which opened in May, was safe",
    ),
    "quote-in-next-paragraph": (
        "The mayor said:\n\n“The road will open in May.”",
        "“The road will open in May.”",
        "The mayor",
        "“The road will open in May.”",
    ),
    "relative-clause-predicate": (
        "Police found the cars, which officials say were stolen.",
        "were stolen",
        "officials",
        "were stolen",
    ),
    "refusal-to-speak": ("The ministry refused to comment.", "to comment", "The ministry", "to comment"),
    "according-to": ("According to aides, she will run again.", "According to aides", "aides", "she will run again"),
    "noun-cue-that": (
        "The company's claim that profits rose was false.",
        "The company's claim that",
        "The company",
        None,
    ),
    "clause-ends-at-main-verb": (
        "The company's claim that profits rose was false.",
        "was",
        "The company",
        "that profits rose",
    ),
    "negated-denial": (
        "The spokesman did not deny that the minister resigned.",
        "not",
        "The spokesman",
        "that the minister resigned",
    ),
    "dash-signature": ("“We will win” ― Jane Doe", "― Jane Doe", "Jane Doe", "“We will win”"),
    "speaker-label": ("HOST: Will the road open this year?", "HOST:", "HOST", "Will the road open this year?"),
    "quote-continues": ("“We left,” he said. “It was late.”", "“It was late.”", None, "“It was late.”"),
    "quote-after-report-continues": (
        "He said they had left early. “It was late.”",
        "“It was late.”",
        None,
        "“It was late.”",
    ),
    "quote-runs-on": (
        "He said the plan was “dead.\n\n“Nobody wanted it.”",
        "“Nobody wanted it.”",
        None,
        "“Nobody wanted it.”",
    ),
    "quote-runs-on-to-attribution": (
        "“The plan is dead.\n\n“Nobody wanted it,” Jon Bell said.",
        "“The plan is dead.",
        "Jon Bell",
        "“The plan is dead.",
    ),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_decides_its_example(rule: str) -> None:
    text, matched, speaker, content = CASES[rule]
    hits = [a for a in _find(text) if any(e.rule == rule for e in a.evidence)]
    assert hits, f"no statement decided by {rule!r} in {text!r}"
    a = hits[0]
    spans = [e.span.text for e in a.evidence if e.rule == rule and e.span is not None]
    assert matched in spans
    for e in a.evidence:
        assert e.span is None or text[e.span.start : e.span.end] == e.span.text
    assert (a.speaker_span.text if a.speaker_span is not None else None) == speaker
    if content is not None:
        assert a.content.text == content


def test_every_rule_has_an_example_and_a_row_in_the_guide() -> None:
    names = set(attribution.RULE_NAMES)
    assert len(names) == len(attribution.RULE_NAMES)
    assert names == set(CASES)
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", GUIDE.read_text(encoding="utf-8"), flags=re.MULTILINE))
    assert names <= documented


def test_a_quotation_after_a_report_in_another_paragraph_continues_nothing() -> None:
    found = _find("He said they had left early.\n\n“It was late.”")
    assert [a.continues for a in found] == [None]


def test_speaker_rules_go_in_order() -> None:
    # "X, a role, said": the apposition rule comes before the plain subject rule and takes the whole phrase
    (a,) = _find("Ana Ruiz, a city engineer, said the road was closed.")
    assert [e.rule for e in a.evidence] == ["appositive-subject", "said-verb-then-clause"]


def test_a_second_verb_of_another_form_stays_in_the_content() -> None:
    # coordinated-cue-ends-content: past with past only; "rose and fell" is one content, not two reports
    (a,) = _find("The mayor said prices rose and fell.")
    assert a.content.text == "prices rose and fell"
    _, second = _find("The mayor said the bridge was safe and warned that the road was not.")
    assert (second.speaker_span.text if second.speaker_span else None, second.content.text) == (
        "The mayor",
        "that the road was not",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Roe's claim that the men who left were paid is false.", "that the men who left were paid"),
        ("He rejected Ann Roe's claim that the plan failed.", "that the plan failed"),
        ("Ann Roe's claim that he said it is false.", "that he said it is false"),  # "it": a subject of its own
        ("Ann Roe's claim that the man whose car burned was paid is false.", "that the man whose car burned was paid"),
    ],
)
def test_a_claims_clause_ends_at_the_main_verb_only_after_its_own(text: str, content: str) -> None:
    # clause-ends-at-main-verb: a relative clause's verb is not the clause's own; nor is one with a subject
    (a,) = [a for a in _find(text) if a.cue == "claim"]
    assert a.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor criticized the cuts in the budget.", "the cuts in the budget"),  # no time, no message
        ("Ann Roe asked the minister to explain why he left on Monday.", "to explain why he left on Monday"),
        ("The mayor denied the report on Monday.", "the report"),  # a time
    ],
)
def test_an_object_ends_before_a_phrase_of_time_or_message_only(text: str, content: str) -> None:
    # adjunct-ends-object: only right after a noun phrase, and only for a time or a message
    (a,) = _find(text)
    assert a.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # past "said", present "denies": the second verb belongs to the content, not to the mayor
        (
            "The mayor said the firm admits the error and denies the rest.",
            "said",
            "the firm admits the error and denies the rest",
        ),
        # an adverb between "but" and the second verb
        ("The mayor said the bridge was safe but also warned that the road was not.", "said", "the bridge was safe"),
        # present with present
        ("The mayor says the bridge is safe and warns that the road is not.", "says", "the bridge is safe"),
    ],
)
def test_a_coordinated_cue_ends_the_content_only_in_the_same_form(text: str, cue: str, content: str) -> None:
    (a,) = [a for a in _find(text) if a.cue == cue]
    assert a.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the road was closed (the bridge too).",  # a bracket opens an aside
        "Officials said the road was closed, according to a police report.",  # another source takes over
    ],
)
def test_a_reported_clause_ends_before_an_aside_or_another_source(text: str) -> None:
    (a,) = [a for a in _find(text) if a.cue == "said"]
    assert a.content.text == "the road was closed"


def test_a_frame_after_an_adverbial_is_no_statement() -> None:
    # the content before the frame must hold a clause or a quotation: "In April" does not
    assert _find("In April, the mayor said.") == ()


# --------------------------------------------------------------------------- rules that settle: no statement


@pytest.mark.parametrize(
    "text",
    [
        "The firm refused to pay the fine.",  # refusal-to-speak: an act refused is no statement
        "Reporters asked whether the plan was dead.",  # reporter-question
        "I asked him whether the plan was dead.",  # reporter-question: the writer
        "The government would welcome the talks.",  # hypothetical-act
        "They had agreed to wait.",  # bare-infinitive
        "Its echo seemed to ‘reverberate’.",  # bare-infinitive: quote marks are no words
    ],
)
def test_no_statement(text: str) -> None:
    assert _find(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe asked whether the plan was dead.",  # a speaker's question is a statement
        "The interviewer asked him: “Did you know?”",  # a named questioner is a speaker
        "Jon Bell welcomed the decision.",  # no modal: an act that happened
        "Critics would call the plan a failure.",  # a modal before something said
    ],
)
def test_still_a_statement(text: str) -> None:
    assert len(_find(text)) == 1


def test_a_refusal_is_a_statement_of_refusal_with_no_claim() -> None:
    import claimkit

    a = claimkit.analyze("Jon Bell declined to comment on the report.")
    (s,) = a.statements
    assert s.stance is claimkit.Stance.REFUSE
    assert s.cue == "declined to comment on"  # infinitive-cue: what is refused is to comment on the report
    assert s.content.text == "the report"
    assert a.claims == ()


@pytest.mark.parametrize(
    "text",
    ["ΟΔΥΣΣΕΥΣ SAID: “ΑΣ” İstanbul’S", "He said\x00 it WAS", "", "Ann Roe said so."],
)
def test_the_reader_lowers_each_token_and_finds_words_between_offsets(text: str) -> None:
    doc = _processor().parse(text)
    reader = attribution._Reader(doc, attribution.cue_lexicon())
    assert reader.low == [t.text.lower().replace("’", "'") for t in doc.tokens]
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            want = any(start <= t.start and t.end <= end and any(c.isalnum() for c in t.text) for t in doc.tokens)
            assert reader.has_word(start, end) == want


# --------------------------------------------------------------------------- a careful reader's expectations


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
        # ... after any clause opener ("stop" words: "although", "but", "while", ...)
        ("Prices rose, although according to the bank the rate will fall.", "the bank", "the rate will fall"),
        ("Prices rose, but also according to the bank the rate will fall.", "the bank", "the rate will fall"),
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


def test_own_voice_inside_a_quotation_attributed_later_is_no_statement() -> None:
    """Rule own-voice-in-quote: the quotation goes on with the statement before it (no rule has read
    it yet when the cues inside it are weighed), and "I said" inside it is the speaker's own words."""
    text = "“It is safe,” Ann Lee said. “I checked it, I said, ‘Is it safe?’ They said it is.”"
    assert _pairs(text) == [
        ("Ann Lee", "“It is safe,”"),
        (None, "“I checked it, I said, ‘Is it safe?’ They said it is.”"),
        ("They", "it is."),
    ]


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


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("PENCE: We will win the vote in the fall.", "PENCE", "We will win the vote in the fall."),
        (
            "The mayor spoke.\n\nJANE DOE: We will rebuild the bridge soon.",
            "JANE DOE",
            "We will rebuild the bridge soon.",
        ),
    ],
)
def test_a_speaker_label_in_capitals_opens_a_paragraph(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_a_relative_clause_after_a_common_noun_is_part_of_the_source() -> None:
    text = "The official, who runs the clinic, said the plan works."
    assert _pairs(text) == [("The official, who runs the clinic", "the plan works")]


def test_you_think_is_a_hedge_not_a_statement() -> None:
    assert _find("You think the plan works.") == ()


@pytest.mark.parametrize("mark", [";", "—", "--"])
def test_the_content_ends_before_a_semicolon_or_a_dash(mark: str) -> None:
    assert _pairs(f"Ann Lee said the plan works {mark} the mayor left.".replace(" ;", ";")) == [
        ("Ann Lee", "the plan works")
    ]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The spokesman did not deny that the minister resigned.", Stance.HEDGE),
        ("The spokesman has never denied that the minister resigned.", Stance.HEDGE),
        ("The spokesman denied that the minister resigned.", Stance.DENY),
        ("The spokesman did not say that the minister resigned.", Stance.ASSERT),
    ],
)
def test_a_negated_denial_is_no_denial(text: str, stance: Stance) -> None:
    # negated-denial: only a denial verb changes stance, and only with a negation in its verb group
    (a,) = _find(text)
    assert a.stance is stance


# --------------------------------------------------------------------------- more expectations (mutation survivors)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a cue the tagger reads as a plural noun right after a name is the name's verb
        ("Sanders charges that the firm hid its losses.", "Sanders", "that the firm hid its losses"),
        # a preposition right after a quotation opens an adjunct, not the source
        ("“Prices will rise” for years, she said.", "she", "“Prices will rise” for years"),
        # an adverbial of two prepositional phrases between the cue and "that" is skipped
        ("Ann Lee said at a rally in the town that the deal was done.", "Ann Lee", "that the deal was done"),
        # a lower-case job title of two nouns joined by "and" stays on the name
        (
            "The plan works, housing and communities secretary Ann Roe said.",
            "housing and communities secretary Ann Roe",
            "The plan works",
        ),
        (
            "On Monday, housing and communities secretary Ann Roe said the plan works.",
            "housing and communities secretary Ann Roe",
            "the plan works",
        ),
    ],
)
def test_one_statement_more(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_a_relative_clause_cue_reports_only_a_finite_predicate() -> None:
    # relative-clause-predicate: "the rules that the coach says to follow" reports nothing
    assert _find("The rules that the coach says to follow are strict.") == ()


def test_a_quote_interrupted_by_a_nested_cue_resumes_after_it() -> None:
    found = _find("Ann Lee wrote, “The plan, she said, is dead.”")
    (inner,) = [a for a in found if a.cue == "said"]
    assert inner.content_parts[-1].text == "is dead.”"
    assert [e.rule for e in inner.evidence][-1] == "resumes-after-cue"


def test_a_refusal_at_the_end_of_a_text_without_a_period() -> None:
    # refusal-to-speak: "to comment" may be the last words of the text (a headline)
    (a,) = _find("The ministry refused to comment")
    assert (a.stance, a.content.text) == (Stance.REFUSE, "to comment")


def test_a_noun_cue_opening_the_text_takes_no_name_from_its_end() -> None:
    # noun-cue-that: the name before the noun must be in the sentence, not wrap round to the text's end
    assert _find("Claims that taxes will rise worry Ann Lee") == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("“We won,” said Ann Lee,", "Ann Lee"), ("“We won,” said Ann Lee, the coach,", "Ann Lee, the coach")],
)
def test_a_source_after_the_cue_ends_before_a_trailing_comma(text: str, speaker: str) -> None:
    assert _pairs(text) == [(speaker, "“We won,”")]


@pytest.mark.parametrize("time", ["Monday", "yesterday"])
def test_a_time_word_with_a_possessive_opens_the_content(time: str) -> None:
    # a time word after the cue is skipped as an adjunct, unless it owns the next noun
    assert _pairs(f"Ann Lee said {time}'s vote was fair.") == [("Ann Lee", f"{time}'s vote was fair")]


def test_a_frame_sentence_cut_off_after_a_comma_and_a_clause_word() -> None:
    # quote-then-said-sentence: ", but" closing the text is an aside, not more content
    (a,) = _find("“We left.” He said, but")
    assert (a.speaker_span and a.speaker_span.text, a.content.text) == ("He", "“We left.”")


@pytest.mark.parametrize("text", ["Don't blame the mayor.", "Do not blame the mayor."])
def test_an_imperative_has_no_speaker(text: str) -> None:
    # the auxiliary opening the sentence is part of the verb group, not its subject
    assert _find(text) == ()


def test_a_time_phrase_between_the_cue_and_that_is_skipped() -> None:
    assert _pairs("Ann Lee said last night that the deal was done.") == [("Ann Lee", "that the deal was done")]


def test_a_comma_between_two_adjectives_does_not_end_an_infinitive_content() -> None:
    (a,) = _find("The firm expects to use the money from the pending, two-part sale of its unit.")
    assert a.content.text == "to use the money from the pending, two-part sale of its unit"


def test_a_statement_in_one_piece_has_no_content_parts() -> None:
    (a,) = _find("The mayor said the bridge was safe.")
    assert a.content_parts == ()


def test_an_apposition_subject_after_a_sentence_opening_but() -> None:
    text = "But Ann Lee, senior engineer at the city, said the road was closed."
    assert _pairs(text) == [("Ann Lee, senior engineer at the city", "the road was closed")]


def test_a_content_cut_off_after_and_at_the_end_of_the_text() -> None:
    # coordinated-cue-ends-content looks for a verb after "and": there is none
    (a,) = _find("The mayor said the bridge was safe and")
    assert a.speaker_span is not None
    assert a.speaker_span.text == "The mayor"
    assert a.content.text.startswith("the bridge was safe")


@pytest.mark.parametrize("text", ["HOST: Yes", "HOST: Yes."])
def test_a_speaker_label_before_a_single_word(text: str) -> None:
    (a,) = _find(text)
    assert (a.speaker_span and a.speaker_span.text, a.content.text) == ("HOST", text.removeprefix("HOST: "))


def test_a_source_after_the_cue_ends_at_a_semicolon() -> None:
    (a,) = _find("“We won,” said Ann Lee, the coach; she left.")
    assert a.speaker_span is not None
    assert ";" not in a.speaker_span.text
    assert a.speaker_span.text.startswith("Ann Lee")


def test_a_dash_opening_the_text_signs_nothing() -> None:
    # dash-signature: the dash must follow a quotation; at the text's start nothing comes before it
    assert not any(e.rule == "dash-signature" for a in _find("— Jane Doe: “We will win”") for e in a.evidence)


@pytest.mark.parametrize(
    "text",
    ["Officials released a report that said the plan failed.", "Officials released a report, which said it failed."],
)
def test_a_relative_pronoun_subject_speaks_for_the_noun_before_it(text: str) -> None:
    (a,) = _find(text)
    assert a.speaker_span is not None
    assert a.speaker_span.text == "a report"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a hyphen standing for a dash after the cue is no part of the content
        ("Ann Lee said - the deal was done.", "Ann Lee", "the deal was done"),
        # "according to X," closing a text that ends with the comma
        ("The deal is done, according to Ann Lee,", "Ann Lee", "The deal is done"),
    ],
)
def test_one_statement_at_the_edges(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_a_semicolon_after_a_quotation_is_no_part_of_a_source() -> None:
    spans = [a.speaker_span.text for a in _find("“We won”; Ann Lee said.") if a.speaker_span is not None]
    assert not any(s.startswith(";") for s in spans)


@pytest.mark.parametrize(
    "text",
    ["Then Tom Ek promises reform and says taxes will fall.", "Then Tom Ek promised reform and said taxes would fall."],
)
def test_a_coordinated_cue_after_a_fronted_adverb_takes_the_subject_of_the_verb_before_and(text: str) -> None:
    # coordinated-subject: with no main clause read past the fronted "Then", the verb before "and" gives it
    found = _find(text)
    assert [(a.speaker_span and a.speaker_span.text, a.content.text) for a in found][-1] == (
        "Tom Ek",
        text.split(" and ", 1)[1].split(" ", 1)[1].rstrip("."),
    )
    assert found[-1].evidence[0].rule == "coordinated-subject"


def test_a_noun_cue_after_a_name_is_read_once() -> None:
    # noun-cue-that reads "Bloomberg reports that ...": the verb rule does not read it again
    (a,) = _find("Bloomberg reports that the firm hid its losses.")
    assert (a.speaker_span and a.speaker_span.text, a.content.text) == ("Bloomberg", "that the firm hid its losses")


@pytest.mark.parametrize("speaker", ["one of the coaches", "a member of the team", "the head of the union"])
def test_an_inverted_source_takes_its_of_phrase(speaker: str) -> None:
    # said-verb-then-subject: a noun that takes an "of" phrase ("one", "member", "head") keeps it
    assert _pairs(f"“We won,” said {speaker}.") == [(speaker, "“We won,”")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a one-letter word before a dash is a false start, not a dateline's place
        ("I — I think the deal is done, Ann Lee said.", "I — I think the deal is done"),
        # a plural of a time word ("Mondays", "mornings") is a subject, not a time adjunct after the cue
        ("Ann Lee said Mondays are slow.", "Mondays are slow"),
        ("Ann Lee said mornings are slow.", "mornings are slow"),
        # "according to X," followed by no word: the content has no second part
        ("The deal, according to Ann Lee, ...", "The deal"),
    ],
)
def test_the_content_of_one_statement(text: str, content: str) -> None:
    (a,) = _find(text)
    assert (a.content.text, a.content_parts) == (content, ())


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # relative-aside-in-content: no verb after the aside, so the aside ends a noun-phrase content
        ("The mayor praised the bridge, which opened in May.", "the bridge"),
        # the aside's own verb is not enough: the clause needs one after the closing comma
        ("The mayor said the bridge, which opened in May, and the road were safe.", "the bridge"),
    ],
)
def test_a_relative_aside_runs_on_only_to_the_clauses_own_verb(text: str, content: str) -> None:
    assert _find(text)[0].content.text == content


def test_a_relative_clause_with_which_is_part_of_the_source() -> None:
    # appositive-subject: "which" opens the relative clause as "who" does
    assert _pairs("The agency, which runs the port, said the road was closed.") == [
        ("The agency, which runs the port", "the road was closed")
    ]
    # ... unless the clause holds a reporting verb: then it is a report of its own, with the firm its source
    found = _find("The firm, which said it found the bugs, plans to sell new products.")
    assert [(a.speaker_span.text if a.speaker_span else None) for a in found if a.cue == "said"] == ["The firm"]


@pytest.mark.parametrize("opening", ["When the vote was called", "After the vote", "Asked about the vote"])
def test_a_participle_after_a_fronted_clause_takes_the_main_subject(opening: str) -> None:
    # participle-takes-main-subject: a fronted clause or phrase is passed over, never taken as the subject
    text = f"{opening}, the senator left the room, saying the process was a sham."
    assert _pairs(text) == [("the senator", "the process was a sham")]


def test_a_cue_that_ends_a_fronted_clause_reports_nothing() -> None:
    # fronted-clause-ends-content: the cue's clause ends at the comma right after it, so it has no content
    assert _find("When Jon Bell called, Tom Hale was out.") == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The mayor kept saying the bridge was safe.", "kept saying", "The mayor"),
        ("The mayor has begun to argue that the bridge was safe.", "has begun to argue", "The mayor"),
        ("Ann Lee did not resist noting that the road was shut.", "did not resist noting", "Ann Lee"),
    ],
)
def test_a_cue_after_a_catenative_verb_takes_the_subject_before_it(text: str, cue: str, speaker: str) -> None:
    # catenative-verb-group: the cue's verb group reaches back over the catenative verb
    (a,) = _find(text)
    assert (a.cue_span.text if a.cue_span else None, a.speaker_span.text if a.speaker_span else None) == (cue, speaker)
    assert "catenative-verb-group" in [e.rule for e in a.evidence]


def test_a_catenative_verb_in_an_infinitive_or_a_noun_phrase_starts_no_verb_group() -> None:
    # not finite and no auxiliary before it: "to resist pointing out" is no verb group of the cue
    found = _find("Her wish to resist pointing out the flaws was clear.")
    assert all("catenative-verb-group" not in [e.rule for e in a.evidence] for a in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Doe said not the plant but the mill was safe.", "not the plant but the mill was safe"),
        ("Doe said not only the plant but also the mill was safe.", "not only the plant but also the mill was safe"),
    ],
)
def test_a_reported_clause_may_open_with_not_before_its_subject(text: str, content: str) -> None:
    # said-verb-then-clause: "not" before a noun phrase opens the clause, as "neither" does
    (a,) = _find(text)
    assert (a.speaker_span.text if a.speaker_span else None, a.content.text) == ("Doe", content)


def test_not_before_an_adverb_opens_no_reported_clause() -> None:
    # "not long ago" is no subject: the rules read no clause after "said" here
    assert _find("Doe said not long ago that the mill was safe.") == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor attacked the judge in early-morning tweets.", "the judge"),
        ("The mayor attacked the judge in a tweet.", "the judge"),
        ("The mayor attacked the judge in two cities.", "the judge in two cities"),
    ],
)
def test_a_phrase_naming_messages_ends_a_noun_phrase_content(text: str, content: str) -> None:
    # adjunct-ends-object: a message noun, singular or plural, tells in what the thing was said
    (a,) = _find(text)
    assert a.content.text == content


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # object-inside-content: an act on a thing named inside reported content is part of it
        ("Officials said video shows the explosion.", ["said"]),
        ("Officials said the firm had published the report.", ["said"]),
        # a proposition inside it is relayed: a statement of its own; so is a denial or an acceptance of a thing
        ("Officials said the video shows that the bridge fell.", ["said", "shows"]),
        ("The mayor denied the report, officials said.", ["said", "denied"]),
        ("Officials said the firm had accepted the offer.", ["said", "had accepted"]),
    ],
)
def test_inside_reported_content_only_a_proposition_is_relayed(text: str, cues: list[str]) -> None:
    assert [a.cue for a in _find(text)] == cues


def test_an_act_on_a_thing_is_still_a_statement_outside_any_content() -> None:
    # object-inside-content applies only inside another statement's content
    assert [(a.cue, a.content.text) for a in _find("The firm had accepted the offer.")] == [
        ("had accepted", "the offer")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # said-verb-then-clause: a noun-phrase content ends at a comma before a new clause of its own
        ("As the mayor praised the bridge, the crowd cheered.", "the bridge"),
        ("The mayor denied the report, his aides said.", "the report"),
        # a list of noun phrases after the comma is no clause: the content runs on
        ("The mayor praised the bridge, the road and the dam.", "the bridge, the road and the dam"),
    ],
)
def test_a_noun_phrase_content_ends_before_a_new_clause(text: str, content: str) -> None:
    assert [a.content.text for a in _find(text) if a.cue in {"praised", "denied"}] == [content]


def test_a_relative_clause_in_a_phrase_after_the_hearer_is_no_content() -> None:
    # quote-then-said-verb: "after the meeting that was held ..." is an adverbial phrase, so the frame
    # ends the sentence and the quotation before it is the content (was: the relative clause)
    text = "“We are in a critical situation,” the chancellor told reporters after the meeting that was held on a boat."
    assert [(a.cue, a.content.text) for a in _find(text)] == [("told", "“We are in a critical situation,”")]


def test_that_after_an_adverbial_phrase_still_opens_the_content() -> None:
    assert _find("The mayor said at an event in the city that the bridge was safe.")[0].content.text == (
        "that the bridge was safe"
    )


@pytest.mark.parametrize(
    "adverb", ["however", "nonetheless", "nevertheless", "thus", "separately", "therefore", "meanwhile"]
)
def test_a_connective_adverb_before_the_cue_joins_its_verb_group(adverb: str) -> None:
    # the aux class of attribution_words.tsv: "The mayor however said" reads like "The mayor also said"
    text = f"The mayor {adverb} said the plant was safe."
    (a,) = _find(text)
    assert a.speaker_span is not None
    assert a.speaker_span.text == "The mayor"
    assert a.cue_span is not None
    assert a.cue_span.text == f"{adverb} said"
    assert a.content.text == "the plant was safe"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the subordinator governs a clause that closes before the speaker: the cue is in the main clause
        (
            "If asked, the mayor said the bridge was safe, the crowd would cheer.",
            "the bridge was safe, the crowd would cheer",
        ),
        ("As the mayor said, the bridge is safe.", "the bridge is safe"),  # no clause after the cue: content after
        (
            "When the mayor said the bridge was safe, and the road too, we left.",
            "the bridge was safe, and the road too",
        ),
    ],
)
def test_a_fronted_clause_ends_the_content_only_when_it_holds_the_cue(text: str, content: str) -> None:
    # fronted-clause-ends-content: the speaker follows the subordinator with no comma between
    assert _find(text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the plan as a success.", "the plan as a success"),  # "as" without a clause
        ("The mayor described the plan as prices rose.", "the plan"),
        ("The mayor promised to act because it was late.", "to act because it was late"),  # an infinitive
        ("The mayor said that prices fell because taxes rose.", "that prices fell because taxes rose"),
    ],
)
def test_an_adverbial_clause_ends_only_a_noun_phrase_content(text: str, content: str) -> None:
    # clause-ends-object: after a noun phrase only; "as" only before a subject and its verb
    assert _find(text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said that prices rose, and fell.", "that prices rose, and fell"),  # no subject of its own
        ("The mayor said that prices rose, but she was wrong.", "that prices rose"),
    ],
)
def test_a_conjoined_clause_needs_a_subject_to_end_the_content(text: str, content: str) -> None:
    # conjoined-clause-ends-content
    assert _find(text)[0].content.text == content


def test_a_clause_after_an_adverbial_phrase_is_the_content() -> None:
    # "said after the vote the plant was safe": the phrase is passed over, as before "that"
    (a,) = _find("The mayor said after the vote the plant was safe.")
    assert (a.speaker_span.text if a.speaker_span else None, a.content.text) == ("The mayor", "the plant was safe")


@pytest.mark.parametrize("adverb", ["therefore", "meanwhile"])
def test_the_trained_layer_keeps_an_adverb_of_the_verb_group_out_of_the_source(adverb: str) -> None:
    # the tagger reads these adverbs as nouns; a tagged source reaching into the rules' cue is not taken
    (s,) = claimkit.analyze(f"The mayor {adverb} said the plant was safe.").statements
    assert s.speaker_span is not None
    assert s.speaker_span.text == "The mayor"


def test_the_trained_layer_still_takes_a_name_the_rules_read_as_a_modal() -> None:
    # "May" opens the rules' verb group, but a capitalized word there is a name's: the tagged source stays
    (s,) = claimkit.analyze("Prime minister Ann May said the plant was safe.").statements
    assert s.speaker_span is not None
    assert s.speaker_span.text == "Prime minister Ann May"


def test_an_infinitive_after_a_frame_behind_a_fronted_phrase_is_its_content() -> None:
    # "Through a spokesman, X declined to comment.": "to comment" is what the cue takes, not an adjunct
    (a,) = _find("Through a spokesman, the mayor declined to comment.")
    assert (a.speaker_span.text if a.speaker_span else None, a.content.text) == ("the mayor", "to comment")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said, in a statement on Monday, that the plant is safe.",
        "The mayor says at a rally in Dayton, Ohio, that the plant is safe.",
    ],
)
def test_that_after_an_aside_between_commas_opens_the_content(text: str) -> None:
    (a,) = _find(text)
    assert (a.speaker_span.text if a.speaker_span else None, a.content.text) == ("The mayor", "that the plant is safe")


@pytest.mark.parametrize("verb", ["maintains", "insists"])
def test_a_cue_read_as_a_plural_noun_ends_a_frame_after_a_comma(verb: str) -> None:
    # the tagger reads "doctor maintains" as two nouns; at the end of a frame after a comma it is the cue
    (a,) = _find(f"The plant is safe, the mayor's doctor {verb}.")
    assert (a.speaker_span.text if a.speaker_span else None, a.cue, a.content.text) == (
        "the mayor's doctor",
        verb,
        "The plant is safe",
    )
    assert _find("The mayor, who faces charges, left.") == ()


def test_a_verb_after_a_subordinator_opens_no_reported_clause() -> None:
    # "shows a close race as the mayor gained support": the object is a noun phrase, the clause is adverbial
    (a,) = _find("The poll shows a close race as the mayor gained support.")
    assert a.content.text == "a close race"
    assert _find("The mayor said prices rose as wages fell.")[0].content.text == "prices rose as wages fell"


def test_a_frame_after_a_comma_is_no_content_of_the_verb_before_it() -> None:
    # "Those talks are continuing, she said.": "continuing" takes no content; the frame is its own statement
    (a,) = _find("Those talks are continuing, she said.")
    assert (a.speaker_span.text if a.speaker_span else None, a.cue, a.content.text) == (
        "she",
        "said",
        "Those talks are continuing",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“We doubt Roe's claim that prices rose,” Doe said.", "that prices rose"),  # ends with its quotation
        ("We doubt Roe's claim that prices rose, Doe said.", "that prices rose"),  # a frame after the comma
    ],
)
def test_a_noun_cues_content_ends_before_the_frame_around_it(text: str, content: str) -> None:
    (a,) = [a for a in _find(text) if a.cue == "claim"]
    assert a.content.text == content


@pytest.mark.parametrize(
    ("text", "hearer", "content"),
    [
        ("The mayor told reporters officials were wrong.", "reporters", "officials were wrong"),
        ("Mayor Tells Workers Plant Is Safe", "Workers", "Plant Is Safe"),
        ("The mayor told reporters the plant was safe.", "reporters", "the plant was safe"),
    ],
)
def test_the_last_noun_before_a_finite_verb_is_the_subject_not_the_hearer(text: str, hearer: str, content: str) -> None:
    (a,) = _find(text)
    assert (a.addressee_span.text if a.addressee_span else None, a.content.text) == (hearer, content)


def test_a_second_verb_ends_only_a_noun_phrase_content() -> None:
    # coordinated-verb-ends-object: a clause content keeps its own coordinated verbs
    assert _find("The mayor said the plan failed and then left.")[0].content.text == "the plan failed and then left"


@pytest.mark.parametrize(
    ("heading", "continues"),
    [
        ("‘Coal Is Not the Villain.’", False),  # a quoted section heading continues no one's words
        ("“Yes, we did.”", True),
        ("“It was late.”", True),
    ],
)
def test_a_quoted_heading_paragraph_continues_no_quotation(heading: str, continues: bool) -> None:
    found = _find(f"“We left early,” he said.\n\n{heading}\n\nIt rained.")
    assert [a.content.text for a in found if a.continues is not None] == ([heading] if continues else [])


def test_a_clarification_label_names_no_speaker() -> None:
    assert _find("CLARIFICATION: The first line was changed to say the plant is open.") == ()


def test_that_before_a_name_opens_a_clause_not_the_speaker() -> None:
    (a,) = _find("The note was changed to reflect that Jon Bay is calling for a vote.")
    assert (a.speaker_span.text if a.speaker_span else None, a.content.text) == ("Jon Bay", "a vote")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor refused to disclose the records.", "refused to disclose", "the records"),
        ("The mayor declined to comment.", "declined", "to comment"),  # nothing after the infinitive
        ("The mayor seemed to think the plan was weak.", "seemed", "to think the plan was weak"),  # no refusal
    ],
)
def test_only_a_refusals_infinitive_cue_joins_the_cue(text: str, cue: str, content: str) -> None:
    # infinitive-cue: the refused act of speech is part of the cue, and what it is about the content
    (a,) = _find(text)
    assert (a.cue_span.text if a.cue_span else None, a.content.text) == (cue, content)


def test_a_title_case_headline_before_its_frame_is_content() -> None:
    # the tagger reads no verb in "Mayor Hid Plant Problems From Public"; a headline's words still make a claim
    (a,) = _find("Mayor Hid Plant Problems From Public, Former City Doctor Says")
    assert (a.speaker_span.text if a.speaker_span else None, a.content.text) == (
        "Former City Doctor",
        "Mayor Hid Plant Problems From Public",
    )
    assert _find("In Late April Last Year, Officials Said") == ()


def test_a_gerund_after_the_frame_goes_on_with_a_fronted_subordinate_clause() -> None:
    # "Though ..., he said, replacing ...": the clause before the frame is no sentence on its own
    (a,) = _find("Though the vote was close, he said, replacing the mayor would be hard.")
    assert [p.text for p in a.content_parts] == ["Though the vote was close", "replacing the mayor would be hard"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the plan helped many towns, including Riverton and Dale.",
            "the plan helped many towns, including Riverton and Dale",
        ),
        ("The mayor said the plan failed, forcing the council to act.", "the plan failed"),
    ],
)
def test_including_after_a_comma_goes_on_with_the_content(text: str, content: str) -> None:
    # a participle after a comma ends a clause content, but ", including ..." names part of what was said
    assert _find(text)[0].content.text == content
