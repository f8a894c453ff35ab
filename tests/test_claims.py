"""Claims: predicates, arguments, polarity, hedges, voice and converse forms (invented sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given

from claimkit import claims as claims_mod
from claimkit.actors import ActorTable, find_actors
from claimkit.claims import extract_claims, lemmatize
from claimkit.model import Actor, ActorKind, Claim, Polarity, Span, Stance, Statement, StatementKind
from claimkit.pipeline import default_analyzer
from claimkit.testing import awkward_texts
from claimkit.text import Token


def claims_of(
    text: str,
    *,
    stance: Stance = Stance.ASSERT,
    speaker: Actor | None = None,
    kind: StatementKind = StatementKind.DIRECT,
    speaker_span: Span | None = None,
) -> tuple[Claim, ...]:
    doc = default_analyzer().processor.parse(text)
    statement = Statement(
        id="s1",
        kind=kind,
        content=Span.from_text(text, 0, len(text)),
        stance=stance,
        speaker=speaker,
        speaker_span=speaker_span,
    )
    return extract_claims(doc, [statement], ActorTable())


def only(text: str, **kw: object) -> Claim:
    relational = [c for c in claims_of(text, **kw) if c.predicate_class is not None]  # type: ignore[arg-type]
    assert len(relational) == 1, relational
    return relational[0]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("supplying", "supply"),
        ("supplied", "supply"),
        ("supplies", "supply"),
        ("provided", "provide"),
        ("arming", "arm"),
        ("got", "get"),
        ("sent", "send"),
        ("stopped", "stop"),
        ("received", "receive"),
        ("has", "have"),
    ],
)
def test_lemmatize(form: str, lemma: str) -> None:
    assert lemmatize(form, "VBD") == lemma


def test_active_claim_with_recipient() -> None:
    c = only("Freedonia is supplying rifles to the rebels.")
    assert c.subject is not None
    assert c.subject.text == "Freedonia"
    assert c.predicate == "supply"
    assert c.predicate_class == "transfer-weapons"
    assert c.object is not None
    assert c.object.text == "rifles"
    assert c.recipient is not None
    assert c.recipient.text == "the rebels"
    assert c.polarity is Polarity.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia is not supplying rifles to the rebels.",
        "Freedonia never supplied rifles to the rebels.",
        "Freedonia didn't supply rifles to the rebels.",
        "Freedonia supplied no rifles to the rebels.",
        "There is no evidence that Freedonia supplied rifles to the rebels.",
        "Freedonia refused to supply rifles to the rebels.",
    ],
)
def test_negation_scope(text: str) -> None:
    assert only(text).polarity is Polarity.NEGATIVE


def test_negation_elsewhere_does_not_leak() -> None:
    cs = claims_of("The minister did not travel. Freedonia supplied rifles to the rebels.")
    supply = [c for c in cs if c.predicate == "supply"]
    assert supply[0].polarity is Polarity.POSITIVE


def test_converse_is_turned_round() -> None:
    c = only("The rebels received rifles from Freedonia.")
    assert c.subject is not None
    assert c.subject.text == "Freedonia"
    assert c.recipient is not None
    assert c.recipient.text == "The rebels"
    assert c.predicate_class == "transfer-weapons"


def test_passive_agent_becomes_subject() -> None:
    c = only("The rifles were supplied by Freedonia.")
    assert c.subject is not None
    assert c.subject.text == "Freedonia"
    assert c.object is not None
    assert c.object.text == "The rifles"


def test_relative_clause_passive() -> None:
    c = only("They have the rifles, which were supplied by Freedonia.")
    assert c.subject is not None
    assert c.subject.text == "Freedonia"
    assert c.object is not None
    assert c.object.text == "the rifles"


def test_adjectival_form() -> None:
    cs = [c for c in claims_of("The fighters carried Freedonian-supplied rifles.") if c.predicate == "supply"]
    assert len(cs) == 1
    assert cs[0].subject is not None
    assert cs[0].subject.text == "Freedonian"
    assert cs[0].object is not None
    assert cs[0].object.text == "rifles"


def test_agent_recipient_verbs() -> None:
    c = only("Freedonia arms the militia.")
    assert c.recipient is not None
    assert c.recipient.text == "the militia"
    assert c.predicate_class == "transfer-weapons"


def test_light_verb_predicate_and_exclusive_marker() -> None:
    c = only("Sylvania only maintains contacts with the militia.")
    assert c.predicate == "maintain contact"
    assert c.predicate_class == "contact"
    assert "only" in c.hedges
    assert c.recipient is not None
    assert c.recipient.text == "the militia"


def test_control_verb_is_skipped() -> None:
    c = only("Sylvania has decided to back the militia.")
    assert c.subject is not None
    assert c.subject.text == "Sylvania"
    assert c.predicate == "back"


def test_hedges_lower_certainty() -> None:
    plain = only("Sylvania backs the militia.")
    hedged = only("Sylvania allegedly backs the militia.")
    assert plain.certainty == 1.0
    assert hedged.certainty < 1.0
    assert "allegedly" in hedged.hedges


def test_hedged_stance_and_speaker_description() -> None:
    text = "Sylvania backs the militia."
    assert only(text, stance=Stance.HEDGE).certainty < 1.0


def test_denial_flips_polarity_and_speaker_fills_the_subject() -> None:
    ministry = Actor(id="ministry", name="Sylvanian Ministry", kind=ActorKind.ORGANIZATION)
    c = only("arming the militia", stance=Stance.DENY, speaker=ministry, kind=StatementKind.INDIRECT)
    assert c.polarity is Polarity.NEGATIVE
    assert c.subject is not None
    assert c.subject.actor_id == "ministry"


def test_dismissal_makes_no_claim() -> None:
    assert claims_of("the report that Sylvania backs the militia", stance=Stance.DISMISS) == ()


def test_first_person_is_the_speaker() -> None:
    spokesman = Actor(id="spokesman", name="Jan Novak", kind=ActorKind.PERSON)
    c = only("We never supplied weapons to the militia.", speaker=spokesman)
    assert c.subject is not None
    assert c.subject.actor_id == "spokesman"
    assert c.polarity is Polarity.NEGATIVE


def test_claim_time_from_clause() -> None:
    c = only("Sylvania supplied weapons to the militia in 2015.")
    assert c.time is not None
    assert c.time.timex == "2015"


def test_offsets_slice_back() -> None:
    text = "The militia said it received weapons from Sylvania, and Sylvania allegedly backs them."
    for c in claims_of(text):
        assert text[c.span.start : c.span.end] == c.span.text
        for arg in (c.subject, c.object, c.recipient):
            if arg is not None and arg.span is not None:
                assert text[arg.span.start : arg.span.end] == arg.span.text


@given(awkward_texts())
def test_never_crashes(text: str) -> None:
    for c in claims_of(text):
        assert 0.0 <= c.certainty <= 1.0


def test_nominal_forms() -> None:
    c = only("Arms supplies from Freedonia to the rebels increased.")
    assert c.subject is not None
    assert c.subject.text == "Freedonia"
    assert c.recipient is not None
    assert c.recipient.text == "the rebels"
    assert c.predicate_class == "transfer-weapons"
    c = only("Freedonia's support for the rebels is well known.")
    assert c.predicate == "support"
    assert c.subject is not None
    assert c.subject.text == "Freedonia"


def test_declining_an_object_is_not_accepting_it() -> None:
    c = only("The mayor declined the award.")
    assert c.predicate == "accept"
    assert c.polarity is Polarity.NEGATIVE


def test_no_in_a_light_verb_phrase() -> None:
    assert only("The council has no contacts with the rebels.").polarity is Polarity.NEGATIVE


def test_possessive_count() -> None:
    [c] = [c for c in claims_of("The alliance's 12 members met.") if c.predicate == "have"]
    assert c.subject is not None
    assert c.subject.text == "The alliance"
    assert c.object is not None
    assert c.object.text == "12 members"


def test_a_quantity_opener_belongs_to_the_object() -> None:
    (c,) = [c for c in claims_of("The army moved at least 20,000 troops toward the border.") if c.predicate == "move"]
    assert c.object is not None
    assert c.object.text == "at least 20,000 troops"


def test_a_participle_between_determiner_and_noun_is_no_predicate() -> None:
    claims = claims_of("The army moved troops toward their shared border.")
    assert [c.predicate for c in claims] == ["move"]


def test_a_name_inside_an_object_is_not_the_object() -> None:
    from claimkit.pipeline import default_analyzer as analyzer

    a = analyzer().analyze("Tarvo said that it would close its Leeds plant.", published="2024-05-20")
    (c,) = [c for c in a.claims if c.predicate == "close"]
    assert c.object is not None
    assert (c.object.text, c.object.actor_id) == ("its Leeds plant", None)


# --------------------------------------------------------------------------- bounds (hostile input stays linear)


def _statements_over(text: str, n: int) -> list[Statement]:
    whole = Span.from_text(text, 0, len(text))
    return [Statement(id=f"s{i}", kind=StatementKind.PARTIAL, content=whole) for i in range(1, n + 1)]


def test_claims_per_statement_are_bounded() -> None:
    text = " ".join(["Russia arms the group; Iran sends money."] * claims_mod.MAX_CLAIMS_PER_STATEMENT)
    found = claims_of(text)
    assert len(found) == claims_mod.MAX_CLAIMS_PER_STATEMENT
    assert [c.span.start for c in found] == sorted(c.span.start for c in found)  # the first ones, in text order


def test_content_read_for_claims_is_bounded_in_tokens() -> None:
    pad = claims_mod.MAX_CLAIM_TOKENS // 2  # "Yes." is two tokens
    assert len(claims_of("Yes. " * (pad - 3) + "Russia arms the group.")) == 1
    assert claims_of("Yes. " * pad + "Russia arms the group.") == ()


def test_overlapping_contents_are_read_a_bounded_number_of_times() -> None:
    text = "Russia arms the group."
    doc = default_analyzer().processor.parse(text)
    statements = _statements_over(text, claims_mod.MAX_OVERLAPPING_READS + 3)
    found = extract_claims(doc, statements, ActorTable())
    assert [c.statement_id for c in found] == [s.id for s in statements[: claims_mod.MAX_OVERLAPPING_READS]]


def test_contents_that_do_not_overlap_are_all_read() -> None:
    text = " ".join(["Russia arms the group."] * (claims_mod.MAX_OVERLAPPING_READS + 3))
    doc = default_analyzer().processor.parse(text)
    statements = [
        Statement(id=f"s{i}", kind=StatementKind.PARTIAL, content=Span.from_text(text, start, start + 22))
        for i, start in enumerate(range(0, len(text), 23), 1)
    ]
    assert len(extract_claims(doc, statements, ActorTable())) == len(statements)


def test_a_clause_time_is_read_once_per_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    scan = claims_mod._scan_clause_time

    def counted(clause: list[object]) -> object:
        calls.append(1)
        return scan(clause)  # type: ignore[arg-type]

    monkeypatch.setattr(claims_mod, "_scan_clause_time", counted)
    found = claims_of("Russia armed the group, sent money, trained fighters and supplied weapons in May 2015.")
    assert len(found) >= 3
    assert {c.time.timex for c in found if c.time is not None} == {"2015-05"}
    assert len(calls) == 1


def test_a_clause_time_is_read_once_for_overlapping_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    scan = claims_mod._scan_clause_time

    def counted(clause: list[object]) -> object:
        calls.append(1)
        return scan(clause)  # type: ignore[arg-type]

    monkeypatch.setattr(claims_mod, "_scan_clause_time", counted)
    text = "Russia armed the group in May 2015."
    found = extract_claims(default_analyzer().processor.parse(text), _statements_over(text, 3), ActorTable())
    assert [c.time.timex if c.time else None for c in found] == ["2015-05"] * 3
    assert len(calls) == 1


def test_a_shorter_content_over_the_same_clause_keeps_its_own_time() -> None:
    text = "Russia armed the group in May 2015."
    doc = default_analyzer().processor.parse(text)
    whole = Statement(id="s1", kind=StatementKind.PARTIAL, content=Span.from_text(text, 0, len(text)))
    short = Statement(id="s2", kind=StatementKind.PARTIAL, content=Span.from_text(text, 0, 22))
    found = extract_claims(doc, [whole, short], ActorTable())
    assert [(c.statement_id, c.time.timex if c.time else None) for c in found] == [("s1", "2015-05"), ("s2", None)]


def test_reading_a_statement_stops_at_the_claim_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    clause_claims = claims_mod._clause_claims

    def counted(ctx: object, clause: list[object], *, first: bool) -> object:
        read.append(1)
        return clause_claims(ctx, clause, first=first)  # type: ignore[arg-type]

    monkeypatch.setattr(claims_mod, "_clause_claims", counted)
    text = " ".join(["Russia arms the group."] * (claims_mod.MAX_CLAIMS_PER_STATEMENT + 5))
    assert len(claims_of(text)) == claims_mod.MAX_CLAIMS_PER_STATEMENT
    assert len(read) == claims_mod.MAX_CLAIMS_PER_STATEMENT


def test_claim_ids_run_on_across_statements() -> None:
    text = "Russia arms the group. Iran sends money to the group."
    doc = default_analyzer().processor.parse(text)
    statements = [
        Statement(id="s1", kind=StatementKind.PARTIAL, content=Span.from_text(text, 0, 22)),
        Statement(id="s2", kind=StatementKind.PARTIAL, content=Span.from_text(text, 23, len(text))),
    ]
    found = extract_claims(doc, statements, ActorTable())
    assert [(c.id, c.statement_id) for c in found] == [("c1", "s1"), ("c2", "s2")]


def test_a_verb_of_no_class_with_one_argument_resolves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    resolved: list[object] = []
    monkeypatch.setattr(claims_mod, "_resolve_once", lambda _ctx, span: resolved.append(span))
    assert claims_of("The minister wants to resign.") == ()  # no object, and "resign" is not asserted
    assert resolved == []
    assert [c.predicate for c in claims_of("The minister thanked the voters.")] == ["thank"]
    assert len(resolved) == 2


# --------------------------------------------------------------------------- negation scope


def negation_rules(text: str) -> list[tuple[str, str | None]]:
    doc = default_analyzer().processor.parse(text)
    return [(doc.tokens[c.index].text, c.rule) for c in claims_mod.negation_cues(doc.tokens)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The council did not approve the plan.", None),
        ("The clerk who was hired did not sign the form.", None),
        ("The mayor said that the council did not approve the plan.", None),
        ("Don't sell your shares before Friday.", "imperative"),
        ("Savers were told: do not sell your shares.", "imperative"),
        ("Copper is not the only metal in the alloy.", "not-only"),
        ("Fares have never been higher.", "comparative"),
        ("The plant will open in Ohio, not Texas.", "contrastive"),
        ("The outbreak is driven not by water but by food.", "contrastive"),
        ("Will the bridge reopen or not?", "or-not"),
        ("The firm hired a panel that did not include engineers.", "relative-clause"),
        ("The club chose a coach who had no experience.", "relative-clause"),
        ("The city added a wall to ensure the river does not flood the road.", "purpose-clause"),
        ("The nurse had no idea the clinic was closed.", "idiom"),
        ("The driver was fined for not paying the toll.", "gerund"),
        ("The mayor listed four reasons not to sell the park.", "infinitive"),
        ("The agency would not say whether the pills were sold.", "open-question"),
        ("The agency did not say that the pills were sold.", None),
        ("The photo of the flood is no hoax.", "double-negation"),
        ("The farmer built a fence so the goats would not escape.", "purpose-clause"),
    ],
)
def test_negation_rules(text: str, rule: str | None) -> None:
    assert [r for _, r in negation_rules(text)] == [rule]


def test_asserted_negations_keeps_only_denials() -> None:
    doc = default_analyzer().processor.parse("The plant will open in Ohio, not Texas, and it will not close.")
    [k] = claims_mod.asserted_negations(doc.tokens)
    assert doc.tokens[k].text == "not"
    assert doc.tokens[k - 1].text == "will"


def test_every_class_of_the_predicate_data_is_an_enum_member() -> None:
    from claimkit.lang.resources import rows
    from claimkit.model import PredicateClass

    assert {PredicateClass(r[1]) for r in rows("predicates.tsv")} <= set(PredicateClass)


def test_predicate_class_is_an_enum_equal_to_its_value() -> None:
    from claimkit._serialize import to_plain
    from claimkit.errors import InvalidInputError
    from claimkit.model import PredicateClass

    c = only("Freedonia is supplying weapons to the group.")
    assert c.predicate_class is PredicateClass.TRANSFER_WEAPONS
    assert c.predicate_class == "transfer-weapons"
    assert f"{c.predicate_class}" == "transfer-weapons"
    assert type(to_plain(c)["predicate_class"]) is str
    assert attrs_evolve_class(c, "contact") is PredicateClass.CONTACT
    with pytest.raises(InvalidInputError):
        attrs_evolve_class(c, "teleport")


def attrs_evolve_class(c: Claim, value: str) -> object:
    import attrs

    return attrs.evolve(c, predicate_class=value).predicate_class


@pytest.mark.parametrize(
    "text",
    [
        "The firm refused to confirm or deny reports that Acme sold the mine.",
        "The firm did not deny that Acme sold the mine.",
    ],
)
def test_a_withheld_denial_denies_nothing(text: str) -> None:
    assert all(c.polarity is Polarity.POSITIVE for c in claims_of(text) if c.predicate == "sell")


def test_a_denial_of_a_report_negates_its_content() -> None:
    [sold] = [c for c in claims_of("The firm denied reports that Acme sold the mine.") if c.predicate == "sell"]
    assert sold.polarity is Polarity.NEGATIVE


# --------------------------------------------------------------------------- paraphrase in bare texts


def test_synonyms_meet_on_one_lemma() -> None:
    from claimkit.lang.synonyms import synonym

    assert synonym("dead") == synonym("death") == synonym("die") == "die"
    assert synonym("purchase") == "buy"
    assert synonym("rain") == "rain"


def test_name_descriptors_are_the_words_before_a_name() -> None:
    doc = default_analyzer().processor.parse("Retired river pilot Dana Roe sold a boat to the city.")
    assert [doc.tokens[i].text for i in sorted(claims_mod.name_descriptors(doc.tokens))] == [
        "Retired",
        "river",
        "pilot",
    ]
    doc = default_analyzer().processor.parse("A river pilot sold a boat to Dana Roe.")
    assert claims_mod.name_descriptors(doc.tokens) == frozenset()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Retired river pilot Dana Roe was arrested.", "Dana Roe arrested? The story is a hoax."),
        ("Dana Roe is dead.", "Dana Roe dead? Another death hoax spreads."),
        ("Dana Roe was killed in the blast.", "Dana Roe is alive, her family says."),
    ],
)
def test_paraphrased_denials_contradict(a: str, b: str) -> None:
    import claimkit

    r = claimkit.compare(a, b)
    assert r is not None
    assert r.kind.value == "contradicts"


def test_a_description_of_the_name_is_not_needed_to_match(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimkit

    a, b = "Retired river boat pilot Dana Roe was arrested.", "Another hoax: Dana Roe arrested"
    assert claimkit.compare(a, b).kind.value == "contradicts"  # type: ignore[union-attr]
    monkeypatch.setattr(claims_mod, "name_descriptors", lambda tokens: frozenset())
    monkeypatch.setattr("claimkit.checking._MIN_SHARED_CUED", 99)  # rule cued-topic would still find it
    assert claimkit.compare(a, b).kind.value == "agrees"  # type: ignore[union-attr]


def test_a_denied_complement_without_that_is_negated() -> None:
    [stole] = [c for c in claims_of("Acme denied the engineers stole the chips.") if c.predicate == "steal"]
    assert stole.polarity is Polarity.NEGATIVE


def test_synonymous_predicates_meet_in_claims() -> None:
    import claimkit

    r = claimkit.compare("The rebels murdered the mayor.", "The rebels did not kill the mayor.")
    assert r is not None
    assert r.kind.value == "contradicts"
    assert "murder" in r.reasons[-1]


@pytest.mark.parametrize(
    ("a", "b", "contradicts"),
    [
        ("Two planes flew over the harbor.", "The army shot down two planes over the harbor.", False),
        ("Acme will pay the fine.", "Acme rejected demands to pay the fine.", False),
        ("Two planes flew over the harbor.", "Officials shot down claims of two planes over the harbor.", True),
    ],
)
def test_a_report_denial_needs_a_report(a: str, b: str, contradicts: bool) -> None:
    import claimkit

    r = claimkit.compare(a, b)
    assert (r is not None and r.kind.value == "contradicts") is contradicts


def test_a_negated_falsity_word_calls_nothing_false() -> None:
    import claimkit

    a = "A river pilot sold the boat."
    assert claimkit.compare(a, "The river pilot boat sale is a hoax.").kind.value == "contradicts"  # type: ignore[union-attr]
    assert claimkit.compare(a, "The river pilot boat sale is no hoax.").kind.value == "agrees"  # type: ignore[union-attr]


def test_a_negation_bears_on_what_follows_it() -> None:
    from claimkit.relations import contrast_texts

    def bare(text: str, doc_id: str) -> tuple[object, Statement]:
        doc = default_analyzer().processor.parse(text)
        return doc, Statement(id=doc_id, kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))

    a, sa = bare("The Acme bridge engineer retired.", "s1")
    b, sb = bare("The Acme bridge engineer surely is not going away.", "s2")
    c, sc = bare("The Acme bridge engineer surely did not retire.", "s3")
    assert contrast_texts(a, b, sa, sb) is None  # type: ignore[arg-type]
    assert contrast_texts(a, c, sa, sc) is not None  # type: ignore[arg-type]


# --------------------------------------------------------------------------- subjects the plain noun phrase misses


def _tokens(*pairs: tuple[str, str]) -> list[Token]:
    out, at = [], 0
    for word, tag in pairs:
        out.append(Token(start=at, end=at + len(word), text=word, tag=tag))
        at += len(word) + 1
    return out


def test_a_name_tagged_as_an_adverb_is_the_subject() -> None:
    clause = _tokens(
        ("Russia", "RB"), ("appeared", "VBD"), ("to", "TO"), ("arm", "VB"), ("the", "DT"), ("rebels", "NNS")
    )
    np, rule = claims_mod.subject_before(clause, 0)
    assert ([t.text for t in np or ()], rule) == (["Russia"], "mistagged-name")


@pytest.mark.parametrize("word", ["However", "Reportedly", "Still", "Not"])
def test_a_capitalized_adverb_is_no_subject(word: str) -> None:
    clause = _tokens((word, "RB"), ("appeared", "VBD"), ("to", "TO"), ("arm", "VB"), ("the", "DT"), ("rebels", "NNS"))
    assert claims_mod.subject_before(clause, 0) == (None, None)


@pytest.mark.parametrize("text", ["Russia appeared to arm the rebels.", "Russia seems to have armed the rebels."])
def test_subject_of_a_hedged_verb(text: str) -> None:
    c = only(text)
    assert c.subject is not None
    assert c.subject.text == "Russia"
    assert c.certainty < 1.0


@pytest.mark.parametrize(
    "text", ["Russia, according to officials, armed the rebels.", "Russia, like Iran, armed the rebels."]
)
def test_subject_before_a_parenthetical(text: str) -> None:
    c = only(text)
    assert c.subject is not None
    assert c.subject.text == "Russia"
    doc = default_analyzer().processor.parse(text)
    comma = max(i for i, t in enumerate(doc.tokens) if t.text == ",")
    assert claims_mod.subject_before(list(doc.tokens), comma)[1] == "before-parenthetical"


def test_a_parenthetical_with_a_finite_verb_is_not_stepped_over() -> None:
    clause = _tokens(("Russia", "NNP"), (",", ","), ("which", "WDT"), ("denies", "VBZ"), ("it", "PRP"), (",", ","))
    assert claims_mod.subject_before(clause, 5) == (None, None)


def test_an_interrupted_quote_is_one_clause() -> None:
    text = '"Russia," the minister said, "is arming the rebels."'
    doc = default_analyzer().processor.parse(text)
    first, second = Span.from_text(text, 0, 9), Span.from_text(text, 29, len(text))
    statement = Statement(
        id="s1",
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, 0, len(text)),
        content_parts=(first, second),
        speaker_span=Span.from_text(text, 10, 22),
    )
    [c] = extract_claims(doc, [statement], ActorTable())
    assert c.subject is not None
    assert c.subject.text == "Russia"


def test_an_interrupted_quote_with_its_own_verb_keeps_its_parts() -> None:
    text = '"We will," he said, "arm the rebels."'
    doc = default_analyzer().processor.parse(text)
    statement = Statement(
        id="s1",
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, 0, len(text)),
        content_parts=(Span.from_text(text, 0, 10), Span.from_text(text, 20, len(text))),
        speaker=Actor(id="he", name="Ann Roe", kind=ActorKind.PERSON),
        speaker_span=Span.from_text(text, 11, 13),
    )
    [c] = extract_claims(doc, [statement], ActorTable())
    assert c.subject is not None
    assert c.subject.text == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("The army killed up to 80 people.", "up to 80 people"),
        ("The army killed as many as 80 people.", "as many as 80 people"),
        ("Prices went up 5 percent.", "5 percent"),
    ],
)
def test_a_quantity_object_keeps_its_approximator(text: str, obj: str) -> None:
    [c] = claims_of(text)
    assert c.object is not None
    assert c.object.text == obj


def test_a_plural_group_in_the_same_sentence_is_not_what_a_description_refers_to() -> None:
    text = "Dutch officials armed the rebels."
    doc = default_analyzer().processor.parse(text)
    statement = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
    [c] = extract_claims(doc, [statement], find_actors(doc))
    assert c.subject is not None
    assert c.subject.actor_id == "dutch-officials"
    assert c.recipient is not None
    assert c.recipient.actor_id != "dutch-officials"


# --------------------------------------------------------------------------- a report called false


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Reports that Russia armed the rebels are false.", Polarity.NEGATIVE),
        ("The rumor that Russia armed the rebels is not true.", Polarity.NEGATIVE),
        ("Reports that Russia armed the rebels are probably fake.", Polarity.NEGATIVE),
        ("The report that Russia armed the rebels is not a hoax.", Polarity.POSITIVE),
        ("Reports that Russia armed the rebels were confirmed.", Polarity.POSITIVE),
        ("Russia armed the rebels, and the reports are false.", Polarity.POSITIVE),
    ],
)
def test_what_a_report_called_false_says_is_negated(text: str, polarity: Polarity) -> None:
    [c] = [c for c in claims_of(text) if c.predicate == "arm"]
    assert c.polarity is polarity


def test_report_called_false_names_the_report_content() -> None:
    doc = default_analyzer().processor.parse("The story of a woman buying a plane is a hoax.")
    assert [doc.tokens[i].text for i in claims_mod.report_called_false(list(doc.tokens))] == [
        "of",
        "a",
        "woman",
        "buying",
        "a",
        "plane",
    ]
    doc = default_analyzer().processor.parse("The plane is a hoax.")
    assert claims_mod.report_called_false(list(doc.tokens)) == range(0)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("It was not Russia that armed the rebels.", Polarity.NEGATIVE),
        ("It wasn't the army who armed the rebels.", Polarity.NEGATIVE),
        ("It was Russia that armed the rebels.", Polarity.POSITIVE),
        # a "not" before another verb is no cleft ("did not say it armed" makes no claim: rule negated-cue)
        ("Russia did not hide that it armed the rebels.", Polarity.POSITIVE),
    ],
)
def test_a_cleft_denies_its_subject(text: str, polarity: Polarity) -> None:
    [c] = [c for c in claims_of(text) if c.predicate == "arm"]
    assert c.polarity is polarity


def test_a_negated_copula_before_a_bare_noun_phrase_is_no_cleft() -> None:
    tokens = list(default_analyzer().processor.parse("It was not Russia.").tokens)
    assert not claims_mod.cleft_negated(tokens, 3, 4)
    tokens = list(default_analyzer().processor.parse("It was not Russia that armed them.").tokens)
    assert claims_mod.cleft_negated(tokens, 3, 4)


def test_claims_are_the_same_when_the_stage_remembers_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The phrase and clause memos are bounded (``_MEMO_BOUND``): forgetting them changes no claim."""
    text = (
        "Ann Roe said the Velmar council told her that it would close the old mill in 2031. "
        "Bo Lind said she was wrong and that the council had not decided. "
        "“It will not close the mill,” the council said in 2030, adding that Roe had misread its plans."
    )
    analyzer = default_analyzer()
    remembered = analyzer.analyze(text, published="2030-05-04")
    monkeypatch.setattr(claims_mod, "_MEMO_BOUND", 0)
    forgotten = analyzer.analyze(text, published="2030-05-04")
    assert len(remembered.claims) >= 3
    assert forgotten.claims == remembered.claims
    assert forgotten.relations == remembered.relations
