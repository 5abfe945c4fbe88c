"""Derive the English words that are capitalised only where a sentence starts, from the BBC
News corpus in ../shared/corpora/bbc_news_en, into dossier/data/english_common.yml.

A capitalised word at a sentence's start says nothing of whether it is a name; elsewhere in
the sentence it does. A word written in lower case at least MIN_LOWER times, and capitalised
mid-sentence at most MAX_CAPITAL_SHARE as often, is a common word ("Meanwhile", "Later",
"Children", "Yet"): at a sentence's start it opens no name (extract/rules.py). "Labour",
"Home" (Home Office), "Bank" are capitalised mid-sentence too often to be listed.

Also derived: the acronyms English uses as common nouns (common_acronyms: "PCs", "DVDs": an
acronym written with a plural's "s" in at least 3% of its uses), and first names
(first_names: a word that, mid-sentence, opens a two-word name whose second word the same
article then uses alone, "Tony Blair ... Mr Blair", in at least two articles and twice as
many as it stands alone itself).

The articles of benchmarks/bbc_judged*.yml are left out, so that the figures of
benchmarks/bbc_sample.py are on text the lists never saw.

The lists are derived data (word statistics, no sentence of the corpus); the same corpus
gives the same bytes. Run: .venv/bin/python scripts/english_common_words.py"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news_en"
OUT = ROOT / "dossier" / "data" / "english_common.yml"
HELD_OUT = ROOT / "benchmarks"  # bbc_judged*.yml
MIN_LOWER = 5
MAX_CAPITAL_SHARE = 0.10
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OPENS = set('.!?:"“‘(')  # after these a capital says nothing (and at a line's start)


def counts(texts) -> tuple[Counter, Counter]:
    """(lower-case occurrences, mid-sentence capitalised occurrences) of each lower-cased
    word."""
    lower, capital = Counter(), Counter()
    for text in texts:
        for line in text.splitlines():
            for m in _WORD.finditer(line):
                word = m.group(0)
                before = line[:m.start()].rstrip()
                key = word.lower()
                if word.islower():
                    lower[key] += 1
                elif word[0].isupper() and before and before[-1] not in _OPENS:
                    capital[key] += 1
    return lower, capital


def common_words(lower: Counter, capital: Counter) -> list[str]:
    return sorted(w for w, n in lower.items()
                  if n >= MIN_LOWER and capital[w] <= MAX_CAPITAL_SHARE * n and len(w) > 1)


# A word written in lower case at least as often as MIN_LOWER_SHARE of its mid-sentence uses
# is a common word too, though names take it ("Black Sea", "Federal Reserve", "Barclays
# Capital"): two capitalised words of which one is such a word are no person's name
# (link/english.py), unless the first is a first name.
MIN_LOWER_SHARE = 0.4


def often_lower(lower: Counter, capital: Counter, common: set[str]) -> list[str]:
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and w not in common and
                  n >= MIN_LOWER_SHARE * (n + capital[w]) and len(w) > 1)


_ACRONYM = re.compile(r"(?<![\w'’])([A-Z][A-Z0-9]*[A-Z0-9])(s?)(?!\w)")
MIN_PLURAL, MIN_PLURAL_SHARE = 2, 0.03


def common_acronyms(texts) -> list[str]:
    total, plural = Counter(), Counter()
    for text in texts:
        for m in _ACRONYM.finditer(text):
            total[m.group(1)] += 1
            plural[m.group(1)] += bool(m.group(2))
    return sorted(a for a, n in plural.items()
                  if n >= MIN_PLURAL and n >= MIN_PLURAL_SHARE * total[a])


_POSSESSIVE = re.compile(r"['’]s?$")


def _article_pairs(text: str) -> tuple[dict[str, set[str]], Counter]:
    """The two-word names opened mid-sentence (first word -> second words), and the words
    standing alone as a name mid-sentence (no capitalised word beside them)."""
    pairs: dict[str, set[str]] = {}
    alone: Counter = Counter()
    for line in text.splitlines():
        found = [(m.group(0), m.start()) for m in _WORD.finditer(line)]
        for k, (word, start) in enumerate(found):
            if not word[:1].isupper():
                continue
            prev = found[k - 1][0] if k and line[found[k - 1][1] + len(found[k - 1][0]):
                                                   start] == " " else None
            nxt = found[k + 1][0] if k + 1 < len(found) and \
                line[start + len(word):found[k + 1][1]] == " " else None
            word = _POSSESSIVE.sub("", word)
            if prev is None or not prev.islower():
                continue
            if nxt is not None and nxt[:1].isupper():
                pairs.setdefault(word, set()).add(_POSSESSIVE.sub("", nxt))
            else:
                alone[word] += 1
    return pairs, alone


def first_names(texts, common: set[str]) -> list[str]:
    support, against = Counter(), Counter()
    for text in texts:
        pairs, alone = _article_pairs(text)
        for first, seconds in pairs.items():
            support[first] += any(alone[w] for w in seconds)
            against[first] += bool(alone[first])
    return sorted(w for w, n in support.items()
                  if n >= 2 and n >= 2 * against[w] and len(w) > 1 and not w.isupper()
                  and w.lower() not in common)


def _held_out() -> set[str]:
    return {a for path in sorted(HELD_OUT.glob("bbc_judged*.yml"))
            for a in yaml.safe_load(path.read_text("utf-8"))["articles"]}


def main() -> None:
    held_out = _held_out()
    files = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.TXT" and
                   f"{p.parent.name}/{p.stem}" not in held_out)
    texts = [p.read_text("utf-8", errors="replace") for p in files]
    lower, capital = counts(texts)
    words = common_words(lower, capital)
    header = ("# English words capitalised only at a sentence's start (derived by\n"
              "# scripts/english_common_words.py from word counts of the BBC News corpus,\n"
              "# Greene & Cunningham 2006, research use: no text of it is here; the articles\n"
              "# of benchmarks/bbc_judged*.yml left out).\n")
    lowered = often_lower(lower, capital, set(words))
    acronyms = common_acronyms(texts)
    names = first_names(texts, set(words) | set(lowered))
    OUT.write_text(header + "words:\n" + "".join(f"- {w}\n" for w in words) +
                   "# Words in lower case in at least 40% of their mid-sentence uses, not above.\n"
                   "often_lower:\n" + "".join(f"- {w}\n" for w in lowered) +
                   "# Acronyms written as plurals too (PCs, DVDs): common nouns.\n"
                   "common_acronyms:\n" + "".join(f"- {w}\n" for w in acronyms) +
                   "# Words opening a two-word name whose second word then stands alone.\n"
                   "first_names:\n" + "".join(f"- {w}\n" for w in names), "utf-8")
    print(f"{OUT}: {len(words)} words from {len(files)} articles, {len(lowered)} often lower, "
          f"{len(acronyms)} acronyms, {len(names)} first names")


if __name__ == "__main__":
    main()
