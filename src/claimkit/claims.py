"""Claims: propositions (subject, predicate, object, polarity, hedging, time) in statement content.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimkit.actors import ActorTable
    from claimkit.model import Claim, Statement
    from claimkit.text import Document

__all__ = ["extract_claims"]


def extract_claims(doc: Document, statements: Sequence[Statement], actors: ActorTable) -> tuple[Claim, ...]:
    """The claims made in each statement's content."""
    del doc, statements, actors
    return ()
