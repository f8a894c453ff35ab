"""Actors: one minimal example per reading rule and coreference step (issue 14, mutation testing).

Each test is a behaviour a reader of the text would expect; a mutant of ``claimkit.actors``
that survived the other tests changes it. Every sentence is invented.
"""

from __future__ import annotations

import re

import claimkit
from claimkit import ActorKind
from claimkit.actors import ActorTable, SpeakerFrame, find_actors
from claimkit.model import Actor, Span
from claimkit.text import Document

from .conftest import processor as _processor


def _span(doc: Document, phrase: str) -> Span:
    m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", doc.text)
    assert m is not None, phrase
    return doc.span(m.start(), m.end())


def _read(text: str, *anchors: str) -> tuple[Document, ActorTable, list[Span]]:
    doc = _processor().parse(text)
    spans = [_span(doc, a) for a in anchors]
    return doc, find_actors(doc, spans), spans


def _actor(text: str, anchor: str) -> tuple[Actor, ActorTable, Span]:
    _doc, table, (span,) = _read(text, anchor)
    actor = table.actor_at(span)
    assert actor is not None
    return actor, table, span


def _only(text: str, anchor: str) -> Actor:
    return _actor(text, anchor)[0]


def _found(text: str) -> dict[str, Actor]:
    return {a.id: a for a in find_actors(_processor().parse(text)).actors}


# --------------------------------------------------------------------------- pronouns


def test_it_goes_to_the_organization_not_to_a_person_named_after_it() -> None:
    actor, table, span = _actor("The Vortan Front met Ann Roe. It said no.", "It")
    assert actor.id == "vortan-front"
    assert table.rule_at(span) == "it-last-organization"


def test_who_is_the_name_before_it_by_the_relative_pronoun_rule() -> None:
    actor, table, span = _actor("Ann Roe, who leads the party, said no.", "who")
    assert actor.id == "ann-roe"
    assert table.rule_at(span) == "relative-pronoun"


def test_a_pronoun_rule_is_named_for_the_anchor_it_resolved() -> None:
    actor, table, span = _actor("Ann Roe met Tom Ek. Later, he said no.", "he")
    assert actor.id == "tom-ek"
    assert table.rule_at(span) == "pronoun-last-person"
    assert table.rule_at(_processor().parse("x").span(0, 1)) is None


def test_he_after_a_sentence_whose_subject_is_no_person_is_the_last_person() -> None:
    # the subject of "The ministry praised Tom Ek." is the ministry: not a "he"
    actor, table, span = _actor("The ministry praised Tom Ek. He said no.", "He")
    assert actor.id == "tom-ek"
    assert table.rule_at(span) == "pronoun-last-person"


def test_she_after_a_quote_is_the_previous_speaker() -> None:
    a = claimkit.analyze("“We won,” Ann Roe said. She smiled. She said it was over.", published="2020-01-01")
    second = a.statements[1]
    assert second.speaker is not None
    assert second.speaker.id == "ann-roe"
    assert "pronoun-previous-speaker" in [e.rule for e in second.evidence]


def test_a_pronoun_speaker_of_a_quote_is_named_in_the_evidence() -> None:
    a = claimkit.analyze("Ann Roe met Tom Ek. “He lied to us,” she said. “He always lies.”", published="2020-01-01")
    first = a.statements[0]
    assert first.speaker is not None
    assert first.speaker.id == "ann-roe"
    assert "pronoun-nearest-subject" in [e.rule for e in first.evidence]


def test_i_outside_a_quote_is_the_last_person() -> None:
    actor, table, span = _actor("Ann Roe called me. I said no.", "I")
    assert actor.id == "ann-roe"
    assert table.read_rule_at(span) == "first-person"


# --------------------------------------------------------------------------- phrases


def test_one_of_a_countrys_diplomats_speaks_for_the_diplomats() -> None:
    actor, table, span = _actor("One of Russia's diplomats said no.", "One of Russia's diplomats")
    assert (actor.id, actor.kind, actor.part_of) == ("russia-diplomats", ActorKind.GROUP, "russia")
    assert table.read_rule_at(span) == "member-of-group"


