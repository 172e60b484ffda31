"""Claims: each counted figure with who says it (the claimant) and how sure it is (the status).

The report is read in order with a ``SpeakerMemory``, so 'it', 'the same source' and a quote continued
from the sentence before go to the right speaker.
"""

from __future__ import annotations

import re

from .. import vocab
from ..actors import ActorDictionary
from ..records import Claim, Evidence
from ..text import fold
from . import late_speakers
from .attribution import AttributionReader
from .boundaries import Boundaries
from .counted import Of
from .earlier import clause_before, earlier_clause, earlier_day
from .figure_windows import joined_before
from .figures import FigureReader
from .introduced import introduce
from .listed_ranks import ListedRanks
from .nearest_speaker import NearestSpeaker
from .quote_spans import opens_quote, quote_closer, quote_of, speaker_after_close
from .segment import EventDraft
from .sides import Sides
from .speaker_memory import Speaker, SpeakerMemory
from .speaker_readings import SpeakerReadings
from .speakers import SECURITY_SOURCES, SpeakerResolver
from .structure import StructureReader, quote_around, quote_near
from .text import CaselessPattern, CaselessRegex, words_regex
from .toll_parts import TollParts
from .tolls import Tolls
from .unverified import unverify_last_claimant
from .views import DocumentContext, SentenceView, relative_actors

_WHOLE_QUOTE = re.compile(r"[“\"«][^“”\"«»]+[”\"»]")  # a sentence that is one quote and nothing else


