"""How relations reads a superlative claim ("the largest crowd ever", "the second biggest in history")."""

from __future__ import annotations

import pytest

from claimkit import relations as r
from claimkit.model import Span, Stance, Statement, StatementKind


def _ranked(text: str) -> tuple[str, int, bool, list[str], str, int] | None:
    s = Statement(
        id="s1", kind=StatementKind.DIRECT, content=Span(start=0, end=len(text), text=text), stance=Stance.ASSERT
    )
    x = r._ranked(None, s, "doc")
    return None if x is None else (x.scale, x.rank, x.all_time, sorted(x.words), x.phrase, x.at)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the largest crowd ever.", ("size", 1, True, ["crowd"], "the largest crowd", 11)),
        ("It was the second largest crowd in history.", ("size", 2, True, ["crowd"], "second largest crowd", 18)),
        ("Largest crowd ever.", ("size", 1, True, ["crowd"], "largest crowd", 0)),
        ("They drew the most ever.", ("size", 1, True, ["drew", "they"], "the most ever", 14)),
        # the first without "ever" or "in history" says nothing about every other
        ("It was the largest crowd.", None),
        # "most" ranks only alone, not in "the most popular"
        ("It was the most popular show ever.", None),
        ("It was a big crowd ever.", None),
    ],
)
def test_a_superlative_claim_its_scale_rank_and_words(
    text: str, expected: tuple[str, int, bool, list[str], str, int] | None
) -> None:
    assert _ranked(text) == expected


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("It was the largest crowd ever.", "attendance"),
        ("Ratings were the second biggest in history.", "audience"),
        ("Viewers said the crowd was the second biggest ever.", "attendance"),
        ("They drew the most ever.", None),
    ],
)
def test_a_rank_knows_what_it_measures(text: str, concept: str | None) -> None:
    s = Statement(
        id="s1", kind=StatementKind.DIRECT, content=Span(start=0, end=len(text), text=text), stance=Stance.ASSERT
    )
    x = r._ranked(None, s, "doc")
    assert x is not None
    assert x.concept == concept


def test_ranks_of_different_measures_do_not_contradict() -> None:
    """Rule ``ranks-other-measures``: the largest crowd and the second biggest ratings may both hold."""
    import claimkit

    text = (
        "The spokesman said the parade crowd was the largest ever. "
        "A city report said the parade ratings were the second biggest in history."
    )
    assert claimkit.analyze(text, published="2024-03-13").relations == ()
    same = text.replace("ratings were", "crowd was")
    assert [x.kind.value for x in claimkit.analyze(same, published="2024-03-13").relations] == ["contradicts"]
