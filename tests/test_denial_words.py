"""How relations reads a denial's words: falsity verdicts, the kind of denial, what it refers to.

Pure functions over lower-case words, pinned with minimal examples (written for mutants of
``scripts/mutation.py relations`` that no other test killed).
"""

from __future__ import annotations

import pytest

from claimkit import relations as r
from claimkit.model import Span, Stance, Statement, StatementKind


@pytest.fixture(scope="module")
def lex() -> r._DenialLex:
    return r._denial_lex()


@pytest.mark.parametrize(
    ("words", "i", "predicative", "expected"),
    [
        ("not true", 1, True, True),
        ("not entirely true", 2, True, True),  # a negation up to two words before a truth word
        ("true", 0, True, False),
        ("it is true", 2, True, False),
        ("falsely", 0, False, False),  # an adverb is no verdict
        ("denied", 0, False, False),  # a denial verb is no verdict of the speaker's own
        ("false", 0, False, True),
        ("is false", 1, True, True),
        ("is false statements", 1, True, True),  # after a form of "be" a verdict whatever follows
        ("being false statements", 1, True, True),
        ("been false", 1, True, True),
        ("false statements", 0, True, False),  # a false thing, not a verdict
        ("false", 0, True, True),
        ("false that", 0, True, True),
        ("nonsense and", 0, True, True),
        ("drivel rubbish", 0, True, True),
        ("false the", 0, True, True),
        ("weather", 0, False, False),
    ],
)
def test_falsity_at(lex: r._DenialLex, words: str, i: int, predicative: bool, expected: bool) -> None:
    assert r._falsity_at(words.split(), i, lex, predicative=predicative) is expected


def _statement(stance: Stance, cue: str) -> Statement:
    return Statement(
        id="s1", kind=StatementKind.INDIRECT, content=Span(start=0, end=1, text="x"), stance=stance, cue=cue
    )


@pytest.mark.parametrize(
    ("stance", "cue", "words", "expected"),
    [
        (Stance.DENY, "denied", "the report", "deny"),
        (Stance.DENY, "refused", "to accept the figures", "deny"),  # refusing to accept denies
        (Stance.DENY, "refused", "to accept", "deny"),
        (Stance.DENY, "refused", "to comment", None),  # declining to comment denies nothing
        (Stance.DENY, "denied", "to comment", None),
        (Stance.DENY, "refused", "to", None),
        (Stance.DISMISS, "dismissed", "the report", "deny"),
        (Stance.DISMISS, "called", "the report nonsense", "deny"),
        (Stance.DISMISS, "called", "the report old", None),
        (Stance.ASSERT, "said", "the claims are false", "deny"),
        (Stance.CONFIRM, "confirmed", "it is not true", "deny"),
        (Stance.HEDGE, "suggested", "the claims are false", None),
        (Stance.ASSERT, "said", "the claims are misleading", "dispute"),
        (Stance.DISMISS, "questioned", "the report", "dispute"),
        (Stance.DISMISS, "doubted", "the report", "dispute"),
        (Stance.ASSERT, "said", "the sky is blue", None),
    ],
)
def test_denial_kind(lex: r._DenialLex, stance: Stance, cue: str, words: str, expected: str | None) -> None:
    assert r._denial_kind(_statement(stance, cue), words.split(), lex) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the ledger report", ("report", ["ledger"])),
        ("british newspaper claims that", ("claims", ["british", "newspaper"])),
        ("the false ledger report", ("report", ["ledger"])),  # falsity words name no source
        ("it", ("it", [])),
        ("that happened", ("that", [])),
        ("that never happened", (None, [])),  # too long to be a bare reference
        ("the weather was fine", (None, [])),
    ],
)
def test_reference(lex: r._DenialLex, words: str, expected: tuple[str | None, list[str]]) -> None:
    assert r._reference(words.split(), lex) == expected
