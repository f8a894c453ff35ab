"""Attribution: who said what. Invented sentences for each layout, generated paragraphs, fuzzing."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import ClaimkitWarning, InvalidInputError
from claimkit.attribution import Attribution, cue_lexicon, find_attributions
from claimkit.model import Stance, StatementKind
from claimkit.testing import awkward_texts, documents
from claimkit.text import TextProcessor

from .conftest import processor as _processor

pytestmark = pytest.mark.needs_nltk_data


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return _processor()


def _find(processor: TextProcessor, text: str) -> tuple[Attribution, ...]:
    found = find_attributions(processor.parse(text))
    for a in found:
        for span in (a.content, a.speaker_span, a.cue_span, a.addressee_span, *a.content_parts, *a.via_spans):
            if span is not None:
                assert text[span.start : span.end] == span.text
    return found


def _speaker(a: Attribution) -> str | None:
    return a.speaker_span.text if a.speaker_span is not None else None


# --------------------------------------------------------------------------- layouts


def test_quote_then_attribution(processor: TextProcessor) -> None:
    (a,) = _find(processor, "“The bridge will reopen in May,” the mayor said.")
    assert (a.id, a.kind, _speaker(a), a.cue) == ("s1", StatementKind.DIRECT, "the mayor", "said")
    assert a.content.text == "“The bridge will reopen in May,”"


def test_attribution_then_colon_quote(processor: TextProcessor) -> None:
    (a,) = _find(processor, "The harbor master said: “No ship has left since Monday.”")
    assert a.kind is StatementKind.DIRECT
    assert _speaker(a) == "The harbor master"
    assert a.content.text == "“No ship has left since Monday.”"


def test_interrupted_quote_has_two_parts(processor: TextProcessor) -> None:
    (a,) = _find(processor, "“We tried,” Dana Whitlow said, “but the river rose too fast.”")
    assert a.kind is StatementKind.DIRECT
    assert _speaker(a) == "Dana Whitlow"
    assert [p.text for p in a.content_parts] == ["“We tried,”", "“but the river rose too fast.”"]
    assert a.content.start == a.content_parts[0].start
    assert a.content.end == a.content_parts[1].end


def test_inverted_attribution(processor: TextProcessor) -> None:
    (a,) = _find(processor, "“Prices will fall,” said Orla Brennick, an economist at the bank.")
    assert _speaker(a) == "Orla Brennick, an economist at the bank"
    assert a.cue == "said"


def test_continuation_in_same_paragraph_and_next(processor: TextProcessor) -> None:
    text = "“We closed the plant,” she said. “It was losing money.”\n\n“Nobody wanted that.”"
    first, second, third = _find(processor, text)
    assert (_speaker(first), first.continues) == ("she", None)
    assert (second.continues, second.speaker_span, second.kind) == ("s1", None, StatementKind.DIRECT)
    assert third.continues == "s2"


def test_multi_sentence_quote_before_attribution(processor: TextProcessor) -> None:
    (a,) = _find(processor, "“The dam held. The town is safe,” the engineer told reporters.")
    assert a.content.text == "“The dam held. The town is safe,”"
    assert a.addressee_span is not None
    assert a.addressee_span.text == "reporters"


def test_indirect_with_that(processor: TextProcessor) -> None:
    (a,) = _find(processor, "Regional officials have suggested for months that the mine will close.")
    assert a.kind is StatementKind.INDIRECT
    assert _speaker(a) == "Regional officials"
    assert a.content.text == "that the mine will close"
    assert a.stance is Stance.HEDGE


def test_indirect_without_that(processor: TextProcessor) -> None:
    (a,) = _find(processor, "The council said the budget was approved on Tuesday.")
    assert (_speaker(a), a.content.text) == ("The council", "the budget was approved on Tuesday")


def test_denied_with_gerund_and_time_between(processor: TextProcessor) -> None:
    (a,) = _find(processor, "The ministry’s press office on Friday denied closing the border, despite the reports.")
    assert _speaker(a) == "The ministry’s press office"
    assert (a.cue, a.stance, a.content.text) == ("denied", Stance.DENY, "closing the border")


def test_claimed_to(processor: TextProcessor) -> None:
    (a,) = _find(processor, "A pair of local groups claimed to have found the missing files, although nobody checked.")
    assert _speaker(a) == "A pair of local groups"
    assert a.content.text == "to have found the missing files"


def test_according_to_both_sides(processor: TextProcessor) -> None:
    first, second = _find(
        processor,
        "According to the fire department, the blaze started in the kitchen. Two rooms burned, according to Ada Moss.",
    )
    assert (_speaker(first), first.cue, first.content.text) == (
        "the fire department",
        "According to",
        "the blaze started in the kitchen",
    )
    assert (_speaker(second), second.content.text) == ("Ada Moss", "Two rooms burned")


def test_told_with_addressee(processor: TextProcessor) -> None:
    (a,) = _find(processor, "The coach told the players that practice was cancelled.")
    assert _speaker(a) == "The coach"
    assert a.addressee_span is not None
    assert a.addressee_span.text == "the players"
    assert a.content.text == "that practice was cancelled"


def test_noun_cue(processor: TextProcessor) -> None:
    (a,) = _find(processor, "The rumors spread despite the company’s claim that the factory is safe.")
    assert (a.cue, _speaker(a), a.content.text) == ("claim", "the company", "that the factory is safe")


def test_partial_quote(processor: TextProcessor) -> None:
    (a,) = _find(processor, "The senator said the plan was “a disaster for farmers.”")
    assert a.kind is StatementKind.PARTIAL


def test_relative_clause_source(processor: TextProcessor) -> None:
    (a,) = _find(processor, "They met Inez Calloway, who said the station would stay open.")
    assert _speaker(a) == "Inez Calloway"
    assert a.content.text == "the station would stay open"


def test_nested_attribution_via(processor: TextProcessor) -> None:
    outer, inner = _find(processor, "The radio station reported that farmers say the wells are dry.")
    assert _speaker(outer) == "The radio station"
    assert _speaker(inner) == "farmers"
    assert [v.text for v in inner.via_spans] == ["The radio station"]


def test_nested_inside_quote_is_indirect(processor: TextProcessor) -> None:
    found = _find(processor, "“The builders have said that they will finish soon,” the mayor said.")
    outer = next(a for a in found if _speaker(a) == "the mayor")
    inner = next(a for a in found if _speaker(a) == "The builders")
    assert outer.kind is StatementKind.DIRECT
    assert inner.kind is StatementKind.INDIRECT
    assert [v.text for v in inner.via_spans] == ["the mayor"]


def test_relative_clause_inside_a_quote(processor: TextProcessor) -> None:
    found = _find(processor, "“They kept the boats, which they say were built abroad,” the radio station reported.")
    inner = next(a for a in found if _speaker(a) == "they")
    assert inner.content.text == "were built abroad"
    assert [v.text for v in inner.via_spans] == ["the radio station"]


def test_relative_apposition_is_not_inversion(processor: TextProcessor) -> None:
    (a,) = _find(processor, "Ada Moss, who runs the shelter, told volunteers to stay home.")
    assert _speaker(a) == "Ada Moss, who runs the shelter"
    assert a.addressee_span is not None
    assert (a.addressee_span.text, a.content.text) == ("volunteers", "to stay home")


def test_names_with_apostrophes_and_party_tags(processor: TextProcessor) -> None:
    first, second = _find(processor, "“It is done,” said O'Hara. “We won,” Sen. Ann Lowe (D-Ore.) said.")
    assert _speaker(first) == "O'Hara"
    assert _speaker(second) == "Sen. Ann Lowe (D-Ore.)"


def test_doubled_apostrophes_as_quote_marks(processor: TextProcessor) -> None:
    (a,) = _find(processor, "''The rules are clear,'' the clerk said.")
    assert (a.kind, a.content.text) == (StatementKind.DIRECT, "''The rules are clear,''")


def test_own_words_inside_a_quote_are_not_relayed(processor: TextProcessor) -> None:
    found = _find(processor, "“I think we will win,” the coach said.")
    assert [(_speaker(a), a.cue) for a in found] == [("the coach", "said")]


def test_dash_signature(processor: TextProcessor) -> None:
    (a,) = _find(processor, "“The debate changed nothing for me.” ― Lena Ostrova")
    assert (_speaker(a), a.kind) == ("Lena Ostrova", StatementKind.DIRECT)


def test_speaker_label(processor: TextProcessor) -> None:
    (a,) = _find(processor, "HOST: Will the road open this year?")
    assert (_speaker(a), a.cue, a.content.text) == ("HOST", ":", "Will the road open this year?")


def test_speaker_label_names_somebody(processor: TextProcessor) -> None:
    # a "label" of dots or dashes before a colon is no speaker (found by test_quote_marks_in_any_order)
    assert _find(processor, "..: The dam is safe.") == ()
    assert _find(processor, ". : THE DAM IS SAFE.") == ()


def test_no_attribution_in_plain_narrative(processor: TextProcessor) -> None:
    assert _find(processor, "The river rose overnight and the road was closed.") == ()


def test_unclosed_quote_warns_but_works(processor: TextProcessor) -> None:
    with pytest.warns(ClaimkitWarning):
        found = _find(processor, "He said: “The gate stays shut")
    assert found
    assert found[0].kind is StatementKind.DIRECT


def test_ids_are_in_text_order(processor: TextProcessor) -> None:
    found = _find(processor, "Ana Ruiz said the dam held. “It did,” Bo Lind said. Critics denied it.")
    assert [a.id for a in found] == ["s1", "s2", "s3"]
    assert [a.content.start for a in found] == sorted(a.content.start for a in found)


def test_lexicon_is_large_and_typed() -> None:
    lex = cue_lexicon()
    assert len({e.lemma for v in lex.verbs.values() for e in v}) >= 200
    assert lex.verbs["warned"][0].stance is Stance.WARN
    assert lex.nouns["claims"].stance is Stance.ASSERT


# --------------------------------------------------------------------------- generated paragraphs

_FIRST = ("Marta", "Tomas", "Ilse", "Jorin", "Kaia", "Petra", "Anselm", "Brisa", "Odile", "Ravi")
_LAST = ("Varga", "Holmqvist", "Brandt", "Okafor", "Lindgren", "Castell", "Novak", "Ferreira", "Dahl", "Quint")
_ROLES = ("spokeswoman", "spokesman", "analyst", "director", "engineer")
_ORGS = ("harbor authority", "water board", "transit agency", "city council")
_VERBS = ("closed", "rebuilt", "delayed", "repaired", "expanded", "inspected")
_NOUNS = ("bridge", "budget", "tunnel", "station", "pipeline", "market")


@dataclass(frozen=True)
class _Planted:
    text: str
    speaker: str | None
    kind: StatementKind
    continues: bool = False


@st.composite
def _sources(draw: st.DrawFn) -> str:
    name = f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"
    form = draw(st.integers(0, 2))
    if form == 0:
        return name
    if form == 1:
        return f"the {draw(st.sampled_from(_ORGS))}"
    return f"{draw(st.sampled_from(_ORGS)).title()} {draw(st.sampled_from(_ROLES))} {name}"


@st.composite
def _clauses(draw: st.DrawFn) -> str:
    return f"the {draw(st.sampled_from(_ORGS))} {draw(st.sampled_from(_VERBS))} the {draw(st.sampled_from(_NOUNS))}"


@st.composite
def _statements(draw: st.DrawFn) -> list[_Planted]:
    src = draw(_sources())
    cue = draw(st.sampled_from(("said", "says", "added", "warned", "told reporters")))
    clause = draw(_clauses())
    quote = clause[0].upper() + clause[1:]
    layout = draw(st.integers(0, 5))
    out: list[_Planted]
    if layout == 0:
        out = [_Planted(f"“{quote},” {src} {cue}.", src, StatementKind.DIRECT)]
    elif layout == 1:
        out = [
            _Planted(f"{src[0].upper() + src[1:]} {cue}: “{quote}.”", src[0].upper() + src[1:], StatementKind.DIRECT)
        ]
    elif layout == 2:
        s = src[0].upper() + src[1:]
        out = [_Planted(f"{s} {cue} that {clause}.", s, StatementKind.INDIRECT)]
    elif layout == 3:
        out = [_Planted(f"According to {src}, {clause}.", src, StatementKind.INDIRECT)]
    elif layout == 4:
        out = [_Planted(f"{quote}, {src} {cue}.", src, StatementKind.INDIRECT)]
    else:
        out = [_Planted(f"“{quote},” said {src}.", src, StatementKind.DIRECT)]
    if out[0].kind is StatementKind.DIRECT and draw(st.booleans()):
        more = draw(_clauses())
        out.append(_Planted(f"“{more[0].upper() + more[1:]}.”", None, StatementKind.DIRECT, continues=True))
    return out


@st.composite
def _paragraphs(draw: st.DrawFn) -> list[_Planted]:
    items: list[_Planted] = []
    for group in draw(st.lists(_statements(), min_size=1, max_size=4)):
        if draw(st.booleans()):
            items.append(_Planted("The weather stayed calm all week.", None, StatementKind.INDIRECT))
        items.extend(group)
    return items


@settings(max_examples=40)
@given(_paragraphs(), st.sampled_from((" ", "\n\n")))
def test_generated_paragraphs_yield_planted_statements(items: list[_Planted], sep: str) -> None:
    processor = _processor()
    planted = [p for p in items if p.speaker is not None or p.continues]
    text = sep.join(p.text for p in items)
    found = find_attributions(processor.parse(text))
    assert len(found) == len(planted), (text, found)
    for want, got in zip(planted, found, strict=True):
        assert _speaker(got) == want.speaker, text
        assert got.kind is want.kind, text
        assert (got.continues is not None) == want.continues, text


# --------------------------------------------------------------------------- never crashes


@given(st.one_of(awkward_texts(), documents()))
def test_any_text_never_raises_anything_but_the_documented_errors(text: str) -> None:
    # a str of any content is parsed: the documented InvalidInputError is the only way out
    # (an InvalidSpanError or any other ClaimkitError would be an internal bug)
    processor = _processor()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ClaimkitWarning)
        try:
            doc = processor.parse(text)
            found = find_attributions(doc)
        except InvalidInputError:
            return
    for a in found:
        assert text[a.content.start : a.content.end] == a.content.text
        assert a.id.startswith("s")


_MARKS = "“”‘’\"'"


@given(st.text(alphabet=_MARKS + " ab,.:—\n", max_size=80))
def test_quote_marks_in_any_order(text: str) -> None:
    # Quote marks in any order, balanced or not, around words that are neither names nor cues:
    # the quotes found are well-formed (marks at their ends, content inside, within one
    # paragraph) and no statement is made up, since nobody and no cue word is in the text.
    processor = _processor()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ClaimkitWarning)
        doc = processor.parse(text)
        found = find_attributions(doc)
    assert found == ()
    for q in doc.quotes:
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.start <= q.content.start <= q.content.end <= q.span.end
        assert text[q.span.start] in _MARKS
        if q.closed:
            assert text[q.span.end - 1] in _MARKS
        paragraph = doc.paragraphs[q.paragraph]
        assert paragraph.start <= q.span.start
        assert q.span.end <= paragraph.end
        assert q.depth >= 0


def test_long_chain_of_nested_reports_keeps_the_nearest_sources(processor):
    # "X said that Y said that ..." : each link keeps at most three sources, nearest last
    names = [
        f"{first} {last}" for first in ("Ann", "Ben", "Cal", "Dora", "Eli") for last in ("Moss", "Reed", "Tate", "Vale")
    ]
    text = " ".join(f"{name} said that" for name in names) + " the bridge was closed."
    found = _find(processor, text)
    assert len(found) >= len(names) - 2
    assert all(len(a.via_spans) <= 3 for a in found)
    assert any(len(a.via_spans) == 3 for a in found)


def test_run_on_sentence_contents_are_bounded(processor):
    text = "the minister said that " * 600 + "it rained."
    found = _find(processor, text)
    assert found
    assert all(len(a.content.text.split()) <= 260 for a in found)


def test_quotes_with_nothing_between_them(processor):
    text = ("\u200f“\u202eHe said\u202c” \u200e" * 400).strip()
    found = _find(processor, text)
    assert all(len(a.via_spans) <= 3 for a in found)


def test_comma_splice_ends_reported_content(processor):
    text = "The ministers have said that they keep contact with the rebels, we have lots of other reports."
    (a,) = _find(processor, text)
    assert a.content.text == "that they keep contact with the rebels"


def test_comma_after_a_condition_stays_in_the_content(processor):
    text = "The mayor said that if it rains, we will close the market."
    (a,) = _find(processor, text)
    assert a.content.text.endswith("we will close the market")


def test_comma_splice_ends_nested_content_inside_a_quote(processor):
    text = (
        "“The ministers have said that they keep contact with the rebels, we have lots of other reports,”"
        " Ann Moss said."
    )
    found = _find(processor, text)
    inner = [a for a in found if a.via_spans]
    assert inner
    assert inner[0].content.text == "that they keep contact with the rebels"


def test_initials_do_not_end_the_speaker(processor):
    text = "“The levee will hold,” said Ronald R. Fieldstone, a lawyer who has followed the case."
    (a,) = _find(processor, text)
    assert a.speaker_span is not None
    assert a.speaker_span.text.startswith("Ronald R. Fieldstone")


def test_headline_name_and_colon_is_a_speaker(processor):
    found = _find(processor, "Marta Varga: Harbor Authority Delayed the Budget\n\nThe vote is next week.")
    assert [(a.speaker_span.text if a.speaker_span else None, a.cue) for a in found] == [("Marta Varga", ":")]
    assert _find(processor, "Update: Harbor Bridge Closed\n\nThe vote is next week.") == ()


def test_apposition_source_after_an_adverb_or_dateline(processor):
    for text in (
        "Even Harborton, the region's largest port, said it was opposed to the plan.",
        "HARBORTON -- Mayor Ilse Brandt, opening the new station on Monday, said it would serve the north.",
    ):
        (a,) = _find(processor, text)
        assert a.speaker_span is not None
        assert a.cue == "said"


def test_first_person_hedge_is_not_a_report(processor):
    found = _find(processor, "“I think the plan works,” Ann Moss said.")
    assert [a.cue for a in found] == ["said"]
    assert [a.cue for a in _find(processor, "Ann Moss thinks the plan works.")] == ["thinks"]


def test_find_with_a_plain_object_is_not_a_report(processor):
    assert _find(processor, "The engineers found a way around the flooded tunnel.") == ()
    (a,) = _find(processor, "The inspectors found that the tunnel was flooded.")
    assert a.cue == "found"


# --------------------------------------------------------------------------- found in invented articles


def test_a_time_after_a_phrasal_cue_is_an_adjunct(processor: TextProcessor) -> None:
    # "report on <topic>" is a cue of its own, but "reported on Sunday that ..." is "report" + a time
    (a,) = _find(processor, "The newspaper reported on Sunday that three ships had left.")
    assert (_speaker(a), a.cue, a.content.text) == ("The newspaper", "reported", "that three ships had left")
    (b,) = _find(processor, "The newspaper reported on the talks in detail.")
    assert b.cue == "reported on"


def test_a_capitalized_conjunction_is_not_part_of_a_name(processor: TextProcessor) -> None:
    (a,) = _find(processor, "But Der Kurier reported that three ships had left.")
    assert _speaker(a) == "Der Kurier"
    (b,) = _find(processor, "Ludwig van Tessel said that three ships had left.")
    assert _speaker(b) == "Ludwig van Tessel"


def test_a_participle_cue_after_a_dateline_has_the_subject_as_speaker(processor: TextProcessor) -> None:
    found = _find(processor, "OSLO — The ministry rejected the report, calling it “entirely false.”")
    assert [(_speaker(a), a.cue) for a in found] == [("The ministry", "rejected"), ("The ministry", "calling")]


@pytest.mark.parametrize("quantity", ["at least 80", "up to 80", "nearly 80", "as many as 80", "more than 80"])
def test_reported_content_may_open_with_a_quantity(processor: TextProcessor, quantity: str) -> None:
    (a,) = _find(processor, f"Local doctors said {quantity} people had died.")
    assert (_speaker(a), a.cue, a.content.text) == ("Local doctors", "said", f"{quantity} people had died")


def test_a_participle_apposition_after_a_common_noun(processor: TextProcessor) -> None:
    text = "A senior official, speaking on condition of anonymity, said the attack had been expected."
    (a,) = _find(processor, text)
    assert (_speaker(a), a.cue, a.content.text) == ("A senior official", "said", "the attack had been expected")


def test_a_noun_phrase_content_ends_before_the_next_verb(processor: TextProcessor) -> None:
    found = _find(processor, "The minister, citing security concerns, said the border would close.")
    expected = [("citing", "security concerns"), ("said", "the border would close")]
    assert [(a.cue, a.content.text) for a in found] == expected


@pytest.mark.parametrize("dateline", ["KYIV, Ukraine (AP) —", "WASHINGTON (Reuters) —", "OSLO —"])
def test_a_dateline_is_not_content(processor: TextProcessor, dateline: str) -> None:
    (a,) = _find(processor, f"{dateline} The drones were shot down, officials said.")
    assert (_speaker(a), a.content.text) == ("officials", "The drones were shot down")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents of the village said the water was unsafe.", "Residents of the village"),
        ("Fishermen in the port town said the pier would not open.", "Fishermen in the port town"),
        ("The authors of the report said the rules were too weak.", "The authors of the report"),
        ("Several of the lawmakers said they would vote against it.", "Several of the lawmakers"),
        ("Opposition lawmakers met. “It is a trick,” one of them said.", "one of them"),
        # the object of a preposition is not the source: "in the village" belongs to the cue's clause
        ("Ann Moss, who lives in the village, said the water was unsafe.", "Ann Moss, who lives in the village"),
    ],
)
def test_a_source_keeps_its_post_modifier(processor, text, speaker):
    speakers = [_speaker(a) for a in _find(processor, text)]
    assert speakers[-1] == speaker


def test_a_clause_opener_is_not_a_preposition(processor):
    # "whether" opens a clause: the source after it keeps its "of" phrase
    found = _find(processor, "Reporters asked whether a leader of the group said the town had fallen.")
    assert "a leader of the group" in [_speaker(a) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the dam was safe, a claim engineers rejected.",
        "Officials said the dam was safe, a claim that the engineers rejected.",
        "Officials said the dam was safe, an allegation his critics flatly rejected.",
    ],
)
def test_a_claim_in_apposition_is_what_its_source_rejects(processor, text):
    said, rejected = _find(processor, text)
    assert said.content.text == "the dam was safe"
    assert rejected.content == said.content
    assert rejected.stance is Stance.DENY
    assert _speaker(rejected) in {"engineers", "the engineers", "his critics"}


def test_a_claim_noun_without_a_cue_after_it_is_content(processor):
    (a,) = _find(processor, "Officials said the dam was safe, a claim repeated in the report.")
    assert a.content.text.endswith("a claim repeated in the report")


def test_a_participle_cue_has_the_noun_right_before_it_as_source(processor):
    found = _find(processor, "The reports came amid videos of local officials saying they had received help.")
    assert [_speaker(a) for a in found] == ["local officials"]


def test_a_reflexive_after_a_name_stays_with_it(processor):
    (a,) = _find(processor, "Mayor Ann Roe herself said the bridge was safe.")
    assert _speaker(a) == "Mayor Ann Roe herself"


def test_according_to_after_a_closing_quote_ends_the_content(processor):
    found = _find(processor, "The minister said the plan “will not work,” according to a statement.")
    said = next(a for a in found if a.cue == "said")
    assert said.content.text == "the plan “will not work,”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan is off, according to two people familiar with the matter.", "two people familiar with the matter"),
        ("The deal is off, said a source close to the talks.", "a source close to the talks"),
        ("The plan was dropped, according to aides with knowledge of it.", "aides with knowledge of it"),
    ],
)
def test_a_source_keeps_what_it_is_informed_of(processor, text, speaker):
    (a,) = _find(processor, text)
    assert _speaker(a) == speaker
