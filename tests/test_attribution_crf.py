"""The trained attribution layer: loading the model, the config switch, and how tagged spans change statements."""

from __future__ import annotations

import functools
import itertools
import json
import pickle
import re
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import Analyzer, AnalyzerConfig, ResourceMissingError, _crfsuite
from claimkit import attribution_crf as ac
from claimkit._fastcrf import viterbi
from claimkit.attribution import Attribution, find_attributions
from claimkit.model import Stance, StatementKind
from claimkit.testing import awkward_texts, documents
from claimkit.text import Document, TextProcessor

from .conftest import processor as _processor

pytestmark = pytest.mark.needs_nltk_data


@functools.cache
def _model() -> ac.AttributionModel:
    return ac.AttributionModel.load()


def _parse(text: str) -> tuple[Document, tuple[Attribution, ...]]:
    doc = _processor().parse(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return doc, find_attributions(doc)


def _tokens(doc: Document, words: str) -> tuple[int, int]:
    """The token range of the first occurrence of *words* in *doc*."""
    start = doc.text.index(words)
    end = start + len(words)
    idx = [i for i, t in enumerate(doc.tokens) if start <= t.start and t.end <= end]
    return (idx[0], idx[-1] + 1)


def _slices_back(text: str, found: tuple[Attribution, ...]) -> None:
    for a in found:
        for sp in (a.content, a.speaker_span, a.cue_span, *a.content_parts, *a.via_spans):
            if sp is not None:
                assert 0 <= sp.start <= sp.end <= len(text)
                assert text[sp.start : sp.end] == sp.text
        if a.cue_span is not None:
            assert a.cue == a.cue_span.text
    assert [a.id for a in found] == [f"s{i + 1}" for i in range(len(found))]
    ids = {a.id for a in found}
    assert all(a.continues in ids for a in found if a.continues is not None)


# --------------------------------------------------------------------------- the model file


def test_model_loads_with_its_labels_and_vocabulary() -> None:
    model = _model()
    assert set(model.tagger.labels) == {"O"} | {f"{b}-{r}" for b in "BI" for r in ac.ROLES}
    assert 0 < len(model.vocabulary) <= 1000
    assert model.metadata["feature_version"] == ac.FEATURE_VERSION


def test_a_corrupt_model_raises_resource_missing() -> None:
    meta = '{"sha256": "x", "feature_version": 1, "vocabulary": []}'
    with pytest.raises(ResourceMissingError, match="checksum"):
        ac.AttributionModel.from_bytes(b"lCRF" + bytes(100), meta)
    with pytest.raises(ResourceMissingError, match="metadata"):
        ac.AttributionModel.from_bytes(b"", "{not json")


def test_a_truncated_model_is_refused_before_crfsuite_reads_it() -> None:
    from importlib import resources

    data = resources.files("claimkit.data").joinpath("en", ac.MODEL_FILE).read_bytes()
    _crfsuite.check_model_bytes(data, name="whole")  # the shipped model passes
    with pytest.raises(ResourceMissingError, match="truncated"):
        _crfsuite.check_model_bytes(data[: len(data) // 2], name="half")
    with pytest.raises(ResourceMissingError, match="bad header"):
        _crfsuite.CrfTagger(b"XXXX" + data[4:])


def test_a_missing_model_raises_resource_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ac, "MODEL_FILE", "no-such-model.crfsuite")
    with pytest.raises(ResourceMissingError, match="missing"):
        ac.AttributionModel.load()


# --------------------------------------------------------------------------- the switch


def test_config_switch_off_gives_the_rules_alone_and_never_loads_the_model() -> None:
    text = "The senator said on Tuesday that the bill would pass. “It is done,” she added."
    off = Analyzer(config=AnalyzerConfig(trained_attribution=False))
    a = off.analyze(text)
    assert off._attribution_model is None
    doc, rules = _parse(text)
    assert [(s.content, s.speaker_span, s.cue_span) for s in a.statements] == [
        (r.content, r.speaker_span, r.cue_span) for r in rules
    ]
    on = Analyzer()
    b = on.analyze(text)
    assert on._attribution_model is not None
    refined = _model().refine(doc, rules)
    assert [(s.content, s.speaker_span, s.cue_span) for s in b.statements] == [
        (r.content, r.speaker_span, r.cue_span) for r in refined
    ]


def test_analyzer_with_a_loaded_model_still_pickles() -> None:
    analyzer = Analyzer()
    analyzer.analyze("Officials said the road was closed.")
    copy = pickle.loads(pickle.dumps(analyzer))  # noqa: S301  (our own object)
    assert copy.config == analyzer.config
    assert copy._attribution_model is None
    assert copy.analyze("Officials said the road was closed.").statements


# --------------------------------------------------------------------------- integration rules


def test_tagged_content_fixes_a_rule_boundary() -> None:
    doc, rules = _parse("Officials said the road was closed because of the flood.")
    (rule,) = rules
    wanted = _tokens(doc, "the road was closed")
    found = ac.RoleSpans(source=(_tokens(doc, "Officials"),), cue=(_tokens(doc, "said"),), content=(wanted,))
    (a,) = ac._refine(doc, rules, found)
    assert a.content.text == "the road was closed"
    assert (a.speaker_span, a.cue_span) == (rule.speaker_span, rule.cue_span)
    assert [(e.rule, e.span.text if e.span else None) for e in a.evidence[len(rule.evidence) :]] == [
        ("crf-content-boundary", "the road was closed")
    ]


def test_tagged_source_fixes_a_rule_source() -> None:
    doc, rules = _parse("Aides to the governor believe the budget will pass.")
    assert [r.speaker_span.text for r in rules if r.speaker_span] == ["the governor"]
    found = ac.RoleSpans(
        source=(_tokens(doc, "Aides to the governor"),),
        cue=(_tokens(doc, "believe"),),
        content=(_tokens(doc, "the budget will pass"),),
    )
    (a,) = ac._refine(doc, rules, found)
    assert a.speaker_span is not None
    assert a.speaker_span.text == "Aides to the governor"
    assert "crf-source-boundary" in [e.rule for e in a.evidence]


def test_tagged_source_with_a_verb_of_its_own_is_no_source() -> None:
    doc, rules = _parse("The board fired Tom Ek, saying the plant was unsafe.")
    (rule,) = rules
    assert rule.speaker_span is not None
    assert rule.speaker_span.text == "The board"
    found = ac.RoleSpans(
        source=(_tokens(doc, "The board fired Tom Ek,"),),
        cue=(_tokens(doc, "saying"),),
        content=(_tokens(doc, "the plant was unsafe"),),
    )
    (a,) = ac._refine(doc, rules, found)
    assert a.speaker_span == rule.speaker_span
    assert "crf-source-boundary" not in [e.rule for e in a.evidence]


def test_tagged_content_is_never_taken_over_the_own_cue() -> None:
    doc, rules = _parse("Officials said the road was closed.")
    (rule,) = rules
    found = ac.RoleSpans(content=(_tokens(doc, "said the road was closed"),))
    (a,) = ac._refine(doc, rules, found)
    assert a.content == rule.content
    assert a == rule  # nothing changed, nothing recorded


def test_tagged_attribution_the_rules_missed_is_added() -> None:
    text = "The road was closed. The board bets the bridge is unsafe."
    doc, rules = _parse(text)
    assert rules == ()  # "bets" is no cue of the rules
    found = ac.RoleSpans(
        source=(_tokens(doc, "The board"),),
        cue=(_tokens(doc, "bets"),),
        content=(_tokens(doc, "the bridge is unsafe"),),
    )
    out = ac._refine(doc, rules, found)
    added = [a for a in out if a.content.text == "the bridge is unsafe"]
    assert len(added) == 1
    (a,) = added
    assert (a.speaker_span.text if a.speaker_span else None, a.cue) == ("The board", "bets")
    assert a.kind is StatementKind.INDIRECT
    assert a.stance is Stance.ASSERT  # a cue outside the cue lexicon asserts
    assert [e.rule for e in a.evidence] == ["crf-new-statement"]
    _slices_back(text, out)


def test_added_attribution_takes_its_stance_from_the_cue_lexicon() -> None:
    doc, _ = _parse("The board denied the bridge is unsafe.")
    found = ac.RoleSpans(
        source=(_tokens(doc, "The board"),),
        cue=(_tokens(doc, "denied"),),
        content=(_tokens(doc, "the bridge is unsafe"),),
    )
    (a,) = ac._refine(doc, (), found)
    assert a.stance is Stance.DENY


def test_tagged_content_without_a_cue_adds_nothing() -> None:
    doc, rules = _parse("The road was closed. The bridge is unsafe.")
    found = ac.RoleSpans(content=(_tokens(doc, "The bridge is unsafe"),))
    assert ac._refine(doc, rules, found) == rules


def test_added_quotation_is_direct() -> None:
    text = "“The bridge is unsafe,” the board wrote."
    doc, _ = _parse(text)
    found = ac.RoleSpans(
        source=(_tokens(doc, "the board"),),
        cue=(_tokens(doc, "wrote"),),
        content=(_tokens(doc, "“The bridge is unsafe,”"),),
    )
    (a,) = ac._refine(doc, (), found)
    assert a.kind is StatementKind.DIRECT


def test_ids_follow_text_order_and_continuations_follow_their_ids() -> None:
    text = "The board bets the bridge is unsafe. “We left early,” the minister said. “It was late.”"
    doc, rules = _parse(text)
    assert [a.continues for a in rules] == [None, "s1"]
    found = ac.RoleSpans(
        source=(_tokens(doc, "The board"),),
        cue=(_tokens(doc, "bets"),),
        content=(_tokens(doc, "the bridge is unsafe"),),
    )
    out = ac._refine(doc, rules, found)
    _slices_back(text, out)
    assert [(a.cue, a.continues) for a in out] == [("bets", None), ("said", None), (None, "s2")]


def test_a_sourceless_report_inside_a_tagged_content_is_folded_into_it() -> None:
    text = "“They are trying to silence us, thinking we will give up,” Jones said."
    doc, rules = _parse(text)
    assert [a.cue for a in rules] == ["said", "thinking"]  # the rules nest the participle
    found = ac.RoleSpans(content=(_tokens(doc, "They are trying to silence us, thinking we will give up"),))
    out = ac._fold_inner_reports(doc, rules, found)
    _slices_back(text, out)
    assert [a.cue for a in out] == ["said"]
    assert [(e.rule, e.span.text) for e in out[0].evidence[-1:]] == [("crf-inner-report-folded", "thinking")]


def test_a_report_tagged_as_its_own_cue_is_not_folded() -> None:
    doc, rules = _parse("“They are trying to silence us, thinking we will give up,” Jones said.")
    found = ac.RoleSpans(cue=(_tokens(doc, "thinking"),), content=(_tokens(doc, "They are trying to silence us"),))
    assert ac._fold_inner_reports(doc, rules, found) == rules


def test_a_relay_with_its_own_source_in_a_direct_quotation_is_never_folded() -> None:
    doc, rules = _parse("“The mayor said the road was closed,” Jones said.")
    assert len(rules) == 2
    found = ac.RoleSpans(content=(_tokens(doc, "The mayor said the road was closed"),))
    assert ac._fold_inner_reports(doc, rules, found) == rules


def test_a_sourced_report_tagged_as_content_of_reported_speech_is_folded_into_it() -> None:
    text = "Jones said the report showed the road was closed."
    doc, rules = _parse(text)
    assert [(a.speaker_span.text if a.speaker_span else None, a.cue) for a in rules] == [
        ("Jones", "said"),
        ("the report", "showed"),
    ]
    found = ac.RoleSpans(content=(_tokens(doc, "the report showed the road was closed"),))
    out = ac._fold_inner_reports(doc, rules, found)
    _slices_back(text, out)
    assert [(a.cue, a.content.text) for a in out] == [("said", "the report showed the road was closed")]
    assert [(e.rule, e.span.text) for e in out[0].evidence[-1:]] == [("crf-sourced-report-folded", "showed")]


def test_a_sourced_report_in_a_direct_quotation_tagged_as_content_is_folded() -> None:
    text = "“The vote proved the plan was wrong,” Jones said."
    doc, rules = _parse(text)
    assert [a.cue for a in rules] == ["said", "proved"]
    found = ac.RoleSpans(content=(_tokens(doc, "The vote proved the plan was wrong"),))
    out = ac._fold_inner_reports(doc, rules, found)
    _slices_back(text, out)
    assert [(e.rule, e.span.text) for a in out for e in a.evidence[-1:]] == [("crf-sourced-report-folded", "proved")]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Doe said the mayor claimed the road was shut.", "the mayor claimed the road was shut"),  # a relay
        ("Doe said the mayor's finding that it was shut was false.", "the mayor's finding that it was shut was false"),
        ("Doe said the report showed no sign that it was shut.", "the report showed no sign that it was shut"),
    ],
)
def test_a_relay_a_nominal_report_or_a_negated_report_tagged_as_content_is_not_folded(text: str, inner: str) -> None:
    doc, rules = _parse(text)
    assert len(rules) == 2
    found = ac.RoleSpans(content=(_tokens(doc, inner),))
    assert ac._fold_inner_reports(doc, rules, found) == rules


