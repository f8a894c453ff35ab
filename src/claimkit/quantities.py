"""Quantities: figures and ranks in statements, and the relations numbers give.

News disagrees in numbers as often as in words: a death toll of 12 against 140 dead,
"as many as 64 million users" against "no more than 20 million people", "the largest
audience ever" against "the second biggest in 25 years". This module reads each
statement's content for

* **counts**: a figure with its approximation ("about", "at least", "up to", "as many
  as", "no more than", "exactly", or a round figure read to its last significant digit),
  spelled numbers ("twelve", "1.5 million") and vague ones ("tens of thousands"), the
  counted noun ("app users"), the measured concept ("deaths" for "died", "killed",
  "a death toll of"; "audience" for "viewers", "watched"), its polarity ("100 people did
  not die"; a denied content is negative) and the date the clause gives it for;
* **ranks**: a superlative on a measured concept ("the largest audience", "viewership
  was the second biggest"), with its window ("ever", "in history": all time; "in 25
  years", "since 1981": that window).

Every figure is an interval (:class:`~claimkit.model.Quantity` ``low`` / ``high``), and
two statements' figures relate when they measure the same concept (same concept key,
compatible counted nouns, shared topic words in their sentences) at compatible times:

* intervals apart: **contradicts** ("12 dead" / "140 dead"), or, when the same source
  gives both at different times, **changed** with a reason starting "revised";
* intervals overlapping (rounding, "about"): **agrees**, for different sources;
* a denied figure against the same figure asserted: contradicts;
* ranks: in windows one inside the other, the inner rank can not be worse than the outer
  ("largest ever" / "second biggest in 25 years" contradict; "third-largest" /
  "second biggest in 25 years" do not);
* different dates, different concepts, different counted nouns: no relation.

Contradictions between the same source's statements at different times (a later
account against an earlier one, whatever found them) become ``RelationKind.CHANGED``.
The word lists are package data (``quantity_terms.tsv``, ``approximators.tsv``,
the number words of ``claimkit.lang.wordclass.number_words``, the ordinals and units of ``time_words.tsv``).

>>> import claimkit
>>> a = claimkit.analyze(
...     'Police said 12 people died in the fire. "At least 140 people died," a doctor said.',
...     published="2020-03-02",
... )
>>> [(q.number.text, q.concept, q.approximation.value) for q in a.quantities]
[('12', 'deaths', 'exact'), ('140', 'deaths', 'at_least')]
>>> r = a.relations[0]
>>> r.kind.value, r.reasons[1]
('contradicts', 'incompatible figures for the same quantity (deaths): 12 people / At least 140 people')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs

from claimkit.claims import split_clauses
from claimkit.lang import timewords
from claimkit.lang.morphology import lemmatize, verb_key
from claimkit.lang.names import not_names
from claimkit.lang.resources import rows, table, wordlist
from claimkit.lang.wordclass import (
    AUXILIARIES,
    DETERMINERS,
    number_words,
    personal_pronouns,
    possessive_determiners,
    rank_restrictors,
    sentence_starters,
    stopwords,
)
from claimkit.model import (
    Approximation,
    Granularity,
    Polarity,
    Quantity,
    QuantityKind,
    Relation,
    RelationKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    TimeKind,
    TimeValue,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from claimkit.model import Actor, Analysis, TimeExpression
    from claimkit.text import Document, Token

# Enum members read in the hot paths, bound once: a member read off its Enum class goes through the class's
# attribute hook in Python 3.11 (about ten times the cost of a global).
_AGREES, _CHANGED, _CONTRADICTS = RelationKind.AGREES, RelationKind.CHANGED, RelationKind.CONTRADICTS
_ASK, _DENY, _DISMISS, _RETRACT = Stance.ASK, Stance.DENY, Stance.DISMISS, Stance.RETRACT
_COUNT, _RANK = QuantityKind.COUNT, QuantityKind.RANK
_DIRECT = StatementKind.DIRECT
_NEGATIVE, _POSITIVE = Polarity.NEGATIVE, Polarity.POSITIVE

__all__ = [
    "Source",
    "bound_relations",
    "denies_other_figure",
    "extract_quantities",
    "merge_relations",
    "quantity_relations",
    "reported_by",
]

MAX_RATIO = 50.0
"""Figures further apart than this factor are taken to count different things, not to dispute one."""
STORY_NAMES = 3
"""Names two articles share to count as one story (a figure's sentence then needs one shared word)."""
MAX_PARTNERS = 64
"""Figures of one concept compared with each figure, nearest first (keeps the work linear)."""
MAX_RELATIONS_PER_STATEMENT = 12
"""Relations a statement keeps at most, the strongest, whatever gave them (claims, figures, changed accounts).
Pairs are no longer looked for once a statement has twice as many candidates: the output and
the memory grow with the number of statements, not with the number of pairs (news: at most 9)."""
ABOUT = 0.1
"""The relative width "about", "some", "nearly" give a figure on each side."""
ROUNDING = 0.05
"""The most a round figure ("500,000") is taken to be off, relative to its value."""

_SCORE_CONFLICT = 0.75
_SCORE_RANK = 0.7
_SCORE_AGREE = 0.7
_SCORE_CHANGED = 0.75
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ALNUM = re.compile(r"[^\W_]+")
_QUOTES = frozenset({"“", "”", '"', "'", "‘", "’", "``", "''", "(", ")"})
_UNIT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
_HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOT_COUNTS = frozenset({"times", "fold", "o'clock", "am", "pm", "a.m.", "p.m."})
_MIN_WORD_NUMBER = 2
_WORD_NUMBER_MAX = 100
_SCALE_MIN = 100
_CONCEPT_WINDOW = 8
_PERIOD_WINDOW = 8
_MARKER_BEFORE = 30
_MARKER_AFTER = 12
_MIN_TOPIC = 3
_REPORT_HEAD = 3  # words before a nested content that may name the report carrying it
_RANK_SCALE = "size"  # the scale of superlatives.tsv a rank of a figure is on ("largest", "biggest")


# --------------------------------------------------------------------------- lexicon


@attrs.frozen
class _Lex:
    numbers: dict[str, float]
    approximators: dict[tuple[str, ...], Approximation]
    approximator_starts: frozenset[str]  # the first words of the approximators
    longest: int
    concepts: dict[str, str]
    concept_keys: frozenset[str]  # the measured concepts the data names ("deaths", "audience")
    cumulative: frozenset[str]  # concepts whose count only grows ("deaths")
    currencies: dict[str, str]  # "$" -> "dollar"
    percent: frozenset[tuple[str, ...]]
    persons: frozenset[str]
    vague: dict[tuple[str, ...], tuple[float, float]]
    superlatives: frozenset[str]
    records: frozenset[str]
    all_time: frozenset[tuple[str, ...]]
    rank_restrictors: frozenset[str]
    earlier: frozenset[str]
    later: frozenset[str]
    ordinals: dict[str, int]
    time_units: frozenset[str]
    negation: frozenset[str]
    calendar: frozenset[str]  # month and weekday names
    stopwords: frozenset[str]
    starts: frozenset[str]  # words a figure or a rank may start with
    ignore: frozenset[str]  # words that say nothing about the topic


@functools.cache
def _terms() -> dict[str, list[tuple[str, str]]]:
    terms: dict[str, list[tuple[str, str]]] = {}
    for row in rows("quantity_terms.tsv"):
        terms.setdefault(row[0], []).append((row[1], row[2] if len(row) > 2 else ""))
    return terms


def currency_units() -> dict[str, str]:
    """Currency signs written before a figure, and the unit each stands for (``quantity_terms.tsv``).

    >>> currency_units()["$"]
    'dollar'
    """
    return dict(_terms().get("currency", ()))


def concept_words() -> dict[str, str]:
    """Words naming what a figure or a rank measures, and the concept key each stands for
    (``quantity_terms.tsv``): a crowd is attendance, viewers and ratings are the audience.

    >>> concept_words()["crowd"], concept_words()["ratings"]
    ('attendance', 'audience')
    """
    return dict(_lex().concepts)


@functools.cache
def _lex() -> _Lex:
    terms = _terms()
    approximators = {tuple(k.split()): Approximation(v[1]) for k, v in table("approximators.tsv").items() if len(v) > 1}
    vague = {}
    for word, value in terms.get("vague", ()):
        lo, _, hi = value.partition("-")
        vague[tuple(word.split())] = (float(lo), float(hi))
    time_words = rows("time_words.tsv")
    ordinals = dict(timewords.rank_ordinals())
    units = {r[1] for r in time_words if r[0] == "unit"}
    calendar = {r[1].rstrip(".") for r in time_words if r[0] in ("month", "weekday")}
    concepts = dict(terms.get("concept", ()))
    numbers = dict(number_words())
    cues = {r[0].split()[0] for r in rows("cues.tsv")}
    superlatives = {k for k, v in table("superlatives.tsv").items() if v[0] == _RANK_SCALE}
    titles = {w for r in rows("titles.tsv") for w in r[0].lower().rstrip(".").split()}
    ignore = (
        stopwords()
        | sentence_starters()
        | {w.lower() for w in not_names()}
        | titles
        | wordlist("generic_nouns.txt")
        | concepts.keys()
        | numbers.keys()
        | ordinals.keys()
        | calendar
        | cues
        | {w for k in approximators for w in k}
        | superlatives
        | {w for w, _ in terms.get("person", ())}
    )
    return _Lex(
        numbers=numbers,
        approximators=approximators,
        approximator_starts=frozenset(k[0] for k in approximators),
        longest=max((len(k) for k in approximators), default=1),
        concepts=concepts,
        concept_keys=frozenset(concepts.values()),
        cumulative=frozenset(w for w, _ in terms.get("cumulative", ())),
        currencies=dict(terms.get("currency", ())),
        percent=frozenset(tuple(w.split()) for w, _ in terms.get("percent", ())),
        persons=frozenset(w for w, _ in terms.get("person", ())),
        vague=vague,
        superlatives=frozenset(superlatives),
        records=frozenset(w for w, _ in terms.get("record", ())),
        all_time=frozenset((w,) for w in wordlist("all_time.txt")),
        rank_restrictors=rank_restrictors(),
        earlier=frozenset(w for w, _ in terms.get("earlier", ())),
        later=frozenset(w for w, _ in terms.get("later", ())),
        ordinals=ordinals,
        time_units=frozenset(units | {u + "s" for u in units}),
        negation=wordlist("negation.txt"),
        calendar=frozenset(calendar),
        stopwords=stopwords(),
        starts=frozenset(
            {*numbers, *(k[0] for k in vague), *superlatives, *ordinals, *(w for w, _ in terms.get("record", ()))}
        ),
        ignore=frozenset(ignore),
    )


# --------------------------------------------------------------------------- extraction


def _low(t: Token) -> str:
    return t.text.lower().replace("’", "'")


@attrs.frozen
class _Figure:
    value: float
    low: float
    high: float | None
    start: int  # clause index of the figure's first token
    end: int  # one past its last token
    approximation: Approximation
    precision: float  # the unit of its last significant digit; 0 for a vague count ("thousands")


def _digits(text: str) -> tuple[float, float] | None:
    """A written number and the unit of its last significant digit ("420,000" -> 420000, 10000)."""
    if not _NUMBER.match(text):
        return None
    plain = text.replace(",", "")
    value = float(plain)
    if "." in plain:
        return value, 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped) if stripped else 0
    return value, 10.0**zeros


