"""Claims: the rules of ``claimkit.claims``, each pinned by a minimal invented example (issue 14).

Written against mutants of ``claimkit.claims`` that the other tests let through
(``scripts/mutation.py claims``). Each test states what the output must be (the
negation rule that sets a "not" aside, a claim's polarity, hedges, arguments), never how
the rules get there.
"""

from __future__ import annotations

import pytest
from tests.conftest import parse as _parse

import claimkit
from claimkit.actors import ActorTable
from claimkit.claims import (
    cleft_negated,
    double_negations,
    extract_claims,
    negation_cues,
    report_called_false,
    report_object_denials,
)
from claimkit.model import Actor, ActorKind, Claim, Polarity, Span, Stance, Statement, StatementKind

pytestmark = pytest.mark.needs_nltk_data


def _claims(
    text: str,
    *,
    stance: Stance = Stance.ASSERT,
    kind: StatementKind = StatementKind.DIRECT,
    speaker: Actor | None = None,
) -> tuple[Claim, ...]:
    """The claims of one statement whose content is all of *text*."""
    statement = Statement(
        id="s1", kind=kind, content=Span.from_text(text, 0, len(text)), stance=stance, speaker=speaker
    )
    return extract_claims(_parse(text), [statement], ActorTable())


def _only(text: str, **kw: object) -> Claim:
    found = _claims(text, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def _rules(text: str) -> list[tuple[str, str | None]]:
    """(negation word, the rule that sets it aside or None) for every negation of *text*."""
    doc = _parse(text)
    return [(doc.tokens[c.index].text, c.rule) for c in negation_cues(doc.tokens)]


# --------------------------------------------------------------------------- negation rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do not cancel your plans.", [("not", "imperative")]),
        ("Never trust them.", [("Never", "imperative")]),
        ("Please do not cancel the plans.", [("not", "imperative")]),
        ("They do not agree.", [("not", None)]),
        ("It is not only expensive.", [("not", "not-only")]),
        ("It is not the only problem.", [("not", "not-only")]),
        ("Prices have never been higher.", [("never", "comparative")]),
        ("Will they sign or not?", [("not", "or-not")]),
        ("He left early so he would not miss the bus.", [("not", "purpose-clause")]),
        ("They built a wall so the river would not flood.", [("not", "purpose-clause")]),
        ("They built a wall so water would not flood the town.", [("not", "purpose-clause")]),
        ("They built a wall so Ann would not see it.", [("not", "purpose-clause")]),
        ("They built walls so thieves would not enter.", [("not", "purpose-clause")]),
        ("So far they have not agreed.", [("not", None)]),
        ("The photo is not a hoax.", [("not", "double-negation")]),
        ("He did not say it was a hoax.", [("not", None)]),
        ("He did not say only that.", [("not", None)]),  # "only" two words on is no "not only"
        ("They will not.", [("not", None)]),  # a "not" before the period closes no "or not"
    ],
)
def test_the_rule_that_sets_a_negation_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _rules(text) == expected


def test_a_falsity_word_is_turned_round_only_by_a_negation_of_its_own_phrase() -> None:
    doc = _parse("The photo is not a hoax.")
    assert sorted(doc.tokens[i].text for i in double_negations(doc.tokens)) == ["hoax", "not"]
    doc = _parse("It was not called a hoax.")
    assert double_negations(doc.tokens) == frozenset()


def test_a_clause_that_calls_no_report_false_reads_nothing() -> None:
    assert list(report_called_false(list(_parse("Russia armed the rebels.").tokens))) == []
    assert list(report_called_false(list(_parse("Reports that the plant closed are true.").tokens))) == []


# --------------------------------------------------------------------------- polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Russia has no contacts with the group.", Polarity.NEGATIVE),  # a light verb with "no"
        ("Russia has contacts with the group.", Polarity.POSITIVE),
        ("Russia sent no weapons to the rebels.", Polarity.NEGATIVE),  # an object opening with "no"
        ("Russia sent none to the rebels.", Polarity.NEGATIVE),
        ("Not true that Russia armed the rebels.", Polarity.NEGATIVE),  # a negated frame opening the clause
    ],
)
def test_polarity(text: str, polarity: Polarity) -> None:
    assert _only(text).polarity is polarity


