"""The small readers inside claim extraction, each pinned on hand-tagged tokens (no tagger).

Each test names the behaviour it pins; they were written for the mutants of
``scripts/mutation.py claims`` that no other test killed, and each fails when its rule is broken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit import claims as c
from claimkit.actors import ActorTable
from claimkit.model import Argument, Claim, Granularity, Polarity, Span, Stance, Statement, StatementKind
from claimkit.pipeline import default_analyzer
from claimkit.text import Token


def toks(tagged: str) -> list[Token]:
    """'the/DT talks/NNS failed/VBD' -> tokens with offsets in 'the talks failed'."""
    out, at = [], 0
    for item in tagged.split():
        word, tag = item.rsplit("/", 1)
        out.append(Token(start=at, end=at + len(word), text=word, tag=tag))
        at += len(word) + 1
    return out


# --------------------------------------------------------------------------- proper_noun_verb


def test_proper_noun_verb_reads_a_capitalized_verb_before_a_name_in_sentence_case() -> None:
    clause = toks("the/DT group/NN said/VBD Arms/NNP Russia/NNP sent/VBD were/VBD old/JJ")
    assert c.proper_noun_verb(clause, 3)


def test_proper_noun_verb_needs_a_name_after_and_a_word_before() -> None:
    assert not c.proper_noun_verb(toks("Arms/NNP Russia/NNP sent/VBD were/VBD old/JJ"), 0)  # first word
    assert not c.proper_noun_verb(toks("the/DT group/NN said/VBD Arms/NNP"), 3)  # last word
    assert not c.proper_noun_verb(toks("the/DT group/NN said/VBD Arms/NNP were/VBD old/JJ"), 3)
    assert not c.proper_noun_verb(toks("the/DT group/NN said/VBD Arms/NNP russia/NNP were/VBD old/JJ"), 3)
    assert not c.proper_noun_verb(toks("the/DT group/NN said/VBD arms/NNS Russia/NNP sent/VBD old/JJ"), 3)


def test_proper_noun_verb_is_off_in_a_title_case_headline() -> None:
    assert not c.proper_noun_verb(toks("The/DT Group/NN Says/VBZ Arms/NNP Russia/NNP Sent/VBD were/VBD"), 3)


# --------------------------------------------------------------------------- participles, light nouns, verbs


@pytest.mark.parametrize(
    ("tagged", "i", "expected"),
    [
        ("their/PRP$ shared/VBN border/NN", 1, True),
        ("the/DT growing/VBG threat/NN", 1, True),
        ("Acme/NNP 's/POS stated/VBD goal/NN", 2, True),
        ("the/DT armed/VBN Russian/JJ", 1, True),
        ("the/DT armed/VBN Russians/NNPS", 1, True),
        ("the/DT armed/VBN groups/NNS", 1, True),
        ("the/DT armed/VBN Group/NNP", 1, True),
        ("they/PRP shared/VBD the/DT border/NN", 1, False),
        ("the/DT shared/VBN ./.", 1, False),
        ("shared/VBN border/NN", 0, False),
        ("the/DT border/NN shared/VBN", 2, False),
        ("the/DT share/VB border/NN", 1, False),
        ("the/DT shares/VBZ border/NN", 1, False),
        ("the/DT shared/VBN in/IN", 1, False),
    ],
)
def test_a_participle_between_determiner_and_noun_modifies_the_noun(tagged: str, i: int, expected: bool) -> None:
    assert c._modifies_noun(toks(tagged), i) is expected


@pytest.mark.parametrize(
    ("tagged", "j", "expected"),
    [
        ("a/DT deal/NN", 0, 1),
        ("deals/NNS", 0, 0),
        ("a/DT big/JJ deal/NN", 0, 2),
        ("the/DT bigger/JJR deal/NN", 0, 2),
        ("two/CD deals/NNS", 0, 1),
        ("so/RB big/JJ deal/NN", 0, 2),
        ("a/DT very/RB big/JJ deal/NN", 0, None),  # three words at most
        ("the/DT of/IN deal/NN", 0, None),
        ("a/DT deal/NN", 1, 1),
        ("a/DT", 0, None),
    ],
)
def test_light_noun_is_found_after_at_most_two_modifiers(tagged: str, j: int, expected: int | None) -> None:
    assert c._light_noun(toks(tagged), j, {"deal"}) == expected


@pytest.mark.parametrize(
    ("tagged", "i", "expected"),
    [
        ("they/PRP have/VBP been/VBN", 1, False),
        ("they/PRP have/VBP not/RB been/VBN", 1, False),
        ("they/PRP have/VBP n't/RB been/VBN", 1, False),
        ("they/PRP have/VBP not/NN been/VBN", 1, False),  # "not" is skipped whatever its tag
        ("they/PRP have/VBP N'T/NN been/VBN", 1, False),
        ("they/PRP have/VBP never/RB really/RBR been/VBN", 1, False),
        ("they/PRP have/VBP most/RBS been/VBN", 1, False),
        ("they/PRP have/VBP no/DT money/NN", 1, True),
        ("they/PRP have/VBP ./.", 1, True),
        ("they/PRP have/VBP", 1, True),
        ("they/PRP have/VBP not/RB", 1, True),
        ("they/PRP have/VBP not/RB not/RB not/RB been/VBN", 1, True),  # a verb beyond three words is not seen
    ],
)
def test_an_auxiliary_is_the_main_verb_unless_a_verb_follows_within_three_words(
    tagged: str, i: int, expected: bool
) -> None:
    assert c._is_main_verb(toks(tagged), i) is expected


def test_next_is_looks_at_the_next_word_only_in_lower_case() -> None:
    clause = toks("they/PRP said/VBD That/IN it/PRP")
    assert c._next_is(clause, 1, ("that",))
    assert not c._next_is(clause, 0, ("that",))
    assert not c._next_is(clause, 2, ("that",))
    assert not c._next_is(clause, 3, ("that",))  # the last word has no next


# --------------------------------------------------------------------------- negated frames, denied complements


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        ("there/EX is/VBZ no/DT evidence/NN that/IN it/PRP works/VBZ", True),
        ("it/PRP 's/VBZ not/RB true/JJ that/IN it/PRP works/VBZ", True),
        ("it/PRP was/VBD never/RB true/JJ that/IN it/PRP works/VBZ", True),
        ("it/PRP be/VB not/RB true/JJ that/IN it/PRP works/VBZ", True),
        ("there/EX is/VBZ evidence/NN that/IN it/PRP works/VBZ", False),  # no negation
        ("there/EX is/VBZ no/DT doubt/NN that/IN it/PRP works/VBZ", False),  # no frame noun
        ("they/PRP said/VBD there/EX is/VBZ no/DT evidence/NN that/IN it/PRP works/VBZ", False),
        ("that/IN no/DT evidence/NN works/VBZ", False),
    ],
)
def test_negated_frame_before_the_first_verb(tagged: str, expected: bool) -> None:
    assert c._negated_frame(toks(tagged)) is expected


def _denied(tagged: str) -> bool:
    clause = toks(tagged)
    start = next(i for i, t in enumerate(clause) if t.text == "hackers")
    return c._denied_complement(clause, start, c._lexicon())


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        ("Acme/NNP denied/VBD that/IN hackers/NNS planted/VBD chips/NNS", True),
        ("Acme/NNP denied/VBD the/DT report/NN that/IN hackers/NNS planted/VBD chips/NNS", True),
        ("Acme/NNP denied/VBD reports/NNS that/IN hackers/NNS planted/VBD chips/NNS", True),
        ("Acme/NNP said/VBD that/IN hackers/NNS planted/VBD chips/NNS", False),
        ("Acme/NNP denied/VBD the/DT man/NN that/IN hackers/NNS planted/VBD chips/NNS", False),
        ("Acme/NNP denied/VBD it/PRP hackers/NNS planted/VBD chips/NNS", False),
        ("that/IN hackers/NNS planted/VBD chips/NNS", False),
        ("hackers/NNS planted/VBD chips/NNS", False),
    ],
)
def test_denied_complement(tagged: str, expected: bool) -> None:
    assert _denied(tagged) is expected


# --------------------------------------------------------------------------- times named in a clause


def _time(tagged: str) -> tuple[str, Granularity, dt.datetime, dt.datetime] | None:
    value = c._scan_clause_time(toks(tagged))
    return None if value is None else (value.timex, value.granularity, value.start, value.end)


def test_a_day_month_and_year_in_either_order() -> None:
    day = (dt.datetime(2016, 3, 3), dt.datetime(2016, 3, 4))
    assert _time("it/PRP closed/VBD on/IN 3/CD March/NNP 2016/CD") == ("2016-03-03", Granularity.DAY, *day)
    assert _time("it/PRP closed/VBD on/IN March/NNP 3/CD ,/, 2016/CD") == ("2016-03-03", Granularity.DAY, *day)
    assert _time("3/CD March/NNP 2016/CD") == ("2016-03-03", Granularity.DAY, *day)


def test_a_month_and_year_is_a_month() -> None:
    assert _time("in/IN May/NNP 2015/CD") == (
        "2015-05",
        Granularity.MONTH,
        dt.datetime(2015, 5, 1),
        dt.datetime(2015, 6, 1),
    )
    assert _time("in/IN Dec./NNP 2015/CD") == (
        "2015-12",
        Granularity.MONTH,
        dt.datetime(2015, 12, 1),
        dt.datetime(2016, 1, 1),
    )
    assert _time("in/IN November/NNP 2015/CD") == (
        "2015-11",
        Granularity.MONTH,
        dt.datetime(2015, 11, 1),
        dt.datetime(2015, 12, 1),
    )


def test_a_year_alone_and_a_month_too_far_before_it() -> None:
    year = ("2015", Granularity.YEAR, dt.datetime(2015, 1, 1), dt.datetime(2016, 1, 1))
    assert _time("in/IN 2015/CD") == year
    assert _time("May/NNP the/DT plant/NN closed/VBD in/IN 2015/CD") == year
    assert _time("in/IN May/NNP of/IN 2015/CD")[0] == "2015-05"  # type: ignore[index]
    assert _time("it/PRP closed/VBD in/IN 1776/CD") is None  # not a year of the news
    assert _time("it/PRP closed/VBD") is None


def test_an_impossible_date_is_no_time() -> None:
    assert _time("on/IN 31/CD February/NNP 2016/CD") is None


def test_the_first_year_of_the_clause_is_read() -> None:
    assert _time("in/IN 2015/CD and/CC March/NNP 2016/CD")[0] == "2015"  # type: ignore[index]


# --------------------------------------------------------------------------- whole clauses (tagged by the pipeline)


def claims_of(text: str, stance: Stance = Stance.ASSERT) -> list[Claim]:
    doc = default_analyzer().processor.parse(text)
    statement = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)), stance=stance)
    return [x for x in c.extract_claims(doc, [statement], ActorTable()) if x.predicate_class is not None]


def one(text: str, stance: Stance = Stance.ASSERT) -> Claim:
    (claim,) = claims_of(text, stance)
    return claim


def _text(argument: Argument | None) -> str | None:
    return None if argument is None else argument.text


def test_a_light_verb_and_its_noun_make_one_predicate() -> None:
    claim = one("Russia maintained contact with the rebels.")
    assert (claim.predicate, claim.predicate_class) == ("maintain contact", "contact")
    assert (_text(claim.subject), _text(claim.recipient)) == ("Russia", "the rebels")


def test_a_hedging_verb_or_adverb_before_the_verb_lowers_certainty() -> None:
    claim = one("Russia appears to arm the rebels.")
    assert (claim.certainty, claim.hedges, _text(claim.subject)) == (0.7, ("appears",), "Russia")
    claim = one("Russia reportedly armed the rebels.")
    assert (claim.certainty, claim.hedges) == (0.6, ("reportedly",))
    assert one("Russia armed the rebels.").certainty == 1.0


def test_only_before_the_verb_is_recorded_as_a_hedge() -> None:
    assert one("Russia only armed the rebels.").hedges == ("only",)


def test_negation_before_or_after_the_verb_and_in_the_object() -> None:
    assert one("Russia has not armed the rebels.").polarity is Polarity.NEGATIVE
    assert one("Russia never armed the rebels.").polarity is Polarity.NEGATIVE
    assert one("Russia declined to arm the rebels.").polarity is Polarity.NEGATIVE
    assert one("The rebels received no weapons from Russia.").polarity is Polarity.NEGATIVE
    assert one("Russia armed the rebels.").polarity is Polarity.POSITIVE


def test_a_statement_stance_flips_or_hedges_its_claims() -> None:
    denied = one("Russia armed the rebels.", Stance.DENY)
    assert denied.polarity is Polarity.NEGATIVE
    hedged = one("Russia armed the rebels.", Stance.HEDGE)
    assert hedged.polarity is Polarity.POSITIVE
    assert hedged.certainty < 1.0


def test_a_parenthetical_report_is_stepped_over_to_the_passive_agent() -> None:
    claim = one("The weapons, which they say were supplied by Russia, arrived.")
    assert (_text(claim.subject), claim.predicate, _text(claim.object)) == ("Russia", "supply", "The weapons")
    assert claim.span.text == "The weapons, which they say were supplied by Russia"


def test_arguments_of_a_transfer() -> None:
    claim = one("Russia supplied at least 80 rifles to the rebels.")
    assert (_text(claim.object), _text(claim.recipient)) == ("at least 80 rifles", "the rebels")
    claim = one("Russia supplied the rebels with rifles.")
    assert (_text(claim.object), _text(claim.recipient)) == ("rifles", "the rebels")
    claim = one("Moscow's supply of weapons to the rebels grew.")
    assert (_text(claim.subject), claim.predicate, _text(claim.object), _text(claim.recipient)) == (
        "Moscow",
        "supply",
        "weapons",
        "the rebels",
    )
    assert claim.span.text == "Moscow's supply of weapons to the rebels"


def test_a_claim_takes_the_date_named_in_its_clause() -> None:
    claim = one("Russia armed the rebels in May 2015.")
    assert claim.time is not None
    assert claim.time.timex == "2015-05"


def _roles(claim: Claim) -> tuple[str | None, str, str | None, str | None]:
    return (_text(claim.subject), claim.predicate, _text(claim.object), _text(claim.recipient))


def test_a_possessive_count_is_a_have_claim() -> None:
    doc_text = "The alliance's 19 member states met."
    doc = default_analyzer().processor.parse(doc_text)
    statement = Statement(
        id="s1", kind=StatementKind.DIRECT, content=Span.from_text(doc_text, 0, len(doc_text)), stance=Stance.DENY
    )
    (claim,) = [x for x in c.extract_claims(doc, [statement], ActorTable()) if x.predicate == "have"]
    assert _roles(claim) == ("The alliance", "have", "19 member states", None)
    assert claim.span.text == "The alliance's 19 member states"
    assert claim.polarity is Polarity.NEGATIVE  # a denied statement


def test_nominal_transfers_take_their_arguments_around_the_noun() -> None:
    assert _roles(one("Russian arms supplies to the rebels grew.")) == ("Russian", "supply", "arms", "the rebels")
    assert _roles(one("Arms supplies from Russia to the rebels grew.")) == ("Russia", "supply", "Arms", "the rebels")
    assert _roles(one("Their support for the rebels grew.")) == ("Their", "support", None, "the rebels")
    denied = one("Their support for the rebels grew.", Stance.DENY)
    assert denied.polarity is Polarity.NEGATIVE


def test_no_before_a_nominal_transfer_negates_it() -> None:
    (claim,) = [x for x in claims_of("No weapons supplies from Russia reached the rebels.") if x.predicate == "supply"]
    assert _roles(claim) == ("Russia", "supply", "weapons", None)
    assert claim.polarity is Polarity.NEGATIVE


def test_noun_phrases_extend_over_of_and_and() -> None:
    assert _roles(one("Russia armed the rebels of the north.")) == ("Russia", "arm", None, "the rebels of the north")
    assert _roles(one("Russia and Iran armed the rebels.")) == ("Russia and Iran", "arm", None, "the rebels")


# --------------------------------------------------------------------------- pronouns and descriptions


def _subject(text: str) -> str | None:
    (claim,) = [x for x in claims_of(text) if x.predicate == "arm"]
    return _text(claim.subject)


def test_a_pronoun_subject_is_the_nearest_earlier_name() -> None:
    assert _subject("Russia is a big country. It armed the rebels.") == "Russia"
    assert _subject("Iran met Russia. They armed the rebels.") == "Russia"
    assert _subject("Vladimir Putin spoke. He armed the rebels.") == "Vladimir Putin"  # the whole name


def test_a_pronoun_antecedent_skips_calendar_words() -> None:
    assert _subject("Russia spoke on Monday. It armed the rebels.") == "Russia"


def test_an_object_pronoun_skips_its_own_clause_names() -> None:
    (claim,) = [x for x in claims_of("The rebels met Russia. Iran armed them.") if x.predicate == "arm"]
    assert (_text(claim.subject), _text(claim.recipient)) == ("Iran", "Russia")
    assert claim.recipient is not None
    assert claim.recipient.span is not None
    assert claim.recipient.span.text == "them"  # the argument points at the pronoun


def test_a_definite_description_takes_the_name_beside_its_earlier_mention() -> None:
    assert _subject("The Falcon group arrived. The group armed the rebels.") == "Falcon"
    assert _subject("The leaders of Falcon arrived. The leaders armed the rebels.") == "Falcon"
    assert _subject("The group arrived. The group armed the rebels.") == "The group"  # no name: stays


def test_first_person_is_the_speaker() -> None:
    text = "We armed the rebels, Acme said."
    doc = default_analyzer().processor.parse(text)
    speaker_span = Span.from_text(text, 21, 25)
    statement = Statement(
        id="s1",
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, 0, 19),
        speaker_span=speaker_span,
        stance=Stance.ASSERT,
    )
    (claim,) = c.extract_claims(doc, [statement], ActorTable())
    assert claim.subject is not None
    assert (claim.subject.text, claim.subject.span) == ("Acme", Span.from_text(text, 0, 2))


# --------------------------------------------------------------------------- which words are predicates


def all_claims(text: str) -> list[tuple[str | None, str, str | None, str | None, Polarity]]:
    doc = default_analyzer().processor.parse(text)
    statement = Statement(
        id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)), stance=Stance.ASSERT
    )
    return [(*_roles(x), x.polarity) for x in c.extract_claims(doc, [statement], ActorTable())]


def test_a_hyphenated_participle_is_a_predicate_with_its_first_part_as_subject() -> None:
    claims = [x for x in claims_of("The rebels used Russian-supplied weapons.") if x.predicate == "supply"]
    assert [(_roles(x), x.span.text) for x in claims] == [
        (("Russian", "supply", "weapons", None), "Russian-supplied weapons")
    ]


def test_a_negating_verb_with_an_object_is_the_negated_positive_predicate() -> None:
    claim = one("Russia declined the award.")
    assert (claim.predicate, claim.polarity, claim.span.text) == (
        "accept",
        Polarity.NEGATIVE,
        "Russia declined the award",
    )


def test_a_negating_verb_before_to_negates_the_next_predicate() -> None:
    assert all_claims("Russia refused to arm the rebels.") == [("Russia", "arm", None, "the rebels", Polarity.NEGATIVE)]


def test_no_in_a_light_verb_phrase_negates_it() -> None:
    claim = one("Russia has no contacts with the rebels.")
    assert (claim.predicate, claim.polarity) == ("have contact", Polarity.NEGATIVE)
    assert one("Russia has had contacts with the rebels.").polarity is Polarity.POSITIVE


def test_an_auxiliary_is_a_predicate_only_as_the_main_verb() -> None:
    assert all_claims("Russia has weapons.") == [("Russia", "have", "weapons", None, Polarity.POSITIVE)]
    assert [x[1] for x in all_claims("Russia has armed the rebels.")] == ["arm"]


def test_a_reporting_verb_is_not_a_predicate() -> None:
    assert [x[1] for x in all_claims("Russia said the rebels were armed.")] == ["arm"]


# --------------------------------------------------------------------------- noun phrases


def _words_of(np: list[Token] | None) -> str | None:
    return None if np is None else " ".join(t.text for t in np)


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        ("the/DT rebel/NN army/NN armed/VBD", "the rebel army"),
        ("they/PRP armed/VBD", "they"),
        ("the/DT Freedonian/JJ armed/VBD", "the Freedonian"),  # a demonym heads a subject
        ("impossible/JJ to/TO take/VB", None),  # an adjective is no subject
        ("the/DT leaders/NNS of/IN Freedonia/NNP armed/VBD", "the leaders of Freedonia"),
        ("Russia/NNP and/CC Iran/NNP armed/VBD", "Russia and Iran"),
        ("Smith/NNP &/CC Sons/NNPS armed/VBD", "Smith & Sons"),
        ("up/RB to/IN 80/CD people/NNS died/VBD", "up to 80 people"),
        ("at/IN least/JJS 20/CD soldiers/NNS died/VBD", "at least 20 soldiers"),
        ("to/IN the/DT soldiers/NNS died/VBD", "the soldiers"),  # an approximator needs a number after it
        ("“/`` the/DT army/NN ”/'' armed/VBD", "the army"),  # quote marks are left out
        ("the/DT weapons/NNS ,/, which/WDT were/VBD", "the weapons"),  # the relative pronoun's noun
        ("which/WDT were/VBD", None),
        ("(/( )/) armed/VBD", None),
    ],
)
def test_the_noun_phrase_before_a_verb(tagged: str, expected: str | None) -> None:
    clause = toks(tagged)
    j = next(i for i, t in enumerate(clause) if t.tag.startswith("VB") or t.tag == "TO") - 1
    assert _words_of(c._np_left(clause, j)) == expected


@pytest.mark.parametrize(
    ("tagged", "expected", "after"),
    [
        ("armed/VBD the/DT rebels/NNS of/IN the/DT north/NN ./.", "the rebels of the north", 6),
        ("armed/VBD them/PRP all/DT", "them", 2),  # a pronoun is a whole phrase
        ("armed/VBD both/DT the/DT rebels/NNS and/CC", "the rebels", 4),
        ("armed/VBD either/DT group/NN", "group", 3),
        ("armed/VBD neither/DT group/NN", "group", 3),
        ("moved/VBD at/IN least/JJS 20,000/CD troops/NNS", "at least 20,000 troops", 5),
        ("moved/VBD up/RP 20,000/CD troops/NNS", "20,000 troops", 4),  # a particle is stepped over
        ("gave/VBD no/DT weapons/NNS", "no weapons", 3),
        ("gave/VBD none/NN", "none", 2),
        ("gave/VBD any/DT help/NN", "any help", 3),
        ("armed/VBD of/IN the/DT rebels/NNS", None, 1),  # "of" does not open a phrase
        ("armed/VBD the/DT rebels/NNS of/IN", "the rebels", 3),
        ("armed/VBD quickly/RB ./.", None, 2),
    ],
)
def test_the_noun_phrase_after_a_verb(tagged: str, expected: str | None, after: int) -> None:
    np, k = c._np_right(toks(tagged), 1)
    assert (_words_of(np), k) == (expected, after)


def test_a_number_within_a_few_words_after_approximators_only() -> None:
    clause = toks("up/RB to/TO 80/CD people/NNS")
    assert c._number_within(clause, 0, 3)
    assert not c._number_within(clause, 0, 2)
    assert not c._number_within(toks("up/RB the/DT 80/CD"), 0, 3)
    assert not c._number_within(toks("people/NNS"), 0, 3)


def test_the_object_after_a_comma_set_phrase() -> None:
    clause = toks("passed/VBD ,/, by/IN a/DT majority/NN ,/, an/DT amendment/NN ./.")
    np, after = c._after_parenthetical(clause, 1, 1)
    assert (_words_of(np), after) == ("an amendment", 8)
    assert c._after_parenthetical(toks("passed/VBD ,/, an/DT amendment/NN"), 1, 1) == (None, 1)  # no preposition
    assert c._after_parenthetical(toks("passed/VBD by/IN a/DT vote/NN"), 1, 1) == (None, 1)  # no comma
    no_object = toks("passed/VBD ,/, by/IN a/DT majority/NN ,/, quickly/RB")
    assert c._after_parenthetical(no_object, 1, 1) == (None, 1)
    verb_inside = toks("passed/VBD ,/, as/IN officials/NNS said/VBD ,/, an/DT amendment/NN")
    assert c._after_parenthetical(verb_inside, 1, 1) == (None, 1)
    assert c._after_parenthetical(toks("passed/VBD ,/,"), 1, 1) == (None, 1)


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        ("weapons/NNS were/VBD supplied/VBN", True),
        ("weapons/NNS got/VBD supplied/VBN", True),
        ("weapons/NNS were/VBD not/RB quickly/RB supplied/VBN", True),
        ("weapons/NNS were/VBD n't/NN supplied/VBN", True),
        ("they/PRP have/VBP supplied/VBN", False),
        ("weapons/NNS supplied/VBN", False),
        ("weapons/NNS were/VBD supplied/VBD", False),  # not a participle
        ("were/VBD the/DT weapons/NNS supplied/VBN", False),
    ],
)
def test_passive_voice_is_a_form_of_be_or_get_before_the_participle(tagged: str, expected: bool) -> None:
    clause = toks(tagged)
    assert c._is_passive(clause, len(clause) - 1) is expected


def test_prepositional_phrases_after_the_object() -> None:
    clause = toks("arms/NNS to/TO the/DT rebels/NNS from/IN Russia/NNP for/IN money/NN ,/, with/IN care/NN")
    pps = c._pps(clause, 1)
    assert {k: _words_of(v) for k, v in pps.items()} == {"to": "the rebels", "from": "Russia", "for": "money"}
    assert c._pps(toks("arms/NNS which/WDT to/TO the/DT rebels/NNS"), 1) == {}
    assert c._pps(toks("arms/NNS went/VBD to/TO the/DT rebels/NNS"), 1) == {}
    first = c._pps(toks("to/TO Iran/NNP to/TO Syria/NNP"), 0)
    assert {k: _words_of(v) for k, v in first.items()} == {"to": "Iran"}


# --------------------------------------------------------------------------- more edges of the same readers


def test_hedge_words_are_the_hedges_file() -> None:
    assert {"reportedly", "allegedly", "seems"} <= c.hedge_words()
    assert "said" not in c.hedge_words()


def test_the_lemma_of_a_hedging_verb_counts_too() -> None:
    claim = one("Russia appeared to arm the rebels.")  # "appeared" is not in hedges.tsv, "appear" is
    assert (claim.certainty, claim.hedges) == (0.7, ("appeared",))


def test_you_is_an_argument_nobody_resolves() -> None:
    claim = one("You armed the rebels.")
    assert claim.subject is not None
    assert (claim.subject.text, claim.subject.actor_id) == ("You", None)


def test_a_clause_opening_with_its_verb_group_reads_it_all() -> None:
    claim = one("Never armed the rebels.")
    assert claim.polarity is Polarity.NEGATIVE
    assert claim.span.text == "Never armed the rebels"


def test_a_claim_without_object_ends_at_its_verb() -> None:
    claim = one("The rebels were armed.")
    assert (_text(claim.subject), _text(claim.recipient)) == (None, "The rebels")
    assert claim.span.text == "The rebels were armed"


def test_a_curly_apostrophe_negates_like_a_straight_one() -> None:
    assert all_claims("Russia isn’t an ally of the rebels.") == [
        ("Russia", "be", "an ally of the rebels", None, Polarity.NEGATIVE)
    ]


def test_none_as_the_object_negates() -> None:
    claim = one("Russia sent none to the rebels.")
    assert (_text(claim.recipient), claim.polarity) == ("the rebels", Polarity.NEGATIVE)


def test_for_names_the_recipient_like_to() -> None:
    assert _roles(one("Russia supplied rifles for the rebels.")) == ("Russia", "supply", "rifles", "the rebels")


def test_a_name_or_a_possessive_phrase_before_a_predicate_noun_is_its_subject() -> None:
    assert _roles(one("Moscow arms supplies to the rebels grew.")) == ("Moscow", "supply", "arms", "the rebels")
    claim = one("The rebel group's supply of weapons to the army grew.")
    assert _roles(claim) == ("The rebel group", "supply", "weapons", "the army")
    assert claim.span.text == "The rebel group's supply of weapons to the army"
    hedged = one("Moscow arms supplies to the rebels grew.", Stance.HEDGE)
    assert hedged.certainty == 0.7


def test_a_possessive_count_at_the_clause_start() -> None:
    assert ("NATO", "have", "30 members", None, Polarity.POSITIVE) in all_claims("NATO's 30 members met.")


def test_a_capitalized_word_that_is_no_name_is_no_antecedent() -> None:
    assert _subject("Russia spoke. Then it armed the rebels.") == "Russia"


def test_predicates_after_a_negated_or_light_verb_are_still_read() -> None:
    claims = all_claims("Russia declined the award and armed the rebels.")
    assert [x[1] for x in claims] == ["accept", "arm"]
    assert claims[0][2] == "the award"  # the object starts right after the verb
    assert [x[1] for x in all_claims("Russia maintained contact and armed the rebels.")] == ["maintain contact", "arm"]


def test_hyphenated_participles_of_each_ending() -> None:
    for text, predicate in (
        ("The rebels used Iran-sold rifles.", "sell"),
        ("The rebels used Iran-sent rifles.", "send"),
        ("The rebels used Iran-given rifles.", "give"),
        ("The rebels used Iran-supplied rifles.", "supply"),
    ):
        claims = [x for x in claims_of(text) if x.predicate == predicate]
        assert [(_text(x.subject), x.span.text) for x in claims] == [("Iran", text[16:-1])], text


def test_a_month_without_a_day_before_the_year() -> None:
    assert _time("March/NNP 2016/CD")[0] == "2016-03"  # type: ignore[index]


def test_passive_at_the_clause_start_and_edges_of_the_small_readers() -> None:
    assert c._is_passive(toks("were/VBD supplied/VBN"), 1) is True
    assert c._is_passive(toks("quickly/RB supplied/VBN"), 1) is False
    assert c._number_within(toks("up/RB to/TO"), 0, 3) is False
    assert c._next_is(toks("they/PRP said/VBD that/IN"), 1, ("that",))
    assert not c._negated_frame(toks("there/EX is/VBZ no/DT evidence/NN it/PRP works/VBZ"))
    assert not _denied("Acme/NNP denied/VBD Bob/NNP that/IN hackers/NNS planted/VBD chips/NNS")


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        ("gave/VBD no/IN weapons/NNS", "no weapons"),
        ("gave/VBD none/IN", "none"),
        ("gave/VBD any/IN help/NN", "any help"),
        ("moved/VBD more/JJR than/IN 80/CD troops/NNS", "more than 80 troops"),
        ("moved/VBD up/IN to/TO 80/CD troops/NNS", "up to 80 troops"),
    ],
)
def test_words_that_open_an_object_whatever_their_tag(tagged: str, expected: str) -> None:
    assert _words_of(c._np_right(toks(tagged), 1)[0]) == expected


def test_a_nominal_subject_before_the_noun_wins_over_a_from_phrase() -> None:
    claim = one("Russian arms supplies from Iran to the rebels grew.")
    assert _roles(claim) == ("Russian", "supply", "arms", "the rebels")


def test_against_names_the_target_of_a_nominal_predicate() -> None:
    claim = one("Russian attacks against the rebels grew.")
    assert _roles(claim) == ("Russian", "attack", None, "the rebels")


def test_the_claims_of_one_statement_read_at_most_max_claim_tokens() -> None:
    claim = "Russia armed the rebels."
    for filler_words, found in ((c.MAX_CLAIM_TOKENS - 50, True), (c.MAX_CLAIM_TOKENS, False)):
        first = "word " * filler_words
        text = f"{first}\n\n{claim}"
        doc = default_analyzer().processor.parse(text)
        parts = (Span.from_text(text, 0, len(first) - 1), Span.from_text(text, len(first) + 2, len(text)))
        statement = Statement(
            id="s1", kind=StatementKind.DIRECT, content=parts[0], content_parts=parts, stance=Stance.ASSERT
        )
        predicates = [x.predicate for x in c.extract_claims(doc, [statement], ActorTable())]
        assert ("arm" in predicates) is found, filler_words
