"""Review tokens: configured, never hard-coded.

``FOGLINE_TOKENS="alice:s3cret,bob:an0ther"`` or ``fogline serve --token-file FILE`` (one ``name:secret``
a line, ``#`` comments). A request proves a token with ``Authorization: Bearer <secret>``; the name is
what the audit log records as *who*. Secrets are compared in constant time; ``fogline serve`` refuses a
secret under ``MIN_SECRET`` characters. A client that presents ``FAIL_LIMIT`` wrong tokens within
``FAIL_WINDOW`` seconds is answered 429 (with ``Retry-After``) until the oldest of them is that old, even
with a right token: guessing cannot go on. ``GET /api/whoami`` names the token's analyst.
"""

from __future__ import annotations

import hmac
import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer


class TokenError(ValueError):
    pass


def parse_tokens(spec: str, source: str = "FOGLINE_TOKENS") -> dict[str, str]:
    """``name:secret`` pairs separated by commas or new lines → {secret: name}."""
    out: dict[str, str] = {}
    for n, raw in enumerate(spec.replace(",", "\n").splitlines(), 1):
        item = raw.strip()
        if not item or item.startswith("#"):
            continue
        name, sep, secret = item.partition(":")
        name, secret = name.strip(), secret.strip()
        if not sep or not name or not secret:
            raise TokenError(f"{source}: entry {n} is not name:secret")
        if secret in out:
            raise TokenError(f"{source}: entry {n} repeats a secret")
        out[secret] = name
    return out


MIN_SECRET = 16  # characters: `openssl rand -hex 16` gives 32
FAIL_LIMIT = 10  # wrong tokens a client may present ...
FAIL_WINDOW = 60.0  # ... within this many seconds


def weak_tokens(tokens: dict[str, str]) -> list[str]:
    """The names whose secret is shorter than ``MIN_SECRET`` characters (guessable)."""
    return sorted({name for secret, name in tokens.items() if len(secret) < MIN_SECRET})


def load_tokens(token_file: str | Path | None = None, env: dict[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    tokens = parse_tokens(env.get("FOGLINE_TOKENS", ""))
    if token_file:
        path = Path(token_file)
        tokens.update(parse_tokens(path.read_text(encoding="utf-8"), str(path)))
    return tokens


def who(tokens: dict[str, str], presented: str) -> str | None:
    """The token's name when ``presented`` is one of the secrets, else None (every secret is compared)."""
    found = None
    given = presented.encode("utf-8")
    for secret, name in tokens.items():
        if hmac.compare_digest(secret.encode("utf-8"), given):
            found = name
    return found


class FailedLogins:
    """Wrong tokens per client (its address) within the last ``window`` seconds; thread-safe, and bounded to
    ``max_clients`` addresses (the longest quiet are forgotten first)."""

    def __init__(self, limit: int = FAIL_LIMIT, window: float = FAIL_WINDOW,
                 clock: Callable[[], float] = time.monotonic, max_clients: int = 10_000) -> None:
        self.limit, self.window, self.clock, self.max_clients = limit, window, clock, max_clients
        self.seen: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Seconds until ``client`` may try a token again; 0 when it may now."""
        with self.lock:
            times = self._recent(client)
            if times is None or len(times) < self.limit:
                return 0
            return max(1, math.ceil(times[0] + self.window - self.clock()))

    def failed(self, client: str) -> None:
        with self.lock:
            times = self._recent(client)
            if times is None:
                if len(self.seen) >= self.max_clients:
                    self._forget()
                times = self.seen[client] = deque(maxlen=self.limit)
            times.append(self.clock())

    def _recent(self, client: str) -> deque[float] | None:
        times = self.seen.get(client)
        if times is not None:
            while times and times[0] <= self.clock() - self.window:
                times.popleft()
            if not times:
                del self.seen[client]
                return None
        return times

    def _forget(self) -> None:
        now = self.clock()
        for c in [c for c, t in self.seen.items() if not t or t[-1] <= now - self.window]:
            del self.seen[c]
        for c in sorted(self.seen, key=lambda c: self.seen[c][-1])[:max(0, len(self.seen) - self.max_clients + 1)]:
            del self.seen[c]


bearer = HTTPBearer(auto_error=False, description="a review token: `Authorization: Bearer <secret>`")


def require_token(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
    """The name of the presented review token: 401 without one, 403 with a wrong one, 429 once this client
    has presented too many wrong ones."""
    if creds is None or not creds.credentials:
        raise HTTPException(401, "a review token is needed (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    failures: FailedLogins | None = getattr(request.app.state, "failed_logins", None)
    client = request.client.host if request.client else "?"
    if failures is not None and (wait := failures.retry_after(client)):
        raise HTTPException(429, f"too many wrong tokens from this address: try again in {wait} s",
                            headers={"Retry-After": str(wait)})
    name = who(request.app.state.tokens, creds.credentials)
    if name is None:
        if failures is not None:
            failures.failed(client)
        raise HTTPException(403, "this token is not valid")
    return name


Who = Annotated[str, Depends(require_token)]

router = APIRouter()


@router.get("/api/whoami", tags=["review"])
def whoami(name: Who) -> dict[str, str]:
    """The analyst's name of the token in ``Authorization`` (401 without one, 403 when it is not valid): what
    the UI shows once a token is entered, so a mistyped token is seen before a review is refused."""
    return {"name": name}
