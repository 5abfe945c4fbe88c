"""Derive the English words that are capitalised only where a sentence starts, from the BBC
News corpus in ../shared/corpora/bbc_news_en, into dossier/data/english_common.yml.

A capitalised word at a sentence's start says nothing of whether it is a name; elsewhere in
the sentence it does. A word written in lower case at least MIN_LOWER times, and capitalised
mid-sentence at most MAX_CAPITAL_SHARE as often, is a common word ("Meanwhile", "Later",
"Children", "Yet"): at a sentence's start it opens no name (extract/rules.py). "Labour",
"Home" (Home Office), "Bank" are capitalised mid-sentence too often to be listed.

The list is derived data (word statistics, no sentence of the corpus); the same corpus gives
the same bytes. Run: .venv/bin/python scripts/english_common_words.py"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news_en"
OUT = ROOT / "dossier" / "data" / "english_common.yml"
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


def main() -> None:
    files = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.TXT")
    lower, capital = counts(p.read_text("utf-8", errors="replace") for p in files)
    words = common_words(lower, capital)
    header = ("# English words capitalised only at a sentence's start (derived by\n"
              "# scripts/english_common_words.py from word counts of the BBC News corpus,\n"
              "# Greene & Cunningham 2006, research use: no text of it is here).\n")
    lowered = often_lower(lower, capital, set(words))
    OUT.write_text(header + "words:\n" + "".join(f"- {w}\n" for w in words) +
                   "# Words in lower case in at least 40% of their mid-sentence uses, not above.\n"
                   "often_lower:\n" + "".join(f"- {w}\n" for w in lowered), "utf-8")
    print(f"{OUT}: {len(words)} words from {len(files)} articles, {len(lowered)} often lower")


if __name__ == "__main__":
    main()
