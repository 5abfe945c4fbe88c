"""Who the words naming a speaker stand for (link/quotes.py): whether a name can be the
subject, the holder of a role named instead of a person ("powiedział prezydent", "ukraiński
prezydent", "szef KPRM"), and the names that name no speaker though they stand where one
does (one inhabitant, a role's complement)."""

from __future__ import annotations

import re

from .. import lexicon
from ..extract.morph import analyse
from ..extract.words import demonym_country, lemmas, nationality_country

PARTITIVE = {"z", "ze", "spośród", "wśród", "of", "among"}
PREPOSITIONS = {"w", "we", "na", "do", "dla", "z", "ze", "po", "przed", "przy", "od", "o",
                "podczas", "u", "za", "pod", "nad", "wobec", "przez"}
EN_PREPOSITIONS = {"in", "at", "from", "to", "of", "on", "with", "by", "for", "into"}


def nominative(surface: str) -> bool:
    """Whether a name as written can be the subject: its first word has a nominative
    reading, or no case at all (an acronym, a word Morfeusz does not know)."""
    first = surface.split()[0] if surface.split() else surface
    analyses = [a for a in analyse(first) if len(a.tag.split(":")) > 2]
    return not analyses or any(a.has_case("nom") for a in analyses)


def after_role(before: str) -> bool:
    """"szef KPRM", "według szefa KPRM": the text before a name ends with a role noun, so
    the name is what the role is of, and the role's holder, not it, speaks."""
    words = re.findall(r"\w+", before[-20:])
    return bool(words) and bool(lemmas(words[-1].lower()) & lexicon.words("entities",
                                                                           "role_nouns"))


def one_inhabitant(surface: str) -> bool:
    """"powiedział Irlandczyk": an inhabitants' name in the singular is one person, whom the
    text does not name, not the state speaking (as "Amerykanie" may)."""
    return demonym_country(surface) is not None and \
        any("sg" in a.tag.split(":") for a in analyse(surface))


def role_holder(words: list[str], offset: int, ctx) -> str | None:
    """The actor a role noun stands for ("prezydent", "rzecznik Kremla", "the president"):
    of the actors given that role, the one this article names last before the quote, else
    the only one in the dossier."""
    role_nouns = lexicon.words("entities", "role_nouns")
    lowered = [w.lower() for w in words if w.lower() not in ("the", "a")]
    country = nationality_country(lowered[0]) if len(lowered) > 1 else None
    if country:  # "ukraiński prezydent": the role is the noun, the adjective its country
        words, lowered = words[1:], lowered[1:]
    if not lowered:
        return None
    head = {lowered[0]} | {a.lemma.lower() for a in analyse(lowered[0])}
    if not head & role_nouns:
        return None
    holders = []
    for role, actor in ctx.roles:
        role_words = role.split()
        role_head = {role_words[0]} | {a.lemma.lower() for a in analyse(role_words[0])}
        # A capitalised word after the noun qualifies it ("rzecznik Kremla"): it must match.
        qualifier = [w.lower() for w in words[1:2] if w[:1].isupper()]
        if role_head & head and all(w in role_words for w in qualifier) and \
                (country is None or of_country(role_words, country)):
            holders.append(actor)
    named_before = {a.id: s for s, _e, a in ctx.mentions if s < offset}
    here = sorted({a.id for a in holders if a.id in named_before},
                  key=lambda i: -named_before[i])
    if here:
        return here[0]
    everywhere = sorted({a.id for a in holders})
    return everywhere[0] if len(everywhere) == 1 else None


def of_country(role_words: list[str], country: str) -> bool:
    """Whether a role names the country ("prezydent Ukrainy", "ukraiński prezydent")."""
    low = country.lower()
    return any(nationality_country(w) == country or
               any(a.lemma.lower() == low for a in analyse(w)) for w in role_words)


def subject_role(tokens: list, quote_abs: int, ctx) -> str | None:
    """"prezydent Kazachstanu stwierdził": a role noun before the verb, in the nominative,
    and the actor holding that role."""
    role_nouns = lexicon.words("entities", "role_nouns")
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].text.lower()
        forms = {word} | {a.lemma.lower() for a in analyse(word)}
        if forms & role_nouns and (ctx.english or nominative(word)):
            return role_holder([t.text for t in tokens[i:i + 2]], quote_abs, ctx)
    return None


def governed_by_preposition(words: list[str]) -> set[int]:
    """The indices of the words a preposition governs: the word right after it and the
    capitalised words continuing a name there ("z Gazeta Leśna")."""
    governed: set[int] = set()
    for i, w in enumerate(words[1:], 1):
        before = words[i - 1]
        if before.lower() in PREPOSITIONS or (i - 1 in governed and w[:1].isupper()
                                               and before[:1].isupper()):
            governed.add(i)
    return governed


def without_in_turn(words: list[str]) -> list[str]:
    """The words but "z kolei" (in turn), whose "z" is no partitive."""
    return [w for i, w in enumerate(words)
            if not (w == "z" and words[i + 1:i + 2] == ["kolei"]) and
            not (w == "kolei" and words[i - 1:i] == ["z"])]


def subject_words(tokens: list) -> list[str]:
    """The words naming an unnamed speaker, as written: from the first that can be the
    subject (nominative) to the next preposition ("w oświadczeniu radykalne ugrupowanie" ->
    "radykalne ugrupowanie"; "prawnik Asi Bibi w wiadomości" -> "prawnik Asi Bibi"); none
    when no noun is among them ("wtorkowa")."""
    words = [t.text for t in tokens]
    # The object of a preposition ("w rozmowie z Gazeta Leśna") is nobody's subject.
    governed = governed_by_preposition(words)
    start = next((i for i, w in enumerate(words) if w.lower() not in PREPOSITIONS and
                  nominative(w) and i not in governed), None)
    if start is None:
        return []
    # "jedna z mieszkanek Kłodzka": a partitive right after the first word belongs to it.
    end = next((i for i in range(start + 1, len(words)) if words[i].lower() in PREPOSITIONS
                and not (i == start + 1 and words[i].lower() in PARTITIVE)), len(words))
    chosen = words[start:end]
    # Participles stand as nouns for speakers: "mówili protestujący", "zatrzymani".
    nouns = any(a.pos in ("subst", "depr", "ger", "pact", "ppas") for w in chosen
                for a in analyse(w.lower()))
    return chosen if nouns else []
