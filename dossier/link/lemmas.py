"""Canonical names: the nominative, full form of a name, whatever case the text put it in.

Known words are lemmatised by Morfeusz (SGJP); words it does not know take the nominative the
dossier-wide grouping gives them (unknown.py). Multi-word names are lemmatised as phrases: the
head noun and the adjectives agreeing with it inflect, genitive dependants stay.

``unknown`` maps unknown words to their nominatives and ``attested`` holds the words the
dossier's names use: both are only ever read with ``.get``, ``in`` and ``[]`` (canonical.py
records those reads to know when a name's lemma may be reused)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from .. import lexicon
from ..extract.morph import Analysis, analyse, inflect
from .names import (_CYRILLIC, ADJ_POS, _cap_like, _usable, institution_heads, is_acronym,
                    is_roman_numeral, reading_score)
from .person_case import agree_in_case
from .unknown import is_unknown

_APOSTROPHE_CASE = re.compile(r"^(.+?)['’][a-ząćęłńóśźż]{1,4}$")


def _nominative_surname(word: str, unknown: dict[str, str]) -> bool | None:
    """Whether a surname stands in the nominative: the dictionary's readings tell, or for an
    unknown word the dossier-wide grouping (Stalina -> Stalin: not nominative). None if
    nothing tells."""
    readings = [a for a in analyse(word) if "nazwisko" in a.qualifiers or
                "pseudonim" in a.qualifiers]  # Stalin, Lenin: pseudonyms to the dictionary
    if readings:
        return any(a.has_case("nom") for a in readings)
    if is_unknown(word) and word in unknown:
        return unknown[word] == word
    return None


def word_lemma(word: str, unknown: dict[str, str], attested: frozenset = frozenset(),
               prefer: str | None = None, nominative: bool | None = None) -> str:
    """The nominative of one capitalised word. ``attested`` holds the words seen in the
    dossier: of two dictionary readings (Niemcy, Niemce), the one the texts use wins."""
    if is_acronym(word) or _CYRILLIC.search(word):
        return word
    m = _APOSTROPHE_CASE.match(word)
    if m:
        return m.group(1)  # Farage’a, Tony'ego: a foreign name with a Polish case ending
    readings = [a for a in _usable(word) if a.pos not in ADJ_POS]
    proper = [a for a in readings if a.proper]
    if prefer == "imię" and not proper:
        # A first name the dictionary knows only as common words (Tony: tons) stands as
        # written, or as the dossier declines it; but in an oblique case beside an oblique
        # surname, it is the nominative the dossier writes elsewhere (Nikolem Paszynianem
        # -> Nikol, beside "Nikol Paszynian"; nikol is a coin to the dictionary).
        if nominative is False and readings and not any(a.has_case("nom") for a in readings):
            written = {c for c in {_cap_like(word, a.lemma) for a in readings}
                       if c in attested}
            if len(written) == 1:
                return written.pop()
        return unknown.get(word, word)
    if prefer and any(prefer in a.qualifiers for a in proper):
        proper = [a for a in proper if prefer in a.qualifiers]
    if prefer:
        # One person's name: in the singular (Roberty is Roberta's, Gregi is no plural).
        singular = [a for a in proper if "sg" in a.number.split(".")]
        if prefer == "imię" and proper and not singular:
            return unknown.get(word, word)  # Greg: no singular of the surname Grega
        if prefer == "nazwisko" and proper and not singular:
            # Only plurals of surnames (Wielki: the Wielks; Bond: the Bondas'): the word's
            # other readings tell (Kazimierz Wielki), or none does and it stands as written.
            readings = [a for a in readings if a not in proper]
            proper = []
            if not readings:
                return unknown.get(word, word)
        proper = singular or proper

    if nominative is False and any(not a.has_case("nom") for a in proper):
        # The first name in the surname's oblique case: "Józefa Stalina" is Józef, not
        # Józefa. (A surname in the nominative tells less: women's surnames do not decline.)
        proper = [a for a in proper if not a.has_case("nom")]
    if proper and not prefer:
        # A noun heading institutions' names competes with the proper readings (below).
        proper += [a for a in readings if not a.proper and a.lemma.lower() in
                   _organization_heads() and "sg" in a.number.split(".")]
    if proper or readings:
        return _best_reading(word, proper or readings, attested, prefer)
    if "-" in word:
        head, _, last = word.rpartition("-")
        last_readings = [a for a in _usable(last.lower()) if a.pos == "subst"]
        if last_readings and last[:1].isupper():
            return f"{head}-{_cap_like(last, last_readings[0].lemma)}"
    return unknown.get(word, word)


@functools.cache
def _organization_heads() -> frozenset:
    return lexicon.words("entities", "organization_heads")


NOMINATIVE_AS_WRITTEN = 2
PREFERRED_NAME = 1


@functools.cache
def _preferred_names() -> frozenset:
    return frozenset(lexicon.load("name_lemmas")["preferred"])


def _best_reading(word: str, readings: list[Analysis], attested, prefer: str | None) -> str:
    """word_lemma: the nominative of the best of a word's ``readings``."""
    scores: Counter = Counter()
    best_reading: dict[str, Analysis] = {}
    heads = _organization_heads()
    first_names = {a.lemma for a in readings
                   if "imię" in a.qualifiers and "sg" in a.number.split(".")}
    for a in readings:
        score = reading_score(a) + (2 if a.lemma in attested else 0)
        if a.lemma in _preferred_names():
            # Of the names a form may be (Łodzi: Łódź or the village Łodzia), the one KPWr's
            # annotators chose (data/name_lemmas.yml); what the dossier writes still counts.
            score += PREFERRED_NAME
        if a.lemma == word and first_names == {word} and "sg" in a.number.split(".") and \
                a.has_case("nom"):
            # A first name written as its nominative is that name, not an oblique form of
            # another name (Jarek, not the village Jarki's genitive; Rafał, not Rafały's);
            # of two first names (Jarka: Jarek's genitive, or Jarka) nothing tells here.
            score += NOMINATIVE_AS_WRITTEN
        if not a.proper and a.lemma.lower() in heads:
            # A capitalised noun that heads institutions' names stands for one (Rady, Radzie:
            # the council, not the surname Rado nor the village Radzie), as the head of a
            # longer name does (phrase_lemma).
            score += 3
        if score >= scores.get(a.lemma, -99):
            scores[a.lemma] = score
            best_reading[a.lemma] = a
    # Best reading first; then, of two first names, the one spelt as Polish spells
    # (Jackiem -> Jacek, not Jack; Markiem -> Marek, not Marco): the text is Polish, and
    # a name it declines in its own way is its own first; then the lemma closest to the
    # written form.
    best = max(sorted(scores), key=lambda lem: (
        scores[lem], "imię" in best_reading[lem].qualifiers and polish_spelling(lem),
        _common_prefix(lem, word)))
    reading = best_reading[best]
    if reading.number == "pl" and not reading.plural_only and not prefer:
        # A common noun used as a name in the plural keeps it: na Wyspach -> Wyspy.
        plural = inflect(reading.lemma, "subst", "pl", "nom", None)
        if plural:
            return _cap_like(word, plural)
    return _cap_like(word, best)


