"""The one loader of claimkit's data files (``claimkit/data/<language>/``).

Data files are plain UTF-8: one entry a line, ``#`` starts a comment, and
tab-separated columns where an entry has more than one field. They are read on
first use (never at import), cached, and returned as immutable objects.
English (``"en"``) is the only language so far; another one adds ``data/<language>/``.

>>> "gen" in wordlist("abbreviations.txt")
True
>>> table("irregular_verbs.tsv")["went"]
('go',)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from claimkit.errors import ResourceMissingError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["DEFAULT_LANGUAGE", "rows", "table", "wordlist"]

DEFAULT_LANGUAGE = "en"


@functools.cache
def rows(name: str, language: str = DEFAULT_LANGUAGE) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of data file *name*, split on tabs and stripped.

    Raises:
        ResourceMissingError: if the package data file is missing (a broken install).
    """
    try:
        raw = resources.files("claimkit.data").joinpath(language).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError) as e:
        msg = f"claimkit's data file {language}/{name!r} is missing; reinstall claimkit"
        raise ResourceMissingError(msg) from e
    out = []
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.rstrip("\n").split("\t")))
    return tuple(out)


@functools.cache
def wordlist(name: str, language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The first column of every line of data file *name*, as a frozenset."""
    return frozenset(r[0] for r in rows(name, language))


@functools.cache
def table(name: str, language: str = DEFAULT_LANGUAGE) -> Mapping[str, tuple[str, ...]]:
    """Data file *name* as a read-only mapping from its first column to the others."""
    return MappingProxyType({r[0]: r[1:] for r in rows(name, language)})
