"""Many documents: the input record, and the process pool behind :meth:`Analyzer.analyze_many`.

:meth:`claimkit.Analyzer.analyze_many` takes plain strings or :class:`Article`
records and yields one :class:`~claimkit.Analysis` per item, in input order.
With ``n_jobs=1`` it runs in the calling process; otherwise a
:class:`concurrent.futures.ProcessPoolExecutor` (``spawn`` start method) runs it,
each worker building its own :class:`~claimkit.Analyzer` once. At most
``max_pending`` documents are in flight at any time, so memory stays bounded on
an endless stream.

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
import concurrent.futures
import multiprocessing
import os
import pickle
from typing import TYPE_CHECKING, Any

import attrs

from claimkit.errors import ClaimkitError, InvalidInputError, short_repr
from claimkit.pipeline import coerce_date

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from claimkit._nltk import Tagger
    from claimkit.model import Analysis
    from claimkit.pipeline import Analyzer, AnalyzerConfig, DateLike


def _date(_instance: object, _attribute: attrs.Attribute[DateLike], value: DateLike) -> None:
    coerce_date(value)


__all__ = ["Article", "resolve_jobs"]


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
    """Item *index* of the input as an :class:`Article` with its id and date filled in."""
    if isinstance(item, str):
        return Article(text=item, published=published, doc_id=str(index))
    if isinstance(item, Article):
        return Article(
            text=item.text,
            published=item.published if item.published is not None else published,
            doc_id=item.doc_id if item.doc_id is not None else str(index),
        )
    msg = f"analyze_many() items must be str or claimkit.Article, item {index} is {type(item).__name__}"
    raise InvalidInputError(msg)


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

    _worker_analyzer.clear()
    _worker_analyzer.append(Analyzer(config=config, tagger=tagger))


def _analyze_batch(articles: list[Article]) -> list[Analysis]:
    analyzer = _worker_analyzer[0]
    return [analyzer.analyze(a.text, published=a.published, doc_id=a.doc_id) for a in articles]


def analyze_in_pool(
    articles: Iterator[Article],
    *,
    config: AnalyzerConfig,
    tagger: Tagger | None,
    n_workers: int,
    batch_size: int,
    max_pending: int,
) -> Iterator[Analysis]:
    """Analyze *articles* in *n_workers* processes; results in input order.

    At most *max_pending* batches are submitted and not yet yielded.
    """
    try:
        pickle.dumps((config, tagger))
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        msg = f"n_jobs > 1 needs a picklable tagger (a module-level function), got {short_repr(tagger)}"
        raise InvalidInputError(msg) from e
    context = multiprocessing.get_context("spawn")
    pending: collections.deque[concurrent.futures.Future[list[Analysis]]] = collections.deque()
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=n_workers, mp_context=context, initializer=_init_worker, initargs=(config, tagger)
    )
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_pending:
                batch, error = _next_batch(articles, batch_size)
                exhausted = error is not None or len(batch) < batch_size
                if batch:
                    pending.append(executor.submit(_analyze_batch, batch))
                if error is not None:
                    failed: concurrent.futures.Future[list[Analysis]] = concurrent.futures.Future()
                    failed.set_exception(error)
                    pending.append(failed)
            if not pending:
                return
            try:
                results = pending.popleft().result()
            except concurrent.futures.process.BrokenProcessPool as e:
                msg = f"a claimkit worker process died ({e}); is the machine out of memory?"
                raise ClaimkitError(msg) from e
            yield from results
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _next_batch(articles: Iterator[Article], size: int) -> tuple[list[Article], ClaimkitError | None]:
    """Up to *size* articles; a bad item ends the batch and is returned as the error it raised."""
    batch: list[Article] = []
    try:
        for article in articles:
            batch.append(article)
            if len(batch) == size:
                break
    except ClaimkitError as e:
        return batch, e
    return batch, None
