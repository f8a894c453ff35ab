"""Quantities: figures and ranks in statements, numeric contradictions, revisions, changed accounts."""

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.model import Approximation, Polarity, QuantityKind, RelationKind, Span, Stance, Statement, StatementKind
from claimkit.quantities import Source, extract_quantities, merge_relations, quantity_relations
from claimkit.text import TextProcessor


@pytest.fixture(scope="module")
def processor():
    return TextProcessor.from_lexicons()


def quantities(processor, text, **kw):
    doc = processor.parse(text)
    s = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)), **kw)
    return extract_quantities(doc, [s])


def one(processor, text, **kw):
    [q] = quantities(processor, text, **kw)
    return q


# --------------------------------------------------------------------------- extraction


def test_intransitive_count(processor):
    q = one(processor, "143 people died in the storm.")
    assert (q.value, q.unit, q.concept, q.approximation) == (143.0, "people", "deaths", Approximation.EXACT)
    assert q.kind is QuantityKind.COUNT
    assert q.span.text == "143 people"
    assert q.number.text == "143"
    assert one(processor, "140 people died in the storm.").approximation is Approximation.ROUNDED


def test_passive_count_without_noun(processor):
    q = one(processor, "80 were killed in the attack.")
    assert (q.value, q.unit, q.concept) == (80.0, "", "deaths")


def test_nominal_count(processor):
    q = one(processor, "Officials gave a death toll of 12.")
    assert (q.value, q.concept) == (12.0, "deaths")


def test_transitive_count_and_up_to(processor):
    q = one(processor, "The firm obtained data from as many as 64 million users.")
    assert q.value == 64_000_000
    assert q.approximation is Approximation.UP_TO
    assert q.unit == "users"
    assert q.span.text == "as many as 64 million users"


def test_no_more_than_is_a_bound_not_a_negation(processor):
    q = one(processor, "No more than 20 million people were affected.")
    assert q.approximation is Approximation.AT_MOST
    assert q.polarity is Polarity.POSITIVE
    assert q.low == 0.0
    assert 20_000_000 <= q.high <= 21_000_000


def test_about_widens(processor):
    q = one(processor, "About 50 million users were affected.")
    assert q.approximation is Approximation.ABOUT
    assert q.low < 49_800_000 < q.high


def test_round_figure_is_rounded(processor):
    q = one(processor, "They counted 420,000 riders.")
    assert q.approximation is Approximation.ROUNDED
    assert q.low <= 419_000
    assert q.high >= 421_000


def test_at_least_is_unbounded(processor):
    q = one(processor, "At least 20 people were wounded.")
    assert (q.approximation, q.low, q.high, q.concept) == (Approximation.AT_LEAST, 20.0, None, "injuries")


def test_spelled_and_decimal_numbers(processor):
    assert one(processor, "Twelve people died.").value == 12
    assert one(processor, "About 1.5 million viewers watched.").value == 1_500_000


def test_vague_count(processor):
    q = one(processor, "Tens of thousands of protesters marched.")
    assert (q.low, q.high, q.unit) == (20_000, 99_999, "protesters")


def test_negated_count(processor):
    assert one(processor, "100 people did not die.").polarity is Polarity.NEGATIVE


def test_denial_turns_polarity(processor):
    assert one(processor, "140 people died.", stance=Stance.DENY).polarity is Polarity.NEGATIVE


def test_years_durations_and_multipliers_are_no_counts(processor):
    assert quantities(processor, "In 2019, the plant closed.") == ()
    assert quantities(processor, "It lasted 36 years.") == ()
    assert quantities(processor, "The march drew three times more people.") == ()


def test_rank_with_window(processor):
    [q] = quantities(processor, "Ratings were the second biggest in 25 years.")
    assert (q.kind, q.value, q.concept) == (QuantityKind.RANK, 2.0, "audience")
    assert q.period is not None
    assert q.period.timex == "P25Y"


