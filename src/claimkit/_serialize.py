"""JSON-compatible conversion of the model, through one private cattrs converter.

Dates and datetimes become ISO strings, enums their values, tuples lists.
The only module that imports cattrs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import cattrs

from claimkit.errors import SerializationError
from claimkit.model import Analysis, PredicateClass

__all__ = ["analysis_from_dict", "analysis_to_dict", "from_plain", "to_plain"]

FORMAT_VERSION = 1

T = TypeVar("T")


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


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    data: dict[str, Any] = _CONVERTER.unstructure(analysis)
    data["format"] = FORMAT_VERSION
    return data


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    if not isinstance(data, dict):
        msg = f"expected a dict, got {type(data).__name__}"
        raise SerializationError(msg)
    body = dict(data)
    version = body.pop("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        msg = f"unsupported format version {version!r} (this claimkit reads {FORMAT_VERSION})"
        raise SerializationError(msg)
    try:
        return _CONVERTER.structure(body, Analysis)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as e:
        msg = f"not a serialized Analysis: {e}"
        raise SerializationError(msg) from e


def to_plain(value: object) -> Any:  # noqa: ANN401  (JSON-compatible data of any shape)
    """Any model object (a Statement, a Relation ...) as JSON-compatible data."""
    return _CONVERTER.unstructure(value)


def from_plain(data: object, cls: type[T]) -> T:
    """The model object of type *cls* that :func:`to_plain` gave *data* for.

    Raises:
        SerializationError: if *data* is not one.
    """
    try:
        return _CONVERTER.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as e:
        msg = f"not a serialized {cls.__name__}: {e}"
        raise SerializationError(msg) from e
