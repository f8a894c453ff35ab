import datetime as dt

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
