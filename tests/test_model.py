import copy as copy_module
import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import (
    Actor,
    ActorKind,
    Analysis,
    Evidence,
    Granularity,
    InvalidSpanError,
    NotFoundError,
    Relation,
    RelationKind,
    SerializationError,
    Span,
    Statement,
    StatementKind,
    TimeKind,
    TimeValue,
)
from claimkit.testing import spans


def test_span_checks_offsets():
    with pytest.raises(InvalidSpanError):
        Span(start=3, end=1, text="")
    with pytest.raises(InvalidSpanError):
        Span(start=0, end=2, text="abc")
    with pytest.raises(InvalidSpanError):
        Span.from_text("abc", 1, 9)
    assert isinstance(InvalidSpanError("x"), ValueError)


@given(st.text(max_size=20), st.integers(-3, 25), st.integers(-3, 25))
def test_span_from_text_is_the_checked_constructor(text, start, end):
    if 0 <= start <= end <= len(text):
        span = Span.from_text(text, start, end)
        made = Span(start=start, end=end, text=text[start:end])
        assert (span, hash(span), repr(span), attrs.asdict(span)) == (made, hash(made), repr(made), attrs.asdict(made))
    else:
        with pytest.raises(InvalidSpanError):
            Span.from_text(text, start, end)


def test_span_pickles_and_copies():
    span = Span.from_text("He said so.", 3, 7)
    again = pickle.loads(pickle.dumps(span))  # noqa: S301  (our own bytes)
    for copy in (again, copy_module.copy(span), copy_module.deepcopy(span)):
        assert (copy, hash(copy), type(copy)) == (span, hash(span), Span)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        again.start = 0  # type: ignore[misc]


def test_lookup_of_an_unknown_id_raises_not_found():
    a = Analysis(text="Hi.")
    with pytest.raises(NotFoundError, match="no statement with id 's9'"):
        a.statement("s9")
    with pytest.raises(NotFoundError, match="no actor with id 'nobody'"):
        a.actor("nobody")
    with pytest.raises(KeyError):  # what callers caught before still works
        a.statement("s9")


@given(st.text(max_size=50).flatmap(lambda t: st.tuples(st.just(t), spans(t))))
def test_span_slices_back(pair):
    text, span = pair
    assert text[span.start : span.end] == span.text


def test_time_value_interval_must_be_ordered():
    with pytest.raises(ValueError):
        TimeValue(
            timex="2017",
            kind=TimeKind.DATE,
            granularity=Granularity.YEAR,
            start=dt.datetime(2018, 1, 1),
            end=dt.datetime(2017, 1, 1),
        )


def test_actor_needs_a_name():
    with pytest.raises(ValueError):
        Actor(id="x", name="")


def test_frozen():
    s = Span.from_text("abc", 0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.start = 2  # type: ignore[misc]


def _sample() -> Analysis:
    text = "“We left,” the minister said on Wednesday."
    actor = Actor(id="minister", name="the minister", kind=ActorKind.PERSON, mentions=(Span.from_text(text, 11, 23),))
    s1 = Statement(
        id="s1",
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, 1, 8),
        speaker=actor,
        speaker_span=actor.mentions[0],
        cue="said",
        cue_span=Span.from_text(text, 24, 28),
        evidence=(
            Evidence(rule="quote-then-subject-then-verb", span=actor.mentions[0]),
            Evidence(rule="quote-then-said-verb", span=Span.from_text(text, 1, 8)),
        ),
        time=TimeValue(
            timex="2017-07-26",
            kind=TimeKind.DATE,
            granularity=Granularity.DAY,
            start=dt.datetime(2017, 7, 26),
            end=dt.datetime(2017, 7, 27),
        ),
        doc_id="d",
    )
    s2 = attrs.evolve(s1, id="s2")
    return Analysis(
        text=text,
        doc_id="d",
        published=dt.date(2017, 7, 26),
        statements=(s1, s2),
        actors=(actor,),
        relations=(Relation(kind=RelationKind.AGREES, a=s1, b=s2, score=0.5, reasons=("same",)),),
    )


