"""A replica of Ofsted's reports site for the sync tests and benchmark, served over HTTP on 127.0.0.1: the search
listing councils' children's services (paginated), each council's provider page listing its publications, and
the file addresses, in the structure the site had when last seen (see issue 12). Pages and files answer
conditional requests; faults can be set per address (429 with Retry-After, 500, slowness, a connection dropped
mid-body, HTML at a file address) and for a provider page's markup; every request is logged."""

from __future__ import annotations

import hashlib
import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Listed:
    file_id: int
    title: str  # "Children's services inspection - 13 January 2023"
    body: bytes


@dataclass
class Council:
    urn: str
    name: str
    publications: list[Listed] = field(default_factory=list)


@dataclass
class Seen:
    at: float
    path: str
    headers: dict[str, str]
    status: int


class Replica:
    def __init__(self, councils: list[Council], rows: int = 100, latency: float = 0.0,
                 robots: str = "User-agent: *\nDisallow: /private/\n") -> None:
        self.councils = councils
        self.rows = rows  # councils per listing page (the real site: 100)
        self.latency = latency  # seconds added to every answer
        self.robots = robots
        self.faults: dict[str, list[str]] = {}  # path -> faults to serve in turn: '429:2', '500', 'slow:1.5',
        # 'drop', 'html'
        self.changed_markup: set[str] = set()  # URNs whose provider page no longer marks its publications
        self.log: list[Seen] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # --- serving ---
    def __enter__(self) -> Replica:
        replica = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                replica._answer(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def files_requested(self) -> list[str]:
        return [s.path for s in self.log if s.path.startswith("/v1/file/")]

    # --- the site ---
    def _answer(self, request: BaseHTTPRequestHandler) -> None:
        if self.latency:
            time.sleep(self.latency)
        path = request.path
        with self._lock:
            queued = self.faults.get(urlsplit(path).path, [])
            fault = queued.pop(0) if queued else None
        status = self._serve(request, path, fault)
        with self._lock:
            self.log.append(Seen(time.monotonic(), path, {k: v for k, v in request.headers.items()}, status))

    def _serve(self, request: BaseHTTPRequestHandler, path: str, fault: str | None) -> int:
        if fault and fault.startswith("429"):
            return self._send(request, 429, b"slow down", "text/plain", {"Retry-After": fault.split(":")[1]})
        if fault == "500":
            return self._send(request, 500, b"oops", "text/plain")
        if fault and fault.startswith("slow"):
            time.sleep(float(fault.split(":")[1]))
        parts = urlsplit(path)
        if parts.path == "/robots.txt":
            return self._send(request, 200, self.robots.encode(), "text/plain")
        if parts.path == "/search":
            start = int(parse_qs(parts.query).get("start", ["0"])[0])
            return self._conditional(request, self._listing(start).encode(), "text/html; charset=utf-8")
        if parts.path.startswith("/provider/"):
            urn = parts.path.rstrip("/").rsplit("/", 1)[-1]
            council = next((c for c in self.councils if c.urn == urn), None)
            if council is None:
                return self._send(request, 404, b"not found", "text/plain")
            return self._conditional(request, self._provider(council).encode(), "text/html; charset=utf-8")
        if parts.path.startswith("/v1/file/"):
            file_id = int(parts.path.rsplit("/", 1)[-1])
            listed = next((p for c in self.councils for p in c.publications if p.file_id == file_id), None)
            if listed is None:
                return self._send(request, 404, b"not found", "text/plain")
            if fault == "html":
                return self._send(request, 200, b"<!DOCTYPE html><html><body>Service unavailable</body></html>",
                                  "text/html")
            if fault == "drop":
                request.send_response(200)
                request.send_header("Content-Type", "application/pdf")
                request.send_header("Content-Length", str(len(listed.body)))
                request.end_headers()
                request.wfile.write(listed.body[: len(listed.body) // 2])
                request.wfile.flush()
                request.close_connection = True
                return 200
            return self._conditional(request, listed.body, "application/pdf")
        return self._send(request, 404, b"not found", "text/plain")

    def _listing(self, start: int) -> str:
        shown = self.councils[start:start + self.rows]
        items = "".join(f'<li class="search-result"><h3><a href="/provider/44/{c.urn}">{html.escape(c.name)}</a>'
                        f'</h3><p>Local authority children\'s services</p></li>' for c in shown)
        following = (f'<ul class="pagination"><li class="next"><a href="/search?q=&amp;level_1_types=3&amp;'
                     f'level_2_types%5B%5D=12&amp;start={start + self.rows}&amp;rows=100">Next</a></li></ul>'
                     if start + self.rows < len(self.councils) else '<ul class="pagination"></ul>')
        return f"<!DOCTYPE html><html><body><ul class=\"results\">{items}</ul>{following}</body></html>"

    def _provider(self, council: Council) -> str:
        mark = "download-link" if council.urn in self.changed_markup else "publication-link"
        items = "".join(f'<li><a class="{mark}" href="{self.base_url}/v1/file/{p.file_id}">'
                        f'<span class="nonvisual">{html.escape(p.title)}, pdf</span></a></li>'
                        for p in council.publications)
        return (f"<!DOCTYPE html><html><body><h1>{html.escape(council.name)}</h1>"
                f"<ul class=\"publications\">{items}</ul></body></html>")

    @staticmethod
    def _conditional(request: BaseHTTPRequestHandler, body: bytes, content_type: str) -> int:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Replica._send(request, 304, b"", content_type, {"ETag": etag})
        return Replica._send(request, 200, body, content_type, {"ETag": etag})

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> int:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        if body:
            request.wfile.write(body)
        return status
