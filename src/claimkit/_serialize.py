"""JSON-compatible conversion of the model, through one private cattrs converter.

Dates and datetimes become ISO strings, enums their values, tuples lists.
The only module that imports cattrs.

The JSON of an :class:`~claimkit.Analysis` (format 2) writes each object once:

* ``actors`` holds every actor with its mentions; a statement's ``speaker`` and
  ``addressee`` name theirs by reference, ``{"id": ..., "name": ...}``;
* ``statements`` and ``claims`` hold every statement and claim; a relation's ``a`` and
  ``b`` are references ``{"doc_id": ..., "id": ...}`` to statements, its ``claims``
  references of the same shape to claims.

So the JSON grows with the input, not with statements times mentions or relations
times statements. An object that is not in its list (a hand-built analysis) is
written in full where it is used. Format 1 (every object in full wherever used) is
still read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from claimkit.errors import SerializationError
from claimkit.model import Actor, Analysis, Claim, PredicateClass, Relation, Statement

__all__ = [
    "FORMAT_VERSION",
    "analysis_from_dict",
    "analysis_to_dict",
    "from_plain",
    "relation_from_plain",
    "relation_to_plain",
    "statement_from_plain",
    "statement_to_plain",
    "to_plain",
]

FORMAT_VERSION = 2
"""The layout :func:`analysis_to_dict` writes: 2 writes actors, statements and claims once, by reference elsewhere."""
_READS = frozenset({1, 2})

T = TypeVar("T")
_ACTOR_REF = frozenset({"id", "name"})
_ITEM_REF = frozenset({"doc_id", "id"})
_ERRORS = (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError)


class _UnknownReferenceError(ValueError):
    """A reference to an object the JSON does not hold."""


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    for kind in (str, int, bool):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook(float, _number)
    conv.register_unstructure_hook(PredicateClass, lambda v: v.value)  # a str enum: else kept as the member
    return conv


def _strict(kind: type[Any]) -> Any:  # noqa: ANN401
    def check(value: object, _: object) -> object:
        if type(value) is not kind:
            msg = f"expected {kind.__name__}, got {type(value).__name__}: {value!r}"
            raise TypeError(msg)
        return value

    return check


def _number(value: object, _: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__}: {value!r}"
        raise TypeError(msg)
    return float(value)


_CONVERTER = _make_converter()


# ---------------------------------------------------------------------- the layout's pieces
# The generated (un)structure functions below leave the fields that hold other objects as they
# are: the callers put a reference or the whole object there.


def _as_is(value: object, *_: object) -> object:
    return value


def _actor_in(value: object, _: object) -> Actor | None:
    if value is None or isinstance(value, Actor):
        return value
    return _CONVERTER.structure(value, Actor)


def _statement_in(value: object, _: object) -> Statement:
    if isinstance(value, Statement):
        return value
    if not isinstance(value, dict):
        msg = f"expected a statement, got {type(value).__name__}"
        raise TypeError(msg)
    return _STATEMENT_IN(value, Statement)


def _claims_in(value: object, _: object) -> tuple[Claim, ...]:
    if not isinstance(value, list):
        msg = f"expected a list of claims, got {type(value).__name__}"
        raise TypeError(msg)
    return tuple(c if isinstance(c, Claim) else _CONVERTER.structure(c, Claim) for c in value)


_KEEP = override(unstruct_hook=_as_is)
_STATEMENT_OUT = make_dict_unstructure_fn(Statement, _CONVERTER, speaker=_KEEP, addressee=_KEEP)
_RELATION_OUT = make_dict_unstructure_fn(Relation, _CONVERTER, a=_KEEP, b=_KEEP, claims=_KEEP)
_ANALYSIS_OUT = make_dict_unstructure_fn(Analysis, _CONVERTER, statements=_KEEP, relations=_KEEP)
_STATEMENT_IN = make_dict_structure_fn(
    Statement,
    _CONVERTER,
    _cattrs_forbid_extra_keys=True,
    speaker=override(struct_hook=_actor_in),
    addressee=override(struct_hook=_actor_in),
)
_RELATION_IN = make_dict_structure_fn(
    Relation,
    _CONVERTER,
    _cattrs_forbid_extra_keys=True,
    a=override(struct_hook=_statement_in),
    b=override(struct_hook=_statement_in),
    claims=override(struct_hook=_claims_in),
)
_GIVEN = override(struct_hook=_as_is)
_ANALYSIS_IN = make_dict_structure_fn(
    Analysis,
    _CONVERTER,
    _cattrs_forbid_extra_keys=True,
    actors=_GIVEN,
    statements=_GIVEN,
    claims=_GIVEN,
    relations=_GIVEN,
)


def _by_id(items: Iterable[T]) -> dict[str, T]:
    return {item.id: item for item in items}  # type: ignore[attr-defined]


def _listed(item: T, listed: Mapping[str, T]) -> bool:
    """Whether *item* is the one its list holds under its id (so a reference to it reads back equal)."""
    found = listed.get(item.id)  # type: ignore[attr-defined]
    return found is item or found == item


def _is_ref(data: object, keys: frozenset[str]) -> bool:
    return isinstance(data, dict) and "id" in data and data.keys() <= keys


def _resolve(data: object, keys: frozenset[str], lookup: Callable[[dict[str, Any]], T | None], what: str) -> object:
    """The object a reference *data* names (through *lookup*), or *data* itself when it is not a reference."""
    if not _is_ref(data, keys):
        return data
    assert isinstance(data, dict)  # for mypy: _is_ref checked it
    found = lookup(data)
    if found is None:
        msg = f"no {what} with id {data['id']!r}"
        raise _UnknownReferenceError(msg)
    return found


# ---------------------------------------------------------------------- statements and relations


def statement_to_plain(s: Statement, actors: Mapping[str, Actor]) -> dict[str, Any]:
    """*s* as JSON-compatible data, its speaker and addressee by reference when *actors* holds them."""
    data: dict[str, Any] = _STATEMENT_OUT(s)
    for key in ("speaker", "addressee"):
        actor = data[key]
        if actor is not None:
            data[key] = {"id": actor.id, "name": actor.name} if _listed(actor, actors) else to_plain(actor)
    return data


def statement_from_plain(data: object, actor: Callable[[str], Actor | None]) -> Statement:
    """The statement :func:`statement_to_plain` gave *data* for; *actor* finds an actor by id.

    Raises:
        SerializationError: if *data* is not one, or names an actor *actor* does not find.
    """
    try:
        return _statement(data, actor)
    except _ERRORS as e:
        msg = f"not a serialized Statement: {e}"
        raise SerializationError(msg) from e


def _statement(data: object, actor: Callable[[str], Actor | None], *, references: bool = True) -> Statement:
    if not isinstance(data, dict):
        msg = f"expected a dict, got {type(data).__name__}"
        raise TypeError(msg)
    body = dict(data)
    for key in ("speaker", "addressee"):
        if references and key in body:
            body[key] = _resolve(body[key], _ACTOR_REF, lambda ref: actor(ref["id"]), "actor")
    return _STATEMENT_IN(body, Statement)


def relation_to_plain(
    r: Relation,
    *,
    statement_ref: Callable[[Statement], bool],
    claim_ref: Callable[[Claim], bool],
    actors: Mapping[str, Actor],
) -> dict[str, Any]:
    """*r* as JSON-compatible data: a statement or claim for which *statement_ref* or *claim_ref*
    says yes by reference, ``{"doc_id": ..., "id": ...}``, else in full (its actors by reference
    when *actors* holds them)."""
    data: dict[str, Any] = _RELATION_OUT(r)
    for key in ("a", "b"):
        s = data[key]
        data[key] = {"doc_id": s.doc_id, "id": s.id} if statement_ref(s) else statement_to_plain(s, actors)
    data["claims"] = [{"doc_id": c.doc_id, "id": c.id} if claim_ref(c) else to_plain(c) for c in r.claims]
    return data


def relation_from_plain(
    data: object,
    *,
    statement: Callable[[str | None, str], Statement | None],
    claim: Callable[[str | None, str], Claim | None],
    actor: Callable[[str], Actor | None],
) -> Relation:
    """The relation :func:`relation_to_plain` gave *data* for; *statement* and *claim* find one by (doc_id, id).

    Raises:
        SerializationError: if *data* is not one, or names an object the lookups do not find.
    """
    try:
        return _relation(data, statement, claim, actor)
    except _ERRORS as e:
        msg = f"not a serialized Relation: {e}"
        raise SerializationError(msg) from e


def _relation(
    data: object,
    statement: Callable[[str | None, str], Statement | None],
    claim: Callable[[str | None, str], Claim | None],
    actor: Callable[[str], Actor | None],
    *,
    references: bool = True,
) -> Relation:
    if not isinstance(data, dict):
        msg = f"expected a dict, got {type(data).__name__}"
        raise TypeError(msg)
    body = dict(data)
    for key in ("a", "b"):
        if key in body:
            side = body[key]
            if references:
                side = _resolve(side, _ITEM_REF, lambda ref: statement(ref.get("doc_id"), ref["id"]), "statement")
            body[key] = side if isinstance(side, Statement) else _statement(side, actor, references=references)
    if references and isinstance(body.get("claims"), list):
        body["claims"] = [
            _resolve(c, _ITEM_REF, lambda ref: claim(ref.get("doc_id"), ref["id"]), "claim") for c in body["claims"]
        ]
    return _RELATION_IN(body, Relation)


# ---------------------------------------------------------------------- analyses


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    actors = _by_id(analysis.actors)
    statements = _by_id(analysis.statements)
    claims = _by_id(analysis.claims)
    data: dict[str, Any] = _ANALYSIS_OUT(analysis)
    data["statements"] = [statement_to_plain(s, actors) for s in analysis.statements]
    data["relations"] = [
        relation_to_plain(
            r,
            statement_ref=lambda s: _listed(s, statements),
            claim_ref=lambda c: _listed(c, claims),
            actors=actors,
        )
        for r in analysis.relations
    ]
    data["format"] = FORMAT_VERSION
    return data


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    if not isinstance(data, dict):
        msg = f"expected a dict, got {type(data).__name__}"
        raise SerializationError(msg)
    body = dict(data)
    version = body.pop("format", FORMAT_VERSION)
    if version not in _READS or type(version) is not int:
        msg = f"unsupported format version {version!r} (this claimkit reads {', '.join(map(str, sorted(_READS)))})"
        raise SerializationError(msg)
    try:
        return _analysis(body, references=version > 1)
    except _ERRORS as e:
        msg = f"not a serialized Analysis: {e}"
        raise SerializationError(msg) from e


def _items(body: dict[str, Any], key: str) -> list[Any]:
    value = body.get(key, [])
    if not isinstance(value, list):
        msg = f"{key}: expected a list, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _analysis(body: dict[str, Any], *, references: bool) -> Analysis:
    actors = tuple(_CONVERTER.structure(a, Actor) for a in _items(body, "actors"))
    actors_by_id = _by_id(actors) if references else {}  # format 1 holds no references: none is looked up
    statements = tuple(_statement(s, actors_by_id.get, references=references) for s in _items(body, "statements"))
    statements_by_id = _by_id(statements) if references else {}
    claims = tuple(_CONVERTER.structure(c, Claim) for c in _items(body, "claims"))
    claims_by_id = _by_id(claims) if references else {}
    relations = tuple(
        _relation(
            r,
            lambda _doc, ref: statements_by_id.get(ref),
            lambda _doc, ref: claims_by_id.get(ref),
            actors_by_id.get,
            references=references,
        )
        for r in _items(body, "relations")
    )
    body.update(actors=actors, statements=statements, claims=claims, relations=relations)
    return _ANALYSIS_IN(body, Analysis)


# ---------------------------------------------------------------------- any object


def to_plain(value: object) -> Any:  # noqa: ANN401  (JSON-compatible data of any shape)
    """Any model object (a Statement, a Relation ...) as JSON-compatible data, every object in full."""
    return _CONVERTER.unstructure(value)


def from_plain(data: object, cls: type[T]) -> T:
    """The model object of type *cls* that :func:`to_plain` gave *data* for.

    Raises:
        SerializationError: if *data* is not one.
    """
    try:
        return _CONVERTER.structure(data, cls)
    except _ERRORS as e:
        msg = f"not a serialized {cls.__name__}: {e}"
        raise SerializationError(msg) from e
