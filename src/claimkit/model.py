"""The result types: frozen, keyword-only value objects with character offsets.

Every object claimkit returns is defined here. They are immutable, hashable and
compare by value; sequences are tuples, "nothing found" is an empty tuple, and
every piece of text carries its offsets into the analyzed string.

>>> text = "Russia denied it."
>>> Span.from_text(text, 0, 6)
Span(start=0, end=6, text='Russia')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from claimkit.errors import InvalidInputError, InvalidSpanError, NotFoundError, short_repr

_T = TypeVar("_T")

__all__ = [
    "Actor",
    "ActorKind",
    "Analysis",
    "Approximation",
    "Argument",
    "Claim",
    "Evidence",
    "Granularity",
    "Polarity",
    "PredicateClass",
    "Quantity",
    "QuantityKind",
    "Relation",
    "RelationKind",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "TimeKind",
    "TimeMod",
    "TimeSource",
    "TimeValue",
]


# --------------------------------------------------------------------------- enums


class ActorKind(enum.Enum):
    """What sort of thing an :class:`Actor` is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"
    """A collective without its own name: "officials", "sources", "a pair of groups"."""
    LOCATION = "location"
    """A place that is not a country (a city, a region) and not standing for one."""
    UNKNOWN = "unknown"


class StatementKind(enum.Enum):
    """How a statement is reported."""

    DIRECT = "direct"
    """The content is wholly quoted."""
    INDIRECT = "indirect"
    """Reported speech: the reporter's words."""
    PARTIAL = "partial"
    """A quoted fragment inside reported content."""


class Stance(enum.Enum):
    """What the speaker does with the content, as the cue tells it."""

    ASSERT = "assert"
    """Said, told, reported: the content is put forward as true."""
    CONFIRM = "confirm"
    DENY = "deny"
    """Denied, rejected: the speaker asserts the content is false."""
    HEDGE = "hedge"
    """Suggested, hinted, believes: put forward with less than full certainty."""
    DISMISS = "dismiss"
    """Mocked, dismissed: disputes credibility without asserting the opposite."""
    ASK = "ask"
    WARN = "warn"
    OTHER = "other"
    REFUSE = "refuse"
    """Refused or declined to comment, answer, confirm ...: a statement of refusal only.
    Its content is what the speaker would not say; it makes no claim."""
    RETRACT = "retract"
    """Retracted, recanted: the speaker takes back what it said before. Its content makes no
    claim; it relates to the speaker's earlier statement as a changed account
    (``RelationKind.CHANGED``), not as a dispute between sources.

    .. versionadded:: 0.2.0"""


class Granularity(enum.Enum):
    """The unit a :class:`TimeValue` is known to, from finest to coarsest."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"
    """Vague references ("recently", "now") and durations without an anchor."""


class TimeKind(enum.Enum):
    """The TIMEX3 type of a time expression."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"
    VAGUE = "vague"
    """A date-like reference with no fixed interval: "recently", "in the past"."""


class TimeMod(enum.Enum):
    """The TIMEX3 ``mod`` of a :class:`TimeValue`: how a phrase qualifies its interval.

    >>> TimeMod("START").name
    'START'
    """

    BEFORE = "BEFORE"
    """"before 2018": some time before the value."""
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    """"until Friday", "by June": the value or earlier."""
    ON_OR_AFTER = "ON_OR_AFTER"
    """"since Monday", "from 2019 on": the value or later."""
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    """"early April", "the beginning of the year"."""
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


class TimeSource(enum.Enum):
    """Where a statement's time comes from (:attr:`Statement.time_source`), most to least direct."""

    CLAUSE = "clause"
    """A time expression in the statement's own attribution clause ("said on Tuesday")."""
    CONTEXT = "context"
    """The narrative around it: the paragraph's time, or the last dated statement of the same occasion."""
    DATELINE = "dateline"
    """The article's dateline ("WASHINGTON, March 3 (Reuters) -")."""
    PUBLICATION = "publication"
    """No stated time: a past or present reporting cue, read as said by the publication date."""


def _time_mod(value: TimeMod | str | None) -> TimeMod | None:
    if value is None or isinstance(value, TimeMod):
        return value
    return TimeMod(value)


