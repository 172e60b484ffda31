"""Event triggers: the words that say something happened, and which kind of event each one names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vocab
from .scan import caseless
from .text import CaselessPattern, CaselessRegex, alternation, words_regex

CLASH_RANK = 80  # the rank of the words of a fight ('clashes', 'ambush'): below a taking of territory


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
    harm: bool = False  # "killed", "tués": people were killed or hurt
    when_harmed: tuple[str, str] | None = None  # looting, abduction: the type when people are also killed (ACLED)


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int  # absolute offsets
    end: int
    spec: TriggerSpec
    points_back: bool = False  # "Tuesday's incident": names the incident of a day already told


class TriggerReader:
    """Finds every trigger of a sentence in one pass; a strong trigger that points back ('the fighting')
    becomes weak."""

    def __init__(self, data: dict):
        self.specs = []
        for t in data.get("triggers", []):
            self.specs.append(TriggerSpec(
                t["family"], t["event_type"], t["sub_event_type"], t["rank"], t.get("strength") == "strong",
                t.get("territory", False), t.get("civilian", False), t.get("needs"), words_regex(t["patterns"]),
                t.get("harm", False), tuple(t["when_harmed"]) if t.get("when_harmed") else None))
        self.aircraft = words_regex(data.get("aircraft_words", []))  # also whose aircraft strike (sides)
        self._needs = {"aircraft": self.aircraft}
        # one pass over a sentence for all triggers; the group name says which spec matched. The word boundaries
        # are checked once around the alternation (the same matches as each spec's words_regex, in the same order)
        groups = "|".join(f"(?P<t{i}>{alternation(t['patterns'])})" for i, t in enumerate(data.get("triggers", [])))
        self._all = CaselessPattern(rf"(?<![\w-])(?:{groups or '(?!)'})(?![\w])")
        self.civilian_targets = words_regex(data.get("civilian_targets", []))
        self.state_targets = words_regex(data.get("state_targets", []))
        # searched in the words before each trigger, on their caseless copy (several times faster than IGNORECASE)
        self._anaphora = CaselessPattern(data["anaphora"]) if data.get("anaphora") else None
        self._dated_anaphora = CaselessPattern(data.get("dated_anaphora", "(?!)"))
        self._counted_back = CaselessPattern(data.get("counted_victims_before", "(?!)"))
        self._modifier = CaselessPattern(data.get("modifier_before", "(?!)"))
        self._goods = re.compile(data.get("goods_after", "(?!)"), re.I)  # "s'emparer d'armes": no place taken
        self._auxiliary = CaselessRegex(data.get("auxiliary_start", "(?!)"))
        self._ongoing = CaselessPattern(data["ongoing"]) if data.get("ongoing") else None
        self._prospective = CaselessPattern(data["prospective"]) if data.get("prospective") else None
        self._perceived = CaselessPattern(data.get("perceived", "(?!)"))  # "heard explosions": what a witness heard
        self.victim_clause = re.compile(data.get("victim_clause", "(?!)"), re.I)
        self.passive_before = re.compile(data.get("passive_before", "(?!)"), re.I)  # "was ambushed by"
        self.target_before = re.compile(data.get("target_before", "(?!)"), re.I)  # "fell into an ambush"
        self.agent_before = re.compile(data.get("agent_before", "(?!)"), re.I)
        self.opponent_before = re.compile(data.get("opponent_before", "(?!)"), re.I)  # "after clashes with the"

    def _weak_of(self, spec: TriggerSpec) -> TriggerSpec:
        return TriggerSpec(spec.family, spec.event_type, spec.sub_event_type, spec.rank, False, spec.territory,
                           spec.civilian, spec.needs, spec.rx, spec.harm, spec.when_harmed)

    def find(self, text: str, offset: int, folded: str | None = None) -> list[TriggerHit]:
        """The triggers of ``text`` (``folded``: its ``caseless`` copy, when the caller has it)."""
        hits: list[TriggerHit] = []
        needs_ok: dict[str, bool] = {}
        folded = caseless(text) if folded is None else folded
        for m in self._all.finditer(text, folded):
            spec = self.specs[int(m.lastgroup[1:])]
            if spec.needs:
                if spec.needs not in needs_ok:
                    needs_ok[spec.needs] = bool(self._needs[spec.needs].search(text))
                if not needs_ok[spec.needs]:
                    continue
            if spec.territory and self._goods.match(text, m.end()):
                # "se sont emparés d'armes", "seized control of two trucks": goods seized, no place taken; the
                # word still tells a fight won
                spec = TriggerSpec(spec.family, vocab.BATTLES, vocab.ARMED_CLASH, CLASH_RANK, spec.strong, False,
                                   spec.civilian, spec.needs, spec.rx)
            hit_spec = spec
            a, b = max(0, m.start() - 30), m.start()
            before, before_f = text[a:b], folded[a:b] if folded is not None else None
            back = bool(self._dated_anaphora.search(before, before_f)) \
                or spec.harm and self._counted_back.search(before, before_f) is not None  # "des dix civils tués"
            if spec.strong and self._anaphora and self._anaphora.search(before, before_f):
                hit_spec = self._weak_of(spec)  # "during the fighting" points back to a known incident
            elif not spec.strong and not back and self._anaphora and self._anaphora.search(before, before_f):
                back = True  # "The strike happened on Saturday": the strike already told, of whatever kind
            elif spec.strong and self._ongoing and self._ongoing.search(before, before_f):
                hit_spec = self._weak_of(spec)  # "where the army is fighting jihadists": context
            elif spec.strong and self._perceived.search(before, before_f):
                hit_spec = self._weak_of(spec)  # "we heard small explosions": what a witness heard, not an incident
            elif spec.strong and self._prospective and self._prospective.search(
                    text[max(0, b - 45):b], folded[max(0, b - 45):b] if folded is not None else None):
                hit_spec = self._weak_of(spec)  # "foreshadowing a coming battle", "une éventuelle offensive": not news
            elif spec.territory and self._modifier.search(before, before_f) \
                    and not self._auxiliary.match(text, m.start()):
                continue  # "les localités passées sous le contrôle des rebelles": a noun's state, no event word
            elif not spec.strong and self._prospective and self._prospective.search(
                    text[max(0, b - 45):b], folded[max(0, b - 45):b] if folded is not None else None):
                continue  # "par crainte de nouvelles attaques": no incident, not even one told before
            hits.append(TriggerHit(offset + m.start(), offset + m.end(), hit_spec, back))
        return hits
