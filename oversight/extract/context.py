"""What extraction knows besides the document: the authorities, and the manifest's facts about the file."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from oversight.errors import UsageError
from oversight.extract.shared.genre_model import GenreModel
from oversight.reference import AuthorityResolver, load_authorities
from oversight.reference.hosts import HostDirectory, Publisher, host_of
from oversight.reference.mentions import MentionFinder


@dataclass(frozen=True)
class ManifestEntry:
    urn: str | None
    local_authority: str | None
    published_on: date | None
    url: str | None = None  # where the page was published: evidence of who published it
    publisher: str | None = None  # 'ofsted' where the file came from Ofsted's site (the sync's own manifest says so)


class Manifest:
    """A CSV of path and published_date or url (urn, local_authority and publisher optional); paths relative to the
    manifest's folder. Other columns (collectors' guesses of genre, council or year) are never read. `publisher`
    'ofsted' says the file was fetched from Ofsted's own site (the sync writes it), whatever its host's name."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.entries: dict[Path, ManifestEntry] = {}
        # rows whose path names no file relative to the manifest's folder, by the parts of that path (a manifest
        # written beside the folder it lists, with paths relative to that folder: 'p01.txt' for pages/p01.txt): such
        # a row applies to the file whose path ends with it; a row that names a file that exists, to that file only
        self.dangling: dict[tuple[str, ...], ManifestEntry] = {}
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except OSError as exc:
            raise UsageError(f"{self.path}: cannot read the manifest: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise UsageError(f"{self.path}: the manifest is not UTF-8 text (save it as 'CSV UTF-8')") from None
        except csv.Error as exc:
            raise UsageError(f"{self.path}: the manifest is not a CSV file: {exc}") from None
        if rows and ("path" not in rows[0] or not {"published_date", "url"} & rows[0].keys()):
            raise UsageError(f"{self.path}: a manifest needs a 'path' column and a 'published_date' or 'url' column")
        for number, row in enumerate(rows, start=2):
            if not (row.get("path") or "").strip():
                raise UsageError(f"{self.path}: row {number} names no file in its 'path' column")
            published = (row.get("published_date") or "").strip()
            try:
                day = date.fromisoformat(published) if published else None
            except ValueError:
                raise UsageError(f"{self.path}: '{published}' is not an ISO date (row for {row['path']})") from None
            key = (self.path.parent / row["path"]).resolve()
            publisher = (row.get("publisher") or "").strip().lower() or None
            if publisher not in (None, "ofsted"):
                raise UsageError(f"{self.path}: the 'publisher' column may only say 'ofsted' (row for {row['path']})")
            entry = ManifestEntry(row.get("urn") or None, row.get("local_authority") or None, day,
                                  (row.get("url") or "").strip() or None, publisher)
            self.entries[key] = entry
            if not key.exists():
                self.dangling[Path(row["path"].strip()).parts] = entry

    def lookup(self, document_path: str | Path) -> ManifestEntry | None:
        resolved = Path(document_path).resolve()
        return self.entries.get(resolved) or self._by_ending(resolved)

    def _by_ending(self, resolved: Path) -> ManifestEntry | None:
        for length in range(len(resolved.parts), 0, -1):  # the longest ending first
            entry = self.dangling.get(resolved.parts[-length:])
            if entry is not None:
                return entry
        return None

    def unmatched(self, files: list[Path]) -> list[str]:
        """The rows that name no file, either relative to the manifest's folder or as the ending of a file given."""
        endings = {p.resolve().parts[-length:] for p in files for length in range(1, len(p.resolve().parts) + 1)}
        return ["/".join(parts) for parts in self.dangling if parts not in endings]


@dataclass(frozen=True)
class ExtractionContext:
    """Per-document context passed through the extraction pipeline."""

    resolver: AuthorityResolver
    published_on: date | None = None
    manifest_source: str | None = None
    mentions: MentionFinder | None = None
    publisher: Publisher | None = None  # who published the page, as its address (from the manifest) says
    address: str | None = None
    genre_model: GenreModel | None = None  # news or release by the words, where no address decides
    press_grades: bool = False  # state the grades the prose of news, releases and minutes gives (reported by default)


class ContextFactory:
    """Builds the per-document context; one per process (the authority table is loaded once)."""

    def __init__(self, manifest: Manifest | list[Manifest] | None = None, addresses: bool = True,
                 press_grades: bool = False) -> None:
        """With `addresses` false, the manifest's urls are ignored and the text alone decides (for the gate); with
        `press_grades`, grades told in the prose of news, releases and minutes are stated rather than reported."""
        registry = load_authorities()
        self.resolver = AuthorityResolver(registry)
        self.mentions = MentionFinder(registry)
        self.hosts = HostDirectory(registry, resolver=self.resolver)  # one resolver per process
        self.genre_model = GenreModel.load()
        self.addresses = addresses
        self.press_grades = press_grades
        self.manifests = manifest if isinstance(manifest, list) else [manifest] if manifest else []

    def for_path(self, path: str | Path) -> ExtractionContext:
        for manifest in self.manifests:
            entry = manifest.lookup(path)
            if entry is not None:
                url = entry.url if self.addresses else None
                publisher = self.hosts.publisher_of(url)
                if publisher is None and url and entry.publisher == "ofsted":
                    publisher = Publisher("ofsted", "Ofsted", None, host_of(url),
                                          f"fetched from Ofsted's site, as {manifest.path} says")
                return ExtractionContext(self.resolver, entry.published_on, f"manifest {manifest.path}", self.mentions,
                                         publisher, url, self.genre_model, self.press_grades)
        return ExtractionContext(self.resolver, mentions=self.mentions, genre_model=self.genre_model,
                                 press_grades=self.press_grades)


def load_manifests(paths: list[str]) -> list[Manifest]:
    return [Manifest(path) for path in dict.fromkeys(paths)]
