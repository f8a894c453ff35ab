"""The attribution cue lexicon: the words that introduce what someone said, thought or found.

Read from ``data/en/cues.tsv`` (reporting verbs, noun cues such as "the claim that",
prepositions such as "according to") and ``attribution_words.tsv``, and indexed by the
inflected form of each cue's first word. :mod:`claimkit.attribution` finds cues with it;
:func:`reporting_verbs` gives the lemmas of the verbs that report speech to any stage.

>>> cue_lexicon().verbs["denied"][0].stance
<Stance.DENY: 'deny'>
>>> "say" in reporting_verbs()
True

.. versionadded:: 0.2.0
   Moved here from :mod:`claimkit.attribution`, which still re-exports it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from claimkit.lang import timewords, wordclass
from claimkit.lang.morphology import plural_forms, verb_forms
from claimkit.lang.resources import rows
from claimkit.model import Stance

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["CueEntry", "CueLexicon", "cue_lexicon", "post_modifiers", "report_verbs", "reporting_verbs"]


@attrs.frozen(kw_only=True)
class CueEntry:
    """One row of the cue lexicon: a verb, noun or preposition that introduces content.

    >>> cue_lexicon().verbs["denied"][0].stance
    <Stance.DENY: 'deny'>
    """

    lemma: str
    rest: tuple[str, ...]
    """The words after the first one, as written ("out" in "point out")."""
    takes: frozenset[str]
    """What may follow: ``that``, ``inv``, ``np``, ``to``, ``tell``, ``wh``, ``noun``, ``prep``; and what the cue
    is: ``report``, ``nested``, ``hedge`` (the columns of ``cues.tsv``)."""
    stance: Stance


@attrs.frozen(kw_only=True)
class CueLexicon:
    """The cue lexicon, indexed by the inflected form of each cue's first word."""

    verbs: Mapping[str, tuple[CueEntry, ...]]
    nouns: Mapping[str, CueEntry]
    preps: Mapping[str, tuple[CueEntry, ...]]
    word_classes: Mapping[str, frozenset[str]]


@functools.cache
def cue_lexicon() -> CueLexicon:
    """The cue lexicon shipped in ``claimkit/data/en/cues.tsv``, read on first use.

    >>> "according" in cue_lexicon().preps
    True

    Raises:
        ResourceMissingError: if the data file is missing (a broken install).
    """
    verbs: dict[str, list[CueEntry]] = {}
    nouns: dict[str, CueEntry] = {}
    preps: dict[str, list[CueEntry]] = {}
    for row in _merged_cue_rows():
        words = row[0].lower().split()
        takes = frozenset(t.strip() for t in row[1].split(",") if t.strip())
        entry = CueEntry(lemma=row[0].lower(), rest=tuple(words[1:]), takes=takes, stance=Stance[row[2].upper()])
        extra = {f.strip().lower() for f in row[3].split(",") if f.strip()} if len(row) > 3 else set()
        if "prep" in takes:
            preps.setdefault(words[0], []).append(entry)
        elif "noun" in takes:
            for form in plural_forms(words[0]) | extra:
                nouns.setdefault(form, entry)
        else:
            for form in verb_forms(words[0]) | extra:
                verbs.setdefault(form, []).append(entry)
    return CueLexicon(
        verbs={k: tuple(sorted(v, key=lambda e: -len(e.rest))) for k, v in verbs.items()},
        nouns=dict(nouns),
        preps={k: tuple(sorted(v, key=lambda e: -len(e.rest))) for k, v in preps.items()},
        word_classes=_word_classes(),
    )


def _merged_cue_rows() -> list[tuple[str, ...]]:
    """The rows of ``cues.tsv``; a cue listed twice takes what both lines allow, and its first stance."""
    merged: dict[tuple[str, bool], tuple[str, ...]] = {}
    for row in rows("cues.tsv"):
        if len(row) < 3:
            continue
        key = (row[0].lower(), "noun" in row[1] or "prep" in row[1])
        if key in merged:
            old = merged[key]
            extra_forms = ",".join(x for x in (old[3] if len(old) > 3 else "", row[3] if len(row) > 3 else "") if x)
            merged[key] = (old[0], f"{old[1]},{row[1]}", old[2], extra_forms)
        else:
            merged[key] = row
    return list(merged.values())


_OTHER_READERS_CLASSES = frozenset({"argument", "rank"})
"""The classes of ``attribution_words.tsv`` that only the claim and figure readers read
(:func:`claimkit.lang.wordclass.argument_prepositions`, :func:`claimkit.lang.wordclass.rank_restrictors`):
no attribution rule asks them, and the trained tagger's features are the attribution classes alone."""