class ClaimReader(SpeakerReadings):
    """Turns the figures of each news sentence into claims of the event the sentence belongs to."""

    def __init__(self, data: dict, actor_dict: ActorDictionary, figures: FigureReader,
                 attribution: AttributionReader, sides: Sides, tolls: Tolls, structure: StructureReader,
                 resolver: SpeakerResolver):
        self.structure = structure
        self.resolver = resolver
        self.actor_dict = actor_dict
        self.figures = figures
        self.attribution = attribution
        self.sides = sides
        self.tolls = tolls
        # asked of a sentence with a figure: searched on its caseless copy (IGNORECASE is several times slower)
        self._reported_mood = CaselessPattern(data["attribution"].get("reported_mood", "(?!)"))
        self.party_voice = CaselessPattern(data["attribution"].get("party_voice", "(?!)"))
        self._clause_break = CaselessRegex(data["claims"].get("clause_break", ";"))  # spans only: the caseless copy
        # "days after an attack left five troops dead", "une attaque similaire avait fait cinq morts": the
        # figure of another incident the report recalls
        self._other_event = CaselessRegex(data["claims"].get("other_event_before", "(?!)"))
        self._boundaries = Boundaries("", data["boundaries"])
        self._toll_parts = TollParts(data["claims"], data["triggers"])
        self._listed = ListedRanks(data["claims"])  # "a captain, a lieutenant and 13 soldiers": 15
        self._social = words_regex(data["attribution"].get("sources", {}).get(vocab.SOCIAL_MEDIA, []))
        # whether a figure in the outlet's voice right after a sourced sentence goes on with that source
        self._goes_on = bool(data["attribution"].get("speaker_goes_on", False))
        # "…, with reports that 40 attackers were neutralised": hearsay nobody is named for stays the outlet's
        self._unnamed_reports = CaselessPattern(data["attribution"].get("unnamed_reports", "(?!)"))
        self._plural_endings = tuple(data["attribution"].get("plural_endings", []))
        self._nearest = NearestSpeaker(data, attribution, self._clause_break)

    def by_draft(self, ctx: DocumentContext, drafts: list[EventDraft], owner: dict[int, int]) -> list[list[Claim]]:
        """The claims of each draft, in text order; ``owner`` maps a sentence to its draft."""
        memory = SpeakerMemory(self._plural_endings, self.resolver.place_words)
        memory.country_forces = ctx.state_forces
        memory.generic = lambda words: self._speaking_group(ctx, memory, words)
        memory.is_group_word = self.resolver.group_word
        memory.organisation_words = self.attribution.organisation_pronouns
        memory.statement_words = self.attribution.statement_pronouns
        claims_by_draft: list[list[Claim]] = [[] for _ in drafts]
        unverified_at: list[int] = []  # where a report says a party's figures could not be verified
        for v in ctx.views:
            for a in v.actors:
                if not (a.name and a.kind in vocab.ARMED_GROUP_KINDS
                        and getattr(self.actor_dict.by_name(a.name), "pro_government", False)) \
                        and quote_near(ctx.text, a.start) is None:
                    # a militia beside the state (VDP) is never 'the jihadist group' that speaks, nor is a group
                    # named inside a quotation ("“M23 rebels killed 14 villagers,” he said": not M23's word)
                    memory.saw(a)
                if a.generic and a.kind in vocab.ARMED_GROUP_KINDS + (vocab.UNIDENTIFIED_GROUP,) and not v.background:
                    memory.last_generic_group = ctx.text[a.start:a.end]
            speakers = self.attribution.speakers(v.s.text, relative_actors(v), memory, v.folded)
            memory.last_party = next((sp.name for sp in reversed(speakers) if sp.is_actor), memory.last_party)
            if v.background:
                if speakers:
                    memory.spoke(speakers[-1], v.s.text)
                continue
            d = owner.get(v.s.index)
            memory.framed = None
            if d is not None:
                claims_by_draft[d] += self._sentence(ctx, v, speakers, memory, drafts[d], claims_by_draft[d][-1:],
                                                     owner.get(v.s.index - 1, d) == d)
            if not v.quantities and self.attribution.figures_unverified(v.s.text, v.folded):
                unverified_at.append(v.s.start)
            # "A security source confirmed the toll.": a sentence with no figure that gives the one before's toll
            if v.s.index > 0 and not any(not q.exact_word for q in v.quantities) \
                    and self.attribution.names_toll(v.s.text):
                # "The commander of the 66th unit confirmed that the militants were killed": read by role
                giver = speakers[0] if speakers else self._subject_speaker(ctx, v, memory)
                if giver is not None:
                    self._toll_given(ctx, v, giver, memory, claims_by_draft)
            if memory.framed or speakers or (memory.last_speaker and memory.spoke_at == v.s.index - 1
                                             and opens_quote(v.s.text)):
                memory.spoke_at = v.s.index  # (a quotation going on from the sentence before is the same turn)
            if memory.framed:  # the parse's speaker of this sentence's figures
                memory.spoke(memory.framed, v.s.text)
            elif speakers:
                last = speakers[-1]  # "a local official, Musa Bala, said": 'the official' may name them next
                sp = self._refined(ctx, v, last, relative_actors(v), memory)
                memory.spoke(self._relabelled(ctx, v, sp, relative_actors(v), memory), v.s.text, (last.start, last.end))
            else:  # "The ministry confirmed the attack.": a speaker the regexes could not name, read by role
                sp = self._subject_speaker(ctx, v, memory)
                if sp:
                    memory.spoke(sp, v.s.text)
                    memory.spoke_at = v.s.index  # it spoke here: the wire copy's next sentence goes on with it
                else:
                    introduce(self, ctx, v, memory)  # "Abdou Moussa, a farmer, hid …": whom 'he said' names next
        for pos in unverified_at:
            unverify_last_claimant(claims_by_draft, pos)
        memory.generic = None  # it holds the memory and the report: a cycle, freed only by the collector's walk
        return claims_by_draft

    def _sentence(self, ctx: DocumentContext, v: SentenceView, speakers: list[Speaker], memory: SpeakerMemory,
                  draft: EventDraft, earlier: list[Claim] = (), same_event: bool = True) -> list[Claim]:
        text, views = ctx.text, ctx.views
        rel_actors = relative_actors(v)
        # "ont enlevé lundi 25 élèves": a day number that a counted noun follows is the figure, not the date's day
        blocked = [(d.start - v.s.start, d.end - v.s.start) for d in v.dates
                   if not self.figures.counted_after(v.s.text, d.end - v.s.start)]
        raws = self.figures.find(v.s.text, v.quantities, rel_actors, blocked, v.folded) \
            if not earlier_day(v, draft) else []
        several = bool(raws) and self._boundaries.aggregate(v.s.text, v.folded)  # the clause is read only then
        # "In a separate attack on Monday, gunmen killed 5": words of another incident that open this event's own
        # draft name it, not a past one
        opens = draft.apart and bool(draft.sentences) and v.s.index == min(draft.sentences)
        raws = [r for r in raws if opens or not self._other_event.search(clause_before(v.s.text, r.start,
                                                                                         self._clause_break))
                and not (several and self._boundaries.aggregate_clause(v.s.text, v.folded, r.start, r.end))
                and not earlier_clause(v, draft, r, self._clause_break)]
        raws = self._toll_parts.drop(v.s.text, v.folded, raws)  # "deux blessés ont succombé, portant le bilan à 14"
        raws = self._listed.widen(v.s.text, raws)
        nxt = views[v.s.index + 1] if v.s.index + 1 < len(views) else None
        unverified_here = bool(raws) and self.attribution.unverified(v.s.text, v.folded)  # read for a figure only
        unverified_next = (bool(raws) and nxt is not None and not nxt.quantities
                           and self.attribution.unverified(nxt.s.text, nxt.folded)
                           and not self._social.search(nxt.s.text))
        out: list[Claim] = []
        for raw in raws:
            if raw.of_kind == Of.UNKNOWN and self.figures.same_victims(v.s.text, raw) and (out and not (
                    raw.own_admission and self._clause_break.search(v.s.text, out[-1].evidence.end - v.s.start,
                                                                    raw.start)) or (
                    raw.noun and earlier and earlier[-1].evidence.start >= views[v.s.index - 1].s.start
                    and not joined_before(v.s.text, raw.at, self.figures.joined))):  # "my brother and 11 others"
                # "four killed and six others wounded"; "Trois soldats ont été tués. Deux autres ont été blessés."
                # (not "the attackers lost 20 men while the army lost five": a new clause, its own subject's loss)
                raw.of_kind, raw.of_actor = Of.ACTOR, (out or earlier)[-1].of
            sp = self._nearest.speaker(v.s.text, raw, speakers)
            if sp is not None:
                sp = self._refined(ctx, v, sp, rel_actors, memory)
            framed = self._framed(ctx, v, raw, rel_actors, memory)
            if framed is not None and self._nearest.before_main(v.s.text, framed, raw):
                framed = None  # "Tandis que l'armée annonce …, cinq civils ont été tués": not the army's figure
            quote = quote_around(v.s.text, raw.start)
            quoted = sp is not None and quote is not None and quote[0] < sp.start < quote[1] and framed is not None \
                and not quote[0] < framed.start < quote[1]  # "“According to reports, 40 …,” its spokesman said"
            if framed and (sp is None or self.structure.authoritative or quoted
                           or self._nearest.wider(v.s.text, sp, framed) or _posted_by(framed, sp)):
                sp = memory.framed = framed
            elif sp is not None:
                sp = self._relabelled(ctx, v, sp, rel_actors, memory)
            elif not speakers and self.resolver.orgs.may_name(v.s.text):
                subject = self._subject_speaker(ctx, v, memory)  # "L'association Tabital Pulaaku évoque 25 morts"
                sp = subject if subject is not None and subject.organisation else None
            if sp is not None and fold(v.s.text[sp.start:sp.end]) in self.attribution.speaker_pronouns \
                    and self.attribution.subjects.in_relative(v.s.text, sp.start):
                first = self._subject_speaker(ctx, v, memory)  # "X said the RSF shelled it, which it said …": X
                if first is not None and first.end <= sp.start and first.name != sp.name:
                    sp = Speaker(first.name, first.is_actor, sp.start, sp.end, sp.verb, organisation=first.organisation)
            if sp is None and quote is None:  # "“I counted nine bodies. They shelled us,” X told AP": X's
                sp = quote_closer(ctx, v, raw.start, self.attribution, self.resolver, memory)
            prev = views[v.s.index - 1].s.text if v.s.index else ""  # '“…,” said a farmer. “They also …”': his
            if sp is None and nxt is not None and _WHOLE_QUOTE.fullmatch(v.s.text.strip()) and not (
                    memory.last_speaker and self.attribution.speaks_after_quote(prev)):
                sp = self._next_speaker(ctx, v, nxt, memory)  # “… 11 soldiers.” X, their spokesman, told AFP.
            long_quote = quote_of(ctx, v, raw.start) if sp is None else None  # a quotation over sentences
            if long_quote is not None:
                sp = speaker_after_close(self.attribution, ctx, v, long_quote, memory)
            if sp is None and not speakers and quote is None:
                sp = late_speakers.named_after(self, ctx, v, raw, memory)  # "…, Usman Tar, the commissioner, said."
                # "A municipal councillor in Léré said that …": the subject of the sentence's own verb, by role
                sp = sp or self._subject_speaker(ctx, v, memory) if self._goes_on else sp
            if sp is not None and self.resolver.anonymous(v.s.text, sp):
                sp = Speaker(SECURITY_SOURCES, False, sp.start, sp.end, sp.verb)
            claimant = sp.name if sp else vocab.THE_OUTLET
            cl_ev = Evidence.of(text, v.s.start + sp.start, v.s.start + sp.end) if sp else None
            if sp is None and memory.last_speaker and (re.match(r"\s*[“\"«‘]", v.s.text) or quote is not None
                                                       or long_quote is not None
                                                       or self._reported_mood.search(v.s.text, v.folded)):
                # a quote continued from the previous sentence, a quoted figure ('où ils ont “tué 9 civils”'): the
                # words of the last speaker; "auraient aussi été capturées": still theirs
                claimant = memory.last_speaker
            elif sp is None and self._unnamed_reports.search(v.s.text, v.folded):
                pass  # "…, with reports that 40 attackers were neutralised": reports nobody is named for, the outlet's
            elif sp is None and self._goes_on and memory.last_speaker and memory.spoke_at == v.s.index - 1 \
                    and same_event and not speakers and not late_speakers.party_words(self, memory, v, draft, ctx) \
                    and not late_speakers.own_subject(self, v):
                # (not into a sentence with a reporting verb of its own whose subject no rule could name: "HumAngle,
                # a local outlet, reported that 14 people were killed" is not the army's that spoke before)
                # "Police said gunmen raided the village. \n Twelve people were killed …": English wire copy names
                # its source once and goes on with that source's account in the next sentence (of the same
                # incident, ``same_event``; not into a sentence with its own speaker: "A source told AFP …, while …")
                claimant = memory.last_speaker
            elif sp is None and memory.last_speaker and memory.spoke_at == v.s.index - 1 \
                    and self.attribution.opens_with_toll(v.s.text):
                claimant = memory.last_speaker  # "… a déclaré le ministère. Le bilan fait aussi état de 13 blessés"
            elif sp is None and memory.country_forces and self.party_voice.search(
                    *_from(v, self._nearest.main_clause(v.s.text, raw, speakers))) and \
                    _party(memory.country_forces, draft, ctx):
                claimant = memory.country_forces  # "ten terrorists were neutralised": an army communiqué
            of = self.tolls.of(raw, claimant, v, draft, ctx, (sp.start, sp.end) if sp else None)
            entry = self.actor_dict.by_name(claimant)  # a party claims; the UN or an NGO reports
            by_actor = (sp.is_actor if sp else entry is not None) and not (
                entry and entry.kind in (vocab.OTHER_KIND, vocab.CIVILIANS)) and not (
                sp is not None and entry is None and (sp.organisation or sp.name in memory.organisations))
            # (a named body no list knows, also when 'it said' names it again, is a third party)
            if sp is not None and self.attribution.denial(sp.verb):
                status = vocab.DENIED  # "the army denied that 50 soldiers had been killed"
            elif (raw.of_kind == Of.OWN or by_actor) and of == claimant:
                status = vocab.CONFIRMED
            elif self.attribution.denial(v.s.text, v.folded) and sp is not None:
                status = vocab.DENIED
            elif unverified_here or unverified_next:
                status = vocab.UNVERIFIED
            else:
                status = vocab.CLAIMED if by_actor else vocab.REPORTED
            ev = Evidence.of(text, v.s.start + raw.start, v.s.start + raw.end)
            out.append(Claim(raw.what, of, raw.low, raw.high, claimant, status, ev, raw.vague, cl_ev))
        if not raws and self.attribution.unverified(v.s.text, v.folded) and v.s.index > 0 and \
                not self.attribution.figures_unverified(v.s.text, v.folded):
            prev = views[v.s.index - 1]
            if self._social.search(prev.s.text) or self._social.search(v.s.text):
                named = [a for a in prev.actors if not a.generic and a.name] if self._social.search(prev.s.text) else []
                claimant = named[0].name if named else vocab.SOCIAL_MEDIA
                ev = Evidence.of(text, v.s.start, v.s.end)
                out.append(Claim(vocab.OTHER_WHAT, vocab.UNKNOWN, None, None, claimant, vocab.UNVERIFIED, ev, False,
                                 Evidence.of(text, named[0].start, named[0].end) if named else None))
        return out

    def _speaking_group(self, ctx: DocumentContext, memory: SpeakerMemory, words: str) -> str | None:
        """Who 'the jihadist group said', 'a rebel spokesman' speaks for: an unnamed group issues no statement,
        so a generic descriptor that no curated default names is the report's only named armed group, else the
        non-state party named last before it; an unidentified group only when the report names none."""
        name = self.sides.generic_armed(None, ctx, words)[0]
        if name is None or not name.startswith(vocab.UNIDENTIFIED_PREFIX):
            return name
        if memory.only_group is None:  # the report's only named armed group, looked up once per report
            only = self.sides._only_armed_group(ctx)
            memory.only_group = only.name if only is not None else ""
        return memory.only_group or memory.last_nonstate or name

    def _toll_given(self, ctx: DocumentContext, v: SentenceView, sp: Speaker, memory: SpeakerMemory,
                    claims_by_draft: list[list[Claim]]) -> None:
        """'Twelve soldiers were killed. A security source confirmed the toll to AFP.': the figures the sentence
        before gives in the outlet's voice are that speaker's."""
        sp = self._refined(ctx, v, sp, relative_actors(v), memory)
        prev = ctx.views[v.s.index - 1].s
        entry = self.actor_dict.by_name(sp.name)
        party = sp.is_actor and not (entry and entry.kind in (vocab.OTHER_KIND, vocab.CIVILIANS))
        for cs in claims_by_draft:
            for c in cs:
                # the outlet's voice, or a speaker only carried over from earlier sentences (no words of its own)
                if (c.claimant == vocab.THE_OUTLET or c.claimant_evidence is None) and c.low is not None \
                        and prev.start <= c.evidence.start < prev.end:
                    c.claimant = sp.name
                    c.claimant_evidence = Evidence.of(ctx.text, v.s.start + sp.start, v.s.start + sp.end)
                    c.status = vocab.CONFIRMED if party and c.of == sp.name else (
                        vocab.CLAIMED if party else vocab.REPORTED)

def _posted_by(framed: Speaker, sp: Speaker) -> bool:
    """'des messages publiés sur les réseaux sociaux par des proches de soldats': a party named inside the posts'
    phrase is who posted or whom they are about; the posts speak (social media)."""
    return framed.name == vocab.SOCIAL_MEDIA and framed.start <= sp.start and sp.end <= framed.end \
        and (framed.start, framed.end) != (sp.start, sp.end)


def _party(name: str, draft: EventDraft, ctx: DocumentContext) -> bool:
    return any(a.name == name for i in draft.sentences for a in ctx.views[i].actors)


def _from(v: SentenceView, start: int) -> tuple[str, str]:
    """The sentence and its caseless copy from ``start`` on (the figure's main clause)."""
    return (v.s.text[start:], v.folded[start:]) if start else (v.s.text, v.folded)
