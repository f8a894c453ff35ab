"""Relations: which statements contradict or agree, within and across documents.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from claimkit.model import Analysis, Claim, Relation, Statement

__all__ = ["find_relations", "relate"]


def relate(statements: Sequence[Statement], claims: Sequence[Claim]) -> tuple[Relation, ...]:
    """Contradictions and agreements among the statements of one document."""
    del statements, claims
    return ()


def find_relations(analyses: Iterable[Analysis], /) -> tuple[Relation, ...]:
    """Contradictions and agreements within and across the given analyses.

    >>> find_relations([])
    ()
    """
    del analyses
    return ()
