"""Actor identity links from general world knowledge (affiliations.tsv): what a named actor speaks for."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.lang.affiliations import affiliation, wholes
from claimkit.lang.resources import rows


def test_every_row_has_a_known_link_and_years_only_for_leaders() -> None:
    for member, whole, link, *rest in rows("affiliations.tsv"):
        assert member, whole
        assert whole, member
        assert link in ("subsidiary", "leader"), member
        assert bool(rest and rest[0]) == (link == "leader"), member


def test_at_most_one_open_leader_per_country() -> None:
    open_links = [r[1] for r in rows("affiliations.tsv") if r[2] == "leader" and r[3].endswith("-")]
    assert len(open_links) == len(set(open_links))


def test_a_chain_of_parents_is_followed() -> None:
    assert wholes("YouTube") == ("Google", "Alphabet")
    assert affiliation("youtube") == affiliation("YouTube")


def test_a_former_leader_speaks_for_nobody() -> None:
    assert wholes("Barack Obama") == ()
    assert wholes("Xi Jinping") == ("China",)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Google fired the engineer.", "The engineer was fired by Alphabet.", "agrees"),
        ("Google did not fire the engineer.", "The engineer was fired by Alphabet.", "contradicts"),
        ("President Xi Jinping visited the port.", "China visited the port.", "agrees"),
    ],
)
def test_a_member_meets_the_whole_it_speaks_for(a: str, b: str, kind: str) -> None:
    r = claimkit.compare(a, b)
    assert r is not None
    assert r.kind.value == kind


def test_two_leaders_of_one_country_do_not_meet() -> None:
    assert claimkit.compare("Barack Obama signed the treaty.", "Joe Biden signed the treaty.") is None
