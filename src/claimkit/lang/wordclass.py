"""Closed word classes of English: pronouns, determiners, auxiliaries, titles' gender.

Pronouns come from ``data/en/pronouns.tsv`` (person, number, gender and the forms each
takes) and are read on first use; the small grammatical classes are constants here.
Each class has one home: a stage that needs "first-person pronouns" calls
:func:`first_person`, it never writes the list again.

>>> sorted(object_pronouns())
['her', 'him', 'me', 'them', 'us']
>>> title_gender("Queen"), title_gender("Minister")
('f', None)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from claimkit.lang.resources import rows, wordlist

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "AUXILIARIES",
    "CLAUSE_WORDS",
    "DEFINITE_DETERMINERS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "MODALS",
    "SUBORDINATORS",
    "Pronoun",
    "first_person",
    "number_words",
    "object_pronouns",
    "personal_pronouns",
    "possessive_determiners",
    "pronouns",
    "reflexives",
    "relative_pronouns",
    "role_nouns",
    "second_person",
    "sentence_starters",
    "speaker_pronouns",
    "stopwords",
    "subject_pronouns",
    "third_person",
    "title_gender",
]

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
"""Demonstrative determiners and pronouns: they point back ("this group", "denied that")."""
DEFINITE_DETERMINERS = DEMONSTRATIVES | {"the"}
"""Determiners of a noun phrase that refers back ("the minister", "this group")."""
DETERMINERS = DEFINITE_DETERMINERS | {"a", "an", "another", "one", "any", "each"}
"""Words that open a noun phrase and name nobody by themselves."""
MODALS = frozenset({"will", "shall", "would", "should", "can", "could", "may", "might"})
"""Modal verbs of possibility, volition and the future ("would welcome talks"): what is under one is not done."""
AUXILIARIES = MODALS | {"be", "have", "do", "must", "ought", "to"}
"""Lemmas of auxiliary and modal verbs, with the infinitive marker "to": never a claim's predicate."""
SUBORDINATORS = frozenset(
    {
        "if",
        "when",
        "whenever",
        "while",
        "although",
        "though",
        "because",
        "since",
        "unless",
        "once",
        "after",
        "before",
        "until",
        "as",
    }
)
"""Conjunctions that open a subordinate clause (tagged IN like prepositions)."""
CLAUSE_WORDS = frozenset({"but", "while", "although", "though", "whereas", "because", "however", "since"})
"""Words that end the clause before them ("... is false, but ..."): a negation's or a claim's scope stops there."""


@attrs.frozen(kw_only=True)
class Pronoun:
    """One row of ``pronouns.tsv``.

    >>> sorted(pronouns()["her"].forms)
    ['det', 'obj']
    """

    word: str
    person: int
    number: str
    """``sg``, ``pl``, ``any`` or ``rel`` (a relative pronoun)."""
    gender: str
    """``m``, ``f``, ``n`` (an organization, country or collective) or ``any``."""
    forms: frozenset[str]
    """Of ``subj``, ``obj``, ``det`` (before a noun), ``poss`` (standing alone), ``refl``."""


@functools.cache
def pronouns() -> Mapping[str, Pronoun]:
    """Every pronoun of ``pronouns.tsv``, by its lower-case form."""
    out = {}
    for word, person, number, gender, forms in (r[:5] for r in rows("pronouns.tsv")):
        out[word] = Pronoun(
            word=word,
            person=int(person),
            number=number,
            gender=gender,
            forms=frozenset(f.strip() for f in forms.split(",")),
        )
    return MappingProxyType(out)


def _select(*, persons: tuple[int, ...] = (1, 2, 3), forms: tuple[str, ...] = ()) -> frozenset[str]:
    """Personal (not relative) pronouns of *persons* that take any of *forms*."""
    return frozenset(
        p.word
        for p in pronouns().values()
        if p.person in persons and p.number != "rel" and (not forms or p.forms & set(forms))
    )


@functools.cache
def third_person() -> Mapping[str, tuple[str, str]]:
    """Third-person and relative pronouns -> (number, gender): what can refer to an actor.

    >>> third_person()["she"], third_person()["which"]
    (('sg', 'f'), ('rel', 'n'))
    """
    return MappingProxyType({p.word: (p.number, p.gender) for p in pronouns().values() if p.person == 3})


@functools.cache
def subject_pronouns() -> frozenset[str]:
    """Personal pronouns in the subject form: "i", "you", "he", "she", "it", "we", "they"."""
    return _select(forms=("subj",))


@functools.cache
def object_pronouns() -> frozenset[str]:
    """Personal pronouns only ever in the object form: "me", "him", "her", "us", "them"."""
    return _select(forms=("obj",)) - subject_pronouns()


@functools.cache
def personal_pronouns() -> frozenset[str]:
    """Personal pronouns in the subject or object form ("they", "them", "you", ...)."""
    return _select(forms=("subj", "obj"))


@functools.cache
def possessive_determiners() -> frozenset[str]:
    """Possessive pronouns before a noun: "my", "your", "his", "her", "its", "our", "their"."""
    return _select(forms=("det",))


@functools.cache
def reflexives() -> frozenset[str]:
    """Third-person reflexive pronouns: "himself", "herself", "itself", "themselves"."""
    return _select(persons=(3,), forms=("refl",))


@functools.cache
def first_person() -> frozenset[str]:
    """First-person pronouns ("i", "me", "my", "we", "us", "our", "ours", ...): the speaker's own voice."""
    return _select(persons=(1,), forms=("subj", "obj", "det", "poss"))


