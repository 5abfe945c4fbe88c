"""Find the names in one article. In Polish articles the learned tagger (extract/tagger)
proposes the names with a kind and a confidence; the rules here (capitalised runs, cut and
cleaned by Polish morphology) find the roles, cues and acronyms around them, cut glued names,
and add the names the tagger passed over when a cue or the article confirms them. Elsewhere
(and with USE_TAGGER off) the rules alone find the names.

A pure function of one article (cacheable, parallel). Names are not yet lemmatised across the
dossier here: that needs every article (see dossier/link/), so each mention carries what the
linker needs: its tokens, whether it opens a sentence, and the cues around it."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .. import lexicon
from ..model import Article, pickled_by_fields
from .morph import analyse
from .roles import role_around
from .tagger import shipped as shipped_tagger
from .tagger.features import document_evidence, tagger_tokens
from .tokens import Token, tokenize

PROSE_KINDS = ("paragraph", "heading", "post")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RawMention:
    article: str
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    sentence_initial: bool
    kind_cue: str | None = None  # person | organization | place, from the word before
    media_cue: bool = False  # "korespondent TASS", "podaje PAP"
    role: str | None = None  # "prezydent Kazachstanu"
    expansion_of: str | None = None  # for "Expansion (ACR)": the acronym it expands
    prev_word: str | None = None  # the word right before, lower case ("w Ałmatach")
    # The name tagger's kind, when the tagger found the name. (Not its confidence, which
    # decides here whether the name is kept: an edit elsewhere in the article moves it.)
    tagger_kind: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    article: str
    mentions: tuple[RawMention, ...]


def _lex():
    return lexicon.load("entities")


def _lemmas(word: str) -> set[str]:
    return {a.lemma.lower() for a in analyse(word)} or {word.lower()}


def is_common_word(word: str) -> bool:
    """Morfeusz knows the word and none of its readings is a proper name."""
    analyses = analyse(word)
    return bool(analyses) and not any(a.proper for a in analyses)


_NOUN_POS = {"subst", "depr", "brev"}
_ADJ_POS = {"adj", "ppas", "pact"}  # participles stand in names as adjectives: Zjednoczone


def _weak_name_at_sentence_start(word: str) -> bool:
    """At a sentence start, a word that can be a function word ("Jak", "Wielu"), or is a
    common noun and a name only as a surname ("Świat"), is taken as the common word. Place and
    organisation names that are nouns only ("Kreml") keep their claim."""
    analyses = analyse(word)
    if not analyses or not any(not a.proper for a in analyses):
        return False
    if any(a.pos not in _NOUN_POS for a in analyses):
        return True
    return not any(a.kind in ("place", "organization") for a in analyses)


def _is_ethnonym(word: str) -> bool:
    """Rosjanie, Polacy: capitalised common nouns, not actors."""
    analyses = analyse(word)
    return bool(analyses) and all(
        a.lemma[:1].isupper() and a.qualifiers == ("nazwa_pospolita",) for a in analyses)


def _is_role_noun(word: str) -> bool:
    """Premier, Przewodniczący: a role noun (data/entities.yml) that is no proper name."""
    analyses = analyse(word)
    return bool(analyses) and not any(a.proper for a in analyses) and bool(
        _lemmas(word) & lexicon.words("entities", "role_nouns"))


def demonym_country(word: str) -> str | None:
    """The country an inhabitants' name stands for (data/demonyms.yml): Amerykanie ->
    Stany Zjednoczone. None for any other word."""
    index = _demonyms()
    for a in analyse(word):
        if a.lemma in index:
            return index[a.lemma]
    return index.get(word)


@functools.cache
def _demonyms() -> dict[str, str]:
    return {d: country for country, names in lexicon.load("demonyms").items() for d in names
            if d[:1].isupper()}


@functools.cache
def _nationality_adjectives() -> dict[str, str]:
    return {d: country for country, names in lexicon.load("demonyms").items() for d in names
            if d[:1].islower()}


def nationality_country(word: str) -> str | None:
    """The country of a nationality adjective (rosyjskie -> Rosja), or None."""
    index = _nationality_adjectives()
    for a in analyse(word):
        if a.pos == "adj" and a.lemma in index:
            return index[a.lemma]
    return None


def _geo_genitive(word: str) -> bool:
    return any(a.kind == "place" and a.has_case("gen") for a in analyse(word))


def _common_noun(word: str) -> bool:
    """Platforma, Kancelaria: a word the dictionary knows only as a common word, and as a
    noun."""
    analyses = analyse(word)
    return is_common_word(word) and any(a.pos in _NOUN_POS for a in analyses)


def _is_first_name(word: str) -> bool:
    return any("imię" in a.qualifiers for a in analyse(word))


def _is_surname(word: str) -> bool:
    return any("nazwisko" in a.qualifiers for a in analyse(word))


def _head_kind(word: str) -> str | None:
    lemmas = _lemmas(word)
    if lemmas & lexicon.words("entities", "organization_heads"):
        return "organization"
    if lemmas & lexicon.words("entities", "place_heads"):
        return "place"
    return None


def _runs(tokens: list[Token]) -> list[list[int]]:
    """Indexes of capitalised tokens that stand together: separated by one space only, or by
    a lower-case connector inside a name that starts with an institution noun."""
    connectors = lexicon.words("entities", "name_connectors")
    runs: list[list[int]] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not (tok.is_word and tok.capitalised):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n:
            prev = tokens[run[-1]]
            cur = tokens[j]
            if cur.start - prev.end != 1:
                break
            if cur.is_word and cur.capitalised:
                run.append(j)
                j += 1
                continue
            # A connector may join only when a capitalised word follows it directly.
            # "Unia i Wielka Brytania" names two: a coordinating connector joins only inside
            # the head's complement ("Urząd Ochrony Konkurencji i Konsumentów").
            coordinating = cur.text.lower() in ("i", "and", "oraz")
            if (cur.text.lower() in connectors and cur.text.islower() and j + 1 < n
                    and not (coordinating and len(run) < 2)
                    and tokens[j + 1].is_word and tokens[j + 1].capitalised
                    and tokens[j + 1].start - cur.end == 1
                    and _head_kind(tokens[run[0]].text) is not None):
                run.extend([j, j + 1])
                j += 2
                continue
            break
        runs.append(run)
        i = j
    return runs


def _cases(word: str) -> set[str]:
    return {c for a in analyse(word) if a.pos in _NOUN_POS
            for c in (a.tag.split(":")[2].split(".") if a.tag.count(":") >= 2 else ())}


def _name_readings(word: str, surnames: bool) -> list[tuple[set, set, set]]:
    """The (numbers, cases, genders) of the word's readings as a first name (or surname)."""
    out = []
    for a in analyse(word):
        if "imię" in a.qualifiers or (surnames and "nazwisko" in a.qualifiers):
            parts = a.tag.split(":")
            if len(parts) > 2:
                out.append((set(parts[1].split(".")), set(parts[2].split(".")),
                            set(parts[3].split(".")) if len(parts) > 3 else set()))
    return out


