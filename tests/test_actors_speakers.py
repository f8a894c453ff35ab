"""Speakers a careful reader resolves: groups named without a name, metonyms, titles of several words.

Every sentence here is invented; each test pins one rule with a minimal example.
"""

from __future__ import annotations

import functools

import pytest

from claimkit import ActorKind
from claimkit.actors import ActorTable, find_actors
from claimkit.text import Document, TextProcessor

pytestmark = pytest.mark.needs_nltk_data


@functools.cache
def _processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


def _read(text: str, *speakers: str) -> tuple[Document, ActorTable]:
    """The document and its actors, with the last occurrence of each of *speakers* as an anchor."""
    doc = _processor().parse(text)
    anchors = []
    for word in speakers:
        at = text.rindex(word)
        anchors.append(doc.span(at, at + len(word)))
    return doc, find_actors(doc, anchors)


def _speaker(text: str, word: str) -> tuple[str, str, str | None]:
    """(id, kind, part_of) of the actor behind the last occurrence of *word*, read as a speaker."""
    doc, table = _read(text, word)
    at = text.rindex(word)
    actor = table.actor_at(doc.span(at, at + len(word)))
    assert actor is not None
    return actor.id, actor.kind.value, actor.part_of


# --------------------------------------------------------------------------- groups named by common nouns


def test_one_of_whom_is_a_member_of_the_unnamed_group_before_it() -> None:
    text = "Ann Roe met rebel fighters, one of whom said the plan was unfair."
    assert _speaker(text, "one of whom") == ("rebel-fighters", "group", None)


def test_one_of_whom_is_never_a_person() -> None:
    # no plural group at all: "whom" of "one of whom" still does not go to the person before it
    text = "Ann Roe met the envoy, one of whom said the plan was unfair."
    assert _speaker(text, "one of whom")[0] != "ann-roe"


def test_one_of_them_in_the_next_sentence() -> None:
    text = "Ann Roe met rebel fighters. One of them said the plan was unfair."
    assert _speaker(text, "One of them")[0] == "rebel-fighters"


def test_one_of_them_takes_the_later_of_a_named_and_an_unnamed_group() -> None:
    text = "Dutch officials met rebel fighters. One of them said the plan was unfair."
    assert _speaker(text, "One of them")[0] == "rebel-fighters"
    text = "Rebel fighters met Dutch officials. One of them said the plan was unfair."
    assert _speaker(text, "One of them")[0] == "dutch-officials"


def test_the_rebels_are_the_rebels_named_before_not_another_group() -> None:
    text = "Dutch officials met the rebels. The rebels denied it."
    assert _speaker(text, "The rebels") == ("rebels", "group", None)


def test_the_fighters_are_an_earlier_collective_of_another_sentence() -> None:
    text = "Dutch officials armed two rebel groups. The fighters said the plan was unfair."
    assert _speaker(text, "The fighters")[0] == "rebel-groups"


def test_an_unnamed_plural_that_is_no_collective_is_not_taken() -> None:
    # "the experts" are not the "people" of the sentence before
    text = "Most people liked the plan. The experts said it was unfair."
    assert _speaker(text, "The experts")[0] == "experts"


def test_a_named_group_of_the_same_sentence_is_a_co_argument() -> None:
    text = "Dutch officials met the envoy. Dutch officials armed the fighters, and the fighters said so."
    assert _speaker(text, "the fighters")[0] != "dutch-officials"


# --------------------------------------------------------------------------- metonyms and titles


def test_a_metonym_that_opens_with_a_determiners_word() -> None:
    assert _speaker("No 10 said the plan was unfair.", "No 10") == ("downing-street", "organization", "united-kingdom")


def test_a_known_name_ending_in_a_number_is_one_mention() -> None:
    _doc, table = _read("Number 10 said the plan was unfair.", "Number 10")
    assert [a.id for a in table.actors] == ["united-kingdom", "downing-street"]


def test_shadow_is_a_title_modifier() -> None:
    text = "Shadow health secretary Ann Roe said the plan was unfair."
    _doc, table = _read(text, "Shadow health secretary Ann Roe")
    assert [(a.id, a.kind) for a in table.actors] == [("ann-roe", ActorKind.PERSON)]


def test_a_title_of_several_lower_case_words_heads_the_name_after_it() -> None:
    _doc, table = _read("Reporters met UN secretary general Ann Roe on Monday.")
    person = table.get("ann-roe")
    assert person is not None
    assert person.part_of == "united-nations"
    assert "un-secretary" not in {a.id for a in table.actors}


def test_an_organizations_titled_person_without_a_name_is_an_actor() -> None:
    _doc, table = _read("Reporters asked the Tarkan Bank chief executive about it.")
    person = table.get("tarkan-bank-chief-executive")
    assert person is not None
    assert (person.kind, person.part_of) == (ActorKind.PERSON, "tarkan-bank")


def test_a_capitalized_title_ending_a_name_is_no_owned_title() -> None:
    # "Tarkan Bank Chairman" reads as a name (capitalized last word), not as a role of Tarkan Bank
    _doc, table = _read("Reporters asked the Tarkan Bank Chairman about it.")
    assert "tarkan-bank" not in {a.id for a in table.actors}
    _doc, table = _read("Reporters asked the Tarkan Bank chairman about it.")
    assert table.get("tarkan-bank-chairman").part_of == "tarkan-bank"  # type: ignore[union-attr]


def test_a_countrys_titled_person_is_not_made_without_a_name() -> None:
    _doc, table = _read("Reporters asked the Dutch president about it.")
    assert not [a for a in table.actors if a.kind is ActorKind.PERSON]


# --------------------------------------------------------------------------- possessives and group owners


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # staff of a person with no organization: a person ("spokesman") or a group, part of that person
        (
            "Ann Roe met Tom Ek. Ann Roe's spokesman said no.",
            "Ann Roe's spokesman",
            ("ann-roes-spokesman", "person", "ann-roe"),
        ),
        ("Ann Roe met Tom Ek. Ann Roe's aides said no.", "Ann Roe's aides", ("ann-roes-aides", "group", "ann-roe")),
        # staff of a person with an organization: the organization; of a country: the country
        (
            "Kenyan Foreign Minister Ann Roe's team said no.",
            "Kenyan Foreign Minister Ann Roe's team",
            ("kenyan-foreign-ministry", "organization", "kenya"),
        ),
        ("Kenya's team said no.", "Kenya's team", ("kenya", "country", None)),
        # a group named by the organization before its head noun
        ("Tarkan Bank officials said no.", "Tarkan Bank officials", ("tarkan-bank-officials", "group", "tarkan-bank")),
    ],
)
def test_staff_and_group_owners(text: str, speaker: str, expected: tuple[str, str, str | None]) -> None:
    assert _speaker(text, speaker) == expected
