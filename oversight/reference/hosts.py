"""Who publishes at a web address: Ofsted, a council (and which), the press, or another body.

The page's address is evidence: a council's own site makes a page the council's, a newspaper's makes it the press's.
Councils' domains come from the authority table; `data/hosts.csv` adds what it lacks (democracy hosts such as
moderngov.co.uk sub-domains, council-owned companies, older domains, Ofsted, government and press hosts).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from oversight.errors import ReferenceDataError
from oversight.reference.authorities import Authority, AuthorityRegistry
from oversight.reference.resolver import AuthorityResolver

PUBLISHER_KINDS = ("ofsted", "council", "press", "other")
# Hosts whose first label names the council ('barnsleymbc.moderngov.co.uk'), with the suffixes councils add to it.
_NAMING_HOSTS = ("moderngov.co.uk", "cmis.uk.com")
_LABEL_SUFFIXES = ("mbc", "cc", "council", "gov", "democracy")
_BULLETIN_ACCOUNT = re.compile(r"/accounts/UK(?P<label>[A-Za-z]+?)(?:CC|MBC|BC|DC|C)?/", re.I)
# Words that end the names of newspapers' hosts ('bournemouthecho', 'watfordobserver', 'hackneygazette'): a host
# no list names is the press's when its name ends with one. Councils publish under gov.uk (matched before this),
# so the words are read only after the lists.
PRESS_HOST_WORDS = ("news", "echo", "gazette", "times", "post", "herald", "mail", "chronicle", "advertiser",
                    "observer", "express", "star", "standard", "mercury", "telegraph", "journal", "press",
                    "argus", "sentinel", "examiner", "courier", "recorder", "bulletin", "guardian", "independent")


@dataclass(frozen=True)
class Publisher:
    """Who published a page, and how that was decided (for the evidence)."""

    kind: str
    name: str | None
    authority: Authority | None
    host: str
    reason: str

    def as_json(self) -> dict[str, str | None]:
        return {"kind": self.kind, "name": self.name, "urn": self.authority.urn if self.authority else None,
                "host": self.host, "reason": self.reason}


@dataclass(frozen=True)
class _HostEntry:
    kind: str
    authority: Authority | None
    name: str | None


def host_of(address: str) -> str:
    """The lower-case host of an address, without 'www.' or a mobile 'm.' ('https://m.x.co.uk/a' -> 'x.co.uk')."""
    host = (urlsplit(address if "//" in address else "//" + address).hostname or "").lower().rstrip(".")
    for prefix in ("www.", "m."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host


class HostDirectory:
    """Looks up the publisher of an address: the listed host itself or its nearest listed parent domain."""

    def __init__(self, registry: AuthorityRegistry, rows: list[dict[str, str]] | None = None,
                 resolver: AuthorityResolver | None = None) -> None:
        self.resolver = resolver or AuthorityResolver(registry)
        self.entries: dict[str, _HostEntry] = {}
        for authority in registry:
            held = self.entries.get(authority.domain.lower()) if authority.domain else None
            # a domain that a council abolished shares with its successor is the successor's ('bcpcouncil.gov.uk',
            # which the reference data gives Poole too)
            if authority.domain and (held is None or held.authority is None or held.authority.abolished is not None):
                self.entries[authority.domain.lower()] = _HostEntry("council", authority, authority.name)
        for row in rows if rows is not None else _bundled_rows():
            kind = row["publisher"].strip()
            if kind not in PUBLISHER_KINDS:
                raise ReferenceDataError(f"hosts.csv: unknown publisher {kind!r} for {row['host']}")
            code = (row.get("la_code") or "").strip()
            authority = registry.by_code.get(code) if code else None
            if code and authority is None:
                raise ReferenceDataError(f"hosts.csv: {row['host']} names DfE code {code}, which no authority has")
            name = (row.get("name") or "").strip() or (authority.name if authority else None)
            self.entries[row["host"].strip().lower()] = _HostEntry(kind, authority, name)

    def publisher_of(self, address: str | None) -> Publisher | None:
        """The publisher of a page at this address, or None when the address says nothing about it."""
        if not address:
            return None
        host = host_of(address)
        bulletin = _BULLETIN_ACCOUNT.match(urlsplit(address if "//" in address else "//" + address).path or "")
        if host.endswith("govdelivery.com") and bulletin:
            # a council's e-mail bulletins, sent and kept by GovDelivery under the council's account
            # ('/accounts/UKDEVONCC/bulletins/...')
            authority = self._council_named_by(bulletin["label"].lower())
            if authority is not None:
                return Publisher("council", authority.name, authority, host,
                                 f"address {host}: the bulletins of {authority.name}'s account")
        labels = host.split(".")
        for index in range(len(labels) - 1):
            parent = ".".join(labels[index:])
            entry = self.entries.get(parent)
            if entry is None:
                continue
            if parent == "gov.uk" and host != parent:
                # a gov.uk domain of its own that no list names: a council (a district, a Welsh council), not a
                # department, which publish under www.gov.uk
                return Publisher("council", None, None, host, f"address {host}: a gov.uk domain of its own")
            authority = entry.authority
            if authority is None and entry.kind == "council" and parent in _NAMING_HOSTS and index > 0:
                authority = self._council_named_by(labels[index - 1])
            name = authority.name if authority else entry.name
            how = "its own host" if parent == host else f"a host under {parent}"
            return Publisher(entry.kind, name, authority, host, f"address {host}: {how}, listed as {entry.kind}")
        site = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "org", "ac") else labels[-2] \
            if len(labels) >= 2 else host
        word = next((w for w in PRESS_HOST_WORDS if site.endswith(w)), None)
        if word is not None and not host.endswith(".gov.uk"):
            return Publisher("press", None, None, host, f"address {host}: not listed, but '{word}' names a newspaper")
        return None

    def _council_named_by(self, label: str) -> Authority | None:
        """'barnsleymbc' -> Barnsley; a label that names no council exactly gives None rather than a guess."""
        for suffix in _LABEL_SUFFIXES:
            if label.endswith(suffix) and len(label) > len(suffix) + 2:
                label = label[: -len(suffix)]
                break
        resolution = self.resolver.resolve(label.replace("-", " "))
        if resolution.authority is None or resolution.method not in ("exact", "alias"):
            return None
        return resolution.authority


def _bundled_rows() -> list[dict[str, str]]:
    text = resources.files("oversight.reference").joinpath("data/hosts.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))
