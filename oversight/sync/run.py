"""One sync: read the site's listing of councils and each council's provider page, download what is new, keep it
content-addressed in the files folder, and ingest it with what the listing says of it (address, title, kind, date).

Safe to kill at any moment: a file is written under a temporary name and renamed once whole and checked, every
database write is its own transaction, and the next sync (or ingest) takes up what is on disk. Nothing stored is
removed: a publication that leaves its listing is marked withdrawn, and a provider page that stops yielding
publications is a problem, never a reason to forget any.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update

from oversight.errors import FetchError, UsageError
from oversight.store import Database, tables
from oversight.store.database import sqlite_path
from oversight.sync.client import Fetched, PoliteClient, Politeness
from oversight.sync.site import LISTING_PATH, Provider, Publication, providers_on, publications_on

DEFAULT_BASE_URL = "https://reports.ofsted.gov.uk"
PARTIAL = ".partial"  # the folder of files being written, inside the files folder
MANIFEST = "manifest.csv"
MOST_LISTING_PAGES = 50  # a listing that runs on further is a site fault, not 5,000 councils


@dataclass
class SyncOptions:
    base_url: str = DEFAULT_BASE_URL
    files: Path | None = None
    urns: list[str] | None = None  # only these councils' provider pages
    since: date | None = None  # only publications listed on or after this day
    dry_run: bool = False
    contact: str | None = None
    politeness: Politeness = field(default_factory=Politeness)
    workers: int | None = 1  # extraction processes for the ingest at the end


@dataclass
class SyncSummary:
    councils: int = 0
    pages_read: int = 0
    pages_unchanged: int = 0
    new: list[dict[str, Any]] = field(default_factory=list)  # publications first seen by this sync
    downloaded: int = 0
    stored: int = 0
    withdrawn: list[dict[str, Any]] = field(default_factory=list)
    would_fetch: list[dict[str, Any]] = field(default_factory=list)  # a dry run's answer
    problems: list[str] = field(default_factory=list)
    requests: int = 0

    def lines(self) -> list[str]:
        out = [f"{self.councils} councils checked: {self.pages_read} pages read, {self.pages_unchanged} unchanged "
               f"since the last sync; {self.requests} requests"]
        if self.would_fetch:
            out.append(f"would fetch {len(self.would_fetch)} files:")
            out += [f"  {p['listed_date'] or 'no date'}  {p['urn']}  {p['title']}  {p['url']}"
                    for p in self.would_fetch]
        out.append(f"new since the last sync: {len(self.new)} publications"
                   + (":" if self.new else ""))
        out += [f"  {p['listed_date'] or 'no date'}  {p['urn']}  {p['title']}" for p in self.new]
        out.append(f"downloaded {self.downloaded} files; {self.stored} new documents stored")
        if self.withdrawn:
            out.append(f"no longer listed (kept, marked withdrawn): {len(self.withdrawn)}")
            out += [f"  {p['urn']}  {p['title']}  last seen {p['last_seen']}" for p in self.withdrawn]
        if self.problems:
            out.append(f"problems: {len(self.problems)} (oversight problems lists them)")
        return out


def files_folder(database: Database, chosen: str | Path | None) -> Path:
    """Where downloaded files are kept: as chosen (--files or OVERSIGHT_FILES), else beside an SQLite database."""
    folder = chosen or os.environ.get("OVERSIGHT_FILES")
    if folder:
        return Path(folder).expanduser().resolve()
    path = sqlite_path(database.url)
    if path is None:
        raise UsageError("a PostgreSQL record keeps its downloaded files in a folder: give it with --files or "
                         "OVERSIGHT_FILES")
    return path.with_name(path.stem + "-files")


def sync(database: Database, options: SyncOptions, say: Callable[[str], None] = lambda _: None,
         client: PoliteClient | None = None) -> SyncSummary:
    """Bring the record up to date with the site (see the module's description)."""
    folder = files_folder(database, options.files)
    summary = SyncSummary()
    own_client = client is None
    client = client or PoliteClient(options.politeness, options.contact)
    run_id = None if options.dry_run else _start_run(database, options.base_url)
    try:
        if not options.dry_run:
            folder.mkdir(parents=True, exist_ok=True)
            _clear_partial(folder)
        providers = _councils(database, client, options, summary)
        if options.urns is not None:
            wanted = set(options.urns)
            missing = wanted - {p.urn for p in providers}
            for urn in sorted(missing):
                summary.problems.append(f"no council with URN {urn} is in the site's listing")
                say(f"oversight: no council with URN {urn} is in the site's listing")
            providers = [p for p in providers if p.urn in wanted]
        summary.councils = len(providers)
        _provider_pages(database, client, options, providers, summary, say)
        due = _due(database, options, [p.urn for p in providers], folder)
        if options.dry_run:  # it records nothing: what it would fetch includes what it has only now seen listed
            since = options.since.isoformat() if options.since else ""
            summary.would_fetch = due + [p for p in summary.new if (p["listed_date"] or "") >= since]
        else:
            _download(database, client, folder, due, summary, say)
            _write_manifest(database, folder)
            summary.stored = _ingest(database, folder, options, say)
    finally:
        summary.requests = client.tally.requests
        if own_client:
            client.close()
    if run_id is not None:  # only a sync that ran to its end says the record was brought up to date
        _finish_run(database, run_id, summary)
    return summary


# --- the listing and the provider pages ------------------------------------------------------------------------

def _read_page(database: Database, client: PoliteClient, url: str,
               summary: SyncSummary) -> tuple[Fetched, dict[str, Any] | None]:
    """A page, read conditionally where it was read before: (what came, what was found on it last time)."""
    pages = tables.site_pages
    with database.engine.connect() as connection:
        before = connection.execute(select(pages).where(pages.c.url == url)).first()
    fetched = client.get(url, before.etag if before else None, before.last_modified if before else None)
    if fetched.status == 304:
        summary.pages_unchanged += 1
    else:
        summary.pages_read += 1
    return fetched, (dict(before.found) if before else None)


def _remember_page(database: Database, url: str, kind: str, urn: str | None, fetched: Fetched,
                   found: dict[str, Any]) -> None:
    """What a page held and its validators (an unchanged page keeps those it had), and when it was checked."""
    pages = tables.site_pages
    values: dict[str, Any] = {"kind": kind, "urn": urn, "checked_at": _now(), "found": found}
    if fetched.status == 200:
        values.update(etag=fetched.etag, last_modified=fetched.last_modified)
    with database.engine.begin() as connection:
        if connection.execute(select(pages.c.url).where(pages.c.url == url)).first():
            connection.execute(update(pages).where(pages.c.url == url).values(**values))
        else:
            connection.execute(insert(pages).values(url=url, **values))


def _councils(database: Database, client: PoliteClient, options: SyncOptions,
              summary: SyncSummary) -> list[Provider]:
    """Every council the site's search lists, following its pages."""
    url: str | None = options.base_url.rstrip("/") + LISTING_PATH.format(start=0)
    found: dict[str, Provider] = {}
    seen: set[str] = set()
    while url and url not in seen and len(seen) < MOST_LISTING_PAGES:
        seen.add(url)
        fetched, before = _read_page(database, client, url, summary)
        if fetched.status == 304 and before is not None:
            providers = [Provider(**p) for p in before["providers"]]
            following = before.get("next")
        else:
            providers, following = providers_on(fetched.body.decode("utf-8", "replace"), fetched.url)
        if not options.dry_run:
            _remember_page(database, url, "listing", None, fetched,
                           {"providers": [asdict(p) for p in providers], "next": following})
        for provider in providers:
            found.setdefault(provider.urn, provider)
        url = following
    if not found:
        raise FetchError(options.base_url, "the site's listing of councils yielded none: its layout may have "
                                           "changed", "layout_changed")
    return list(found.values())


def _provider_pages(database: Database, client: PoliteClient, options: SyncOptions, providers: list[Provider],
                    summary: SyncSummary, say: Callable[[str], None]) -> None:
    """Each council's provider page: its publications recorded (new ones noted, vanished ones marked withdrawn)."""
    def read(provider: Provider) -> tuple[Provider, Fetched | None, dict[str, Any] | None, str | None]:
        try:
            fetched, before = _read_page(database, client, provider.url, summary)
            return provider, fetched, before, None
        except FetchError as error:
            return provider, None, None, error.message

    with ThreadPoolExecutor(max_workers=max(1, options.politeness.concurrency)) as pool:
        for provider, fetched, before, failure in pool.map(read, providers):
            if failure or fetched is None:
                _problem(database, provider.url, "fetch_failed", failure or "no answer", summary, say,
                         options.dry_run)
                continue
            if fetched.status == 304 and before is not None:
                listed = [Publication(**p) for p in before["publications"]]
            else:
                listed = publications_on(fetched.body.decode("utf-8", "replace"), fetched.url)
            known = _known_publications(database, provider.urn)
            if not listed and any(not p["withdrawn"] for p in known.values()):
                before_count = sum(1 for p in known.values() if not p["withdrawn"])
                _problem(database, provider.url, "layout_changed",
                         f"the provider page for {provider.name or provider.urn} has changed: 0 publications found, "
                         f"{before_count} before", summary, say, options.dry_run)
                continue  # nothing is marked withdrawn on the word of a page that may no longer be read right
            if options.dry_run:
                summary.new += [{**asdict(p), "urn": provider.urn} for p in listed if p.url not in known]
                continue
            _record_publications(database, provider, listed, known, summary)
            _remember_page(database, provider.url, "provider", provider.urn, fetched,
                           {"publications": [asdict(p) for p in listed]})
            _clear_problem(database, provider.url)


def _known_publications(database: Database, urn: str) -> dict[str, dict[str, Any]]:
    publications = tables.publications
    with database.engine.connect() as connection:
        return {row.url: dict(row._mapping)
                for row in connection.execute(select(publications).where(publications.c.urn == urn))}


def _record_publications(database: Database, provider: Provider, listed: list[Publication],
                         known: dict[str, dict[str, Any]], summary: SyncSummary) -> None:
    publications = tables.publications
    now = _now()
    with database.engine.begin() as connection:
        for publication in listed:
            if publication.url in known:
                connection.execute(update(publications).where(publications.c.url == publication.url).values(
                    last_seen=now, withdrawn=False, title=publication.title, kind=publication.kind,
                    listed_date=publication.listed_date))
            else:
                connection.execute(insert(publications).values(
                    url=publication.url, urn=provider.urn, title=publication.title, kind=publication.kind,
                    listed_date=publication.listed_date, first_seen=now, last_seen=now, withdrawn=False))
                summary.new.append({**asdict(publication), "urn": provider.urn})
        listed_urls = {p.url for p in listed}
        for url, row in known.items():
            if url not in listed_urls and not row["withdrawn"]:
                connection.execute(update(publications).where(publications.c.url == url).values(withdrawn=True))
                summary.withdrawn.append({"url": url, "urn": provider.urn, "title": row["title"],
                                          "last_seen": row["last_seen"].date().isoformat()})


# --- the files ---------------------------------------------------------------------------------------------------

def _due(database: Database, options: SyncOptions, urns: list[str], folder: Path) -> list[dict[str, Any]]:
    """The publications of these councils still listed whose file is not in the files folder."""
    publications = tables.publications
    query = select(publications).where(publications.c.urn.in_(urns), publications.c.withdrawn.is_(False))
    if options.since:
        query = query.where(publications.c.listed_date >= options.since.isoformat())
    with database.engine.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(query.order_by(publications.c.listed_date,
                                                                              publications.c.url))]
    return [r for r in rows if not (r["file"] and (folder / r["file"]).is_file())]


