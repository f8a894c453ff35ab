"""The phrase rules of the actor stage: each reads its own kind of noun phrase, and the table says which one did."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimkit import actors
from claimkit.actors import find_actors

from .conftest import processor as _processor

pytestmark = pytest.mark.needs_nltk_data

GUIDE = Path(__file__).parent.parent / "docs" / "guide" / "actors.md"


def _read(text: str, phrase: str) -> tuple[str | None, str | None]:
    """The actor name and the phrase rule for the last occurrence of *phrase* read as a speaker."""
    doc = _processor().parse(text)
    at = text.rindex(phrase)
    span = doc.span(at, at + len(phrase))
    table = find_actors(doc, [span])
    actor = table.actor_at(span)
    return (actor.name if actor else None), table.read_rule_at(span)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Ann Roe spoke. She left.", "She", ("Ann Roe", "pronoun")),
        ("Ann Roe spoke. I left.", "I", ("Ann Roe", "first-person")),
        ("Kenya objected.", "Kenya", ("Kenya", "lexicon")),
        ("One of the officials objected.", "One of the officials", ("officials", "member-of-group")),
        ("Ann Roe, a lawyer, objected.", "Ann Roe, a lawyer,", ("Ann Roe", "apposition")),
        ("Kenya and Uganda objected.", "Kenya and Uganda", ("Kenya and Uganda", "coordination")),
        ("Kenya's foreign ministry objected.", "Kenya's foreign ministry", ("Kenyan foreign ministry", "possessive")),
        (
            "The White House in Washington objected.",
            "The White House in Washington",
            ("White House", "lexicon-before-place"),
        ),
        (
            "Officials at the Kremlin objected.",
            "Officials at the Kremlin",
            ("Officials at the Kremlin", "group-at-body"),
        ),
        ("The Liberal Democrats objected.", "The Liberal Democrats", ("Liberal Democrats", "party-name")),
        ("The lawyer objected.", "The lawyer", ("lawyer", "titled-person")),
        ("The news agency Belta objected.", "The news agency Belta", ("Belta", "named-body")),
        ("Procter & Gamble objected.", "Procter & Gamble", ("Procter & Gamble", "firm")),
        (
            "The Commission on Fair Elections objected.",
            "The Commission on Fair Elections",
            ("Commission on Fair Elections", "of-phrase"),
        ),
        ("Ann Roe objected.", "Ann Roe", ("Ann Roe", "head-word")),
    ],
)
def test_each_phrase_rule_reads_its_phrase(text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert _read(text, phrase) == expected


def test_every_phrase_rule_has_a_test_and_a_row_in_the_guide() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert all(f"| `{name}` |" in guide for name in actors.PHRASE_RULES)
    assert len(set(actors.PHRASE_RULES)) == len(actors.PHRASE_RULES) == 15


def test_a_phrase_no_rule_reads_records_no_rule() -> None:
    # "it" with nothing before it to refer to: the speaker is an unknown actor named by its words
    assert _read("Then it stopped.", "it") == ("it", None)