def test_json_round_trip():
    a = _sample()
    assert Analysis.from_json(a.to_json()) == a
    assert Analysis.from_dict(a.to_dict()) == a


def test_json_writes_each_actor_and_statement_once():
    a = _sample()
    data = a.to_dict()
    assert data["format"] == 2
    assert data["actors"][0]["mentions"] == [{"start": 11, "end": 23, "text": "the minister"}]
    assert [s["speaker"] for s in data["statements"]] == [{"id": "minister", "name": "the minister"}] * 2
    assert (data["relations"][0]["a"], data["relations"][0]["b"]) == (
        {"doc_id": "d", "id": "s1"},
        {"doc_id": "d", "id": "s2"},
    )
    again = Analysis.from_dict(data)
    assert again == a
    assert again.statements[0].speaker is again.actors[0]  # one object, as analyze() gives
    assert again.relations[0].a is again.statements[0]


def test_json_of_format_1_is_still_read():
    from claimkit._serialize import to_plain

    a = _sample()
    old = to_plain(a) | {"format": 1}  # format 1: every object in full wherever it is used
    assert old["statements"][0]["speaker"]["mentions"]
    assert Analysis.from_dict(old) == a


def test_an_object_missing_from_its_list_is_written_in_full():
    a = _sample()
    alone = attrs.evolve(a, actors=(), statements=a.statements[:1])  # s2 and the speaker are listed nowhere
    data = alone.to_dict()
    assert data["statements"][0]["speaker"]["mentions"]
    assert data["relations"][0]["a"] == {"doc_id": "d", "id": "s1"}
    assert data["relations"][0]["b"]["id"] == "s2"
    assert data["relations"][0]["b"]["speaker"]["kind"] == "person"
    assert Analysis.from_dict(data) == alone


def test_a_reference_to_nothing_is_a_serialization_error():
    data = _sample().to_dict()
    data["statements"][1]["speaker"] = {"id": "nobody", "name": "Nobody"}
    with pytest.raises(SerializationError, match="no actor with id 'nobody'"):
        Analysis.from_dict(data)
    data = _sample().to_dict()
    data["relations"][0]["b"] = {"doc_id": "d", "id": "s9"}
    with pytest.raises(SerializationError, match="no statement with id 's9'"):
        Analysis.from_dict(data)


def test_evidence_is_in_the_json():
    data = _sample().to_dict()
    assert data["statements"][0]["evidence"][1] == {
        "rule": "quote-then-said-verb",
        "span": {"start": 1, "end": 8, "text": "We left"},
    }
    with pytest.raises(ValueError):
        Evidence(rule="")


def test_from_json_rejects_junk():
    for junk in ("", "[]", "{", '{"text": 3}', '{"format": 99, "text": "x"}'):
        with pytest.raises(SerializationError):
            Analysis.from_json(junk)


@given(st.text(max_size=40))
def test_evolve_and_asdict_round_trip(text):
    a = Analysis(text=text, sentences=(Span.from_text(text, 0, len(text)),))
    assert attrs.evolve(a) == a
    assert Analysis(**attrs.asdict(a, recurse=False)) == a
    assert Analysis.from_json(a.to_json()) == a


@pytest.mark.needs_nltk_data
def test_a_relation_names_its_claims_by_reference():
    import claimkit

    a = claimkit.analyze(
        "“Russia supplies weapons to the rebels,” Jane Doe said. “Russia does not supply weapons to the rebels,” "
        "Ana Ruiz said.",
        published="2017-07-26",
        doc_id="d",
    )
    assert a.relations
    assert a.relations[0].claims
    data = a.to_dict()
    assert data["relations"][0]["claims"] == [{"doc_id": c.doc_id, "id": c.id} for c in a.relations[0].claims]
    assert Analysis.from_dict(data) == a