def _download(database: Database, client: PoliteClient, folder: Path, due: list[dict[str, Any]],
              summary: SyncSummary, say: Callable[[str], None]) -> None:
    def fetch(row: dict[str, Any]) -> tuple[dict[str, Any], bytes | None, str | None, str | None]:
        try:
            fetched = client.get(row["url"])
        except FetchError as error:
            return row, None, error.code, error.reason
        problem = _not_a_whole_pdf(fetched)
        return row, (None if problem else fetched.body), ("not_pdf" if problem else None), problem

    with ThreadPoolExecutor(max_workers=max(1, client.politeness.concurrency)) as pool:
        for row, body, code, reason in pool.map(fetch, due):
            if body is None:
                _problem(database, row["url"], code or "fetch_failed", f"{row['url']}: {reason}", summary, say, False)
                continue
            sha256 = hashlib.sha256(body).hexdigest()
            name = f"{sha256}.pdf"
            partial = folder / PARTIAL / f"{uuid.uuid4().hex}.part"
            partial.parent.mkdir(exist_ok=True)
            partial.write_bytes(body)
            os.replace(partial, folder / name)  # whole or not there: never half a file under its real name
            with database.engine.begin() as connection:
                connection.execute(update(tables.publications).where(tables.publications.c.url == row["url"])
                                   .values(sha256=sha256, file=name))
            _clear_problem(database, row["url"])
            summary.downloaded += 1


