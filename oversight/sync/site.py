"""What Ofsted's reports site says, read from its pages: the councils its search lists, and the publications each
council's provider page lists. The marks that find them are kept as data here, so that when the site changes the
change is in one place (and a page that used to yield publications and now yields none is reported, not trusted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

# The search listing every council's children's services (level 1: children's social care; level 2: local
# authority children's services), 100 to a page.
LISTING_PATH = ("/search?q=&location=&lat=&lon=&radius=&level_1_types=3&level_2_types%5B%5D=12&start={start}"
                "&rows=100")
PROVIDER_LINK = "//a[contains(@href, '/provider/')]"
NEXT_PAGE = "//ul[contains(concat(' ', normalize-space(@class), ' '), ' pagination ')]" \
            "/li[contains(concat(' ', normalize-space(@class), ' '), ' next ')]/a/@href"
PUBLICATION_LINK = "//a[contains(concat(' ', normalize-space(@class), ' '), ' publication-link ')]"
PUBLICATION_NAME = ".//span[contains(concat(' ', normalize-space(@class), ' '), ' nonvisual ')]"
URN_AT_END = re.compile(r"/provider/(?:\d+/)?(?P<urn>\d{5,8})/?$")
LISTED_DATE = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>(?:19|20)\d\d)\b")

# A publication's kind from the words the listing names it by, first match wins.
KINDS = (
    (re.compile(r"focused\s+visit", re.I), "focused_visit"),
    (re.compile(r"monitoring\s+visit", re.I), "monitoring_visit"),
    (re.compile(r"joint\s+targeted\s+area|\bJTAI\b", re.I), "jtai"),
    (re.compile(r"children.s\s+services\s+inspection|children.s\s+social\s+care|ILACS|single\s+inspection"
                r"|help\s+and\s+protection|looked\s+after\s+children|safeguarding", re.I), "full_inspection"),
)


@dataclass(frozen=True)
class Provider:
    urn: str
    name: str
    url: str


@dataclass(frozen=True)
class Publication:
    url: str
    title: str
    kind: str
    listed_date: str | None  # year-month-day, where the listing gives one


def _tree(html: str):  # type: ignore[no-untyped-def]
    from lxml import html as lxml_html

    return lxml_html.fromstring(html or "<html></html>")


def providers_on(html: str, page_url: str) -> tuple[list[Provider], str | None]:
    """The councils a search page lists (each once) and the address of the next page, if any."""
    tree = _tree(html)
    found: dict[str, Provider] = {}
    for link in tree.xpath(PROVIDER_LINK):
        url = urljoin(page_url, link.get("href", ""))
        match = URN_AT_END.search(url.split("?")[0])
        if match and match["urn"] not in found:
            found[match["urn"]] = Provider(match["urn"], " ".join(link.text_content().split()), url)
    following = tree.xpath(NEXT_PAGE)
    return list(found.values()), (urljoin(page_url, following[0]) if following else None)


def publications_on(html: str, page_url: str) -> list[Publication]:
    """The publications a provider page lists, newest first as the page has them."""
    out: list[Publication] = []
    seen: set[str] = set()
    for link in _tree(html).xpath(PUBLICATION_LINK):
        url = urljoin(page_url, link.get("href", ""))
        if not url or url in seen:
            continue
        seen.add(url)
        named = link.xpath(PUBLICATION_NAME)
        title = " ".join((named[0] if named else link).text_content().split())
        title = re.sub(r",\s*(?:pdf|PDF)$", "", title)
        out.append(Publication(url, title, kind_of(title), listed_date(title)))
    return out


def kind_of(title: str) -> str:
    return next((kind for pattern, kind in KINDS if pattern.search(title)), "other")


def listed_date(title: str) -> str | None:
    """'Children's services inspection - 13 January 2023' -> '2023-01-13'."""
    match = LISTED_DATE.search(title)
    if not match:
        return None
    try:
        return datetime.strptime(f"{match['day']} {match['month']} {match['year']}", "%d %B %Y").date().isoformat()
    except ValueError:
        return None
