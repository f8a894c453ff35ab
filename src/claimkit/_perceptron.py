"""A fast, exact re-implementation of NLTK's averaged-perceptron POS tagger.

NLTK's :class:`~nltk.tag.perceptron.PerceptronTagger` is pure Python: for every
token it builds 14 feature strings and adds up each feature's weights label by
label in dicts, which costs about 15 µs a token and was most of claimkit's text
layer. This module uses the *same model* (weights, tag dictionary, classes) and
the *same greedy left-to-right decoding*; only the arithmetic is organized
differently:

1. The weights of NLTK's English model are rounded to three decimals when it is
   trained, so they are stored here as exact integers (thousandths) in a NumPy
   matrix, one row per feature. Integer sums do not depend on the order of the
   additions, which allows the next two steps.
2. The ten features that do not depend on earlier predictions (the word, its
   neighbours, suffixes, first letter, the bias) are looked up for a whole block
   of tokens at once, through tables precomputed per word form, and summed with
   one vectorized gather. The three features made of the two previous tags are a
   precomputed table over tag pairs.
3. Greedy decoding only needs the tags of the two previous tokens, and tokens in
   the tag dictionary never need a prediction (NLTK skips them too). So the
   tokens to predict are scored in *waves*: a token is in wave *k* when the
   tokens it waits for are in earlier waves. News text needs a handful of waves
   per block; each is a few array operations.

Because the sums are exact, the best label is NLTK's whenever it is unique.
When two labels tie on the exact sum, NLTK's answer depends on the rounding of
its own float summation and on its tie-break (the alphabetically last label); for
those rare tokens the float sums are recomputed exactly as NLTK does. The tags
are therefore identical to NLTK's (checked by the tests on random input and, in
the benchmarks, on news text). A model whose weights are not exact thousandths
makes :meth:`FastPerceptron.from_model` return ``None``, and the caller keeps
NLTK's own tagger.

Only plain Python data comes in: this module does not import nltk.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from numpy.typing import NDArray

__all__ = ["FastPerceptron"]

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")
_SCALE = 1000
_MEMO_WORDS = 50_000  # distinct word forms remembered across calls (a few MB at most) ...
_MEMO_LENGTH = 40  # ... if they are this short
_ROWS_SUMMED = 16  # weight rows summed into one token's score, at most (NLTK's 14 features)
_BLOCK_TOKENS = 4096  # tokens scored at once: bounds the temporary arrays (a few MB)

# The features read from the context words, with their offsets; "suffix" ones use the last 3 chars.
_CONTEXT_FEATURES = (
    ("i word", 0, False),
    ("i-1 word", -1, False),
    ("i-1 suffix", -1, True),
    ("i-2 word", -2, False),
    ("i+1 word", 1, False),
    ("i+1 suffix", 1, True),
    ("i+2 word", 2, False),
)


def _normalize(word: str) -> str:
    """NLTK's ``PerceptronTagger.normalize``."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


