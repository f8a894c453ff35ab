"""Relations: what a careful reader expects of small invented articles (issue 14, mutation testing).

Each test names the rule or behaviour it pins. They were written against mutants of
``claimkit.relations`` that the other tests let through, but they state only what the
public result must be (kind, which statements, the reason that names the rule), so the
module can be rewritten freely. Word stems inside reasons are not pinned.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import claimkit
from claimkit import Analysis, Relation, RelationKind
from claimkit.model import Span, Statement, StatementKind
from claimkit.relations import _denial_lex, _disjoint, _roots, denial_parts


def _analyze(text: str, doc_id: str = "d") -> Analysis:
    return claimkit.analyze(text, published="2024-03-13", doc_id=doc_id)


def _relations(text: str) -> tuple[Relation, ...]:
    return _analyze(text).relations


def _one(text: str) -> Relation:
    (r,) = _relations(text)
    return r


def _ids(r: Relation) -> tuple[str, str, str]:
    return r.kind.value, r.a.id, r.b.id


def test_antonym_predicates_contradict() -> None:
    """ "won" / "lost" for the same parties: opposite predicates (the antonym table)."""
    r = _one("Ann Lee said the minister won the vote. Tom Ek said the minister lost the vote.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith("opposite predicates or attributes for the same parties:")


def test_exclusive_attributes_contradict() -> None:
    """ "false" / "true" of one report: attributes that exclude each other."""
    r = _one("Ann Lee said the report is false. Tom Ek said the report is true.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith("opposite predicates or attributes for the same parties:")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the report is false. Tom Ek said the report is true.",
        "Ann Lee said the minister may have won the vote. Tom Ek said the minister lost the vote.",
        "Ann Lee said the bridge may be safe. Tom Ek said the bridge is not safe.",
        "Ann Lee said 300 people died in the fire. Tom Ek said 500 people died in the fire.",
        "The Morning Post reported that the mayor took bribes from a builder. The mayor denied the report.",
        "The mayor denied responsibility for the fire. Tom Ek said the mayor was responsible for the fire.",
    ],
)
def test_every_score_is_between_zero_and_one(text: str) -> None:
    relations = _relations(text)
    assert relations
    assert all(0.0 < r.score <= 1.0 for r in relations), [(r.kind, r.score) for r in relations]


def test_a_denial_aimed_at_a_report_names_the_report_and_its_source() -> None:
    """Rule ``denial-target``: "X denied the report" contradicts the latest report about X."""
    r = _one("The Morning Post reported that the mayor took bribes from a builder. The mayor denied the report.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[0] == "mayor denies the Morning Post's report that the mayor took bribes from a builder"
    assert "about the denier" in r.reasons[1]
    assert r.reasons[1].endswith("rule denial-target")


def test_a_refusal_to_accept_a_report_is_a_denial() -> None:
    """Rule ``refusal-to-accept``: "refused to accept the report" denies it; "refused to comment" does not."""
    report = "The Morning Post reported that the mayor took bribes from a builder. "
    r = _one(report + "The mayor refused to accept the report.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[0].startswith("mayor denies the Morning Post's report")
    assert _relations(report + "The mayor refused to comment.") == ()


def test_a_denial_of_figures_targets_the_statement_that_gives_a_figure() -> None:
    """Rule ``figure-reference``: "those figures" skips a statement without a number."""
    r = _one(
        "The union said 4,000 workers joined the strike. Officials said the talks would resume on Monday. "
        "The company rejected those figures."
    )
    assert _ids(r) == ("contradicts", "s1", "s3")
    assert r.reasons[0] == "company rejects the union's figure that 4,000 workers joined the strike"
    assert "(rule figure-reference)" in r.reasons[1]


def test_a_figure_reference_needs_a_figure() -> None:
    assert _relations("The union said many workers joined the strike. The company rejected those figures.") == ()


def test_a_denial_of_blame_meets_the_statement_that_blames_the_denier() -> None:
    """ "X denied responsibility for the fire" against "X was responsible for the fire" (blame nouns)."""
    r = _one("The mayor denied responsibility for the fire. Tom Ek said the mayor was responsible for the fire.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[0] == "mayor denies Tom Ek's claim that the mayor was responsible for the fire"
    assert "it blames the denier" in r.reasons[1]
    assert re.search(r"shared words: \w+(, \w+)+;", r.reasons[1])


def test_a_cited_contrast_relates_to_the_named_source_on_the_same_topic() -> None:
    """Rule ``cited-contrast``: "despite what the mayor said" against the mayor's statement on the topic."""
    r = _one(
        "The mayor said that 300 people attended the fair at the harbour. "
        "Despite what the mayor said, attendance at the fair at the harbour was low, the organizer said."
    )
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert re.fullmatch(
        r"rule cited-contrast: it names mayor after a contrast word; shared words: \w+, \w+", r.reasons[1]
    )