def test_a_source_with_knowledge_of_something_is_the_source() -> None:
    actor = _only("Officials with knowledge of the plan said no.", "Officials with knowledge of the plan")
    assert (actor.id, actor.kind) == ("officials", ActorKind.GROUP)
    actor = _only("People familiar with the matter said no.", "People familiar with the matter")
    assert actor.id == "people"


def test_a_name_after_an_honorific_is_not_a_title() -> None:
    actor = _only("Mr. King said no.", "Mr. King")
    assert (actor.id, actor.role) == ("king", None)


def test_an_apposition_gives_a_role_without_an_owner() -> None:
    actor, table, span = _actor("Ann Roe, a lawyer, said no.", "Ann Roe, a lawyer,")
    assert (actor.id, actor.role, actor.part_of) == ("ann-roe", "lawyer", None)
    assert table.read_rule_at(span) == "apposition"


def test_a_long_apposition_is_a_clause_not_a_role() -> None:
    text = "Ann Roe, a lawyer who has worked with the family for many years in the old city, said no."
    actor = _only(text, "Ann Roe")
    assert actor.role is None


def test_a_party_label_before_a_title_is_part_of_the_role_not_an_owner() -> None:
    actor = _only("Republican Sen. Ann Roe said no.", "Republican Sen. Ann Roe")
    assert (actor.role, actor.part_of) == ("Republican Senator", None)


def test_a_country_before_a_department_title_owns_the_person() -> None:
    actor = _only("U.S. Treasury Secretary Ann Roe said no.", "U.S. Treasury Secretary Ann Roe")
    assert (actor.role, actor.part_of) == ("U.S. Treasury Secretary", "united-states")


def test_bare_officials_are_not_an_earlier_group_of_another_name() -> None:
    actor = _only("Rebel fighters met the envoy. Officials said no.", "Officials")
    assert (actor.id, actor.part_of) == ("officials", None)


def test_a_group_of_a_government_department_is_part_of_the_government() -> None:
    text = "Polish government health officials said no."
    actor = _only(text, text.removesuffix(" said no."))
    assert (actor.kind, actor.part_of) == (ActorKind.GROUP, "polish-government")


def test_the_group_is_the_last_singular_collective_not_plural_officials() -> None:
    text = "Diplomats met the Vortan Front in March. Officials said the group wanted a truce."
    doc, table, _spans = _read(text, "Officials")
    group = table.resolve(_span(doc, "the group"))
    assert group is not None
    assert group.id == "vortan-front"


def test_a_determiner_is_not_part_of_a_groups_name() -> None:
    for phrase in ("Both officials", "All the officials"):
        actor = _only(f"{phrase} said no.", phrase)
        assert actor.id == "officials", phrase


# --------------------------------------------------------------------------- discovery without anchors


def test_a_surname_alone_before_the_full_name_is_the_same_person() -> None:
    found = _found("Roe said no. Ann Roe later agreed.")
    assert list(found) == ["ann-roe"]
    assert [m.text for m in found["ann-roe"].mentions] == ["Roe", "Ann Roe"]


def test_a_surname_two_people_share_goes_to_the_one_with_the_honorific_gender() -> None:
    found = _found("Mr. Roe said no. Ann Roe and Tom Roe later agreed.")
    assert set(found) == {"ann-roe", "tom-roe"}
    assert [m.text for m in found["ann-roe"].mentions] == ["Ann Roe"]
    assert "Mr. Roe" in [m.text for m in found["tom-roe"].mentions]


def test_a_spokesman_run_found_in_the_text_gives_role_and_owner() -> None:
    found = _found("The Polish government spokesman Jan Nowak spoke. The ministry agreed.")
    nowak = found["jan-nowak"]
    assert (nowak.role, nowak.part_of) == ("Polish government spokesman", "polish-government")
    assert [m.text for m in nowak.mentions] == ["The Polish government spokesman Jan Nowak", "Jan Nowak"]
    assert [m.text for m in found["polish-government"].mentions] == ["Polish government"]