def _agrees_as_name(before: str, first_name: str, surnames: bool) -> bool:
    return any(n1 & n2 and c1 & c2 for n1, c1, _ in _name_readings(before, surnames)
               for n2, c2, _ in _name_readings(first_name, True))


def _may_share_case_and_gender(before: str, word: str) -> bool:
    """Whether two words can be one person's name in one case and gender (Putina, a man's
    genitive, and Krym, a woman's surname in any case, cannot)."""
    return any(c1 & c2 and g1 & g2 for _, c1, g1 in _name_readings(before, True)
               for _, c2, g2 in _name_readings(word, True))


# Endings a man's name takes only in oblique cases (adjectival -ego, -emu; -owi; -em).
_OBLIQUE_ENDINGS = (("ego", {"gen", "acc"}), ("emu", {"dat"}), ("owi", {"dat"}),
                    ("em", {"inst"}))
# Consonant-final endings of oblique cases: a word ending in one may be declined.
_CASE_ENDINGS = ("em", "om", "ów", "ach", "ami")


def _oblique_cases(word: str) -> set[str]:
    """The cases an unknown word's ending allows, if it allows no nominative (Wyliego)."""
    lower = word.lower()
    return next((set(cases) for ending, cases in _OBLIQUE_ENDINGS
                 if lower.endswith(ending) and len(lower) > len(ending) + 2), set())


def _mans_oblique_cases(word: str) -> set[str]:
    """The cases a word stands in if it can only be a man's name in an oblique case: by the
    dictionary (Johnsona: genitive or accusative), or for an unknown word by its ending."""
    readings = analyse(word)
    if not readings:
        return _oblique_cases(word)
    names = _name_readings(word, True)
    if len(names) != len(readings) or any(g != {"m1"} or "nom" in c for _, c, g in names):
        return set()
    return set().union(*(c for _, c, _ in names))


