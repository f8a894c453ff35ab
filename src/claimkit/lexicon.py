"""Reading the lexicons shipped in ``claimkit/data/``.

Lexicons are plain UTF-8 files: one entry a line, ``#`` starts a comment, and
tab-separated columns where an entry has more than one field. They are read on
first use (never at import) and returned as immutable objects.

>>> "gen" in wordlist("abbreviations.txt")
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from claimkit.errors import ResourceMissingError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["rows", "table", "wordlist"]


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of data file *name*, split on tabs.

    Raises:
        ResourceMissingError: if the package data file is missing (a broken install).
    """
    try:
        raw = resources.files("claimkit.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as e:
        msg = f"claimkit's data file {name!r} is missing; reinstall claimkit"
        raise ResourceMissingError(msg) from e
    out = []
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.rstrip("\n").split("\t")))
    return tuple(out)


@functools.cache
def wordlist(name: str) -> frozenset[str]:
    """The first column of every line of data file *name*, as a frozenset."""
    return frozenset(r[0] for r in rows(name))


@functools.cache
def table(name: str) -> Mapping[str, tuple[str, ...]]:
    """Data file *name* as a read-only mapping from its first column to the others."""
    return MappingProxyType({r[0]: r[1:] for r in rows(name)})
