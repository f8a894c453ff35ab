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
    "FlatTagger",
    "SentenceSplitter",
    "SentencesTagger",
    "Tagger",
    "flat_tagger",
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

FlatTagger = Callable[[Sequence[str], Sequence[int]], list[str]]
"""The tokens of many sentences in one list and the number in each sentence in, all their tags out."""


def make_sentence_splitter(abbreviations: Iterable[str], sentence_starters: Iterable[str]) -> SentenceSplitter:
    """A Punkt splitter that knows *abbreviations* (lower case, no final period).

    NLTK (3.10+) runs Punkt's own regular expressions through ``nltk.redos``: the
    third-party ``regex`` engine under a 5-second *wall-clock* timeout. For these
    fixed, linear patterns that guard only costs time, and it makes the result
    depend on how busy the machine is (a long text on a loaded machine would raise
    ``TimeoutError``). So the splitter uses Punkt's unchanged algorithm and
    parameters with the same patterns compiled by the standard ``re`` module, taken
    from Punkt's documented extension points (a ``PunktLanguageVars`` and a
    ``PunktToken`` subclass); NLTK's classes are not modified. Punkt's steps run in
    :class:`_Punkt`, which gives NLTK's ``PunktSentenceTokenizer.span_tokenize``
    sentences (the tests compare them) about twice as fast.

    Raises:
        InvalidInputError: (from the splitter) if NLTK's remaining guarded patterns time out.
    """
    lang_vars, token_cls = _punkt_classes()
    punkt = _Punkt(lang_vars(), token_cls, frozenset(abbreviations), frozenset(sentence_starters))

    def split(text: str) -> list[tuple[int, int]]:
        try:
            return punkt.spans(text)
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


_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace: what Punkt looks back for before a period
_SENT_END = frozenset(".?!")
_PUNCTUATION = frozenset(";:,.!?")  # PunktSentenceTokenizer.PUNCTUATION


