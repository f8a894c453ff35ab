"""Flat tables of analyses: one row per statement, actor, time expression or relation.

:func:`to_records` turns analyses into rows (plain dicts of str, int, float, bool
or ``None``) with the same columns every time, in the order of :data:`COLUMNS`;
:func:`to_frame` gives the same rows as a pandas DataFrame (``pip install
"claimkit[pandas]"``). The CLI writes them as CSV (``--format csv --table ...``).

>>> import claimkit
>>> a = claimkit.analyze("“We left on Monday,” Jane Doe said.", published="2017-07-26", doc_id="a1")
>>> [(r["doc_id"], r["speaker"], r["kind"], r["content"]) for r in to_records(a)]
[('a1', 'Jane Doe', 'direct', '“We left on Monday,”')]

Offsets are character offsets into the analysis text: ``text[row["content_start"]:
row["content_end"]] == row["content"]``. Dates and datetimes are ISO strings in the
rows (``to_frame`` turns them into pandas datetimes).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from claimkit.errors import InvalidInputError, MissingDependencyError, short_repr
from claimkit.model import Analysis, Relation, Statement

if TYPE_CHECKING:
    import pandas as pd

    from claimkit.model import Actor, TimeExpression

__all__ = ["COLUMNS", "TABLES", "to_frame", "to_records"]

Row = dict[str, Any]

COLUMNS: Mapping[str, tuple[str, ...]] = {
    "statements": (
        "doc_id",
        "published",
        "statement_id",
        "kind",
        "stance",
        "speaker",
        "speaker_id",
        "speaker_kind",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "cue",
        "cue_text",
        "cue_start",
        "cue_end",
        "content",
        "content_start",
        "content_end",
        "time",
        "time_granularity",
        "time_from",
        "time_until",
        "time_source",
        "time_text",
        "continues",
        "via",
        "addressee",
    ),
    "actors": (
        "doc_id",
        "actor_id",
        "name",
        "kind",
        "role",
        "part_of",
        "aliases",
        "mentions",
        "statements",
        "first_start",
        "first_end",
    ),
    "times": (
        "doc_id",
        "text",
        "start",
        "end",
        "timex",
        "time_kind",
        "granularity",
        "time_from",
        "time_until",
        "mod",
        "anchor",
    ),
    "relations": (
        "kind",
        "score",
        "cross_document",
        "a_doc_id",
        "a_statement_id",
        "a_speaker",
        "a_content",
        "a_start",
        "a_end",
        "b_doc_id",
        "b_statement_id",
        "b_speaker",
        "b_content",
        "b_start",
        "b_end",
        "reasons",
    ),
}
"""The columns of each table, in order. They only change with a changelog entry."""

TABLES: tuple[str, ...] = tuple(COLUMNS)
"""The table names: ``"statements"``, ``"actors"``, ``"times"``, ``"relations"``."""

LIST_SEPARATOR = "; "
"""Joins the items of a list-valued cell (aliases, via)."""
REASON_SEPARATOR = " | "
"""Joins the reasons of a relation (a reason may itself contain "; ")."""

_OFFSETS = frozenset(
    c for cols in COLUMNS.values() for c in cols if c.endswith(("_start", "_end")) or c in {"start", "end"}
)
_DATETIMES = frozenset({"published", "time_from", "time_until"})


def to_records(
    analyses: Analysis | Relation | Iterable[Analysis | Relation], /, *, table: str = "statements"
) -> list[Row]:
    """The rows of one table for *analyses*, as a list of flat dicts.

    Args:
        analyses: An :class:`~claimkit.Analysis` or an iterable of them. For
            ``table="relations"``, :class:`~claimkit.Relation` objects may be given
            too (such as those of :func:`claimkit.find_relations`, across documents);
            the relations of an analysis are its own (within the document).
        table: ``"statements"`` (one row per statement), ``"actors"``, ``"times"``
            (one row per time expression) or ``"relations"``. :data:`COLUMNS` lists
            each table's columns, in the order every row has them.

    Returns:
        One dict per row, keys in :data:`COLUMNS` order. A relation listed by two
        of the analyses is one row.

    Raises:
        InvalidInputError: for an unknown *table*, or an item that is not an
            :class:`~claimkit.Analysis` (or a :class:`~claimkit.Relation` for the relations table).

    >>> import claimkit
    >>> a = claimkit.analyze("“We left on Monday,” Jane Doe said.", published="2017-07-26", doc_id="a1")
    >>> [(r["name"], r["kind"], r["statements"]) for r in to_records(a, table="actors")]
    [('Jane Doe', 'person', 1)]
    >>> [(r["text"], r["timex"]) for r in to_records(a, table="times")]
    [('Monday', '2017-07-24')]
    >>> to_records(a, table="quotes")
    Traceback (most recent call last):
    ...
    claimkit.errors.InvalidInputError: unknown table 'quotes'; the tables are statements, actors, times, relations
    """
    if not isinstance(table, str) or table not in COLUMNS:
        msg = f"unknown table {short_repr(table)}; the tables are {', '.join(TABLES)}"
        raise InvalidInputError(msg)
    items = _items(analyses, relations_ok=table == "relations")
    return list(_rows(items, table))


def to_frame(
    analyses: Analysis | Relation | Iterable[Analysis | Relation], /, *, table: str = "statements"
) -> pd.DataFrame:
    """The rows of :func:`to_records` as a pandas DataFrame (``pip install "claimkit[pandas]"``).

    The columns are those of :data:`COLUMNS` (all of them, even with no rows);
    offsets are nullable integers (``Int64``), ``published``, ``time_from`` and
    ``time_until`` are datetimes.

    Raises:
        MissingDependencyError: if pandas is not installed.
        InvalidInputError: as :func:`to_records`.

    >>> import claimkit
    >>> frame = to_frame(claimkit.analyze("“We left,” Jane Doe said.", doc_id="a1"))
    >>> frame[["speaker", "kind", "content_start", "content_end"]].to_dict("records")
    [{'speaker': 'Jane Doe', 'kind': 'direct', 'content_start': 0, 'content_end': 10}]
    """
    rows = to_records(analyses, table=table)
    try:
        import pandas as pd  # noqa: PLC0415  (optional)
    except ImportError as e:
        msg = 'to_frame() needs pandas: pip install "claimkit[pandas]" (or pip install pandas); to_records() does not'
        raise MissingDependencyError(msg) from e
    columns = list(COLUMNS[table])
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for column in columns:
        if column in _OFFSETS or column in {"mentions", "statements"}:
            frame[column] = frame[column].astype("Int64")
        elif column in _DATETIMES:
            frame[column] = pd.to_datetime(frame[column], format="ISO8601")
    return frame


# ---------------------------------------------------------------------- rows


def _items(analyses: object, *, relations_ok: bool) -> list[Analysis | Relation]:
    if isinstance(analyses, (Analysis, Relation)):
        found: list[object] = [analyses]
    elif isinstance(analyses, Iterable) and not isinstance(analyses, (str, bytes, Mapping)):
        found = list(analyses)
    else:
        msg = f"expected an Analysis or an iterable of them, got {type(analyses).__name__}: {short_repr(analyses)}"
        raise InvalidInputError(msg)
    out: list[Analysis | Relation] = []
    for item in found:
        if isinstance(item, Analysis) or (relations_ok and isinstance(item, Relation)):
            out.append(item)
            continue
        wanted = "an Analysis or a Relation" if relations_ok else "an Analysis"
        msg = f"expected {wanted}, got {type(item).__name__}: {short_repr(item)}"
        raise InvalidInputError(msg)
    return out


def _rows(items: list[Analysis | Relation], table: str) -> Iterator[Row]:
    if table == "relations":
        seen: set[int] = set()
        for item in items:
            for r in item.relations if isinstance(item, Analysis) else (item,):
                if id(r) not in seen:  # by identity: hashing a relation walks every nested span
                    seen.add(id(r))
                    yield relation_row(r)
        return
    for item in items:
        if not isinstance(item, Analysis):  # pragma: no cover  (_items lets relations through only for that table)
            continue
        if table == "statements":
            yield from statement_rows(item)
        elif table == "actors":
            yield from actor_rows(item)
        else:
            yield from (time_row(item, t) for t in item.times)


def _iso(value: Any) -> str | None:  # noqa: ANN401  (a date, a datetime or None)
    return None if value is None else str(value.isoformat())


def speaker_of(statement: Statement, by_id: Mapping[str, Statement]) -> Statement:
    """The statement that names *statement*'s speaker: itself, or the one it continues."""
    seen = {statement.id}
    s = statement
    while s.speaker is None and s.speaker_span is None and s.continues is not None:
        before = by_id.get(s.continues)
        if before is None or before.id in seen:
            break
        seen.add(before.id)
        s = before
    return s


