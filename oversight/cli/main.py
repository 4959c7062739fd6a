"""The `oversight` command: each subcommand makes one library call and prints its result."""

from __future__ import annotations

import gc
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from oversight import __version__
from oversight.cli import render
from oversight.errors import OversightError, UsageError

if TYPE_CHECKING:
    from oversight.extract.context import Manifest
    from oversight.reference import Authority
    from oversight.reference.lookup import Found


class OversightGroup(click.Group):
    """Turns library errors and bad arguments into one clean line on stderr and exit status 2.

    Exit statuses: 0 done; 1 done, but some files could not be read (kept as problems); 2 nothing done, for the
    reason given (a bad argument, no database, an unknown council, a date outside the record)."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except OversightError as exc:
            click.echo(f"oversight: {exc.message}", err=True)
            sys.exit(2)

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Most commands answer in a fraction of a second, and most of that is importing SQLAlchemy, whose many
        # lasting objects the cyclic garbage collector walks again and again while nothing is garbage yet (a fifth
        # of a read command's time). It waits until a command that runs for long says so (_runs_for_long); a
        # caller in the same process (tests, a notebook) gets it back as it was.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._main_with_one_line_errors(*args, **kwargs)
        finally:
            gc.unfreeze()
            if collecting:
                gc.enable()

    def _main_with_one_line_errors(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        # click prints a bad argument as a usage block; a person needs the one line that says what is wrong
        try:
            return super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.exceptions.Exit as exc:  # --help, --version
            sys.exit(exc.exit_code)
        except click.exceptions.NoArgsIsHelpError as exc:  # 'oversight' alone: the help, as asked
            click.echo(exc.ctx.get_help() if exc.ctx else exc.format_message())
            sys.exit(0)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "oversight"
            click.echo(f"oversight: {exc.format_message()} (see `{command} --help`)", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"oversight: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("oversight: stopped", err=True)
            sys.exit(130)


def _runs_for_long() -> None:
    """Ingest, extract and serve make garbage for minutes or days: the collector works again, leaving alone
    what the imports made, which lasts as long as the process."""
    gc.freeze()
    gc.enable()


@click.group(cls=OversightGroup)
@click.version_option(__version__, prog_name="oversight")
def cli() -> None:
    """Oversight: Ofsted's inspections of councils' children's services as evidenced facts."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="CSV of path, urn, local_authority, published_date (and url): publication dates not printed in a "
                   "report, and a page's own date where its text and address give none.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes to extract with (default: all cores).")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
def extract(paths: tuple[str, ...], manifest: str | None, workers: int | None, strict: bool) -> None:
    """Extract documents (files, or folders of .pdf/.html/.htm/.txt/.docx) to JSON Lines on stdout."""
    from oversight.extract.batch import extract_many, walk
    from oversight.extract.context import Manifest

    _runs_for_long()

    files = walk(paths)
    if manifest:
        _warn_of_unmatched_rows(Manifest(manifest), files)  # and fail early, once, on a bad manifest
    failed = 0
    for result in extract_many(files, manifest, workers):
        click.echo(json.dumps(result, ensure_ascii=False))
        if "error" in result:
            failed += 1
            click.echo(f"oversight: {result['error']['message']}", err=True)
            if strict:
                sys.stdout.flush()
                sys.exit(1)
    if failed:
        click.echo(f"oversight: {failed} of {len(files)} file(s) could not be read", err=True)
        sys.exit(1)


def _warn_of_unmatched_rows(manifest: Manifest, files: list[Path]) -> None:
    """One line on the rows of a manifest that name no file: they would otherwise be dropped without a word."""
    unmatched = manifest.unmatched(files)
    if unmatched:
        click.echo(f"oversight: {manifest.path}: {len(unmatched)} row(s) name no file given, so their dates and "
                   f"addresses are not used (a path is read relative to the manifest's folder, or as the end of a "
                   f"file's path): first {unmatched[0]!r}", err=True)


def db_option(function):  # type: ignore[no-untyped-def]
    return click.option("--db", envvar="OVERSIGHT_DB", default=None, show_envvar=True,
                        help="Database file path or URL (postgresql://...); default ./oversight.db.")(function)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="CSV of publication dates; manifest.csv files inside the folders given are used as well.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes to extract with (default: all cores).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS|local",
              help="Run reading and extraction on a Dask cluster (a scheduler address, or 'local' to start one).")
