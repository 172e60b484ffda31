"""Event triggers and how trigger mentions group into events (one per incident)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..text import fold
from .dates import DateMention
from .places import UNLISTED, PlaceMention
from .text import words_regex


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    family: str
    event_type: str
    sub_event_type: str
    rank: int
    strong: bool
    territory: bool
    civilian: bool
    needs: str | None
    rx: re.Pattern


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int  # absolute offsets
    end: int
    spec: TriggerSpec


@dataclass(slots=True)
class EventDraft:
    family: str
    hits: list[TriggerHit] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # trigger sentences first, in order
    other_sentences: list[int] = field(default_factory=list)
    date: DateMention | None = None  # absolute offsets
    date_value: date | None = None
    date_label: str = ""  # "wd4" when only the weekday is known (no published date)
    place: PlaceMention | None = None  # absolute offsets
    context_place: PlaceMention | None = None  # named around the event's first report, not with a trigger

    lead: int = 0  # how many of ``hits`` came from the sentence that opened the draft

    @property
    def best(self) -> TriggerSpec:
        """The strongest trigger of the opening sentence: a report leads with its incident, and a
        capture mentioned further down ('the RSF, which overran the camp in April') does not retype it."""
        strong = ([h.spec for h in self.hits[:self.lead] if h.spec.strong]
                  or [h.spec for h in self.hits if h.spec.strong] or [h.spec for h in self.hits])
        return max(strong, key=lambda s: s.rank)


class TriggerReader:
    def __init__(self, data: dict):
        self.specs = []
        for t in data.get("triggers", []):
            self.specs.append(TriggerSpec(
                t["family"], t["event_type"], t["sub_event_type"], t["rank"], t.get("strength") == "strong",
                t.get("territory", False), t.get("civilian", False), t.get("needs"), words_regex(t["patterns"])))
        self._needs = {"aircraft": words_regex(data.get("aircraft_words", []))}
        # one pass over a sentence for all triggers; the group name says which spec matched
        self._all = re.compile("|".join(f"(?P<t{i}>{spec.rx.pattern})" for i, spec in enumerate(self.specs)), re.I)
        self.civilian_targets = words_regex(data.get("civilian_targets", []))
        self.state_targets = words_regex(data.get("state_targets", []))
        self._anaphora = re.compile(data["anaphora"], re.I) if data.get("anaphora") else None
        self._ongoing = re.compile(data["ongoing"], re.I) if data.get("ongoing") else None
        self.victim_clause = re.compile(data.get("victim_clause", "(?!)"), re.I)
        self.passive_before = re.compile(data.get("passive_before", "(?!)"), re.I)  # "was ambushed by"
        self.agent_before = re.compile(data.get("agent_before", "(?!)"), re.I)

    def _weak_of(self, spec: TriggerSpec) -> TriggerSpec:
        return TriggerSpec(spec.family, spec.event_type, spec.sub_event_type, spec.rank, False, spec.territory,
                           spec.civilian, spec.needs, spec.rx)

    def find(self, text: str, offset: int) -> list[TriggerHit]:
        hits: list[TriggerHit] = []
        needs_ok: dict[str, bool] = {}
        for m in self._all.finditer(text):
            spec = self.specs[int(m.lastgroup[1:])]
            if spec.needs:
                if spec.needs not in needs_ok:
                    needs_ok[spec.needs] = bool(self._needs[spec.needs].search(text))
                if not needs_ok[spec.needs]:
                    continue
            hit_spec = spec
            before = text[max(0, m.start() - 30):m.start()]
            if spec.strong and self._anaphora and self._anaphora.search(before):
                hit_spec = self._weak_of(spec)  # "during the fighting" points back to a known incident
            elif spec.strong and self._ongoing and self._ongoing.search(before):
                hit_spec = self._weak_of(spec)  # "where the army is fighting jihadists": context
            hits.append(TriggerHit(offset + m.start(), offset + m.end(), hit_spec))
        return hits


def places_conflict(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two towns more than ~40 km apart, or two different regions, are two incidents."""
    if a is None or b is None:
        return False
    if UNLISTED in (a.entry.kind, b.entry.kind):  # no coordinates of its own: only the names can differ
        return a.entry.kind == b.entry.kind and fold(a.entry.name) != fold(b.entry.name)
    if a.precision == 4 or b.precision == 4:
        return a.entry.country_code != b.entry.country_code
    if a.precision == 3 or b.precision == 3:
        return bool(a.entry.admin1 and b.entry.admin1 and a.entry.admin1 != b.entry.admin1)
    if a.entry == b.entry:
        return False
    dlat = a.entry.latitude - b.entry.latitude
    dlon = a.entry.longitude - b.entry.longitude
    return (dlat * dlat + dlon * dlon) ** 0.5 > 0.4