def test_a_light_verb_and_its_noun_are_one_predicate() -> None:
    claim = _only("Russia has contacts with the group.")
    assert claim.predicate == "have contact"
    assert claim.recipient is not None
    assert claim.recipient.text == "the group"


def test_polarity_of_a_cleft_is_that_of_its_gerund() -> None:
    armed = _claims("It was not Russia arming the rebels.")[-1]
    assert (armed.predicate, armed.polarity) == ("arm", Polarity.NEGATIVE)


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        ("The rebels attacked.", ["attack"]),  # a subject alone is enough for a verb of a known class
        ("Russia helped arm the rebels.", ["help", "arm"]),  # a verb before a bare infinitive is a predicate
        ("Armed rebels attacked the town.", ["attack"]),  # a participle opening the clause modifies its noun
        ("The alliance's 19 members.", ["have"]),  # a possessive count: the alliance has 19 members
    ],
)
def test_predicates(text: str, predicates: list[str]) -> None:
    assert [c.predicate for c in _claims(text)] == predicates


@pytest.mark.parametrize("text", ["The alliance's 19 members.", "The alliance's 19 members met in Brussels."])
def test_a_possessive_count_is_what_the_owner_has(text: str) -> None:
    claim = _only(text)
    assert claim.subject is not None
    assert claim.object is not None
    assert (claim.subject.text, claim.predicate, claim.object.text) == ("The alliance", "have", "19 members")


def test_a_passive_without_its_agent_has_an_object_and_no_subject() -> None:
    claim = _only("The weapons were supplied.")
    assert claim.object is not None
    assert (claim.subject, claim.predicate, claim.object.text) == (None, "supply", "The weapons")


def test_a_content_that_ends_the_text_without_a_period_is_read() -> None:
    assert _only("Russia armed the rebels").predicate == "arm"


# --------------------------------------------------------------------------- hedges


def test_a_hedged_statement_without_a_cue_is_hedged() -> None:
    claim = _only("Russia armed the rebels.", stance=Stance.HEDGE)
    assert (claim.certainty, claim.hedges) == (0.7, ("hedged",))


def test_a_hedged_nominal_claim_without_a_cue_is_hedged() -> None:
    claim = _only("Russian arms supplies to the rebels.", stance=Stance.HEDGE)
    assert (claim.predicate, claim.certainty, claim.hedges) == ("supply", 0.7, ("hedged",))


# --------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russia's arms supplies to the rebels.", "Russia"),  # a possessive
        ("Their arms supplies to the rebels.", "Their"),  # a possessive determiner
        ("Russian arms supplies to the rebels.", "Russian"),  # a demonym
        ("Russia's new arms supplies to the rebels.", "Russia"),  # an adjective before the noun
        ("The Azov group's arms supplies to the rebels.", "The Azov group"),  # a common noun's possessive
    ],
)
def test_the_subject_of_a_nominal_claim(text: str, subject: str) -> None:
    claim = _only(text)
    assert claim.subject is not None
    assert claim.object is not None
    assert (claim.subject.text, claim.predicate, claim.object.text) == (subject, "supply", "arms")


def test_a_relative_pronoun_stands_for_the_phrase_opening_the_sentence() -> None:
    claim = _only("Weapons, which were supplied by Russia, reached the rebels.")
    assert claim.subject is not None
    assert claim.object is not None
    assert (claim.subject.text, claim.predicate, claim.object.text) == ("Russia", "supply", "Weapons")


def test_a_quantity_opened_by_an_approximator_is_the_object() -> None:
    claim = _only("Russia killed up to 80 people.")
    assert claim.object is not None
    assert claim.object.text == "up to 80 people"


def test_a_definite_description_takes_the_name_of_an_earlier_one() -> None:
    armed = _claims("Officials met the Azov group. Russia armed the group.")[-1]
    assert armed.recipient is not None
    assert armed.recipient.span is not None
    assert (armed.recipient.text, armed.recipient.span.text) == ("Azov", "the group")
    armed = _claims("Officials met the Azov group. Russia armed a group.")[-1]
    assert armed.recipient is not None
    assert armed.recipient.text == "a group"  # an indefinite description names no one seen before
    armed = _claims("Officials met the Azov group. Russia armed the new rebel group.")[-1]
    assert armed.recipient is not None
    assert armed.recipient.text == "the new rebel group"  # a description of four words is read as it is


