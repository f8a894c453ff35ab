"""The trained attribution layer: a linear-chain CRF stacked on the rules of :mod:`claimkit.attribution`.

The rules find attributions and link their source, cue and content; their boundaries are
where they fail most. This layer tags every token of a paragraph as source, cue or content
(BIO), reading the rules' own output as features, and uses the tagged spans to fix the
rules' boundaries and to add attributions the rules missed. The rules keep the linking:
nesting, continuations and ``content_parts``.

The features are closed-class words and a fixed list of frequent words, the cue, title and
word-class lexicons of ``claimkit/data/``, POS tags, word shapes, quotation positions and the
rules' source / cue / content spans and kind. No rare word, no n-gram: the model holds no
article text. It was trained on PolNeAR's train split (``training/train_attribution.py``;
see the model card, ``docs/model-card-attribution.md``).

The model ships as package data (``claimkit/data/en/``) and is read on first use (:meth:`AttributionModel.load`);
:class:`claimkit.AnalyzerConfig` ``trained_attribution=False`` turns the layer off.

>>> from claimkit.text import TextProcessor
>>> from claimkit.attribution import find_attributions
>>> doc = TextProcessor.from_lexicons().parse("The senator said on Tuesday that the bill would pass.")
>>> rules = find_attributions(doc)
>>> refined = AttributionModel.load().refine(doc, rules)
>>> [(a.speaker_span.text, a.cue, a.content.text) for a in refined]
[('The senator', 'said', 'that the bill would pass')]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import operator
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from claimkit import _crfsuite
from claimkit.attribution import Attribution, has_alnum, is_bare_infinitive, main_clause_subjects
from claimkit.errors import ResourceMissingError
from claimkit.lang import tags
from claimkit.lang.cues import cue_lexicon
from claimkit.lang.morphology import verb_forms
from claimkit.lang.resources import DEFAULT_LANGUAGE, rows, wordlist
from claimkit.model import Evidence, Span, Stance, StatementKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    import numpy as np
    from numpy.typing import NDArray

    from claimkit._fastcrf import CrfWeights
    from claimkit.text import Document, Quote, Token

__all__ = [
    "FEATURE_VERSION",
    "FILTER_NAMES",
    "MODEL_FILE",
    "ROLES",
    "RULE_NAMES",
    "AttributionModel",
    "RoleSpans",
    "document_features",
    "paragraph_ranges",
    "rule_labels",
    "spans_from_labels",
]

FEATURE_VERSION = 2
"""Bumped whenever the features change: a model trained on other features is refused."""
MODEL_FILE = "attribution-crf.crfsuite"
"""The model's file name in ``claimkit/data/en/``; its metadata is the same name with ``.json``."""
ROLES = ("source", "cue", "content")
RULE_NAMES = (
    "crf-content-boundary",
    "crf-source-boundary",
    "crf-cue-boundary",
    "crf-new-statement",
    "crf-inner-report-folded",
    "crf-sourced-report-folded",
    "crf-main-subject-speaker",
)
"""What this layer records in a statement's ``evidence`` (documented in the attribution guide).

>>> RULE_NAMES[0]
'crf-content-boundary'
"""
BOUNDARY_RULES = frozenset(
    {
        "coordinated-cue-ends-content",
        "clause-ends-at-main-verb",
        "adjunct-ends-object",
        "clause-ends-object",
        "coordinated-verb-ends-object",
        "fronted-clause-ends-content",
        "conjoined-clause-ends-content",
    }
)
"""The rules' records of where a content ends (their span starts there): a tagged content never runs past one."""
FILTER_NAMES = ("crf-action-cue", "crf-short-content", "crf-infinitive-subject")
"""The rules by which this layer leaves out a statement it tagged (documented in the attribution guide)."""

# Penn Treebank tags of closed word classes and punctuation: their words are always features.
_CLOSED_TAGS = (
    frozenset({"DT", "IN", "PRP", "PRP$", "CC", "MD", "TO", "WDT", "WP", "WP$", "WRB", "EX", "PDT", "RP", "POS"})
    | tags.PUNCT_TAGS
    | tags.BRACKET_TAGS
)
_PRIORITY = {"content": 0, "source": 1, "cue": 2}
_TEXT_TAG = operator.itemgetter(slice(2, 4))  # a token's (text, tag)
_MEMO_WORDS = 50_000  # (word, tag) pairs whose weight rows a model remembers across documents (~15 MB)


# --------------------------------------------------------------------------- features


@attrs.frozen(kw_only=True)
class _Lexicons:
    """The word lists the features read, from the package data files."""

    cue_verbs: frozenset[str]
    cue_nouns: frozenset[str]
    cue_preps: frozenset[str]
    titles: frozenset[str]
    classes: dict[str, tuple[str, ...]]
    actions: frozenset[str]
    """Every form of the verbs of ``action_verbs.txt`` (causing, bringing about, trying, holding back)."""
    negation: frozenset[str]
    """The words of ``negation.txt`` ("not", "n't", "no", "never")."""

    @classmethod
    def read(cls) -> _Lexicons:
        lex = cue_lexicon()
        titles = frozenset(w.lower() for r in rows("titles.tsv") for w in r[0].split())
        return cls(
            cue_verbs=frozenset(lex.verbs),
            cue_nouns=frozenset(lex.nouns),
            cue_preps=frozenset(lex.preps),
            titles=titles,
            classes={w: tuple(sorted(c)) for w, c in lex.word_classes.items()},
            actions=frozenset(f for lemma in wordlist("action_verbs.txt") for f in verb_forms(lemma)),
            negation=frozenset(wordlist("negation.txt")),
        )


@functools.cache
def _lexicons() -> _Lexicons:
    return _Lexicons.read()


_ASCII_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)

_FIRST = operator.itemgetter(0)  # a run's character, of itertools.groupby


def _shape(word: str) -> str:
    """The word's shape: upper, lower letters and digits as ``X x d``, runs collapsed, at most 4.

    >>> _shape("McCain2016"), _shape("U.S."), _shape("Zoë")
    ('XxXx', 'X.X.', 'Xx')
    """
    if word.isascii():
        # runs collapsed by groupby, in C (a regex substitution expands its template in Python)
        return "".join(itertools.islice(map(_FIRST, itertools.groupby(word.translate(_ASCII_SHAPE))), 4))
    return _unicode_shape(word)


def _unicode_shape(word: str) -> str:
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
        if len(out) == 4:
            break
    return "".join(out)


def paragraph_ranges(doc: Document, *, longest: int | None = None) -> list[tuple[int, int]]:
    """Token index ranges ``[first, last)`` of the document's paragraphs that hold tokens.

    With *longest*, a paragraph of more tokens is given in pieces of whole sentences of at most
    *longest* tokens each (sentences are at most ``text.MAX_SENTENCE_TOKENS`` long).
    """
    return list(_paragraph_ranges(doc, longest=longest))


def _paragraph_ranges(doc: Document, *, longest: int | None = None) -> Iterator[tuple[int, int]]:
    """:func:`paragraph_ranges`, one at a time (a text of many short paragraphs holds no list of them)."""
    found: tuple[int, int] | None = None  # the range being built
    current = -1
    for s in doc.sentences:
        if s.first_token == s.last_token:
            continue
        if found is not None and s.paragraph == current and (longest is None or s.last_token - found[0] <= longest):
            found = (found[0], s.last_token)
        else:
            if found is not None:
                yield found
            found, current = (s.first_token, s.last_token), s.paragraph
    if found is not None:
        yield found


def _covering(starts: Sequence[int], ends: Sequence[int], s: int, e: int) -> range:
    """Indices of the tokens more than half inside chars ``[s, e)``."""
    first = max(0, bisect.bisect_right(starts, s) - 1)
    last = bisect.bisect_left(starts, e)
    while first < last:  # a token is in when twice its part inside is at least its length
        a, b = starts[first], ends[first]
        if 2 * (min(e, b) - max(s, a)) >= b - a:
            break
        first += 1
    while last > first:
        a, b = starts[last - 1], ends[last - 1]
        if 2 * (min(e, b) - max(s, a)) >= b - a:
            break
        last -= 1
    return range(first, last)


def paint(
    doc: Document, spans: Sequence[tuple[str, int, int, object]], *, priority: bool = True
) -> tuple[list[str], list[object]]:
    """BIO labels over *doc*'s tokens from ``(role, start, end, owner)`` character spans.

    A token belongs to a span when more than half of it lies inside. Where spans overlap,
    cue wins over source over content, and a shorter content over a longer one (the inner
    of nested attributions). A token starts a span (``B-``) when the span begins there.
    """
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    n = len(starts)
    labels = ["O"] * n
    owners: list[object] = [None] * n
    key: list[tuple[int, int]] = [(-1, 0)] * n
    for role, s, e, owner in spans:
        rank = (_PRIORITY[role], -(e - s)) if priority else (0, 0)
        idx = _covering(starts, ends, s, e)
        for i in idx:
            if labels[i] == "O" or rank > key[i]:
                key[i] = rank
                labels[i] = ("B-" if i == idx.start else "I-") + role
                owners[i] = owner
    return labels, owners


