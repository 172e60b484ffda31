"""One document read sentence by sentence: what every reader found in each sentence, and the document's context.

Everything that belongs to one document (its sentences, countries, year) lives in a ``DocumentContext`` made
here, so one ``Extractor`` can serve many documents at once (the server shares one across threads).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import partial

from .. import vocab
from ..gazetteer import Gazetteer
from ..records import Document
from . import pattern_cache
from .areas import area_reader
from .asides import subject_aside
from .dates import DateReader
from .dating import (
    YEAR,
    anchored_elsewhere,
    bound_later,
    chain_days,
    counted_from_later,
    earlier_incident,
    incise_after,
    led_elsewhere,
    news_first,
    pin_weekdays,
    told_first,
)
from .filed import dateline
from .needed_words import caseless_needs, may_hold
from .numbers import NumberReader
from .parties import ActorReader, name_state_forces
from .places import PlaceReader
from .report_countries import ReportCountries
from .scan import caseless, caseless_within
from .sentences import Sentence, split_sentences
from .small_hours import NightReader, second_days
from .text import AnyWords, CaselessPattern, CaselessRegex, alternation, words_regex
from .triggers import TriggerReader
from .views import DocumentContext, SentenceView, shift, spans_test, within


class ContextReader:
    """Runs every reader over every sentence and works out the report's countries and year."""

    def __init__(self, data: dict, language: str, gazetteer: Gazetteer, *, numbers: NumberReader,
                 dates: DateReader, actors: ActorReader, places: PlaceReader, triggers: TriggerReader):
        self.language = language
        self.gazetteer = gazetteer
        self.numbers, self.dates, self.actors, self.places, self.triggers = numbers, dates, actors, places, triggers
        ctx = data["context"]
        self._background = AnyWords(ctx.get("background", []))  # asked only whether a sentence holds one
        self._hypothetical = CaselessPattern(words_regex(ctx.get("hypothetical", [])).pattern)
        self._news_time = CaselessPattern(words_regex(ctx.get("news_time_words", [])).pattern)
        self._statement_date = CaselessPattern(data["attribution"].get("statement_date", "(?!)"))
        self._statement_after = CaselessPattern(data["attribution"].get("statement_date_after", "(?!)"))
        self._object_verb = pattern_cache.compile(data["attribution"].get("statement_object", "(?!)"), re.I)
        # "residents said it happened on Friday": a verb of occurring after the saying verb owns the day (dates.json)
        occurrence = data["dates"].get("occurrence_verbs")
        self._occurred = pattern_cache.compile(
            rf"(?<![\w-])(?:{alternation(occurrence)})(?![\w-])" if occurrence else "(?!)", re.I)
        self._statement_place = CaselessPattern(ctx.get("statement_place", "(?!)"))
        # "The attack took place in X, where militants have stepped up raids": the place's history, not the clause's
        self._place_relative = pattern_cache.compile(ctx.get("place_relative", "(?!)"))
        # "The junta, which seized power in 2020, said …": the history of the party or speaker a clause describes
        self._party_relative = pattern_cache.compile(ctx.get("party_relative", "(?!)"))
        # "India on Wednesday expressed concern", "a condamné lundi": a statement's date (dates.json)
        self._told_before = CaselessPattern(data["dates"].get("statement_before", "(?!)"))
        self._told_after = CaselessPattern(data["dates"].get("statement_after", "(?!)"))
        self._possessive = CaselessPattern(data["dates"].get("day_possessive", "(?!)"))  # the day of a noun
        self._count_noun = words_regex(data["triggers"].get("count_nouns", []))  # "toll", "bilan"
        # "On Monday, police said ...": a speaker and its verb right after a day (attribution.json's verbs)
        verbs = alternation(data["attribution"].get("verbs", [])) or "(?!)"
        # ... or a verb of the aftermath right after it ("on Tuesday recovered the bodies", dates.json)
        after = alternation(data["dates"].get("aftermath_verbs", [])) or "(?!)"
        self._reporting = pattern_cache.compile(
            rf"[\s,]*(?:(?:[\w'’.,-]+\s+){{0,10}}?(?:{verbs})|(?:[\w'’.,-]+\s+){{0,3}}?(?:{after}))(?![\w])", re.I)
        # "three days after gunmen killed 15 people on Thursday": the day of another incident (dates.json)
        self._elsewhere = pattern_cache.compile(data["dates"].get("other_event_opener", "(?!)"), re.I)
        self._elsewhere_c = CaselessPattern(self._elsewhere.pattern)  # asked of every dated sentence: the copy
        self._lead = pattern_cache.compile(data["dates"].get("reference_lead", "(?!)"), re.I)
        # 'the night of Saturday to Sunday, at 3 a.m.': Sunday
        self._nights = NightReader(data["dates"], data["numbers"].get("ordinal_after"))
        self._affiliation = CaselessPattern(data["triggers"].get("affiliation_before", "(?!)"))
        self._accusation = CaselessPattern(data["triggers"].get("accusation_before", "(?!)"))
        # "une zone où opère la katiba Macina du JNIM": a group said to be present there is no party of the event
        self._presence_cue = CaselessPattern(data["triggers"].get("presence_cue", "(?!)"))
        self._presence_before = CaselessPattern(data["triggers"].get("presence_before", "(?!)"))
        self._presence_after = CaselessPattern(data["triggers"].get("presence_after", "(?!)"))
        self._war_before = CaselessPattern(data["triggers"].get("war_before", "(?!)"))
        self._war_after = CaselessPattern(data["triggers"].get("war_after", "(?!)"))
        # "… interviennent trois mois après l'attaque de Barsalogho, revendiquée par le GSIM": another incident's words
        self._other_event = CaselessPattern(data["triggers"].get("other_incident_before", "(?!)"))
        # a search of the whole report: on its caseless copy, a report without the literal it needs not searched
        self._military_convoy = CaselessRegex(data["claims"].get("military_convoy", "(?!)"))
        # "Read also: Gunmen kill 12 in ...": a line that links to another story (sentences.json)
        # ... or a photo's caption ("Photo: A burnt house in X (file)"): a scene, not the report's event
        related = alternation(re.escape(w) for w in data["sentences"].get("related_lines", [])
                              + data["sentences"].get("caption_lines", []))
        self._related_line = pattern_cache.compile(rf"^[^\w\n]*(?:{related})[ \t]*(?:[:|»>\-–—][^\n]*)?$", re.I | re.M)
        # ... or a line crediting the staff ('Reporting by X in Maiduguri'): where journalists were, not news
        staff = rf"^[ \t]*(?:{alternation(data['sentences'].get('staff_lines', []), sort=False)})[ \t.;)]*$"
        self._staff_line = pattern_cache.compile(staff, re.M)
        # the staff lines' pattern tries every line start: a report without the words such a line holds is not read
        self._lines = [(self._related_line, None), (self._staff_line, caseless_needs(staff, re.M))]
        self.demonyms = data["demonyms"]
        self._countries = ReportCountries(gazetteer, places, self.demonyms)

    def read(self, doc: Document, warnings: list[str]) -> DocumentContext:
        """Every sentence read, places read once the countries are known; notes go to ``warnings``."""
        text = doc.text
        if doc.language != self.language:
            warnings.append(f"no resources for language {doc.language!r}; read with {self.language!r}")
        doc, filed = self._reference_date(doc, warnings)
        published_year = doc.published.year if doc.published else None  # picks among actors of different years
        year = published_year or _latest_year(text)
        # without a published date the latest year in the text is a guess: good enough for
        # "in 2015" being background, not for choosing between actors active in different years
        whole = caseless(text)  # its sentences' copies are slices of it; the staff lines are gated by it
        links = [m.span() for rx, needs in self._lines if whole is None or may_hold(needs, whole)
                 for m in rx.finditer(text)]  # whole lines
        views = [SentenceView(s, folded=caseless_within(s.text, whole, s.start), background=True)
                 if any(a <= s.start < b for a, b in links) else self._view(doc, s, year, published_year, whole)
                 for s in split_sentences(text, self.language)]
        second_days(views, self._nights, doc.published)
        pinned = chain_days(pin_weekdays([v.dates for v in views]),
                            [None if v.background else {d.start for d in v.event_dates} for v in views])
        for v, ds in zip(views, pinned, strict=True):
            if ds is not v.dates:
                same = {(d.start, d.end) for d in v.event_dates}
                v.dates, v.event_dates = ds, [d for d in ds if (d.start, d.end) in same]
        beyond: list[str] = []  # countries named only across a border ('near the border with Niger')
        named = [self._countries.named(v, beyond) for v in views]
        countries = self._countries.counted(views, named)
        datelines = self.places.datelines(text)  # the report's and its paragraphs' ('Goma (AFP) –')
        in_spans = spans_test(datelines)
        for v in views:  # the dateline's date is when the story was filed
            v.event_dates = [d for d in v.event_dates if not in_spans(d.start)]
            if v.s.start < filed and any(d.start >= filed for d in v.event_dates):
                # 'Bamako, (Agency - 7th Nov, 2023) Strikes on Tuesday killed...': the sentence's own date; a
                # lead without one keeps the filing date (the day the news is from)
                v.event_dates = [d for d in v.event_dates if d.start >= filed]
        for v, old in zip(views, earlier_incident([v.event_dates for v in views], [not v.background for v in views]),
                          strict=True):
            v.background = v.background or old  # "The village had been attacked before, on Oct. 12"
        again = []  # the sentences whose places may change with the report's countries, and what to skip
        # "Russian forces shelled X": countries known only from nationality words and actors may not be the place's
        abroad = bool(countries) and not self._countries.names_a_country(text)
        for v in views:
            skip = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
            skip += within(datelines, v)
            skip += [(d.start - v.s.start, d.end - v.s.start) for d in v.dates]
            # "a indiqué à New York que la milice avait tué 20 civils": where it was said, not where it happened
            skip += [m.span("place") for m in self._statement_place.finditer(v.s.text, v.folded)]
            uses: list[bool] = []
            v.places = shift(self.places.find(v.s.text, countries, skip, uses, abroad), v.s.start)
            if uses:
                again.append((v, skip))
        first = countries[:1]
        # again, now that places are known; read with no country, a small town found by one of its other names
        # ('Kairu', an alias of a Texan town) says nothing of where the report is
        countries = (self._countries.counted(views, named, sure=True) if not first else []) \
            or self._countries.counted(views, named)
        if not first:  # a small town read with no country to choose, far from the others, is a namesake
            countries = self._countries.without_far_towns(  # or of another country than the dateline's city
                views, named, countries, area_reader(self.language, self.gazetteer).dateline_country(text))
        if not countries:  # no country named: the one of the areas it names, else of the dateline city
            countries = area_reader(self.language, self.gazetteer).countries(text) or list(dict.fromkeys(beyond))
        if countries[:1] != first:  # unlisted settlements take the report's country: read places again
            for v, skip in again:
                v.places = shift(self.places.find(v.s.text, countries, skip), v.s.start)
        for v in views:  # "al-Shabaab" in Mozambique, "ADF" in Cameroon: the report's country says who
            if any(a.local for a in v.actors):
                v.actors = self.actors.localise(v.actors, v.s.text, v.s.start, published_year,
                                                countries[0] if countries else None)
        state_forces = self.actors.dictionary.state_forces_of(countries[0]) if countries else None
        name_state_forces(views, countries, state_forces, self.actors.dictionary)
        return DocumentContext(doc, views, countries, published_year,
                               partial(self._military_convoy.search, text), state_forces, datelines,
                               filed=filed)

    def _reference_date(self, doc: Document, warnings: list[str]) -> tuple[Document, int]:
        """The date relative words count from, and where the dateline's date ends (0: none). A dateline
        ('LAGOS, March 10 (Wire) -') dates the story when it was filed, the page's date may be later; a
        report without either often says 'jeudi 1er août', whose weekday fixes the year. The output keeps
        the report's own published date (null stays null)."""
        line = dateline(self.dates, doc.text, doc.published)
        if line is not None and line.date != doc.published and (
                doc.published is None or -1 <= (doc.published - line.date).days <= 7):
            if doc.published is None:
                warnings.append(f"no published date: relative dates read from {line.date.isoformat()} "
                                f"({doc.text[line.start:line.end]!r})")
            return replace(doc, published=line.date), line.end
        if doc.published is None:
            anchor = self.dates.anchor(doc.text, date.today().year)
            if anchor:
                warnings.append(f"no published date: relative dates read from {anchor[0].isoformat()} "
                                f"({anchor[1]!r})")
                return replace(doc, published=anchor[0]), 0
        return doc, line.end if line is not None else 0

    def _view(self, doc: Document, s: Sentence, year: int | None, actor_year: int | None,
              whole: str | None) -> SentenceView:
        v = SentenceView(s)
        text = s.text
        v.folded = folded = caseless_within(text, whole, s.start)  # one copy for all the case-insensitive patterns
        v.dates = shift(self.dates.find(text, doc.published, folded), s.start)
        v.triggers = self.triggers.find(text, s.start, folded)
        events = [h.start - s.start for h in v.triggers]
        v.event_dates = [d for d in v.dates  # "said on Sunday", "on Sunday put the toll at": when it was told
                         if self._after(self._possessive, v, d.end - s.start, 4)  # "said Sunday's attack killed"
                         or not self._said_before(v, d.start - s.start, events)
                         and not self._before(self._told_before, v, d.start - s.start, 80)
                         and not ((self._after(self._statement_after, v, d.end - s.start, 40)
                                   or self._after(self._told_after, v, d.end - s.start, 40))
                                  and not incise_after(d, events, text, s.start))]
        # "two years of war between the army and the RSF", "Israel's war on Hamas": the war the event belongs to
        # names no party of it, and is no sign of who is in the report
        found = [a for a in self.actors.find(text, actor_year)
                 if not (self._before(self._war_before, v, a.start, 80) or self._after(self._war_after, v, a.end, 30))]
        v.actors = shift(found, s.start)
        v.relative = (v.actors, found)  # relative_actors: the reader's own offsets (none shifted back)
        first_trigger = min((h.start for h in v.triggers), default=s.end)
        v.affiliations = {a.start for a in v.actors  # "Omar Ag Biya, un membre influent du FLA"
                          if self._before(self._affiliation, v, a.start - s.start, 50) and not self._struck_role(v, a)
                          # "killed 8 civilians suspected of collaborating with the RSF": whom victims were said
                          # to side with (before the trigger, "gunmen suspected of belonging to X", the attackers')
                          or a.start > first_trigger and self._before(self._accusation, v, a.start - s.start, 70)}
        # "… interviennent trois mois après l'attaque de Barsalogho, revendiquée par le GSIM": a group named in the
        # words of another incident is no party of this one, nor the group the report's 'assailants' stand for
        if v.actors:
            v.elsewhere = {a.start for a in v.actors if a.kind in vocab.ARMED_GROUP_KINDS
                           and self._before(self._other_event, v, a.start - s.start, 250)}
            v.affiliations |= v.elsewhere
            if self._presence_cue.search(text, folded):  # one search per sentence: 'où', 'where', 'actif dans'
                # "L'EIGS est très actif dans cette zone": no party, nor whom the 'assailants' stand for
                present = {a.start for a in v.actors if a.kind in vocab.ARMED_GROUP_KINDS and (
                    self._before(self._presence_before, v, a.start - s.start, 80)
                    or self._after(self._presence_after, v, a.end - s.start, 120))}
                v.affiliations |= present
                v.elsewhere |= present
        # "The army, at war with the RSF since April 2023, shelled …": the actor's words, not the event's date
        aside = subject_aside(text, s.start, v.actors, v.triggers, v.dates) if v.dates and v.actors else None
        if aside and (any(aside[0] <= d.start < aside[1] for d in v.dates)
                      or YEAR.search(text, aside[0] - s.start, aside[1] - s.start)):
            v.dates = [d for d in v.dates if not aside[0] <= d.start < aside[1]]
            v.event_dates = [d for d in v.event_dates if not aside[0] <= d.start < aside[1]]
            v.affiliations |= {x.start for x in v.actors if aside[0] <= x.start < aside[1]}  # "at war with the RSF"
            v.triggers = [h for h in v.triggers if not aside[0] <= h.start < aside[1]]  # "which has fought"
            a, b = aside[0] - s.start, aside[1] - s.start
            text = _blanked(text, a, b)
            folded = _blanked(folded, a, b) if folded is not None else None
        starts = [h.start for h in v.triggers]
        if len(v.event_dates) > 1:
            v.event_dates = told_first(v.event_dates, starts, text, s.start, self._reporting)
            # "… killed on March 9, a toll released on Friday": a toll's day is when it was given, no event's
            v.event_dates = bound_later(v.event_dates, [(h.start, h.end) for h in v.triggers
                                                        if not self._count_noun.fullmatch(doc.text, h.start, h.end)],
                                        text, s.start)
            if self._lead.match(text):  # "Since Oct. 20, ...; on Sunday its fighters killed": the main clause's day
                v.dates = led_elsewhere(v.dates, starts, text, s.start, self._lead)
                v.event_dates = [d for d in v.event_dates if any(e.start == d.start and e.precision for e in v.dates)]
        v.quantities = self.numbers.find(text, folded)
        years = [int(y) for y in YEAR.findall(text)] if "19" in text or "20" in text else []  # most have none
        v.year = min(years) if years else None
        past_year = any(y < year for y in years) if year else False
        # "In July, ADF fighters killed dozens...", "Last month, gunmen killed three soldiers": a month before the
        # report's own month is history (as for a whole event, events._stale)
        past_months = [d for d in v.dates if d.precision == vocab.MONTH and d.date and doc.published
                       and (d.date.year, d.date.month) < (doc.published.year, doc.published.month)]
        cue = bool(past_months) or self._background.search(text, folded)
        if (cue or past_year) and not past_months and (told := self._described(text, v.quantities)) != text:
            cue = self._background.search(told, None)  # the clause describing a party holds the only history
            past_year = any(int(y) < year for y in YEAR.findall(told)) if year else False
        if cue and not past_months and (tail := self._place_relative.search(text)):
            cue = self._background.search(text[:tail.start()], folded[:tail.start()] if folded else None)
        # news time matters only to a sentence that names a past year or has a cue of history (asked only then)
        news_time = (past_year or cue) and (
            any(d.kind in ("weekday", "relative") and d not in past_months for d in v.dates)
            or bool(self._news_time.search(text, folded)))
        v.background = past_year and not (news_time and not cue) or (cue and not news_time)
        if v.background and news_time and v.event_dates:
            # "... on Sunday, the deadliest attack since December 2023"
            v.background = not news_first(v.dates, v.event_dates, text, s.start, year)
        v.hypothetical = not v.quantities and bool(self._hypothetical.search(text, folded))
        if v.dates and self._elsewhere_c.search(text, folded):
            # "on Sunday, two days after the attack": the attack's day
            r = self.dates
            v.dates, v.event_dates = counted_from_later(v.dates, v.event_dates, starts, text, s.start,
                                                        self._elsewhere, r.after_words, r.day_counts.counts,
                                                        r.day_counts.count_units)
            if v.dates:  # a day of another incident dates no event
                v.dates = anchored_elsewhere(v.dates, text, s.start, self._elsewhere)
                v.event_dates = [d for d in v.dates if d.precision and any(e.start == d.start for e in v.event_dates)]
        return v

    def _described(self, text: str, quantities) -> str:
        """``text`` with blanks for each clause describing a party or a speaker (', which seized power in 2020,',
        'a resident who has lived there for years') when a figure lies outside them: such history dates no figure
        of the sentence. A clause that holds a figure stays."""
        figures = [q.start for q in quantities if not q.exact_word and not YEAR.fullmatch(text, q.start, q.end)]
        if not figures:  # 'an insurgency', 'since 2012' count no one; a sentence with no figure keeps its reading
            return text
        out = text
        for m in self._party_relative.finditer(text):
            if not any(m.start() <= f < m.end() for f in figures):
                out = _blanked(out, m.start(), m.end())
        return out

    @staticmethod
    def _before(rx: CaselessPattern, v: SentenceView, pos: int, n: int) -> bool:
        """``rx`` found in the ``n`` characters before sentence offset ``pos``."""
        a = max(0, pos - n)
        return bool(rx.search(v.s.text[a:pos], v.folded[a:pos] if v.folded is not None else None))

    def _struck_role(self, v: SentenceView, a) -> bool:
        """'killed a commander of Hamas', 'a tué un cadre du Hezbollah': the role an event word strikes is of a
        party (the group is the target), unlike 'X, a member of the FLA, said'."""
        lo, pos = max(0, a.start - v.s.start - 50), a.start - v.s.start
        m = self._affiliation.search(v.s.text[lo:pos], v.folded[lo:pos] if v.folded is not None else None)
        return m is not None and any(0 <= lo + m.start() - (h.end - v.s.start) <= 1 for h in v.triggers)

    def _said_before(self, v: SentenceView, pos: int, events: list[int]) -> bool:
        """A verb of saying in the 40 characters before sentence offset ``pos`` ('said on Sunday', 'told
        reporters on Sunday'), with no event word between them: 'residents said gunmen stormed the village on
        Sunday' is the day of the storming; a verb whose object is the incident keeps it ('claimed the attack on
        Sunday': attribution.json's ``statement_object``)."""
        a = max(0, pos - 40)
        m = self._statement_date.search(v.s.text[a:pos], v.folded[a:pos] if v.folded is not None else None)
        return m is not None and not self._occurred.search(m.group()) and (
            bool(self._object_verb.match(m.group())) or not any(a + m.start() < e < pos for e in events))

    @staticmethod
    def _after(rx: CaselessPattern, v: SentenceView, pos: int, n: int) -> bool:
        """``rx`` matches at sentence offset ``pos`` (within ``n`` characters)."""
        pattern, searched = rx.on(v.s.text, v.folded)
        return bool(pattern.match(searched[pos:pos + n]))


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in YEAR.findall(text)]
    return max(years) if years else None


def _blanked(text: str, a: int, b: int) -> str:
    """``text`` with spaces for ``text[a:b]``: its words read as none, every offset kept."""
    return text[:a] + " " * (b - a) + text[b:]