def test_a_pronoun_subject_of_indirect_speech_is_the_speaker() -> None:
    officials = Actor(id="officials", name="Officials", kind=ActorKind.GROUP)
    claim = _only("They armed the rebels.", kind=StatementKind.INDIRECT, speaker=officials)
    assert claim.subject is not None
    assert (claim.subject.text, claim.subject.actor_id) == ("Officials", "officials")


def test_a_pronoun_after_a_preposition_is_not_the_speaker() -> None:
    officials = Actor(id="officials", name="Officials", kind=ActorKind.GROUP)
    claim = _only("Russia gave weapons to them.", kind=StatementKind.INDIRECT, speaker=officials)
    assert claim.recipient is not None
    assert (claim.recipient.text, claim.recipient.actor_id) == ("them", None)


def test_a_claims_subject_is_the_actor_the_actor_stage_found() -> None:
    analysis = claimkit.analyze("Officials said Russia armed the rebels.", published="2017-07-26")
    armed = next(c for c in analysis.claims if c.predicate == "arm")
    assert armed.subject is not None
    assert armed.subject.actor_id == "russia"


def test_a_weapon_word_before_a_nominal_predicate_stays_its_object() -> None:
    claim = _only("Russian arms supplies of rifles to the rebels.")
    assert claim.object is not None
    assert claim.object.text == "arms"


def test_a_count_between_owner_and_nominal_predicate() -> None:
    supply, have = _claims("Russia's two arms supplies to the rebels.")
    assert supply.subject is not None
    assert (supply.subject.text, supply.predicate, have.predicate) == ("Russia", "supply", "have")


def test_no_before_a_nominal_predicate_negates_it() -> None:
    claim = _only("There were no arms supplies from Russia to the rebels.")
    assert claim.subject is not None
    assert (claim.subject.text, claim.predicate, claim.polarity) == ("Russia", "supply", Polarity.NEGATIVE)


def test_a_description_takes_the_name_in_an_of_phrase() -> None:
    armed = _claims("Officials met a group of Azov fighters. Russia armed the group.")[-1]
    assert armed.recipient is not None
    assert armed.recipient.text == "Azov"


def test_an_existential_there_gives_the_speaker_no_claim() -> None:
    """Rule existential-there: "there were 20 people" is no claim that the speaker "is" 20 people."""
    mayor = Actor(id="mayor", name="mayor", kind=ActorKind.PERSON)
    assert _claims("there were 20 people in the room", kind=StatementKind.INDIRECT, speaker=mayor) == ()
    # a subjectless first clause still takes the speaker as its subject
    claim = _only("supplied weapons to the rebels", kind=StatementKind.INDIRECT, speaker=mayor)
    assert claim.subject is not None
    assert claim.subject.actor_id == "mayor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule comparative reads only what follows the negation: a noun before it changes nothing
        ("Ratings never looked better.", [("never", "comparative")]),
        # a modal's verbs, a preposition and a determiner may stand between the negation and the comparative
        ("They could not have asked for a better start.", [("not", "comparative")]),
        # a negation that ends the text (no word after it to look at) is a plain negation
        ("Ann said never", [("never", None)]),
    ],
)
def test_comparative_and_text_end_negations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(
    "content",
    [
        "voters rejected the leadership of Ann Roe",  # the phrase is about its head, but ends in her name
        "the remarks angered critic Ann Roe",  # a role word before the name
    ],
)
def test_an_argument_ending_in_an_actors_mention_is_that_actor(content: str) -> None:
    """Rule mention-ends-phrase: an argument the actor layer reads as no actor, whose last words are an actor's
    mention, names that actor (but "its Leeds plant" is a plant: the mention must end the phrase)."""
    a = claimkit.analyze(f"Ann Roe spoke on Monday. Tom Ek said {content}.", published="2024-03-13")
    [claim] = a.claims
    assert claim.object is not None
    assert claim.object.actor_id == "ann-roe"


