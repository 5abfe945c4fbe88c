"""From the mentions of every article to actors: one per real-world person, organisation or
place, under its canonical name, with its forms, aliases, roles and mentions."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .. import ids, lexicon
from . import ledger as _ledger
from ..extract.mentions import (Extraction, RawMention, demonym_country, is_common_word,
                               nationality_country, nationality_word)
from ..extract.morph import analyse
from ..model import Actor, Mention
from .names import (NAME_PARTICLES, collect_unknown, genitive, has_cyrillic, institution_heads, is_acronym,
                    is_roman_numeral, is_unknown, nominative_candidates, phrase_lemma, reading_score,
                    resolve_unknown, script_key, word_lemma)
from .variants import deletion_keys, loose, merge_variants, one_slip, words_agree


@dataclass
class Group:
    """An actor in the making: mentions gathered under one canonical name."""

    name: str
    mentions: list[RawMention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    votes: Counter = field(default_factory=Counter)
    media: bool = False
    # The editor's word (content/actors.yml) wins over what dossier found.
    curated: bool = False
    kind_override: str | None = None
    role_override: str | None = None  # "" means: no role
    description: str | None = None
    # The names of the groups build_groups made whose mentions this one holds (ledger.py).
    members: set[str] = field(default_factory=set)

    def absorb(self, other: Group) -> None:
        self.mentions.extend(other.mentions)
        self.aliases |= other.aliases
        if other.name != self.name:
            self.aliases.add(other.name)
        self.votes.update(other.votes)
        self.media = self.media or other.media
        self.description = self.description or other.description
        self.members |= other.members
        if _ledger.current is not None:
            _ledger.current.state(self)

    def vote(self, kind: str, n: int) -> None:
        self.votes[kind] += n
        if _ledger.current is not None:
            _ledger.current.state(self)

    @property
    def kind(self) -> str:
        return self.kind_override or _ledger.kind_of(self.votes)


def _lex():
    return lexicon.load("entities")


def _morph_kind(words: tuple[str, ...], people: bool = True) -> str | None:
    kinds = Counter()
    for w in words:
        for a in analyse(w):
            if a.kind and (people or a.kind != "person"):
                kinds[a.kind] += 1 + reading_score(a)
    if not kinds:
        return None
    return max(sorted(kinds), key=lambda k: kinds[k])


def _agree_as_nouns(first: str, last: str) -> bool:
    """Whether two words can stand side by side as one person's first name and surname: some
    reading of each in the same number, case and gender (True when the dictionary does not
    know the second word or knows it only as a name, which tells nothing)."""
    readings = analyse(last)
    if not readings or all(set(a.qualifiers) & {"nazwisko", "imię"} for a in readings):
        return True  # unknown, or a surname only (Tony Blair: Tony is tons to the dictionary)
    tails = [a.tag.split(":")[1:4] for a in readings if a.pos in ("subst", "depr")
             and a.tag.count(":") >= 3]
    for a in analyse(first):
        parts = a.tag.split(":")[1:4]
        if a.pos not in ("subst", "depr") or len(parts) < 3:
            continue
        for t in tails:
            if all(set(x.split(".")) & set(y.split(".")) for x, y in zip(parts, t)):
                return True
    return False


def _looks_like_person(words: tuple[str, ...]) -> bool:
    """Two to four capitalised words, the first a first name or unknown, none an institution or
    a place: Kasym-Żomart Tokajew, Władimirem Putinem, Ajbek Smadijarow."""
    if len(words) >= 3 and is_roman_numeral(words[-1]):
        words = words[:-1]  # "Jana Pawła II": a ruler's number after the name
    if not 2 <= len(words) <= 4 or any(is_acronym(w) for w in words):
        return False
    if any(not w[:1].isupper() and w.split("-")[0].lower() not in NAME_PARTICLES
           and not w.endswith(".") for w in words):
        # "Reporterów bez Granic": a person's name has no common words inside (but "św.
        # Mikołaja", "Nuriego al-Malikiego").
        return False
    if is_common_word(words[0]) and not _agree_as_nouns(words[0], words[-1]):
        # "Pucharze Świata", "Ministra Gospodarki": a common noun and a word in another case,
        # number or gender (a genitive dependant), where a first name and a surname agree.
        return False
    heads = institution_heads() | lexicon.words("entities", "organization_suffixes")
    # "Nickiem Cleggiem", "Johnowi Smithowi": nouns side by side in a man's instrumental or
    # dative are a first name and a surname, whatever else the dictionary reads in them (Nick
    # is also a place); an institution's words do not agree so (Bankiem Światowym, Komitetem
    # Regionów), and an institution's noun or an adjective still rules it out below.
    declined_alike = len(words) <= 3 and any(
        all(w.endswith(ending) and len(w) > len(ending) + 1 for w in words)
        for ending in ("em", "owi"))
    for w in words:
        readings = analyse(w)
        if w.lower() in heads or any(a.lemma.lower() in heads for a in readings):
            return False
        if not declined_alike and readings and not any(
                "imię" in a.qualifiers or "nazwisko" in a.qualifiers for a in readings) and \
                any(a.kind == "place" for a in readings):
            return False
        if _adjective(w):
            return False
    if declined_alike:
        return True
    if is_common_word(words[0]) and is_common_word(words[-1]):
        return False  # "Wspólnota Narodów": common words from first to last
    first = analyse(words[0])
    return not first or any("imię" in a.qualifiers for a in first) or \
        all(a.proper or a.pos == "subst" for a in first)


@functools.lru_cache(maxsize=100_000)
def _name_votes(tokens: tuple[str, ...], person_shaped: bool) -> tuple[Counter, str | None]:
    """The votes a name's own words cast (the dictionary's kind, a head noun), whatever
    stands around it; cached, as the same name recurs across a dossier."""
    votes: Counter = Counter()
    # In a name of several words that is not shaped like a person's, a word's reading as a
    # surname is not what it is here: "Warszawski Uniwersytet Medyczny", "Polskie Stronnictwo".
    people = person_shaped or len(tokens) == 1
    morph = _morph_kind(tokens[-1:] if person_shaped else tokens[:1], people) or \
        _morph_kind(tokens, people)
    if morph:
        votes[morph] += 3
    first_lemmas = {a.lemma.lower() for a in analyse(tokens[0])}
    heads = lexicon.words("entities", "organization_heads")
    later = heads | lexicon.words("entities", "organization_suffixes")
    if first_lemmas & heads or (not person_shaped and any(
            {a.lemma.lower() for a in analyse(w)} & heads or w.lower() in later
            for w in tokens[1:])):
        # The institution's noun may come later (Polskie Stronnictwo Ludowe, Associated Press),
        # or a company's legal form (Ryanair Holdings).
        votes["organization"] += 4
    elif first_lemmas & lexicon.words("entities", "place_heads") and len(tokens) > 1:
        votes["place"] += 4
    if person_shaped:
        votes["person"] += 3
    return votes, morph


def _kind_votes(m: RawMention, name: str, person_shaped: bool) -> Counter:
    """The votes one mention casts (do not change the Counter: it is shared)."""
    return _mention_votes(m.tokens, name, person_shaped, bool(m.role), m.kind_cue,
                          m.prev_word in lexicon.words("entities", "place_prepositions"),
                          m.media_cue, m.tagger_kind)


# The weight of the name tagger's kind: it read the words around the name, as the
# dictionary's readings and head nouns do not.
TAGGER_VOTE = 5


@functools.lru_cache(maxsize=200_000)
def _mention_votes(tokens: tuple[str, ...], name: str, person_shaped: bool, role: bool,
                   kind_cue: str | None, after_place_preposition: bool, media_cue: bool,
                   tagger_kind: str | None = None) -> Counter:
    votes, morph = _name_votes(tokens, person_shaped)
    votes = Counter(votes)
    if tagger_kind and not (role and tagger_kind != "person"):
        # (A role noun before the name, "wicepremierem Nickiem Harwoodem", outweighs it; a
        # name shaped as a person's, "Shabbaz Batti", halves it.)
        votes[tagger_kind] += TAGGER_VOTE if tagger_kind == "person" or not person_shaped \
            else TAGGER_VOTE // 2
    if role:
        votes["person"] += 2
    if kind_cue:
        votes[kind_cue] += 1
    if is_acronym(name) and not morph:
        votes["organization"] += 2
    if after_place_preposition and not morph:
        votes["place"] += 1
    if not votes and name.lower().endswith(tuple(_lex()["person_suffixes"])) and \
            not is_common_word(name.split()[-1]):
        # "Obywatelska" ends like a surname, but the dictionary knows it as an adjective only.
        votes["person"] += 1
    if media_cue:
        votes["organization"] += 2
    return votes


@functools.lru_cache(maxsize=10_000)
def _nominative_role(word: str) -> bool:
    """A role noun that can only be in the nominative: "prezes", "szef" (not "prezesa")."""
    roles = lexicon.words("entities", "role_nouns") | set(_lex()["kind_cues"]["person"])
    readings = [a for a in analyse(word) if a.pos == "subst" and a.lemma.lower() in roles]
    # The masculine reading decides: the feminine "(pani) prezes" does not inflect at all.
    readings = [a for a in readings if a.tag.endswith(":m1")] or readings
    return bool(readings) and all(a.tag.split(":")[2] == "nom" for a in readings)


def _complement_of_role(m: RawMention, name: str) -> bool:
    """"prezes Ryanaira", "szef Kancelarii": a role noun in the nominative before a name in
    another case. A role and the person holding it agree in case (prezes Jan Kowalski,
    prezesa Jana Kowalskiego); here the name says what the role is of, and is no person."""
    return bool(m.prev_word) and _nominative_role(m.prev_word) and " ".join(m.tokens) != name


def name_context(mentions) -> tuple[dict[str, str], frozenset]:
    """What a mention's canonical name depends on beyond its own words: the dossier-wide
    grouping of unknown words (names.resolve_unknown) and the words the names attest."""
    mentions = list(mentions)
    return (resolve_unknown(collect_unknown(m.tokens for m in mentions)),
            frozenset(w for m in mentions for w in m.tokens))


def build_groups(extractions: list[Extraction],
                 context: tuple[dict[str, str], frozenset] | None = None) -> dict[str, Group]:
    """The mentions grouped by canonical name. ``context``: name_context of the dossier's
    mentions, when these are not all of them (incremental.py)."""
    mentions = [m for ex in extractions for m in ex.mentions]
    unknown, attested = context or name_context(mentions)
    media_names = {n.lower(): n for n in _lex()["media"]}
    groups: dict[str, Group] = {}
    named: dict[tuple[str, ...], tuple[str, bool, str | None]] = {}

    def canonical(tokens: tuple[str, ...]) -> tuple[str, bool, str | None]:
        person_shaped = _looks_like_person(tokens)
        # "polskiego rządu": the tagger's place, a nationality's adjective, is its country.
        country = (demonym_country(tokens[0]) or nationality_word(tokens[0])) \
            if len(tokens) == 1 else None
        if country:
            name = country  # "Amerykanie" speaks of the United States
        elif len(tokens) == 2 and is_acronym(tokens[1]) and \
                nationality_country(tokens[0]) and genitive(nationality_country(tokens[0])):
            # "Rosyjskie MSZ" is MSZ Rosji, the name under which the rest of the news knows it.
            name = f"{tokens[1]} {genitive(nationality_country(tokens[0]))}"
        elif len(tokens) == 1:
            name = word_lemma(tokens[0], unknown, attested)
        else:
            name = phrase_lemma(tokens, unknown, person_shaped, attested)
        if name.lower() in media_names:
            name = media_names[name.lower()]
        return name, person_shaped, country

    for m in mentions:
        if m.tokens not in named:
            named[m.tokens] = canonical(m.tokens)  # the same name recurs: lemmatise it once
        name, person_shaped, country = named[m.tokens]
        if (m.role or m.kind_cue == "person") and _complement_of_role(m, name):
            m = dataclasses.replace(m, role=None, kind_cue=None)
        group = groups.setdefault(name, Group(name, members={name}))
        group.mentions.append(m)
        group.votes.update(_kind_votes(m, name, person_shaped))
        if country:
            group.votes["place"] += 3
        if m.media_cue or name.lower() in media_names:
            group.media = True
    return groups


def _merge(groups: dict[str, Group], source: str, target: str) -> None:
    if source == target or source not in groups or target not in groups:
        return
    groups[target].absorb(groups.pop(source))


def merge_identities(groups: dict[str, Group], article_language: dict[str, str],
                     ledger: _ledger.Ledger | None = None) -> None:
    """Acronyms with their expansions, surnames with full names, other scripts with their
    Latin spelling. Each rule merges only when the match is unambiguous. ``ledger``
    receives what the decisions read of the groups' counts (ledger.py)."""
    if ledger is not None:
        ledger.start(groups)
    _ledger.current = ledger
    try:
        _merge_identities(groups, article_language)
    finally:
        _ledger.current = None
    if ledger is not None:
        ledger.finish(groups)


