"""Review tokens: configured, never hard-coded.

``FOGLINE_TOKENS="alice:s3cret,bob:an0ther"`` or ``fogline serve --token-file FILE`` (one ``name:secret``
a line, ``#`` comments). A request proves a token with ``Authorization: Bearer <secret>``; the name is
what the audit log records as *who*. Secrets are compared in constant time.
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Annotated

from fastapi import Depends, HTTPException, Request
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


bearer = HTTPBearer(auto_error=False, description="a review token: `Authorization: Bearer <secret>`")


def require_token(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
    """The name of the presented review token: 401 without one, 403 with a wrong one."""
    if creds is None or not creds.credentials:
        raise HTTPException(401, "a review token is needed (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    name = who(request.app.state.tokens, creds.credentials)
    if name is None:
        raise HTTPException(403, "this token is not valid")
    return name


Who = Annotated[str, Depends(require_token)]