def test_a_sourced_report_whose_source_is_tagged_as_a_source_is_not_folded() -> None:
    doc, rules = _parse("Jones said the report showed the road was closed.")
    found = ac.RoleSpans(source=(_tokens(doc, "the report"),), content=(_tokens(doc, "showed the road was closed"),))
    assert ac._fold_inner_reports(doc, rules, found) == rules


def test_sentence_flags_say_where_the_cue_verbs_are() -> None:
    doc, _ = _parse("Officials said that the road was closed, they added.")
    words = [t.text for t in doc.tokens]
    assert words[:4] == ["Officials", "said", "that", "the"]
    tagged = ac._TagClasses(
        clause=np.array([t.tag in ac._CLAUSE_TAGS for t in doc.tokens]),
        preposition=np.array([t.tag == "IN" for t in doc.tokens]),
    )
    none = np.zeros(len(words), dtype=bool)
    combos, ids = ac._flags(doc, np.array([w in {"said", "added"} for w in words]), none, tagged)
    flags = [set(combos[i]) for i in ids]
    assert flags[0] == {"sf", "ca", "da=1"}
    assert flags[3] == {"cb", "db=2", "tc", "ca", "da=6"}  # "the" after "said that"
    assert "pb" in flags[words.index("they")]  # a comma since the cue verb
    assert "pb" not in flags[3]
    assert flags[-1] == {"sl", "cb", "db=1"}
    rule_cue = np.array([w == "added" for w in words])
    combos, ids = ac._flags(doc, none, rule_cue, tagged)
    assert [("rb" in combos[i], "ra" in combos[i]) for i in ids][8:11] == [(False, True), (False, False), (True, False)]