def _word_classes() -> dict[str, frozenset[str]]:
    """Word -> its classes: ``attribution_words.tsv``, the derived classes, and message nouns."""
    classes: dict[str, set[str]] = {}
    for row in rows("attribution_words.tsv"):
        if len(row) >= 2 and row[1] not in _OTHER_READERS_CLASSES:
            classes.setdefault(row[0].lower(), set()).add(row[1])
    _add_derived_classes(classes)
    for row in rows("actor_words.tsv"):  # "a statement saying ...": messages that carry someone's words
        if len(row) >= 2 and row[1] == "artifact":
            classes.setdefault(row[0].lower(), set()).add("artifact")
    return {k: frozenset(v) for k, v in classes.items()}


def _add_derived_classes(classes: dict[str, set[str]]) -> None:
    """The word classes whose words have their home in another list of the language layer.

    ``time``: month and weekday names and parts of the day come from ``time_words.tsv`` (a month
    that is also a modal, "may", stays a modal); ``modal`` and ``aux``: the modals, from
    :data:`claimkit.lang.wordclass.MODALS`; the others from :func:`_homes`.
    ``attribution_words.tsv`` lists only the words of these classes that are not in those homes.
    """
    for word in wordclass.MODALS:
        classes.setdefault(word, set()).update(("modal", "aux"))
    vocab = timewords.vocabulary()
    for word in (*vocab.months, *vocab.weekdays, *vocab.parts_of_day):
        if "modal" not in classes.get(word, ()):
            classes.setdefault(word, set()).add("time")
    for cls, words in _homes():
        for word in words:
            classes.setdefault(word, set()).add(cls)


def _homes() -> tuple[tuple[str, frozenset[str]], ...]:
    """(class, its words) of the classes that have their home elsewhere.

    ``timeprep``: the modifiers of ``time_words.tsv`` marked ``before-cue`` ("last", "this");
    ``prep``: the subordinators, from :data:`~claimkit.lang.wordclass.SUBORDINATORS`, and the
    ``extent`` prepositions of ``time_words.tsv`` ("for", "during"); ``stop``:
    the clause words, from :data:`~claimkit.lang.wordclass.CLAUSE_WORDS`; ``numeral``: the
    one-word approximators of ``approximators.tsv`` ("nearly", "over"); ``pronoun``: the subject
    pronouns, and ``relpro``: the relative pronouns, from ``pronouns.tsv``; ``role``: the titles of
    ``titles.tsv`` marked ``role`` in their fifth column; ``hedge``: the verb cues of ``cues.tsv``
    marked ``hedge`` ("think").
    """
    return (
        ("timeprep", frozenset(r[1] for r in rows("time_words.tsv") if r[0] == "modifier" and "before-cue" in r[3:])),
        ("prep", wordclass.SUBORDINATORS),
        ("prep", timewords.vocabulary().extent),
        ("stop", wordclass.CLAUSE_WORDS),
        ("numeral", frozenset(r[0].lower() for r in rows("approximators.tsv") if " " not in r[0])),
        ("pronoun", wordclass.subject_pronouns()),
        ("relpro", wordclass.relative_pronouns()),
        ("role", wordclass.role_nouns()),
        ("hedge", frozenset(r[0].lower() for r in _merged_cue_rows() if "hedge" in r[1].split(","))),
    )


@functools.cache
def post_modifiers() -> frozenset[str]:
    """The prepositions marked ``postmod`` in ``attribution_words.tsv``: they may tie a phrase to a source's head noun.

    "officials in Kabul", "attorneys for the family", "residents of the village".

    >>> "of" in post_modifiers(), "about" in post_modifiers()
    (True, False)
    """
    return frozenset(row[0].lower() for row in rows("attribution_words.tsv") if "postmod" in row[2:])


@functools.cache
def report_verbs() -> frozenset[str]:
    """Lemmas of the verb cues marked ``report``: they put a claim forward ("reported", "alleged", "wrote").

    >>> "allege" in report_verbs(), "say" in report_verbs()
    (True, False)
    """
    return frozenset(e.lemma for entries in cue_lexicon().verbs.values() for e in entries if "report" in e.takes)


@functools.cache
def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verb cues marked ``nested``: inside reported content they report again ("say", "think")."""
    return frozenset(e.lemma for entries in cue_lexicon().verbs.values() for e in entries if "nested" in e.takes)