class FastPerceptron:
    """NLTK's perceptron tagger computed in blocks with NumPy: the same tags, several times faster.

    Build it with :meth:`from_model` from the three parts of an NLTK model. The
    model is immutable after construction; the only mutable part is a bounded memo
    of per-word lookups (a pure function of the model), so one instance can be
    shared by threads.
    """

    __slots__ = (
        "_info_memo",
        "_label_array",
        "_labels",
        "_n_tags",
        "_pair",
        "_pref_rows",
        "_suffix_rows",
        "_tag_rows",
        "_tag_word_rows",
        "_tagdict",
        "_vocab",
        "_vocab_table",
        "_weights",
    )

    def __init__(  # noqa: C901, PLR0912, PLR0915  packs the model's weight tables in one pass
        self,
        *,
        weights: Mapping[str, Mapping[str, float]],
        tagdict: Mapping[str, str],
        classes: Iterable[str],
    ) -> None:
        labels = tuple(sorted(classes))
        code = {label: i for i, label in enumerate(labels)}
        code[START[0]] = len(labels)
        code[START[1]] = len(labels) + 1
        n_tags = len(code)
        rows: dict[str, int] = {}
        # Row 0 is all zeros: the row of every feature the model does not know.
        matrix = np.zeros((len(weights) + 1, len(labels)), dtype=_weight_type(weights))
        for feature, feature_weights in weights.items():
            row = len(rows) + 1
            rows[feature] = row
            for label, weight in feature_weights.items():
                matrix[row, code[label]] = round(weight * _SCALE)

        tag_rows = _TagRows.of(rows, code)
        pair = tag_rows.pair_table(matrix)

        # Every normalized form the model has a word feature for gets a vocabulary id;
        # any other form is known only by its suffix, and gets the id of that suffix.
        words: set[str] = set(START + END)
        tag_word: list[tuple[str, str, int]] = []
        for feature, row in rows.items():
            name, _, rest = feature.partition(" ")
            if name == "i-1":
                kind, _, rest = rest.partition(" ")
                if kind == "tag+i":  # "i-1 tag+i word TAG WORD"
                    _, _, rest = rest.partition(" ")
                    tag, _, word = rest.partition(" ")
                    if tag in code:
                        tag_word.append((tag, word, row))
                        words.add(word)
                elif kind == "word":
                    words.add(rest)
            elif name in ("i", "i-2", "i+1", "i+2") and rest.startswith("word "):
                words.add(rest[5:])
        vocab = {w: i for i, w in enumerate(sorted(words))}
        suffixes = sorted({f.split(" ", 2)[2] for f in rows if f.startswith(("i-1 suffix ", "i+1 suffix "))})
        forms = [(w, False) for w in sorted(words)] + [(s, True) for s in suffixes]
        table = np.zeros((len(forms) + 1, len(_CONTEXT_FEATURES)), dtype=np.intp)  # last row: unknown
        for i, (form, suffix_only) in enumerate(forms):
            for j, (name, _, is_suffix) in enumerate(_CONTEXT_FEATURES):
                if is_suffix:
                    table[i, j] = rows.get(f"{name} {form[-3:] if not suffix_only else form}", 0)
                elif not suffix_only:
                    table[i, j] = rows.get(f"{name} {form}", 0)
        for i, s in enumerate(suffixes):
            vocab.setdefault("\0suffix " + s, len(words) + i)

        # "i-1 tag+i word" rows by (word id, previous tag code): a dense table (a few MB), one gather per wave
        tag_word_rows = np.zeros((len(table), n_tags), dtype=np.int32 if len(rows) < 2**31 else np.intp)
        for t, w, r in tag_word:
            tag_word_rows[vocab[w], code[t]] = r
        for array in (matrix, pair, table, tag_word_rows):
            array.setflags(write=False)
        self._labels = labels
        self._label_array = np.asarray(labels, dtype=object)
        self._label_array.setflags(write=False)
        self._n_tags = n_tags
        self._weights = matrix
        self._pair = pair
        self._vocab = vocab
        self._vocab_table = table
        self._tag_word_rows = tag_word_rows
        self._suffix_rows = {f[9:]: r for f, r in rows.items() if f.startswith("i suffix ")}
        self._pref_rows = {f[8:]: r for f, r in rows.items() if f.startswith("i pref1 ")}
        self._tagdict = {w: code[t] for w, t in tagdict.items() if t in code}
        self._tag_rows = tag_rows
        self._info_memo: dict[str, tuple[int, int, int, int]] = {}

    @classmethod
    def from_model(
        cls,
        weights: Mapping[str, Mapping[str, float]],
        tagdict: Mapping[str, str],
        classes: Iterable[str],
    ) -> FastPerceptron | None:
        """A fast tagger for this model, or ``None`` if its weights are not exact thousandths."""
        for feature_weights in weights.values():
            for w in feature_weights.values():
                scaled = w * _SCALE
                if not abs(scaled) < 2**40 or round(scaled) / _SCALE != w:
                    return None  # not a thousandth: ties could not be broken from the integers as NLTK does
        return cls(weights=weights, tagdict=tagdict, classes=classes)

    def __call__(self, tokens: Sequence[str]) -> list[str]:
        """Tag one sentence (a :data:`claimkit._nltk.Tagger`)."""
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag each sentence, exactly as NLTK's ``PerceptronTagger.tag`` tags it on its own."""
        lengths = [len(s) for s in sentences]
        flat = self.tag_flat(list(itertools.chain.from_iterable(sentences)), lengths)
        out: list[list[str]] = []
        k = 0
        for n in lengths:
            out.append(flat[k : k + n])
            k += n
        return out

    def tag_flat(self, words: Sequence[str], lengths: Sequence[int]) -> list[str]:
        """The tags of *words*, consecutive sentences of *lengths* tokens each, each tagged on its own.

        :meth:`tag_sentences` with its sentences joined and its result joined, without building a
        list per sentence.

        >>> tagger = FastPerceptron(weights={"bias": {"NN": 1.0}}, tagdict={"the": "DT"}, classes=["DT", "NN"])
        >>> tagger.tag_flat(["the", "dog", "the"], [2, 0, 1])
        ['DT', 'NN', 'DT']
        """
        out: list[str] = []
        lo = k = size = 0
        block: list[int] = []
        for n in lengths:
            if block and size + n > _BLOCK_TOKENS:
                out.extend(self._tag_block(words[lo:k], block))
                lo, block, size = k, [], 0
            block.append(n)
            size += n
            k += n
        if block:
            out.extend(self._tag_block(words[lo:k], block))
        return out

    # ------------------------------------------------------------------ internals

    def _word_info(self, word: str) -> tuple[int, int, int, int]:
        """(vocabulary id of its normal form, tag-dictionary code or -1, "i suffix" row, "i pref1" row)."""
        norm = _normalize(word)
        vid = self._vocab.get(norm)
        if vid is None:
            vid = self._vocab.get("\0suffix " + norm[-3:], len(self._vocab_table) - 1)
        return (
            vid,
            self._tagdict.get(word, -1),
            self._suffix_rows.get(word[-3:], 0),
            self._pref_rows.get(word[0] if word else "", 0),
        )

    def _tag_block(self, flat: Sequence[str], sentence_lengths: list[int]) -> list[str]:
        """The tags of *flat*, the tokens of sentences of *sentence_lengths* tokens each."""
        seen = self._info_memo
        if len(seen) > _MEMO_WORDS:
            seen.clear()  # bounded: a stream of junk cannot grow it without limit
        # Each distinct word of the block is looked up once; its tokens point at its row.
        distinct = {w: i for i, w in enumerate(dict.fromkeys(flat))}
        infos: list[tuple[int, int, int, int]] = []
        for word in distinct:
            info = seen.get(word)
            if info is None:
                info = self._word_info(word)
                if len(word) <= _MEMO_LENGTH:
                    seen[word] = info
            infos.append(info)
        n_sentences = len(sentence_lengths)
        lengths = np.array(sentence_lengths, dtype=np.intp)
        n = len(flat)
        if n == 0:
            return []
        ids = np.fromiter(map(distinct.__getitem__, flat), dtype=np.intp, count=n)
        table = np.fromiter(itertools.chain.from_iterable(infos), dtype=np.intp, count=4 * len(infos)).reshape(-1, 4)[
            ids
        ]
        # Context layout: every sentence as two START pads, its tokens, two END pads.
        n_pads = len(self._vocab_table) - 1
        sentence_of = np.repeat(np.arange(n_sentences, dtype=np.intp), lengths)
        pos = np.arange(n, dtype=np.intp) + 4 * sentence_of + 2
        size = n + 4 * n_sentences
        ctx = np.full(size, n_pads, dtype=np.intp)
        starts = np.cumsum(lengths) - lengths + 4 * np.arange(n_sentences, dtype=np.intp)
        vocab = self._vocab
        for offset, marker in ((0, START[0]), (1, START[1])):
            ctx[starts + offset] = vocab[marker]
        for offset, marker in ((2, END[0]), (3, END[1])):
            ctx[starts + lengths + offset] = vocab[marker]
        ctx[pos] = table[:, 0]
        # Tags by context position; the pads hold what NLTK uses as the previous tags.
        n_labels = len(self._labels)
        tags = np.full(size, -1, dtype=np.intp)
        tags[starts] = n_labels + 1  # -START2-: "i-2 tag" of a sentence's first token
        tags[starts + 1] = n_labels  # -START-: "i-1 tag" of the first, "i-2 tag" of the second
        tags[pos] = table[:, 1]
        todo = np.flatnonzero(table[:, 1] < 0)
        if len(todo):
            self._predict(ctx, pos[todo], table[todo], tags)
        out: list[str] = self._label_array[tags[pos]].tolist()
        return out

    def _predict(
        self,
        ctx: NDArray[np.intp],
        at: NDArray[np.intp],
        info: NDArray[np.intp],
        tags: NDArray[np.intp],
    ) -> None:
        """Fill in ``tags[at]``: the tokens at context positions *at* need a prediction."""
        feat = np.empty((len(at), len(_CONTEXT_FEATURES) + 2), dtype=np.intp)
        for j, (_, offset, _) in enumerate(_CONTEXT_FEATURES):
            feat[:, j] = self._vocab_table[ctx[at + offset], j]
        feat[:, -2:] = info[:, 2:]
        weights = self._weights
        static = weights[feat[:, 0]]  # (tokens, labels), exact integers; row by row is faster than a 3-D gather
        for j in range(1, feat.shape[1]):
            static += weights[feat[:, j]]

        # everything in wave order, so that a wave is a slice (a view) rather than a gather
        order, bounds = _wave_order(at)
        static = static[order]
        at = at[order]
        word_ids = ctx[at]
        tag_word_rows = self._tag_word_rows
        waves = list(itertools.pairwise(bounds))
        # First without looking for ties (news has next to none), then again, wave by wave, if any showed up.
        prev1, prev2 = at - 1, at - 2
        all_scores: list[NDArray[np.signedinteger[Any]]] = []
        for lo, hi in waves:
            p1 = tags[prev1[lo:hi]]
            scores = static[lo:hi] + self._pair[p1, tags[prev2[lo:hi]]]
            scores += weights[tag_word_rows[word_ids[lo:hi], p1]]
            tags[at[lo:hi]] = scores.argmax(axis=1)
            all_scores.append(scores)
        joined = np.concatenate(all_scores)
        if np.count_nonzero(joined == joined.max(axis=1, keepdims=True)) == len(at):
            return
        rows = np.arange(len(at), dtype=np.intp)
        for lo, hi in waves:
            p = at[lo:hi]
            p1 = tags[p - 1]
            p2 = tags[p - 2]
            tw = tag_word_rows[word_ids[lo:hi], p1]
            scores = static[lo:hi] + self._pair[p1, p2]
            scores += weights[tw]
            best = scores.argmax(axis=1)
            same = scores == scores[rows[: hi - lo], best][:, None]
            if np.count_nonzero(same) > hi - lo:  # a tie somewhere (rare): those rows as NLTK sums them
                for t in np.flatnonzero(same.sum(axis=1) > 1).tolist():
                    best[t] = self._float_best(feat[order[lo + t]].tolist(), int(tw[t]), int(p1[t]), int(p2[t]))
            tags[p] = best

    def _float_best(self, feat: Sequence[int], tw: int, p1: int, p2: int) -> int:
        """NLTK's ``AveragedPerceptron.predict`` for one token whose integer scores tie: float sums in NLTK's order.

        *feat* holds the token's rows as :meth:`_predict` gathers them, *tw* its "i-1 tag+i word" row.
        A weight is exactly ``k / 1000`` (:meth:`from_model` checks it), so NLTK's float weights are
        recomputed from the integers, feature by feature in NLTK's order (bias, i suffix, i pref1,
        i-1 tag, i-2 tag, i tag+i-2 tag, i word, i-1 tag+i word, i-1 word, i-1 suffix, i-2 word,
        i+1 word, i+1 suffix, i+2 word).
        """
        r = self._tag_rows
        tag_rows = (int(r.prev[p1]), int(r.prev2[p2]), int(r.both[p1, p2]))
        order = (r.bias, feat[7], feat[8], *tag_rows, feat[0], tw, *feat[1:7])
        scores = [0.0] * len(self._labels)
        for row in order:
            for label, k in enumerate(self._weights[row].tolist()):
                if k:
                    scores[label] += k / _SCALE
        return max(range(len(self._labels)), key=lambda label: (scores[label], self._labels[label]))


