"""Synonyms: one canonical lemma for words that say the same of a claim's arguments.

The groups are the package data file ``synonyms.tsv`` (general English, read on first use):
"died", "dead", "death" and "perished" all say *die*; "purchased" says *buy*. Claims compare
on the canonical lemma, so paraphrases meet.

>>> synonym("death"), synonym("purchase"), synonym("rain")
('die', 'buy', 'rain')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools

from claimkit.lang.resources import rows

__all__ = ["synonym"]


@functools.cache
def _canonical() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in rows("synonyms.tsv"):
        head = row[0].strip().lower()
        out[head] = head
        for word in row[1].split("|") if len(row) > 1 else ():
            if word.strip():
                out[word.strip().lower()] = head
    return out


def synonym(lemma: str) -> str:
    """The canonical lemma of *lemma* (a lower-case lemma), or *lemma* itself when it has no synonyms."""
    return _canonical().get(lemma, lemma)
