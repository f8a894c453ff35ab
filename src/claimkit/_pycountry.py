"""The only module that imports pycountry: ISO 3166-1 country names.

>>> names = country_names()
>>> names["FRA"][0]
'France'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["country_names"]


@functools.cache
def country_names() -> Mapping[str, tuple[str, ...]]:
    """ISO alpha-3 code -> the country's names, the everyday one first.

    Names written inverted with a comma ("Korea, Republic of") are left out: nobody
    writes them in running text.
    """
    import pycountry  # noqa: PLC0415  (imported on first use, never at claimkit import)

    out: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        names: list[str] = []
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str) and value and "," not in value and value not in names:
                names.append(value)
        out[str(country.alpha_3)] = tuple(names)
    return MappingProxyType(out)
