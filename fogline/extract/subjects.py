"""Where the subject of a reporting verb lies in its sentence: the clause's start, an apposition set off by
commas ('X, a spokesman for the group, said'), a name between commas, an aside ('Le FLA, pour sa part,
déplore'), and two speakers joined before one verb ('police and residents said'). ``attribution`` reads the
speaker in the span found here."""

from __future__ import annotations

import re

from .text import CaselessRegex, alternation

# a bare name: capitalised words and short particles ("Omar ag Biya"), up to five
_BARE_NAME = re.compile(r"\s*(?:[A-Z][\w'’.-]*|[a-z]{1,3})(?:\s+(?:[A-Z][\w'’.-]*|[a-z]{1,3})){0,4}\s*")
# a body's full name closed by its acronym: "The Group for Support of Islam and Muslims (JNIM)", "Le Groupe de
# soutien à l'islam et aux musulmans (JNIM)": longer than a bare name, and a name all the same
_NAME_WITH_ACRONYM = re.compile(r"\s*(?:[a-z]{1,3}\s+|[a-z]['’])?[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){1,10}"
                                r"\s+\([A-ZÀ-Ý][A-Za-z-]{1,9}\)\s*")


class SubjectReader:
    """A language's words for subjects (attribution.json): what opens an apposition, a relative clause, a new
    clause, and what joins two speakers."""

    def __init__(self, data: dict) -> None:
        self._apposition_lead = re.compile(data.get("apposition_lead", "(?!)"), re.I)
        # "Au Burkina Faso, l'attaque a fait 50 morts, ont indiqué des sources": a place after a preposition
        # opens the sentence; it is no name that an apposition follows
        self._fronted = re.compile(rf"(?:{data['fronted_adverbial']})\s", re.I) if data.get("fronted_adverbial") \
            else None
        # "X, who confirmed the attack, said the bandits …": a relative clause closes on the verb's own subject
        self._relative_lead = re.compile(rf"(?:{alternation(data['relative_subjects'])})\b", re.I) \
            if data.get("relative_subjects") else None
        self._joint = re.compile(data["joint_speakers"], re.I) if data.get("joint_speakers") else None
        # "Al-Shabab, in a statement on its website, said": an aside naming where it was said, not who said it
        suffix = data.get("participle_suffix")  # "X, reporting from Khartoum, said": an aside, not an apposition
        self._participle = tuple(suffix.split("|")) if suffix else ()
        statement = alternation(data.get("statement_words", []))
        self._medium_aside = re.compile(rf"\s*(?:{data['fronted_adverbial']})\s[^,]*?\b(?:{statement})\b[^,]*",
                                        re.I) if statement and data.get("fronted_adverbial") else None
        # "Residents, however, said the attackers …": an adverb between commas, the subject before it
        self._adverb_aside = re.compile(data["aside_adverbs"], re.I) if data.get("aside_adverbs") else None
        # words that open a new clause ('while', 'tandis que'): 'X said … while a rebel spokesman said'
        self.subject_break = CaselessRegex(data["subject_break"]) if data.get("subject_break") else None
        # a title in lower case, then a person's name of capitalised words ("lieutenant Jules Ngongo"); not a title
        # and its complement ("la province du Soum": ``complement_words``, 'of', 'du', open a complement)
        complement = alternation(data.get("complement_words", []))
        self._titled = re.compile(rf"\s*(?:(?!(?:{complement})\s)[a-zà-ÿ][\w-]*\s+){{1,2}}"
                                  r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3})\s*")

    def window_start(self, text: str, pos: int) -> int:
        """Where the subject of the verb at ``pos`` may start, so that the second of two verbs in a sentence gets
        its own subject."""
        cut = clause_mark(text, pos)
        if self.subject_break is not None:
            for m in self.subject_break.finditer(text, max(cut + 1, pos - 120), min(len(text), pos + 40)):
                if m.end() > pos:  # read past the verb: a break word may look at what follows it
                    break
                cut = max(cut, m.end() - 1)
        paren = text.rfind("(", 0, pos)
        if paren > cut and text.find(")", paren, pos) == -1:  # inside an open bracket; "(FLA) said" is not
            cut = paren
        comma = text.rfind(",", 0, pos)
        shut = text.rfind(")", comma, pos) if comma != -1 and ")" in text else -1
        if shut != -1 and text.rfind("(", 0, comma) > cut:  # "le FLA (Front, selon son sigle) affirme": a comma
            comma = text.rfind(",", 0, text.rfind("(", 0, comma))  # in a closed aside opens no subject
        if comma > cut and pos - comma > 3:
            # a subject can sit after a leading adverbial: "In a statement, the group claimed"
            cut = comma
        return max(cut + 1, 0, pos - 120)

    def joined(self, text: str) -> bool:
        """Can a sentence have two speakers of one verb at all (one scan; most cannot)?"""
        return self._joint is not None and self._joint.search(text) is not None

    def joint_first(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """'police and residents said', 'local officials and the rebels said': two short phrases joined before
        the verb at ``pos`` are two speakers of it; the span of the first (the guide names the first source), else
        None. A clause before the 'and' ('gunmen killed 12 and police said') has a figure, a comma or more words."""
        m = self._joint.search(text, start, pos) if self._joint is not None else None
        if m is None or re.search(r"[\d,;:]", text[start:pos]) or not text[start:m.start()].strip() \
                or len(text[start:m.start()].split()) > 5 or len(text[m.end():pos].split()) > 6:
            return None
        return start, m.start()

    def before_verb(self, before: str, not_apposition: re.Pattern | CaselessRegex) -> bool:
        """Is the subject of a verb after a comma before it ('A community leader, Musa Ali, said the gunmen …';
        'X, a civil society coordinator, said the assailants …'; 'Le FLA, pour sa part, déplore …'), so that the
        words after the verb are what was said, not its speaker ('…, said police')? ``not_apposition``: what
        opens an aside rather than an apposition."""
        phrases = _comma_phrases(before)
        if phrases is None:
            return False
        head, middle = phrases
        return _name_in_commas(head, middle) or self._name_then_apposition(head, middle) \
            or self._titled_name(middle) or bool(not_apposition.fullmatch(middle)) or self._medium(head, middle)

    def adverb_aside(self, words: str) -> bool:
        """Are the words an adverb set off by commas ('however', 'for their part'), no apposition?"""
        return self._adverb_aside is not None and self._adverb_aside.fullmatch(words.strip(" ,")) is not None

    def _medium(self, head: str, middle: str) -> bool:
        """'The group, in a statement on Telegram, said …', 'X, reporting from Khartoum, said …': a short subject
        that opens its clause, then an aside naming the statement it spoke in or what it was doing; the words after
        the verb are what it said."""
        name = head[max(head.rfind(c) for c in ",;:“”\"«»") + 1:].strip()
        first = middle.split()[0].lower() if middle.split() else ""
        aside = (self._medium_aside is not None and self._medium_aside.fullmatch(middle)) \
            or (self._adverb_aside is not None and self._adverb_aside.fullmatch(middle)) or (
            bool(self._participle) and first.endswith(self._participle) and len(first) > 5)
        return bool(aside) and 0 < len(name.split()) <= 6 and not any(ch.isdigit() for ch in name)

    def in_relative(self, text: str, pos: int) -> bool:
        """Does the speaker at ``pos`` stand in a relative clause set off by a comma ('…, which the army blamed on
        the RSF, …')? That clause says something of a noun, not who gives the sentence's figures."""
        comma = text.rfind(",", 0, pos)
        return comma >= 0 and self._relative_lead is not None and \
            self._relative_lead.match(text[comma + 1:pos].strip()) is not None

    def opens_apposition(self, words: str) -> bool:
        """Do these words (after a comma) open an apposition ('a spokesman for …', 'le porte-parole …')?"""
        return bool(self._apposition_lead.match(words))

    def _titled_name(self, middle: str) -> bool:
        """'le porte-parole de l'armée, le lieutenant Jules Ngongo, a annoncé la mort de …': an apposition that is a
        title and a person's name (no 'of' before the name: 'la province du Soum' is a place) closes the subject."""
        lead = self._apposition_lead.match(middle.strip())
        if lead is None:
            return False
        m = self._titled.fullmatch(middle.strip()[lead.end():])
        return m is not None and len(m.group("name").split()) >= 2

    def _name_then_apposition(self, head: str, middle: str) -> bool:
        """A bare name opens the clause and an apposition (or a relative clause) follows it."""
        if not head:
            return False
        if self._relative_lead is not None and self._relative_lead.match(middle.strip()):
            return True
        name = head[max(head.rfind(c) for c in ",;:“”\"«»") + 1:].strip()
        middle = middle.strip()
        if self._fronted is not None and self._fronted.match(name):
            return False
        named = name[:1].isupper() and _BARE_NAME.fullmatch(name) or _NAME_WITH_ACRONYM.fullmatch(name)
        return bool(named) and bool(self._apposition_lead.match(middle))


def clause_mark(text: str, pos: int) -> int:
    """The last mark before ``pos`` that ends a clause or opens a quote (-1: none): no subject reaches past it."""
    find = text.rfind  # one call per mark, no generator: asked for every verb and window
    return max(find(";", 0, pos), find("“", 0, pos), find("”", 0, pos), find('"', 0, pos), find(":", 0, pos),
               find("«", 0, pos), find("»", 0, pos))


def _comma_phrases(before: str) -> tuple[str, str] | None:
    """The words before a verb split at its last two commas: (what stands before the first, what lies between
    them), or None when there are not two."""
    comma = before.rstrip().rfind(",")
    prev = before.rfind(",", 0, comma)
    if prev < 0:
        return None
    return before[:prev], before[prev + 1:comma]


def _name_in_commas(head: str, middle: str) -> bool:
    """A name set off by commas right before the verb: the name starts with a capital ('…, on Monday, said
    police' is a date), and what stands before it is a short noun phrase, not a clause with a figure ('Gunmen
    killed 12 villagers in Zamfara State, Nigeria, said police')."""
    name = middle.strip()
    return bool(head.strip()) and name[:1].isupper() and bool(_BARE_NAME.fullmatch(name)) \
        and len(head.split()) <= 12 and not any(ch.isdigit() for ch in head)


def apposition_start(text: str, pos: int, start: int) -> int | None:
    """'…, X, a spokesman for the group, told': where the subject before a verb starts when the comma just
    before the verb closes an apposition (the apposition and a bare name before it), else None."""
    comma = text.rfind(",", start, pos)
    if comma < start or pos - comma > 3:
        return None
    before = text.rfind(",", start, comma)
    if before < start or comma - before <= 3:
        return None
    name_start = max(start - 1, text.rfind(",", start, before))
    return name_start + 1 if _BARE_NAME.fullmatch(text[name_start + 1:before]) else before + 1