def _merge_identities(groups: dict[str, Group], article_language: dict[str, str]) -> None:
    # Acronym <-> expansion: "Organizacji Układu o Bezpieczeństwie Zbiorowym (ros. ODKB)".
    expansions: dict[str, Counter] = defaultdict(Counter)
    # An acronym the gazetteer gives to a state (USA, RFN) expands nothing else ("spoza Unii
    # (USA)" names an example); nor does one word take an acronym of another initial.
    gazetteer = {alias for aliases in lexicon.load("aliases").values() for alias in aliases}
    for name, g in groups.items():
        for m in g.mentions:
            acronym = m.expansion_of
            # "Jerzy Buzek (PO)": a person's party in brackets, not an expansion.
            if not acronym or acronym in gazetteer or _looks_like_person(m.tokens):
                continue
            if len(m.tokens) == 1 and acronym[:1].upper() != name[:1].upper():
                continue
            expansions[acronym][name] += 1
    for acronym, names in sorted(expansions.items()):
        target = max(sorted(names), key=lambda n: names[n])
        if target in groups:
            groups[target].aliases.add(acronym)
            groups[target].vote("organization", 2)
            _merge(groups, acronym, target)
            # Two wordings the texts give one acronym (Demokratyczna Partia Unionistyczna /
            # Demokratyczna Partia Unionistów (DUP)) are one body, when they differ only in
            # their last word.
            for other in sorted(names):
                if other != target and other in groups and not groups[other].curated and \
                        len(other.split()) == len(target.split()) >= 2 and \
                        other.split()[:-1] == target.split()[:-1]:
                    _merge(groups, other, target)

    _merge_gazetteer(groups)
    _merge_state_names(groups)
    _split_glued(groups)
    _merge_initials(groups)
    merge_variants(groups)
    _merge_qualified(groups)
    _merge_shorter_person_names(groups)
    _merge_shortened(groups)
    _attach_short_names(groups)

    # Other scripts: a Cyrillic name joins the Latin actor with the same spelling key; one
    # that matches none is dropped from articles not written in that script (too unreliable).
    latin = defaultdict(list)
    for name in groups:
        if not has_cyrillic(name):
            latin[script_key(name)].append(name)
            for alias in groups[name].aliases:
                latin[script_key(alias)].append(name)
    for name in sorted(n for n in groups if has_cyrillic(n)):
        matches = sorted(set(latin.get(script_key(name), [])))
        if len(matches) == 1:
            groups[matches[0]].aliases.add(name)
            _merge(groups, name, matches[0])
        elif all(article_language.get(m.article) not in ("ru", "uk", "be", "bg", "sr")
                 for m in groups[name].mentions):
            del groups[name]


