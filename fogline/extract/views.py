"""What a document's sentences hold once read (``SentenceView``) and the document's context (``DocumentContext``),
the records every later stage reads, and the helpers that move mentions between sentence and document offsets.
``context`` fills them; apart so that a stage needs the records, not the reader."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter, itemgetter

from ..records import Document
from .dates import DateMention
from .numbers import Quantity
from .parties import ActorMention
from .place_mention import PlaceMention
from .sentences import Sentence
from .triggers import TriggerHit


@dataclass(slots=True)
class SentenceView:
    """What the readers found in one sentence; offsets are absolute (document) offsets."""

    s: Sentence
    dates: list[DateMention] = field(default_factory=list)
    event_dates: list[DateMention] = field(default_factory=list)  # not the date of a statement
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    triggers: list[TriggerHit] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)  # sentence offsets
    background: bool = False
    year: int | None = None
    hypothetical: bool = False
    affiliations: set[int] = field(default_factory=set)  # starts of "a member of X" mentions: not parties
    elsewhere: set[int] = field(default_factory=set)  # starts of groups named in another incident's words
    folded: str | None = None  # the caseless copy of the sentence (None: it has no exact copy)
    relative: tuple | None = None  # (actors, the same in sentence offsets): see relative_actors


@dataclass(slots=True)
class DocumentContext:
    """Per-document state, made once per ``extract`` call and passed to every stage (never kept on the
    shared extractor)."""

    doc: Document  # published is the anchored date when the report gave none
    views: list[SentenceView]
    countries: list[str]  # the report's countries, most mentioned first
    year: int | None  # the published year: which actors were active (None when the report is undated)
    _convoy: object  # military_convoy, or a function that reads it (a search of the whole report, rarely asked)
    state_forces: str | None  # the state forces of the report's country ("the army" in a Malian report)
    datelines: list[tuple[int, int]] = field(default_factory=list)  # spans where the story says it was filed
    structure: dict = field(default_factory=dict)  # sentence index → SentenceStructure (structure.py)
    _names: dict[bool | str, frozenset] = field(default_factory=dict)  # foreground_names, computed once
    spoken: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # sentence → its speakers' spans (sides)
    memo: dict = field(default_factory=dict)  # what later stages read once per report and ask again (placing's areas)
    filed: int = 0  # where the date the story was filed ends (0: none): a lead dated by it is provisional

    @property
    def military_convoy(self) -> bool:
        """The report calls a convoy military: its trucks are not civilian property. Read on first ask."""
        if callable(self._convoy):
            self._convoy = bool(self._convoy())
        return self._convoy

    def foreground_names(self, named_only: bool = False) -> frozenset:
        """The names of the actors of every sentence outside background (``named_only``: not generic words
        such as 'gunmen', no empty names). Computed once per report: asked per event and per claim, a scan
        of every sentence each time made extraction time grow with the square of the report's length."""
        if named_only not in self._names:
            self._names[named_only] = frozenset(a.name for v in self.views if not v.background for a in v.actors
                                                if not named_only or (a.name and not a.generic))
        return self._names[named_only]

    def party_names(self) -> frozenset:
        """Named actors but groups named only as present or in another incident's words (once per report)."""
        if "party" not in self._names:
            self._names["party"] = frozenset(a.name for v in self.views if not v.background for a in v.actors
                                             if a.name and not a.generic and a.start not in v.elsewhere)
        return self._names["party"]

    def view_at(self, offset: int) -> SentenceView | None:
        """The sentence holding this document offset (views are in text order: a binary search)."""
        i = self.index_at(offset)
        return None if i is None else self.views[i]

    def index_at(self, offset: int) -> int | None:
        """The index of the sentence holding this document offset, None between sentences."""
        i = bisect_right(self.views, offset, key=lambda v: v.s.start) - 1
        return i if i >= 0 and offset < self.views[i].s.end else None

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


def by_sentence_index(items, ctx: DocumentContext) -> dict[int | None, list]:
    """Mentions (document offsets) by the index of the sentence they start in, each list in the items' order: one
    binary search a mention, not a scan of every mention per sentence (a long report's draft holds hundreds)."""
    out: dict[int | None, list] = {}
    for m in items:
        out.setdefault(ctx.index_at(m.start), []).append(m)
    return out


def shift(items, offset):
    """The same mentions moved by ``offset`` (sentence ↔ document offsets)."""
    if not items:
        return []
    kind = type(items[0])
    rest = _REST.get(kind)
    if rest is None or any(type(i) is not kind for i in items):
        return [type(i)(i.start + offset, i.end + offset, *[getattr(i, f) for f in i.__slots__[2:]]) for i in items]
    return [kind(i.start + offset, i.end + offset, *rest(i)) for i in items]


def relative_actors(v: SentenceView) -> list:
    """``shift(v.actors, -v.s.start)``, made once per list of actors: claims and sides ask for it per sentence, per
    figure and per event. Read it, never change it (it is shared)."""
    memo = v.relative
    if memo is None or memo[0] is not v.actors:
        memo = v.relative = (v.actors, shift(v.actors, -v.s.start))
    return memo[1]


# the fields after start and end of each kind of mention, read in one call (shift runs for every sentence)
_REST = {kind: attrgetter(*kind.__slots__[2:]) for kind in (DateMention, ActorMention, PlaceMention)
         if len(kind.__slots__) > 3}  # two fields or more: the getter gives a tuple


def within(spans: list[tuple[int, int]], v: SentenceView) -> list[tuple[int, int]]:
    """The parts of document ``spans`` (datelines: in text order, none overlapping) inside sentence ``v``, as
    spans of its text. A binary search: a long report has a dateline per paragraph and a sentence asks often."""
    out = []
    for i in range(bisect_right(spans, v.s.start, key=itemgetter(1)), len(spans)):
        a, b = spans[i]
        if a >= v.s.end:
            break
        out.append((max(0, a - v.s.start), b - v.s.start))
    return out


def spans_test(spans: list[tuple[int, int]]):
    """A test of whether an offset lies in one of ``spans`` (in order of their starts; they may overlap): a binary
    search over the starts and the furthest end reached so far, not a scan (a long report's datelines are many)."""
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < reach[i]

    return inside


def text_after(v: SentenceView, pos: int, n: int = 30) -> str:
    return v.s.text[pos - v.s.start:pos - v.s.start + n]


def doc_slice(v: SentenceView, start: int, end: int) -> str:
    s = max(start, v.s.start) - v.s.start
    return v.s.text[s:max(s, end - v.s.start)]