def _number_at(clause: Sequence[Token], i: int, lex: _Lex) -> tuple[float, float, int] | None:
    """(value, precision, end) of a number starting at clause index *i*, scale words included."""
    word = _low(clause[i])
    read = _digits(word)
    if read is None:
        parts = word.split("-")
        if all(p in lex.numbers and lex.numbers[p] < _WORD_NUMBER_MAX for p in parts):
            total = sum(lex.numbers[p] for p in parts)
            if total < _MIN_WORD_NUMBER:
                return None  # "one", "a": an article more often than a count
            read = (total, 1.0)
    if read is None:
        return None
    value, precision = read
    end = i + 1
    while end < len(clause) and lex.numbers.get(_low(clause[end]), 0) >= _SCALE_MIN:
        scale = lex.numbers[_low(clause[end])]
        value, precision = value * scale, precision * scale
        end += 1
    return value, precision, end


def _approximation(clause: Sequence[Token], i: int, lex: _Lex) -> tuple[Approximation | None, int]:
    """The approximator ending just before clause index *i*, and where it starts."""
    k = i
    while k > 0 and clause[k - 1].text in _QUOTES:
        k -= 1
    for n in range(min(lex.longest, k), 0, -1):
        words = tuple(_low(t) for t in clause[k - n : k])
        found = lex.approximators.get(words)
        if found is not None:
            return found, k - n
    return None, i


def _figure(clause: Sequence[Token], i: int, lex: _Lex) -> _Figure | None:
    for words, (lo, hi) in lex.vague.items():
        n = len(words)
        if tuple(_low(t) for t in clause[i : i + n]) == words:
            return _Figure(lo, lo, hi, i, i + n, Approximation.ABOUT, 0.0)
    read = _number_at(clause, i, lex)
    if read is None:
        return None
    value, precision, end = read
    if end < len(clause) and _low(clause[end]) in _NOT_COUNTS:
        return None  # "three times more", "40 percent"
    if end == i + 1 and _YEAR.match(clause[i].text) and (end == len(clause) or clause[end].tag not in _HEAD_TAGS):
        return None  # "in 2019," a year, not a count
    approx, _ = _approximation(clause, i, lex)
    round_figure = precision > 1 and value >= precision
    half = min(precision / 2, ROUNDING * value) if round_figure else precision / 2
    kind = approx or (Approximation.ROUNDED if round_figure else Approximation.EXACT)
    low, high = _interval(value, half, kind)
    return _Figure(value, low, high, i, end, kind, precision)


def _interval(value: float, half: float, kind: Approximation) -> tuple[float, float | None]:
    if kind is Approximation.EXACT:
        return value - half, value + half
    if kind is Approximation.ROUNDED:
        return value - half, value + half
    if kind is Approximation.ABOUT:
        return value * (1 - ABOUT) - half, value * (1 + ABOUT) + half
    if kind is Approximation.AT_LEAST:
        return value, None
    if kind is Approximation.AT_MOST:
        return 0.0, value
    # UP_TO: the figure may reach the value; a lower reading is another estimate
    return value * (1 - ABOUT) - half, value + half


@attrs.frozen
class _Ctx:
    doc: Document
    statement: Statement
    times: tuple[TimeExpression, ...]
    published: dt.date | None
    lex: _Lex
    in_times: frozenset[int]  # starts of the tokens inside time expressions
    time_order: tuple[int, ...]  # indexes into *times*, by start
    time_starts: tuple[int, ...]  # the start of each time in *time_order*'s order
    longest_time: int  # the length of the longest time expression
    sentences: dict[int, Span]  # each sentence's span by its index, made once per call (figures share it)


