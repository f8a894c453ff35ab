"""Every exception and warning claimkit raises.

Catch :class:`ClaimkitError` to handle any failure of the library at once.
Each error also subclasses the builtin a caller would naturally expect,
so ``except ValueError`` keeps working for bad values::

    ClaimkitError(Exception)
    ├── InvalidInputError(ClaimkitError, ValueError)     bad text, date or argument
    │   └── InputTooLargeError                           text over the configured size limit
    ├── InvalidSpanError(ClaimkitError, ValueError)      offsets that do not slice the text
    ├── DateNormalizationError(ClaimkitError, ValueError) a time expression that cannot be read
    ├── SerializationError(ClaimkitError, ValueError)    JSON that is not an Analysis
    ├── ResourceMissingError(ClaimkitError, LookupError) NLTK data not installed
    ├── MissingDependencyError(ClaimkitError, ImportError) an optional package (pandas) not installed
    ├── NotFoundError(ClaimkitError, KeyError)           no statement, actor or document with that id
    └── StoreError(ClaimkitError)                         a store that cannot be opened or written

    ClaimkitWarning(UserWarning)
    ├── AmbiguousDateWarning                             flagged, not forbidden
    └── UnbalancedQuoteWarning                           a quote mark with no partner

Messages include the ``repr()`` of the offending input (shortened when long).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "AmbiguousDateWarning",
    "ClaimkitError",
    "ClaimkitWarning",
    "DateNormalizationError",
    "InputTooLargeError",
    "InvalidInputError",
    "InvalidSpanError",
    "MissingDependencyError",
    "NotFoundError",
    "ResourceMissingError",
    "SerializationError",
    "StoreError",
    "UnbalancedQuoteWarning",
    "short_repr",
]


def short_repr(value: object, limit: int = 80) -> str:
    """Return ``repr(value)``, cut to about *limit* characters.

    >>> short_repr("x" * 100, limit=10)
    "'xxxxxxxx…"
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ClaimkitError(Exception):
    """Root of every error claimkit raises."""


class InvalidInputError(ClaimkitError, ValueError):
    """An argument claimkit cannot work with (wrong type, malformed date, ...)."""


class InputTooLargeError(InvalidInputError):
    """The text is longer than the analyzer's ``max_chars`` limit."""


class InvalidSpanError(ClaimkitError, ValueError):
    """Offsets that are out of range or do not slice back to the stored text."""


class DateNormalizationError(ClaimkitError, ValueError):
    """A time expression that cannot be normalized."""


class SerializationError(ClaimkitError, ValueError):
    """Data that cannot be turned back into claimkit objects."""


class ResourceMissingError(ClaimkitError, LookupError):
    """NLTK data claimkit needs is not installed; the message says how to install it."""


class MissingDependencyError(ClaimkitError, ImportError):
    """An optional package a feature needs is not installed; the message says how to install it.

    .. versionadded:: 0.1.0
    """


class NotFoundError(ClaimkitError, KeyError):
    """No statement, actor or stored document has the id asked for.

    .. versionadded:: 0.2.0
    """

    def __str__(self) -> str:
        # KeyError's own str() is the repr of its argument; the message reads better plain
        return str(self.args[0]) if self.args else ""


class StoreError(ClaimkitError):
    """A :class:`~claimkit.Store` that cannot be opened, read or written (not a claimkit store,
    a newer schema, a disk error).

    .. versionadded:: 0.1.0
    """


class ClaimkitWarning(UserWarning):
    """Root of every warning claimkit emits."""


class AmbiguousDateWarning(ClaimkitWarning):
    """A date that could be read more than one way; claimkit picked one.

    :func:`claimkit.normalize_date` warns it for an all-number date whose first two numbers could each be
    the month ("03/04/2017"): claimkit reads the month first, as US news does.
    """


class UnbalancedQuoteWarning(ClaimkitWarning):
    """A quotation mark without a partner; the quote was closed at a best guess."""
