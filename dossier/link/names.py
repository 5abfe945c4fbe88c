"""Canonical names: the nominative, full form of a name, whatever case the text put it in.

Known words are lemmatised by Morfeusz (SGJP). Words it does not know (foreign surnames and
places: Tokajewa, Ałmatach) are grouped across the whole dossier by Polish declension endings:
each form proposes the nominatives it could come from, and the nominative proposed by most
forms (and seen in the text, if one is) wins. Multi-word names are lemmatised as phrases: the
head noun and the adjectives agreeing with it inflect, genitive dependants stay."""

from __future__ import annotations

import functools
import re
from collections import Counter

from .. import lexicon
from ..extract.morph import Analysis, analyse, inflect

# (ending of an oblique form, ending of its nominative). Strong endings are never nominative.
_RULES = (
    # masculine consonant stems: Tokajew-a, -owi, -em, -ie, -u; after g and k: Clegg-iem
    ("owi", ""), ("em", ""), ("a", ""), ("u", ""), ("ie", ""), ("iem", ""),
    # names ending in -i, -y or -e, declined like adjectives: Draghi-ego, -emu
    ("ego", ""), ("emu", ""),
    # ... with the stem's last consonant softened: Udajpu-rze, Kuwej-cie, Sza-dzie
    ("rze", "r"), ("cie", "t"), ("dzie", "d"), ("ście", "st"),
    # feminine and masculine -a stems: Łukaszenk-a, -i, -y, -ę, -ą, -ce
    ("i", "a"), ("y", "a"), ("ę", "a"), ("ą", "a"), ("ce", "ka"), ("dze", "ga"), ("rze", "ra"),
    ("e", "a"), ("ie", "a"),  # Bajw-ie -> Bajwa
    # plural-only place names: Ałmat-y, -ów, -ach, -ami, -om
    ("ów", "y"), ("ach", "y"), ("ami", "y"), ("om", "y"),
    # adjectival surnames: Kuczmierowsk-iego, -iemu, -im; Kowalsk-iej, -ą
    ("kiego", "ki"), ("kiemu", "ki"), ("kim", "ki"), ("kiej", "ka"), ("ką", "ka"),
    ("giego", "gi"), ("giemu", "gi"), ("gim", "gi"),
    ("nego", "ny"), ("nemu", "ny"), ("nym", "ny"), ("nej", "na"), ("ną", "na"),
)
_STRONG = ("owi", "em", "ów", "ach", "ami", "om", "ę", "ą", "ego", "emu", "iej")
_MIN_STEM = 3
_APOSTROPHE_CASE = re.compile(r"^(.+?)['’][a-ząćęłńóśźż]{1,4}$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


_ROMAN = re.compile(r"(?=[IVX])X{0,3}(IX|IV|V?I{0,3})")
# Lower-case words inside a person's name: Ludwig van Beethoven, Omar al-Baszir.
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
                            "dos", "das", "le", "la", "al", "el", "bin", "ibn", "ben", "ter",
                            "zu"})


def is_roman_numeral(word: str) -> bool:
    """I to XXXIX: a ruler's or a war's number (Jan Paweł II, II wojna światowa)."""
    return bool(_ROMAN.fullmatch(word))


@functools.lru_cache(maxsize=100_000)
def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1 \
        and word[:1].isupper() and sum(c.isupper() for c in letters) >= 2


@functools.lru_cache(maxsize=100_000)
def nominative_candidates(form: str) -> frozenset[str]:
    """The nominatives an unknown form could be an inflection of (itself included, unless its
    ending is never nominative)."""
    parts = form.split("-")
    out: set[str] = set()
    strong = form.endswith(_STRONG)
    if not strong:
        out.add(form)
    for ending, nominative in _RULES:
        # Every part inflects alike (Kasyma-Żomarta), or only the last (Nur-Sułtanie).
        if len(parts) > 1 and all(p.endswith(ending) and len(p) - len(ending) >= _MIN_STEM
                                  for p in parts):
            out.add("-".join(p[: len(p) - len(ending)] + nominative for p in parts))
        last = parts[-1]
        if last.endswith(ending) and len(last) - len(ending) >= _MIN_STEM:
            stem = last[: len(last) - len(ending)]
            if nominative == "y" and stem[-1:] in ("k", "g"):
                nominative = "i"
            out.add("-".join(parts[:-1] + [stem + nominative]))
    return frozenset(out)


