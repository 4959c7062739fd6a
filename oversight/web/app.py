"""The web service: every page is an HTML view with a JSON twin at the same path plus `.json`."""

from __future__ import annotations

import inspect
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from oversight import __version__
from oversight.analysis.record import open_record
from oversight.errors import NotFoundError, OversightError, UsageError
from oversight.store import Database
from oversight.sync.state import last_sync
from oversight.web import downloads, present, private, views
from oversight.web.account_routes import add_account_routes
from oversight.web.cache import RecordCache
from oversight.web.plan_routes import add_plan_routes

HERE = Path(__file__).parent
log = logging.getLogger("oversight.web")

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                           "form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def find_govuk_frontend() -> Path | None:
    """The govuk-frontend package installed from npm (`npm install` in the repository)."""
    configured = os.environ.get("OVERSIGHT_GOVUK_FRONTEND")
    candidates = [Path(configured)] if configured else []
    for base in (Path.cwd(), *HERE.parents):
        candidates.append(base / "node_modules" / "govuk-frontend" / "dist" / "govuk")
    return next((c for c in candidates if (c / "govuk-frontend.min.css").is_file()), None)


def create_app(database: Database | str | None = None) -> FastAPI:
    """Build the service over a database (an open Database, a path or URL, or the default)."""
    db = database if isinstance(database, Database) else open_record(database)
    app = FastAPI(title="Oversight", version=__version__, docs_url=None, redoc_url=None,
                  description="Ofsted's inspections of English councils' children's services. Every HTML page "
                              "has a JSON twin at the same path plus `.json`; those are documented here.")
    app.state.database = db
    app.state.cache = RecordCache(db)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = __version__
    templates.env.filters["words"] = lambda v: (v or "").replace("_", " ")
    templates.env.filters.update(present.FILTERS)
    templates.env.globals["visitor_of"] = private.visitor_of
    templates.env.globals["last_sync"] = lambda: app.state.cache.get(("last_sync",), lambda: last_sync(db))
    app.state.templates = templates

    govuk = find_govuk_frontend()
    app.state.govuk = govuk is not None
    templates.env.globals["govuk_frontend"] = govuk is not None  # no link to styles that are not installed
    if govuk is not None:
        app.mount("/govuk", StaticFiles(directory=str(govuk)), name="govuk")
        app.mount("/assets", StaticFiles(directory=str(govuk / "assets")), name="assets")
    else:
        log.warning("govuk-frontend not found (run `npm install`): pages are served without its styles")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)

    private.install(app)
    _error_handlers(app, templates)
    _routes(app, templates)
    add_account_routes(app)
    add_plan_routes(app)
    app.openapi = lambda: _openapi_with_head(app)  # type: ignore[method-assign]
    return app


class SecurityHeaders:
    """The headers every answer carries (where the page has not set its own), as plain ASGI."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """HEAD answers as GET would, headers and all, without the body (every page, twin and file)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body"):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _openapi_with_head(app: FastAPI) -> dict[str, Any]:
    """The description FastAPI makes, with HEAD listed beside every GET (HeadAsGet answers it)."""
    from fastapi.openapi.utils import get_openapi

    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        for operations in schema["paths"].values():
            if "get" in operations:
                get = operations["get"]
                operations["head"] = {**get, "operationId": get["operationId"] + "_head",
                                      "summary": get.get("summary", "") + " (headers only)"}
        app.openapi_schema = schema
    return app.openapi_schema


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or request.url.path.startswith("/openapi")


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    """The one shape of every JSON error."""
    return {"error": {"status": status, "code": code, "message": message}}


