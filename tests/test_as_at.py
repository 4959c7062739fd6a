"""One rule for 'as at' dates on the command line and the web, and Ofsted's own counting."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from oversight.analysis.as_at import RECORD_BEGINS, official_cutoff, parse_as_at
from oversight.cli.main import cli
from oversight.errors import UsageError

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text, day", [("2024-03-31", date(2024, 3, 31)), ("2024-3-31", date(2024, 3, 31)),
                                       ("2024-03-1", date(2024, 3, 1)), (" 2009-04-01 ", RECORD_BEGINS),
                                       ("2026-11-30", TODAY), (None, TODAY), ("", TODAY)])
def test_iso_dates_with_or_without_leading_zeros(text: str | None, day: date) -> None:
    assert parse_as_at(text, TODAY) == day


@pytest.mark.parametrize("text, says", [
    ("20240331", "is not a date: write it as year-month-day"),
    ("31/03/2024", "is not a date: write it as year-month-day"),
    ("2024-02-30", "is not a day of the calendar"),
    ("2026-12-01", "is after today (2026-11-30)"),
    ("9999-12-31", "is after today"),
    ("2009-03-31", "is before 2009-04-01, where the record begins"),
    ("0001-01-01", "is before 2009-04-01"),
])
def test_dates_outside_the_record_or_not_dates_are_said(text: str, says: str) -> None:
    with pytest.raises(UsageError, match=says.replace("(", r"\(").replace(")", r"\)")):
        parse_as_at(text, TODAY)


def test_the_official_cutoff_is_a_month_later() -> None:
    assert official_cutoff(date(2024, 3, 31)) == date(2024, 4, 30)
    assert official_cutoff(date(2019, 8, 31)) == date(2019, 9, 30)


def test_the_cli_and_the_web_share_the_rule(tmp_path) -> None:
    from oversight.web.views import parse_as_at as web_rule

    with pytest.raises(UsageError, match="after today"):
        web_rule("2099-01-01")
    with pytest.raises(UsageError, match="where the record begins"):
        web_rule("2001-01-01")
    result = CliRunner().invoke(cli, ["stats", "--as-at", "2099-01-01", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "after today" in result.stderr
