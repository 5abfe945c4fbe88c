"""One actor across languages: an English name and its Polish form join.

- Places and bodies by the identities the world's names give them (extract/world.py:
  pycountry's ISO names with their Polish translations, CLDR's regions and cities):
  Ukraine/Ukraina, Kyiv/Kijów, the European Union/Unia Europejska.
- Bodies by the acronym their names spell, as capitals or as English newspapers write it
  (NATO, Nato), and an English body's name by its clipping (Lib Dems, Liberal Democrats).
- Persons by a key their transliterations share: Cyrillic names come to English in one
  romanisation (Volodymyr Zelensky, Dmitry Peskov) and to Polish in another (Wołodymyr
  Zełenski, Dmitrij Pieskow); names.script_key brings Polish spelling to the English
  letters (w v, ł l, cz ch, sz sh, j i, y i), and the key here evens out what it leaves
  (Polish writes the Russian е after a consonant "ie", English "e"; -ij and -y end alike;
  doubled letters). The surnames' keys must be equal, the given names' alike
  (Kassym-Jomart Tokayev / Kasym-Żomart Tokajew, Alexander / Aleksandr Lukashenko).

Only groups named in articles of different languages join here (one language's spellings
are variants.py's); the actor takes the name most of its articles use, and a place or body
named only in English articles under its Polish name takes its English one (Wielka
Brytania, which the gazetteer made of "UK", is the United Kingdom there).

Keys: a group is found by, and looks up, each identity of its names and, for a name of
several words, its surname's transliteration key. (A late rule: its keys read the group's aliases.)"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from ... import ids
from ...extract.english_words import first_name
from ...extract.world import lookup, shown_name
from ..canonical import AS_WRITTEN
from ..group import Group, choose, merge
from ..names import script_key

SIMILAR = 0.75  # given names this alike (difflib's ratio of their keys) are one's


def world_ids(names) -> set[str]:
    return {i for n in names if (p := lookup(n)) is not None for i in p.ids}


def _key(word: str) -> str:
    key = script_key(word).replace("ie", "e").replace("ks", "x")
    return re.sub(r"(.)\1", r"\1", key)  # Zelenskyy, Kassym/Kasym alike


def romanised(name: str) -> str | None:
    """A key a person's English and Polish transliterations share, or None for one word."""
    words = name.split()
    if len(words) < 2:
        return None
    key = " ".join(_key(w) for w in words)
    return key if all(key.split()) else None


def _surname(name: str) -> str | None:
    """The key of a full name's surname: where its transliterations are looked up."""
    words = name.split()
    return _key(words[-1]) or None if len(words) >= 2 else None


def _same_given_names(a: str, b: str) -> bool:
    """Two transliterations of one person's given names: equal keys, or close ones
    (Kassym-Jomart / Kasym-Żomart, Alexander / Aleksandr)."""
    ka, kb = romanised(a), romanised(b)
    if ka is None or kb is None or ka == kb:
        return ka is not None and ka == kb
    given_a, given_b = ka.rsplit(" ", 1)[0], kb.rsplit(" ", 1)[0]
    return given_a[:1] == given_b[:1] and \
        SequenceMatcher(None, given_a, given_b).ratio() >= SIMILAR


def _written(g: Group, languages: dict[str, str]) -> frozenset:
    """Whether the group's mentions are in articles whose names stand as written, and/or
    in others: {True}, {False} or both."""
    return frozenset(languages.get(m.article) in AS_WRITTEN for m in g.mentions)


def _join(groups: dict[str, Group], names: list[str], languages: dict[str, str],
          country: bool = False) -> str | None:
    """The groups of ``names`` as one, when articles of both kinds of language name them,
    or (``country``: names of one ISO country) when English articles alone do: English
    names a country many ways (Britain, the UK, the United Kingdom), and has no gazetteer
    of its own to join them."""
    present = sorted(n for n in set(names) if n in groups and not groups[n].curated)
    written = frozenset().union(*(_written(groups[n], languages) for n in present))
    if len(present) < 2 or (len(written) < 2 and not (country and written == {True})):
        return None
    target = choose("articles", [groups[n] for n in present])
    for n in present:
        if n != target:
            groups[target].aliases.add(n)
            merge(groups, n, target)
    return target


