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
