"""Names of actors: their ids (slugs) and the keys on which two spellings of a name meet.

>>> slug("U.S. military officials"), slug("José Ortíz"), slug("Ann’s team")
('us-military-officials', 'jose-ortiz', 'anns-team')
>>> name_key("The Minister's office"), strip_the("The Hague")
('the minister office', 'Hague')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key", "slug", "strip_the"]

_SLUG_DROP = re.compile(r"[.'’]")
_SLUG_SEP = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def slug(name: str) -> str:
    """The id of an actor called *name*: lower case, ASCII where possible, dashes.

    >>> slug("U.S. military officials"), slug("José Ortíz"), slug("Ann’s team")
    ('us-military-officials', 'jose-ortiz', 'anns-team')
    """
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