def extract_quantities(
    doc: Document,
    statements: Sequence[Statement],
    times: Sequence[TimeExpression] = (),
    *,
    published: dt.date | None = None,
) -> tuple[Quantity, ...]:
    """The figures and ranks in each statement's content.

    Questions and retractions make none. A denied content (``Stance.DENY``) turns the polarity round.

    Args:
        doc: The parsed document the statements were found in.
        statements: The statements whose content to read.
        times: The document's time expressions (a figure's date; numbers inside them are no figures).
        published: The publication date, the end of a rank's window ("in 25 years") when the
            statement has no time of its own.

    Returns:
        The quantities in statement order, then text order; ids ``q1``, ``q2``, ...

    >>> from claimkit.text import TextProcessor
    >>> from claimkit.model import Span, Statement, StatementKind
    >>> text = "No more than 20 million people were affected."
    >>> doc = TextProcessor.from_lexicons().parse(text)
    >>> s = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
    >>> [q] = extract_quantities(doc, [s])
    >>> q.span.text, q.value, q.low, q.high, q.approximation.value, q.concept
    ('No more than 20 million people', 20000000.0, 0.0, 20000000.0, 'at_most', 'affected')
    """
    lex = _lex()
    out: list[Quantity] = []
    timed = tuple(t for t in times if t.span.end <= len(doc.text))
    in_times = frozenset(tok.start for t in timed for tok in doc.tokens_in(t.span.start, t.span.end))
    order = tuple(sorted(range(len(timed)), key=lambda n: timed[n].span.start))
    starts = tuple(timed[n].span.start for n in order)
    longest = max((t.span.end - t.span.start for t in timed), default=0)
    sentences: dict[int, Span] = {}
    for statement in statements:
        if statement.stance in (_ASK, _RETRACT):
            continue  # a question or a retraction puts no figure forward
        ctx = _Ctx(doc, statement, timed, published, lex, in_times, order, starts, longest, sentences)
        for part in statement.content_parts or (statement.content,):
            if part.end > len(doc.text) or doc.text[part.start : part.end] != part.text:
                continue  # a statement from another text
            if not _may_hold(part.text, lex):
                continue  # the common case: no digit and no word a figure or a rank starts with
            for clause in split_clauses(doc.tokens_in(part.start, part.end)):
                out.extend(_clause_quantities(ctx, clause))
    out = _innermost(out, {s.id: s for s in statements})
    return tuple(attrs.evolve(q, id=f"q{i}") for i, q in enumerate(out, 1))


def _innermost(found: list[Quantity], by_id: dict[str, Statement]) -> list[Quantity]:
    """A figure said once: of one speaker's statements nested in each other, the innermost gives it.

    A figure in a statement nested in another speaker's ("Roe cited a story saying it was
    the second biggest") stays with both: each of them puts it forward. Of one speaker's
    statements, one carrying a report ("referenced a story saying ...") gives the figure
    besides the report's words nested in it (:func:`reported_by`): those are the report's.
    """
    holders: dict[tuple[int, int, str | None], list[Statement]] = {}
    for q in found:
        s = by_id[q.statement_id]
        group = holders.setdefault((q.number.start, q.number.end, _speaker_key(s)), [])
        if all(t is not s for t in group):
            group.append(s)
    chosen = {key: _holders(group) for key, group in holders.items()}
    return [
        q
        for q in found
        if any(
            t is by_id[q.statement_id]
            for t in chosen[(q.number.start, q.number.end, _speaker_key(by_id[q.statement_id]))]
        )
    ]


def _holders(group: list[Statement]) -> list[Statement]:
    """The statements of *group* (one speaker's, around one figure) that put the figure forward:
    the innermost, and a statement carrying it as a report's words (the report is another voice)."""
    inner = min(group, key=lambda t: len(t.content))
    return [inner, *(t for t in group if reported_by(t, inner))]


def reported_by(outer: Statement, inner: Statement) -> bool:
    """Rule ``report-carrier``: *outer* puts forward a report whose words are *inner*, by one speaker.

    "Roe referenced a story saying viewership was the second biggest": the speaker's act is
    the outer statement (its content opens with a report noun phrase: "a story saying ..."); the
    nested words are the story's, even when they were given the same speaker.

    >>> from claimkit.model import Actor, ActorKind, Span, Statement, StatementKind
    >>> text = "a story saying it was the second biggest"
    >>> who = Actor(id="roe", name="Roe", kind=ActorKind.PERSON)
    >>> outer = Statement(id="s1", kind=StatementKind.INDIRECT, speaker=who, content=Span.from_text(text, 0, 40))
    >>> inner = Statement(id="s2", kind=StatementKind.INDIRECT, speaker=who, content=Span.from_text(text, 15, 40))
    >>> reported_by(outer, inner), reported_by(inner, outer)
    (True, False)
    """
    if not outer.content.contains(inner.content) or outer.content == inner.content:
        return False
    if outer.speaker is None or inner.speaker is None or outer.speaker.id != inner.speaker.id:
        return False
    head = _WORD.findall(outer.content.text[: inner.content.start - outer.content.start].lower())
    if not head or (head[0] not in DETERMINERS and head[0] not in possessive_determiners()):
        return False  # "it will report a write-off": a verb, not a report put forward
    return any(w in _report_nouns() for w in head[1:_REPORT_HEAD])


@functools.cache
def _report_nouns() -> frozenset[str]:
    return wordlist("report_nouns.txt")


def _speaker_key(s: Statement) -> str | None:
    return s.speaker.id if s.speaker is not None else None


def _in_time(ctx: _Ctx, token: Token) -> bool:
    return token.start in ctx.in_times


def _lows(doc: Document, clause: list[Token]) -> list[str]:
    """Each token's :func:`_low`: the document's ``folds``, made once per document, when the clause is a run of
    its tokens (:func:`~claimkit.claims.split_clauses` drops only the tokens between clauses)."""
    lo = doc.first_token_from(clause[0].start)
    hi = lo + len(clause)
    if hi <= len(doc.tokens) and doc.tokens[lo] is clause[0] and doc.tokens[hi - 1] is clause[-1]:
        return list(doc.folds[lo:hi])
    return [_low(t) for t in clause]


def _clause_quantities(ctx: _Ctx, clause: list[Token]) -> list[Quantity]:
    out: list[Quantity] = []
    lex = ctx.lex
    lows = _lows(ctx.doc, clause)
    if not any(_may_start(w, lex) for w in lows):
        return out
    polarity = _polarity(ctx, lows)
    dates: _ClauseDates | None = None
    i = 0
    while i < len(clause):
        if not _may_start(lows[i], lex) or _in_time(ctx, clause[i]):
            i += 1
            continue
        rank = _rank(ctx, clause, i, polarity)
        if rank is not None:
            out.append(rank)
            i += 1
            continue
        fig = _figure(clause, i, lex)
        if fig is None:
            i += 1
            continue
        if dates is None:
            dates = _clause_dates(ctx, clause)  # once per clause, for all its figures
        quantity = _count(ctx, clause, fig, polarity, dates)
        if quantity is not None:
            out.append(quantity)
        i = fig.end
    return out


_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def _may_hold(text: str, lex: _Lex) -> bool:
    """Whether a figure or a rank may start anywhere in *text*: one test for what :func:`_may_start` tests per token.

    A token's first part (before a hyphen, quotes stripped) is one of the text's runs of letters.
    """
    return _DIGIT.search(text) is not None or not lex.starts.isdisjoint(map(str.lower, _LETTERS.findall(text)))


def _may_start(word: str, lex: _Lex) -> bool:
    """Whether a figure or a rank may start at this word (a cheap test before the real one)."""
    return word[:1].isdigit() or word.split("-", maxsplit=1)[0].strip("\"'“”‘’") in lex.starts


def _polarity(ctx: _Ctx, lows: list[str]) -> Polarity:
    """Negative when a negation outside an approximator ("no more than") is in the clause (*lows*: its words)."""
    lex = ctx.lex
    in_approximator: set[int] = set()
    for k in range(len(lows)):
        if lows[k] not in lex.approximator_starts:
            continue
        for n in range(lex.longest, 1, -1):
            if tuple(lows[k : k + n]) in lex.approximators:
                in_approximator.update(range(k, k + n))
                break
    negated = any(w in lex.negation and k not in in_approximator for k, w in enumerate(lows))
    if ctx.statement.stance is _DENY:
        negated = not negated
    return _NEGATIVE if negated else _POSITIVE


def _unit(clause: list[Token], k: int, ctx: _Ctx, *, vague: bool = False) -> tuple[int, int]:
    """The counted noun after a figure: clause indices [start, end), empty when none.

    It runs to the first plural noun or concept word ("64 million app users",
    "12 dead", "31 million viewers watched ...": viewers).
    """
    start = k
    while start < len(clause) and clause[start].text in _QUOTES:
        start += 1
    if vague and start < len(clause) and _low(clause[start]) == "of":
        start += 1  # "tens of thousands of protesters"
    end = start
    while end < len(clause) and end - start < 4:
        t = clause[end]
        if t.tag not in _UNIT_TAGS or _in_time(ctx, t):
            break
        end += 1
        if t.tag in ("NNS", "NNPS") or _low(t) in ctx.lex.concepts:
            break
    while end > start and clause[end - 1].tag not in _HEAD_TAGS and _low(clause[end - 1]) not in ctx.lex.concepts:
        end -= 1
    return start, end