def _starts_new_name(word: str, current: list[str], rest: list[str], institution: bool) -> bool:
    """Whether ``word`` begins a second name glued to the one in ``current``.

    "Rady Europejskiej | Donald Tusk", "Federacji Rosyjskiej | Władimirem Putinem": a first name
    after an institution starts a person's name, unless it stands in the genitive inside the
    institution's name ("Uniwersytet Jana Pawła"); the surname readings of an institution's
    words (Rada, Izba are surnames too) do not count. "Putinowi | Donald Tusk": a first name
    whose case the person before it cannot share. "Szymańskiego | Polska": after a surname in
    an oblique case, a known word that cannot be a name in that case and gender.
    "Johnsona | Hammond", "Wyliego | Kosiński", "Reutera | Solberg": after a man's name that
    can only be oblique, a man's surname that cannot share its case, or an unknown word that
    would decline if it were his. "Airbusa | Tom Williams": after a word that can only be
    oblique, an unknown two-word name that does not end like an oblique case."""
    if _is_first_name(word):
        # Only a word that can be part of the same person's name counts: one whose name
        # reading agrees in number and case ("W Krakowie | Marta Kowalczyk": Krakowie is a
        # plural first name at best), and no surname reading inside an institution's name.
        person_before = [w for w in current if _agrees_as_name(w, word, not institution)]
        if not person_before:
            return not (institution and any(a.has_case("gen") for a in analyse(word)))
        last = current[-1]
        if _is_surname(last) and not _is_first_name(last) and \
                not (_cases(last) & _cases(word)) and _cases(last) and rest:
            return True
        return False
    readings = analyse(word)
    prev = analyse(current[-1])
    if prev and readings and all("nazwisko" in a.qualifiers and "imię" not in a.qualifiers
                                 and not a.has_case("nom") for a in prev) and \
            not _may_share_case_and_gender(current[-1], word) and \
            any(a.kind != "person" for a in readings):
        # "Według Szymańskiego | Polska", "Zdaniem Tchórzewskiego | Unia Europejska", "dla
        # Putina | Krym": a surname in an oblique case, then a word that cannot be a person's
        # name in that case and gender, and is known as something else (a place, a common
        # word): a new name begins. Not another surname: the dictionary does not know every
        # foreign name's cases (Jamesa Bonda, read as the surname Bonda).
        return True
    oblique = _mans_oblique_cases(current[-1])
    if oblique and readings and all("nazwisko" in a.qualifiers for a in readings) and \
            word[-1:].lower() not in "aeouąęó":
        as_his = [cases for _, cases, genders in _name_readings(word, True) if "m1" in genders]
        if as_his and not any(cases & oblique for cases in as_his):
            # "według Wyliego | Kosiński zaproponował", "Według Johnsona | Hammond usiłuje": a
            # man's name in an oblique case, then a man's surname that cannot stand in it (not
            # one ending in -a or -o: "Jamesa Bonda", "Janusza Kobeszko" may be one name the
            # dictionary does not decline).
            return True
    if oblique and prev and not readings and word.isalpha() and \
            word[-1:].lower() not in "aeiouyąęó" and not word.lower().endswith(_CASE_ENDINGS):
        # "agencji Reutera | Solberg": a man's name ending in a consonant would decline too
        # (Davidem Davisem, not Davidem Davis).
        return True
    if (rest and not readings and word[-1:].lower() not in "aeiouyąęó"
            and prev and all(a.pos in _NOUN_POS and not a.has_case("nom") for a in prev)
            and not analyse(rest[0]) and len(rest) == 1):
        return True
    return False


def _split(run: list[int], tokens: list[Token]) -> list[list[int]]:
    """Cut a run where one name ends and another begins: after a place in the genitive
    ("Kazachstanu | Kasym-Żomart Tokajew", "MSZ Kazachstanu | Ajbek Smadijarow")."""
    parts: list[list[int]] = []
    current: list[int] = []
    institution = _head_kind(tokens[run[0]].text) is not None
    for pos, idx in enumerate(run):
        word = tokens[idx].text
        if current and _starts_new_name(word, [tokens[i].text for i in current],
                                        [tokens[i].text for i in run[pos + 1:]], institution):
            parts.append(current)
            current = []
        current.append(idx)
        rest = run[pos + 1:]
        # Not after a first name or a common noun that is also some place's genitive (Jan: of
        # Jany; Partii: of Parthia, in "Partii Pracy").
        if rest and _geo_genitive(word) and tokens[rest[0]].text[:1].isupper() and \
                not _is_first_name(word) and not any(
                    not a.proper and a.pos in _NOUN_POS for a in analyse(word)):
            nxt = tokens[rest[0]].text
            # Not when the name goes on with an adjective or an acronym ("Unii Europejskiej",
            # "Stanów Zjednoczonych").
            if not tokens[rest[0]].acronym and not any(a.pos == "adj" for a in analyse(nxt)):
                parts.append(current)
                current = []
    if current:
        parts.append(current)
    return parts


