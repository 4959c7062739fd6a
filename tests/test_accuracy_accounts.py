"""The real accounts gate: real news, releases, minutes and copies of letters (../shared/corpus/accounts), read by
eye by reviewers who never saw the extractor's output (tests/gold/accounts), a third held back."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from oversight.extract import ContextFactory, Manifest, extract_path
from oversight.extract.gates.accounts import (
    HELD_BACK,
    compare_account,
    load_account_gold,
    present_pages,
    split_of,
    tally,
    wrong_grade_count,
)

GOLD = Path(__file__).parent / "gold" / "accounts"
# Floors at what the extractor reaches on all 170 pages, reading their addresses; raise them as it does better,
# never lower one without saying why in the commit. The targets are in docs/accuracy.md.
FLOORS = {
    "document_type": 0.97,
    "publisher": 0.98,
    "authority": 0.97,
    "subjects": 0.95,
    "no_events_when_other": 1.0,
    # grades told in the prose of news, releases and minutes are reported, not stated: see docs/accuracy.md (0.17
    # since the eleventh session, when prose that lists areas and grades stopped counting as a table row)
    "grades": 0.17,
    # stated or reported (the councils a lead counts are subjects, and their grades are in the count)
    "grades_on_record": 0.85,
    "dates": 0.9,
    "visit_number": 0.95,
    "mentioned": 0.2,
    "mentioned_on_record": 0.85,
    "people": 0.93,
}
TEXT_ALONE_FLOORS = {"document_type": 0.9, "publisher": 0.69}
WRONG_GRADES_CEILING = 0  # the target
# The rules themselves, news stories' grades stated (ContextFactory(press_grades=True)): they must not fall either,
# for press releases and minutes are read by the same rules.
PRESS_GRADES_FLOORS = {"grades": 0.85, "mentioned": 0.85}
PRESS_GRADES_WRONG_CEILING = 0  # the target, met on the 170 pages since the eleventh session
# The fresh sets (gathered and annotated blind after the pages before them had been tuned against): floors at what
# the extractor reaches on them, so that a change that helps the pages it was tuned on at their cost shows. Each was
# opened for tuning once a newer one had been read; the newest (the fifth) is blind (benchmarks/accuracy.py never
# shows its differences). Their texts live outside the repository and have been lost between sessions; the floors
# are on the pages that were present when they were set, and the tests skip, saying so, when fewer are present (the
# texts are no longer copied back from the tool library's stored pages: docs/accuracy.md). No set may state a wrong
# grade.
FRESH_SETS = {
    "accounts-fresh": ({
        "document_type": 0.86, "publisher": 0.74, "authority": 0.9, "subjects": 0.86, "no_events_when_other": 0.85,
        "grades": 0.2, "grades_on_record": 0.72, "dates": 0.78, "visit_number": 1.0, "mentioned": 0.11,
        "mentioned_on_record": 0.3, "people": 0.77}, 0),
    "accounts-fresh2": ({
        "document_type": 0.87, "publisher": 0.89, "authority": 0.95, "subjects": 0.82, "no_events_when_other": 0.88,
        "grades": 0.18, "grades_on_record": 0.6, "dates": 0.65, "visit_number": 1.0, "mentioned": 0.08,
        "mentioned_on_record": 0.44, "people": 0.84}, 0),
    "accounts-fresh3": ({
        "document_type": 0.8, "publisher": 0.82, "authority": 0.94, "subjects": 0.68, "no_events_when_other": 1.0,
        "grades": 0.17, "grades_on_record": 0.65, "dates": 0.61, "visit_number": 1.0, "mentioned": 0.03,
        "mentioned_on_record": 0.35, "people": 0.86}, 0),
    "accounts-fresh4": ({
        "document_type": 0.8, "publisher": 0.8, "authority": 0.98, "subjects": 0.9, "no_events_when_other": 1.0,
        "grades": 0.06, "grades_on_record": 0.53, "dates": 0.63, "visit_number": 1.0, "mentioned": 0.21,
        "mentioned_on_record": 0.66, "people": 0.75}, 0),
    "accounts-fresh5": ({
        "document_type": 0.93, "publisher": 0.86, "authority": 0.9, "subjects": 0.85, "no_events_when_other": 1.0,
        "grades": 0.17, "grades_on_record": 0.51, "dates": 0.58, "visit_number": 0.5, "mentioned": 0.2,
        "mentioned_on_record": 0.44, "people": 0.86}, 0),
}
PRESENT_AT_LEAST = {"accounts-fresh": 43, "accounts-fresh2": 48, "accounts-fresh3": 50, "accounts-fresh4": 51,
                    "accounts-fresh5": 60}


@pytest.fixture(scope="module")
def accounts(corpus: Path) -> Path:
    if not (corpus / "accounts" / "manifest.csv").is_file():
        pytest.skip(f"the real accounts are not at {corpus / 'accounts'} (these tests read them)")
    return corpus / "accounts"


def _comparisons(accounts: Path, addresses: bool, press_grades: bool = False):
    factory = ContextFactory(Manifest(accounts / "manifest.csv"), addresses=addresses, press_grades=press_grades)
    gold = load_account_gold(GOLD)
    return [compare_account(extract_path(accounts / g["file"], factory), g) for g in gold]


@pytest.fixture(scope="module")
def with_addresses(accounts: Path):
    return _comparisons(accounts, True)


@pytest.fixture(scope="module")
def text_alone(accounts: Path):
    return _comparisons(accounts, False)


def test_the_rules_read_news_stories_grades_as_before_when_asked(accounts: Path) -> None:
    comparisons = _comparisons(accounts, True, press_grades=True)
    figures = tally(comparisons)
    low = {name: f"{figures[name].right}/{figures[name].total}" for name, floor in PRESS_GRADES_FLOORS.items()
           if figures[name].right / figures[name].total < floor}
    assert not low, low
    assert wrong_grade_count(comparisons)[0] <= PRESS_GRADES_WRONG_CEILING


def test_every_page_is_annotated_and_a_third_held_back_by_the_written_rule(accounts: Path) -> None:
    gold = load_account_gold(GOLD)
    pages = sorted(accounts.glob("*.txt"))
    digests = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in pages}
    assert {g["sha256"] for g in gold} == set(digests), "every page of the corpus has its facts, and no other"
    for g in gold:
        assert digests[g["sha256"]] == g["file"]
        assert g["split"] == split_of(g["sha256"])
    held = [g for g in gold if g["split"] == HELD_BACK]
    assert 50 <= len(held) <= 65
    assert {g["document_type"] for g in held} >= {"news_article", "press_release", "council_minutes", "other"}


def test_each_field_stays_at_or_above_its_floor(with_addresses) -> None:
    figures = tally(with_addresses)
    low = {name: f"{t.right}/{t.total}" for name, t in figures.items()
           if t.total and t.right / t.total < FLOORS[name]}
    assert not low, low


def test_the_text_alone_still_decides_genre_and_publisher(text_alone) -> None:
    figures = tally(text_alone)
    low = {name: f"{figures[name].right}/{figures[name].total}" for name, floor in TEXT_ALONE_FLOORS.items()
           if figures[name].right / figures[name].total < floor}
    assert not low, low


def test_grades_the_text_gives_another_event_are_not_stated(with_addresses) -> None:
    wrong, _ = wrong_grade_count(with_addresses)
    listed = [f"{c.file}: {w}" for c in with_addresses for w in c.wrong_grades]
    assert wrong <= WRONG_GRADES_CEILING, "\n".join(listed)


def test_pages_about_something_else_give_no_events(with_addresses) -> None:
    wrong = [c.file for c in with_addresses for name, ok in c.checks if name == "no_events_when_other" and not ok]
    assert not wrong


@pytest.fixture(scope="module", params=sorted(FRESH_SETS))
def fresh(corpus: Path, request: pytest.FixtureRequest):
    pages = corpus / request.param
    if not (pages / "manifest.csv").is_file():
        pytest.skip(f"the fresh real accounts are not at {pages} (these tests read them)")
    factory = ContextFactory(Manifest(pages / "manifest.csv"))
    gold = load_account_gold(GOLD.parent / request.param)
    present = present_pages(pages, gold)
    if len(present) < PRESENT_AT_LEAST[request.param]:
        pytest.skip(f"only {len(present)} of the {len(gold)} texts of {request.param} are at {pages}, fewer than "
                    f"the {PRESENT_AT_LEAST[request.param]} its floors were set on")
    comparisons = [compare_account(extract_path(pages / g["file"], factory), g) for g in present]
    return request.param, pages, gold, comparisons


def test_every_fresh_page_is_annotated(fresh) -> None:
    name, pages, gold, _ = fresh
    digests = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in sorted(pages.glob("*.txt"))}
    assert set(digests) <= {g["sha256"] for g in gold}, "every page of the set has its facts"
    split = name.removeprefix("accounts-")
    assert all(g["split"] == split for g in gold)
    assert all(digests[g["sha256"]] == g["file"] for g in gold if g["sha256"] in digests)


def test_the_fresh_pages_stay_at_or_above_their_floors(fresh) -> None:
    name, _, _, comparisons = fresh
    floors, ceiling = FRESH_SETS[name]
    figures = tally(comparisons)
    low = {field: f"{t.right}/{t.total}" for field, t in figures.items()
           if t.total and t.right / t.total < floors.get(field, 0.0)}
    assert not low, low
    wrong, _ = wrong_grade_count(comparisons)
    assert wrong <= ceiling
