"""Many documents: the input record, and the process pool behind :meth:`Analyzer.analyze_many`.

:meth:`claimkit.Analyzer.analyze_many` takes plain strings or :class:`Article`
records and yields one :class:`~claimkit.Analysis` per item, in input order.
With ``n_jobs=1`` it runs in the calling process; otherwise a
:class:`concurrent.futures.ProcessPoolExecutor` (``spawn`` start method) runs it,
each worker building its own :class:`~claimkit.Analyzer` once. At most
``max_pending`` documents are in flight at any time, so memory stays bounded on
an endless stream. With ``errors="return"`` a document that cannot be analyzed
yields a :class:`Failure` in its place and the stream goes on.

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
import pickle
import warnings
from typing import TYPE_CHECKING, Any

import attrs

from claimkit.errors import ClaimkitError, ClaimkitWarning, InvalidInputError, short_repr
from claimkit.pipeline import coerce_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from claimkit._nltk import Tagger
    from claimkit.model import Analysis
    from claimkit.pipeline import Analyzer, AnalyzerConfig, DateLike


def _date(_instance: object, _attribute: attrs.Attribute[DateLike], value: DateLike) -> None:
    coerce_date(value)


__all__ = ["Article", "Failure", "resolve_jobs"]


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


def analyze_item(analyzer: Analyzer, item: Item) -> Analysis | Failure:
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

# The analyzer of a worker process, set once by the pool's initializer. It only
# ever exists inside worker processes started by analyze_in_pool().
_worker_analyzer: list[Analyzer] = []


def _init_worker(config: AnalyzerConfig, tagger: Tagger | None) -> None:
    from claimkit.pipeline import Analyzer  # noqa: PLC0415  (cycle)

    # a worker's warnings would reach nobody but its stderr: each result carries them (Analysis.warnings)
    warnings.simplefilter("ignore", ClaimkitWarning)

    _worker_analyzer.clear()
    _worker_analyzer.append(Analyzer(config=config, tagger=tagger))


def _analyze_batch(items: list[Item]) -> list[Analysis | Failure]:
    analyzer = _worker_analyzer[0]
    return [analyze_item(analyzer, item) for item in items]


def analyze_in_pool(
    items: Iterator[Item],
    *,
    config: AnalyzerConfig,
    tagger: Tagger | None,
    n_workers: int,
    batch_size: int,
    max_pending: int,
) -> Iterator[Analysis | Failure]:
    """Analyze *items* in *n_workers* processes; results (or failures) in input order.

    At most *max_pending* batches are submitted and not yet yielded.
    """
    try:
        pickle.dumps((config, tagger))
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        msg = f"n_jobs > 1 needs a picklable tagger (a module-level function), got {short_repr(tagger)}"
        raise InvalidInputError(msg) from e
    context = multiprocessing.get_context("spawn")
    pending: collections.deque[concurrent.futures.Future[list[Analysis | Failure]]] = collections.deque()
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=n_workers, mp_context=context, initializer=_init_worker, initargs=(config, tagger)
    )
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
                msg = (
                    f"a claimkit worker process died ({e}). If it died at once, the calling script may lack "
                    'an `if __name__ == "__main__":` guard (workers are spawned, and each imports that '
                    "script); otherwise the machine may be out of memory"
                )
                raise ClaimkitError(msg) from e
            yield from results
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