def _role_before(tokens: list[Token], first: int, stripped: list[int]) -> str | None:
    """A role noun just before a name: "premier Armenii Nikol Paszynian" -> "premier Armenii".

    The role word may be capitalised at the start of the run (stripped) or stand in lower case
    right before it; only capitalised words (the country, the ministry) may stand between, and
    a plural role ("prezydenci Rosji i Kazachstanu") names no one person."""
    roles = lexicon.words("entities", "role_nouns")
    window = list(stripped)
    k = first - 1
    while not window and k >= 0 and tokens[k].is_word and tokens[k + 1].start - tokens[k].end == 1:
        if _lemmas(tokens[k].text) & roles:
            window = [k]
            break
        if not tokens[k].capitalised:
            return None
        k -= 1
    for pos, idx in enumerate(window):
        word = tokens[idx].text
        hits = _lemmas(word) & roles
        if not hits:
            continue
        analyses = analyse(word)
        if analyses and not any(a.number.startswith("sg") or "sg" in a.number.split(".")
                                for a in analyses if a.pos == "subst"):
            return None
        between = [tokens[i].text for i in window[pos + 1:]]
        between += [tokens[i].text for i in range(idx + 1, first) if idx + 1 < first and
                    idx not in stripped]
        return " ".join([sorted(hits)[0]] + between).strip()
    return None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The entity lexicon's sets one extraction reads."""

    stop: frozenset
    cues: dict
    media_cues: frozenset
    media_verbs: frozenset
    media: frozenset  # the agencies' and outlets' names, lower-cased

    @staticmethod
    @functools.cache
    def load() -> _Lexicon:
        lex = _lex()
        return _Lexicon(frozenset(lex["stop_words"]),
                        {kind: frozenset(words) for kind, words in lex["kind_cues"].items()},
                        frozenset(lex["media_cues"]), frozenset(lex["media_verbs"]),
                        frozenset(n.lower() for n in lex["media"]))


def _rule_parts(tokens: list[Token], lex: _Lexicon):
    """The names the rules find in a block's tokens: (part, parts, n_part, stripped) for each,
    ``part`` the token indexes of the name, ``parts`` all the names its capitalised run was
    cut into, ``stripped`` the run's leading words that are no part of a name."""
    stop, cues = lex.stop, lex.cues
    titles = lexicon.words("entities", "role_nouns") | {"of", "the"}
    lower_vocab = {t.text for t in tokens if t.is_word and t.text.islower()}
    for run in _runs(tokens):
        # Strip leading common words: sentence-initial capitals ("Władze", "Premier") and
        # adjectives, unless the word heads an institution's name that goes on.
        stripped: list[int] = []
        while run:
            tok = tokens[run[0]]
            word = tok.text
            if word.lower() in stop:
                stripped.append(run.pop(0))
                continue
            if tok.acronym:
                break
            if len(run) > 1 and (_is_ethnonym(word) or _is_role_noun(word) or (
                    demonym_country(word) and not _is_first_name(word))):
                # "Brytyjczyk Stephen Huyton", "Przewodniczący Tusk": a nationality or a
                # role before a name is not part of it (the role is kept, see below).
                stripped.append(run.pop(0))
                continue
            if len(run) > 1 and tok.sentence_initial and _lemmas(word) & cues["place"] \
                    and not _lemmas(word) & lexicon.words("entities", "place_heads") \
                    and not any(a.pos in _ADJ_POS
                                for a in analyse(tokens[run[1]].text)):
                # "Wioska Ittanwali była...": a sentence-initial "village" or "town" says
                # what the place is (but "Państwo Islamskie", "Miasto Stołeczne": an
                # adjective makes the noun part of the name).
                stripped.append(run.pop(0))
                continue
            common = is_common_word(word) or (tok.sentence_initial and (
                word.lower() in lower_vocab or _weak_name_at_sentence_start(word)))
            # "Wielka Brytania", "Zjednoczone Królestwo" at a sentence start: an adjective
            # before a proper noun belongs to the name.
            adjective_of_name = len(run) > 1 and any(
                a.pos in _ADJ_POS for a in analyse(word)) and any(
                a.proper for a in analyse(tokens[run[1]].text))
            # "Europejski Trybunał Sprawiedliwości orzekł": an adjective before an
            # institution's head noun belongs to the name.
            adjective_of_head = len(run) > 1 and _head_kind(tokens[run[1]].text) and all(
                a.pos in _ADJ_POS for a in analyse(word))
            if tok.sentence_initial and common and not adjective_of_name and \
                    not adjective_of_head and not (len(run) > 1 and _head_kind(word)):
                stripped.append(run.pop(0))
                continue
            readings = analyse(word)
            if readings and not any(a.pos in _NOUN_POS or a.pos in _ADJ_POS for a in readings):
                # Capitalised pronouns and verbs ("Swoje", "Jedzie") name no one.
                stripped.append(run.pop(0))
                continue
            if len(run) > 1 and any(not a.proper for a in readings) and \
                    _is_first_name(tokens[run[1]].text) and not _is_first_name(word):
                # A title before a first name: "Prorok Mahomet", "Papież Franciszek".
                stripped.append(run.pop(0))
                continue
            if common and all(a.pos == "adj" for a in analyse(word)) and len(run) > 1 \
                    and _head_kind(tokens[run[1]].text) is None and tok.sentence_initial:
                stripped.append(run.pop(0))
                continue
            break
        if not run:
            continue
        parts = _split(run, tokens)
        for n_part, part in enumerate(parts):
            first = tokens[part[0]]
            words = tuple(tokens[i].text for i in part)
            if len(words) == 1 and words[0].lower() in stop:
                continue
            if len(words) == 1 and _is_ethnonym(words[0]) and not demonym_country(words[0]):
                continue
            if len(words) == 1 and not first.acronym and len(words[0]) < 2:
                continue
            if len(words) == 1 and _ROMAN.match(words[0]):
                continue  # a numeral (XIV), not a name
            if all(w.lower() in titles for w in words):
                continue  # "President | Joe Biden", "Foreign Minister": a title, no name
            yield part, parts, n_part, stripped