def _error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    def respond(request: Request, status: int, code: str, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(status, code, message), status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "code": code, "message": message},
                                          status_code=status)

    @app.exception_handler(OversightError)
    async def oversight_error(request: Request, exc: OversightError) -> Response:
        return respond(request, exc.http_status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(_in_words(error) for error in exc.errors())
        return respond(request, 400, "bad_request", f"the address is not one this service answers: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = "not_found" if exc.status_code == 404 else "http_error"
        message = "there is no page at this address" if exc.status_code == 404 else str(exc.detail)
        return respond(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        response = respond(request, 500, "internal_error", "something went wrong on our side; it has been logged")
        # Starlette answers this one outside every middleware: the headers they would have added, added here
        for name, value in {**SECURITY_HEADERS, **private.PRIVATE}.items():
            response.headers.setdefault(name, value)
        return response


PARAMETER_WORDS = {"document_id": "the document's number", "field": "the fact (field)", "a": "each council",
                   "q": "the words to find", "table": "the table", "slug": "the council"}


def _in_words(error: dict[str, Any]) -> str:
    """One of FastAPI's validation errors as people read it ('document_id must be a whole number, not "abc"')."""
    name = ".".join(str(part) for part in error["loc"][1:]) or "the address"
    name = PARAMETER_WORDS.get(name, name.replace("_", " "))
    value = error.get("input")
    context = error.get("ctx") or {}
    expected = {
        "int_parsing": "a whole number", "missing": "given",
        "string_too_long": f"at most {context.get('max_length')} characters long",
        "string_pattern_mismatch": "one of " + str(context.get("pattern", "")).strip("^$()").replace("|", ", "),
        "greater_than_equal": f"at least {context.get('ge')}", "less_than_equal": f"at most {context.get('le')}",
    }.get(error.get("type", ""), "different")
    shown = f', not "{str(value)[:40]}"' if isinstance(value, (str, int)) and error.get("type") != "missing" else ""
    return f"{name} must be {expected}{shown}"


def _twin(app: FastAPI, templates: Jinja2Templates, path: str, json_path: str, template: str, summary: str,
          view: Callable[..., dict[str, Any]]) -> None:
    """Register `view` at an HTML path, at its JSON twin and, where the page has tables, at its CSV twin (one
    table, chosen by `table`); the twins are what OpenAPI documents."""
    parameters = list(inspect.signature(view).parameters.values())
    signature = inspect.Signature([inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                                     annotation=Request), *parameters])

    def as_json(request: Request, **kwargs: Any) -> JSONResponse:
        context = view(request, **kwargs)
        if context.get("form_error"):  # a page shows it above its form; a program gets the error
            raise UsageError(context["form_error"]["message"])
        return JSONResponse(present.jsonable(context["data"]))

    def as_html(request: Request, **kwargs: Any) -> Response:
        context = view(request, **kwargs)
        if context.get("canonical"):
            return RedirectResponse(context["canonical"], status_code=303)  # the address to share
        context["twins"] = _twin_links(request, json_path, path, template)
        return templates.TemplateResponse(request, template, context)

    for function in (as_json, as_html):
        function.__signature__ = signature  # type: ignore[attr-defined]
        function.__doc__ = view.__doc__
    app.get(json_path, summary=summary, name=f"{template}-json", tags=["pages"])(as_json)
    if template in downloads.TABLES:
        csv_path = json_path[:-len(".json")] + ".csv"
        choices = list(downloads.TABLES[template])

        def as_csv(request: Request, **kwargs: Any) -> Response:
            table = kwargs.pop("table")
            context = view(request, **kwargs)
            if context.get("form_error"):  # as the JSON twin: the error, never a partial table
                raise UsageError(context["form_error"]["message"])
            return downloads.csv_response(template, table, context["data"], request.url.path)

        table_parameter = inspect.Parameter(
            "table", inspect.Parameter.KEYWORD_ONLY, annotation=str,
            default=Query(choices[0], description="which of the page's tables: " + ", ".join(choices),
                          pattern="^(" + "|".join(choices) + ")$"))
        as_csv.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[*signature.parameters.values(), table_parameter])
        as_csv.__doc__ = f"{view.__doc__} As CSV, one table at a time."
        app.get(csv_path, summary=summary + " (CSV)", name=f"{template}-csv", tags=["tables"],
                response_class=Response)(as_csv)
    app.get(path, include_in_schema=False, name=template)(as_html)


def _twin_links(request: Request, json_path: str, path: str, template: str) -> dict[str, Any]:
    """The addresses of this page's JSON twin and of each of its tables as CSV, with the same query."""
    suffix = json_path[len(path.rstrip("/")):] if path != "/" else json_path  # '.json' or '/index.json'
    own = request.url.path.rstrip("/") if request.url.path != "/" else ""
    query = request.url.query
    json_href = own + suffix + (f"?{query}" if query else "")
    csv_base = own + suffix[:-len(".json")] + ".csv"
    tables = {name: f"{csv_base}?" + "&".join(p for p in (query, f"table={name}") if p)
              for name in downloads.TABLES.get(template, {})}
    return {"json": json_href, "csv": tables}


def _db(request: Request) -> Database:
    return request.app.state.database


def _cached(request: Request, key: tuple[Any, ...], compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    return request.app.state.cache.get(key, compute)


def _routes(app: FastAPI, templates: Jinja2Templates) -> None:
    def england(request: Request, as_at: str | None = Query(None, description="YYYY-MM-DD; default today"),
                day: str | None = Query(None, max_length=10, description="or the date in three parts: day"),
                month: str | None = Query(None, max_length=10), year: str | None = Query(None, max_length=10),
                area: str | None = Query(None, max_length=60, description="the judgement area the map shows")):
        ("The picture in England at a date: counts by grade, region and judgement area, a map of every "
         "council, and every quarter since 2014.")
        chosen, error = views.date_from_form(as_at, day, month, year)
        context = _cached(request, ("england", chosen, area or None),
                          lambda: views.england(_db(request), chosen, area or None))
        if error:
            return {**context, "form_error": error}
        if any((day, month, year)):  # the boxes' day becomes the address to share: /?as_at=2020-03-31
            return {**context, "canonical": "/?as_at=" + chosen.isoformat() + (f"&area={area}" if area else "")}
        return context

    def authorities(request: Request, name: str | None = Query(None, max_length=100, description="part of a name"),
                    region: str | None = Query(None, max_length=60),
                    grade: str | None = Query(None, description="overall effectiveness on the date, or 'none'"),
                    as_at: str | None = Query(None, description="YYYY-MM-DD for the grades; default today")):
        """Every authority, current and abolished since 2013, or those matching the filters."""
        on = views.parse_as_at(as_at) if as_at else None
        return _cached(request, ("authorities", name, region, grade, on),
                       lambda: views.authority_index(_db(request), name, region or None, grade or None, on))

    def authority(request: Request, slug: str):
        """One council's journey, its statistical neighbours, its documents and the action plans it published."""
        from oversight.plans.plans import published_plans

        context = _cached(request, ("authority", slug.lower()), lambda: views.authority_page(_db(request), slug))
        if context.get("canonical"):
            return context
        published = published_plans(_db(request), context["data"]["authority"]["la_code"])  # never cached: it
        return {**context, "data": {**context["data"], "published_plans": published}}  # changes without an ingest

    def document(request: Request, document_id: int,
                 q: str | None = Query(None, max_length=200, description="search words to mark in the text")):
        """A document's extracted facts with their evidence, and its text by page (with a search's words marked)."""
        context = _cached(request, ("document", document_id), lambda: views.document_page(_db(request), document_id))
        return views.with_search_marked(context, q) if q else context

    def search(request: Request, q: str | None = Query(None, max_length=200), authority: str | None = None,
               region: str | None = None, document_type: str | None = None,
               year_from: str | None = Query(None, description="a year, 2000 to 2100; empty means any"),
               year_to: str | None = Query(None, description="a year, 2000 to 2100; empty means any"),
               grade: str | None = None, judgement: str | None = None,
               kind: str | None = Query(None, description="of the event the document is about"),
               framework: str | None = Query(None, description="ilacs, sif or pre_sif"),
               page: str | None = Query(None, description="the page of results, from 1")):
        ("Documents holding every word (phrases in double quotes), filtered by council, region, type, year, grade, "
         "kind of event and framework (filters work without words), best first, with their best passages; "
         "as CSV, every result at once.")
        everything = request.url.path.endswith(".csv")
        try:
            number = views.page_number(page)
            key = ("search", q, authority, region, document_type, year_from, year_to, grade, judgement, kind,
                   framework, number, everything)
            return _cached(request, key, lambda: views.search_page(
                _db(request), q, authority, region, document_type, year_from, year_to, grade, judgement, number,
                kind, framework, everything))
        except UsageError as error:  # said above the form, as it was filled in (a program gets a 400)
            given = {"authority": authority, "region": region, "document_type": document_type,
                     "year_from": year_from, "year_to": year_to, "grade": grade, "judgement": judgement,
                     "kind": kind, "framework": framework}
            return views.search_form_error(_db(request), error.message, q, given)

    def compare(request: Request, a: list[str] = Query([], description="two to four councils: slugs or names")):
        """Two to four councils side by side: every judgement area at every full inspection, and their visits."""
        return _cached(request, ("compare", tuple(a)), lambda: views.compare_page(_db(request), a))

    def problems(request: Request):
        """Documents that could not be read, and why."""
        return _cached(request, ("problems",), lambda: views.problems_page(_db(request)))

    pages: list[tuple[str, str, str, str, Callable[..., Any]]] = [
        ("/", "/index.json", "index.html", "England today", england),
        ("/authorities", "/authorities.json", "authorities.html", "All authorities", authorities),
        ("/authorities/{slug}", "/authorities/{slug}.json", "authority.html", "A council", authority),
        ("/documents/{document_id}", "/documents/{document_id}.json", "document.html", "A document", document),
        ("/search", "/search.json", "search.html", "Search", search),
        ("/compare", "/compare.json", "compare.html", "Compare councils", compare),
        ("/problems", "/problems.json", "problems.html", "Problems", problems),
    ]
    for path, json_path, template, summary, view in pages:
        _twin(app, templates, path, json_path, template, summary, _drop_request(view))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        """Browsers ask for it whatever the page says; Oversight's own icon (not GOV.UK's, which is not ours)."""
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    @app.get("/documents/{document_id}/evidence", include_in_schema=False)
    def evidence(request: Request, document_id: int, field: str = Query(..., max_length=200)) -> RedirectResponse:
        """From a fact anywhere (a grade on a council's page) to the words behind it in its document."""
        return RedirectResponse(views.evidence_address(_db(request), document_id, field), status_code=303)

    @app.get("/documents/{document_id}/original", include_in_schema=False)
    def original(request: Request, document_id: int) -> FileResponse:
        found = views.queries.document(_db(request), document_id)
        if found is None:
            raise NotFoundError(f"no document number {document_id}")
        path = Path(found["path"])
        if not path.is_file():
            raise NotFoundError(f"the original file is no longer at {found['path']}")
        return FileResponse(path, media_type=found["media_type"] or "application/octet-stream",
                            filename=path.name, content_disposition_type="attachment")


def _drop_request(view: Callable[..., Any]) -> Callable[..., Any]:
    """Views take the request first; the twin adds it back, so it is not documented as a parameter."""
    signature = inspect.signature(view)
    parameters = [p for name, p in signature.parameters.items() if name != "request"]

    def wrapper(request: Request, **kwargs: Any) -> Any:
        return view(request, **kwargs)

    wrapper.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    wrapper.__doc__ = view.__doc__
    return wrapper