def _rule_spans(attributions: Sequence[Attribution]) -> list[tuple[str, int, int, str]]:
    """The rules' ``(role, start, end, kind)`` spans, in the order :func:`paint` reads them."""
    spans: list[tuple[str, int, int, str]] = []
    for a in attributions:
        spans.extend(("content", p.start, p.end, a.kind.value) for p in a.content_parts or (a.content,))
        if a.speaker_span is not None:
            spans.append(("source", a.speaker_span.start, a.speaker_span.end, a.kind.value))
        if a.cue_span is not None:
            spans.append(("cue", a.cue_span.start, a.cue_span.end, a.kind.value))
    return spans


def rule_labels(doc: Document, attributions: Sequence[Attribution]) -> tuple[list[str], list[str]]:
    """The rules' output as BIO labels over the tokens, and the kind of the attribution each token belongs to.

    >>> from claimkit.text import TextProcessor
    >>> from claimkit.attribution import find_attributions
    >>> doc = TextProcessor.from_lexicons().parse("Ann Roe said it rained.")
    >>> rule_labels(doc, find_attributions(doc))[0]
    ['B-source', 'I-source', 'B-cue', 'B-content', 'I-content', 'O']
    """
    labels, owners = paint(doc, _rule_spans(attributions))
    return labels, [str(o) if o is not None else "none" for o in owners]


_RULE_LABELS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
"""The rules' BIO labels as small codes (:func:`_rule_codes`): a role's ``B-`` code, then its ``I-`` code."""
_ROLE_CODES = {"source": 1, "cue": 3, "content": 5}
_KINDS = ("none", *(k.value for k in StatementKind))
_QUOTE_STATES = ("n", "i", "o", "c")  # outside, inside, opening, closing a quotation
_RANK_STEP = 1 << 40  # a role's priority in a span's rank, above any span length


def _rule_codes(attributions: Sequence[Attribution], tk: _Tokens) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """:func:`rule_labels` as arrays of codes (:data:`_RULE_LABELS`, :data:`_KINDS`).

    A span's rank (:func:`paint`: its role's priority, then the shorter the higher) is one number;
    the spans are painted over whole token slices, lowest rank first.
    """
    import numpy as np  # noqa: PLC0415  (not at import)

    n = len(tk.starts)
    labels = np.zeros(n, dtype=np.intp)
    kinds = np.zeros(n, dtype=np.intp)
    order: list[tuple[int, int, range, int, int]] = []
    for k, (role, s, e, kind) in enumerate(_rule_spans(attributions)):
        r = tk.cover(s, e)
        if len(r):
            order.append((_PRIORITY[role] * _RANK_STEP - (e - s), -k, r, _ROLE_CODES[role], _KINDS.index(kind)))
    # painted from the lowest rank up, so a token ends with its highest-ranked span's label;
    # among equal ranks the first span is painted last (it wins, as in paint())
    order.sort(key=lambda x: (x[0], x[1]))
    for _, _, r, code, kind_code in order:
        labels[r.start : r.stop] = code + 1
        labels[r.start] = code
        kinds[r.start : r.stop] = kind_code
    return labels, kinds


def _quote_codes(doc: Document, starts: Sequence[int]) -> NDArray[np.intp]:
    """Per token, its place in a quotation (:data:`_QUOTE_STATES`)."""
    import numpy as np  # noqa: PLC0415  (not at import)

    state = np.zeros(len(starts), dtype=np.intp)
    for q in doc.quotes:
        if q.depth:
            continue
        lo = bisect.bisect_left(starts, q.span.start)
        hi = bisect.bisect_left(starts, q.span.end)
        state[lo:hi] = 1
        if lo < len(state) and starts[lo] == q.span.start:
            state[lo] = 2
        if q.closed and hi > lo and doc.tokens[hi - 1].end == q.span.end:
            state[hi - 1] = 3
    return state


@functools.lru_cache(maxsize=1 << 16)
def _word(text: str) -> tuple[str, str, str, bool]:
    """A word's lower-cased form, shape feature, lexicon classes, and whether it is a cue verb (memoized)."""
    lexicons = _lexicons()
    w = text.lower().replace("’", "'")
    lex: list[str] = []
    if w in lexicons.cue_verbs:
        lex.append("cv")
    if w in lexicons.cue_nouns:
        lex.append("cn")
    if w in lexicons.cue_preps:
        lex.append("cp")
    if w in lexicons.titles:
        lex.append("ti")
    lex.extend(lexicons.classes.get(w, ()))
    return w, f"s={_shape(text)}", "+".join(lex) if lex else "-", "cv" in lex


def _word_features(
    text: str, tag: str, vocabulary: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    """What one token gives: its own features, those it gives to the next and the previous token,
    its tag two tokens away (after, before), and whether it is a cue verb."""
    w, shape, code, cue_verb = _word(text)
    own = [f"p={tag}", shape, f"L={code}"]
    before = [f"p-1={tag}", f"L-1={code}"]  # what it tells the token after it
    after = [f"p+1={tag}", f"L+1={code}"]  # what it tells the token before it
    before2 = (f"p-2={tag}",)  # ... and the tokens two away
    after2 = (f"p+2={tag}",)
    if w in vocabulary or tag in _CLOSED_TAGS:
        own.append(f"w={w}")
        before.append(f"w-1={w}")
        after.append(f"w+1={w}")
    return tuple(own), tuple(before), tuple(after), before2, after2, cue_verb


_WordFeatures = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]
_ContextFeatures = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@attrs.frozen(kw_only=True)
class _Table:
    """A document's features in groups: per token, the key of its word group and of its context group.

    A token's features are its own groups, the "before" groups of the one or two tokens before
    it and the "after" groups of the one or two after it (within its paragraph), its tag pair
    with the token before, and its flags.
    """

    words: list[_WordFeatures]
    """Per distinct (text, tag): its word groups (:func:`_word_features`)."""
    word_ids: NDArray[np.intp]
    """Per token: its item in :attr:`words`."""
    contexts: list[_ContextFeatures]
    """Per distinct (rule label, quotation state, rule kind): its feature groups."""
    context_ids: NDArray[np.intp]
    """Per token: its item in :attr:`contexts`."""
    flags: list[tuple[str, ...]]
    """The distinct flag combinations (see :func:`_flags`)."""
    flag_ids: NDArray[np.intp]
    """Per token: its item in :attr:`flags`."""
    tags: list[str]
    """The distinct tags."""
    tag_ids: NDArray[np.intp]
    """Per token: its tag's item in :attr:`tags`."""
    ranges: list[tuple[int, int]]


_CLAUSE_TAGS = frozenset({",", ":"}) | (tags.BRACKET_TAGS - {"``", "''"})
"""Tags of punctuation that closes a clause or an aside (PTB ``:`` holds ``;`` and dashes)."""


_DISTANCES = (2, 3, 6, 11)  # bucket edges of the distance to a cue verb: 1, 2, 3-5, 6-10, 11 and more
_FLAG_BITS = ("sf", "sl", "pb", "tc", "rb", "ra")
_FLAG_CODES = 1 << 12  # flag combination codes: six bits, then two 3-bit distance buckets


@functools.cache
def _flag_names(code: int) -> tuple[str, ...]:
    """The flags of one combination code (see :func:`_flags`; fewer than 2**12 codes)."""
    names = [f for k, f in enumerate(_FLAG_BITS) if code >> k & 1]
    for name, shift in (("b", 6), ("a", 9)):
        bucket = code >> shift & 7
        if bucket:
            edges = (1, *_DISTANCES)
            names += [f"c{name}", f"d{name}={edges[bucket - 1]}"]
    return tuple(names)


@attrs.frozen(kw_only=True)
class _TagClasses:
    """Per token, what its tag says to :func:`_flags`."""

    clause: NDArray[np.bool_]
    """Punctuation that closes a clause or an aside (:data:`_CLAUSE_TAGS`)."""
    preposition: NDArray[np.bool_]
    """A preposition or complementizer (``IN``)."""


def _flags(
    doc: Document, cue_verb: NDArray[np.bool_], rule_cue: NDArray[np.bool_], tagged: _TagClasses
) -> tuple[list[tuple[str, ...]], NDArray[np.intp]]:
    """Per token, what its sentence tells (:func:`_flag_codes`): the distinct flag combinations and,
    per token, its combination.
    """
    import numpy as np  # noqa: PLC0415  (not at import)

    combos, ids = np.unique(_flag_codes(doc, cue_verb, rule_cue, tagged), return_inverse=True)
    return [_flag_names(int(c)) for c in combos.tolist()], ids.reshape(-1)


def _flag_codes(
    doc: Document, cue_verb: NDArray[np.bool_], rule_cue: NDArray[np.bool_], tagged: _TagClasses
) -> NDArray[np.intp]:
    """Per token, what its sentence tells: its edges (``sf``, ``sl``); a cue verb before or after it
    (``cb``, ``ca``) and how far the nearest is (``db=``, ``da=``, in buckets); a cue of the rules
    before or after it (``rb``, ``ra``); clause punctuation between it and the cue verb before it
    (``pb``); and whether it follows a complementizer that follows a cue verb (``tc``: "said that _").

    Returns, per token, the code of its flag combination (:func:`_flag_names`), computed with NumPy
    in pieces of whole sentences of about ``_CHUNK_TOKENS`` tokens (a token's flags look only inside its
    sentence; the arrays of a piece stay small on a long text).
    """
    import numpy as np  # noqa: PLC0415  (not at import)

    n = len(doc.tokens)
    if not n:
        return np.zeros(0, dtype=np.intp)
    first = np.full(n, n, dtype=np.intp)  # the sentence [first, last) of each token; none: empty
    last = np.full(n, -1, dtype=np.intp)
    for lo, hi in zip(doc.sentences.first_tokens(), doc.sentences.last_tokens(), strict=True):
        first[lo:hi] = lo
        last[lo:hi] = hi
    code = np.empty(n, dtype=np.intp)
    for a, b in _sentence_pieces(first, last):
        code[a:b] = _piece_flags((a, b), n, (first[a:b], last[a:b]), (cue_verb[a:b], rule_cue[a:b]), tagged)
    return code


