"""Relating in little memory: the sorts that choose and order relations, on keys they do not build,
give the order of the one key tuple they replace (issue 16)."""

from __future__ import annotations

import copy
import pickle
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import model, quantities, relations


def _entry(start: int, end: int, predicate: str) -> Any:
    span = SimpleNamespace(start=start, end=start + end)
    return SimpleNamespace(claim=SimpleNamespace(span=span, predicate=predicate))


_ENTRIES = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 2), st.sampled_from(["be", "say", "deny"])), min_size=2, max_size=6
)


@given(
    _ENTRIES,
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 5), st.sampled_from([0.5, 0.72, 0.9]), st.integers(1, 4)),
        max_size=30,
    ),
)
def test_strongest_first_is_the_order_of_priority_score_and_claim_ties(
    entry_rows: list[tuple[int, int, str]], rows: list[tuple[int, int, float, int]]
) -> None:
    entries = [_entry(*row) for row in entry_rows]
    candidates: list[Any] = [
        SimpleNamespace(a=entries[i % len(entries)], b=entries[j % len(entries)], score=score, priority=priority)
        for i, j, score, priority in rows
    ]

    def tie(e: Any) -> tuple[int, int, str]:
        return (-e.claim.span.start, -e.claim.span.end, e.claim.predicate)

    def key(ev: Any) -> tuple[int, float, tuple[tuple[int, int, str], ...]]:
        ta, tb = tie(ev.a), tie(ev.b)
        return (-ev.priority, -ev.score, (ta, tb) if ta <= tb else (tb, ta))

    expected = sorted(candidates, key=key)
    relations._strongest_first(candidates, entries)
    assert [id(c) for c in candidates] == [id(c) for c in expected]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.sampled_from(["agrees", "contradicts"]))))
def test_relations_come_in_text_order_of_their_statements_then_kind(rows: list[tuple[int, int, str]]) -> None:
    statements = [SimpleNamespace(doc_id="d", content=SimpleNamespace(start=10 * n), id=f"s{n}") for n in range(4)]
    found: list[Any] = [
        SimpleNamespace(a=statements[a], b=statements[b], kind=SimpleNamespace(value=kind)) for a, b, kind in rows
    ]
    expected = sorted(found, key=lambda r: (relations._order(r.a), relations._order(r.b), r.kind.value))
    assert [id(r) for r in relations._in_text_order(list(found))] == [id(r) for r in expected]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.sampled_from(["d", "e"]))))
def test_merged_relations_come_in_the_order_of_their_statements(rows: list[tuple[int, int, str]]) -> None:
    statements = [
        SimpleNamespace(doc_id=doc, content=SimpleNamespace(start=10 * (n % 2)), id=f"s{n}")
        for n in range(4)
        for doc in ("d", "e")
    ]
    found: list[Any] = [SimpleNamespace(a=statements[a], b=statements[2 * b + (doc == "e")]) for a, b, doc in rows]
    expected = sorted(found, key=quantities._relation_order)
    quantities._sort_in_relation_order(found)
    assert [id(r) for r in found] == [id(r) for r in expected]


_SAFE = "Ann Roe said the bridge was safe. Engineer Bo Lind denied that the bridge was safe."


def test_claim_relations_make_their_reasons_when_read() -> None:
    """A relation of two claims holds no reason strings (they quote both statements: most of what a
    relation held), yet reads, compares, hashes, pickles and round-trips as one that holds them."""
    analysis = claimkit.analyze(_SAFE, published="2020-05-04")
    [r] = analysis.relations
    assert not isinstance(model._reasons_slot.__get__(r, model.Relation), tuple)
    assert r.reasons == (
        "Ann Roe says “the bridge was safe”; Bo Lind denies “the bridge was safe”",
        "the same proposition with opposite polarity: the bridge be safe / the bridge not be safe",
    )
    held = attrs.evolve(r)
    assert isinstance(model._reasons_slot.__get__(held, model.Relation), tuple)
    assert held == r
    assert hash(held) == hash(r)
    assert repr(held) == repr(r)
    assert pickle.loads(pickle.dumps(r)) == r  # noqa: S301  (our own bytes)
    assert copy.deepcopy(r) == r
    assert claimkit.Analysis.from_json(analysis.to_json()).relations == (r,)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.reasons = ()  # type: ignore[misc]