def _mention(article: Article, tokens: list[Token], part: list[int], parts: list[list[int]],
             n_part: int, stripped: list[int], lex: _Lexicon, kind: str | None = None
             ) -> RawMention:
    """The mention of the name at token indexes ``part``, with the cues around it."""
    cues = lex.cues
    first, last = tokens[part[0]], tokens[part[-1]]
    words = tuple(tokens[i].text for i in part)
    prev_idx = part[0] - 1
    prev = tokens[prev_idx] if prev_idx >= 0 else None
    prev_lemmas = _lemmas(prev.text) if prev is not None and prev.is_word else set()
    # A cue may stand one word further back: "linie lotnicze Aeroflot".
    prev2 = tokens[prev_idx - 1] if prev_idx >= 1 else None
    cue_lemmas = prev_lemmas | (_lemmas(prev2.text) if prev2 is not None and
                                prev2.is_word and prev is not None and
                                prev.is_word else set())
    kind_cue = None
    for cue_kind, words_ in cues.items():
        if cue_lemmas & words_:
            kind_cue = cue_kind
    nxt = tokens[part[-1] + 1] if part[-1] + 1 < len(tokens) else None
    media = bool(prev_lemmas & lex.media_cues) or bool(
        prev_lemmas & lex.media_verbs and prev is not None and prev.end + 1 == first.start)
    role = None
    if len(parts) == 1:
        role = _role_before(tokens, part[0], stripped)
    elif n_part > 0:
        # "Prezydent Kazachstanu | Kasym-Żomart Tokajew": the genitive cut off
        # before the name completes the role of the person after it.
        base = _role_before(tokens, parts[0][0], stripped)
        if base:
            cut_off = " ".join(tokens[i].text for i in parts[n_part - 1])
            role = f"{base.split(' ')[0]} {cut_off}"
            kind_cue = kind_cue or "person"
    if role is None and (len(parts) == 1 or article.language == "en"):
        role = role_around(tokens, part[0], part[-1], article.language)
    if first.acronym or (_common_noun(words[0]) and
                         all(map(is_common_word, words[1:]))):
        # "szef KPRM", "lider Platformy Obywatelskiej": a role noun before an
        # acronym or common words names what the person heads, not the person
        # (but "premier Nikol Paszynian": a nicol prism is a common noun too).
        role = None
        kind_cue = None if kind_cue == "person" else kind_cue
    expansion = None
    if (nxt is not None and nxt.text == "(" and not first.acronym):
        # "Organizacji ... (ros. ODKB)" or "Partii ... (UKIP)": the brackets hold
        # the acronym alone, or after a language's abbreviation; "z Unią (i USA)"
        # expands nothing.
        inside = []
        k = part[-1] + 2
        while k < len(tokens) and tokens[k].text != ")" and k < part[-1] + 6:
            inside.append(tokens[k])
            k += 1
        closed = k < len(tokens) and tokens[k].text == ")"
        abbreviations = lexicon.words("entities", "abbreviations")
        if closed and inside and inside[-1].acronym and (
                len(inside) == 1 or (len(inside) == 3 and inside[1].text == "." and
                                     inside[0].text.lower() in abbreviations)):
            expansion = inside[-1].text
    return RawMention(
        article=article.id, start=first.start, end=last.end,
        text=article.body[first.start:last.end], tokens=words,
        sentence_initial=first.sentence_initial, kind_cue=kind_cue,
        media_cue=media, role=role,
        expansion_of=expansion,
        prev_word=prev.text.lower() if prev is not None and prev.is_word else None,
        tagger_kind=kind,
    )


