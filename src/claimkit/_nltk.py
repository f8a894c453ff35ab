"""The only module that imports nltk.

It builds Punkt sentence splitters from parameters given in code (no pretrained
tables) and loads NLTK's averaged-perceptron POS tagger from the NLTK data path,
turning a missing resource into :class:`claimkit.ResourceMissingError`.
Nothing here runs at import time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from claimkit.errors import InvalidInputError, ResourceMissingError

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
    """A Punkt splitter that knows *abbreviations* (lower case, no final period).

    NLTK (3.10+) runs Punkt's own regular expressions through ``nltk.redos``: the
    third-party ``regex`` engine under a 5-second *wall-clock* timeout. For these
    fixed, linear patterns that guard only costs time, and it makes the result
    depend on how busy the machine is (a long text on a loaded machine would raise
    ``TimeoutError``). So the splitter uses Punkt's unchanged algorithm and
    parameters with the same patterns compiled by the standard ``re`` module, via
    Punkt's documented extension points (a ``PunktLanguageVars`` and a
    ``PunktToken`` subclass); NLTK's classes are not modified.

    Raises:
        InvalidInputError: (from the splitter) if NLTK's remaining guarded patterns time out.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # noqa: PLC0415

    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(sentence_starters)
    lang_vars, token_cls = _punkt_classes()
    tokenizer = PunktSentenceTokenizer(params, lang_vars=lang_vars(), token_cls=token_cls)

    def split(text: str) -> list[tuple[int, int]]:
        try:
            return [(int(s), int(e)) for s, e in tokenizer.span_tokenize(text)]
        except TimeoutError as e:
            msg = f"sentence splitting timed out on a text of {len(text):,} characters: {e}"
            raise InvalidInputError(msg) from e

    return split


@functools.cache
def _punkt_classes() -> tuple[type[Any], type[Any]]:
    """Punkt's language variables and token class, with Punkt's patterns compiled by ``re``."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken  # noqa: PLC0415

    def plain(pattern: Any) -> re.Pattern[str]:  # noqa: ANN401  (an nltk TimedPattern)
        # the flags that mean the same in ``regex`` and ``re`` (``regex`` adds its VERSION0 bit)
        same = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII
        return re.compile(pattern.pattern, pattern.flags & same)

    reference = PunktLanguageVars()

    class LanguageVars(PunktLanguageVars):  # type: ignore[misc]
        __slots__ = ()
        re_boundary_realignment = plain(PunktLanguageVars.re_boundary_realignment)
        _period_context = plain(reference.period_context_re())
        _word_tokenizer = plain(reference._word_tokenizer_re())  # noqa: SLF001

        def period_context_re(self) -> re.Pattern[str]:
            return self._period_context

        def _word_tokenizer_re(self) -> re.Pattern[str]:
            return self._word_tokenizer

    class Token(PunktToken):  # type: ignore[misc]
        __slots__ = ()
        _RE_ELLIPSIS = plain(PunktToken._RE_ELLIPSIS)  # noqa: SLF001
        _RE_NUMERIC = plain(PunktToken._RE_NUMERIC)  # noqa: SLF001
        _RE_INITIAL = plain(PunktToken._RE_INITIAL)  # noqa: SLF001
        _RE_ALPHA = plain(PunktToken._RE_ALPHA)  # noqa: SLF001

    return LanguageVars, Token


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