def test_sentence_flags_computed_in_pieces_of_whole_sentences_are_the_flags_computed_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = " ".join(["Officials said that the road, they added, was closed.", "It was, he said, open again."] * 6)
    doc, _ = _parse(text)
    words = [t.text for t in doc.tokens]
    tagged = ac._TagClasses(
        clause=np.array([t.tag in ac._CLAUSE_TAGS for t in doc.tokens]),
        preposition=np.array([t.tag == "IN" for t in doc.tokens]),
    )
    cues = np.array([w in {"said", "added"} for w in words]), np.array([w == "added" for w in words])
    at_once = ac._flag_codes(doc, *cues, tagged)
    monkeypatch.setattr(ac, "_CHUNK_TOKENS", 20)  # a piece of about 20 tokens: two sentences or less
    pieces = ac._sentence_pieces(*_sentence_of_each_token(doc))
    assert len(pieces) > 3
    assert {a for a, _ in pieces} <= set(doc.sentences.first_tokens())  # no sentence is cut
    assert ac._flag_codes(doc, *cues, tagged).tolist() == at_once.tolist()


def _sentence_of_each_token(doc: Document) -> tuple[np.ndarray, np.ndarray]:
    n = len(doc.tokens)
    first, last = np.full(n, n, dtype=np.intp), np.full(n, -1, dtype=np.intp)
    for s in doc.sentences:
        first[s.first_token : s.last_token], last[s.first_token : s.last_token] = s.first_token, s.last_token
    return first, last


