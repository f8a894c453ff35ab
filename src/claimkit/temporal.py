"""Time: find time expressions and normalize them against the right anchor.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from claimkit.errors import DateNormalizationError, short_repr

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimkit.attribution import Attribution
    from claimkit.model import TimeExpression, TimeValue
    from claimkit.text import Document

__all__ = ["TimeResult", "normalize_date", "resolve_times"]


@attrs.frozen(kw_only=True)
class TimeResult:
    times: tuple[TimeExpression, ...] = ()
    statement_times: Mapping[str, TimeValue] = attrs.field(factory=dict)
    """Attribution id -> the time its statement was made."""


def normalize_date(expression: str, /, *, reference: dt.date | dt.datetime) -> TimeValue:
    """Normalize one time expression against *reference*.

    Raises:
        DateNormalizationError: if *expression* is not a time expression claimkit can read.
    """
    del reference
    msg = f"cannot normalize {short_repr(expression)}"
    raise DateNormalizationError(msg)


def resolve_times(doc: Document, attributions: Sequence[Attribution], *, reference: dt.date | None) -> TimeResult:
    """Every time expression in *doc*, and the time of each attribution."""
    del doc, attributions, reference
    return TimeResult()
