"""Denials aimed at reports, blame and ranks: what news writes when sources disagree (invented sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit

LEDGER = (
    "The Daily Ledger reported on Monday that hackers had planted chips in servers used by Acme. "
    "Acme denied the report. "
    '"There is no truth in the newspaper\'s story," Acme chief executive Jane Roe said.'
)


def contradictions(analysis: claimkit.Analysis) -> set[tuple[str, str]]:
    return {
        (r.a.content.text, r.b.content.text) for r in analysis.relations if r.kind is claimkit.RelationKind.CONTRADICTS
    }


def test_denial_of_the_report_with_its_proposition_contradicts():
    r = claimkit.compare(
        "Acme denied the report that hackers planted chips in its servers.", "Hackers planted chips in Acme's servers."
    )
    assert r is not None
    assert r.kind is claimkit.RelationKind.CONTRADICTS


def test_denial_of_the_report_relates_to_the_report():
    a = claimkit.analyze(LEDGER, published="2018-10-08")
    found = [r for r in a.relations if r.kind is claimkit.RelationKind.CONTRADICTS]
    assert any(r.b.content.text == "the report" for r in found)
    [r] = [r for r in found if r.b.content.text == "the report"]
    assert r.a.speaker is not None
    assert r.a.speaker.name == "Daily Ledger"
    assert r.reasons[0] == (
        "Acme denies the Daily Ledger's report that hackers had planted chips in servers used by Acme"
    )


def test_a_statement_calling_the_story_false_relates_too():
    a = claimkit.analyze(LEDGER, published="2018-10-08")
    assert any("no truth" in b for _, b in contradictions(a))


def test_denial_across_articles():
    report = claimkit.analyze("The Daily Ledger reported that hackers had planted chips in servers used by Acme.")
    denial = claimkit.analyze("Acme denied the Daily Ledger's report on Tuesday.")
    found = [r for r in claimkit.find_relations([report, denial]) if r.a.doc_id != r.b.doc_id or r.a is not r.b]
    assert any(r.kind is claimkit.RelationKind.CONTRADICTS and "denies" in r.reasons[0] for r in found)


def test_denial_of_responsibility_contradicts_the_blame():
    a = claimkit.analyze(
        "Officials in Ruritania denied any involvement in the fire. "
        'The inspector said there was "every sign" that Ruritania was responsible for the fire.'
    )
    assert contradictions(a)


@pytest.mark.parametrize(
    "text",
    [
        "The Daily Ledger reported that hackers planted chips in Acme's servers. Acme declined to comment.",
        (
            "The Daily Ledger reported that hackers planted chips in Acme's servers. Acme's lawyer said Acme had "
            "denied the report."
        ),
    ],
)
def test_no_denial_relation(text):
    # declining to comment denies nothing; reporting a denial agrees with it
    a = claimkit.analyze(text)
    assert not any("denies" in r.reasons[0] for r in a.relations)


def test_ranks_clash():
    a = claimkit.analyze(
        "The spokesman said it was the largest crowd ever to attend a parade. "
        "A city report said the parade crowd was the second biggest in history."
    )
    assert any("incompatible ranks" in r.reasons[1] for r in a.relations)


def test_a_plain_superlative_ranks_nothing():
    a = claimkit.analyze(
        "The spokesman said it was the largest crowd in the city this year. "
        "A city report said the parade crowd was the second biggest in the region."
    )
    assert not any("incompatible ranks" in r.reasons[1] for r in a.relations)


# --------------------------------------------------------------------------- metamorphic

CLAIMS = (
    ("the army shelled the village", "The army shelled the village."),
    ("hackers planted chips in the servers", "Hackers planted chips in the servers."),
    ("the council approved the plan", "The council approved the plan."),
)


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(CLAIMS), st.sampled_from(("The ministry", "Officials", "Mr Smith")))
def test_wrapping_in_a_denial_turns_agreement_into_contradiction(pair, denier):
    clause, sentence = pair
    plain = claimkit.compare(f"{clause[0].upper()}{clause[1:]}.", sentence)
    denied = claimkit.compare(f"{denier} denied that {clause}.", sentence)
    assert plain is not None
    assert plain.kind is claimkit.RelationKind.AGREES
    assert denied is not None
    assert denied.kind is claimkit.RelationKind.CONTRADICTS


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(("Daily Ledger", "Evening Courier", "Harbour Times")))
def test_the_report_by_its_named_source_still_relates(paper):
    spelled = claimkit.analyze(
        f"The {paper} reported that hackers had planted chips in servers used by Acme. "
        "Acme denied that hackers had planted chips in its servers."
    )
    referred = claimkit.analyze(
        f"The {paper} reported that hackers had planted chips in servers used by Acme. "
        f"Acme denied the {paper}'s report."
    )
    assert contradictions(spelled)
    assert contradictions(referred)


def test_swapping_the_order_of_articles_changes_nothing():
    report = claimkit.analyze("The Daily Ledger reported that hackers had planted chips in servers used by Acme.")
    denial = claimkit.analyze("Acme denied the Daily Ledger's report.")

    def pairs(rs):
        return {(frozenset((r.a.content.text, r.b.content.text)), r.kind) for r in rs}

    assert pairs(claimkit.find_relations([report, denial])) == pairs(claimkit.find_relations([denial, report]))


def test_html_view_shows_the_denial_with_what_it_denies():
    a = claimkit.analyze(LEDGER, published="2018-10-08")
    page = claimkit.render_html(a)
    assert "ck-denial" in page
    assert "denies</div>" in page


def test_denial_parts_orders_the_denial_first():
    from claimkit.relations import denial_parts

    a = claimkit.analyze(LEDGER, published="2018-10-08")
    parts = [denial_parts(r) for r in a.relations]
    found = [p for p in parts if p is not None]
    assert found
    assert all(denied.speaker is not None and denied.speaker.name == "Daily Ledger" for _, denied in found)


def test_find_relations_threshold():
    a = claimkit.analyze(LEDGER, published="2018-10-08")
    everything = claimkit.find_relations([a], threshold=0.0)
    assert everything
    assert claimkit.find_relations([a], threshold=1.0) == tuple(r for r in everything if r.score >= 1.0)
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.find_relations([a], threshold=2.0)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Daily Ledger reported that hackers had planted chips in servers used by Acme.",
            "Acme denied that hackers had planted chips in its servers.",
        ),
        (
            "The spokesman said it was the largest crowd ever to attend a parade.",
            "A city report said the parade crowd was the second biggest in history.",
        ),
    ],
)
def test_swapping_two_statements_changes_nothing(first, second):
    def pairs(text):
        a = claimkit.analyze(text)
        return {(frozenset((r.a.content.text, r.b.content.text)), r.kind) for r in a.relations}

    assert pairs(f"{first} {second}") == pairs(f"{second} {first}")
    assert pairs(f"{first} {second}")


# --------------------------------------------------------------------------- named rules


def test_rule_report_carrier_relates_the_speaker_citing_a_story():
    a = claimkit.analyze(
        "Mayor Ann Lane said the parade drew the largest crowd ever. "
        "Councillor Tom Cole referenced a story saying the parade crowd was the second biggest in history."
    )
    related = {b for _, b in contradictions(a)}
    assert "a story saying the parade crowd was the second biggest in history" in related
    assert {q.statement_id for q in a.quantities if q.kind is claimkit.QuantityKind.RANK} >= {"s2", "s3"}


def test_rule_knowledge_clash_not_verified_against_certain():
    a = claimkit.analyze(
        "The agency's engineers have not verified that the crack came from the weld, the agency said on Monday. "
        "The minister said the agency's engineers were certain that the crack came from the weld."
    )
    [r] = [r for r in a.relations if "knowledge-clash" in r.reasons[1]]
    assert r.kind is claimkit.RelationKind.CONTRADICTS
    assert "not verified" in r.reasons[0]
    assert "certain" in r.reasons[0]


def test_rule_knowledge_clash_open_question():
    a = claimkit.analyze(
        "The agency's engineers have not identified the cause of the crack, the agency said on Monday. "
        "The minister said the agency's engineers were adamant that the weld had failed."
    )
    assert any("knowledge-clash" in r.reasons[1] and "open question" in r.reasons[1] for r in a.relations)


@pytest.mark.parametrize(
    "second",
    [
        "The minister said the mayor was certain that the crack came from the weld.",  # someone else is sure
        "The minister said the agency's engineers were not sure that the crack came from the weld.",
        "The minister said the agency's engineers were certain that the budget was too small.",  # of something else
    ],
)
def test_rule_knowledge_clash_needs_the_same_holder_sure_of_the_same_thing(second):
    a = claimkit.analyze(
        "The agency's engineers have not verified that the crack came from the weld, the agency said on Monday. "
        + second
    )
    assert not any("knowledge-clash" in r.reasons[1] for r in a.relations)


@pytest.mark.parametrize(("accused", "related"), [("Ruritanian", True), ("Freedonian", False)])
def test_rule_named_accused(accused, related):
    blame = claimkit.analyze("The inspector said Ruritania was involved in the fire.")
    denial = claimkit.analyze(
        f"President Olaf Brand dismissed the claims of {accused} involvement in the harbour blaze, "
        "repeated by newspapers all week, as nonsense."
    )
    found = [r for r in claimkit.find_relations([blame, denial]) if "named-accused" in " ".join(r.reasons)]
    assert bool(found) is related


def test_rule_retraction_is_a_changed_account_of_the_same_source():
    a = claimkit.analyze(
        "The Daily Ledger reported on Monday that the mayor had taken bribes from a builder. "
        "On Friday the Ledger retracted the report."
    )
    retraction = next(s for s in a.statements if s.stance is claimkit.Stance.RETRACT)
    assert retraction.content.text == "the report"
    [r] = [r for r in a.relations if r.b is retraction or r.a is retraction]
    assert r.kind is claimkit.RelationKind.CHANGED
    assert r.reasons[0].startswith("changed account: Daily Ledger first said")
    assert "rule retraction" in r.reasons[1]


def test_rule_retraction_across_articles_and_not_of_another_source():
    report = claimkit.analyze("The Daily Ledger reported on Monday that the mayor had taken bribes from a builder.")
    retracted = claimkit.analyze("The Daily Ledger retracted its report that the mayor had taken bribes.")
    other = claimkit.analyze("The Evening Courier retracted its report that the mayor had taken bribes.")
    assert [r.kind for r in claimkit.find_relations([report, retracted])] == [claimkit.RelationKind.CHANGED]
    assert not any("retraction" in " ".join(r.reasons) for r in claimkit.find_relations([report, other]))


def test_a_retraction_makes_no_claim_and_disputes_a_checked_claim():
    a = claimkit.analyze("The Daily Ledger retracted its report that the mayor had taken bribes.")
    assert not a.claims
    [result] = claimkit.check("The mayor took bribes.", [a])
    assert result.verdict is claimkit.Verdict.DISPUTES


def test_rule_innermost_target_relates_a_denial_once_to_nested_statements():
    a = claimkit.analyze(
        "Councillor Ann Lane said the bridge was closed. The inspectors' report contradicts what the mayor said "
        "on Friday, when she told reporters that “the bridge was safe for every car and every truck.”"
    )
    denied = [r for r in a.relations if r.reasons[1].startswith("a denial aimed at it")]
    assert len(denied) == 1
    assert denied[0].b.content.text == "that “the bridge was safe for every car and every truck.”"
    assert "rule innermost-target" in denied[0].reasons[1]


def test_rule_noun_cue_verdict_is_the_writers_not_a_denial_by_the_claimant():
    a = claimkit.analyze(
        "Engineers said on Monday that the mayor had opened the bridge to every truck. "
        "The mayor's claim that the bridge was safe for every truck has been shown to be false."
    )
    assert not any("denies" in r.reasons[0] for r in a.relations)


def _rules(analysis: claimkit.Analysis) -> list[str]:
    return [" ".join(r.reasons) for r in analysis.relations if r.kind is not claimkit.RelationKind.AGREES]


def test_rule_refusal_to_accept_denies_the_report():
    a = claimkit.analyze(
        "The agency reported that the city's bridge was unsafe. The city refused to accept the report."
    )
    assert any("rule denial-target" in why for why in _rules(a))


def test_rule_refusal_to_accept_not_a_refusal_to_comment():
    a = claimkit.analyze(
        "The agency reported that the city's bridge was unsafe. The city declined to comment on the report."
    )
    assert not _rules(a)


def test_rule_figure_reference_targets_the_statement_giving_figures():
    a = claimkit.analyze(
        "The union said 4,000 workers joined the strike. "
        "Officials said the talks would resume on Monday. "
        "The company rejected those figures."
    )
    denied = [r for r in a.relations if "rule figure-reference" in r.reasons[1]]
    assert [r.a.content.text for r in denied] == ["4,000 workers joined the strike"]


def test_rule_cited_contrast_relates_to_what_the_named_source_said():
    a = claimkit.analyze(
        "The mayor reported that 300 people attended the festival in the park. "
        '"Attendance at the festival in the park was more than double what the mayor reported," the organizer said.'
    )
    [r] = [r for r in a.relations if "rule cited-contrast" in r.reasons[1]]
    assert r.kind is claimkit.RelationKind.CONTRADICTS
    assert r.a.speaker is not None
    assert r.a.speaker.name == "mayor"


@pytest.mark.parametrize(
    "second",
    [
        '"Attendance at the festival in the park matched what the mayor reported," the organizer said.',
        '"Attendance at the festival in the park was more than double what we expected," the organizer said.',
    ],
)
def test_rule_cited_contrast_needs_a_contrast_word_and_a_named_source(second):
    a = claimkit.analyze("The mayor reported that 300 people attended the festival in the park. " + second)
    assert not any("cited-contrast" in why for why in _rules(a))


def test_rule_accusation_answer_relates_the_accused_clearing_itself():
    a = claimkit.analyze(
        'The inspector accused Ruritania of hiding the fuel. "Ruritania does not have any fuel," the minister said.'
    )
    assert any("rule accusation-answer" in why for why in _rules(a))


def test_rule_accusation_answer_not_the_accusers_own_words():
    a = claimkit.analyze(
        "The inspector accused Ruritania of hiding the fuel. The inspector said Ruritania did not report the fuel."
    )
    assert not any("accusation-answer" in why for why in _rules(a))


def test_rule_knowledge_clash_no_doubt_is_the_speakers_own():
    a = claimkit.analyze(
        "The agency's engineers have not identified the cause of the crack, the agency said on Monday. "
        '"There is no doubt," the agency said on Friday.'
    )
    assert any("knowledge-clash" in why for why in _rules(a))


def test_rule_accusation_answer_relates_a_denial_naming_the_accused():
    a = claimkit.analyze(
        "The inspector accused Ruritania of hiding the fuel. "
        "The minister said it was nonsense that Ruritania would hide anything."
    )
    assert any("rule accusation-answer" in why for why in _rules(a))


def test_a_negated_falsity_word_denies_nothing():
    # "not a hoax" affirms: the two speakers agree, so no denial relation between them
    a = claimkit.analyze("Jo Li said the plan is not a hoax.", doc_id="a")
    b = claimkit.analyze("Tom Ek said the plan was real.", doc_id="b")
    assert not [r for r in claimkit.find_relations([a, b]) if r.kind is claimkit.RelationKind.CONTRADICTS]


@pytest.mark.parametrize("text", ["Jo Li said the plan is a hoax.", "Jo Li said the plan is not true."])
def test_a_falsity_word_still_denies(text: str):
    a = claimkit.analyze(text, doc_id="a")
    b = claimkit.analyze("Tom Ek said the plan was real.", doc_id="b")
    assert [r for r in claimkit.find_relations([a, b]) if r.kind is claimkit.RelationKind.CONTRADICTS]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("is not a hoax", True),
        ("was no fake", True),
        ("not a real hoax", True),  # up to three words between
        ("never said it was a hoax", False),  # four words away: the negation is another verb's
        ("not that it was a hoax", False),  # a clause word stops the negation's reach
        ("is a hoax", False),
    ],
)
def test_negated_falsity_rule(words: str, expected: bool):
    from claimkit import relations

    w = words.split()
    assert relations._negated_falsity(w, len(w) - 1, relations._denial_lex()) is expected
