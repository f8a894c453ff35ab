"""Relations: contradiction and agreement rules, and their metamorphic properties (invented sentences)."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.actors import ActorTable
from claimkit.claims import extract_claims
from claimkit.model import Actor, ActorKind, Analysis, RelationKind, Span, Stance, Statement, StatementKind
from claimkit.pipeline import default_analyzer
from claimkit.relations import find_relations, relate
from claimkit.testing import awkward_texts

GIVERS = ("Freedonia", "Sylvania", "Latveria", "Genovia")
TAKERS = ("the militia", "the rebels", "the Blue Front", "the insurgents")


@st.composite
def propositions(draw: st.DrawFn) -> tuple[str, str]:
    giver = draw(st.sampled_from(GIVERS))
    taker = draw(st.sampled_from(TAKERS))
    return giver, taker


def active(giver: str, taker: str) -> str:
    return f"{giver} supplied weapons to {taker}."


def negated(giver: str, taker: str) -> str:
    return f"{giver} did not supply weapons to {taker}."


def converse(giver: str, taker: str) -> str:
    return f"{taker[0].upper()}{taker[1:]} received weapons from {giver}."


def passive(giver: str, taker: str) -> str:
    return f"Weapons were supplied to {taker} by {giver}."


def kind_of(a: str, b: str) -> RelationKind | None:
    r = claimkit.compare(a, b)
    return None if r is None else r.kind


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Sylvania is not arming the militia.", "The militia got weapons from Sylvania.", RelationKind.CONTRADICTS),
        ("Sylvania backs the militia.", "Sylvania does not back the militia.", RelationKind.CONTRADICTS),
        ("Sylvania only maintains contact with the militia.", "Sylvania backs the militia.", RelationKind.CONTRADICTS),
        ("The council approved the plan.", "The council rejected the plan.", RelationKind.CONTRADICTS),
        ("Genovia sent 400 troops to the border.", "Genovia sent 900 troops to the border.", RelationKind.CONTRADICTS),
        ("Sylvania maintains contact with the militia.", "The militia has ties with Sylvania.", RelationKind.AGREES),
        ("Sylvania armed the rebels.", "The rebels were armed by Sylvania.", RelationKind.AGREES),
        ("Sylvania armed the rebels.", "Latveria armed the rebels.", None),
        ("Sylvania armed the rebels.", "Sylvania backs the council.", None),
        ("It rained in the capital.", "The sun shone on the coast.", None),
    ],
)
def test_rules(a: str, b: str, kind: RelationKind | None) -> None:
    assert kind_of(a, b) is kind


def test_numbers_with_approximation_do_not_clash() -> None:
    assert kind_of("Genovia sent 950 troops.", "Genovia sent nearly 1,000 troops.") is not RelationKind.CONTRADICTS


def test_non_overlapping_times_do_not_contradict() -> None:
    assert kind_of("Sylvania armed the rebels in 2014.", "Sylvania did not arm the rebels in 2019.") is None


def test_reasons_quote_both_sides() -> None:
    r = claimkit.compare("Sylvania is not arming the militia.", "The militia got weapons from Sylvania.")
    assert r is not None
    assert "Sylvania is not arming the militia" in r.reasons[0]
    assert "opposite polarity" in r.reasons[1]
    assert 0.0 <= r.score <= 1.0


def test_falsity_headline_contradicts_the_claim() -> None:
    r = claimkit.compare("A bear stole a picnic basket in the park.", "Park bear picnic basket story is a hoax")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS


# --------------------------------------------------------------------------- metamorphic properties


@given(propositions())
def test_negation_turns_agreement_into_contradiction(p: tuple[str, str]) -> None:
    assert kind_of(active(*p), converse(*p)) is RelationKind.AGREES
    assert kind_of(negated(*p), converse(*p)) is RelationKind.CONTRADICTS


@given(propositions(), st.sampled_from([converse, passive]))
def test_paraphrase_keeps_agreement(p: tuple[str, str], paraphrase: object) -> None:
    assert kind_of(active(*p), paraphrase(*p)) is RelationKind.AGREES  # type: ignore[operator]


@given(propositions(), propositions(), st.sampled_from([active, negated, converse, passive]))
def test_symmetric(p: tuple[str, str], q: tuple[str, str], form: object) -> None:
    a, b = active(*p), form(*q)  # type: ignore[operator]
    assert kind_of(a, b) is kind_of(b, a)


# --------------------------------------------------------------------------- documents


SPEAKERS = {
    "ministry": Actor(id="ministry", name="Sylvanian Ministry", kind=ActorKind.ORGANIZATION, part_of="sylvania"),
    "envoy": Actor(id="envoy", name="Freedonian envoy", kind=ActorKind.PERSON),
    "fighters": Actor(id="fighters", name="militia fighters", kind=ActorKind.GROUP),
    "army": Actor(id="army", name="Sylvanian Army", kind=ActorKind.ORGANIZATION),
}
SENTENCES = (
    ("ministry", "Sylvania is not supplying weapons to the militia.", Stance.ASSERT, None),
    ("ministry", "Sylvania only maintains contact with the militia.", Stance.ASSERT, "x0"),
    ("fighters", "The militia received weapons from Sylvania.", Stance.ASSERT, None),
    ("envoy", "Sylvania maintains contact with the militia.", Stance.ASSERT, None),
    ("army", "arming the militia", Stance.DENY, None),
    ("envoy", "The militia got rifles from Sylvania.", Stance.ASSERT, None),
)


def document(order: list[int]) -> tuple[tuple[Statement, ...], tuple[claimkit.Claim, ...], str]:
    text = " ".join(s for _, s, _, _ in SENTENCES)
    doc = default_analyzer().processor.parse(text)
    statements = []
    pos = 0
    for i, (who, sentence, stance, continues) in enumerate(SENTENCES):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        statements.append(
            Statement(
                id=f"x{i}",
                kind=StatementKind.DIRECT,
                content=Span.from_text(text, start, pos),
                speaker=SPEAKERS[who],
                stance=stance,
                continues=continues,
                doc_id="d",
            )
        )
    shuffled = tuple(statements[i] for i in order)
    return shuffled, extract_claims(doc, shuffled, ActorTable()), text


def relation_set(statements: tuple[Statement, ...], claims: tuple[claimkit.Claim, ...]) -> set[tuple[str, str, str]]:
    out = set()
    for r in relate(statements, claims):
        assert r.a is not r.b
        assert any(r.a is s for s in statements)
        assert any(r.b is s for s in statements)
        out.add((r.kind.value, *sorted((r.a.id, r.b.id))))
    return out


def test_document_relations() -> None:
    statements, claims, _ = document(list(range(len(SENTENCES))))
    found = relation_set(statements, claims)
    assert ("contradicts", "x0", "x2") in found
    assert ("contradicts", "x2", "x4") in found
    assert ("agrees", "x1", "x3") in found
    # a statement and its own continuation never relate
    assert not any({a, b} == {"x0", "x1"} for _, a, b in found)
    # the same speaker's statements never agree
    assert ("agrees", "x3", "x5") not in found


@given(st.permutations(list(range(len(SENTENCES)))))
def test_shuffling_statements_keeps_the_relation_set(order: list[int]) -> None:
    base = relation_set(*document(list(range(len(SENTENCES))))[:2])
    assert relation_set(*document(order)[:2]) == base


def test_find_relations_across_documents_by_name() -> None:
    first = claimkit.Analysis(text="")
    texts = ("Sylvania is not supplying weapons to the militia.", "The militia received weapons from Sylvania.")
    analyses = []
    for n, text in enumerate(texts):
        doc = default_analyzer().processor.parse(text)
        speaker = Actor(id="spk", name=("Sylvanian Ministry", "militia fighters")[n], kind=ActorKind.GROUP)
        s = Statement(
            id="s1",
            kind=StatementKind.DIRECT,
            content=Span.from_text(text, 0, len(text)),
            speaker=speaker,
            doc_id=f"doc{n}",
        )
        claims = extract_claims(doc, [s], ActorTable())
        analyses.append(Analysis(text=text, doc_id=f"doc{n}", statements=(s,), actors=(speaker,), claims=claims))
    found = find_relations([first, *analyses])
    assert len(found) == 1
    assert found[0].kind is RelationKind.CONTRADICTS
    assert found[0].a is analyses[0].statements[0]
    assert found[0].b is analyses[1].statements[0]


def test_find_relations_same_speaker_across_documents_does_not_agree() -> None:
    analyses = []
    for n in range(2):
        text = "Sylvania backs the militia."
        doc = default_analyzer().processor.parse(text)
        speaker = Actor(id=f"a{n}", name="Freedonian envoy", kind=ActorKind.PERSON)
        s = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)), speaker=speaker)
        analyses.append(
            Analysis(text=text, statements=(s,), actors=(speaker,), claims=extract_claims(doc, [s], ActorTable()))
        )
    assert find_relations(analyses) == ()


def test_find_relations_scales_by_index_not_pairs() -> None:
    rng = random.Random(7)  # noqa: S311  (test data, not secrets)
    statements = []
    for i in range(300):
        text = f"Country{i} supplied weapons to Group{rng.randrange(300)}."
        doc = default_analyzer().processor.parse(text)
        s = Statement(id=f"s{i}", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
        statements.append(Analysis(text=text, statements=(s,), claims=extract_claims(doc, [s], ActorTable())))
    # distinct givers: nothing to relate, found without comparing every pair
    assert find_relations(statements) == ()


def test_declined_against_received() -> None:
    r = claimkit.compare("The mayor declined the Golden Key award.", "The mayor got the Golden Key award.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS


def test_possessive_count_against_stated_count() -> None:
    assert (
        kind_of("The alliance's 12 members met on Monday.", "The alliance has 9 members.") is RelationKind.CONTRADICTS
    )


def test_opposite_attributes() -> None:
    r = claimkit.compare("The mayor was a liberal lawyer.", "The mayor was a conservative judge.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS


def test_negation_after_a_copula() -> None:
    assert kind_of("The old painter is dead.", "The old painter is not dead.") is RelationKind.CONTRADICTS


@given(awkward_texts(max_size=120), awkward_texts(max_size=120))
def test_compare_never_crashes(a: str, b: str) -> None:
    r = claimkit.compare(a, b)
    assert r is None or 0.0 <= r.score <= 1.0


def test_abbreviated_multipliers_read_as_numbers() -> None:
    same = claimkit.compare(
        "The factory made 201 bn cigarettes last year.", "The factory made 201 billion cigarettes last year."
    )
    assert same is not None
    assert same.kind is RelationKind.AGREES
    other = claimkit.compare(
        "The factory made 201 bn cigarettes last year.", "The factory made 150 billion cigarettes last year."
    )
    assert other is not None
    assert other.kind is RelationKind.CONTRADICTS


def test_lifting_and_imposing_are_opposites() -> None:
    r = claimkit.compare("The city council lifted the curfew.", "The city council imposed the curfew.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS


def test_a_rejected_claim_contradicts_the_statement_it_echoes() -> None:
    text = "Officials said the dam was safe, a claim engineers rejected."
    # the rules' speakers (the trained layer widens this source to "a claim engineers": a known limit)
    rules = claimkit.Analyzer(config=claimkit.AnalyzerConfig(trained_attribution=False))
    a = rules.analyze(text, published="2023-06-15")
    (r,) = a.relations
    assert r.kind is RelationKind.CONTRADICTS
    assert (r.a.speaker_span.text, r.b.speaker_span.text) == ("Officials", "engineers")  # type: ignore[union-attr]
    assert r.reasons[0].startswith("officials say “the dam was safe”; engineers deny")


def test_a_repeated_paragraph_relates_once() -> None:
    text = "Officials said the dam was safe. Engineers denied that the dam was safe.\n" * 50
    a = claimkit.analyze(text, published="2023-06-15")
    assert len(a.statements) == 100
    assert [(r.a.id, r.b.id) for r in a.relations] == [("s1", "s2")]


def test_relations_per_statement_are_bounded() -> None:
    from claimkit.relations import MAX_RELATIONS_PER_STATEMENT

    text = "".join(
        f"Ann Roe{i} said the dam was safe. Engineer Bo Lind{i} denied that the dam was safe. " for i in range(60)
    )
    a = claimkit.analyze(text, published="2023-06-15")
    per_statement = Counter(s.id for r in a.relations for s in (r.a, r.b))
    assert len(a.relations) > 100
    assert max(per_statement.values()) == MAX_RELATIONS_PER_STATEMENT


def test_three_reports_of_one_decision_relate_across_articles() -> None:
    texts = [
        "The carmaker Tarvo said on Tuesday that it would not close its plant in Leeds.",
        "Tarvo plans to close its Leeds plant next year, according to two people familiar with the matter.",
        "Tarvo confirms closure\n\nTarvo confirmed on Friday that it will close its Leeds plant.",
    ]
    analyses = [claimkit.analyze(t, published="2024-05-20", doc_id=f"a{i}") for i, t in enumerate(texts, 1)]
    found = {(r.a.doc_id, r.b.doc_id, r.kind) for r in claimkit.find_relations(analyses)}
    assert found == {
        ("a1", "a2", RelationKind.CONTRADICTS),
        # Tarvo's own later account (Friday) against its earlier one (Tuesday): a changed account
        ("a1", "a3", RelationKind.CHANGED),
        ("a2", "a3", RelationKind.AGREES),
    }