def test_an_added_purpose_infinitive_takes_the_main_subject_as_its_speaker() -> None:
    text = "The mayor met reporters on Monday to deny the flood report."
    doc, rules = _parse(text)
    assert rules == ()
    found = ac.RoleSpans(cue=(_tokens(doc, "to deny"),), content=(_tokens(doc, "the flood report"),))
    (a,) = ac._refine(doc, rules, found)
    assert (a.speaker_span.text if a.speaker_span else None, a.cue) == ("The mayor", "to deny")
    assert [e.rule for e in a.evidence] == ["crf-new-statement", "crf-main-subject-speaker"]
    _slices_back(text, (a,))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("That claim was provoked by a news report.", "was provoked by", "That claim"),
        ("The mayor did not hesitate to close the road.", "did not hesitate to close", "the road"),
        ("The new rules are creating a second market.", "are creating", "a second market"),
        ("The mayor has tried to close the old toll road.", "has tried to close", "the old toll road"),
        ("The donors helped the mayor win the race.", "helped", "the mayor win the race"),
    ],
)
def test_an_added_statement_whose_cue_names_a_deed_or_a_cause_is_left_out(text: str, cue: str, content: str) -> None:
    doc, _ = _parse(text)
    found = ac.RoleSpans(cue=(_tokens(doc, cue),), content=(_tokens(doc, content),))
    assert ac._refine(doc, (), found) == ()
    assert "crf-action-cue" in ac.FILTER_NAMES