# The names are the learned tagger's (extract/tagger: spans, kinds, confidences); the rules
# above find the cues, roles and acronyms around them. False: the rules alone find the names.
USE_TAGGER = True
TAGGER_LANGUAGES = ("pl",)  # the shipped model knows Polish only (PolEval 2018)
# A one-word name the tagger is less sure of than this is kept only when the article
# confirms it (the word in a name the tagger is sure of).
WEAK_ONE_WORD = 0.6


# A name in lower case of several words the tagger is this sure of is kept ("województwo
# pomorskie", "ministerstwo spraw zagranicznych").
SURE_LOWER_CASE = 0.8


def _lower_case_name(words: list[str], span) -> bool:
    """Whether a name written in lower case stands for an actor: a nationality's adjective
    does ("polskiego rządu": Poland, see link.actors), another adjective does not
    ("warszawskie ulice"), nor a phrase the tagger is unsure of."""
    if len(words) == 1:
        return bool(nationality_country(words[0]))
    return span.confidence >= SURE_LOWER_CASE


def _cut_tokens(tokens: list[Token], pieces: list, spans) -> list[Token]:
    """``tokens`` with each hyphenated word that a span begins or ends inside replaced by its
    pieces (the tagger's tokens): "polsko-niemieckiej" names two places."""
    cuts = {s.start for s in spans} | {s.end for s in spans}
    out: list[Token] = []
    k = 0
    for tok in tokens:
        if "-" not in tok.text and "‑" not in tok.text or \
                not any(tok.start < c < tok.end for c in cuts):
            out.append(tok)
            continue
        while k < len(pieces) and pieces[k].start < tok.start:
            k += 1
        while k < len(pieces) and pieces[k].end <= tok.end:
            p = pieces[k]
            out.append(Token(p.text, p.start, p.end, p.sentence_initial))
            k += 1
    return out


def _whole_words(spans, tokens: list[Token]):
    """The spans, each widened over a capitalised hyphenated word it covers a part of
    (Kasym-Żomart, Nur-Sułtanie are one name), spans that then overlap joined."""
    hyphenated = [t for t in tokens if t.capitalised and ("-" in t.text or "‑" in t.text)]
    if not hyphenated:
        return spans
    out = []
    for span in spans:
        start, end = span.start, span.end
        for t in hyphenated:
            if t.start < end and start < t.end:
                start, end = min(start, t.start), max(end, t.end)
        if out and start < out[-1].end:
            prev = out.pop()
            span = prev._replace(end=max(end, prev.end),
                                 confidence=min(prev.confidence, span.confidence))
            start = prev.start
        out.append(span._replace(start=start, end=end))
    return out


def nationality_word(word: str) -> str | None:
    """The country of a nationality's adjective that is no name (Rosyjskie, polskiego:
    Rosja, Polska; not Polski, also Polska's genitive), or None."""
    country = nationality_country(word)
    return country if country and not any(a.proper for a in analyse(word)) else None


def _at_prepositions(part: list[int], tokens: list[Token]) -> list[list[int]]:
    """A name the tagger ran over a preposition into the next one, cut there ("Nickiem
    Harwoodem | w | Londynie"), as the rules cut it; not an institution's name, which a
    preposition may continue ("Sąd Okręgowy w Warszawie", see _runs)."""
    if len(part) < 3 or _head_kind(tokens[part[0]].text) is not None:
        return [part]
    out: list[list[int]] = [[]]
    for i in part:
        word = tokens[i].text
        readings = analyse(word) if word.islower() else ()
        if out[-1] and readings and all(a.pos == "prep" for a in readings):
            out.append([])
            continue
        out[-1].append(i)
    return [piece for piece in out if piece]


def _stem(word: str) -> str:
    """A word without the ending a case may give it (Tokajewa -> tokaje), lower-cased."""
    lower = word.lower()
    return lower[:-2] if len(lower) >= 6 else lower


def _no_name_word(word: str) -> bool:
    """W, Oraz, Jak: a word the dictionary reads as neither a noun nor an adjective."""
    readings = analyse(word)
    return bool(readings) and not any(a.pos in _NOUN_POS or a.pos in _ADJ_POS
                                      for a in readings)


def _adjective_only(word: str) -> bool:
    """Polskie, chińskiego: a word the dictionary reads as an adjective only."""
    readings = analyse(word)
    return bool(readings) and all(a.pos == "adj" for a in readings)