def test_names_with_lower_case_head_nouns_are_found_in_the_text() -> None:
    found = _found("U.S. military officials spoke. Then the French foreign ministry agreed, and the rebel group left.")
    assert found["us-military-officials"].part_of == "united-states"
    assert found["french-foreign-ministry"].part_of == "france"
    assert [m.text for m in found["rebel-group"].mentions] == ["the rebel group"]


def test_the_company_refers_back_to_a_named_company() -> None:
    found = _found("The Vortan national oil company said so. The company denied it.")
    company = found["vortan-national-oil-company"]
    assert [m.text for m in company.mentions] == ["The Vortan national oil company", "The company"]


def test_a_surname_mention_resolves_to_the_full_name_it_was_merged_into() -> None:
    doc = _processor().parse("Roe said no. Ann Roe later agreed.")
    table = find_actors(doc)
    actor = table.actor_at(_span(doc, "Roe"))
    assert actor is not None
    assert actor.id == "ann-roe"


def test_a_surname_merged_into_a_full_name_stays_its_alias() -> None:
    found = _found("Okafor said no. Chidi Okafor agreed.")
    assert list(found) == ["chidi-okafor"]
    assert "Okafor" in found["chidi-okafor"].aliases


def test_a_country_is_never_merged_into_a_person_of_that_surname() -> None:
    found = _found("Jordan said no. Michael Jordan agreed.")
    assert found["jordan"].kind is ActorKind.COUNTRY
    assert [m.text for m in found["michael-jordan"].mentions] == ["Michael Jordan"]


def test_the_chain_of_an_actor_whose_owner_is_unknown_is_the_actor_alone() -> None:
    table = find_actors(_processor().parse("Ann Roe spoke."))
    lone = Actor(id="x", name="X", kind=ActorKind.PERSON, part_of="missing")
    assert table.part_of_chain(lone) == (lone,)


# --------------------------------------------------------------------------- quotations and frames


def _framed(text: str, pronoun: str, content: str, speaker: str | None) -> tuple[Actor | None, str | None]:
    doc = _processor().parse(text)
    anchors = [_span(doc, pronoun)] + ([_span(doc, speaker)] if speaker else [])
    frame = SpeakerFrame(content=_span(doc, content), speaker=_span(doc, speaker) if speaker else None)
    table = find_actors(doc, anchors, frames=[frame])
    return table.actor_at(anchors[0]), table.rule_at(anchors[0])


def test_he_in_a_quote_is_never_its_speaker() -> None:
    actor, rule = _framed("Tom Ek met Jon Bell. Ann Roe said: “He lied.” He left.", "He", "“He lied.”", "Ann Roe")
    assert actor is not None
    assert (actor.id, rule) == ("jon-bell", "pronoun-in-quote-frame")


def test_they_and_it_in_a_quote_go_to_the_organization_named_before() -> None:
    for pronoun in ("They", "It"):
        text = f"The Vortan Bank met Jon Bell. Ann Roe said: “{pronoun} lied.”"
        actor, rule = _framed(text, pronoun, f"“{pronoun} lied.”", "Ann Roe")
        assert actor is not None
        assert (actor.id, rule) == ("vortan-bank", "pronoun-in-quote-frame"), pronoun


def test_a_frame_without_a_speaker_changes_nothing() -> None:
    actor, rule = _framed("Tom Ek met Jon Bell. Ann Roe said: “He lied.” He left.", "He", "“He lied.”", None)
    assert actor is not None
    assert (actor.id, rule) == ("tom-ek", "pronoun-nearest-subject")


def test_a_title_alone_goes_to_its_holder_named_inside_an_earlier_quote() -> None:
    doc, table, _spans = _read("“President Ann Roe lied,” he said. The president denied it.")
    president = table.resolve(_span(doc, "The president"))
    assert president is not None
    assert president.id == "ann-roe"


# --------------------------------------------------------------------------- more phrases


def test_one_of_them_is_a_group_named_in_the_last_two_sentences() -> None:
    text = "U.S. military officials met the Vortan Bank. One of them said no."
    actor, table, span = _actor(text, "One of them")
    assert actor.id == "us-military-officials"
    assert table.read_rule_at(span) == "member-of-group"
    # three sentences back is too far for "one of them"
    text = "U.S. military officials met us. The Vortan Bank closed. It rained. One of them said no."
    assert _only(text, "One of them").id != "us-military-officials"