def test_an_added_statement_with_a_speech_cue_after_trying_is_kept() -> None:
    doc, _ = _parse("The mayor tried to argue that the road was safe.")
    found = ac.RoleSpans(cue=(_tokens(doc, "tried to argue"),), content=(_tokens(doc, "that the road was safe"),))
    (a,) = ac._refine(doc, (), found)
    assert a.cue == "tried to argue"


def test_an_added_statement_with_a_speech_cue_inside_an_action_is_kept() -> None:
    doc, _ = _parse("The mayor did not hesitate to point out the old errors.")
    found = ac.RoleSpans(
        cue=(_tokens(doc, "did not hesitate to point out"),), content=(_tokens(doc, "the old errors"),)
    )
    (a,) = ac._refine(doc, (), found)
    assert a.cue == "did not hesitate to point out"


@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        ("To say the plant was safe would be wrong.", "To say", "the plant was safe", False),
        ("“To claim the mill was safe is absurd.”", "To claim", "the mill was safe", False),
        ("The mayor met reporters to say the plant was safe.", "to say", "the plant was safe", True),
    ],
)
def test_an_added_statement_whose_infinitive_cue_opens_the_sentence_is_left_out(
    text: str, cue: str, content: str, *, kept: bool
) -> None:
    # rule crf-infinitive-subject: "To say S would be wrong": the infinitive is a subject, nobody says S
    doc, _ = _parse(text)
    found = ac.RoleSpans(cue=(_tokens(doc, cue),), content=(_tokens(doc, content),))
    assert [a.content.text for a in ac._refine(doc, (), found)] == ([content] if kept else [])
    assert "crf-infinitive-subject" in ac.FILTER_NAMES


