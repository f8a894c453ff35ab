"""Actors: titles, organizations, countries, groups, metonymy and coreference.

Every sentence here is invented; the reference article is read from examples/data.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import ActorKind, ClaimkitError, InvalidSpanError, Span
from claimkit.actors import ActorTable, find_actors, slug
from claimkit.text import Document, TextProcessor

if TYPE_CHECKING:
    from claimkit.model import Actor

from .conftest import REFERENCE


@functools.cache
def _shared_processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return _shared_processor()


def span_of(doc: Document, phrase: str, occurrence: int = 1) -> Span:
    """The *occurrence*-th whole-word match of *phrase* in the document."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", doc.text))
    m = matches[occurrence - 1]
    return doc.span(m.start(), m.end())


def table_for(processor: TextProcessor, text: str, *anchors: str) -> tuple[Document, ActorTable, list[Span]]:
    doc = processor.parse(text)
    spans = [span_of(doc, a) for a in anchors]
    return doc, find_actors(doc, spans), spans


def speaker(table: ActorTable, span: Span) -> Actor:
    actor = table.actor_at(span)
    assert actor is not None, span
    return actor


# --------------------------------------------------------------------------- titles and roles


def test_rank_and_service_give_role_and_country(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(
        processor, "Canadian Army Gen. Lee Park said the attack failed.", "Canadian Army Gen. Lee Park"
    )
    person = speaker(table, s)
    assert (person.id, person.kind, person.role, person.part_of) == (
        "lee-park",
        ActorKind.PERSON,
        "Canadian Army General",
        "canada",
    )
    assert table.get("canada") is not None


def test_government_spokesman_is_part_of_the_government(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(
        processor,
        "Polish government spokesman Jan Nowak told reporters it was over.",
        "Polish government spokesman Jan Nowak",
    )
    person = speaker(table, s)
    assert person.name == "Jan Nowak"
    assert person.role == "Polish government spokesman"
    assert [a.id for a in table.part_of_chain(person)] == ["jan-nowak", "polish-government", "poland"]


def test_minister_derives_the_ministry_and_team_speaks_for_it(processor: TextProcessor) -> None:
    text = (
        "Brazilian Foreign Minister Ana Costa’s team denied the claim. "
        "“It is false,” the Brazilian Foreign Ministry said. Costa’s team later mocked it, "
        "and the Foreign Ministry said so again."
    )
    _, table, spans = table_for(
        processor,
        text,
        "Brazilian Foreign Minister Ana Costa’s team",
        "the Brazilian Foreign Ministry",
        "Costa’s team",
        "the Foreign Ministry",
    )
    ids = {speaker(table, s).id for s in spans}
    assert ids == {"brazilian-foreign-ministry"}
    ministry = table.get("brazilian-foreign-ministry")
    assert ministry is not None
    assert ministry.kind is ActorKind.ORGANIZATION
    assert ministry.part_of == "brazil"
    costa = table.get("ana-costa")
    assert costa is not None
    assert (costa.role, costa.part_of) == ("Brazilian Foreign Minister", "brazilian-foreign-ministry")


def test_possessive_of_a_person_without_organization(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(
        processor, "Mayor Tom Birch opened the bridge. Birch’s office said it was safe.", "Birch’s office"
    )
    office = speaker(table, s)
    assert office.kind is ActorKind.GROUP
    assert office.part_of == "tom-birch"


def test_surname_refers_to_full_name(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(processor, "Senator Maria Lopez arrived. Lopez said the vote was close.", "Lopez")
    assert speaker(table, s).id == "maria-lopez"
    assert speaker(table, s).role == "Senator"


# --------------------------------------------------------------------------- organizations and groups


def test_representative_of_an_organization_speaks_for_it(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(
        processor,
        "A representative of the Kenyan central government rejected the plan.",
        "A representative of the Kenyan central government",
    )
    org = speaker(table, s)
    assert (org.id, org.kind, org.part_of) == ("kenyan-government", ActorKind.ORGANIZATION, "kenya")


def test_plural_sources_with_a_country(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(
        processor,
        "Mexican military officials have suggested for weeks that talks failed.",
        "Mexican military officials",
    )
    group = speaker(table, s)
    assert (group.name, group.kind, group.part_of) == ("Mexican military officials", ActorKind.GROUP, "mexico")


def test_government_sources_belong_to_the_government(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "The rifles were supplied by Peruvian government sources, it said.")
    group = table.resolve(span_of(doc, "Peruvian government sources"))
    assert group is not None
    assert [a.id for a in table.part_of_chain(group)] == [
        "peruvian-government-sources",
        "peruvian-government",
        "peru",
    ]


def test_quantities_and_sets_of_a_group(processor: TextProcessor) -> None:
    text = (
        "The video showed a pair of Zarvani groups. Two separate sets of Zarvani claim the rifles. "
        "One splinter group of Zarvani near the river says so. Another group says otherwise."
    )
    _, table, spans = table_for(
        processor,
        text,
        "a pair of Zarvani groups",
        "Two separate sets of Zarvani",
        "One splinter group of Zarvani near the river",
        "Another group",
    )
    assert {speaker(table, s).id for s in spans} == {"zarvani-groups"}
    assert table.get("zarvani-groups").part_of == "zarvani"  # type: ignore[union-attr]


def test_report_of_a_broadcaster_is_the_broadcaster(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "A KXT report showed the convoy. The report also named two towns.")
    assert table.resolve(span_of(doc, "A KXT report")).id == "kxt"  # type: ignore[union-attr]
    assert table.resolve(span_of(doc, "The report")).id == "kxt"  # type: ignore[union-attr]


def test_known_international_organization(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "The talks included U.N. representatives and NATO envoys.")
    un = table.get("united-nations")
    assert un is not None
    assert un.kind is ActorKind.ORGANIZATION
    reps = table.resolve(span_of(doc, "U.N. representatives"))
    assert reps is not None
    assert reps.part_of == "united-nations"


# --------------------------------------------------------------------------- countries and metonymy


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Ottawa", "canada"),
        ("the Canadians", "canada"),
        ("The Japanese", "japan"),
        ("the U.S.", "united-states"),
        ("America", "united-states"),
        ("Britain", "united-kingdom"),
        ("Hanoi", "vietnam"),
        ("the Netherlands", "netherlands"),
        ("the Kingdom of Ruritania", None),
    ],
)
def test_metonymy_and_aliases(processor: TextProcessor, phrase: str, country: str | None) -> None:
    doc = processor.parse(f"Yesterday {phrase} warned the neighbours about the dam.")
    actor = find_actors(doc).resolve(span_of(doc, phrase))
    if country is None:
        assert actor is None or actor.kind is not ActorKind.COUNTRY
    else:
        assert actor is not None
        assert (actor.id, actor.kind) == (country, ActorKind.COUNTRY)


def test_every_listed_country_reads_as_a_country(processor: TextProcessor) -> None:
    from claimkit.lang.resources import rows

    codes = [r[0] for r in rows("countries.tsv")]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 193 + 5  # every UN member and the common non-members


def test_hyphenated_country_compound_mentions_the_country(processor: TextProcessor) -> None:
    _doc, table, _ = table_for(processor, "The rebels carried Chinese-made rifles and Swiss-built radios.")
    china = table.get("china")
    assert china is not None
    assert [m.text for m in china.mentions] == ["Chinese"]
    assert not any("made" in a.id for a in table.actors)


# --------------------------------------------------------------------------- coreference


def test_pronoun_speaker_to_last_person(processor: TextProcessor) -> None:
    text = "That week Chilean President Rosa Vidal met the Vortan Front. “We talk to all,” she said."
    _, table, (s,) = table_for(processor, text, "she")
    assert speaker(table, s).id == "rosa-vidal"


def test_given_names_tell_he_from_she(processor: TextProcessor) -> None:
    text = "Maria Ostrova met Peter Quill on Tuesday. “We agree,” she said. “We do not,” he said."
    _, table, (she, he) = table_for(processor, text, "she", "he")
    assert speaker(table, she).id == "maria-ostrova"
    assert speaker(table, he).id == "peter-quill"


def test_a_pronoun_speaker_prefers_the_subject_before_it(processor: TextProcessor) -> None:
    text = (
        "Judge Ada Kowal is defending the inquiry into Maria Ostrova's finances. "
        "She told reporters on Monday that the inquiry was independent."
    )
    _, table, (she,) = table_for(processor, text, "She")
    assert speaker(table, she).id == "ada-kowal"


def test_a_given_name_after_into_is_a_person_not_a_place(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "The inquiry into Maria Ostrova's finances goes on.")
    actor = table.resolve(span_of(doc, "Maria Ostrova"))
    assert actor is not None
    assert actor.kind is ActorKind.PERSON


def test_news_media_and_state_bodies_are_organizations(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "The Washington Post said the Fed would act before Congress did.")
    for name in ("The Washington Post", "the Fed", "Congress"):
        actor = table.resolve(span_of(doc, name))
        assert actor is not None
        assert actor.kind is ActorKind.ORGANIZATION, name


def test_a_short_capital_in_capitals_is_its_country_not_an_acronym(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "ROME (AP) — The talks ended.")
    actor = table.resolve(span_of(doc, "ROME"))
    assert actor is not None
    assert (actor.id, actor.kind) == ("italy", ActorKind.COUNTRY)


def test_a_bare_plural_speaker_is_not_another_group(processor: TextProcessor) -> None:
    text = "The mayor told reporters the road was open. According to police, two people were hurt."
    _, table, (police,) = table_for(processor, text, "police")
    assert speaker(table, police).id == "police"


def test_a_bare_plural_speaker_is_the_same_group_named_before(processor: TextProcessor) -> None:
    text = "Mexican officials met the envoy. Officials said the talks went well."
    _, table, (officials,) = table_for(processor, text, "Officials")
    assert speaker(table, officials).id == "mexican-officials"


def test_they_and_it_go_to_groups_and_organizations(processor: TextProcessor) -> None:
    text = "The Vortan Front met Mexican officials. They said the talks went well. The ministry said it agreed."
    doc, table, (they,) = table_for(processor, text, "They")
    assert speaker(table, they).id == "mexican-officials"
    assert table.resolve(span_of(doc, "it")) is not None


def test_the_group_goes_to_the_last_collective(processor: TextProcessor) -> None:
    text = "Diplomats met the Vortan Front in March. Officials said the group wanted a truce."
    doc, table, _ = table_for(processor, text)
    group = table.resolve(span_of(doc, "the group"))
    assert group is not None
    assert group.id == "vortan-front"


def test_the_ministry_goes_to_the_last_ministry(processor: TextProcessor) -> None:
    text = "The Greek Finance Ministry published figures. Analysts doubted them, but the ministry stood firm."
    doc, table, _ = table_for(processor, text)
    assert table.resolve(span_of(doc, "the ministry")).id == "greek-finance-ministry"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- the table


def test_by_mention_is_read_only_and_anchor_always_mapped(processor: TextProcessor) -> None:
    doc, table, (s, odd) = table_for(processor, "The weather said nothing, and the lamp agreed.", "The weather", "lamp")
    assert table.actor_at(s) is not None
    assert table.actor_at(odd) is not None
    with pytest.raises(TypeError):
        table.by_mention[0, 1] = "x"  # type: ignore[index]
    assert table.resolve(doc.span(0, 0)) is None


def test_bad_anchor_raises_invalid_span(processor: TextProcessor) -> None:
    doc = processor.parse("Short text.")
    with pytest.raises(InvalidSpanError):
        find_actors(doc, [Span(start=2, end=5, text="xyz")])
    with pytest.raises(InvalidSpanError):
        find_actors(doc).resolve(Span(start=20, end=23, text="abc"))
    with pytest.raises(ClaimkitError):
        find_actors(doc, ["Short"])  # type: ignore[list-item]
    with pytest.raises(ClaimkitError):
        find_actors(doc).resolve(None)  # type: ignore[arg-type]


def test_ids_are_stable_slugs(processor: TextProcessor) -> None:
    assert slug("U.S. military officials") == "us-military-officials"
    assert slug("Ángela Núñez") == "angela-nunez"
    assert slug("...") == "actor"
    doc = processor.parse("Ecuadorian Vice President Ángela Núñez spoke.")
    assert find_actors(doc).get("angela-nunez") is not None


def test_actors_in_order_and_mentions_slice_back(processor: TextProcessor) -> None:
    doc = processor.parse("Kenyan officials met Ugandan diplomats in Kampala. Nairobi said the talks went well.")
    table = find_actors(doc)
    assert [a.id for a in table.actors][:2] == ["kenya", "kenyan-officials"]
    for actor in table.actors:
        for m in actor.mentions:
            assert doc.text[m.start : m.end] == m.text
        assert len({(m.start, m.end) for m in actor.mentions}) == len(actor.mentions)


# --------------------------------------------------------------------------- reference article


def test_reference_article_speakers(processor: TextProcessor) -> None:
    doc = processor.parse(REFERENCE.read_text(encoding="utf-8"))
    expected = {
        "Russian Foreign Minister Sergey Lavrov’s team": "russian-foreign-ministry",
        "the Russian Foreign Ministry": "russian-foreign-ministry",
        "putative Taliban officials": "taliban-officials",
        "A representative of the Afghan central government": "afghan-government",
        "Afghan government spokesman Sediq Sediqi": "sediq-sediqi",
        "The Russians": "russia",
        "Lavrov’s team": "russian-foreign-ministry",
        "the Foreign Ministry": "russian-foreign-ministry",
        "a pair of Taliban groups": "taliban-groups",
        "Two separate sets of Taliban": "taliban-groups",
        "U.S. military officials": "us-military-officials",
        "U.S. Army Gen. John Nicholson": "john-nicholson",
        "Russian President Vladimir Putin": "vladimir-putin",
    }
    spans = [span_of(doc, phrase) for phrase in expected]
    he = doc.text.index("” he said", doc.text.index("many countries")) + 2
    spans.append(doc.span(he, he + 2))
    table = find_actors(doc, spans)
    got = {s.text: speaker(table, s).id for s in spans}
    assert got.pop("he") == "vladimir-putin"
    assert got == expected
    assert table.get("john-nicholson").part_of == "united-states"  # type: ignore[union-attr]
    assert table.get("sediq-sediqi").part_of == "afghan-government"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    [
        "Gen.",
        "the",
        "group",
        "Ministry",
        "Foreign",
        "’s",
        "team",
        "he",
        "they",
        "Paris",
        "officials",
        "of",
        "a",
        "Kenyan",
        "said",
        "“",
        "”",
        ",",
        ".",
        "Ann",
        "Roe",
        "pair",
        "sets",
        "Minister",
        "U.S.",
        "report",
        "-made",
        "\n\n",
        "It",
        "another",
        "government",
        "spokesman",
        "Mr.",
        "'",
        "s",
    ]
)


@given(
    st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=40),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40)), max_size=8),
)
def test_any_text_and_anchors_never_crash(words: list[str], raw_anchors: list[tuple[int, int]]) -> None:
    text = " ".join(words)
    doc = _shared_processor().parse(text)
    anchors = [doc.span(min(s, len(text)), min(s + n, len(text))) for s, n in raw_anchors]
    # anchors made by doc.span() are valid: nothing may be raised, least of all an InvalidSpanError
    table = find_actors(doc, anchors)
    for a in anchors:
        assert table.actor_at(a) is not None
    for actor in table.actors:
        assert actor.id
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for s in doc.sentence_spans():
        table.resolve(s)


