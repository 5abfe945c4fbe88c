"""Token features for the name tagger: what a Polish CRF needs to see of a word and its
neighbours (Liner2's recipe: morphology, shape, affixes, a context window, lexicon flags) plus
document-level evidence (the same word capitalised mid-sentence elsewhere in the text).

A word's own features depend on its form only, so they are computed once per form and
cached; a token's features are its form's, its neighbours' (a smaller set, prefixed by the
offset), its place in the sentence and the document's evidence about it.

``FEATURES_VERSION`` names this feature set: a model is trained for one version, and
loading a model made for another fails (model.py). Change it with any change to what the
functions below return."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ... import lexicon
from ..morph import analyse
from ..tokens import tokenize

# pl-crf-6: "pap" no stop word (a news agency the text cites is a name); "Wlk.", "Płn." and
# the other compass abbreviations end no sentence.
# pl-crf-7: an initial's full stop ends no sentence ("Jan W. Kowalski", "W. Brytanii" are
# read in one sentence, tokens.py).
FEATURES_VERSION = "pl-crf-7"

_HYPHENS = "-‑"
_SPLIT = re.compile(r"([-‑])")


@dataclass(frozen=True, slots=True)
class TaggerToken:
    text: str
    start: int
    end: int
    sentence_initial: bool


def tagger_tokens(text: str, offset: int = 0, tokens=None) -> list[TaggerToken]:
    """The tokens of tokens.tokenize (``tokens``, when the caller has them already), with
    hyphenated words split at their hyphens ("polsko-niemieckiej" -> polsko, -, niemieckiej:
    two names may meet in one word)."""
    out: list[TaggerToken] = []
    for tok in tokenize(text, offset) if tokens is None else tokens:
        if not any(h in tok.text for h in _HYPHENS) or not tok.is_word:
            out.append(TaggerToken(tok.text, tok.start, tok.end, tok.sentence_initial))
            continue
        pos = tok.start
        first = True
        for piece in _SPLIT.split(tok.text):
            if piece:
                out.append(TaggerToken(piece, pos, pos + len(piece),
                                       tok.sentence_initial and first))
                first = False
            pos += len(piece)
    return out


def sentences(tokens: list[TaggerToken]) -> list[tuple[int, int]]:
    """(start, end) index ranges of the sentences: a new one begins at each sentence-initial
    word."""
    bounds, start = [], 0
    for i, tok in enumerate(tokens):
        if i > start and tok.sentence_initial:
            bounds.append((start, i))
            start = i
    if start < len(tokens):
        bounds.append((start, len(tokens)))
    return bounds


def _shape(word: str) -> str:
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


@functools.cache
def _lexicon_sets() -> dict[str, frozenset]:
    ent = lexicon.load("entities")
    demonyms = lexicon.load("demonyms")
    sets = {
        "role": frozenset(ent["role_nouns"]),
        "orghead": frozenset(ent["organization_heads"]),
        "placehead": frozenset(ent["place_heads"]),
        "media": frozenset(w.lower() for w in ent["media"]),
        "mediacue": frozenset(ent["media_cues"]),
        "stop": frozenset(ent["stop_words"]) | frozenset(ent["english_months"]),
        "demonym": frozenset(d.lower() for names in demonyms.values() for d in names
                             if d[:1].isupper()),
        "natadj": frozenset(d for names in demonyms.values() for d in names if d[:1].islower()),
        "country": frozenset(c.lower() for c in demonyms),
    }
    for kind, words in ent["kind_cues"].items():
        sets[f"cue_{kind}"] = frozenset(words)
    return sets


@functools.lru_cache(maxsize=300_000)
def word_features(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, context features) of a word form; the context features are the ones
    its neighbours see, without their offset prefix (see _seen_from)."""
    lower = word.lower()
    own = ["b", f"w={lower}", f"sh={_shape(word)}", f"p3={lower[:3]}",
           f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}"]
    ctx = [f"w={lower}"]
    letters = [c for c in word if c.isalpha()]
    cap = word[:1].isupper()
    if cap:
        own.append("cap")
        ctx.append("cap")
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        own.append("allcap")
        ctx.append("allcap")
    if any(c.isdigit() for c in word):
        own.append("digit")
    if not word[:1].isalnum():
        own.append(f"punct={word}")
        ctx.append(f"punct={word}")
    analyses = analyse(word) if word[:1].isalpha() else ()
    if word[:1].isalpha():
        if not analyses:
            own.append("unk")
            ctx.append("unk")
            if cap and not word.isupper():
                # The dictionary does not know it: its lower-case form may say what it is.
                low = analyse(lower)
                if low:
                    own.append("unk_lower_known")
    poses, cases, quals, genders = set(), set(), set(), set()
    first_lemma = analyses[0].lemma.lower() if analyses else None
    cap_lemma = next((a.lemma for a in analyses if a.lemma[:1].isupper()), None)
    common_lemma = any(a.lemma[:1].islower() for a in analyses)
    for a in analyses:
        parts = a.tag.split(":")
        poses.add(parts[0])
        if len(parts) > 2 and parts[0] in ("subst", "depr", "adj", "ppas", "pact", "ger"):
            cases.update(parts[2].split("."))
        if len(parts) > 3 and parts[0] in ("subst", "depr"):
            genders.update(parts[3].split("."))
        quals.update(a.qualifiers)
    for p in sorted(poses):
        own.append(f"pos={p}")
        ctx.append(f"pos={p}")
    for c in sorted(cases):
        own.append(f"case={c}")
    for g in sorted(genders):
        own.append(f"gen={g}")
    for q in sorted(quals):
        own.append(f"q={q}")
        ctx.append(f"q={q}")
    if first_lemma:
        own.append(f"l={first_lemma}")
        ctx.append(f"l={first_lemma}")
    if cap_lemma:
        # Morfeusz's first reading of a capitalised word is often the common noun
        # (warszawa): the first capitalised lemma is the name's.
        own.append(f"cl={cap_lemma.lower()}")
        ctx.append(f"cl={cap_lemma.lower()}")
        own.append("lemcap")
        ctx.append("lemcap")
        if common_lemma:
            own.append("lemboth")
    lemmas = {a.lemma.lower() for a in analyses} or {lower}
    for name, words in _lexicon_sets().items():
        if lemmas & words or lower in words:
            own.append(f"lx={name}")
            ctx.append(f"lx={name}")
    return tuple(own), tuple(ctx)


