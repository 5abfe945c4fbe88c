"""Which names the link stage's rules can bring together: the proof behind linking an edit's
new names without linking the dossier again (see incremental.py).

Every rule of merge_identities (actors.py, variants.py) relates two groups only through a
string it derives from their names (a surname, initials, a spelling key, a shorter form, a
prefix, a script key) or from their mentions (the acronym a mention expands). Here each rule's strings are written out for any name, whatever its
kind (a group's kind may change as it absorbs others, so every kind's strings are taken):
``probe`` keys are what a group looks up, ``index`` keys what it can be found by (a rule
that compares names both ways puts its key in both). Two sets of groups whose keys never
meet (one's probes against the other's index, both ways) are linked by the rules exactly as
each would be alone: no rule can see the one from the other, and each rule's tallies (how
many articles, how many ways a name is qualified, which candidate dominates) are taken over
groups that share its key.

A group's keys are taken over every name it goes by in the making: the names of the groups
it was made of, its final name and its aliases (an alias is a name it absorbed, or one a
rule gave it). Keys are kept as 64-bit digests: two keys that happen to share a digest only
make the check fail, which sends the build down the full path.

The name context (the dossier-wide grouping of unknown words, and the words the texts
attest, see names.py) is checked word by word in ``LinkIndex.resolve_new_words``."""

from __future__ import annotations

import functools
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .. import ids, lexicon
from ..extract.morph import analyse
from ..extract.mentions import is_common_word
from .actors import _adjective, _qualifier
from .names import (_usable, has_cyrillic, institution_heads, is_acronym, is_unknown,
                    nominative_candidates, resolve_form, script_key)
from .variants import deletion_keys, fold, loose


# The rules merge_identities applies, each written out in name_keys (a test compares this
# with the calls merge_identities makes: a rule added there must be added here first).
RULES = ("acronym expansions", "_merge_gazetteer", "_merge_state_names", "_split_glued",
         "_merge_initials", "merge_variants", "_merge_qualified",
         "_merge_shorter_person_names", "_merge_shortened", "_attach_short_names",
         "other scripts")


def _digest(key: str) -> int:
    """64 bits of a key, the same in every process (str's hash is not): two checksums, as
    a cryptographic hash costs several times more over the hundreds of thousands of keys of
    a large dossier, and a collision only sends a build down the full path."""
    data = key.encode()
    return zlib.crc32(data) << 32 | zlib.adler32(data)


@functools.cache
def _gazetteer() -> dict[str, str]:
    out = {}
    for canonical, aliases in lexicon.load("aliases").items():
        out[canonical] = canonical
        for alias in aliases:
            out[alias] = canonical
    return out


