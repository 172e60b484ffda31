"""'The faction's figures could not be verified': a sentence that says a party's figures are unverified marks
every figure of the party quoted last before it (read once the whole report's claims are known)."""

from __future__ import annotations

from .. import vocab
from ..records import Claim


def unverify_last_claimant(claims_by_draft: list[list[Claim]], before: int) -> None:
    """'The faction's figures could not be verified': every figure of the party quoted last."""
    said = [c for cs in claims_by_draft for c in cs
            if c.evidence.start < before and c.claimant not in (vocab.THE_OUTLET, vocab.SOCIAL_MEDIA)]
    if not said:
        return
    who = max(said, key=lambda c: c.evidence.start).claimant
    for cs in claims_by_draft:
        for c in cs:
            if c.claimant == who and c.status in (vocab.CLAIMED, vocab.REPORTED):
                c.status = vocab.UNVERIFIED
