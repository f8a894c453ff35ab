"""Viterbi decoding of a linear-chain CRF with NumPy, for many sequences at once.

crfsuite tags one sequence at a time and takes every feature as a string, which costs
about 10 µs a token from Python. The attribution tagger's features come in a few groups
per token (its word, its neighbours' words, the rules' labels ...) that repeat across
tokens, so :mod:`claimkit.attribution_crf` sums each distinct group's weights once and
this module adds the per-token sums and decodes: the same model, the same best path.

The weights are crfsuite's own (read through :mod:`claimkit._crfsuite`); only the
arithmetic is organized differently, in float64, so the path is crfsuite's wherever the
best path is unique beyond rounding.

Only plain Python and NumPy data come in: this module does not import pycrfsuite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from numpy.typing import NDArray

__all__ = ["CrfWeights", "viterbi"]

_BATCH_TOKENS = 1 << 15  # padded tokens decoded at once: bounds the temporary arrays


class CrfWeights:
    """A CRF's weights as arrays: one row of label scores per attribute, and the transitions.

    >>> w = CrfWeights.from_features(["O", "B-x"], {("b", "O"): 1.0, ("b", "B-x"): 0.5}, {})
    >>> w.vector(["b", "unknown"]).tolist()
    [1.0, 0.5]
    """

    def __init__(
        self, labels: Sequence[str], state: NDArray[np.float64], index: Mapping[str, int], trans: NDArray[np.float64]
    ) -> None:
        self.labels = tuple(labels)
        self.state = state
        self.index = dict(index)
        self.trans = trans
        self.zero = np.zeros(len(self.labels))
        self.padded = np.vstack([state, self.zero])  # row len(index): no attribute, weighs nothing
        self.none = len(self.index)

    @classmethod
    def from_features(
        cls,
        labels: Sequence[str],
        state_features: Mapping[tuple[str, str], float],
        transitions: Mapping[tuple[str, str], float],
    ) -> CrfWeights:
        """Weights from crfsuite's dump: ``{(attribute, label): w}`` and ``{(from, to): w}``."""
        col = {lab: j for j, lab in enumerate(labels)}
        index: dict[str, int] = {}
        for attr, _ in state_features:
            index.setdefault(attr, len(index))
        state = np.zeros((len(index), len(labels)))
        for (attr, lab), w in state_features.items():
            state[index[attr], col[lab]] = w
        trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in transitions.items():
            trans[col[a], col[b]] = w
        return cls(labels, state, index, trans)

    def shift(self, attribute: str, labels: Iterable[str], amount: float) -> None:
        """Add *amount* to the weight of *attribute* for each of *labels* (a known attribute only)."""
        row = self.index.get(attribute)
        if row is None:
            return
        for lab in labels:
            j = self.labels.index(lab)
            self.state[row, j] += amount
            self.padded[row, j] += amount

    def rows(self, attributes: Iterable[str]) -> list[int]:
        """The rows of the known *attributes*."""
        index = self.index
        return [index[a] for a in attributes if a in index]

    def sums(self, groups: Sequence[Sequence[int]]) -> NDArray[np.float64]:
        """Summed label scores of each group of rows (one line per group), in one gather.

        >>> w = CrfWeights.from_features(["O"], {("a", "O"): 1.0, ("b", "O"): 2.0}, {})
        >>> w.sums([[0, 1], [1], []]).tolist()
        [[3.0], [2.0], [0.0]]
        """
        width = max((len(g) for g in groups), default=0)
        if width == 0:
            return np.zeros((len(groups), len(self.labels)))
        none = self.none
        block = np.array([[*g, *([none] * (width - len(g)))] for g in groups], dtype=np.intp)
        out: NDArray[np.float64] = self.padded[block].sum(axis=1)
        return out

    def vector(self, attributes: Iterable[str]) -> NDArray[np.float64]:
        """The summed label scores of *attributes* (unknown ones weigh nothing)."""
        rows = [self.index[a] for a in attributes if a in self.index]
        out: NDArray[np.float64] = self.state[rows].sum(axis=0) if rows else self.zero.copy()
        return out