def test_a_cited_contrast_on_another_topic_relates_to_nothing() -> None:
    text = (
        "The mayor said that 300 people attended the fair. "
        "Contrary to the mayor's claims, the weather was fine, the organizer said."
    )
    assert _relations(text) == ()


def test_an_accusation_answered_by_a_statement_about_the_accused() -> None:
    """Rule ``accusation-answer``: "X accused Y of ..." against "Y does not have ..."."""
    r = _one('The auditor accused Norland of hiding the gold. "Norland does not have any gold," the minister said.')
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert re.fullmatch(r"rule accusation-answer: the accused \(\w+\) denies it or says it did not", r.reasons[1])


def test_an_accusation_answered_in_another_article() -> None:
    accusation = _analyze("The auditor accused Norland of hiding the gold.", "a")
    answer = _analyze('"Norland does not have any gold," the minister said.', "b")
    (r,) = claimkit.find_relations([accusation, answer])
    assert r.kind is RelationKind.CONTRADICTS
    assert r.reasons[1].startswith("rule accusation-answer:")


def test_a_retraction_changes_the_speakers_latest_account() -> None:
    """Rule ``retraction``: "retracted the report" relates to the speaker's own statement before it."""
    r = _one(
        "The Daily Ledger reported on Monday that the mayor had taken bribes from a builder. "
        "On Friday the Ledger retracted the report."
    )
    assert _ids(r) == ("changed", "s1", "s2")
    assert r.reasons[1] == "rule retraction: the speaker takes back its own statement; its latest statement before it"


def test_a_retraction_about_another_topic_relates_to_nothing() -> None:
    text = (
        "The Daily Ledger reported on Monday that the mayor had taken bribes from a builder. "
        "On Friday the Ledger retracted its story about the harbour."
    )
    assert _relations(text) == ()


def test_a_retraction_names_the_words_it_shares_with_an_older_statement() -> None:
    r = _one(
        "The Daily Ledger reported on Monday that the mayor had taken bribes. The Ledger said the weather was fine. "
        "On Friday the Ledger retracted the report about the bribes."
    )
    assert _ids(r) == ("changed", "s1", "s3")
    assert r.reasons[1].startswith("rule retraction: the speaker takes back its own statement; shared words: ")


def test_not_established_against_sure_is_a_knowledge_clash() -> None:
    """Rule ``knowledge-clash``: "have not confirmed the cause" against "were sure that ... caused it"."""
    r = _one(
        "The engineers have not confirmed the cause of the leak, the agency said. "
        "The minister said the engineers were sure that the pipe caused the leak."
    )
    assert _ids(r) == ("contradicts", "s1", "s3")
    assert r.reasons[0] == "agency says “not confirmed”; minister says “sure”"
    assert r.reasons[1].startswith(
        "rule knowledge-clash: one says it is not established, the other that the same holder (engineer) is sure of it"
    )


def test_a_knowledge_clash_lists_the_shared_words() -> None:
    r = _one(
        "The agency's engineers have not verified that the leak came from the pipe, the agency said on Monday. "
        "The minister said the agency's engineers were certain that the leak came from the pipe."
    )
    assert r.reasons[0] == "agency says “not verified”; minister says “certain”"
    assert re.search(r"; shared words: \w+(, \w+)+$", r.reasons[1])


def test_a_quote_carrying_a_certainty_clashes_with_what_is_not_established() -> None:
    """Rule ``knowledge-carrier``: the minister's quote carries the inspector's "no doubt", so it clashes too."""
    rels = _relations(
        "Chief inspector Ann Roe has not identified the source of the leak, the agency said on Monday. "
        '"They are sure. I asked Ann Roe myself, and she said there is no doubt," the minister said.'
    )
    carried = [r for r in rels if r.reasons[1].startswith("rule knowledge-carrier")]
    assert [_ids(r) for r in carried] == [("contradicts", "s1", "s2")]
    assert carried[0].reasons[1] == "rule knowledge-carrier: it carries Ann Roe's “no doubt”"
    assert ("contradicts", "s1", "s3") in [_ids(r) for r in rels]  # the nested statement itself


