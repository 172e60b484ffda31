"""Speaker resolution by role, not by name: a speaker phrase ('a police spokesman', 'the country's ruling
junta', 'X, the group's military spokesman', 'security sources') → the claimant.

One resolver serves both structure readers, so a role word learned once (language data in
``fogline/lang/<code>/roles.json``) works whatever found the phrase. Order: a named actor in the phrase; the
owner of a role ('the group's spokesman' → the last armed group); a role of a state body plus the nationality
in the phrase or the report's country; a claimant label (residents, medics, the UN…); a pronoun or 'the group'
→ the last matching speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..actors import ActorDictionary
from ..lang import resources
from ..text import fold
from .attribution import AttributionReader
from .earlier_mentions import EarlierMentions
from .organisations import OrganisationNames
from .parties import ActorMention
from .phrase_speakers import APPOSITION
from .speaker_memory import Speaker, SpeakerMemory
from .text import CaselessRegex, words_regex

SECURITY_SOURCES = vocab.SECURITY_SOURCES
_CLAUSE_STOP = re.compile(r"[.;“”«»\"]")  # where a speaker's phrase and what follows it end


def roles_data(language: str) -> dict:
    """``lang/<code>/roles.json`` (empty for a language without one)."""
    return resources(language)["roles"]



class SpeakerResolver(EarlierMentions):
    """Turns a speaker phrase (sentence offsets) into a ``Speaker`` naming the claimant, or None."""

    def __init__(self, language: str, data: dict, actor_dict: ActorDictionary, attribution: AttributionReader):
        roles = roles_data(language)
        self.actor_dict = actor_dict
        self.attribution = attribution
        self._roles = [(r, words_regex(roles.get("roles", {}).get(r, []))) for r in roles.get("order", [])]
        self._bodies = roles.get("bodies", {})
        # the bodies' role words searched case-insensitively in the caseless copy (earlier_role reads 3000 characters)
        self._body_roles = [(r, CaselessRegex(rx.pattern)) for r, rx in self._roles if r in self._bodies]
        self._canonical: dict[str, str] = {}
        self._labels = [(label, CaselessRegex(words_regex(words).pattern))  # spans only: the caseless copy is faster
                        for label, words in roles.get("labels", {}).items()]
        self.label_names = {label for label, _ in self._labels}  # labels this file decides (witnesses → residents)
        self._owner_roles = words_regex(roles.get("owner_roles", [])) if roles.get("owner_roles") else None
        self._national = words_regex(roles.get("national_officials", [])) if roles.get("national_officials") else None
        # "Colonel X": the military, unless another role word names the body he speaks for ("junta spokesman Col. X")
        self._ranks = words_regex(roles["ranks"]) if roles.get("ranks") else None
        self.orgs = OrganisationNames(roles, data, attribution)  # a body's own name as a speaker
        self._country_owner = re.compile(roles.get("country_owner", "(?!)"), re.I)
        # spans and the owner's form (a bare possessive) only: matched on the caseless copy
        self._group_owner = CaselessRegex(roles.get("possessive_group", "(?!)"))
        tail = roles.get("stand_in_modifier")  # "le communiqué lu à la télévision": a modifier after a stand-in
        self._stand_in_tail = re.compile(tail, re.I) if tail else None
        # "an army officer told AFP on condition of anonymity": a state body's man who is not named
        self._anonymity = re.compile(roles["anonymity"], re.I) if roles.get("anonymity") else None
        # "a separatist commander", "a gang leader": a group's role named by the group's kind
        self._group_role = re.compile(roles["group_kind_role"], re.I) if roles.get("group_kind_role") else None
        # "the Upper Nile State information minister", "a county commissioner": a regional office, a local source
        self._regional = re.compile(roles["regional_office"], re.I) if roles.get("regional_office") else None
        self._local_office = re.compile(roles["local_office"], re.I) if roles.get("local_office") else None
        # "des comptes proches de l'armée", "des vidéos publiées par des soldats": posts, not a party's statement
        self._social = re.compile(roles["social_holders"], re.I) if roles.get("social_holders") else None
        self._affinity = re.compile(roles.get("affinity", "(?!)"), re.I)
        dem = data["demonyms"].get("demonyms", {})
        self._demonyms = {fold(k): c for k, c in dem.items()} | {fold(c): c for c in dem.values()}
        # "India's foreign ministry", "the Chinese embassy": the government of the foreign country whose nationals
        # the report counts (these words name no state force and set no report country)
        foreign = data["demonyms"].get("civilian_nationalities", {})
        self._foreign = {fold(k): c for k, c in foreign.items()} | {fold(c): c for c in foreign.values()}
        self._foreign_rx = words_regex([re.escape(k) for k in {*foreign, *foreign.values()}]) if foreign else None
        # nationality words and the country names they stand for: "Nigerian officials", "United States officials"
        self._demonym_rx = words_regex([re.escape(k) for k in {*dem, *dem.values()}]) if dem else re.compile("(?!)")
        # the words of those names: 'Niger' of "Niger's army said" is no person whom a later "Niger…" names
        self.place_words = frozenset(w for k in {*self._demonyms, *self._foreign} for w in k.split())

    def body(self, role: str, country: str | None) -> str | None:
        """'Military Forces of Mali (FAMa)': the dictionary's canonical name when it has one."""
        pattern = self._bodies.get(role)
        if not pattern or not country:
            return None
        name = pattern.format(country=country)
        if name not in self._canonical:  # "Military Forces of Mali" → "Military Forces of Mali (FAMa)"
            entry = self.actor_dict.by_name(name) or self.actor_dict.by_name(
                pattern.format(country="the " + country))  # "Government of the United States"
            prefixed = [e.name for e in self.actor_dict.entries if e.name and e.name.startswith(name + " (")]
            self._canonical[name] = entry.name if entry else (prefixed[0] if prefixed else name)
        if role == vocab.GENDARMERIE and self.actor_dict.by_name(self._canonical[name]) is None:
            return self.body(vocab.POLICE, country)  # a country whose gendarmerie the dictionary does not list apart
        return self._canonical[name]

    def _full_name(self, words: str) -> bool:
        """Two capitalised words or more, not counting a determiner that opens them ('Le Jnim' is no name)."""
        lead = self.orgs.lead.match(words)
        return len((words[lead.end():] if lead else words).split()) >= 2

    def group_word(self, phrase: str) -> bool:
        """Is the stand-in a word for an armed group ('the group', 'le mouvement'), not a pronoun or a state body?"""
        return self.role(phrase) is None and fold(phrase) not in self.attribution.speaker_pronouns

    def nationality_match(self, phrase: str) -> re.Match | None:
        """Where the phrase's first nationality word or country name stands."""
        return self._demonym_rx.search(phrase)

    def foreign_nationality(self, phrase: str) -> str | None:
        """The country a nationality word of a state the report does not fight in names ('South African
        soldiers', 'Egypt's army'): ``civilian_nationalities``, read only where a state body is meant."""
        fm = self._foreign_rx.search(phrase) if self._foreign_rx is not None else None
        return self._foreign.get(fold(fm.group())) if fm else None

    def nationality(self, phrase: str) -> str | None:
        """The country a nationality word or country name in the phrase names ('Ugandan soldiers' → Uganda)."""
        dem = self._demonym_rx.search(phrase)
        return self._demonyms.get(fold(dem.group())) if dem else None

    @lru_cache(maxsize=20000)  # noqa: B019 (the same phrase is asked many times; one resolver per language)
    def role(self, phrase: str) -> str | None:
        """The first role (in the language file's order) whose words the phrase holds; a regional office ('the
        Upper Nile State information minister') is a local official in the guide, no government's."""
        role = next((name for name, rx in self._roles if rx.search(phrase)), None)
        if role is None and self._ranks is not None and self._ranks.search(phrase):
            role = vocab.MILITARY
        if role == vocab.GOVERNMENT and self._regional is not None and self._regional.search(phrase):
            return None
        if role in (vocab.GOVERNMENT, vocab.MILITARY) and self._local_office is not None \
                and self._local_office.search(phrase):
            return None  # "Tillaberi Governor Gen. X": a governor, a local official, whatever his rank
        return role

    def office(self, phrase: str) -> str | None:
        """The phrase's role, or a state's government for its officials or authorities named with a nationality
        ("Nigerian officials", "Malian authorities", "les autorités maliennes")."""
        role = self.role(phrase)
        if role is None and self._national and self._national.search(phrase) and self._demonym_rx.search(phrase):
            return vocab.GOVERNMENT
        return role

    def local_office(self, phrase: str) -> bool:
        """Does the phrase name a local administration's office ('the governor of Tillaberi')?"""
        return self._local_office is not None and self._local_office.search(phrase) is not None

    def _place(self, words: str) -> bool:
        """Are a name run's words a country's or a nationality ('Niger's' of "Niger's main opposition party")?"""
        return all(fold(re.sub(r"['’]s?$", "", w)) in self.place_words for w in words.split())

    def anonymous(self, text: str, sp: Speaker) -> bool:
        """Does a state body's speaker ask not to be named ('an army officer told AFP on condition of anonymity',
        'a déclaré un officier sous couvert d'anonymat')? Then it is an anonymous security source (the guide)."""
        if self._anonymity is None or not sp.is_actor or not sp.name.startswith(
                (vocab.NATIONAL_MILITARY, vocab.NATIONAL_POLICE)):
            return False
        stop = _CLAUSE_STOP.search(text, sp.end, sp.end + 90)
        return bool(self._anonymity.search(text, sp.start, stop.start() if stop else sp.end + 90))

    def state_stand_in(self, phrase: str) -> bool:
        """Is the phrase a stand-in ('the ministry', 'the government') for a state body other than the army?"""
        pm = self.attribution.pronoun(phrase)
        return bool(pm and not phrase[:pm.start()].strip(" ,") and not phrase[pm.end():].strip(" ,.")
                    and self.role(phrase) in self._bodies and self.role(phrase) != vocab.MILITARY)

    def stand_in(self, phrase: str) -> bool:
        """Is the phrase a determiner and one lower-case noun ('the office', 'the agency'): a body named before?"""
        words = phrase.strip(" ,")
        lead = self.orgs.lead.match(words)
        head = words[lead.end():].strip() if lead else ""
        return head.isalpha() and head.islower()

    def _named_again(self, phrase: str, memory: SpeakerMemory) -> str | None:
        """'The official', 'the doctor': a determiner and one noun name the last speaker named with that noun
        ('a local official', 'a doctor at the hospital'), when there is one."""
        words = phrase.strip(" ,")
        lead = self.orgs.lead.match(words)
        head = words[lead.end():] if lead else ""
        return memory.named_by(fold(head)) if head.isalpha() else None

    def resolve(self, text: str, start: int, end: int, actors: list[ActorMention], memory: SpeakerMemory,
                country: str | None, verb: str = "", before: str = "", generic: bool = True) -> Speaker | None:
        """The claimant of the speaker phrase ``text[start:end]``; ``actors`` are sentence-relative; ``before``
        is the report's text before this sentence; ``generic=False``: not from a generic descriptor alone."""
        end = self.attribution.speaker_end(text, start, end)  # not the foe a clause after its head names
        phrase = text[start:end]
        if not phrase.strip():
            return None
        comma = phrase.find(",", 1) if "," in phrase else -1
        if comma > 0 and (self.attribution.not_apposition(phrase[comma + 1:])  # "X, proche de la junte, évoque"
                          or self.attribution.subjects.adverb_aside(phrase[comma + 1:])):  # "X, however, said"
            end = start + comma
            phrase = text[start:end]
        tail = self._stand_in_tail.search(phrase) if self._stand_in_tail is not None else None
        pm = self.attribution.pronoun(phrase) if tail else None
        if pm and not phrase[:pm.start()].strip(" ,") and self._stand_in_tail.match(phrase, pm.end()):
            end = start + pm.end()  # "le communiqué lu à la télévision publique": the statement, not the TV
            phrase = text[start:end]
        inside = [a for a in actors if start <= a.start < end and a.kind != vocab.CIVILIANS]
        named = [a for a in inside if not a.generic and a.name]
        persons = [p for p in self.attribution._person.finditer(phrase)
                   if not any(start + p.start() < a.end and a.start < start + p.end() for a in actors)
                   and fold(p.group()) not in self.attribution.not_names and not self._place(p.group())]
        parties = [a for a in named if a.kind != vocab.OTHER_KIND]
        if self._social is not None and self._social.match(phrase) and (not parties or self._affinity.search(phrase)):
            return Speaker(vocab.SOCIAL_MEDIA, False, start, end, verb)
        role = self.office(phrase)
        if parties:
            a = parties[0]
            name = a.name
            if role in (vocab.POLICE, vocab.GOVERNMENT) and a.kind == vocab.STATE_FORCES and a.country:
                name = self.body(role, a.country) or name  # "Chadian police officials", "le gouvernement malien"
            for p in persons:
                memory.learn(p.group(), name)
            return Speaker(name, True, a.start, a.end, verb)
        staff = self.orgs.outlet_staff.search(phrase)
        if staff and not named:  # "An AFP reporter counted 11 bodies", "notre correspondant a vu": the outlet's eyes
            return Speaker(vocab.THE_OUTLET, False, start + staff.start(), start + staff.end(), verb)
        again = self._named_again(phrase, memory)
        if again is not None:  # "a local official said … The official added": that speaker, not a role's body
            return Speaker(again, self.attribution.party(again), start, end, verb)
        pm = self.attribution.pronoun(phrase)
        if pm and not phrase[:pm.start()].strip(" ,") and not phrase[pm.end():].strip(" ,."):
            # the whole phrase is a stand-in ("it", "the ministry", "le groupe"): whoever it stood for last
            target = self.earlier_role(fold(pm.group()).split()[-1], before, country) if before else None
            if target is None and role in self._bodies and role != vocab.MILITARY:
                # "the ministry added" with no ministry named before: the body of the report's country, not the
                # last armed group ("the army" keeps the last state force the report named)
                target = self.body(role, country)
            target = target or memory.pronoun(fold(pm.group()), self.attribution.speaker_pronouns)
            if target:
                return Speaker(target, self.attribution.party(target), start + pm.start(), start + pm.end(), verb)
        if role == SECURITY_SOURCES:
            return Speaker(SECURITY_SOURCES, False, start, end, verb)
        if role is None and self._regional is not None and self._regional.search(phrase):
            return Speaker(vocab.LOCAL_SOURCES, False, start, end, verb)  # "the state's information minister"
        group = self._group_owner.search(phrase)
        owner = self._subject_label(text, start, end, before) if group and _bare(group.group()) else None
        if owner is not None:  # "Le centre de santé a reçu douze blessés, selon son responsable": the centre's man
            return Speaker(owner, False, start, end, verb)
        if group and self.orgs.find(phrase) is not None:
            group = None  # "the Emergency Lawyers Group's spokesman": that body's, not 'the group's'
        if group and (role or self.attribution.spokesman(phrase) or (self._owner_roles and self._owner_roles.search(
                phrase))):  # "the group's spokesman", "officials of the group", "ses porte-parole"
            target = memory.pronoun("", set()) if not memory.last_nonstate else memory.last_nonstate
            if _bare(group.group()) and memory.last_speaker and self.attribution.party(memory.last_speaker):
                # "L'armée a confirmé l'attaque. Son porte-parole a indiqué …": 'its' is the party that spoke last
                target = memory.last_speaker
            if target:
                for p in persons:
                    memory.learn(p.group(), target)
                return Speaker(target, True, start + group.start(), start + group.end(), verb)
        kind = self._group_role.search(phrase) if self._group_role is not None and memory.generic else None
        if kind:  # "a separatist commander", "a gang leader": the group the report's words stand for
            target = memory.generic(kind.group(1) + "s")
            if target:
                return Speaker(target, True, start + kind.start(), start + kind.end(), verb)
        if role:
            dem = self._demonym_rx.search(phrase)
            where = self._demonyms.get(fold(dem.group())) if dem else None
            if where is None and role in (vocab.GOVERNMENT, vocab.MILITARY):
                where = self.foreign_nationality(phrase)  # "India's foreign ministry said", "Egypt's army said"
            name = self.body(role, where or country)
            if name:
                for p in persons:
                    memory.learn(p.group(), name)
                return Speaker(name, True, start, end, verb)
        if named:  # the UN, an NGO: named, not a party ('the group' after it is that body: ``organisation``)
            a = named[0]
            return Speaker(a.name, True, a.start, a.end, verb, organisation=_body(a))
        org = self.orgs.find(phrase) or self.orgs.bare(phrase) or self.orgs.one_word_apposed(phrase)
        if org is not None:  # a body the dictionary does not know speaks in its own name, not as 'local sources'
            return Speaker(org[0], False, start + org[1], start + org[2], verb, organisation=True)
        for label, rx in self._labels + self.attribution.sources:
            sm = rx.search(phrase)
            if sm:
                for p in persons:  # a named witness or activist, later called by surname
                    memory.learn(p.group(), label)
                return Speaker(label, False, start + sm.start(), start + sm.end(), verb)
        pm = self.attribution.pronoun(phrase)
        if pm:
            target = memory.pronoun(fold(pm.group()), self.attribution.speaker_pronouns)
            if target:
                return Speaker(target, self.attribution.party(target), start + pm.start(), start + pm.end(), verb)
        for p in persons:
            org = memory.person(p.group()) or self._introduced(p.group(), before, country)
            if org:
                return Speaker(org, org not in self.attribution.labels and org != SECURITY_SOURCES,
                               start + p.start(), start + p.end(), verb)
        if inside and generic:  # a generic descriptor: "the separatists said" → the group it stands for
            a = inside[0]
            target = memory.generic(text[a.start:a.end]) if memory.generic else None
            target = target or memory.pronoun(fold(a.kind), self.attribution.speaker_pronouns)
            if target:
                return Speaker(target, True, a.start, a.end, verb)
        full = [p for p in persons if self._full_name(p.group()) and not inside and p.start() < 40]
        app = APPOSITION.match(text, end) if full and not role else None
        if not full and not role and not inside and len(persons) == 1 and not phrase.replace(
                persons[0].group(), "").strip(" ,") and self.orgs.apposition is not None:
            # "according to Kisal, a herders' association": one capitalised word that an apposition says is a body
            one = APPOSITION.match(text, end)
            if one and self.orgs.apposition.match(one.group(1)):
                p = persons[0]
                return Speaker(p.group(), False, start + p.start(), start + p.end(), verb, organisation=True)
        if app and self.attribution.spokesman(app.group(1)):  # "selon X, porte-parole du M23": whom X speaks for
            sp = self.resolve(text, app.start(1), app.end(1), actors, memory, country, verb, before, generic=False)
            if sp is not None and sp.name != vocab.LOCAL_SOURCES:
                return sp
        if app and self.orgs.apposition is not None and self.orgs.apposition.match(app.group(1)) \
                and len(full) == 1 and not phrase[full[0].end():].strip(" ,.;"):
            # "according to Cabo Ligado, a conflict monitor": the name is a body's, which speaks in its own name
            name = self.orgs.lead.sub("", full[0].group())
            return Speaker(name, False, start + full[0].start(), start + full[0].end(), verb, organisation=True)
        body = self.orgs.by_apposition(text, start, end) if full and not role else None
        if body is not None:  # "The Sudan Tribune, a local newspaper, said": the body the apposition names
            return Speaker(body[0], False, body[1], body[2], verb, organisation=True)
        org = self.orgs.apposed(text, end, actors) if app else None
        if org is not None:  # "a indiqué X, président de l'ONG Alternative Espaces Citoyens": the body he speaks for
            return Speaker(org[0], False, org[1], org[2], verb, organisation=True)
        if full and not role and not self.orgs.outlet_staff.search(phrase):
            # "said Musa Ibrahim, the head of a youth association": a named person who speaks for no party the
            # report names is a local source (not the outlet's own voice); later "Ibrahim said" is the same
            for p in full:
                memory.learn(p.group(), vocab.LOCAL_SOURCES)
            return Speaker(vocab.LOCAL_SOURCES, False, start + full[0].start(), start + full[0].end(), verb)
        return None


def _body(a: ActorMention) -> bool:
    """Is a named actor a body that only tells (an NGO, a monitor), not a party nor a government?"""
    return a.kind == vocab.OTHER_KIND and not (a.name or "").startswith(vocab.GOVERNMENT_OF)


def _bare(owner: str) -> bool:
    """Is an owner a bare possessive ('its', 'son', 'leurs'), not a noun ('the group's', 'du mouvement')?"""
    return bool(owner) and not re.search(r"[\s'’]", owner.strip())
