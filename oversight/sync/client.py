"""A polite HTTP client for one website: a request at a time per interval (1 a second by default) and at most a
few at once, a User-Agent that names Oversight and a contact, robots.txt honoured, conditional requests, retries
with growing waits on 429 and 5xx (Retry-After honoured), and a timeout on every request."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from oversight import __version__
from oversight.errors import FetchError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
LONGEST_WAIT = 300.0  # seconds: a Retry-After longer than this is a failure now, not a wait


@dataclass
class Fetched:
    url: str
    status: int  # 200, or 304 when a conditional request found the page unchanged
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str


@dataclass
class Politeness:
    rate: float = 1.0  # requests started per second, at most
    concurrency: int = 2  # requests in flight, at most
    timeout: float = 30.0  # seconds for each request
    retries: int = 4  # further tries after a 429, a 5xx, a timeout or a dropped connection
    backoff: float = 2.0  # seconds before the first retry, doubling each time (unless Retry-After says)


@dataclass
class Tally:
    requests: int = 0
    not_modified: int = 0
    retried: int = 0
    by_host: dict[str, int] = field(default_factory=dict)


def user_agent(contact: str | None) -> str:
    return f"Oversight/{__version__} (+https://github.com/oversight; contact: {contact or 'not given'})"


class PoliteClient:
    def __init__(self, politeness: Politeness, contact: str | None = None,
                 sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None) -> None:
        self.politeness = politeness
        self.agent = user_agent(contact)
        self._sleep = sleep
        self._http = httpx.Client(headers={"User-Agent": self.agent}, timeout=politeness.timeout,
                                  follow_redirects=True, transport=transport,
                                  limits=httpx.Limits(max_connections=max(1, politeness.concurrency)))
        self._slots = threading.Semaphore(max(1, politeness.concurrency))
        self._turn = threading.Lock()
        self._next_start = 0.0
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()
        self.tally = Tally()

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The page or file at `url` (status 304 and no body where the validators say it is unchanged). Raises
        FetchError when robots.txt forbids it or every try failed."""
        if not self.allowed(url):
            raise FetchError(url, "robots.txt asks robots not to read this address", "robots")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._with_retries(url, headers)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            if site not in self._robots:
                self._robots[site] = self._read_robots(site)
            rules = self._robots[site]
        return rules is None or rules.can_fetch(self.agent, url)

    def _read_robots(self, site: str) -> RobotFileParser | None:
        """The site's robots.txt (None, allowing everything, where it has none)."""
        try:
            fetched = self._with_retries(f"{site}/robots.txt", {})
        except FetchError:
            return None
        if fetched.status != 200:
            return None
        rules = RobotFileParser()
        rules.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return rules

    def _wait_for_turn(self) -> None:
        interval = 1.0 / self.politeness.rate if self.politeness.rate > 0 else 0.0
        with self._turn:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + interval
        if start > now:
            self._sleep(start - now)

    def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched:
        last_reason = "no try was made"
        for attempt in range(self.politeness.retries + 1):
            wait = self.politeness.backoff * (2 ** attempt)
            with self._slots:
                self._wait_for_turn()
                self.tally.requests += 1
                host = urlsplit(url).netloc
                self.tally.by_host[host] = self.tally.by_host.get(host, 0) + 1
                try:
                    response = self._http.get(url, headers=headers)
                    body = response.content
                except httpx.TimeoutException:
                    last_reason = f"no answer within {self.politeness.timeout:g} s"
                    response = None
                except httpx.TransportError as exc:
                    last_reason = f"the connection failed ({type(exc).__name__}: {exc})"
                    response = None
            if response is not None:
                if response.status_code in (200, 304):
                    if response.status_code == 304:
                        self.tally.not_modified += 1
                    return Fetched(str(response.url), response.status_code, body if response.status_code == 200
                                   else b"", response.headers.get("ETag"), response.headers.get("Last-Modified"),
                                   response.headers.get("Content-Type", ""))
                if response.status_code not in RETRY_STATUSES:
                    raise FetchError(url, f"the site answered {response.status_code}", f"http_{response.status_code}")
                last_reason = f"the site answered {response.status_code}"
                asked = _retry_after(response.headers.get("Retry-After"))
                if asked is not None:
                    if asked > LONGEST_WAIT:
                        raise FetchError(url, f"the site asked to wait {asked:.0f} s before asking again", "busy")
                    wait = asked
            if attempt < self.politeness.retries:
                self.tally.retried += 1
                self._sleep(wait)
        raise FetchError(url, f"{last_reason}, after {self.politeness.retries + 1} tries")


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