def _speaker_name(s: Statement) -> str | None:
    if s.speaker is not None:
        return s.speaker.name
    return s.speaker_span.text if s.speaker_span is not None else None


def statement_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per statement of *analysis* (the ``statements`` table)."""
    by_id = {s.id: s for s in analysis.statements}
    names = {a.id: a.name for a in analysis.actors}
    for s in analysis.statements:
        source = speaker_of(s, by_id)
        v = s.time
        source_kind, time_text = _time_source(analysis, s)
        yield {
            "doc_id": s.doc_id if s.doc_id is not None else analysis.doc_id,
            "published": _iso(analysis.published),
            "statement_id": s.id,
            "kind": s.kind.value,
            "stance": s.stance.value,
            "speaker": _speaker_name(source),
            "speaker_id": source.speaker.id if source.speaker is not None else None,
            "speaker_kind": source.speaker.kind.value if source.speaker is not None else None,
            "speaker_text": s.speaker_span.text if s.speaker_span is not None else None,
            "speaker_start": s.speaker_span.start if s.speaker_span is not None else None,
            "speaker_end": s.speaker_span.end if s.speaker_span is not None else None,
            "cue": s.cue,
            "cue_text": s.cue_span.text if s.cue_span is not None else None,
            "cue_start": s.cue_span.start if s.cue_span is not None else None,
            "cue_end": s.cue_span.end if s.cue_span is not None else None,
            "content": s.content.text,
            "content_start": s.content.start,
            "content_end": s.content.end,
            "time": v.timex if v is not None else None,
            "time_granularity": v.granularity.value if v is not None else None,
            "time_from": _iso(v.start) if v is not None else None,
            "time_until": _iso(v.end) if v is not None else None,
            "time_source": source_kind,
            "time_text": time_text,
            "continues": s.continues,
            "via": LIST_SEPARATOR.join(names.get(v_id, v_id) for v_id in s.via) or None,
            "addressee": s.addressee.name if s.addressee is not None else None,
        }


def _time_source(analysis: Analysis, s: Statement) -> tuple[str | None, str | None]:
    """Where a statement's time comes from (:attr:`~claimkit.Statement.time_source`) and, when
    a time expression in the statement's sentences has that value, the expression as written."""
    v = s.time
    if v is None:
        return None, None
    source = s.time_source.value if s.time_source is not None else None
    spans = [s.content, *(x for x in (s.speaker_span, s.cue_span) if x is not None)]
    lo, hi = min(x.start for x in spans), max(x.end for x in spans)
    for sentence in analysis.sentences:  # widen to the sentences the statement touches
        if sentence.start < hi and lo < sentence.end:
            lo, hi = min(lo, sentence.start), max(hi, sentence.end)
    for t in analysis.times:
        if t.value is not None and t.value.timex == v.timex and lo <= t.span.start and t.span.end <= hi:
            return source, t.span.text
    return source, None