def test_an_origin_put_with_the_denier_meets_its_denial_of_blame() -> None:
    """Rule ``origin-blame``: "the gas came from Ruritania" blames Ruritania, which denied responsibility."""
    r = _one(
        "The inspectors said the gas came from Ruritania. "
        "Ruritania denied any responsibility for the blast at the plant."
    )
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert "it blames the denier" in r.reasons[1]


@pytest.mark.parametrize(
    "text",
    [
        # a negated origin blames no one
        (
            "The inspectors said the gas did not come from Ruritania. "
            "Ruritania denied any responsibility for the blast at the plant."
        ),
        # a negated cue puts nothing forward (rule negated-cue): the nested origin is no target
        (
            "The inspectors have not verified that the gas came from Ruritania, the agency said. "
            "Ruritania denied any responsibility for the blast at the plant."
        ),
    ],
)
def test_an_origin_not_asserted_meets_no_denial_of_blame(text: str) -> None:
    assert _relations(text) == ()


def test_where_something_came_from_is_an_open_question() -> None:
    """Rule ``knowledge-clash`` with ``origin_phrases.txt``: "not verified that the gas came from the depot" leaves
    the origin unknown, an open question: the inspectors' certainty clashes with it though it names no topic."""
    r = _one(
        "The inspectors have not verified that the gas came from the depot, the agency said. "
        "The minister said the inspectors were certain."
    )
    assert _ids(r) == ("contradicts", "s1", "s3")
    assert r.reasons[1].endswith("the unknown is an open question")


def test_a_denial_of_an_act_done_by_someone_denies_their_blame() -> None:
    """Rule ``agent-accused``: "nonsense that such an act would be carried out by Ruritania" denies Ruritania's part."""
    r = _one(
        "The inspector said Ruritania was involved in the fire. "
        "President Olaf Brand said it was nonsense that such an act would be carried out by Ruritania."
    )
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert "(rule agent-accused)" in r.reasons[1]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("nonsense that such an act would be carried out by ruritania", {"ruritan"}),
        ("nonsense that it was taken by the army", {"army"}),
        ("nonsense that it was reported by ruritania", set()),  # a cue verb puts no act on its agent
        ("the charges were fabricated by former staff", set()),  # a falsity word: the story is theirs, not the act
        ("nonsense that it happened near ruritania", set()),
    ],
)
def test_the_agent_of_a_denied_act(text: str, agents: set[str]) -> None:
    from claimkit.relations import _Actors, _agents, _Words

    lex = _denial_lex()
    found = _agents(text.split(), lex, _Words(lex, _Actors()))
    assert found == agents


def test_ranks_first_of_all_time_and_second_in_history_contradict() -> None:
    """Rule ``incompatible-ranks``."""
    r = _one(
        "The spokesman said it was the largest crowd ever to attend a parade. "
        "A city report said the parade crowd was the second biggest in history."
    )
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith(
        "incompatible ranks on one scale (rule incompatible-ranks): first of all time / number 2"
    )


def test_a_speaker_who_cites_a_report_carries_its_rank() -> None:
    """Rule ``report-carrier``: "referenced a story saying it was the second biggest" ranks too."""
    found = _relations(
        "The spokesman referenced a story saying it was the second biggest crowd in history. "
        "The mayor said it was the largest crowd ever."
    )
    carried = [r for r in found if "(rule report-carrier)" in r.reasons[1]]
    assert [_ids(r) for r in carried] == [("contradicts", "s1", "s3")]
    assert {_ids(r) for r in found} == {("contradicts", "s1", "s3"), ("contradicts", "s2", "s3")}


def test_a_denial_of_nested_statements_relates_to_the_innermost() -> None:
    """Rule ``innermost-target``."""
    r = _one("Ann Lee contradicted what the minister said when he told reporters that the pipe broke.")
    assert r.kind is RelationKind.CONTRADICTS
    assert "the innermost (rule innermost-target)" in r.reasons[1]


def test_blame_named_in_a_denial_by_its_noun_and_by() -> None:
    """Rule ``named-accused``: "the claims of involvement by Norland" names whom the blame is on."""
    blame = _analyze("The inspector said Norland was involved in the fire.", "a")
    denial = _analyze(
        "President Ola Brand dismissed the claims of involvement by Norland in the harbour blaze as nonsense.", "b"
    )
    (r,) = claimkit.find_relations([blame, denial])
    assert r.kind is RelationKind.CONTRADICTS
    assert "(rule named-accused)" in r.reasons[1]


