"""Statements: who said what. Finds attributions (speaker span, cue, content) in a Document.

This stage works on spans only; :mod:`claimkit.actors` later turns speaker spans into
actors and :mod:`claimkit.pipeline` assembles the public :class:`~claimkit.Statement`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from claimkit.model import Span, Stance, StatementKind

if TYPE_CHECKING:
    from claimkit.text import Document

__all__ = ["Attribution", "find_attributions"]


@attrs.frozen(kw_only=True)
class Attribution:
    """One attribution, before its speaker is resolved to an actor."""

    id: str
    kind: StatementKind
    content: Span
    content_parts: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    stance: Stance = Stance.ASSERT
    continues: str | None = None
    """Id of the attribution this one continues (a quote's next sentence or paragraph)."""
    via_spans: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    """Speaker spans of the outer attributions that relay this one, outermost first."""
    addressee_span: Span | None = None


def find_attributions(doc: Document) -> tuple[Attribution, ...]:
    """Every attribution in *doc*, in text order, with ids ``s1``, ``s2``, ..."""
    del doc
    return ()
