"""The wounded who died since, told beside the toll they raise ('Deux blessés ont succombé, portant le bilan à 14
morts', 'The toll rose to 20 after two injured people died'): they are counted in that toll, not a claim of their
own. Language data: ``wounded_died`` in ``lang/<code>/claims.json``, ``toll_update`` in ``triggers.json``."""

from __future__ import annotations

from .. import vocab
from .counted import RawClaim
from .text import CaselessPattern, CaselessRegex, alternation


class TollParts:
    def __init__(self, claims: dict, triggers: dict):
        self._died = CaselessRegex(alternation(claims.get("wounded_died", []), sort=False) or "(?!)")
        self._update = CaselessPattern(triggers.get("toll_update", "(?!)"))

    def drop(self, text: str, folded: str | None, raws: list[RawClaim]) -> list[RawClaim]:
        """``raws`` without the figures of the wounded who died, when the sentence updates a larger toll."""
        if len(raws) < 2:
            return raws
        parts = [r for r in raws if r.low is not None and self._wounded_died(text, r)]
        if not parts or not self._update.search(text, folded):
            return raws
        return [r for r in raws if r not in parts or not any(
            o is not r and o.what == vocab.KILLED and o.low is not None and o.low > r.low for o in raws)]

    def _wounded_died(self, text: str, r: RawClaim) -> bool:
        m = self._died.search(text, max(0, r.at - 25), min(len(text), r.at + 80))
        return m is not None and m.start() <= r.at < m.end()
