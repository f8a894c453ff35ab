"""The language layer: what claimkit knows about English, below every pipeline stage.

Every stage (:mod:`~claimkit.text`, :mod:`~claimkit.attribution`, :mod:`~claimkit.actors`,
:mod:`~claimkit.temporal`, :mod:`~claimkit.claims`, :mod:`~claimkit.relations`) takes its
words from here; none defines a word class of its own. Each fact has one home:

- :mod:`claimkit.lang.resources`: the one loader of the data files in ``claimkit/data/<language>/``;
- :mod:`claimkit.lang.tags`: the Penn Treebank tag sets (nouns, adjectives, punctuation);
- :mod:`claimkit.lang.wordclass`: closed word classes (pronouns, determiners, auxiliaries, titles' gender);
- :mod:`claimkit.lang.morphology`: lemmas, verb forms, plurals and word stems;
- :mod:`claimkit.lang.names`: actor ids (slugs) and the keys on which names meet;
- :mod:`claimkit.lang.cues`: the attribution cue lexicon (reporting verbs, noun cues, prepositions);
- :mod:`claimkit.lang.timewords`: the time vocabulary (months, weekdays, units, numbers);
- :mod:`claimkit.lang.clock`: clock times as written ("7:45 pm", "half past seven", "from 3 to 5 pm");
- :mod:`claimkit.lang.synonyms`: one canonical lemma for synonymous predicates ("dead", "death" -> "die");
- :mod:`claimkit.lang.affiliations`: who speaks for whom (a company for its parent, a leader for a country).

Nothing is read at import: every table is read on first use and cached, immutable.

>>> from claimkit.lang import wordclass
>>> "himself" in wordclass.reflexives()
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__: list[str] = []