def test_many_of_the_officials_speak_for_the_officials() -> None:
    actor, table, span = _actor("Many of the officials said no.", "Many of the officials")
    assert actor.id == "officials"
    assert table.read_rule_at(span) == "member-of-group"


def test_we_as_a_speaker_is_the_last_actor_when_no_group_was_named() -> None:
    actor, table, span = _actor("Ann Roe spoke. We said no.", "We")
    assert actor.id == "ann-roe"
    assert table.read_rule_at(span) == "first-person"


def test_a_countrys_ministry_is_an_organization_of_the_country() -> None:
    actor = _only("Russia's foreign ministry said no.", "Russia's foreign ministry")
    assert (actor.id, actor.kind, actor.part_of) == ("russian-foreign-ministry", ActorKind.ORGANIZATION, "russia")


def test_a_persons_supporters_are_a_group_of_that_person() -> None:
    actor = _only("Ann Roe's supporters said no.", "Ann Roe's supporters")
    assert (actor.kind, actor.part_of) == (ActorKind.GROUP, "ann-roe")


def test_a_plural_common_noun_speaker_is_a_group() -> None:
    actor = _only("Then environmentalists said no.", "environmentalists")
    assert (actor.id, actor.kind) == ("environmentalists", ActorKind.GROUP)


def test_citizens_of_a_country_are_a_group_of_that_country() -> None:
    actor = _only("French citizens said no.", "French citizens")
    assert (actor.kind, actor.part_of) == (ActorKind.GROUP, "france")


def test_a_name_before_a_spokesman_title_owns_the_spokesman() -> None:
    actor = _only("Tarkan spokesman Ann Roe said no.", "Tarkan spokesman Ann Roe")
    assert (actor.id, actor.role, actor.part_of) == ("ann-roe", "Tarkan spokesman", "tarkan")


def test_we_skips_names_inside_an_earlier_quote() -> None:
    actor = _only("Ann Roe said: “Tom Ek lied.” We said no.", "We")
    assert actor.id == "ann-roe"


def test_one_of_them_beyond_the_window_reads_them_as_a_pronoun() -> None:
    text = "U.S. military officials met us. The Vortan Bank closed. It rained. One of them said no."
    _, table, span = _actor(text, "One of them")
    assert table.rule_at(span) == "plural-pronoun-last-group"


def test_they_in_a_quote_goes_to_a_plural_group() -> None:
    text = "U.S. military officials met Jon Bell. Ann Roe said: “They lied.”"
    actor, rule = _framed(text, "They", "“They lied.”", "Ann Roe")
    assert actor is not None
    assert (actor.id, rule) == ("us-military-officials", "pronoun-in-quote-frame")


def test_a_minister_run_found_in_the_text_derives_the_ministry() -> None:
    found = _found("Polish foreign minister Jan Nowak spoke.")
    nowak = found["jan-nowak"]
    assert nowak.part_of == "polish-foreign-ministry"
    assert [m.text for m in nowak.mentions] == ["Polish foreign minister Jan Nowak", "Jan Nowak"]


def test_an_honorific_alone_is_no_titled_person() -> None:
    actor, table, span = _actor("Mr. Tom Ek spoke. Mr. said no.", "Mr.")
    assert actor.kind is not ActorKind.PERSON
    assert table.read_rule_at(span) != "titled-person"


def test_a_middle_initial_a_is_no_function_word() -> None:
    # "A." before a period is an initial: the name reads as a person's, and the surname meets it
    _doc, table, _spans = _read("Jon A. Bell met the board. Bell left.")
    person = table.get("jon-a-bell")
    assert person is not None
    assert person.kind is ActorKind.PERSON
    assert table.get("bell") is None


def test_a_capitalized_function_word_makes_no_persons_name() -> None:
    # "Class A" is no name of a person: "A" without a period is the article's letter, a function word
    _doc, table, _spans = _read("The Class A shares rose.")
    assert all(a.kind is not ActorKind.PERSON for a in table.actors)