def viterbi(
    scores: NDArray[np.float64], trans: NDArray[np.float64], ranges: Sequence[tuple[int, int]]
) -> NDArray[np.intp]:
    """The best label index per token, each ``[lo, hi)`` range of *scores* (tokens x labels) one sequence.

    Tokens outside every range get label 0.

    >>> import numpy as np
    >>> s = np.array([[0.0, 1.0], [2.0, 0.0], [0.0, 0.5]])
    >>> viterbi(s, np.zeros((2, 2)), [(0, 2), (2, 3)]).tolist()
    [1, 0, 1]
    """
    out = np.zeros(len(scores), dtype=np.intp)
    order = sorted((r for r in ranges if r[1] > r[0]), key=lambda r: r[0] - r[1])  # longest first
    k = 0
    while k < len(order):
        size = max(1, _BATCH_TOKENS // (order[k][1] - order[k][0]))
        _decode_batch(scores, trans, order[k : k + size], out)
        k += size
    return out


def _decode_batch(
    scores: NDArray[np.float64],
    trans: NDArray[np.float64],
    batch: Sequence[tuple[int, int]],
    out: NDArray[np.intp],
) -> None:
    """Decode sequences sorted longest first: at step t only the first ``alive[t]`` are still going.

    The scores of every step are gathered at once (``emit``: steps x sequences x labels), and the
    path is written back in one assignment, so a step costs a few array operations.
    """
    lengths = [hi - lo for lo, hi in batch]
    longest = lengths[0]
    n_seq = len(batch)
    starts = np.array([lo for lo, _ in batch], dtype=np.intp)
    length_arr = np.array(lengths, dtype=np.intp)
    # alive[t]: how many sequences are longer than t (they are sorted, so those are the first ones)
    alive: list[int] = (n_seq - np.searchsorted(length_arr[::-1], np.arange(longest), side="right")).tolist()
    steps = np.arange(longest, dtype=np.intp)[:, None]
    where = starts + steps  # the token of each sequence at each step
    live = steps < length_arr
    np.minimum(where, len(scores) - 1, out=where)  # a finished sequence reads a stand-in row, never used
    emit = scores[where]
    n_labels = scores.shape[1]
    back = np.empty((longest, n_seq, n_labels), dtype=np.intp)  # one block, not an array per step
    delta = emit[0].copy()
    into = np.ascontiguousarray(trans.T)  # into[b, a]: from label a to label b, so argmax reads a row
    # cand[j, b, a] (sequence j, to label b, from label a) lies at j * n * n + b * n + a of the flat cand:
    # the best score is read there once argmax has found a (a gather is cheaper than a second reduction)
    width = n_labels * n_labels
    cell = np.arange(n_seq, dtype=np.intp)[:, None] * width + np.arange(n_labels, dtype=np.intp) * n_labels
    for t in range(1, longest):
        m = alive[t]
        cand = delta[:m, None, :] + into
        best = back[t, :m]
        cand.argmax(axis=2, out=best)
        np.add(cand.ravel().take(best + cell[:m]), emit[t, :m], out=delta[:m])
    path = np.empty((longest, n_seq), dtype=np.intp)
    path[length_arr - 1, np.arange(n_seq)] = delta.argmax(axis=1)
    # back[t, j, b] lies at j * n_labels + b of back_flat[t]: one gather per step
    back_flat = back.reshape(longest, n_seq * n_labels)
    base = np.arange(n_seq, dtype=np.intp) * n_labels
    for t in range(longest - 1, 0, -1):
        m = alive[t]
        path[t - 1, :m] = back_flat[t].take(base[:m] + path[t, :m])
    out[where[live]] = path[live]
