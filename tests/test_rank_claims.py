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
