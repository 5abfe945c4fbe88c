"""How two spellings of one name compare (rules/variants.py joins them): the same actor
written two ways across a dossier.

Sources transcribe foreign names as they please (Shahbaz Bhatti / Shabbaz Batti, Theresa /
Teresa May, Federica / Federika Mogherini), drop or keep diacritics (Orbán / Orban, Hübner /
Hubner) and vary capitals and hyphens (YouGov / Yougov, Rolls-Royce / Rolls Royce). Two names
are one actor here when they agree

1. letter for letter once case, diacritics, spaces and punctuation are set aside, or with
   their words in another order (Europa Wschodnia / Wschodnia Europa);
2. by a loose spelling key (double letters, a silent h, x/ks, v/w, y/i, th/t); or
3. within one typing slip (one letter changed, added, dropped or two swapped) in one word of a
   multi-word name whose other words agree, or in a single long place or organisation name;
   an organisation's or place's word may also differ in its case ending only (Urząd Górniczy
   w Stralsund / w Stralsundzie).

Acronyms and names of four letters or fewer differ only in case (BOE / BoE, not Fed / Feed),
and names with different numbers never join (Nord Stream / Nord Stream 2).

The dictionary guards each rule: two words that Morfeusz knows under different lemmas (Maria
and Marta, Nowak and Nowacki) are two names, never a slip; unless they are names of one kind
that agree by the loose key (the places Oksford and Oxford), or people's names a letter longer
or shorter (Jacek and Jack). The rarer spelling joins the more common one."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..extract.morph import analyse
from .names import is_acronym

_LOOSE = tuple((re.compile(p), r) for p, r in (
    (r"th", "t"), (r"ph", "f"), (r"x", "ks"), (r"v", "w"), (r"y", "i"), (r"ou", "u"),
    (r"(?<=[ao])j(?![aeiou])", "i"),  # Bahrajn / Bahrain, Hanoj / Hanoi (not Andriej)
    (r"(?<=.)h", ""),
    (r"(.)\1+", r"\1")))
_MIN_SINGLE = 9  # a one-word place or organisation name this long may differ by one slip
_SHORT = 4  # names this short (PLN/Płn, Fed/Feed) must agree letter for letter


@functools.lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Case, diacritics, spaces and punctuation set aside: Orbán -> orban, Rolls-Royce ->
    rollsroyce. German umlauts written out (ue, oe) count as the letter."""
    text = name.lower().replace("ł", "l")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    return re.sub(r"[^a-z0-9 ]", "", text).strip()


@functools.lru_cache(maxsize=200_000)
def loose(word: str) -> str:
    """A spelling key for one word: Bhatti and Batti, Chaudhry and Chaudry meet."""
    key = fold(word).replace(" ", "")
    for pattern, repl in _LOOSE:
        key = pattern.sub(repl, key)
    return key


def deletion_keys(key: str) -> set[str]:
    """The key and each key with one letter left out: two keys one slip apart share one
    (the index through which spelling variants meet without comparing every pair)."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


def one_slip(a: str, b: str) -> bool:
    """At most one letter changed, added, dropped, or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and \
            a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@functools.lru_cache(maxsize=200_000)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(a.lemma.lower() for a in analyse(word) if a.proper or a.pos == "subst")


def _distinct_words(a: str, b: str) -> bool:
    """Both words known to the dictionary, and never as the same lemma: two real names."""
    la, lb = _lemmas(a), _lemmas(b)
    return bool(la) and bool(lb) and not (la & lb)


def _name_spelt_longer(x: str, y: str) -> bool:
    """Two people's names a letter longer or shorter as written (Jacek / Jack, Michel /
    Michael): one name spelt two ways, though the dictionary lists both. Not a letter
    changed: Maria and Marta are two names."""
    a, b = x.lower(), y.lower()
    return abs(len(a) - len(b)) == 1 and one_slip(a, b) and all(
        any(q in ("imię", "nazwisko") for r in analyse(w) for q in r.qualifiers) for w in (x, y))


def _same_name_kind(a: str, b: str) -> bool:
    """Both words are names of one kind in the dictionary (Oksford and Oxford: places): two
    spellings of one name when their letters agree by the loose key."""
    kinds = [{q for r in analyse(w) for q in r.qualifiers if q in _NAME_KINDS} for w in (a, b)]
    return bool(kinds[0] & kinds[1])


_NAME_KINDS = {"nazwa_geograficzna", "imię", "nazwisko", "nazwa_organizacji"}


def _ending_variant(a: str, b: str) -> bool:
    """Two case forms of one word the lemmatiser left apart (Konsumenta / Konsumentów,
    Stralsund / Stralsundzie): a long common stem, short endings."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 5 and n >= 0.6 * min(len(a), len(b)) and len(a) - n <= 4 and len(b) - n <= 4


def words_agree(a: list[str], b: list[str], slips: int, endings: bool = False) -> bool:
    """Word by word: equal by the loose key, with at most ``slips`` words one slip apart (or,
    with ``endings``, differing in their case ending only), and no pair of differing words
    that the dictionary knows as two names."""
    used = 0
    for x, y in zip(a, b):
        kx, ky = loose(x), loose(y)
        if kx == ky:
            if x.lower() != y.lower() and _distinct_words(x, y) and not _same_name_kind(x, y):
                return False
            continue
        close = one_slip(kx, ky) or (endings and _ending_variant(fold(x), fold(y)))
        if used == slips or kx[:1] != ky[:1] or len(kx) < 4 or not close \
                or (_distinct_words(x, y) and not _name_spelt_longer(x, y)):
            return False
        used += 1
    return True


def _may_differ(a: str, b: str) -> bool:
    """Spellings of one name, as far as their shape tells: acronyms and very short names
    differ only in case (BoE/BOE, not UE-USA/USA), numbers never (Nord Stream, Nord Stream 2)."""
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    if is_acronym(a) or is_acronym(b) or min(len(loose(a)), len(loose(b))) <= _SHORT:
        return a.lower() == b.lower()
    return True