def test_a_hedge_in_the_speakers_description_lowers_certainty() -> None:
    """ "Unconfirmed sources said ...": the hedge word of the speaker's description hedges the claim too."""
    a = claimkit.analyze("Unconfirmed sources said Russia armed the rebels.", published="2024-03-13")
    [claim] = a.claims
    assert claim.hedges == ("unconfirmed",)
    assert claim.certainty < 1.0


@pytest.mark.parametrize("text", ["Russia armed the rebels on March 3 2020.", "Russia armed them on 3 March 2020."])
def test_a_clause_date_reads_its_day_on_either_side_of_the_month(text: str) -> None:
    [claim] = _claims(text)
    assert claim.time is not None
    assert claim.time.timex == "2020-03-03"


def test_report_object_denials_are_the_denial_verbs_marked_report() -> None:
    """ "reject" denies only when aimed at a report or a claim ("rejected the report that ..."); "deny" always."""
    found = report_object_denials.__wrapped__()  # read afresh, not from the cache
    assert "reject" in found
    assert "deny" not in found


def test_a_curly_apostrophe_negates_like_a_straight_one() -> None:
    assert _rules("They didn’t agree.") == [("n’t", None)]


def test_a_cleft_needs_words_after_its_subject() -> None:
    """ "It was not Russia" ends at its subject: no "that armed ..." follows, so it is no cleft."""
    tokens = list(_parse("It was not Russia").tokens)
    assert not cleft_negated(tokens, 3, len(tokens))


def _read(c: Claim) -> tuple[str | None, str, str | None, str | None, str]:
    return (
        c.subject.text if c.subject else None,
        c.predicate,
        c.object.text if c.object else None,
        c.recipient.text if c.recipient else None,
        c.polarity.value,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated word that is no predicate adjective ends nothing: the verb after it is read
        ("The well-known group armed the rebels.", ("The well-known group", "arm", None, "the rebels", "positive")),
        # a light verb with "no" before its noun: negated ("has no contacts")
        ("Russia has no contacts with the rebels.", ("Russia", "have contact", None, "the rebels", "negative")),
        # an approximator phrase stays in the object ("at least")
        (
            "Russia sent at least 400 troops to the border.",
            ("Russia", "send", "at least 400 troops", "the border", "positive"),
        ),
        # a recipient predicate: the object is the recipient, the "with" phrase the theme
        ("Russia provided the rebels with weapons.", ("Russia", "provide", "weapons", "the rebels", "positive")),
    ],
)
def test_verbal_claims_read_their_arguments(
    text: str, expected: tuple[str | None, str, str | None, str | None, str]
) -> None:
    assert [_read(c) for c in _claims(text)] == [expected]


def test_a_cleft_with_not_is_negated() -> None:
    tokens = list(_parse("It was not Russia that armed the rebels.").tokens)
    assert cleft_negated(tokens, 3, 4)


def test_a_pronoun_argument_is_the_actor_it_resolves_to() -> None:
    """ "she" read as the actor the actor layer resolves it to: its name and id."""
    a = claimkit.analyze("Ann Roe spoke on Monday. Tom Ek said she armed the rebels.", published="2024-03-13")
    [claim] = a.claims
    assert claim.subject is not None
    assert (claim.subject.text, claim.subject.actor_id) == ("Ann Roe", "ann-roe")


