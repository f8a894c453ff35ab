"""Actors: who is who. Mentions, aliases, metonymy, coreference and part-of links.

:func:`find_actors` reads a :class:`~claimkit.text.Document` once, in text order, and
turns every actor mention it meets into an :class:`~claimkit.Actor`:

* titles and roles: "U.S. Army Gen. Ann Roe" is the person Ann Roe, role
  "U.S. Army General", part of the United States;
* organizations: "the Ruritanian Interior Ministry" ("<country> <...> Ministry"),
  "<country> government spokesman <Name>" (a person, part of that government);
* countries, their capitals and demonyms (metonymy: "Paris" and "the French" are France);
* groups and plural sources: "U.S. military officials", "a pair of rebel groups";
* coreference: a pronoun to the last compatible actor, "the ministry" to the last
  ministry, a surname to the full name, "<Person>'s team" to whom that person speaks for.

The speaker spans found by :mod:`claimkit.attribution` come in as *anchors*: each one
is guaranteed an actor. :meth:`ActorTable.resolve` answers the same question later for
any noun phrase (the claims stage uses it for subjects and objects).

>>> from claimkit.text import TextProcessor
>>> doc = TextProcessor.from_lexicons().parse(
...     "French Foreign Minister Anne Dupont spoke on Monday. Paris denied it, and Dupont left."
... )
>>> table = find_actors(doc)
>>> [(a.id, a.kind.value, a.part_of) for a in table.actors]  # doctest: +NORMALIZE_WHITESPACE
[('france', 'country', None), ('french-foreign-ministry', 'organization', 'france'),
 ('anne-dupont', 'person', 'french-foreign-ministry')]
>>> table.resolve(doc.span(53, 58)).name
'France'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import operator
import re
from collections import Counter
from types import MappingProxyType
from typing import TYPE_CHECKING, ClassVar

import attrs

from claimkit import _pycountry
from claimkit.errors import InvalidInputError, InvalidSpanError
from claimkit.lang import tags, wordclass
from claimkit.lang.cues import cue_lexicon
from claimkit.lang.morphology import irregular_lemmas, verb_forms
from claimkit.lang.names import not_names, slug, strip_the
from claimkit.lang.resources import rows, table, wordlist
from claimkit.model import Actor, ActorKind, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from claimkit.text import Document, Token

    _Rule = Callable[["_Reader", Sequence[Token], int, bool], "_Read"]
    _CoreRule = Callable[["_Reader", Sequence[Token], int, bool, bool], "_Read"]
    _Item = tuple[int, int, bool]  # (start, end, is_anchor) of a phrase to read

__all__ = ["PHRASE_RULES", "RULE_NAMES", "ActorTable", "SpeakerFrame", "find_actors", "slug"]

RULE_NAMES = (
    "relative-pronoun",
    "pronoun-in-quote-frame",
    "pronoun-asked-hearer",
    "pronoun-same-sentence",
    "pronoun-answers-question",
    "pronoun-previous-speaker",
    "pronoun-nearest-subject",
    "pronoun-last-person",
    "plural-pronoun-last-group",
    "it-last-organization",
)
"""The pronoun rules, in the order they are tried; the one that resolved a speaker is in its evidence.

>>> RULE_NAMES[1]
'pronoun-in-quote-frame'
"""

PHRASE_RULES = (
    "pronoun",
    "first-person",
    "lexicon",
    "member-of-group",
    "apposition",
    "coordination",
    "possessive",
    "lexicon-before-place",
    "group-at-body",
    "party-name",
    "titled-person",
    "named-body",
    "firm",
    "of-phrase",
    "head-word",
)
"""The rules that read a noun phrase into an actor, in the order they are tried: the first that decides
gives the actor (the last four read the phrase's core, without determiners and a locative tail).
:meth:`ActorTable.read_rule_at` says which one read a speaker.

>>> PHRASE_RULES[:3]
('pronoun', 'first-person', 'lexicon')
"""


class _Pass(enum.Enum):
    """What a phrase rule returns when it does not apply: the next rule is tried."""

    PASS = "pass"


_PASS = _Pass.PASS
# The actor kinds, looked up once: a member read off its Enum class goes through the class's ``__getattr__``
# hook in Python 3.11 (about ten times the cost of a global), and the rules compare kinds at every step.
_PERSON, _ORGANIZATION, _COUNTRY = ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY
_BODIES = frozenset({_ORGANIZATION, _COUNTRY, ActorKind.GROUP})  # what a role holder is part of
_GROUP, _LOCATION, _UNKNOWN = ActorKind.GROUP, ActorKind.LOCATION, ActorKind.UNKNOWN
_Read = str | None | _Pass  # an actor id, "nobody" (decided), or not decided


# Closed-class words: grammar, not lexicon.
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Tags of a sentence's first word when a phrase or clause comes before its subject:
# "On Monday, ...", "After X spoke, ...", "Asked whether ..., ...", "When ..., ...".
_FRONTING_TAGS = frozenset({"IN", "VBN", "VBG", "RB", "TO", "WRB"})
_LOCATIVE = frozenset({"in", "at", "from", "near", "to", "into", "across", "outside", "inside"})
_IN_TO = frozenset({"IN", "TO"})
_APPOSITION_MARKS = frozenset({",", "(", "—", "–"})  # what separates a head from its apposition
_DT_TAGS = frozenset({"DT", "PDT"})
_VERB_GROUP_TAGS = frozenset({"MD", "RB", "RP", "TO"})  # besides verbs, the words of a verb group ("has not voted")
_ANY = 1 << 30  # no upper bound on a phrase's words
# What a phrase's words hold (see _Registry.phrase_words): a rule that needs a word of some kind is asked only
# about phrases that hold one. Each bit is a necessary condition of its rule deciding, never a sufficient one.
_W_PRONOUN = 1  # a third-person or relative pronoun
_W_FIRST_PERSON = 2  # "I", "we"
_W_OF = 4  # "of" (a member of a group)
_W_OF_FOR_ON = 8  # "of", "for", "on" (an of-phrase)
_W_MARK = 16  # ",", "(", a dash (an apposition)
_W_AND = 32  # "and" (a coordination)
_W_POSSESSIVE = 64  # "'s" or a token tagged POS
_W_TITLE = 128  # a word that may open a title ("Gen.", "chief")
_W_NOT_NAME = 256  # a word that may be no name's (see _in_name)
_W_AMPERSAND = 512  # "&" (a firm)
_W_CAPITALIZED = 1024  # a word that starts with an upper-case letter
_W_LOCATIVE = 2048  # "in", "at", "from" ... (a locative tail: see _is_locative)
_W_INFORMED = 4096  # "familiar", "close" (what a source knows follows: see _Reader._bare)
_W_READ = 8192  # a word some rule of a phrase of two words or more reads: not a lower-case letter run, or one in
# the actor vocabulary (see _Lexicon.vocabulary); a phrase without one names nobody (see _Reader.read)
_W_ONE_WORD = _W_PRONOUN | _W_FIRST_PERSON  # what the one-word phrase rules read besides _W_READ
_FUNCTION_WORD_KINDS = MappingProxyType({
    "of": _W_OF | _W_OF_FOR_ON, "for": _W_OF_FOR_ON, "on": _W_OF_FOR_ON, "and": _W_AND, "&": _W_AMPERSAND,
    "'s": _W_POSSESSIVE, "’s": _W_POSSESSIVE, ",": _W_MARK, "(": _W_MARK, "—": _W_MARK, "–": _W_MARK,
})  # fmt: skip
_NO_CLASSES: frozenset[str] = frozenset()  # the classes of a word the lexicon does not hold
_GROUP_CLASSES = frozenset({"group", "collective"})  # nouns of people in the plural: "fighters", "groups"
_COLLECTIVE = frozenset({"collective"})
_MEMBER_CLASSES = frozenset({"group", "member"})  # people who speak for the body they are at
_BODY_PREPOSITIONS = frozenset({"at", "in", "inside"})  # "officials at the Kremlin", "sources in the ministry"
_LOOKBACK = 80  # mentions searched back for an antecedent: keeps coreference linear
_MAX_EXTENSION = 3  # lower-case words allowed between a name and its head noun
_APOSTROPHES = frozenset({"'", "’"})
_MAX_ACRONYM = 5  # longer all-capital words are datelines or shouting, not acronyms
_MAX_NAME_WORDS = 4  # "Maria de la Cruz"; longer runs of capitals are titles of things
_PRONOUN_WINDOW = 120  # characters after a one-word name searched for the pronoun that tells its kind
_MAX_ROLE_WORDS = 10  # an apposition longer than this is a clause, not a role
_MAX_HEARER_WORDS = 8  # words between an asking verb and the question it asks: more is no hearer's noun phrase


# --------------------------------------------------------------------------- lexicons


@attrs.frozen
class _Country:
    name: str
    forms: tuple[str, ...]
    adjective: str | None


@attrs.frozen
class _Lexicon:
    countries: Mapping[str, _Country]
    """Every name, alias, capital, adjective and plural demonym -> its country."""
    country_max_words: int
    organizations: Mapping[str, str]
    """Every name and abbreviation of a known organization -> its canonical name."""
    organization_country: Mapping[str, _Country]
    """Canonical name of a body that speaks for a government ("Downing Street") -> that country."""
    titles: Mapping[str, tuple[str, str]]
    """Lower-case title -> (expansion, class)."""
    title_max_words: int
    title_firsts: frozenset[str]
    """The first word of every title: no title starts at any other word."""
    title_lengths: Mapping[str, tuple[int, ...]]
    """The first word of every title -> how many words the titles it starts have, most first."""
    words: Mapping[str, frozenset[str]]
    """Lower-case noun or modifier -> its classes (group, org, staff, ...)."""
    quantity_plural: Mapping[str, str]
    function_words: frozenset[str]
    """Words never part of a person's name: a capitalized one marks a headline (``stopwords.txt`` but its letters,
    and ``actor_words.tsv``'s function words)."""
    pronouns: Mapping[str, tuple[str, str]]
    """Lower-case pronoun -> (number, gender)."""
    given_names: Mapping[str, str]
    """Folded given name ("jose") -> "m" or "f"; only names used for one gender."""
    stopwords: frozenset[str]
    informed: frozenset[str]  # "familiar", "close": what a source knows follows ("close to the talks")
    asking: frozenset[str]
    """The forms of the cue verbs that take a hearer and a wh-clause ("asked", cues.tsv: ``tell`` and ``wh``)."""
    person_object: frozenset[str]
    """The forms of the verbs whose object is a person ("met", "thanked": ``person_verbs.txt``, with the verbs
    of ``accusation_verbs.txt``)."""
    question_openers: frozenset[str]
    """The words besides wh-adverbs that open an indirect question ("whether", "if"; negation_scope.tsv)."""
    reflexives: frozenset[str]
    first_person: frozenset[str]
    vocabulary: frozenset[str]
    """Every lower-case word a phrase rule reads besides the pronouns: the classed nouns and modifiers, the words
    of titles, countries and organizations, and the function words the rules look for ("of", "in", "himself")."""


def _split(field: str) -> list[str]:
    return [v.strip() for v in field.split("|") if v.strip()]


@functools.cache
def _lexicon() -> _Lexicon:  # noqa: C901  gathers one lexicon record from several data files
    iso = _pycountry.country_names()
    countries: dict[str, _Country] = {}
    by_code: dict[str, _Country] = {}
    listed: set[str] = set()
    for row in rows("countries.tsv"):
        code, canonical, aliases, capitals, adjectives, demonyms = (*row, "", "", "", "", "", "")[:6]
        names = iso.get(code, ())
        name = canonical or (names[0] if names else code)
        adjs = _split(adjectives)
        forms = (name, *names, *_split(aliases), *_split(capitals), *adjs, *_split(demonyms))
        country = _Country(name=name, forms=tuple(dict.fromkeys(forms)), adjective=adjs[0] if adjs else None)
        listed.add(code)
        by_code[code] = country
        for form in country.forms:
            countries.setdefault(strip_the(form), country)
    for code, names in iso.items():  # territories the table leaves out: names only
        if code not in listed and names:
            country = _Country(name=names[0], forms=tuple(names), adjective=None)
            for form in names:
                countries.setdefault(form, country)
    organizations: dict[str, str] = {}
    organization_country: dict[str, _Country] = {}
    for row in rows("organizations.tsv"):
        organizations[row[0]] = row[0]
        for alias in _split(row[1]) if len(row) > 1 else ():
            organizations.setdefault(strip_the(alias), row[0])
        if len(row) > 2 and row[2].strip() in by_code:
            organization_country[row[0]] = by_code[row[2].strip()]
    titles = {r[0]: (r[1], r[2]) for r in rows("titles.tsv")}
    title_lengths: dict[str, set[int]] = {}
    for title in titles:
        parts = title.split(" ")
        title_lengths.setdefault(parts[0], set()).add(len(parts))
    words: dict[str, set[str]] = {}
    quantity: dict[str, str] = {}
    for row in rows("actor_words.tsv"):
        words.setdefault(row[0], set()).add(row[1])
        if row[1] == "quantity" and len(row) > 2:
            quantity[row[0]] = row[2]
    informed = frozenset(r[0] for r in rows("attribution_words.tsv") if r[1] == "informed")
    return _Lexicon(
        countries=MappingProxyType(countries),
        country_max_words=max(len(f.split()) for f in countries),
        organizations=MappingProxyType(organizations),
        organization_country=MappingProxyType(organization_country),
        titles=MappingProxyType(titles),
        title_max_words=max(len(t.split()) for t in titles),
        title_firsts=frozenset(title_lengths),
        title_lengths=MappingProxyType({k: tuple(sorted(v, reverse=True)) for k, v in title_lengths.items()}),
        words=MappingProxyType({k: frozenset(v) for k, v in words.items()}),
        quantity_plural=MappingProxyType(quantity),
        function_words=frozenset(w for w in wordlist("stopwords.txt") if len(w) > 1)
        | {w for w, classes in words.items() if "function" in classes},
        pronouns=wordclass.third_person(),
        given_names=MappingProxyType({r[0]: r[1] for r in rows("first_names.tsv")}),
        stopwords=not_names(),
        informed=informed,
        asking=frozenset(
            form for form, cues in cue_lexicon().verbs.items() if any({"tell", "wh"} <= c.takes for c in cues)
        ),
        person_object=_forms(wordlist("person_verbs.txt") | wordlist("accusation_verbs.txt")),
        question_openers=frozenset(k for k, v in table("negation_scope.tsv").items() if v[:1] == ("question",)),
        reflexives=wordclass.reflexives(),
        first_person=wordclass.first_person(),
        vocabulary=_vocabulary(words, titles, countries, organizations, informed),
    )


def _forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Every form of the verbs *lemmas*, irregular ones too.

    >>> {"met", "meets", "sued"} <= _forms({"meet", "sue"})
    True
    """
    lemmas = frozenset(lemmas)
    irregular = {form for form, lemma in irregular_lemmas().items() if lemma in lemmas}
    return frozenset(form for lemma in lemmas for form in verb_forms(lemma)) | irregular


def _vocabulary(*names: Iterable[str]) -> frozenset[str]:
    """The lower-case words of *names* and the function words the phrase rules look for (see _W_READ), but the
    determiners: the core rules read a phrase without them, and "one" or "each" opens a member ("one of X") only
    before "of".

    >>> {"ministry", "of", "himself"} <= _lexicon().vocabulary, "room" in _lexicon().vocabulary
    (True, False)
    """
    found = {word for group in names for name in group for word in name.lower().split()}
    found -= wordclass.DETERMINERS
    return frozenset(found | _FUNCTION_WORD_KINDS.keys() | _LOCATIVE | wordclass.reflexives())


# --------------------------------------------------------------------------- the table


@attrs.frozen(kw_only=True)
class ActorTable:
    """The actors of one document and which mention spans refer to them.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Berlin objected. The Germans said no.")
    >>> table = find_actors(doc)
    >>> [a.name for a in table.actors]
    ['Germany']
    >>> table.actor_at(doc.span(17, 28)).id
    'germany'
    """

    actors: tuple[Actor, ...] = ()
    by_mention: Mapping[tuple[int, int], str] = attrs.field(factory=lambda: MappingProxyType({}))
    """``(start, end)`` of a mention span -> actor id (read-only)."""
    rules: Mapping[tuple[int, int], str] = attrs.field(factory=lambda: MappingProxyType({}))
    """``(start, end)`` of an anchor -> the name of the rule that resolved it (pronouns; read-only)."""
    read_rules: Mapping[tuple[int, int], str] = attrs.field(factory=lambda: MappingProxyType({}))
    """``(start, end)`` of an anchor -> the phrase rule (:data:`PHRASE_RULES`) that read it (read-only)."""
    _state: _State | None = attrs.field(default=None, eq=False, repr=False, alias="state")
    _index: Mapping[str, Actor] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", MappingProxyType({a.id: a for a in self.actors}))

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, if there is one.

        >>> ActorTable().get("france") is None
        True
        """
        return self._index.get(actor_id)

    def actor_at(self, span: Span) -> Actor | None:
        """The actor that the mention *span* (exact offsets) refers to, if known.

        >>> from claimkit.text import TextProcessor
        >>> doc = TextProcessor.from_lexicons().parse("Kenya agreed.")
        >>> find_actors(doc).actor_at(doc.span(0, 5)).kind.value
        'country'
        """
        actor_id = self.by_mention.get((span.start, span.end))
        return None if actor_id is None else self._index.get(actor_id)

    def rule_at(self, span: Span) -> str | None:
        """The name of the rule that resolved the anchor *span* (a pronoun), if one did.

        >>> from claimkit.text import TextProcessor
        >>> doc = TextProcessor.from_lexicons().parse("Ann Roe spoke. She left.")
        >>> find_actors(doc, [doc.span(15, 18)]).rule_at(doc.span(15, 18))
        'pronoun-nearest-subject'
        """
        return self.rules.get((span.start, span.end))

    def read_rule_at(self, span: Span) -> str | None:
        """The name of the phrase rule (:data:`PHRASE_RULES`) that read the anchor *span* as an actor.

        >>> from claimkit.text import TextProcessor
        >>> doc = TextProcessor.from_lexicons().parse("Ann Roe, a lawyer, spoke.")
        >>> find_actors(doc, [doc.span(0, 17)]).read_rule_at(doc.span(0, 17))
        'apposition'
        """
        return self.read_rules.get((span.start, span.end))

    def part_of_chain(self, actor: Actor) -> tuple[Actor, ...]:
        """*actor* and everything it is part of, innermost first.

        >>> from claimkit.text import TextProcessor
        >>> doc = TextProcessor.from_lexicons().parse("Polish government spokesman Jan Nowak spoke.")
        >>> table = find_actors(doc)
        >>> [a.name for a in table.part_of_chain(table.get("jan-nowak"))]
        ['Jan Nowak', 'Polish government', 'Poland']
        """
        chain = [actor]
        seen = {actor.id}
        while chain[-1].part_of is not None and chain[-1].part_of not in seen:
            parent = self._index.get(chain[-1].part_of)
            if parent is None:
                break
            chain.append(parent)
            seen.add(parent.id)
        return tuple(chain)

    def resolve(self, span: Span) -> Actor | None:
        """The actor a noun phrase refers to, read at its position in the text.

        Pronouns and definite descriptions ("they", "the group", "the ministry") go to
        the last compatible actor before *span*; capitals and demonyms ("Paris", "the
        Germans") to their country; "Dutch government sources" to a group that is part
        of the Dutch government. A phrase naming something the table does not hold
        gives a new :class:`~claimkit.Actor` (its ``part_of`` may name a table actor).
        ``None`` when the phrase names no actor ("the weapons").

        >>> from claimkit.text import TextProcessor
        >>> doc = TextProcessor.from_lexicons().parse("The rebel group met Dutch officials. It denied this.")
        >>> table = find_actors(doc)
        >>> table.resolve(doc.span(37, 39)).name
        'rebel group'
        >>> table.resolve(doc.span(20, 35)).part_of
        'netherlands'

        Raises:
            InvalidSpanError: if *span* does not lie in the analyzed text.
            InvalidInputError: if *span* is not a :class:`~claimkit.Span`.
        """
        if not isinstance(span, Span):
            msg = f"resolve() takes a Span, got {type(span).__name__}"
            raise InvalidInputError(msg)
        found = self.actor_at(span)
        if found is not None or self._state is None:
            return found
        doc = self._state.doc
        if not 0 <= span.start <= span.end <= len(doc.text) or doc.text[span.start : span.end] != span.text:
            msg = f"span ({span.start}, {span.end}) does not slice the analyzed text"
            raise InvalidSpanError(msg)
        reader = _Reader(self._state, register=False)
        actor_id = reader.read(doc.tokens_in(span.start, span.end), span.start, anchor=False)
        if actor_id is None:
            return None
        known = self._index.get(actor_id)
        if known is not None:
            return known
        entry = reader.transient.get(actor_id)
        return None if entry is None else entry.freeze(doc.span, extra=(span,))


# --------------------------------------------------------------------------- building


@attrs.define
class _Entry:
    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    part_of: str | None = None
    plural: bool = False
    gender: str | None = None
    aliases: dict[str, None] = attrs.field(factory=dict)
    mentions: dict[tuple[int, int], None] = attrs.field(factory=dict)
    """The ``(start, end)`` of each mention, in the order registered: the spans are made by :meth:`freeze`
    (a stage that registers 250,000 mentions holds no span for them until then)."""
    order: int = 0

    def freeze(self, span: Callable[[int, int], Span], extra: tuple[Span, ...] = ()) -> Actor:
        """The actor, with a span made by *span* (``Document.span``) for each mention, and the spans *extra*."""
        spans: Sequence[Span]
        if extra:
            made = [span(start, end) for start, end in self.mentions]
            spans = sorted({(s.start, s.end): s for s in (*made, *extra)}.values(), key=_span_key)
        else:  # the keys are the spans' offsets, one per span
            spans = tuple(itertools.starmap(span, sorted(self.mentions)))
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            mentions=tuple(spans),
            part_of=self.part_of if self.part_of != self.id else None,
            role=self.role,
            aliases=tuple(a for a in self.aliases if a != self.name),
        )