def _sentence_pieces(first: NDArray[np.intp], last: NDArray[np.intp]) -> list[tuple[int, int]]:
    """Token ranges of about ``_CHUNK_TOKENS`` tokens or more that cut no sentence (*first*, *last*: each
    token's sentence, as in :func:`_flag_codes`), covering all tokens in order."""
    import numpy as np  # noqa: PLC0415  (not at import)

    n = len(first)
    if n <= _CHUNK_TOKENS:
        return [(0, n)]
    at = np.arange(1, n)
    # a cut before token c splits no sentence: no token before c has its sentence end after c,
    # and no token from c on has its sentence start before c
    ends_by = np.maximum.accumulate(last)[:-1] <= at
    starts_from = np.minimum.accumulate(first[::-1])[::-1][1:] >= at
    cuts = np.flatnonzero(ends_by & starts_from) + 1
    del ends_by, starts_from
    out: list[tuple[int, int]] = []
    lo = 0
    while n - lo > _CHUNK_TOKENS:
        k = int(np.searchsorted(cuts, lo + _CHUNK_TOKENS))
        if k == len(cuts):
            break
        out.append((lo, int(cuts[k])))
        lo = int(cuts[k])
    out.append((lo, n))
    return out


def _piece_flags(
    piece: tuple[int, int],
    n: int,
    sentence: tuple[NDArray[np.intp], NDArray[np.intp]],
    cues: tuple[NDArray[np.bool_], NDArray[np.bool_]],
    tagged: _TagClasses,
) -> NDArray[np.intp]:
    """:func:`_flag_codes` of the tokens of *piece* (whole sentences of a document of *n* tokens), given their
    sentences' token ranges (*sentence*) and their own cue verbs and rule cues (*cues*); token indices are the
    document's."""
    import numpy as np  # noqa: PLC0415  (not at import)

    a, b = piece
    first, last = sentence
    cue_verb, rule_cue = cues
    idx = np.arange(a, b)

    def before(mask: NDArray[np.bool_]) -> NDArray[np.intp]:  # nearest True before, in the sentence; else -1
        prev = np.concatenate(([-1], np.maximum.accumulate(np.where(mask, idx, -1))[:-1]))
        return np.where(prev >= first, prev, -1)

    def after(mask: NDArray[np.bool_]) -> NDArray[np.intp]:  # nearest True after, in the sentence; else n
        nxt = np.concatenate((np.minimum.accumulate(np.where(mask, idx, n)[::-1])[::-1][1:], [n]))
        return np.where(nxt < last, nxt, n)

    pc, nc = before(cue_verb), after(cue_verb)
    has_pc, has_nc = pc >= 0, nc < n
    db = np.where(has_pc, np.digitize(idx - pc, _DISTANCES) + 1, 0)
    da = np.where(has_nc, np.digitize(nc - idx, _DISTANCES) + 1, 0)
    clause = np.cumsum(tagged.clause[a:b], dtype=np.intp)
    pb = has_pc & (np.concatenate(([0], clause[:-1])) > clause[np.maximum(pc - a, 0)])
    prev_in = np.zeros(b - a, dtype=bool)
    prev_in[1:] = tagged.preposition[a : b - 1]
    tc = has_pc & prev_in & (pc >= idx - 4) & (pc <= idx - 2)
    bits = (idx == first, idx == last - 1, pb, tc, before(rule_cue) >= 0, after(rule_cue) < n)
    code: NDArray[np.intp] = db << 6 | da << 9
    for k, bit in enumerate(bits):
        code |= bit.astype(np.intp) << k
    return code


def _context(rule: str, quote: str, kind: str) -> _ContextFeatures:
    return (
        ("b", f"r={rule}", f"q={quote}", f"rq={rule}|{quote}", f"rk={kind}"),
        (f"r-1={rule}", f"q-1={quote}"),
        (f"r+1={rule}", f"q+1={quote}"),
        (),
        (),
    )


_CONTEXT_WIDTH = len(_QUOTE_STATES) * len(_KINDS)
_CONTEXT_CODES = len(_RULE_LABELS) * _CONTEXT_WIDTH
"""A token's context code is ``rule label * _CONTEXT_WIDTH + quotation state * len(_KINDS) + kind``."""