def ingest(paths: tuple[str, ...], db: str | None, manifest: str | None, workers: int | None,
           dask_address: str | None) -> None:
    """Read, extract and store documents; files already stored are skipped, bad files are kept as problems."""
    from oversight.extract.batch import find_manifests, walk
    from oversight.extract.context import load_manifests
    from oversight.ingest import ingest as run_ingest
    from oversight.store import open_database
    from oversight.store.lock import writer_lock

    _runs_for_long()

    manifests = load_manifests(find_manifests(paths) + ([manifest] if manifest else []))  # before anything is made
    files = walk(paths)
    if not files:
        click.echo(f"oversight: no documents (.pdf, .html, .htm, .txt, .docx) under {', '.join(paths)}", err=True)
    for found in manifests:
        _warn_of_unmatched_rows(found, files)
    with writer_lock(db, on_wait=lambda message: click.echo(f"oversight: {message}", err=True)):
        database = open_database(db)
        summary = run_ingest(database, paths, manifest, workers, dask_address,
                             on_error=lambda message: click.echo(f"oversight: {message}", err=True))
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)  # the rest is stored; the files that could not be read are kept as problems


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def problems(db: str | None, as_json: bool) -> None:
    """List the files that could not be read, and why."""
    from oversight.analysis.record import open_record

    rows = open_record(db).problems()
    if as_json:
        click.echo(json.dumps([{"path": r.path, "sha256": r.sha256, "code": r.code, "message": r.message,
                                "seen_at": r.seen_at.isoformat()} for r in rows], indent=2))
        return
    if not rows:
        click.echo("no problems: every file was read")
    for row in rows:
        click.echo(f"{row.code:16s} {row.message}")


def _today() -> str:
    return date.today().isoformat()


def _as_date(value: str) -> date:
    from oversight.analysis.as_at import parse_as_at

    return parse_as_at(value)


@cli.command()
@click.argument("authority")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def timeline(authority: str, db: str | None, as_json: bool) -> None:
    """Show an authority's journey: every inspection and visit in order, with grades, changes and sources."""
    from oversight.analysis.journey import journey
    from oversight.analysis.record import authority_by_name, open_record

    database = open_record(db)
    result = journey(database, _found(authority_by_name(database, authority)))
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    click.echo(render.timeline_text(result))


@cli.command()
@db_option
@click.option("--as-at", "as_at", default=_today, show_default="today",
              help="The date to take the picture at (YYYY-MM-DD).")