# --------------------------------------------------------------------------- rule intransitive-verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor resigned.", ("The mayor", "resign", None, None, "positive")),
        ("The mayor did not resign.", ("The mayor", "resign", None, None, "negative")),
        ("The mayor has resigned abruptly.", ("The mayor", "resign", None, None, "positive")),
        ("The mayor resigned on Monday.", ("The mayor", "resign", None, None, "positive")),  # a time after it
        ("Officials said the mayor resigned.", ("the mayor", "resign", None, None, "positive")),  # after a cue verb
    ],
)
def test_a_bare_verb_with_a_subject_is_a_claim_of_its_lemma(
    text: str, expected: tuple[str | None, str, str | None, str | None, str]
) -> None:
    assert [_read(c) for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor wants to resign.",  # a complement: the verb it governs is not asserted
        "The mayor could resign.",  # a modal: not asserted
        "The mayor refused to resign.",  # a verb between subject and verb
        "The workers went on strike.",  # a prepositional phrase that is no time holds what is said
        "Friendship with the mayor ended.",  # the phrase before the verb is a preposition's object
        "The council wants the mayor fired.",  # a verb's object, and a participle with no auxiliary
        "The shooting of the mayor.",  # a gerund with no auxiliary is no clause
        "There is no evidence that the mayor resigned.",  # a noun's content is not asserted (rule no-evidence)
        "The report that the mayor resigned spread.",
        "Nobody knows if the mayor resigned.",  # a condition or a question is not asserted
    ],
)
def test_a_bare_verb_that_is_not_asserted_of_its_subject_makes_no_claim(text: str) -> None:
    assert [c.predicate for c in _claims(text) if c.object is None] == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("It is not true that Russia armed the rebels.", Polarity.NEGATIVE),
        ("There is no evidence and that Russia armed the rebels.", Polarity.POSITIVE),  # no frame word before "that"
    ],
)
def test_a_negated_frame_word_stands_right_before_that(text: str, polarity: Polarity) -> None:
    assert [c.polarity for c in _claims(text) if c.predicate == "arm"] == [polarity]


# --------------------------------------------------------------------------- rule prepositional-object


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The queue did not reach to the old gate.", ("The queue", "reach to", "the old gate", None, "negative")),
        ("The parade stretched to the old bridge.", ("The parade", "stretch to", "the old bridge", None, "positive")),
        ("The council sided with the miners.", ("The council", "side with", "the miners", None, "positive")),
    ],
)
def test_a_verb_with_no_object_takes_the_phrase_after_its_preposition(
    text: str, expected: tuple[str | None, str, str | None, str | None, str]
) -> None:
    assert [_read(c) for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor resigned on Monday.",  # a time: rule intransitive-verb, no object
        "The ferry was stopped by the coastguard.",  # "by": a passive's agent, not an object
        "The mayor wants to leave.",  # "to" opens a complement, no noun phrase
        "Sales rose to 5 percent.",  # a figure is read by the quantities
    ],
)
def test_a_time_an_agent_a_complement_or_a_figure_is_no_prepositional_object(text: str) -> None:
    assert [c.predicate for c in _claims(text) if " " in c.predicate] == []


def test_stretching_to_a_place_contradicts_not_extending_to_it() -> None:
    """Rule ``prepositional-object`` with ``synonyms.tsv``: "stretch to" says "extend to"."""
    r = claimkit.compare("The parade did not extend to the old bridge.", "The parade stretched to the old bridge.")
    assert r is not None
    assert r.kind.value == "contradicts"
    assert "not extend to the old bridge" in r.reasons[1]


# --------------------------------------------------------------------------- rule coordinated-verb


def test_a_verb_after_and_shares_the_subject_of_the_verb_before() -> None:
    claims = [_read(c) for c in _claims("The crowds were noisy and stretched to the old bridge.")]
    assert ("The crowds", "stretch to", "the old bridge", None, "positive") in claims


def test_two_joined_subjects_are_not_a_coordinated_verb() -> None:
    [claim] = _claims("Acme and Brightline closed the plant.")
    assert claim.subject is not None
    assert claim.subject.text == "Acme and Brightline"


# --------------------------------------------------------------------------- rule negated-cue


def test_a_statement_whose_cue_is_negated_makes_no_claim() -> None:
    a = claimkit.analyze("The inspectors have not verified that the leak came from the pipe.")
    [s] = [s for s in a.statements if s.cue is not None and "not" in s.cue]
    assert [c for c in a.claims if c.statement_id == s.id] == []


def test_a_negated_cue_does_not_agree_with_the_content_asserted() -> None:
    a = claimkit.analyze(
        "The inspectors have not verified that the leak came from the pipe, the agency said. "
        "The minister said the leak came from the pipe."
    )
    assert [r.kind.value for r in a.relations if r.kind.value == "agrees"] == []
