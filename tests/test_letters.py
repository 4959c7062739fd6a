"""Ofsted's letters, written by the tests in each format: focused, monitoring and JTAI."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from oversight.extract import ContextFactory, extract_path

MONITORING = """Ofsted
Piccadilly Gate
Store Street
Manchester M1 2WD

14 June 2023

Ms Harriet Example
Director of Children's Services
Sandwell Metropolitan Borough Council

Dear Ms Example

Monitoring visit to Sandwell children's services

This letter summarises the findings of the monitoring visit to Sandwell children's services on 16 and 17 May 2023. This was the fifth monitoring visit since the local authority was judged inadequate in March 2021. His Majesty's Inspectors Robin Sample and Kay Trial carried out this visit.

Areas covered by the visit
Inspectors reviewed the progress made in the following areas:
\u2022 the quality of assessments for children in need
\u2022 management oversight of decisions to step cases down to early help

Headline findings
Leaders have kept up the pace of change since the last visit.

What needs to improve
\u2022 The timeliness of return home interviews for children who go missing.

Ofsted will take the findings from this monitoring visit into account when planning your next inspection or visit.

Yours sincerely

Robin Sample
His Majesty's Inspector
"""

JTAI = """Ofsted
Piccadilly Gate
Manchester M1 2WD

2 February 2024

Director of Children's Services, Leeds City Council
Chief Constable, West Yorkshire Police
Chief Executive, West Yorkshire Integrated Care Board

Dear partners

Joint targeted area inspection of the multi-agency response to children at risk of criminal exploitation in Leeds

This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to children at risk of criminal exploitation in Leeds. This inspection took place from 4 to 8 December 2023. It was carried out by inspectors from Ofsted, the Care Quality Commission and His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.

Areas for improvement
\u2022 Information sharing between the police and schools when a child is arrested.
\u2022 The recording of the child's voice in strategy discussions.

Yours sincerely

Jan Inspectorson
His Majesty's Inspector, Ofsted
"""

FOCUSED_CUT_OFF = """3 October 2022

Mr Ade Sample
Director of Children's Services
London Borough of Tower Hamlets

Dear Mr Sample

Focused visit to Tower Hamlets children's services

This letter summarises the findings of a focused visit to Tower Hamlets children's services on 6 and 7 September 2022. The inspectors were Mary Example, Her Majesty's Inspector, and Paul Sample, Her Majesty's Inspector.

Inspectors looked at the local authority's arrangements for children in need and those subject to a child protection plan.

