"""Many documents: the input record, and the worker processes behind :meth:`Analyzer.analyze_many`.

:meth:`claimkit.Analyzer.analyze_many` takes plain strings or :class:`Article`
records and yields one :class:`~claimkit.Analysis` per item, in input order.
With ``n_jobs=1`` it runs in the calling process; otherwise a :class:`WorkerPool`
of ``spawn`` processes runs it. The pool lives with its :class:`~claimkit.Analyzer`:
started by the first call that needs it, each worker builds its analyzer (and loads
the tagger) once, and later calls reuse the same processes until
:meth:`Analyzer.close() <claimkit.Analyzer.close>` (or the analyzer is garbage-collected,
or the interpreter exits). At most ``max_pending`` batches are in flight at any time,
so memory stays bounded on an endless stream. With ``errors="return"`` a document
that cannot be analyzed yields a :class:`Failure` in its place and the stream goes on.
Warnings a worker raises while analyzing an item are raised again in the calling
process, just before that item's result, under the caller's warning filters.

This module does not import the pipeline: a pool is given an *analyzer factory*, a
picklable callable that each worker calls once to build its analyzer.

>>> Article(text="“We left,” he said.", published="2017-07-26", doc_id="a1").doc_id
'a1'
>>> Article.from_dict({"text": "Hi.", "id": 7, "url": "ignored"}).doc_id
'7'

For more than one machine, use a distributed engine (``examples/dask_corpus.py``
runs claimkit on a Dask bag); every result pickles and serializes to JSON.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import collections
import collections.abc
import concurrent.futures
import itertools
import multiprocessing
import os
import pathlib
import pickle
import sys
import threading
import warnings
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

import attrs

from claimkit._dates import DateLike, coerce_date
from claimkit.errors import ClaimkitError, InvalidInputError, short_repr

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from claimkit.model import Analysis


def _date(_instance: object, _attribute: attrs.Attribute[DateLike], value: DateLike) -> None:
    coerce_date(value)


__all__ = ["AnalyzerFactory", "Analyzes", "Article", "Failure", "WorkerPool", "resolve_jobs"]


class Analyzes(Protocol):
    """What a worker needs of an analyzer: :meth:`claimkit.Analyzer.analyze`."""

    def analyze(self, text: str, /, *, published: DateLike = None, doc_id: str | None = None) -> Analysis:
        """The analysis of one text."""
        ...


AnalyzerFactory: TypeAlias = collections.abc.Callable[[], Analyzes]
"""A picklable callable without arguments that builds an analyzer (each worker calls it once)."""


def _optional_str(_instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        msg = f"{attribute.name} must be a str or None, got {type(value).__name__}: {short_repr(value)}"
        raise InvalidInputError(msg)


def _text(_instance: object, _attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        msg = f"text must be a str, got {type(value).__name__}: {short_repr(value)}"
        raise InvalidInputError(msg)


@attrs.frozen(kw_only=True)
class Article:
    """One document for :meth:`~claimkit.Analyzer.analyze_many`: its text, date and id.

    *published* overrides the ``published=`` given to ``analyze_many``; *doc_id*
    defaults to the item's position in the input (``"0"``, ``"1"``, ...).

    >>> Article(text="Hi.", published="2017-07-26").published
    '2017-07-26'

    Raises:
        InvalidInputError: if *text* is not a str, *published* not a date, or *doc_id* not a str or None.
    """

    text: str = attrs.field(validator=_text)
    published: DateLike = attrs.field(default=None, validator=_date)
    """A date, datetime, ISO string or None, as for :func:`claimkit.analyze`."""
    doc_id: str | None = attrs.field(default=None, validator=_optional_str)

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Article:
        """An article from a JSON record: ``text``, optional ``published`` and ``doc_id`` (or ``id``).

        Other keys are ignored, so records of a scraped corpus can be passed as they are.

        >>> Article.from_dict({"text": "Hi.", "published": "2017-07-26", "doc_id": "x"})
        Article(text='Hi.', published='2017-07-26', doc_id='x')

        Raises:
            InvalidInputError: if *record* is not a mapping with a str ``text``.
        """
        if not hasattr(record, "get"):
            msg = f"a record must be a mapping, got {type(record).__name__}: {short_repr(record)}"
            raise InvalidInputError(msg)
        if "text" not in record:
            msg = f"a record needs a 'text' key, got keys {sorted(map(str, record))!r}"
            raise InvalidInputError(msg)
        doc_id = record.get("doc_id", record.get("id"))
        return cls(
            text=record["text"],
            published=record.get("published"),
            doc_id=str(doc_id) if isinstance(doc_id, (int, str)) and not isinstance(doc_id, bool) else doc_id,
        )


@attrs.frozen(kw_only=True)
class Failure:
    """An item of :meth:`~claimkit.Analyzer.analyze_many` that could not be analyzed.

    With ``errors="return"``, it is yielded in the place of the item's
    :class:`~claimkit.Analysis`, and the stream goes on.

    >>> failure = Failure(index=3, doc_id="a7", error=InvalidInputError("text must be a str, got int: 5"))
    >>> failure.message
    'a7: InvalidInputError: text must be a str, got int: 5'

    .. versionadded:: 0.1.0
    """

    index: int
    """The item's position in the input, from 0."""
    doc_id: str
    """The id the analysis would have had: the article's own, or the position as a str."""
    error: ClaimkitError = attrs.field(eq=False)
    """What :meth:`~claimkit.Analyzer.analyze` raised (or the check of the item)."""

    @property
    def message(self) -> str:
        """One line for a log: the id, the error's type and its message."""
        return f"{self.doc_id}: {type(self.error).__name__}: {self.error}"


