"""Extraction: one document → events with actors, place, date and attributed claims.

Rule-based and offline. Every value carries the span of text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from ..actors import ActorDictionary
from ..gazetteer import Gazetteer
from ..lang import available, resources
from ..reconcile import reconcile_event
from ..records import Actor, Background, Claim, Document, Event, Evidence, Extraction, Place
from .attribution import AttributionReader, SpeakerMemory
from .claims import ClaimReader, RawClaim
from .dates import DateMention, DateReader
from .events import EventDraft, TriggerHit, TriggerReader, places_conflict
from .numbers import NumberReader, Quantity
from .parties import ActorMention, ActorReader
from .places import UNLISTED, PlaceMention, PlaceReader
from .text import Sentence, split_sentences, trie_alternation, words_regex

_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d\d)(?![\w-])")


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


def _shift(items, offset):
    return [type(i)(i.start + offset, i.end + offset, *[getattr(i, f) for f in i.__slots__[2:]]) for i in items]


class Extractor:
    """Compiled resources for one language; reuse one instance for many documents."""

    def __init__(self, language: str = "en", *, gazetteer: Gazetteer | None = None,
                 actors: ActorDictionary | None = None):
        data = resources(language)
        self.language = language
        self.gazetteer = gazetteer or Gazetteer.default()
        self.actor_dict = actors or ActorDictionary.default()
        self.numbers = NumberReader(data["numbers"], language)
        self.dates = DateReader(data["dates"], language)
        self.actors = ActorReader(self.actor_dict, language, data["demonyms"])
        self.places = PlaceReader(self.gazetteer, data["places"], data["demonyms"])
        self.triggers = TriggerReader(data["triggers"])
        self.claims = ClaimReader(data["claims"], data["attribution"])
        self.attribution = AttributionReader(data["attribution"])
        ctx = data["context"]
        self._background = words_regex(ctx.get("background", []))
        self._hypothetical = words_regex(ctx.get("hypothetical", []))
        self._news_time = words_regex(ctx.get("news_time_words", []))
        self._speaker_follows = re.compile(data["attribution"].get("speaker_follows", "(?!)"), re.I)
        self._speaker_precedes = re.compile(data["attribution"].get("speaker_precedes", "(?!)"), re.I)
        self._statement_date = re.compile(data["attribution"].get("statement_date", "(?!)"), re.I)
        # "the attackers" point back to whoever the report says attacked; "an armed group", "terrorists" do not
        self._attackers = words_regex(data["triggers"].get("attacker_words", []))
        self._civilian_vehicles = words_regex(data["claims"].get("civilian_vehicles", []))
        self._military_vehicles = words_regex(data["claims"].get("military_vehicle_words", []))
        self._military_convoy_rx = re.compile(data["claims"].get("military_convoy", "(?!)"), re.I)
        self._military_convoy = False  # set per document: a convoy the report calls military
        self._affiliation = re.compile(data["triggers"].get("affiliation_before", "(?!)"), re.I)
        self._reported_mood = re.compile(data["attribution"].get("reported_mood", "(?!)"), re.I)
        self._party_voice = re.compile(data["attribution"].get("party_voice", "(?!)"), re.I)
        self._statement_after = re.compile(data["attribution"].get("statement_date_after", "(?!)"), re.I)
        self._clause_break = re.compile(data["claims"].get("clause_break", ";"), re.I)
        self._social = words_regex(data["attribution"].get("sources", {}).get("social media", []))
        self.demonyms = data["demonyms"]
        self._demonym_rx = re.compile(
            rf"(?<![\w-])(?:{trie_alternation(w.lower() for w in self.demonyms.get('demonyms', {}))})(?![\w-])", re.I)
        self.country_words = {k.lower(): v for k, v in data["places"].get("country_words", {}).items()}

    # -- reading every sentence ------------------------------------------------------------
    def _view(self, doc: Document, s: Sentence, year: int | None, actor_year: int | None) -> SentenceView:
        v = SentenceView(s)
        v.dates = _shift(self.dates.find(s.text, doc.published), s.start)
        v.event_dates = [d for d in v.dates  # "said on Sunday", "on Sunday put the toll at": when it was told
                         if not self._statement_date.search(s.text[max(0, d.start - s.start - 40):d.start - s.start])
                         and not self._statement_after.match(s.text[d.end - s.start:d.end - s.start + 40])]
        v.actors = _shift(self.actors.find(s.text, actor_year), s.start)
        v.affiliations = {a.start for a in v.actors  # "Omar Ag Biya, un membre influent du FLA"
                          if self._affiliation.search(s.text[max(0, a.start - s.start - 50):a.start - s.start])}
        v.triggers = self.triggers.find(s.text, s.start)
        v.quantities = self.numbers.find(s.text)
        years = [int(y) for y in _YEAR.findall(s.text)]
        v.year = min(years) if years else None
        past_year = any(y < year for y in years) if year else False
        cue = bool(self._background.search(s.text)) or any(  # "In July, ADF fighters killed dozens..."
            d.kind == "month" and d.precision == "month" and d.date and doc.published
            and (doc.published - d.date).days > 45 for d in v.dates)
        news_time = bool(self._news_time.search(s.text)) or any(d.kind in ("weekday", "relative") for d in v.dates)
        v.background = past_year and not (news_time and not cue) or (cue and not news_time)
        v.hypothetical = bool(self._hypothetical.search(s.text)) and not v.quantities
        return v

    def extract(self, doc: Document) -> Extraction:
        text = doc.text
        result = Extraction(doc)
        if doc.language != self.language:
            result.warnings.append(f"no resources for language {doc.language!r}; read with {self.language!r}")
        if doc.published is None:
            anchor = self.dates.anchor(text, date.today().year)
            if anchor:  # dates relative phrases; the output keeps published = null
                result.warnings.append(f"no published date: relative dates read from {anchor[0].isoformat()} "
                                       f"({anchor[1]!r})")
                doc = replace(doc, published=anchor[0])
        year = doc.published.year if doc.published else _latest_year(text)
        # without a published date the latest year in the text is a guess: good enough for
        # "in 2015" being background, not for choosing between actors active in different years
        views = [self._view(doc, s, year, doc.published.year if doc.published else None)
                 for s in split_sentences(text)]
        countries = self._countries(views, text)
        dateline = self.places.dateline_end(text)
        for v in views:  # the dateline's date is when the story was filed
            v.event_dates = [d for d in v.event_dates if d.start >= dateline]
        skips = []
        for v in views:
            skip = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
            if v.s.start < dateline:
                skip.append((0, dateline - v.s.start))
            skip += [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
            skips.append(skip)
            v.places = _shift(self.places.find(v.s.text, countries, skip), v.s.start)
        first = countries[:1]
        countries = self._countries(views, text)  # again, now that places are known
        if countries[:1] != first:  # unlisted settlements take the report's country: read places again
            for v, skip in zip(views, skips, strict=True):
                v.places = _shift(self.places.find(v.s.text, countries, skip), v.s.start)
        self._name_state_forces(views, countries)
        drafts = self._group(views, doc)
        memory = SpeakerMemory()
        memory.country_forces = self.demonyms.get("state_forces", {}).get(countries[0]) if countries else None
        self._year = doc.published.year if doc.published else None
        self._military_convoy = bool(self._military_convoy_rx.search(text))
        memory.generic = lambda words: self._generic_armed(None, views, countries[0] if countries else None,
                                                           words)[0]
        events: list[Event] = []
        claims_by_draft: dict[int, list[Claim]] = {i: [] for i in range(len(drafts))}
        owner = _sentence_owner(views, drafts)
        unverified_at: list[int] = []  # where a report says a party's figures could not be verified
        for v in views:
            for a in v.actors:
                memory.saw(a)
            speakers = self.attribution.speakers(v.s.text, _shift(v.actors, -v.s.start), memory)
            if v.background:
                if v.triggers or v.quantities:
                    result.background.append(Background(Evidence.of(text, v.s.start, v.s.end), v.year))
                if speakers:
                    memory.last_speaker = speakers[-1].name
                continue
            d = owner.get(v.s.index)
            if d is not None:
                claims_by_draft[d] += self._claims(doc, v, views, speakers, memory, drafts[d], countries)
            if not v.quantities and self.attribution.figures_unverified(v.s.text):
                unverified_at.append(v.s.start)
            if speakers:
                memory.last_speaker = speakers[-1].name
        for pos in unverified_at:
            _unverify_last_claimant(claims_by_draft, pos)
        previous: Place | None = None
        for i, draft in enumerate(drafts):
            event = self._event(doc, i, draft, views, claims_by_draft[i], countries)
            if _stale(event, doc.published):  # "the army recaptured Khartoum in March": context, not news
                s0 = views[draft.sentences[0]].s
                result.background.append(Background(Evidence.of(text, s0.start, s0.end),
                                                    int(event.date[:4]) if event.date else None))
                continue
            if event.place.latitude is None:  # a follow-up incident of the same report happens nearby
                event.place = previous or self._document_place(views, countries) or event.place
            previous = event.place if event.place.latitude is not None else previous
            dated = next((e for e in reversed(events) if e.date_evidence is not None), None)
            if event.date_evidence is None and dated is not None:
                # "fighting also took place further south": the same time frame as the incident before
                event.date, event.date_precision, event.date_evidence = dated.date, dated.date_precision, \
                    dated.date_evidence
            events.append(event)
        result.events = [e for e in events if e is not None]
        for e in result.events:  # the lede's toll restated in the body is one claim, not two
            seen: set[tuple] = set()
            kept = []
            for c in e.claims:
                key = (c.what, c.of, c.low, c.high, c.claimant, c.status)
                if key not in seen:
                    seen.add(key)
                    kept.append(c)
            e.claims = kept
        for n, e in enumerate(result.events, 1):
            e.id = f"{doc.id}:e{n}"
            for k, c in enumerate(e.claims, 1):
                c.id = f"{e.id}:c{k}"
            reconcile_event(e)
        return result

    # -- context -------------------------------------------------------------------------
    def _countries(self, views: list[SentenceView], text: str) -> list[str]:
        """The report's countries, most mentioned first: country names, nationalities, actors' home."""
        counts: dict[str, int] = {}
        dem = {k.lower(): c for k, c in self.demonyms.get("demonyms", {}).items()}
        for v in views:
            weight = 1 if v.background else 2
            for p in v.places:  # a named place is the strongest sign of where the report is
                counts[p.entry.country] = counts.get(p.entry.country, 0) + weight * (3 if p.precision < 4 else 1)
            for a in v.actors:
                if a.country and a.kind not in ("foreign forces", "other"):
                    counts[a.country] = counts.get(a.country, 0) + weight
            for m in self._demonym_rx.finditer(v.s.text):  # "Malian", "malienne"
                c = dem.get(m.group().lower())
                if c:
                    counts[c] = counts.get(c, 0) + weight
            for w in re.findall(r"[A-Z][a-zé]+(?: [A-Z][a-z]+)?", v.s.text):
                entry = self._country_named(w) if len(w) > 3 else None
                if entry:
                    counts[entry.country] = counts.get(entry.country, 0) + weight
        return sorted(counts, key=lambda c: -counts[c])

    @lru_cache(maxsize=65536)  # noqa: B019 (one extractor per language lives for the whole process)
    def _country_named(self, word: str):
        return self.gazetteer.country(word)

    def _name_state_forces(self, views: list[SentenceView], countries: list[str]) -> None:
        """'the army', 'troops' → the state forces of the report's country."""
        name = self.demonyms.get("state_forces", {}).get(countries[0]) if countries else None
        if not name:
            return
        for v in views:
            v.actors = [ActorMention(a.start, a.end, name, "state forces", countries[0], False)
                        if a.generic and a.kind == "state forces" else a for a in v.actors]

    # -- grouping triggers into events -----------------------------------------------------
    def _group(self, views: list[SentenceView], doc: Document) -> list[EventDraft]:
        drafts: list[EventDraft] = []
        pending = None
        framed: DateMention | None = None  # an explicit date said just before the incident's trigger
        for v in views:
            if v.background or v.hypothetical:
                continue
            if drafts and drafts[-1].place is None and drafts[-1].context_place is None and v.places:
                drafts[-1].context_place = _best_place(v.places)  # "fighters are in control in Tinzaouaten"
            strong = [h for h in v.triggers if h.spec.strong]
            place = _best_place(v.places)
            days = [d for d in v.event_dates if d.precision == "day" or d.kind in ("next_day", "weekday")]
            # "overnight on Jan. 16", "overnight Saturday to Sunday": the named day before the relative word
            day = min(days, key=lambda d: _DAY_KINDS.get(d.kind, 2), default=None)
            if not v.triggers:
                if day is not None and day.kind == "absolute" and not _EMBED.search(v.s.text):
                    if drafts and drafts[-1].date is None:  # "Attacks resumed. On Thursday 29 January, ..."
                        drafts[-1].date, drafts[-1].date_value, drafts[-1].date_label = day, day.date, day.label
                    else:  # "Another mission on 12 June. Troops attacked ...": dates the next incident
                        framed = day
                continue
            day, framed = day or framed, None
            if not strong:
                weak = [h for h in v.triggers if not h.spec.strong]
                dated = self._compatible(drafts, drafts[-1].family, day, None, drafts) if drafts and day else None
                if dated is not None and dated is not drafts[-1] and weak and \
                        dated.best.event_type != max((h.spec for h in weak), key=lambda s: s.rank).event_type:
                    dated = None  # "an assault on Thursday" is not the IED of Thursday
                if weak and drafts and day and dated is None:
                    # "the violence erupted Thursday"
                    drafts.append(self._new_draft(weak, v, day, place, drafts))
                elif weak and drafts and place and place.precision <= 2 and self._has_casualties(v) and all(
                        places_conflict(d.place or d.context_place, place) for d in drafts):
                    # "180 km away, in Um Kadadah, the paramilitary killed 56 civilians"
                    drafts.append(self._new_draft(weak, v, day, place, drafts))
                elif weak and drafts:
                    target = dated or drafts[-1]  # "the same convoy was attacked again on the 13th"
                    target.hits += weak
                    target.sentences.append(v.s.index)
                    if target.date is None and day is not None:
                        target.date, target.date_value = day, self._date_value(day, drafts)
                        target.date_label = self._date_label(day, drafts)
                elif weak and self._has_casualties(v):
                    drafts.append(self._new_draft(weak, v, day, place, drafts))
                elif weak and pending is None and day and any(a.kind != "civilians" for a in v.actors):
                    pending = (weak, v, day, place)  # "the attack on June 13": an event if nothing better
                continue
            if day is None and any(h.spec.territory for h in strong):
                # "the RSF said on Sunday it had taken the camp": a capture is known when announced
                day = next((d for d in v.dates if d.precision == "day"), None)
            for family in dict.fromkeys(h.spec.family for h in strong):
                hits = [h for h in v.triggers if h.spec.family == family or not h.spec.strong]
                target = self._compatible(drafts, family, day, place, drafts)
                if target is None:
                    drafts.append(self._new_draft(hits, v, day, place, drafts))
                else:
                    target.hits += hits
                    if v.s.index not in target.sentences:
                        target.sentences.append(v.s.index)
                    if target.date is None and day is not None:
                        target.date, target.date_value = day, self._date_value(day, drafts)
                        target.date_label = self._date_label(day, drafts)
                    if place and (target.place is None or place.precision < target.place.precision):
                        target.place = place
        if not drafts and pending:
            drafts.append(self._new_draft(*pending, drafts))
        return drafts

    def _has_casualties(self, v: SentenceView) -> bool:
        return any(q.low for q in v.quantities) and bool(self.claims._verb_rx.search(v.s.text))

    def _new_draft(self, hits, v, day, place, drafts) -> EventDraft:
        d = EventDraft(hits[0].spec.family, list(hits), [v.s.index], lead=len(hits))
        if day:
            d.date, d.date_value = day, self._date_value(day, drafts)
            d.date_label = self._date_label(day, drafts)
        d.place = place
        return d

    @staticmethod
    def _date_value(day: DateMention, drafts: list[EventDraft]) -> date | None:
        if day.kind == "next_day":
            prev = next((d.date_value for d in reversed(drafts) if d.date_value), None)
            return prev + timedelta(days=1) if prev else None
        return day.date

    @staticmethod
    def _date_label(day: DateMention, drafts: list[EventDraft]) -> str:
        if day.kind == "next_day":
            prev = next((d.date_label for d in reversed(drafts) if d.date_label.startswith("wd")), None)
            return f"wd{(int(prev[2:]) + 1) % 7}" if prev else ""
        return day.label

    def _compatible(self, drafts, family, day, place, all_drafts) -> EventDraft | None:
        value = self._date_value(day, all_drafts) if day else None
        label = self._date_label(day, all_drafts) if day else ""
        for d in reversed(drafts):
            if d.family != family:
                continue
            if value and d.date_value and value != d.date_value:
                continue
            if label and d.date_label and label != d.date_label:
                continue
            if places_conflict(d.place or d.context_place, place):
                continue
            return d
        return None

    # -- claims --------------------------------------------------------------------------
    def _claims(self, doc, v: SentenceView, views, speakers, memory, draft, countries) -> list[Claim]:
        text = doc.text
        rel_actors = _shift(v.actors, -v.s.start)
        blocked = [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
        raws = self.claims.find(v.s.text, v.quantities, rel_actors, blocked)
        nxt = views[v.s.index + 1] if v.s.index + 1 < len(views) else None
        unverified_here = self.attribution.unverified(v.s.text)
        unverified_next = (nxt is not None and not nxt.quantities and self.attribution.unverified(nxt.s.text)
                           and not self._social.search(nxt.s.text))
        out: list[Claim] = []
        country = countries[0] if countries else None
        for raw in raws:
            if raw.of_kind == "unknown" and out and self.claims.same_victims(v.s.text, raw):
                raw.of_kind, raw.of_actor = "actor", out[-1].of  # "four killed and six others wounded"
            sp = self._speaker_for(v.s.text, raw, speakers)
            claimant = sp.name if sp else "the outlet"
            cl_ev = Evidence.of(text, v.s.start + sp.start, v.s.start + sp.end) if sp else None
            if sp is None and memory.last_speaker and (re.match(r"\s*[“\"«‘]", v.s.text)
                                                       or self._reported_mood.search(v.s.text)):
                # a quote continued from the previous sentence; "auraient aussi été capturées": still theirs
                claimant = memory.last_speaker
            elif sp is None and memory.country_forces and self._party_voice.search(v.s.text) and \
                    self._party(memory.country_forces, draft, views):
                claimant = memory.country_forces  # "ten terrorists were neutralised": an army communiqué
            of = self._of(raw, claimant, v, draft, views, country)
            entry = self.actor_dict.by_name(claimant)  # a party claims; the UN or an NGO reports
            by_actor = (sp.is_actor if sp else entry is not None) and not (entry and entry.kind in ("other",
                                                                                                   "civilians"))
            if sp is not None and self.attribution.denial(sp.verb):
                status = "denied"  # "the army denied that 50 soldiers had been killed"
            elif raw.of_kind == "own" or (by_actor and of == claimant):
                status = "confirmed"
            elif self.attribution.denial(v.s.text) and sp is not None:
                status = "denied"
            elif unverified_here or unverified_next:
                status = "unverified"
            else:
                status = "claimed" if by_actor else "reported"
            ev = Evidence.of(text, v.s.start + raw.start, v.s.start + raw.end)
            out.append(Claim(raw.what, of, raw.low, raw.high, claimant, status, ev, raw.vague, cl_ev))
        if not raws and self.attribution.unverified(v.s.text) and v.s.index > 0 and \
                not self.attribution.figures_unverified(v.s.text):
            prev = views[v.s.index - 1]
            if self._social.search(prev.s.text) or self._social.search(v.s.text):
                named = [a for a in prev.actors if not a.generic and a.name] if self._social.search(prev.s.text) else []
                claimant = named[0].name if named else "social media"
                ev = Evidence.of(text, v.s.start, v.s.end)
                out.append(Claim("other", "unknown", None, None, claimant, "unverified", ev, False,
                                 Evidence.of(text, named[0].start, named[0].end) if named else None))
        return out

    def _speaker_for(self, text: str, raw: RawClaim, speakers):
        """The nearest speaker of the same clause: 'X, while Y claimed Z' gives Z to Y only."""
        near = [s for s in speakers
                if not self._clause_break.search(text[min(s.end, raw.end):max(s.start, raw.start)])]
        return min(near, key=lambda s: abs(s.start - raw.start)) if near else None

    def _party(self, name: str, draft: EventDraft, views) -> bool:
        return any(a.name == name for i in draft.sentences for a in views[i].actors)

    def _of(self, raw: RawClaim, claimant: str, v: SentenceView, draft: EventDraft, views, country) -> str:
        kind = raw.of_kind
        if kind == "actor" and raw.of_actor:
            entry = self.actor_dict.by_name(raw.of_actor)
            if entry and entry.kind == "state forces" and entry.country and country and entry.country != country:
                foreign = self._foreign_of(entry.country, draft, views)
                if foreign:
                    return foreign
            return raw.of_actor
        if kind == "own" or (raw.own_admission and kind in ("enemy", "unknown", "state")):
            return claimant
        if kind == "civilian" or (kind == "unknown" and raw.what == "displaced"):  # the displaced are civilians
            return f"Civilians ({raw.of_country or country})" if (raw.of_country or country) else "unknown"
        parties = _draft_actors(draft, views)
        if kind == "enemy":
            named = {p.name for p in parties} | {a.name for w in views if not w.background for a in w.actors}
            default = self.actor_dict.default_for(text_of(v, raw), country, self._year, named)
            if default and default.name != claimant and default.kind == "foreign forces":
                return default.name  # "50 « mercenaires »" in Mali: the Russian force the report names
            mine = next((p for p in parties if p.name == claimant), None)
            if mine:
                other = [p for p in parties if _opposed(p, mine)]
                if other:
                    return other[0].name
            name, _kind = self._generic_armed(draft, views, country, text_of(v, raw))
            return name if name and name != claimant else "unknown"
        if kind == "state":
            state = [p for p in parties if p.kind == "state forces"]
            return state[0].name if state else "unknown"
        if kind == "target":
            said = text_of(v, raw)
            if country and self._civilian_vehicles.search(said) and not self._military_vehicles.search(said) \
                    and not self._military_convoy:
                return f"Civilians ({country})"  # "des dizaines de camions-citernes détruits": traders' trucks
            mine = next((p for p in parties if p.name == claimant), None)
            targets = [p for p in parties if mine is None or _opposed(p, mine)]
            state = [p for p in targets if p.kind == "state forces"]
            return (state or targets or [None])[0].name if (state or targets) else "unknown"
        return "unknown"

    def _generic_armed(self, draft: EventDraft | None, views, country: str | None,
                       words: str = "") -> tuple[str | None, str]:
        """What 'the separatists', 'gunmen' stand for: the curated default for those words in this
        country if the report names it, a non-state group named in the event's own sentences, the
        curated default, else an unidentified armed group."""
        named_in_doc = {a.name for v in views if not v.background for a in v.actors if a.name and not a.generic}
        default = self.actor_dict.default_for(words, country, self._year, named_in_doc) if words else None
        if default and default.name in named_in_doc:
            return default.name, default.kind
        for i in (draft.sentences if draft else []):  # named with the event itself, not elsewhere
            for a in views[i].actors:
                if self._armed_group(a) and a.start not in views[i].affiliations:
                    return a.name, a.kind
        if default:
            return default.name, default.kind
        named = self._only_armed_group(views)
        if named and self._attackers.search(words):  # "the attackers" of a report that names one group
            return named.name, named.kind
        if country:
            return f"Unidentified Armed Group ({country})", "unidentified armed group"
        return None, "unidentified armed group"

    def _only_armed_group(self, views) -> ActorMention | None:
        """The armed group a report names, when it names exactly one (outside background)."""
        named: dict[str, ActorMention] = {}
        for w in views:
            if not w.background:
                for a in w.actors:
                    if self._armed_group(a):
                        named.setdefault(a.name, a)
        return next(iter(named.values())) if len(named) == 1 else None

    def _armed_group(self, a: ActorMention | Actor) -> bool:
        """A named non-state armed group that fights the state (not a pro-government militia)."""
        if not a.name or getattr(a, "generic", False) or a.kind not in _ARMED_KINDS:
            return False
        entry = self.actor_dict.by_name(a.name)
        return not (entry and entry.pro_government)

    def _foreign_of(self, home: str, draft, views) -> str | None:
        for p in _draft_actors(draft, views):
            entry = self.actor_dict.by_name(p.name)
            if entry and entry.home_country == home:
                return p.name
        return None

    # -- assembling an event -------------------------------------------------------------
    def _event(self, doc: Document, i: int, draft: EventDraft, views, claims, countries) -> Event:
        text = doc.text
        spec = draft.best
        actors = self._actors(draft, views, countries, claims)
        event_type, sub = spec.event_type, spec.sub_event_type
        sides = {a.side for a in actors}
        if spec.territory:
            a_side = [a for a in actors if a.side == "A"]
            where = self._place(draft, views, countries).country or (countries[0] if countries else None)
            if a_side and a_side[0].kind == "state forces" and a_side[0].country in (None, where):
                sub = "Government regains territory"  # a foreign army taking a town "overtakes" it (ACLED)
        if event_type == "Battles" and sub == "Armed clash":
            b_side = [a for a in actors if a.side == "B"]
            if b_side and all(a.kind == "civilians" for a in b_side):
                event_type, sub = "Violence against civilians", "Attack"
        _victims_are_civilians(claims, actors, self._party_voice)
        if event_type == "Violence against civilians" and sub == "Attack":
            hurt = {c.what for c in claims if c.of.startswith("Civilians")}
            if "abducted" in hurt and not hurt & {"killed", "wounded"}:
                sub = "Abduction/forced disappearance"  # "twenty women were abducted": no one killed
        del sides
        date_m = draft.date
        date_value = draft.date_value
        precision = date_m.precision if date_m else None
        if date_m is None:
            for idx in draft.sentences + draft.other_sentences:
                dm = next((d for d in views[idx].event_dates + views[idx].dates if d.precision), None)
                if dm:
                    date_m, date_value, precision = dm, dm.date, dm.precision
                    break
        if date_m is None and doc.published:
            date_value, precision = doc.published, "week"
        if date_value is None:
            precision = None
        place = self._place(draft, views, countries)
        evidence = [Evidence.of(text, h.start, h.end) for h in draft.hits if h.spec.strong][:8]
        if not evidence:
            evidence = [Evidence.of(text, h.start, h.end) for h in draft.hits][:3]
        confidence = 0.4 + 0.1 * min(3, len(evidence)) + (0.1 if place.country else 0) + (0.1 if actors else 0)
        event = Event(
            id="", event_type=event_type, sub_event_type=sub,
            date=date_value.isoformat() if date_value else None, date_precision=precision, place=place,
            actors=actors, claims=claims, evidence=evidence,
            date_evidence=Evidence.of(text, date_m.start, date_m.end) if date_m else None,
            confidence=min(confidence, 1.0))
        return event

    def _document_place(self, views: list[SentenceView], countries: list[str]) -> Place | None:
        mentions = [p for v in views if not v.background for p in v.places
                    if p.precision < 4 and p.entry.kind != UNLISTED]
        if not mentions:
            return None
        draft = EventDraft("document", place=min(mentions, key=lambda p: (p.precision, p.start)))
        return self._place(draft, views, countries)

    @staticmethod
    def _event_kind(draft: EventDraft) -> str:
        return draft.best.event_type

    def _victims_are_targets(self, actors: list[Actor], draft: EventDraft, views, claims: list[Claim]) -> None:
        """An actor that is only ever counted among the dead, wounded or captured, never heard,
        is the target when another armed actor is the initiator ("the rebels said they killed 25
        soldiers in the ambush")."""
        speakers = set()
        for i in draft.sentences + draft.other_sentences:
            t = views[i].s.text.casefold()
            for a in views[i].actors:
                after = t[a.end - views[i].s.start:a.end - views[i].s.start + 25]
                if a.name and self.attribution.speaks(after):
                    speakers.add(a.name)
        initiators = [a for a in actors if a.side == "A" and a.kind not in ("civilians", "state forces")
                      or a.side == "A" and a.name in speakers]
        for a in actors:
            if a.side == "A" and a.name not in speakers and any(x is not a for x in initiators) and \
                    any(c.of == a.name and c.claimant != a.name for c in claims):
                a.side = "B"

    def _drop_narrators(self, actors: list[Actor], draft: EventDraft, views) -> list[Actor]:
        """In an attack on civilians, state forces heard only as a source ('the army said', 'Ukraine's air
        force said') are not a party when another armed actor is the perpetrator."""
        told: dict[str, bool] = {}
        for i in draft.sentences + draft.other_sentences:
            v = views[i]
            speakers = self.attribution.speakers(v.s.text, _shift(v.actors, -v.s.start), SpeakerMemory())
            spans = [(v.s.start + sp.start, v.s.start + sp.end) for sp in speakers]
            for a in v.actors:
                spoke = any(st <= a.start < en for st, en in spans) or self.attribution.speaks(text_after(v, a.end))
                told[a.name] = told.get(a.name, True) and spoke
        others = [a for a in actors if a.kind not in ("civilians", "state forces")]
        if not others:
            return actors
        return [a for a in actors if not (a.kind == "state forces" and told.get(a.name))]

    def _place(self, draft: EventDraft, views, countries) -> Place:
        best = draft.place or draft.context_place
        if best is None or best.precision >= 3:
            for idx in draft.sentences + draft.other_sentences:
                cand = _best_place(views[idx].places)
                if cand and (best is None or cand.precision < best.precision):
                    best = cand
        if best is None:
            if not countries:
                return Place()
            c = self.gazetteer.country(countries[0])
            return Place(country=c.country if c else countries[0], iso3=c.iso3 if c else None)
        e = best.entry
        if best.precision == 4:
            return Place(country=e.country, iso3=e.iso3, evidence=_ev(views, best))
        if e.kind == UNLISTED:
            return self._unlisted_place(best, draft, views, countries)
        location = None if best.precision == 3 else e.name
        return Place(location=location, country=e.country, iso3=e.iso3, admin1=e.admin1,
                     latitude=round(e.latitude, 4), longitude=round(e.longitude, 4),
                     geo_precision=min(best.precision, 3), geonames_id=e.geonames_id if best.precision < 3 else None,
                     evidence=_ev(views, best))

    def _unlisted_place(self, best: PlaceMention, draft: EventDraft, views, countries) -> Place:
        """A settlement missing from the gazetteer: its name as written, placed at the nearest known
        place the report names with it (the same sentence first), precision 2 ('near'), else region."""
        near = [p for idx in draft.sentences + draft.other_sentences for p in views[idx].places
                if p.precision < 4 and p.entry.kind != UNLISTED]
        near.sort(key=lambda p: (abs(p.start - best.start) > 300, p.precision == 3, abs(p.start - best.start)))
        anchor = self._place(EventDraft("anchor", place=near[0]), views, countries) if near else \
            self._document_place(views, countries)
        if anchor is None or anchor.latitude is None:
            c = best.entry
            return Place(location=c.name, country=c.country, iso3=c.iso3, evidence=_ev(views, best))
        return replace(anchor, location=best.entry.name, geonames_id=None, evidence=_ev(views, best),
                       geo_precision=2 if anchor.geo_precision in (1, 2) else 3)

    def _actors(self, draft: EventDraft, views, countries, claims: list[Claim]) -> list[Actor]:
        """Named and generic actors of the event's sentences, with sides from voice and word order."""
        country = countries[0] if countries else None
        found: dict[str, Actor] = {}
        for idx in draft.sentences:
            v = views[idx]
            hits = [h for h in draft.hits if v.s.start <= h.start < v.s.end]
            anchor = max(hits, key=lambda h: (h.spec.strong, h.spec.rank)) if hits else None
            passive = bool(anchor and self.triggers.passive_before.search(doc_slice(v, anchor.start - 25,
                                                                                        anchor.start)))
            for a in v.actors:
                if a.start in v.affiliations:
                    continue
                name, kind = a.name, a.kind
                if kind == "civilians" and (self._speaker_follows.match(text_after(v, a.end))
                                            or self._speaker_precedes.search(doc_slice(v, a.start - 30, a.start))):
                    continue  # "residents said": a source, not a party
                if a.generic or name is None:
                    if kind == "civilians":
                        if not country:
                            continue
                        name = f"Civilians ({country})"
                    else:
                        words = _with_words_before(v.s.text, a.start - v.s.start, a.end - v.s.start)
                        name, kind = self._generic_armed(draft, views, country, words)  # "Islamist rebels"
                        if name is None:
                            continue
                if kind == "other":
                    continue
                side = "B"
                if anchor:
                    before = a.start < anchor.start
                    by_agent = self.triggers.agent_before.search(doc_slice(v, a.start - 14, a.start))
                    side = "A" if (before and not passive) or (not before and by_agent) else "B"
                    if before and self.triggers.victim_clause.search(doc_slice(v, a.end, anchor.start)):
                        side = "B"  # "nine soldiers were killed when militants attacked …"
                    if kind == "civilians":
                        side = "B"
                if draft.family == "aircraft":
                    side = "A"
                if name not in found:
                    found[name] = Actor(name, kind, side, a.country, [])
                ev = Evidence(a.start, a.end, v.s.text[a.start - v.s.start:a.end - v.s.start])
                if len(found[name].evidence) < 5:
                    found[name].evidence.append(ev)
        actors = list(found.values())
        first = draft.sentences[0]
        if not actors and first > 0 and not views[first - 1].background:
            # "It was first hit by mines at Tadjereret": the parties were named just before
            prev = views[first - 1]
            for a in prev.actors:
                if a.name and not a.generic and a.kind not in ("civilians", "other") and a.name not in found:
                    found[a.name] = Actor(a.name, a.kind, "B", a.country, [Evidence(
                        a.start, a.end, prev.s.text[a.start - prev.s.start:a.end - prev.s.start])])
            actors = list(found.values())
        if actors and not any(a.side == "B" for a in actors):
            # the other party is often named only where the report gives its side of the story
            # ("Ukraine said it was holding back enemy forces in Pobeda")
            for i in draft.other_sentences:
                for a in views[i].actors:
                    if (a.name and not a.generic and a.name not in found and a.kind not in ("civilians", "other")
                            and any(_opposed(a, x) or a.kind == x.kind == "state forces" and a.country != x.country
                                    for x in actors)):
                        found[a.name] = Actor(a.name, a.kind, "B", a.country, [Evidence(
                            a.start, a.end, views[i].s.text[a.start - views[i].s.start:a.end - views[i].s.start])])
            actors = list(found.values())
        self._victims_are_targets(actors, draft, views, claims)
        homes = {self.actor_dict.by_name(a.name).home_country for a in actors
                 if a.kind == "foreign forces" and self.actor_dict.by_name(a.name)}
        actors = [a for a in actors if not (a.kind == "state forces" and a.country and country
                                             and a.country != country and a.country in homes)]
        _fix_sides(actors)
        armed_groups = {a.side for a in actors if self._armed_group(a)}
        actors = [a for a in actors if not (a.kind == "unidentified armed group" and a.side in armed_groups)]
        # "fighters" beside "the separatists" (the FLA) on the same side are those separatists
        kind = self._event_kind(draft)
        targets = [a for a in actors if a.side == "B" and a.kind != "state forces"]
        if targets and all(a.kind == "civilians" for a in targets) and \
                not any(c.of == a.name for a in actors if a.kind == "state forces" for c in claims):
            actors = self._drop_narrators(actors, draft, views)
        armed = {a.side for a in actors if a.kind != "civilians"}
        if kind == "Battles" and armed == {"A", "B"}:
            # two armed sides fight: civilians are parties only when the report counts civilian victims
            hurt = {c.of for c in claims if c.of.startswith("Civilians") and c.what != "displaced"}
            actors = [a for a in actors if a.kind != "civilians" or a.name in hurt]
        remote_or_civilian = kind in ("Explosions/Remote violence", "Violence against civilians")
        if (country and draft.family == "violence" and (remote_or_civilian or any(a.side == "B" for a in actors))
                and not any(a.side == "A" and a.kind != "civilians" for a in actors)):
            # an attack whose perpetrator the report does not name (ACLED's convention)
            actors.insert(0, Actor(f"Unidentified Armed Group ({country})", "unidentified armed group", "A", None, []))
            for a in actors[1:]:
                a.side = "B"
        return actors


def _unverify_last_claimant(claims_by_draft: dict[int, list[Claim]], before: int) -> None:
    """'The faction's figures could not be verified': every figure of the party quoted last."""
    said = [c for cs in claims_by_draft.values() for c in cs
            if c.evidence.start < before and c.claimant not in ("the outlet", "social media")]
    if not said:
        return
    who = max(said, key=lambda c: c.evidence.start).claimant
    for cs in claims_by_draft.values():
        for c in cs:
            if c.claimant == who and c.status in ("claimed", "reported"):
                c.status = "unverified"


def _victims_are_civilians(claims: list[Claim], actors: list[Actor], army_voice: re.Pattern) -> None:
    """'killing 21 people' in a strike whose only targets are civilians: the people are those civilians
    (not the attackers an army says it 'neutralised')."""
    targets = [a for a in actors if a.side == "B"]
    if not targets or any(a.kind != "civilians" for a in targets):
        return
    for c in claims:
        if c.of == "unknown" and c.what in _HARM and not army_voice.search(c.evidence.text):
            c.of = targets[0].name


_HARM = ("killed", "wounded", "abducted", "missing", "captured")


def _with_words_before(text: str, start: int, end: int, n: int = 2) -> str:
    m = re.search(rf"(?:[\w'’-]+\s+){{0,{n}}}$", text[max(0, start - 40):start])
    return (m.group() if m else "") + text[start:end]


_ARMED_KINDS = ("rebel group", "political militia", "identity militia")
_DAY_KINDS = {"absolute": 0, "weekday": 0}  # a named day before "overnight", "yesterday"


_EMBED = re.compile(r"@\w|https?://|pic\.twitter")  # the date line of an embedded post


def text_after(v: SentenceView, pos: int, n: int = 30) -> str:
    return v.s.text[pos - v.s.start:pos - v.s.start + n]


def text_of(v: SentenceView, raw: RawClaim) -> str:
    """The counted words of a claim ('separatist fighters'), for resolving generic descriptors."""
    return v.s.text[raw.start:raw.end]


def doc_slice(v: SentenceView, start: int, end: int) -> str:
    s = max(start, v.s.start) - v.s.start
    return v.s.text[s:max(s, end - v.s.start)]


def _fix_sides(actors: list[Actor]) -> None:
    """Allies share a side: foreign forces with the state. A state and a non-state armed group are
    opponents: when word order put them on one side, the group that is not the state initiates if
    everyone was a target, else the first-named keeps side A. A lone side becomes A."""
    state_like = ("state forces", "foreign forces")
    armed = [a for a in actors if a.kind != "civilians"]
    state = [a for a in armed if a.kind in state_like]
    nonstate = [a for a in armed if a.kind not in state_like]
    if state and nonstate and {a.side for a in state} == {a.side for a in nonstate}:
        if state[0].side == "B":
            for a in nonstate:
                a.side = "A"
        else:
            first_is_state = armed[0].kind in state_like
            for a in (nonstate if first_is_state else state):
                a.side = "B"
    state_sides = {a.side for a in actors if a.kind == "state forces"}
    for a in actors:
        if a.kind == "foreign forces" and len(state_sides) == 1:
            a.side = next(iter(state_sides))
    if armed and all(a.side == "B" for a in actors):
        if len(armed) < len(actors):
            for a in armed:
                a.side = "A"
        else:
            armed[0].side = "A"


def _opposed(p: ActorMention | Actor, mine: ActorMention | Actor) -> bool:
    if p.name == mine.name:
        return False
    state_like = ("state forces", "foreign forces")
    return (p.kind in state_like) != (mine.kind in state_like) and p.kind != "civilians"


def _draft_actors(draft: EventDraft, views) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for i in draft.sentences + draft.other_sentences:
        for a in views[i].actors:
            if a.name and not a.generic and a.name not in seen and a.start not in views[i].affiliations:
                seen[a.name] = a
    return list(seen.values())


def _best_place(places: list[PlaceMention]) -> PlaceMention | None:
    ranked = sorted(places, key=lambda p: (p.precision, p.start))
    return ranked[0] if ranked else None


def _ev(views, p: PlaceMention) -> Evidence:
    for v in views:
        if v.s.start <= p.start < v.s.end:
            return Evidence(p.start, p.end, v.s.text[p.start - v.s.start:p.end - v.s.start])
    raise ValueError("place outside every sentence")




def _sentence_owner(views: list[SentenceView], drafts: list[EventDraft]) -> dict[int, int]:
    """Each news sentence belongs to the event whose trigger sentence precedes it (or the first event)."""
    owner: dict[int, int] = {}
    for i, d in enumerate(drafts):
        for idx in d.sentences:
            owner.setdefault(idx, i)
    current = 0 if drafts else None
    for v in views:
        if v.s.index in owner:
            current = owner[v.s.index]
        elif current is not None and not v.background:
            owner[v.s.index] = current
            drafts[current].other_sentences.append(v.s.index)
    return owner


def _stale(event: Event, published: date | None) -> bool:
    """News is about days and weeks; a month before the report's own month, or a day more than a
    month back, is context."""
    if not published or not event.date or event.date_precision not in ("day", "week", "month"):
        return False
    when = date.fromisoformat(event.date)
    if event.date_precision == "month":  # "in March", "last month", in a report from April: context
        return (when.year, when.month) != (published.year, published.month)
    return (published - when).days > 30


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


@cache
def extractor_for(language: str) -> Extractor:
    return Extractor(language if language in available() else "en")


def extract(doc: Document) -> Extraction:
    """Extract one document with the shared extractor of its language."""
    return extractor_for(doc.language).extract(doc)