class Polarity(enum.Enum):
    """Whether a claim asserts or denies its proposition."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class PredicateClass(str, enum.Enum):
    """The class of synonymous and converse predicates a claim's predicate belongs to.

    The classes of the package data file ``predicates.tsv`` (one row per verb or light-verb
    phrase). A str enum: a member equals its value, so ``c.predicate_class == "contact"`` holds.

    >>> PredicateClass("transfer-weapons") is PredicateClass.TRANSFER_WEAPONS
    True
    >>> PredicateClass.CONTACT == "contact"
    True

    .. versionadded:: 0.1.0
    """

    TRANSFER = "transfer"
    """Gives, sends, sells something to someone ("supply", "deliver"; "receive" is its converse)."""
    TRANSFER_WEAPONS = "transfer-weapons"
    """A transfer of arms: "arm", "equip", or a transfer whose theme is a weapon."""
    CONTACT = "contact"
    """Meets, talks to, keeps in touch with (symmetric)."""
    SUPPORT = "support"
    """Backs, funds, endorses."""
    OPPOSE = "oppose"
    """Opposes, fights, sanctions."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


def _predicate_class(value: PredicateClass | str | None) -> PredicateClass | None:
    if value is None or isinstance(value, PredicateClass):
        return value
    try:
        return PredicateClass(value)
    except ValueError:
        known = ", ".join(c.value for c in PredicateClass.__members__.values())
        msg = f"not a predicate class: {short_repr(value)} (one of {known})"
        raise InvalidInputError(msg) from None


class RelationKind(enum.Enum):
    """How two statements relate."""

    CONTRADICTS = "contradicts"
    AGREES = "agrees"
    CHANGED = "changed"
    """The same source's later account contradicts its earlier one: a changed account, or a
    revised figure (its reasons then start with "revised"). Not a dispute between sources."""


class QuantityKind(enum.Enum):
    """What a :class:`Quantity` gives."""

    COUNT = "count"
    """A figure: "140 people died", "a death toll of 12", "as many as 64 million users"."""
    RANK = "rank"
    """A place in a ranking: "the largest audience ever" (1), "the second biggest in 25 years" (2)."""


class Approximation(enum.Enum):
    """How a figure is meant, from the words before it."""

    EXACT = "exact"
    """A plain figure ("140", "1,001,613") or "exactly": read to its last significant digit."""
    ROUNDED = "rounded"
    """A round figure ("50 million", "420,000"): anything that rounds to it."""
    ABOUT = "about"
    """"about", "some", "nearly", "an estimated", or a vague count ("thousands")."""
    AT_LEAST = "at_least"
    """"at least", "more than", "over": a lower bound."""
    AT_MOST = "at_most"
    """"no more than", "fewer than", "under": an upper bound."""
    UP_TO = "up_to"
    """"up to", "as many as": a high estimate, the figure may reach it."""


# --------------------------------------------------------------------------- helpers


# Sequence fields take any iterable and store a tuple. One converter per element type,
# because mypy's attrs plugin cannot see through a generic converter.
def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(items)


def _statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(items)