def _weight_type(weights: Mapping[str, Mapping[str, float]]) -> type[np.signedinteger[Any]]:
    """32-bit integers if no sum of a token's weight rows can reach 32 bits (half the memory, faster
    sums), else 64-bit.

    >>> _weight_type({"bias": {"NN": -1.5}}).__name__, _weight_type({"bias": {"NN": 2.0**40}}).__name__
    ('int32', 'int64')
    """
    biggest = max((abs(w) for feature_weights in weights.values() for w in feature_weights.values()), default=0.0)
    return np.int32 if round(biggest * _SCALE) * _ROWS_SUMMED < 2**31 else np.int64


@attrs.frozen(kw_only=True)
class _TagRows:
    """The weight rows of the features made of the previous tags, by tag code."""

    bias: int
    prev: NDArray[np.intp]  # "i-1 tag T", by the code of T
    prev2: NDArray[np.intp]  # "i-2 tag T"
    both: NDArray[np.intp]  # "i tag+i-2 tag T1 T2", by (code of T1, code of T2)

    @classmethod
    def of(cls, rows: Mapping[str, int], code: Mapping[str, int]) -> _TagRows:
        n = len(code)
        prev, prev2, both = np.zeros(n, dtype=np.intp), np.zeros(n, dtype=np.intp), np.zeros((n, n), dtype=np.intp)
        for p1, c1 in code.items():
            prev[c1] = rows.get(f"i-1 tag {p1}", 0)
            prev2[c1] = rows.get(f"i-2 tag {p1}", 0)
            for p2, c2 in code.items():
                both[c1, c2] = rows.get(f"i tag+i-2 tag {p1} {p2}", 0)
        return cls(bias=rows.get("bias", 0), prev=prev, prev2=prev2, both=both)

    def pair_table(self, matrix: NDArray[np.signedinteger[Any]]) -> NDArray[np.signedinteger[Any]]:
        """Scores from the bias and the two previous tags, for every pair of tags."""
        out: NDArray[np.signedinteger[Any]] = (
            matrix[self.bias] + matrix[self.prev][:, None, :] + matrix[self.prev2][None, :, :] + matrix[self.both]
        )
        return out


