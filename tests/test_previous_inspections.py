"""Earlier inspections a report refers to, and how they join the events the record already holds (Kent's timeline
held 'full inspections' made from its adoption service and a children's home, and its 2013 report twice)."""

from __future__ import annotations

from oversight.analysis.resolve import Told, build_clusters
from oversight.extract.model import Event
from oversight.extract.reports.previous import find_previous_inspections
from oversight.reference import AuthorityResolver, load_authorities

REGISTRY = load_authorities()
KENT = REGISTRY.by_code["886"]


def _previous(text: str) -> list[tuple[str | None, dict[str, str]]]:
    subject = Event(role="subject", kind="full_inspection", local_authority=KENT, start_date="2017-03-06")  # type: ignore[arg-type]
    return [(p.event.start_date, p.event.judgements)
            for p in find_previous_inspections(text, subject, AuthorityResolver(REGISTRY))]


def test_a_services_own_earlier_inspection_is_not_the_councils() -> None:
    text = ("30. The adoption service has improved and was judged to be adequate at the last inspection in March "
            "2013. The partnership is leading to better matches.\n34. Of the six council run children's homes one "
            "is outstanding, four are good. One was judged to be inadequate at the last inspection in February "
            "2013. An action plan is in place.\n35. The fostering service was judged to be adequate at the last "
            "inspection in June 2012.\n")
    assert _previous(text) == []


def test_the_councils_earlier_inspection_is_kept() -> None:
    text = "Since the last inspection in August 2013, when services were judged to be adequate, leaders have acted."
    assert _previous(text) == [("2013-08", {"overall_effectiveness": "adequate"})]


def test_an_inspection_of_one_part_of_the_service_grades_that_part_when_its_report_came_out() -> None:
    """Before 2013 Ofsted inspected looked-after children's services and child protection apart: such an
    inspection's grade is not the council's overall effectiveness, and 'was published in' dates its report."""
    subject = Event(role="subject", kind="full_inspection", local_authority=KENT, start_date="2017-03-06")  # type: ignore[arg-type]
    text = ("The previous inspection of the council's services for children looked after was published in May "
            "2011. The council was judged to be good. The previous inspection of the council's arrangements for "
            "the protection of children was published in January 2012. The council was judged to be adequate.")
    found = find_previous_inspections(text, subject, AuthorityResolver(REGISTRY))
    assert [(p.event.start_date, p.event.published_date, p.event.judgements, p.event.framework) for p in found] == [
        (None, "2011-05", {"children_looked_after": "good"}, "pre_sif"),
        (None, "2012-01", {"help_and_protection": "adequate"}, "pre_sif")]
    assert [(p.date_field, p.area) for p in found] == [("published_date", "children_looked_after"),
                                                       ("published_date", "help_and_protection")]


def _told(row: int, role: str, data: dict) -> Told:
    base = {"role": role, "kind": "full_inspection", "local_authority": {"la_code": "886"}, "judgements": {}}
    return Told(row_id=row, document_id=row, document_type="inspection_report", rank=0, data={**base, **data})


def test_an_inspection_named_by_its_reports_month_is_that_inspection() -> None:
    report = _told(1, "subject", {"start_date": "2013-07-15", "end_date": "2013-07-19", "published_date": "2013-08-23",
                                  "judgements": {"overall_effectiveness": "adequate"}})
    later = _told(2, "mentioned", {"start_date": "2013-08", "judgements": {"overall_effectiveness": "adequate"}})
    other = _told(3, "mentioned", {"start_date": "2010-08"})
    clusters = build_clusters([report, later, other])
    assert sorted(len(c.members) for c in clusters) == [1, 2]
    disagreeing = _told(4, "mentioned", {"start_date": "2013-08", "judgements": {"overall_effectiveness": "good"}})
    assert len(build_clusters([report, disagreeing])) == 2, "a different grade is another event"