def test_an_infinitive_subject_makes_no_statement() -> None:
    assert Analyzer().analyze("To say the plant was safe would be wrong.").statements == ()


def test_an_added_finite_cue_without_a_tagged_source_stays_without_one() -> None:
    doc, _ = _parse("The mayor met reporters on Monday and denied the flood report.")
    found = ac.RoleSpans(cue=(_tokens(doc, "denied"),), content=(_tokens(doc, "the flood report"),))
    (a,) = ac._refine(doc, (), found)
    assert a.speaker_span is None


@pytest.mark.parametrize(
    ("content", "kept"),
    [("the report", False), ("the flood report", True), ("“lies”", True)],
)
def test_an_added_statement_with_a_content_of_one_or_two_words_is_left_out(content: str, kept: bool) -> None:
    # rule crf-short-content: the tagger alone rarely finds a statement right in a content that short,
    # unless it is a quotation
    doc, _ = _parse(f"The mayor flatly denied {content} on Monday.")
    found = ac.RoleSpans(
        source=(_tokens(doc, "The mayor"),), cue=(_tokens(doc, "denied"),), content=(_tokens(doc, content),)
    )
    assert [a.content.text for a in ac._refine(doc, (), found)] == ([content] if kept else [])
    assert "crf-short-content" in ac.FILTER_NAMES


def test_a_tagged_content_never_runs_past_a_boundary_a_rule_recorded() -> None:
    # BOUNDARY_RULES: "clause-ends-at-main-verb" ends the claim before "was"; the tagger may not undo it
    doc, rules = _parse("The company's claim that profits rose was false.")
    (rule,) = rules
    assert rule.content.text == "that profits rose"
    found = ac.RoleSpans(content=(_tokens(doc, "that profits rose was false"),))
    (a,) = ac._refine(doc, rules, found)
    assert a.content.text == "that profits rose"
    shorter = ac.RoleSpans(content=(_tokens(doc, "profits rose"),))
    (b,) = ac._refine(doc, rules, shorter)
    assert b.content.text == "profits rose"  # inside the boundary the tagger still decides


def test_a_tagged_content_never_cuts_a_content_down_to_a_bare_infinitive() -> None:
    doc, rules = _parse("The firm said it seeks to clarify its role.")
    (rule,) = rules
    assert rule.content.text == "it seeks to clarify its role"
    found = ac.RoleSpans(content=(_tokens(doc, "to clarify"),))
    (a,) = ac._refine(doc, rules, found)
    assert a.content.text == "it seeks to clarify its role"
    longer = ac.RoleSpans(content=(_tokens(doc, "to clarify its role"),))
    (b,) = ac._refine(doc, rules, longer)
    assert b.content.text == "to clarify its role"  # an infinitive with words of its own is a content


def test_a_tagged_source_never_runs_on_over_a_phrase_after_the_rules_source() -> None:
    doc, rules = _parse("The minister's team on Wednesday denied the report.")
    (rule,) = rules
    assert rule.speaker_span is not None
    assert rule.speaker_span.text == "The minister's team"
    found = ac.RoleSpans(source=(_tokens(doc, "The minister's team on Wednesday"),))
    assert ac._refine(doc, rules, found) == rules
    found = ac.RoleSpans(source=(_tokens(doc, "minister's team"),))
    (a,) = ac._refine(doc, rules, found)
    assert a.speaker_span is not None
    assert a.speaker_span.text == "minister's team"  # a tagged source may still move its edges


def test_every_layer_rule_has_a_row_in_the_guide() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "guide" / "attribution.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", guide, flags=re.MULTILINE))
    assert set(ac.RULE_NAMES) | set(ac.FILTER_NAMES) <= documented


# --------------------------------------------------------------------------- properties


@given(awkward_texts() | documents())
def test_the_trained_layer_only_returns_spans_that_slice_back(text: str) -> None:
    doc, rules = _parse(text)
    _slices_back(text, _model().refine(doc, rules))


