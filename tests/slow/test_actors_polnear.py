"""PolNeAR dev: every annotated source span, given to find_actors as an anchor, gets an actor.

Measured, never shipped: nothing from the corpus is copied into claimkit. The floor on
actors of known kind guards against regressions (it was 86% when written). Skipped when the
corpus is not beside the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimkit import ActorKind
from claimkit.actors import find_actors
from claimkit.text import TextProcessor

pytestmark = [pytest.mark.slow, pytest.mark.needs_nltk_data]

DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "attribution" / "polnear" / "dev"


def _sources(ann: Path) -> list[tuple[int, int]]:
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].startswith("Source ") or ";" in parts[1]:
            continue
        _, start, end = parts[1].split()
        out.append((int(start), int(end)))
    return out


def test_every_source_span_gets_an_actor() -> None:
    if not DEV.is_dir():
        pytest.skip("PolNeAR dev split is not available")
    processor = TextProcessor.from_lexicons()
    total = known = 0
    for ann in sorted((DEV / "attributions").iterdir()):
        text = (DEV / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        doc = processor.parse(text)
        spans = [doc.span(s, e) for s, e in _sources(ann)]
        table = find_actors(doc, spans)
        for span in spans:
            actor = table.actor_at(span)
            assert actor is not None, span
            total += 1
            known += actor.kind is not ActorKind.UNKNOWN
        for actor in table.actors:
            assert all(text[m.start : m.end] == m.text for m in actor.mentions)
    assert total > 1000
    assert known / total >= 0.8
