"""Actors: what a careful reader expects of small invented sentences (issue 14, mutation testing).

Written against mutants of ``claimkit.actors`` that the other tests let through (a fresh sample of
``scripts/mutation.py actors --sample 200 --seed 0``). They state only what :func:`claimkit.actors.find_actors`
and :meth:`claimkit.actors.ActorTable.resolve` give (actors, kinds, roles, mentions, what a pronoun refers to),
so the rules can be rewritten freely. Every sentence here is invented.
"""

from __future__ import annotations

import attrs
import pytest
from tests.conftest import processor as _processor

from claimkit import ActorKind
from claimkit.actors import ActorTable, find_actors
from claimkit.model import Actor
from claimkit.text import Document

pytestmark = pytest.mark.needs_nltk_data


def _read(text: str, *anchors: str) -> tuple[Document, ActorTable]:
    """The document and its actors, with the last occurrence of each of *anchors* as a speaker span."""
    doc = _processor().parse(text)
    spans = [doc.span(text.rindex(w), text.rindex(w) + len(w)) for w in anchors]
    return doc, find_actors(doc, spans)


def _anchor(text: str, anchor: str) -> Actor:
    """The actor of the speaker span *anchor* (its last occurrence in *text*)."""
    doc, table = _read(text, anchor)
    actor = table.actor_at(doc.span(text.rindex(anchor), text.rindex(anchor) + len(anchor)))
    assert actor is not None
    return actor


def _actor(table: ActorTable, actor_id: str) -> Actor:
    actor = table.get(actor_id)
    assert actor is not None, [a.id for a in table.actors]
    return actor


# --------------------------------------------------------------------------- bad input: no error


@pytest.mark.parametrize("text", ["Ann Roe met the", "Reporters asked the"])
def test_a_text_that_ends_with_the_is_read_without_error(text: str) -> None:
    # "the" as the very last token: no description follows it, and nothing past the text is read
    _doc, table = _read(text)
    assert [a.id for a in table.actors] == (["ann-roe"] if text.startswith("Ann") else [])


def test_an_apposition_that_ends_with_a_preposition_is_read_without_error() -> None:
    # "a spokeswoman for," names nobody after "for": the role stays, no owner is looked for
    actor = _anchor("Ann Roe, a spokeswoman for, said the plant was safe.", "Ann Roe, a spokeswoman for")
    assert (actor.id, actor.part_of) == ("ann-roe", None)


def test_a_name_after_a_lower_case_modifier_is_read_without_error() -> None:
    actor = _anchor("The new Tarkan Bank said rates would rise.", "The new Tarkan Bank")
    assert actor.kind is ActorKind.ORGANIZATION


def test_asked_why_with_no_hearer_is_read_without_error() -> None:
    # no hearer between "asked" and "why": the asked-hearer rule does not apply, the subject before does
    text = "Tom Ek met Jo Mbeki. Ann Roe asked why he left."
    doc, table = _read(text, "he")
    span = doc.span(text.rindex("he"), text.rindex("he") + 2)
    actor = table.actor_at(span)
    assert actor is not None
    assert (actor.id, table.rule_at(span)) == ("tom-ek", "pronoun-nearest-subject")


# --------------------------------------------------------------------------- appositions and roles


def test_a_role_before_the_name_is_kept_over_a_second_apposition() -> None:
    actor = _anchor(
        "The party's campaign chairman, Ann Roe, a lawyer, said the vote was fair.",
        "The party's campaign chairman, Ann Roe, a lawyer",
    )
    assert actor.id == "ann-roe"
    assert actor.role is not None
    assert "campaign chairman" in actor.role
    assert "lawyer" not in actor.role


def test_a_title_before_the_name_is_kept_over_an_apposition() -> None:
    actor = _anchor("Senator Ann Roe, a former minister, said the vote was fair.", "Senator Ann Roe, a former minister")
    assert (actor.id, actor.role) == ("ann-roe", "Senator")


def test_an_apposition_inside_a_speaker_span_gives_the_role() -> None:
    # the words after the comma run on past the speaker span: only the span's own apposition is the role
    text = "Ann Roe, a lawyer who has worked for the Tarkan Bank in the north for many years, said no."
    actor = _anchor(text, "Ann Roe, a lawyer")
    assert (actor.id, actor.role) == ("ann-roe", "lawyer")


def test_a_semicolon_ends_an_apposition() -> None:
    actor = _anchor("Ann Roe, a lawyer; the mayor said no.", "Ann Roe, a lawyer; the mayor")
    assert (actor.id, actor.role) == ("ann-roe", "lawyer")


def test_an_honorific_in_an_apposition_is_not_a_role() -> None:
    # "Dr." is another person's honorific: the apposition holds no title of Ann Roe's
    actor = _anchor("Ann Roe, Dr. Ek's sister, said the plant was safe.", "Ann Roe, Dr. Ek's sister")
    assert (actor.id, actor.role) == ("ann-roe", None)


def test_a_minister_of_an_unknown_country_word_is_part_of_the_whole_ministry() -> None:
    _doc, table = _read("Tarkan Health Minister Ann Roe said the clinic would open.")
    assert _actor(table, "ann-roe").part_of == "tarkan-health-ministry"