def _not_a_whole_pdf(fetched: Fetched) -> str | None:
    """Why a download is not a whole PDF (an error page in HTML, a body cut short), or None."""
    body = fetched.body
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:200]:
        return "the address gave a web page (HTML), not a PDF"
    if not body.startswith(b"%PDF-"):
        return f"the address gave {len(body)} bytes that are not a PDF"
    if b"%%EOF" not in body[-2048:]:
        return "the PDF is cut short (no end-of-file mark): the download was truncated"
    return None


def _write_manifest(database: Database, folder: Path) -> None:
    """The files folder's manifest, from the publications downloaded: what ingest knows of each file (its address,
    council and publication date), plus the listing's title and kind for a person reading it."""
    publications = tables.publications
    with database.engine.connect() as connection:
        rows = connection.execute(select(publications).where(publications.c.file.is_not(None))
                                  .order_by(publications.c.file, publications.c.url)).all()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["path", "url", "urn", "published_date", "title", "kind", "publisher"])
    for row in rows:  # fetched from Ofsted's site, whatever host name the site is reached by
        writer.writerow([row.file, row.url, row.urn, row.listed_date or "", row.title, row.kind, "ofsted"])
    partial = folder / PARTIAL / f"{uuid.uuid4().hex}.part"
    partial.parent.mkdir(exist_ok=True)
    partial.write_text(out.getvalue(), "utf-8")
    os.replace(partial, folder / MANIFEST)


