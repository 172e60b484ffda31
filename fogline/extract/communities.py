"""The communities of resources/communities.json: whose militias fight in communal clashes ('Berom Ethnic Militia
(Nigeria)'), and names that are a people, not a place ('between Fulani and Berom' is no road between two towns)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..gazetteer import RESOURCES, fold
from .text import cased_words_regex


@lru_cache(maxsize=1)
def community_list() -> tuple[dict, ...]:
    return tuple(json.loads((RESOURCES / "communities.json").read_text("utf-8"))["communities"])


@lru_cache(maxsize=8)
def by_alias(language: str) -> dict[str, tuple[dict, ...]]:
    """Alias as written → the communities it names (one name may be a people of several lists)."""
    out: dict[str, tuple[dict, ...]] = {}
    for c in community_list():
        for alias in c["aliases"].get(language, []):
            out[alias] = (*out.get(alias, ()), c)
    return out


@lru_cache(maxsize=8)
def names_regex(language: str) -> re.Pattern:
    """The communities' names in a language; capitalised ones only as written ('Fur' is no fur)."""
    return cased_words_regex(list(by_alias(language))) if by_alias(language) else re.compile("(?!)")


@lru_cache(maxsize=1)
def folded_names() -> frozenset[str]:
    """Every alias of every language, folded: a name the gazetteer lacks that is one of these is a people."""
    return frozenset(fold(a) for c in community_list() for names in c["aliases"].values() for a in names)


def militia_of(words: str, language: str, country: str | None) -> str | None:
    """'Berom villagers' in a report on Nigeria → 'Berom Ethnic Militia (Nigeria)'; None when no community of
    that country is named."""
    named = names_regex(language).search(words)
    among = by_alias(language).get(named.group(), ()) if named else ()
    community = next((c for c in among if country in c["countries"]), None)
    return f"{community['name']} {community['kind']} ({country})" if community else None
