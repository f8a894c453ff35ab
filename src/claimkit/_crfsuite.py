"""The only module that imports python-crfsuite (``pycrfsuite``).

It opens a linear-chain CRF model from bytes and tags item sequences with it, and it
trains one (used by ``training/train_attribution.py``, never by the library itself).
A model that cannot be read raises :class:`claimkit.ResourceMissingError`.
Nothing here runs at import time.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import struct
import threading
from typing import TYPE_CHECKING, Any

from claimkit.errors import ResourceMissingError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["CrfTagger", "check_model_bytes", "train"]

_MAGIC = b"lCRF"
# crfsuite's model header: magic, size, type, version, 3 counts, 5 offsets (48 bytes)
_HEADER = struct.Struct("<4sI4sIIIIIIIII")


def check_model_bytes(data: bytes, *, name: str) -> None:
    """Refuse bytes that are not a whole crfsuite model (crfsuite itself would read past them).

    >>> check_model_bytes(b"nope", name="x")
    Traceback (most recent call last):
    ...
    claimkit.errors.ResourceMissingError: x is not a CRF model (bad header); reinstall claimkit

    Raises:
        ResourceMissingError: if *data* is not a complete crfsuite model.
    """
    if len(data) < _HEADER.size or data[:4] != _MAGIC:
        msg = f"{name} is not a CRF model (bad header); reinstall claimkit"
        raise ResourceMissingError(msg)
    fields = _HEADER.unpack_from(data)
    size, offsets = fields[1], fields[7:]
    if size != len(data) or any(not 0 < off < size for off in offsets):
        msg = f"{name} is truncated or corrupt ({len(data):,} bytes, header says {size:,}); reinstall claimkit"
        raise ResourceMissingError(msg)


class CrfTagger:
    """A crfsuite model opened from bytes: item sequences in, label sequences out.

    An item is a list of feature names (binary features). The model's bytes are kept
    alive with the tagger (crfsuite reads them in place). Tagging is serialized by a
    lock, since a crfsuite tagger holds the sequence it is working on.

    Raises:
        ResourceMissingError: if *data* is not a readable model.
    """

    def __init__(self, data: bytes, *, name: str = "the CRF model") -> None:
        import pycrfsuite  # noqa: PLC0415  (not at import)

        check_model_bytes(data, name=name)
        self._data = data
        self._tagger: Any = pycrfsuite.Tagger()
        try:
            self._tagger.open_inmemory(data)
        except (ValueError, OSError) as e:
            msg = f"{name} could not be opened ({e}); reinstall claimkit"
            raise ResourceMissingError(msg) from e
        self._lock = threading.Lock()
        self.labels: tuple[str, ...] = tuple(self._tagger.labels())

    def weights(self) -> tuple[list[str], dict[tuple[str, str], float], dict[tuple[str, str], float]]:
        """The model's labels (in crfsuite's order), state weights ``{(attribute, label): w}`` and
        transition weights ``{(from, to): w}``, read from crfsuite's dump of the model."""
        with self._lock:
            info = self._tagger.info()
        labels = [lab for lab, _ in sorted(info.labels.items(), key=lambda x: int(x[1]))]
        state = {(str(a), str(lab)): float(w) for (a, lab), w in info.state_features.items()}
        trans = {(str(a), str(b)): float(w) for (a, b), w in info.transitions.items()}
        return labels, state, trans

    def tag(self, items: Sequence[Sequence[str]]) -> list[str]:
        """One label per item (an empty list for no items)."""
        if not items:
            return []
        with self._lock:
            return list(self._tagger.tag(items))


def train(
    sequences: Iterable[tuple[Sequence[Sequence[str]], Sequence[str]]],
    model_path: str,
    *,
    params: Mapping[str, Any],
    algorithm: str = "lbfgs",
    verbose: bool = False,
) -> None:
    """Train a linear-chain CRF on (items, labels) sequences and write it to *model_path*.

    crfsuite's L-BFGS training is deterministic for the same data, order and parameters.
    """
    import pycrfsuite  # noqa: PLC0415  (not at import)

    trainer = pycrfsuite.Trainer(verbose=verbose)
    for items, labels in sequences:
        trainer.append(items, labels)
    trainer.select(algorithm)
    trainer.set_params(dict(params))
    trainer.train(model_path)
