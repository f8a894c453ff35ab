"""Hypothesis strategies for testing code that uses claimkit.

Requires the ``hypothesis`` package (not a runtime dependency of claimkit).

>>> from hypothesis import given
>>> @given(documents())
... def test_never_crashes(text):
...     pass

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from hypothesis import strategies as st

from claimkit.model import Span

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["awkward_texts", "documents", "hostile_texts", "news_paragraphs", "spans"]

_QUOTES = "“”‘’\"'«»„"
_NEWS_WORDS = (
    "the", "minister", "said", "on", "Wednesday", "that", "officials", "denied", "reports",
    "in", "April", "Russia", "government", "group", "he", "told", "reporters", "not",
    "weapons", "two", "days", "ago", "according", "to", "sources", ".", ",", ":", "—",
)  # fmt: skip


def spans(text: str) -> st.SearchStrategy[Span]:
    """Valid spans of *text*."""
    n = len(text)
    return st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda se: Span.from_text(text, min(se), max(se)))


def documents(*, max_words: int = 80) -> st.SearchStrategy[str]:
    """News-like text: news words, quote marks and line breaks in random order."""
    word = st.one_of(st.sampled_from(_NEWS_WORDS), st.sampled_from(_QUOTES), st.just("\n"), st.just("\n\n"))
    return st.lists(word, max_size=max_words).map(" ".join)


def awkward_texts(*, max_size: int = 300) -> st.SearchStrategy[str]:
    """Any text, with quote marks, line breaks, NUL, right-to-left marks and non-Latin scripts made likely."""
    alphabet = st.one_of(
        st.characters(codec=None),
        st.sampled_from(_QUOTES + "\n\x00\u200f\u202e .,;:—…[]()"),
        st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    )
    return st.text(alphabet, max_size=max_size) | documents()


_FRAGMENTS = (
    "the minister said", "officials denied reports that", "according to sources,", "he told reporters",
    "she said", "he said", "the government", "the group", "said on Wednesday", "in April", "two days ago",
    "weapons", "“We will not", "‘never’", "was “a lie,”", "that ‘the talks’ would", "he added.", "”",
    "’", "“", "‘", "«", "»", "„", '"', "'",
)  # fmt: skip


def news_paragraphs(*, max_pieces: int = 150) -> st.SearchStrategy[str]:
    """Paragraph-sized texts of news fragments and quote marks, in any order and balance.

    Long paragraphs, attributions one after another, and partial quotes inside partial
    quotes that never close: the shapes that make an analyzer's work grow faster than
    its input.

    >>> from hypothesis import given
    >>> @given(news_paragraphs())
    ... def test_linear(text):
    ...     pass
    """
    piece = st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(_QUOTES), st.sampled_from(_NEWS_WORDS))
    joint = st.sampled_from((" ", " ", " ", "", ", ", "\n\n"))
    return st.lists(st.tuples(piece, joint), max_size=max_pieces).map(lambda pairs: "".join(p + j for p, j in pairs))


def hostile_texts(size: int) -> dict[str, str]:
    """Generated inputs of *size* characters that are hard for a news analyzer, by name.

    The same *size* gives the same texts on every run (for benchmarks and growth tests):

    * ``"news words and quote marks"``: one paragraph of news words, a tenth of them
      with a stray quote mark before or after;
    * ``"nested partial quotes"``: news fragments that open quotes inside quotes and rarely close them;
    * ``"repeated attributions"``: ``"he said "`` over and over;
    * ``"random Unicode"``: random code points from every plane but the surrogates.

    >>> [len(text) for text in hostile_texts(50).values()]
    [50, 50, 50, 50]
    """
    rng = random.Random(size)  # noqa: S311  (reproducible test data, not secrets)
    words = [w for w in _NEWS_WORDS if w.isalpha()]

    def fill(make: Callable[[], str]) -> str:
        out: list[str] = []
        length = 0
        while length < size:
            out.append(make())
            length += len(out[-1]) + 1
        return " ".join(out)[:size]

    def soup_word() -> str:
        word = rng.choice(words)
        if rng.random() < 0.1:
            mark = rng.choice(_QUOTES)
            return mark + word if rng.random() < 0.5 else word + mark
        return word

    def code_point() -> str:
        c = rng.randrange(0x20, 0x30000)
        return chr(c) if not 0xD800 <= c < 0xE000 else " "

    return {
        "news words and quote marks": fill(soup_word),
        "nested partial quotes": fill(lambda: rng.choice(_FRAGMENTS)),
        "repeated attributions": ("he said " * (size // 8 + 1))[:size],
        "random Unicode": "".join(code_point() for _ in range(size)),
    }
