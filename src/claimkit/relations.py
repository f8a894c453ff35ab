"""Relations: which statements contradict or agree, within and across documents.

Two statements **contradict** when claims they make share a proposition (the same
predicate class, matching arguments) and

* their polarities differ ("Freedonia is not supplying weapons" / "they received weapons
  from Freedonia"), or
* their predicates are antonyms ("the bill passed" / "the bill was rejected"), or
* they give incompatible numbers for the same quantity ("sent 730 troops" / "sent 1,000 troops"), or
* one predicate is exclusive ("only maintains contact with them") and the other claims a
  different relation between the same parties ("backs the group"): a weaker conflict, or
* one denies what the other says: a denial whose content is a reference ("denied the report",
  "There is no truth in the newspaper's story") is matched to the statements it refers to by the
  source it names, by the accused, by shared words and by recency, or
* they rank the same thing incompatibly ("the largest ever" / "the second biggest").

They **agree** when they share a proposition with the same polarity and are made by
different speakers. A statement never relates to itself, to its own continuation, to
a statement nested in it, nor agrees with the same speaker's other statements; claims
about periods that do not overlap never relate.

Claims are indexed by (predicate class, subject), so only claims that could relate are
ever compared: the work grows with the number of claims, not with its square. Two bounds
keep it so on any input, such as a text that repeats one paragraph thousands of times:
a claim is compared with at most ``MAX_PARTNERS`` (64) others of its index entry, the
nearest in document order, and a statement keeps at most ``MAX_RELATIONS_PER_STATEMENT``
(12, :mod:`claimkit.quantities`) relations, the strongest, those of figures included; word-for-word
repeats of a statement by the same speaker are related once. On news the bounds change nothing:
relating the 84 PolNeAR dev articles together finds the same 114 relations with and without them
(no statement has more than 9 relations).
Arguments match through actors (an actor and the actor it is part of: a ministry
speaks for its country), across documents through canonical names and aliases, and
otherwise through their content words ("Freedonian" meets "Freedonia").

>>> import claimkit
>>> r = claimkit.compare("Freedonia is not arming the group.", "The group received weapons from Freedonia.")
>>> r.kind.value, r.score > 0.5
('contradicts', True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Hashable
from operator import attrgetter
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

import attrs

from claimkit.claims import asserted_negations, double_negations, negated_cue, split_clauses
from claimkit.errors import InvalidInputError
from claimkit.lang import timewords, wordclass
from claimkit.lang.affiliations import wholes
from claimkit.lang.cues import cue_lexicon, report_verbs
from claimkit.lang.morphology import lemmatize, stem, third_person, verb_forms, verb_key
from claimkit.lang.names import name_key
from claimkit.lang.resources import rows, table, wordlist
from claimkit.lang.synonyms import synonym
from claimkit.model import ActorKind, Polarity, ReasonsOf, Relation, RelationKind, Stance, relation_reasoned_by
from claimkit.quantities import (
    MAX_RELATIONS_PER_STATEMENT,
    Source,
    concept_words,
    currency_units,
    merge_relations,
    reported_by,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from claimkit.model import Actor, Analysis, Argument, Claim, Statement, TimeValue
    from claimkit.text import Document, Token

# Enum members read in the hot paths, bound once: a member read off its Enum class goes through the class's
# attribute hook in Python 3.11 (about ten times the cost of a global).
_AGREES, _CHANGED, _CONTRADICTS = RelationKind.AGREES, RelationKind.CHANGED, RelationKind.CONTRADICTS
_ASK, _ASSERT, _CONFIRM, _DENY = Stance.ASK, Stance.ASSERT, Stance.CONFIRM, Stance.DENY
_DISMISS, _HEDGE, _RETRACT = Stance.DISMISS, Stance.HEDGE, Stance.RETRACT
_NEGATIVE, _POSITIVE = Polarity.NEGATIVE, Polarity.POSITIVE

__all__ = ["contrast_texts", "denial_parts", "different_periods", "find_relations", "relate", "word_key"]

DEFAULT_THRESHOLD = 0.4
"""The score :func:`find_relations` keeps relations from by default."""
MAX_PARTNERS = 64
"""Claims of one index entry (predicate class, subject) compared with each claim, nearest first."""
_MAX_CHAIN = 8
_SYMMETRIC_CLASSES = frozenset({"contact"})
_SPEAKS_FOR_PARENT = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})
_TRANSFER = "transfer"
_SCORE_POLARITY = 0.9
_SCORE_ANTONYM = 0.8
_SCORE_NUMBER = 0.75
_SCORE_AGREE = 0.8
_SCORE_EXCLUSIVE = 0.5
_PARTIAL_ARGS = 0.85  # factor when one side leaves the second argument unsaid
_APPROX = 0.2
_pronouns = wordclass.personal_pronouns  # pronouns identify nobody by themselves
_T = TypeVar("_T", bound=Hashable)
_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_DIGIT = re.compile(r"\d")
_EMPTY: frozenset[str] = frozenset()  # every empty set of words is this one (each frozenset() is a new object)


def _frozen(items: Iterable[str]) -> frozenset[str]:
    """``frozenset(items)``, or :data:`_EMPTY` when that is empty: a statement's sets of words are mostly empty."""
    return frozenset(items) or _EMPTY


@attrs.frozen
class _Lex:
    stopwords: frozenset[str]
    generic: frozenset[str]
    antonyms: frozenset[tuple[str, str]]
    antonyms_of: Mapping[str, tuple[str, ...]]  # the same pairs by their first verb key
    word_antonyms: frozenset[tuple[str, str]]  # the same pairs as word stems, for objects
    weapons: frozenset[str]
    quantities: dict[str, float]
    approximators: dict[str, str]
    negation: frozenset[str]
    falsity: frozenset[str]
    currencies: dict[str, str]  # "$" -> "dollar"


@functools.cache
def _lex() -> _Lex:
    pairs: set[tuple[str, str]] = set()
    words: set[tuple[str, str]] = set()
    for a, b, *_ in rows("antonyms.tsv"):
        ka, kb = verb_key(a), verb_key(b)
        pairs.update({(ka, kb), (kb, ka)})
        sa, sb = stem(a), stem(b)
        words.update({(sa, sb), (sb, sa)})
    antonyms_of: dict[str, list[str]] = {}
    for x, y in sorted(pairs):
        antonyms_of.setdefault(x, []).append(y)
    return _Lex(
        stopwords=wordclass.stopwords(),
        generic=wordlist("generic_nouns.txt"),
        antonyms=frozenset(pairs),
        antonyms_of={x: tuple(ys) for x, ys in antonyms_of.items()},
        word_antonyms=frozenset(words),
        weapons=wordlist("weapon_words.txt"),
        quantities=dict(wordclass.number_words()),
        approximators={k: v[0] for k, v in table("approximators.tsv").items()},
        negation=wordlist("negation.txt"),
        falsity=wordlist("falsity.txt"),
        currencies=currency_units(),
    )


# --------------------------------------------------------------------------- actors


def word_key(word: str) -> str:
    """A key on which forms of a word meet, a country and its demonym too.

    >>> word_key("Freedonians") == word_key("freedonia")
    True
    """
    return stem(word.lower())


class _Actors:
    """Actor identity: a key per actor, shared by its aliases and across documents."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._part_of: dict[tuple[object, str], str] = {}
        self._member_of: dict[tuple[object, str], str] = {}
        self._name: dict[tuple[object, str], str] = {}
        self._wholes: dict[tuple[object, str], tuple[str, ...]] = {}  # name keys of what it speaks for

    def _find(self, x: str) -> str:
        if x not in self._parent:
            return x
        root = x
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while self._parent.get(x, x) != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def add(self, doc: object, actor: Actor) -> None:
        key = (doc, actor.id)
        if key in self._name:
            return
        name = name_key(actor.name) or actor.id
        self._name[key] = name
        self._parent.setdefault(name, name)
        for alias in actor.aliases:
            a = name_key(alias)
            if a:
                self._parent.setdefault(a, a)
                ra, rn = self._find(a), self._find(name)
                if ra != rn:
                    self._parent[ra] = rn
        linked = tuple(name_key(w) for w in wholes(actor.name))  # "Google" speaks for "Alphabet"
        if linked:
            self._wholes[key] = linked
            for w in linked:
                self._parent.setdefault(w, w)
        if actor.part_of is not None:
            self._member_of[key] = actor.part_of
        if actor.part_of is not None and actor.kind in _SPEAKS_FOR_PARENT:
            # a ministry or a faction speaks for what it is part of; a person does not
            # speak for their country whenever they speak
            self._part_of[key] = actor.part_of

    def identity(self, doc: object, actor_id: str) -> str:
        """One key per actor: its canonical name's class."""
        name = self._name.get((doc, actor_id))
        # an actor nobody registered (relate() called without the document's actors): its id is its key
        return self._find(name if name is not None else actor_id)

    def known(self, doc: object, actor_id: str) -> bool:
        return (doc, actor_id) in self._name

    def name(self, doc: object, actor_id: str) -> str:
        return self._name.get((doc, actor_id), "")

    def members(self, doc: object, actor_id: str) -> frozenset[str]:
        """The actor and everything it is part of, people included (a chief executive's company)."""
        out = set()
        current: str | None = actor_id
        while current is not None and "@" + self.identity(doc, current) not in out:
            out.add("@" + self.identity(doc, current))
            current = self._member_of.get((doc, current))
        return frozenset(out)

    def member_names(self, doc: object, actor_id: str) -> list[str]:
        """The names of the actor and of everything it is part of."""
        out: list[str] = []
        current: str | None = actor_id
        while current is not None and len(out) < _MAX_CHAIN:
            name = self._name.get((doc, current)) or current.replace("-", " ")
            if name in out:
                break
            out.append(name)
            current = self._member_of.get((doc, current))
        return out

    def keys(self, doc: object, actor_id: str) -> frozenset[str]:
        """The actor and every actor it is part of."""
        out = set()
        seen = set()
        current: str | None = actor_id
        while current is not None and current not in seen:
            seen.add(current)
            out.add("@" + self.identity(doc, current))
            out.update("@" + self._find(w) for w in self._wholes.get((doc, current), ()))
            current = self._part_of.get((doc, current))
        return frozenset(out)


# --------------------------------------------------------------------------- entries


@attrs.frozen
class _Arg:
    actors: frozenset[str]
    words: frozenset[str]
    text: str
    registered: bool = False
    """Whether the actor and what it is part of are known (else its words count too)."""

    def known(self) -> bool:
        return bool(self.actors or self.words)

    def matches(self, other: _Arg) -> bool:
        if self.actors & other.actors:
            return True
        if self.actors and other.actors and self.registered and other.registered:
            return False
        return bool(self.words & other.words)


_NO_ARG = _Arg(frozenset(), frozenset(), "")


class _Stems:
    """Per-call memo of :func:`~claimkit.lang.morphology.stem` (words repeat across claims), and of the
    equal values the claims of one call share."""

    def __init__(self) -> None:
        self._stems: dict[str, str] = {}
        self._shared: dict[object, object] = {}

    def __call__(self, w: str) -> str:
        out = self._stems.get(w)
        if out is None:
            out = self._stems[w] = stem(w)
        return out

    def shared(self, value: _T) -> _T:
        """*value*, or the equal one given before (a long text's claims repeat the same object words:
        one set for all of them, not one each)."""
        return cast("_T", self._shared.setdefault(value, value))


@attrs.frozen(eq=False)
class _Entry:
    """One claim as claim matching sees it: its index keys made at once, its object's words when compared."""

    statement: Statement
    claim: Claim
    doc: object
    order: tuple[str, int, str]
    root: str
    family: str
    lemma: str
    subject: _Arg
    second: _Arg  # the recipient or, failing that, the object
    exclusive: bool
    relational: bool
    speaker: str | None
    stems: _Stems
    lex: _Lex

    # made on demand: few claims share an index entry with another, so few are ever compared

    @functools.cached_property
    def theme_words(self) -> frozenset[str]:
        """Stems of the object's content words (a pronoun object has none)."""
        theme = self.claim.object
        if theme is None or (theme.span is not None and theme.span.text.lower() in _pronouns()):
            return frozenset()  # "they were provided by X": the thing is only a pronoun
        lex, pronouns = self.lex, _pronouns()
        return self.stems.shared(
            frozenset(
                self.stems(w)
                for w in _WORD.findall(theme.text.lower())
                if w not in lex.stopwords and not _NUMBER.match(w) and w not in lex.quantities and w not in pronouns
            )
        )

    @functools.cached_property
    def _object_context(self) -> str:
        return self.stems.shared(_object_context(self.claim).lower())

    @functools.cached_property
    def theme_head(self) -> str:
        """The stem of the last word of the object and the few words before it."""
        head = _WORD.findall(self._object_context)
        return self.stems(head[-1]) if head else ""

    @functools.cached_property
    def numbers(self) -> tuple[tuple[float, float], ...]:
        """The figures of the object and the few words before it ("nearly 1,000 troops")."""
        return _numbers(self._object_context, self.lex)


def _arg_readings(
    arg: Argument, doc: object, actors: _Actors, lex: _Lex, stem_of: Callable[[str], str]
) -> tuple[_Arg, _Arg]:
    """An argument matched on its words, and matched on its specific words only ("the one" identifies
    nothing as an object); *stem_of*: ``stem`` or a memo of it."""
    keys = actors.keys(doc, arg.actor_id) if arg.actor_id is not None else frozenset()
    # a resolved argument answers to its actor's name, so an unresolved "Freedonian" still meets it
    text = (actors.name(doc, arg.actor_id) if arg.actor_id is not None else "") or arg.text
    every = _WORD.findall(_currency_words(text.lower(), lex))
    pronouns = _pronouns()
    content = [w for w in every if w not in lex.stopwords and not w.isdigit() and w not in pronouns]
    # "officials" alone identifies nobody, but it is all that "the officials" has to match on
    specific_words = [w for w in content if w not in lex.generic and w not in lex.quantities]
    # a counted generic noun ("12 members") is specific enough: the count is compared
    numbers = any(w.isdigit() or w in lex.quantities for w in every)
    counted = numbers and any(w not in lex.quantities for w in content)
    registered = arg.actor_id is not None and actors.known(doc, arg.actor_id)
    plain = _Arg(keys, frozenset("@" + stem_of(w) for w in (specific_words or content)), arg.text, registered)
    if specific_words or counted or not content:
        return plain, plain
    return plain, _Arg(keys, frozenset(), arg.text, registered)


