"""Dates as inspection reports print them."""

from __future__ import annotations

from datetime import date

import pytest

from oversight.extract.shared.dates import find_date_ranges, parse_date, partial


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 March 2020 to 13 March 2020", [("2020-03-09", "2020-03-13")]),
        ("6 to 17 December 2021", [("2021-12-06", "2021-12-17")]),
        ("30 October to 3 November 2023", [("2023-10-30", "2023-11-03")]),
        ("9–24 November 2017", [("2017-11-09", "2017-11-24")]),
        ("8 – 12 July 2013", [("2013-07-08", "2013-07-12")]),
        ("9 - 13 March 2020", [("2020-03-09", "2020-03-13")]),
        ("2 and 3 March 2022", [("2022-03-02", "2022-03-03")]),
        ("23 April 2018 to 04 May 2018", [("2018-04-23", "2018-05-04")]),
        ("12/09/2016 to 06/10/2016", [("2016-09-12", "2016-10-06")]),
        ("28 December to 8 January 2021", [("2020-12-28", "2021-01-08")]),
        ("5 to 9 December 2022 and 14 to 15 February 2023",
         [("2022-12-05", "2022-12-09"), ("2023-02-14", "2023-02-15")]),
        ("8 July 2019 to 12 July 2019 and 7 August 2019 to  8 August 2019",
         [("2019-07-08", "2019-07-12"), ("2019-08-07", "2019-08-08")]),
        ("28 July 2016", [("2016-07-28", "2016-07-28")]),
    ],
)
def test_date_ranges(text, expected) -> None:
    found = [(r.start.isoformat(), r.end.isoformat()) for r in find_date_ranges(text)]
    assert found == expected


def test_offsets_point_at_the_range() -> None:
    text = "Inspection dates: 6 to 17 December 2021\nLead inspector"
    [found] = find_date_ranges(text)
    assert text[found.text_start: found.text_end] == "6 to 17 December 2021"


def test_impossible_dates_are_not_invented() -> None:
    assert parse_date("31 February 2020") is None
    assert find_date_ranges("30 to 31 February 2020") == []


def test_partial_precision() -> None:
    day = date(2024, 7, 30)
    assert (partial(day), partial(day, "month"), partial(day, "year")) == ("2024-07-30", "2024-07", "2024")


def test_the_page_date_from_its_address() -> None:
    from oversight.extract.shared.page_dates import address_date

    day = address_date("http://example.co.uk/2016/02/22/ofsted-judges-service")
    assert day is not None and (day.day.isoformat(), day.precision) == ("2016-02-22", "day")
    month = address_date("https://www.example.gov.uk/News/Articles/2025/November/story.aspx")
    assert month is not None and (month.day.isoformat(), month.precision) == ("2025-11-30", "month")
    assert address_date("https://www.example.co.uk/news/19919341.story/") is None
    assert address_date(None) is None


@pytest.mark.parametrize(("address", "expected"), [
    ("http://www.example.com/news/2013-10-15/councils-failing/", ("2013-10-15", "day")),
    ("https://www.example.gov.uk/residents/news/articles/2019/20190508-Ofsted-finds", ("2019-05-08", "day")),
    ("http://www.example.com/uk/local-paper/20170906/281590945713773", ("2017-09-06", "day")),
    ("http://www.example.org.uk/news/weekly-update/13-june-2017-weekly-update", ("2017-06-13", "day")),
    ("https://www.example.gov.uk/Newsroom/Articles/2026/01-January/Ofsted-praises", ("2026-01-31", "month")),
    ("https://www.example.gov.uk/News_events/2019/July_2019/Ofsted_rates", ("2019-07-31", "month")),
    ("http://www.example.gov.uk/media/media-releases/november-2017/10-fourth-visit/", ("2017-11-30", "month")),
    ("https://news.example.gov.uk/news-articles/2021/sept/good-rating/", ("2021-09-30", "month")),
])
def test_the_shapes_of_dates_in_addresses(address: str, expected: tuple[str, str]) -> None:
    from oversight.extract.shared.page_dates import address_date

    found = address_date(address)
    assert found is not None and (found.day.isoformat(), found.precision) == expected


@pytest.mark.parametrize("address", [
    # a month and year inside a slug may be the visit's, not the page's; an 8-digit story number is not a date
    "https://www.example.wales/220902-findings-of-our-november-2021-monitoring-visit",
    "https://www.example.co.uk/news/20579521.full-letter-ofsted/",
    "https://www.example.org/2019/mayor-visit/",
    "https://www.example.org/news/2022/rating-welcomed/",  # a year alone places no month
])
def test_addresses_that_date_no_page(address: str) -> None:
    from oversight.extract.shared.page_dates import address_date

    assert address_date(address) is None