def resolve_jobs(n_jobs: int) -> int:
    """The number of worker processes for *n_jobs*: ``-1`` means one per usable core.

    >>> resolve_jobs(3)
    3

    Raises:
        InvalidInputError: if *n_jobs* is 0, below -1, or not an int.
    """
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1:
        msg = f"n_jobs must be a positive int or -1 (all cores), got {short_repr(n_jobs)}"
        raise InvalidInputError(msg)
    if n_jobs == -1:
        return _usable_cores()
    return n_jobs


def _usable_cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return max(1, os.cpu_count() or 1)


def to_article(item: object, index: int, published: DateLike) -> Article:
    """Item *index* of the input as an :class:`Article` with its id and date filled in.

    Raises:
        InvalidInputError: if *item* is neither a str, an :class:`Article`, nor a mapping
            that :meth:`Article.from_dict` reads.
    """
    if isinstance(item, str):
        return Article(text=item, published=published, doc_id=str(index))
    if isinstance(item, collections.abc.Mapping):
        item = Article.from_dict(item)
    if isinstance(item, Article):
        return Article(
            text=item.text,
            published=item.published if item.published is not None else published,
            doc_id=item.doc_id if item.doc_id is not None else str(index),
        )
    msg = f"analyze_many() items must be str, claimkit.Article or dict, item {index} is {type(item).__name__}"
    raise InvalidInputError(msg)


# An item on its way through analyze_many: its position and its article, or why it has none.
Item = tuple[int, Article | Failure]


def to_items(texts: Iterable[object], published: DateLike) -> Iterator[Item]:
    """Every item of *texts* with its position, as an article or, when it is not one, a failure."""
    return (_item(text, index, published) for index, text in enumerate(texts))


def _item(text: object, index: int, published: DateLike) -> Item:
    try:
        return index, to_article(text, index, published)
    except ClaimkitError as e:
        return index, Failure(index=index, doc_id=_id_of(text, index), error=e)


def _id_of(item: object, index: int) -> str:
    """The id an item names for itself, or its position."""
    if isinstance(item, Article) and item.doc_id is not None:
        return item.doc_id
    if isinstance(item, collections.abc.Mapping):
        doc_id = item.get("doc_id", item.get("id"))
        if isinstance(doc_id, (int, str)) and not isinstance(doc_id, bool):
            return str(doc_id)
    return str(index)


def analyze_item(analyzer: Analyzes, item: Item) -> Analysis | Failure:
    """The analysis of one item, or the failure it holds or raises."""
    index, article = item
    if isinstance(article, Failure):
        return article
    try:
        return analyzer.analyze(article.text, published=article.published, doc_id=article.doc_id)
    except ClaimkitError as e:
        return Failure(index=index, doc_id=article.doc_id or str(index), error=e)


def raise_failures(results: Iterator[Analysis | Failure]) -> Iterator[Analysis]:
    """*results* up to the first failure, which is raised (``errors="raise"``)."""
    try:
        for result in results:
            if isinstance(result, Failure):
                raise result.error
            yield result
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the worker processes when the caller stops early


def check_items(texts: object) -> None:
    if isinstance(texts, (str, bytes)):
        msg = "analyze_many() takes an iterable of texts, not one str (use analyze() for one text)"
        raise InvalidInputError(msg)
    if not hasattr(texts, "__iter__"):
        msg = f"analyze_many() takes an iterable of texts, got {type(texts).__name__}"
        raise InvalidInputError(msg)


# ---------------------------------------------------------------------- the pool

# A warning caught in a worker, as it crosses back: its category, message, file and line.
Caught = tuple[type[Warning], str, str, int]

