"""Requests refused before any route runs: a Host header the server does not answer to (400), and a query
parameter over its length limit (422, ``params.query_problem``).

The Host check stops DNS rebinding: a web page on another site whose name is made to resolve to this machine
(or to a loopback address) would otherwise read the store through the visitor's browser; its requests carry
that site's name as Host. ``fogline serve`` answers only to the address it binds, ``localhost`` and the names
given with ``--allowed-host`` / ``$FOGLINE_ALLOWED_HOSTS``.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterable
from typing import Any

from .params import query_problem

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARD_BINDS = ("", "0.0.0.0", "::")


def host_name(header: str) -> str:
    """The name in a Host header, without port, brackets or a final dot, in lower case."""
    h = header.strip().lower()
    if h.startswith("["):  # [v6 address]:port
        h = h[1:].partition("]")[0]
    elif h.count(":") == 1:  # name:port (a bare v6 address has several colons)
        h = h.partition(":")[0]
    return h.rstrip(".")


def default_hosts(bound: str) -> list[str]:
    """The names a server bound to ``bound`` answers by default: that address and the loopback names, and,
    when it binds every address, this machine's own names."""
    names = [bound, *LOOPBACK_NAMES]
    if bound in WILDCARD_BINDS:
        names += [socket.gethostname(), socket.getfqdn()]
    return [host_name(n) for n in dict.fromkeys(names) if n]


def parse_hosts(spec: str) -> list[str]:
    """``$FOGLINE_ALLOWED_HOSTS``: names separated by commas or spaces."""
    return [h for h in spec.replace(",", " ").split() if h]


class HostRule:
    """Exact names, ``*.example.org`` for any name under it, or ``*`` for any Host at all."""

    def __init__(self, names: Iterable[str]) -> None:
        cleaned = [n.strip().lower() for n in names if n.strip()]
        self.any = "*" in cleaned
        self.exact = {host_name(n) for n in cleaned if not n.startswith("*")}
        self.suffixes = tuple(n[1:].rstrip(".") for n in cleaned if n.startswith("*."))

    def allows(self, header: str | None) -> bool:
        if self.any:
            return True
        if not header:
            return False
        name = host_name(header)
        return name in self.exact or (bool(self.suffixes) and name.endswith(self.suffixes))


class Guard:
    """ASGI middleware: the Host check (when ``allowed_hosts`` is given) and the query limits."""

    def __init__(self, app: Any, allowed_hosts: Iterable[str] | None = None) -> None:
        self.app = app
        self.hosts = HostRule(allowed_hosts) if allowed_hosts is not None else None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.hosts is not None:
            host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
            if not self.hosts.allows(host):
                shown = (host or "")[:100]
                await _refuse(send, 400, f"this server does not answer to the host {shown!r} "
                                         f"(fogline serve --allowed-host NAME adds a name)" if host else
                              "a Host header is needed")
                return
        problem = query_problem(scope.get("query_string", b""))
        if problem:
            await _refuse(send, 422, problem)
            return
        await self.app(scope, receive, send)


async def _refuse(send: Any, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})