def _currency_words(text: str, lex: _Lex) -> str:
    """*text* with each currency sign written as its unit: "$2 million" is "2 million dollar", so that
    the money is a thing a claim can be about."""
    if text.isalnum() or not any(sign in text for sign in lex.currencies):
        return text
    for sign in sorted(lex.currencies, key=len, reverse=True):
        text = text.replace(sign, f" {lex.currencies[sign]} ")
    return text


def _numbers(text: str, lex: _Lex) -> tuple[tuple[float, float], ...]:
    words = _WORD.findall(text.lower().replace(",", ""))
    if _DIGIT.search(text) is None and lex.quantities.keys().isdisjoint(words):
        return ()  # the common case: no figure
    return _read_numbers(words, lex)


def _read_numbers(words: list[str], lex: _Lex) -> tuple[tuple[float, float], ...]:
    """The figures of *words* as intervals, with their approximators ("about", "at least")."""
    out: list[tuple[float, float]] = []
    kind = "exact"
    i = 0
    while i < len(words):
        w = words[i]
        if w in lex.approximators:
            kind = lex.approximators[w]
        value: float | None = None
        if _NUMBER.match(w):
            value = float(w)
        elif w in lex.quantities and lex.quantities[w] < 100:
            value = lex.quantities[w]
        if value is not None:
            while i + 1 < len(words) and words[i + 1] in lex.quantities and lex.quantities[words[i + 1]] >= 100:
                value *= lex.quantities[words[i + 1]]
                i += 1
            if kind == "approx":
                out.append((value * (1 - _APPROX), value * (1 + _APPROX)))
            elif kind == "min":
                out.append((value, math.inf))
            elif kind == "max":
                out.append((0.0, value))
            else:
                out.append((value, value))
            kind = "exact"
        i += 1
    return tuple(out)


def _object_context(claim: Claim) -> str:
    """The object with the few words before it ("nearly 1,000 troops" though the object is "1,000 troops")."""
    obj = claim.object
    if obj is None:
        return ""
    if obj.span is None or not claim.span.contains(obj.span):
        return obj.text
    before = claim.span.text[: obj.span.start - claim.span.start].split()[-3:]
    return " ".join([*before, obj.span.text])


def _entries(
    pairs: Iterable[tuple[object, Statement, Sequence[Claim]]],
    actors: _Actors,
    lex: _Lex,
    roots: dict[str, str],
) -> list[_Entry]:
    out: list[_Entry] = []
    memo: dict[tuple[object, str | None, str], tuple[_Arg, _Arg]] = {}  # arguments repeat across claims
    stems = _Stems()

    def arg(a: Argument | None, doc: object, *, specific: bool = False) -> _Arg:
        if a is None:
            return _NO_ARG
        key = (doc, a.actor_id, a.text)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _arg_readings(a, doc, actors, lex, stems)
        return found[1] if specific else found[0]

    for doc, statement, claims in pairs:
        if not claims:
            continue
        root = roots.get(statement.id, statement.id)
        order = (str(statement.doc_id or doc), statement.content.start, statement.id)
        speaker = actors.identity(doc, statement.speaker.id) if statement.speaker is not None else None
        for claim in claims:
            cls = claim.predicate_class
            family = (
                _TRANSFER
                if cls is not None and cls.startswith(_TRANSFER)
                else cls or stems.shared("v:" + verb_key(synonym(claim.predicate)))  # "purchase" meets "buy"
            )
            second = arg(claim.recipient, doc) if cls is not None else arg(claim.object, doc, specific=True)
            out.append(
                _Entry(
                    statement=statement,
                    claim=claim,
                    doc=doc,
                    order=order,
                    root=root,
                    family=family,
                    lemma=verb_key(synonym(claim.predicate.split(" ")[0])),
                    subject=arg(claim.subject, doc),
                    second=second,
                    exclusive="only" in claim.hedges,
                    relational=cls is not None,
                    speaker=speaker,
                    stems=stems,
                    lex=lex,
                )
            )
    return out


# --------------------------------------------------------------------------- comparing


@attrs.frozen(weakref_slot=False)
class _Evidence:
    """A candidate relation: its score and the two claims; what the test that found it says (the kind of
    relation, its priority among candidates, its reason) is a class attribute of one subclass per test
    (:func:`_found_by`).

    Relating a long text holds hundreds of thousands of these while it chooses: each holds three
    values, and equal scores are one float (:func:`_consider`)."""

    kind: ClassVar[RelationKind]
    priority: ClassVar[int]
    reason: ClassVar[str]
    score: float
    a: _Entry
    b: _Entry


def _found_by(reason: str, kind: RelationKind, priority: int) -> type[_Evidence]:
    """The evidence class of one test: its *reason*, the *kind* of relation it finds, and the *priority* of
    that relation among the candidates."""
    return type(f"_By_{reason}", (_Evidence,), {"__slots__": (), "kind": kind, "priority": priority, "reason": reason})


_BY_POLARITY = _found_by("polarity", _CONTRADICTS, 4)
_BY_ANTONYM = _found_by("antonym", _CONTRADICTS, 3)
_BY_NUMBER = _found_by("number", _CONTRADICTS, 3)
_BY_AGREEMENT = _found_by("agree", _AGREES, 2)
_BY_EXCLUSION = _found_by("exclusive", _CONTRADICTS, 1)


def _theme_compatible(a: _Entry, b: _Entry) -> bool:
    """Whether two transfers are of the same kind of thing (weapons and rifles are; rifles and food are not)."""
    if a.family != _TRANSFER:
        return True
    wa = a.claim.predicate_class == "transfer-weapons"
    wb = b.claim.predicate_class == "transfer-weapons"
    if wa and wb:
        return True
    ta, tb = a.theme_words, b.theme_words
    if not ta or not tb:
        return True  # one side leaves the thing unsaid ("they were provided by X")
    return bool(ta & tb) and wa == wb


def _second_match(a: _Entry, b: _Entry) -> float | None:
    """1.0 if both name the second argument and it matches, a lower factor if one leaves it out."""
    if a.second.known() and b.second.known():
        if _word_clash(a, b, _lex()):
            return 1.0
        if not a.second.matches(b.second):
            return None
        if not a.relational and a.theme_head != b.theme_head and not _mostly_shared(a.theme_words, b.theme_words):
            return None  # "skeptical of officials" / "president of the country": one shared word is not enough
        return 1.0
    if not a.relational:
        return 1.0 if _intransitive(a, b) else None  # a generic verb needs both of its arguments
    return _PARTIAL_ARGS


def _intransitive(a: _Entry, b: _Entry) -> bool:
    """Rule ``intransitive-verb``: two claims of one verb of no predicate class with no object on either side
    ("the mayor resigned" / "the mayor did not resign") are about the subject alone: one actor, or mostly the same
    words ("flight attendants" / "flight assistants" share one word of two)."""
    if b.relational or a.claim.object is not None or b.claim.object is not None:
        return False
    return bool(a.subject.actors & b.subject.actors) or _mostly_shared(a.subject.words, b.subject.words)


def _mostly_shared(x: frozenset[str], y: frozenset[str]) -> bool:
    return bool(x and y) and 2 * len(x & y) > min(len(x), len(y))


def _args_match(a: _Entry, b: _Entry) -> float | None:
    if not a.subject.known() and not b.subject.known():
        # "X got the award" / "X declined the award": no giver on either side, so the
        # recipient and the thing itself must both match
        both = a.relational and b.relational and a.second.known() and b.second.known()
        if both and a.second.matches(b.second) and a.theme_words & b.theme_words:
            return _PARTIAL_ARGS
        return None
    if not (a.subject.known() and b.subject.known()):
        return None
    straight = a.subject.matches(b.subject)
    factor = _second_match(a, b) if straight else None
    swapped = a.family in _SYMMETRIC_CLASSES and a.second.known() and b.second.known()
    if factor is None and swapped and a.subject.matches(b.second) and a.second.matches(b.subject):
        factor = 1.0
    return factor


def _times_disjoint(a: Claim, b: Claim) -> bool:
    return a.time is not None and b.time is not None and _disjoint(a.time, b.time)


def _disjoint(ta: TimeValue, tb: TimeValue) -> bool:
    if ta.start is None or ta.end is None or tb.start is None or tb.end is None:
        return False
    return ta.end <= tb.start or tb.end <= ta.start


def _word_clash(a: _Entry, b: _Entry, lex: _Lex) -> tuple[str, str] | None:
    """Opposite words in the two objects: "was a liberal lawyer" / "was a conservative judge"."""
    if a.relational or b.relational:
        return None
    for x in a.theme_words:
        for y in b.theme_words:
            if (x, y) in lex.word_antonyms:
                return x, y
    return None


def _numbers_conflict(a: _Entry, b: _Entry) -> bool:
    if not a.numbers or not b.numbers or a.theme_head != b.theme_head or not a.theme_head:
        return False
    (lo_a, hi_a), (lo_b, hi_b) = a.numbers[0], b.numbers[0]
    return hi_a < lo_b or hi_b < lo_a


def _compare(a: _Entry, b: _Entry, lex: _Lex) -> tuple[type[_Evidence], float] | None:  # noqa: C901  ordered tests of two claims (predicate, arguments, polarity, time)
    if _times_disjoint(a.claim, b.claim):
        return None
    same_family = a.family == b.family
    antonym = (a.lemma, b.lemma) in lex.antonyms
    exclusive = (
        not same_family
        and a.relational
        and b.relational
        and (a.exclusive or b.exclusive)
        and a.claim.polarity is b.claim.polarity is _POSITIVE
    )
    if not (same_family or antonym or exclusive):
        return None
    factor = _args_match(a, b)
    if factor is None or (same_family and not _theme_compatible(a, b)):
        return None
    if not same_family and not a.relational and a.theme_words != b.theme_words and not (a.theme_words & b.theme_words):
        return None
    certainty = min(a.claim.certainty, b.claim.certainty)
    opposite = a.claim.polarity is not b.claim.polarity
    if antonym and not same_family:
        if opposite:
            return None
        return _BY_ANTONYM, _SCORE_ANTONYM * certainty * factor
    if exclusive:
        return _BY_EXCLUSION, _SCORE_EXCLUSIVE * certainty * factor
    if opposite:
        return _BY_POLARITY, _SCORE_POLARITY * certainty * factor
    clash = _word_clash(a, b, lex)
    if clash is not None:
        return _BY_ANTONYM, _SCORE_ANTONYM * certainty * factor
    if _numbers_conflict(a, b):
        return _BY_NUMBER, _SCORE_NUMBER * certainty * factor
    if bool(a.numbers) != bool(b.numbers):
        factor *= _PARTIAL_ARGS
    return _BY_AGREEMENT, _SCORE_AGREE * certainty * factor


def _who(s: Statement) -> str:
    if s.speaker is not None:
        return s.speaker.name
    return s.speaker_span.text if s.speaker_span is not None else "one text"


def _says(s: Statement) -> str:
    """The verb for a reason, agreeing with the speaker: "the ministry says", "officials say"."""
    plural = s.speaker is not None and s.speaker.kind is ActorKind.GROUP
    if s.stance is _DENY:
        return "deny" if plural else "denies"
    if s.stance is _HEDGE:
        return "suggest" if plural else "suggests"
    return "say" if plural else "says"


_CLASS_WORDING = {
    "transfer-weapons": ("supply weapons", "to"),
    "transfer": ("supply", "to"),
    "support": ("support", ""),
    "contact": ("maintain contact", "with"),
}


def _proposition(c: Claim) -> str:
    """The claim in its canonical direction: "Freedonia not supply weapons to the group"."""
    parts = [c.subject.text if c.subject else "someone"]
    if c.polarity is _NEGATIVE:
        parts.append("not")
    verb, prep = _CLASS_WORDING.get(c.predicate_class or "", (c.predicate, ""))
    parts.append(verb)
    if c.object is not None and c.predicate_class != "transfer-weapons":
        parts.append(c.object.text)
    if c.recipient is not None:
        parts.extend((prep, c.recipient.text) if prep else (c.recipient.text,))
    return " ".join(parts)


def _claim_reasons(reason: str, r: Relation) -> tuple[str, ...]:
    """The reasons of a relation of two claims, made from the relation when they are read
    (:func:`~claimkit.model.relation_reasoned_by`): *reason* names the test that related them."""
    a, b = r.claims
    sa, sb = r.a, r.b
    said = f"{_who(sa)} {_says(sa)} “{a.span.text}”; {_who(sb)} {_says(sb)} “{b.span.text}”"
    exclusive = "only" in a.hedges  # the first claim is the exclusive one ("only X")
    why = {
        "polarity": f"the same proposition with opposite polarity: {_proposition(a)} / {_proposition(b)}",
        "antonym": f"opposite predicates or attributes for the same parties: {_proposition(a)} / {_proposition(b)}",
        "number": f"incompatible numbers for the same quantity: {a.object.text if a.object else ''}"
        f" / {b.object.text if b.object else ''}",
        "exclusive": f"an exclusive claim (only {a.predicate if exclusive else b.predicate}) "
        f"against another relation ({b.predicate if exclusive else a.predicate})",
        "agree": f"the same proposition: {_proposition(a)}",
    }[reason]
    out = [said, why]
    hedged = [c.hedges for c in (a, b) if c.certainty < 1.0]
    if hedged:
        out.append("hedged: " + ", ".join(h for hs in hedged for h in hs if h != "only"))
    return tuple(out)