def _concept(clause: list[Token], at: int, head: str, lex: _Lex) -> str | None:
    """What a figure measures: its counted noun's concept ("viewers": audience), else the
    nearest concept word in its clause ("died": deaths), else "people" or the noun itself
    ("200 accounts")."""
    if head in lex.concepts:
        return lex.concepts[head]
    nearest = _nearest_concept(clause, at, lex, _CONCEPT_WINDOW)
    if nearest is not None:
        return nearest
    if head in lex.persons:
        return "people"
    return _singular(head) if head else None


def _predicate(clause: list[Token], at: int, lex: _Lex) -> str | None:
    """The lemma of the verb nearest the figure in its clause, auxiliaries and speech verbs aside."""
    best: tuple[int, str] | None = None
    for k, t in enumerate(clause):
        if not t.tag.startswith("VB") or not t.text[:1].isalpha():
            continue
        lemma = lemmatize(t.text, t.tag)
        if lemma in AUXILIARIES or lemma in lex.ignore:
            continue
        if best is None or abs(k - at) < best[0]:
            best = (abs(k - at), lemma)
    return best[1] if best is not None else None


def _nearest_concept(clause: list[Token], at: int, lex: _Lex, window: int) -> str | None:
    best: tuple[int, str] | None = None
    for k, t in enumerate(clause):
        concept = lex.concepts.get(_low(t))
        if concept is not None and abs(k - at) <= window and (best is None or abs(k - at) < best[0]):
            best = (abs(k - at), concept)
    return best[1] if best is not None else None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@attrs.frozen
class _ClauseDates:
    """The dates of one clause, read once for all its figures (see :func:`_clause_time`)."""

    ks: tuple[int, ...]
    """Index in the clause of each date's first token, ascending."""
    found: tuple[tuple[int, int, TimeValue], ...]
    """``(k, order in the document's times, value)`` of each date, sorted."""
    digits: tuple[int, ...]
    """``digits[i]``: how many of the clause's first *i* tokens hold a figure outside a time."""

    def between(self, k: int, at: int) -> int:
        """How many tokens strictly between *k* and *at* hold a figure outside a time."""
        lo, hi = sorted((k, at))
        return self.digits[hi] - self.digits[lo + 1] if hi > lo + 1 else 0


def _clause_dates(ctx: _Ctx, clause: list[Token]) -> _ClauseDates:
    """The dates in *clause* a figure may be given for: not used as a modifier ("the 2016
    election", "Friday's ceremony" date something else). One pass, bisecting the clause."""
    starts = [tok.start for tok in clause]
    found: list[tuple[int, int, TimeValue]] = []
    # only the times that may overlap the clause: those starting before its last token and at most
    # the longest time's length before its first
    lo = bisect.bisect_left(ctx.time_starts, clause[0].start - ctx.longest_time)
    hi = bisect.bisect_right(ctx.time_starts, clause[-1].start)
    for order in ctx.time_order[lo:hi]:
        t = ctx.times[order]
        v = t.value
        if v is None or v.kind is not TimeKind.DATE or v.start is None:
            continue
        if t.span.end <= clause[0].start or t.span.start > clause[-1].start:
            continue  # no token of the clause starts inside it
        k = bisect.bisect_left(starts, t.span.start)
        if k >= len(clause) or clause[k].start >= t.span.end:
            continue
        last = bisect.bisect_left(starts, t.span.end) - 1
        after = clause[last + 1] if last + 1 < len(clause) else None
        if after is not None and (after.tag in _HEAD_TAGS or after.text in ("'s", "’s")):
            continue
        found.append((k, order, v))
    found.sort(key=lambda x: (x[0], x[1]))
    digits = [0]
    for tok in clause:
        digits.append(digits[-1] + (not _in_time(ctx, tok) and _digits(_low(tok)) is not None))
    return _ClauseDates(ks=tuple(x[0] for x in found), found=tuple(found), digits=tuple(digits))


def _clause_time(dates: _ClauseDates, at: int) -> TimeValue | None:
    """The date a figure at clause token *at* is given for: the nearest date of its clause with
    no other figure in between (of two as near, the one the document names first).

    Only the nearest date on each side can qualify: a farther one on the same side has every
    token of the nearer one's gap in its own. So each figure costs two bisections, and a
    clause of *n* tokens costs O(n log n) however many figures and dates it holds.
    """
    ks, found = dates.ks, dates.found
    j = bisect.bisect_right(ks, at)
    best: tuple[int, int, TimeValue] | None = None  # (distance, order, value)
    sides = []
    if j > 0:
        sides.append(bisect.bisect_left(ks, ks[j - 1]))  # the nearest at or before the figure
    if j < len(ks):
        sides.append(j)  # the nearest after it
    for first in sides:
        k, order, value = found[first]  # of the dates starting at one token, the first named
        if dates.between(k, at):
            continue
        if best is None or (abs(k - at), order) < best[:2]:
            best = (abs(k - at), order, value)
    return best[2] if best is not None else None


def _count(ctx: _Ctx, clause: list[Token], fig: _Figure, polarity: Polarity, dates: _ClauseDates) -> Quantity | None:
    lex = ctx.lex
    u_start, u_end = _share(clause, fig.end, lex)
    if u_end == u_start:
        u_start, u_end = _unit(clause, fig.end, ctx, vague=fig.precision == 0)
    head = _low(clause[u_end - 1]) if u_end > u_start else ""
    if head in lex.time_units:
        return None  # "36 years", "two days": a duration
    _, a_start = _approximation(clause, fig.start, lex)
    first = min(a_start, fig.start)
    if first > 0 and _low(clause[first - 1]) in lex.currencies:
        first -= 1  # "$5 billion"
        head = _low(clause[first])
    last = max(fig.end, u_end) - 1
    doc = ctx.doc
    unit = doc.text[clause[u_start].start : clause[u_end - 1].end] if u_end > u_start else ""
    if head in lex.currencies:
        unit = clause[first].text
    return Quantity(
        id="q",
        statement_id=ctx.statement.id,
        kind=_COUNT,
        span=doc.span(clause[first].start, clause[last].end),
        number=doc.span(clause[fig.start].start, clause[fig.end - 1].end),
        value=fig.value,
        low=max(0.0, fig.low),
        high=fig.high,
        approximation=fig.approximation,
        unit=unit,
        concept=_concept(clause, fig.start, _unit_class(unit, lex) if unit else "", lex),
        predicate=_predicate(clause, fig.start, lex),
        polarity=polarity,
        time=_clause_time(dates, fig.start),
        context=_sentence(ctx, clause[fig.start].start),
        doc_id=ctx.statement.doc_id,
    )


def _share(clause: list[Token], k: int, lex: _Lex) -> tuple[int, int]:
    """ "percent", "%", "per cent" right after a figure: clause indices [start, end), empty when none."""
    for words in lex.percent:
        if tuple(_low(t) for t in clause[k : k + len(words)]) == words:
            return k, k + len(words)
    return k, k


def _sentence(ctx: _Ctx, offset: int) -> Span:
    """The span of the sentence at *offset*: one object per sentence, whatever number of figures it holds."""
    doc = ctx.doc
    k = doc.sentence_index_at(offset)
    if k is None:
        return doc.span(offset, offset)
    span = ctx.sentences.get(k)
    if span is None:
        s = doc.sentences[k]
        span = ctx.sentences[k] = doc.span(s.start, s.end)
    return span