@pytest.mark.parametrize("denial_first", [False, True])
def test_denial_parts_gives_the_denial_first_whatever_the_order(*, denial_first: bool) -> None:
    report = _analyze("The Post reported that Ann Lee hid the files.", "report")
    denial = _analyze("Ann Lee denied the Post's report.", "denial")
    (r,) = claimkit.find_relations([denial, report] if denial_first else [report, denial])
    parts = denial_parts(r)
    assert parts is not None
    assert [s.content.text for s in parts] == ["the Post's report", "that Ann Lee hid the files"]


def test_figures_at_the_end_of_a_claim_are_compared() -> None:
    r = _one("Ann Lee said the toll rose to 300. Tom Ek said the toll rose to 500.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith("incompatible figures for the same quantity")


def test_different_things_supplied_are_no_contradiction() -> None:
    """Food and medicine are different things: "supplied food" and "did not supply medicine" both hold."""
    text = (
        "Ann Lee said the army supplied food to the rebels. Tom Ek said the army did not supply medicine to the rebels."
    )
    assert _relations(text) == ()


def test_most_at_the_end_of_a_statement_ranks_nothing() -> None:
    assert _relations("Ann Lee said the city suffered the most. Tom Ek said the city suffered the least.") == ()


def test_one_article_ranking_against_all_time_twice_needs_no_shared_word() -> None:
    r = _one(
        "The spokesman said it was the largest crowd in history. A city report said it was the second biggest ever."
    )
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1] == (
        "incompatible ranks on one scale (rule incompatible-ranks): first of all time / number 2; the same article"
    )


