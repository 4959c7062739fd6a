"""Pages that are not about an inspection of a council's children's services: `other`, with no events, and the
council whose service they are about where there is one. Each page is written here to pin one behaviour seen on real
pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.extract import ContextFactory, Manifest, extract_path
from oversight.reference.mentions import MentionFinder


def _read(tmp_path: Path, text: str) -> dict:
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    return extract_path(page, ContextFactory())


@pytest.mark.parametrize(("text", "council"), [
    # a council's youth offending service, inspected by another inspectorate
    ("An inspection of youth offending services in Barking and Dagenham\n\nHM Inspectorate of Probation, December "
     "2018\n\nThis inspection of the youth offending service in Barking and Dagenham was led by HM Inspector Jo "
     "Example. The service's work in Barking and Dagenham was rated good.\n", "Barking and Dagenham"),
    # a youth justice service rated by probation inspectors, one of its parts 'rated outstanding'
    ("Youth justice service rated good by probation inspectors\n\nPublished 18 October 2023\n\nHM Inspectorate of "
     "Probation has rated Devon's youth justice service as good. The service, run by Devon County Council with the "
     "police, was inspected in July. Out-of-court work was rated outstanding. Cllr Ann Example, cabinet member for "
     "children's services, welcomed the result.\n", "Devon"),
    # a regional adoption agency that a council hosts, beside that council's own grade
    ("Regional adoption agency judged outstanding\n\nPublished 12 September 2023\n\nAdopt North East, the regional "
     "adoption agency for five councils, has been judged outstanding by Ofsted. The agency is hosted by North "
     "Tyneside Council, whose children's services were judged good in 2023.\n", "North Tyneside"),
    # children's centres run for a council
    ("Ofsted recognises marked improvement at Slough Children's Centres\n\nOfsted has recognised a marked "
     "improvement at Slough's children's centres, managed on behalf of Slough Borough Council.\n", "Slough"),
    # a council's children's homes, one of them named after another council's city
    ("Two children's care homes, run by Wakefield council, have been awarded the top rating of 'outstanding' by "
     "Ofsted.\n\nYork Villas, in Normanton, and Wakefield's Wasdale Resource Centre look after children with "
     "disabilities. Staff at York Villas were praised.\n", "Wakefield"),
    # several councils, none in the headline: no one council
    ("Most councils rated good for adult social care in CQC pilot assessments\n\nThe Care Quality Commission has "
     "rated Birmingham, Lincolnshire, North Lincolnshire and Suffolk good, and Nottingham as requiring "
     "improvement.\n", None),
    # the schools of a council's area are not the council
    ("Details of process for first Ofsted inspection after Special Measures\n\nWith so many Isle of Wight schools "
     "having been placed in Special Measures by Ofsted, we thought it would be worthwhile laying out what happens "
     "once a school is rated.\n", None),
])
def test_the_council_of_a_page_about_something_else(tmp_path: Path, text: str, council: str | None) -> None:
    result = _read(tmp_path, text)
    assert result["document_type"] == "other" and result["events"] == []
    assert (result["local_authority"] or {}).get("name") == council


def test_a_councils_own_release_on_its_childrens_home_is_the_councils_though_it_names_none(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Our children's home rated outstanding\n\nOfsted has rated our children's home outstanding after "
                    "an inspection in March. Staff were praised for the care they give.\n", "utf-8")
    (tmp_path / "manifest.csv").write_text("path,url\npage.txt,https://news.oxfordshire.gov.uk/home\n", "utf-8")
    result = extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv")))
    assert result["document_type"] == "other" and result["local_authority"]["name"] == "Oxfordshire"


@pytest.mark.parametrize(("text", "councils"), [
    ("York Villas, in Normanton, is run by Wakefield council.", ["Wakefield"]),
    ("Stockport Close To Good Rating As Inspectors Return", ["Stockport"]),
    ("Hampshire Drive To Recruit Foster Carers", ["Hampshire"]),
])
def test_a_street_after_a_place_is_no_council_but_a_headline_verb_is_no_street(text: str, councils: list[str]) -> None:
    factory = ContextFactory()
    context = factory.for_path("page.txt")
    finder = context.mentions or MentionFinder(context.resolver.registry)
    assert [m.authority.name for m in finder.find(text)] == councils
