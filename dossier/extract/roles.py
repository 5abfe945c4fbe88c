"""A person's role as an apposition writes it, beside the name but set off by a comma or
given as a title (the role noun right before the name is rules.role_before's):

- Polish, before: "poprzedniemu prezydentowi, 81-letniemu Nursułtanowi Nazarbajewowi" ->
  "poprzedni prezydent" (role and name agree in case; the role in its dictionary form);
- Polish, after: "Dmitrij Pieskow, rzecznik Kremla, powiedział" -> "rzecznik Kremla";
- English, as a title: "Foreign Minister Anna Smith" -> "foreign minister";
- English, after: "Emily Carter, the British foreign secretary," -> "British foreign
  secretary"; "X, the NATO secretary general" -> "NATO secretary general".

The role is kept beside the name, never glued into it."""

from __future__ import annotations

import re

from .. import lexicon
from .morph import analyse
from .tokens import Token

MAX_ROLE_WORDS = 6
_AGE = re.compile(r"^\d+-(?:letni|letnia|letniego|letniej|letniemu|letnim|letnią)$")
_EN_GLUE = {"of", "for", "the", "and", "general"}


def _role_nouns() -> frozenset:
    return lexicon.words("entities", "role_nouns")


def _noun_lemmas(word: str) -> set[str]:
    return {a.lemma.lower() for a in analyse(word.lower()) if a.pos == "subst"}


def _cases(word: str, pos: tuple[str, ...] = ("subst", "adj")) -> set[str]:
    out = set()
    for a in analyse(word.lower()):
        parts = a.tag.split(":")
        if a.pos in pos and len(parts) > 2:
            out |= set(parts[2].split("."))
    return out


def _name_cases(word: str) -> set[str]:
    cases = _cases(word, ("subst",))
    return cases or {"nom", "gen", "dat", "acc", "inst", "loc", "voc"}  # a foreign name


def _adjective_lemma(word: str) -> str | None:
    lemmas = sorted({a.lemma for a in analyse(word.lower()) if a.pos == "adj"})
    return lemmas[0] if lemmas else None


def role_around(tokens: list[Token], first: int, last: int, language: str) -> str | None:
    """The role an apposition gives the name at tokens ``first``..``last``, or None."""
    if language == "en":
        return _english_title(tokens, first) or _english_after(tokens, last)
    return _polish_before(tokens, first) or _polish_after(tokens, first, last)


def _polish_before(tokens: list[Token], first: int) -> str | None:
    """"poprzedniemu prezydentowi, 81-letniemu Nursułtanowi": ROLE, [age] NAME, agreeing."""
    k = first - 1
    if k >= 0 and _AGE.match(tokens[k].text.lower()):
        k -= 1
    if k < 1 or tokens[k].text != ",":
        return None
    noun = tokens[k - 1]
    if not noun.is_word or noun.capitalised:
        return None
    heads = _noun_lemmas(noun.text) & _role_nouns()
    if not heads or not _cases(noun.text, ("subst",)) & _name_cases(tokens[first].text):
        return None
    words = [sorted(heads)[0]]
    j = k - 2
    while j >= 0 and tokens[j].is_word and len(words) < 3:
        adjective = _adjective_lemma(tokens[j].text)
        if adjective is None or not _cases(tokens[j].text) & _cases(noun.text, ("subst",)):
            break
        words.insert(0, adjective)
        j -= 1
    return " ".join(words)


def _polish_after(tokens: list[Token], first: int, last: int) -> str | None:
    """"Dmitrij Pieskow, rzecznik Kremla, …": NAME, ROLE (nominative, as the name) …"""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return None
    noun = tokens[k + 1]
    if not noun.is_word or noun.capitalised:
        return None
    heads = _noun_lemmas(noun.text) & _role_nouns()
    cases = _cases(noun.text, ("subst",)) & _name_cases(tokens[first].text)
    if not heads or not cases:
        return None
    words = [sorted(heads)[0]]
    for n, tok in enumerate(tokens[k + 2:k + 2 + MAX_ROLE_WORDS]):
        if not tok.is_word:
            break
        # The rest of the role: an adjective agreeing with the noun ("rzecznik prasowy"),
        # then what the role is of ("spraw zagranicznych Rosji"): genitives, or names.
        agrees = n == 0 and _adjective_lemma(tok.text) and _cases(tok.text) & cases
        if not (agrees or tok.capitalised or "gen" in _cases(tok.text)):
            break
        words.append(tok.text)
    return " ".join(words)


def _english_title(tokens: list[Token], first: int) -> str | None:
    """"Foreign Minister Anna Smith", "Secretary of State Madeleine Albright": capitalised
    words right before the name, one of them a role noun."""
    words: list[str] = []
    k = first - 1
    while k >= 0 and tokens[k].is_word and len(words) < 4 and (
            tokens[k].capitalised or tokens[k].text in _EN_GLUE):
        if tokens[k].sentence_initial and tokens[k].text.lower() not in _role_nouns():
            break
        words.insert(0, tokens[k].text)
        k -= 1
    while words and words[0] in _EN_GLUE:
        words.pop(0)
    if not any(w.lower() in _role_nouns() for w in words):
        return None
    return " ".join(w if w.isupper() else w.lower() for w in words)


def _english_after(tokens: list[Token], last: int) -> str | None:
    """"Emily Carter, the British foreign secretary," -> "British foreign secretary";
    "John Smith, a spokesman for the alliance," -> "spokesman for the alliance"."""
    k = last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "," or \
            tokens[k + 1].text.lower() not in ("the", "a", "an"):
        return None
    words = []
    for tok in tokens[k + 2:k + 2 + MAX_ROLE_WORDS]:
        if not tok.is_word:
            break
        words.append(tok.text)
    if not any(w.lower() in _role_nouns() for w in words[:4]):
        return None
    return " ".join(words)