def test_rank_all_time_and_hyphenated(processor):
    [q] = quantities(processor, "It was the largest audience ever.")
    assert (q.value, q.period) == (1.0, None)
    [q] = quantities(processor, "It drew the third-largest viewership.")
    assert q.value == 3.0


def test_superlative_without_a_measured_concept_is_no_rank(processor):
    assert quantities(processor, "It is the largest city in the region.") == ()


def test_as_of_time_from_the_clause():
    a = claimkit.analyze("Officials said 12 people had died as of Monday.", published="2021-05-07")
    [q] = a.quantities
    assert q.time is not None
    assert q.time.timex == "2021-05-03"


def test_a_date_modifying_a_noun_is_no_as_of_time():
    a = claimkit.analyze("Officials said 12 people who worked on the 2016 election had died.", published="2021-05-07")
    [q] = a.quantities
    assert q.time is None


def test_offsets_hold():
    text = 'Officials said "as many as 80 people were killed" in the blast.'
    a = claimkit.analyze(text, published="2020-01-01")
    for q in a.quantities:
        for span in (q.span, q.number, q.context):
            assert text[span.start : span.end] == span.text


# --------------------------------------------------------------------------- relations


def kind(a, b):
    r = claimkit.compare(a, b)
    return r.kind if r is not None else None


