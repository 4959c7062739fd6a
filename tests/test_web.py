"""The web service as a browser or a script sees it: pages, JSON twins, errors, escaping and headers."""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path

import pytest

from oversight.ingest import ingest
from oversight.store import open_database
from tests.corpus_builder import build_corpus

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE_STORY = """Council children's services rated inadequate <script>alert('x')</script>

By Sam Reporter, Local Democracy Reporting Service

Ofsted has rated Salford City Council's children's services inadequate after an inspection carried out between 8 and 19 January 2024.
The council said "><img src=x onerror=alert(1)> was not acceptable and promised <b>swift</b> action.
"""


@pytest.fixture
def client(tmp_path: Path, db_url: str) -> TestClient:
    build_corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "hostile.txt").write_text(HOSTILE_STORY)
    database = open_database(db_url)
    ingest(database, [tmp_path / "corpus"], workers=1)
    from oversight.web.app import create_app

    return TestClient(create_app(database), raise_server_exceptions=False)


def _document_id(client: TestClient, slug: str) -> int:
    return client.get(f"/authorities/{slug}.json").json()["documents"][0]["id"]


def test_every_page_and_its_json_twin(client: TestClient) -> None:
    for path in ("/", "/authorities", "/authorities/gateshead", "/search?q=supervision",
                 "/compare?a=gateshead&a=sunderland", "/problems"):
        html = client.get(path)
        assert html.status_code == 200, path
        assert html.headers["content-type"].startswith("text/html")
        twin = path.replace("?", ".json?", 1) if "?" in path else ("/index.json" if path == "/" else path + ".json")
        data = client.get(twin)
        assert data.status_code == 200 and data.headers["content-type"] == "application/json", twin
    england = client.get("/index.json?as_at=2024-03-31").json()
    assert england["as_at"] == "2024-03-31" and england["authorities"] == 153
    assert england["series"][0]["as_at"] == "2014-03-31"
    gateshead = client.get("/authorities/gateshead.json").json()
    assert gateshead["authority"]["name"] == "Gateshead" and gateshead["events"]
    document = client.get(f"/documents/{_document_id(client, 'gateshead')}.json").json()
    assert document["extraction"]["schema"] == "oversight.extraction/1"


def test_document_page_links_facts_to_highlighted_evidence(client: TestClient) -> None:
    document_id = _document_id(client, "gateshead")
    page = client.get(f"/documents/{document_id}").text
    assert 'class="oversight-evidence"' in page and 'href="#ev-' in page and 'id="ev-' in page
    original = client.get(f"/documents/{document_id}/original")
    assert original.status_code == 200 and original.headers["content-disposition"].startswith("attachment")


def test_document_text_is_escaped_everywhere(client: TestClient) -> None:
    salford = client.get("/authorities/salford.json").json()
    document_id = salford["documents"][0]["id"]
    for path in (f"/documents/{document_id}", "/search?q=onerror", "/search?q=alert", "/authorities/salford"):
        body = client.get(path).text
        assert "<script>alert" not in body and "<img src=x" not in body and "<b>swift</b>" not in body, path
    assert "&lt;script&gt;" in client.get(f"/documents/{document_id}").text
    search = client.get("/search?q=%3Cscript%3Ealert").text
    assert "<script>alert" not in search


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/index.json", "/nowhere", "/authorities/nowhere.json"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "'unsafe-inline'" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_errors_have_one_shape_and_no_stack_traces(client: TestClient, monkeypatch) -> None:
    missing = client.get("/authorities/atlantis.json")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found" and set(missing.json()) == {"error"}
    assert missing.json()["error"]["message"].startswith("no council is called 'atlantis'")
    short = client.get("/authorities/newcastle", follow_redirects=False)
    assert short.status_code == 303 and short.headers["location"] == "/authorities/newcastle-upon-tyne"
    assert client.get("/nowhere").status_code == 404 and "Page not found" in client.get("/nowhere").text
    bad_date = client.get("/index.json?as_at=31-03-2024")
    assert bad_date.status_code == 400 and bad_date.json()["error"]["code"] == "usage"
    bad_page = client.get("/search.json?q=x&page=0")
    assert bad_page.status_code == 400 and set(bad_page.json()["error"]) == {"status", "code", "message"}
    for asked, said in (("q=care+leavers&page=0", "The page of results must be a whole number from 1"),
                        ("q=care+leavers&year_from=2022&year_to=2019", "The year range runs backwards")):
        page = client.get(f"/search?{asked}")  # a person sees it above the form, as they filled it in
        assert page.status_code == 200 and "There is a problem" in page.text and said in page.text
        assert 'value="care leavers"' in page.text
    assert client.get("/compare.json?a=gateshead").status_code == 400
    assert client.get("/documents/999999.json").status_code == 404

    from oversight.web import views

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(views, "problems_page", broken)
    for path in ("/problems", "/problems.json"):
        response = client.get(path)
        assert response.status_code == 500 and "secret internals" not in response.text
        assert "Traceback" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"  # answered outside the middleware
        assert response.headers["cache-control"] == "private, no-store"