def _join_persons(groups: dict[str, Group], names: list[str], languages: dict[str, str]
                  ) -> None:
    """Full names of one surname key, of articles in different languages, whose given names
    are one's (_same_given_names): each joins the one other such name, when there is one."""
    for name in sorted(names):
        g = groups.get(name)
        if g is None or g.kind != "person":
            continue
        others = [n for n in sorted(names) if n != name and n in groups and
                  groups[n].kind == "person" and _same_given_names(name, n) and
                  _written(groups[n], languages) != _written(g, languages)]
        if len(others) == 1:
            _join(groups, [name, others[0]], languages)


def _also_elsewhere(name: str, ident: str) -> bool:
    """Whether the name is also a subdivision's of a country it does not name: "Norfolk",
    Norfolk Island's Polish name, is an English county's."""
    place = lookup(name)
    if place is None or ident.startswith("sub:"):
        return False
    countries = {i[4:] for i in place.ids if i.startswith("iso:")}
    return any(i.startswith("sub:") and i[4:].split("-")[0] not in countries
               for i in place.ids)


def _english_name(groups: dict[str, Group], name: str, ident: str,
                  languages: dict[str, str]) -> str:
    """A place or body named only in English articles under another language's name takes
    its English one (joining the group of that name, if any); its name after."""
    g = groups.get(name)
    english = shown_name(ident, "en")
    if g is None or g.curated or not english or english == name or _also_elsewhere(name, ident) \
            or \
            _written(g, languages) != {True} or name in (shown_name(ident, "en"), None) or \
            shown_name(ident, "pl") != name:
        return name
    groups.setdefault(english, Group(english)).aliases.add(name)
    merge(groups, name, english)
    return english


def _world_kind(name: str, g: Group, languages: dict[str, str]) -> None:
    """A place or body of the world's names, named in English articles, is of the kind they
    give it, whatever its names and mentions vote ("UK", an acronym, is the United Kingdom)."""
    place = lookup(name)
    if place is not None and True in _written(g, languages) and not g.curated:
        # (Over the Polish tagger's kind too: "poparła Wielka Brytania" read as a body.)
        g.vote(place.kind, 1 + max(g.votes.values(), default=0) - g.votes[place.kind])


def _plural(word: str) -> set[str]:
    return {word + "s", word[:-1] + "ies" if word.endswith("y") else word + "s"}


def _plural_kind(g: Group, languages: dict[str, str]) -> None:
    """An English name written in the singular and the plural is a body's or a people's,
    not a person's ("Liberal Democrat" and "Liberal Democrats", "Tory" and "Tories": a
    surname takes no plural but a family's, Ozzy Osbourne's "Osbournes": the pair must be
    the longest name the group is written as), whatever the shape of its words voted."""
    if g.curated or g.kind != "person":
        return
    written = {" ".join(m.tokens) for m in g.mentions if languages.get(m.article) in AS_WRITTEN}
    longest = max((len(w.split()) for w in written), default=0)
    if any(f"{' '.join(w.split()[:-1])} {p}".strip() in written and not first_name(w.split()[0])
           and len(w.split()) == longest for w in written for p in _plural(w.split()[-1])):
        g.vote("organization", 1 + max(g.votes.values(), default=0) - g.votes["organization"])


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    by_id: dict[str, list[str]] = defaultdict(list)
    by_key: dict[str, list[str]] = defaultdict(list)
    for name, g in groups.items():
        for ident in world_ids({name, *g.aliases}):
            by_id[ident].append(name)
        if g.kind == "person" and (key := _surname(name)):
            by_key[key].append(name)
    for ident, names in sorted(by_id.items()):
        # (English alone names a country or a body several ways: Britain, the UK; the EU,
        # the European Union.)
        _join(groups, [_english_name(groups, n, ident, languages) for n in names], languages,
              ident.startswith("iso:") or ident in _BODY_IDS)
    for name, g in groups.items():
        _world_kind(name, g, languages)
        _plural_kind(g, languages)
    for _k, names in sorted(by_key.items()):
        _join_persons(groups, names, languages)
    for _acronym, names in sorted(_acronym_cases(groups).items()):
        _join(groups, names, languages)
    _join_clippings(groups, languages)