# A name the rules find and the tagger did not is kept when the tagger gives one of its words
# at least this probability of being in a name.
BACKFILL = 0.2
# And a name of several words none of which the dictionary knows as a common word.
BACKFILL_RUNS = True


def _tagged_mentions(article: Article, blocks, lex: _Lexicon, tagger) -> list[RawMention]:
    block_tokens = [tokenize(b.text, b.start) for b in blocks]
    pieces = [tagger_tokens(b.text, b.start, tokens) for b, tokens in zip(blocks, block_tokens)]
    evidence = document_evidence([t for block in pieces for t in block])
    body = article.body
    place_heads = lexicon.words("entities", "place_heads")
    # First the tagger's names, block by block: (tokens, [(part, span)], name probabilities).
    found = []
    for block_pieces, tokens in zip(pieces, block_tokens):
        spans, p_name = tagger.read(block_pieces, evidence)
        spans = _whole_words(spans, tokens)
        tokens = _cut_tokens(tokens, block_pieces, spans)
        starts = [t.start for t in tokens]
        named = []
        for span in spans:
            k = bisect.bisect_left(starts, span.start)
            part = []
            while k < len(tokens) and tokens[k].end <= span.end:
                if tokens[k].is_word:
                    part.append(k)
                k += 1
            # "wojsk Organizacji ...": a lower-case word before a name is no part of it, but
            # for a place's head noun ("ulica Mickiewicza", "gmina Kłodawa"); nor is a
            # preposition or another word that is no noun nor adjective ("W Republice Malty").
            while len(part) > 1 and ((tokens[part[0]].text.islower() and any(
                    t.capitalised for t in (tokens[i] for i in part[1:])) and
                    not _lemmas(tokens[part[0]].text) & place_heads) or
                    _no_name_word(tokens[part[0]].text)):
                part.pop(0)
            pieces_ = _at_prepositions(part, tokens) if part else []
            for piece in pieces_:
                named.append((piece, span if len(pieces_) == 1 else span._replace(kind=None)))
        found.append((tokens, named, ([p.start for p in block_pieces], p_name)))
    sure = {w.lower() for _, named, _ in found for part, span in named
            if span.confidence >= WEAK_ONE_WORD for w in body[span.start:span.end].split()}
    # The names the tagger found, however sure: what confirms a name the rules found.
    seen = {w.lower() for _, named, _ in found for part, span in named
            for w in body[span.start:span.end].split()}
    seen_stems = {w[:k] for w in seen for k in range(min(len(w), 4), len(w) + 1)}
    nouns = {a.lemma for tokens, named, _ in found for part, _ in named for i in part
             if not _adjective_only(tokens[i].text) for a in analyse(tokens[i].text)}

    mentions: list[RawMention] = []
    dropped: set[int] = set()
    for rule_tokens, (tokens, named, (piece_starts, p_name)) in zip(block_tokens, found):
        taken: list[tuple[int, int, float, int]] = []  # in text order, none overlapping
        for part, span in named:
            words = [tokens[i].text for i in part]
            if len(words) == 1:
                word = words[0]
                if word.lower() in lex.stop or _ROMAN.match(word) or (
                        len(word) < 2 and not tokens[part[0]].acronym):
                    continue
                country = nationality_word(word)
                if country:
                    # "polskiego rządu", "Chińskie władze": a nationality's adjective stands
                    # for its country (link.actors) when the article names the country too.
                    if country.split()[0] not in nouns:
                        continue
                elif _adjective_only(word) or not word[:1].isupper():
                    continue  # "warszawskie ulice", "obwodu ałmackiego": no actor
                elif span.confidence < WEAK_ONE_WORD and word.lower() not in sure:
                    continue
            elif not any(w[:1].isupper() for w in words) and not _lower_case_name(words, span):
                continue
            parts = _split(part, tokens) if len(part) > 1 else [part]
            for n_part, piece in enumerate(parts):
                kind = span.kind if len(parts) == 1 else None  # (None: cut out of a name)
                m = _mention(article, tokens, piece, parts, n_part, [], lex, kind)
                mentions.append(m)
                # A nationality's adjective the rules may join to the name after it ("Czeskie
                # MSZ": MSZ Czech, see link.actors) counts as unsure.
                sureness = 0.0 if len(m.tokens) == 1 and nationality_word(m.tokens[0]) \
                    else span.confidence
                taken.append((m.start, m.end, sureness, id(m)))
        # The rules' names the tagger passed over, when it was not sure they are none, a cue
        # says what they are ("linie lotnicze Aeroflot") or the tagger is sure of the name
        # elsewhere in the article ('"siły pokojowe" ODKB'); and the rules' longer name
        # over names the tagger was unsure of ("Premier Armenii Nikol Paszynian",
        # "Rosyjskie MSZ").
        for part, parts, n_part, stripped in _rule_parts(rule_tokens, lex):
            start, end = rule_tokens[part[0]].start, rule_tokens[part[-1]].end
            n = bisect.bisect_left(taken, (start,)) - 1 if taken else 0
            inside = [n] if n >= 0 and taken and taken[n][1] > start else []
            for n in range(max(n, -1) + 1, len(taken)):
                if taken[n][0] >= end:
                    break
                inside.append(n)
            word_p = [max(p_name[bisect.bisect_left(piece_starts, rule_tokens[i].start):
                                 bisect.bisect_left(piece_starts, rule_tokens[i].end)],
                          default=0.0) for i in part]
            p = max(word_p)
            if inside:
                # The rules' name holds the tagger's and only words the tagger also took for
                # names: the rules cut or join them ("Czeskie MSZ", "Kim Sung Hwan",
                # "Warszawskim Uniwersytecie Medycznym"); or the tagger was unsure.
                contained = all(start <= taken[n][0] and taken[n][1] <= end for n in inside)
                longer = (len(inside) > 1 or taken[inside[0]][1] - taken[inside[0]][0] <
                          end - start)
                unsure = any(taken[n][2] < WEAK_ONE_WORD for n in inside)
                if not (contained and longer and (unsure or min(word_p) >= BACKFILL)):
                    continue
            m = _mention(article, rule_tokens, part, parts, n_part, stripped, lex)
            # A name found elsewhere in the article, in this form or another (Tokajewa).
            confirmed = all(_stem(w) in seen_stems for w in m.tokens)
            if inside or p >= BACKFILL or m.kind_cue or m.media_cue or confirmed or \
                    " ".join(m.tokens).lower() in lex.media or (
                    BACKFILL_RUNS and len(part) > 1 and not any(map(is_common_word, m.tokens))):
                dropped.update(taken[n][3] for n in inside)
                mentions.append(m)
    mentions = [m for m in mentions if id(m) not in dropped]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def extract_mentions(article: Article, tagger=None, rules_only: bool = False) -> Extraction:
    """The names of one article. ``tagger``: a tagger.NameTagger to find them with (the
    benchmarks' models trained without the article); by default the shipped one for an
    article in a language it was trained for, none when USE_TAGGER is off or ``rules_only``
    (the benchmarks' figures of the rules alone)."""
    lex = _Lexicon.load()
    blocks = [b for b in article.blocks if b.kind in PROSE_KINDS]
    if rules_only:
        tagger = None
    elif tagger is None and USE_TAGGER and article.language in TAGGER_LANGUAGES:
        tagger = shipped_tagger()
    if tagger is not None:
        mentions = _tagged_mentions(article, blocks, lex, tagger)
    else:
        mentions = []
        for block in blocks:
            tokens = tokenize(block.text, block.start)
            for part, parts, n_part, stripped in _rule_parts(tokens, lex):
                mentions.append(_mention(article, tokens, part, parts, n_part, stripped, lex))
    return Extraction(article.id, tuple(_confirmed_in_headings(blocks, mentions)))


