"""Speaker cases of issue 13 the actor stage reads like a careful reader: a group at a body, a country's minister,
a person's name that ends like a place's, and no actor that nothing mentions.

Every sentence here is invented; each test pins one rule with a minimal example.
"""

from __future__ import annotations

import pytest

from claimkit.actors import ActorTable, find_actors
from claimkit.text import Document

from .conftest import processor as _processor

pytestmark = pytest.mark.needs_nltk_data


def _read(text: str, speaker: str) -> tuple[Document, ActorTable, tuple[str, str, str | None]]:
    """The document, its actors, and (id, kind, part_of) of the actor behind *speaker* read as a speaker."""
    doc = _processor().parse(text)
    at = text.index(speaker)
    span = doc.span(at, at + len(speaker))
    table = find_actors(doc, [span])
    actor = table.actor_at(span)
    assert actor is not None
    return doc, table, (actor.id, actor.kind.value, actor.part_of)


def test_a_group_at_a_body_is_part_of_that_body() -> None:
    # rule group-at-body: the place cut off the phrase names an organization the group belongs to
    _doc, table, found = _read("Officials at the Kremlin said the plan was dead.", "Officials at the Kremlin")
    assert found == ("officials-at-the-kremlin", "group", "kremlin")
    assert table.part_of_chain(table.get("officials-at-the-kremlin"))[-1].id == "russia"


def test_a_group_in_a_place_that_is_no_body_is_not_part_of_it() -> None:
    # a city is no organization: the group is read as before, without the place
    _doc, _table, found = _read("Officials in Lusaka said the plan was dead.", "Officials in Lusaka")
    assert found == ("officials", "group", None)


def test_a_member_at_a_body_speaks_for_it() -> None:
    _doc, _table, found = _read("A spokesman at the Kremlin said no.", "A spokesman at the Kremlin")
    assert found == ("kremlin", "organization", "russia")


def test_a_countrys_minister_belongs_to_that_countrys_ministry() -> None:
    # "Kenya's Foreign Minister" is a minister of the Kenyan Foreign Ministry, as "Kenyan Foreign Minister" is
    text = "Kenya's Foreign Minister Ann Roe said the talks would go on."
    _doc, table, found = _read(text, "Kenya's Foreign Minister Ann Roe")
    assert found == ("ann-roe", "person", "kenyan-foreign-ministry")
    assert [a.id for a in table.part_of_chain(table.get("ann-roe"))] == ["ann-roe", "kenyan-foreign-ministry", "kenya"]


def test_a_speaker_named_like_a_place_is_a_person() -> None:
    # places do not speak: a two-word name ending in a place word is a person when it speaks
    assert _read("Lee Park said the plan was dead.", "Lee Park")[2] == ("lee-park", "person", None)


def test_a_place_named_so_is_still_a_place_when_it_does_not_speak() -> None:
    doc = _processor().parse("They met in Lee Park on Monday.")
    actor = find_actors(doc).actor_at(doc.span(12, 20))
    assert actor is not None
    assert actor.kind.value == "location"


def test_an_actor_nothing_mentions_or_needs_is_dropped() -> None:
    # the second title reads a role owner without the country: nobody is part of it and nothing mentions it
    text = "Kenya's Foreign Minister Ann Roe spoke. Foreign Minister Ann Roe left."
    _doc, table, _found = _read(text, "Kenya's Foreign Minister Ann Roe")
    assert "foreign-ministry" not in {a.id for a in table.actors}
    assert all(a.mentions or any(b.part_of == a.id for b in table.actors) for a in table.actors)


def _reads(text: str, *mentions: str) -> list[str | None]:
    """The id of the actor behind each of *mentions* (the first occurrence of each), all read as speakers."""
    doc = _processor().parse(text)
    spans = [doc.span(text.index(m), text.index(m) + len(m)) for m in mentions]
    table = find_actors(doc, spans)
    return [None if (a := table.resolve(s)) is None else a.id for s in spans]


def test_an_honorific_of_the_other_gender_keeps_a_surname_apart() -> None:
    # a surname: "Mrs. Roe" is not the man "Bill Roe", and "He" is not Mrs. Roe
    text = "Bill Roe spoke first. Mrs. Roe said the plan was safe. He noted the cost."
    bill, mrs, he = _reads(text, "Bill Roe", "Mrs. Roe", "He")
    assert mrs != bill
    assert he == bill


def test_an_honorific_of_the_same_gender_still_merges_a_surname() -> None:
    text = "Bill Roe spoke first. Mr. Roe said the plan was safe."
    bill, mr = _reads(text, "Bill Roe", "Mr. Roe")
    assert mr == bill


def test_an_organizations_name_keeps_the_texts_spacing() -> None:
    # the name is the text's, not its tokens joined: "Ann B. Roe", never "Ann B . Roe"
    doc = _processor().parse("The Ann B. Roe Policy Center said the plan was safe.")
    assert [a.name for a in find_actors(doc).actors] == ["Ann B. Roe Policy Center"]