# --------------------------------------------------------------------------- speakers as news writes them


def test_relative_pronoun_is_the_name_before_it(processor: TextProcessor) -> None:
    text = "The plan was opposed by Senator Ada Kowal, who said it was rushed."
    _, table, (s,) = table_for(processor, text, "who")
    assert speaker(table, s).id == "ada-kowal"


def test_apposition_and_parenthesis_keep_the_head(processor: TextProcessor) -> None:
    text = "Rep. Omar Haddad (D-Ore.) objected. Lena Fisk, a lawyer for the family, agreed."
    _, table, spans = table_for(processor, text, "Rep. Omar Haddad (D-Ore.)", "Lena Fisk, a lawyer for the family,")
    assert [speaker(table, s).id for s in spans] == ["omar-haddad", "lena-fisk"]


def test_middle_initial_is_part_of_the_name(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(processor, "Governor Carl T. Brandt vetoed it.", "Governor Carl T. Brandt")
    assert speaker(table, s).name == "Carl T. Brandt"


def test_coordinated_speakers_form_a_group(processor: TextProcessor) -> None:
    text = "Mayor Ida Roth met Senator Paul Ek. Roth and Ek said the deal was done."
    _, table, (s,) = table_for(processor, text, "Roth and Ek")
    both = speaker(table, s)
    assert both.kind is ActorKind.GROUP
    assert both.name == "Roth and Ek"


def test_role_without_name_goes_to_the_last_holder(processor: TextProcessor) -> None:
    text = "Governor Carl Brandt signed the bill. Critics objected, but the governor said it would stand."
    _, table, (s,) = table_for(processor, text, "the governor")
    assert speaker(table, s).id == "carl-brandt"


def test_campaign_of_a_person_is_an_organization(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(processor, "Ada Kowal’s campaign denied the story.", "Ada Kowal’s campaign")
    campaign = speaker(table, s)
    assert (campaign.kind, campaign.part_of) == (ActorKind.ORGANIZATION, "ada-kowal")


def test_one_word_speaker_is_a_person_and_keeps_pronoun_gender(processor: TextProcessor) -> None:
    text = "Okafor said the count was wrong. “We will appeal,” she said. Later he disagreed."
    doc, table, spans = table_for(processor, text, "Okafor", "she")
    assert [speaker(table, s).id for s in spans] == ["okafor", "okafor"]
    assert speaker(table, spans[0]).kind is ActorKind.PERSON
    assert table.resolve(span_of(doc, "he")) is None  # she is not he


def test_all_capital_heading_is_not_a_person(processor: TextProcessor) -> None:
    _doc, table, _ = table_for(processor, "THE BUDGET Back then, Mr. Ames said debt was a last resort.")
    assert all(a.kind is not ActorKind.PERSON or a.name == "Ames" for a in table.actors)
    assert table.get("ames") is not None


def test_apposition_gives_role_and_organization(processor: TextProcessor) -> None:
    text = "Lena Fisk, a spokeswoman for the Kenyan government, said the road was closed."
    _doc, table, _ = table_for(processor, text)
    fisk = table.get("lena-fisk")
    assert fisk is not None
    assert fisk.role == "spokeswoman for the Kenyan government"
    assert fisk.part_of == "kenyan-government"
    _, table, (s,) = table_for(processor, "Omar Haddad, 25, said no.", "Omar Haddad, 25,")
    assert speaker(table, s).role is None


def test_spokesperson_for_an_unnamed_body_speaks_for_it(processor: TextProcessor) -> None:
    # "a spokesman for the rebels" is the rebels' voice even where nothing named them before
    text = "A spokesman for the rebels said the town had fallen."
    _doc, table, (s,) = table_for(processor, text, "A spokesman for the rebels")
    assert speaker(table, s).name == "rebels"
    _doc, table, (s,) = table_for(processor, "A member of the committee said no.", "A member of the committee")
    assert speaker(table, s).name == "committee"


def test_members_picked_out_of_a_group_speak_for_it(processor: TextProcessor) -> None:
    text = "Opposition lawmakers said the figures were false. “It is a trick,” one of them said."
    _doc, table, (first, second) = table_for(processor, text, "Opposition lawmakers", "one of them")
    assert speaker(table, second).id == speaker(table, first).id
    _doc, table, (s,) = table_for(processor, "Two of the officials said no.", "Two of the officials")
    assert speaker(table, s).name == "officials"


def test_a_common_noun_then_a_name_is_the_named_body(processor: TextProcessor) -> None:
    _doc, table, (s,) = table_for(processor, "The state news agency Tarkan said so.", "The state news agency Tarkan")
    assert (speaker(table, s).name, speaker(table, s).kind) == ("Tarkan", ActorKind.ORGANIZATION)


def test_a_reflexive_does_not_change_who_it_is(processor: TextProcessor) -> None:
    text = "Ann Roe met the board. Roe herself said no."
    _doc, table, (s,) = table_for(processor, text, "Roe herself")
    assert speaker(table, s).name == "Ann Roe"


def test_a_one_word_name_followed_by_its_is_an_organization(processor: TextProcessor) -> None:
    text = "Tarvo confirms closure\n\nTarvo said on Friday that it will close its plant. Okafor said his team agreed."
    doc = processor.parse(text)
    headline, body, person = span_of(doc, "Tarvo"), span_of(doc, "Tarvo", 2), span_of(doc, "Okafor")
    table = find_actors(doc, [headline, body, person])
    assert speaker(table, headline).kind is ActorKind.ORGANIZATION  # the headline named it before "its"
    assert speaker(table, person).kind is ActorKind.PERSON


def test_a_company_noun_then_a_name_is_the_company(processor: TextProcessor) -> None:
    _doc, table, (s,) = table_for(processor, "The carmaker Tarvo said no.", "The carmaker Tarvo")
    assert (speaker(table, s).name, speaker(table, s).kind) == ("Tarvo", ActorKind.ORGANIZATION)


def test_an_informed_source_is_the_people_not_the_matter(processor: TextProcessor) -> None:
    text = "The plan is off, according to two people familiar with the matter."
    _doc, table, (s,) = table_for(processor, text, "two people familiar with the matter")
    assert (speaker(table, s).name, speaker(table, s).kind) == ("people", ActorKind.GROUP)


def test_an_ampersand_joins_one_firm(processor: TextProcessor) -> None:
    _doc, table, (a,) = table_for(processor, "The firm Halvorsen & Reed said no.", "The firm Halvorsen & Reed")
    assert (speaker(table, a).name, speaker(table, a).kind) == ("Halvorsen & Reed", ActorKind.ORGANIZATION)
    _doc, table, (b,) = table_for(processor, "Tarvo & Lind said no.", "Tarvo & Lind")
    assert speaker(table, b).kind is ActorKind.ORGANIZATION
    _doc, table, (c,) = table_for(processor, "Ruritania and Freedonia said no.", "Ruritania and Freedonia")
    assert speaker(table, c).kind is ActorKind.GROUP


def test_of_phrase_is_about_its_head(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "The unit protects the security of Kenyan citizens abroad.")
    assert table.resolve(span_of(doc, "the security of Kenyan citizens")) is None
    citizens = table.resolve(span_of(doc, "Kenyan citizens"))
    assert citizens is not None
    assert citizens.part_of == "kenya"


def test_only_a_definite_description_refers_back_to_a_report(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "A KXT report named the town. Other reports disagreed; the report stood.")
    assert table.resolve(span_of(doc, "Other reports")) is None
    assert table.resolve(span_of(doc, "the report")).id == "kxt"  # type: ignore[union-attr]


def test_role_then_name_in_apposition(processor: TextProcessor) -> None:
    text = "The party’s campaign chairman, Ivo Brandt, said turnout was high."
    _, table, (s,) = table_for(processor, text, "The party’s campaign chairman, Ivo Brandt,")
    person = speaker(table, s)
    assert (person.id, person.kind, person.role) == ("ivo-brandt", ActorKind.PERSON, "The party’s campaign chairman")


def test_name_with_initial_is_one_person(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "Later Karl J. Brandt wrote to the board, and Brandt signed.")
    person = table.resolve(span_of(doc, "Karl J. Brandt"))
    assert person is not None
    assert person.kind is ActorKind.PERSON
    assert table.resolve(span_of(doc, "Brandt", 2)) == person


def test_speaker_pronoun_skips_names_inside_the_quote(processor: TextProcessor) -> None:
    text = "Senator Ada Kowal spoke last. “Nobody asked Omar Haddad,” she said. “I did,” he said."
    _, table, spans = table_for(processor, text, "she", "he")
    assert speaker(table, spans[0]).id == "ada-kowal"
    # only a name inside a quote is left for "he": nothing else fits, so none is taken
    assert speaker(table, spans[1]).id != "ada-kowal"


def test_the_group_is_not_a_ministry(processor: TextProcessor) -> None:
    text = "The Vortan Front attacked. The Greek Interior Ministry said it talks to the group."
    doc, table, _ = table_for(processor, text)
    assert table.resolve(span_of(doc, "the group")).id == "vortan-front"  # type: ignore[union-attr]


def test_unnamed_spokesman_of_an_earlier_ministry(processor: TextProcessor) -> None:
    text = "The Greek Interior Ministry issued rules. A ministry spokesman said they were final."
    _, table, (s,) = table_for(processor, text, "A ministry spokesman")
    assert speaker(table, s).id == "greek-interior-ministry"


def test_spokesman_of_a_person_without_organization_is_a_person(processor: TextProcessor) -> None:
    _, table, (s,) = table_for(processor, "Ivo Brandt’s spokesman declined to comment.", "Ivo Brandt’s spokesman")
    who = speaker(table, s)
    assert (who.kind, who.part_of) == (ActorKind.PERSON, "ivo-brandt")


def test_headline_and_common_word_phrases_are_not_persons(processor: TextProcessor) -> None:
    text = (
        "Voters Were Angry On Tuesday\n\nVoters said climate change mattered. The Climate Change panel met. "
        "Sen. Ida Roth (R-Utah) agreed."
    )
    doc, table, _ = table_for(processor, text)
    persons = {a.name for a in table.actors if a.kind is ActorKind.PERSON}
    assert persons == {"Ida Roth"}
    assert not any(a.name.startswith("R-") for a in table.actors)
    assert table.resolve(span_of(doc, "Climate Change")) is None or (
        table.resolve(span_of(doc, "Climate Change")).kind is not ActorKind.PERSON  # type: ignore[union-attr]
    )


def test_secretary_of_state_is_one_title(processor: TextProcessor) -> None:
    doc, table, _ = table_for(processor, "Later Secretary of State Ann Roe flew home.")
    roe = table.get("ann-roe")
    assert roe is not None
    assert roe.role == "Secretary of State"
    assert table.resolve(span_of(doc, "Secretary of State Ann Roe")) == roe


def test_organization_named_with_on(processor: TextProcessor) -> None:
    text = "The nonpartisan Commission on Fair Elections said the count was sound."
    _, table, (s,) = table_for(processor, text, "The nonpartisan Commission on Fair Elections")
    org = speaker(table, s)
    assert (org.name, org.kind) == ("Commission on Fair Elections", ActorKind.ORGANIZATION)


def test_aliases_are_other_names_never_descriptions(processor: TextProcessor) -> None:
    text = (
        "The Greek Finance Ministry said no. Later the Finance Ministry said yes. "
        "Senator Ada Kowal agreed, and Kowal left; the ministry stayed."
    )
    _, table, _ = table_for(processor, text)
    assert table.get("greek-finance-ministry").aliases == ("Finance Ministry",)  # type: ignore[union-attr]
    assert table.get("ada-kowal").aliases == ("Kowal",)  # type: ignore[union-attr]


def test_plural_noun_speaker_with_of_phrase_is_a_group(processor: TextProcessor) -> None:
    text = "On Monday, attorneys for the family said the case was closed."
    _, table, (s,) = table_for(processor, text, "attorneys for the family")
    group = speaker(table, s)
    assert (group.name, group.kind) == ("attorneys for the family", ActorKind.GROUP)


def test_a_repeated_anchor_is_read_like_one_given_twice(processor: TextProcessor) -> None:
    # nested "said that" chains repeat the outer speakers' spans once per statement
    doc = processor.parse("The union's president, Ann Roe, said that the group said that it agreed.")
    spans = [span_of(doc, "The union's president, Ann Roe"), span_of(doc, "the group")]
    twice = find_actors(doc, spans * 2)
    many = find_actors(doc, spans * 500)
    assert many.actors == twice.actors
    assert dict(many.by_mention) == dict(twice.by_mention)


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.sampled_from("abc")), max_size=40))
def test_mention_positions_keep_the_order_of_the_triples(mentions: list[tuple[int, int, str]]) -> None:
    import bisect

    from claimkit import actors

    positions = actors._Positions()
    triples: list[tuple[int, int, str]] = []
    for start, end, actor_id in mentions:
        positions.add((start, end), actor_id)
        bisect.insort(triples, (start, end, actor_id))
    assert [(s, e, a) for (s, e), a in positions.forward(0, len(triples))] == triples
    for offset in range(11):
        assert positions.first_from(offset) == bisect.bisect_left(triples, (offset, -1, ""))
        assert positions.first_after(offset) == bisect.bisect_right(triples, (offset, 1 << 62, ""))