def name_keys(name: str, final: bool = True) -> tuple[list[str], list[str]]:
    """(probe, index): the strings through which the rules relate ``name`` to other names
    (``final``: and to_actors, which gives a final name its slug)."""
    words = name.split()
    probe: list[str] = []
    index: list[str] = []
    both = [f"n:{name}", f"acr:{name}"]
    if final:
        both.append(f"slug:{ids.slugify(name, 'actor')}")
    canonical = _gazetteer().get(name)
    if canonical:
        both.append(f"gaz:{canonical}")  # _merge_gazetteer
    # _merge_state_names: a state's formal name looks up the place named by its rest (as it
    # stands or in the genitive); places are found by their first two letters, the coarse
    # key the rule itself filters by.
    states = lexicon.words("entities", "state_nouns")
    for k in (2, 1):
        if len(words) > k and " ".join(words[:k]).lower() in states:
            probe.append(f"state:{' '.join(words[k:])[:2]}")
    index.append(f"state:{name[:2]}")
    # _split_glued: a name of three words or more looks up a person by its last word.
    if len(words) >= 2:
        index.append(f"glue:{loose(words[-1])}")
        if len(words) >= 3:
            probe.append(f"glue:{loose(words[-1])}")
    # _merge_initials
    if len(words) >= 2 and not is_acronym(name):
        words_h = name.replace("-", " ").split()
        index.append("ini:" + "".join(w[0] for w in words_h if w[:1].isupper()))
        index.append("ini:" + "".join(w[0] for w in words_h))
    if is_acronym(name):
        probe.append(f"ini:{name}")
    # merge_variants: equal keys, one word left out, one letter left out.
    if not has_cyrillic(name):
        both.append("var:" + " ".join(loose(w) for w in fold(name).split()))
        if len(words) >= 2:
            both.append("var#" + " ".join(sorted(fold(name).split())))
        both.append("var#" + fold(name).replace(" ", ""))
        keys = [loose(w) for w in words]
        if len(keys) >= 2:
            # The word left out agrees by its key's first letter (words_agree): it is in
            # the key, so that George Hodana does not meet every George.
            for i in range(len(keys)):
                both.append("varr:" + "\x1f".join([str(len(keys)), str(i), keys[i][:1],
                                                   *keys[:i], *keys[i + 1:]]))
        elif len(loose(name)) >= 9:
            both.extend("vard:" + k for k in deletion_keys(loose(name)))
    # _merge_qualified: a name is a base; its prefixes are the bases it may qualify.
    # Only a qualifier counts (USA, Group: _qualifier), so only a prefix before one.
    index.append(f"qual:{name}")
    probe.extend("qual:" + " ".join(words[:k]) for k in range(1, len(words))
                 if _qualifier(" ".join(words[k:])))
    # _merge_shorter_person_names: without the middle name; a double surname alone.
    if len(words) == 3:
        index.append(f"mid:{words[0]} {words[2]}")
    if len(words) == 2:
        probe.append(f"mid:{name}")
    surname = " ".join(words[1:]).replace("-", " ")
    if len(words) >= 2 and " " in surname:
        probe.append(f"hy:{surname}")
    index.append(f"hy:{name}")
    # _merge_shortened: the three shorter forms, and the tally of a name's adjectives.
    index.append(f"short:{name}")
    if len(words) >= 2 and "-" in words[-1]:
        probe.append("short:" + " ".join(words[:-1] + [words[-1].split("-")[0]]))
    if "w" in words[1:-1]:
        at = words.index("w", 1)
        probe.append("short:" + " ".join(words[:at] + words[at + 1:]))
    if len(words) >= 2 and _adjective(words[0]):
        probe.append("short:" + " ".join(words[1:]))
        both.append("adj:" + " ".join(words[1:]))
    # _attach_short_names: a full name is found by its first and last word, its head noun
    # and its surname's misspellings; a one-word name looks up all of these.
    if len(words) >= 2:
        index += [f"sn:{words[-1]}", f"sn:{words[0]}", f"sn:head:{words[0]}"]
        index.extend("mis:" + k for k in deletion_keys(loose(words[-1])))
    elif not is_acronym(name):
        # Each lookup under the condition the rule puts on the one-word name itself.
        probe.append(f"sn:{name}")
        probe.extend(f"sn:{a.lemma}" for a in analyse(name) if "nazwisko" in a.qualifiers)
        heads = institution_heads()
        if name.lower() in heads or any(a.lemma.lower() in heads for a in analyse(name)) \
                or is_common_word(name):
            probe.append(f"sn:head:{name}")
        if is_unknown(name):
            probe.extend("mis:" + loose(c) for c in nominative_candidates(name))
        if len(loose(name)) >= 6 and name.isalpha() and not analyse(name):
            probe.extend("mis:" + k for k in deletion_keys(loose(name)))
    # Other scripts: a Cyrillic name looks up the Latin names by their script key.
    (probe if has_cyrillic(name) else index).append(f"cyr:{script_key(name)}")
    return probe + both, index + both


def group_keys(names, expansions=(), final=()) -> tuple[set[int], set[int]]:
    """The digests of the probe and index keys of groups going by ``names`` (of which the
    ``final`` names are actors' names), whose mentions expand the acronyms ``expansions``."""
    probe, index = [], []
    for name in names:
        p, i = name_keys(name, name in final)
        probe += p
        index += i
    probe, index = set(map(_digest, set(probe))), set(map(_digest, set(index)))
    for acronym in expansions:
        probe.add(_digest(f"acr:{acronym}"))
        index.add(_digest(f"acr:{acronym}"))
    return probe, index


def _sorted_array(values) -> array:
    return array("Q", sorted(values))


def _meets(values, table: array) -> bool:
    for v in values:
        i = bisect_left(table, v)
        if i < len(table) and table[i] == v:
            return True
    return False