def test_a_surname_met_first_keeps_the_full_names_organization() -> None:
    # "Mr. Mbeki" comes before the full name: merged into it, the person stays part of the bank
    _doc, table = _read("Mr. Mbeki said the border was closed. Tarkan Bank spokesman Jo Mbeki said it would reopen.")
    assert _actor(table, "jo-mbeki").part_of == "tarkan-bank"


# --------------------------------------------------------------------------- kinds


def test_a_one_word_plural_name_is_a_group() -> None:
    assert _anchor("Republicans said the vote was unfair.", "Republicans").kind is ActorKind.GROUP


def test_a_plural_common_noun_of_a_name_is_a_group() -> None:
    # "admirers of Ann Roe": a group named by the whole phrase, not an unknown actor
    actor = _anchor("On Monday, admirers of Ann Roe said the vote was unfair.", "admirers of Ann Roe")
    assert (actor.id, actor.kind) == ("admirers-of-ann-roe", ActorKind.GROUP)


def test_a_name_with_an_acronym_is_not_a_person() -> None:
    assert _anchor("Vortan FM said the vote was fair.", "Vortan FM").kind is not ActorKind.PERSON


def test_a_name_that_qualifies_a_group_noun_is_not_a_person() -> None:
    """A name of unknown kind qualifying a group noun is neither a person nor an actor at all (proper_owner)."""
    _doc, table = _read("Dozens of Tarkan workers said the plant was closed.")
    assert table.get("tarkan") is None
    assert _actor(table, "tarkan-workers").kind is ActorKind.GROUP


# --------------------------------------------------------------------------- mentions and reference


def test_a_known_acronym_before_a_group_noun_is_a_mention_of_it() -> None:
    _doc, table = _read("The NATO alliance said the troops would stay.")
    nato = next(a for a in table.actors if "NATO" in a.aliases)
    assert [m.text for m in nato.mentions] == ["NATO"]


def test_a_party_name_inside_the_is_resolved_without_the() -> None:
    # the words of the name alone, as a claim's subject may give them, are still the party, not "Democrats"
    text = "Ann Roe met the Liberal Democrats on Monday."
    doc, table = _read(text)
    found = table.resolve(doc.span(text.index("Liberal"), text.index(" on")))
    assert found is not None
    assert (found.id, found.kind) == ("liberal-democrats", ActorKind.ORGANIZATION)


def test_it_refers_to_a_singular_group() -> None:
    text = "The Nairobi-based group said the vote was rigged. It said more protests would follow."
    assert _anchor(text, "It").id == "nairobi-based-group"


def test_a_country_inside_a_compound_is_not_what_it_refers_to() -> None:
    # "Kenya-based" mentions Kenya, but not as anything "it" may refer to
    assert _anchor("Tom Ek met the Kenya-based traders. It was not clear what they said.", "It").id != "kenya"


def test_the_group_is_an_organization_named_before_never_a_person() -> None:
    text = "The Kenyan Interior Ministry met Ann Roe. Later the group said the border was closed."
    assert _anchor(text, "the group").id == "kenyan-interior-ministry"


def test_an_organization_asked_is_not_he() -> None:
    # "asked the Tarkan Bank whether he ...": the one asked is not a person, so "he" is the subject before
    text = "Tom Ek spoke. Ann Roe asked the Tarkan Bank whether he would stay."
    assert _anchor(text, "he").id == "tom-ek"


def test_a_plural_named_before_keeps_its_modifier() -> None:
    text = "Police met armed fighters on Monday. The fighters said the town had fallen."
    assert _anchor(text, "The fighters").id == "armed-fighters"


# --------------------------------------------------------------------------- tokens that hold a space


def _with_one_token(text: str, words: str) -> Document:
    """*text* parsed, with the two tokens of *words* made one token that holds a space (as a tokenizer that keeps
    a title whole would give it)."""
    doc = _processor().parse(text)
    first, second = words.split(" ")
    tokens = list(doc.tokens)
    i = next(k for k in range(len(tokens) - 1) if (tokens[k].text, tokens[k + 1].text) == (first, second))
    tokens[i : i + 2] = [tokens[i]._replace(end=tokens[i + 1].end, text=words)]
    sentences = tuple(
        attrs.evolve(s, first_token=s.first_token - (s.first_token > i), last_token=s.last_token - (s.last_token > i))
        for s in doc.sentences
    )
    return Document(text=text, paragraphs=doc.paragraphs, sentences=sentences, tokens=tuple(tokens), quotes=doc.quotes)


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("Prime Minister Ann Roe said the plant was safe.", "Prime Minister", "Prime Minister"),
        # three tokens, four words: every length is tried, not only the lengths of the titles of "minister"
        (
            "Reporters met Minister of Foreign Affairs Ann Roe on Monday.",
            "Foreign Affairs",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_a_title_in_a_token_that_holds_a_space_is_read(text: str, words: str, role: str) -> None:
    doc = _with_one_token(text, words)
    assert words in [t.text for t in doc.tokens]
    actor = _actor(find_actors(doc), "ann-roe")
    assert actor.role == role