def test_numeric_contradiction_with_reason():
    r = claimkit.compare("12 people died in the fire.", "140 people died in the fire.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS
    assert "12 people / 140 people" in r.reasons[-1]


def test_rounding_and_about_agree():
    assert kind("About 50 million users were affected.", "49.8 million users were affected.") is RelationKind.AGREES
    assert kind("31 million viewers watched.", "30.6 million viewers watched.") is RelationKind.AGREES


def test_bounds():
    assert kind("As many as 64 million users were affected.", "No more than 20 million users were affected.") is (
        RelationKind.CONTRADICTS
    )
    assert kind("At least 20 soldiers died.", "25 soldiers died.") is RelationKind.AGREES
    assert kind("At least 20 soldiers died.", "Five soldiers died.") is RelationKind.CONTRADICTS


def test_different_concepts_do_not_relate():
    assert kind("12 people died in the fire.", "140 people were injured in the fire.") is None


def test_different_counted_nouns_do_not_relate():
    assert kind("12 children died in the fire.", "140 people died in the fire.") is None


def test_different_dates_do_not_relate():
    assert kind("In 2019, 12 people died in floods.", "In 2020, 140 people died in floods.") is None


def test_denied_figure_contradicts_the_figure():
    assert kind("100 people did not die in the fire.", "100 people died in the fire.") is RelationKind.CONTRADICTS


def test_denying_up_to_says_fewer(processor):
    """Denying "up to 64 million" leaves "no more than 20 million" standing."""
    texts = [
        "The firm did not take data on up to 64 million users.",
        "The firm took data on no more than 20 million users.",
    ]
    sources = []
    for n, text in enumerate(texts):
        doc = processor.parse(text)
        s = Statement(id=f"s{n}", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
        sources.append(Source(statements=(s,), quantities=extract_quantities(doc, [s]), text=text))
    assert quantity_relations(sources, one_topic=True) == ()
    sources[1] = attrs_evolve_text(processor, "The firm took data on as many as 64 million users.")
    [r] = quantity_relations(sources, one_topic=True)
    assert r.kind is RelationKind.CONTRADICTS


def attrs_evolve_text(processor, text):
    doc = processor.parse(text)
    s = Statement(id="s9", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
    return Source(statements=(s,), quantities=extract_quantities(doc, [s]), text=text)


def test_ranks_in_windows():
    assert kind("It was the largest audience ever.", "It was the second biggest audience in history.") is (
        RelationKind.CONTRADICTS
    )
    # second in a shorter window is compatible with third overall
    a = claimkit.analyze("Pollsters said the Gala drew the third-largest audience.", published="2017-01-23", doc_id="a")
    b = claimkit.analyze(
        "Pollsters said Gala ratings were the second biggest in 25 years.", published="2017-01-23", doc_id="b"
    )
    assert not [r for r in claimkit.find_relations([a, b]) if r.kind is RelationKind.CONTRADICTS]
    c = claimkit.analyze("Hosts said the Gala drew the largest audience ever.", published="2017-01-23", doc_id="c")
    assert [r for r in claimkit.find_relations([b, c]) if r.kind is RelationKind.CONTRADICTS]


def test_revised_figure_is_changed_not_contradiction():
    a = claimkit.analyze(
        "The ministry initially said 12 people had died. On Friday the ministry said 140 people had died.",
        published="2021-05-07",
    )
    [r] = a.relations
    assert r.kind is RelationKind.CHANGED
    assert r.reasons[0].startswith("revised")


def test_different_sources_contradict():
    a = claimkit.analyze(
        "Police said 12 people died in the fire. A hospital spokesman said 140 people died in the fire.",
        published="2021-05-07",
    )
    [r] = a.relations
    assert r.kind is RelationKind.CONTRADICTS


def test_same_source_in_later_article_is_changed():
    a = claimkit.analyze("The ministry said 12 people died in the Harbor fire.", published="2021-05-03", doc_id="a")
    b = claimkit.analyze("The ministry said 140 people died in the Harbor fire.", published="2021-05-07", doc_id="b")
    [r] = [r for r in claimkit.find_relations([a, b]) if r.kind is not RelationKind.AGREES]
    assert r.kind is RelationKind.CHANGED
    assert "first gave “12 people”" in r.reasons[0]


def test_other_articles_need_a_shared_topic():
    a = claimkit.analyze("Police said 12 people died in the Harbor fire.", published="2021-05-03", doc_id="a")
    b = claimkit.analyze("Police said 140 people died in the Valley floods.", published="2021-05-07", doc_id="b")
    assert not claimkit.find_relations([a, b])


def test_changed_account_from_claims():
    """A contradiction found from claims, by one speaker at two times, is a changed account."""
    text = "a"
    s1 = Statement(id="s1", kind=StatementKind.INDIRECT, content=Span.from_text(text, 0, 1))
    s2 = Statement(id="s2", kind=StatementKind.INDIRECT, content=Span.from_text(text, 0, 1))
    speaker = claimkit.Actor(id="acme", name="Acme")
    s1 = Statement(id="s1", kind=StatementKind.INDIRECT, content=Span.from_text(text, 0, 1), speaker=speaker)
    s2 = Statement(id="s2", kind=StatementKind.INDIRECT, content=Span.from_text(text, 0, 1), speaker=speaker)
    r = claimkit.Relation(kind=RelationKind.CONTRADICTS, a=s1, b=s2, score=0.9, reasons=("x",))
    sources = [
        Source(statements=(s1,), quantities=(), text=text, published=dt.date(2021, 1, 1)),
        Source(statements=(s2,), quantities=(), text=text, published=dt.date(2021, 2, 1)),
    ]
    [out] = merge_relations([r], sources)
    assert out.kind is RelationKind.CHANGED
    assert out.reasons[0].startswith("changed account: Acme first said")
    other = claimkit.Actor(id="bolt", name="Bolt")
    s3 = Statement(id="s2", kind=StatementKind.INDIRECT, content=Span.from_text(text, 0, 1), speaker=other)
    r = claimkit.Relation(kind=RelationKind.CONTRADICTS, a=s1, b=s3, score=0.9)
    sources[1] = Source(statements=(s3,), quantities=(), text=text, published=dt.date(2021, 2, 1))
    assert merge_relations([r], sources)[0].kind is RelationKind.CONTRADICTS


def test_nothing_relates_to_nothing():
    assert quantity_relations([]) == ()


# --------------------------------------------------------------------------- properties


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=140), st.sampled_from([3, 5, 10]))
def test_changing_a_number_beyond_rounding_contradicts(n, factor):
    assert kind(f"{n} people died in the fire.", f"{n * factor} people died in the fire.") is RelationKind.CONTRADICTS


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1000, max_value=99_000_000))
def test_rounding_a_number_does_not_contradict(n):
    rounded = int(float(f"{n:.2g}"))
    assert kind(f"About {rounded:,} people died in the war.", f"{n:,} people died in the war.") is not (
        RelationKind.CONTRADICTS
    )


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=900), st.integers(min_value=2, max_value=900))
def test_statement_order_changes_nothing(x, y):
    one_way = kind(f"{x} people died in the fire.", f"{y} people died in the fire.")
    other_way = kind(f"{y} people died in the fire.", f"{x} people died in the fire.")
    assert one_way is other_way


