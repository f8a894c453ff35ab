"""Penn Treebank part-of-speech tag sets, the one copy every stage uses.

claimkit's tagger (:mod:`claimkit.text`) writes Penn Treebank tags; a stage asks
"is this a noun?" through these sets, never through a set of its own.

>>> "NNPS" in NOUN_TAGS and "CD" not in NOUN_TAGS and "CD" in NOMINAL_TAGS
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVE_TAGS",
    "BRACKET_TAGS",
    "NOMINAL_TAGS",
    "NOUN_TAGS",
    "NUMBER_TAG",
    "PROPER_NOUN_TAGS",
    "PUNCT_TAGS",
]

PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
"""Proper nouns, singular and plural."""
NOUN_TAGS = frozenset({"NN", "NNS"}) | PROPER_NOUN_TAGS
"""Common and proper nouns."""
NUMBER_TAG = "CD"
"""Cardinal numbers ("12", "twelve")."""
NOMINAL_TAGS = NOUN_TAGS | {NUMBER_TAG}
"""What can head a noun phrase besides a pronoun: nouns and numbers ("the 12 who left")."""
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
"""Adjectives: plain, comparative, superlative."""
BRACKET_TAGS = frozenset({"``", "''", "(", ")", "-LRB-", "-RRB-"})
"""Quotation marks and brackets, as the tagger writes them."""
PUNCT_TAGS = frozenset({",", ".", ":", "``", "''", "(", ")", "#", "$"})
"""Punctuation and symbols: never a word of a name."""