def _trim(m: RawMention, keep: int) -> RawMention | None:
    """The mention cut down to its last ``keep`` words, or None if its text does not show them."""
    pos = 0
    try:
        for tok in m.tokens[:-keep]:
            pos = m.text.index(tok, pos) + len(tok)
        start = m.text.index(m.tokens[-keep], pos)
    except ValueError:
        return None
    return dataclasses.replace(m, start=m.start + start, text=m.text[start:],
                               tokens=m.tokens[-keep:], sentence_initial=False,
                               expansion_of=None)


def _split_glued(groups: dict[str, Group]) -> None:
    """"Brexit Michel Barnier", "KE Margaritis Schinas": a person's full name that the dossier
    knows by itself, with a word glued before it (what the person heads or stands for, named
    right before). The mentions move to the person, cut to the name."""
    persons: dict[str, list[str]] = defaultdict(list)  # by the loose key of the surname
    for n, g in groups.items():
        if g.kind == "person" and len(n.split()) >= 2 and not g.curated:
            persons[loose(n.split()[-1])].append(n)

    def person_named(words: list[str]) -> str | None:
        """The person the dossier knows by these words, spelt alike or one slip apart
        (Gazpromu Aleksandr Miedwiediew -> Aleksander Miedwiediew)."""
        found = sorted(p for p in persons.get(loose(words[-1]), ())
                       if len(p.split()) == len(words) and words_agree(p.split(), words, 1))
        return found[0] if found else None

    for name in sorted(groups):
        g = groups[name]
        words = name.split()
        if len(words) < 3 or g.curated:
            continue
        target = next((t for t in (person_named(words[k:]) for k in range(1, len(words) - 1))
                       if t and t != name and t in groups), None)
        if target is None:
            continue
        keep_words = len(target.split())
        if _ledger.current is not None:
            _ledger.current.splits.append(frozenset(g.members))
        kept = []
        for m in g.mentions:
            cut = _trim(m, keep_words) if len(m.tokens) == len(words) else None
            if cut is None:
                kept.append(m)
            else:
                groups[target].mentions.append(cut)
        g.mentions = kept
        if not kept:
            del groups[name]