_WINDOW = (-2, -1, 1, 2)


@functools.lru_cache(maxsize=300_000)
def _seen_from(word: str) -> dict[int, tuple[str, ...]]:
    """The context features of a word form as its neighbours see them, by offset ("-1:w=w")."""
    ctx = word_features(word)[1]
    # Two words away, only the word and its shape ("prezes Jan Kowalski": prezes).
    far = [f for f in ctx if f.startswith(_FAR)]
    return {d: tuple(f"{d}:{f}" for f in (ctx if d in (-1, 1) else far)) for d in _WINDOW}


_FAR = ("w=", "cap", "allcap", "punct=")
_PAD = {d: (f"{d}:pad",) for d in _WINDOW}


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a whole document says of its word forms (lower-cased): how often each is
    capitalised mid-sentence, written in lower case, stands in a run of capitalised words, or
    follows a first name."""

    cap_mid: Counter
    lower: Counter
    in_run: Counter
    after_first_name: Counter
    # The same by the word's lemma (gazetteer_key): "Tokajewa" at a sentence's start, and
    # "Tokajew" mid-sentence elsewhere, are one name in two cases.
    cap_mid_lemma: Counter
    in_run_lemma: Counter


def _first_name(word: str) -> bool:
    return word[:1].isupper() and any("imię" in a.qualifiers for a in analyse(word))


def document_evidence(tokens: list[TaggerToken]) -> Evidence:
    ev = Evidence(Counter(), Counter(), Counter(), Counter(), Counter(), Counter())
    prev_cap = None
    for tok in tokens:
        w = tok.text
        if not w[:1].isalpha():
            prev_cap = None if w not in _HYPHENS else prev_cap
            continue
        key = w.lower()
        if w[:1].isupper():
            lemma = gazetteer_key(w)
            if not tok.sentence_initial:
                ev.cap_mid[key] += 1
                ev.cap_mid_lemma[lemma] += 1
            if prev_cap is not None:
                ev.in_run[key] += 1
                ev.in_run[prev_cap.lower()] += 1
                ev.in_run_lemma[lemma] += 1
                ev.in_run_lemma[gazetteer_key(prev_cap)] += 1
                if _first_name(prev_cap):
                    ev.after_first_name[key] += 1
            prev_cap = w
        else:
            ev.lower[key] += 1
            prev_cap = None
    return ev


@functools.lru_cache(maxsize=300_000)
def gazetteer_key(word: str) -> str:
    """A word as the gazetteer knows it: its first capitalised lemma, else its first lemma,
    else the form (lower-cased), so inflected forms meet."""
    analyses = analyse(word) if word[:1].isalpha() else ()
    lemma = next((a.lemma for a in analyses if a.lemma[:1].isupper()), None) or (
        analyses[0].lemma if analyses else word)
    return lemma.lower()


class Gazetteer:
    """Names seen in training, as sequences of gazetteer keys, with their class; and each
    key's places in those names ("komenda": B-orgName, of "Komenda Miejska Policji")."""

    MAX_LEN = 6

    def __init__(self, entries: dict[tuple[str, ...], str]):
        self.entries = entries
        self.lengths = sorted({len(k) for k in entries}, reverse=True)
        self.first = frozenset(k[0] for k in entries)
        places: dict[str, set[str]] = {}
        for key, category in entries.items():
            for i, word in enumerate(key):
                places.setdefault(word, set()).add(("B-" if i == 0 else "I-") + category)
        self.places = {word: tuple(sorted(p)) for word, p in places.items()}

    @classmethod
    def build(cls, names) -> Gazetteer:
        """From (words, class) pairs: each key sequence takes its most frequent class."""
        votes: dict[tuple[str, ...], Counter] = {}
        for words, category in names:
            key = tuple(gazetteer_key(w) for w in words if w[:1].isalnum())
            if key and len(key) <= cls.MAX_LEN:
                votes.setdefault(key, Counter())[category] += 1
        return cls({k: min(c, key=lambda x: (-c[x], x)) for k, c in votes.items()})

    def to_json(self) -> list:
        return sorted([list(k), c] for k, c in self.entries.items())

    @classmethod
    def from_json(cls, rows) -> Gazetteer:
        return cls({tuple(k): c for k, c in rows})

    def word_places(self, words: list[str]) -> list[tuple[str, ...]]:
        """For each word, its key's places in the names (see the class)."""
        return [self.places.get(gazetteer_key(w), ()) for w in words]

    def marks(self, words: list[str]) -> list[str | None]:
        """For each word, "B-class" or "I-class" of the longest gazetteer name over it
        (greedy, left to right), else None."""
        keys = [gazetteer_key(w) for w in words]
        out: list[str | None] = [None] * len(words)
        i = 0
        while i < len(words):
            if keys[i] not in self.first:
                i += 1
                continue
            for n in self.lengths:
                c = self.entries.get(tuple(keys[i:i + n])) if i + n <= len(words) else None
                if c:
                    out[i] = f"B-{c}"
                    for j in range(i + 1, i + n):
                        out[j] = f"I-{c}"
                    i += n
                    break
            else:
                i += 1
        return out