def _acronym(name: str) -> str | None:
    """The acronym a name spells, written in capitals (NATO) or as English newspapers write
    a pronounceable one (Nato, Unesco, Opec): one word of three letters or more."""
    if " " in name or len(name) < 3 or not name.isalpha() or not name[:1].isupper():
        return None
    return name.upper() if name.isupper() or name[1:].islower() else None


def _acronym_cases(groups: dict[str, Group]) -> dict[str, list[str]]:
    """The groups whose names spell one acronym, NATO and Nato: one body in two languages'
    writing (an English article's Nato, a Polish one's NATO). Each group by its name, and by
    an acronym among its aliases ("North Atlantic Treaty Organization", alias NATO)."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, g in sorted(groups.items()):
        found = {a for n in (name, *g.aliases) if (a := _acronym(n)) is not None}
        for acronym in sorted(found):
            out[acronym].append(name)
    return {a: names for a, names in out.items() if len(names) > 1}


_BODY_IDS = frozenset({"region:EU", "region:UN"})


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _clip_key(name: str) -> str | None:
    """Where a body's name and its clipping meet: the first three letters of each of its
    two or more words (Lib Dems and Liberal Democrats: lib-dem)."""
    words = name.split()
    if len(words) < 2 or not all(w[:3].isalpha() and w[:1].isupper() for w in words):
        return None
    return "-".join(w[:3].lower() for w in words)


def clipped(short: str, full: str) -> bool:
    """"Lib Dems" is "Liberal Democrats" clipped: as many words, each (less a plural's "s")
    the start of the other's, three letters at least, one of them shorter."""
    a, b = short.split(), full.split()
    return len(a) == len(b) and short != full and all(
        len(_stem(x)) >= 3 and _stem(y).lower().startswith(_stem(x).lower())
        for x, y in zip(a, b)) and any(len(_stem(x)) < len(_stem(y)) for x, y in zip(a, b))


def _join_clippings(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """A body's name and its clipping in English articles are one body ("Lib Dems",
    "Liberal Democrats", whatever kind the clipping's few words voted); two persons' names
    are no clipping of each other ("Sam Smith", "Samuel Smithson")."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for name, g in sorted(groups.items()):
        if not g.curated and True in _written(g, languages):
            for n in sorted({name, *g.aliases}):
                if (key := _clip_key(n)):
                    buckets[key].append(name)
    for _key, names in sorted(buckets.items()):
        for short in sorted(set(names)):
            fulls = sorted(f for f in set(names) if _clipping_of(groups, short, f))
            if len(fulls) == 1:
                kind = groups[fulls[0]].kind  # (the full name's: "Lib Dems" looks a person's)
                target = choose("articles", [groups[short], groups[fulls[0]]])
                source = fulls[0] if target == short else short
                groups[target].aliases.add(source)
                merge(groups, source, target)
                g = groups[target]
                g.vote(kind, 1 + max(g.votes.values(), default=0) - g.votes[kind])


def _clipping_of(groups: dict[str, Group], short: str, full: str) -> bool:
    if short not in groups or full not in groups or \
            groups[short].kind == groups[full].kind == "person":
        return False
    return any(clipped(a, b) for a in sorted({short, *groups[short].aliases})
               for b in sorted({full, *groups[full].aliases}))


def group_keys(name: str, g: Group) -> tuple[list[str], list[str]]:
    keys = [f"world:{i}" for i in sorted(world_ids({name, *g.aliases}))]
    keys += [f"acronym:{a}" for n in sorted({name, *g.aliases}) if (a := _acronym(n))]
    keys += [f"clip:{k}" for n in sorted({name, *g.aliases}) if (k := _clip_key(n))]
    if (key := _surname(name)):
        keys.append(f"rom:{key}")
    english = [f"slug:{ids.slugify(shown_name(i, 'en'), 'actor')}"
               for i in sorted(world_ids({name})) if shown_name(i, "en")]
    return keys + english, keys + english
