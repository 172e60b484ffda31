"""``fogline serve``: the analyst's web UI (map, timeline, incident pages, review) and its JSON API."""

from .app import create_app

__all__ = ["create_app", "run"]


def run(db_url: str, *, host: str = "127.0.0.1", port: int = 8000, token_file: str | None = None,
        tile_url: str | None = None, log_level: str = "warning", allowed_hosts: list[str] | None = None) -> int:
    """Serve until interrupted; tokens from ``$FOGLINE_TOKENS`` and ``token_file`` (each secret at least
    ``auth.MIN_SECRET`` characters); Host names answered: the bound address, localhost, ``allowed_hosts`` and
    ``$FOGLINE_ALLOWED_HOSTS`` (``*``: any)."""
    import ipaddress
    import os
    import sys

    import uvicorn

    from .auth import MIN_SECRET, TokenError, load_tokens, weak_tokens
    from .guard import default_hosts, parse_hosts

    try:
        tokens = load_tokens(token_file)
    except (TokenError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if weak := weak_tokens(tokens):
        print(f"error: the review token of {', '.join(weak)} is shorter than {MIN_SECRET} characters, too easy "
              f"to guess: use a longer secret (e.g. `openssl rand -hex 16`)", file=sys.stderr)
        return 2
    hosts = list(dict.fromkeys(default_hosts(host) + (allowed_hosts or [])
                               + parse_hosts(os.environ.get("FOGLINE_ALLOWED_HOSTS", ""))))
    tile_url = tile_url or os.environ.get("FOGLINE_TILE_URL") or None
    try:
        sock = _listen(host, port)
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port} ({exc.strerror or exc})", file=sys.stderr)
        return 1
    try:
        app = create_app(db_url, tokens=tokens, tile_url=tile_url, allowed_hosts=hosts,
                         tile_attribution=os.environ.get("FOGLINE_TILE_ATTRIBUTION"),
                         on_upgrade=lambda n: print(f"note: this store was fused by an older version of Fogline; "
                                                    f"assembling its {n} incidents once", file=sys.stderr))
    except ValueError as exc:
        sock.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        print(f"warning: serving on {host}, reachable from other machines", file=sys.stderr)
    mode = f"review tokens: {', '.join(sorted(set(tokens.values())))}" if tokens else "read-only: no review tokens"
    print(f"Fogline on http://{host}:{port}/ ({mode})", file=sys.stderr)
    print("answering Host: " + ("any (*)" if "*" in hosts else ", ".join(hosts))
          + " (--allowed-host NAME adds one)", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level))
    server.run(sockets=[sock])  # the socket bound here: a busy port is an error before anything starts
    return 0


def _listen(host: str, port: int):
    """A socket bound to ``host:port`` as uvicorn binds it (OSError when the port is taken)."""
    import socket

    family, kind, proto, _name, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        sock.listen(2048)
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return sock