def _rank(ctx: _Ctx, clause: list[Token], i: int, polarity: Polarity) -> Quantity | None:
    """A superlative on a measured concept at clause index *i*: "the second biggest audience"."""
    lex = ctx.lex
    word = _low(clause[i]).strip("\"'“”‘’")
    place, start = 1, i
    head, _, tail = word.rpartition("-")
    if head and head in lex.ordinals and tail in lex.superlatives:
        place = lex.ordinals[head]  # "third-largest"
    elif word in lex.superlatives or (word in lex.records and _record_word(clause, i)):
        k = i - 1
        while k >= 0 and clause[k].text in _QUOTES:
            k -= 1
        if k >= 0 and _low(clause[k]) in lex.ordinals and word in lex.superlatives:
            place, start = lex.ordinals[_low(clause[k])], k
    else:
        return None
    concept = _nearest_concept(clause, i, lex, len(clause))
    if concept is None or _restricted(lex, clause, i):
        return None
    doc = ctx.doc
    return Quantity(
        id="q",
        statement_id=ctx.statement.id,
        kind=_RANK,
        span=doc.span(clause[start].start, clause[i].end),
        number=doc.span(clause[start].start, clause[i].end),
        value=float(place),
        low=float(place),
        high=float(place),
        concept=concept,
        polarity=polarity,
        period=_period(ctx, clause, i),
        context=_sentence(ctx, clause[i].start),
        doc_id=ctx.statement.doc_id,
    )


def _restricted(lex: _Lex, clause: list[Token], i: int) -> bool:
    """A rank narrowed to a place, group or period ("in the city", "this year") with no all-time word."""
    words = [_low(t) for t in clause[i + 1 : i + 1 + _PERIOD_WINDOW]]
    if any(tuple(words[k : k + len(p)]) == p for k in range(len(words)) for p in lex.all_time):
        return False
    for k, w in enumerate(words):
        if w == "since" or (w in ("in", "over", "for") and k + 2 < len(words) and words[k + 2] in ("years", "decades")):
            return False  # a window _period reads
        if w in lex.rank_restrictors:
            return True
    return False


def _record_word(clause: list[Token], i: int) -> bool:
    """'record' as a rank: an adjective ("record crowds", "were record-setting"), not the noun after a
    determiner or a possessive ("the record", "its record") nor "on record"."""
    if i == 0:
        return True
    before = _low(clause[i - 1])
    return not (before == "on" or before in DETERMINERS or before in possessive_determiners())


def _period(ctx: _Ctx, clause: list[Token], i: int) -> TimeValue | None:
    """The window a rank holds in: ``None`` for all time ("ever", "in history") or none said."""
    lex = ctx.lex
    words = [_low(t) for t in clause[i + 1 : i + 1 + _PERIOD_WINDOW]]
    for k in range(len(words)):
        if any(tuple(words[k : k + len(p)]) == p for p in lex.all_time):
            return None
        if words[k] in ("in", "over", "for") and k + 2 < len(words) and words[k + 2] in ("years", "decades"):
            read = _digits(words[k + 1]) or ((lex.numbers[words[k + 1]], 1.0) if words[k + 1] in lex.numbers else None)
            if read is not None:
                years = int(read[0]) * (10 if words[k + 2] == "decades" else 1)
                return _window_back(ctx, years)
        if words[k] == "since" and k + 1 < len(words) and re.fullmatch(r"1[5-9]\d\d|20\d\d", words[k + 1]):
            end = _reference(ctx)
            start = dt.datetime(int(words[k + 1]), 1, 1)
            if end is not None and start < end:
                return TimeValue(
                    timex=f"{words[k + 1]}/..", kind=TimeKind.DATE, granularity=Granularity.YEAR, start=start, end=end
                )
    return None


def _reference(ctx: _Ctx) -> dt.datetime | None:
    t = ctx.statement.time
    if t is not None and t.end is not None:
        return t.end
    if ctx.published is not None:
        return dt.datetime(ctx.published.year, ctx.published.month, ctx.published.day) + dt.timedelta(days=1)
    return None


def _window_back(ctx: _Ctx, years: int) -> TimeValue:
    end = _reference(ctx)
    start = None
    if end is not None:
        try:
            start = end.replace(year=end.year - years)
        except ValueError:
            start = end.replace(year=end.year - years, day=28)
    return TimeValue(timex=f"P{years}Y", kind=TimeKind.DURATION, granularity=Granularity.YEAR, start=start, end=end)


# --------------------------------------------------------------------------- relating


@attrs.frozen(kw_only=True)
class Source:
    """One document's statements and quantities, as :func:`quantity_relations` reads them."""

    statements: tuple[Statement, ...]
    quantities: tuple[Quantity, ...]
    actors: tuple[Actor, ...] = ()
    text: str = ""
    published: dt.date | None = None

    @classmethod
    def of(cls, analysis: Analysis) -> Source:
        """The source of an analysis."""
        return cls(
            statements=analysis.statements,
            quantities=analysis.quantities,
            actors=analysis.actors,
            text=analysis.text,
            published=analysis.published,
        )


class _Identity:
    """Who is the same source across documents: canonical names joined by their aliases."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self._parent: dict[str, str] = {}
        self._part_of: dict[tuple[int, str], str] = {}
        self._names: dict[tuple[int, str], str] = {}
        norms: dict[str, str] = {}  # names repeat: every statement's speaker is an actor again

        def norm(text: str) -> str:
            if text not in norms:
                norms[text] = _norm(text)
            return norms[text]

        for n, src in enumerate(sources):
            actors = list(src.actors) + [s.speaker for s in src.statements if s.speaker is not None]
            for actor in actors:
                name = norm(actor.name) or actor.id
                self._names[(n, actor.id)] = name
                for alias in actor.aliases:
                    if norm(alias):
                        self._union(name, norm(alias))
                if actor.part_of is not None:
                    self._part_of[(n, actor.id)] = actor.part_of

    def _find(self, x: str) -> str:
        parent = self._parent
        while (up := parent.get(x, x)) != x:
            grand = parent.get(up, up)
            parent[x] = grand  # path halving: the same root, and shorter chains for the next look-up
            x = grand
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[ra] = rb

    def key(self, n: int, actor_id: str) -> str:
        return self._find(self._names.get((n, actor_id), actor_id))

    def keys(self, n: int, actor_id: str) -> frozenset[str]:
        """The actor and what it speaks for ("the firm's chief executive": the firm)."""
        out, seen, current = set(), set(), actor_id
        while current is not None and current not in seen:
            seen.add(current)
            out.add(self.key(n, current))
            current = self._part_of.get((n, current))  # type: ignore[assignment]
        return frozenset(out)


def _norm(name: str) -> str:
    """A name's key: lower case, no possessive, no calendar word ("Sunday officials" is "officials")."""
    words = _ALNUM.findall(name.lower().replace("’", "'").replace("'s", ""))
    calendar = _lex().calendar
    return " ".join(w for w in words if w not in calendar) or " ".join(words)


@attrs.frozen(eq=False)
class _Item:
    quantity: Quantity
    statement: Statement
    doc: int
    root: str
    topic: frozenset[str]
    names: frozenset[str]
    unit: str


