"""When the events an account tells of happened: the page's own date, and the clauses that date each event. Each
page is written here to pin one behaviour seen on real pages."""

from __future__ import annotations

from pathlib import Path

from tests.test_accounts import _subjects_and_mentioned


def test_the_next_visit_in_the_same_sentence_does_not_make_the_visit_a_future_one(tmp_path: Path) -> None:
    subjects, _ = _subjects_and_mentioned(tmp_path, (
        "Agenda and minutes\n\nVenue: County Hall, Worcester\n\nNotify the clerk no later than 9.00am on the working "
        "day before the meeting (in this case 5 March 2019).\n\nChildren's Social Care Service - Ofsted Monitoring "
        "Visit Feedback\n\nThe Cabinet Member for Children and Families gave an update on the outcome of Ofsted's "
        "seventh monitoring visit of Worcestershire County Council's children's services.\n\nThe Chairman noted "
        "that the visit had taken place in January 2019 and the next visit from Ofsted would be a full inspection "
        "in the spring.\n"))
    assert [(e["kind"], e["start_date"]) for e in subjects] == [("monitoring_visit", "2019-01")]


def test_months_of_a_year_are_not_bare_months(tmp_path: Path) -> None:
    from oversight.extract.shared.when import BARE_MONTHS, MONTHS_WITH_YEAR

    assert BARE_MONTHS.search("a full inspection in March of 2019") is None
    words = "a full inspection in February and March of 2019"
    found = MONTHS_WITH_YEAR.search(words)
    assert found is not None and (found["m1"], found["m2"], found["y2"]) == ("February", "March", "2019")