def _merge_gazetteer(groups: dict[str, Group]) -> None:
    """Official and short names of one state (data/aliases.yml): Federacja Rosyjska -> Rosja."""
    for canonical, aliases in sorted(lexicon.load("aliases").items()):
        present = [a for a in aliases if a in groups]
        if not present:
            continue
        if canonical not in groups:
            groups[canonical] = Group(canonical)
        for alias in present:
            groups[canonical].vote("place", 3)
            _merge(groups, alias, canonical)
        groups[canonical].aliases |= set(present)


def _merge_state_names(groups: dict[str, Group]) -> None:
    """A state's formal name joins the place named by its short one, the name after the state
    noun in the genitive or as it is: Republika Irlandii -> Irlandia, Księstwo Liechtenstein
    -> Liechtenstein."""
    states = lexicon.words("entities", "state_nouns")
    formal: dict[str, str] = {}  # formal name -> the words after its state noun
    for name in groups:
        words = name.split()
        k = next((k for k in (2, 1) if len(words) > k and
                  " ".join(words[:k]).lower() in states), None)
        if k:
            formal[name] = " ".join(words[k:])
    if not formal:
        return
    # Genitives only of places that may be meant (Morfeusz's generator is slow).
    starts = {rest[:2] for rest in formal.values()}
    places: dict[str, str] = {}
    for name, g in groups.items():
        if g.kind == "place" and not g.curated and name[:2] in starts:
            places[name] = name
            places.setdefault(genitive(name) or name, name)
    for name, rest in sorted(formal.items()):
        target, g = places.get(rest), groups.get(name)
        if target and target != name and target in groups and g is not None and \
                g.kind != "person" and not g.curated:
            groups[target].aliases.add(name)
            _merge(groups, name, target)