def test_a_nameless_report_ranks_as_itself() -> None:
    r = _one("A story said it was the second biggest crowd in history. The mayor said it was the largest crowd ever.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert "first of all time / number 2" in r.reasons[1]


def test_a_refusal_to_acknowledge_a_report_is_a_denial() -> None:
    r = _one("The Post reported that Ann Lee hid the files. Ann Lee refused to acknowledge the report.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[0] == "Ann Lee denies the Post's report that Ann Lee hid the files"


def test_a_flat_denial_of_the_report() -> None:
    r = _one("The Post reported that Ann Lee hid the files. Ann Lee flatly denied the report.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[0] == "Ann Lee denies the Post's report that Ann Lee hid the files"


def test_a_denial_that_names_the_accused_meets_the_report_about_them() -> None:
    r = _one(
        "The Post reported that Ann Lee hid the files. "
        "The lawyer denied that Ann Lee was responsible for hiding the files."
    )
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert "(rule named-accused)" in r.reasons[1]
    assert "shared words: " in r.reasons[1]


def test_a_denial_of_blame_meets_a_report_of_the_deed() -> None:
    r = _one("The Post reported that Ann Lee started the fire. Ann Lee denied responsibility for the fire.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert "it accuses the denier" in r.reasons[1]


def test_a_denial_of_blame_agrees_with_a_report_that_clears_the_denier() -> None:
    text = (
        "The Post reported that Ann Lee was not responsible for the fire. Ann Lee denied responsibility for the fire."
    )
    assert [r.kind for r in _relations(text)] != [RelationKind.CONTRADICTS]


@pytest.mark.parametrize(
    "text",
    [
        # the holder is the first word of the certain statement
        (
            "The engineers have not verified that the pipe caused the leak, the agency said. "
            "The minister said engineers were sure that the pipe caused the leak."
        ),
        (
            "The engineers have not verified that the pipe caused the leak, the agency said. "
            "Engineers were sure that the pipe caused the leak, the minister said."
        ),
        # the certain statement comes first
        (
            "The engineers were sure that the pipe caused the leak, the minister said. "
            "The engineers have not verified that the pipe caused the leak, the agency said."
        ),
    ],
)
def test_a_knowledge_clash_about_the_same_holder(text: str) -> None:
    (r,) = [r for r in _relations(text) if r.kind is RelationKind.CONTRADICTS]
    assert r.reasons[1].startswith(
        "rule knowledge-clash: one says it is not established, the other that the same holder (engineer) is sure of it"
    )


def test_in_no_doubt_is_certainty() -> None:
    text = (
        "The engineers have not verified that the pipe caused the leak, the agency said. "
        "The minister said the engineers were in no doubt that the pipe caused the leak."
    )
    (r,) = [r for r in _relations(text) if r.kind is RelationKind.CONTRADICTS]
    assert r.reasons[0] == "agency says “not verified”; minister says “no doubt”"


@pytest.mark.parametrize(
    "text",
    [
        # a one-word name between "what" and the speech verb
        (
            "Lee said 300 people attended the fair at the harbour. "
            "Despite what Lee said, attendance at the fair at the harbour was low, the organizer said."
        ),
        # an auxiliary before the speech verb
        (
            "The mayor said 300 people attended the fair at the harbour. "
            "Despite what the mayor had said, attendance at the fair at the harbour was low, the organizer said."
        ),
    ],
)
def test_a_cited_contrast_finds_the_name_before_the_speech_verb(text: str) -> None:
    r = _one(text)
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith("rule cited-contrast: it names ")


@pytest.mark.parametrize(
    "accusation",
    ["The auditor accused Norland for hiding the gold.", "The auditor charged Norland with hiding the gold."],
)
def test_the_accused_come_before_for_or_with(accusation: str) -> None:
    r = _one(accusation + ' "Norland does not have any gold," the minister said.')
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert re.fullmatch(r"rule accusation-answer: the accused \(\w+\) denies it or says it did not", r.reasons[1])


def test_blame_named_in_a_denial_by_the_role_of() -> None:
    blame = _analyze("The inspector said Norland was involved in the fire.", "a")
    denial = _analyze("President Ola Brand dismissed the role of Norland in the harbour blaze as nonsense.", "b")
    (r,) = claimkit.find_relations([blame, denial])
    assert r.kind is RelationKind.CONTRADICTS
    assert "(rule named-accused)" in r.reasons[1]
    assert "shared words: " in r.reasons[1]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # number words read as figures, scales multiplying them
        ("The attack killed twenty people.", "The attack killed thirty people.", "contradicts"),
        ("The attack killed twenty people.", "The attack killed twenty people.", "agrees"),
        ("The attack killed two hundred thousand people.", "The attack killed two hundred people.", "contradicts"),
        ("The attack killed two million people.", "The attack killed two thousand people.", "contradicts"),
    ],
)
def test_figures_in_words(a: str, b: str, kind: str) -> None:
    r = claimkit.compare(a, b)
    assert r is not None
    assert r.kind.value == kind


def test_a_falsity_word_about_the_same_nouns_and_adjectives_contradicts() -> None:
    r = claimkit.compare("The water is toxic.", "The claim about toxic water is false.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS
    assert r.reasons[1].endswith("about the same words: toxic, water")
    r = claimkit.compare("The bridge was closed.", "The report about the bridge is false.")
    assert r is not None
    assert r.kind is RelationKind.CONTRADICTS


def test_a_falsity_word_sharing_only_function_words_relates_nothing() -> None:
    assert claimkit.compare("The report is false.", "The bridge was closed.") is None


@pytest.mark.parametrize(
    "dispute",
    [
        "Police said there is no evidence that the mayor resigned.",
        "Police said they found no sign that the mayor had resigned.",
        "Police said there isn't any proof that the mayor resigned.",
    ],
)
def test_no_evidence_that_p_disputes_p(dispute: str) -> None:
    """Rule no-evidence: "there is no evidence that P" disputes a statement of P (a dispute, not a denial)."""
    r = _one("The newspaper reported that the mayor resigned on Monday. " + dispute)
    assert (r.kind, r.a.id) == (RelationKind.CONTRADICTS, "s1")
    assert re.match(r"(police|they) dispute the newspaper's claim that the mayor resigned", r.reasons[0])
    assert r.reasons[1].endswith("rule no-evidence")
    assert denial_parts(r) == (r.b, r.a)


@pytest.mark.parametrize(
    "other",
    [
        "Police said there is evidence that the mayor resigned.",  # no negation: nothing disputed
        "Police said there is no evidence that the mayor took bribes.",  # only the mayor is shared
        "Police said there is no evidence and that the mayor resigned.",  # the noun is not followed by its clause
    ],
)
def test_no_evidence_needs_a_negated_evidence_noun_and_p(other: str) -> None:
    """Rule no-evidence holds only for a negated evidence noun opening P, and a statement sharing P's words:
    nothing is disputed (a bare verb read as asserted may agree: rule intransitive-verb)."""
    found = _relations("The newspaper reported that the mayor resigned on Monday. " + other)
    assert [r for r in found if r.kind is not RelationKind.AGREES] == []


def test_no_evidence_is_about_p_not_about_its_people() -> None:
    """Rule no-evidence: naming the other speaker and the mayor is not disputing what she said of another act."""
    text = (
        "Ann Lee said Tom Ek insulted the mayor. "
        "Tom Ek said there is no proof that Ann Lee had a role in the mayor's campaign."
    )
    assert _relations(text) == ()


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # a hedge lowers the score of every kind of claim relation by the claim's certainty
        ("Ann Lee said the minister may have won the vote. Tom Ek said the minister lost the vote.", 0.48),
        ("Ann Lee said the army may have killed 300 people. Tom Ek said the army killed 500 people.", 0.45),
        ("Ann Lee said the mayor ordered the cuts. Tom Ek said the mayor reportedly ordered the cuts.", 0.48),
        # the antonym table works both ways round
        ("Ann Lee said the minister lost the vote. Tom Ek said the minister won the vote.", 0.8),
        # and one side leaving the other party out lowers it again (0.8 x 0.6 x 0.85)
        ("Ann Lee said Russia may support the rebels. Tom Ek said Russia is opposing.", 0.408),
    ],
)
def test_claim_relation_scores(text: str, score: float) -> None:
    """Scores of antonym, number and agreement relations: the kind's weight times the lower certainty."""
    assert _one(text).score == score


def test_a_conflict_outranks_an_agreement_of_the_same_statements() -> None:
    """Two statements that agree on one claim and give different figures for another contradict."""
    r = _one(
        "Ann Lee said the mayor ordered the cuts and the army killed 300 people. "
        "Tom Ek said the mayor ordered the cuts and the army killed 500 people."
    )
    assert r.kind is RelationKind.CONTRADICTS
    assert r.reasons[1].startswith("incompatible numbers for the same quantity")


@pytest.mark.parametrize(
    "text",
    [
        # transfers of different things ("food", "medicine") do not meet
        "Ann Lee said Russia supplied food to the rebels. Tom Ek said Russia did not supply medicine to the rebels.",
        # two known people who share a surname are two people
        "Tom Ek said Ann Lee supplied weapons to the rebels. Jo Li said Bob Lee did not supply weapons to the rebels.",
        # objects that share one word of two with different heads are different things
        "Ann Lee said the mayor closed the old bridge. Tom Ek said the mayor did not close the old tunnel.",
    ],
)
def test_claims_about_different_things_do_not_relate(text: str) -> None:
    assert _relations(text) == ()


@pytest.mark.parametrize(
    "denial",
    [
        "The mayor said the report was false.",  # a falsity word after a copula, no negation before it
        "The mayor said the claims were false allegations.",  # after a form of "be", the verdict is the speaker's
        "The mayor said the report wasn’t true.",  # a curly apostrophe in a negated truth word
        "The mayor said the story was a fabrication.",  # a falsity noun with no negation before it
    ],
)
def test_a_verdict_of_falsity_denies_the_report(denial: str) -> None:
    r = _one("The newspaper reported that the mayor took bribes. " + denial)
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert re.match(r"mayor denies the newspaper's (report|claim|story) that the mayor took bribes", r.reasons[0])
    assert r.score == 0.44


def test_a_denial_score_is_capped_before_weighting() -> None:
    """A denial matching on every count scores the denial weight (0.8), not more."""
    text = (
        "The Ledger reported that hackers planted chips in Acme's servers. "
        "Acme denied the Ledger's report that hackers planted chips in its servers."
    )
    denial = next(r for r in _relations(text) if r.reasons[1].startswith("a denial aimed at it"))
    assert denial.score == 0.8


def test_a_denial_about_the_denier_says_so() -> None:
    r = _one(
        "Ann Lee said the mayor was behind the cuts to the budget. The mayor denied the claims about the budget cuts."
    )
    assert r.reasons[1].startswith("a denial aimed at it: about the denier;")


def test_a_hedged_group_suggests() -> None:
    """A hedged statement by a group is what it "suggests" in a reason ("officials suggest ...")."""
    r = _one(
        "Officials suggested that Russia supplied weapons to the rebels. "
        "Ann Lee said Russia did not supply weapons to the rebels."
    )
    assert r.reasons[0].startswith("officials suggest “Russia supplied weapons to the rebels”;")


def test_a_statement_never_contradicts_itself() -> None:
    """Two claims of one statement that clash ("won ... but did not win") relate nothing: a relation joins two
    statements (irreflexive)."""
    assert _relations("Ann Lee said the minister won the vote, but the minister did not win the vote.") == ()


def test_a_quote_and_its_continuation_are_one_voice() -> None:
    """A quotation continued in the next paragraph (``Statement.continues``) is the same quote: its parts never
    contradict each other, however their claims clash."""
    a = _analyze("“The minister won the vote,” Ann Lee said.\n\n“The minister did not win the vote.”")
    assert [s.continues for s in a.statements] == [None, "s1"]
    assert a.relations == ()


def test_an_exclusive_claim_gives_its_own_reason_and_score() -> None:
    """Rule exclusive: "only maintains contact" against "backs" (another relation of the same parties) is an
    exclusive clash, weaker than opposite predicates, and the reason names the exclusive predicate."""
    r = _one("Ann Lee said Sylvania only maintains contact with the militia. Tom Ek said Sylvania backs the militia.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith("an exclusive claim (only maintain contact) against another relation")
    assert r.score == 0.5


def test_denial_matching_leaves_out_words_about_nothing() -> None:
    """The words a denial is matched on leave out report nouns, verdict words, negations and function words."""
    skip = _denial_lex.__wrapped__().skip  # the lexicon built afresh, not the cached one
    assert {"report", "false", "true", "not", "the"} <= skip
    assert "bribes" not in skip


def test_a_generic_object_alone_identifies_nothing() -> None:
    """ "the officials" as the object of a verb of no predicate class names nobody in particular: "met the
    officials" and "did not meet the officials" need not be about the same people."""
    text = "Ann Lee said the mayor met the officials. Tom Ek said the mayor did not meet the officials."
    assert _relations(text) == ()


def test_a_question_is_no_target_of_a_denial() -> None:
    """A denial contradicts what was asserted, not what was only asked ("asked whether ...")."""
    text = (
        "Ann Lee asked whether the mayor took bribes from the builder. "
        "The mayor denied that he took bribes from the builder."
    )
    assert _relations(text) == ()


def test_a_cycle_of_continuations_ends() -> None:
    """Statements that continue each other in a loop (hand-made input: s1 -> s2 -> s3 -> s2) each get a root;
    reading them ends."""
    text = "a b c"
    targets = {1: "s2", 2: "s3", 3: "s2"}
    loop = [
        Statement(
            id=f"s{n}", kind=StatementKind.DIRECT, content=Span.from_text(text, 2 * n - 2, 2 * n - 1), continues=to
        )
        for n, to in targets.items()
    ]
    assert _roots(loop) == {"s1": "s3", "s2": "s3", "s3": "s2"}


def test_an_open_time_is_disjoint_from_no_time() -> None:
    """Claims at times that do not overlap are not compared; a time with no bounds ("recently": ``PAST_REF``) may
    be any time, so it keeps a claim comparable with one at a bounded time."""
    ref = dt.date(2024, 3, 13)
    recently, y2020, y2021 = (claimkit.normalize_date(e, reference=ref) for e in ("recently", "in 2020", "in 2021"))
    assert recently.start is None
    assert not _disjoint(recently, y2020)
    assert not _disjoint(y2020, recently)
    assert _disjoint(y2020, y2021)


def test_a_bare_verb_and_its_negation_contradict() -> None:
    """Rule ``intransitive-verb``: "resigned" / "did not resign" of one subject is one proposition, opposite
    polarity; no predicate class is needed."""
    r = _one("Ann Lee said the mayor resigned. Tom Ek said the mayor did not resign.")
    assert _ids(r) == ("contradicts", "s1", "s2")
    assert r.reasons[1].startswith("the same proposition with opposite polarity:")


@pytest.mark.parametrize(
    "text",
    [
        # another subject
        "Ann Lee said the mayor resigned. Tom Ek said the judge did not resign.",
        # subjects that share one word of two are not one subject
        "Ann Lee said flight attendants resigned. Tom Ek said flight engineers did not resign.",
        # one side has an object: a bare verb is compared with a bare verb only
        "Ann Lee said the mayor left the party. Tom Ek said the mayor did not leave.",
    ],
)
def test_a_bare_verb_relates_only_to_the_same_bare_verb_of_the_same_subject(text: str) -> None:
    assert _relations(text) == ()