def resolve_unknown(forms: Counter) -> dict[str, str]:
    """Map each unknown word form to its nominative, by the dossier-wide grouping."""
    proposals = {form: nominative_candidates(form) for form in forms}
    support: Counter = Counter()
    for form, cands in proposals.items():
        for cand in cands:
            support[cand] += 1
    return {form: resolve_form(form, cands, support.__getitem__, forms.__contains__)
            for form, cands in proposals.items()}


def resolve_form(form: str, cands: frozenset[str], support, seen) -> str:
    """One unknown form's nominative among its ``cands``: ``support(c)`` is how many of the
    dossier's unknown forms propose c, ``seen(c)`` whether c is one of them."""
    if support(form):
        # Other forms propose it (Gazpromu, Gazpromem -> Gazprom): it may be a nominative
        # although its ending is a strong case ending (-om) elsewhere.
        cands = cands | {form}
    if not cands:
        return form
    # A nominative the dictionary knows as a name (Asii -> Asia) counts as seen.
    return max(sorted(cands), key=lambda c: (
        support(c) + (c != form and _known_name(c)), seen(c) or _known_name(c),
        c == form, -len(c)))


def _known_name(word: str) -> bool:
    return any(a.proper and a.lemma == word and a.has_case("nom") for a in analyse(word))


ADJ_POS = ("adj", "ppas", "pact")


@functools.lru_cache(maxsize=200_000)
def _usable(word: str) -> tuple[Analysis, ...]:
    """Readings of a capitalised word that can belong to a name: proper-name readings, and
    singular (or plural-only) common nouns; plurals of common nouns are not names."""
    out = []
    for a in analyse(word):
        if a.pos not in ("subst", "depr") + ADJ_POS:
            continue
        if a.pos == "subst" and not a.qualifiers:
            continue  # a pronoun (kto, co, nic): "Kim Dzong Un" is no "Kto"
        if a.tag.count(":") >= 2 and a.tag.split(":")[2] == "voc":
            continue  # news does not address its actors: Mario is not Maria's vocative
        if a.pos not in ADJ_POS and not a.proper and "sg" not in a.number.split(".") \
                and not a.plural_only:
            continue
        out.append(a)
    return tuple(out)


def _cap_like(source: str, lemma: str) -> str:
    """Give the lemma the capitalisation of the word as written."""
    if source.isupper() and len(source) > 1:
        return lemma.upper()
    return lemma[:1].upper() + lemma[1:] if source[:1].isupper() else lemma


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
            written = {_cap_like(word, a.lemma) for a in readings} & attested
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
        if prefer == "nazwisko" and proper and not singular and readings != proper:
            # Only plurals of surnames (Wielki: the Wielks): the word's other readings tell
            # (Kazimierz Wielki).
            readings = [a for a in readings if a not in proper]
            proper = []
        proper = singular or proper

    if nominative is False and any(not a.has_case("nom") for a in proper):
        # The first name in the surname's oblique case: "Józefa Stalina" is Józef, not
        # Józefa. (A surname in the nominative tells less: women's surnames do not decline.)
        proper = [a for a in proper if not a.has_case("nom")]
    if proper or readings:
        scores: Counter = Counter()
        best_reading: dict[str, Analysis] = {}
        for a in proper or readings:
            score = reading_score(a) + (2 if a.lemma in attested else 0)
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
    if "-" in word:
        head, _, last = word.rpartition("-")
        last_readings = [a for a in _usable(last.lower()) if a.pos == "subst"]
        if last_readings and last[:1].isupper():
            return f"{head}-{_cap_like(last, last_readings[0].lemma)}"
    return unknown.get(word, word)


_FOREIGN_SPELLING = re.compile(r"[qvx]|ck|th|ph|sh|ee|oo|o$")