_REASONS_OF: dict[str, ReasonsOf] = {
    reason: functools.partial(_claim_reasons, reason)
    for reason in ("polarity", "antonym", "number", "exclusive", "agree")
}
"""One function per test that relates two claims, shared by every relation it makes."""


# --------------------------------------------------------------------------- relating


def _related(entries: list[_Entry], lex: _Lex) -> tuple[Relation, ...]:  # noqa: C901  ordered relation tests over the pairs of one key
    buckets: dict[tuple[str, str], list[int]] = {}
    by_lemma: dict[tuple[str, str], list[int]] = {}
    relational: dict[str, list[int]] = {}
    exclusive: dict[str, list[int]] = {}
    where: list[list[tuple[tuple[str, str], int]]] = []  # each entry's buckets and its place in them
    for i, e in enumerate(entries):
        keys = e.subject.actors | e.subject.words
        if not keys and e.relational:
            keys = frozenset("<" + k for k in e.second.actors | e.second.words)
        if e.family in _SYMMETRIC_CLASSES:
            keys |= e.second.actors | e.second.words
        places = []
        for k in sorted(keys):
            members = buckets.setdefault((e.family, k), [])
            places.append(((e.family, k), len(members)))
            members.append(i)
            by_lemma.setdefault((e.lemma, k), []).append(i)
            if e.relational:
                relational.setdefault(k, []).append(i)
                if e.exclusive:
                    exclusive.setdefault(k, []).append(i)
        where.append(places)
    antonyms = lex.antonyms_of

    def partners(i: int) -> list[int]:
        """The entries after *i* to compare it with: its buckets, antonyms, exclusive claims."""
        e = entries[i]
        found: set[int] = set()
        for bucket, n in where[i]:
            found.update(buckets[bucket][n + 1 : n + 1 + MAX_PARTNERS])
            key = bucket[1]
            for other in antonyms.get(e.lemma, ()):
                found.update(_nearest(by_lemma.get((other, key), []), i))
            if e.relational:
                found.update(_nearest((relational if e.exclusive else exclusive).get(key, []), i))
        return sorted(j for j in found if j > i)

    # The strongest evidence per pair of statements, gathered one statement at a time: a statement's
    # entries are consecutive and each is compared with later entries only, so every pair arises while
    # the entries of its earlier statement are read. Moving the current statement's pairs to the list at
    # the next statement gives the order of one dict over all pairs, without holding a key for each.
    candidates: list[_Evidence] = []
    best: dict[int, _Evidence] = {}
    found: dict[int, int] = {}  # related partners per statement so far: beyond twice the cap, stop looking
    scores: dict[float, float] = {}
    current: Statement | None = None
    cap = 2 * MAX_RELATIONS_PER_STATEMENT
    for i, e in enumerate(entries):
        if e.statement is not current:
            candidates.extend(best.values())
            best.clear()
            current = e.statement
        sid = id(e.statement)
        for j in partners(i) if found.get(sid, 0) < cap else ():
            _consider(e, entries[j], lex, best, found, scores=scores)
            if found.get(sid, 0) >= cap:
                break  # _consider would return at once for every partner left
    candidates.extend(best.values())
    del best
    return tuple(_in_text_order(_chosen(candidates, entries)))


def _in_text_order(relations: list[Relation]) -> list[Relation]:
    """*relations* sorted on ``(_order(a), _order(b), kind)``: one stable sort per part of the key, on
    keys made once per statement (a key tuple per relation was the most relating held at its end)."""
    orders: dict[int, tuple[str, int, str]] = {}
    for r in relations:
        for s in (r.a, r.b):
            if id(s) not in orders:
                orders[id(s)] = _order(s)
    relations.sort(key=lambda r: r.kind.value)
    relations.sort(key=lambda r: orders[id(r.b)])
    relations.sort(key=lambda r: orders[id(r.a)])
    return relations


def _chosen(candidates: list[_Evidence], entries: list[_Entry]) -> list[Relation]:
    """The relations of the strongest evidence first, at most ``MAX_RELATIONS_PER_STATEMENT`` per statement.

    *candidates* is emptied as it is read (each piece of evidence is freed once its relation is made).
    """
    # one conflict per quotation: an exclusive clash is dropped when the same quote
    # (a statement and its continuations) already contradicts that statement outright
    strong: set[tuple[object, str, int]] = set()
    if any(ev.reason == "exclusive" for ev in candidates):  # only exclusive clashes read it
        for ev in candidates:
            if ev.kind is _CONTRADICTS and ev.priority > 1:
                strong.add((ev.a.doc, ev.a.root, id(ev.b.statement)))
                strong.add((ev.b.doc, ev.b.root, id(ev.a.statement)))
    out = []
    kept: dict[int, int] = {}
    scores: dict[float, float] = {}
    _strongest_first(candidates, entries)
    candidates.reverse()
    while candidates:
        ev = candidates.pop()
        if ev.reason == "exclusive" and (
            (ev.a.doc, ev.a.root, id(ev.b.statement)) in strong or (ev.b.doc, ev.b.root, id(ev.a.statement)) in strong
        ):
            continue
        ids = (id(ev.a.statement), id(ev.b.statement))
        if any(kept.get(sid, 0) >= MAX_RELATIONS_PER_STATEMENT for sid in ids):
            continue
        for sid in ids:
            kept[sid] = kept.get(sid, 0) + 1
        first, second = (ev.a, ev.b) if ev.a.order <= ev.b.order else (ev.b, ev.a)
        score = round(max(0.0, min(1.0, ev.score)), 3)
        out.append(  # reasons made when read: strings that quote both statements were most of a relation
            relation_reasoned_by(
                kind=ev.kind,
                a=first.statement,
                b=second.statement,
                score=scores.setdefault(score, score),  # equal scores: one float
                claims=(first.claim, second.claim),
                reasons_of=_REASONS_OF[ev.reason],
            )
        )
    return out


def _strongest_first(candidates: list[_Evidence], entries: list[_Entry]) -> None:
    """Sort *candidates* in place on ``(-priority, -score, (tie of one claim, tie of the other) in order)``.

    One stable sort per part of the key, last part first, each on a key the sort does not build
    (the score and priority of the evidence, one tiebreak tuple per claim): the key tuples of
    300,000 candidates were the largest thing relating held.
    """
    ties = {id(e): (-e.claim.span.start, -e.claim.span.end, e.claim.predicate) for e in entries}
    candidates.sort(key=lambda e: max(ties[id(e.a)], ties[id(e.b)]))
    candidates.sort(key=lambda e: min(ties[id(e.a)], ties[id(e.b)]))
    candidates.sort(key=attrgetter("score"), reverse=True)  # stable: equal scores keep their order
    candidates.sort(key=attrgetter("priority"), reverse=True)


def _consider(
    a: _Entry, b: _Entry, lex: _Lex, best: dict[int, _Evidence], found: dict[int, int], *, scores: dict[float, float]
) -> None:
    """Compare two claims; keep the evidence when it is the strongest yet for their statements
    (with its score as kept in *scores*: equal scores are one float)."""
    if not _may_relate(a, b):
        return
    if max(found.get(id(a.statement), 0), found.get(id(b.statement), 0)) >= 2 * MAX_RELATIONS_PER_STATEMENT:
        return  # a statement with this many relations already: enough to choose the strongest from
    result = _compare(a, b, lex)
    if result is None:
        return
    test, score = result
    if test.kind is _AGREES and _same_speaker(a, b):
        return
    ids = (id(a.statement), id(b.statement)) if a.order <= b.order else (id(b.statement), id(a.statement))
    pair = ids[0] << 64 | ids[1]  # one int per pair: a tuple of two ids took three objects
    old = best.get(pair)
    if old is None:
        for sid in ids:  # counted once per pair of statements, however many claims they share
            found[sid] = found.get(sid, 0) + 1
    ev = test(scores.setdefault(score, score), a, b)
    if old is None or (test.priority, score, _tiebreak(ev)) > (old.priority, old.score, _tiebreak(old)):
        best[pair] = ev


