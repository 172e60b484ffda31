"""Extraction: one document → events with actors, place, date and attributed claims.

Rule-based and offline. Every value carries the span of text it came from. The stages, in order:
``context`` (every sentence read) → ``structure`` (speaker phrases, counted nouns, trigger arguments of the
sentences that need them) → ``segment`` (triggers grouped into event drafts) → ``claims`` (figures,
claimants, status; ``tolls`` says whose toll) → ``events`` (type, ``sides``, ``placing``, date).
"""

from __future__ import annotations

from functools import cache

from ..actors import ActorDictionary
from ..gazetteer import Gazetteer
from ..lang import available, resources
from ..records import Background, Document, Evidence, Extraction
from . import pattern_cache
from .attribution import AttributionReader
from .boundaries import Boundaries
from .claims import ClaimReader
from .clause_incidents import part_claims
from .context import ContextReader
from .dates import DateReader
from .events import EventBuilder
from .figures import FigureReader
from .numbers import NumberReader
from .parsed import structure_reader
from .parties import ActorReader
from .places import PlaceReader
from .placing import Placer
from .segment import Segmenter, sentence_owner
from .sides import Sides
from .speakers import SpeakerResolver
from .tolls import Tolls
from .triggers import TriggerReader


class Extractor:
    """Compiled resources for one language; reuse one instance for many documents (and threads: nothing
    of a document is kept on it)."""

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
        self.figures = FigureReader(data["claims"], data["attribution"])
        self.attribution = AttributionReader(data["attribution"])
        self.context = ContextReader(data, language, self.gazetteer, numbers=self.numbers, dates=self.dates,
                                     actors=self.actors, places=self.places, triggers=self.triggers)
        self.segmenter = Segmenter(self.figures.counts_verb)
        self.sides = Sides(data, self.actor_dict, self.triggers, self.attribution)
        self.resolver = SpeakerResolver(language, data, self.actor_dict, self.attribution)
        self.resolver.orgs.is_place = lambda name: bool(  # "un responsable de Bobo…", "du Burkina Faso"
            self.gazetteer.lookup(name) or self.gazetteer.country(name))
        self.tolls = Tolls(data, self.actor_dict, self.sides, self.resolver)
        self.boundaries = Boundaries(language)
        self.structure = structure_reader(language, data, self.attribution, self.figures.counts_verb)
        self.claims = ClaimReader(data, self.actor_dict, self.figures, self.attribution, self.sides, self.tolls,
                                  self.structure, self.resolver)
        self.events = EventBuilder(self.sides, Placer(self.gazetteer), self.tolls, data)

    def extract(self, doc: Document) -> Extraction:
        result, ctx = self._read(doc)
        ctx.structure = self.structure.read(ctx)
        return self._finish(result, ctx)

    def extract_many(self, docs: list[Document]) -> list[Extraction]:
        """Several documents of this language: the same output as ``extract`` one by one, with the parser (if
        on) run once over the sentences of all of them (about a third cheaper than a call per document)."""
        read = [self._read(doc) for doc in docs]
        for (_result, ctx), structure in zip(read, self.structure.read_many([c for _r, c in read]), strict=True):
            ctx.structure = structure
        return [self._finish(result, ctx) for result, ctx in read]

    def _read(self, doc: Document):
        result = Extraction(doc)
        ctx = self.context.read(doc, result.warnings)
        self.boundaries.mark(ctx)
        return result, ctx

    def _finish(self, result: Extraction, ctx) -> Extraction:
        doc = result.document
        drafts = self.segmenter.group(ctx)
        owner = sentence_owner(ctx, drafts)
        result.background += [Background(Evidence.of(ctx.text, v.s.start, v.s.end), v.year) for v in ctx.views
                              if v.background and (v.triggers or v.quantities)]
        claims_by_draft = self.claims.by_draft(ctx, drafts, owner)
        part_claims(drafts, claims_by_draft)  # "X killed 7 in A, while Y killed 12 in B": B's 12 are B's
        result.events = self.events.build(ctx, drafts, claims_by_draft, result.background)
        for n, e in enumerate(result.events, 1):
            e.id = f"{doc.id}:e{n}"
            for k, c in enumerate(e.claims, 1):
                c.id = f"{e.id}:c{k}"
        return result


@cache
def extractor_for(language: str) -> Extractor:
    extractor = Extractor(language if language in available() else "en")
    pattern_cache.save()  # what building it computed, for the next start
    return extractor


def extract(doc: Document) -> Extraction:
    """Extract one document with the shared extractor of its language."""
    return extractor_for(doc.language).extract(doc)
