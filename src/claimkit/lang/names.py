"""Names of actors: their ids (slugs) and the keys on which two spellings of a name meet.

>>> slug("U.S. military officials"), slug("José Ortíz"), slug("Ann’s team")
('us-military-officials', 'jose-ortiz', 'anns-team')
>>> name_key("The Minister's office"), strip_the("The Hague")
('the minister office', 'Hague')
>>> "May" in not_names()
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import re
import unicodedata

from claimkit.lang import timewords
from claimkit.lang.resources import wordlist

__all__ = ["name_key", "not_names", "slug", "strip_the"]

_SLUG_DROP = re.compile(r"[.'’]")
_SLUG_SEP = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def slug(name: str) -> str:
    """The id of an actor called *name*: lower case, ASCII where possible, dashes.

    >>> slug("U.S. military officials"), slug("José Ortíz"), slug("Ann’s team")
    ('us-military-officials', 'jose-ortiz', 'anns-team')
    """
    if name.isascii():  # nothing to fold
        folded = name
    else:
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return _SLUG_SEP.sub("-", _SLUG_DROP.sub("", folded.lower())).strip("-") or "actor"


def name_key(name: str) -> str:
    """The key on which two spellings of one name meet: lower case words, no possessive "'s".

    >>> name_key("Ann Roe’s") == name_key("ann  roe")
    True
    """
    return " ".join(_WORD.findall(name.lower().replace("’", "'").replace("'s", "")))


def strip_the(form: str) -> str:
    """A name without its leading "the" ("The Hague" is looked up as "Hague")."""
    return form[4:] if form[:4].lower() == "the " else form


@functools.cache
def not_names() -> frozenset[str]:
    """Capitalized words that never name an actor on their own, as written.

    ``actor_stopwords.txt`` (interjections), the month and weekday names and abbreviations of
    ``time_words.tsv``, capitalized ("May", "Sept.", "Monday"), and its time zones in capitals
    ("GMT", "EST").

    >>> {"May", "Sept.", "Monday", "GMT"} <= not_names(), "Moscow" in not_names()
    (True, False)
    """
    vocab = timewords.vocabulary()
    calendar = {w[:1].upper() + w[1:] for w in (*vocab.months, *vocab.weekdays)}
    zones = {z.upper() for z in vocab.time_zones}
    return wordlist("actor_stopwords.txt") | calendar | zones