def _span_key(s: Span) -> tuple[int, int]:
    return (s.start, s.end)


def _person_or_unknown(gender: str) -> Callable[[_Entry], bool]:
    """What the one asked may be for "he" or "she" (*gender*): a person of no other gender, or an unknown actor."""

    def accept(e: _Entry) -> bool:
        return e.kind is _UNKNOWN or (e.kind is _PERSON and (e.gender is None or e.gender == gender))

    return accept


def _plural_referent(e: _Entry) -> bool:
    """What "they" may refer to: anything but a person or a place."""
    return e.kind is not _PERSON and e.kind is not _LOCATION


def _neuter_referent(e: _Entry) -> bool:
    """What "it" may refer to: an organization, a country, a singular group, or an unknown actor."""
    kind = e.kind  # compared by identity: an enum member's hash is a Python-level call
    return kind is _ORGANIZATION or kind is _COUNTRY or kind is _UNKNOWN or (kind is _GROUP and not e.plural)


@attrs.frozen(kw_only=True)
class SpeakerFrame:
    """One attribution as the actor stage sees it: a content and who says it to whom.

    Inside a quotation, the speaker is "I" and the hearer "you": a "he" or "they" there
    is someone else.

    >>> from claimkit.text import TextProcessor
    >>> text = "Tom Ek met Jon Bell. Ann Roe said: “He lied.” He left."
    >>> doc = TextProcessor.from_lexicons().parse(text)
    >>> frame = SpeakerFrame(content=doc.span(35, 45), speaker=doc.span(21, 28))
    >>> table = find_actors(doc, [doc.span(36, 38), doc.span(21, 28)], frames=[frame])
    >>> table.actor_at(doc.span(36, 38)).name, table.rule_at(doc.span(36, 38))
    ('Jon Bell', 'pronoun-in-quote-frame')
    """

    content: Span
    speaker: Span | None = None
    addressee: Span | None = None


class _Positions:
    """``(start, end, actor id)`` of every mention, in text order, as two lists: the mentions' ``(start, end)``
    keys (the very tuples that key the mentions of their actors: no object of its own per mention) and their
    actor ids.

    >>> p = _Positions()
    >>> p.add((4, 6), "b"); p.add((0, 2), "a"); p.add((4, 6), "a")
    >>> list(p.forward(0, 3)), p.first_from(4), p.first_after(4)
    ([((0, 2), 'a'), ((4, 6), 'a'), ((4, 6), 'b')], 1, 3)
    """

    __slots__ = ("ids", "keys")

    def __init__(self) -> None:
        self.keys: list[tuple[int, int]] = []
        self.ids: list[str] = []

    def add(self, key: tuple[int, int], actor_id: str) -> None:
        """Insert in order of ``(start, end, actor id)``, after equal ones (as ``bisect.insort`` of the triple)."""
        keys, ids = self.keys, self.ids
        if not keys or keys[-1] < key or (keys[-1] == key and ids[-1] <= actor_id):
            keys.append(key)  # mentions come mostly in text order
            ids.append(actor_id)
            return
        lo = bisect.bisect_left(keys, key)
        i = lo + bisect.bisect_right(ids[lo : bisect.bisect_right(keys, key, lo)], actor_id)
        keys.insert(i, key)
        ids.insert(i, actor_id)

    def first_from(self, offset: int) -> int:
        """Index of the first mention starting at or after *offset*."""
        return bisect.bisect_left(self.keys, (offset, -1))

    def first_after(self, offset: int) -> int:
        """Index of the first mention starting after *offset*."""
        return bisect.bisect_right(self.keys, (offset, 1 << 62))

    def forward(self, lo: int, hi: int) -> Iterator[tuple[tuple[int, int], str]]:
        """``((start, end), actor id)`` of the mentions ``lo`` to ``hi``, in order."""
        return zip(self.keys[lo:hi], self.ids[lo:hi], strict=True)

    def backward(self, lo: int, hi: int) -> Iterator[tuple[tuple[int, int], str]]:
        """:meth:`forward`, last first."""
        return zip(reversed(self.keys[lo:hi]), reversed(self.ids[lo:hi]), strict=True)


_NO_ENDS: Mapping[int, int] = MappingProxyType({})


@attrs.define
class _State:
    doc: Document
    entries: dict[str, _Entry] = attrs.field(factory=dict)
    by_mention: dict[tuple[int, int], str] = attrs.field(factory=dict)
    positions: _Positions = attrs.field(factory=_Positions)
    """(start, end, actor id) of every mention, in text order."""
    surnames: dict[str, str] = attrs.field(factory=dict)
    org_suffixes: dict[str, str] = attrs.field(factory=dict)
    """Trailing words of an organization's name ("Foreign Ministry") -> its id."""
    by_end: dict[str, dict[int, int]] = attrs.field(factory=dict)
    """actor id -> end -> start of its mention ending there (no key tuple per mention)."""
    dropped: set[tuple[int, int, str]] = attrs.field(factory=set)
    """Positions replaced by a longer mention of the same actor ("Xs" by "the Xs")."""
    nested: set[tuple[int, int]] = attrs.field(factory=set)
    """Mentions inside a larger one ("Dutch" in "Dutch officials"): never antecedents."""
    artifacts: list[tuple[int, str, str]] = attrs.field(factory=list)
    """(start, artifact noun, owner id): "a XYZ report" for a later "the report"."""
    speakers: frozenset[tuple[int, int]] = frozenset()
    """Speaker spans of attributions: the subjects of their sentences' governing clauses."""
    frames: list[tuple[int, int, tuple[int, int] | None, tuple[int, int] | None]] = attrs.field(factory=list)
    """(content start, content end, speaker span, addressee span) of each attribution."""
    rules: dict[tuple[int, int], str] = attrs.field(factory=dict)
    read_rules: dict[tuple[int, int], str] = attrs.field(factory=dict)
    """Anchor span -> the name of the rule that resolved it (pronouns)."""
    slugs: dict[str, str] = attrs.field(factory=dict)
    """Name -> its :func:`slug` (the ids of the names met so far)."""
    aliases: dict[str, tuple[str, tuple[str, ...]] | None] = attrs.field(factory=dict)
    """Mention text -> its :func:`_alias_form` and that form's words (``None``: no alias, or a pronoun)."""
    aliased: set[tuple[str, str, bool]] = attrs.field(factory=set)
    """(actor id, mention text, whether a person) already given to :meth:`add_alias`: the same call decides the same."""
    word_kinds: dict[str, int] = attrs.field(factory=dict)
    """Token text -> its ``_W_*`` bits that do not depend on its tag (see :meth:`_Registry.phrase_words`)."""
    _quotes: list[tuple[int, int]] | None = attrs.field(default=None, alias="quotes")
    _lower: frozenset[str] | None = attrs.field(default=None, alias="lower")
    _spaced: bool | None = attrs.field(default=None, alias="spaced")
    _texts: frozenset[str] | None = attrs.field(default=None, alias="texts")

    def slug(self, name: str) -> str:
        """:func:`slug`, remembered for the document."""
        found = self.slugs.get(name)
        if found is None:
            found = self.slugs[name] = slug(name)
        return found

    def add_alias(self, entry: _Entry, text: str, pronouns: Mapping[str, object]) -> None:
        """Keep the mention *text* as another name of *entry* if it reads as one."""
        person = entry.kind is _PERSON
        key = (entry.id, text, person)
        if key in self.aliased:
            return  # decided before for this actor as it is now (its name never changes)
        self.aliased.add(key)
        if text in self.aliases:
            form = self.aliases[text]
        else:
            alias_text = _alias_form(text)
            form = None if alias_text is None or text.lower() in pronouns else (alias_text, tuple(alias_text.split()))
            self.aliases[text] = form
        if form is not None:
            alias_text, words = form
            # a person's other names are parts of the name ("Obama"), not "Mr. Obama" or a role
            if not person or len(words) == 1 or set(words) <= set(entry.name.split()):
                entry.aliases[alias_text] = None

    def token_texts(self) -> frozenset[str]:
        """The distinct texts of the tokens (each looked at once by the scans below)."""
        if self._texts is None:
            self._texts = frozenset(map(_TOKEN_TEXT, self.doc.tokens))
        return self._texts

    def lower_words(self) -> frozenset[str]:
        """Every word the document writes in lower case ("change" makes "Climate Change" no name)."""
        if self._lower is None:
            self._lower = frozenset(filter(str.islower, self.token_texts()))
        return self._lower

    def spaced_tokens(self) -> bool:
        """Whether a token of the document holds a space (a key of *n* tokens then has more than *n* words)."""
        if self._spaced is None:
            self._spaced = " " in "".join(self.token_texts())
        return self._spaced

    def quote_spans(self) -> list[tuple[int, int]]:
        """Offsets of the outermost quotations' contents, sorted and disjoint."""
        if self._quotes is None:
            spans: list[tuple[int, int]] = []
            for q in self.doc.quotes:
                if q.depth == 0 and (not spans or q.content.start >= spans[-1][1]):
                    spans.append((q.content.start, q.content.end))
            self._quotes = spans
        return self._quotes


# The core rules of :class:`_Reader` that only ask one of its readers (the others are its methods).


