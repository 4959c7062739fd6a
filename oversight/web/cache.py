"""Views computed from the record, kept until the record changes: the service only reads, so a council's journey
or a search is the same until the next ingest, and need not be computed again for every visitor."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from oversight.store import Database


class RecordCache:
    """A bounded LRU of view results, emptied whenever the record's fingerprint changes (checked at most every
    `check_every` seconds, so a request seldom pays for the check)."""

    def __init__(self, database: Database, size: int = 1024, check_every: float = 2.0) -> None:
        self.database = database
        self.size = size
        self.check_every = check_every
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._fingerprint: tuple[int, ...] | None = None
        self._checked = 0.0

    def fingerprint(self) -> tuple[int, ...]:
        from oversight.sync.state import syncs_finished

        counts = self.database.counts()
        # a document read again in place changes no count, but its pages are new; a sync that found nothing new
        # changes when the record was last synced, which every page says
        return (counts["documents"], counts["events"], counts["problems"], self.database.last_page_id(),
                syncs_finished(self.database))

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        self._check()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()  # outside the lock: two visitors may compute the same page once each, never wait
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def _check(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        fingerprint = self.fingerprint()
        with self._lock:
            self._checked = now
            if fingerprint != self._fingerprint:
                self._items.clear()
                self._fingerprint = fingerprint
