"""Councils as people type them: unique beginnings, short names, typos (said), ambiguity (listed), and the council
a name meant on a date; abolished councils' timelines and neighbours say what the record holds."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from oversight.cli.main import cli
from oversight.errors import UsageError
from oversight.reference import load_authorities
from oversight.reference.lookup import AuthorityLookup
from tests.corpus_builder import build_corpus


@pytest.fixture(scope="module")
def lookup() -> AuthorityLookup:
    return AuthorityLookup(load_authorities())


@pytest.mark.parametrize("typed, name", [("Telford", "Telford and Wrekin"), ("Redcar", "Redcar and Cleveland"),
                                         ("Barking", "Barking and Dagenham"), ("Windsor", "Windsor and Maidenhead"),
                                         ("Hammersmith", "Hammersmith and Fulham"),
                                         ("Westmorland", "Westmorland and Furness")])
def test_a_unique_beginning_is_taken_and_said(lookup: AuthorityLookup, typed: str, name: str) -> None:
    found = lookup.find(typed)
    assert found.authority.name == name and found.note == f"'{typed}' taken as {name}"


def test_exact_names_codes_urns_slugs_and_short_names_need_no_note(lookup: AuthorityLookup) -> None:
    for typed in ("Kingston upon Hull", "Hull", "810", "80477", "kingston-upon-hull"):
        found = lookup.find(typed)
        assert found.authority.name == "Kingston upon Hull" and found.note is None, typed


def test_a_typo_is_corrected_and_said(lookup: AuthorityLookup) -> None:
    found = lookup.find("Birmingam")
    assert found.authority.name == "Birmingham" and found.note == "'Birmingam' is not a council's name: taken as Birmingham"


def test_an_ambiguous_name_lists_the_candidates(lookup: AuthorityLookup) -> None:
    with pytest.raises(UsageError, match="'Kingston' could be any of: Kingston upon Hull; Kingston upon Thames"):
        lookup.find("Kingston")


def test_an_unknown_name_suggests_what_is_close(lookup: AuthorityLookup) -> None:
    with pytest.raises(UsageError, match="no authority called 'Atlantis'"):
        lookup.find("Atlantis")
    with pytest.raises(UsageError, match="did you mean .*Northumberland"):
        lookup.find("Northumbria")


def test_a_name_means_the_council_of_its_date(lookup: AuthorityLookup) -> None:
    found = lookup.find("Dorset", date(2016, 1, 1))
    assert found.authority.name == "Dorset County Council" and "on 2016-01-01 is Dorset County Council" in found.note
    assert lookup.find("Dorset").authority.name == "Dorset"
    assert lookup.find("838", date(2016, 1, 1)).authority.name == "Dorset", "a code is what it says"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("names")
    build_corpus(folder / "corpus")
    path = str(folder / "o.db")
    CliRunner().invoke(cli, ["ingest", str(folder / "corpus"), "--db", path, "--workers", "1"])
    return path


def test_the_timeline_of_an_abolished_council_names_its_successors(db: str) -> None:
    result = CliRunner().invoke(cli, ["timeline", "Bournemouth", "--db", db])
    assert result.exit_code == 0
    assert "URN None" not in result.stdout
    assert "Abolished 2019-04-01; its children's services passed to Bournemouth, Christchurch and Poole" in result.stdout
    assert "No document in this record tells of an inspection or visit of Bournemouth." in result.stdout


def test_neighbours_of_an_abolished_council_say_why_there_are_none(db: str) -> None:
    result = CliRunner().invoke(cli, ["neighbours", "Bournemouth", "--db", db])
    assert result.exit_code == 2
    assert "has no statistical neighbours" in result.stderr and "Bournemouth, Christchurch and Poole" in result.stderr


def test_stats_for_a_council_as_it_was_named_then(db: str) -> None:
    result = CliRunner().invoke(cli, ["stats", "--as-at", "2016-01-01", "--authority", "Dorset", "--db", db])
    assert result.exit_code == 0
    assert "'Dorset' on 2016-01-01 is Dorset County Council" in result.stderr
    assert "did not exist" not in result.stdout and "Dorset County Council" in result.stdout
    assert CliRunner().invoke(cli, ["timeline", "Telford", "--db", db]).stderr == (
        "oversight: 'Telford' taken as Telford and Wrekin\n")


def test_words_that_name_no_council_and_councils_that_did_not_exist_yet(lookup: AuthorityLookup) -> None:
    for word in ("council", "London"):
        with pytest.raises(UsageError, match="names no one council"):
            lookup.find(word)
    found = lookup.find("Westmorland", date(2020, 1, 1))
    assert found.note == "'Westmorland' taken as Westmorland and Furness, which did not exist on 2020-01-01"
    assert lookup.find("dorset-county-council", date(2024, 1, 1)).authority.name == "Dorset County Council"
