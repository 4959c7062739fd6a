"""The terminal's views: every count the JSON holds is in the text, in the same place."""

from __future__ import annotations

from oversight.cli.render import stats_text

PICTURE = {
    "as_at": "2015-06-01", "authorities": 19, "inspected": 9, "not_inspected": 10,
    "overall": {"outstanding": 0, "good": 1, "requires_improvement": 4, "inadequate": 3, "adequate": 1},
    "overall_share": {"outstanding": 0.0, "good": 11.1, "requires_improvement": 44.4, "inadequate": 33.3,
                      "adequate": 11.1},
    "by_region": {"South East": {"outstanding": 0, "good": 1, "requires_improvement": 4, "inadequate": 3,
                                 "adequate": 1, "not_inspected": 10, "authorities": 19}},
    "by_judgement": {}, "movement": {"improved": 0, "stayed": 0, "declined": 0, "first_inspection": 9},
}


def test_the_region_table_keeps_every_grade_and_adds_up() -> None:
    text = stats_text(PICTURE)
    [header] = [line for line in text.splitlines() if line.strip().startswith("region")]
    assert "adequate" in header.split() and header.split()[-1] == "total"
    [row] = [line for line in text.splitlines() if line.strip().startswith("South East")]
    numbers = [int(n) for n in row.split()[2:]]
    assert numbers == [0, 1, 4, 3, 1, 10, 19]
    assert sum(numbers[:-1]) == numbers[-1]