@pytest.mark.filterwarnings("ignore::claimkit.ClaimkitWarning")
@settings(max_examples=30, deadline=None)
@given(st.text(max_size=80))
def test_any_text_extracts_without_crashing(text):
    a = claimkit.analyze(text, published="2020-01-01")
    for q in a.quantities:
        assert text[q.span.start : q.span.end] == q.span.text


def test_plain_noun_counts_need_the_same_verb():
    a = claimkit.analyze(
        "The company said it would cut 1,200 jobs. Union leaders said 3,000 jobs were at risk. "
        "A spokesman said the firm would cut 2,000 jobs.",
        published="2021-05-07",
    )
    assert [(r.a.id, r.b.id) for r in a.relations if r.kind is RelationKind.CONTRADICTS] == [("s1", "s3")]


def test_figure_of_data_is_data():
    q = one(TextProcessor.from_lexicons(), "The firm obtained information from 50 million profiles.")
    assert q.concept == "data"


def test_articles_of_one_story_need_one_shared_word():
    text_a = "Ostrava Mills and Brenner Foods merged. Brenner Foods said the merger destroyed 40 million jobs."
    text_b = "Ostrava Mills and Brenner Foods merged. A union said the deal destroyed no more than 2 million jobs."
    text_c = "Kestrel Air grounded its fleet. A union said the deal destroyed no more than 2 million jobs."
    a, b, c = (
        claimkit.analyze(t, published="2021-05-07", doc_id=n)
        for n, t in zip("abc", (text_a, text_b, text_c), strict=True)
    )
    assert [r.kind for r in claimkit.find_relations([a, b])] == [RelationKind.CONTRADICTS]
    assert claimkit.find_relations([a, c]) == ()


def test_denying_another_figure_is_no_contradiction():
    """Words alike, figures apart: the denial of 64 million does not deny 50 million."""
    r = claimkit.compare(
        "The firm did not obtain data from up to 64 million users.", "The firm obtained data from 50 million users."
    )
    assert r is None or r.kind is not RelationKind.CONTRADICTS


def test_calendar_word_in_a_speaker_name_is_the_same_source():
    a = claimkit.analyze(
        "Officials first said two people were injured. On Sunday officials said 14 people were injured in the blast.",
        published="2021-05-07",
    )
    [r] = a.relations
    assert r.kind is RelationKind.CHANGED


def test_shares_and_money(processor):
    q = one(processor, "Turnout fell to 40 percent.")
    assert (q.value, q.unit, q.concept) == (40.0, "percent", "attendance")
    q = one(processor, "The deal cost $5 billion.")
    assert (q.value, q.unit, q.span.text) == (5_000_000_000.0, "$", "$5 billion")
    # a sum or a share relates only with a measured concept (a sum of what?), or through a claim whose subject
    # and verb say what it is: what the plan costs
    assert kind("Turnout was 40 percent.", "Turnout was 65 percent.") is RelationKind.CONTRADICTS
    assert kind("Spending reached $5 billion.", "Revenue reached $2 billion.") is not RelationKind.CONTRADICTS
    assert kind("The plan will cost $5 billion.", "The plan will cost $2 billion.") is RelationKind.CONTRADICTS


def test_figures_orders_of_magnitude_apart_count_different_things():
    assert kind("Almost 14 million votes were cast.", "18 votes were cast.") is not RelationKind.CONTRADICTS


