"""claimkit.check: one verdict per article for one claim (invented sentences)."""

from __future__ import annotations

import json
import warnings

import pytest
from hypothesis import given, settings

import claimkit
from claimkit.cli import main
from claimkit.testing import awkward_texts

CLAIM = "Hackers planted chips in the servers of Acme."


def verdict(text: str, claim: str = CLAIM) -> str:
    [result] = claimkit.check(claim, [claimkit.analyze(text)])
    return result.verdict.value


def test_one_result_per_analysis_in_order():
    texts = ["Acme denied that hackers planted chips in its servers.", "The river flooded the town."]
    results = claimkit.check(CLAIM, [claimkit.analyze(t, doc_id=f"d{i}") for i, t in enumerate(texts)])
    assert [r.doc_id for r in results] == ["d0", "d1"]
    assert [r.verdict for r in results] == [claimkit.Verdict.DISPUTES, claimkit.Verdict.UNRELATED]
    assert claimkit.check(CLAIM, []) == ()


def test_result_is_frozen_with_relations():
    [r] = claimkit.check(CLAIM, [claimkit.analyze("Acme denied that hackers planted chips in its servers.")])
    assert isinstance(r, claimkit.CheckResult)
    with pytest.raises(AttributeError):
        r.score = 1.0  # type: ignore[misc]
    assert r.relations
    assert r.relations[0].a.content.text == CLAIM
    assert r.relations[0].kind is claimkit.RelationKind.CONTRADICTS
    assert any("denies" in reason for reason in r.relations[0].reasons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme denied that hackers planted chips in its servers.", "disputes"),  # a denial
        ("Hackers did not plant chips in Acme's servers.", "disputes"),  # a negation
        ("The story that hackers planted chips in Acme's servers is a hoax.", "disputes"),  # a falsity word
        ("Hackers planted chips in Acme's servers.", "supports"),  # stated as fact
        ("Hackers reportedly planted chips in Acme's servers.", "discusses"),  # hedged
        ("Hackers planted chips in Acme's servers, a newspaper said.", "discusses"),  # attributed
        ("Did hackers plant chips in Acme's servers?", "discusses"),  # asked
        ("The river flooded the town.", "unrelated"),
    ],
)
def test_verdicts(text, expected):
    assert verdict(text) == expected


def test_threshold_trades_a_dispute_for_discussion():
    text = "Acme denied that hackers planted chips in its servers."
    [strict] = claimkit.check(CLAIM, [claimkit.analyze(text)], threshold=1.0)
    assert strict.verdict is claimkit.Verdict.DISCUSSES


@pytest.mark.parametrize("bad", [None, 3, b"claim"])
def test_bad_claim(bad):
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.check(bad, [])  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [[None], ["text"], [3]])
def test_bad_analyses(bad):
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.check(CLAIM, bad)


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", True])
def test_bad_threshold(bad):
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.check(CLAIM, [], threshold=bad)