_FOREIGN_SPELLING = re.compile(r"[qvx]|ck|th|ph|sh|ee|oo|o$")


def polish_spelling(name: str) -> bool:
    """Whether a first name is spelt as Polish spells its own: no q, v or x, no ck, th, ph,
    sh, ee or oo, and no man's name ending in -o (Marco, Carlo, Otto, Stasio beside Marek,
    Carl, Otton, Staś)."""
    return not _FOREIGN_SPELLING.search(name.lower())


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower()):
        if x != y:
            break
        n += 1
    return n


def _degree(adj: Analysis) -> str:
    """pos, com or sup: Sądu Najwyższego is Sąd Najwyższy, not Sąd Wysoki."""
    last = adj.tag.rsplit(":", 1)[-1]
    return last if last in ("pos", "com", "sup") else "pos"


def _agreeing(noun: Analysis, adj: Analysis) -> bool:
    n_parts, a_parts = noun.tag.split(":"), adj.tag.split(":")
    if len(n_parts) < 4 or len(a_parts) < 4:
        return False
    same = lambda i: set(n_parts[i].split(".")) & set(a_parts[i].split("."))  # noqa: E731
    return bool(same(1) and same(2) and same(3))


def phrase_lemma(words: tuple[str, ...], unknown: dict[str, str], person: bool,
                 attested: frozenset = frozenset()) -> str:
    """The nominative of a multi-word name.

    A person's name inflects word by word (Nursułtanowi Nazarbajewowi -> Nursułtan Nazarbajew).
    Other names inflect their head noun and the adjectives agreeing with it; genitive
    dependants stay (Partii Niepodległości Wielkiej Brytanii -> Partia Niepodległości ...)."""
    if person:
        return _person_lemma(words, unknown, attested)
    both = _coordinated(words)
    if both:
        return both
    out = list(words)
    head = _head_noun(words)
    if head == -1:
        return " ".join(words)  # "MSZ Kazachstanu": the acronym heads, nothing inflects
    if head is None:
        return _plural_name(words) or " ".join(words)
    # An institution's head noun first, as a common noun (Izby Gmin: izba, not the place
    # Izby; but Stanach Zjednoczonych: the place Stany, not the surname Stan); then the best
    # reading; singular before plural where nothing else decides.
    heads = institution_heads()
    nouns = sorted((a for a in _usable(words[head]) if a.pos == "subst"),
                   key=lambda a: (a.proper or a.lemma.lower() not in heads, -reading_score(a),
                                  "sg" not in a.number.split(".")))
    # The reading of the head that the adjectives next to it agree with.
    neighbours = [j for j in (head - 1, head + 1) if 0 <= j < len(words)]
    adjectives = {j: [a for a in _usable(words[j]) if a.pos in ADJ_POS] for j in neighbours}
    chosen = nouns[0]
    for noun in nouns:
        if any(_agreeing(noun, adj) for adjs in adjectives.values() for adj in adjs):
            chosen = noun
            break
    number = "pl" if chosen.plural_only or "sg" not in chosen.number.split(".") else "sg"
    gender = chosen.tag.split(":")[3].split(".")[0] if len(chosen.tag.split(":")) > 3 else None
    if chosen.has_case("nom") and all(
            any(adj.has_case("nom") for adj in adjs if _agreeing(chosen, adj))
            for adjs in adjectives.values() if any(_agreeing(chosen, a) for a in adjs)):
        return " ".join(words)  # already nominative
    out[head] = _cap_like(words[head], inflect(chosen.lemma, "subst", number, "nom", None)
                          or chosen.lemma)
    # The adjectives agreeing with the head, before it (Wielkiej Brytanii) and after it
    # (Federacji Rosyjskiej), up to the first word that does not agree.
    for side in (range(head - 1, -1, -1), range(head + 1, len(words))):
        for j in side:
            # A compound adjective inflects its last part: Psychologiczno-Pedagogicznej.
            lead, _, tail = words[j].rpartition("-") if "-" in words[j] else ("", "", words[j])
            adjs = [a for a in _usable(tail) if a.pos in ADJ_POS and _agreeing(chosen, a)]
            if not adjs:
                break
            form = inflect(adjs[0].lemma, adjs[0].pos, number, "nom", gender, _degree(adjs[0]))
            if form:
                out[j] = (lead + "-" if lead else "") + _cap_like(tail, form)
    return " ".join(out)