def actor_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per actor of *analysis* (the ``actors`` table)."""
    spoken: dict[str, int] = {}
    for s in analysis.statements:
        if s.speaker is not None:
            spoken[s.speaker.id] = spoken.get(s.speaker.id, 0) + 1
    for a in analysis.actors:
        yield actor_row(analysis.doc_id, a, spoken.get(a.id, 0))


def actor_row(doc_id: str | None, a: Actor, statements: int) -> Row:
    first = min(a.mentions, key=lambda m: m.start) if a.mentions else None
    return {
        "doc_id": doc_id,
        "actor_id": a.id,
        "name": a.name,
        "kind": a.kind.value,
        "role": a.role,
        "part_of": a.part_of,
        "aliases": LIST_SEPARATOR.join(a.aliases) or None,
        "mentions": len(a.mentions),
        "statements": statements,
        "first_start": first.start if first is not None else None,
        "first_end": first.end if first is not None else None,
    }


def time_row(analysis: Analysis, t: TimeExpression) -> Row:
    v = t.value
    return {
        "doc_id": analysis.doc_id,
        "text": t.span.text,
        "start": t.span.start,
        "end": t.span.end,
        "timex": v.timex if v is not None else None,
        "time_kind": v.kind.value if v is not None else None,
        "granularity": v.granularity.value if v is not None else None,
        "time_from": _iso(v.start) if v is not None else None,
        "time_until": _iso(v.end) if v is not None else None,
        "mod": v.mod if v is not None else None,
        "anchor": t.anchor.timex if t.anchor is not None else None,
    }


def relation_row(r: Relation) -> Row:
    """The ``relations`` table's row for *r*."""
    return {
        "kind": r.kind.value,
        "score": r.score,
        "cross_document": r.a.doc_id != r.b.doc_id,
        "a_doc_id": r.a.doc_id,
        "a_statement_id": r.a.id,
        "a_speaker": _speaker_name(r.a),
        "a_content": r.a.content.text,
        "a_start": r.a.content.start,
        "a_end": r.a.content.end,
        "b_doc_id": r.b.doc_id,
        "b_statement_id": r.b.id,
        "b_speaker": _speaker_name(r.b),
        "b_content": r.b.content.text,
        "b_start": r.b.content.start,
        "b_end": r.b.content.end,
        "reasons": REASON_SEPARATOR.join(r.reasons),
    }
