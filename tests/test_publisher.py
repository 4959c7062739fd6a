"""The page's address as evidence: who publishes at a host, and what that says of a page's genre and weight."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.errors import UsageError
from oversight.extract import ContextFactory, Manifest, extract_path
from oversight.reference import load_authorities
from oversight.reference.hosts import HostDirectory, host_of


@pytest.fixture(scope="module")
def hosts() -> HostDirectory:
    return HostDirectory(load_authorities())


@pytest.mark.parametrize("address, kind, council", [
    ("https://www.southtyneside.gov.uk/article/123/ofsted", "council", "South Tyneside"),
    ("https://democracy.darlington.gov.uk/mgAi.aspx?ID=1", "council", "Darlington"),  # a sub-domain of its site
    ("https://barnsleymbc.moderngov.co.uk/ieListDocuments.aspx", "council", "Barnsley"),  # listed
    ("https://www.slough.gov.uk/news", "council", "Slough"),  # la_lookup.csv gives the trust's domain
    ("https://reports.ofsted.gov.uk/provider/44/80557", "ofsted", None),
    ("https://www.bbc.co.uk/news/uk-england-tyne-1", "press", None),
    ("https://m.gazetteandherald.co.uk/news/1", "press", None),  # a mobile host
    ("https://www.gov.uk/government/news/x", "other", None),
    # central government's files, not a council's own gov.uk domain
    ("https://assets.publishing.service.gov.uk/media/1/Medway_direction.pdf", "other", None),
    ("https://www.cafcass.gov.uk/news/ofsted-judges-cafcass-outstanding", "other", None),  # not a council
    ("https://www.valeofglamorgan.gov.uk/en/news", "council", None),  # a gov.uk domain of its own, unlisted
    ("https://content.govdelivery.com/accounts/UKSUFFOLKCC/bulletins/2a", "council", "Suffolk"),  # its bulletins
    ("https://content.govdelivery.com/accounts/UKGOVUK/bulletins/2a", None, None),  # no council's account
])
def test_the_host_names_the_publisher(hosts: HostDirectory, address: str, kind: str, council: str | None) -> None:
    publisher = hosts.publisher_of(address)
    if kind is None:
        assert publisher is None
        return
    assert publisher is not None
    assert (publisher.kind, publisher.authority.name if publisher.authority else None) == (kind, council)
    assert publisher.host in publisher.reason


def test_an_unknown_host_or_no_address_says_nothing(hosts: HostDirectory) -> None:
    assert hosts.publisher_of("https://example.org/story") is None
    assert hosts.publisher_of(None) is None
    assert hosts.publisher_of("") is None


def test_a_moderngov_host_that_names_no_council_is_a_council_unnamed(hosts: HostDirectory) -> None:
    publisher = hosts.publisher_of("https://nowhereshire.moderngov.co.uk/x")
    assert publisher is not None and publisher.kind == "council" and publisher.authority is None


def test_host_of_drops_www_and_case() -> None:
    assert host_of("HTTPS://WWW.Example.CO.UK/a?b") == "example.co.uk"


STORY = """Council children's services rated good by Ofsted

Children's services in Darlington have been rated good by Ofsted after an inspection in March 2024.

The report, published on 2 May 2024, said leaders knew their services well.