def _person_lemma(words: tuple[str, ...], unknown, attested) -> str:
    """phrase_lemma of a person's name: word by word."""
    if len(words) >= 3 and is_roman_numeral(words[-1]):
        # "Jana Pawła II", "Karola Gustawa X": a ruler's names are first names, his number
        # stays as written.
        first = word_lemma(words[0], unknown, attested, prefer="imię")
        oblique = False if first != words[0] else None  # the names agree in case
        return " ".join([first] + [word_lemma(w, unknown, attested, prefer="imię",
                                              nominative=oblique)
                                   for w in words[1:-1]] + [words[-1]])
    # The first word is read as a first name and the last as a surname where the
    # dictionary allows (Macieja -> Maciej, not the surname Macieja; Dudy -> Duda).
    last = len(words) - 1
    nominative = _nominative_surname(words[-1], unknown) if last else None
    def lemma(w: str, i: int) -> str:
        # The first word a first name; a middle one too if the dictionary has it as one
        # (Jana Pawła II -> Jan Paweł II); the last a surname.
        prefer = "imię" if i == 0 and last or 0 < i < last and any(
            "imię" in a.qualifiers for a in analyse(w)) else \
            "nazwisko" if i == last and last else None
        if "-" in w and not w.startswith("-") and any(_usable(p) for p in w.split("-")):
            # "Chałasińskiej-Macukow", "Paulem-Henrim": each part declines alone.
            return "-".join(lemma(p, i) if p[:1].isupper() else p for p in w.split("-"))
        return word_lemma(w, unknown, attested, prefer=prefer,
                          nominative=nominative if i < last else None)

    return " ".join(agree_in_case(words, [lemma(w, i) for i, w in enumerate(words)], unknown))


def _head_noun(words: tuple[str, ...]) -> int | None:
    """phrase_lemma: where a name's head noun stands (None: no noun heads it; -1: an
    acronym does, and nothing inflects)."""
    head = None
    for i, w in enumerate(words):
        if i == 0 and len(words) > 1 and is_roman_numeral(w):
            continue  # "II wojny światowej": the number before the name stays
        if is_acronym(w):
            return -1
        nouns = [a for a in _usable(w) if a.pos == "subst"]
        adjs = [a for a in _usable(w) if a.pos in ADJ_POS]
        if adjs and i + 1 < len(words) and any(
                _agreeing(n, a) for n in analyse(words[i + 1]) if n.pos == "subst"
                for a in adjs):
            continue  # "Bliskim Wschodzie": an adjective (also a surname) before its noun
        if nouns:
            head = i
            break
        if not any(a.pos in ADJ_POS for a in _usable(w)):
            break
    return head