def _waves(at: NDArray[np.intp]) -> list[NDArray[np.intp]]:
    """The indices of *at* (ascending context positions to predict) in waves that can be tagged at once.

    The token at p waits for p - 1 and p - 2; tag-dictionary tokens and pads are level 0. So a
    token's level is one more than that of the nearest earlier position to predict when that one is
    at most two back, else 1: a count along each chain of positions to predict with gaps of at most one.

    >>> import numpy as np
    >>> [w.tolist() for w in _waves(np.array([2, 3, 5, 9, 10]))]
    [[0, 3], [1, 4], [2]]
    """
    order, bounds = _wave_order(at)
    return [order[lo:hi] for lo, hi in itertools.pairwise(bounds)]


def _wave_order(at: NDArray[np.intp]) -> tuple[NDArray[np.intp], list[int]]:
    """The indices of *at* wave by wave (see :func:`_waves`), and where each wave starts (plus the end).

    >>> import numpy as np
    >>> order, bounds = _wave_order(np.array([2, 3, 5, 9, 10]))
    >>> order.tolist(), bounds
    ([0, 3, 1, 4, 2], [0, 2, 4, 5])
    """
    n = len(at)
    index = np.arange(n, dtype=np.intp)
    chain_start = np.ones(n, dtype=bool)
    chain_start[1:] = np.diff(at) > 2  # p - 1 and p - 2 are waited for: a longer gap breaks the chain
    level = index - np.maximum.accumulate(np.where(chain_start, index, 0))
    order = np.argsort(level, kind="stable")
    return order, [0, *np.cumsum(np.bincount(level)).tolist()]