Councillor Pat Example said: "We are proud of our staff."
"""


def _write(tmp_path: Path, url: str, text: str = STORY, publisher: str = "") -> tuple[Path, Manifest]:
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,url,genre_guess,publisher\npage.txt,{url},news_article,{publisher}\n", "utf-8")
    return page, Manifest(manifest)


def test_a_council_address_makes_the_page_a_release_of_the_council(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://www.darlington.gov.uk/news/ofsted")
    result = extract_path(page, ContextFactory(manifest))
    assert result["document_type"] == "press_release"
    assert result["publisher"]["kind"] == "council" and result["publisher"]["urn"] == "80458"
    assert result["source"]["url"] == "https://www.darlington.gov.uk/news/ofsted"
    assert any(e["field"] == "publisher" and "darlington.gov.uk" in e["text"] for e in result["evidence"])


def test_a_newspaper_address_makes_the_same_text_news(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://www.thenorthernecho.co.uk/news/1")
    result = extract_path(page, ContextFactory(manifest))
    assert (result["document_type"], result["publisher"]["kind"]) == ("news_article", "press")


@pytest.mark.parametrize("url", ["https://questions-statements.parliament.uk/written-statements/detail/1",
                                 "https://www.gov.uk/government/news/commissioner-appointed"])
def test_governments_own_prose_is_its_statement_not_news(tmp_path: Path, url: str) -> None:
    page, manifest = _write(tmp_path, url)
    result = extract_path(page, ContextFactory(manifest))
    assert (result["document_type"], result["publisher"]["kind"]) == ("press_release", "other")


def test_without_an_address_the_text_decides_and_says_so(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://www.darlington.gov.uk/news/ofsted")
    result = extract_path(page, ContextFactory(manifest, addresses=False))
    assert "url" not in result["source"]
    assert result["publisher"]["reason"].startswith("no address")


def test_the_collectors_guesses_are_never_read(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://example.org/x")
    guessed = extract_path(page, ContextFactory(manifest))
    (tmp_path / "manifest.csv").write_text("path,url,genre_guess,council_guess\npage.txt,https://example.org/x,"
                                           "council_minutes,Barnet\n", "utf-8")
    assert extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv")))["document_type"] \
        == guessed["document_type"]


def test_a_manifest_needs_a_date_or_an_address(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("path,genre_guess\npage.txt,news_article\n", "utf-8")
    with pytest.raises(UsageError, match="'published_date' or 'url'"):
        Manifest(tmp_path / "manifest.csv")


MINUTES_NAMING_NO_COUNCIL = """Children and Young People Scrutiny Committee, 12 March 2024

5. Ofsted focused visit

The Committee received a report on the focused visit by Ofsted inspectors on 6 and 7 February 2024, which looked
at the council's arrangements for children in need.