@dataclass
class LinkIndex:
    """What an edit's new names are checked against: the keys of every group of the last
    link, and its name context."""

    probe: array = field(default_factory=lambda: array("Q"))
    index: array = field(default_factory=lambda: array("Q"))
    # The unknown words (names.collect_unknown) and the nominative each resolved to.
    unknown: dict[str, str] = field(default_factory=dict)
    # Each nominative the unknown words propose, and the words proposing it
    # (resolve_unknown's tallies).
    proposers: dict[str, set[str]] = field(default_factory=dict)
    attested: set[str] = field(default_factory=set)  # every word of every name
    # The lemmas of the readings of those words: word_lemma prefers the attested ones.
    lemmas: set[str] = field(default_factory=set)
    # What the link's decisions read (ledger.py), and the mentions edits added since to
    # names it knows: each edit's check applies them all.
    ledger: object = None
    added: list = field(default_factory=list)

    def meets(self, probe: set[int], index: set[int]) -> bool:
        return _meets(probe, self.index) or _meets(index, self.probe)

    def new_words_isolated(self, words: set[str]) -> bool:
        return self.resolve_new_words(words) is not None

    def resolve_new_words(self, words: set[str]) -> dict[str, str] | None:
        """The nominatives of the unknown words among ``words`` that the dossier has not
        met, resolved as resolve_unknown resolves them among all of the dossier's; None
        unless these words, new to the dossier's names or not, leave every old name's
        canonical form as it was: no new word is a lemma some old word may be read as
        (word_lemma prefers attested lemmas), and every old unknown word whose tallies
        the new ones reach (a nominative both propose, or one that is the other) resolves
        as before."""
        new = set()
        for w in words - self.attested:
            # (Lower-cased too: an oblique first name known only as a common noun takes the
            # nominative the texts write, names.word_lemma.)
            if w in self.lemmas or w.lower() in self.lemmas:
                return None
            if is_unknown(w) and w not in self.unknown:
                new.add(w)
        proposals = {w: nominative_candidates(w) for w in sorted(new)}
        extra = Counter(c for cands in proposals.values() for c in cands)

        def support(c: str) -> int:
            return len(self.proposers.get(c, ())) + extra[c]

        def seen(c: str) -> bool:
            return c in self.unknown or c in new

        reached = set(extra) | new
        affected = {g for c in reached for g in self.proposers.get(c, ())} | \
            (reached & self.unknown.keys())
        for old in sorted(affected):
            if resolve_form(old, nominative_candidates(old), support, seen) != \
                    self.unknown[old]:
                return None
        return {w: resolve_form(w, cands, support, seen) for w, cands in proposals.items()}

    def add(self, *others: LinkIndex) -> None:
        """Take in what ``others`` hold (the arrays sorted once for them all: a state
        loaded with a long journal brings one addition per edit)."""
        self.probe = _sorted_array(set(self.probe).union(*(o.probe for o in others)))
        self.index = _sorted_array(set(self.index).union(*(o.index for o in others)))
        for other in others:
            self.unknown.update(other.unknown)
            for c, forms in other.proposers.items():
                self.proposers.setdefault(c, set()).update(forms)
            self.attested |= other.attested
            self.lemmas |= other.lemmas
            self.added += other.added


def build_index(groups_keys, unknown: dict[str, str], attested) -> LinkIndex:
    """The index of a link: ``groups_keys`` are the (probe, index) digests of its groups."""
    probe, index = set(), set()
    for p, i in groups_keys:
        probe |= p
        index |= i
    proposers: dict[str, set[str]] = {}
    for form in unknown:
        for c in nominative_candidates(form):
            proposers.setdefault(c, set()).add(form)
    lemmas = {a.lemma for w in attested for a in _usable(w)}
    return LinkIndex(_sorted_array(probe), _sorted_array(index), dict(unknown), proposers,
                     set(attested), lemmas)


def unseen_merges(groups_before: dict, groups_after: dict) -> list[tuple[str, set[str]]]:
    """The actors whose making the keys do not explain: for each group of ``groups_after``
    (merge_identities done) whose mentions come from several groups of ``groups_before``
    (build_groups' own, by the article and end of each mention: a cut mention keeps its
    end), the names of those groups when the keys do not chain them together with the
    final name and aliases (a group the mentions passed through on their way is among the
    aliases: Goldmann joins Goldman, whose mentions join Goldman Sachs). A check of this
    module on real text (benchmarks/locality.py, tests)."""
    origin = {(m.article, m.end): name for name, g in groups_before.items()
              for m in g.mentions}
    out = []
    for name, g in groups_after.items():
        origins = {origin.get((m.article, m.end), name) for m in g.mentions} | {name}
        if len(origins) < 2:
            continue
        names = origins | g.aliases
        keys = {n: name_keys(n) for n in names}
        expansions = {m.expansion_of for m in g.mentions if m.expansion_of}
        reached, todo = {name}, [name]
        while todo:
            probe, index = keys[todo.pop()]
            for other in names - reached:
                p, i = keys[other]
                if set(probe) & set(i) or set(index) & set(p) or \
                        (expansions and ({f"acr:{a}" for a in expansions} & set(p))):
                    reached.add(other)
                    todo.append(other)
        if origins - reached:
            out.append((name, origins - reached))
    return out