def _coordinated(words: tuple[str, ...]) -> str | None:
    """Two nouns joined as one name, in one case: "Prawa i Sprawiedliwości" is Prawo i
    Sprawiedliwość, "Bośni i Hercegowinie" Bośnia i Hercegowina. None unless the name is
    such a pair with readings in a common case."""
    if len(words) != 3 or words[1] not in ("i", "oraz") or not all(
            w[:1].isupper() for w in (words[0], words[2])):
        return None
    firsts = [a for a in _usable(words[0]) if a.pos == "subst" and a.tag.count(":") >= 3]
    seconds = [a for a in _usable(words[2]) if a.pos == "subst" and a.tag.count(":") >= 3]
    for a in firsts:
        for b in seconds:
            case = set(a.tag.split(":")[2].split(".")) & set(b.tag.split(":")[2].split("."))
            if not case:
                continue
            forms = []
            for r, w in ((a, words[0]), (b, words[2])):
                number = "pl" if r.plural_only or "sg" not in r.number.split(".") else "sg"
                forms.append(_cap_like(w, inflect(r.lemma, "subst", number, "nom", None)
                                       or r.lemma))
            return f"{forms[0]} {words[1]} {forms[1]}"
    return None


@functools.cache
def genitive(name: str) -> str | None:
    """The genitive of a place's name, word by word in agreement with its noun: Rosja ->
    Rosji, Wielka Brytania -> Wielkiej Brytanii, Stany Zjednoczone -> Stanów Zjednoczonych."""
    out = []
    nouns = [a for w in name.split() for a in analyse(w) if a.pos == "subst" and a.has_case("nom")]
    if not nouns:
        return None
    noun = nouns[-1]
    number = "pl" if "sg" not in noun.number.split(".") else "sg"
    gender = noun.tag.split(":")[3].split(".")[0] if noun.tag.count(":") >= 3 else None
    for w in name.split():
        readings = [a for a in analyse(w) if a.has_case("nom")]
        sub = next((a for a in readings if a.pos == "subst"), None)
        adj = next((a for a in readings if a.pos in ADJ_POS), None)
        if sub is not None:
            form = inflect(sub.lemma, "subst", number, "gen", None)
        elif adj is not None:
            form = inflect(adj.lemma, adj.pos, number, "gen", gender, _degree(adj))
        else:
            return None
        if not form:
            return None
        out.append(_cap_like(w, form))
    return " ".join(out)


def _plural_name(words: tuple[str, ...]) -> str | None:
    """A name made of adjectives and a plural common noun (Liberalnych Demokratów -> Liberalni
    Demokraci, Sił Zbrojnych -> Siły Zbrojne): the noun and the adjectives agreeing with it
    go to the nominative plural."""
    if len(words) > 4:
        return None
    if len(words) >= 3 and words[1].islower() and any(a.pos == "prep" for a in analyse(words[1])):
        # "Reporterów bez Granic": the noun and the preposition's phrase after it, which stays.
        nouns = [a for a in analyse(words[0]) if a.pos == "subst" and not a.proper
                 and "pl" in a.number.split(".")]
        head = inflect(nouns[0].lemma, "subst", "pl", "nom", None) if nouns else None
        return " ".join((_cap_like(words[0], head), *words[1:])) if head else None
    # The noun after its adjectives, before them, or between (Narodowych Sił Zbrojnych).
    for at in (len(words) - 1, 0, *range(1, len(words) - 1)):
        nouns = [a for a in analyse(words[at]) if a.pos == "subst" and not a.proper
                 and "pl" in a.number.split(".")]
        others = [w for i, w in enumerate(words) if i != at]
        for noun in nouns:
            adjs = [[a for a in analyse(w) if a.pos in ADJ_POS and _agreeing(noun, a)]
                    for w in others]
            if not all(adjs):
                continue
            gender = noun.tag.split(":")[3].split(".")[0]
            head = inflect(noun.lemma, "subst", "pl", "nom", None)
            forms = [inflect(a[0].lemma, a[0].pos, "pl", "nom", gender, _degree(a[0]))
                     for a in adjs]
            if head and all(forms):
                out = [_cap_like(w, f) for w, f in zip(others, forms)]
                out.insert(at, _cap_like(words[at], head))
                return " ".join(out)
    return None
