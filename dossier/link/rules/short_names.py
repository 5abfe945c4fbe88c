"""A one-word name joins the full name it stands for: a person's surname or first name
(Trump, Asia), an institution's head noun (Unia, Komisja), a misspelt or foreign-spelt
surname (Vershofstadt beside Guy Verhofstadt, Erdoğana for Recep Erdogan). The one met in
the same article, else the one that dominates the dossier. Decided per mention.

Keys: below (group_keys): the rule is one of the late ones (rules/__init__.py)."""

from __future__ import annotations

from collections import defaultdict

from ...extract.mentions import is_common_word
from ...extract.morph import analyse
from ..group import Group
from ..names import institution_heads, is_acronym
from ..spelling import deletion_keys, loose, one_slip
from ..unknown import is_unknown, nominative_candidates


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
            index["tail:" + words[-1]].append(other)
    return index


def _definite(g: Group) -> bool:
    """An English one-word name a text writes after "the" ("the Dome", "the Arena"): it
    stands for the name it ends (the Millennium Dome), as English puts the head noun last."""
    return g.kind != "person" and any(m.prev_word == "the" for m in g.mentions)


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
    # Not an English plural or possessive (the Johnsons, Cadillacs).
    return sorted(t for t in found if one_slip(loose(t.split()[-1]), key) and
                  key != loose(t.split()[-1]) + "s"
                  and here & {m.article for m in groups[t].mentions})


def _targets(name: str, g: Group, index: dict[str, list[str]], misspelt: dict[str, list[str]],
             groups: dict[str, Group]) -> list[str]:
    """The full names the one-word name ``name`` may stand for."""
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
    if not targets and is_unknown(name) and any(m.text == name for m in g.mentions):
        # An oblique form, as written, of a surname the dossier spells with other letters
        # (Erdoğana for Recep Erdogan): its nominatives by declension, by the loose key.
        # (Not a name the lemmatiser derived: Banksa, from Banksy, is no Banks.)
        keys = {loose(c) for c in nominative_candidates(name) if c != name}
        targets = sorted({t for k in keys for t in misspelt.get(k, ())
                          if t in groups and loose(t.split()[-1]) == k})
    if not targets and g.kind != "place":
        targets = _misspelling_of(name, g, misspelt, groups)
    if name.lower() in institution_heads() or \
            any(a.lemma.lower() in institution_heads() for a in analyse(name)) or \
            (g.kind != "person" and is_common_word(name)):
        # An institution's head noun (Komisja), or a common word that stands for the name
        # it starts (Platforma for Platforma Obywatelska).
        targets += index.get("head:" + name, [])
    if _definite(g):
        targets += index.get("tail:" + name, [])
    return sorted(set(targets))


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """A one-word name joins the full name it stands for: the one met in the same article,
    else the one that dominates the dossier (met in at least twice as many articles as any
    other candidate). Decided per mention, so two Johnsons in two articles stay apart."""
    index = _short_name_index(groups)  # only one-word groups change below
    misspelt = _misspelt_surnames(groups)
    for name in sorted(groups):
        if " " in name or is_acronym(name):
            continue
        g = groups[name]
        targets = _targets(name, g, index, misspelt, groups)
        if not targets:
            continue
        articles_of = {t: frozenset(m.article for m in groups[t].mentions) for t in targets}
        own = frozenset(m.article for m in g.mentions)
        dominant = short_name_dominant(name, g.kind, targets, articles_of, own)
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



def group_keys(name: str, g: Group) -> tuple[list[str], list[str]]:
    """The keys of a group as the rule finds it (no rule before it is left to change a
    kind, an alias or a mention): a full name is found by what _short_name_index and
    _misspelt_surnames file it under; a one-word name looks up what _targets looks up."""
    words = name.split()
    if len(words) >= 2:
        if g.kind != "person":
            return [], [f"sn:head:{words[0]}", f"sn:tail:{words[-1]}"]
        surname = loose(words[-1])
        # A misspelling's key is 6 letters or more, one slip from the surname's: a surname
        # shorter than 5 is never one (_misspelling_of).
        return [], [f"sn:{words[-1]}", f"sn:{words[0]}", f"misx:{surname}",
                    *(f"sn:{a.split()[-1]}" for a in g.aliases
                      if len(a.split()) == len(words)),
                    *("mis:" + k for k in deletion_keys(surname) if len(surname) >= 5)]
    if is_acronym(name):
        return [], []
    weak_place = g.kind == "place" and not any(a.kind == "place" for a in analyse(name))
    probe = [f"sn:{name}"] if g.kind in ("person", "organization") or weak_place else []
    probe.extend(f"sn:{a.lemma}" for a in analyse(name) if "nazwisko" in a.qualifiers)
    if is_unknown(name) and any(m.text == name for m in g.mentions):
        probe.extend("misx:" + loose(c) for c in nominative_candidates(name) if c != name)
    if g.kind != "place" and len(loose(name)) >= 6 and name.isalpha() and not analyse(name):
        probe.extend("mis:" + k for k in deletion_keys(loose(name)))
    if name.lower() in institution_heads() or \
            any(a.lemma.lower() in institution_heads() for a in analyse(name)) or \
            (g.kind != "person" and is_common_word(name)):
        probe.append(f"sn:head:{name}")
    if _definite(g):
        probe.append(f"sn:tail:{name}")
    return probe, []
