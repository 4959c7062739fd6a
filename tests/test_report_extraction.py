"""Full inspection reports of each era, written by the tests, read into evidenced facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from oversight.documents import read_document
from oversight.extract import ContextFactory, ExtractionContext, extract_document
from oversight.extract.context import Manifest

ILACS_PAGE_1 = """Inspection of Gateshead local authority
children's services
Inspection dates: 30 October to 3 November 2023
Lead inspector: Priya Example, His Majesty's Inspector
Judgement
Grade
The impact of leaders on social work
practice with children and families
Good
The experiences and progress of
children who need help and protection
Requires improvement to be good
The experiences and progress of
children in care
Good
The experiences and progress of care
leavers
Outstanding
Overall effectiveness
Good
Since the last inspection in 2019, when services were judged to be requires improvement to be good,
leaders have made steady progress.
What needs to improve?
\u25a0 The timeliness of assessments for children who are referred
by partner agencies out of hours.
\u25a0 The quality of written plans, so that parents understand what must
change and by when, including for children on child-"""

ILACS_PAGE_2 = """2
protection plans.
\u25a0 Management oversight of placements with family and friends carers.
The experiences and progress of children who need help and protection: requires
improvement to be good
1. Children are seen quickly when concerns are raised."""

SIF_PAGE_1 = """1
Exampleshire County Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board
Inspection date: 16 September 2014 \u2013 8 October 2014
Report published: 19 November 2014
The overall judgement is that children's services require
improvement
1. Children who need help and protection
Require improvement
2. Children looked after and achieving
permanence
Good
2.1 Adoption performance
Outstanding
2.2 Experiences and progress of care leavers
Require improvement
3. Leadership, management and governance
Require improvement"""

SIF_PAGE_2 = """2
What does the local authority need to improve?
Priority and immediate action
1.
Ensure that every child who goes missing is offered a return interview within
72 hours.
Areas for improvement
Quality of practice
2. Improve the consistency of assessments, so that they are analytical.
3. Improve school attendance of children looked after by:
\u2022 tracking each child's attendance every week
\u2022 acting quickly when attendance falls.
The local authority's strengths
4. Leaders know their services well.
The Local Safeguarding Children Board requires improvement
The inspection team
Lead inspector: Jo Sample
Deputy lead inspector: Sam Instance
Team inspectors: Alex Trial, Morgan Case and Lee Example (Contracted Inspector)
Quality assurance manager: Pat Checker"""

PRE_SIF_PAGE_1 = """Inspection of looked after children
services
Norfolk County Council
Inspection dates:
8 \u2013 12 July 2013
Reporting inspector Gary Sample HMI
Published:
16 August 2013"""

PRE_SIF_PAGE_2 = """Areas for improvement
15. In order to improve the quality of provision for looked after children in
Norfolk, the local authority should take the following action.
Immediately:
• ensure every child has a care plan that sets out how their needs will be met
• ensure pathway plans are of good quality
Within three months:
• review the capacity of the independent reviewing service
Outcomes for looked after children and young people
Record of main findings
Services for looked after children
Overall effectiveness
Adequate
Capacity to improve
Good
Outcomes for looked after children and
young people
Adequate
Quality of provision
Inadequate
Leadership and management
Adequate"""


@pytest.fixture(scope="module")
def factory() -> ContextFactory:
    return ContextFactory()


def _extract(path: Path, factory: ContextFactory, published: date | None = None):
    context = ExtractionContext(factory.resolver, published, "manifest test.csv" if published else None)
    return extract_document(read_document(path), context)


def _subject(extraction):
    return extraction.events[0]


def test_ilacs_report_with_split_judgements(pdf_file, factory) -> None:
    path = pdf_file("ilacs.pdf", [ILACS_PAGE_1, ILACS_PAGE_2])
    extraction = _extract(path, factory, published=date(2023, 12, 15))
    event = _subject(extraction)
    assert extraction.document_type == "inspection_report"
    assert extraction.local_authority.name == "Gateshead"
    assert (event.kind, event.framework, event.ilacs_type) == ("full_inspection", "ilacs", "short")
    assert (event.start_date, event.end_date) == ("2023-10-30", "2023-11-03")
    assert event.published_date == "2023-12-15"
    assert event.lead_inspector == "Priya Example" and event.inspectors == ["Priya Example"]
    assert event.judgements == {
        "impact_of_leaders": "good",
        "help_and_protection": "requires_improvement",
        "children_in_care": "good",
        "care_leavers": "outstanding",
        "overall_effectiveness": "good",
    }
    assert event.areas_for_improvement == [
        "The timeliness of assessments for children who are referred by partner agencies out of hours.",
        "The quality of written plans, so that parents understand what must change and by when, including for "
        "children on child-protection plans.",
        "Management oversight of placements with family and friends carers.",
    ]
    [mentioned] = [e for e in extraction.events if e.role == "mentioned"]
    assert (mentioned.kind, mentioned.start_date, mentioned.judgements) == (
        "full_inspection", "2019", {"overall_effectiveness": "requires_improvement"})


def test_every_value_has_evidence_that_points_at_its_text(pdf_file, factory) -> None:
    path = pdf_file("ilacs.pdf", [ILACS_PAGE_1, ILACS_PAGE_2])
    extraction = _extract(path, factory, published=date(2023, 12, 15))
    document = extraction.document
    fields = {e.field for e in extraction.evidence}
    for name in ("start_date", "end_date", "lead_inspector", "ilacs_type", "published_date"):
        assert f"events[0].{name}" in fields
    for key in _subject(extraction).judgements:
        assert f"events[0].judgements.{key}" in fields
    for index in range(3):
        assert f"events[0].areas_for_improvement[{index}]" in fields
    for item in extraction.evidence:
        if item.page is not None:
            assert document.pages[item.page - 1][item.start: item.end] == item.text
    split_item = [e for e in extraction.evidence if e.field == "events[0].areas_for_improvement[1]"]
    assert [e.page for e in split_item] == [1, 2]  # one entry per page the sentence crosses
    manifest_note = [e for e in extraction.evidence if e.field == "events[0].published_date"]
    assert manifest_note[0].page is None and "manifest" in manifest_note[0].text


def test_publication_date_unknown_is_null_with_a_warning(pdf_file, factory) -> None:
    extraction = _extract(pdf_file("ilacs.pdf", [ILACS_PAGE_1, ILACS_PAGE_2]), factory)
    assert _subject(extraction).published_date is None
    assert any("publication date" in w for w in extraction.warnings)


def test_sif_report(pdf_file, factory) -> None:
    extraction = _extract(pdf_file("sif.pdf", [SIF_PAGE_1, SIF_PAGE_2]), factory)
    event = _subject(extraction)
    assert extraction.local_authority is None  # a made-up county: unresolved, never guessed
    assert any("authority not resolved" in w for w in extraction.warnings)
    assert (event.framework, event.ilacs_type) == ("sif", None)
    assert (event.start_date, event.end_date, event.published_date) == ("2014-09-16", "2014-10-08", "2014-11-19")
    assert event.judgements == {
        "overall_effectiveness": "requires_improvement",
        "help_and_protection": "requires_improvement",
        "children_looked_after": "good",
        "adoption_performance": "outstanding",
        "care_leavers": "requires_improvement",
        "leadership_management_governance": "requires_improvement",
        "lscb": "requires_improvement",
    }
    assert event.areas_for_improvement == [
        "Ensure that every child who goes missing is offered a return interview within 72 hours.",
        "Improve the consistency of assessments, so that they are analytical.",
        "Improve school attendance of children looked after by: tracking each child's attendance every week "
        "acting quickly when attendance falls.",
    ]
    assert event.lead_inspector == "Jo Sample"
    assert event.inspectors == ["Jo Sample", "Sam Instance", "Alex Trial", "Morgan Case", "Lee Example"]


def test_looked_after_children_inspection_of_2013(pdf_file, factory) -> None:
    extraction = _extract(pdf_file("lac.pdf", [PRE_SIF_PAGE_1, PRE_SIF_PAGE_2]), factory)
    event = _subject(extraction)
    assert extraction.local_authority.name == "Norfolk"
    assert event.framework == "pre_sif"
    assert (event.start_date, event.end_date, event.published_date) == ("2013-07-08", "2013-07-12", "2013-08-16")
    assert event.lead_inspector == "Gary Sample"
    assert event.judgements == {
        "overall_effectiveness": "adequate",
        "capacity_to_improve": "good",
        "outcomes_for_looked_after_children_and_young_people": "adequate",
        "quality_of_provision": "inadequate",
        "leadership_and_management": "adequate",
    }
    assert event.areas_for_improvement == [
        "ensure every child has a care plan that sets out how their needs will be met",
        "ensure pathway plans are of good quality",
        "review the capacity of the independent reviewing service",
    ]


def test_standard_ilacs_when_on_site_two_weeks(pdf_file, factory) -> None:
    page = ILACS_PAGE_1.replace("30 October to 3 November 2023", "6 to 17 November 2023")
    assert _subject(_extract(pdf_file("standard.pdf", [page, ILACS_PAGE_2]), factory)).ilacs_type == "standard"


def test_manifest_supplies_the_publication_date(tmp_path: Path, pdf_file) -> None:
    pdf_file("r.pdf", [ILACS_PAGE_1, ILACS_PAGE_2])
    (tmp_path / "manifest.csv").write_text("path,urn,local_authority,title,published_date\n"
                                           "r.pdf,80454,Gateshead,x,2023-12-15\n")
    factory = ContextFactory(Manifest(tmp_path / "manifest.csv"))
    context = factory.for_path(tmp_path / "r.pdf")
    assert context.published_on == date(2023, 12, 15)
    extraction = extract_document(read_document(tmp_path / "r.pdf"), context)
    assert _subject(extraction).published_date == "2023-12-15"


def test_a_document_that_is_no_report_has_no_events(pdf_file, factory) -> None:
    path = pdf_file("send.pdf", ["Area SEND inspection of Gateshead Local Area Partnership\nInspection dates: 4 to 8 March 2024"])
    extraction = _extract(path, factory)
    assert extraction.document_type == "other" and extraction.events == []
    assert extraction.warnings


# Regressions found on real reports; the documents below are written by the tests in the same layout.

def _items(*pages: str, unmarked: bool = False) -> list[str]:
    from oversight.documents.model import Document
    from oversight.extract.shared.layout import list_items

    document = Document("t.pdf", "0" * 64, "application/pdf", pages, True)
    return [found.value for found in list_items(document, 0, len(document.text), set(), unmarked_items=unmarked)]


def test_symbol_font_bullets_in_the_private_use_area_start_items() -> None:
    # ILACS reports of 2018 print their bullets in a symbol font that text extraction maps to U+F06E
    assert _items("\uf06e The timeliness of strategy\nmeetings.\n\uf06e Health information for care leavers.") == [
        "The timeliness of strategy meetings.", "Health information for care leavers."]


def test_a_number_ending_a_wrapped_line_is_not_a_new_item() -> None:
    assert _items("\u25fc The provision of advisers for care leavers when they reach the age of\n17.\n"
                  "\u25fc Suitable accommodation for care leavers.") == [
        "The provision of advisers for care leavers when they reach the age of 17.",
        "Suitable accommodation for care leavers."]


def test_numbered_items_follow_their_sequence() -> None:
    assert _items("12.\nReview the plans of children aged\n16. and over.\n13.\nImprove supervision.") == [
        "Review the plans of children aged 16. and over.", "Improve supervision."]


def test_a_grouping_heading_left_on_the_line_of_an_item_is_dropped() -> None:
    assert _items("3.\nEnsure that findings inform planning when children go\nmissing from home and care. Areas for "
                  "improvement\nAreas for improvement\nLeadership, management and governance\n4.\n"
                  "Ensure that managers oversee plans.") == [
        "Ensure that findings inform planning when children go missing from home and care.",
        "Ensure that managers oversee plans."]


def test_a_paragraph_under_what_needs_to_improve_is_not_an_item() -> None:
    assert _items("There are a very small number of areas of variability in otherwise excellent practice.") == []
    assert _items("ensure every child has a care plan\n \nensure pathway plans are good", unmarked=True) == [
        "ensure every child has a care plan", "ensure pathway plans are good"]


def test_section_20_inside_an_item_does_not_end_the_sif_list(pdf_file, factory) -> None:
    page_2 = SIF_PAGE_2.replace("3. Improve school attendance of children looked after by:",
                                "3. Ensure that:\n\u2022 the review of all children looked after under a\n"
                                "Section 20 arrangement is accelerated\n4. Improve school attendance by:")
    event = _subject(_extract(pdf_file("sif.pdf", [SIF_PAGE_1, page_2]), factory))
    assert event.areas_for_improvement[2] == ("Ensure that: the review of all children looked after under a "
                                              "Section 20 arrangement is accelerated")
    assert len(event.areas_for_improvement) == 4


def test_team_names_separated_by_brackets_or_slashes_or_broken_by_a_hyphen() -> None:
    from oversight.extract.shared.names import read_team

    text = ("The inspection team\nLead inspector: Jo Sample HMI\nDeputy lead inspector: Cath Example/Ian Instance\n"
            "Team inspectors: Pat Case (HMI), Karen Trial (HMI) Fiona Test (OI)\nMo Porter-\nMoore HMI, "
            "Lee Sample, Acting Senior HMI, Dr Kenneth Jones HMI\nSupernumerary inspectors: Ann Extra HMI designate)\n"
            "Senior data analyst: Data Person\nQuality assurance manager: Qa Person, Senior HMI\n\n\n\n7\n"
            "website: www.example.org\n")
    inspectors = [name for entry in read_team(text) if entry.names_inspectors for name in entry.names]
    assert inspectors == ["Jo Sample", "Cath Example", "Ian Instance", "Pat Case", "Karen Trial", "Fiona Test",
                          "Mo Porter-Moore", "Lee Sample", "Kenneth Jones", "Ann Extra"]


def test_a_report_copied_onto_another_site_with_its_front_page_run_into_one_line(tmp_path) -> None:
    from oversight.extract import ContextFactory, extract_path

    page = tmp_path / "copy.txt"
    page.write_text("sample council - ofsted\n\n1 Leicester City Council Inspection of services for children in need "
                    "of help and protection, children looked after and care leavers Inspection date: 19 June to 13 "
                    "July 2017 Report published: 4 September 2017 Children's services in Leicester require "
                    "improvement to be good\n", "utf-8")
    result = extract_path(page, ContextFactory())
    assert result["document_type"] == "inspection_report"
    assert result["local_authority"]["name"] == "Leicester"


def test_a_title_in_a_sentence_is_not_a_report() -> None:
    from oversight.extract.reports.report import find_report_title

    text = ("The committee discussed the recent Inspection of services for children in need of help and protection.\n"
            "Inspection dates were agreed.\n")
    assert find_report_title(text) is None


# Patterns that reports the project had never seen got wrong (issue 10), each in the layout PDFium gives.

def test_two_lead_inspectors_the_first_is_the_lead_and_both_are_listed(pdf_file, factory) -> None:
    page = ILACS_PAGE_1.replace("Lead inspector: Priya Example, His Majesty's Inspector",
                                "Lead inspectors: Priya Example, His Majesty's Inspector, and Sam Instance, His "
                                "Majesty's Inspector")
    extraction = _extract(pdf_file("ilacs.pdf", [page, ILACS_PAGE_2]), factory, published=date(2023, 12, 15))
    event = _subject(extraction)
    assert event.lead_inspector == "Priya Example"
    assert event.inspectors == ["Priya Example", "Sam Instance"]
    assert [(p.name, p.role) for p in extraction.people] == [
        ("Priya Example", "lead inspector"), ("Sam Instance", "lead inspector")]


def test_recommendations_numbered_with_the_number_alone_on_its_line() -> None:
    assert _items("1.\nEnsure that all plans are reviewed\nwithin timescales.\n2.\nImprove the quality of "
                  "supervision.") == [
        "Ensure that all plans are reviewed within timescales.", "Improve the quality of supervision."]


def test_an_item_running_over_a_page_break_is_whole() -> None:
    from oversight.documents.model import Document
    from oversight.extract.shared.layout import list_items, running_lines

    header = "Inspection of Exampleshire local authority children's services\n"
    pages = (header + "1\nThe report begins.", header + "2\nWhat needs to improve?\n\u25fc Ensure that all staff "
             "receive appropriate training, including mandatory training,",
             header + "3\nand that it is recorded.\n\u25fc Improve supervision.", header + "4\nThe end.")
    document = Document("t.pdf", "0" * 64, "application/pdf", pages, True)
    start = document.text.index("\u25fc")
    end = document.text.index("The end.")
    assert [f.value for f in list_items(document, start, end, running_lines(document))] == [
        "Ensure that all staff receive appropriate training, including mandatory training, and that it is "
        "recorded.", "Improve supervision."]


def test_an_item_introducing_sub_points_is_one_item() -> None:
    assert _items("\u25fc The quality of plans for children.\n\u25fc Practice around the care and protection of "
                  "disabled children to demonstrate:\n\u2022 clear assessment of need\n\u2022 timely "
                  "review\n\u2022 the child's voice.\n\u25fc Improve supervision.") == [
        "The quality of plans for children.",
        "Practice around the care and protection of disabled children to demonstrate: clear assessment of need "
        "timely review the child's voice.", "Improve supervision."]


def test_a_footnote_marker_glued_to_a_word_is_dropped() -> None:
    assert _items("\u25fc Ensure that all cared for children2 receive a health assessment.") == [
        "Ensure that all cared for children receive a health assessment."]


def test_the_local_safeguarding_children_board_grade_when_the_report_drops_the_word_board(pdf_file, factory) -> None:
    # Somerset's report of 2015 prints 'The Local Safeguarding Children is inadequate'
    page_2 = SIF_PAGE_2.replace("The Local Safeguarding Children Board requires improvement",
                                "The Local Safeguarding Children is inadequate")
    assert page_2 != SIF_PAGE_2
    extraction = _extract(pdf_file("sif.pdf", [SIF_PAGE_1, page_2]), factory)
    assert _subject(extraction).judgements.get("lscb") == "inadequate"