def test_a_higher_toll_on_a_later_day_is_an_update():
    a = claimkit.analyze("Police said 12 people died in the Harbor fire.", published="2021-05-03", doc_id="a")
    b = claimkit.analyze("Doctors said 45 people died in the Harbor fire.", published="2021-05-06", doc_id="b")
    assert not [r for r in claimkit.find_relations([a, b]) if r.kind is not RelationKind.AGREES]
    c = claimkit.analyze("Doctors said 5 people died in the Harbor fire.", published="2021-05-06", doc_id="c")
    assert [r.kind for r in claimkit.find_relations([a, c])] == [RelationKind.CONTRADICTS]


def test_a_negated_account_in_the_same_words_is_changed():
    a = claimkit.analyze(
        "The ministry initially said the minister had not resigned. On Friday the ministry said the minister resigned.",
        published="2021-05-07",
    )
    [r] = a.relations
    assert r.kind is RelationKind.CHANGED
    assert r.reasons[0].startswith("changed account: ministry first said “the minister had not resigned”")


def test_accounts_without_an_order_or_in_other_words_are_not_changed():
    a = claimkit.analyze(
        "Police said the suspect was not armed. Police said the suspect was armed.", published="2021-05-07"
    )
    assert not [r for r in a.relations if r.kind is RelationKind.CHANGED]
    b = claimkit.analyze(
        "Police first said the suspect was not armed. Police later said the suspect fled.", published="2021-05-07"
    )
    assert not [r for r in b.relations if r.kind is RelationKind.CHANGED]


def test_amounts_written_with_a_currency_sign_are_compared():
    # the sign stands for the unit, so "$2 million" is money a claim is about, like "2 million dollars"
    r = claimkit.compare("The plan costs $2 million.", "The plan costs $5 million.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS
    assert "incompatible numbers for the same quantity: $2 million / $5 million" in r.reasons
    same = claimkit.compare("The plan costs €2 million.", "The plan costs €2 million.")
    assert same is not None
    assert same.kind is RelationKind.AGREES


def test_relations_per_statement_are_bounded_whatever_gave_them():
    """Figures relate pairwise; each statement keeps at most MAX_RELATIONS_PER_STATEMENT, the strongest."""
    from claimkit.quantities import MAX_RELATIONS_PER_STATEMENT

    text = "".join(f"Ann Roe{i} said {100 + 37 * i} people died in the flood. " for i in range(40))
    a = claimkit.analyze(text, published="2023-06-15")
    per_statement = Counter(s.id for r in a.relations for s in (r.a, r.b))
    assert len(a.relations) > 100
    assert max(per_statement.values()) == MAX_RELATIONS_PER_STATEMENT


def test_bound_relations_keeps_contradictions_before_agreements():
    from claimkit.model import Relation
    from claimkit.quantities import MAX_RELATIONS_PER_STATEMENT, bound_relations

    hub = Statement(id="s0", kind=StatementKind.DIRECT, content=Span(start=0, end=0, text=""))
    others = [
        Statement(id=f"s{n}", kind=StatementKind.DIRECT, content=Span(start=n, end=n, text=""))
        for n in range(1, 2 * MAX_RELATIONS_PER_STATEMENT + 1)
    ]
    kinds = [RelationKind.AGREES, RelationKind.CONTRADICTS] * MAX_RELATIONS_PER_STATEMENT
    found = [Relation(kind=k, a=hub, b=s, score=0.9) for k, s in zip(kinds, others, strict=True)]
    kept = bound_relations(found)
    assert len(kept) == MAX_RELATIONS_PER_STATEMENT
    assert {r.kind for r in kept} == {RelationKind.CONTRADICTS}
    assert kept == [r for r in found if r in kept]  # in their order


def test_record_after_a_determiner_or_a_possessive_is_the_noun(processor):
    """'record' ranks as an adjective ("record ratings"), not as the noun after a determiner or a possessive."""
    [q] = quantities(processor, "It drew record ratings.")
    assert (q.kind, q.value) == (QuantityKind.RANK, 1.0)
    assert quantities(processor, "It drew our record ratings.") == ()
    assert quantities(processor, "They broke the record ratings.") == ()