@functools.lru_cache(maxsize=100_000)
def _qualifier(words: str) -> bool:
    """Words that only say where or which legal body: USA, UE, Rosja, Group, Ltd."""
    suffixes = lexicon.words("entities", "organization_suffixes")
    return all(is_acronym(w) or w.lower() in suffixes or
               any(a.kind == "place" and a.pos == "subst" for a in analyse(w))
               for w in words.split())


def _merge_qualified(groups: dict[str, Group]) -> None:
    """An organisation's name with a qualifier and the plain name met in the dossier are one
    actor (Departament Stanu USA / Departament Stanu, SCL Group / SCL, Greenpeace Rosja /
    Greenpeace), under the name met more often. Only when the dossier qualifies that name one
    way: beside MSZ Niemiec and MSZ Bułgarii, a plain MSZ is neither."""
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for name in groups:
        words = name.split()
        for k in range(1, len(words)):
            qualifiers[" ".join(words[:k])].add(" ".join(words[k:]))
    counted: dict[str, int] = {}

    def qualified_ways(base: str) -> int:
        # Nested qualifiers are one way (Scripps Networks, Scripps Networks Interactive).
        if base not in counted:
            ways = {q for q in qualifiers[base] if _qualifier(q)}
            counted[base] = sum(1 for q in ways
                                if not any(o.startswith(q + " ") for o in ways))
        return counted[base]

    for name in sorted(groups, key=lambda n: (-len(n.split()), n)):
        if name not in groups or groups[name].kind != "organization" or groups[name].curated:
            continue
        words = name.split()
        for k in range(len(words) - 1, max(0, len(words) - 3), -1):
            base = " ".join(words[:k])
            g = groups.get(base)
            if g is None or g.kind != "organization" or g.curated:
                continue
            if _qualifier(" ".join(words[k:])) and qualified_ways(base) == 1:
                # The name met more often stays (RMF FM; Departament Stanu).
                keep = _ledger.choose("mentions", [g, groups[name]])
                _merge(groups, name if keep == base else base, keep)
                if keep == base:
                    break  # the shorter name goes on to its own shorter bases later
                # else the name stays and may take a shorter base too (Scripps Networks
                # Interactive: Scripps Networks, then Scripps)


def _introduces(full: Group, short: Group) -> bool:
    """An article names the full name first and goes on with the short one: the short one is
    then that article's way of naming it, not another body of that name (an article that
    speaks of Trybunał Konstytucyjny before Federalny Trybunał Konstytucyjny compares two)."""
    first: dict[str, int] = {}
    for m in full.mentions:
        first[m.article] = min(first.get(m.article, m.start), m.start)
    first_short: dict[str, int] = {}
    for m in short.mentions:
        if m.article in first:
            first_short[m.article] = min(first_short.get(m.article, m.start), m.start)
    return any(first[a] < start for a, start in first_short.items())