def _times(items: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _relations(items: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(items)


def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


def _evidence(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(items)


def _check_span(instance: Span, _attribute: attrs.Attribute[int], _value: int) -> None:
    if not 0 <= instance.start <= instance.end:
        msg = f"span offsets must satisfy 0 <= start <= end, got start={instance.start}, end={instance.end}"
        raise InvalidSpanError(msg)
    if len(instance.text) != instance.end - instance.start:
        msg = (
            f"span text {short_repr(instance.text)} has length {len(instance.text)}, "
            f"but end - start = {instance.end - instance.start}"
        )
        raise InvalidSpanError(msg)


def _nonempty(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value:
        msg = f"{attribute.name} must not be empty"
        raise InvalidInputError(msg)


# --------------------------------------------------------------------------- spans


@attrs.frozen(kw_only=True)
class Span:
    """A piece of the analyzed text: ``source[start:end] == text``.

    >>> Span.from_text("He said so.", 3, 7)
    Span(start=3, end=7, text='said')

    Raises:
        InvalidSpanError: if the offsets are negative, reversed, or do not fit *text*.
    """

    start: int = attrs.field(validator=_check_span)
    end: int
    text: str

    @classmethod
    def from_text(cls, source: str, start: int, end: int) -> Span:
        """Cut the span ``source[start:end]``, checking the offsets.

        >>> Span.from_text("abc", 1, 3).text
        'bc'

        Raises:
            InvalidSpanError: if ``0 <= start <= end <= len(source)`` does not hold.
        """
        if not 0 <= start <= end <= len(source):
            msg = f"offsets ({start}, {end}) do not fit a text of length {len(source)}"
            raise InvalidSpanError(msg)
        if cls is not Span:
            return cls(start=start, end=end, text=source[start:end])
        # The checks above are the validator's: the slots are filled directly (twice as fast as
        # ``__init__``; a document makes tens of thousands of spans).
        span = _new_object(cls)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, source[start:end])
        return span

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce__(self) -> tuple[Callable[[int, int, str], Span], tuple[int, int, str]]:
        # Pickled as its three values and rebuilt without attrs' per-slot __setstate__: a result holds
        # thousands of spans, and analyze_many's workers send results back pickled.
        return _unpickle_span, (self.start, self.end, self.text)

    def contains(self, other: Span) -> bool:
        """Whether *other* lies within this span.

        >>> Span.from_text("abcd", 0, 4).contains(Span.from_text("abcd", 1, 2))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span.from_text("abcd", 0, 2).overlaps(Span.from_text("abcd", 2, 4))
        False
        """
        return self.start < other.end and other.start < self.end


_new_object = object.__new__
_set_start = Span.__dict__["start"].__set__  # the slots' descriptors (a frozen class's __setattr__ raises)
_set_end = Span.__dict__["end"].__set__
_set_text = Span.__dict__["text"].__set__


def span_unchecked(start: int, end: int, text: str) -> Span:
    """The span of *text* at ``[start, end)``, for a caller that has checked it fits (no validator runs).

    For the text layer, whose spans share the int and str objects of its tokens, and for unpickling.

    >>> span_unchecked(3, 7, "said")
    Span(start=3, end=7, text='said')
    """
    span: Span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span


_unpickle_span = span_unchecked  # the name pickles made by earlier versions refer to


def unchecked_maker(cls: type[_T], *fields: str) -> Callable[..., _T]:
    """A maker of frozen slotted *cls* from the values of *fields*, in order, that skips attrs' ``__init__``
    (no validator or converter runs): for values that come from claimkit's own structures.

    :func:`span_unchecked` is the same, written out for the text layer's hottest path.

    >>> make = unchecked_maker(Span, "start", "end", "text")
    >>> make(3, 7, "said")
    Span(start=3, end=7, text='said')
    """
    setters = tuple(cls.__dict__[name].__set__ for name in fields)  # the slots' (or properties') setters

    def make(*values: object) -> _T:
        made: _T = _new_object(cls)
        for set_slot, value in zip(setters, values, strict=True):
            set_slot(made, value)
        return made

    return make


# --------------------------------------------------------------------------- time


@attrs.frozen(kw_only=True)
class TimeValue:
    """A normalized time: a half-open interval ``[start, end)`` plus its TIMEX3 value.

    *start* and *end* are naive datetimes in the document's own frame (the
    publication's local time): claimkit never consults a time zone it was not given.
    Either may be ``None`` when it is unknown (a duration with no anchor, "the past").

    >>> v = TimeValue(
    ...     timex="2017-04",
    ...     kind=TimeKind.DATE,
    ...     granularity=Granularity.MONTH,
    ...     start=dt.datetime(2017, 4, 1),
    ...     end=dt.datetime(2017, 5, 1),
    ... )
    >>> v.timex, v.granularity.value
    ('2017-04', 'month')
    """

    timex: str
    """The TIMEX3 ``value``: "2017-07-26", "2017-04", "2017-W30", "P3M", "PAST_REF"..."""
    kind: TimeKind
    granularity: Granularity
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    mod: TimeMod | None = attrs.field(default=None, converter=_time_mod)
    """The TIMEX3 ``mod`` where one applies (:attr:`TimeMod.APPROX`, :attr:`TimeMod.START`, ...);
    a string such as ``"START"`` is converted."""
    begin_point: str | None = None
    """For a range ("from 3 to 5 May"), the TIMEX3 value of its first end; *timex* is its duration
    and ``[start, end)`` the interval covering both ends."""
    end_point: str | None = None
    """For a range, the TIMEX3 value of its last end."""

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and not self.start < self.end:
            msg = f"time interval must have start < end, got {self.start!r} .. {self.end!r}"
            raise InvalidInputError(msg)


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A time expression found in the text, with its normalized value.

    *value* is ``None`` when the expression was recognized but could not be normalized.
    *anchor* is the value it was resolved against when that is not the publication
    date (for "two days ago" inside a quote said in April, the April value).
    """

    span: Span
    value: TimeValue | None = None
    anchor: TimeValue | None = None


# --------------------------------------------------------------------------- actors


@attrs.frozen(kw_only=True)
class Actor:
    """Someone or something that can speak or be spoken about.

    >>> Actor(id="russia", name="Russia", kind=ActorKind.COUNTRY).name
    'Russia'
    """

    id: str = attrs.field(validator=_nonempty)
    """Stable within one analysis, derived from the canonical name."""
    name: str = attrs.field(validator=_nonempty)
    """The canonical name: "France", "Jane Doe", "U.S. military officials"."""
    kind: ActorKind = ActorKind.UNKNOWN
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    part_of: str | None = None
    """The id of the actor this one belongs to or speaks for (a ministry's country)."""
    role: str | None = None
    """A title or role as written: "Russian Foreign Minister", "spokesman"."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)


# --------------------------------------------------------------------------- statements


@attrs.frozen(kw_only=True)
class Evidence:
    """Which named rule decided part of a statement, and the text it matched.

    *rule* is a stable name from the table in the attribution guide
    (``"quote-then-said-verb"``, ``"according-to"``, ``"pronoun-nearest-subject"`` ...);
    *span* is the text the rule matched, ``None`` when it matched no text of its own.

    >>> Evidence(rule="according-to", span=Span.from_text("According to aides, ...", 0, 12)).span.text
    'According to'
    """

    rule: str = attrs.field(validator=_nonempty)
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Statement:
    """Who said what, when: one attribution found in the text.

    *content* covers the whole content (for a quote interrupted by its attribution,
    from the first piece to the last); *content_parts* lists the pieces themselves.
    """

    id: str
    kind: StatementKind
    content: Span
    content_parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    speaker: Actor | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    stance: Stance = Stance.ASSERT
    time: TimeValue | None = None
    time_source: TimeSource | None = None
    """Where *time* comes from: the statement's own clause, its narrative context, the dateline, or the
    publication date (a reporting verb in the past or present tense with no stated time); ``None``
    when *time* is ``None``."""
    via: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Ids of the actors that relay this statement, outermost first ("CNN reported ...")."""
    continues: str | None = None
    """The id of the statement this one continues (a quote's next paragraph)."""
    addressee: Actor | None = None
    doc_id: str | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)
    """The named rules that chose the content and the speaker, in the order they decided."""


# --------------------------------------------------------------------------- claims


@attrs.frozen(kw_only=True)
class Argument:
    """A claim's subject or object: the words, and the actor they refer to, if any."""

    text: str
    span: Span | None = None
    actor_id: str | None = None


@attrs.frozen(kw_only=True)
class Claim:
    """A proposition in a statement's content.

    "Russia is not supplying weapons to the group" gives subject Russia,
    predicate "supply", object "weapons", recipient the group, polarity negative.
    """

    id: str
    statement_id: str
    span: Span
    subject: Argument | None
    predicate: str
    """The predicate's lemma ("supply", "maintain contact with")."""
    predicate_class: PredicateClass | None = attrs.field(default=None, converter=_predicate_class)
    """The class of synonymous and converse predicates it belongs to (``PredicateClass.TRANSFER_WEAPONS``);
    ``None`` for other verbs. A str given here is converted."""
    object: Argument | None = None
    recipient: Argument | None = None
    polarity: Polarity = Polarity.POSITIVE
    certainty: float = 1.0
    """1.0 for a plain assertion; lower when hedged ("allegedly", "suggested")."""
    hedges: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    time: TimeValue | None = None
    doc_id: str | None = None


# --------------------------------------------------------------------------- quantities


@attrs.frozen(kw_only=True)
class Quantity:
    """A figure or a rank in a statement's content, as :mod:`claimkit.quantities` reads it.

    The value stands for the interval ``[low, high]`` (*high* ``None``: unbounded) that
    the wording allows: "about 50 million" is 45 to 55 million, "no more than 20 million"
    0 to 30 million, "31 million" 30.5 to 31.5 million.

    >>> import claimkit
    >>> a = claimkit.analyze('Officials said "as many as 80 people were killed."', published="2020-01-01")
    >>> q = a.quantities[0]
    >>> q.number.text, q.value, q.approximation.value, q.unit, q.concept
    ('80', 80.0, 'up_to', 'people', 'deaths')
    """

    id: str
    statement_id: str
    kind: QuantityKind
    span: Span
    """The whole phrase: "as many as 64 million app users", "the second biggest"."""
    number: Span
    """The figure itself: "64 million", "twelve", "second biggest"."""
    value: float
    """The figure ("64 million": 64000000.0), or the place in the ranking (1 for "largest")."""
    low: float
    high: float | None
    approximation: Approximation = Approximation.EXACT
    unit: str = ""
    """The counted noun as written ("app users", "station entries"), "" when unsaid."""
    concept: str | None = None
    """What is measured: a concept key from the package data ("deaths", "audience"),
    else the counted noun's head ("entry"); ``None`` when nothing says."""
    predicate: str | None = None
    """The verb the figure goes with, as a lemma ("cut" in "will cut 1,200 jobs"); ``None`` when none."""
    polarity: Polarity = Polarity.POSITIVE
    time: TimeValue | None = None
    """The time the figure is given for ("as of December", "in 2014"), from the clause."""
    period: TimeValue | None = None
    """For a rank, the window it ranks in ("in 25 years"); ``None``: all time or unsaid."""
    context: Span | None = None
    """The sentence the figure was read from."""
    doc_id: str | None = None


# --------------------------------------------------------------------------- relations


@attrs.frozen(kw_only=True)
class Relation:
    """Two statements that contradict or agree, with a score in [0, 1] and reasons."""

    kind: RelationKind
    a: Statement
    b: Statement
    score: float
    reasons: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    """The claims the relation rests on, *a*'s first."""


ReasonsOf = Callable[[Relation], tuple[str, ...]]
"""What makes a relation's reasons from the relation itself (:func:`relation_reasoned_by`)."""

# A relation's reasons are read through a property over the ``reasons`` slot: the slot holds the tuple, or,
# for a relation made by ``relation_reasoned_by``, the function that makes it from the relation's own
# statements and claims. Everything that reads ``reasons`` (equality, hashing, repr, pickling, JSON, the
# store) gets the tuple either way; ``__init__`` and unpickling store through the property's setter.
_reasons_slot = Relation.__dict__["reasons"]


def _relation_reasons(relation: Relation) -> tuple[str, ...]:
    held = _reasons_slot.__get__(relation, Relation)
    return held if type(held) is tuple else held(relation)


type.__setattr__(Relation, "reasons", property(_relation_reasons, _reasons_slot.__set__))
_make_relation = unchecked_maker(Relation, "kind", "a", "b", "score", "claims", "reasons")


def relation_reasoned_by(
    *,
    kind: RelationKind,
    a: Statement,
    b: Statement,
    score: float,
    claims: tuple[Claim, ...],
    reasons_of: ReasonsOf,
) -> Relation:
    """A relation whose :attr:`~Relation.reasons` are made by ``reasons_of(relation)`` each time they are read.

    For relating, which makes a relation for every related pair of a long text: reason strings quote
    both statements (about 300 bytes a relation), while *reasons_of*, one function shared by many
    relations, costs none. The relation compares, hashes, prints and serializes as the one made with
    ``Relation(..., reasons=reasons_of(relation))``. *claims* must be a tuple of claims (no
    converter runs).

    >>> s = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text("No.", 0, 3))
    >>> def reasons_of(r: Relation) -> tuple[str, ...]:
    ...     return (f"{r.a.id} agrees",)
    >>> r = relation_reasoned_by(kind=RelationKind.AGREES, a=s, b=s, score=0.5, claims=(), reasons_of=reasons_of)
    >>> r.reasons
    ('s1 agrees',)
    >>> r == Relation(kind=RelationKind.AGREES, a=s, b=s, score=0.5, reasons=("s1 agrees",))
    True
    """
    return _make_relation(kind, a, b, score, claims, reasons_of)


# --------------------------------------------------------------------------- analysis


@attrs.frozen(kw_only=True, repr=False)
class Analysis:
    """Everything claimkit found in one text.

    Build one with :func:`claimkit.analyze`; turn it into JSON with :meth:`to_json`
    and back with :meth:`from_json` (a lossless round trip).

    Its ``repr()`` is a short summary (counts and the first statements) that fits
    one screen; in a Jupyter notebook it shows itself as the HTML view
    (:meth:`_repr_html_`).
    """

    text: str
    doc_id: str | None = None
    published: dt.date | None = None
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    times: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_times)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantities)
    """Figures and ranks in the statements' content (:mod:`claimkit.quantities`)."""
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """What went wrong but did not stop the analysis (a quotation never closed), as
    messages; each was also emitted as a :class:`~claimkit.ClaimkitWarning`."""

    def __repr__(self) -> str:
        """A summary that fits one screen: the counts, then the first statements.

        >>> Analysis(text="Nothing to see.", doc_id="a1")
        <Analysis 'a1': 15 characters, 0 statements, 0 actors, 0 times, 0 claims, 0 relations>
        """
        from claimkit.render import text_summary  # noqa: PLC0415  (cycle)

        return text_summary(self)

    def _repr_html_(self) -> str:
        """The HTML view, for Jupyter and other notebooks: the article with speakers, quotes
        and times highlighted, and the relations beside it.

        Its CSS is scoped to the view (it does not restyle the notebook), it loads nothing,
        and it reads the same when a notebook strips its script (that only adds hover and jump).

        >>> Analysis(text="Hi.")._repr_html_().startswith('<div class="ck-notebook"')
        True
        """
        from claimkit.render import render_fragment  # noqa: PLC0415  (cycle)

        return render_fragment(self)

    def statement(self, statement_id: str) -> Statement:
        """The statement with this id.

        Raises:
            NotFoundError: if there is none (a :class:`KeyError` too).

        >>> Analysis(text="").statement("s1")
        Traceback (most recent call last):
          ...
        claimkit.errors.NotFoundError: no statement with id 's1'
        """
        for s in self.statements:
            if s.id == statement_id:
                return s
        msg = f"no statement with id {short_repr(statement_id)}"
        raise NotFoundError(msg)

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id.

        Raises:
            NotFoundError: if there is none (a :class:`KeyError` too).
        """
        for a in self.actors:
            if a.id == actor_id:
                return a
        msg = f"no actor with id {short_repr(actor_id)}"
        raise NotFoundError(msg)

    def to_dict(self) -> dict[str, Any]:
        """This analysis as plain JSON-compatible data.

        >>> Analysis(text="Hi.").to_dict()["text"]
        'Hi.'
        """
        from claimkit._serialize import analysis_to_dict  # noqa: PLC0415  (cycle)

        return analysis_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an analysis from :meth:`to_dict` output.

        >>> a = Analysis(text="Hi.")
        >>> Analysis.from_dict(a.to_dict()) == a
        True

        Raises:
            SerializationError: if *data* is not a serialized analysis.
        """
        from claimkit._serialize import analysis_from_dict  # noqa: PLC0415  (cycle)

        return analysis_from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """This analysis as JSON text."""
        import json  # noqa: PLC0415

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Analysis:
        """Rebuild an analysis from :meth:`to_json` output.

        Raises:
            SerializationError: if *text* is not JSON of a serialized analysis.
        """
        import json  # noqa: PLC0415

        from claimkit.errors import SerializationError  # noqa: PLC0415

        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError) as e:
            msg = f"not JSON: {e}"
            raise SerializationError(msg) from e
        if not isinstance(data, dict):
            msg = f"expected a JSON object, got {type(data).__name__}"
            raise SerializationError(msg)
        return cls.from_dict(data)


def spans_of(analysis: Analysis) -> Iterable[Span]:
    """Every span anywhere in *analysis* (for checking the offsets invariant)."""
    yield from analysis.sentences
    for a in analysis.actors:
        yield from a.mentions
    for t in analysis.times:
        yield t.span
    for s in analysis.statements:
        yield from _statement_spans(s)
    for q in analysis.quantities:
        yield q.span
        yield q.number
        if q.context is not None:
            yield q.context
    for c in analysis.claims:
        yield c.span
        yield from (arg.span for arg in (c.subject, c.object, c.recipient) if arg is not None and arg.span is not None)


def _statement_spans(s: Statement) -> Iterable[Span]:
    yield s.content
    yield from s.content_parts
    yield from (span for span in (s.speaker_span, s.cue_span) if span is not None)
    yield from (e.span for e in s.evidence if e.span is not None)