class _Punkt:
    """Punkt's sentence tokenizer for parameters without training: abbreviations and sentence starters only.

    :meth:`spans` is NLTK's ``list(PunktSentenceTokenizer(params).span_tokenize(text))`` for
    ``params`` holding those two sets and no collocations nor orthographic statistics, computed
    in plain loops (Punkt chains four generators and builds a ``PunktToken`` per token):

    - ``_slices_from_text`` and ``_match_potential_end_contexts``: :meth:`_breaks`, :meth:`_end_contexts`;
    - ``text_contains_sentbreak``: :meth:`_contains_break`, Punkt's two annotation passes on plain
      strings. With no orthographic statistics, Punkt's orthographic heuristic says "not a sentence
      starter" for a punctuation mark or a lower-case word, and "unknown" otherwise; with no
      collocations, that heuristic is never asked;
    - ``_realign_boundaries``: :meth:`_realign`.
    """

    __slots__ = (
        "_abbreviations",
        "_boundary",
        "_ellipsis",
        "_initial",
        "_numeric",
        "_period_context",
        "_starters",
        "_words",
    )

    def __init__(self, lang_vars: Any, token_cls: Any, abbreviations: frozenset[str], starters: frozenset[str]) -> None:  # noqa: ANN401  (NLTK's classes)
        self._period_context: re.Pattern[str] = lang_vars.period_context_re()
        self._words: re.Pattern[str] = lang_vars._word_tokenizer_re()  # noqa: SLF001
        self._boundary: re.Pattern[str] = lang_vars.re_boundary_realignment
        self._ellipsis: re.Pattern[str] = token_cls._RE_ELLIPSIS  # noqa: SLF001
        self._numeric: re.Pattern[str] = token_cls._RE_NUMERIC  # noqa: SLF001
        self._initial: re.Pattern[str] = token_cls._RE_INITIAL  # noqa: SLF001
        self._abbreviations = abbreviations
        self._starters = starters

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of each sentence of *text*."""
        return self._realign(text, self._breaks(text))

    def _breaks(self, text: str) -> list[tuple[int, int]]:
        """Punkt's ``_slices_from_text``: the sentences, before closing marks after a break are realigned."""
        out: list[tuple[int, int]] = []
        last_break = 0
        for match, context in self._end_contexts(text):
            if self._contains_break(context):
                out.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        out.append((last_break, len(text.rstrip())))
        return out

    def _end_contexts(self, text: str) -> list[tuple[re.Match[str], str]]:
        """Punkt's ``_match_potential_end_contexts``: each candidate end with the word before and after it.

        A candidate whose word before overlaps the previous candidate's replaces it.
        """
        out: list[tuple[re.Match[str], str]] = []
        previous: tuple[re.Match[str], int, int] | None = None  # a candidate, its word's start and end
        prev_start = prev_stop = 0
        others = "".join(ch for ch in _WHITESPACE[1:] if ch in text)
        for match in self._period_context.finditer(text):
            space = _last_space(text, prev_stop, match.start(), others)
            word_start = space + 1 if space > prev_stop else prev_start
            if previous is not None and prev_stop <= word_start:
                out.append(_context(text, *previous))
            previous = (match, word_start, match.start())
            prev_start, prev_stop = word_start, match.start()
        if previous is not None:
            out.append(_context(text, *previous))
        return out

    def _contains_break(self, text: str) -> bool:
        """Punkt's ``text_contains_sentbreak``: whether a token of *text* but the last ends a sentence."""
        words = self._words
        tokens = [t for line in text.split("\n") if line.strip() for t in words.findall(line)]
        breaks = [self._first_pass(t) for t in tokens]
        for k in range(len(tokens) - 1):
            tok = tokens[k]
            if self._second_pass(tok, breaks[k], tokens[k + 1], breaks[k + 1]) if tok[-1] == "." else breaks[k]:
                return True
        return False

    def _first_pass(self, tok: str) -> bool | None:
        """Punkt's first pass: True for a sentence break, False for an abbreviation or ellipsis, else None."""
        if tok in _SENT_END:
            return True
        if self._ellipsis.match(tok):
            return False
        if tok.endswith(".") and not tok.endswith(".."):
            stem = tok[:-1].lower()
            return not (stem in self._abbreviations or stem.split("-")[-1] in self._abbreviations)
        return None

    def _type(self, tok: str, *, strip_period: bool) -> str:
        """Punkt's ``type`` of a token (its ``type_no_period`` if *strip_period*)."""
        token_type = self._numeric.sub("##number##", tok.lower())
        if strip_period and len(token_type) > 1 and token_type[-1] == ".":
            return token_type[:-1]
        return token_type

    def _second_pass(self, tok: str, first: bool | None, nxt: str, nxt_first: bool | None) -> bool:
        """Whether Punkt's second pass leaves *tok* (ending in a period) a sentence break.

        *first* and *nxt_first* are the first-pass results of *tok* and of the next token.
        """
        initial = self._initial.match(tok) is not None
        if (
            first is False  # an abbreviation or an ellipsis before a frequent sentence starter
            and not initial
            and nxt[0].isupper()
            and self._type(nxt, strip_period=nxt_first is True) in self._starters
        ):
            return True
        if initial or self._type(tok, strip_period=True) == "##number##":
            if nxt in _PUNCTUATION or nxt[0].islower():
                return False  # the orthographic heuristic: the next token does not start a sentence
            if initial and nxt[0].isupper():
                return False  # an initial before a capitalized word (J. Bach)
        return first is True

    def _realign(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Punkt's ``_realign_boundaries``: closing marks after a break join the sentence before it."""
        out: list[tuple[int, int]] = []
        realign = 0
        last = len(slices) - 1
        for i, (start, end) in enumerate(slices):
            begin = start + realign
            if i < last:
                next_start, next_end = slices[i + 1]
                m = self._boundary.match(text, next_start, next_end)
                if m:
                    out.append((begin, next_start + len(m.group(0).rstrip())))
                    realign = m.end() - next_start
                    continue
                realign = 0
            if begin < end:
                out.append((begin, end))
        return out


def _last_space(text: str, start: int, end: int, others: str) -> int:
    """The offset of the last white space character in ``text[start:end]``, or -1.

    A space or one of *others*, the other characters of ``string.whitespace`` that *text* holds.

    >>> _last_space("a b\\tc d", 0, 5, "\\t"), _last_space("abc", 0, 3, "")
    (3, -1)
    """
    space = text.rfind(" ", start, end)  # the commonest; the others are looked for only after it
    for ch in others:
        space = max(space, text.rfind(ch, max(space + 1, start), end))
    return space


def _context(text: str, match: re.Match[str], word_start: int, word_end: int) -> tuple[re.Match[str], str]:
    return match, text[word_start:word_end] + match.group() + match.group("after_tok")


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


def flat_tagger(tag: Tagger, tag_sentences: SentencesTagger | None = None) -> FlatTagger:
    """The flat form of *tag* (or of its batch form *tag_sentences*): its own if it has one, else a wrapper.

    >>> flat_tagger(lambda toks: ["X"] * len(toks))(["a", "b", "c"], [2, 1])
    ['X', 'X', 'X']
    """
    own = getattr(tag, "tag_flat", None)
    if callable(own) and (tag_sentences is None or tag_sentences == getattr(tag, "tag_sentences", None)):
        return cast("FlatTagger", own)
    batch = tag_sentences if tag_sentences is not None else sentences_tagger(tag)

    def tag_flat(words: Sequence[str], lengths: Sequence[int]) -> list[str]:
        runs: list[Sequence[str]] = []
        k = 0
        for n in lengths:
            runs.append(words[k : k + n])
            k += n
        return [t for tags in batch(runs) for t in tags]

    return tag_flat