@functools.lru_cache(maxsize=100_000)
def _adjective(word: str) -> bool:
    readings = analyse(word)
    return bool(readings) and all(a.pos == "adj" for a in readings)


def _merge_shorter_person_names(groups: dict[str, Group]) -> None:
    """A person's name written without its middle name (Recep Erdogan for Recep Tayyip
    Erdogan), when only one full name reads so without it; a double surname alone,
    hyphenated somewhere in the dossier (Malloch Brown for Mark Malloch-Brown). Each joins the
    full name."""
    middle_names: dict[str, list[str]] = defaultdict(list)  # first and last name -> full
    for name, g in groups.items():
        words = name.split()
        if g.kind == "person" and len(words) == 3 and not g.curated:
            middle_names[f"{words[0]} {words[2]}"].append(name)
    for name in sorted(groups):
        words = name.split()
        if len(words) != 2 or name not in groups or groups[name].kind != "person" or \
                groups[name].curated:
            continue
        longer = [n for n in middle_names.get(name, ()) if n in groups]
        if len(longer) == 1:
            _merge(groups, name, longer[0])
    for name in sorted(groups):
        # Not Maria Rokita for Jan Maria Rokita: a first name starts another person's name;
        # not Nord Stream for Lex Nord Stream: no hyphen makes it a surname.
        words = name.split()
        if name not in groups or groups[name].kind != "person" or len(words) < 2:
            continue
        surname = " ".join(words[1:]).replace("-", " ")
        other = groups.get(surname)
        if other is None or surname == name or " " not in surname or \
                other.kind != "person" or other.curated or groups[name].curated:
            continue
        hyphenated = surname.replace(" ", "-")
        if (hyphenated in name or hyphenated in other.aliases | groups[name].aliases) and \
                not any("imię" in a.qualifiers for a in analyse(surname.split()[0])):
            _merge(groups, surname, name)


def _merge_shortened(groups: dict[str, Group]) -> None:
    """Three ways a name is written shorter: a person's double surname by its first part
    (Agata Gostyńska for Agata Gostyńska-Jakubowska), an institution's "in" dropped
    (Uniwersytet Cambridge for Uniwersytet w Cambridge), an organisation's leading adjective
    dropped where the article also gives it (Trybunał Obrachunkowy for Europejski Trybunał
    Obrachunkowy), if the dossier knows that name with no other adjective. Each joins the name
    met in more articles. (A person's other shorter names: _merge_shorter_person_names.)"""
    adjectives: Counter = Counter(  # how many adjectives each name is met with
        " ".join(n.split()[1:]) for n in groups if _adjective(n.split()[0]))
    for name in sorted(groups):
        if name not in groups or groups[name].curated:
            continue
        words = name.split()
        short = None
        if groups[name].kind == "person" and len(words) >= 2 and "-" in words[-1].strip("-") \
                and words[-1].replace("-", "").isalpha():  # not Nord Stream-2
            short = " ".join(words[:-1] + [words[-1].split("-")[0]])
        elif groups[name].kind != "person" and "w" in words[1:-1]:
            at = words.index("w", 1)
            short = " ".join(words[:at] + words[at + 1:])
        elif groups[name].kind == "organization" and len(words) >= 3 and \
                _adjective(words[0]) and adjectives.get(" ".join(words[1:])) == 1:
            # "Europejski Trybunał Obrachunkowy" and, further on, "Trybunał Obrachunkowy".
            short = " ".join(words[1:])
            if short in groups and _ledger.current is not None:
                _ledger.current.overlap([groups[name], groups[short]])
            if short in groups and not _introduces(groups[name], groups[short]):
                short = None
        other = groups.get(short) if short else None
        if other is None or other.curated or (other.kind == "person") != \
                (groups[name].kind == "person"):
            continue
        keep = _ledger.choose("articles", [groups[name], other])
        _merge(groups, short if keep == name else name, keep)


def _initials(name: str) -> set[str]:
    """The acronyms a name may go by: its capitals (Unia Europejska -> UE), and with its
    lower-case connectors (Urząd Ochrony Konkurencji i Konsumenta -> UOKiK)."""
    words = name.replace("-", " ").split()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return {capitals, "".join(w[0] for w in words)}


