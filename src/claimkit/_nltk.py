"""The only module that imports nltk.

It builds Punkt sentence splitters from parameters given in code (no pretrained
tables) and loads NLTK's averaged-perceptron POS tagger from the NLTK data path,
turning a missing resource into :class:`claimkit.ResourceMissingError`.
Nothing here runs at import time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import cast

from claimkit.errors import ResourceMissingError

__all__ = [
    "TAGGER_RESOURCE",
    "SentenceSplitter",
    "SentencesTagger",
    "Tagger",
    "load_tagger",
    "make_sentence_splitter",
    "sentences_tagger",
]

TAGGER_RESOURCE = "averaged_perceptron_tagger_eng"

SentenceSplitter = Callable[[str], list[tuple[int, int]]]
"""Text in, ``(start, end)`` offsets of its sentences out."""

Tagger = Callable[[Sequence[str]], list[str]]
"""Tokens in, one Penn Treebank tag per token out."""

SentencesTagger = Callable[[Sequence[Sequence[str]]], list[list[str]]]
"""Many sentences in (each a list of tokens), their tags out: the batch form of :data:`Tagger`."""


def make_sentence_splitter(abbreviations: Iterable[str], sentence_starters: Iterable[str]) -> SentenceSplitter:
    """A Punkt splitter that knows *abbreviations* (lower case, no final period)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # noqa: PLC0415

    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(sentence_starters)
    tokenizer = PunktSentenceTokenizer(params)

    def split(text: str) -> list[tuple[int, int]]:
        return [(int(s), int(e)) for s, e in tokenizer.span_tokenize(text)]

    return split


def load_tagger() -> Tagger:
    """Load NLTK's English perceptron tagger from the NLTK data path.

    The model is run by :class:`claimkit._perceptron.FastPerceptron`, which gives
    NLTK's tags several times faster; NLTK's own code runs it only if the model's
    weights do not allow that.

    Raises:
        ResourceMissingError: if the tagger's data is not installed.
    """
    from nltk.tag.perceptron import PerceptronTagger  # noqa: PLC0415

    from claimkit._perceptron import FastPerceptron  # noqa: PLC0415  (numpy: not at import)

    try:
        tagger = PerceptronTagger(load=True, lang="eng")
    except (LookupError, OSError) as e:
        msg = (
            f"NLTK resource {TAGGER_RESOURCE!r} is not installed. Install it with "
            f"`python -m nltk.downloader {TAGGER_RESOURCE}` (or point NLTK_DATA at a folder "
            f"holding taggers/{TAGGER_RESOURCE}/)."
        )
        raise ResourceMissingError(msg) from e

    fast = FastPerceptron.from_model(tagger.model.weights, tagger.tagdict, tagger.classes)
    if fast is not None:
        return fast

    def tag(tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return [t for _, t in tagger.tag(list(tokens))]

    return tag


def sentences_tagger(tag: Tagger) -> SentencesTagger:
    """The batch form of *tag*: its own if it has one, else one call per sentence."""
    batch = getattr(tag, "tag_sentences", None)
    if callable(batch):
        return cast("SentencesTagger", batch)

    def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [tag(s) for s in sentences]

    return tag_sentences
