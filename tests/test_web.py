"""The web service as a browser or a script sees it: pages, JSON twins, errors, escaping and headers."""

from __future__ import annotations

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
    assert missing.json() == {"error": {"status": 404, "code": "not_found",
                                        "message": "no authority at /authorities/atlantis"}}
    assert client.get("/nowhere").status_code == 404 and "Page not found" in client.get("/nowhere").text
    bad_date = client.get("/index.json?as_at=31-03-2024")
    assert bad_date.status_code == 400 and bad_date.json()["error"]["code"] == "usage"
    bad_page = client.get("/search.json?q=x&page=0")
    assert bad_page.status_code == 400 and set(bad_page.json()["error"]) == {"status", "code", "message"}
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


def test_search_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/search.json?q=children").json()
    assert everything["total"] > 1 and everything["results"][0]["snippet"]
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


def test_openapi_documents_the_json_twins(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for twin in ("/index.json", "/authorities/{slug}.json", "/documents/{document_id}.json", "/search.json",
                 "/compare.json", "/problems.json"):
        assert twin in paths
    assert "/authorities/{slug}" not in paths