def test_search_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/search.json?q=children").json()
    assert everything["total"] > 1 and everything["results"][0]["passages"][0]["snippet"]
    ids = [r["document_id"] for r in everything["results"]]
    assert len(ids) == len(set(ids)), "each document once, its best passages under it"
    assert everything["total_pages"] >= everything["total"]
    assert all(len(r["passages"]) <= 3 and r["hits"] >= len(r["passages"]) for r in everything["results"])
    only = client.get("/search.json?q=children&authority=gateshead").json()
    assert 0 < only["total"] < everything["total"]
    assert all(r["authority"] == "Gateshead" for r in only["results"])
    reports = client.get("/search.json?q=children&document_type=inspection_report&year_from=2020").json()
    assert all(r["document_type"] == "inspection_report" and r["published_date"] >= "2020" for r in reports["results"])
    graded = client.get("/search.json?q=children&grade=good&judgement=overall_effectiveness").json()
    assert graded["total"] >= 1
    assert client.get("/search.json?q=children&grade=brilliant").status_code == 400
    second = client.get("/search.json?q=children&page=2").json()
    assert second["page"] == 2
    assert client.get("/search.json?q=children&page=x").status_code == 400


def test_search_phrases_filters_alone_the_end_and_downloads(client: TestClient) -> None:
    words = client.get("/search.json?q=management oversight").json()
    phrase = client.get('/search.json?q="management oversight"').json()
    reversed_phrase = client.get('/search.json?q="oversight management"').json()
    assert 0 < phrase["total"] <= words["total"] and reversed_phrase["total"] < phrase["total"]
    assert all("management oversight" in " ".join(p["snippet"].lower() for p in r["passages"])
               for r in phrase["results"])
    filtered = client.get("/search.json?authority=gateshead").json()
    assert filtered["total"] >= 2 and all(r["authority"] == "Gateshead" for r in filtered["results"])
    dates = [r["published_date"] or "" for r in filtered["results"]]
    assert dates == sorted(dates, reverse=True), "without words, newest first"
    letters = client.get("/search.json?kind=monitoring_visit").json()
    assert letters["total"] >= 1 and {r["document_type"] for r in letters["results"]} <= {
        "monitoring_visit_letter", "news_article", "press_release", "council_minutes"}
    page = client.get("/search?q=children&page=999")
    assert page.status_code == 200 and "Go to the last page" in page.text
    assert "Nothing in the record matches" in client.get("/search?q=zzyzzx").text
    table = client.get('/search.csv?q="management oversight"')
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    assert table.text.startswith("\ufeffDocument number,")
    rows = list(csv.reader(io.StringIO(table.text.removeprefix("\ufeff"))))
    assert len(rows) == phrase["total"] + 1, "every result, not one page"


