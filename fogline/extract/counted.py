"""What a figure counts: the class of the counted noun, what its verb says happened, and whose it is.

Kept apart from :mod:`.figures` (which finds the figures of a sentence) because these answers depend only on
the claims data of the language: one ``CountedNouns`` per language answers every reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab import ARMED_GROUP_KINDS, CIVILIANS, DISPLACED, STATE_FORCES, UNIDENTIFIED_GROUP
from .numbers import Quantity
from .parties import ActorMention
from .text import words_regex

_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w-]*\s+$")  # a capitalised word, not the sentence's first
_OWNER_GAP = re.compile(r"(?:\s*\([^()]*\))?[\s\"«“”»'’]*")  # "aux soldats « 26", "aux VDP (Volontaires …) « 19"


class Of:
    """What kind of party a figure counts (``RawClaim.of_kind``); ``tolls.py`` names the party."""

    ACTOR = "actor"  # the counted words name an actor (``of_actor``)
    OWN = "own"  # the speaker's own losses ("our men")
    ENEMY = "enemy"  # the speaker's enemy ("terrorists", "assailants")
    CIVILIAN = "civilian"
    STATE = "state"  # soldiers, police: the state's forces
    TARGET = "target"  # vehicles of no named owner: whoever was attacked
    UNKNOWN = "unknown"


_OF_CLASS = {"civilian": Of.CIVILIAN, "enemy": Of.ENEMY, "state": Of.STATE}  # a counted noun's class → its side


@dataclass(slots=True)
class RawClaim:
    start: int  # offsets within the sentence
    end: int
    what: str
    low: int | None
    high: int | None
    vague: bool
    of_actor: str | None  # canonical name when the counted noun names it
    of_kind: str  # an ``Of`` value
    of_country: str | None = None
    own_admission: bool = False
    noun_end: int = 0  # end of the counted noun, where a list of further items may start
    noun: str | None = None  # class of the counted noun: civilian, enemy, state, generic, vehicle, aircraft
    at: int = 0  # where the number itself starts (``start`` may be its verb's)


class CountedNouns:
    """The counted-noun classes (civilian, enemy, state, generic, vehicle, aircraft) and the verbs' kinds."""

    def __init__(self, claims: dict):
        self.categories: list[tuple[str, str | None, re.Pattern]] = [
            (rule["what"], rule.get("needs_noun"), words_regex(rule["verbs"])) for rule in claims.get("what", [])]
        self.vehicle = words_regex(claims.get("vehicle_nouns", []))
        self.aircraft = words_regex(claims.get("aircraft_nouns", []))
        self.people = {k: words_regex(v) for k, v in claims.get("people_nouns", {}).items()}
        self.own = words_regex(claims.get("own_words", []))
        self._allied = words_regex(claims.get("allied_nouns", []))  # read before the enemy's nouns
        # "cinq chauffeurs de camions-citernes": where the head noun comes first, the first counted noun decides
        self._head_first = bool(claims.get("head_first", False))
        # "quinze corps de soldats": the bodies are the soldiers' (the head noun first, yet a container of the next)
        self._remains_of = re.compile(claims["remains_of"], re.I) if claims.get("remains_of") else None
        self._owner_cue = re.compile(claims.get("owner_cue", "(?!)"), re.I)
        self._owner_phrase = re.compile(rf"(?:{claims.get('owner_before', '(?!)').rstrip('$')})"
                                        rf"(?P<owner>[^.,;:]{{1,50}}?)[\s\"«“”»'’]*$", re.I)
        self._coord_word = re.compile(rf"\s(?:{claims.get('coordination', '(?!)')})\s", re.I)
        # "17 morts parmi les soldats", "dans les rangs de l'armée", "côté assaillants": the side named after the toll
        self._side_after = re.compile(claims.get("side_after", "(?!)"), re.I)
        # "Côté FAMa, on déplore trois morts", "les pertes de l'armée s'élèvent à …": the side named before the toll
        self._side_before = re.compile(rf"(?:{claims['side_before']})$", re.I) if claims.get("side_before") else None
        # "trois morts dans une attaque séparatiste": the phrase a toll word counts ends before such words
        self._toll_phrase_end = re.compile(rf"\s(?:{claims.get('toll_phrase_end', '(?!)')})(?![\w-])", re.I)

    def both_sides(self, np: str) -> bool:
        """'soldiers and attackers': a counted phrase naming the state's forces and their enemy together (the
        passive toll of a clash, which gold leaves to the figures given per side)."""
        m = self._coord_word.search(np)
        return bool(m) and {self.noun_class(np[:m.start()]), self.noun_class(np[m.end():m.end() + 30])} \
            == {"state", "enemy"}

    def names_a_number(self, text: str, q: Quantity, next_words) -> bool:
        """'Sector 2', 'Route 9', 'Zone 4': digits right after a capitalised word inside the sentence, that no
        counted noun follows (``next_words(text, pos, n)`` reads it), are part of a name, not a count."""
        return _NAME_BEFORE.search(text, max(0, q.start - 30), q.start) is not None \
            and self.noun_class(next_words(text, q.end, 2)) is None

    def after_toll(self, text: str, start: int, end: int) -> str:
        """The words after a toll word that may say what it counts ('morts civils'), up to a preposition that
        opens another phrase ('morts dans une attaque séparatiste')."""
        m = self._toll_phrase_end.search(text, start, end)
        return text[start:m.start() if m else end]

    def noun_class(self, np: str) -> str | None:
        return self._read_noun_class(np[:60])

    def remains_class(self, text: str, at: int) -> str | None:
        """'quinze corps de soldats': the class of the people whose bodies a toll word at ``at`` counts, if named."""
        m = self._remains_of.match(text, at) if self._remains_of is not None else None
        inner = self._read_noun_class(text[m.end():m.end() + 40]) if m else None
        return inner if inner in ("civilian", "enemy", "state") else None

    @lru_cache(maxsize=20000)  # noqa: B019 (asked for each figure again; one reader per language per process)
    def _read_noun_class(self, head: str) -> str | None:
        if self._head_first:  # the class of the noun that comes first
            classes = (("aircraft", self.aircraft), ("vehicle", self.vehicle), *self.people.items())
            found = [(m.start(), m.start() - m.end(), k) for k, rx in classes if (m := rx.search(head))]
            return min(found)[2] if found else None  # the first noun; of two there, the longer ('hommes en uniforme')
        if self.aircraft.search(head):
            return "aircraft"
        v = self.vehicle.search(head)
        if v and not self._carried(head, v):
            return "vehicle"
        if self._allied.search(head):  # "pro-government fighters": fighters, yet on the state's side
            return "state"
        for k in ("civilian", "enemy", "state", "generic"):
            if self.people[k].search(head):
                return k
        return None

    def fighters(self, text: str, start: int, end: int, actors: list[ActorMention]) -> bool:
        """Do the words ``text[start:end]`` after a figure count fighters ('hundreds of gunmen', '200 ISWAP
        fighters'), the attackers' number?"""
        return self.noun_class(text[start:end]) == "enemy" or any(
            start <= a.start < end and a.kind in ARMED_GROUP_KINDS + (UNIDENTIFIED_GROUP,) for a in actors)

    def _carried(self, head: str, v: re.Match) -> bool:
        """'50 passengers from buses', '30 bus passengers': a vehicle word after the counted people, or one that
        qualifies the people noun right after it, says where the people were; they are what the figure counts."""
        for rx in self.people.values():
            p = rx.search(head)
            if p and (p.start() < v.start() or p.start() == v.end() + 1):
                return True
        return False

    def what(self, verb: str, noun: str | None) -> str | None:
        for what, needs, rx in self.categories:
            if not rx.fullmatch(verb):
                continue
            if needs == "aircraft" and noun == "aircraft":
                return what
            if needs == "vehicle" and noun == "vehicle":
                return what
            if needs is None and noun not in ("vehicle", "aircraft") and not (
                    what == DISPLACED and noun in ("enemy", "state")):  # "Trois assaillants ont fui": fighters
                return what  # who flee are not the displaced
        return None

    def of(self, text: str, np: str, q: Quantity, actors: list[ActorMention], noun: str | None,
           tail: int | None = None):
        """Whose the counted words say the figure is; ``tail``: where a toll word after the number ends ('morts'),
        whose side may follow it."""
        np_start = text.find(np, q.end) if np else q.end
        np_end = np_start + len(np)
        if self.own.search(np[:70]):
            return None, Of.OWN, None
        m = self._owner_phrase.search(text[max(0, q.start - 60):q.start])
        if m:  # "attribue aux soldats « 26 morts »", "aux VDP (Volontaires …) « 19 morts »"
            region = max(0, q.start - 60) + m.start("owner")
            owner = next((a for a in actors if region <= a.start < q.start and not a.generic
                          and _OWNER_GAP.fullmatch(text, a.end, q.start)), None)  # not "attribuée à X a fait"
            if owner:
                return owner.name, Of.ACTOR, owner.country
        inside = [a for a in actors if np_start <= a.start < np_end]
        if inside and noun in ("civilian", "enemy", "state") and self._coord_word.search(text[q.end:inside[0].start]):
            inside = []  # "sept gendarmes et quatre VDP": the actor counts the second item, not this one
        if inside and noun == "enemy" and inside[0].kind == STATE_FORCES \
                and self.people["enemy"].search(text, np_start, inside[0].start):
            inside = []  # "60 enemy soldiers": soldiers of the speaker's enemy, not the report's army
        if inside and inside[0].generic and noun == "state" and self._allied.search(np[:70]):
            inside = []  # "pro-government fighters": the generic fighters are on the state's side
        if inside:  # the first actor named in the counted phrase
            return _of_actor(inside[0])
        if noun in _OF_CLASS:
            return None, _OF_CLASS[noun], None
        if noun in ("vehicle", "aircraft"):
            if self.people["enemy"].search(np[:40]):
                return None, Of.ENEMY, None  # "several enemy vehicles", "véhicules ennemis"
            for a in actors:  # "5 vehicles … from the insurgents", "trucks belonging to the army"
                if a.start > q.end and a.start - q.end < 90 and self._owner_cue.match(text[q.end:a.start]):
                    return _of_actor(a, civilians=False)
            return None, Of.TARGET, None
        if tail is not None and noun in (None, "generic"):
            return self._side_of(text, tail, actors)
        return None, Of.UNKNOWN, None

    def of_phrase(self, start: int, end: int, actors: list[ActorMention], noun: str):
        """Whose a figure is when its counted noun stands before it ('Les assaillants, au nombre de sept,'): the
        actor the phrase ``start:end`` names, else the noun's class."""
        named = next((a for a in actors if start <= a.start < end), None)
        return _of_actor(named) if named is not None else (None, _OF_CLASS.get(noun, Of.UNKNOWN), None)

    def side_before(self, text: str, start: int, actors: list[ActorMention]):
        """The actor a side phrase names before the toll at ``start`` ('Côté FAMa, on déplore trois morts', 'Dans
        les rangs de l'armée, on compte …'), in the same clause and with no other figure between."""
        if self._side_before is None:
            return None
        for a in reversed([a for a in actors if a.end <= start]):
            gap = text[a.end:start]
            if len(gap) > 60 or re.search(r"[.;\d]", gap):
                return None
            m = self._side_before.search(text, max(0, a.start - 40), a.start)
            lead = text[:m.start()].rstrip() if m else ""
            if m and (not lead or lead[-1] in ",;:(«“"):  # the phrase opens its clause: 'confirmant des pertes
                return _of_actor(a)  # dans les rangs des Russes et la mort d'un commandant' is no side of it
        return None

    def _side_of(self, text: str, pos: int, actors: list[ActorMention]):
        """'12 morts parmi les militaires', '3 blessés dans nos rangs', '11 tués côté assaillants': the words
        after the toll word name whose toll it is (an actor, our own men, or a class of people)."""
        m = self._side_after.match(text, pos)
        pair = self._coord_word.match(text, pos) if m is None else None
        if pair:  # "quatre morts et sept blessés côté ami": the side after a pair of tolls is both's
            m = self._side_after.search(text, pair.end(), pair.end() + 40)
            gap = text[pair.end():m.start()] if m else ""
            if m and (re.search(r"[,.;:«»“”]", gap) or len(gap.split()) > 4):
                m = None
        if m is None:
            return None, Of.UNKNOWN, None
        said = re.split(r"[,.;:()«»“”\"]", text[m.end():m.end() + 40])[0]
        if self.own.search(m.group() + said):
            return None, Of.OWN, None
        named = next((a for a in actors if m.start() <= a.start < m.end() + len(said)), None)
        if named is not None:
            return _of_actor(named)
        return None, _OF_CLASS.get(self.noun_class(said), Of.UNKNOWN), None