RESOLVED that the report be noted.
"""


def test_minutes_that_never_name_their_council_take_it_from_the_address(tmp_path: Path) -> None:
    page = tmp_path / "minutes.txt"
    page.write_text(MINUTES_NAMING_NO_COUNCIL, "utf-8")
    (tmp_path / "manifest.csv").write_text("path,url\nminutes.txt,https://democracy.darlington.gov.uk/mgAi.aspx?ID=1\n",
                                           "utf-8")
    result = extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv")))
    assert result["document_type"] == "council_minutes"
    assert result["local_authority"]["name"] == "Darlington"
    assert any(e["field"] == "local_authority" and e["text"].startswith("address:") for e in result["evidence"])
    assert [(e["role"], e["kind"], e["local_authority"]["name"]) for e in result["events"]] == [
        ("subject", "focused_visit", "Darlington")]
    without = extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv"), addresses=False))
    assert without["local_authority"] is None and without["events"] == []


def test_the_words_decide_news_or_release_only_without_an_address(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://www.darlington.gov.uk/news/ofsted")
    without = extract_path(page, ContextFactory(manifest, addresses=False))
    assert "(model, " in without["publisher"]["reason"], "no strong mark either way: the model decides"
    with_address = extract_path(page, ContextFactory(manifest))
    assert with_address["publisher"]["reason"].startswith("address")


def test_the_genre_model_is_bundled_and_gives_probabilities(tmp_path: Path) -> None:
    from oversight.extract.shared.genre_model import GenreModel

    model = GenreModel.load()
    assert model is not None and {model.positive, model.negative} == {"news_article", "press_release"}
    assert 0.0 <= model.probability("The council said it was proud of its staff.") <= 1.0
    assert GenreModel.load(tmp_path / "absent.json") is None


def test_an_address_on_an_unlisted_host_is_kept_and_the_text_decides(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://example.org/news/1")
    result = extract_path(page, ContextFactory(manifest))
    assert result["source"]["url"] == "https://example.org/news/1"
    assert result["publisher"]["reason"].startswith("address https://example.org/news/1 not in the list of hosts")


def test_an_unlisted_newspaper_host_is_known_by_its_name(hosts: HostDirectory) -> None:
    publisher = hosts.publisher_of("https://www.somewhereecho.co.uk/news/1")
    assert publisher is not None and publisher.kind == "press" and "echo" in publisher.reason
    assert hosts.publisher_of("https://www.echoesofthepast.org/") is None
    council = hosts.publisher_of("https://news.somewhere.gov.uk/")
    assert council is not None and council.kind == "council"


def test_minutes_reporting_on_an_earlier_inspection_have_it_as_their_subject(tmp_path: Path) -> None:
    page = tmp_path / "minutes.txt"
    page.write_text("Issue - meetings\n\nMeeting: 23/05/2022 - Children and Families Committee (Item 14)\n\nThe "
                    "committee received the report which provided an update on progress on the recommendations from "
                    "the Ofsted Inspection of Local Authority Children's Services (ILACS) in November 2019.\n\nThat "
                    "the report be noted.\n", "utf-8")
    (tmp_path / "manifest.csv").write_text("path,url\nminutes.txt,https://democracy.darlington.gov.uk/mgAi.aspx?ID=9\n",
                                           "utf-8")
    result = extract_path(page, ContextFactory(Manifest(tmp_path / "manifest.csv")))
    assert result["document_type"] == "council_minutes"
    assert [(e["role"], e["kind"], e["local_authority"]["name"], e["start_date"]) for e in result["events"]] == [
        ("subject", "full_inspection", "Darlington", "2019-11")]


def test_a_councils_own_page_naming_another_council_in_passing_is_its_own(tmp_path: Path) -> None:
    page = tmp_path / "update.txt"
    page.write_text("Improvement Board update\n\nPosted: Monday 25th November 2019\n\nOfsted first monitoring visit "
                    "15 - 17 October\n\nIn Ofsted's first visit to check on progress with the improvement plan, "
                    "inspectors found that no child was at risk. The new Director of Children's Services will be Jo "
                    "Example, who is currently working in Rochdale.\n", "utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,url\n{page.name},https://www.trafford.gov.uk/news/improvement-board-update\n", "utf-8")
    result = extract_path(page, ContextFactory(Manifest(manifest)))
    assert result["local_authority"]["name"] == "Trafford"
    assert [(e["kind"], e["local_authority"]["name"]) for e in result["events"]] == [("monitoring_visit", "Trafford")]


LETTER = ("Ofsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD\n\n9 March 2024\n\nDear Director\n\n"
          "Monitoring visit to Wirral children's services\n\nThis letter summarises the findings of the monitoring "
          "visit to Wirral children's services on 6 and 7 February 2024. This was the third monitoring visit since "
          "the local authority was judged inadequate in 2022.\n\nYours sincerely\n\nSam Example\n"
          "His Majesty's Inspector\n")


def test_a_copy_of_an_ofsted_letter_on_an_unlisted_site_is_not_ofsteds(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://documents.example-library.net/doc/123", LETTER)
    copied = extract_path(page, ContextFactory(manifest))
    assert copied["document_type"] == "monitoring_visit_letter"
    assert copied["publisher"]["kind"] == "other" and "copy" in copied["publisher"]["reason"]
    # without an address, the text alone says it is Ofsted's
    assert extract_path(page, ContextFactory())["publisher"]["kind"] == "ofsted"


def test_a_manifest_may_say_a_file_came_from_ofsteds_site(tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "http://127.0.0.1:8080/files/1", LETTER, publisher="ofsted")
    assert extract_path(page, ContextFactory(manifest))["publisher"]["kind"] == "ofsted"
    with pytest.raises(UsageError, match="may only say 'ofsted'"):
        _write(tmp_path, "http://127.0.0.1:8080/files/1", LETTER, publisher="the council")


def test_a_councils_own_page_on_the_national_picture_is_its_page_with_its_inspection_as_an_example(
        tmp_path: Path) -> None:
    page, manifest = _write(tmp_path, "https://news.oxfordshire.gov.uk/national", (
        "Oxford, 30 June 2016\n\nCounty council among nation's best for children's social care\n\nOnly a quarter of "
        "councils - including Oxfordshire - have passed Ofsted's new harder inspection test for children's social "
        "services, according to the watchdog's annual report.\n"))
    result = extract_path(page, ContextFactory(manifest))
    assert result["local_authority"]["name"] == "Oxfordshire"
    assert [(e["role"], e["local_authority"]["name"]) for e in result["events"]] == [("mentioned", "Oxfordshire")]