# The analyzer of a worker process, set once by the pool's initializer. It only
# ever exists inside worker processes started by a WorkerPool.
_worker_analyzer: list[Analyzes] = []


def _init_worker(factory: AnalyzerFactory) -> None:
    _worker_analyzer.clear()
    _worker_analyzer.append(factory())


def _analyze_batch(items: list[Item]) -> list[tuple[Analysis | Failure, tuple[Caught, ...]]]:
    """Each item's result with the warnings its analysis raised (all of them: the caller filters)."""
    analyzer = _worker_analyzer[0]
    out = []
    for item in items:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = analyze_item(analyzer, item)
        out.append((result, tuple((w.category, str(w.message), w.filename, w.lineno) for w in caught)))
    return out


_PACKAGE = pathlib.Path(__file__).resolve().parent


def _warn_again(caught: tuple[Caught, ...]) -> None:
    """Raise the warnings of a worker in this process, where the caller's filters apply.

    Each keeps its category, message, file and line, and the module and registry that
    :func:`warnings.warn` would have used in this process (so ``"default"`` and
    ``"module"`` filters show a repeat once, as without workers).
    """
    for category, message, filename, lineno in caught:
        module = _module_name(filename)
        registry = vars(sys.modules[module]).setdefault("__warningregistry__", {}) if module in sys.modules else None
        warnings.warn_explicit(message, category, filename, lineno, module=module, registry=registry)


def _module_name(filename: str) -> str:
    """The module name of a claimkit source file ("claimkit.pipeline"), else what warnings would derive."""
    path = pathlib.Path(filename)
    try:
        relative = path.resolve().relative_to(_PACKAGE)
    except (ValueError, OSError):
        return filename.removesuffix(".py")
    return ".".join(("claimkit", *relative.with_suffix("").parts))


class WorkerPool:
    """Worker processes for :meth:`~claimkit.Analyzer.analyze_many`, reused from one call to the next.

    The processes start (with ``spawn``) on the first :meth:`analyze`, each calling
    *factory* once to build its analyzer, and stay until :meth:`close`. A pool whose
    worker died is replaced by a new one on the next call.

    >>> import functools, claimkit
    >>> pool = WorkerPool(functools.partial(claimkit.Analyzer), n_workers=2)
    >>> pool.n_workers
    2
    >>> pool.close()  # nothing started yet: nothing to stop

    Raises:
        InvalidInputError: if *factory* does not pickle (it must be a module-level callable,
            or a :func:`functools.partial` of one, with picklable arguments).
    """

    def __init__(self, factory: AnalyzerFactory, *, n_workers: int) -> None:
        try:
            pickle.dumps(factory)
        except (pickle.PicklingError, TypeError, AttributeError) as e:
            msg = f"n_jobs > 1 needs a picklable tagger (a module-level function), got {short_repr(factory)}"
            raise InvalidInputError(msg) from e
        self.n_workers = n_workers
        self._factory = factory
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        state = "running" if self._executor is not None else "idle"
        return f"WorkerPool(n_workers={self.n_workers}, {state})"

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = concurrent.futures.ProcessPoolExecutor(
                    max_workers=self.n_workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init_worker,
                    initargs=(self._factory,),
                )
            return self._executor

    def _discard(self, executor: concurrent.futures.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker processes (a later :meth:`analyze` starts new ones)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def analyze(self, items: Iterator[Item], *, batch_size: int, max_pending: int) -> Iterator[Analysis | Failure]:
        """Analyze *items* in the workers; results (or failures) in input order.

        At most *max_pending* batches are submitted and not yet yielded. Stopping the
        iteration early cancels the batches not yet started; the workers stay.
        """
        executor = self._start()
        pending: collections.deque[concurrent.futures.Future[list[tuple[Analysis | Failure, tuple[Caught, ...]]]]]
        pending = collections.deque()
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < max_pending:
                    batch = list(itertools.islice(items, batch_size))
                    exhausted = len(batch) < batch_size
                    if batch:
                        pending.append(executor.submit(_analyze_batch, batch))
                if not pending:
                    return
                try:
                    results = pending.popleft().result()
                except concurrent.futures.process.BrokenProcessPool as e:
                    self._discard(executor)
                    msg = (
                        f"a claimkit worker process died ({e}). If it died at once, the calling script may lack "
                        'an `if __name__ == "__main__":` guard (workers are spawned, and each imports that '
                        "script); otherwise the machine may be out of memory"
                    )
                    raise ClaimkitError(msg) from e
                for result, caught in results:
                    _warn_again(caught)
                    yield result
        finally:
            for future in pending:
                future.cancel()