def test_openapi_documents_the_json_twins(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for twin in ("/index.json", "/authorities/{slug}.json", "/documents/{document_id}.json", "/search.json",
                 "/compare.json", "/problems.json"):
        assert twin in paths
    assert "/authorities/{slug}" not in paths


def test_head_answers_every_page_without_a_body(client: TestClient) -> None:
    for path in ("/", "/index.json", "/authorities", "/authorities/gateshead.json", "/search?q=children",
                 "/static/oversight.css", "/authorities.csv"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
    assert client.head("/nowhere").status_code == 404


def test_every_table_has_a_csv_twin_and_every_page_links_its_twins(client: TestClient) -> None:
    from oversight.web.downloads import TABLES

    pages = {"index.html": "/?as_at=2024-03-31", "authorities.html": "/authorities?region=North%20East",
             "authority.html": "/authorities/gateshead", "search.html": "/search?q=children",
             "compare.html": "/compare?a=gateshead&a=sunderland", "problems.html": "/problems"}
    assert set(pages) == set(TABLES)
    for template, path in pages.items():
        html = client.get(path).text
        json_link = re.search(r'href="([^"]+)">as JSON</a>', html)
        assert json_link, path
        assert client.get(json_link.group(1).replace("&amp;", "&")).headers["content-type"] == "application/json"
        for table in TABLES[template]:
            link = re.search(rf'href="([^"]+table={table})"', html)
            assert link, (path, table)
            got = client.get(link.group(1).replace("&amp;", "&"))
            assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv"), (path, table)
            rows = list(csv.reader(io.StringIO(got.text.removeprefix("\ufeff"))))
            assert got.text.startswith("\ufeff") and rows[0] and all(len(r) == len(rows[0]) for r in rows), table
    regions = list(csv.reader(io.StringIO(client.get("/index.csv?as_at=2024-03-31&table=regions").text[1:])))
    assert regions[0][-1] == "No full inspection in this record" and len(regions) == 10
    assert client.get("/index.csv?table=nonsense").status_code == 400
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/index.csv", "/authorities.csv", "/search.csv", "/compare.csv"} <= set(paths)
    assert all("head" in operations for operations in paths.values())


def test_pages_speak_to_people_not_of_internals(client: TestClient) -> None:
    document_id = _document_id(client, "gateshead")
    for path in ("/", "/authorities", "/authorities/gateshead", f"/documents/{document_id}", "/problems",
                 "/search?q=children", "/compare?a=gateshead&a=sunderland"):
        html = client.get(path).text
        main = html[html.index("<main"):html.index("</main>")]
        assert "/tmp/" not in main and "pytest" not in main, path
        assert not re.search(r"\b[0-9a-f]{64}\b", main), f"a sha256 on {path}"
        assert "Not inspected" not in main and "Lscb" not in main and "Ilacs" not in main, path
        assert not re.search(r">\s*(requires_improvement|overall_effectiveness|full_inspection)\b", main), path
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b", re.sub(r'(href|value|id)="[^"]*"', "", main)), \
            f"a date for machines on {path}"
    gateshead = client.get("/authorities/gateshead").text
    assert "No full inspection in this record" in client.get("/authorities?region=North%20East").text
    assert "15 December 2023" in gateshead and 'href="/documents/' in gateshead
    bad = client.get("/documents/abc.json").json()["error"]["message"]
    assert "whole number" in bad and "Input should be" not in bad


def test_finding_councils_by_region_grade_and_name(client: TestClient) -> None:
    north_east = client.get("/authorities.json?region=North%20East").json()["authorities"]
    assert {a["name"] for a in north_east} >= {"Gateshead", "Sunderland", "Newcastle upon Tyne"}
    good = client.get("/authorities.json?region=North%20East&grade=good&as_at=2024-03-31").json()["authorities"]
    assert [a["name"] for a in good] == ["Gateshead"]
    assert client.get("/authorities.json?name=tyne").json()["authorities"][0]["name"].endswith("Tyne")
    assert client.get("/authorities.json?grade=brilliant").status_code == 400
    assert client.get("/authorities.json?region=Atlantis").status_code == 400
    england = client.get("/").text
    assert 'href="/authorities?region=North%20East&amp;grade=good&amp;as_at=' in england
    council = client.get("/authorities/gateshead").text
    assert 'href="/authorities/darlington"' in council, "a neighbour's name leads to the neighbour"


def test_an_abolished_council_has_a_page_naming_its_successors(client: TestClient) -> None:
    poole = client.get("/authorities/poole")
    assert poole.status_code == 200, poole.text
    assert 'href="/authorities/bournemouth-christchurch-and-poole"' in poole.text
    assert "Abolished on 1 April 2019" in poole.text
    assert client.get("/authorities/poole.json").json()["neighbours"] == []
    assert client.get("/authorities/poole.csv?table=neighbours").status_code == 200


def test_compare_picks_councils_on_its_own_page(client: TestClient) -> None:
    empty = client.get("/compare")
    assert empty.status_code == 200 and 'id="council-1"' in empty.text and "govuk-error-summary" not in empty.text
    one = client.get("/compare?a=gateshead")
    assert one.status_code == 200 and "Choose at least two councils" in one.text
    assert 'value="Gateshead"' in one.text, "the choice is kept"
    assert "Add a statistical neighbour of Gateshead" in one.text
    assert client.get("/compare.json?a=gateshead").status_code == 400
    named = client.get("/compare?a=Gateshead&a=Sunderlnd&a=", follow_redirects=False)
    assert named.status_code == 303 and named.headers["location"] == "/compare?a=gateshead&a=sunderland"
    five = client.get("/compare?a=gateshead&a=sunderland&a=durham&a=darlington&a=hartlepool")
    assert "compare at most four" in five.text
    both = client.get("/compare.json?a=gateshead&a=sunderland").json()
    assert [c["name"] for c in both["councils"]] == ["Gateshead", "Sunderland"]
    grades = client.get("/compare.csv?a=gateshead&a=sunderland").text
    assert "Impact of leaders on social work practice" in grades and "Sunderland" in grades


def test_a_grade_leads_to_its_words_and_the_map_to_each_council(client: TestClient) -> None:
    gateshead = client.get("/authorities/gateshead.json").json()
    inspection = next(e for e in gateshead["events"] if e["start_date"] == "2023-10-30")
    evidence = inspection["evidence"]["overall_effectiveness"]
    hop = client.get(f"/documents/{evidence['document_id']}/evidence", params={"field": evidence["field"]},
                     follow_redirects=False)
    assert hop.status_code == 303 and re.fullmatch(rf"/documents/{evidence['document_id']}#ev-\d+",
                                                   hop.headers["location"])
    england = client.get("/index.json?as_at=2024-03-31").json()
    cells = {c["slug"]: c for c in england["map"]["cells"]}
    assert len(cells) == 153 and cells["gateshead"]["grade"] == "good"
    by_area = client.get("/index.json?as_at=2024-03-31&area=care_leavers").json()
    assert {c["slug"]: c["grade"] for c in by_area["map"]["cells"]}["gateshead"] == "outstanding"
    assert client.get("/index.json?area=nonsense").status_code == 400
    before = client.get("/index.json?as_at=2016-01-01").json()["map"]["cells"]
    assert {"bournemouth", "poole"} <= {c["slug"] for c in before}
    html = client.get("/").text
    assert 'href="/authorities/gateshead"' in html[html.index("oversight-hexmap"):]


def test_no_server_path_in_any_twin(client: TestClient) -> None:
    document_id = _document_id(client, "gateshead")
    for path in ("/authorities/gateshead.json", "/compare.json?a=gateshead&a=sunderland", "/search.json?q=children",
                 f"/documents/{document_id}.json", "/problems.json", "/index.json"):
        assert '"path"' not in client.get(path).text, path
    formed = client.get("/authorities?name=westmorland").text
    assert "(formed on 1 April 2023)" in formed


def test_a_bad_date_is_said_above_the_form(client: TestClient) -> None:
    page = client.get("/?day=31&month=2&year=2020")
    assert page.status_code == 200 and "govuk-error-summary" in page.text and "not a day of the calendar" in page.text
    assert 'value="31"' in page.text
    missing = client.get("/?day=31&month=&year=2020").text
    assert "must include a month" in missing
    assert client.get("/index.json?day=31&month=2&year=2020").status_code == 400
    boxes = client.get("/?day=31&month=3&year=2020&area=care_leavers", follow_redirects=False)
    assert boxes.status_code == 303 and boxes.headers["location"] == "/?as_at=2020-03-31&area=care_leavers"
    assert "31 March 2020" in client.get("/?day=31&month=3&year=2020").text


def test_counts_on_the_home_page_agree_with_the_lists_behind_them(client: TestClient) -> None:
    for day in ("2016-01-01", "2020-03-31", "2024-03-31"):
        england = client.get(f"/index.json?as_at={day}").json()
        for region, counts in england["by_region"].items():
            listed = client.get("/authorities.json", params={"region": region, "as_at": day}).json()["authorities"]
            assert len(listed) == counts["authorities"], (day, region)
        good = client.get("/authorities.json", params={"grade": "good", "as_at": day}).json()["authorities"]
        assert len(good) == england["overall"]["good"], day
    everyone = client.get("/authorities").text
    assert "today's and those abolished since 2013" in everyone


def test_a_map_of_one_area_tells_no_grade_in_it_from_no_inspection(client: TestClient) -> None:
    cells = {c["slug"]: c for c in
             client.get("/index.json?as_at=2024-03-31&area=impact_of_leaders").json()["map"]["cells"]}
    assert cells["sunderland"]["grade"] == "not_graded", "its 2014 inspection (SIF) graded leadership otherwise"
    assert cells["newcastle-upon-tyne"]["grade"] is None
    page = client.get("/?as_at=2024-03-31&area=impact_of_leaders").text
    assert "Not graded in this area at its latest full inspection: 1" in page


def test_compare_says_what_is_wrong_beside_each_box(client: TestClient) -> None:
    page = client.get("/compare?a=gateshead&a=Atlantis%20Borough").text
    assert 'value="Atlantis Borough"' in page and "govuk-input--error" in page and 'value="Gateshead"' in page
    assert page.count("govuk-form-group--error") == 1
    assert client.get("/compare").text.count("govuk-form-group--error") == 0
    assert "Error:" not in client.get("/compare").text.split("</title>")[0]
    assert client.get("/compare.csv?table=grades").status_code == 400
    assert client.get("/compare.csv?a=xyz&a=sunderland").status_code == 400


def test_a_councils_events_run_newest_first_with_the_undated_last(client: TestClient) -> None:
    html = client.get("/authorities/gateshead").text
    events = html[html.index('id="events"'):html.index('id="improve"')]
    headings = re.findall(r'<h3 class="govuk-heading-s">([^<]+)</h3>', events)
    undated = [i for i, h in enumerate(headings) if h.endswith("Date not known")]
    assert undated == list(range(len(headings) - len(undated), len(headings))), "the undated come last"
    assert headings[0].endswith("30 October 2023 to 3 November 2023")
    improve = html[html.index('id="improve"'):html.index('id="neighbours-heading"')]
    assert "30 October 2023" in improve and "name 3 areas" in improve


def test_the_words_of_a_search_are_marked_in_the_document_it_leads_to(client: TestClient) -> None:
    results = client.get("/search?q=%22management+oversight%22").text
    link = re.search(r'href="(/documents/\d+\?q=[^"#]+)#page-(\d+)"', results)
    assert link, "a result links to its document with the words searched"
    page = client.get(link.group(1).replace("&amp;", "&")).text
    assert "The words you searched for" in page
    marked = re.findall(r'<mark class="oversight-found">([^<]+)</mark>', page)
    assert marked and all(" ".join(m.lower().split()) == "management oversight" for m in marked[1:])
    assert f'href="#page-{link.group(2)}"' in page
    assert "oversight-found" not in client.get(link.group(1).split("?")[0]).text


def test_search_words_are_found_in_their_other_forms_and_spacing() -> None:
    from oversight.web.highlight import found_spans

    text = "Care leavers said that the leaving care team visits.\nReturn   home interviews were late."
    words = [text[s:e] for s, e in found_spans(text, ["leavers", "return home"])]
    assert words == ["leavers", "Return   home"]
    assert [text[s:e] for s, e in found_spans(text, ["visit"])] == ["visits"]
    assert found_spans(text, ["care", "CARE", "care"]) == found_spans(text, ["care"])  # each term once
    assert [text[s:e] for s, e in found_spans(text, ["leaving care", "care"])] == ["Care", "leaving care"]  # merged


def test_a_grade_only_a_news_story_gives_is_shown_as_reported_with_its_words(client: TestClient) -> None:
    oldham = client.get("/authorities/oldham.json").json()
    [event] = [e for e in oldham["events"] if e["start_date"] == "2024-01-22"]
    assert event["judgements"] == {}
    [reported] = event["reported_judgements"]
    assert (reported["area"], reported["grade"]) == ("overall_effectiveness", "inadequate")
    page = client.get("/authorities/oldham").text
    assert "Reported in an account, not stated here" in page and "overall effectiveness inadequate" in page
    words = client.get(f"/documents/{reported['document_id']}/evidence?field={reported['field']}",
                       follow_redirects=False)
    assert words.status_code in (302, 303, 307) and f"/documents/{reported['document_id']}" in words.headers["location"]