@settings(max_examples=25, deadline=None)
@given(claim=awkward_texts(), text=awkward_texts())
def test_never_crashes(claim, text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        [r] = claimkit.check(claim, [claimkit.analyze(text)])
    assert r.verdict in set(claimkit.Verdict)
    assert 0.0 <= r.score <= 1.0


def test_cli_check(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text("Acme denied that hackers planted chips in its servers.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("The river flooded the town.", encoding="utf-8")
    assert main(["check", CLAIM, str(a), str(b), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "disputes" in out
    assert "unrelated" in out
    assert main(["check", CLAIM, str(a), "--no-progress", "--format", "json"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["verdict"] == "disputes"
    assert record["relations"][0]["b"]["content"]


@pytest.mark.parametrize(
    "text",
    [
        "The report that hackers planted chips in Acme's servers is not true.",  # a negated truth word
        "Experts debunked claims that hackers planted chips in Acme's servers.",  # a denial verb
        "Rumours that hackers planted chips in Acme's servers are rubbish.",  # a falsity word
    ],
)
def test_dispute_cues(text):
    assert verdict(text) == "disputes"


def test_opposite_word_disputes():
    assert verdict("The singer is alive and well.", claim="The singer is dead.") == "disputes"


def test_credibility_dispute_disputes_the_claim():
    assert verdict("Claims that hackers planted chips in Acme's servers are unsubstantiated.") == "disputes"


def test_a_noun_dispute_is_no_denial():
    # "in dispute over" names a quarrel; it calls nothing false
    assert verdict("Acme and its hackers are in dispute over chips in servers.") != "disputes"


def test_compare_falls_back_on_the_checking_reading():
    r = claimkit.compare("Acme bought Brightline.", "No, Acme did not buy Brightline.")
    assert r is not None
    assert r.kind is claimkit.RelationKind.CONTRADICTS


def _judged(a: str, b: str) -> claimkit.Relation | None:
    from claimkit.checking import judge_texts
    from claimkit.model import Span, Statement, StatementKind
    from claimkit.pipeline import default_analyzer

    docs = [default_analyzer().processor.parse(t) for t in (a, b)]
    sa, sb = (
        Statement(id=f"s{i}", kind=StatementKind.DIRECT, content=Span.from_text(t, 0, len(t)), doc_id=f"d{i}")
        for i, t in enumerate((a, b))
    )
    return judge_texts(docs[0], docs[1], sa, sb)


PUMPKIN = "A farmer in Kent grew a pumpkin weighing a ton for the county fair."


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("Kent pumpkin story is probably fake", "contradicts"),  # two shared words and a falsity word
        ("That pumpkin story is probably fake", None),  # one shared word is not enough
        ("Kent pumpkin story is on the front page", None),  # no cue: half the words must be shared
    ],
)
def test_cued_topic_rule(other: str, expected: str | None):
    r = _judged(PUMPKIN, other)
    assert (r.kind.value if r is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "shared", "negated", "expected"),
    [
        ("Kent pumpkin story is probably fake", {"kent", "pumpkin"}, False, True),
        ("That pumpkin was not grown in Kent", {"grow", "kent"}, False, True),  # a negation on shared words
        ("That pumpkin was not grown in Kent", {"grow", "kent"}, True, False),  # the claim is negative itself
        ("Kent pumpkin story is on the front page", {"kent", "pumpkin"}, False, False),
    ],
)
def test_cued_topic(text: str, shared: set[str], negated: bool, expected: bool):
    from claimkit import checking
    from claimkit.pipeline import default_analyzer

    tokens = default_analyzer().processor.parse(text).tokens
    lex = checking._lex()
    assert checking._cued_topic(tokens, shared, 0.25, lex, claim_negated=negated) is expected
    assert checking._cued_topic(tokens, shared, 0.1, lex, claim_negated=negated) is False  # below check's share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jo Li rebuffs Twitter rumors that she died.", True),  # "rebuffs" tagged NNS before a report noun
        ("Tom Ek rebuffs tabloid claims about his health.", True),
        ("Jo Li rebuffs no one.", False),  # no report noun follows
        ("The trade disputes continued.", False),  # a plural noun after no name
    ],
)
def test_misread_denial_verb(text: str, expected: bool):
    from claimkit import checking
    from claimkit.pipeline import default_analyzer

    tokens = default_analyzer().processor.parse(text).tokens
    found = [k for k, t in enumerate(tokens) if t.text in ("rebuffs", "disputes")]
    assert any(checking._misread_verb(tokens, k, checking._lex()) for k in found) is expected


def test_a_denial_verb_read_as_a_noun_still_denies():
    r = _judged("Jo Li is dead.", "Jo Li rebuffs Twitter rumors that she died.")
    assert r is not None
    assert r.kind is claimkit.RelationKind.CONTRADICTS


@pytest.mark.parametrize(
    "article",
    [
        "The council decided to lift the curfew imposed on the town last week.",
        "The council lifted the curfew that the army had imposed on the town.",
    ],
)
def test_an_antonym_beside_the_claims_own_word_is_no_opposite(article: str):
    """Rule opposite-word: "lift the curfew imposed ..." states the lifting; "imposed" does not oppose it."""
    assert verdict(article, "The council lifted the curfew on the town.") == "supports"


def test_an_antonym_alone_says_the_opposite():
    assert (
        verdict("The council imposed a curfew on the town.", "The council lifted the curfew on the town.") == "disputes"
    )


def test_hyphen_parts_rule():
    """Rule ``hyphen-parts``: a hyphenated word of the article counts by its parts too ("two-horned": horn)."""
    r = claimkit.compare("A goat in Dorset grew a second horn.", "Two-horned goat story exposed as fake by vets")
    assert r is not None
    assert r.kind.value == "contradicts"
    assert "horn" in r.reasons[1]


@pytest.mark.parametrize(
    ("word", "parts"),
    [("two-horned", ("two", "horned")), ("goat", ()), ("f-16", ()), ("-horned", ())],
)
def test_hyphen_parts(word: str, parts: tuple[str, ...]):
    from claimkit.checking import hyphen_parts

    assert hyphen_parts(word) == parts


def test_the_claims_own_compound_is_not_split():
    """A claim's compound ("goat-milk sales") stays one word; an article's is split into its parts."""
    from claimkit import checking
    from claimkit.pipeline import default_analyzer

    tokens = default_analyzer().processor.parse("Goat-milk sales rose.").tokens
    claim_keys = checking._claim_keys(tokens, checking._lex())
    unit_keys = checking._content_keys(tokens, checking._lex(), parts=True)
    assert "goat" not in claim_keys
    assert "goat" in unit_keys
