"""Words that open a run of capitalised words without being part of the place's name: a preposition glued to it
at a sentence's start ('À Djibo', 'In Maiduguri'), an article there ('The Kabkabiya market'), a nationality word
('shelled Ukrainian Pokrovsk') and a holder's adjective ('the RSF-controlled Wad Madani', 'Boko Haram-held
Gwoza')."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..text import fold
from .name_runs import Run

_WORD = re.compile(r"[^\s]+\s+")  # a run's word and the spaces after it


class RunTrims:
    """``glued``, ``demonyms``, ``not_places``: folded words of the language; ``holder``: its holder adjective."""

    def __init__(self, gazetteer: Gazetteer, glued: set[str], demonyms: set[str], not_places: set[str],
                 holder: re.Pattern, articles: set[str] = frozenset()):
        self.gaz, self.glued, self.demonyms, self.not_places, self.holder = \
            gazetteer, glued, demonyms, not_places, holder
        self.articles = articles  # 'The' opening a sentence's run

    def _known(self, whole: str) -> bool:
        return bool(self.gaz.admin1(whole) or self.gaz.lookup(whole) or self.gaz.country(whole))

    def trimmed(self, runs, text: str):
        """The runs, each without the words before the name."""
        for m in runs:
            first = _WORD.match(text, m.start(), m.end())
            word = fold(first.group().strip()) if first else None  # folded once: runs are many
            if first and word in self.glued:
                yield Run(first.end(), m.end())
                continue
            if first and word in self.articles and not self._known(text[m.start():m.end()]):
                yield Run(first.end(), m.end())  # "The Kabkabiya market was packed": not "The Gambia"
                continue
            if first and word in self.demonyms and self._demonym_glued(text, m, first.end()):
                yield Run(first.end(), m.end())  # "shelled Ukrainian Pokrovsk": the nationality is no part of it
                continue
            held = None  # "Boko Haram-held Gwoza": the name starts after the holder's adjective
            if "-" in text[m.start():m.end()]:
                for w in _WORD.finditer(text, m.start(), m.end()):
                    if self.holder.search(w.group().strip()):
                        held = w.end()
            yield Run(held, m.end()) if held else m

    def _demonym_glued(self, text: str, run, rest: int) -> bool:
        """Whether a nationality word opens a run whose rest names a place ('Nigerian Gwoza'), not a known name of
        its own ('Somali Region') nor words that name no place ('Malian Armed Forces')."""
        whole = text[run.start():run.end()]
        return not all(w in self.not_places for w in fold(text[rest:run.end()]).split()) and not self._known(whole)
