"""English morphology: verb forms, plurals, lemmas and the stems on which words meet.

One module for what used to be three helpers (``attribution._verb_forms``,
``claims.lemmatize``, ``relations._stem``). They stay separate functions because
they answer different questions, and merging their rules would change results:

- :func:`verb_forms` and :func:`plural_forms` generate (lemma -> inflected forms),
  for lexicons indexed by the words as written (the cue lexicon);
- :func:`lemmatize` analyses (inflected form -> lemma), from ``irregular_verbs.tsv``,
  the verbs claimkit knows and suffix rules;
- :func:`verb_key`, :func:`singular` and :func:`stem` are tolerant keys for comparing
  words ("decide" and a guessed "decid"; "Freedonia" and "Freedonians").

>>> sorted(verb_forms("deny"))
['denied', 'denies', 'deny', 'denying']
>>> lemmatize("denied"), lemmatize("went")
('deny', 'go')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

from claimkit.lang.resources import rows, table, wordlist

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "irregular_lemmas",
    "known_verbs",
    "lemmatize",
    "plural_forms",
    "singular",
    "stem",
    "third_person",
    "verb_forms",
    "verb_key",
]

_SIBILANT_ENDINGS = ("s", "sh", "ch", "x", "z")
_VOWELS = "aeiou"
# stems that take back a final "e" when "-ed"/"-ing" was stripped ("provid" -> "provide")
_WORD_FORM_E = ("v", "c", "z", "at", "id", "ud", "ur", "ir", "rg", "bl", "dl", "tl", "pl", "gl", "us", "os", "ut")
_MIN_STEM = 4


def verb_forms(lemma: str) -> set[str]:
    """The regular forms of a verb: lemma, third person, past, present participle.

    >>> sorted(verb_forms("push"))
    ['push', 'pushed', 'pushes', 'pushing']
    """
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(_SIBILANT_ENDINGS):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


def third_person(lemma: str) -> str:
    """The third person singular present of a regular verb ("push" -> "pushes").

    >>> third_person("dispute"), third_person("deny"), third_person("dismiss"), third_person("reject")
    ('disputes', 'denies', 'dismisses', 'rejects')
    """
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    if lemma.endswith(_SIBILANT_ENDINGS):
        return lemma + "es"
    return lemma + "s"


def plural_forms(lemma: str) -> set[str]:
    """A noun and its regular plural.

    >>> sorted(plural_forms("claim")), sorted(plural_forms("story"))
    (['claim', 'claims'], ['stories', 'story'])
    """
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(_SIBILANT_ENDINGS):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}


def singular(word: str) -> str:
    """A plural's crude singular: the final "s" dropped (not from "-ss").

    >>> singular("talks"), singular("press")
    ('talk', 'press')
    """
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.cache
def _irregular() -> dict[str, str]:
    return {k: v[0] for k, v in table("irregular_verbs.tsv").items()}


def irregular_lemmas() -> Mapping[str, str]:
    """Irregular verb forms and their lemmas (``irregular_verbs.tsv``): what :func:`lemmatize` looks up first.

    >>> irregular_lemmas()["went"]
    'go'
    """
    return MappingProxyType(_irregular())


@functools.cache
def known_verbs() -> frozenset[str]:
    """Verb lemmas claimkit's lexicons name: predicates, antonyms, negating verbs, irregular verbs."""
    predicates = [r[0] for r in rows("predicates.tsv")]
    antonyms = {w for r in rows("antonyms.tsv") for w in r[:2]}
    return frozenset({
        *predicates,
        *(k.split(" ")[0] for k in predicates),
        *antonyms,
        *wordlist("negating_verbs.txt"),
        *_irregular().values(),
    })  # fmt: skip


def lemmatize(word: str, tag: str = "VB") -> str:
    """The lemma of an English verb form, from a table of irregular verbs and suffix rules.

    Words not tagged as verbs (Penn ``VB*``) are only looked up among the irregular forms.

    >>> [lemmatize(w) for w in ("supplying", "supplied", "provided", "got", "stopped", "arms")]
    ['supply', 'supply', 'provide', 'get', 'stop', 'arm']
    """
    return _lemma(word, tag)


_LEMMA_MEMO = 1 << 13
"""(word, tag) pairs whose lemmas :func:`lemmatize` remembers: every stage lemmatizes the same few thousand
words of news again and again; a bound, so that junk text keeps at most about 2 MB of them."""


@functools.lru_cache(maxsize=_LEMMA_MEMO)
def _lemma(word: str, tag: str) -> str:
    """:func:`lemmatize`, remembered for the last :data:`_LEMMA_MEMO` distinct pairs."""
    w = word.lower()
    if "’" in w:
        w = w.replace("’", "'")
    irregular = _irregular().get(w)
    if irregular is not None:
        return irregular
    if len(w) < _MIN_STEM or not tag.startswith("VB"):
        return w
    base = _strip_suffix(w)
    known = known_verbs()
    if base == w or base in known:
        return base
    if base + "e" in known:
        return base + "e"
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "flsz":
        return base[:-1]
    if base.endswith(_WORD_FORM_E) and not w.endswith("s"):
        return base + "e"
    return base


def _strip_suffix(w: str) -> str:
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ying") and len(w) > 5:
        return w[:-4] + "y"
    if w.endswith("ing") and len(w) > 5:
        return w[:-3]
    if w.endswith("ed") and len(w) > 4:
        return w[:-2]
    if w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def verb_key(lemma: str) -> str:
    """A spelling-tolerant key for comparing lemmas ("decide" and a guessed "decid" meet).

    >>> verb_key("decide") == verb_key("decid")
    True
    """
    return lemma.rstrip("e") or lemma


def stem(word: str) -> str:
    """A key on which a country and its demonym meet: Freedonia, Freedonian, Freedonians -> freedon.

    >>> stem("freedonia"), stem("freedonian"), stem("freedonians")
    ('freedon', 'freedon', 'freedon')
    """
    if word.endswith(_STEM_SUFFIXES):  # most words end in none of them: one test
        n = len(word) - _MIN_STEM
        for suffix in _STEM_SUFFIXES:
            if word.endswith(suffix) and n >= len(suffix):
                word = word[: -len(suffix)]
                break
    # final vowels go, down to _MIN_STEM letters
    return word[: max(_MIN_STEM, len(word.rstrip(_STEM_VOWELS)))]


_STEM_SUFFIXES = ("ians", "ian", "ans", "eses", "ese", "ish", "an", "is", "s")
_STEM_VOWELS = "aeiouy"
