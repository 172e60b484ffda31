"""The read API's answers kept until the incidents change: the lists, timeline, facets and map of the same
query are not computed, encoded and compressed again for every analyst who asks.

An answer is kept with the store's incidents version (``Store.incidents_version``: a token in ``meta`` that every
write to the incidents renews, in the writer's transaction), read before the answer is computed; it is
served again only while the store still has that version, so a review, an ingest or a merge is seen by the
next request, also when another process wrote it. Keyed by path, query string and whether the client takes
gzip. Plain ASGI, between the Host and query checks (``guard``) and the gzip middleware.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from threading import Lock
from typing import Any

MAX_ENTRIES = 512
MAX_BYTES = 64 * 1024 * 1024  # of kept bodies, all entries together
MAX_BODY = 8 * 1024 * 1024  # a larger answer is not kept


class ResponseCache:
    """ASGI middleware keeping the 200 answers of GET requests to ``paths`` (exact paths)."""

    def __init__(self, app: Any, version: Callable[[], str | None], paths: Iterable[str]) -> None:
        self.app = app
        self.version = version
        self.paths = frozenset(paths)
        self.kept: OrderedDict[tuple, tuple[str | None, list, bytes]] = OrderedDict()
        self.size = 0
        self.lock = Lock()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        gzip = any(k == b"accept-encoding" and b"gzip" in v for k, v in scope["headers"])
        key = (scope["path"], scope.get("query_string", b""), gzip)
        version = self.version()  # one indexed read, in the loop: cheaper than a thread hop
        with self.lock:
            hit = self.kept.get(key)
            if hit is not None and hit[0] == version:
                self.kept.move_to_end(key)
        if hit is not None and hit[0] == version:
            await send({"type": "http.response.start", "status": 200, "headers": list(hit[1])})
            await send({"type": "http.response.body", "body": hit[2]})
            return
        start: dict[str, Any] = {}
        parts: list[bytes] = []

        async def keep(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and start.get("status") == 200:
                parts.append(message.get("body", b""))
                if not message.get("more_body"):
                    self._put(key, version, list(start.get("headers", [])), b"".join(parts))
            await send(message)
        await self.app(scope, receive, keep)

    def _put(self, key: tuple, version: str | None, headers: list, body: bytes) -> None:
        if len(body) > MAX_BODY:
            return
        with self.lock:
            old = self.kept.pop(key, None)
            if old is not None:
                self.size -= len(old[2])
            self.kept[key] = (version, headers, body)
            self.size += len(body)
            while self.kept and (len(self.kept) > MAX_ENTRIES or self.size > MAX_BYTES):
                _, dropped = self.kept.popitem(last=False)
                self.size -= len(dropped[2])
