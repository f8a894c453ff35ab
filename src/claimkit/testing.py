"""Hypothesis strategies for testing code that uses claimkit.

Requires the ``hypothesis`` package (not a runtime dependency of claimkit).

>>> from hypothesis import given
>>> @given(documents())
... def test_never_crashes(text):
...     pass

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from hypothesis import strategies as st

from claimkit.model import Span

__all__ = ["awkward_texts", "documents", "spans"]

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