@given(documents(max_words=60), st.data())
def test_any_tagging_gives_spans_that_slice_back(text: str, data: st.DataObject) -> None:
    doc, rules = _parse(text)
    n = len(doc.tokens)
    labels = data.draw(st.lists(st.sampled_from(["O", *_model().tagger.labels]), min_size=n, max_size=n))
    found = ac.spans_from_labels(labels)
    spans = ac.RoleSpans(source=tuple(found["source"]), cue=tuple(found["cue"]), content=tuple(found["content"]))
    _slices_back(text, ac._refine(doc, rules, spans))


# --------------------------------------------------------------------------- the decoder


def _model_without_bias() -> ac.AttributionModel:
    from importlib import resources

    base = resources.files("claimkit.data").joinpath("en")
    meta = json.loads(base.joinpath(ac.MODEL_FILE + ".json").read_text(encoding="utf-8"))
    meta["label_bias"] = 0.0
    return ac.AttributionModel.from_bytes(base.joinpath(ac.MODEL_FILE).read_bytes(), json.dumps(meta))


@functools.cache
def _unbiased() -> ac.AttributionModel:
    return _model_without_bias()


@given(documents(max_words=120))
def test_the_fast_decoder_gives_crfsuites_labels(text: str) -> None:
    doc, rules = _parse(text)
    model = _unbiased()
    assert model.tag(doc, rules) == model.tag_with_crfsuite(doc, rules)


def test_the_fast_decoder_gives_crfsuites_labels_on_news(reference_text: str) -> None:
    doc, rules = _parse(reference_text)
    model = _unbiased()
    assert model.tag(doc, rules) == model.tag_with_crfsuite(doc, rules)


def test_the_label_bias_raises_the_span_openers_only() -> None:
    plain, biased = _unbiased().weights, _model().weights
    bias = _model().metadata["label_bias"]
    assert bias > 0
    row = plain.index["b"]
    for j, lab in enumerate(plain.labels):
        want = plain.state[row, j] + (bias if lab.startswith("B-") else 0.0)
        assert biased.state[row, j] == pytest.approx(want)


@given(
    st.integers(1, 6).flatmap(
        lambda n: st.lists(st.lists(st.floats(-3, 3, allow_nan=False), min_size=3, max_size=3), min_size=n, max_size=n)
    ),
    st.lists(st.lists(st.floats(-3, 3, allow_nan=False), min_size=3, max_size=3), min_size=3, max_size=3),
)
def test_viterbi_finds_the_best_path(scores: list[list[float]], trans: list[list[float]]) -> None:
    s, t = np.array(scores), np.array(trans)
    n = len(scores)

    def total(path: tuple[int, ...]) -> float:
        return sum(s[i, y] for i, y in enumerate(path)) + sum(t[a, b] for a, b in itertools.pairwise(path))

    best = max(total(p) for p in itertools.product(range(3), repeat=n))
    got = tuple(int(x) for x in viterbi(s, t, [(0, n)]))
    assert total(got) == pytest.approx(best)


def test_a_paragraph_longer_than_the_longest_sequence_is_tagged_in_pieces_of_sentences() -> None:
    tp = TextProcessor.from_lexicons()
    doc = tp.parse("He said so. " * 300)
    [whole] = ac.paragraph_ranges(doc)
    pieces = ac.paragraph_ranges(doc, longest=100)
    assert pieces[0][0] == whole[0]
    assert pieces[-1][1] == whole[1]
    assert all(hi - lo <= 100 for lo, hi in pieces)
    assert {lo for lo, _ in pieces} <= {s.first_token for s in doc.sentences}


# --------------------------------------------------------------------------- the fast paths (same results)


@given(st.text(max_size=12))
def test_the_ascii_shape_is_the_unicode_shape(word: str) -> None:
    assert ac._shape(word) == ac._unicode_shape(word)