def _of_actor(a: ActorMention, civilians: bool = True) -> tuple[str | None, str, str | None]:
    """(name, ``Of``, country) of a figure counting this actor's people: civilians as a class (unless
    ``civilians`` is False: a vehicle is never theirs), a generic mention as its side, else the actor."""
    if civilians and a.kind == CIVILIANS:
        return None, Of.CIVILIAN, a.country
    if a.generic:
        return None, (Of.STATE if a.kind == STATE_FORCES else Of.ENEMY), None
    return a.name, Of.ACTOR, a.country


def without_breakdown(text: str, out: list[RawClaim]) -> list[RawClaim]:
    """'a fait 14 morts : 10 soldats et 4 civils', 'killed 15 people, 10 soldiers and 5 civilians': figures set
    off after a total of people by a colon, comma, dash or bracket that add up to it are its breakdown, not more
    claims."""
    drop: set[int] = set()
    for i, total in enumerate(out):
        if i in drop or not total.low or total.high != total.low or total.noun not in (None, "generic"):
            continue  # "10 soldiers, 6 policemen and 4 civilians" is a list: only 'people', 'morts' have parts
        gap = text[max(total.noun_end, total.at):out[i + 1].at] if i + 1 < len(out) else ""
        if not re.fullmatch(r"[^.;]{0,25}?[:,(–—-]\s*", gap):
            continue
        acc, parts = 0, []
        for j in range(i + 1, len(out)):
            part = out[j]
            if part.what != total.what or part.high != part.low or not part.low:
                break
            acc += part.low
            parts.append(j)
            if acc >= total.low:
                break
        if acc == total.low and len(parts) >= 2:
            drop.update(parts)
    return [c for k, c in enumerate(out) if k not in drop] if drop else out


def next_words(text: str, pos: int, n: int) -> str:
    """Up to ``n`` words of ``text`` from ``pos`` (with what stands between them): the words a number counts."""
    m = re.match(rf"(?:\W*[\w'-]+){{0,{n}}}", text[pos:pos + 80])
    return m.group() if m else ""