def test_a_range_with_a_comma_before_its_year() -> None:
    found = find_date_ranges("following an inspection on the 8th – 19th October, 2018 the services were")
    assert [(r.start.isoformat(), r.end.isoformat()) for r in found] == [("2018-10-08", "2018-10-19")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In an inspection carried out earlier this year, all areas were good", "2017"),
    ("They inspected us a couple of months ago", "2017"),  # May to August of 2017: the year
    ("Inspectors came a few weeks ago", None),  # the fourth of September less two to four weeks: August
])
def test_relative_phrases_keep_only_the_precision_every_reading_shares(text: str, expected: str | None) -> None:
    from oversight.extract.shared.when import relative_date

    found = relative_date(text, date(2017, 9, 6))
    assert found is not None
    assert found[0].value == (expected or "2017-08")


def test_a_couple_of_months_across_new_year_is_left_unknown() -> None:
    from oversight.extract.shared.when import relative_date

    found = relative_date("when they inspected us a couple of months ago", date(2018, 2, 10))
    assert found is not None and found[0].value is None and "2017 or 2018" in found[0].reasoning


@pytest.mark.parametrize(("on", "expected"), [
    (date(2016, 1, 8), "2015-06"),  # no June of 2016 yet
    (date(2016, 6, 20), "2015-06"),  # in June, last June is a year back
    (date(2016, 9, 1), None),  # June of 2016 or of 2015: not placed
])
def test_last_june_is_placed_only_where_one_june_fits(on: date, expected: str | None) -> None:
    from oversight.extract.shared.when import relative_date

    found = relative_date("which was rated inadequate for the second time last June", on)
    assert found is not None and found[0].value == expected and found[0].reasoning


def test_the_last_may_is_no_month() -> None:
    from oversight.extract.shared.when import relative_date

    assert relative_date("The last may seem a small point", date(2016, 1, 8)) is None


def test_later_this_year_is_not_a_date_of_the_past() -> None:
    from oversight.extract.shared.when import relative_date

    assert relative_date("a full inspection is expected later this year", date(2017, 9, 6)) is None


def test_published_this_month_is_the_page_month() -> None:
    from oversight.extract.shared.when import published_relative

    found = published_relative("The report, published this month, says", date(2017, 9, 6))
    assert found is not None and found[0].value == "2017-09"


@pytest.mark.parametrize(("text", "expected"), [
    ("Council news\nThis story was published 6 August 2018\n\nChildren and families receive", "2018-08-06"),
    ("A positive report.\n\nPublished today, Tuesday 8 August 2023; the report details that", "2023-08-08"),
])
def test_page_dates_told_in_a_sentence(text: str, expected: str) -> None:
    from oversight.extract.shared.page_dates import document_date

    found = document_date(text)
    assert found is not None and found.day.isoformat() == expected


def test_a_month_from_the_address_places_a_bare_month_and_keeps_today_to_the_month(tmp_path) -> None:
    from oversight.extract import ContextFactory, Manifest, extract_path

    page = tmp_path / "release.txt"
    page.write_text("Children's services rated outstanding\n\nOfsted has published its report today, following an "
                    "inspection of Derby City Council's children's services in March. Inspectors rated the "
                    "services outstanding.\n", "utf-8")
    (tmp_path / "manifest.csv").write_text("path,url\nrelease.txt,https://www.derby.gov.uk/news/2022/may/story\n",
                                           "utf-8")
    result = extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv")))
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert (subject["start_date"], subject["end_date"], subject["published_date"]) == ("2022-03", None, "2022-05")


def test_a_range_with_a_weekday_before_each_day() -> None:
    from oversight.extract.shared.dates import find_date_ranges

    text = "The visit took place on Wednesday 23 and Thursday 24 March 2022."
    [found] = find_date_ranges(text, 0, None, None)
    assert (found.start.isoformat(), found.end.isoformat()) == ("2022-03-23", "2022-03-24")


def test_months_with_their_year_date_the_event_they_follow(tmp_path) -> None:
    from oversight.extract import ContextFactory, extract_path

    page = tmp_path / "minutes.txt"
    page.write_text("Children and Families Committee\n\nThe committee received an update on the improvement plan "
                    "after the Ofsted inspection of Cheshire East's children's services in February and March 2024, "
                    "and the findings from the second Ofsted monitoring visit in June 2025.\n\nRESOLVED that the "
                    "report be noted.\n", "utf-8")
    result = extract_path(page, ContextFactory())
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert (subject["kind"], subject["start_date"]) == ("monitoring_visit", "2025-06")


