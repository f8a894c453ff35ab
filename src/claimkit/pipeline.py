"""The pipeline: runs every stage in order and assembles an :class:`~claimkit.Analysis`.

text → :mod:`~claimkit.text` (paragraphs, sentences, tokens, quotes)
→ :mod:`~claimkit.attribution` (speaker span, cue, content)
→ :mod:`~claimkit.actors` (who each speaker is)
→ :mod:`~claimkit.temporal` (time expressions, statement times)
→ :mod:`~claimkit.claims` (propositions)
→ :mod:`~claimkit.relations` (contradicts / agrees).

>>> import claimkit
>>> a = claimkit.analyze("“We left,” he said.", published="2017-07-26")
>>> a.published
datetime.date(2017, 7, 26)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import threading
import weakref
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

from claimkit import actors as _actors
from claimkit import attribution as _attribution
from claimkit import attribution_crf as _attribution_crf
from claimkit import claims as _claims
from claimkit import parallel
from claimkit import quantities as _quantities
from claimkit import relations as _relations
from claimkit import temporal as _temporal
from claimkit._dates import DateLike, coerce_date
from claimkit.errors import InputTooLargeError, InvalidInputError, short_repr
from claimkit.model import Actor, Analysis, Evidence, Statement
from claimkit.text import TextProcessor

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from typing_extensions import Self

    from claimkit._nltk import Tagger
    from claimkit.attribution import Attribution
    from claimkit.model import Claim, Quantity, Relation, Span, TimeExpression
    from claimkit.parallel import Article, Failure
    from claimkit.text import Document

__all__ = [
    "MAX_STATEMENTS_PER_SENTENCE",
    "Analyzer",
    "AnalyzerConfig",
    "DateLike",
    "analyze",
    "bound_statements",
    "coerce_date",
    "compare",
    "default_analyzer",
]

DEFAULT_MAX_CHARS = 10_000_000
MAX_STATEMENTS_PER_SENTENCE = 12
"""Statements kept per sentence, in text order (and the most the trained tagger reads: the rules' are
bounded before it and its result after it). The most in one sentence of the 268 dev documents
(``scripts/diff_outputs.py``) is 4. Junk such as "he said he said he said ..." would otherwise give a
statement for every two words, each holding the rest of its sentence: work and output would grow with
the square of the sentence instead of with the text."""


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        msg = f"{attribute.name} must be positive, got {value!r}"
        raise InvalidInputError(msg)


@attrs.frozen(kw_only=True)
class AnalyzerConfig:
    """How an :class:`Analyzer` works. Frozen: make a new one to change it.

    >>> AnalyzerConfig(max_chars=1000).max_chars
    1000
    """

    max_chars: int = attrs.field(default=DEFAULT_MAX_CHARS, validator=_positive)
    """Longer texts are rejected with :class:`~claimkit.InputTooLargeError`."""
    relations: bool = True
    """Whether :meth:`Analyzer.analyze` looks for contradictions and agreements."""
    trained_attribution: bool = True
    """Whether the trained attribution tagger (:mod:`claimkit.attribution_crf`) refines the
    rules' statements; ``False`` gives the rules alone."""