def sentence_features(tokens: list[TaggerToken], start: int, end: int, evidence: Evidence,
                      gazetteer: Gazetteer | None = None) -> list[list[str]]:
    """The features of each token of ``tokens[start:end]`` (one sentence)."""
    cached = [word_features(tokens[i].text) for i in range(start, end)]
    seen = [_seen_from(tokens[i].text) for i in range(start, end)]
    n = end - start
    words = [tokens[i].text for i in range(start, end)]
    marks = gazetteer.marks(words) if gazetteer else [None] * n
    places = gazetteer.word_places(words) if gazetteer else [()] * n
    out = []
    for k in range(n):
        tok = tokens[start + k]
        own = cached[k][0]
        dyn = []
        if k == 0:
            dyn.append("BOS")
        elif k == 1:
            dyn.append("pos1")
        if k == n - 1:
            dyn.append("EOS")
        if tok.sentence_initial:
            dyn.append("sent_init")
        w = tok.text
        if w[:1].isupper():
            key = w.lower()
            mid = evidence.cap_mid[key] - (0 if tok.sentence_initial else 1)
            dyn.append("doc:capmid" if mid > 0 else "doc:nocapmid")
            if evidence.lower[key]:
                dyn.append("doc:lower")
            if evidence.in_run[key]:
                dyn.append("doc:inrun")
            if evidence.after_first_name[key]:
                dyn.append("doc:afterfirst")
            lemma = gazetteer_key(w)
            mid = evidence.cap_mid_lemma[lemma] - (0 if tok.sentence_initial else 1)
            dyn.append("doc:lemcapmid" if mid > 0 else "doc:nolemcapmid")
            if evidence.in_run_lemma[lemma]:
                dyn.append("doc:leminrun")
        dyn.extend(f"gzt={p}" for p in places[k])
        if marks[k]:
            dyn.append(f"gz={marks[k]}")
            dyn.append(f"gz={marks[k][2:]}")
        if k > 0:
            # Two-word context: "prezydent X", "w X".
            dyn.append(f"-1w|sh={cached[k - 1][0][1][2:]}|{own[2]}")
            if marks[k - 1]:
                dyn.append(f"-1:gz={marks[k - 1]}")
        if k + 1 < n and marks[k + 1]:
            dyn.append(f"1:gz={marks[k + 1]}")
        out.append([*own, *dyn,
                    *(seen[k - 2][-2] if k >= 2 else _PAD[-2]),
                    *(seen[k - 1][-1] if k >= 1 else _PAD[-1]),
                    *(seen[k + 1][1] if k + 1 < n else _PAD[1]),
                    *(seen[k + 2][2] if k + 2 < n else _PAD[2])])
    return out


def document_features(tokens: list[TaggerToken], evidence: Evidence | None = None,
                      gazetteer: Gazetteer | None = None
                      ) -> list[tuple[tuple[int, int], list[list[str]]]]:
    """Each sentence's index range and the features of its tokens. ``evidence``: the
    document_evidence of the whole document, when ``tokens`` are a part of it (a paragraph);
    by default that of ``tokens``."""
    if evidence is None:
        evidence = document_evidence(tokens)
    return [((s, e), sentence_features(tokens, s, e, evidence, gazetteer))
            for s, e in sentences(tokens)]