def test_a_day_without_a_year_whose_weekday_disagrees_is_not_dated() -> None:
    # 14 July was a Friday in 2023, a Sunday in 2019
    on = date(2023, 9, 1)
    assert [(r.start, r.end) for r in find_date_ranges("published on Friday, July 14", reference=on)] == [
        (date(2023, 7, 14), date(2023, 7, 14))]
    assert find_date_ranges("published on Friday, July 14", reference=date(2019, 9, 1)) == []
    # without a weekday the latest year on or before the reference stands
    assert [r.start for r in find_date_ranges("published on July 14", reference=date(2019, 9, 1))] == [
        date(2019, 7, 14)]


def test_the_date_of_the_report_before_does_not_date_a_page() -> None:
    from oversight.extract.shared.page_dates import date_of_reported_letter

    earlier = "The last full inspection, published on 29 July 2019, found it required improvement. "
    assert date_of_reported_letter(earlier) is None
    dated = date_of_reported_letter(earlier + "The new report was published on 14 July 2023.")
    assert dated is not None and dated.day == date(2023, 7, 14)


def test_a_page_without_a_date_is_dated_by_a_weekday_it_gives() -> None:
    from oversight.extract.shared.page_dates import date_from_weekday

    text = ("The service was rated good in 2020. Thursday (September 5) marked the first meeting of the scrutiny "
            "committee since the new report was published in July.")
    dated = date_from_weekday(text, today=date(2026, 11, 30))
    # 5 September fell on a Thursday in 2024, the first such year from 2020
    assert dated is not None and dated.day == date(2024, 9, 5)
    assert "2020" in dated.how and "Thursday" in dated.how
    assert date_from_weekday("Thursday (September 5) was the meeting.", today=date(2026, 11, 30)) is None
    # a year written with the day is a full date, not this
    assert date_from_weekday("Rated good in 2020. On Thursday, September 5, 2019 it met.", date(2026, 1, 1)) is None


def test_an_undated_story_is_read_as_of_the_weekday_it_gives(tmp_path) -> None:
    from oversight.extract import ContextFactory, extract_path

    page = tmp_path / "story.txt"
    page.write_text("Council's children's services rated good by Ofsted\n\nThe council was judged to require "
                    "improvement at its last inspection, published on 29 July 2019.\n\nIn the report published on "
                    "Friday, July 14, inspectors found that services for children in Worcestershire had improved "
                    "and rated them good.\n", encoding="utf-8")
    result = extract_path(page, ContextFactory())
    subject = next(e for e in result["events"] if e["role"] == "subject")
    assert subject["published_date"] == "2023-07-14"
    assert any("read as of 2023-07-14" in w for w in result["warnings"])


@pytest.mark.parametrize(("text", "expected"), [
    # (round eleven: a meeting's date with a comma after the month, and a label in capitals over a date in capitals)
    ("Southend-on-Sea Borough Council\n\nPeople Scrutiny Committee\n\nMinutes of the meeting held on Tuesday, 16th "
     "January, 2018\n\nPresent: Councillor A Example (Chair)", "2018-01-16"),
    ("ISLE OF WIGHT COUNCIL\n\nMinutes\n\nName of meeting: CORPORATE SCRUTINY COMMITTEE\nDate and time: THURSDAY 12 "
     "MARCH 2020 COMMENCING AT 5.00 PM\nVenue: COUNCIL CHAMBER", "2020-03-12"),
])
def test_meeting_dates_as_minutes_write_them(text: str, expected: str) -> None:
    from oversight.extract.shared.page_dates import document_date

    found = document_date(text)
    assert found is not None and found.day.isoformat() == expected


def test_of_between_an_ordinal_day_and_its_month() -> None:
    text = "Inspectors who carried out a focused visit on the 26th and 27th of March said so; the letter of 2nd of " \
           "May 2024 followed."
    ranges = find_date_ranges(text, 0, len(text), date(2024, 5, 20))
    assert [(r.start.isoformat(), r.end.isoformat()) for r in ranges] == [
        ("2024-03-26", "2024-03-27"), ("2024-05-02", "2024-05-02")]
    # 'of' only after an ordinal: 'three of May's councils' is no date, nor '3 of March'
    assert find_date_ranges("3 of March", 0, 10, date(2024, 5, 20)) == []