def _nearest(members: list[int], i: int) -> list[int]:
    """The at most ``MAX_PARTNERS`` entries of *members* (ascending) nearest to entry *i*."""
    if len(members) <= MAX_PARTNERS:
        return members
    at = bisect.bisect_left(members, i)
    lo = max(0, min(at - MAX_PARTNERS // 2, len(members) - MAX_PARTNERS))
    return members[lo : lo + MAX_PARTNERS]


def _tiebreak(ev: _Evidence) -> tuple[tuple[int, int, str], ...]:
    """A total order on evidence that does not depend on the order statements came in."""
    return tuple(sorted((-e.claim.span.start, -e.claim.span.end, e.claim.predicate) for e in (ev.a, ev.b)))


def _order(s: Statement) -> tuple[str, int, str]:
    return (str(s.doc_id or ""), s.content.start, s.id)


def _ordered(x: Statement, y: Statement) -> tuple[Statement, Statement]:
    """The two statements in document order: the order of a relation's ``a`` and ``b``."""
    return (x, y) if _order(x) <= _order(y) else (y, x)


def _may_relate(a: _Entry, b: _Entry) -> bool:
    sa, sb = a.statement, b.statement
    if sa is sb:
        return False
    if a.doc == b.doc:
        if a.root == b.root:
            return False
        if sa.content.overlaps(sb.content) and sa.content != sb.content:
            return False  # one statement nested in the other (the same content twice is two voices on it)
    return True


def _same_speaker(a: _Entry, b: _Entry) -> bool:
    sa, sb = a.statement.speaker, b.statement.speaker
    if sa is None or sb is None:
        return False
    return a.speaker == b.speaker


def _roots(statements: Sequence[Statement]) -> dict[str, str]:
    by_id = {s.id: s for s in statements}
    roots: dict[str, str] = {}
    for s in statements:
        seen = {s.id}
        current = s
        while current.continues is not None and current.continues in by_id and current.continues not in seen:
            seen.add(current.continues)
            current = by_id[current.continues]
        roots[s.id] = current.id
    return roots


@attrs.frozen(eq=False)
class _Doc:
    """One document as both claim and statement relations read it (made once per document)."""

    doc: object
    sayings: list[Statement]  # its statements less word-for-word repeats (:func:`_first_sayings`)
    roots: dict[str, str]  # statement id -> the statement it continues, at the root of the chain
    claims_of: dict[str, list[Claim]]  # statement id -> its claims


def _doc_view(doc: object, statements: Sequence[Statement], claims: Sequence[Claim]) -> _Doc:
    claims_of: dict[str, list[Claim]] = {}
    for c in claims:
        claims_of.setdefault(c.statement_id, []).append(c)
    return _Doc(doc=doc, sayings=_first_sayings(statements), roots=_roots(statements), claims_of=claims_of)


def _doc_entries(view: _Doc, actors: _Actors, lex: _Lex) -> list[_Entry]:
    pairs = ((view.doc, s, view.claims_of.get(s.id, ())) for s in view.sayings)
    return _entries(pairs, actors, lex, view.roots)


def _first_sayings(statements: Sequence[Statement]) -> list[Statement]:
    """The statements less word-for-word repeats of an earlier one by the same speaker.

    A repeat relates to nothing its first occurrence does not (a page that repeats one
    paragraph a thousand times would otherwise relate every copy to every other).
    """
    seen: set[tuple[str | None, Stance, str]] = set()
    out = []
    for s in statements:
        who = s.speaker.id if s.speaker is not None else (s.speaker_span.text if s.speaker_span is not None else None)
        key = (who, s.stance, " ".join(s.content.text.split()).lower())
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def relate(
    statements: Sequence[Statement],
    claims: Sequence[Claim],
    *,
    actors: Mapping[str | None, Iterable[Actor]] | None = None,
) -> tuple[Relation, ...]:
    """Contradictions and agreements among the statements of one document.

    Args:
        statements: The document's statements (the relations point at these objects).
        claims: Their claims, from :func:`claimkit.claims.extract_claims`.
        actors: The actors of each document, by ``doc_id``: the names the claims'
            arguments are matched on (speakers are known from the statements).

    Returns:
        One relation per related pair of statements, in text order.

    >>> relate([], [])
    ()
    """
    lex = _lex()
    registry = _Actors()
    for doc_id, known in (actors or {}).items():
        for actor in known:
            registry.add(doc_id, actor)
    docs: dict[str | None, list[Statement]] = {}
    for s in statements:
        docs.setdefault(s.doc_id, []).append(s)
        for who in (s.speaker, s.addressee):
            if who is not None:
                registry.add(s.doc_id, who)
    views = []
    for doc_id, group in docs.items():
        ids = {s.id for s in group}
        views.append(_doc_view(doc_id, group, [c for c in claims if c.statement_id in ids and c.doc_id == doc_id]))
    return _relate_views(views, registry, lex)


def _relate_views(views: list[_Doc], actors: _Actors, lex: _Lex) -> tuple[Relation, ...]:
    """The claim relations and the statement relations of *views*: the statement relations first, so that
    what they read of each statement is freed before the claims are indexed and compared."""
    whole = _statement_relations(views, actors)
    entries = [e for view in views for e in _doc_entries(view, actors, lex)]
    return _merge(_related(entries, lex), whole)


def find_relations(analyses: Iterable[Analysis], /, *, threshold: float = DEFAULT_THRESHOLD) -> tuple[Relation, ...]:
    """Contradictions and agreements within and across the given analyses.

    Actors are matched across documents by their canonical names and aliases.

    Args:
        analyses: Results of :func:`claimkit.analyze`, one per document.
        threshold: Only relations scoring at least this (0..1) are returned. At the default
            (0.4) every relation the rules find is kept; a higher threshold trades recall for
            precision (see the claims guide for measured precision).

    Returns:
        The relations, each pointing at statements of the given analyses.

    Raises:
        InvalidInputError: if *threshold* is not a number in 0..1.

    >>> find_relations([])
    ()
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 <= threshold <= 1.0:
        msg = f"threshold must be a number in 0..1, got {threshold!r}"
        raise InvalidInputError(msg)
    found = _find_relations(analyses)
    return tuple(r for r in found if r.score >= threshold)


def _find_relations(analyses: Iterable[Analysis]) -> tuple[Relation, ...]:
    lex = _lex()
    actors = _Actors()
    docs = list(analyses)
    for n, analysis in enumerate(docs):
        for actor in analysis.actors:
            actors.add(n, actor)
        for s in analysis.statements:
            for who in (s.speaker, s.addressee):
                if who is not None:
                    actors.add(n, who)
    views = [_doc_view(n, analysis.statements, analysis.claims) for n, analysis in enumerate(docs)]
    found = _relate_views(views, actors, lex)
    # figures and ranks (claimkit.quantities); contradictions of a source's own earlier account
    return merge_relations(found, [Source.of(analysis) for analysis in docs])


def _merge(found: tuple[Relation, ...], denials: list[Relation]) -> tuple[Relation, ...]:
    """The claim relations and the denial relations, one per pair of statements (a contradiction wins)."""
    if not denials:
        return found
    best: dict[tuple[int, int], Relation] = {}
    for r in (*found, *denials):
        pair = (id(r.a), id(r.b))
        old = best.get(pair)
        if old is None or (r.kind is _CONTRADICTS and old.kind is _AGREES):
            best[pair] = r
    kept: dict[int, int] = {}
    out = []
    for r in sorted(best.values(), key=lambda r: (r.kind is not _CONTRADICTS, -r.score)):
        ids = (id(r.a), id(r.b))
        if any(kept.get(i, 0) >= MAX_RELATIONS_PER_STATEMENT for i in ids):
            continue
        for i in ids:
            kept[i] = kept.get(i, 0) + 1
        out.append(r)
    return tuple(sorted(out, key=lambda r: (_order(r.a), _order(r.b), r.kind.value)))


# --------------------------------------------------------------------------- denials and their targets

_DENIAL_MIN = 0.5
"""The score a statement needs to be taken as what a denial denies."""
_W_SOURCE = 0.4  # the denial names the statement's source ("the Ledger's report", "Russian claims")
_W_ACCUSED = 0.3  # the statement is about the denier or what it speaks for
_W_TOPIC = 0.5  # times the share of the denial's content words the statement has
_W_NESTED = 0.5  # the statement is the very content denied ("denied Russian claims the substance ...")
_W_REPORTED = 0.1  # a report-like cue ("reported", "alleged") for a denial of "the report"
_W_RECENT = 0.15  # the nearest earlier candidate in the same article, for a denial of "the report" or "it"
_SCORE_DENIAL = 0.8
_MAX_TARGETS = 3
_MAX_WORD_POSTINGS = 64  # a word said in more statements than this indexes nothing
_REFERENCE_WORDS = wordclass.DEMONSTRATIVES | {"it", "them", "such", "so"}  # "denied it", "such claims"
_MIN_WORD = 2  # shorter words ("is", "of") say nothing about the topic
_TOPIC_MIN_SHARED = 2
_TOPIC_MIN_SHARE = 0.3
_TOPIC_SPAN = 8  # the share of shared words is counted against at most this many
_W_SUBJECT = 0.45  # the denier (or what it speaks for) is the subject of the statement's claim
_W_BLAME = 0.3  # "denied responsibility" / "X was involved": the statement blames the denier
_W_FIGURES = 0.4  # "refused to accept the figures": the latest statement before it giving a figure


@attrs.frozen
class _DenialLex:
    stopwords: frozenset[str]
    report_nouns: frozenset[str]
    blame_nouns: frozenset[str]
    origins: frozenset[str]  # origin_phrases.txt: "come from", "originate in" (rule origin-blame)
    falsity: frozenset[str]
    truth: frozenset[str]
    negation: frozenset[str]
    denial_verbs: frozenset[str]
    evidence: frozenset[str]
    evidence_nouns: frozenset[str]  # "evidence", "proof", "sign": rule no-evidence ("no evidence that P")
    times: frozenset[str]  # weekday and month names: when, not what
    refusals: frozenset[str]  # "refuse", "decline": a denial only of accepting something
    acceptances: frozenset[str]  # "accept", "acknowledge", "confirm"
    knowledge: Mapping[str, str]  # knowledge_words.tsv: word, verb form or phrase -> kind (know, not, certain, open)
    knowledge_starts: frozenset[str]  # the words an entry of it starts with: a statement without one has none
    figure_nouns: frozenset[str]  # report nouns naming a figure ("numbers", "estimates"): rule figure-reference
    contrasts: frozenset[str]  # contrast_words.txt: rule cited-contrast
    accusations: frozenset[str]  # accusation_verbs.txt: rule accusation-answer
    speech: frozenset[str]  # cue verb lemmas ("said", "reported" in "what X reported")
    report_verbs: frozenset[str]  # cue verbs putting a claim forward ("reported", "alleged"): lang.cues.report_verbs
    skip: frozenset[str] = attrs.field(init=False)  # words that are never what a statement is about
    verdicts: frozenset[str] = attrs.field(init=False)  # falsity and truth words: no verdict without one
    denial_starts: frozenset[str] = attrs.field(init=False)  # the first three letters of the denial verbs

    @denial_starts.default
    def _denial_starts(self) -> frozenset[str]:
        # a form shares its lemma's first three letters (irregular_verbs.tsv has no denial verb)
        return frozenset(v[:3] for v in self.denial_verbs)

    @skip.default
    def _skip(self) -> frozenset[str]:
        about_nothing = self.report_nouns | self.falsity | self.truth | self.negation | self.stopwords
        return about_nothing | _REFERENCE_WORDS | self.times

    @verdicts.default
    def _verdicts(self) -> frozenset[str]:
        return self.falsity | self.truth


@functools.cache
def _denial_lex() -> _DenialLex:
    cues = cue_lexicon()
    accept = frozenset(e.lemma for es in cues.verbs.values() for e in es if e.stance is _CONFIRM and not e.rest)
    knowledge: dict[str, str] = {}
    for word, kind, *_ in rows("knowledge_words.tsv"):
        for form in verb_forms(word) if kind == "know" else (word,):
            knowledge.setdefault(form, kind)
    return _DenialLex(
        stopwords=wordclass.stopwords(),
        report_nouns=wordlist("report_nouns.txt"),
        blame_nouns=wordlist("blame_nouns.txt"),
        origins=wordlist("origin_phrases.txt"),
        falsity=wordlist("falsity.txt"),
        truth=wordlist("truth_words.txt"),
        negation=wordlist("negation.txt") | {"n't"},
        denial_verbs=frozenset(w for w in wordlist("denial_verbs.txt") if " " not in w),
        evidence=wordlist("evidence_disputes.txt"),
        evidence_nouns=frozenset(k for k, v in table("negated_frames.tsv").items() if v[:1] == ("evidence",)),
        times=timewords.calendar_words(),
        refusals=frozenset(r[0] for r in rows("negating_verbs.txt")),
        acceptances=accept,
        knowledge=knowledge,
        knowledge_starts=frozenset(k.split(" ")[0] for k in knowledge),
        figure_nouns=frozenset(r[0] for r in rows("report_nouns.txt") if r[1:2] == ("figure",)),
        contrasts=wordlist("contrast_words.txt"),
        accusations=wordlist("accusation_verbs.txt"),
        speech=frozenset(cues.verbs),
        report_verbs=report_verbs(),
    )


def content_key(word: str) -> str:
    """A key on which a word's forms meet: 'planted' and 'plant', 'Russian' and 'Russia'.

    >>> content_key("planted") == content_key("plants"), content_key("Russian") == content_key("Russia")
    (True, True)
    """
    return stem(verb_key(lemmatize(word.lower().replace("’", "'"))))


class _Words:
    """Per-call memo of what denial matching computes for each word (words repeat across statements).

    Made afresh by each :func:`relate` / :func:`find_relations` call: no state outlives it.
    """

    def __init__(self, lex: _DenialLex, actors: _Actors) -> None:
        self._lex = lex
        self._actors = actors
        self._keys: dict[str, str | None] = {}
        self._lemmas: dict[str, str] = {}
        self._members: dict[tuple[object, str], frozenset[str]] = {}
        self._names: dict[tuple[object, str], frozenset[str]] = {}
        self._who: dict[tuple[object, str, bool], frozenset[str]] = {}
        self._content: dict[str, str] = {}
        self._accuses: dict[str, bool] = {}
        self._seen: set[str] = set()  # the words classify() has sorted
        self._strings: dict[str, str] = {}  # one string object per distinct word (statements repeat words)
        self._sets: dict[frozenset[str], frozenset[str]] = {}  # one set object per distinct set of words
        self.denial_words: set[str] = set()  # words reporting a denial ("denied", "denials")
        self.digit_words: set[str] = set()  # words starting with a digit

    def classify(self, unique: frozenset[str] | set[str]) -> None:
        """Sort the words not seen before into ``denial_words`` and ``digit_words`` (each word once per call)."""
        new = unique - self._seen
        if not new:
            return
        self._seen |= new
        lex = self._lex
        for w in new:
            if w.startswith("denial") or (w[:3] in lex.denial_starts and self.lemma(w) in lex.denial_verbs):
                self.denial_words.add(w)
            if w[:1].isdigit():
                self.digit_words.add(w)

    def shared(self, words: list[str]) -> list[str]:
        """*words* with each word the one string object of its spelling: a long content's words cost a pointer each."""
        return list(map(self._strings.setdefault, words, words))

    def same_set(self, words: frozenset[str]) -> frozenset[str]:
        """*words*, or the equal set given before: statements that say the same hold one set (216 bytes or more)."""
        return self._sets.setdefault(words, words)

    def keys_of(self, unique: set[str]) -> frozenset[str]:
        """The content keys of the words (:meth:`key`), those saying nothing left out."""
        for w in unique - self._keys.keys():
            self.key(w)
        out = set(map(self._keys.__getitem__, unique))
        out.discard(None)
        return self.same_set(_frozen(cast("set[str]", out)))

    def content_key(self, w: str) -> str:
        """:func:`content_key`, once per word."""
        out = self._content.get(w)
        if out is None:
            out = self._content[w] = content_key(w)
        return out

    def name_keys(self, names: Iterable[str]) -> frozenset[str]:
        """The content keys of the words of actor names."""
        stop = self._lex.stopwords
        return _frozen(self.content_key(w) for name in names for w in _WORD.findall(name) if w.lower() not in stop)

    def members(self, doc: object, actor_id: str) -> frozenset[str]:
        """``_Actors.members``, once per actor (the registry is complete before statements are read)."""
        key = (doc, actor_id)
        out = self._members.get(key)
        if out is None:
            out = self._members[key] = self._actors.members(doc, actor_id)
        return out

    def names(self, doc: object, actor_id: str) -> frozenset[str]:
        """The content keys of the names of the actor and of what it is part of."""
        key = (doc, actor_id)
        out = self._names.get(key)
        if out is None:
            out = self._names[key] = self.name_keys(self._actors.member_names(doc, actor_id))
        return out

    def who(self, doc: object, s: Statement) -> frozenset[str]:
        """The speaker and what it is part of: actor keys and name words (the speaker span's, unresolved)."""
        if s.speaker is not None:
            key = (doc, s.speaker.id, True)
        elif s.speaker_span is not None:
            key = (doc, s.speaker_span.text, False)
        else:
            return _EMPTY
        out = self._who.get(key)
        if out is None:
            if s.speaker is not None:
                out = self.members(doc, s.speaker.id) | self.names(doc, s.speaker.id)
            else:
                out = self.name_keys((key[1],))
            self._who[key] = out
        return out

    def accuses(self, cue: str) -> bool:
        """Whether a word of the cue is an accusation verb ("accused"), once per cue."""
        out = self._accuses.get(cue)
        if out is None:
            accusations = self._lex.accusations
            out = self._accuses[cue] = any(self.lemma(w) in accusations for w in cue.lower().split())
        return out

    def lemma(self, w: str) -> str:
        out = self._lemmas.get(w)
        if out is None:
            out = self._lemmas[w] = lemmatize(w)
        return out

    def key(self, w: str) -> str | None:
        """The content key of a word a statement is about, or None for a word that says nothing of it."""
        if w in self._keys:
            return self._keys[w]
        lex = self._lex
        useful = w not in lex.skip and len(w) > _MIN_WORD and not w.isdigit()
        lemma = self.lemma(w) if useful else ""
        # content_key(w), from the lemma already made (the words are lower case, "’" made "'")
        out = stem(verb_key(lemma)) if useful and lemma not in wordclass.AUXILIARIES else None
        self._keys[w] = out
        return out


@attrs.frozen(eq=False)
class _Said:
    """A statement as denial matching sees it."""

    statement: Statement
    doc: object
    root: str
    index: int  # position in its document
    text_words: tuple[str, ...]  # the content's words, lower case
    memo: _Words
    claims: Sequence[Claim]
    denial: str | None  # "deny": asserts the content false; "dispute": disputes its credibility
    reference: str | None  # the report noun or pronoun a denial's content refers by ("report", "it")
    source: frozenset[str]  # words naming the source of what a denial refers to ("ledger", "british")
    report_cue: bool
    calls_false: bool = False  # the content itself calls something false (a rank in it is not claimed)
    superlative: bool = False  # it has a superlative word ("largest"): a rank may be in it
    named_accused: frozenset[str] = frozenset()  # "claims of Iranian involvement": whom a denial's blame names
    agent_blamed: bool = False  # a denial of an act put on a named agent: "nonsense that it was done by X"
    knows: _Knows | None = None  # what it says someone has not established, or is sure of
    cites: frozenset[str] = frozenset()  # whom it sets itself against: "despite what X said" (rule cited-contrast)
    accused: frozenset[str] = frozenset()  # whom it accuses: "accused X of ..." (rule accusation-answer)
    no_evidence: bool = False  # it says there is no evidence that its content is so (rule no-evidence)

    # made on demand, from here on: most statements are never a denial's candidate target

    @functools.cached_property
    def _unique(self) -> frozenset[str]:
        unique = self.memo.same_set(frozenset(self.text_words))
        self.memo.classify(unique)
        return unique

    @property
    def reports_denial(self) -> bool:
        """It reports a denial itself ("Mr Nix had denied ..."): it agrees with one."""
        return not self.memo.denial_words.isdisjoint(self._unique)

    @property
    def figures(self) -> bool:
        """Its content gives a number (rule figure-reference)."""
        return not self.memo.digit_words.isdisjoint(self._unique)

    @functools.cached_property
    def _claim_keys(self) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        memo, doc = self.memo, self.doc
        about = frozenset(
            k
            for c in self.claims
            for arg in (c.subject, c.object, c.recipient)
            if arg is not None and arg.actor_id is not None
            for k in memo.members(doc, arg.actor_id)
        )
        subjects: set[str] = set()
        cleared: set[str] = set()
        clears: set[str] = set()
        for c in self.claims:
            if c.subject is not None and c.subject.actor_id is not None:
                keys = memo.members(doc, c.subject.actor_id)
                (cleared if c.polarity is _NEGATIVE else subjects).update(keys)
                if c.polarity is _NEGATIVE:
                    clears.update(memo.names(doc, c.subject.actor_id))
        return _frozen(about), _frozen(subjects), _frozen(cleared), _frozen(clears)

    @property
    def about(self) -> frozenset[str]:
        """Actor keys of its claims' arguments."""
        return self._claim_keys[0]

    @property
    def subjects(self) -> frozenset[str]:
        """Actor keys of its claims' subjects (positive claims)."""
        return self._claim_keys[1]

    @property
    def cleared(self) -> frozenset[str]:
        """Actor keys of the subjects of its negative claims ("Russia does not possess ...")."""
        return self._claim_keys[2]

    @property
    def clears(self) -> frozenset[str]:
        """Name keys of the subjects of its negative claims ("Acme does not ...")."""
        return self._claim_keys[3]

    @functools.cached_property
    def who(self) -> frozenset[str]:
        """The speaker and what it is part of: actor keys and name words (made on demand)."""
        return self.memo.who(self.doc, self.statement)

    @property
    def frame_words(self) -> frozenset[str]:
        """The keys of the evidence nouns of a "no evidence that P" (rule no-evidence): not what P is about."""
        if not self.no_evidence:
            return _EMPTY
        nouns = _denial_lex().evidence_nouns
        return frozenset(content_key(w) for w in self.text_words if w in nouns)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Content-word keys: made on demand (only a denial, a retraction or a cited source needs them)."""
        return _content_keys(self.text_words, _denial_lex(), self.memo)


@attrs.frozen(kw_only=True)
class _Knows:
    """One side of rule ``knowledge-clash``: who knows (or does not know) what."""

    certain: bool  # True: "X is adamant that P"; False: "X has not verified P"
    holder: frozenset[str]  # content keys naming who knows (and, for a negated one, the speaker)
    topic: frozenset[str]  # content keys of what is (not) known
    open: bool  # the unknown is an open question ("the source", "the cause"), not a proposition
    origin: bool = False  # ... and it is where something came from: open only to a certainty of no other topic
    phrase: str


def _falsity_at(words: list[str], i: int, lex: _DenialLex, *, predicative: bool) -> bool:
    """Whether words[i] calls something false: 'false', 'nonsense', 'a lie', 'not true', 'no truth'."""
    w = words[i]
    if w in lex.truth:
        return (i > 0 and words[i - 1] in lex.negation) or (i > 1 and words[i - 2] in lex.negation)
    if w not in lex.falsity or w.endswith("ly") or lemmatize(w) in lex.denial_verbs or w.startswith("deni"):
        return False  # "falsely claiming", "had denied": no verdict of the speaker's own
    if _negated_falsity(words, i, lex):
        return False  # "is not a hoax", "was no fake": the claim is affirmed
    if not predicative:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if i > 0 and (lemmatize(words[i - 1]) == "be" or words[i - 1] in ("been", "being")):
        return True  # "has been found to be inaccurate", "is false"
    # "is false", "complete drivel, rubbish" (the text's punctuation is gone: a following falsity
    # word or a clause word shows the phrase ends there); not "false statements"
    return nxt in ("", "that", "and", "or", "news") or nxt in lex.falsity or nxt in lex.stopwords


_NEGATED_FALSITY_GAP = 3  # words a falsity word may follow the negation that turns it round by ("not a real hoax")


def _negated_falsity(words: Sequence[str], i: int, lex: _DenialLex) -> bool:
    """Rule ``negated-falsity``: "the plan is not a hoax", "was no fake": a negated falsity word affirms the claim.

    True when a negation stands at most three words before the falsity word ``words[i]``
    in the same clause; the statement then calls nothing false (the claims stage reads
    "is no hoax" the same way, rule ``double-negation``).
    """
    for j in range(i - 1, max(-1, i - 1 - _NEGATED_FALSITY_GAP), -1):
        if words[j] in lex.negation:
            return True
        if words[j] == "that" or words[j] in wordclass.CLAUSE_WORDS:
            return False
    return False


def _denial_kind(s: Statement, words: list[str], lex: _DenialLex, cue: str | None = None) -> str | None:
    """'deny' when the statement asserts something false, 'dispute' when it disputes credibility only,
    'retract' when the speaker takes back its own statement (*cue*: the lemma of the cue's first word,
    made here when not given)."""
    if cue is None:
        cue = lemmatize(s.cue.split()[0]) if s.cue else ""
    if s.stance is _RETRACT:
        return "retract"
    refused = _refused(s, words, lex)
    if refused is not None:
        return "deny" if refused else None
    if s.stance is _DENY:
        return "deny"
    verdict = not lex.verdicts.isdisjoint(words)  # _falsity_at is true only at one of these words
    if s.stance is _DISMISS and (
        cue in lex.denial_verbs
        or (verdict and any(_falsity_at(words, i, lex, predicative=False) for i in range(len(words))))
    ):
        return "deny"  # "dismissed as nonsense", "rebuffed"
    if (
        s.stance in (_ASSERT, _CONFIRM)
        and verdict
        and any(_falsity_at(words, i, lex, predicative=True) for i in range(len(words)))
    ):
        return "deny"  # "There is no truth in the newspaper's story", "the claims are false"
    if not lex.evidence.isdisjoint(words) or (s.stance is _DISMISS and cue in ("question", "doubt")):
        return "dispute"
    return None


def _refused(s: Statement, words: list[str], lex: _DenialLex) -> bool | None:
    """Rule ``refusal-to-accept``: "refused to accept the figures" denies them; "declined to comment" denies nothing.

    True or False when a verb of the cue is a refusal ("refused", "flat out refused",
    "declined") and the content is its "to" complement, whatever stance the cue was read
    with; None when the cue refuses nothing.
    """
    if words[:1] != ["to"] or not s.cue or not any(lemmatize(w) in lex.refusals for w in s.cue.lower().split()):
        return None
    return len(words) > 1 and lemmatize(words[1]) in lex.acceptances


_NOUN_CUE = "noun-cue-that"  # the attribution rule of "Dunn's claim that ..."


def _writers_verdict(s: Statement) -> bool:
    """Rule ``noun-cue-verdict``: in "X's claim that P has been shown to be false" the verdict is the writer's.

    A statement cued by a noun ("claim", "assertion") is what X put forward; falsity words in
    its content judge X's claim, so they make it no denial by X. A denial noun ("X's denial
    that P") still denies.
    """
    return s.stance is not _DENY and any(e.rule == _NOUN_CUE for e in s.evidence)


def _reference(words: list[str], lex: _DenialLex) -> tuple[str | None, list[str]]:
    """The report noun or pronoun a denial's content refers by, and the words naming its source."""
    for i, w in enumerate(words):
        if w in lex.report_nouns or w in lex.blame_nouns:
            source = [x for x in words[max(0, i - 3) : i] if x not in lex.stopwords and x not in lex.falsity]
            return w, source
    content = [w for w in words if w not in lex.stopwords or w in _REFERENCE_WORDS]
    if content and len(content) <= 2 and content[0] in _REFERENCE_WORDS:
        return content[0], []  # "denied it", "that never happened", "those numbers"
    return None, []


def _blame_key(words: Sequence[str], i: int, lex: _DenialLex) -> str:
    """'#blame' for 'responsible', 'involvement', 'role'; the plain word when negated ("not ... role")."""
    if any(w in lex.negation for w in words[max(0, i - 4) : i]):
        return content_key(words[i])
    return "#blame"


def _said(
    where: tuple[object, int, str], s: Statement, claims: Sequence[Claim], tables: tuple[_DenialLex, _Words]
) -> _Said:
    doc, index, root = where
    lex, memo = tables
    text = " ".join(p.text for p in (s.content_parts or (s.content,)))
    words = memo.shared(_WORD.findall(text.lower().replace("’", "'").replace("n't", " not")))
    cue = memo.lemma(s.cue.split()[0]) if s.cue else ""  # lemmatize() lower-cases: one memo entry per form
    calls_false = _denial_kind(s, words, lex, cue)
    denial = None if _writers_verdict(s) else calls_false
    no_evidence = denial in (None, "dispute") and _no_evidence(words, lex)
    if no_evidence:
        denial = "dispute"  # "there is no evidence that P": P is disputed, not asserted false
    reference, source = _reference(words, lex) if denial is not None else (None, [])
    unique = set(words)
    knowing = denial is None and s.stance is not _ASK and not lex.knowledge_starts.isdisjoint(unique)
    knows = _knowledge(words, memo.who(doc, s), lex) if knowing else None
    accusing = s.cue is not None and memo.accuses(s.cue)
    agents = _agents(words, lex, memo) if denial is not None else frozenset()
    return _Said(
        statement=s,
        doc=doc,
        root=root,
        index=index,
        text_words=tuple(words),
        memo=memo,
        claims=claims,
        denial=denial,
        reference=reference,
        source=_frozen(content_key(w) for w in source),
        report_cue=cue in lex.report_verbs or s.stance == _HEDGE,
        calls_false=s.stance is _DENY or calls_false is not None,
        superlative=not _rank_lex()[0].keys().isdisjoint(words),
        knows=knows,
        named_accused=_named_accused(words, lex) | agents if denial is not None else _EMPTY,
        agent_blamed=bool(agents) and denial is not None,
        cites=_cited(words, lex) if not lex.contrasts.isdisjoint(unique) else _EMPTY,
        accused=_accused(words, lex) if accusing else _EMPTY,
        no_evidence=no_evidence,
    )


_NO_EVIDENCE_GAP = 2  # words between the negation and the evidence noun ("not any evidence", "no hard evidence")
_NO_EVIDENCE_LINKS = frozenset({"that", "to", "of"})  # what follows the noun: "no evidence that / to suggest / of"


def _no_evidence(words: Sequence[str], lex: _DenialLex) -> bool:
    """Rule ``no-evidence``: "there is no evidence that P", "police found no sign of P", "not any proof that P".

    An evidence noun (``negated_frames.tsv``, kind ``evidence``) at most two words after a
    negation and followed by "that", "to" or "of": the statement disputes what follows, so it
    contradicts a statement of it (scored as a denial, reasoned as a dispute) that shares at least
    two of P's content words: naming P's people is not enough. "Evidence that P" with no negation
    before it disputes nothing.
    """
    if lex.evidence_nouns.isdisjoint(words):
        return False  # the common case: one set operation
    for i, w in enumerate(words):
        if w in lex.evidence_nouns and i + 1 < len(words) and words[i + 1] in _NO_EVIDENCE_LINKS:
            before = words[max(0, i - 1 - _NO_EVIDENCE_GAP) : i]
            if any(x in lex.negation for x in before):
                return True
    return False


_CITE_WINDOW = 6  # words after a contrast word that may hold "what X said" or "X's claims"
_ACCUSED_HEAD = 5  # words of an accusation's content before "of" / "for" / "with" that name the accused


def _content_keys(words: Sequence[str], lex: _DenialLex, memo: _Words) -> frozenset[str]:
    """The content keys of a statement's words; a blame noun's is '#blame' unless negated (:func:`_blame_key`)."""
    unique = set(words)
    blame = unique & lex.blame_nouns
    keys = memo.keys_of(unique - blame)
    if blame:
        keys |= {_blame_key(words, i, lex) for i, w in enumerate(words) if w in blame and memo.key(w) is not None}
    if _origin(words, lex, memo):
        keys |= {"#blame"}
    return keys


_ORIGIN_PREPOSITIONS = frozenset({"from", "in"})


def _origin(words: Sequence[str], lex: _DenialLex, memo: _Words | None) -> bool:
    """Rule ``origin-blame``: the words say where something came from ("the agent came from X", "was made in X":
    ``origin_phrases.txt``), with no negation before it ("have not verified that it came from X", "not our role to
    find where it came from" blame no one). Against a denial of blame by X ("denied responsibility"),
    such a statement that names X blames X, as "X was involved" does."""
    if lex.origins and _ORIGIN_PREPOSITIONS.isdisjoint(words):
        return False  # the common case: no preposition an origin phrase ends in
    for i in range(1, len(words)):
        lemma = memo.lemma(words[i - 1]) if memo is not None else lemmatize(words[i - 1])
        if words[i] in _ORIGIN_PREPOSITIONS and f"{lemma} {words[i]}" in lex.origins:
            return not any(w in lex.negation for w in words[: i - 1])
    return False


def _cited(words: list[str], lex: _DenialLex) -> frozenset[str]:
    """Rule ``cited-contrast``, one side: whom a statement sets itself against.

    "despite what the mayor said", "contrary to the minister's claims", "more than double
    what the agency reported": the names between "what" and a speech verb, or before a report
    noun, right after a contrast word (contrast_words.txt).
    """
    out: set[str] = set()
    for k, w in enumerate(words):
        if w not in lex.contrasts:
            continue
        after = words[k + 1 : k + 1 + _CITE_WINDOW]
        if after[:1] == ["to"]:
            after = after[1:]
        names: list[str] = []
        if after[:1] == ["what"]:
            verb = next((j for j in range(2, len(after)) if lemmatize(after[j]) in lex.speech), None)
            names = after[1:verb] if verb is not None else []
        else:
            noun = next((j for j, x in enumerate(after) if x in lex.report_nouns), None)
            names = after[:noun] if noun is not None else []
        out.update(content_key(x) for x in names if x not in lex.skip and len(x) > _MIN_WORD and not x.isdigit())
    return _frozen(out)


def _accused(words: list[str], lex: _DenialLex) -> frozenset[str]:
    """Rule ``accusation-answer``, one side: the names an accusation's content opens with ("Y of Z")."""
    head = words[:_ACCUSED_HEAD]
    at = next((j for j, x in enumerate(head) if x in ("of", "for", "with")), None)
    if at is None:
        return _EMPTY
    names = [x for x in head[:at] if x not in lex.skip and len(x) > _MIN_WORD and x not in _pronouns()]
    return _frozen(content_key(x) for x in names)


_AGENT_PARTICLES = frozenset({"out", "up"})  # "carried out by X", "set up by X"


def _agents(words: Sequence[str], lex: _DenialLex, memo: _Words) -> frozenset[str]:
    """Rule ``agent-accused``: the agent of an act a denial's content puts on someone ("nonsense that such action
    would be taken by X", "false that the attack was carried out by X"): a participle, then "by" and the
    agent's words. The denial denies X's part in it, as "denied X's involvement" does. A cue verb's participle
    ("reported by X") and a falsity word ("fabricated by X": the story, not the act) put no act on X."""
    if "by" not in words:
        return frozenset()
    out: set[str] = set()
    for i, w in enumerate(words):
        if w != "by" or i == 0:
            continue
        verb = i - 2 if words[i - 1] in _AGENT_PARTICLES and i >= 2 else i - 1
        participle = words[verb]
        if not participle.endswith(("ed", "en")) or participle in lex.falsity or memo.lemma(participle) in lex.speech:
            continue  # "fabricated by X": X made the story up, the act denied is not put on X
        out.update(
            content_key(x) for x in words[i + 1 : i + 1 + _ACCUSED_WINDOW] if x not in lex.skip and len(x) > _MIN_WORD
        )
    return frozenset(out)


_ACCUSED_WINDOW = 2  # words before a blame noun ("Iranian involvement") or after its "of" that name the accused


def _named_accused(words: list[str], lex: _DenialLex) -> frozenset[str]:
    """Rule ``named-accused``: whom a denial's blame noun names ("claims of Iranian involvement", "the role of X").

    The denier may speak for the accused without claimkit knowing it (a leader for a state); the
    name in the denial itself says whom the denied blame is on.
    """
    out: set[str] = set()
    for i, w in enumerate(words):
        if w not in lex.blame_nouns:
            continue
        near = words[max(0, i - _ACCUSED_WINDOW) : i]
        if words[i + 1 : i + 2] in (["of"], ["by"]):
            near = [*near, *words[i + 2 : i + 2 + _ACCUSED_WINDOW]]
        out.update(
            content_key(x) for x in near if x not in lex.skip and len(x) > _MIN_WORD and x not in lex.blame_nouns
        )
    return _frozen(out)


_KNOW_NEGATION = 4  # words between a negation and the knowledge verb it negates ("has not yet been able to verify")
_KNOW_HOLDER = 8  # words before a knowledge word that may name who knows
_KNOW_TOPIC = 12  # words after it that say what is known
_SCORE_KNOWLEDGE = 0.6


def _knowledge(words: list[str], who: frozenset[str], lex: _DenialLex) -> _Knows | None:
    """Rule ``knowledge-clash``, one side: "X has not verified P" (who: the speaker too) or "X is sure P"."""
    kinds = lex.knowledge
    if lex.knowledge_starts.isdisjoint(words):
        return None  # the common case: one set operation
    starts = lex.knowledge_starts
    for i, w in enumerate(words):
        if w not in starts:
            continue  # no entry starts with it: neither "w next" nor "w" is one
        kind = kinds.get(" ".join(words[i : i + 2])) or kinds.get(w)
        if kind == "know":
            before = words[max(0, i - _KNOW_NEGATION) : i]
            negated = [k for k, x in enumerate(before) if x in lex.negation or kinds.get(x) == "not"]
            if not negated:
                continue
            subject = words[max(0, i - _KNOW_NEGATION - _KNOW_HOLDER) : i - len(before) + negated[0]]
            after = words[i + 1 : i + 1 + _KNOW_TOPIC]
            is_open = any(kinds.get(x) == "open" for x in after[:4])
            # where something came from is an open question too ("not verified that the agent came from X": its
            # origin is not established; origin_phrases.txt), against a certainty that names no other topic
            origin = not is_open and _origin(after, lex, None)
            return _Knows(
                certain=False,
                holder=_keys(subject, lex) | who,
                topic=_keys(after, lex),
                open=is_open or origin,
                origin=origin,
                phrase=" ".join(words[i - 1 : i + 1]),
            )
        if kind == "certain":
            if any(x in lex.negation for x in words[max(0, i - 2) : i]):
                continue  # "not sure"
            phrase = " ".join(words[i : i + 2]) if " ".join(words[i : i + 2]) in kinds else w
            # "there is no doubt", "I am sure": no one named, the speaker is sure (rule knowledge-clash)
            holder = _keys(words[max(0, i - _KNOW_HOLDER) : i], lex) or who
            after = words[i + phrase.count(" ") + 1 : i + 1 + _KNOW_TOPIC]
            return _Knows(certain=True, holder=holder, topic=_keys(after, lex), open=False, phrase=phrase)
    return None


def _keys(words: list[str], lex: _DenialLex) -> frozenset[str]:
    return frozenset(
        content_key(w)
        for w in words
        if w not in lex.skip
        and len(w) > _MIN_WORD
        and w not in lex.knowledge
        and not w.isdigit()
        and lemmatize(w) not in wordclass.AUXILIARIES
        and w not in _pronouns()
        and not w.endswith("ly")  # "absolutely": how, not who or what
    )


def _assertions_by_speaker(said: Sequence[_Said]) -> dict[str, list[int]]:
    """The positions in *said* of each speaker key's statements that are neither denials nor questions."""
    by_speaker: dict[str, list[int]] = {}
    for n, t in enumerate(said):
        if t.denial is None and t.statement.stance is not _ASK:
            for k in t.who:
                by_speaker.setdefault(k, []).append(n)
    return by_speaker


_SCORE_RETRACTION = 0.75


def _retraction_relations(said: Sequence[_Said]) -> list[Relation]:
    """Rule ``retraction``: "the Ledger retracted its report" changes the Ledger's earlier account.

    A retraction relates to the retracting speaker's own earlier statements on its topic, or,
    when it names only a report or a pronoun ("retracted the story", "recanted it"), to the
    speaker's latest statement before it in the article: ``RelationKind.CHANGED``, never a
    dispute between sources. Candidates come from an index of speakers, not all pairs.
    """
    retractions = [(p, d) for p, d in enumerate(said) if d.denial == "retract"]
    if not retractions:
        return []
    by_speaker = _assertions_by_speaker(said)
    out = []
    for at, d in retractions:
        found: set[int] = set()
        for k in d.who:
            found.update(_nearest(by_speaker.get(k, []), at))
        own = sorted(n for n in found if said[n].doc != d.doc or said[n].index < d.index)
        latest = max((n for n in own if said[n].doc == d.doc), key=lambda n: said[n].index, default=None)
        topic = d.words - d.who - d.source
        for n in own:
            t = said[n]
            shared = topic & t.words
            on_topic = len(shared) >= _TOPIC_MIN_SHARED or len(shared) / max(1, min(len(topic), _TOPIC_SPAN)) >= 0.5
            bare = n == latest and d.reference is not None and not (topic - t.words)
            if _nested_or_same(t, d) or not (on_topic or bare):
                continue
            why = "shared words: " + ", ".join(sorted(shared)) if shared else "its latest statement before it"
            first, second = _ordered(t.statement, d.statement)
            out.append(
                Relation(
                    kind=_CHANGED,
                    a=first,
                    b=second,
                    score=_SCORE_RETRACTION,
                    reasons=(
                        f"changed account: {_who(t.statement)} first said “{_short(t.statement)}”, later retracted it",
                        f"rule retraction: the speaker takes back its own statement; {why}",
                    ),
                )
            )
    return out


_SCORE_CONTRAST = 0.6


def _contrast_relations(said: Sequence[_Said]) -> list[Relation]:
    """Rule ``cited-contrast``: "despite what X said, ...", "more than double what X reported".

    A statement that sets itself against what a named source said contradicts that source's
    statements on its topic (two shared content words, or a third of its own): the best
    ``_MAX_TARGETS``. Candidates come from an index of speakers, not all pairs.
    """
    citing = [(p, d) for p, d in enumerate(said) if d.cites]
    if not citing:
        return []
    by_speaker = _assertions_by_speaker(said)
    out = []
    for at, d in citing:
        found: set[int] = set()
        for k in d.cites:
            found.update(_nearest(by_speaker.get(k, []), at))
        topic = d.words - d.cites
        scored = []
        for n in found:
            t = said[n]
            shared = topic & t.words
            if n == at or _nested_or_same(t, d) or not _on_topic(shared, topic):
                continue
            scored.append((-len(shared), n, shared))
        for _, n, shared in sorted(scored)[:_MAX_TARGETS]:
            t = said[n]
            first, second = _ordered(t.statement, d.statement)
            named = ", ".join(sorted(d.cites & t.who))
            out.append(
                Relation(
                    kind=_CONTRADICTS,
                    a=first,
                    b=second,
                    score=_SCORE_CONTRAST,
                    reasons=(
                        (
                            f"{_who(d.statement)} {_says(d.statement)} “{_short(d.statement)}”, against what "
                            f"{_who(t.statement)} said: “{_short(t.statement)}”"
                        ),
                        (
                            f"rule cited-contrast: it names {named} after a contrast word; "
                            f"shared words: {', '.join(sorted(w.lstrip('#') for w in shared))}"
                        ),
                    ),
                )
            )
    return out


def _on_topic(shared: frozenset[str], topic: frozenset[str]) -> bool:
    """Two shared content words, or a share of the topic's (at most ``_TOPIC_SPAN``) words."""
    return len(shared) >= _TOPIC_MIN_SHARED or len(shared) / max(1, min(len(topic), _TOPIC_SPAN)) >= _TOPIC_MIN_SHARE


_SCORE_ACCUSATION = 0.55


def _accusation_relations(said: Sequence[_Said]) -> list[Relation]:
    """Rule ``accusation-answer``: "X accused Y of Z" against Y's denial, or Y saying it did not.

    The answer is a denial by the accused, or one naming it ("denied Y's involvement", a
    verdict "it is nonsense that Y would do it"), or a statement, by someone other than the
    accuser, with a negative claim about the accused ("Y does not hold such weapons"). In one
    article that is enough; across articles they must also be on one topic. Candidates come
    from an index of the accused, not all pairs.
    """
    accusations: dict[str, list[int]] = {}
    for n, t in enumerate(said):
        for k in t.accused:
            accusations.setdefault(k, []).append(n)
    if not accusations:
        return []
    out = []
    for at, d in enumerate(said):
        if d.denial != "deny" and not d.clears:
            continue
        answers = _answers(d)
        found: set[int] = set()
        for k in answers:
            found.update(_nearest(accusations.get(k, []), at))
        for n in sorted(found):
            t = said[n]
            if d.who & t.who or _nested_or_same(t, d):
                continue
            if t.doc != d.doc and not _on_topic(t.words & (d.words - d.who), d.words - d.who):
                continue
            first, second = _ordered(t.statement, d.statement)
            out.append(
                Relation(
                    kind=_CONTRADICTS,
                    a=first,
                    b=second,
                    score=_SCORE_ACCUSATION,
                    reasons=(
                        (
                            f"{_who(t.statement)} accuses “{_short(t.statement)}”; "
                            f"{_who(d.statement)} {_says(d.statement)} “{_short(d.statement)}”"
                        ),
                        "rule accusation-answer: the accused ("
                        + ", ".join(sorted(answers & t.accused))
                        + ") denies it or says it did not",
                    ),
                )
            )
    return out


def _answers(d: _Said) -> frozenset[str]:
    """Whom statement *d* answers an accusation for (rule ``accusation-answer``)."""
    if d.denial != "deny":
        return d.clears
    # a denial by the accused or naming it as the blamed; a verdict of falsity on words about
    # it ("it is nonsense that Y would do it"), not a denial cue's content
    verdict = d.words if d.statement.stance is not _DENY else frozenset()
    return d.clears | d.who | d.named_accused | verdict


def _nested_or_same(t: _Said, d: _Said) -> bool:
    """Whether two statements are one (a statement and its continuation) or one is nested in the other."""
    return t.doc == d.doc and (t.root == d.root or t.statement.content.overlaps(d.statement.content))


def _short(s: Statement) -> str:
    text = " ".join(s.content.text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 3] + "..."


_SHORT = 80


def _knowledge_clash(u: _Said, c: _Said) -> Relation | None:
    """The relation of an unknowing statement *u* and a certain one *c* with a holder in common, if any."""
    uk, ck = u.knows, c.knows
    if uk is None or ck is None:
        return None
    if c.doc == u.doc and (c.root == u.root or c.statement.content.overlaps(u.statement.content)):
        return None
    shared = (uk.topic & ck.topic) - uk.holder - ck.holder
    if not (shared or uk.open) or (not shared and uk.origin and ck.topic - ck.holder):
        return None  # sure of something else
    (first, one), (second, other) = sorted(((u, uk), (c, ck)), key=lambda x: _order(x[0].statement))
    said = (
        f"{_who(first.statement)} {_says(first.statement)} “{one.phrase}”; "
        f"{_who(second.statement)} {_says(second.statement)} “{other.phrase}”"
    )
    what = "shared words: " + ", ".join(sorted(shared)) if shared else "the unknown is an open question"
    why = (
        "rule knowledge-clash: one says it is not established, the other that the same holder "
        f"({', '.join(sorted(k for k in uk.holder & ck.holder if not k.startswith('@')))}) is sure of it; {what}"
    )
    return Relation(
        kind=_CONTRADICTS,
        a=first.statement,
        b=second.statement,
        score=_SCORE_KNOWLEDGE,
        reasons=(said, why),
    )


def _knowledge_relations(said: Sequence[_Said]) -> list[Relation]:  # noqa: C901  one branch per pairing of a knowledge claim and its clash
    """Rule ``knowledge-clash``: "X has not verified P" against "X is sure P", through an index of holders."""
    sure: dict[str, list[int]] = {}
    for n, t in enumerate(said):
        if t.knows is not None and t.knows.certain:
            for k in t.knows.holder:
                sure.setdefault(k, []).append(n)
    if not sure:
        return []
    out = []
    for u in said:
        if u.knows is None or u.knows.certain:
            continue
        found: set[int] = set()
        for k in u.knows.holder:
            hits = sure.get(k, [])
            if len(hits) <= _MAX_WORD_POSTINGS:
                found.update(hits)
        for n in sorted(found):
            r = _knowledge_clash(u, said[n])
            if r is not None:
                out.append(r)
                out.extend(_knowledge_carriers(said, n, u, r))
    return out


_CARRIER_WINDOW = 8  # statements either side of a nested one that may carry it (one article's are consecutive)


def _knowledge_carriers(said: Sequence[_Said], n: int, u: _Said, clash: Relation) -> list[Relation]:
    """Rule ``knowledge-carrier``: a statement that carries a certain one nested in it ("they were categorical,
    and he said there's no doubt", a minister quoting the laboratory) clashes with the unknowing one too.

    Not a carrier that holds the unknowing statement itself. Example: "Ann Roe has not identified the source,
    the agency said" against '"I asked Ann Roe, and she said there is no doubt," the minister said': the
    minister's quote carries "there is no doubt" and clashes with the agency's statement too.
    """
    c = said[n]
    out = []
    for m in range(max(0, n - _CARRIER_WINDOW), min(len(said), n + _CARRIER_WINDOW + 1)):
        t = said[m]
        if m == n or t.doc != c.doc or t.statement.content == c.statement.content:
            continue
        if not t.statement.content.contains(c.statement.content):
            continue
        if t.doc == u.doc and t.statement.content.overlaps(u.statement.content):
            continue
        first, second = _ordered(u.statement, t.statement)
        said_ = f"{_who(first)} {_says(first)} “{_short(first)}”; {_who(second)} {_says(second)} “{_short(second)}”"
        why = f"rule knowledge-carrier: it carries {_who(c.statement)}'s “{c.knows.phrase if c.knows else ''}”"
        out.append(Relation(kind=_CONTRADICTS, a=first, b=second, score=clash.score, reasons=(said_, why)))
    return out


def _target_score(d: _Said, t: _Said, recent: bool) -> tuple[float, list[str]]:  # noqa: C901  one score term per cue that a denial targets a statement
    """How surely *t* is what denial *d* denies, and why."""
    if t.denial is not None or t.reports_denial or t.statement.stance in (_ASK, _DENY) or negated_cue(t.statement):
        return 0.0, []  # a negated cue ("have not verified that P") puts nothing forward (rule negated-cue)
    if d.who & t.who or (d.doc == t.doc and d.root == t.root):
        return 0.0, []  # one's own statement or its continuation
    score = 0.0
    why = []
    sd, st_ = d.statement, t.statement
    nested = d.doc == t.doc and sd.content.start <= st_.content.start and st_.content.end <= sd.content.end
    topic_words = d.words - d.who - d.source - d.frame_words
    if d.agent_blamed:
        topic_words |= {"#blame"}  # rule agent-accused: a denial of what was done by X denies X's blame
    shared = topic_words & t.words
    share = len(shared) / max(1, min(len(topic_words), _TOPIC_SPAN))
    on_topic = len(shared) >= _TOPIC_MIN_SHARED or share >= _TOPIC_MIN_SHARE
    if d.who & t.cleared and not d.who & t.subjects:
        return 0.0, []  # the statement clears the denier: it is on the denier's side
    if d.no_evidence and d.denial != "deny" and len(shared) < _TOPIC_MIN_SHARED:
        return 0.0, []  # "no evidence that P" disputes P: the statement must say P, not only name its people
    subject = bool(d.who & t.subjects) and bool(shared)
    bare = d.reference is not None and not topic_words  # "denied the report", "denied it": nothing else to go on
    blamed = d.who | d.named_accused
    accused = bool(blamed & (t.words | t.about)) and (on_topic or "#blame" in shared or bare)
    figures = recent and t.figures and d.reference in _denial_lex().figure_nouns
    if not (nested or subject or accused or on_topic or figures):
        return 0.0, []  # a denial must bear on what the statement says
    if nested:
        score += _W_NESTED
        why.append("the denied content")
    if d.source and d.source & t.who:
        score += _W_SOURCE
        why.append("its named source")
    if subject:
        score += _W_SUBJECT
        why.append("it accuses the denier")
    elif accused:
        score += _W_ACCUSED
        why.append(
            "about the denier"
            if d.who & (t.words | t.about)
            else "about whom it says the act was done by (rule agent-accused)"
            if d.agent_blamed
            else "about whom its blame names (rule named-accused)"
        )
    if "#blame" in shared and blamed & (t.words | t.about):
        score += _W_BLAME
        why.append("it blames the denier")
    if shared:
        score += _W_TOPIC * min(1.0, share)
        why.append("shared words: " + ", ".join(sorted(w.lstrip("#") for w in shared)))
    return _reference_terms(d, t, (score, why), recent=recent, figures=figures)


def _reference_terms(
    d: _Said, t: _Said, so_far: tuple[float, list[str]], *, recent: bool, figures: bool
) -> tuple[float, list[str]]:
    """The score terms of a denial that refers by a noun or pronoun ("the report", "those numbers")."""
    score, why = so_far
    if d.reference is not None and t.report_cue:
        score += _W_REPORTED
    if recent and d.reference is not None:
        score += _W_RECENT
        why.append("the latest report before it")
    if figures:
        score += _W_FIGURES
        why.append("the figures it refers to (rule figure-reference)")
    return score, why


def _named(s: Statement) -> str:
    """The speaker's name as a sentence would put it: "the Daily Ledger", "Acme"."""
    name = _who(s)
    span = s.speaker_span.text if s.speaker_span is not None else ""
    if span.lower().startswith("the ") and not name.lower().startswith("the "):
        return "the " + name
    return name


def _denial_verb(d: _Said) -> str:
    """The verb a reason uses for a denial: the cue's own denial verb ("disputed" -> "dispute",
    "rejected" -> "reject"), else "dispute" for a credibility dispute and "deny" for the rest."""
    lex = _denial_lex()
    cue = d.statement.cue.split() if d.statement.cue else []
    lemma = lemmatize(cue[-1]) if cue else ""
    refusal = lemma in lex.refusals and d.statement.content.text.lower().startswith("to ")  # "refused to accept"
    if lemma in lex.denial_verbs and not refusal and d.statement.stance is not _RETRACT:
        return lemma
    return "dispute" if d.denial == "dispute" else "deny"


def _denial_reason(d: _Said, t: _Said) -> str:
    denier = _who(d.statement)
    source = _named(t.statement)
    noun = d.reference if d.reference is not None and d.reference in _denial_lex().report_nouns else "claim"
    noun = noun[:-1] if noun.endswith("s") and noun not in ("news", "numbers") else noun
    plural = d.statement.speaker is not None and d.statement.speaker.kind is ActorKind.GROUP
    verb = _denial_verb(d)
    verb = verb if plural else third_person(verb)
    content = " ".join(t.statement.content.text.split()).strip(' ,.“”"')
    if content.lower().startswith("that "):
        content = content[5:]
    possessive = f"{source}'s" if not source.endswith("s") else f"{source}'"
    return f"{denier} {verb} {possessive} {noun} that {content}"


_DENIAL_REASON = "a denial aimed at it: "


def denial_parts(relation: Relation) -> tuple[Statement, Statement] | None:
    """(the denial, what it denies) when *relation* relates a denial to its target, else None.

    >>> import claimkit
    >>> a = claimkit.analyze("The Daily Ledger reported that hackers had planted chips in servers used by Acme. "
    ...                      "Acme denied the report.")
    >>> denial, denied = denial_parts(a.relations[0])
    >>> denial.content.text, denied.speaker.name
    ('the report', 'Daily Ledger')
    """
    if relation.kind is not _CONTRADICTS or len(relation.reasons) < 2:
        return None
    if not relation.reasons[1].startswith(_DENIAL_REASON):
        return None
    said = relation.reasons[0]
    if said.startswith(_who(relation.a) + " ") and not said.startswith(_who(relation.b) + " "):
        return relation.a, relation.b
    return relation.b, relation.a


def _statement_relations(views: Sequence[_Doc], actors: _Actors) -> list[Relation]:
    """Relations read from whole statements: denials and their targets, knowledge clashes, retractions, ranks."""
    said = _said_all(views, actors)
    return [
        *_denial_relations(said),
        *_knowledge_relations(said),
        *_retraction_relations(said),
        *_rank_relations(said),
        *_contrast_relations(said),
        *_accusation_relations(said),
    ]


def _said_all(views: Sequence[_Doc], actors: _Actors) -> list[_Said]:
    lex = _denial_lex()
    memo = _Words(lex, actors)
    said: list[_Said] = []
    for view in views:
        for i, s in enumerate(view.sayings):
            where = (view.doc, i, view.roots.get(s.id, s.id))
            said.append(_said(where, s, view.claims_of.get(s.id, ()), (lex, memo)))
    return said


def _denial_relations(said: Sequence[_Said]) -> list[Relation]:  # noqa: C901  ordered cases of a denial and its target
    """Contradictions between denials and what they deny, through an index (never all pairs)."""
    denials = [(p, d) for p, d in enumerate(said) if d.denial == "deny" or d.no_evidence]
    if not denials:
        return []
    lex = _denial_lex()
    postings: dict[str, list[int]] = {}
    for n, t in enumerate(said):
        if t.denial is None:
            for k in t.who | t.words | t.about:
                postings.setdefault(k, []).append(n)
    out = []
    for at, d in denials:
        found: set[int] = set()
        for k in d.who | d.words | d.source:
            hits = postings.get(k, [])
            if len(hits) <= _MAX_WORD_POSTINGS:
                found.update(hits)
        # the nearest earlier statement of the same article, for "the report" and "it";
        # one giving a figure for "those numbers" (rule figure-reference)
        figures = d.reference in lex.figure_nouns
        same = [n for n in found if said[n].doc == d.doc and said[n].index < d.index and said[n].figures >= figures]
        earlier = _nearest_before(said, at, figures=figures) if d.reference is not None else []
        found.update(earlier)
        latest = max(same + earlier, key=lambda n: said[n].index, default=None)
        head = None if latest is None else _report_head(said, latest)
        if head is not None:
            found.add(head)
        scored = []
        for n in found:
            score, why = _target_score(d, said[n], n == head)
            if n == head != latest and why:
                why.append("rule report-continuation")
            if score >= _DENIAL_MIN:
                scored.append((score, n, why))
        for score, n, why in _innermost_targets(said, sorted(scored, key=lambda x: (-x[0], x[1]))):
            t = said[n]
            first, second = _ordered(t.statement, d.statement)
            out.append(
                Relation(
                    kind=_CONTRADICTS,
                    a=first,
                    b=second,
                    score=round(min(1.0, _SCORE_DENIAL * min(1.0, score)), 3),
                    reasons=(_denial_reason(d, t), _DENIAL_REASON + "; ".join([*why, _denial_rule(d)])),
                )
            )
    return out


def _denial_rule(d: _Said) -> str:
    """The rule a denial relation names: ``no-evidence`` for "there is no evidence that P", else ``denial-target``."""
    return "rule no-evidence" if d.no_evidence and d.denial != "deny" else "rule denial-target"


def _nearest_before(said: Sequence[_Said], at: int, *, figures: bool = False) -> list[int]:
    """The nearest statement before denial ``said[at]`` in its article that is not its denier's own
    (and gives a figure, with *figures*).

    The statements of one article are consecutive in *said*, so the walk goes back from the
    denial, at most ``MAX_PARTNERS`` steps (never over all statements).
    """
    d = said[at]
    for n in range(at - 1, max(-1, at - 1 - MAX_PARTNERS), -1):
        t = said[n]
        if t.doc != d.doc:
            break
        if t.denial is None and not (d.who & t.who) and t.figures >= figures:
            return [n]
    return []


_CONTINUATION_GAP = 2  # characters between a report's content and a continuing cue: ", citing"


def _report_head(said: Sequence[_Said], n: int) -> int:
    """Rule ``report-continuation``: the statement that *said[n]* continues, if it continues one, else *n*.

    "The Valley Courier reported that P, citing engineers." is one report: its source goes on in a
    second statement (cue "citing") that starts where the first one's content ends, or inside it.
    A denial of "the report" aims at the first.

    >>> import claimkit
    >>> a = claimkit.analyze("The Courier reported that the mayor hid the inspection, citing engineers. "
    ...                      "The mayor denied the report.")
    >>> [r.reasons[-1].rsplit("; ", 2)[-2:] for r in a.relations]
    [['rule report-continuation', 'rule denial-target']]
    >>> a.relations[0].a.cue
    'reported'
    """
    for _ in range(MAX_PARTNERS):  # a bounded walk back, as _nearest_before's
        if n == 0:
            break
        t, before = said[n].statement, said[n - 1].statement
        if said[n - 1].doc != said[n].doc or said[n - 1].denial is not None or t.cue_span is None:
            break
        same_source = t.speaker is not None and t.speaker is before.speaker
        cue = t.cue_span.start
        inside = before.content.start <= cue <= before.content.end
        if not same_source or not (inside or 0 <= cue - before.content.end <= _CONTINUATION_GAP):
            break
        n -= 1
    return n


def _innermost_targets(
    said: Sequence[_Said], scored: list[tuple[float, int, list[str]]]
) -> list[tuple[float, int, list[str]]]:
    """Rule ``innermost-target``: the best ``_MAX_TARGETS`` targets, one of statements nested in one another.

    "That story contradicts what Dunn said when he told reporters that “...”" denies one
    thing, said once: of the statements nested around it, the innermost (the words said).
    """
    chosen: list[tuple[float, int, list[str]]] = []
    for item in scored:
        t = said[item[1]]
        nested = [
            k
            for k, (_, m, _) in enumerate(chosen)
            if said[m].doc == t.doc and said[m].statement.content.overlaps(t.statement.content)
        ]
        if not nested:
            chosen.append(item)
        elif all(said[chosen[k][1]].statement.content.contains(t.statement.content) for k in nested):
            # the inner one, with the outer's score
            chosen[nested[0]] = (chosen[nested[0]][0], item[1], [*item[2], "the innermost (rule innermost-target)"])
        if len(chosen) >= _MAX_TARGETS:
            break
    return chosen


# --------------------------------------------------------------------------- ranks ("largest ever" / "second biggest")

_SCORE_RANK = 0.7


@attrs.frozen(eq=False)
class _Ranked:
    statement: Statement
    doc: object
    root: str
    scale: str
    rank: int
    all_time: bool
    words: frozenset[str]
    phrase: str
    at: int  # offset of the superlative in its text
    concept: str | None  # what it ranks, when a concept word says ("crowd": attendance, "viewership": audience)
    carrier: bool = False  # it carries the superlative as a report's words (rule report-carrier)


@functools.cache
def _rank_lex() -> tuple[dict[str, str], dict[str, int], frozenset[str]]:
    superlatives = {k: v[0] for k, v in table("superlatives.tsv").items()}
    ordinals = dict(timewords.rank_ordinals())
    return superlatives, ordinals, wordlist("all_time.txt")


def _ranked_concept(words: Sequence[str], at: int) -> str | None:
    """The concept a superlative ranks: the concept word nearest to it in the content, if any."""
    concepts = concept_words()
    near = [(abs(k - at), concepts[w]) for k, w in enumerate(words) if w in concepts]
    return min(near)[1] if near else None


def _ranked(doc: object, s: Statement, root: str) -> _Ranked | None:
    """The statement's superlative claim: its scale, the rank it gives and whether it is of all time."""
    superlatives, ordinals, all_time = _rank_lex()
    parts = s.content_parts or (s.content,)
    found = [(p.start + m.start(), m.group()) for p in parts for m in _WORD.finditer(p.text)]
    words = [w.lower() for _, w in found]
    for i, w in enumerate(words):
        scale = superlatives.get(w)
        if scale is None or (w == "most" and i + 1 < len(words) and words[i + 1] not in ("ever", "in")):
            continue  # "most" ranks only alone ("the most ever"), not "the most popular"
        rank = ordinals.get(words[i - 1], 1) if i > 0 else 1
        ever = any(x in all_time for x in words)
        if rank == 1 and not ever:
            continue  # "the largest crowd" in some place or year: no claim about every other
        stop = _denial_lex().stopwords
        skip = set(superlatives) | set(ordinals) | all_time
        keys = frozenset(
            content_key(x)
            for x in words
            if x not in stop and x not in skip and len(x) > _MIN_WORD and lemmatize(x) not in wordclass.AUXILIARIES
        )
        phrase = " ".join(words[max(0, i - 1) : i + 2])
        return _Ranked(s, doc, root, scale, rank, ever, keys, phrase, found[i][0], _ranked_concept(words, i))
    return None


def _narrower(s: Statement, than: Statement) -> bool:
    """Which of two statements saying one superlative stands for it: the narrowest with a known speaker
    (a quote inside "Dunn said ..."), not a nameless carrier ("a story saying ...")."""
    named, named_than = _named_speaker(s), _named_speaker(than)
    if named != named_than:
        return named
    return len(s.content.text) < len(than.content.text)


def _named_speaker(s: Statement) -> bool:
    """Whether a statement's speaker is someone, not a report ("a story saying ...")."""
    return s.speaker is not None and name_key(s.speaker.name) not in _denial_lex().report_nouns


def _other_measures(x: _Ranked, y: _Ranked) -> bool:
    """Two ranks of different measures (rule ranks-other-measures): "the largest crowd ever" and
    "the second biggest ratings" rank attendance and the audience, which may both be true."""
    return x.concept is not None and y.concept is not None and x.concept != y.concept


def _rank_pair(lower: _Ranked) -> str:
    return f"first of all time / number {lower.rank}"


def _rank_relations(said: Sequence[_Said]) -> list[Relation]:  # noqa: C901  one branch per case of two rank claims
    """'the largest audience ever' / 'the second biggest in history' of the same thing: a contradiction."""
    tops: dict[str, list[_Ranked]] = {}
    lower: dict[str, list[_Ranked]] = {}
    narrowest: dict[tuple[object, int], _Ranked] = {}  # one statement per superlative
    carriers: list[_Ranked] = []  # and the statements carrying it as a report's words
    for t in said:
        if not t.superlative or t.calls_false:
            continue  # no superlative; or a denied one, or one the content itself calls false: not claimed
        r = _ranked(t.doc, t.statement, t.root)
        if r is None:
            continue
        carriers.append(r)
        old = narrowest.get((r.doc, r.at))
        if old is None or _narrower(t.statement, old.statement):
            narrowest[r.doc, r.at] = r
    carried = [
        attrs.evolve(c, carrier=True) for c in carriers if reported_by(c.statement, narrowest[c.doc, c.at].statement)
    ]
    for r in [*narrowest.values(), *carried]:
        (tops if r.rank == 1 else lower).setdefault(r.scale, []).append(r)
    out = []
    for scale, firsts in tops.items():
        for x in firsts[:MAX_PARTNERS]:
            for y in lower.get(scale, [])[:MAX_PARTNERS]:
                if (x.doc == y.doc and x.root == y.root) or _other_measures(x, y):
                    continue
                shared = x.words & y.words
                if not shared and not (x.doc == y.doc and y.all_time):
                    continue  # the same thing: a shared word, or one article ranking against all time twice
                a, b = _ordered(x.statement, y.statement)
                why = f"shared words: {', '.join(sorted(shared))}" if shared else "the same article"
                if x.carrier or y.carrier:
                    why += "; it cites a report saying so (rule report-carrier)"
                out.append(
                    Relation(
                        kind=_CONTRADICTS,
                        a=a,
                        b=b,
                        score=_SCORE_RANK,
                        reasons=(
                            (
                                f"{_who(x.statement)} {_says(x.statement)} “{x.phrase}”; "
                                f"{_who(y.statement)} {_says(y.statement)} “{y.phrase}”"
                            ),
                            f"incompatible ranks on one scale (rule incompatible-ranks): {_rank_pair(y)}; {why}",
                        ),
                    )
                )
    return out


# --------------------------------------------------------------------------- bare texts

_TEXT_MIN_SHARED = 2
_CUE_WINDOW = 6
_TEXT_MIN_COVERAGE = 0.4
_FALSITY_MIN_COVERAGE = 0.25
_FALSITY_MIN_SHARED = 1
_SCORE_TEXT = 0.6


@attrs.frozen
class _Clause:
    tokens: tuple[Token, ...]
    words: frozenset[str]
    cues: tuple[str, ...]  # negation and falsity words in it
    near_cue: frozenset[str]  # content words within a few tokens of a cue


def _text_clauses(doc: Document, lex: _Lex) -> list[_Clause]:
    out = []
    for clause in split_clauses(doc.tokens):
        words: list[str | None] = []
        cues: list[int] = []
        negations = frozenset(asserted_negations(clause))  # not "a panel that didn't ...", "don't shoot"
        doubled = double_negations(clause)  # "is no hoax" calls nothing false
        for k, t in enumerate(clause):
            low = t.text.lower().replace("’", "'")
            if (low in lex.negation and k in negations) or (low in lex.falsity and k not in doubled):
                cues.append(k)
            word = None
            if low in lex.stopwords or not low[:1].isalnum():
                pass
            elif t.tag.startswith("VB"):
                lemma = lemmatize(low, t.tag)
                if lemma not in wordclass.AUXILIARIES:
                    word = verb_key(lemma)
            elif t.tag.startswith(("NN", "JJ", "CD")):
                word = stem(low)
            words.append(word)
        near = {
            w
            for k in cues
            # a negation bears on what follows it ("the story is not true" aside); a falsity word both ways
            for w in words[max(0, k - (1 if k in negations else _CUE_WINDOW)) : k + _CUE_WINDOW + 1]
            if w is not None
        }
        out.append(
            _Clause(
                tuple(clause),
                frozenset(w for w in words if w is not None),
                tuple(clause[k].text for k in cues),
                frozenset(near),
            )
        )
    return out


def _negated_against(xs: list[_Clause], ys: list[_Clause]) -> tuple[_Clause, _Clause] | None:
    """A negated clause of *xs* about what an affirmative clause of *ys* says."""
    y_words = frozenset().union(*(c.words for c in ys))
    for x in xs:
        if not x.cues:
            continue
        shared = x.words & y_words
        # "X is a hoax" says little besides the cue: fewer shared words suffice
        falsity = any(c.lower() in _lex().falsity for c in x.cues)
        if len(shared) < (_FALSITY_MIN_SHARED if falsity else _TEXT_MIN_SHARED) or not (x.near_cue & y_words):
            continue  # the cue must bear on the shared words, not on some other part of the clause
        best = max(ys, key=lambda c: len(c.words & x.words))
        if best.cues:
            continue
        needed = _FALSITY_MIN_COVERAGE if falsity else _TEXT_MIN_COVERAGE
        if len(shared) / max(1, min(len(y_words), len(x.words))) >= needed:
            return x, best
    return None


def different_periods(sa: Statement, sb: Statement, claims: Sequence[Claim]) -> bool:
    """Whether every dated claim of *sa* is about a period disjoint from every dated claim of *sb*."""
    times_a = [c.time for c in claims if c.statement_id == sa.id and c.doc_id == sa.doc_id and c.time is not None]
    times_b = [c.time for c in claims if c.statement_id == sb.id and c.doc_id == sb.doc_id and c.time is not None]
    return bool(times_a and times_b) and all(_disjoint(x, y) for x in times_a for y in times_b)


def contrast_texts(
    a: Document, b: Document, sa: Statement, sb: Statement, *, claims: Sequence[Claim] = ()
) -> Relation | None:
    """Whether one bare text negates or calls false what the other affirms.

    A fallback for :func:`claimkit.compare` when no pair of claims lines up: a clause
    of one text with a negation or falsity cue ("not", "never", "hoax", "denied") that
    shares most of its content words with an affirmative clause of the other.
    The score is lower than for claims that line up argument by argument.

    >>> import claimkit
    >>> r = claimkit.compare("A bird stole the mayor's hat.", "The story of the bird and the mayor's hat is a hoax.")
    >>> r.kind.value
    'contradicts'
    """
    lex = _lex()
    times_a = [c.time for c in claims if c.statement_id == sa.id and c.time is not None]
    times_b = [c.time for c in claims if c.statement_id == sb.id and c.time is not None]
    if times_a and times_b and all(_disjoint(x, y) for x in times_a for y in times_b):
        return None  # about different periods
    xa, xb = _text_clauses(a, lex), _text_clauses(b, lex)
    if not xa or not xb:
        return None
    found = _negated_against(xa, xb)
    negated_first = True
    if found is None:
        found = _negated_against(xb, xa)
        negated_first = False
    if found is None:
        return None
    neg, aff = found
    doc_neg, doc_aff = (a, b) if negated_first else (b, a)
    neg_text = doc_neg.text[neg.tokens[0].start : neg.tokens[-1].end]
    aff_text = doc_aff.text[aff.tokens[0].start : aff.tokens[-1].end]
    reasons = (
        f"one text says “{aff_text}”; the other “{neg_text}”",
        f"the second negates or calls it false ({', '.join(dict.fromkeys(neg.cues))}) about the same words: "
        + ", ".join(sorted(w.lstrip("@") for w in neg.words & aff.words)),
    )
    if not negated_first:
        reasons = (f"one text says “{neg_text}”; the other “{aff_text}”", reasons[1].replace("the second", "the first"))
    return Relation(kind=_CONTRADICTS, a=sa, b=sb, score=_SCORE_TEXT, reasons=reasons)