def _core_lexicon_before_place(reader: _Reader, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
    """Rule ``lexicon-before-place``: the lexicon on the phrase before a place ("the ministry in Paris")."""
    del at, anchor, definite
    found = reader.lexicon_match(core)
    return _PASS if found is None else found


def _core_group_at_body(reader: _Reader, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
    """Rule ``group-at-body``: "officials at the Kremlin" are a group of that body."""
    del at, anchor, definite
    found = reader.group_at_body(core, reader.place)
    return _PASS if found is None else found


def _core_party_name(reader: _Reader, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
    del at, anchor
    found = reader.party_name(core, definite=definite)
    return _PASS if found is None else found


def _core_titled_person(reader: _Reader, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
    del at, definite
    found = reader.person(core, anchor=anchor)
    return _PASS if found is None else found


def _core_named_body(reader: _Reader, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
    del at, anchor, definite
    found = reader.named_body(core)
    return _PASS if found is None else found


def _core_firm(reader: _Reader, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
    del at, anchor, definite
    found = reader.firm(core)
    return _PASS if found is None else found


def _sentence_start(doc: Document, at: int) -> int:
    sentence = doc.sentence_index_at(at)
    return doc.sentences[sentence].start if sentence is not None else at


def _plural_group(entry: _Entry) -> bool:
    """ "the fighters" may refer back to another plural group, from an earlier sentence: in "Dutch officials
    armed the rebels" a group of the same sentence is the description's co-argument."""
    return entry.kind is _GROUP and entry.plural


class _Registry:
    """The actors found so far, and the lookups over them that the rules share: registering an actor or a
    mention, and the antecedents (the last fitting mention, a speaker, a subject, a group named or not)."""

    def __init__(self, state: _State, *, register: bool) -> None:
        self.state = state
        self.doc = state.doc
        self.register = register
        self.lex = _lexicon()
        self.transient: dict[str, _Entry] = {}
        self.last_rule: str | None = None
        """The name of the last pronoun rule that decided (see :meth:`pronoun`)."""
        self.last_read_rule: str | None = None
        """The name of the last phrase rule that found an actor (see :meth:`read`)."""
        self.place: Sequence[Token] = ()
        """The locative tail cut off the phrase being read ("at the Kremlin"), for the core rules."""
        self.excluded: frozenset[str] = frozenset()
        """Actors no antecedent lookup takes: the subject of an object pronoun's clause (see :meth:`own_subject`)."""

    def entry(self, actor_id: str) -> _Entry | None:
        return self.state.entries.get(actor_id) or self.transient.get(actor_id)

    def actor(
        self,
        name: str,
        kind: ActorKind,
        *,
        role: str | None = None,
        part_of: str | None = None,
        plural: bool = False,
        gender: str | None = None,
    ) -> str:
        state = self.state
        actor_id = state.slugs.get(name) or state.slug(name)
        known = state.entries.get(actor_id) or self.transient.get(actor_id)
        if known is not None and not self.register:
            return actor_id  # a dry reader changes nothing it knows
        if kind is _PERSON and gender is None and " " in name and (known is None or known.gender is None):
            gender = self.lex.given_names.get(state.slug(name.split(" ", 1)[0]))  # "Ann Roe": she
        if known is None:
            self._new_entry(actor_id, name, kind, role=role, part_of=part_of, plural=plural, gender=gender)
        else:
            if known.kind is _UNKNOWN and kind is not _UNKNOWN:
                known.kind = kind
            known.role = known.role or role
            if known.part_of is None and part_of != actor_id:
                known.part_of = part_of
            known.gender = known.gender or gender
        return actor_id

    def _new_entry(
        self,
        actor_id: str,
        name: str,
        kind: ActorKind,
        *,
        role: str | None,
        part_of: str | None,
        plural: bool,
        gender: str | None,
    ) -> None:
        """Add the actor *actor_id* (to the document's actors, or, dry, to :attr:`transient`)."""
        store = self.state.entries if self.register else self.transient
        store[actor_id] = _Entry(
            id=actor_id,
            name=name,
            kind=kind,
            role=role,
            part_of=part_of,
            plural=plural,
            gender=gender,
            order=len(store),
        )
        if self.register and kind is _PERSON and " " in name:
            self.state.surnames[_fold_apostrophe(name.rsplit(" ", 1)[1])] = actor_id
        if self.register and kind is _ORGANIZATION:
            words = name.split()
            for i in range(1, len(words)):
                if words[i][:1].isupper():
                    self.state.org_suffixes[" ".join(words[i:])] = actor_id

    def mention(self, actor_id: str, start: int, end: int, *, alias: bool = True, nested: bool = False) -> None:
        if not self.register or start >= end:
            return
        state = self.state
        entry = state.entries.get(actor_id)
        if entry is None:
            return
        mentions, key = entry.mentions, (start, end)
        # "the Zarvani" and "Zarvani" at the same place are one mention: keep the longer
        other = state.by_end.get(actor_id, _NO_ENDS).get(end)
        if other is not None and other != start and (other, end) in mentions:
            between = self.doc.text[min(other, start) : max(other, start)].strip().lower()
            if between in wordclass.DETERMINERS:
                if start > other:
                    state.by_mention.setdefault(key, actor_id)
                    return
                del mentions[other, end]
                state.dropped.add((other, end, actor_id))
        if key not in mentions:
            mentions[key] = None
            state.by_end.setdefault(actor_id, {})[end] = start
            state.positions.add(key, actor_id)
        state.by_mention.setdefault(key, actor_id)
        if nested:
            state.nested.add(key)
        if alias:
            text = self.doc.text[start:end]
            if (actor_id, text, entry.kind is _PERSON) not in state.aliased:
                state.add_alias(entry, text, self.lex.pronouns)

    def antecedent(
        self, before: int, accept: Callable[[_Entry], bool], *, skip_quotes: bool = False, floor: int = 0
    ) -> str | None:
        """The last actor mentioned before offset *before* (and from offset *floor* on) that *accept* takes.

        With *skip_quotes*, names inside quotations are passed over when *before* is not in
        one: the "he" of "“..., ” he said" is the speaker, not someone the quote names.
        """
        found = self.antecedent_mention(before, accept, skip_quotes=skip_quotes, floor=floor)
        return None if found is None else found[1]

    def antecedent_mention(
        self, before: int, accept: Callable[[_Entry], bool], *, skip_quotes: bool = False, floor: int = 0
    ) -> tuple[int, str] | None:
        """:meth:`antecedent` with where its mention starts: ``(start, actor id)``."""
        positions = self.state.positions
        quotes = self.state.quote_spans()
        skip = skip_quotes and _inside(quotes, before) is None
        i = positions.first_from(before)
        for (start, end), actor_id in positions.backward(max(0, i - _LOOKBACK), i):
            if start < floor:
                break
            if start >= before or (start, end) in self.state.nested or (start, end, actor_id) in self.state.dropped:
                continue
            if skip and _inside(quotes, start) is not None:
                continue
            entry = self.state.entries.get(actor_id)
            if entry is not None and accept(entry) and actor_id not in self.excluded:
                return start, actor_id
        return None

    def bare_group(
        self, before: int, floor: int, *, stem: str | None = None, classes: frozenset[str] = _GROUP_CLASSES
    ) -> Sequence[Token] | None:
        """The last plural group named by common nouns alone between *floor* and *before*.

        "met rebel fighters", "armed the rebels": no name opens these phrases, so no mention
        holds them until a later "one of them" or "the rebels" needs them. With *stem*, only a
        group whose head noun has that stem ("rebel" for "the rebels"); without, any plural of
        the lexicon's nouns of *classes*. Nothing is registered here (see :meth:`group_of`).
        """
        toks = self.doc.tokens_in(floor, before)
        quotes = self.state.quote_spans()
        skip = _inside(quotes, before) is None
        for k in range(len(toks) - 1, -1, -1):
            tok = toks[k]
            low = tok.text.lower()
            if tok.tag != "NNS" or not tok.text.islower():
                continue
            if stem is not None and low.rstrip("s") != stem:
                continue
            if stem is None and not self.lex.words.get(low, _NO_CLASSES) & classes:
                continue
            if (skip and _inside(quotes, tok.start) is not None) or self._covered(tok.start, tok.end):
                continue
            first = k
            while first > 0 and k - first < _MAX_EXTENSION and _group_modifier(toks[first - 1], self.lex):
                first -= 1
            return toks[first : k + 1]
        return None

    def group_of(self, phrase: Sequence[Token]) -> str:
        """Register the plural group that the common nouns *phrase* name ("rebel fighters")."""
        actor_id = self.actor(self._text(phrase), _GROUP, plural=True)
        self.mention(actor_id, phrase[0].start, phrase[-1].end)
        return actor_id

    def _covered(self, start: int, end: int) -> bool:
        """Whether a registered mention holds the offsets *start* to *end*."""
        positions = self.state.positions
        i = positions.first_after(start)
        return any(s <= start and end <= e for s, e in positions.keys[max(0, i - _LOOKBACK) : i])

    def nearest_group(
        self,
        at: int,
        floor: int,
        *,
        named_floor: int | None = None,
        skip_quotes: bool = True,
        classes: frozenset[str] = _GROUP_CLASSES,
    ) -> str | None:
        """The later of the last plural group mentioned before *at* (from *named_floor*, by default *floor*)
        and the last bare plural group (:meth:`bare_group`) between *floor* and *at*."""
        known = self.antecedent_mention(
            at, _plural_group, skip_quotes=skip_quotes, floor=floor if named_floor is None else named_floor
        )
        bare = self.bare_group(at, floor, classes=classes)
        if bare is not None and (known is None or bare[0].start > known[0]):
            return self.group_of(bare)
        return None if known is None else known[1]

    def _window_start(self, at: int) -> int:
        """Where the sentence two before the one at *at* starts: how far back a description looks."""
        sentence = self.doc.sentence_index_at(at)
        return self.doc.sentences[max(0, sentence - 2)].start if sentence is not None else at

    def _text(self, toks: Sequence[Token]) -> str:
        return self.doc.text[toks[0].start : toks[-1].end]

    def _joined(self, toks: Sequence[Token]) -> str:
        """The words of *toks* with the text's spacing ("Ann B. Roe Center", not "B ."); one space where
        a word left out (or a line break) lay between them."""
        parts: list[str] = []
        for prev, tok in zip((None, *toks), toks, strict=False):
            if prev is not None and prev.end != tok.start:
                parts.append(" ")
            parts.append(tok.text)
        return "".join(parts)

    def phrase_words(self, toks: Sequence[Token]) -> int:
        """The ``_W_*`` bits of every word of *toks*, or-ed: which kinds of word the phrase holds."""
        kinds = self.state.word_kinds
        found = 0
        for t in toks:
            bits = kinds.get(t.text)
            if bits is None:
                bits = kinds[t.text] = _word_kinds(t.text, self.lex)
            found |= bits
            if t.tag == "POS":
                found |= _W_POSSESSIVE | _W_READ
        return found

    def country(self, country: _Country, toks: Sequence[Token], *, nested: bool = False) -> str:
        actor_id = self.actor(country.name, _COUNTRY)
        self.mention(actor_id, toks[0].start, toks[-1].end, nested=nested)
        return actor_id

    def country_prefix(self, toks: Sequence[Token]) -> tuple[_Country, int] | None:
        """The country named by the longest run of *toks* from their start."""
        if not toks or not toks[0].text[:1].isupper():
            return None
        text, start, countries = self.doc.text, toks[0].start, self.lex.countries
        for n in range(min(len(toks), self.lex.country_max_words), 0, -1):
            country = countries.get(text[start : toks[n - 1].end])
            if country is not None:
                self.country(country, toks[:n], nested=True)
                return country, n
        return None

    def organization(
        self,
        found: tuple[_Country, int] | None,
        words: Sequence[Token],
        country_id: str | None,
        start: int = -1,
        *,
        nested: bool = True,
    ) -> str:
        """An organization named by a country (if any) and *words* ("government")."""
        kept = [t for t in words if not (t.text.islower() and self._is_class(t, "drop"))]
        lead = [found[0].adjective or found[0].name] if found else []
        name = " ".join([*lead, *([self._joined(kept)] if kept else [])])
        actor_id = self.actor(name, _ORGANIZATION, part_of=country_id)
        if words:
            self.mention(actor_id, start if start >= 0 else words[0].start, words[-1].end, nested=nested)
        return actor_id

    def surname_match(self, name_toks: Sequence[Token], gender: str | None = None) -> str | None:
        """A lone surname is the person named in full before ("Bill Roe ... Mr. Roe"),
        unless the *gender* an honorific gives is not that person's ("Bill Roe ... Mrs. Roe": another)."""
        if len(name_toks) != 1:
            return None
        actor_id = self.state.surnames.get(_fold_apostrophe(name_toks[0].text))
        entry = None if actor_id is None or gender is None else self.entry(actor_id)
        if entry is not None and entry.gender is not None and entry.gender != gender:
            return None
        return actor_id

    def _is_class(self, tok: Token, cls: str) -> bool:
        return cls in self.lex.words.get(tok.text.lower(), _NO_CLASSES)

    def _title_class(self, tok: Token) -> str | None:
        hit = self.lex.titles.get(tok.text.lower())
        return hit[1] if hit else None

    def _role_of(self, toks: Sequence[Token]) -> bool:
        """Whether *toks* names a role, not its holder: a title in lower case first ("the head of the union", "the
        mayor's chief of staff")."""
        _definite, core = _strip_determiners(toks)
        return bool(core) and core[0].text.islower() and self._title_class(core[0]) is not None

    def read(self, toks: Sequence[Token], at: int, *, anchor: bool) -> str | None:
        """The actor of the noun phrase *toks* (see :meth:`_Reader.read`): the rule units read a phrase's parts."""
        raise NotImplementedError


class _PronounRules(_Registry):
    """The pronoun rules (:data:`RULE_NAMES`): who "he", "they", "it", "who" refer to, and the lookups they use
    (the speakers and the subjects of the sentences before)."""

    def pronoun(self, word: str, at: int) -> str | None:
        """The actor a third-person or relative pronoun at *at* refers to, by the first pronoun rule that finds one.

        The rule that decided is left in :attr:`last_rule` (``Statement.evidence`` reports it for a speaker).
        """
        own = self.own_subject(word, at)
        if not own:
            return self._by_rules(word, at)
        self.excluded = own  # "Russia opposes them": never Russia (every rule asks for another actor)
        try:
            return self._by_rules(word, at)
        finally:
            self.excluded = frozenset()

    def _by_rules(self, word: str, at: int) -> str | None:
        number, gender = self.lex.pronouns[word]
        rules: tuple[tuple[str, Callable[[], str | None]], ...]
        if number == "rel":
            rules = (("relative-pronoun", lambda: self.relative_antecedent(at, gender)),)
        elif (excluded := self.quote_frame(at)) is not None:
            rules = (("pronoun-in-quote-frame", lambda: self.quoted_antecedent(at, number, gender, excluded)),)
        elif gender in {"m", "f"}:

            def fits(e: _Entry) -> bool:
                return e.kind is _PERSON and (e.gender is None or e.gender == gender)

            # a person earlier in the same sentence, else the speaker or the subject of the sentence before, else
            # of the one before that ("Ann Roe met Tom Ek's aides. She said ..." is Roe; "X said S. Y disagreed.
            # He said ..." is Y), else the last person
            sentence = self.doc.sentence_index_at(at)
            floor = self.doc.sentences[sentence].start if sentence is not None else at
            rules = (
                ("pronoun-asked-hearer", lambda: self.asked_hearer(at, _person_or_unknown(gender))),
                ("pronoun-same-sentence", lambda: self.antecedent(at, fits, skip_quotes=True, floor=floor)),
                ("pronoun-answers-question", lambda: self.answering_hearer(word, at, sentence, fits)),
                ("pronoun-previous-speaker", lambda: self.speaker_antecedent(sentence, fits, back=1)),
                ("pronoun-nearest-subject", lambda: self.subject_antecedent(sentence, fits, back=1)),
                ("pronoun-previous-speaker", lambda: self.speaker_antecedent(sentence, fits, back=2)),
                ("pronoun-nearest-subject", lambda: self.subject_antecedent(sentence, fits, back=2)),
                ("pronoun-last-person", lambda: self.antecedent(at, fits, skip_quotes=True)),
            )
        elif number == "pl":
            rules = (
                ("pronoun-asked-hearer", lambda: self.asked_hearer(at, _plural_referent)),
                ("plural-pronoun-last-group", lambda: self.antecedent(at, _plural_referent, skip_quotes=True)),
            )
        else:
            rules = (("it-last-organization", lambda: self.antecedent(at, _neuter_referent, skip_quotes=True)),)
        for rule, find in rules:
            found = find()
            if found is not None:
                self.last_rule = rule
                if gender in {"m", "f"} and self.register:
                    entry = self.state.entries[found]
                    entry.gender = entry.gender or gender  # "she" once, never "he" after
                    if entry.kind is _UNKNOWN:
                        entry.kind = _PERSON  # "asked Vantor why he ...": "he" says who Vantor is
                return found
        return None

    def own_subject(self, word: str, at: int) -> frozenset[str]:
        """The actors an object pronoun at *at* never refers to: the subject of its own clause, named right before
        the verbs that govern it ("Russia opposes them", "Russia has voted against them": not Russia).

        Only "him", "her" (not the determiner) and "them" are asked: "it" is as often a subject, and the
        subject of a clause may be the "it" of another ("Russia says it opposes the plan")."""
        tokens = self.doc.tokens
        k = self.doc.first_token_from(at)
        if word not in wordclass.object_pronouns() or k >= len(tokens) or tokens[k].start != at:
            return frozenset()
        if tokens[k].tag != "PRP":
            return frozenset()  # "her" before a noun: a possessive, which may be the subject's
        j = k - 1 if k > 0 and tokens[k - 1].tag in _IN_TO else k
        verbs = 0
        while j > 0 and (tokens[j - 1].tag.startswith("VB") or tokens[j - 1].tag in _VERB_GROUP_TAGS):
            verbs += tokens[j - 1].tag.startswith("VB")
            j -= 1
        if not verbs or j == 0:
            return frozenset()
        end = tokens[j - 1].end
        positions = self.state.positions
        i = positions.first_from(end)
        return frozenset(a for (_s, e), a in positions.forward(max(0, i - _LOOKBACK), i) if e == end)

    def asked_hearer(self, at: int, accept: Callable[[_Entry], bool]) -> str | None:
        """Rule ``pronoun-asked-hearer``: the subject of an indirect question is the one asked, the hearer between
        an asking verb and the word that opens the question ("X asked the 42-year-old driver why he ..." is the
        driver, "asked them whether they ..." the group "them" is), if *accept* takes it."""
        doc, tokens = self.doc, self.doc.tokens
        k = doc.first_token_from(at)
        sentence = doc.sentence_index_at(at)
        if sentence is None or k < 2 or k >= len(tokens) or tokens[k].start != at:  # room for a verb and a hearer
            return None
        opener = tokens[k - 1]
        if opener.tag != "WRB" and opener.text.lower() not in self.lex.question_openers:
            return None
        last = k - 1  # the hearer ends before the question's opener, or before "to" + a verb: "asked X to explain why"
        if k >= 4 and tokens[k - 2].tag == "VB" and tokens[k - 3].text.lower() == "to":
            last = k - 3
        lowest = max(doc.sentences[sentence].first_token, last - 1 - _MAX_HEARER_WORDS)
        v = last - 1
        while v >= lowest and not (tokens[v].tag.startswith("VB") and tokens[v].text.lower() in self.lex.asking):
            if tokens[v].tag.startswith(("VB", "MD")) or tokens[v].tag in {",", "."}:
                return None  # a clause or a list between the question and any asking verb
            v -= 1
        if v < lowest or v == last - 1:
            return None  # no asking verb, or no hearer between it and the question ("asked why he ...")
        hearer = tokens[v + 1 : last]
        start, end = hearer[0].start, hearer[-1].end
        found = self.state.by_mention.get((start, end))
        if found is None:  # what the hearer is, registering nothing unless the rule takes it
            dry = _Reader(self.state, register=False)
            guess = dry.read(hearer, start, anchor=True)
            entry = dry.entry(guess) if guess is not None else None
            if guess is None or entry is None or not accept(entry):
                return None
            found = self.read(hearer, start, anchor=True) or guess
            self.mention(found, start, end)
        entry = self.entry(found)
        return found if entry is not None and accept(entry) else None

    def answering_hearer(
        self, word: str, at: int, sentence: int | None, accept: Callable[[_Entry], bool]
    ) -> str | None:
        """Rule ``pronoun-answers-question``: a "he" or "she" that speaks in the sentence right after "X asked Y
        whether ..." (or "why", "if", "about") is Y, who answers: "Ann Roe asked Tom Ek whether the dam was safe.
        He said it was." is Tom Ek."""
        if sentence is None or sentence == 0 or (at, at + len(word)) not in self.state.speakers:
            return None
        toks = self.doc.sentence_tokens(self.doc.sentences[sentence - 1])
        positions = self.state.positions
        for v in range(len(toks) - 2):
            if not (toks[v].tag.startswith("VB") and toks[v].text.lower() in self.lex.asking):
                continue
            i = positions.first_from(toks[v + 1].start)
            for (start, end), actor_id in positions.forward(i, i + _LOOKBACK):
                if start != toks[v + 1].start:
                    break
                entry = self.state.entries.get(actor_id)
                after = next((t for t in toks[v + 2 :] if t.start >= end), None)
                if entry is None or after is None or actor_id in self.excluded or not accept(entry):
                    continue
                if after.tag == "WRB" or after.text.lower() in self.lex.question_openers or after.text == "about":
                    return actor_id
        return None

    def relative_antecedent(self, at: int, gender: str) -> str | None:
        """ "who", "which": the nearest name before it, in its sentence."""
        sentence = self.doc.sentence_index_at(at)
        floor = self.doc.sentences[sentence].start if sentence is not None else at
        person_ok = gender != "n"
        return self.antecedent(
            at,
            lambda e: any(floor <= s < at for s, _ in e.mentions) and (person_ok or e.kind is not _PERSON),
        )

    def quote_frame(self, at: int) -> frozenset[str] | None:
        """Inside a quotation with a known speaker: the actors that speaker calls "I" and "you" (never "he")."""
        if not self.state.frames or _inside(self.state.quote_spans(), at) is None:
            return None
        frames = self.state.frames  # sorted by start; the innermost frame around *at* wins
        k = bisect.bisect_right(frames, (at, len(self.doc.text) + 1)) - 1
        best: tuple[int, int, tuple[int, int] | None, tuple[int, int] | None] | None = None
        for frame in frames[max(0, k - _LOOKBACK) : k + 1]:
            inner = best is None or frame[1] - frame[0] < best[1] - best[0]
            if frame[0] <= at < frame[1] and frame[2] is not None and inner:
                best = frame
        if best is None:
            return None
        keys = (best[2], best[3])
        return frozenset(a for k in keys if k is not None and (a := self.state.by_mention.get(k)) is not None)

    def quoted_antecedent(self, at: int, number: str, gender: str, excluded: frozenset[str]) -> str | None:
        """A pronoun in someone's quotation: the last fitting actor before it that is not the speaker or hearer."""
        if gender in {"m", "f"}:
            return self.antecedent(
                at,
                lambda e: e.id not in excluded and e.kind is _PERSON and (e.gender is None or e.gender == gender),
            )
        accept = _plural_referent if number == "pl" else _neuter_referent
        return self.antecedent(at, lambda e: e.id not in excluded and accept(e))

    def speaker_antecedent(self, sentence: int | None, accept: Callable[[_Entry], bool], *, back: int) -> str | None:
        """The first speaker *accept* takes among the attributions of the sentence *back* sentences before
        *sentence*."""
        if sentence is None or not self.state.speakers:
            return None
        previous = sentence - back
        if previous < 0:
            return None
        sent = self.doc.sentences[previous]
        return self._first_accepted(
            sent.start, sent.end, lambda start, end: (start, end) not in self.state.speakers, accept
        )

    def subject_antecedent(self, sentence: int | None, accept: Callable[[_Entry], bool], *, back: int) -> str | None:
        """The actor *accept* takes among the subjects of the sentence *back* sentences before *sentence*.

        A sentence's subject here is an actor mentioned outside quotations before the first verb
        of its main clause: a fronted phrase or clause ("After X spoke, Y ...", "Asked whether
        he ..., Y ...") is passed over.
        """
        if sentence is None:
            return None
        previous = sentence - back
        if previous < 0:
            return None
        sent = self.doc.sentences[previous]
        toks = self.doc.sentence_tokens(sent)
        begin = sent.start
        if toks and toks[0].tag in _FRONTING_TAGS:
            comma = next((t for t in toks if t.text == ","), None)
            begin = comma.end if comma is not None else sent.end
        verb = next((t.start for t in toks if t.start >= begin and t.tag.startswith(("VB", "MD"))), sent.end)
        return self._first_accepted(begin, verb, lambda start, end: (start, end) in self.state.nested, accept)

    def _first_accepted(
        self,
        begin: int,
        stop: int,
        skip: Callable[[int, int], bool],
        accept: Callable[[_Entry], bool],
    ) -> str | None:
        """The first actor *accept* takes among the mentions from *begin* up to *stop*, outside quotations,
        passing over the mentions *skip* names, excluded actors and dropped mentions."""
        positions = self.state.positions
        quotes = self.state.quote_spans()
        i = positions.first_from(begin)
        for (start, end), actor_id in positions.forward(i, i + _LOOKBACK):
            if start >= stop:
                break
            if skip(start, end) or _inside(quotes, start) is not None:
                continue
            entry = self.state.entries.get(actor_id)
            if entry is None or actor_id in self.excluded or (start, end, actor_id) in self.state.dropped:
                continue
            if accept(entry):
                return actor_id
        return None


class _PersonRules(_Registry):
    """The rules of people with titles and roles: "Gen. Ann Roe", "the Tarkan Bank chief executive",
    "Ann Roe, a lawyer,", "Ann Roe's spokesman"; what the holder of a role is part of."""

    def person(self, core: Sequence[Token], *, anchor: bool = False, country: _Country | None = None) -> str | None:
        """A person with a role and what it is part of: "<role words> <Title> <Name>" (*country*: the one the
        phrase belongs to, as in "Kenya's Foreign Minister Ann Roe")."""
        title_spans, t_end = self.title_spans(core)
        if t_end is None:
            return None
        if t_end >= len(core):
            return self.post_nominal(core, title_spans) or self.role_only(core, title_spans, anchor=anchor)
        name_toks = core[t_end:]
        if not _all_name_words(name_toks) or any(
            t.text.lower() in self.lex.words and "org" in self.lex.words[t.text.lower()] for t in name_toks
        ):
            return None
        role_toks = core[:t_end]
        role, gender = _role_words(role_toks, title_spans, t_end)
        part_of = self.role_owner(role_toks, title_spans, t_end, country=country)
        actor_id = self.surname_match(name_toks, gender) or self.actor(
            self._text(name_toks), _PERSON, role=role, part_of=part_of, gender=gender
        )
        if self.register:
            entry = self.state.entries[actor_id]
            entry.role = entry.role or role
            entry.part_of = entry.part_of or part_of
        self.mention(actor_id, name_toks[0].start, name_toks[-1].end)
        self.mention(actor_id, core[0].start, core[-1].end, alias=False)
        return actor_id

    def post_nominal(self, core: Sequence[Token], title_spans: Sequence[tuple[int, int, str, str]]) -> str | None:
        """ "Ann Roe MP": a title in capitals after a person's name is the person's role."""
        start, end, expansion, _cls = title_spans[-1]
        name = core[:start]
        if len(title_spans) > 1 or not name or end - start > 1 or not core[start].text.isupper():
            return None
        if not (_all_name_words(name) and _looks_like_person(name, self.lex)):
            return None
        actor_id = self.surname_match(name) or self.actor(self._text(name), _PERSON, role=expansion)
        self.mention(actor_id, name[0].start, name[-1].end)
        return actor_id

    def title_spans(self, core: Sequence[Token]) -> tuple[list[tuple[int, int, str, str]], int | None]:
        """The titles in *core* as ``(from, to, expansion, class)``, and where the last title that ends a
        role ends (not a modifier or a branch: "Deputy", "Army"), if one does."""
        firsts = self.lex.title_firsts
        for t in core:
            if t.text.lower() in firsts or " " in t.text:
                break
        else:
            return [], None  # no title starts anywhere (see _title_at): the common case
        t_end = None
        i = 0
        title_spans: list[tuple[int, int, str, str]] = []
        while i < len(core):
            hit = self._title_at(core, i)
            if hit is not None and title_spans and title_spans[-1][3] == "honorific" and title_spans[-1][1] == i:
                break  # "Mr. King", "Dr. Major": after an honorific comes the name
            if hit is not None:
                n, expansion, cls = hit
                title_spans.append((i, i + n, expansion, cls))
                i += n
                if cls not in {"modifier", "branch"}:
                    t_end = i
            else:
                i += 1
        return title_spans, t_end

    def _title_at(self, toks: Sequence[Token], i: int) -> tuple[int, str, str] | None:
        first = toks[i].text.lower()
        known = self.lex.title_lengths.get(first)
        if known is None and " " not in first:
            return None  # the common case, without building any key
        most = len(toks) - i
        lengths: Sequence[int] = known or ()
        if known is None or self.state.spaced_tokens():
            lengths = range(min(self.lex.title_max_words, most), 0, -1)
        for n in lengths:  # only the lengths of the titles that start with this word
            if n > most:
                continue
            key = " ".join(t.text.lower() for t in toks[i : i + n])
            hit = self.lex.titles.get(key)
            if hit is not None:
                return n, hit[0], hit[1]
        return None

    def role_only(
        self, core: Sequence[Token], title_spans: Sequence[tuple[int, int, str, str]], *, anchor: bool
    ) -> str | None:
        """A title without a name ("the president"): the last person given that title, else (a speaker, or a
        title its owner's name qualifies: "the Tarkan Bank chief executive") a person named by the phrase."""
        if len(core) == 1 and title_spans and title_spans[-1][3] == "affiliation":
            return self.affiliated(core[0])
        if not title_spans or title_spans[-1][3] in {"honorific", "affiliation", "modifier", "branch"}:
            return None
        wanted = title_spans[-1][2].lower()
        if len(core) > 1 and "member" in self.lex.words.get(wanted, _NO_CLASSES):
            return None  # "a ministry spokesman" speaks for the ministry: read as a group noun
        at = core[0].start
        found = self.antecedent(at, lambda e: e.kind is _PERSON and e.role is not None and wanted in e.role.lower())
        if found is not None:
            return found
        owned = self._owned_title(core, title_spans)
        if not (anchor or owned):
            return None
        part_of = self.role_owner(core, title_spans, len(core)) if owned else None
        return self.actor(self._text(core), _PERSON, role=self._text(core), part_of=part_of)

    def affiliated(self, word: Token) -> str | None:
        """ "the Republican" after "Republican Senator Ann Roe": the last person whose role holds that party
        label (a singular label alone only refers back; it names no one new)."""
        if word.tag == "NNPS":
            return None  # "Republicans": the members as a group
        label = word.text.lower()
        return self.antecedent(
            word.start, lambda e: e.kind is _PERSON and e.role is not None and label in e.role.lower().split()
        )

    def _owned_title(self, core: Sequence[Token], title_spans: Sequence[tuple[int, int, str, str]]) -> bool:
        """Whether a lower-case title follows the name of the organization its holder works for: "Tarkan
        Bank chief executive" (not "Howard Dean": a capitalized last title is a name; not "the Iraqi
        leader": a country's leader is most often someone named before)."""
        first, last = title_spans[0][0], title_spans[-1][0]
        if first == 0 or not core[last].text.islower():
            return False
        owner = core[:first]
        text = self._text(owner)
        return text in self.lex.organizations or (
            _has_org_head(self.lex, owner[-1]) and all(_is_name_word(t) for t in owner)
        )

    def apposition(self, actor_id: str, toks: Sequence[Token]) -> None:
        """Give a person the role an apposition names: "Ann Roe, a lawyer for the family,"."""
        entry = self.entry(actor_id)
        if not self.register or entry is None or entry.kind is not _PERSON or entry.role is not None:
            return
        end = next((i for i, t in enumerate(toks) if t.text in {",", ")", ";", "—", "–"}), len(toks))
        _definite, words = _strip_determiners(toks[:end])
        if not words or len(words) > _MAX_ROLE_WORDS:
            return
        of = next((i for i, t in enumerate(words) if i > 0 and t.text.lower() in {"of", "for", "at"}), len(words))
        if not any(self._title_class(t) not in {None, "honorific", "modifier"} for t in words[:of]):
            return
        entry.role = self._text(words)
        if of < len(words) - 1 and entry.part_of is None:
            owner = self.read(words[of + 1 :], words[of + 1].start, anchor=False)
            if owner is not None and owner != actor_id:
                entry.part_of = owner

    def role_owner(
        self,
        role_toks: Sequence[Token],
        title_spans: Sequence[tuple[int, int, str, str]],
        t_end: int,
        *,
        country: _Country | None = None,
    ) -> str | None:
        """What the holder of a role is part of: a ministry, a government, a country (*country*: the one the role
        belongs to when no word of it names one: "Kenya's Foreign Minister" is a minister of the Kenyan Foreign
        Ministry, as "Kenyan Foreign Minister" is)."""
        first_title = min(
            (a for a, b, _e, c in title_spans if b <= t_end and c not in {"branch", "affiliation"}), default=t_end
        )
        branch_at = min((a for a, b, _e, c in title_spans if b <= t_end and c == "branch"), default=first_title)
        prefix = [t for t in role_toks[: min(first_title, branch_at)] if self._title_class(t) != "affiliation"]
        if not prefix:
            return None
        found = self.country_prefix(prefix) or ((country, 0) if country is not None else None)
        country_id = self.state.slug(found[0].name) if found else None
        rest = prefix[found[1] :] if found else prefix
        head_class = next((c for a, b, _e, c in title_spans if b == t_end), "")
        if head_class == "minister":
            portfolio = [t for t in role_toks[(found[1] if found else 0) : t_end - 1] if self._title_class(t) is None]
            if portfolio:
                adjective = (found[0].adjective or found[0].name) if found else None
                org = " ".join([*(x for x in [adjective] if x), *(t.text for t in portfolio), "Ministry"])
                return self.actor(org, _ORGANIZATION, part_of=country_id)
        org_at = next((i for i, t in enumerate(rest) if t.tag in tags.NOUN_TAGS and self._is_class(t, "org")), None)
        if org_at is not None:
            return self.organization(found, rest[: org_at + 1], country_id, prefix[0].start)
        proper = [t for t in rest if t.tag in tags.PROPER_NOUN_TAGS]
        if proper and not found:
            return self.read(rest, rest[0].start, anchor=False)
        return country_id

    def possessive(self, owner_toks: Sequence[Token], head: Sequence[Token], at: int, *, anchor: bool) -> str | None:
        """ "X's Y": a person Y works for X ("Kenya's Foreign Minister Ann Roe"); X itself for its staff, its
        reports and its spokesmen; an organization or a group of X ("the party's board", "Kenya's ministry")."""
        owner = self._owner(owner_toks, at, anchor=anchor)
        owner_entry = self.entry(owner) if owner is not None else None
        _definite, head = _strip_determiners(head)
        if owner is None or owner_entry is None or not head:
            return owner if anchor else None
        country = self.lex.countries.get(owner_entry.name) if owner_entry.kind is _COUNTRY else None
        person = self.person(head, country=country)
        if person is None and owner_entry.kind is not _PERSON and self._named_member(head):
            person = self.actor(self._text(head), _PERSON)  # "the Green Party's Ann Roe": a person of the party
        if person is not None:
            if self.register and self.state.entries[person].part_of is None:
                self.state.entries[person].part_of = owner
            return person
        word = head[-1].text.lower()
        classes = self.lex.words.get(word, _NO_CLASSES)
        if "staff" in classes:
            return self.staff_of(owner_entry, head, classes)
        if classes & {"artifact", "member"}:
            return owner
        if "org" in classes and owner_entry.kind is _COUNTRY:
            country = self.lex.countries.get(owner_entry.name)
            return self.organization((country, 0) if country else None, head, owner)
        if "org" in classes:  # "Ann Roe's campaign", "the party's board"
            name = f"{owner_entry.name} {self._text(head)}"
            return self.actor(name, _ORGANIZATION, part_of=owner)
        if classes & {"group", "collective"}:
            return self.actor(f"{owner_entry.name} {self._text(head)}", _GROUP, part_of=owner, plural=True)
        return owner if anchor else None

    def _owner(self, owner_toks: Sequence[Token], at: int, *, anchor: bool) -> str | None:
        """The X of "X's Y": a role named nowhere before too, for a speaker ("the mayor's office": the mayor)."""
        owner = self.read(owner_toks, at, anchor=False)
        if owner is None and anchor and self._role_of(owner_toks):
            owner = self.read(owner_toks, at, anchor=True)
        return owner

    def _named_member(self, head: Sequence[Token]) -> bool:
        """Whether *head*, after "X's", is a person's name: "the Green Party's Ann Roe" is a person of the party; not
        a name with a classed word, an abbreviation or a number ("Vortan's Trade Co.", "Ruritania's Channel One")."""
        if len(head) < 2 or not _all_name_words(head) or not _looks_like_person(head, self.lex):
            return False
        numbers = wordclass.number_words()
        return not any(
            w in self.lex.words or w in numbers or (w.endswith(".") and len(w) > 2)
            for w in (t.text.lower() for t in head)
        )

    def staff_of(self, owner: _Entry, head: Sequence[Token], classes: frozenset[str]) -> str:
        """ "<X>'s team": the organization a person X is part of, else a group (or, for "spokesman", a person)
        part of X; for an organization or a country X, X itself."""
        if owner.kind is not _PERSON:
            return owner.id
        parent = self.entry(owner.part_of) if owner.part_of else None
        if parent is not None and parent.kind is _ORGANIZATION:
            return parent.id
        word = head[-1].text.lower()
        single = "member" in classes and not word.endswith("s")  # "Ann Roe's spokesman"
        kind = _PERSON if single else _GROUP
        return self.actor(f"{owner.name}'s {self._text(head)}", kind, part_of=owner.id)


class _GroupRules(_Registry):
    """The rules of groups and organizations: "one of them", "the rebels", "a pair of X groups", "the ministry",
    "a KXT report"."""

    def members_of(self, at: int) -> str | None:
        """The group "one of them" picks a member from: the last plural group in this sentence or the two
        before, named ("Dutch officials") or not ("met rebel fighters, one of whom ...")."""
        return self.nearest_group(at, self._window_start(at))

    def of_phrase(self, left: Sequence[Token], right: Sequence[Token], *, of: bool = False) -> str | None:
        """Phrases with "of" or "for": "a pair of X groups", "sets of X", "a spokesman for X"; an office "of" a
        one-word name new here (*of*) is an office of a body: "the mayor of Brightwater" is no person Brightwater."""
        word = left[-1].text.lower()
        classes = self.lex.words.get(word, _NO_CLASSES)
        if left[-1].text[:1].isupper() and left[-1].tag in tags.PROPER_NOUN_TAGS and "org" in classes:
            found = self.country_prefix(right)
            country_id = self.state.slug(found[0].name) if found else None
            name_from = next(i for i, t in enumerate(left) if t.text[:1].isupper())  # not "nonpartisan"
            return self.actor(self._text([*left[name_from:], *right]), _ORGANIZATION, part_of=country_id)
        speaks_for = "member" in classes or self._title_class(left[-1]) is not None
        # "a spokeswoman for the ministry" names the ministry even where nothing named it before
        known = len(self.state.entries)
        target = self.read(right, right[0].start, anchor=speaks_for)
        if target is None:
            return None
        entry = self.entry(target)
        if entry is None:
            return target
        if of and len(right) == 1 and entry.order >= known and self._office_of(left[-1], entry):
            entry.kind = _ORGANIZATION  # new here, read by its form; but an office "of" a name is an office of a body
        if classes & {"quantity", "collective"}:
            if entry.kind is _GROUP and entry.plural:
                return target
            plural = self.lex.quantity_plural.get(word, "groups")
            return self.actor(f"{entry.name} {plural}", _GROUP, part_of=target, plural=True)
        if speaks_for:
            return target
        if "group" in classes:
            return self.actor(f"{entry.name} {word}", _GROUP, part_of=target, plural=True)
        return None

    def _office_of(self, title: Token, entry: _Entry) -> bool:
        """Whether *title* is an office ("mayor", "head") and *entry* what an office "of" it names: a body, though
        read only by the form of its name (no role, no gender)."""
        return self._title_class(title) == "office" and _nameless(entry)

    def group(
        self, core: Sequence[Token], classes: frozenset[str], at: int, *, definite: bool, anchor: bool
    ) -> str | None:
        """A phrase headed by a group, collective or member noun: with no modifier, the group it refers back to
        (:meth:`bare_plural`); with modifiers, a group named by them and part of what they name ("Mexican
        military officials"), or, for a member noun, what that member speaks for ("a ministry spokesman")."""
        head = core[-1]
        word = head.text.lower()
        plural = head.tag in {"NNS", "NNPS"} or (word.endswith("s") and not word.endswith("ss"))
        mods = [t for t in core[:-1] if not (t.text.islower() and self._is_class(t, "drop")) and t.tag != "CD"]
        if not mods:
            return self.bare_plural(core, classes, at, definite=definite, anchor=anchor, plural=plural)
        owner = self.group_owner(mods, at, speaks_for="member" in classes)
        if "member" in classes and owner is not None:
            return owner  # "a Ruritanian government spokesman": speaks for that government
        name = " ".join(t.text for t in mods) + " " + head.text
        return self.actor(name, _GROUP, part_of=owner, plural=plural)

    def group_at_body(self, core: Sequence[Token], place: Sequence[Token]) -> str | None:
        """ "officials at the Kremlin", "sources in the ministry": a group of people at an organization is part of
        it (a member noun, "a spokesman at the ministry", speaks for it)."""
        classes = self.lex.words.get(core[-1].text.lower(), _NO_CLASSES)
        if len(place) < 2 or place[0].text.lower() not in _BODY_PREPOSITIONS or not classes & _MEMBER_CLASSES:
            return None
        dry = _Reader(self.state, register=False)  # what the place is, registering nothing unless it is a body
        body = dry.read(place[1:], place[1].start, anchor=False)
        entry = dry.entry(body) if body is not None else None
        if body is None or entry is None or entry.kind is not _ORGANIZATION:
            return None
        body = self.read(place[1:], place[1].start, anchor=False) or body
        if "group" not in classes:
            return body
        plural = core[-1].tag in {"NNS", "NNPS"}
        return self.actor(self.doc.text[core[0].start : place[-1].end], _GROUP, part_of=body, plural=plural)

    def bare_plural(
        self, core: Sequence[Token], classes: frozenset[str], at: int, *, definite: bool, anchor: bool, plural: bool
    ) -> str | None:
        """ "the group", "officials", "the fighters": the group named before, else (a speaker) a new group."""
        head = core[-1]
        word = head.text.lower()
        if definite or anchor:
            if "collective" in classes:
                earlier = self.collective_antecedent(core, at)
            else:  # "officials": earlier officials; "the fighters": also another plural group
                stem = word.rstrip("s")
                earlier = self.antecedent(at, lambda e: e.kind is _GROUP and e.name.lower().rstrip("s").endswith(stem))
                if earlier is None and definite:
                    earlier = self.described_group(at, stem)
            if earlier is not None:
                return earlier
        if anchor:
            return self.actor(head.text.lower(), _GROUP, plural=plural)
        return None

    def group_owner(self, mods: Sequence[Token], at: int, *, speaks_for: bool = False) -> str | None:
        """What the modifiers of a group noun name: the organization named before ("a ministry spokesman"), an
        organization they name ("Peruvian government sources"), a name, or a country. Before a member noun
        (*speaks_for*) any name is what the member speaks for ("a Tarkan spokesman"); before a group noun only a
        name of known kind (:meth:`proper_owner`)."""
        found = self.country_prefix(mods)
        country_id = self.state.slug(found[0].name) if found else None
        rest = mods[found[1] :] if found else mods
        org_at = next((i for i, t in enumerate(rest) if t.tag in tags.NOUN_TAGS and self._is_class(t, "org")), None)
        if org_at is not None and found is None and all(t.text.islower() for t in rest[: org_at + 1]):
            # "a ministry spokesman": the ministry named before
            noun = rest[org_at].text.lower()
            earlier = self.antecedent(at, lambda e: e.kind is _ORGANIZATION and e.name.lower().endswith(noun))
            if earlier is not None:
                return earlier
        if org_at is not None:
            return self.organization(found, rest[: org_at + 1], country_id, mods[0].start)
        proper = [t for t in rest if t.tag in tags.PROPER_NOUN_TAGS]
        if proper:
            owner = self.read(proper, proper[0].start, anchor=False) if speaks_for else self.proper_owner(proper)
            return owner or country_id
        return country_id

    def proper_owner(self, proper: Sequence[Token]) -> str | None:
        """What the names among a group noun's modifiers name, if they name something known: a country, an
        organization, a person ("Tom Ek's workers"). A name of unknown kind is only part of the group's own
        name: in "Rebel groups" or "Dozens of Tarkan workers", "Rebel" and "Tarkan" are no actors."""
        dry = _Reader(self.state, register=False)  # what the names are, registering nothing unless known
        found = dry.read(proper, proper[0].start, anchor=False)
        entry = dry.entry(found) if found is not None else None
        if entry is None or entry.kind is _UNKNOWN:
            return None
        return self.read(proper, proper[0].start, anchor=False) or found

    def described_group(self, at: int, stem: str) -> str | None:
        """ "the rebels" with no earlier group of that name: the rebels an earlier phrase named without a
        name ("met the rebels"), else the last plural group of an earlier sentence ("armed two rebel
        groups. The fighters ..."; unnamed, only a collective noun: "the experts" are not "people"): in
        "Dutch officials armed the fighters" a group of the same sentence is the description's co-argument."""
        floor = self._window_start(at)
        same = self.bare_group(at, floor, stem=stem)
        if same is not None:
            return self.group_of(same)
        return self.nearest_group(
            _sentence_start(self.doc, at), floor, named_floor=0, skip_quotes=False, classes=_COLLECTIVE
        )

    def collective_antecedent(self, core: Sequence[Token], at: int) -> str | None:
        """The last collective for "the group"; for "another group", one more of the last set."""
        stem = core[-1].text.lower().rstrip("s")
        if self.doc.text[at : at + 8].lower().startswith(("another ", "other ")):
            found = self.antecedent(at, lambda e: e.kind is _GROUP and e.name.lower().rstrip("s").endswith(stem))
            if found is not None:
                return found
        return (
            self.antecedent(at, lambda e: e.kind is _GROUP and not e.plural)
            or self.antecedent(at, lambda e: e.kind is _ORGANIZATION and not self._institution(e))
            or self.antecedent(at, lambda e: e.kind is _ORGANIZATION)
        )

    def _institution(self, entry: _Entry) -> bool:
        """Whether *entry* is an organ of state ("... Ministry"): not what "the group" means."""
        return "institution" in self.lex.words.get(entry.name.rsplit(" ", 1)[-1].lower(), _NO_CLASSES)

    def org_phrase(self, core: Sequence[Token], at: int, *, definite: bool, anchor: bool) -> str | None:
        head = core[-1]
        word = head.text.lower()
        mods = core[:-1]
        found = self.country_prefix(mods) if mods else None
        country_id = self.state.slug(found[0].name) if found else None
        rest = mods[found[1] :] if found else mods
        if found is None and all(t.text[:1].isupper() for t in core):
            text = self._text(core)
            known = self.state.org_suffixes.get(text)
            if known is not None:
                return known
            if len(core) == 1 and not definite:
                return self.actor(text, _ORGANIZATION) if anchor else None
            return self.actor(text, _ORGANIZATION)
        if found is None and not any(t.text[:1].isupper() for t in rest):
            if definite or anchor:
                known = self.antecedent(at, lambda e: e.kind is _ORGANIZATION and e.name.lower().endswith(word))
                if known is not None:
                    return known
            return self.actor(self._text(core), _ORGANIZATION) if anchor else None
        if head.text[:1].isupper() and found is not None:
            lead = [found[0].adjective or found[0].name]
            return self.actor(" ".join([*lead, self._joined([*rest, head])]), _ORGANIZATION, part_of=country_id)
        return self.organization(found, [*rest, head], country_id, core[0].start, nested=False)

    def artifact(self, core: Sequence[Token], word: str, at: int, *, definite: bool, anchor: bool) -> str | None:
        mods = [t for t in core[:-1] if t.tag in tags.PROPER_NOUN_TAGS or t.text in self.lex.countries]
        owner = self.read(mods, mods[0].start, anchor=False) if mods else None
        if owner is not None:
            if self.register:
                self.state.artifacts.append((at, word, owner))
            return owner
        if not definite:  # "other reports" are not the report named before
            return None if not anchor else self.actor(self._text(core), _UNKNOWN)
        i = bisect.bisect_left(self.state.artifacts, (at, "", ""))
        for _start, noun, owner_id in reversed(self.state.artifacts[max(0, i - _LOOKBACK) : i]):
            if noun.rstrip("s") == word.rstrip("s"):
                return owner_id
        return None if not anchor else self.actor(self._text(core), _UNKNOWN)


class _NameRules(_Registry):
    """The rules of names: the lexicon (countries, known organizations), "The Liberal Democrats", "the news agency
    Belta", "Procter & Gamble", and a proper name read as a person, a place, an organization or a group."""

    def lexicon_match(self, toks: Sequence[Token]) -> str | None:
        """A country (by name, alias, capital or demonym) or a known organization."""
        _definite, core = _strip_determiners(toks)
        if core is not toks and self._text(toks) in self.lex.organizations:  # determiners were cut
            core = toks  # "No 10": a name that opens with a determiner's word
        if not core:
            return None
        text = self._text(core)
        country = self.lex.countries.get(text)
        if country is not None and (len(core) > 1 or core[0].text[:1].isupper()):
            return self.country(country, core)
        org = self.lex.organizations.get(text)
        if org is not None:
            government = self.lex.organization_country.get(org)  # "Downing Street" speaks for the UK
            part_of = self.actor(government.name, _COUNTRY) if government is not None else None
            actor_id = self.actor(org, _ORGANIZATION, part_of=part_of)
            self.mention(actor_id, core[0].start, core[-1].end)
            return actor_id
        return None

    def party_name(self, core: Sequence[Token], *, definite: bool) -> str | None:
        """ "The Liberal Democrats", "the Rolling Stones": "the" and capitalized words ending in a plural name
        one organization (a party, a band, a team), not a person or the members as a group."""
        if not definite or len(core) < 2 or not all(_is_name_word(t) for t in core):
            return None
        last = core[-1].text
        if not (last.endswith("s") and not last.endswith("ss") and last[:1].isupper() and last[1:].islower()):
            return None
        actor_id = self.actor(self._text(core), _ORGANIZATION)
        self.mention(actor_id, core[0].start, core[-1].end)
        return actor_id

    def named_body(self, core: Sequence[Token]) -> str | None:
        """ "the news agency Belta", "the carmaker Vantor": a common noun, then the name it introduces.

        The name is the actor: an organization after an organization noun ("agency", "group"),
        otherwise whatever the name reads as on its own, so that it meets the bare name elsewhere.
        """
        k = next((i for i in range(len(core) - 2, -1, -1) if not _in_name(core[i])), None)
        if k is None or not core[k].text.islower() or core[k].tag not in {"NN", "JJ"}:
            return None  # a noun, or one the tagger reads as an adjective ("rival Ann Roe")
        name = core[k + 1 :]
        if (
            not all(_in_name(t) for t in name)
            or not _is_name_word(name[0])
            or _words(name) > _MAX_NAME_WORDS
            or self._text(name) in self.lex.stopwords
        ):
            return None
        found = self.lexicon_match(name)
        if found is not None:
            return found
        if not (self._is_class(core[k], "org") or self._is_class(core[k], "collective")):
            return self.read(name, name[0].start, anchor=True)
        actor_id = self.actor(self._text(name), _ORGANIZATION)
        self.mention(actor_id, name[0].start, name[-1].end)
        return actor_id

    def firm(self, core: Sequence[Token]) -> str | None:
        """ "Procter & Gamble", "Halvorsen & Reed": names joined by an ampersand name one organization."""
        if len(core) < 3 or not all(_in_name(t) for t in core) or not any(t.text == "&" for t in core[1:-1]):
            return None
        actor_id = self.actor(self._text(core), _ORGANIZATION)
        self.mention(actor_id, core[0].start, core[-1].end)
        return actor_id

    def proper(self, core: Sequence[Token], at: int, *, definite: bool, anchor: bool = False) -> str | None:
        """A run of capitalized words: no actor (a title, an initial, "Paris-based"), one the text or the lexicon
        already knows ("Obama" after "Barack Obama", "OTTAWA", "NATO"), else what its form and place suggest."""
        text = self._text(core)
        if self._no_proper_actor(core, text):
            return None
        found = self._known_proper(core, text, anchor=anchor)
        if found is not None:
            return found
        return self._proper_by_form(core, text, at, definite=definite, anchor=anchor)

    def _no_proper_actor(self, core: Sequence[Token], text: str) -> bool:
        """Whether capitalized *core* names no actor: a stop word, titles alone, an initial, "R-Ohio", a compound
        ("Ruritanian-made rifles", "Paris-based": the country is mentioned, nothing more)."""
        if text in self.lex.stopwords or len(text) == 1:  # a stop word, an initial
            return True
        titles = self.lex.titles
        for t in core:
            if t.text.lower() not in titles:
                break
        else:
            return True  # titles alone
        if text[1:2] == "-" and _PARTY_TAG.match(text):  # "R-Ohio"
            return True
        compound = next((t for t in core if _is_compound(t.text)), None) if "-" in text else None
        if compound is None:
            return False
        country = self.lex.countries.get(compound.text.split("-", 1)[0])
        if country is not None:
            actor_id = self.actor(country.name, _COUNTRY)
            self.mention(actor_id, compound.start, compound.start + compound.text.index("-"), nested=True)
        return True

    def _known_proper(self, core: Sequence[Token], text: str, *, anchor: bool) -> str | None:
        """A surname or the tail of an organization's name met before; a country and a name after it; a
        dateline or a shouted name ("OTTAWA", "KYIV"); as a speaker, a person's for a transcript's label ("ROE:"),
        else an organization's ("UNICEF said"); an
        acronym (an organization, with periods too: "the R.T.A.")."""
        known = self.surname_match(core) or self.state.org_suffixes.get(text)
        if known is not None:
            return known
        found = self.country_prefix(core)
        if found is not None and found[1] < len(core):
            rest = core[found[1] :]
            return self.actor(self._text(rest), _UNKNOWN, part_of=self.state.slug(found[0].name))
        shouted = self.lex.countries.get(text.title()) if text.isupper() else None
        if shouted is not None or (text.isupper() and sum(c.isalpha() for c in text) > _MAX_ACRONYM):
            if shouted is not None:
                return self.country(shouted, core)
            label = len(core) == 1 and self.doc.text[core[-1].end : core[-1].end + 1] == ":"
            return self.actor(text.title(), (_PERSON if label else _ORGANIZATION) if anchor else _LOCATION)
        if _is_acronym(text):
            return self.actor(text, _ORGANIZATION)
        return None

    def _proper_by_form(self, core: Sequence[Token], text: str, at: int, *, definite: bool, anchor: bool) -> str | None:
        """What an unknown name is by its last word ("Peace Prize": nothing; "Union Square": a place), its tag
        ("Kurds": a group), a given name, the word before ("in X": a place), its words (a person's name), "the"
        (a movement), or, for a one-word speaker, the pronoun after it."""
        last = self.lex.words.get(core[-1].text.lower(), _NO_CLASSES)
        if "thing" in last:
            return None
        person_like = 1 < _words(core) <= _MAX_NAME_WORDS and _looks_like_person(core, self.lex)
        if "place" in last:  # "Union Square"; but a speaker "Lee Park" is a person's name: places do not speak
            return self._place_or_person(text, at, anchor=anchor, person_like=person_like)
        if len(core) == 1 and core[0].tag == "NNPS":
            return self.actor(text, _GROUP, plural=True)  # "Republicans", "Kurds"
        if person_like and self.state.slug(core[0].text) in self.lex.given_names:
            return self.actor(text, _PERSON)  # "into Ann Roe's emails": a given name, not a place
        if self._previous_word(at) in _LOCATIVE:
            return self.actor(text, _LOCATION)
        if person_like and not self._common_words(core):
            return self.actor(text, _PERSON)
        if definite:  # "the Xs" with a single unknown name is most often a movement or faction
            return self.actor(text, _GROUP)
        if anchor and len(core) == 1:
            return self._one_word_speaker(core, text)
        return self.actor(text, _UNKNOWN)

    def _place_or_person(self, text: str, at: int, *, anchor: bool, person_like: bool) -> str:
        """A name ending in a place word ("Union Square") is a place, but a person's name ("Lee Park") when it
        speaks, is asked or told, or is the object of a verb of persons ("met Jon Bay": ``person_verbs.txt``);
        a person's name that an earlier mention read as a place becomes a person when it speaks."""
        before = self._previous_word(at)
        spoken_to = before in self.lex.asking or before in self.lex.person_object
        if not ((anchor or spoken_to) and person_like):
            return self.actor(text, _LOCATION)
        actor_id = self.actor(text, _PERSON)
        entry = self.entry(actor_id)
        if self.register and entry is not None and entry.kind is _LOCATION:
            entry.kind = _PERSON  # "Ann Roe visited Lee Park. Lee Park said ...": the place was a person
        return actor_id

    def _one_word_speaker(self, core: Sequence[Token], text: str) -> str:
        """A speaker named by one word is most often a surname, unless the sentence goes on about it as a
        thing: "Vantor said it would close its plant"."""
        neuter = self._next_pronoun(core[-1].end) in {"its", "itself"}
        actor_id = self.actor(text, _ORGANIZATION if neuter else _PERSON)
        entry = self.entry(actor_id)
        if neuter and self.register and entry is not None and _guessed_person(entry):
            entry.kind = _ORGANIZATION  # a headline named it first ("Vantor confirms ...")
        return actor_id

    def _common_words(self, core: Sequence[Token]) -> bool:
        """Whether every word of *core* is also written in lower case in the document."""
        lower = self.state.lower_words()
        return all(t.text.lower() in lower for t in core if t.text[:1].isalpha() and len(t.text) > 1)

    def _next_pronoun(self, after: int) -> str | None:
        """The first third-person pronoun but "it" after offset *after* in its sentence, outside quotations.

        "it" is passed over: too often it is something else ("Smith said it was unfair").
        """
        sentence = self.doc.sentence_index_at(after)
        if sentence is None:
            return None
        end = min(self.doc.sentences[sentence].end, after + _PRONOUN_WINDOW)
        quotes = self.state.quote_spans()
        for tok in self.doc.tokens_in(after, end):
            low = tok.text.lower()
            pronoun = low in self.lex.pronouns and low != "it" and self.lex.pronouns[low][0] != "rel"
            if pronoun and _inside(quotes, tok.start) is None:
                return low
        return None

    def _previous_word(self, at: int) -> str:
        head = self.doc.text[max(0, at - 20) : at].split()
        return head[-1].lower() if head else ""


class _Reader(_PronounRules, _PersonRules, _GroupRules, _NameRules):
    """Reads noun phrases into actor ids, registering what it finds (or, dry, not).

    The rule units it is made of: :class:`_PronounRules`, :class:`_PersonRules`, :class:`_GroupRules`,
    :class:`_NameRules`; :data:`PHRASE_RULES` names them in the order they are tried.
    """

    def read(self, toks: Sequence[Token], at: int, *, anchor: bool) -> str | None:
        """The actor the noun phrase *toks* refers to (``at``: where it starts).

        The first of the phrase rules (:data:`PHRASE_RULES`, in that order) that decides gives it;
        the rule's name is left in :attr:`last_read_rule` when it found an actor.
        """
        words = self.phrase_words(toks)
        bare = self._bare(toks, words)
        if bare is not toks:  # edges cut off (rare): the words the rest holds
            toks = bare
            words = self.phrase_words(toks)
        if not toks or not (anchor or words & _W_READ or (len(toks) == 1 and words & _W_ONE_WORD)):
            return None  # lower-case words no rule reads: "the emergency room" names nobody (but as a speaker)
        n = len(toks)
        for name, rule, needs in _PHRASE_RULES_BY_LENGTH[min(n, _LONG)]:  # the rules that may decide on n words
            if not needs or words & needs:  # else the rule passes: not asked
                found = rule(self, toks, at, anchor)
                if found is not _PASS:
                    return self._decided(name, found)
        cut = _first_index(toks, _is_locative, 1, n) if n > 1 and words & _W_LOCATIVE else None
        definite, core = _strip_determiners(toks[:cut] if cut is not None else toks)
        if not core:
            return None
        self.place = toks[cut:] if cut is not None else ()
        for name, core_rule, needs in _CORE_RULES_BY_LENGTH[min(len(core), _LONG)]:
            if (needs and not words & needs) or (cut is None and core_rule in _PLACE_RULES):
                continue  # without the words it needs; or the words the lexicon rule read: it would find nothing
            found = core_rule(self, core, at, anchor, definite)
            if found is not _PASS:
                return self._decided(name, found)
        return None

    def _decided(self, rule: str, found: str | None) -> str | None:
        if found is not None:
            self.last_read_rule = rule
        return found

    def _bare(self, toks: Sequence[Token], words: int) -> Sequence[Token]:
        """*toks* without edge punctuation, a closing reflexive, or "familiar with ..." after its head (*words*: the
        ``_W_*`` bits of *toks*); *toks* itself when nothing is cut."""
        if toks:
            punct, head, tail = tags.PUNCT_TAGS, toks[0], toks[-1]
            if head.tag in punct or tail.tag in punct or not (head.text[:1].isalnum() and tail.text[:1].isalnum()):
                toks = _trim(toks)  # an edge that _trim cuts off
        if len(toks) < 2:
            return toks
        if toks[-1].text.lower() in self.lex.reflexives:
            toks = toks[:-1]  # "Lukashenko himself": the reflexive only stresses who it is
            if len(toks) < 2:
                return toks
        if not words & _W_INFORMED:
            return toks
        informed = self.lex.informed
        for i in range(1, len(toks)):
            if toks[i].text.lower() in informed:  # "people familiar with the matter": the people
                return toks[: i - 1 if toks[i - 1].text.lower() == "with" else i]
        return toks

    def _rule_pronoun(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        del anchor
        first = toks[0].text.lower()
        if len(toks) == 1 and first in self.lex.pronouns:
            return self.pronoun(first, at)  # the pronoun rules: last_rule says which decided
        return _PASS

    def _rule_first_person(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        """ "I", "we" as a speaker: the last person (for "I") or group before it, outside quotations."""
        first = toks[0].text.lower()
        if len(toks) != 1 or first not in self.lex.first_person:
            return _PASS
        if not anchor:
            return None
        if first in {"i", "me", "my"}:
            return self.antecedent(at, lambda e: e.kind is _PERSON, skip_quotes=True)
        return self.antecedent(at, lambda e: e.kind is not _PERSON, skip_quotes=True) or (
            self.antecedent(at, lambda _e: True, skip_quotes=True)
        )

    def _rule_lexicon(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        del at, anchor
        found = self.lexicon_match(toks)
        return _PASS if found is None else found

    def _rule_member(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        """ "one of the officials", "many of them": members who speak for their group."""
        if not (len(toks) > 2 and toks[1].text.lower() == "of" and self._is_part(toks[0])):
            return _PASS
        if len(toks) == 3 and toks[2].text.lower() in {"them", "whom", "those"}:
            found = self.members_of(at)
            if found is None and toks[2].text.lower() == "whom":  # "one of whom": a group, never a person
                return self.antecedent(at, _plural_referent, skip_quotes=True)
            return found or self.read(toks[2:], toks[2].start, anchor=anchor)
        return self.read(toks[2:], toks[2].start, anchor=anchor)

    def _rule_apposition(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        """ "Ann Roe, a lawyer,", "Sen. Ann Roe (R-Ohio)": the head comes first; "The party's campaign
        chairman, Ann Roe,": the name after a role that names nobody; "The head of the Vortan union, Ann Roe,":
        the name after a role, part of the body the role is of."""
        cut = _first_index(toks, _opens_apposition, 1, len(toks))
        if cut is None:
            return _PASS
        head_id = self.read(toks[:cut], at, anchor=False)
        head = self.entry(head_id) if head_id is not None else None
        if anchor and head is not None and head.kind is _LOCATION:  # "Jon Bay, a lawyer, said": places do not speak
            head_id = self.read(toks[:cut], at, anchor=True)
        rest = toks[cut + 1 :]
        stop = next((i for i, t in enumerate(rest) if t.text in {",", "(", ")"}), len(rest))
        if toks[cut].text == "," and stop > 0 and (head is None or head.kind is _UNKNOWN or self._role_of(toks[:cut])):
            named = rest[:stop]
            if _all_name_words(named) and (head is None or _looks_like_person(named, self.lex)):
                owner = head_id if head is not None and head.kind in _BODIES else None
                person = self.actor(self._text(named), _PERSON, role=self._text(toks[:cut]), part_of=owner)
                self.mention(person, named[0].start, named[-1].end)
                return person
        if head_id is None and anchor:
            head_id = self.read(toks[:cut], at, anchor=True)
        if head_id is not None and toks[cut].text == ",":
            self.apposition(head_id, rest)
        return head_id

    def _rule_coordination(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        """ "Russia and China" are two actors speaking as a group; "Halvorsen & Reed" is one name."""
        del anchor
        if len(toks) < 3:
            return _PASS
        conj = _first_index(toks, _is_and, 1, len(toks) - 1)
        if conj is None or not (toks[conj - 1].text[:1].isupper() and toks[conj + 1].text[:1].isupper()):
            return _PASS
        left = self.read(toks[:conj], at, anchor=False)
        right = self.read(toks[conj + 1 :], toks[conj + 1].start, anchor=False)
        if left is not None and right is not None and not _has_org_head(self.lex, toks[-1]):
            return self.actor(self._text(toks), _GROUP, plural=True)
        return _PASS

    def _rule_possessive(self, toks: Sequence[Token], at: int, anchor: bool) -> _Read:
        p = next((i for i in range(len(toks) - 2, 0, -1) if _is_possessive(toks[i])), None) if len(toks) > 2 else None
        if p is None:
            return _PASS
        return self.possessive(toks[:p], toks[p + 1 :], at, anchor=anchor)

    def _rule_of_phrase(self, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
        """ "the Commission on Fair Elections", "spokesman for the ministry", "attorneys for the family"."""
        if len(core) < 3:
            return _PASS
        of = next(
            (
                i
                for i, t in enumerate(core)
                if 0 < i < len(core) - 1
                and (t.text.lower() in {"of", "for"} or (t.text == "on" and _has_org_head(self.lex, core[i - 1])))
            ),
            None,
        )
        if of is None:
            return _PASS
        found = self.of_phrase(core[:of], core[of + 1 :], of=core[of].text.lower() == "of")
        if found is not None:
            return found
        # otherwise the phrase is about its head: "the security of X" is not X
        found = self.headed(core[:of], at, definite=definite, anchor=False)
        if found is None and anchor and core[of - 1].tag == "NNS" and core[of - 1].text.islower():
            # a speaker "attorneys for the family": a group named by the whole phrase
            found = self.actor(self._text(core), _GROUP, plural=True)
        return found if found is not None or not anchor else _PASS

    def _rule_headed(self, core: Sequence[Token], at: int, anchor: bool, definite: bool) -> _Read:
        return self.headed(core, at, definite=definite, anchor=anchor)

    def _is_part(self, token: Token) -> bool:
        return token.tag == "CD" or self._is_class(token, "part")

    def headed(self, core: Sequence[Token], at: int, *, definite: bool, anchor: bool) -> str | None:
        """A phrase read by its last word: a group, an organization, a report, a name."""
        head = core[-1]
        word = head.text.lower()
        classes = (
            self.lex.words.get(word, _NO_CLASSES) if head.tag in tags.NOUN_TAGS or head.text.islower() else _NO_CLASSES
        )
        mods = core[:-1]
        proper_name = len(core) > 1 and all(t.text[:1].isupper() for t in core)
        if proper_name and classes & {"group", "collective", "org"} and self._title_class(head) is None:
            return self.org_phrase(core, at, definite=definite, anchor=anchor)
        if classes & {"group", "collective", "member"}:
            return self.group(core, classes, at, definite=definite, anchor=anchor)
        if "org" in classes:
            return self.org_phrase(core, at, definite=definite, anchor=anchor)
        if "artifact" in classes:
            return self.artifact(core, word, at, definite=definite, anchor=anchor)
        if anchor and head.tag == "NNS" and head.text.islower():  # a speaker "environmentalists"
            found = self.group(core, frozenset({"group"}), at, definite=False, anchor=False)
            return found or self.actor(self._text(core), _GROUP, plural=True)
        if _all_name_words(core):
            return self.proper(core, at, definite=definite, anchor=anchor)
        if mods and head.tag in tags.NOUN_TAGS and not head.text[:1].isupper():
            # "Ruritanian citizens": a common noun qualified by a country
            prefix = self.country_prefix(mods)
            if prefix is not None and prefix[1] == len(mods):
                return self.actor(
                    self._text(core), _GROUP, part_of=self.state.slug(prefix[0].name), plural=head.tag == "NNS"
                )
        if anchor:
            return self.actor(self._text(core), _UNKNOWN)
        return None

    PHRASE_RULES: ClassVar[tuple[tuple[str, _Rule, int, int, int], ...]] = (
        ("pronoun", _rule_pronoun, 1, 1, _W_PRONOUN),
        ("first-person", _rule_first_person, 1, 1, _W_FIRST_PERSON),
        ("lexicon", _rule_lexicon, 1, _ANY, 0),
        ("member-of-group", _rule_member, 3, _ANY, _W_OF),
        ("apposition", _rule_apposition, 2, _ANY, _W_MARK),
        ("coordination", _rule_coordination, 3, _ANY, _W_AND),
        ("possessive", _rule_possessive, 3, _ANY, _W_POSSESSIVE),
    )
    """The rules of :data:`PHRASE_RULES` that read the whole phrase, in order, with the fewest and the most
    words each can decide on and the kinds of word (``_W_*``) it needs one of (on any other phrase it passes)."""

    CORE_RULES: ClassVar[tuple[tuple[str, _CoreRule, int, int], ...]] = (
        ("lexicon-before-place", _core_lexicon_before_place, 1, 0),
        ("group-at-body", _core_group_at_body, 1, 0),
        ("party-name", _core_party_name, 2, 0),
        ("titled-person", _core_titled_person, 1, _W_TITLE),
        ("named-body", _core_named_body, 2, _W_NOT_NAME),
        ("firm", _core_firm, 3, _W_AMPERSAND),
        ("of-phrase", _rule_of_phrase, 3, _W_OF_FOR_ON),
        ("head-word", _rule_headed, 1, 0),
    )
    """The rules that read the phrase's core, in order, with the fewest words each can decide on and the kinds of
    word it needs one of (the phrase's: the core's are among them)."""


_PLACE_RULES = frozenset({_core_lexicon_before_place, _core_group_at_body})  # asked only with a place cut off
_LONG = 4  # the rules' length bounds (1, 2, 3, any) make every phrase of 3 words or more alike but for 3 itself
_PHRASE_RULES_BY_LENGTH = tuple(
    tuple((name, rule, needs) for name, rule, fewest, most, needs in _Reader.PHRASE_RULES if fewest <= n <= most)
    for n in range(_LONG + 1)
)
"""Index ``n`` (a phrase's words, at most ``_LONG``): :attr:`_Reader.PHRASE_RULES` that may decide on ``n`` words."""
_CORE_RULES_BY_LENGTH = tuple(
    tuple((name, rule, needs) for name, rule, fewest, needs in _Reader.CORE_RULES if fewest <= n)
    for n in range(_LONG + 1)
)
"""Index ``n``: :attr:`_Reader.CORE_RULES` that may decide on a core of ``n`` words (at most ``_LONG``)."""


def _role_words(
    role_toks: Sequence[Token], title_spans: Sequence[tuple[int, int, str, str]], t_end: int
) -> tuple[str | None, str | None]:
    """The role that *role_toks* name, titles expanded and honorifics dropped ("Gen." -> "General"), and the
    gender a title tells ("Mrs."), if any."""
    expansions = {(a, b): (e, c) for a, b, e, c in title_spans if b <= t_end}
    role_words: list[str] = []
    gender = None
    k = 0
    while k < len(role_toks):
        span_here = next(((b, e, c) for (a, b), (e, c) in expansions.items() if a == k), None)
        if span_here is None:
            role_words.append(role_toks[k].text)
            k += 1
            continue
        b, expansion, cls = span_here
        if cls != "honorific":
            role_words.append(expansion)
        gender = gender or wordclass.title_gender(expansion)
        k = b
    return " ".join(role_words) or None, gender


def _key_of(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _inside(spans: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span of sorted, disjoint *spans* that holds *offset*, if any."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


_ALIAS_JOINERS = frozenset({"of", "for", "on", "and", "the", "de", "la", "van", "von", "bin", "al"})


def _alias_form(text: str) -> str | None:
    """*text* as another name of its actor ("Foreign Ministry"), or None for a description."""
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":  # strip_the() of the words
        del words[0]
    if not words or len(words) > _MAX_NAME_WORDS + 1 or not words[0][:1].isupper():
        return None
    for w in words:
        if not (w[:1].isupper() or w in _ALIAS_JOINERS) or w.endswith(("'s", "’s")):
            return None
    return " ".join(words)


def _has_org_head(lex: _Lexicon, tok: Token) -> bool:
    return tok.text[:1].isupper() and "org" in lex.words.get(tok.text.lower(), _NO_CLASSES)


def _words(toks: Sequence[Token]) -> int:
    """How many words *toks* hold: an initial's period and a name's apostrophe are none ("Ann D'Arcy": two)."""
    return sum(1 for k in range(len(toks)) if not _name_punctuation(toks, k))


def _name_punctuation(toks: Sequence[Token], k: int) -> bool:
    """Whether toks[k] is an initial's period ("Ann J. Roe") or the apostrophe inside a name ("O'Neill")."""
    return _is_initial_dot(toks, k) or _is_name_apostrophe(toks, k)


def _fold_apostrophe(word: str) -> str:
    """*word* with a typographic apostrophe written plain: "O’Neill" and "O'Neill" are one surname."""
    return word.replace("’", "'")


def _is_name_apostrophe(toks: Sequence[Token], k: int) -> bool:
    """Whether toks[k] is the apostrophe inside a name the tokenizer split: "O'Neill", "D’Arcy" (one capital
    letter, the apostrophe and a capitalized word, with no space between)."""
    if not (0 < k < len(toks) - 1 and toks[k].text in _APOSTROPHES):
        return False
    before, after = toks[k - 1], toks[k + 1]
    glued = before.end == toks[k].start and toks[k].end == after.start
    return glued and len(before.text) == 1 and before.text.isupper() and after.text[:1].isupper()


def _is_initial_dot(toks: Sequence[Token], k: int) -> bool:
    """Whether toks[k] is the period of an initial the tokenizer split off: "Paul D. Ryan"."""
    return toks[k].text == "." and 0 < k < len(toks) - 1 and len(toks[k - 1].text) == 1


def _word_kinds(word: str, lex: _Lexicon) -> int:
    """The ``_W_*`` bits of a token's text (the tag's one, ``POS``, is added by :meth:`_Registry.phrase_words`)."""
    low = word.lower()
    bits = _FUNCTION_WORD_KINDS.get(low, 0)
    if low in lex.pronouns:
        bits |= _W_PRONOUN
    if low in lex.first_person:
        bits |= _W_FIRST_PERSON
    if low in lex.title_firsts or " " in word:
        bits |= _W_TITLE
    if word[:1].isupper():
        bits |= _W_CAPITALIZED
    if word != "&" and not (word[:1].isupper() and word[:1].isalpha()):
        bits |= _W_NOT_NAME  # a capital letter starts a name's word whatever its tag (see _is_name_word)
    if low in _LOCATIVE:
        bits |= _W_LOCATIVE
    if low in lex.informed:
        bits |= _W_INFORMED
    if not (word.isalpha() and word.islower()) or low in lex.vocabulary:
        bits |= _W_READ
    return bits


def _first_index(toks: Sequence[Token], test: Callable[[Token], bool], lo: int, hi: int) -> int | None:
    """The first index from *lo* to *hi* (excluded) whose token passes *test*, if any."""
    for i in range(lo, hi):
        if test(toks[i]):
            return i
    return None


def _is_locative(tok: Token) -> bool:
    """ "in", "at", "from" ... as a preposition: where a locative tail ("the ministry in Paris") starts."""
    return tok.tag in _IN_TO and tok.text.lower() in _LOCATIVE


def _opens_apposition(tok: Token) -> bool:
    return tok.text in _APPOSITION_MARKS


def _is_and(tok: Token) -> bool:
    return tok.text.lower() == "and"


def _all_name_words(toks: Sequence[Token]) -> bool:
    """Whether every word of *toks* is a name's (:func:`_is_name_word`) or an initial's period."""
    proper = tags.PROPER_NOUN_TAGS
    for k, t in enumerate(toks):
        first = t.text[:1]
        if not (first.isupper() and (t.tag in proper or first.isalpha())) and not _name_punctuation(toks, k):
            return False  # (the test of _is_name_word, inline: this runs on every phrase read)
    return True


def _is_possessive(tok: Token) -> bool:
    return tok.tag == "POS" or tok.text in {"'s", "’s"}


def _in_name(tok: Token) -> bool:
    """A word of a name, or the ampersand inside one ("Halvorsen & Reed")."""
    return tok.text == "&" or _is_name_word(tok)


def _guessed_person(entry: _Entry) -> bool:
    """A person known only by one word, with nothing (role, gender) to confirm it is one."""
    return entry.kind is _PERSON and " " not in entry.name and entry.role is None and entry.gender is None


def _nameless(entry: _Entry) -> bool:
    """An actor of unknown kind, or a person by the form of its name only, with no role or gender to confirm it."""
    return entry.kind in {_PERSON, _UNKNOWN} and entry.role is None and entry.gender is None


def _group_modifier(tok: Token, lex: _Lexicon) -> bool:
    """A lower-case word that names a group with its head noun: "rebel" in "rebel fighters"."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.tag in {"JJ", "NN", "VBN"}
        and "drop" not in lex.words.get(tok.text, _NO_CLASSES)
    )


def _is_name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and (tok.tag in tags.PROPER_NOUN_TAGS or tok.text[:1].isalpha())


_PARTY_TAG = re.compile(r"^[A-Z]-[A-Z]")
_COMPOUND = re.compile(r"^[^\W\d_][\w.]*-[a-z]")


def _is_compound(word: str) -> bool:
    """ "Paris-based", "Ruritanian-made": a word, a hyphen and a lower-case word (the hyphen is looked for first)."""
    return "-" in word and _COMPOUND.match(word) is not None


def _looks_like_person(core: Sequence[Token], lex: _Lexicon) -> bool:
    """Whether capitalized *core* may be a person's name: no plural, compound, acronym or function word ("Trump
    Says": a headline; "Class A"); a letter before a period is an initial ("Ann A. Roe"), never a function word."""
    if core[-1].tag == "NNPS":
        return False
    for k, t in enumerate(core):
        word = t.text
        if _is_compound(word) or (len(word) > 1 and word.isupper()):
            return False
        if word.lower() in lex.function_words and not (k + 1 < len(core) and _is_initial_dot(core, k + 1)):
            return False
    return True


def _is_acronym(text: str) -> bool:
    if " " in text or (text[1:2].isalpha() and not text[1:2].isupper()):
        return False  # the common cases, without a list: "Ann Roe", "Kenya"
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text


def _trim(toks: Sequence[Token]) -> Sequence[Token]:
    lo, hi = 0, len(toks)
    while lo < hi and (toks[lo].tag in tags.PUNCT_TAGS or not toks[lo].text[:1].isalnum()):
        lo += 1
    while hi > lo and (toks[hi - 1].tag in tags.PUNCT_TAGS or not toks[hi - 1].text[:1].isalnum()):
        hi -= 1
    return toks[lo:hi]


def _strip_determiners(toks: Sequence[Token]) -> tuple[bool, Sequence[Token]]:
    if not toks or (toks[0].tag not in _DT_TAGS and toks[0].text.lower() not in wordclass.DETERMINERS):
        return False, toks  # the common case: a name
    definite = False
    i = 0
    while i < len(toks) and (toks[i].text.lower() in wordclass.DETERMINERS or toks[i].tag in _DT_TAGS):
        definite = definite or toks[i].text.lower() in wordclass.DEFINITE_DETERMINERS
        i += 1
    return definite, toks[i:]


# --------------------------------------------------------------------------- discovery


_THE = frozenset("".join(c) for c in itertools.product("tT", "hH", "eE"))  # "the" however it is written
_TOKEN_TEXT = operator.itemgetter(2)  # Token.text, read without the attribute lookup


def _candidates(state: _State, lex: _Lexicon) -> Iterable[tuple[int, int]]:
    """Token index ranges of likely actor mentions: names, and the nouns they head.

    Only a capitalized word (a name) or "the" (a definite description) starts one: the
    other tokens are passed over without a look.
    """
    doc = state.doc
    tokens = doc.tokens
    spaced = state.spaced_tokens()
    # capitalized words and "the", found without a Python-level call per token: each distinct word is looked at once
    # the text of every token, in order: made here, not kept by the state (a list of 500,000 on 1 MB of short lines)
    texts, distinct = list(map(_TOKEN_TEXT, tokens)), state.token_texts()
    capitalized = {t for t in distinct if t[:1].isupper()}
    opening = capitalized | (_THE & distinct)
    openers = list(itertools.compress(range(len(texts)), map(opening.__contains__, texts)))
    name_words: dict[str, bool] = {}
    proper = tags.PROPER_NOUN_TAGS
    firsts, lasts = doc.sentences.first_tokens(), doc.sentences.last_tokens()
    k = 0
    n_openers = len(openers)
    while k < n_openers:
        i = openers[k]
        sentence = bisect.bisect_right(firsts, i) - 1 if len(firsts) and i >= firsts[0] else None
        if sentence is None or i >= lasts[sentence]:
            k += 1  # a token outside every sentence
            continue
        first, end = firsts[sentence], lasts[sentence]
        j = i + 1
        if texts[i] in capitalized and (tokens[i].tag in proper or _name_word(texts[i], lex, name_words)):
            start = i - 1 if i > first and texts[i - 1] in _THE else i
            j = _extend(tokens, i, end, lex, spaced=spaced)
            if not (j - i == 1 and i == first and tokens[i].tag not in proper):
                yield start, j
        elif texts[i] in _THE and i + 1 < end and texts[i + 1].isalpha() and texts[i + 1].islower():
            found = _definite_description(tokens, i + 1, end, lex)
            if found is not None:
                yield i, found
                j = found
        k = bisect.bisect_left(openers, j, k + 1)


def _name_word(word: str, lex: _Lexicon, known: dict[str, bool]) -> bool:
    """Whether capitalized *word* starts a name whatever its tag (a word tagged as a proper noun does): a
    country, a title, "Paris-based"; remembered in *known* (one document's words)."""
    found = known.get(word)
    if found is None:
        lexical = word in lex.countries or word.lower() in lex.titles
        found = known[word] = lexical or (_is_compound(word) and word.split("-", 1)[0] in lex.countries)
    return found


def _extend(tokens: Sequence[Token], i: int, end: int, lex: _Lexicon, *, spaced: bool) -> int:
    """End of the name run starting at *i*, with any head noun and name after it (*spaced*: see _lower_title)."""
    j = i + 1  # the first token starts a name (see _candidates)
    proper = tags.PROPER_NOUN_TAGS
    while j < end and (
        (tokens[j].tag in proper and tokens[j].text[:1].isupper()) or _name_part(tokens, j, end, lex)
    ):  # (a capitalized proper noun: _name_part's first case, tested here without a call)
        j += 1
    if j < end and tokens[j].tag == "CD":
        j = _numbered_name(tokens, i, j, end, lex)
    # lower-case words up to a head noun: "U.S. military officials", "X government spokesman Y"
    for k in range(j, min(end, j + _MAX_EXTENSION + 1)):
        tok = tokens[k]
        if not tok.text.isalpha() or not tok.text.islower() or tok.tag not in {"JJ", "NN", "NNS", "VBN"}:
            break
        title = _lower_title(tokens, k, end, lex, spaced=spaced)
        if title is not None and title[0] > 1:  # "secretary general": the title's last word is the head
            j = _named_holder(tokens, k + title[0], end, title[1])
            break
        classes = lex.words.get(tok.text.lower(), _NO_CLASSES)
        artifact = "artifact" in classes and not tok.text.endswith("s")  # "X reports" is a verb
        if classes & {"group", "collective", "member", "org"} or artifact or title is not None:
            nxt = tokens[k + 1] if k + 1 < end else None
            if nxt is not None and nxt.tag in {"NN", "NNS"} and nxt.text.islower():
                continue  # "government sources": the head is further on
            j = _named_holder(tokens, k + 1, end, title[1] if title is not None else "")
            break
    # "X's team": the possessive with a staff or artifact noun
    if j + 1 < end and _is_possessive(tokens[j]):
        classes = lex.words.get(tokens[j + 1].text.lower(), _NO_CLASSES)
        if classes & {"staff", "artifact", "member"}:
            j += 2
    return j


def _lower_title(tokens: Sequence[Token], k: int, end: int, lex: _Lexicon, *, spaced: bool) -> tuple[int, str] | None:
    """``(words, class)`` of the longest title of lower-case words at *k* ("chief executive"), if any (*spaced*:
    whether a token of the document holds a space: then every length is tried)."""
    known = lex.title_lengths.get(tokens[k].text)
    if known is None:
        return None
    lengths: Sequence[int] = range(min(lex.title_max_words, end - k), 0, -1) if spaced else known
    for n in lengths:
        if n > end - k:
            continue
        words = tokens[k : k + n]
        if all(t.text.islower() for t in words):
            hit = lex.titles.get(" ".join(t.text for t in words))
            if hit is not None:
                return n, hit[1]
    return None


def _named_holder(tokens: Sequence[Token], j: int, end: int, title_class: str) -> int:
    """*j*, or past the name after a title that heads a person's name ("government spokesman Ann Roe")."""
    if title_class in {"spokesperson", "office", "minister"}:
        while j < end and tokens[j].tag in tags.PROPER_NOUN_TAGS and tokens[j].text[:1].isupper():
            j += 1
    return j


def _numbered_name(tokens: Sequence[Token], i: int, j: int, end: int, lex: _Lexicon) -> int:
    """*j*, or one more when the name run *i*..*j* and a number after it are a known name ("Number 10")."""
    if j < end and tokens[j].tag == "CD" and " ".join(t.text for t in tokens[i : j + 1]) in lex.organizations:
        return j + 1
    return j


def _name_part(tokens: Sequence[Token], j: int, end: int, lex: _Lexicon) -> bool:
    tok = tokens[j]
    if tok.text[:1].isupper() and (
        tok.tag in tags.PROPER_NOUN_TAGS or tok.text in lex.countries or tok.text.lower() in lex.titles
    ):
        return True
    if tok.text == "." and _is_initial_dot(tokens, j) and tokens[j + 1].text[:1].isupper():
        return True  # "Ann J. Roe"
    if _is_name_apostrophe(tokens, j):
        return True  # "Tom O'Neill"
    # "Ministry of Defense", "Bank of Ruritania", "Secretary of State"
    if tok.text != "of" or j == 0 or j + 1 >= end:
        return False
    before = tokens[j - 1].text
    return (
        before[:1].isupper()
        and tokens[j + 1].text[:1].isupper()
        and ("org" in lex.words.get(before.lower(), _NO_CLASSES) or before.lower() in lex.titles)
    )


def _definite_description(tokens: Sequence[Token], i: int, end: int, lex: _Lexicon) -> int | None:
    """End of "the [modifiers] <group|ministry|report>" starting after "the", if it is one."""
    for k in range(i, min(end, i + _MAX_EXTENSION + 1)):
        tok = tokens[k]
        if not tok.text.isalpha() or not tok.text.islower():
            return None
        classes = lex.words.get(tok.text, _NO_CLASSES)
        if classes & {"collective", "org", "artifact"} and not (k + 1 < end and tokens[k + 1].tag in tags.NOUN_TAGS):
            return k + 1
        if tok.tag not in {"JJ", "NN", "VBN"}:
            return None
    return None


def _after(doc: Document, end: int) -> Sequence[Token]:
    """The tokens after a comma that directly follows offset *end*, to the end of the sentence."""
    if not doc.text.startswith(",", end):
        return ()
    i = doc.sentence_index_at(end)
    if i is None:
        return ()
    return doc.tokens_in(end + 1, doc.sentences[i].end)


def _merge_surnames(state: _State) -> None:
    """A one-word person ("Mr. Okafor") is the full name with that surname, if only one fits."""
    full: dict[str, list[_Entry]] = {}
    for e in state.entries.values():
        if e.kind is _PERSON and " " in e.name:
            full.setdefault(_fold_apostrophe(e.name.rsplit(" ", 1)[1]), []).append(e)
    merged: dict[str, str] = {}
    for e in list(state.entries.values()):
        if not (e.kind is _PERSON or e.kind is _UNKNOWN) or " " in e.name:
            continue
        fits = [f for f in full.get(_fold_apostrophe(e.name), ()) if e.gender is None or f.gender in {None, e.gender}]
        if len(fits) != 1:
            continue
        target = fits[0]
        target.mentions.update(e.mentions)
        target.aliases.update(e.aliases)
        target.order = min(target.order, e.order)
        target.role = target.role or e.role
        target.part_of = target.part_of or e.part_of
        target.gender = target.gender or e.gender
        merged[e.id] = target.id
        del state.entries[e.id]
    if not merged:
        return
    for key, actor_id in state.by_mention.items():
        state.by_mention[key] = merged.get(actor_id, actor_id)
    for e in state.entries.values():
        if e.part_of is not None:
            e.part_of = merged.get(e.part_of, e.part_of)
    state.positions.ids[:] = [merged.get(a, a) for a in state.positions.ids]


def _drop_unused(state: _State) -> None:
    """Drop the actors nothing mentions, maps or is part of: a role's owner read again where another phrase
    already gave its holder one ("Foreign Minister Ann Roe" after "Kenya's Foreign Minister Ann Roe")."""
    while True:
        used = {e.part_of for e in state.entries.values()} | set(state.by_mention.values())
        unused = [key for key, e in state.entries.items() if not e.mentions and key not in used]
        if not unused:
            return
        for key in unused:
            del state.entries[key]


def _check_anchors(doc: Document, anchors: Sequence[Span]) -> None:
    for span in anchors:
        if not isinstance(span, Span):
            msg = f"anchors must be Spans, got {type(span).__name__}"
            raise InvalidInputError(msg)
        if not 0 <= span.start <= span.end <= len(doc.text) or doc.text[span.start : span.end] != span.text:
            msg = f"anchor span ({span.start}, {span.end}) {span.text!r} does not slice the document text"
            raise InvalidSpanError(msg)


def _reading_order(state: _State, lex: _Lexicon, anchors: Sequence[Span]) -> list[_Item]:
    """``(start, end, is_anchor)`` of every phrase to read, in the order to read them."""
    doc = state.doc
    # nested attributions repeat their speakers' spans, up to once per statement of the chain:
    # a span is read at most twice (the second reading sees what the first registered)
    repeats = Counter((s.start, s.end) for s in anchors)
    anchor_keys = set(repeats)
    # no tokens held per phrase: each is read as doc.tokens_in(start, end) (a page of one-word lines has a phrase
    # a line, and a slice of tokens each would be 150 bytes a line until the last is read)
    items: list[_Item] = [(start, end, True) for (start, end), n in repeats.items() for _ in range(min(n, 2))]
    tokens = doc.tokens
    for i, j in _candidates(state, lex):
        start, end = tokens[i].start, tokens[j - 1].end
        if (start, end) not in anchor_keys:
            items.append((start, end, False))
    items.sort(key=_reading_key)
    if state.frames:  # a pronoun in a quotation is read once the quotation's speaker is known
        quotes = state.quote_spans()
        in_quote = [
            x
            for x in items
            if x[2] and doc.text[x[0] : x[1]].lower() in lex.pronouns and _inside(quotes, x[0]) is not None
        ]
        if in_quote:
            deferred = set(in_quote)
            items = [x for x in items if x not in deferred] + in_quote
    return items


def _reading_key(item: _Item) -> tuple[int, int, bool]:
    """Text order; the longer phrase first at one start, and an anchor before a phrase found by the scan."""
    return item[0], -item[1], not item[2]


def _read_all(state: _State, items: list[_Item]) -> None:
    """Read every phrase into an actor, registering mentions; an anchor always gets one, and its rules are kept.

    *items* is emptied as it is read (what it held is free for the mentions the reading registers)."""
    doc = state.doc
    reader = _Reader(state, register=True)
    items.reverse()
    while items:
        start, end, is_anchor = items.pop()
        reader.last_rule = reader.last_read_rule = None
        actor_id = reader.read(doc.tokens_in(start, end), start, anchor=is_anchor)
        if is_anchor and reader.last_rule is not None and actor_id is not None:
            state.rules[start, end] = reader.last_rule
        if is_anchor and reader.last_read_rule is not None and actor_id is not None:
            state.read_rules[start, end] = reader.last_read_rule
        if actor_id is None and is_anchor:
            name = " ".join(doc.text[start:end].split()) or "unknown"
            actor_id = reader.actor(name, _UNKNOWN)
        if actor_id is not None:
            reader.mention(actor_id, start, end)
            after = _after(doc, end) if doc.text.startswith(",", end) else ()
            if after:
                reader.apposition(actor_id, after)
            if is_anchor:
                state.by_mention[start, end] = actor_id


def find_actors(doc: Document, anchors: Sequence[Span] = (), *, frames: Sequence[SpeakerFrame] = ()) -> ActorTable:
    """The actors mentioned in *doc*; every span in *anchors* (speaker spans) gets one.

    Args:
        doc: The parsed text.
        anchors: Speaker, addressee and relay spans from the attribution stage. Each
            is mapped in :attr:`ActorTable.by_mention`, to a new actor if need be.
        frames: The attributions' contents with their speakers and hearers: a speaker is
            the subject a later "he" prefers, and a pronoun inside a quotation is never
            the quotation's own speaker or hearer.

    Returns:
        An :class:`ActorTable` whose actors are in order of first mention.

    Raises:
        InvalidSpanError: if an anchor does not slice ``doc.text``.
        InvalidInputError: if an anchor is not a :class:`~claimkit.Span`.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Canadian Army Gen. Lee Park said so. He left.")
    >>> table = find_actors(doc, [doc.span(37, 39)])
    >>> person = table.actor_at(doc.span(37, 39))
    >>> person.name, person.role, person.part_of
    ('Lee Park', 'Canadian Army General', 'canada')
    """
    _check_anchors(doc, anchors)
    lex = _lexicon()
    state = _State(
        doc=doc,
        speakers=frozenset((f.speaker.start, f.speaker.end) for f in frames if f.speaker is not None),
        frames=sorted(
            (f.content.start, f.content.end, _key_of(f.speaker), _key_of(f.addressee))
            for f in frames
            if f.speaker is not None
        ),
    )
    _read_all(state, _reading_order(state, lex, anchors))
    state.by_end.clear()  # read only while mentions are registered: free before the mentions' spans are made
    _merge_surnames(state)
    _drop_unused(state)
    state.quote_spans()  # computed now, so that resolve() only ever reads the state
    # ... and what only registering a mention reads is freed (resolve() registers nothing): the table
    # lives on through the claims stage, and these memos hold a few tuples per mention (issue 16)
    state.aliases, state.aliased, state.by_end = {}, set(), {}
    entries = sorted(state.entries.values(), key=lambda e: e.order)
    known = {e.id for e in entries}
    for e in entries:
        if e.part_of is not None and e.part_of not in known:
            e.part_of = None
    return ActorTable(
        actors=tuple(e.freeze(doc.span) for e in entries),
        by_mention=MappingProxyType(state.by_mention),  # no copy: nothing registers after this (resolve reads)
        rules=MappingProxyType(dict(state.rules)),
        read_rules=MappingProxyType(dict(state.read_rules)),
        state=state,
    )