@given(documents(max_words=80))
def test_rule_codes_are_the_rule_labels(text: str) -> None:
    doc, rules = _parse(text)
    labels, kinds = ac.rule_labels(doc, rules)
    codes, kind_codes = ac._rule_codes(rules, ac._Tokens(doc))
    assert [ac._RULE_LABELS[c] for c in codes.tolist()] == labels
    assert [ac._KINDS[c] for c in kind_codes.tolist()] == kinds


def test_nested_rule_spans_paint_the_inner_content_and_the_cue_on_top() -> None:
    doc, rules = _parse('Ann Roe said that Tom Ek said "the dam will hold" on Monday.')
    codes, _ = ac._rule_codes(rules, ac._Tokens(doc))
    assert [ac._RULE_LABELS[c] for c in codes.tolist()] == ac.rule_labels(doc, rules)[0]


@given(st.lists(st.sampled_from(["O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content"])))
def test_role_spans_of_label_ids_are_spans_from_labels(labels: list[str]) -> None:
    names = _model().weights.labels
    found = ac._role_spans(np.array([names.index(x) for x in labels], dtype=np.intp), names)
    want = ac.spans_from_labels(labels)
    assert (list(found.source), list(found.cue), list(found.content)) == (
        want["source"],
        want["cue"],
        want["content"],
    )


@given(documents(max_words=60))
def test_the_word_store_sums_the_word_features(text: str) -> None:
    doc, _ = _parse(text)
    model = _model()
    keys = list(dict.fromkeys((t.text, t.tag) for t in doc.tokens))
    store = ac._WordStore(model.weights, model.vocabulary)
    ids = store.ids_of(keys)
    for key, row in zip(keys, store.rows[ids], strict=True):
        feats = ac._word_features(*key, model.vocabulary)
        want = model.weights.sums([model.weights.rows(g) for g in feats[:5]])
        assert np.allclose(row, want, rtol=0, atol=1e-12)
    assert store.ids_of(keys).tolist() == ids.tolist()  # remembered: the same rows


def test_the_word_store_forgets_the_shapes_of_the_words_it_forgets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ac, "_MEMO_WORDS", 8)
    model = _model()
    store = ac._WordStore(model.weights, model.vocabulary)
    for k in range(40):  # junk: every word a shape of its own
        store.ids_of([(chr(0x3000 + 7 * k + j) * (j + 1), "NN") for j in range(3)])
    assert len(store.ids) <= 8
    assert sum(map(len, store._parts.values())) <= 4 * 8  # parts of the words kept, not every shape seen


def test_the_closed_tables_hold_the_summed_features_of_each_code() -> None:
    model = _model()
    w, closed = model.weights, model._closed
    for code in range(ac._CONTEXT_CODES):
        want = w.sums([w.rows(f) for f in ac._context_of(code)])
        assert all(np.array_equal(closed.contexts[code, g], want[g]) for g in range(5))
    for code in (0, 0b111111, 1 << 6 | 5 << 9, 5 << 6 | 2 << 9 | 0b101):
        assert np.array_equal(closed.flags[code], w.vector(ac._flag_names(code)))
    for a, b in (("DT", "NN"), ("NNP", "VBD"), ("DT", "no such tag")):
        got = closed.pairs[closed.tag_rows.get(a, 0), closed.tag_rows.get(b, 0)]
        assert np.array_equal(got, w.vector([f"pp={a}|{b}"]))


@pytest.mark.parametrize("odd", ["NN|VB", "X-TAG", "|", "VBD|"])
def test_the_fast_decoder_gives_crfsuites_labels_with_tags_the_model_never_saw(odd: str) -> None:
    tags = {"said": "VBD", "the": "DT", "Ann": odd, ".": "."}
    processor = TextProcessor.from_lexicons(tagger=lambda toks: [tags.get(t, "NN") for t in toks])
    doc = processor.parse("Ann said the plan failed. The plan, Ann said, failed badly.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rules = find_attributions(doc)
    model = _unbiased()
    assert model.tag(doc, rules) == model.tag_with_crfsuite(doc, rules)