def _merge_initials(groups: dict[str, Group]) -> None:
    """An acronym joins the multi-word organisation or place name whose initials it spells
    (UE -> Unia Europejska, UOKiK -> Urząd Ochrony Konkurencji i Konsumenta): the only one,
    or the one met beside it in at least twice as many articles as any other."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for name, g in groups.items():
        if len(name.split()) >= 2 and not is_acronym(name) and g.kind != "person":
            for key in _initials(name):
                by_initials[key].append(name)
    for name in sorted(groups):
        if name not in groups or not is_acronym(name):
            continue
        candidates = sorted({c for c in by_initials.get(name, ()) if c in groups})
        if not candidates:
            continue
        if len(candidates) > 1:
            here = {m.article for m in groups[name].mentions}
            shared = {c: len(here & {m.article for m in groups[c].mentions}) for c in candidates}
            if _ledger.current is not None:
                _ledger.current.overlap([groups[name]] + [groups[c] for c in candidates])
            ranked = sorted(candidates, key=lambda c: -shared[c])
            if shared[ranked[0]] < max(1, 2 * shared[ranked[1]]):
                continue
            candidates = ranked[:1]
        target = candidates[0]
        groups[target].aliases.add(name)
        _merge(groups, name, target)


def _short_name_index(groups: dict[str, Group]) -> dict[str, list[str]]:
    """Multi-word names by the one-word names that may stand for them: a person's surname or
    first name (Trump, Asia), an institution's head noun (Unia, Komisja)."""
    index: dict[str, list[str]] = defaultdict(list)
    for other, og in groups.items():
        words = other.split()
        if len(words) < 2:
            continue
        if og.kind == "person":
            index[words[-1]].append(other)
            if words[0] != words[-1]:
                index[words[0]].append(other)
            # The surname of another spelling joined to it (Stephan Freismuth, joined to
            # Stephan Freitsmuth): an article using that spelling writes it alone too.
            for alias in og.aliases:
                spelt = alias.split()
                if len(spelt) == len(words) and spelt[-1] != words[-1]:
                    index[spelt[-1]].append(other)
        else:
            index["head:" + words[0]].append(other)
    return index


def _misspelt_surnames(groups: dict[str, Group]) -> dict[str, list[str]]:
    """People's full names by their surname's loose key and each key with a letter left out:
    the index a one-letter misspelling of the surname meets them through."""
    index: dict[str, list[str]] = defaultdict(list)
    for name, g in groups.items():
        words = name.split()
        if g.kind == "person" and len(words) >= 2:
            for k in deletion_keys(loose(words[-1])):
                index[k].append(name)
    return index


def _misspelling_of(name: str, g: Group, index: dict[str, list[str]],
                    groups: dict[str, Group]) -> list[str]:
    """A surname the dictionary does not know, one slip from the surname of a person named in
    full in the same article (Vershofstadt beside Guy Verhofstadt)."""
    key = loose(name)
    if len(key) < 6 or not name.isalpha() or analyse(name):
        return []
    here = {m.article for m in g.mentions}
    found = {t for k in deletion_keys(key) for t in index.get(k, ()) if t in groups}
    if _ledger.current is not None and found:
        _ledger.current.overlap([g] + [groups[t] for t in sorted(found)])
    # Not an English plural or possessive (the Johnsons, Cadillacs).
    return sorted(t for t in found if one_slip(loose(t.split()[-1]), key) and
                  key != loose(t.split()[-1]) + "s"
                  and here & {m.article for m in groups[t].mentions})