def _confirmed_in_headings(blocks, mentions: list[RawMention]) -> list[RawMention]:
    """A subheading's single word is no actor of its own ("Świat reaguje", "Kto za tym
    stoi?"): it stays only when the article's prose names it too, in any case form
    ("Łukaszenka:" over a paragraph about Łukaszenki). A name of several words stands (a
    speaker's or a signature's name: "Jan Nowak, rzecznik ratusza"). Captions, photo credits
    and bylines are never read."""
    headings = [(b.start, b.end) for b in blocks if b.kind == "heading"
                # A line of one word is a speaker's or a signature's name ("PAWEŁ:").
                and len(b.text.split()) > 1]
    if not headings:
        return mentions

    def in_heading(m: RawMention) -> bool:
        return any(start <= m.start < end for start, end in headings)

    prose: dict[str, set[str]] = {}
    for m in mentions:
        if not in_heading(m):
            for w in m.tokens:
                prose.setdefault(w.lower()[:4], set()).add(w.lower())

    def in_prose(word: str) -> bool:
        # The same word in another case: all but the last three letters of the shorter
        # form agree (Ałmatach / Ałmaty, białoruska / Białorusi), four letters at least.
        w = word.lower()
        return any(p[:k] == w[:k] for p in prose.get(w[:4], ())
                   for k in (max(4, min(len(w), len(p)) - 3),))

    return [m for m in mentions
            if not in_heading(m) or len(m.tokens) > 1 or all(map(in_prose, m.tokens))]
