"""``fogline serve``: the analyst's web UI (map, timeline, incident pages, review) and its JSON API."""

from .app import create_app

__all__ = ["create_app", "run"]


def run(db_url: str, *, host: str = "127.0.0.1", port: int = 8000, token_file: str | None = None,
        tile_url: str | None = None, log_level: str = "warning") -> int:
    """Serve until interrupted; tokens from ``$FOGLINE_TOKENS`` and ``token_file``."""
    import ipaddress
    import os
    import sys

    import uvicorn

    from .auth import TokenError, load_tokens

    try:
        tokens = load_tokens(token_file)
    except (TokenError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    tile_url = tile_url or os.environ.get("FOGLINE_TILE_URL") or None
    try:
        app = create_app(db_url, tokens=tokens, tile_url=tile_url,
                         tile_attribution=os.environ.get("FOGLINE_TILE_ATTRIBUTION"),
                         on_upgrade=lambda n: print(f"note: this store was fused by an older version of Fogline; "
                                                    f"assembling its {n} incidents once", file=sys.stderr))
    except ValueError as exc:
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
    uvicorn.run(app, host=host, port=port, log_level=log_level)
    return 0