def _attach_short_names(groups: dict[str, Group]) -> None:
    """A one-word name joins the full name it stands for: the one met in the same article,
    else the one that dominates the dossier (met in at least twice as many articles as any
    other candidate). Decided per mention, so two Johnsons in two articles stay apart."""
    heads = institution_heads()
    index = _short_name_index(groups)  # only one-word groups change below
    misspelt = _misspelt_surnames(groups)
    for name in sorted(groups):
        if " " in name or is_acronym(name):
            continue
        g = groups[name]
        # A surname after "z" or "do" (z Junckerem, do Macrona) may look like a place by its
        # votes; only a place name the dictionary knows is one for sure.
        weak_place = g.kind == "place" and not any(a.kind == "place" for a in analyse(name))
        targets = list(index.get(name, [])) \
            if g.kind in ("person", "organization") or weak_place else []
        if not targets:
            # A surname read as another word ("Dudy": bagpipes, not Duda's genitive): the
            # dictionary's surname readings of it name the full name it stands for.
            targets = [t for a in analyse(name) if "nazwisko" in a.qualifiers
                       and a.lemma != name for t in index.get(a.lemma, [])
                       if len(t.split()) > 1 and t.split()[-1] == a.lemma]
        written = None
        if not targets and is_unknown(name):
            written = any(m.text == name for m in g.mentions)
            if not written and _ledger.current is not None:
                _ledger.current.written.append((frozenset(g.members), name))
        if written:
            # An oblique form, as written, of a surname the dossier spells with other letters
            # (Erdoğana for Recep Erdogan): its nominatives by declension, by the loose key.
            # (Not a name the lemmatiser derived: Banksa, from Banksy, is no Banks.)
            keys = {loose(c) for c in nominative_candidates(name) if c != name}
            targets = sorted({t for k in keys for t in misspelt.get(k, ())
                              if t in groups and loose(t.split()[-1]) == k})
        if not targets and g.kind != "place":
            targets = _misspelling_of(name, g, misspelt, groups)
        if name.lower() in heads or any(a.lemma.lower() in heads for a in analyse(name)) or \
                (g.kind != "person" and is_common_word(name)):
            # An institution's head noun (Komisja), or a common word that stands for the name
            # it starts (Platforma for Platforma Obywatelska).
            targets += index.get("head:" + name, [])
        targets = sorted(set(targets))
        if not targets:
            continue
        articles_of = {t: frozenset(m.article for m in groups[t].mentions) for t in targets}
        own = frozenset(m.article for m in g.mentions)
        dominant = short_name_dominant(name, g.kind, targets, articles_of, own)
        if _ledger.current is not None:
            _ledger.current.attachments.append(_ledger.Attachment(
                name, g.kind, frozenset(g.members), own,
                tuple((t, frozenset(groups[t].members), articles_of[t]) for t in targets),
                dominant))
        keep = []
        for m in g.mentions:
            target = short_name_target(m.article, targets, articles_of, dominant)
            if target is None:
                keep.append(m)
            else:
                groups[target].mentions.append(m)
                groups[target].aliases.add(name)
        g.mentions = keep
        if not keep:
            del groups[name]


def short_name_dominant(name: str, kind: str, targets: list[str],
                        articles_of: dict[str, frozenset], own: frozenset) -> str | None:
    """The full name a one-word name stands for where no article says (_attach_short_names):
    the only candidate, or one met in at least twice as many articles as any other."""
    ranked = sorted(targets, key=lambda t: -len(articles_of[t]))
    dominant = ranked[0] if len(ranked) == 1 or \
        len(articles_of[ranked[0]]) >= 2 * len(articles_of[ranked[1]]) else None
    if dominant and (dominant.split()[-1] != name or kind != "person") and \
            3 * len(articles_of[dominant]) < len(own):
        # Gazprom in a hundred articles is not "Gazprom Aleksandr Miedwiediew" (or
        # "Ukraina Gazprom") met once: beyond a person's surname, a full name stands for a
        # short one only if not far rarer.
        dominant = None
    return dominant


def short_name_target(article: str, targets: list[str], articles_of: dict[str, frozenset],
                      dominant: str | None) -> str | None:
    """The full name a one-word name's mentions in ``article`` join (None: they stay): the
    candidate that article names, else the dominant one."""
    here = [t for t in targets if article in articles_of[t]]
    if len(here) > 1 and dominant in here:
        here = [dominant]  # beside a stray glued name (Like Farage's), the usual one
    return here[0] if len(here) == 1 else (dominant if not here else None)


def to_actors(groups: dict[str, Group]) -> list[Actor]:
    slugs = ids.unique_slugs(list(groups), "actor")
    actors = []
    for name, g in groups.items():
        mentions = sorted({(m.article, m.start, m.end, m.text) for m in g.mentions})
        roles = sorted({m.role for m in g.mentions if m.role}) if g.kind == "person" else []
        role_sources = sorted({(m.role, m.article) for m in g.mentions if m.role}) \
            if g.kind == "person" else []
        forms = sorted({m.text for m in g.mentions})
        aliases = sorted(a for a in g.aliases if a != name)
        # A reporting verb before a person ("przekazał Łukaszenka") makes no outlet.
        role = "media" if g.media and g.kind == "organization" else None
        if g.role_override is not None:
            role = g.role_override or None
        actors.append(Actor(
            id=slugs[name], name=name, kind=g.kind, role=role,
            aliases=tuple(aliases), forms=tuple(forms),
            mentions=tuple(Mention(*m) for m in mentions), roles=tuple(roles),
            description=g.description, curated=g.curated,
            articles=tuple(sorted({m[0] for m in mentions})),
            role_sources=tuple(role_sources)))
    return sorted(actors, key=lambda a: a.id)