What needs to improve in this area of social work practice?
\u25a0 The quality of written plans, so that families know what is expected.
\u25a0 Management oversight of"""


@pytest.fixture(scope="module")
def factory() -> ContextFactory:
    return ContextFactory()


def _subject(result: dict) -> dict:
    return next(e for e in result["events"] if e["role"] == "subject")


def test_monitoring_visit_letter(tmp_path: Path, factory) -> None:
    path = tmp_path / "mv.txt"
    path.write_text(MONITORING)
    result = extract_path(path, factory)
    assert result["document_type"] == "monitoring_visit_letter"
    visit = _subject(result)
    assert visit["local_authority"]["name"] == "Sandwell"
    assert (visit["start_date"], visit["end_date"], visit["published_date"]) == ("2023-05-16", "2023-05-17", "2023-06-14")
    assert visit["visit_number"] == 5
    assert visit["lead_inspector"] == "Robin Sample" and visit["inspectors"] == ["Robin Sample", "Kay Trial"]
    assert visit["focus_areas"] == ["the quality of assessments for children in need",
                                    "management oversight of decisions to step cases down to early help"]
    assert visit["areas_for_improvement"] == ["The timeliness of return home interviews for children who go missing."]
    [earlier] = [e for e in result["events"] if e["role"] == "mentioned"]
    assert earlier["start_date"] == "2021-03" and earlier["judgements"] == {"overall_effectiveness": "inadequate"}
    people = {p["name"]: p["role"] for p in result["people"]}
    assert people["Harriet Example"] == "director of children's services"


def test_jtai_letter_to_several_partners(tmp_path: Path, factory) -> None:
    path = tmp_path / "jtai.txt"
    path.write_text(JTAI)
    result = extract_path(path, factory)
    assert result["document_type"] == "jtai_letter"
    visit = _subject(result)
    assert visit["kind"] == "jtai" and visit["local_authority"]["name"] == "Leeds"
    assert (visit["start_date"], visit["end_date"]) == ("2023-12-04", "2023-12-08")
    assert len(visit["areas_for_improvement"]) == 2


def test_focused_visit_letter_as_docx_cut_off_mid_list(tmp_path: Path, factory) -> None:
    word = docx.Document()
    for paragraph in FOCUSED_CUT_OFF.split("\n"):
        word.add_paragraph(paragraph)
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "fv.docx"
    path.write_bytes(buffer.getvalue())
    result = extract_path(path, factory)
    assert result["document_type"] == "focused_visit_letter"
    assert result["source"]["media_type"].endswith("wordprocessingml.document")
    visit = _subject(result)
    assert visit["local_authority"]["name"] == "Tower Hamlets"
    assert (visit["start_date"], visit["end_date"], visit["published_date"]) == ("2022-09-06", "2022-09-07", "2022-10-03")
    assert visit["inspectors"] == ["Mary Example", "Paul Sample"]
    assert visit["focus_areas"] == ["children in need and those subject to a child protection plan"]
    assert visit["areas_for_improvement"][0] == "The quality of written plans, so that families know what is expected."
    assert any("inspector" in w or "sincerely" in w for w in result["warnings"]) or visit["lead_inspector"] == "Mary Example"


def test_the_local_authority_in_a_letter_is_the_letters_council(tmp_path: Path, factory) -> None:
    # a company also owned by two other councils is named just before 'the local authority' is graded
    path = tmp_path / "fv.txt"
    path.write_text(MONITORING.replace(
        "This was the fifth monitoring visit since the local authority was judged inadequate in March 2021.",
        "Services are run for the council by a company that Dudley Metropolitan Borough Council also owns. Since "
        "the last inspection in March 2021, when the local authority was judged inadequate, leaders have acted."))
    earlier = [(e["local_authority"]["name"], e["start_date"], e["judgements"])
               for e in extract_path(path, factory)["events"] if e["role"] == "mentioned"]
    assert earlier == [("Sandwell", "2021-03", {"overall_effectiveness": "inadequate"})]


def test_what_the_visit_focused_on_is_no_focused_visit(tmp_path: Path, factory) -> None:
    path = tmp_path / "mv.txt"
    path.write_text(MONITORING.replace("Leaders have kept up the pace of change since the last visit.",
                                       "The visit focused on children in care and their plans."))
    assert [e["kind"] for e in extract_path(path, factory)["events"]] == ["monitoring_visit", "full_inspection"]


@pytest.mark.parametrize(("introduction", "published"), [
    ("10 March 2023\n\nThe inspectorate's letter was published yesterday. We reproduce most of it here.", "2023-03-09"),
    ("10 March 2023\n\nBelow are substantial extracts from the letter. The letter, dated 7 March 2023, was published "
     "this week.", "2023-03-07"),
])
def test_a_letter_printed_under_a_pages_own_date_keeps_its_own(tmp_path: Path, factory, introduction: str,
                                                                published: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Ofsted praises Lincolnshire\nBy Oliver Example, Local Democracy Reporter\n" + introduction +
                    "\n\nThis letter summarises the findings of the focused visit to Lincolnshire children's services "
                    "on 7 and 8 February 2023.\n")
    result = extract_path(path, factory)
    assert result["document_type"] == "focused_visit_letter"
    assert _subject(result)["published_date"] == published