def _topic(text: str, lex: _Lex, memo: dict[str, str | None] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """Content words of a sentence, and the capitalized ones among them (names).

    *memo* holds each word's topic key for the call (None: a word that says nothing of the topic).
    """
    memo = {} if memo is None else memo
    words, names = set(), set()
    for k, m in enumerate(_WORD.finditer(text)):
        found = m.group()
        if found in memo:
            stem = memo[found]
        else:
            stem = memo[found] = _topic_key(found, lex)
        if stem is None:
            continue
        words.add(stem)
        if found[:1].isupper() and k > 0:
            names.add(stem)
    return frozenset(words), frozenset(names)


def _topic_key(word: str, lex: _Lex) -> str | None:
    """A word's key in a topic (its singular), or None for one that says nothing of the topic ("said")."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    if len(w) < _MIN_TOPIC or w in lex.ignore:
        return None
    stem = _singular(w)
    return None if stem in lex.ignore or lemmatize(w) in lex.ignore else stem


def _unit_class(unit: str, lex: _Lex) -> str:
    """What a counted noun counts: "people" for nouns counting people, a currency's name, "percent",
    else the noun's head in the singular."""
    low = unit.lower()
    if low in lex.currencies:
        return lex.currencies[low]
    if tuple(low.split()) in lex.percent:
        return "percent"
    words = low.split()
    if not words:
        return ""
    head = words[-1]
    return "people" if head in lex.persons else _singular(head)


def _items(sources: Sequence[Source], lex: _Lex) -> list[_Item]:
    out = []
    topics: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # figures share sentences
    memo: dict[str, str | None] = {}  # and sentences share words
    for n, src in enumerate(sources):
        by_id = {s.id: s for s in src.statements}
        for q in src.quantities:
            s = by_id.get(q.statement_id)
            if s is None or q.concept is None:
                continue
            context = q.context.text if q.context is not None else ""
            if context not in topics:
                topics[context] = _topic(context, lex, memo)
            words, names = topics[context]
            unit = _unit_class(q.unit, lex)
            # the counted noun is what the figures share by construction, not a sign of one topic
            words = words - {unit, *(_singular(w) for w in q.unit.lower().split())}
            out.append(_Item(q, s, n, _root(s, by_id), words, names, unit))
    return out


def _root(s: Statement, by_id: dict[str, Statement]) -> str:
    seen = {s.id}
    while s.continues is not None and s.continues in by_id and s.continues not in seen:
        seen.add(s.continues)
        s = by_id[s.continues]
    return s.id


def _may_relate(a: _Item, b: _Item) -> bool:
    if a.statement is b.statement:
        return False
    if a.doc == b.doc:
        if a.root == b.root:
            return False
        ca, cb = a.statement.content, b.statement.content
        if ca.overlaps(cb) and ca != cb:
            return False  # one statement nested in the other
    return True


def _same_topic(a: _Item, b: _Item, stories: _Stories) -> bool:
    """The two sentences share a name or two content words; one word is enough for articles
    of one story (they share ``STORY_NAMES`` names); in one document it is enough that they do
    not name different things ("12 died in A" / "140 died in B")."""
    shared = len(a.topic & b.topic)
    if a.names & b.names or shared >= 2:
        return True
    if a.doc == b.doc:
        return not (a.names and b.names)
    return shared == 1 and stories.same(a.doc, b.doc)


def _times_apart(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None or a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.end <= b.start or b.end <= a.start


def _apart(a: Quantity, b: Quantity) -> float:
    """How many times the larger figure is the smaller one."""
    x, y = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    return y / x


def _center(q: Quantity) -> float:
    if q.approximation is Approximation.UP_TO:
        return q.value
    return q.value if q.high is None else (q.low + q.high) / 2


def _count_verdict(a: Quantity, b: Quantity) -> bool | None:
    """True: the figures conflict; False: they agree; None: nothing follows."""
    neg_a, neg_b = a.polarity is _NEGATIVE, b.polarity is _NEGATIVE
    if neg_a and neg_b:
        return None
    if neg_a or neg_b:
        denied, said = (a, b) if neg_a else (b, a)
        c = _center(said)
        inside = denied.low <= c and (denied.high is None or c <= denied.high)
        return True if inside else None
    return (a.high is not None and a.high < b.low) or (b.high is not None and b.high < a.low)


def _contains(outer: TimeValue | None, inner: TimeValue | None) -> bool | None:
    """Whether window *outer* holds *inner* (``None``: all time); None when it can not be told."""
    if outer is None:
        return True
    if inner is None:
        return False
    if outer.start is None or outer.end is None or inner.start is None or inner.end is None:
        return outer.timex == inner.timex or None
    return outer.start <= inner.start and inner.end <= outer.end


def _rank_verdict(a: Quantity, b: Quantity) -> bool | None:
    """Ranks: inside a window, a place can only be as good as or better than outside it.

    A denied rank claims no place (what a denial denies is related from its claims)."""
    if a.polarity is _NEGATIVE or b.polarity is _NEGATIVE:
        return None
    if _contains(a.period, b.period) and b.value > a.value:
        return True  # b's window is inside a's, and b's place is worse
    if _contains(b.period, a.period) and a.value > b.value:
        return True
    if _contains(a.period, b.period) and _contains(b.period, a.period):
        return a.value != b.value
    return None


@attrs.frozen
class _Found:
    kind: RelationKind
    score: float
    reasons: tuple[str, ...]
    first: _Item
    second: _Item


def quantity_relations(sources: Sequence[Source], *, one_topic: bool = False) -> tuple[Relation, ...]:
    """Relations that figures and ranks give, within and across the sources.

    Figures of different documents must share a name or two content words in their
    sentences (they are about the same thing) unless *one_topic* says all the sources are
    about one thing (as :func:`claimkit.compare` does). Figures are grouped by concept, and
    each is compared with at most ``MAX_PARTNERS`` others of its group, so the work grows
    with the number of figures.

    >>> quantity_relations([])
    ()
    """
    return _quantity_relations(sources, _Identity(sources), one_topic=one_topic)


def _quantity_relations(sources: Sequence[Source], identity: _Identity, *, one_topic: bool) -> tuple[Relation, ...]:
    lex = _lex()
    items = _items(sources, lex)
    groups: dict[tuple[QuantityKind, str], list[int]] = {}
    for k, item in enumerate(items):
        groups.setdefault((item.quantity.kind, item.quantity.concept or ""), []).append(k)
    best: dict[tuple[int, int], _Found] = {}
    stories = _Stories(sources, lex)
    per_statement: dict[int, int] = {}  # pairs found per statement: beyond twice the cap, stop looking
    for members in groups.values():
        for n, i in enumerate(members):
            for j in members[n + 1 : n + 1 + MAX_PARTNERS]:
                if _saturated(per_statement, items[i].statement, items[j].statement):
                    continue
                found = _relate(items[i], items[j], sources, identity, one_topic=one_topic, stories=stories)
                if found is None:
                    continue
                pair = _pair(found.first.statement, found.second.statement)
                old = best.get(pair)
                if old is None:
                    _count_pair(per_statement, pair)
                if old is None or _strength(found) > _strength(old):
                    best[pair] = found
    out = [
        Relation(
            kind=f.kind,
            a=f.first.statement,
            b=f.second.statement,
            score=round(f.score, 3),
            reasons=f.reasons,
        )
        for f in best.values()
    ]
    out.sort(key=_relation_order)
    return tuple(out)


class _Stories:
    """Which documents are articles of one story: they share ``STORY_NAMES`` names (read on demand)."""

    def __init__(self, sources: Sequence[Source], lex: _Lex) -> None:
        self._sources = sources
        self._lex = lex
        self._names: dict[int, frozenset[str]] = {}

    def _of(self, n: int) -> frozenset[str]:
        if n not in self._names:
            self._names[n] = _topic(self._sources[n].text, self._lex)[1]
        return self._names[n]

    def same(self, x: int, y: int) -> bool:
        return len(self._of(x) & self._of(y)) >= STORY_NAMES


def _saturated(per_statement: dict[int, int], a: Statement, b: Statement) -> bool:
    """Whether either statement has twice :data:`MAX_RELATIONS_PER_STATEMENT` pairs found already."""
    return max(per_statement.get(id(a), 0), per_statement.get(id(b), 0)) >= 2 * MAX_RELATIONS_PER_STATEMENT


def _count_pair(per_statement: dict[int, int], pair: tuple[int, int]) -> None:
    for sid in pair:
        per_statement[sid] = per_statement.get(sid, 0) + 1


def bound_relations(relations: Iterable[Relation]) -> list[Relation]:
    """At most :data:`MAX_RELATIONS_PER_STATEMENT` relations per statement, in their order: the strongest
    kept (a contradiction or a changed account before an agreement, then the higher score, then the earlier).

    >>> bound_relations([])
    []
    """
    ordered = list(relations)
    kept: dict[int, int] = {}
    keep = [False] * len(ordered)
    strongest = sorted(range(len(ordered)), key=lambda n: (ordered[n].kind is _AGREES, -ordered[n].score))
    for n in strongest:
        ids = (id(ordered[n].a), id(ordered[n].b))
        if all(kept.get(i, 0) < MAX_RELATIONS_PER_STATEMENT for i in ids):
            keep[n] = True
            for i in ids:
                kept[i] = kept.get(i, 0) + 1
    return [r for n, r in enumerate(ordered) if keep[n]]


def _pair(a: Statement, b: Statement) -> tuple[int, int]:
    return (id(a), id(b)) if id(a) <= id(b) else (id(b), id(a))


def _strength(f: _Found) -> tuple[int, float, str]:
    return (f.kind is not _AGREES, f.score, f.reasons[-1])


def _relation_order(r: Relation) -> tuple[str, int, str, str, int, str]:
    return (str(r.a.doc_id or ""), r.a.content.start, r.a.id, str(r.b.doc_id or ""), r.b.content.start, r.b.id)


def _order_key(item: _Item) -> tuple[int, int, str]:
    return (item.doc, item.statement.content.start, item.statement.id)


def _relate(  # noqa: C901, PLR0912  one branch per case of comparing two quantities
    a: _Item,
    b: _Item,
    sources: Sequence[Source],
    identity: _Identity,
    *,
    one_topic: bool,
    stories: _Stories,
) -> _Found | None:
    qa, qb = a.quantity, b.quantity
    if not _may_relate(a, b) or qa.concept != qb.concept:
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None  # "12 children" / "140 people": different counts
    lex = _lex()
    if qa.concept not in lex.concept_keys:
        if a.unit in lex.currencies.values() or a.unit == "percent":
            return None  # a sum or a share of what? Only a measured concept says ("turnout of 40 percent")
        if qa.predicate is None or qb.predicate is None or verb_key(qa.predicate) != verb_key(qb.predicate):
            return None  # a count of a plain noun is of what is done to it: "cut 1,200 jobs" / "3,000 jobs at risk"
    if qa.kind is _COUNT and _apart(qa, qb) > MAX_RATIO:
        return None  # orders of magnitude apart: figures of different things
    if _times_apart(qa.time, qb.time):
        return None
    if not (one_topic or _same_topic(a, b, stories)):
        return None
    verdict = _count_verdict(qa, qb) if qa.kind is _COUNT else _rank_verdict(qa, qb)
    if verdict is None:
        return None
    first, second = (a, b) if _order_key(a) <= _order_key(b) else (b, a)
    said = (
        f"{_who(first.statement)} says “{first.quantity.span.text}”; "
        f"{_who(second.statement)} says “{second.quantity.span.text}”"
    )
    at_a, at_b = (first.statement, first.doc), (second.statement, second.doc)
    same = _same_source(at_a, at_b, identity)
    if not verdict:
        if same:
            return None  # the same source repeating itself
        return _Found(
            _AGREES,
            _SCORE_AGREE,
            (said, f"compatible figures for the same quantity ({qa.concept}): {_figures(first, second)}"),
            first,
            second,
        )
    if not same and qa.kind is _COUNT and qa.concept in _lex().cumulative:
        a_first = _a_first(at_a, at_b, sources)
        if a_first is not None:
            earlier, later = (first, second) if a_first else (second, first)
            if _center(later.quantity) > _center(earlier.quantity):
                return None  # a toll reported higher on a later day: an update, not a dispute
    a_first = _a_first(at_a, at_b, sources) if same else None
    if a_first is not None:
        earlier, later = (first, second) if a_first else (second, first)
        what = "revised" if qa.kind is _COUNT else "changed account"
        return _Found(
            _CHANGED,
            _SCORE_CHANGED,
            (
                (
                    f"{what}: {_who(earlier.statement)} first gave “{earlier.quantity.span.text}”, "
                    f"later “{later.quantity.span.text}”"
                ),
                f"the same source's figures for {qa.concept} differ: {_figures(earlier, later)}",
            ),
            first,
            second,
        )
    if qa.kind is _RANK:
        why = f"incompatible ranks for the same quantity ({qa.concept}): {_figures(first, second)}"
        return _Found(_CONTRADICTS, _SCORE_RANK, (said, why), first, second)
    why = f"incompatible figures for the same quantity ({qa.concept}): {_figures(first, second)}"
    return _Found(_CONTRADICTS, _SCORE_CONFLICT, (said, why), first, second)


def _figures(a: _Item, b: _Item) -> str:
    def one(q: Quantity) -> str:
        text = q.span.text
        if q.kind is _RANK:
            window = "all time" if q.period is None else q.period.timex
            text = f"{text} ({window})"
        return ("not " if q.polarity is _NEGATIVE else "") + text

    return f"{one(a.quantity)} / {one(b.quantity)}"


def _who(s: Statement) -> str:
    if s.speaker is not None:
        return s.speaker.name
    return s.speaker_span.text if s.speaker_span is not None else "the text"


def _same_source(a: tuple[Statement, int], b: tuple[Statement, int], identity: _Identity) -> bool:
    """One speaker, or one speaking for the other (a firm's chief executive, the firm)."""
    sa, sb = a[0].speaker, b[0].speaker
    if sa is None or sb is None:
        return False
    ka, kb = identity.keys(a[1], sa.id), identity.keys(b[1], sb.id)
    return identity.key(a[1], sa.id) in kb or identity.key(b[1], sb.id) in ka


def _marker(s: Statement, text: str, lex: _Lex) -> int:
    """-1 for an account marked earlier ("first said", "originally estimated"), 1 for later, 0."""
    anchor = s.cue_span or s.content
    if anchor.end > len(text):
        return 0
    near = text[max(0, anchor.start - _MARKER_BEFORE) : min(len(text), anchor.end + _MARKER_AFTER)]
    words = {w.lower() for w in re.findall(r"[^\W_]+", near)}
    if words & lex.earlier:
        return -1
    if words & lex.later:
        return 1
    return 0


def _moment(at: tuple[Statement, int], sources: Sequence[Source]) -> tuple[dt.datetime | None, dt.datetime | None]:
    t = at[0].time
    if t is not None and t.start is not None and t.end is not None and t.kind is TimeKind.DATE:
        return t.start, t.end
    published = sources[at[1]].published
    if published is None:
        return None, None
    start = dt.datetime(published.year, published.month, published.day)
    return start, start + dt.timedelta(days=1)


def _a_first(a: tuple[Statement, int], b: tuple[Statement, int], sources: Sequence[Source]) -> bool | None:
    """Whether statement *a* came before *b* (None: the texts do not say), from words near the
    cue ("first said", "originally", "later") or else from their times or publication dates."""
    lex = _lex()
    ma, mb = _marker(a[0], sources[a[1]].text, lex), _marker(b[0], sources[b[1]].text, lex)
    if ma != mb:
        return ma < mb
    (sa, ea), (sb, eb) = _moment(a, sources), _moment(b, sources)
    if sa is None or ea is None or sb is None or eb is None:
        return None
    if ea <= sb:
        return True
    if eb <= sa:
        return False
    return None


# --------------------------------------------------------------------------- merging


def merge_relations(
    relations: Iterable[Relation], sources: Sequence[Source], *, one_topic: bool = False
) -> tuple[Relation, ...]:
    """Relations from claims joined with those from figures; same-source contradictions over time marked.

    For a pair of statements both related: a contradiction from either side wins over an
    agreement (the numbers disagree though the words agree), else the claims' relation
    stays. A contradiction from claims whose sides deny one figure and assert another of the
    same quantity ("did not take data on up to 64 million users" / "took data on 50 million
    users") is dropped. A contradiction between the same source's statements at different times becomes
    ``RelationKind.CHANGED`` (a changed account).

    >>> merge_relations([], [])
    ()
    """
    figures = _figures_by_statement(sources)
    base = [r for r in relations if not _other_figure_denied(r, figures)]
    identity = _Identity(sources)
    extra = (*_quantity_relations(sources, identity, one_topic=one_topic), *_flipped_accounts(sources, identity))
    if extra:
        by_pair = {_pair_key(r.a, r.b): n for n, r in enumerate(base)}
        for r in extra:
            n = by_pair.get(_pair_key(r.a, r.b))
            if n is None:
                by_pair[_pair_key(r.a, r.b)] = len(base)
                base.append(r)
            elif base[n].kind is _AGREES and r.kind is not _AGREES:
                base[n] = r
        del by_pair
    if any(r.kind is _CONTRADICTS for r in base):
        base = _mark_changes(base, sources, identity)
    _sort_in_relation_order(base)
    return tuple(bound_relations(base))


def _pair_key(a: Statement, b: Statement) -> int:
    """:func:`_pair` as one int (a tuple of two ids is three objects: relating a 1 MB text keeps 144,000 pairs)."""
    x, y = id(a), id(b)
    return x << 64 | y if x <= y else y << 64 | x


def _sort_in_relation_order(relations: list[Relation]) -> None:
    """Sort *relations* in place on :func:`_relation_order`: one stable sort per side, on a key tuple made
    once per statement, not one per relation."""
    orders: dict[int, tuple[str, int, str]] = {}
    for r in relations:
        for s in (r.a, r.b):
            if id(s) not in orders:
                orders[id(s)] = (str(s.doc_id or ""), s.content.start, s.id)
    relations.sort(key=lambda r: orders[id(r.b)])
    relations.sort(key=lambda r: orders[id(r.a)])


def denies_other_figure(relation: Relation, sources: Sequence[Source]) -> bool:
    """Whether a contradiction's sides deny one figure and assert another of the same quantity.

    >>> denies_other_figure(Relation(kind=RelationKind.AGREES, a=_NOBODY, b=_NOBODY, score=1.0), [])
    False
    """
    return _other_figure_denied(relation, _figures_by_statement(sources))


def _figures_by_statement(sources: Sequence[Source]) -> dict[int, list[Quantity]]:
    figures: dict[int, list[Quantity]] = {}
    for src in sources:
        by_id = {s.id: s for s in src.statements}
        for q in src.quantities:
            if q.statement_id in by_id:
                figures.setdefault(id(by_id[q.statement_id]), []).append(q)
    return figures


def _other_figure_denied(r: Relation, figures: dict[int, list[Quantity]]) -> bool:
    """A contradiction whose sides deny and assert *different* figures of one quantity:
    "did not obtain data on up to 64 million users" leaves "obtained data on 50 million users"
    standing, whatever the words share."""
    if r.kind is not _CONTRADICTS:
        return False
    opposite = [
        (x, y)
        for x in figures.get(id(r.a), ())
        for y in figures.get(id(r.b), ())
        if x.kind is y.kind is _COUNT and x.concept == y.concept and x.polarity is not y.polarity
    ]
    return bool(opposite) and not any(_count_verdict(x, y) for x, y in opposite)


FLIP_OVERLAP = 0.8
"""Share of content words two accounts of one source must have in common for a negation to flip one."""


def _flipped_accounts(sources: Sequence[Source], identity: _Identity) -> list[Relation]:  # noqa: C901  one branch per case of two accounts of one quantity
    """One source's later account that negates its earlier one in the same words: "the minister
    had not resigned" then "the minister resigned" (or a denial, then the same content affirmed)."""
    lex = _lex()
    by_source: dict[str, list[tuple[Statement, int, str]]] = {}
    for n, src in enumerate(sources):
        by_id = {s.id: s for s in src.statements}
        for s in src.statements:
            if s.speaker is not None and s.stance not in (_ASK, _DISMISS, _RETRACT):
                by_source.setdefault(identity.key(n, s.speaker.id), []).append((s, n, _root(s, by_id)))
    out = []
    memo: dict[str, str | None] = {}  # a word's key in an account, None for a word that is none
    per_statement: dict[int, int] = {}  # accounts flipped per statement: beyond twice the cap, stop looking
    for said in by_source.values():
        if len(said) < 2 or len({_negated(s, lex) for s, _, _ in said}) < 2:
            continue  # one account, or all negated alike: no account flips another
        members = [(s, n, root, *_account(s, lex, memo)) for s, n, root in said]
        for k, (sa, na, ra, wa, ga) in enumerate(members):
            for sb, nb, rb, wb, gb in members[k + 1 : k + 1 + MAX_PARTNERS]:
                if ga == gb or len(wa & wb) < FLIP_OVERLAP * len(wa | wb) or _saturated(per_statement, sa, sb):
                    continue
                if na == nb and (ra == rb or (sa.content.overlaps(sb.content) and sa.content != sb.content)):
                    continue
                a_first = _a_first((sa, na), (sb, nb), sources)
                if a_first is None:
                    continue
                earlier, later = (sa, sb) if a_first else (sb, sa)
                first, second = (sa, sb) if (na, sa.content.start) <= (nb, sb.content.start) else (sb, sa)
                _count_pair(per_statement, (id(sa), id(sb)))
                out.append(
                    Relation(
                        kind=_CHANGED,
                        a=first,
                        b=second,
                        score=_SCORE_CHANGED,
                        reasons=(
                            _changed_note(earlier, later),
                            "the later account negates the earlier one in the same words: "
                            + ", ".join(sorted(wa & wb)),
                        ),
                    )
                )
    return out


_ACCOUNT_WORD = re.compile(r"[^\W_]+(?:['’]t)?")


def _account(s: Statement, lex: _Lex, memo: dict[str, str | None]) -> tuple[frozenset[str], bool]:
    """A statement's content words (as verb keys) and whether it is negated (a denial counts).

    *memo* holds each word's key for the call, by its spelling: None for no content word, ``_NEGATES``
    for a negation.
    """
    words = set()
    negated = s.stance is _DENY
    for m in _ACCOUNT_WORD.findall(s.content.text):
        key = memo.get(m, _UNSEEN)
        if key is _UNSEEN:
            w = m.lower().replace("’", "'")
            key = memo[m] = _NEGATES if w in lex.negation or w.endswith("n't") else _account_key(w, lex)
        if key is _NEGATES:
            negated = not negated
        elif key is not None:
            words.add(key)
    return frozenset(words), negated


_UNSEEN = "<unseen>"
_NEGATES = "<negates>"
"""Marks in :func:`_account`'s memo (no word key has "<" in it: keys are runs of letters)."""


def _negated(s: Statement, lex: _Lex) -> bool:
    """Whether :func:`_account` reads a statement as negated (without making its words)."""
    negated = s.stance is _DENY
    text = s.content.text
    if "n't" not in text.lower().replace("’", "'") and lex.negation.isdisjoint(map(str.lower, _ALNUM.findall(text))):
        return negated  # no word of it negates (a negation word with an apostrophe ends in "n't")
    for m in _ACCOUNT_WORD.findall(s.content.text):
        w = m.lower().replace("’", "'")
        if w in lex.negation or w.endswith("n't"):
            negated = not negated
    return negated


def _account_key(w: str, lex: _Lex) -> str | None:
    pronoun = w in personal_pronouns() or w in possessive_determiners()
    if len(w) < _MIN_TOPIC or w in lex.stopwords or pronoun or w.isdigit():
        return None
    lemma = lemmatize(w)
    return None if lemma in AUXILIARIES else verb_key(lemma)


def _mark_changes(relations: list[Relation], sources: Sequence[Source], identity: _Identity) -> list[Relation]:
    where: dict[int, tuple[int, str]] = {}
    for n, src in enumerate(sources):
        by_id = {s.id: s for s in src.statements}
        for s in src.statements:
            where[id(s)] = (n, _root(s, by_id))
    out = []
    for r in relations:
        if r.kind is _CONTRADICTS and id(r.a) in where and id(r.b) in where:
            at_a, at_b = (r.a, where[id(r.a)][0]), (r.b, where[id(r.b)][0])
            a_first = _a_first(at_a, at_b, sources) if _same_source(at_a, at_b, identity) else None
            if a_first is not None:
                earlier, later = (r.a, r.b) if a_first else (r.b, r.a)
                note = _changed_note(earlier, later)
                r = attrs.evolve(r, kind=_CHANGED, reasons=(note, *r.reasons))  # noqa: PLW2901
        out.append(r)
    return out


def _changed_note(earlier: Statement, later: Statement) -> str:
    def said(s: Statement) -> str:
        return f"{'denied' if s.stance is Stance.DENY else 'said'} “{_short(s)}”"

    return f"changed account: {_who(earlier)} first {said(earlier)}, later {said(later)}"


def _short(s: Statement) -> str:
    text = " ".join(s.content.text.split())
    return text if len(text) <= 80 else text[:77] + "..."


_NOBODY = Statement(id="s0", kind=_DIRECT, content=Span(start=0, end=0, text=""))