@click.option("--authority", default=None, help="Also say where this authority stands.")
@click.option("--official", is_flag=True,
              help="Count as Ofsted's official statistics do: inspections ended by the date whose reports were "
                   "published within a month after it.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def stats(db: str | None, as_at: str, authority: str | None, official: bool, as_json: bool) -> None:
    """The national picture: every authority's latest full inspection published on or before a date.

    Dates are year-month-day (2024-03-31 or 2024-3-31), from 2009-04-01 to today."""
    from oversight.analysis.national import national_picture
    from oversight.analysis.record import authority_by_name, open_record
    from oversight.sync.state import last_sync

    day = _as_date(as_at)
    database = open_record(db)
    chosen = _found(authority_by_name(database, authority, day)) if authority else None
    result = national_picture(database, day, chosen, official=official)
    result["last_sync"] = last_sync(database)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    click.echo(render.stats_text(result))
    synced = result["last_sync"]
    click.echo(f"\nrecord last synced from {synced['base_url']} at {synced['finished_at']} UTC" if synced else
               "\nrecord not synced from Ofsted's site: it holds the files given to `oversight ingest`")


@cli.command()
@click.argument("authority")
@db_option
@click.option("--as-at", "as_at", default=_today, show_default="today", help="Grades as known on this date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def neighbours(authority: str, db: str | None, as_at: str, as_json: bool) -> None:
    """An authority's statistical neighbours, nearest first, with their latest grades."""
    from oversight.analysis.national import neighbours as find_neighbours
    from oversight.analysis.record import authority_by_name, open_record

    day = _as_date(as_at)
    database = open_record(db)
    rows = find_neighbours(database, _found(authority_by_name(database, authority, day)), day)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    click.echo(render.neighbours_text(rows))


@cli.command("export")
@db_option
@click.option("--format", "format_", type=click.Choice(["csv", "xlsx", "json"]), default="csv", show_default=True,
              help="csv: one table; xlsx: a sheet of latest inspections and a sheet of history; json: both.")
@click.option("--latest", is_flag=True, help="Only the latest full inspection of each authority (CSV: else history).")
@click.option("--as-at", "as_at", default=_today, show_default="today", help="Latest as known on this date.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: oversight-export.<format>; '-' for stdout).")
def export_command(db: str | None, format_: str, latest: bool, as_at: str, output: str | None) -> None:
    """Export the record: each authority's latest inspection, in the national summary's columns, and the history."""
    from pathlib import Path

    from oversight.analysis.export import export
    from oversight.analysis.record import open_record

    day = _as_date(as_at)
    database = open_record(db)
    if output == "-":
        data = export(database, format_, None, latest, day)
        sys.stdout.buffer.write(data)
        return
    target = Path(output or f"oversight-export.{format_}")
    if not target.parent.is_dir():
        raise UsageError(f"cannot write {target}: there is no folder {target.parent}")
    try:
        export(database, format_, target, latest, day)
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    click.echo(f"wrote {target}")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Server processes.")
def serve(db: str | None, host: str, port: int, workers: int) -> None:
    """Serve the record as web pages with JSON twins (read-only)."""
    import uvicorn

    from oversight.analysis.record import open_record
    from oversight.web.app import create_app

    _runs_for_long()

    database = open_record(db)  # fail now, clearly, rather than in the first request
    _check_port_free(host, port)
    click.echo(f"Oversight is serving {database.safe_url} at http://{host}:{port}/ (Ctrl+C to stop)")
    if workers == 1:
        uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
    else:
        os.environ["OVERSIGHT_DB"] = db or os.environ.get("OVERSIGHT_DB", "")
        uvicorn.run("oversight.web.asgi:app", host=host, port=port, workers=workers, log_level="warning")


def _found(found: Found) -> Authority:
    """The authority found, having said on stderr where the name typed was taken as another."""
    if found.note:
        click.echo(f"oversight: {found.note}", err=True)
    return found.authority


def _check_port_free(host: str, port: int) -> None:
    """Say that the port is taken before saying that the record is being served."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UsageError(f"cannot serve on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise UsageError(f"cannot serve on {host}:{port}: {exc.strerror}") from None


@cli.command()
@click.option("--authority", "authorities", multiple=True, metavar="NAME",
              help="Only this council (a name, slug, DfE code or URN); may be given again.")
@click.option("--since", default=None, metavar="DATE", help="Only publications listed on or after this day.")
@click.option("--dry-run", is_flag=True, help="Say what would be fetched; download and store nothing.")
@click.option("--base-url", default="https://reports.ofsted.gov.uk", show_default=True,
              help="Ofsted's reports site (or a replica of it).")
@click.option("--files", "files", envvar="OVERSIGHT_FILES", show_envvar=True, default=None,
              help="Folder for the downloaded files; default beside an SQLite database (required for PostgreSQL).")
@click.option("--contact", envvar="OVERSIGHT_CONTACT", show_envvar=True, default=None,
              help="An e-mail address or web page the site's owners can reach you at, sent in the User-Agent.")
@click.option("--rate", type=click.FloatRange(min=0.01), default=1.0, show_default=True,
              help="Requests started per second, at most.")
@click.option("--concurrency", type=click.IntRange(1, 8), default=2, show_default=True,
              help="Requests in flight at once, at most.")
@click.option("--timeout", type=click.FloatRange(min=1), default=30.0, show_default=True,
              help="Seconds to wait for each answer.")
@click.option("--every", default=None, metavar="DURATION",
              help="Sync again after each interval (24h, 90m), until stopped; one sync at a time per database.")
@db_option
def sync(authorities: tuple[str, ...], since: str | None, dry_run: bool, base_url: str, files: str | None,
         contact: str | None, rate: float, concurrency: int, timeout: float, every: str | None,
         db: str | None) -> None:
    """Bring the record up to date from Ofsted's reports site: list the councils, read each one's provider page,
    download the publications not yet stored, and read them (politely: see --rate and --concurrency)."""
    import time

    from oversight.analysis.record import authority_by_name
    from oversight.store import open_database
    from oversight.store.lock import writer_lock
    from oversight.sync.client import Politeness
    from oversight.sync.run import SyncOptions
    from oversight.sync.run import sync as run_sync

    _runs_for_long()
    interval = _duration(every) if every else None
    say = lambda message: click.echo(message, err=True)  # noqa: E731
    while True:
        with writer_lock(db, on_wait=lambda message: say(f"oversight: {message}")):
            database = open_database(db)
            urns = [_urn_of(_found(authority_by_name(database, name))) for name in authorities] or None
            options = SyncOptions(base_url=base_url.rstrip("/"), files=Path(files) if files else None, urns=urns,
                                  since=_as_date(since) if since else None, dry_run=dry_run, contact=contact,
                                  politeness=Politeness(rate=rate, concurrency=concurrency, timeout=timeout))
            summary = run_sync(database, options, say)
        for line in summary.lines():
            click.echo(line)
        if interval is None:
            if summary.problems:
                sys.exit(1)
            return
        click.echo(f"next sync in {every}", err=True)
        time.sleep(interval)


def _urn_of(authority: Authority) -> str:
    if not authority.urn:
        raise UsageError(f"{authority.name} has no Ofsted URN in the reference data: its provider page cannot be found")
    return authority.urn


def _duration(text: str) -> float:
    """'24h', '90m', '3600s' or '1d' as seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    number, unit = text[:-1], text[-1:].lower()
    if unit not in units or not number.replace(".", "", 1).isdigit() or float(number) <= 0:
        raise UsageError(f"--every takes a duration such as 24h, 90m or 1d, not '{text}'")
    return float(number) * units[unit]


def _plan_commands() -> None:
    from oversight.cli.plans import plan, users

    cli.add_command(users)
    cli.add_command(plan)


_plan_commands()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
