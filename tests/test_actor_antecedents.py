"""Which earlier actor a pronoun stands for (invented texts)."""

from __future__ import annotations

import pytest

from claimkit.actors import find_actors
from claimkit.text import TextProcessor

pytestmark = pytest.mark.needs_nltk_data


def _resolve(text: str, target: str) -> str | None:
    doc = TextProcessor.from_lexicons().parse(text)
    start = text.rindex(target)
    actor = find_actors(doc).resolve(doc.span(start, start + len(target)))
    return None if actor is None else actor.name


def test_the_he_after_a_quote_passes_over_the_names_inside_it() -> None:
    # "“..., ” he said": he is the speaker, not someone the quote names
    assert _resolve("Mark Berg arrived. “We met Ivan Petrov,” he said.", "he") == "Mark Berg"


def test_outside_quotes_the_nearest_fitting_name_is_taken() -> None:
    assert _resolve("Mark Berg arrived. Later Ivan Petrov left, and he said so.", "he") == "Ivan Petrov"


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Foreign Ministry", "Foreign Ministry"),
        ("The Foreign Ministry", "Foreign Ministry"),  # without its article
        ("Ministry  of   Defence", "Ministry of Defence"),  # spaces folded
        ("Bank of the West", "Bank of the West"),  # lower-case joiners inside a name
        ("A B C D E", "A B C D E"),  # up to five words
        ("A B C D E F", None),
        ("foreign ministry", None),  # a description, not a name
        ("Ministry board", None),
        ("Acme's board", None),  # a possessive is no name
        ("Acme’s Board", None),
        ("", None),
        ("the", None),
    ],
)
def test_which_mentions_are_another_name_of_their_actor(text: str, alias: str | None) -> None:
    from claimkit.actors import _alias_form

    assert _alias_form(text) == alias


def test_a_possessive_is_tagged_pos_or_written_apostrophe_s() -> None:
    from claimkit.actors import _is_possessive
    from claimkit.text import Token

    assert _is_possessive(Token(start=0, end=2, text="'s", tag="VBZ"))  # the tagger's "is"
    assert _is_possessive(Token(start=0, end=2, text="’s", tag="VBZ"))
    assert _is_possessive(Token(start=0, end=1, text="’", tag="POS"))  # "the Smiths’"
    assert not _is_possessive(Token(start=0, end=2, text="is", tag="VBZ"))
