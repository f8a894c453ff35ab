"""The text layer: paragraphs, sentences, tokens with POS tags, and quotations.

Everything here is offsets into the original string; no token is ever rewritten.
:class:`TextProcessor` turns a string into a :class:`Document`, which every later
stage reads.

>>> doc = TextProcessor.from_lexicons(tagger=lambda toks: ["X"] * len(toks)).parse(
...     "“We left,” he said. Mr. Smith agreed."
... )
>>> [s.text for s in doc.sentence_spans()]
['“We left,” he said.', 'Mr. Smith agreed.']
>>> doc.quotes[0].content.text
'We left,'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, overload

import attrs

from claimkit import _nltk
from claimkit.lang import morphology, wordclass
from claimkit.lang.resources import wordlist
from claimkit.model import Span, span_unchecked, unchecked_maker

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["Document", "Quote", "Sentence", "Sentences", "TextProcessor", "Token"]

OPEN_DOUBLE = "“„‟«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‚‹"
CLOSE_SINGLE = "’›"
STRAIGHT = "\"'`´"
ALL_QUOTES = OPEN_DOUBLE + CLOSE_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT

# One token: an abbreviation with inner dots (U.S.), a clitic ('s, n't), an age (42-year-old: never
# "42", "-" read as a colon, "year-old"; other compounds after a number keep the number a token of its
# own: "$18-a-share" is a figure), a number (3.5, 1,000, 7/25/2017), a word (hyphens inside), an
# ellipsis, or one other char;
# and two kinds of junk, each one token however long: a run of 16 or more marks without a
# space (a page of quote marks is one token, not a million; news never writes so many marks
# in a row), and a run that starts at a mark beyond U+2BFF (outside the letters, digits and
# punctuation of the alphabets: unassigned and private-use code points, emoji, CJK
# punctuation) and goes on over letters, digits and such marks (a page of random code points
# is a token every few dozen characters, not one a character; a space, a quote mark or other
# punctuation still ends it).
_TOKEN = re.compile(
    r"""
    (?=[^\x00-\u2bff])[^\w\s](?:\w|[^\s\x00-\u2bff])*   # junk: a mark beyond U+2BFF, letters and such marks
  | [^\w\s]{16,}                            # a row of marks without a space: junk
  | (?:[^\W\d_]\.){2,}(?![^\W\d_])         # U.S.  U.N.  a.m.
  | \w+(?=n['’]t\b)                         # do|n't
  | (?<=\w)n['’]t\b
  | (?<=\w)['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL)\b   # Smith|'s
  | \d+[-‐][^\W\d_]+[-‐]olds?\b               # an age: 42-year-old, 3-month-olds
  | \d+(?:[.,:/-]\d+)*                      # numbers and numeric dates
  | \w+(?:[-‐]\w+)*                         # words, hyphenated words
  | \.\.\.|…|--+|—|–
  | \S
    """,
    re.VERBOSE,
)
# Characters that are never a token, skipped like white space: C0 control characters (NUL, escape ...),
# the bidirectional formatting marks (they steer how text is shown, not what it says) and lone
# surrogates (halves of a UTF-16 pair: not characters at all). Text made of them has a token every
# character or two otherwise (1 MB of "said" and NUL bytes: 400,000 tokens, half of them NULs).
_IGNORED = r"\x00-\x08\x0e-\x1b\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
# The same tokens, found with the white space (and ignored characters) before each (findall makes no
# match objects, and the offsets follow from the lengths). Two fast paths come first, for the
# commonest tokens: a word of letters, and a single comma, period, bracket ..., when what follows
# could not make any earlier alternative of _TOKEN match a longer or different token there (they
# give _TOKEN's tokens).
_SPACED_TOKEN = re.compile(
    r"""([\s"""
    + _IGNORED
    + r"""]*)(
    [^\W\d_]+(?![\w.'’\-‐])                   # a word of letters, not before a dot, an apostrophe, a hyphen
  | [,.;:!?()"](?![^\w\s])                  # a mark not before another mark
  | """
    + _TOKEN.pattern.lstrip()
    + ")?",  # optional, so that a run of white space and ignored characters at the end is read once
    re.VERBOSE,
)
_SPACE = re.compile(r"\s")
_TOKENIZE_WINDOW = 1 << 16  # characters tokenized by one findall, at least (a news sentence is far shorter)
_CLOSERS = CLOSE_DOUBLE + CLOSE_SINGLE + "\"'"  # closing marks Punkt may leave at a sentence's start
_WORD_CHAR = re.compile(r"[^\W_]")
_ANY_QUOTE = re.compile("[" + re.escape(ALL_QUOTES) + "]")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE_END = re.compile(r"[.!?:;\"”’'»)\]…]\s*$")
_SHORT_LINE = 60
# The longest sentence the later stages see, in tokens. Real news sentences stay far below
# it (the longest of 14,000 sentences of news we measured had about 200 tokens); a longer
# "sentence" is junk without sentence ends (a scraped table, a line of symbols) and is cut
# into pieces, so work done per sentence cannot grow with the square of the input.
MAX_SENTENCE_TOKENS = 250
_SOFT_BREAKS = frozenset({";", ":", ",", "—", "–", "--", "(", ")"})


class Token(NamedTuple):
    """One token: offsets, its text as written, and its Penn Treebank tag.

    A named tuple rather than an attrs class: a document holds one per token, and a tuple is
    built without a Python-level ``__init__`` and takes no more memory than four slots.

    >>> Token(start=0, end=2, text="He", tag="PRP").span
    Span(start=0, end=2, text='He')
    """

    start: int
    end: int
    text: str
    tag: str

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end, text=self.text)


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence: its offsets, its paragraph, and the slice of tokens it holds.

    A document keeps its sentences in arrays (:class:`Sentences`) and makes a :class:`Sentence` each time one is read.
    """

    start: int
    end: int
    paragraph: int
    first_token: int
    """Index into :attr:`Document.tokens` of this sentence's first token."""
    last_token: int
    """Index one past this sentence's last token."""


_sentence = unchecked_maker(Sentence, "start", "end", "paragraph", "first_token", "last_token")
"""A :class:`Sentence` from values a document holds, made without attrs' ``__init__``."""


_NARROW_MIN, _NARROW_MAX = -(2**31), 2**31 - 1  # the ints of an array of typecode "i"
_KEPT_SENTENCES = 4096
"""Sentences a document keeps as objects once read (a news article has a few dozen; 1 MB of short lines 250,000)."""


class Sentences(Sequence[Sentence]):
    """A document's sentences, kept in five arrays of ints (starts, ends, paragraphs, first and last tokens) instead
    of an object each; a read makes the :class:`Sentence` it asks for. 1 MB of one-line paragraphs has 250,000
    sentences: 20 bytes each here (40 with *wide* ints, for a text of 2**31 characters or more), about 130 as
    objects with their int objects. A document of at most ``_KEPT_SENTENCES`` sentences (any news article) keeps
    the objects once the first is read: every stage reads sentences, and a read is then a tuple's.

    >>> s = Sentences.of([Sentence(start=0, end=3, paragraph=0, first_token=0, last_token=2)])
    >>> s[0], len(s), s[-1] == s[0], s == (s[0],)
    (Sentence(start=0, end=3, paragraph=0, first_token=0, last_token=2), 1, True, True)
    """

    __slots__ = ("_ends", "_firsts", "_lasts", "_made", "_paragraphs", "_starts")

    def __init__(self, *, wide: bool = False) -> None:
        code = "q" if wide else "i"
        self._starts = array(code)
        self._ends = array(code)
        self._paragraphs = array(code)
        self._firsts = array(code)
        self._lasts = array(code)
        self._made: tuple[Sentence, ...] | None = None

    def append(self, start: int, end: int, paragraph: int, first_token: int, last_token: int) -> None:
        """Add a sentence at the end (while the text layer builds a document: a document's sentences never change)."""
        self._starts.append(start)
        self._ends.append(end)
        self._paragraphs.append(paragraph)
        self._firsts.append(first_token)
        self._lasts.append(last_token)
        self._made = None

    @classmethod
    def of(cls, sentences: Iterable[Sentence]) -> Sentences:
        """*sentences* in arrays (as they are, if they are a :class:`Sentences`)."""
        if isinstance(sentences, Sentences):
            return sentences
        items = tuple(sentences)
        values = [v for s in items for v in (s.start, s.end, s.paragraph, s.first_token, s.last_token)]
        out = cls(wide=bool(values) and not _NARROW_MIN <= min(values) <= max(values) <= _NARROW_MAX)
        for s in items:
            out.append(s.start, s.end, s.paragraph, s.first_token, s.last_token)
        return out

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Sentence, ...]: ...
    def __getitem__(self, index: int | slice) -> Sentence | tuple[Sentence, ...]:
        made = self._made if self._made is not None else self._kept()
        if made is not None:
            return made[index]
        if isinstance(index, slice):
            return tuple(map(self.__getitem__, range(*index.indices(len(self)))))
        return _sentence(
            self._starts[index], self._ends[index], self._paragraphs[index], self._firsts[index], self._lasts[index]
        )

    def __iter__(self) -> Iterator[Sentence]:
        made = self._made if self._made is not None else self._kept()
        if made is not None:
            return iter(made)
        return map(_sentence, self._starts, self._ends, self._paragraphs, self._firsts, self._lasts)

    def _kept(self) -> tuple[Sentence, ...] | None:
        """The sentences as objects, made once and kept, if there are few; else ``None``."""
        if len(self._starts) > _KEPT_SENTENCES:
            return None
        self._made = tuple(map(_sentence, self._starts, self._ends, self._paragraphs, self._firsts, self._lasts))
        return self._made

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sentences):
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def first_tokens(self) -> Sequence[int]:
        """Each sentence's :attr:`~Sentence.first_token`, in order (read-only; no :class:`Sentence` is made)."""
        return memoryview(self._firsts).toreadonly()

    def last_tokens(self) -> Sequence[int]:
        """Each sentence's :attr:`~Sentence.last_token`, in order (read-only; no :class:`Sentence` is made)."""
        return memoryview(self._lasts).toreadonly()

    def index_at(self, offset: int) -> int | None:
        """Index of the sentence containing *offset*, or ``None`` if none does."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._starts[i] <= offset < self._ends[i]:
            return i
        return None

    def spans(self, paragraphs: Sequence[Span], span: Callable[[int, int], Span]) -> Iterator[Span]:
        """Each sentence's span: its paragraph's if it is the whole paragraph, else ``span(start, end)``."""
        for s, e, p in zip(self._starts, self._ends, self._paragraphs, strict=True):
            para = paragraphs[p]
            yield para if para.start == s and para.end == e else span(s, e)


def _sentences(sentences: Iterable[Sentence]) -> Sentences:
    """:meth:`Sentences.of`, as a named function (mypy's attrs plugin takes no classmethod as a converter)."""
    return Sentences.of(sentences)


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: its marks, what lies between them, and how deep it is nested.

    *closed* is ``False`` when no closing mark was found; the quote then runs to the
    end of its paragraph.
    """

    span: Span
    """The whole quotation, marks included."""
    content: Span
    """What lies between the marks."""
    depth: int
    """0 for a quotation in narrative, 1 for one inside another, ..."""
    closed: bool
    paragraph: int


@attrs.frozen(kw_only=True)
class Document:
    """A text cut into paragraphs, sentences, tokens and quotations.

    Besides the tokens, a document holds per-token arrays, each computed once (on first use), so
    that no stage recomputes them per token, per claim or per pair. Index ``i`` of each is about
    ``tokens[i]``; for a sentence, slice them with ``[sentence.first_token : sentence.last_token]``.
    Equal strings are one object, so the arrays cost a pointer per token.

    - :attr:`lowers`: the token's text in lower case (``t.text.lower()``);
    - :attr:`folds`: that, with the curly apostrophe straightened (``t.text.lower().replace("’", "'")``),
      the form claimkit's word lists are written in;
    - :attr:`lemmas`: :func:`claimkit.lang.morphology.lemmatize` of the token with its tag
      (``lemmatize(t.text, t.tag)``: verbs lose their inflection, other words only their irregular forms);
    - :attr:`verbs`: whether the token is tagged as a verb (``t.tag.startswith("VB")``).

    >>> tags = {"Smith": "NNP", "denied": "VBD", "’s": "POS", "claims": "NNS", "went": "VBD"}
    >>> doc = TextProcessor.from_lexicons(tagger=lambda toks: [tags.get(t, ".") for t in toks]).parse(
    ...     "Smith denied Smith’s claims and went."
    ... )
    >>> doc.lowers[:4], doc.folds[3]
    (('smith', 'denied', 'smith', '’s'), "'s")
    >>> doc.lemmas[:5], doc.lemmas[6], doc.verbs[:5]
    (('smith', 'deny', 'smith', 'be', 'claims'), 'go', (False, True, False, False, False))
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: Sentences = attrs.field(converter=_sentences)
    """A sequence of :class:`Sentence` (given as any iterable of them: kept in arrays, see :class:`Sentences`)."""
    tokens: tuple[Token, ...]
    quotes: tuple[Quote, ...]
    _token_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _token_ends: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        tokens = self.tokens
        object.__setattr__(self, "_token_starts", tuple([t[0] for t in tokens]))
        object.__setattr__(self, "_token_ends", tuple([t[1] for t in tokens]))

    @functools.cached_property
    def lowers(self) -> tuple[str, ...]:
        """Each token's text in lower case (computed on first use, once per distinct text)."""
        texts = [t[2] for t in self.tokens]
        return tuple(map({w: _lower(w) for w in dict.fromkeys(texts)}.__getitem__, texts))

    @functools.cached_property
    def folds(self) -> tuple[str, ...]:
        """Each token's text in lower case with ``’`` as ``'``: the form of claimkit's word lists."""
        lowers = self.lowers
        if "’" not in self.text:
            return lowers
        fold = {w: w.replace("’", "'") for w in dict.fromkeys(lowers)}
        return tuple(map(fold.__getitem__, lowers))

    @functools.cached_property
    def verbs(self) -> tuple[bool, ...]:
        """Whether each token's tag is a verb's (Penn ``VB*``)."""
        tags = [t[3] for t in self.tokens]
        return tuple(map({tag: tag.startswith("VB") for tag in dict.fromkeys(tags)}.__getitem__, tags))

    @functools.cached_property
    def lemmas(self) -> tuple[str, ...]:
        """Each token's :func:`~claimkit.lang.morphology.lemmatize` ``(text, tag)``."""
        folds, verbs = self.folds, self.verbs
        # lemmatize() of a word not tagged as a verb is its irregular lemma or the word itself
        lemmas = list(map(morphology.irregular_lemmas().get, folds, folds))
        verb_at = list(itertools.compress(range(len(folds)), verbs))
        verb = {f: morphology.lemmatize(f) for f in dict.fromkeys(map(folds.__getitem__, verb_at))}
        for i in verb_at:
            lemmas[i] = verb[folds[i]]
        return tuple(lemmas)

    @property
    def token_starts(self) -> tuple[int, ...]:
        """Each token's start offset, in order (held once by the document: ``tuple(t.start for t in tokens)``)."""
        return self._token_starts

    @property
    def token_ends(self) -> tuple[int, ...]:
        """Each token's end offset, in order (held once by the document: ``tuple(t.end for t in tokens)``)."""
        return self._token_ends

    def span(self, start: int, end: int) -> Span:
        """The span ``text[start:end]``; the span of one token holds the token's own text and offsets
        (the stages make many spans of the same words, a speaker's every mention of a name ...).

        >>> doc = TextProcessor.from_lexicons(tagger=lambda toks: ["X"] * len(toks)).parse("Hi there.")
        >>> doc.span(3, 8), doc.span(3, 8).text is doc.tokens[1].text
        (Span(start=3, end=8, text='there'), True)
        """
        tokens = self.tokens
        i = bisect.bisect_left(self._token_starts, start)
        if i < len(tokens):
            token = tokens[i]
            if token[0] == start and token[1] == end:
                return span_unchecked(token[0], token[1], token[2])
        return Span.from_text(self.text, start, end)

    def sentence_spans(self) -> Iterator[Span]:
        """The span of each sentence; a sentence that is its whole paragraph shares the paragraph's span
        (spans are frozen: 1 MB of one-line paragraphs holds 250,000 of them once, not twice)."""
        return self.sentences.spans(self.paragraphs, self.span)

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first_token : sentence.last_token]

    def sentence_index_at(self, offset: int) -> int | None:
        """Index of the sentence containing *offset*, or ``None`` if none does."""
        return self.sentences.index_at(offset)

    def first_token_from(self, offset: int) -> int:
        """Index of the first token starting at or after *offset* (``len(tokens)`` if none does).

        >>> doc = TextProcessor.from_lexicons(tagger=lambda toks: ["X"] * len(toks)).parse("He left.")
        >>> doc.first_token_from(1), doc.first_token_from(3), doc.first_token_from(99)
        (1, 1, 3)
        """
        return bisect.bisect_left(self._token_starts, offset)

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens lying wholly within ``[start, end)``."""
        # Tokens do not overlap and come in order, so their ends rise too: the ones ending
        # by *end* are a prefix of the ones starting from *start*.
        lo = bisect.bisect_left(self._token_starts, start)
        return self.tokens[lo : max(lo, bisect.bisect_right(self._token_ends, end, lo))]


@attrs.frozen(kw_only=True)
class TextProcessor:
    """Splits and tags text. Build one with :meth:`from_lexicons` and reuse it."""

    split_sentences: _nltk.SentenceSplitter
    tag: _nltk.Tagger
    abbreviations: frozenset[str]
    tag_sentences: _nltk.SentencesTagger | None = None
    """The batch form of *tag*, if it has a faster one than a call per sentence."""

    @classmethod
    def from_lexicons(cls, *, tagger: _nltk.Tagger | None = None) -> TextProcessor:
        """A processor with claimkit's abbreviation list and NLTK's tagger.

        Raises:
            ResourceMissingError: if no *tagger* is given and NLTK's is not installed.
        """
        abbreviations = wordlist("abbreviations.txt")
        tag = tagger if tagger is not None else _nltk.load_tagger()
        return cls(
            split_sentences=_nltk.make_sentence_splitter(abbreviations, wordclass.sentence_starters()),
            tag=tag,
            abbreviations=abbreviations,
            tag_sentences=_nltk.sentences_tagger(tag),
        )

    def parse(self, text: str) -> Document:
        paragraphs = _paragraph_spans(text)
        sentences = Sentences(wide=len(text) > _NARROW_MAX)  # offsets and indexes fit in 32 bits
        lengths: list[int] = []  # tokens in each sentence
        starts: list[int] = []  # the offsets of all tokens (no pair per token is kept: a long text has many)
        ends: list[int] = []
        texts: list[str] = []  # the texts of all tokens
        # one string per distinct token text, from the start: the regex makes a new string per token
        # (a new object even for one character outside Latin-1: 1 MB of marks would be 40 MB of copies)
        shared: dict[str, str] = {}
        for p_index, para in enumerate(paragraphs):
            for s, e in self._sentences_in(text, para.start, para.end):
                at, found = self._tokenize(text, s, e, shared)
                to = _shared_bounds(at, _ends(at, found), para)
                for lo, hi in _cut_long(found):
                    first = len(starts) + lo
                    sentences.append(*((at[lo], to[hi - 1]) if hi > lo else (s, e)), p_index, first, first + hi - lo)
                    lengths.append(hi - lo)
                if found:
                    starts.extend(at)
                    ends.extend(to)
                    texts.extend(found)
        tags = self._tag_all(texts, lengths, {w: _tagger_form(w) for w in shared})
        tokens = tuple(map(tuple.__new__, itertools.repeat(Token), zip(starts, ends, texts, tags, strict=True)))
        del starts, ends, texts, tags, shared, lengths  # the tokens hold them now; the quotes below need room
        quotes = tuple(q for i, p in enumerate(paragraphs) for q in find_quotes(text, p.start, p.end, paragraph=i))
        return Document(text=text, paragraphs=paragraphs, sentences=sentences, tokens=tokens, quotes=quotes)

    def _sentences_in(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        spans = [(start + s, start + e) for s, e in self.split_sentences(text[start:end])]
        # Punkt leaves a closing quote after ".”" at the start of the next sentence; move it back.
        fixed: list[tuple[int, int]] = []
        for s, e in spans:
            begin = s
            if fixed:
                k = s
                while k < e and text[k] in _CLOSERS:
                    k += 1
                if k > s and (k == e or text[k].isspace()):
                    fixed[-1] = (fixed[-1][0], k)
                    while k < e and text[k].isspace():
                        k += 1
                    if k == e:
                        continue
                    begin = k
            fixed.append((begin, e))
        return fixed

    def _tokenize(self, text: str, start: int, end: int, shared: dict[str, str]) -> tuple[list[int], list[str]]:
        """The tokens of ``text[start:end]``: their offsets and their texts, each text the one object
        of *shared* that spells it (added there when new)."""
        at: list[int] = []
        found: list[str] = []
        one = shared.setdefault
        lo = start
        while lo < end:
            # a "sentence" of junk without sentence ends can be the whole text: read it in windows cut
            # at white space (no token holds any), so that findall's list of pairs stays short
            cut = _SPACE.search(text, lo + _TOKENIZE_WINDOW, end) if end - lo > _TOKENIZE_WINDOW else None
            hi = cut.start() if cut is not None else end
            pos = lo
            pairs = _SPACED_TOKEN.findall(text, lo, hi)
            while pairs and not pairs[-1][1]:
                pairs.pop()  # the white space after the last token, then the empty match at the end
            for space, word in pairs:
                pos += len(space)
                at.append(pos)
                found.append(one(word, word))
                pos += len(word)
            lo = hi
        dot = text.find(".", start, end)
        if dot < 0:
            return at, found
        # "Gen." and "Jan." are one token, as in the Penn Treebank: a period token right after
        # an abbreviation joins it. Only the periods are visited, in order.
        abbreviations = self.abbreviations
        dropped: set[int] = set()
        while dot >= 0:
            i = bisect.bisect_left(at, dot)
            if 0 < i < len(at) and at[i] == dot and found[i] == ".":
                j = i - 1
                while j in dropped:
                    j -= 1
                if at[j] + len(found[j]) == dot and found[j].lower() in abbreviations:
                    found[j] = one(found[j] + ".", found[j] + ".")
                    dropped.add(i)
            dot = text.find(".", dot + 1, end)
        if not dropped:
            return at, found
        keep = [i not in dropped for i in range(len(at))]
        return list(itertools.compress(at, keep)), list(itertools.compress(found, keep))

    def _tag_all(self, words: Sequence[str], lengths: Sequence[int], forms: dict[str, str]) -> list[str]:
        """The tags of all tokens in order, from one call to the tagger; each sentence is tagged on its own.

        *words* are the texts of all tokens, *lengths* the number in each sentence, *forms* the tagger's
        form of each distinct word.
        """
        tag_flat = _nltk.flat_tagger(self.tag, self.tag_sentences)
        return tag_flat(list(map(forms.__getitem__, words)), lengths)


_SHARED_PARAGRAPH = 40
"""A paragraph this short or shorter holds the one string object of its text (junk repeats short lines)."""


def _paragraph_spans(text: str) -> tuple[Span, ...]:
    """The paragraphs' spans; equal short paragraphs share their text's string object.

    >>> a, b = _paragraph_spans("Hi.\\nHi.")
    >>> a.text is b.text, (a.start, b.start)
    (True, (0, 4))
    """
    short: dict[str, str] = {}
    out = []
    for s, e in split_paragraphs(text):
        span = Span.from_text(text, s, e)
        if e - s <= _SHARED_PARAGRAPH:
            span = span_unchecked(span.start, span.end, short.setdefault(span.text, span.text))
        out.append(span)
    return tuple(out)


def _shared_bounds(at: list[int], ends: list[int], para: Span) -> list[int]:
    """*ends* (of the tokens starting *at*), with the tokens at either edge of *para* holding its very
    int objects for those offsets (an int above 256 is an object of its own: 1 MB of one-line
    paragraphs has 250,000 of each edge, and the sentences share them too)."""
    if at and at[0] == para.start:
        at[0] = para.start
    if ends and ends[-1] == para.end:
        ends[-1] = para.end
    return ends


def _lower(word: str) -> str:
    """*word* in lower case; *word* itself when that changes nothing (``str.lower`` always makes a copy).

    >>> w = "said"
    >>> _lower(w) is w, _lower("Said")
    (True, 'said')
    """
    low = word.lower()
    return word if low == word else low


def _ends(starts: list[int], texts: list[str]) -> list[int]:
    """Each token's end offset; where the next token starts right there, the very int object of its start.

    An int above 256 is an object of its own (32 bytes): junk without spaces (marks, NUL bytes) has a
    token boundary at every character, and a document holds each such offset once instead of twice.

    >>> _ends([0, 2, 5], ["He", "ran", "."])
    [2, 5, 6]
    """
    ends = list(map(operator.add, starts, map(len, texts)))
    for i in itertools.compress(range(len(ends) - 1), map(operator.eq, ends, itertools.islice(starts, 1, None))):
        ends[i] = starts[i + 1]
    return ends


def _cut_long(words: list[str]) -> Iterator[tuple[int, int]]:
    """The ``(lo, hi)`` index ranges of *words* (the token texts of one sentence) in pieces of at most
    ``MAX_SENTENCE_TOKENS``; one empty range for no words.

    A piece ends after the last soft break (comma, semicolon, colon, dash, bracket) in the
    second half of its window, or at the window's end when there is none.

    >>> [hi - lo for lo, hi in _cut_long(["a", ","] * 300)]
    [250, 250, 100]
    """
    start = 0
    while len(words) - start > MAX_SENTENCE_TOKENS:
        stop = start + MAX_SENTENCE_TOKENS
        second_half = range(stop - 1, start + MAX_SENTENCE_TOKENS // 2, -1)
        cut = next((i + 1 for i in second_half if words[i] in _SOFT_BREAKS), stop)
        yield start, cut
        start = cut
    yield start, len(words)


def _tagger_form(token: str) -> str:
    """How NLTK's Treebank-trained tagger expects to see this token."""
    if token.isalnum():
        return token  # letters and digits only: no mark, no curly apostrophe (most tokens)
    if token in OPEN_DOUBLE or token in OPEN_SINGLE or token == "`":
        return "``"
    if token in CLOSE_DOUBLE or token in CLOSE_SINGLE or token in "\"'":
        return "''"
    if "’" in token:
        return token.replace("’", "'")
    if token in "—–":
        return "--"
    if token == "…":
        return "..."
    return token


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of *text*, without surrounding white space.

    Blank lines always separate paragraphs. A single line break does too when the
    line before ends a sentence or a quotation, or is short (a headline, a dateline);
    otherwise it is a wrapped line.

    >>> split_paragraphs("Title\\nA line that runs on for rather more than sixty characters and so\\nwraps.\\n\\nNext.")
    [(0, 5), (6, 77), (79, 84)]
    """
    out: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        pos = block_start
        while True:
            nl = text.find("\n", pos, block_end)
            if nl < 0:
                break
            line = text[pos:nl]
            if _LINE_END.search(line) or len(line.strip()) < _SHORT_LINE:
                _append_trimmed(text, start, nl, out)
                start = nl + 1
            pos = nl + 1
        _append_trimmed(text, start, block_end, out)
    return out


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _is_wordchar(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str, start: int, end: int, *, paragraph: int = 0) -> list[Quote]:  # noqa: C901, PLR0912  a one-pass state machine over quote marks: one branch per kind of mark
    """The quotations in ``text[start:end]`` (one paragraph), outermost first.

    Curly and straight marks pair with each other (“...\" and ‘...' count), an
    apostrophe inside a word is not a mark, two apostrophes or backticks (``''...''``,
    ````...''``) are one double mark, and a quotation still open at the end of the
    paragraph is closed there with ``closed=False``.

    >>> [q.content.text for q in find_quotes("“A ‘b' c,” he said.", 0, 19)]
    ["A ‘b' c,", 'b']
    >>> [q.content.text for q in find_quotes("''It is,'' he said.", 0, 19)]
    ['It is,']
    """
    quotes: list[Quote] = []
    # stack of (kind, offset of the opening mark, its width); kind is "d" (double) or "s" (single)
    stack: list[tuple[str, int, int]] = []
    open_count = {"d": 0, "s": 0}  # how many of each kind are on the stack (no rescans per mark)
    i = start
    while i < end:
        found = _ANY_QUOTE.search(text, i, end)  # jump to the next mark
        if found is None:
            break
        i = found.start()
        ch = text[i]
        width = 2 if i + 1 < end and text[i : i + 2] in ("''", "``") else 1
        kind = "d" if width == 2 or ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch == '"' else "s"
        before = text[i - 1] if i > start else " "
        after = text[i + width] if i + width < end else " "
        if kind == "s" and _is_wordchar(before) and _is_wordchar(after):
            i += 1
            continue  # an apostrophe: don't, Smith’s
        role = _mark_role('"' if width == 2 and ch == "'" else ch, before, after)
        if width == 2 and ch == "`":
            role = "open"
        if role == "close" or (role == "either" and open_count[kind]):
            if not open_count[kind]:
                i += width
                continue  # a stray closing mark (or an apostrophe: the officials’ claims)
            # close the innermost open quote of this kind; anything opened inside it stays unclosed
            while stack:
                k, pos, w = stack.pop()
                open_count[k] -= 1
                closed_here = k == kind
                _add_quote(
                    quotes,
                    text,
                    pos,
                    i + width if closed_here else i,
                    depth=len(stack),
                    closed=closed_here,
                    paragraph=paragraph,
                    widths=(w, width if closed_here else 0),
                )
                if closed_here:
                    break
        elif role in ("open", "either"):
            if kind == "d" and open_count["d"] and not open_count["s"]:
                # a second opening double mark: the first was never closed
                k, pos, w = stack.pop()
                open_count[k] -= 1
                _add_quote(quotes, text, pos, i, depth=len(stack), closed=False, paragraph=paragraph, widths=(w, 0))
            if len(stack) < _MAX_QUOTE_DEPTH:
                # deeper marks are ignored: real quotes nest a few levels, and every open quote
                # copies the rest of its paragraph, so an unbounded stack is quadratic
                stack.append((kind, i, width))
                open_count[kind] += 1
        i += width
    while stack:
        k, pos, w = stack.pop()
        if k == "s" and not _plausible_unclosed_single(pos, end):
            continue
        _add_quote(quotes, text, pos, end, depth=len(stack), closed=False, paragraph=paragraph, widths=(w, 0))
    quotes.sort(key=lambda q: (q.span.start, -q.span.end))
    return quotes


_MAX_QUOTE_DEPTH = 4  # quotes inside quotes inside quotes ... (deeper opening marks are ignored)


def _plausible_unclosed_single(pos: int, end: int) -> bool:
    # a lone ‘ before a short tail is a quote; otherwise it was most likely an apostrophe (’90s)
    return end - pos < 80


def _mark_role(ch: str, before: str, after: str) -> str:
    if ch in OPEN_DOUBLE or ch in OPEN_SINGLE:
        return "open"
    space_before = before.isspace() or before in "([{—–-/" or before in OPEN_DOUBLE + OPEN_SINGLE
    space_after = after.isspace() or after in ".,;:!?)]}…—–"
    if ch in CLOSE_DOUBLE or ch in CLOSE_SINGLE:
        if space_before and not space_after:
            return "open"  # a closing mark used as an opening one: ”text
        return "close"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _add_quote(
    quotes: list[Quote],
    text: str,
    open_pos: int,
    close_end: int,
    *,
    depth: int,
    closed: bool,
    paragraph: int,
    widths: tuple[int, int],
) -> None:
    """Append the quotation to *quotes* if a letter or digit lies between its marks.

    Marks around nothing but marks and punctuation quote nothing: a page of quote marks then
    makes no quotations at all, instead of one object (and two copies of text) per pair of marks.
    """
    content_end = close_end - (widths[1] or 1) if closed else close_end
    if _WORD_CHAR.search(text, open_pos + widths[0], content_end) is not None:
        quotes.append(_quote(text, open_pos, close_end, depth=depth, closed=closed, paragraph=paragraph, widths=widths))


def _quote(
    text: str,
    open_pos: int,
    close_end: int,
    *,
    depth: int,
    closed: bool,
    paragraph: int,
    widths: tuple[int, int] = (1, 1),
) -> Quote:
    opening, closing = widths
    content_end = close_end - (closing or 1) if closed else close_end
    content_end = max(content_end, open_pos + opening)
    return Quote(
        span=Span.from_text(text, open_pos, max(close_end, open_pos + opening)),
        content=Span.from_text(text, open_pos + opening, content_end),
        depth=depth,
        closed=closed,
        paragraph=paragraph,
    )