def _ingest(database: Database, folder: Path, options: SyncOptions, say: Callable[[str], None]) -> int:
    from oversight.ingest import ingest

    if not any(folder.glob("*.pdf")):
        return 0
    done = ingest(database, [folder], workers=options.workers, progress=False,
                  on_error=lambda message: say(f"oversight: {message}"))
    return done.stored


def _clear_partial(folder: Path) -> None:
    """Files a killed sync was writing: never under their real names, so removing them loses nothing."""
    for leftover in (folder / PARTIAL).glob("*.part") if (folder / PARTIAL).is_dir() else []:
        leftover.unlink(missing_ok=True)


# --- problems and runs -------------------------------------------------------------------------------------------

def _problem(database: Database, url: str, code: str, message: str, summary: SyncSummary,
             say: Callable[[str], None], dry_run: bool) -> None:
    summary.problems.append(message)
    say(f"oversight: {message}")
    if not dry_run:
        database.store_problem(url, code, message, None)


def _clear_problem(database: Database, url: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(delete(tables.problems).where(tables.problems.c.path == url))


def _start_run(database: Database, base_url: str) -> int:
    with database.engine.begin() as connection:
        return int(connection.execute(insert(tables.sync_runs).values(
            base_url=base_url, started_at=_now(), summary={}).returning(tables.sync_runs.c.id)).scalar_one())


def _finish_run(database: Database, run_id: int, summary: SyncSummary) -> None:
    recorded = {"councils": summary.councils, "pages_read": summary.pages_read,
                "pages_unchanged": summary.pages_unchanged, "new": len(summary.new),
                "downloaded": summary.downloaded, "stored": summary.stored, "withdrawn": len(summary.withdrawn),
                "problems": len(summary.problems), "requests": summary.requests}
    with database.engine.begin() as connection:
        connection.execute(update(tables.sync_runs).where(tables.sync_runs.c.id == run_id)
                           .values(finished_at=_now(), summary=recorded))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