def _context_of(code: int) -> _ContextFeatures:
    """The feature groups of a context code."""
    w, k = _CONTEXT_WIDTH, len(_KINDS)
    return _context(_RULE_LABELS[code // w], _QUOTE_STATES[code % w // k], _KINDS[code % k])


def _token_codes(
    tk: _Tokens, attributions: Sequence[Attribution], tag_ids: NDArray[np.intp], tag_names: Sequence[str]
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Per token, its context code (:func:`_context_of`) and its flag combination code (:func:`_flag_codes`).

    *tag_ids* gives each token's tag as an index into *tag_names*.
    """
    import numpy as np  # noqa: PLC0415  (not at import)

    doc = tk.doc
    tagged = _TagClasses(
        clause=np.array([t in _CLAUSE_TAGS for t in tag_names], dtype=bool)[tag_ids],
        preposition=np.array([t == "IN" for t in tag_names], dtype=bool)[tag_ids],
    )
    cue_verbs = _lexicons().cue_verbs
    cue = np.fromiter(map(cue_verbs.__contains__, tk.low), dtype=bool, count=len(tk.low))
    labels, kinds = _rule_codes(attributions, tk)
    rule_cue = (labels == _ROLE_CODES["cue"]) | (labels == _ROLE_CODES["cue"] + 1)
    flags = _flag_codes(doc, cue, rule_cue, tagged)
    return labels * _CONTEXT_WIDTH + _quote_codes(doc, tk.starts) * len(_KINDS) + kinds, flags


def _tag_ids(doc: Document) -> tuple[NDArray[np.intp], list[str]]:
    """Per token, its tag as an index into the document's distinct tags; and those tags."""
    import numpy as np  # noqa: PLC0415  (not at import)

    tags = list(map(operator.itemgetter(3), doc.tokens))
    index = {tag: k for k, tag in enumerate(dict.fromkeys(tags))}
    return np.fromiter(map(index.__getitem__, tags), dtype=np.intp, count=len(tags)), list(index)


def _table(doc: Document, attributions: Sequence[Attribution], vocabulary: frozenset[str]) -> _Table:
    """A document's features in groups (for training). What a token's tag or word gives is worked out
    once per distinct (text, tag) and spread over the tokens with NumPy."""
    import numpy as np  # noqa: PLC0415  (not at import)

    index: dict[tuple[str, str], int] = {}  # (text, tag) -> its item, in order of first use
    add = index.setdefault
    word_ids = np.array([add((t[2], t[3]), len(index)) for t in doc.tokens], dtype=np.intp)
    tag_ids, tag_names = _tag_ids(doc)
    context_codes, flag_codes = _token_codes(_Tokens(doc), attributions, tag_ids, tag_names)
    combos, context_ids = np.unique(context_codes, return_inverse=True)
    flags, flag_ids = np.unique(flag_codes, return_inverse=True)
    return _Table(
        words=[_word_features(text, tag, vocabulary) for text, tag in index],
        word_ids=word_ids,
        contexts=[_context_of(c) for c in combos.tolist()],
        context_ids=context_ids.reshape(-1),
        flags=[_flag_names(c) for c in flags.tolist()],
        flag_ids=flag_ids.reshape(-1),
        tags=tag_names,
        tag_ids=tag_ids,
        ranges=paragraph_ranges(doc, longest=_LONGEST_SEQUENCE),
    )


def document_features(
    doc: Document,
    attributions: Sequence[Attribution],
    vocabulary: frozenset[str],
) -> Iterator[tuple[tuple[int, int], list[list[str]]]]:
    """Per paragraph: its token range and one feature list per token (what crfsuite trains on).

    *vocabulary* holds the frequent words that are features; closed-class words are
    features anyway. Everything else a word gives is its shape, tag and lexicon classes.
    """
    if not doc.tokens:
        return

    t = _table(doc, attributions, vocabulary)
    words = [t.words[j] for j in t.word_ids.tolist()]
    ctx = [t.contexts[j] for j in t.context_ids.tolist()]
    flags = [t.flags[j] for j in t.flag_ids.tolist()]
    tags = [t.tags[j] for j in t.tag_ids.tolist()]
    for lo, hi in t.ranges:
        items: list[list[str]] = []
        for i in range(lo, hi):
            f = [*ctx[i][0], *words[i][0], *flags[i]]
            if i > lo:
                f += words[i - 1][1]
                f += ctx[i - 1][1]
                f.append(f"pp={tags[i - 1]}|{tags[i]}")
                if i - 1 > lo:
                    f += words[i - 2][3]
                    f += ctx[i - 2][3]
            else:
                f.append("BOP")
            if i + 1 < hi:
                f += words[i + 1][2]
                f += ctx[i + 1][2]
                if i + 2 < hi:
                    f += words[i + 2][4]
                    f += ctx[i + 2][4]
            else:
                f.append("EOP")
            items.append(f)
        yield (lo, hi), items


_LONGEST_SEQUENCE = 2048
"""Tokens tagged as one sequence at most: a longer paragraph (junk; news paragraphs stay far below it)
is tagged in pieces of whole sentences, so the score arrays of a 1 MB paragraph stay bounded."""
_CHUNK_TOKENS = 8192  # tokens scored and decoded at once (whole paragraphs): bounds the arrays on long texts


def _chunks(ranges: Iterable[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Consecutive paragraphs in groups of about ``_CHUNK_TOKENS`` tokens (a longer paragraph is one group)."""
    group: list[tuple[int, int]] = []
    size = 0
    for r in ranges:
        if group and size + r[1] - r[0] > _CHUNK_TOKENS:
            yield group
            group, size = [], 0
        group.append(r)
        size += r[1] - r[0]
    if group:
        yield group


class _ClosedScores:
    """The label scores of the feature groups that come from closed sets, summed once per model:
    per context code (:func:`_context_of`: five groups), per flag combination code (:func:`_flag_names`),
    per pair of tags, and of the paragraph edges.

    The tag pairs are indexed by :attr:`tag_rows`: a tag that no ``pp=`` feature of the model names
    has row 0, whose pairs weigh nothing.
    """

    def __init__(self, weights: CrfWeights) -> None:
        import numpy as np  # noqa: PLC0415  (not at import)

        def summed(features: Sequence[Sequence[str]]) -> NDArray[np.float64]:
            return weights.sums([weights.rows(f) for f in features])

        self.contexts = np.array([summed(_context_of(c)) for c in range(_CONTEXT_CODES)])  # codes x 5 x labels
        self.flags = np.zeros((_FLAG_CODES, len(weights.labels)))
        for code in range(_FLAG_CODES):
            if code >> 6 & 7 <= len(_DISTANCES) + 1 and code >> 9 <= len(_DISTANCES) + 1:
                self.flags[code] = summed((_flag_names(code),))[0]
        named: set[tuple[str, str]] = set()  # the tag pairs of the pp= features (a tag may hold "|")
        for name in weights.index:
            if name.startswith("pp="):
                pair = name[3:]
                named.update((pair[:k], pair[k + 1 :]) for k, ch in enumerate(pair) if ch == "|")
        self.tag_rows = {tag: k + 1 for k, tag in enumerate(sorted({t for pair in named for t in pair}))}
        self.pairs = np.zeros((len(self.tag_rows) + 1, len(self.tag_rows) + 1, len(weights.labels)))
        for a, b in named:
            self.pairs[self.tag_rows[a], self.tag_rows[b]] = summed(((f"pp={a}|{b}",),))[0]
        self.bop = weights.vector(["BOP"])
        self.eop = weights.vector(["EOP"])


@attrs.frozen(kw_only=True)
class _Codes:
    """A document's tokens as rows of the model's closed score tables (:class:`_ClosedScores`)."""

    contexts: NDArray[np.intp]
    """Per token: its context code."""
    flags: NDArray[np.intp]
    """Per token: its flag combination code."""
    pair_tags: NDArray[np.intp]
    """Per token: its tag's row in the tag pair table."""

    @classmethod
    def of(cls, tk: _Tokens, attributions: Sequence[Attribution], closed: _ClosedScores) -> _Codes:
        import numpy as np  # noqa: PLC0415  (not at import)

        doc = tk.doc
        tag_ids, tag_names = _tag_ids(doc)
        contexts, flags = _token_codes(tk, attributions, tag_ids, tag_names)
        pair_tags = np.array([closed.tag_rows.get(t, 0) for t in tag_names], dtype=np.intp)[tag_ids]
        return cls(
            contexts=contexts,
            flags=flags,
            pair_tags=pair_tags,
        )


def _token_scores(
    codes: _Codes,
    closed: _ClosedScores,
    group: Sequence[tuple[int, int]],
    words: tuple[NDArray[np.float64], NDArray[np.intp]],
) -> NDArray[np.float64]:
    """Label scores of the tokens of *group* (consecutive whole paragraphs): the features of
    :func:`document_features`, summed group by group. *words* holds the word store's rows and, per
    token of the group, its row."""
    import numpy as np  # noqa: PLC0415  (not at import)

    start, end = group[0][0], group[-1][1]
    wv, u = words
    # each token's five groups at once: its word's rows plus its context's rows (tokens x 5 x labels)
    g = wv[u] + closed.contexts[codes.contexts[start:end]]
    scores: NDArray[np.float64] = g[:, 0] + closed.flags[codes.flags[start:end]]
    # a neighbour's groups count within the paragraph only: times 0 elsewhere (x + 0.0 is x)
    lo, hi = _paragraph_edges(group)
    i = np.arange(end - start)
    has = (i[1:] > lo[1:])[:, None]  # the token before is in the same paragraph
    tags = codes.pair_tags[start:end]
    scores[1:] += (g[:-1, 1] + closed.pairs[tags[:-1], tags[1:]]) * has
    has = (i[2:] - 1 > lo[2:])[:, None]
    scores[2:] += g[:-2, 3] * has
    has = (i[:-1] + 1 < hi[:-1])[:, None]  # the token after is in the same paragraph
    scores[:-1] += g[1:, 2] * has
    has = (i[:-2] + 2 < hi[:-2])[:, None]
    scores[:-2] += g[2:, 4] * has
    scores[i == lo] += closed.bop
    scores[i + 1 == hi] += closed.eop
    return scores


def _contiguous(ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether each of the token *ranges* starts where the one before it ends."""
    return all(b == a for (_, b), (a, _) in itertools.pairwise(ranges))


def _paragraph_edges(group: Sequence[tuple[int, int]]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Per token of *group* (consecutive paragraphs, as token ranges), the first token of its paragraph
    and the end of it, counted from the group's start; 0 and 0 for a token between two paragraphs.

    >>> [x.tolist() for x in _paragraph_edges([(4, 6), (6, 9)])]
    [[0, 0, 2, 2, 2], [2, 2, 5, 5, 5]]
    >>> [x.tolist() for x in _paragraph_edges([(0, 1), (2, 3)])]
    [[0, 0, 2], [1, 0, 3]]
    """
    import numpy as np  # noqa: PLC0415  (not at import)

    start = group[0][0]
    n = group[-1][1] - start
    if _contiguous(group):  # no token between paragraphs (news)
        lengths = np.array([b - a for a, b in group], dtype=np.intp)
        lo = np.repeat(np.array([a - start for a, _ in group], dtype=np.intp), lengths)
        return lo, lo + np.repeat(lengths, lengths)
    lo = np.zeros(n, dtype=np.intp)
    hi = np.zeros(n, dtype=np.intp)
    for a, b in group:
        lo[a - start : b - start] = a - start
        hi[a - start : b - start] = b - start
    return lo, hi


class _WordStore:
    """The label scores of the five word groups of every (text, tag) pair met so far (up to
    ``_MEMO_WORDS`` pairs; then forgotten at once).

    A pair's groups are made of four parts (its tag, shape, lexicon classes and, for a frequent or
    closed-class word, the word): each part's weight rows are looked up once, so a new pair costs a
    few dictionary reads and the new pairs of a document are summed in one gather.
    """

    def __init__(self, weights: CrfWeights, vocabulary: frozenset[str]) -> None:
        import numpy as np  # noqa: PLC0415  (not at import)

        self.weights = weights
        self.vocabulary = vocabulary
        self.ids: dict[tuple[str, str], int] = {}
        self.rows = np.zeros((1024, 5, len(weights.labels)))
        self._parts: dict[str, dict[str, tuple[int, ...]]] = {kind: {} for kind in "pLsw"}

    def _part(self, kind: str, value: str, prefixes: Sequence[str]) -> tuple[int, ...]:
        """The weight rows of *value* after each of *prefixes* (the feature names ``<prefix>=<value>``)."""
        known = self._parts[kind]
        hit = known.get(value)
        if hit is None:
            index, none = self.weights.index, self.weights.none
            hit = known[value] = tuple(index.get(f"{p}{value}", none) for p in prefixes)
        return hit

    def ids_of(self, keys: Sequence[tuple[str, str]]) -> NDArray[np.intp]:
        """Per pair of *keys*: its row in :attr:`rows` (its groups' label scores: own, before, after,
        before2, after2; the same sums as :func:`_word_features` gives crfsuite)."""
        import numpy as np  # noqa: PLC0415  (not at import)

        try:  # every pair met before (most documents after the first few): one pass
            return np.fromiter(map(self.ids.__getitem__, keys), dtype=np.intp, count=len(keys))
        except KeyError:
            pass
        found = list(map(self.ids.get, keys))
        if None in found:
            new = list(dict.fromkeys(k for k, j in zip(keys, found, strict=True) if j is None))
            if len(self.ids) + len(new) > _MEMO_WORDS:
                self.ids.clear()
                for known in self._parts.values():  # the shapes of junk are as many as its words
                    known.clear()
                new = list(dict.fromkeys(keys))
            self._add(new)
            found = list(map(self.ids.__getitem__, keys))
        return np.array(found, dtype=np.intp)

    def _add(self, new: list[tuple[str, str]]) -> None:
        import numpy as np  # noqa: PLC0415  (not at import)

        none = self.weights.none
        flat: list[int] = []  # per pair, its five groups of four rows (tag, shape, classes, word)
        vocabulary = self.vocabulary
        part = self._part
        for text, tag in new:
            w, shape, code, _ = _word(text)
            p = part("p", tag, ("p=", "p-1=", "p+1=", "p-2=", "p+2="))
            lex = part("L", code, ("L=", "L-1=", "L+1="))
            (sh,) = part("s", shape, ("",))
            own = part("w", w, ("w=", "w-1=", "w+1=")) if w in vocabulary or tag in _CLOSED_TAGS else (none,) * 3
            flat += (p[0], sh, lex[0], own[0], p[1], none, lex[1], own[1], p[2], none, lex[2], own[2])
            flat += (p[3], none, none, none, p[4], none, none, none)
        first = len(self.ids)
        need = first + len(new)
        if need > len(self.rows):
            grown = np.zeros((max(need, min(2 * len(self.rows), _MEMO_WORDS)), *self.rows.shape[1:]))
            grown[:first] = self.rows[:first]
            self.rows = grown
        block = np.array(flat, dtype=np.intp).reshape(len(new), 5, 4)
        self.rows[first:need] = self.weights.padded[block].sum(axis=2)
        self.ids.update(zip(new, range(first, need), strict=True))


# --------------------------------------------------------------------------- spans


@attrs.frozen(kw_only=True)
class RoleSpans:
    """The tagger's spans in one document, as token index ranges ``[first, last)`` per role."""

    source: tuple[tuple[int, int], ...] = ()
    cue: tuple[tuple[int, int], ...] = ()
    content: tuple[tuple[int, int], ...] = ()


def spans_from_labels(labels: Sequence[str], offset: int = 0) -> dict[str, list[tuple[int, int]]]:
    """Maximal B/I runs per role (an ``I-`` after another role starts a new run).

    >>> spans_from_labels(["O", "B-source", "I-source", "B-cue", "I-content", "I-content"])
    {'source': [(1, 3)], 'cue': [(3, 4)], 'content': [(4, 6)]}
    """
    out: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    role: str | None = None
    start = 0
    for i, lab in enumerate((*labels, "O")):
        new = lab[2:] if lab != "O" else None
        if role is not None and (new != role or lab.startswith("B-")):
            out[role].append((offset + start, offset + i))
            role = None
        if new is not None and role is None:
            role, start = new, i
    return out


def _role_spans(ids: NDArray[np.intp], names: Sequence[str]) -> RoleSpans:
    """:func:`spans_from_labels` of label indices (into *names*), with NumPy."""
    import numpy as np  # noqa: PLC0415  (not at import)

    role_of = np.array([ROLES.index(n[2:]) + 1 if n != "O" else 0 for n in names], dtype=np.intp)
    opens = np.array([n.startswith("B-") for n in names], dtype=bool)
    role, b = role_of[ids], opens[ids]
    before = np.concatenate(([0], role[:-1]))
    after = np.concatenate((role[1:], [0]))
    after_b = np.concatenate((b[1:], [False]))
    first = np.flatnonzero((role != 0) & ((role != before) | b))
    last = np.flatnonzero((role != 0) & ((role != after) | after_b)) + 1
    found: dict[int, list[tuple[int, int]]] = {1: [], 2: [], 3: []}
    for s, e, r in zip(first.tolist(), last.tolist(), role[first].tolist(), strict=True):
        found[r].append((s, e))
    return RoleSpans(source=tuple(found[1]), cue=tuple(found[2]), content=tuple(found[3]))


# --------------------------------------------------------------------------- the model


@attrs.frozen(kw_only=True)
class AttributionModel:
    """The trained tagger with what its features need. Load it with :meth:`load`.

    >>> AttributionModel.load().tagger.labels[:1]
    ('O',)
    """

    tagger: _crfsuite.CrfTagger = attrs.field(eq=False, repr=False)
    weights: CrfWeights = attrs.field(eq=False, repr=False)
    vocabulary: frozenset[str] = attrs.field(repr=False)
    metadata: dict[str, Any] = attrs.field(eq=False, repr=False)
    _words: _WordStore = attrs.field(init=False, eq=False, repr=False)
    """The score rows of the (word, tag) pairs met so far, remembered across documents."""
    _closed: _ClosedScores = attrs.field(init=False, eq=False, repr=False)
    """The scores of the context, flag and tag-pair groups (closed sets)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_words", _WordStore(self.weights, self.vocabulary))
        object.__setattr__(self, "_closed", _ClosedScores(self.weights))

    @classmethod
    def load(cls) -> AttributionModel:
        """Read the model shipped in ``claimkit/data/en/`` (0.6 MB; it takes well under a second).

        Raises:
            ResourceMissingError: if the model or its metadata is missing or corrupt.
        """
        base = resources.files("claimkit.data").joinpath(DEFAULT_LANGUAGE)
        try:
            data = base.joinpath(MODEL_FILE).read_bytes()
            meta_text = base.joinpath(MODEL_FILE + ".json").read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError, OSError) as e:
            msg = f"claimkit's attribution model {MODEL_FILE!r} is missing; reinstall claimkit"
            raise ResourceMissingError(msg) from e
        return cls.from_bytes(data, meta_text)

    @classmethod
    def from_bytes(cls, data: bytes, meta_text: str) -> AttributionModel:
        """A model from its bytes and its JSON metadata (what :meth:`load` reads).

        Raises:
            ResourceMissingError: if either is corrupt or they do not belong together.
        """
        try:
            meta = json.loads(meta_text)
            vocabulary = frozenset(str(w) for w in meta["vocabulary"])
            digest = str(meta["sha256"])
            version = int(meta["feature_version"])
        except (ValueError, KeyError, TypeError) as e:
            msg = f"the metadata of claimkit's attribution model is corrupt ({e}); reinstall claimkit"
            raise ResourceMissingError(msg) from e
        if hashlib.sha256(data).hexdigest() != digest:
            msg = f"claimkit's attribution model {MODEL_FILE!r} is corrupt (checksum); reinstall claimkit"
            raise ResourceMissingError(msg)
        if version != FEATURE_VERSION:
            msg = f"claimkit's attribution model has features v{version}, this claimkit needs v{FEATURE_VERSION}"
            raise ResourceMissingError(msg)
        from claimkit._fastcrf import CrfWeights  # noqa: PLC0415  (numpy: not at import)

        tagger = _crfsuite.CrfTagger(data, name=f"claimkit's attribution model {MODEL_FILE!r}")
        weights = CrfWeights.from_features(*tagger.weights())
        bias = meta.get("label_bias", 0.0)
        if not isinstance(bias, (int, float)):
            msg = f"the metadata of claimkit's attribution model has a bad label_bias: {bias!r}; reinstall claimkit"
            raise ResourceMissingError(msg)
        if bias:
            # every token has the feature "b": raising its weight for the labels that open a span
            # raises those labels' scores everywhere, a threshold chosen on dev (see the model card)
            weights.shift("b", [lab for lab in weights.labels if lab.startswith("B-")], float(bias))
        return cls(tagger=tagger, weights=weights, vocabulary=vocabulary, metadata=meta)

    def tag(self, doc: Document, attributions: Sequence[Attribution]) -> list[str]:
        """One BIO label per token of *doc* (``O`` for tokens outside every paragraph).

        The model's best paths, decoded by :mod:`claimkit._fastcrf` for the whole document at once,
        with the label bias of the model's metadata (none: crfsuite's own labels).
        """
        names = self.weights.labels
        return [names[j] for j in self._label_ids(_Tokens(doc), attributions).tolist()]

    def _label_ids(self, tk: _Tokens, attributions: Sequence[Attribution]) -> NDArray[np.intp]:
        """:meth:`tag`'s labels as their indices in the model's labels."""
        import numpy as np  # noqa: PLC0415  (not at import)

        from claimkit._fastcrf import viterbi  # noqa: PLC0415  (numpy: not at import)

        labels = np.full(len(tk.starts), self.weights.labels.index("O"), dtype=np.intp)
        if not tk.starts:
            return labels
        codes = _Codes.of(tk, attributions, self._closed)
        # the token ranges tagged as one sequence each, a group at a time
        for group in _chunks(_paragraph_ranges(tk.doc, longest=_LONGEST_SEQUENCE)):
            start, end = group[0][0], group[-1][1]
            rows = self._words.ids_of(list(map(_TEXT_TAG, tk.toks[start:end])))  # (text, tag): a chunk's only
            scores = _token_scores(codes, self._closed, group, (self._words.rows, rows))
            best = viterbi(scores, self.weights.trans, [(lo - start, hi - start) for lo, hi in group])
            if _contiguous(group):  # no token between the paragraphs (news): one copy
                labels[start:end] = best
                continue
            for lo, hi in group:
                labels[lo:hi] = best[lo - start : hi - start]
        return labels

    def tag_with_crfsuite(self, doc: Document, attributions: Sequence[Attribution]) -> list[str]:
        """crfsuite's own labels, one paragraph at a time: :meth:`tag`'s when the model has no label bias."""
        labels = ["O"] * len(doc.tokens)
        for (lo, hi), items in document_features(doc, attributions, self.vocabulary):
            labels[lo:hi] = self.tagger.tag(items)
        return labels

    def spans(self, doc: Document, attributions: Sequence[Attribution]) -> RoleSpans:
        """The tagged source, cue and content spans of *doc*, as token ranges."""
        return _role_spans(self._label_ids(_Tokens(doc), attributions), self.weights.labels)

    def refine(self, doc: Document, attributions: Sequence[Attribution]) -> tuple[Attribution, ...]:
        """The rules' *attributions* with boundaries fixed by the tagger, plus those it adds, minus
        the reports inside another statement's content that the tagger reads as that content."""
        tk = _Tokens(doc)
        found = _role_spans(self._label_ids(tk, attributions), self.weights.labels)
        return _fold_inner_reports(doc, _refine(doc, tuple(attributions), found, tk), found)


# --------------------------------------------------------------------------- integration

_SOURCE_REACH = 12  # tokens between a new attribution's cue and its source, at most
_CUE_REACH = 12  # tokens between a new attribution's content and its cue, at most
_LEAST_CONTENT_OVERLAP = 0.2  # token Jaccard for a tagged content to replace a rule's content piece


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(
    rule: Sequence[tuple[int, int]], tagged: Sequence[tuple[int, int]], least: float = 0.0
) -> tuple[dict[int, int], set[int]]:
    """One-to-one matching of rule spans to tagged spans (token ranges), best token Jaccard first.

    Returns the matches (rule index -> tagged index) and the tagged spans left unmatched.
    """
    pairs: list[tuple[float, int, int]] = []
    starts = [t[0] for t in tagged]
    for ri, (r0, r1) in enumerate(rule):
        k = max(0, bisect.bisect_right(starts, r0) - 1)
        while k < len(tagged) and starts[k] < r1:
            t0, t1 = tagged[k]
            ov = min(r1, t1) - max(r0, t0)
            if ov > 0 and (jaccard := ov / (max(r1, t1) - min(r0, t0))) >= least:
                pairs.append((jaccard, ri, k))
            k += 1
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, ri, k in pairs:
        if ri not in matched and k not in used:
            matched[ri] = k
            used.add(k)
    return matched, set(range(len(tagged))) - used


def _takes_cue_word(tk: _Tokens, tagged: tuple[int, int], rule: Span | None) -> bool:
    """Whether the tagged token range holds a cue word (verb, noun or preposition cue) outside *rule*."""
    lex = _lexicons()
    for i in range(*tagged):
        if rule is not None and rule.start <= tk.starts[i] and tk.ends[i] <= rule.end:
            continue
        w = tk.low[i]
        if w in lex.cue_verbs or w in lex.cue_nouns or w in lex.cue_preps:
            return True
    return False


def _into_verb_group(text: str, at: tuple[int, int], cue: Span | None) -> bool:
    """Whether a tagged source at offsets *at* reaches into the rules' cue, whose verb group opens with a word
    in lower case, an adverb the tagger may read as a noun ("The mayor *meanwhile* said ..."): the rules'
    source stays. A capitalized word there is a name's ("Theresa *May* said"): the tagged source is taken."""
    return cue is not None and at[0] < cue.start < at[1] and text[cue.start].islower()


def _has_own_verb(toks: Sequence[Token], tagged: tuple[int, int], rule: Span | None) -> bool:
    """Whether the tagged token range holds a finite verb in lower case outside *rule*, not after a relative
    pronoun: "The board *fired* Tom Ek, saying ..." is a clause, no source; "officials who spoke" stays one."""
    for t in toks[tagged[0] : tagged[1]]:
        if t.text.lower() in {"who", "that", "which", "whom", "whose"}:
            return False
        inside = rule is not None and rule.start <= t.start and t.end <= rule.end
        if not inside and t.tag in {"VBD", "VBZ", "VBP", "MD"} and t.text[:1].islower():
            return True
    return False


def _runs_on(toks: Sequence[Token], tagged: tuple[int, int], rule: Span | None) -> bool:
    """Whether the tagged token range goes on after *rule* with a prepositional phrase
    ("the minister's team" + "on Wednesday"): a time or a place, not a part of the name."""
    if rule is None:
        return False
    after = next((t for t in toks[tagged[0] : tagged[1]] if t.start >= rule.end), None)
    return after is not None and after.tag in {"IN", "TO"}


def _words_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of ``text[start:end]`` without the punctuation and spaces at its edges."""
    a, b = start, end
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return (a, b) if a < b else (start, end)


def _wording(text: str, rule: Span | None, tagged: tuple[int, int] | None) -> Span | None:
    """The tagged span (character offsets into *text*), unless it differs from the rule's only in
    punctuation at the edges.

    The tagger learned PolNeAR's habits there ("said:" as a cue, a quotation's last period left
    out of its content); the rules' spans read better and mean the same.
    """
    if tagged is None:
        return rule
    if rule is not None and _words_of(text, rule.start, rule.end) == _words_of(text, *tagged):
        return rule
    return Span.from_text(text, *tagged)


_QUOTATION_MARK = re.compile('[“”"„«»]')


def _kind_of(tk: _Tokens, pieces: Sequence[tuple[int, int]]) -> StatementKind:
    """Direct when every piece lies in a quotation, partial when one holds a quotation mark."""
    quotes, starts = tk.outer_quotes()
    inside = True
    for s, e in pieces:
        k = bisect.bisect_right(starts, s) - 1
        q = quotes[k] if k >= 0 else None
        if q is None or not (q.span.start <= s and e <= q.span.end + 1):
            inside = False
    if inside:
        return StatementKind.DIRECT
    text = tk.doc.text
    if any(_QUOTATION_MARK.search(text, s, e) for s, e in pieces):
        return StatementKind.PARTIAL
    return StatementKind.INDIRECT


def _stance_of(cue: str) -> Stance:
    lex = cue_lexicon()
    words = cue.lower().split()
    if not words:
        return Stance.ASSERT
    w = words[0]
    if w in lex.verbs:
        return lex.verbs[w][0].stance
    if w in lex.preps:
        return lex.preps[w][0].stance
    if w in lex.nouns:
        return lex.nouns[w].stance
    return Stance.ASSERT


class _Tokens:
    """A document's tokens as offsets: token ranges to spans and back."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.low = doc.folds
        self.starts: Sequence[int] = doc.token_starts
        self.ends: Sequence[int] = doc.token_ends
        self._para_starts: list[int] | None = None
        self._subject: Callable[[int], Span | None] | None = None
        self._cover: dict[tuple[int, int], range] = {}
        self._outer: tuple[list[Quote], list[int]] | None = None

    def cover(self, s: int, e: int) -> range:
        """The tokens more than half inside chars ``[s, e)`` (:func:`_covering`, remembered)."""
        hit = self._cover.get((s, e))
        if hit is None:
            hit = self._cover[s, e] = _covering(self.starts, self.ends, s, e)
        return hit

    def range_of(self, sp: Span) -> tuple[int, int]:
        r = self.cover(sp.start, sp.end)
        return (r.start, r.stop) if len(r) else (bisect.bisect_left(self.starts, sp.start),) * 2

    def span(self, r: tuple[int, int]) -> Span:
        return Span.from_text(self.doc.text, self.starts[r[0]], self.ends[r[1] - 1])

    def offsets(self, r: tuple[int, int]) -> tuple[int, int]:
        """The character offsets of the token range *r*."""
        return self.starts[r[0]], self.ends[r[1] - 1]

    def name_offsets(self, r: tuple[int, int]) -> tuple[int, int]:
        """A source or cue without punctuation at its start (a cue made of punctuation, ":", stays).

        A comma or bracket at the end stays: PolNeAR's annotators close an appositive source with it.
        """
        a, b = r
        while a < b and not has_alnum(self.toks[a].text):
            a += 1
        return self.offsets((a, b) if a < b else r)

    def name_span(self, r: tuple[int, int]) -> Span:
        """:meth:`name_offsets` as a span."""
        return Span.from_text(self.doc.text, *self.name_offsets(r))

    def outer_quotes(self) -> tuple[list[Quote], list[int]]:
        """The quotations not nested in another, and their start offsets (remembered)."""
        if self._outer is None:
            quotes = [q for q in self.doc.quotes if q.depth == 0]
            self._outer = quotes, [q.span.start for q in quotes]
        return self._outer

    def paragraph(self, i: int) -> int:
        if self._para_starts is None:
            self._para_starts = [p[0] for p in paragraph_ranges(self.doc)]
        return bisect.bisect_right(self._para_starts, i) - 1

    def main_subject(self, i: int) -> Span | None:
        """The subject of the main clause before token *i* (:func:`claimkit.attribution.main_clause_subjects`)."""
        if self._subject is None:
            self._subject = main_clause_subjects(self.doc)
        return self._subject(i)


def _refine(
    doc: Document, rules: tuple[Attribution, ...], found: RoleSpans, tk: _Tokens | None = None
) -> tuple[Attribution, ...]:
    """The rules' attributions with the tagger's boundaries, plus attributions made of tagged spans alone."""
    if not doc.tokens:
        return rules
    tk = tk or _Tokens(doc)
    piece_of: list[tuple[int, int]] = []  # (attribution, piece) of each content piece of the rules
    pieces: list[tuple[int, int]] = []
    for n, a in enumerate(rules):
        for m, p in enumerate(a.content_parts or (a.content,)):
            piece_of.append((n, m))
            pieces.append(tk.range_of(p))
    order = sorted(range(len(pieces)), key=lambda x: pieces[x])
    content_match, new_contents = _match([pieces[x] for x in order], found.content, _LEAST_CONTENT_OVERLAP)
    new_piece = {piece_of[order[ri]]: found.content[k] for ri, k in content_match.items()}

    def role_matches(get: str, tagged: tuple[tuple[int, int], ...]) -> tuple[dict[Span, tuple[int, int]], set[int]]:
        distinct = sorted({sp for a in rules if (sp := getattr(a, get)) is not None}, key=lambda s: (s.start, s.end))
        matched, unused = _match([tk.range_of(s) for s in distinct], tagged)
        return {distinct[ri]: tagged[k] for ri, k in matched.items()}, unused

    new_source, free_sources = role_matches("speaker_span", found.source)
    new_cue, free_cues = role_matches("cue_span", found.cue)
    out = [
        _with_boundaries(
            tk,
            a,
            [new_piece.get((n, m)) for m in range(len(a.content_parts or (a.content,)))],
            new_source.get(a.speaker_span) if a.speaker_span is not None else None,
            new_cue.get(a.cue_span) if a.cue_span is not None else None,
        )
        for n, a in enumerate(rules)
    ]
    added = _added(tk, found, sorted(new_contents, key=lambda k: found.content[k]), free_cues, free_sources)
    if not added and out == list(rules):
        return rules
    return _renumber([*out, *added])


def _with_boundaries(
    tk: _Tokens,
    a: Attribution,
    piece_ranges: Sequence[tuple[int, int] | None],
    src_r: tuple[int, int] | None,
    cue_r: tuple[int, int] | None,
) -> Attribution:
    """A rule's attribution with the tagged ranges matched to its content pieces, source and cue."""
    text = tk.doc.text
    old_pieces = a.content_parts or (a.content,)
    cue_sp = a.cue_span
    if cue_r is not None and _offsets_of(cue_sp) != (at := tk.name_offsets(cue_r)):
        cue_sp = _wording(text, cue_sp, at)
    # a source keeps the tagger's edges (PolNeAR closes an appositive source with its comma), unless they
    # take in a cue word the rules' source left out ("a claim engineers rejected") or a phrase after it
    src_sp = a.speaker_span
    if (
        src_r is not None
        and _offsets_of(src_sp) != (at := tk.name_offsets(src_r))
        and not _takes_cue_word(tk, src_r, src_sp)
        and not _runs_on(tk.toks, src_r, src_sp)
        and not _has_own_verb(tk.toks, src_r, src_sp)
        and not _into_verb_group(text, at, a.cue_span)
    ):
        src_sp = Span.from_text(text, *at)
    cands = [
        p if r is None or (p.start, p.end) == (at := tk.offsets(r)) else _wording(text, p, at) or p
        for p, r in zip(old_pieces, piece_ranges, strict=True)
    ]
    if cue_sp is a.cue_span and src_sp is a.speaker_span and all(map(operator.is_, cands, old_pieces)):
        return a  # the tagger agrees with the rules (up to punctuation at the edges)
    parts = _kept_pieces(a, old_pieces, cands, [(x.start, x.end) for x in (cue_sp, src_sp) if x is not None])
    changed = [(p.start, p.end) for p in parts] != [(p.start, p.end) for p in old_pieces]
    evidence = list(a.evidence)
    evidence.extend(Evidence(rule="crf-content-boundary", span=p) for p in parts if p not in old_pieces)
    if src_sp != a.speaker_span:
        evidence.append(Evidence(rule="crf-source-boundary", span=src_sp))
    if cue_sp != a.cue_span:
        evidence.append(Evidence(rule="crf-cue-boundary", span=cue_sp))
    if len(evidence) == len(a.evidence):
        return a
    return _evolved(
        a,
        content=parts[0] if len(parts) == 1 else Span.from_text(tk.doc.text, parts[0].start, parts[-1].end),
        content_parts=tuple(parts) if len(parts) > 1 else (),
        speaker_span=src_sp,
        cue_span=cue_sp,
        cue=cue_sp.text if cue_sp is not None else None,
        kind=_kind_of(tk, [(p.start, p.end) for p in parts]) if changed else a.kind,
        evidence=tuple(evidence),
    )


def _offsets_of(sp: Span | None) -> tuple[int, int] | None:
    return (sp.start, sp.end) if sp is not None else None


def _kept_pieces(
    a: Attribution, old_pieces: Sequence[Span], cands: Sequence[Span], taken: Sequence[tuple[int, int]]
) -> list[Span]:
    """The content pieces of *a* with the tagged candidates *cands* where they may replace a piece: not
    over its cue or source (*taken*), and not past a boundary a rule recorded (:data:`BOUNDARY_RULES`)."""
    stops = [e.span.start for e in a.evidence if e.rule in BOUNDARY_RULES and e.span is not None]
    parts: list[Span] = []
    for p, cand in zip(old_pieces, cands, strict=True):
        if cand is not p:
            clash = any(_overlap(x, (cand.start, cand.end)) for x in taken)
            crosses = any(p.end <= stop < cand.end for stop in stops)  # a rule settled where the content ends
            bare = is_bare_infinitive(cand.text) and not is_bare_infinitive(p.text)  # rule bare-infinitive
            if clash or crosses or bare:
                cand = p  # noqa: PLW2901
        parts.append(cand)
    parts.sort(key=lambda s: s.start)
    return parts


def _nearest(
    tk: _Tokens, anchor: tuple[int, int], ranges: tuple[tuple[int, int], ...], free: Iterable[int], reach: int
) -> int | None:
    """The free range nearest to *anchor* (before or after it, apart) in its paragraph, within *reach* tokens."""
    home = tk.paragraph(anchor[0])
    best: tuple[int, int] | None = None
    for j in free:
        r = ranges[j]
        gap = anchor[0] - r[1] if r[1] <= anchor[0] else r[0] - anchor[1] if r[0] >= anchor[1] else -1
        if 0 <= gap <= reach and (best is None or gap < best[0]) and tk.paragraph(r[0]) == home:
            best = (gap, j)
    return best[1] if best is not None else None


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "'re"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "„", "«", "»"})
_RULE_REACH = 3  # words after a tagged cue that may finish a cue of the lexicon ("point" ... "out")


def _is_action_cue(toks: Sequence[Token], cue: tuple[int, int]) -> bool:
    """Rule ``crf-action-cue``: a tagged cue that names a deed or a cause, not a speech act.

    It holds no cue of the lexicon (a word of ``cues.tsv`` with the words its entry needs after it),
    and it holds a verb of ``action_verbs.txt`` or is a passive with its agent ("was provoked by").

    >>> from claimkit.text import TextProcessor
    >>> text = "The move was prompted by a report. He did not hesitate to point out errors."
    >>> doc = TextProcessor.from_lexicons().parse(text)
    >>> _is_action_cue(doc.tokens, (2, 5)), _is_action_cue(doc.tokens, (9, 14))
    (True, False)
    """
    lex, cues = _lexicons(), cue_lexicon()
    low = [t.text.lower().replace("’", "'") for t in toks[cue[0] : min(len(toks), cue[1] + _RULE_REACH)]]
    words = low[: cue[1] - cue[0]]
    for i, w in enumerate(words):
        if w in cues.nouns:
            return False
        for entry in (*cues.verbs.get(w, ()), *cues.preps.get(w, ())):
            if tuple(low[i + 1 : i + 1 + len(entry.rest)]) == entry.rest:
                return False
    passive = len(words) > 2 and words[-1] == "by" and any(w in _BE for w in words[:-2])
    return passive or any(w in lex.actions for w in words)


def _is_infinitive_subject(tk: _Tokens, cue: tuple[int, int]) -> bool:
    """Rule ``crf-infinitive-subject``: a tagged cue "to" + verb that opens its sentence ("To say the
    plant was safe would be wrong"): the infinitive is the subject of what follows, an act weighed, not
    one done, so nobody said anything. Quotation marks and brackets before it are passed over.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Ann said so. To say it was safe would be wrong.")
    >>> tk = _Tokens(doc)
    >>> _is_infinitive_subject(tk, (4, 6)), _is_infinitive_subject(tk, (1, 2))
    (True, False)
    """
    i = cue[0]
    if tk.low[i] != "to" or i + 1 >= cue[1]:
        return False
    si = tk.doc.sentence_index_at(tk.starts[i])
    if si is None:
        return False
    first = bisect.bisect_left(tk.starts, tk.doc.sentences[si].start)
    return not any(has_alnum(t.text) for t in tk.toks[first:i])


_SHORTEST_NEW_CONTENT = 3  # words in the content of an attribution the tagger alone found, at least


def _is_short_content(toks: Sequence[Token], content: tuple[int, int]) -> bool:
    """Rule ``crf-short-content``: a tagged content of fewer than ``_SHORTEST_NEW_CONTENT`` words with
    no quotation mark, where the rules found no attribution ("criticized the plan", "denied it")."""
    words = 0
    for t in toks[content[0] : content[1]]:
        if t.text in _QUOTE_MARKS:
            return False
        words += has_alnum(t.text)
    return words < _SHORTEST_NEW_CONTENT


def _added(
    tk: _Tokens, found: RoleSpans, contents: Sequence[int], free_cues: set[int], free_sources: set[int]
) -> list[Attribution]:
    """Attributions of tagged contents the rules missed: each takes the nearest free tagged cue, and that
    cue the nearest free tagged source, else (a cue "to ..." or "...ing") the subject of the main clause."""
    cues = sorted(free_cues, key=lambda k: found.cue[k])
    sources = sorted(free_sources, key=lambda k: found.source[k])
    added: list[Attribution] = []
    for k in contents:
        c = found.content[k]
        j = _nearest(tk, c, found.cue, cues, _CUE_REACH)
        if j is None:
            continue
        cues.remove(j)
        cue_r = found.cue[j]
        if _is_action_cue(tk.toks, cue_r):
            continue  # rule crf-action-cue
        if _is_short_content(tk.toks, c):
            continue  # rule crf-short-content
        if _is_infinitive_subject(tk, cue_r):
            continue  # rule crf-infinitive-subject
        free = [x for x in sources if not _overlap(found.source[x], c)]
        s = _nearest(tk, cue_r, found.source, free, _SOURCE_REACH)
        evidence = [Evidence(rule="crf-new-statement", span=tk.span(c))]
        src_span = None
        if s is not None:
            sources.remove(s)
            src_span = tk.name_span(found.source[s])
        cue_span = tk.name_span(cue_r)
        content = tk.span(c)
        if src_span is None and tk.toks[cue_r[0]].tag in {"TO", "VBG"}:  # "X met reporters to deny ...": X
            subject = tk.main_subject(cue_r[0])
            if subject is not None and subject.end <= cue_span.start and subject.end <= content.start:
                src_span = subject
                evidence.append(Evidence(rule="crf-main-subject-speaker", span=subject))
        added.append(
            Attribution(
                id="",
                kind=_kind_of(tk, [(content.start, content.end)]),
                content=content,
                speaker_span=src_span,
                cue=cue_span.text,
                cue_span=cue_span,
                stance=_stance_of(cue_span.text),
                evidence=tuple(evidence),
            )
        )
    return added


def _fold_inner_reports(doc: Document, found: tuple[Attribution, ...], tagged: RoleSpans) -> tuple[Attribution, ...]:
    """Drop a statement whose cue lies inside another statement's content when the tagger tagged that
    cue as part of a content: the inner "report" is then read as words of the outer statement.

    - Rule ``crf-inner-report-folded``: the inner statement has no source ("..., thinking we would give
      up" inside a quotation).
    - Rule ``crf-sourced-report-folded``: the inner statement has a source, and the tagger tagged it
      as part of the same content (:func:`_folds_sourced`): "Doe said the report showed the road was
      closed" and "“The vote proved the plan was wrong,” Doe said" are each one statement of Doe's, as
      PolNeAR annotates them.

    The outer statement records the folded report's cue as evidence of the rule.
    """
    toks = doc.tokens
    if len(found) < 2 or not tagged.content or not toks:
        return found
    pieces = sorted((p.start, p.end, n) for n, a in enumerate(found) for p in a.content_parts or (a.content,))
    starts = [p[0] for p in pieces]
    reach: list[tuple[int, int]] = []  # per prefix of pieces: the farthest end and its statement
    for s, e, n in pieces:
        del s
        reach.append(max(reach[-1], (e, n)) if reach else (e, n))
    tok_starts = [t.start for t in toks]
    content_starts = [c[0] for c in tagged.content]
    folded: dict[int, list[Evidence]] = {}
    dropped: set[int] = set()

    def tagged_content(at: int) -> tuple[int, int] | None:  # the tagged content holding char offset *at*
        i = bisect.bisect_left(tok_starts, at)
        j = bisect.bisect_right(content_starts, i) - 1
        return tagged.content[j] if j >= 0 and tagged.content[j][0] <= i < tagged.content[j][1] else None

    for n, a in enumerate(found):
        anchor = a.cue_span
        if anchor is None:
            continue
        k = bisect.bisect_right(starts, anchor.start) - 1
        if k < 0 or reach[k][0] < anchor.end or reach[k][1] == n:
            continue
        held = tagged_content(anchor.start)
        source_held = tagged_content(a.speaker_span.start) if a.speaker_span is not None else None
        rule = _fold_rule(a, held, source_held)
        if rule is None:
            continue
        dropped.add(n)
        folded.setdefault(reach[k][1], []).append(Evidence(rule=rule, span=anchor))
    return _without(found, dropped, folded) if dropped else found


def _without(
    found: tuple[Attribution, ...], dropped: set[int], folded: dict[int, list[Evidence]]
) -> tuple[Attribution, ...]:
    """*found* without the statements *dropped*, each statement in *folded* with its new evidence, renumbered."""
    out = []
    for n, a in enumerate(found):
        if n in dropped:
            continue
        extra = tuple(folded.get(n, ()))
        out.append(_evolved(a, evidence=a.evidence + extra) if extra else a)
    return _renumber(out)


def _fold_rule(inner: Attribution, held: tuple[int, int] | None, source_held: tuple[int, int] | None) -> str | None:
    """The rule by which *inner* folds into the statement whose content holds its cue (:func:`_fold_inner_reports`),
    if one does. *held* is the tagged content holding *inner*'s cue, *source_held* the one holding its source."""
    if held is None or inner.cue_span is None:
        return None
    if inner.speaker_span is None:
        return "crf-inner-report-folded"
    if source_held == held and _folds_sourced(inner):
        return "crf-sourced-report-folded"
    return None


def _folds_sourced(inner: Attribution) -> bool:
    """Rule ``crf-sourced-report-folded`` (:func:`_fold_inner_reports`): whether a report with its own
    source, tagged as content of another statement, is that statement's words. Its cue shows, proves,
    finds or accepts something ("the report showed", "the vote proved"): the outer speaker asserts it.
    It stays a statement of its own when its cue reports speech or thought again (``nested`` in
    ``cues.tsv``: "the mayor claimed", "they think": a relay keeps its speaker), when its cue is a noun
    ("the mayor's claim that ...": the outer statement is about that claim), and when its content is
    negated ("they found no sign that ..."): a denial or dispute of its own, for the relations stage.

    >>> from claimkit.model import Span
    >>> text = "Doe said the report showed the plan failed and the mayor claimed it did not."
    >>> def inner(cue: tuple[int, int], content: tuple[int, int]) -> Attribution:
    ...     c = Span.from_text(text, *content)
    ...     return Attribution(id="s2", kind=StatementKind.INDIRECT, content=c, cue_span=Span.from_text(text, *cue))
    >>> _folds_sourced(inner((20, 26), (27, 42))), _folds_sourced(inner((57, 64), (65, 75)))
    (True, False)
    """
    if inner.cue_span is None:
        return False
    lex, verbs = _lexicons(), cue_lexicon().verbs
    for w in inner.cue_span.text.lower().split():
        if w in lex.cue_nouns or any("nested" in e.takes for e in verbs.get(w, ())):
            return False
    content = inner.content.text.lower().replace("’", "'").replace("n't", " n't")
    return not any(w.strip(_EDGE_PUNCTUATION) in lex.negation for w in content.split())


_EDGE_PUNCTUATION = "\"“”'‘’.,;:!?()[]—–-"


@functools.cache
def _attribution_fields() -> tuple[str, ...]:
    return tuple(f.name for f in attrs.fields(Attribution))


def _evolved(a: Attribution, **changes: object) -> Attribution:
    """``attrs.evolve(a, **changes)`` with the field names read once (it costs a third less).

    >>> from claimkit.model import Span
    >>> a = Attribution(id="s1", kind=StatementKind.DIRECT, content=Span.from_text("Hi.", 0, 2))
    >>> _evolved(a, id="s2") == attrs.evolve(a, id="s2")
    True
    """
    kw = {name: getattr(a, name) for name in _attribution_fields()}
    kw.update(changes)
    return Attribution(**kw)


def _renumber(found: list[Attribution]) -> tuple[Attribution, ...]:
    """Ids ``s1``, ``s2``, ... in text order (as the rules number them), with ``continues`` following."""

    def first(a: Attribution) -> tuple[int, int]:
        at = min(x.start for x in (a.content, a.cue_span, a.speaker_span) if x is not None)
        return (at, a.content.start)

    order = sorted(range(len(found)), key=lambda n: first(found[n]))
    ids = {found[n].id: f"s{rank + 1}" for rank, n in enumerate(order) if found[n].id}
    out = []
    for rank, n in enumerate(order):
        a = found[n]
        new_id = f"s{rank + 1}"
        continues = ids.get(a.continues) if a.continues is not None else None
        same = a.id == new_id and a.continues == continues
        out.append(a if same else _evolved(a, id=new_id, continues=continues))
    return tuple(out)