def polish_spelling(name: str) -> bool:
    """Whether a first name is spelt as Polish spells its own: no q, v or x, no ck, th, ph,
    sh, ee or oo, and no man's name ending in -o (Marco, Carlo, Otto, Stasio beside Marek,
    Carl, Otton, Staś)."""
    return not _FOREIGN_SPELLING.search(name.lower())


def reading_score(a: Analysis) -> int:
    """How likely a reading is the one a name in the news means: a place or organisation
    name over a surname, singular or plural-only over a plain plural."""
    score = 0
    if a.kind in ("place", "organization"):
        score += 2
    elif a.kind == "person":
        score += 1
    if a.plural_only or "sg" in a.number.split("."):
        score += 1
    if a.pos == "depr":
        score -= 2
    return score


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower()):
        if x != y:
            break
        n += 1
    return n


@functools.lru_cache(maxsize=200_000)
def is_unknown(word: str) -> bool:
    return not is_acronym(word) and not _CYRILLIC.search(word) and not _usable(word)


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

        return " ".join(lemma(w, i) for i, w in enumerate(words))
    both = _coordinated(words)
    if both:
        return both
    out = list(words)
    head = None
    for i, w in enumerate(words):
        if i == 0 and len(words) > 1 and is_roman_numeral(w):
            continue  # "II wojny światowej": the number before the name stays
        if is_acronym(w):
            return " ".join(words)  # "MSZ Kazachstanu": the acronym heads, nothing inflects
        nouns = [a for a in _usable(w) if a.pos == "subst"]
        adjs = [a for a in _usable(w) if a.pos in ADJ_POS]
        if adjs and i + 1 < len(words) and any(
                _agreeing(n, a) for n in _usable(words[i + 1]) if n.pos == "subst"
                for a in adjs):
            continue  # "Bliskim Wschodzie": an adjective (also a surname) before its noun
        if nouns:
            head = i
            break
        if not any(a.pos in ADJ_POS for a in _usable(w)):
            break
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


@functools.cache
def institution_heads() -> frozenset:
    """Nouns that head an organisation's or a place's name (data/entities.yml)."""
    return lexicon.words("entities", "organization_heads") | \
        lexicon.words("entities", "place_heads")


def _plural_name(words: tuple[str, ...]) -> str | None:
    """A name made of adjectives and a plural common noun (Liberalnych Demokratów -> Liberalni
    Demokraci, Sił Zbrojnych -> Siły Zbrojne): the noun and the adjectives agreeing with it
    go to the nominative plural."""
    if len(words) > 4:
        return None
    for at in (len(words) - 1, 0):  # the noun after its adjectives, or before them
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


def collect_unknown(token_lists) -> Counter:
    """Count the unknown words of every mention in the dossier."""
    forms: Counter = Counter()
    for words in token_lists:
        for w in words:
            if is_unknown(w):
                forms[w] += 1
    return forms


# Cyrillic to a Latin key, so "Лукашенко" meets "Łukaszenka" and "РИА Новости" "RIA Novosti".
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўґ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                 "iu", "ia", "i", "i", "ie", "u", "g"]))
_LATIN = (("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ż", "zh"), ("ch", "kh"),
          ("w", "v"), ("ł", "l"), ("ś", "s"), ("ć", "c"), ("ń", "n"), ("ź", "z"), ("ó", "o"),
          ("ą", "a"), ("ę", "e"), ("j", "i"), ("ja", "ia"), ("ju", "iu"))


def script_key(name: str) -> str:
    """A loose Latin spelling key shared by a name's Polish and Russian forms. The final
    vowel is dropped: declension and the two languages differ there (Łukaszenka/Лукашенко)."""
    low = name.lower()
    if _CYRILLIC.search(low):
        low = "".join(_CYR.get(ch, ch) for ch in low)
    else:
        for a, b in _LATIN:
            low = low.replace(a, b)
    low = low.replace("kh", "h").replace("y", "i")
    low = re.sub(r"[^a-z ]", "", low)
    return re.sub(r"[aeiou]+\b", "", low).strip()


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