@attrs.define(kw_only=True)
class Analyzer:
    """A reusable pipeline. Build it once and analyze many texts with it.

    The NLTK tagger is loaded on first use, not when the analyzer is made.
    An analyzer pickles (its configuration and tagger), so it can be shipped to the
    workers of a distributed engine; each rebuilds its text processor on first use.

    >>> analyzer = Analyzer(config=AnalyzerConfig(max_chars=100_000))
    >>> analyzer.analyze("Nothing to see.", published="2017-07-26").statements
    ()
    """

    config: AnalyzerConfig = attrs.field(factory=AnalyzerConfig)
    tagger: Tagger | None = None
    """A POS tagger to use instead of NLTK's (tokens in, Penn Treebank tags out)."""
    _processor: TextProcessor | None = attrs.field(default=None, init=False, repr=False)
    _attribution_model: _attribution_crf.AttributionModel | None = attrs.field(default=None, init=False, repr=False)
    _lock: threading.Lock = attrs.field(factory=threading.Lock, init=False, repr=False)
    _pools: dict[int, parallel.WorkerPool] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def __reduce__(self) -> tuple[Any, ...]:
        # What crosses to another process (a Dask or Spark task, a pool worker) is the
        # configuration; the text processor and its tagger are built again there on first use.
        return (_rebuild_analyzer, (self.config, self.tagger))

    @property
    def processor(self) -> TextProcessor:
        """The text processor, built on first use.

        Raises:
            ResourceMissingError: if NLTK's tagger is not installed.
        """
        with self._lock:
            if self._processor is None:
                self._processor = TextProcessor.from_lexicons(tagger=self.tagger)
            return self._processor

    @property
    def attribution_model(self) -> _attribution_crf.AttributionModel:
        """The trained attribution tagger, loaded on first use.

        Raises:
            ResourceMissingError: if the model file is missing or corrupt.
        """
        with self._lock:
            if self._attribution_model is None:
                self._attribution_model = _attribution_crf.AttributionModel.load()
            return self._attribution_model

    def analyze(self, text: str, /, *, published: DateLike = None, doc_id: str | None = None) -> Analysis:
        """Find statements, actors, times, claims and relations in *text*.

        Raises:
            InvalidInputError: if *text* is not a str or *published* is not a date.
            InputTooLargeError: if *text* is longer than ``config.max_chars``.
            ResourceMissingError: if NLTK's tagger is not installed.

        Warns:
            UnbalancedQuoteWarning: when a quotation is never closed (it is then taken to
                run to the end of its paragraph). The message is also kept in the result's
                :attr:`~claimkit.Analysis.warnings`.
        """
        if not isinstance(text, str):
            msg = f"text must be a str, got {type(text).__name__}: {short_repr(text)}"
            raise InvalidInputError(msg)
        if doc_id is not None and not isinstance(doc_id, str):
            msg = f"doc_id must be a str or None, got {type(doc_id).__name__}"
            raise InvalidInputError(msg)
        if len(text) > self.config.max_chars:
            msg = (
                f"text has {len(text):,} characters, over the limit of "
                f"{self.config.max_chars:,} (AnalyzerConfig.max_chars)"
            )
            raise InputTooLargeError(msg)
        reference = coerce_date(published)
        # Relating runs once the document and the working state of the stages before it are gone:
        # _read returns only what the result keeps (a 1 MB text's tokens, attributions and actor
        # index are 50 to 100 MB that relating, the stage that holds most, does not need).
        found = _read(self, text, reference, doc_id)
        relations: tuple[Relation, ...] = ()
        if self.config.relations:
            relations = _relations.relate(found.statements, found.claims, actors={doc_id: found.actors})
            source = _quantities.Source(
                statements=found.statements,
                quantities=found.quantities,
                actors=found.actors,
                text=text,
                published=reference,
            )
            relations = _quantities.merge_relations(relations, [source])
        return Analysis(
            text=text,
            doc_id=doc_id,
            published=reference,
            sentences=found.sentences,
            statements=found.statements,
            actors=found.actors,
            times=found.times,
            claims=found.claims,
            relations=relations,
            quantities=found.quantities,
            warnings=found.warnings,
        )

    @overload
    def analyze_many(
        self,
        texts: Iterable[str | Article | Mapping[str, Any]],
        /,
        *,
        published: DateLike = None,
        n_jobs: int = 1,
        batch_size: int = 1,
        max_pending: int | None = None,
        errors: Literal["raise"] = "raise",
    ) -> Iterator[Analysis]: ...

    @overload
    def analyze_many(
        self,
        texts: Iterable[str | Article | Mapping[str, Any]],
        /,
        *,
        published: DateLike = None,
        n_jobs: int = 1,
        batch_size: int = 1,
        max_pending: int | None = None,
        errors: Literal["return"],
    ) -> Iterator[Analysis | Failure]: ...

    def analyze_many(
        self,
        texts: Iterable[str | Article | Mapping[str, Any]],
        /,
        *,
        published: DateLike = None,
        n_jobs: int = 1,
        batch_size: int = 1,
        max_pending: int | None = None,
        errors: Literal["raise", "return"] = "raise",
    ) -> Iterator[Analysis] | Iterator[Analysis | Failure]:
        """Analyze many texts, lazily, yielding one :class:`~claimkit.Analysis` per item in input order.

        Args:
            texts: Any iterable (a list, a generator over a file...) of ``str``,
                :class:`~claimkit.Article`, or JSON records (mappings that
                :meth:`Article.from_dict <claimkit.Article.from_dict>` reads). It is read
                as results are consumed.
            published: The publication date of items that give none.
            n_jobs: Worker processes: ``1`` analyzes in this process, ``-1`` uses
                every usable core. Workers are started with ``spawn`` (so a script
                using them needs an ``if __name__ == "__main__":`` guard) on the first
                call that needs them, build their own analyzer once (about a second),
                and are reused by later calls until :meth:`close`. Warnings they raise
                are raised again in this process, under its warning filters.
            batch_size: Documents sent to a worker at once (raise it for very short texts).
            max_pending: Batches in flight at most (default: 4 per worker); bounds memory.
            errors: What an item that cannot be analyzed does. ``"raise"``: its
                :class:`~claimkit.ClaimkitError` is raised when the iteration reaches it,
                after every result before it, and the stream ends. ``"return"``: a
                :class:`~claimkit.Failure` is yielded in its place and the stream goes on.

        Items without a *doc_id* get their position: ``"0"``, ``"1"``, ...

        >>> from claimkit import Article
        >>> analyzer = Analyzer()
        >>> items = ["It rained.", Article(text="“No,” she said.", published="2017-07-26", doc_id="b")]
        >>> [(a.doc_id, str(a.published)) for a in analyzer.analyze_many(items, published="2017-01-02")]
        [('0', '2017-01-02'), ('b', '2017-07-26')]
        >>> [type(r).__name__ for r in analyzer.analyze_many(["Fine.", 42, "Fine too."], errors="return")]
        ['Analysis', 'Failure', 'Analysis']

        Raises:
            InvalidInputError: for a bad argument, or (``errors="raise"``) when an item is
                reached that is not a ``str``, an :class:`~claimkit.Article` or a valid record.
            ClaimkitError: (``errors="raise"``) whatever :meth:`analyze` raises for an item,
                when that item is reached.
        """
        parallel.check_items(texts)
        workers = parallel.resolve_jobs(n_jobs)
        for name, value in (("batch_size", batch_size), ("max_pending", max_pending)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                msg = f"{name} must be a positive int, got {short_repr(value)}"
                raise InvalidInputError(msg)
        if errors not in ("raise", "return"):
            msg = f'errors must be "raise" or "return", got {short_repr(errors)}'
            raise InvalidInputError(msg)
        coerce_date(published)
        items = parallel.to_items(texts, published)
        results: Iterator[Analysis | Failure]
        if workers == 1:
            results = (parallel.analyze_item(self, item) for item in items)
        else:
            results = self._pool(workers).analyze(
                items, batch_size=batch_size, max_pending=max_pending if max_pending is not None else 4 * workers
            )
        return results if errors == "return" else parallel.raise_failures(results)

    def _pool(self, n_workers: int) -> parallel.WorkerPool:
        """The worker pool of *n_workers* processes that lives with this analyzer."""
        with self._lock:
            pool = self._pools.get(n_workers)
            if pool is None:
                factory = functools.partial(_rebuild_analyzer, self.config, self.tagger)
                pool = self._pools[n_workers] = parallel.WorkerPool(factory, n_workers=n_workers)
                weakref.finalize(self, pool.close)  # the workers stop with the analyzer
            return pool

    def close(self) -> None:
        """Stop the worker processes that :meth:`analyze_many` started; the analyzer stays usable.

        Workers also stop when the analyzer is garbage-collected and when the interpreter
        exits; ``with Analyzer() as analyzer:`` stops them at the end of the block.

        >>> with Analyzer() as analyzer:
        ...     analyzer.analyze("Fine.").statements
        ()
        """
        with self._lock:
            pools = list(self._pools.values())
            self._pools.clear()
        for pool in pools:
            pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def compare(self, a: str, b: str, /) -> Relation | None:
        """How two bare assertions relate: contradicts, agrees, or ``None``."""
        from claimkit.model import Span, StatementKind  # noqa: PLC0415

        statements = []
        docs = []
        for i, text in enumerate((a, b)):
            if not isinstance(text, str):
                msg = f"compare() takes two str, got {type(text).__name__}: {short_repr(text)}"
                raise InvalidInputError(msg)
            doc = self.processor.parse(text)
            docs.append(doc)
            statements.append(
                Statement(
                    id=f"s{i + 1}",
                    kind=StatementKind.DIRECT,
                    content=Span.from_text(text, 0, len(text)),
                    doc_id=f"compare-{i + 1}",
                )
            )
        tables = [_actors.find_actors(doc) for doc in docs]
        claims = [
            c
            for doc, s, table in zip(docs, statements, tables, strict=True)
            for c in _claims.extract_claims(doc, [s], table)
        ]
        sources = [
            _quantities.Source(
                statements=(s,),
                quantities=_quantities.extract_quantities(
                    doc, [s], _temporal.resolve_times(doc, (), reference=None).times
                ),
                actors=t.actors,
                text=doc.text,
            )
            for doc, s, t in zip(docs, statements, tables, strict=True)
        ]
        found = _quantities.merge_relations(
            _relations.relate(
                statements, claims, actors={s.doc_id: t.actors for s, t in zip(statements, tables, strict=True)}
            ),
            sources,
            one_topic=True,
        )
        if found:
            return max(found, key=lambda r: r.score)
        found_text = _relations.contrast_texts(docs[0], docs[1], statements[0], statements[1], claims=claims)
        if found_text is not None and not _quantities.denies_other_figure(found_text, sources):
            return found_text
        from claimkit.checking import judge_texts  # noqa: PLC0415  (checking builds on this module)

        judged = judge_texts(docs[0], docs[1], statements[0], statements[1], claims=claims)
        return None if judged is not None and _quantities.denies_other_figure(judged, sources) else judged


@attrs.frozen(kw_only=True)
class _Read:
    """What the stages before relating found in one text: the parts of the result they give."""

    sentences: tuple[Span, ...]
    statements: tuple[Statement, ...]
    actors: tuple[Actor, ...]
    times: tuple[TimeExpression, ...]
    claims: tuple[Claim, ...]
    quantities: tuple[Quantity, ...]
    warnings: tuple[str, ...]


def _read(analyzer: Analyzer, text: str, reference: dt.date | None, doc_id: str | None) -> _Read:
    """Every stage before relating, run by *analyzer* on *text*; what the result keeps of them."""
    doc = analyzer.processor.parse(text)
    # bounded before the tagger too: it reads no more rule statements per sentence than are kept
    attributions = bound_statements(doc, _attribution.find_attributions(doc, name=doc_id))  # warns (doc_id)
    if analyzer.config.trained_attribution:
        attributions = bound_statements(doc, analyzer.attribution_model.refine(doc, attributions))
    # ... and the result keeps what went wrong (for worker processes, whose warnings reach nobody)
    notes = [w for w in (_attribution.unclosed_quote_warning(doc),) if w is not None]
    anchors = [s for a in attributions for s in (a.speaker_span, a.addressee_span, *a.via_spans) if s is not None]
    table = _actors.find_actors(doc, anchors, frames=_frames(attributions))
    del anchors
    timing = _temporal.resolve_times(doc, attributions, reference=reference)
    pending = list(attributions)
    del attributions  # each attribution is freed as its statement is made (_assemble empties *pending*)
    statements = _assemble(pending, table, timing, doc_id)
    times = timing.times
    del timing  # the claims stage reads the statements: the statement times are free for it
    claims = _claims.extract_claims(doc, statements, table)
    actors = table.actors
    del table  # its index and resolution state: the figures and the sentences are read without them
    quantities = _quantities.extract_quantities(doc, statements, times, published=reference)
    return _Read(
        sentences=tuple(doc.sentence_spans()),
        statements=statements,
        actors=actors,
        times=times,
        claims=claims,
        quantities=quantities,
        warnings=tuple(str(note) for note in notes),
    )


def bound_statements(doc: Document, attributions: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """*attributions* with at most :data:`MAX_STATEMENTS_PER_SENTENCE` per sentence (of the cue, or
    else of the content's start), the first ones in text order; a continuation of a dropped one goes too.

    >>> import claimkit
    >>> from claimkit import attribution
    >>> doc = claimkit.Analyzer().processor.parse("he said " * 20)
    >>> len(attribution.find_attributions(doc)), len(bound_statements(doc, attribution.find_attributions(doc)))
    (19, 12)
    """
    count: dict[int | None, int] = {}
    dropped: set[str] = set()
    for a in attributions:
        sentence = doc.sentence_index_at((a.cue_span or a.content).start)
        count[sentence] = count.get(sentence, 0) + 1
        if count[sentence] > MAX_STATEMENTS_PER_SENTENCE:
            dropped.add(a.id)
    if not dropped:
        return tuple(attributions)
    grown = True
    while grown:  # continuations of continuations
        before = len(dropped)
        dropped.update(a.id for a in attributions if a.continues is not None and a.continues in dropped)
        grown = len(dropped) > before
    return tuple(a for a in attributions if a.id not in dropped)


def _rebuild_analyzer(config: AnalyzerConfig, tagger: Tagger | None) -> Analyzer:
    return Analyzer(config=config, tagger=tagger)


def _frames(attributions: Sequence[_attribution.Attribution]) -> list[_actors.SpeakerFrame]:
    """Each attribution's content with its speaker (a continuation's is its first part's) and hearer."""
    speakers: dict[str, Span | None] = {}
    frames = []
    for a in attributions:
        speaker = a.speaker_span if a.speaker_span is not None or a.continues is None else speakers.get(a.continues)
        speakers[a.id] = speaker
        frames.append(_actors.SpeakerFrame(content=a.content, speaker=speaker, addressee=a.addressee_span))
    return frames


def _assemble(
    pending: list[_attribution.Attribution],
    table: _actors.ActorTable,
    timing: _temporal.TimeResult,
    doc_id: str | None,
) -> tuple[Statement, ...]:
    """Public statements from the attributions in *pending*, in order; a continuation gets its predecessor's
    speaker. *pending* is emptied as it is read: a long text's statements take the place of its attributions
    instead of being made on top of them."""
    out: dict[str, Statement] = {}
    pending.reverse()
    while pending:
        a = pending.pop()
        speaker = table.actor_at(a.speaker_span) if a.speaker_span is not None else None
        if speaker is None and a.continues is not None and a.continues in out:
            speaker = out[a.continues].speaker
        out[a.id] = _statement(a, speaker, table, timing, doc_id)
    return tuple(out.values())


def _statement(
    a: _attribution.Attribution,
    speaker: Actor | None,
    table: _actors.ActorTable,
    timing: _temporal.TimeResult,
    doc_id: str | None,
) -> Statement:
    return Statement(
        id=a.id,
        kind=a.kind,
        content=a.content,
        content_parts=a.content_parts,
        speaker=speaker,
        speaker_span=a.speaker_span,
        cue=a.cue,
        cue_span=a.cue_span,
        stance=a.stance,
        time=timing.statement_times.get(a.id),
        time_source=timing.statement_time_sources.get(a.id),
        via=tuple(actor.id for s in a.via_spans if (actor := table.actor_at(s)) is not None),
        continues=a.continues,
        addressee=table.actor_at(a.addressee_span) if a.addressee_span is not None else None,
        doc_id=doc_id,
        evidence=_speaker_evidence(a, table),
    )


def _speaker_evidence(a: _attribution.Attribution, table: _actors.ActorTable) -> tuple[Evidence, ...]:
    """The attribution's rules, then the phrase rule that read its speaker span (:data:`claimkit.actors.PHRASE_RULES`)
    unless that was a pronoun, and the pronoun rule that resolved it (:data:`claimkit.actors.RULE_NAMES`) if one did."""
    if a.speaker_span is None:
        return a.evidence
    read = table.read_rule_at(a.speaker_span)
    rules = [r for r in (read if read != "pronoun" else None, table.rule_at(a.speaker_span)) if r is not None]
    return (*a.evidence, *(Evidence(rule=r, span=a.speaker_span) for r in rules))


_default: Analyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    """The shared :class:`Analyzer` behind :func:`analyze`, built on first call."""
    global _default  # noqa: PLW0603  (a lazily built default, like cattrs' global_converter)
    with _default_lock:
        if _default is None:
            _default = Analyzer()
        return _default


def analyze(text: str, /, *, published: DateLike = None, doc_id: str | None = None) -> Analysis:
    """Analyze one news text with the default :class:`Analyzer`.

    Args:
        text: The article, as a str.
        published: Its publication date: relative times ("Wednesday", "two days ago")
            are read against it. ``None`` leaves them unresolved.
        doc_id: A name for the document, copied onto the result and its statements.

    Returns:
        An :class:`~claimkit.Analysis` of frozen objects with offsets into *text*.

    Raises:
        InvalidInputError: if *text* is not a str or *published* is not a date.
        InputTooLargeError: if *text* is over the default size limit.
        ResourceMissingError: if NLTK's tagger is not installed.

    >>> analyze("Nothing to see.").statements
    ()
    """
    return default_analyzer().analyze(text, published=published, doc_id=doc_id)


def compare(a: str, b: str, /) -> Relation | None:
    """Whether two bare assertions contradict or agree (``None`` if neither).

    >>> compare("It rained.", "The sun shone.") is None
    True
    """
    return default_analyzer().compare(a, b)
