"""A name's kind (person, organisation, place) as its words and its mentions vote for it,
and whether a name is shaped like a person's."""

from __future__ import annotations

import functools
from collections import Counter

from .. import lexicon
from ..extract.mentions import RawMention, is_common_word
from ..extract.morph import analyse
from .names import NAME_PARTICLES, institution_heads, is_acronym, is_roman_numeral, reading_score


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
    if not readings:
        return True  # unknown
    if all(set(a.qualifiers) & {"nazwisko", "imię"} for a in readings):
        # A surname only (Tony Blair: Tony is tons to the dictionary), unless it is in an
        # oblique case that no reading of the first word shares: "Pucharze Davisa" is a
        # trophy and the genitive of its name.
        if any(a.has_case("nom") for a in readings):
            return True
        cases = {c for a in readings if a.tag.count(":") >= 2
                 for c in a.tag.split(":")[2].split(".")}
        return any(a.has_case(c) for a in analyse(first) for c in cases)
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


def looks_like_person(words: tuple[str, ...]) -> bool:
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
        if adjective(w):
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


def kind_votes(m: RawMention, name: str, person_shaped: bool, polish: bool = True
               ) -> Counter:
    """The votes one mention casts (do not change the Counter: it is shared). ``polish``:
    whether a Polish surname's ending counts (not in an English name: Britain, Austin)."""
    return _mention_votes(m.tokens, name, person_shaped, bool(m.role), m.kind_cue,
                          m.prev_word in lexicon.words("entities", "place_prepositions"),
                          m.media_cue, m.tagger_kind, polish)


# The weight of the name tagger's kind: it read the words around the name, as the
# dictionary's readings and head nouns do not, so where it read a name its kind outweighs
# everything the rules' votes can add up to (about 18): the rules decide the kind of a name
# the tagger did not read, and between the tagger's kinds when its mentions disagree. On
# PolEval (benchmarks/poleval.py, 5-fold) the rules' votes outweighing it cost 0.014 overlap
# F1: "Los Angeles", "Rio de Janeiro", "Arka Gdynia" voted persons by their shape.
TAGGER_VOTE = 30


@functools.lru_cache(maxsize=200_000)
def _mention_votes(tokens: tuple[str, ...], name: str, person_shaped: bool, role: bool,
                   kind_cue: str | None, after_place_preposition: bool, media_cue: bool,
                   tagger_kind: str | None = None, polish: bool = True) -> Counter:
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
    if not votes and polish and name.lower().endswith(tuple(_lex()["person_suffixes"])) and \
            not is_common_word(name.split()[-1]):
        # "Obywatelska" ends like a surname, but the dictionary knows it as an adjective only.
        votes["person"] += 1
    if media_cue:
        votes["organization"] += 2
    return votes




@functools.lru_cache(maxsize=100_000)
def adjective(word: str) -> bool:
    readings = analyse(word)
    return bool(readings) and all(a.pos == "adj" for a in readings)
