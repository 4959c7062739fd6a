"""Authorities: the full set, reorganisations, and resolving the names documents use."""

from __future__ import annotations

from datetime import date

import pytest

from oversight.reference import AuthorityResolver, load_authorities


@pytest.fixture(scope="module")
def registry():
    return load_authorities()


@pytest.fixture(scope="module")
def resolver(registry):
    return AuthorityResolver(registry)


@pytest.mark.parametrize(
    ("day", "count"),
    [(date(2019, 3, 31), 152), (date(2019, 4, 1), 151), (date(2021, 4, 1), 152), (date(2023, 4, 1), 153),
     (date(2026, 1, 1), 153)],
)
def test_authority_count_follows_reorganisations(registry, day, count) -> None:
    assert len(registry.current(day)) == count


def test_codes_regions_and_neighbours(registry) -> None:
    south_tyneside = registry.by_urn["80557"]
    assert south_tyneside.name == "South Tyneside"
    assert south_tyneside.la_code == "393" and south_tyneside.gss_code == "E08000023"
    assert south_tyneside.region == "North East"
    assert len(south_tyneside.statistical_neighbours) == 10
    assert all(n.la_code in registry.by_code for n in registry.neighbours(south_tyneside))


def test_successor_links(registry) -> None:
    cumbria = registry.by_code["909"]
    assert cumbria.successors == ("942", "943") and cumbria.abolished == date(2023, 4, 1)
    assert registry.by_code["942"].predecessors == ("909",)
    assert set(registry.by_code["839"].predecessors) == {"835", "836", "837"}
    assert registry.by_code["940"].urn == "2637539"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Metropolitan Borough of Barnsley Council", "Barnsley"),
        ("London Borough of Tower Hamlets", "Tower Hamlets"),
        ("Bournemouth, Christchurch and Poole", "Bournemouth, Christchurch and Poole"),
        ("BCP", "Bournemouth, Christchurch and Poole"),
        ("Kingston upon Hull", "Kingston upon Hull"),
        ("Hull City Council", "Kingston upon Hull"),
        ("St Helens", "St Helens"),
        ("Saint Helens", "St Helens"),
        ("City of Bradford Metropolitan District Council", "Bradford"),
        ("Royal Borough of Kensington and Chelsea", "Kensington and Chelsea"),
        ("The Royal Borough of Windsor and Maidenhead", "Windsor and Maidenhead"),
        ("Tameside metropolitan borough", "Tameside"),
        ("Wolverhamton City Council", "Wolverhampton"),  # misspelt: fuzzy
        ("City of London", "City of London"),
        ("West Northamptonshire Council", "West Northamptonshire"),
    ],
)
def test_resolves_the_ways_documents_name_a_council(resolver, name, expected) -> None:
    resolution = resolver.resolve(name)
    assert resolution.authority is not None, resolution.reason
    assert resolution.authority.name == expected


@pytest.mark.parametrize("name", ["London", "Tyneside", "The Council", "Northampton Town FC", "Yorkshire", ""])
def test_vague_or_unknown_names_stay_unresolved_with_a_reason(resolver, name) -> None:
    resolution = resolver.resolve(name)
    assert resolution.authority is None
    assert resolution.reason


def test_date_chooses_between_an_abolished_council_and_its_successor(resolver) -> None:
    assert resolver.resolve("Dorset", on=date(2015, 6, 1)).authority.la_code == "835"
    assert resolver.resolve("Dorset", on=date(2022, 6, 1)).authority.la_code == "838"
    assert resolver.resolve("Northamptonshire County Council").authority.la_code == "928"