@functools.cache
def second_person() -> frozenset[str]:
    """Second-person pronouns ("you", "your", "yourself", ...): the addressee."""
    return _select(persons=(2,))


@functools.cache
def relative_pronouns() -> frozenset[str]:
    """Relative pronouns: "who", "whom", "which", "that"."""
    return frozenset(p.word for p in pronouns().values() if p.number == "rel")


@functools.cache
def speaker_pronouns() -> frozenset[str]:
    """Subject pronouns that stand for a person or group who can speak: "i", "we", "he", "she", "they".

    >>> sorted(speaker_pronouns())
    ['he', 'i', 'she', 'they', 'we']
    """
    return frozenset(
        p.word
        for p in pronouns().values()
        if p.person in (1, 3) and p.number != "rel" and p.gender != "n" and "subj" in p.forms
    )


@functools.cache
def _title_genders() -> Mapping[str, str]:
    return MappingProxyType({r[1].lower(): r[3] for r in rows("titles.tsv") if len(r) > 3 and r[3]})


@functools.cache
def role_nouns() -> frozenset[str]:
    """Titles that are nouns even where the tagger reads a verb: ``role`` in ``titles.tsv``'s fifth column.

    >>> "spokesman" in role_nouns(), "head" in role_nouns(), "mr." in role_nouns()
    (True, True, False)
    """
    return frozenset(r[0].lower() for r in rows("titles.tsv") if len(r) > 4 and r[4] == "role")


@functools.cache
def of_titles() -> frozenset[tuple[str, ...]]:
    """The titles of ``titles.tsv`` with "of" inside, as lower-case words: one noun phrase, not a noun and its
    post-modifier ("the chief of staff of the mayor" is a chief of staff).

    >>> ("chief", "of", "staff") in of_titles(), ("chief",) in of_titles()
    (True, False)
    """
    return frozenset(tuple(r[0].lower().split()) for r in rows("titles.tsv") if " of " in r[0])


@functools.cache
def stopwords() -> frozenset[str]:
    """Function words ignored when matching arguments by their words: ``stopwords.txt``, the
    demonstratives and the possessive determiners.

    >>> {"the", "this", "their", "of"} <= stopwords(), "minister" in stopwords()
    (True, False)
    """
    return wordlist("stopwords.txt") | DEMONSTRATIVES | possessive_determiners()


@functools.cache
def sentence_starters() -> frozenset[str]:
    """Words that, capitalized after an abbreviation's period, start a new sentence ("... in the U.S.
    They said ..."): ``sentence_starters.txt``, the demonstratives and the subject pronouns.

    >>> {"the", "these", "he", "however"} <= sentence_starters(), "minister" in sentence_starters()
    (True, False)
    """
    return wordlist("sentence_starters.txt") | DEMONSTRATIVES | subject_pronouns()


def _attribution_words(cls: str | None, marker: str | None = None) -> frozenset[str]:
    """The words of class *cls* (``None``: of any class) in ``attribution_words.tsv`` with *marker* in a column
    after the class (``None``: marked or not)."""
    return frozenset(
        r[0].lower()
        for r in rows("attribution_words.tsv")
        if cls in (None, r[1]) and (marker is None or marker in r[2:])
    )


@functools.cache
def argument_prepositions() -> frozenset[str]:
    """Prepositions that open an argument of a claim's predicate ("gave arms to X", "bought from X",
    "was armed by X"): the words marked ``argument`` in ``attribution_words.tsv``.

    >>> sorted(argument_prepositions())
    ['against', 'by', 'for', 'from', 'of', 'to', 'with']
    """
    return _attribution_words(None, "argument")


@functools.cache
def approximator_links() -> frozenset[str]:
    """Words that link an approximator phrase to its number and count as an approximator of their own
    ("at least", "up to", "more than", "as many as"): the numerals marked ``link`` in ``attribution_words.tsv``.

    >>> sorted(approximator_links())
    ['as', 'at', 'many', 'than', 'to']
    """
    return _attribution_words("numeral", "link")


@functools.cache
def rank_restrictors() -> frozenset[str]:
    """Words that narrow a superlative to a place, group or period ("the largest crowd in the city",
    "the biggest this year", "the best so far"): the class ``rank`` of ``attribution_words.tsv``.

    >>> {"in", "among", "this"} <= rank_restrictors(), "ever" in rank_restrictors()
    (True, False)
    """
    return _attribution_words("rank")


_ARTICLES = frozenset({"a", "an"})
"""Read as one before a unit of time ("a week", in ``time_words.tsv``), but no number word."""


@functools.cache
def number_words() -> Mapping[str, float]:
    """Number words and their values: one home each.

    The one-word numbers of ``time_words.tsv`` ("one" to "ninety", "hundred"; not the articles
    "a", "an" nor the vague "several", "many"), and the words of ``quantity_words.tsv`` that
    are not there ("thousand", "million", "dozen", "bn").

    >>> number_words()["twelve"], number_words()["million"], "a" in number_words(), "several" in number_words()
    (12.0, 1000000.0, False, False)
    """
    spelled = {
        r[1]: float(r[2])
        for r in rows("time_words.tsv")
        if r[0] == "number" and " " not in r[1] and r[1] not in _ARTICLES and r[2] != "X"
    }
    return MappingProxyType(spelled | {r[0]: float(r[1]) for r in rows("quantity_words.tsv")})


def title_gender(expansion: str) -> str | None:
    """``"m"`` or ``"f"`` for a title only one gender holds ("Mr.", "Queen"), from ``titles.tsv``."""
    return _title_genders().get(expansion.lower())
